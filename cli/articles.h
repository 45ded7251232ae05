/* SPDX-License-Identifier: MIT */
/* articles.h - article files for `sift send`, `process` and `bench`: a text
 * file is one article (its file name is the id); a .jsonl file holds one
 * article object per line; "-" reads JSON lines from stdin. */
#ifndef SIFT_ARTICLES_H
#define SIFT_ARTICLES_H

#include <stddef.h>

/* Called with each article packed as one input message (msgpack map),
 * borrowed for the call; non-zero stops the reading. */
typedef int (sift_article_fn)(void *ctx, const char *buf, size_t len);

/* Reads FILE and calls fn per article. A line that is no JSON object is
 * logged as FILE:LINE and skipped. Returns the number of lines skipped, or
 * -1 (after logging why) when the file cannot be read or fn failed. */
int sift_read_articles(const char *path, sift_article_fn *fn, void *ctx);

#endif
