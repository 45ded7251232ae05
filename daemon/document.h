/* SPDX-License-Identifier: MIT */
/* document.h - tokenises an article once into the sift_doc_t that every
 * plugin reads: tokens, sentences and paragraph marks with byte offsets. */
#ifndef SIFT_DOCUMENT_H
#define SIFT_DOCUMENT_H

#include <sift/plugin.h>

typedef struct sift_document sift_document_t;

/* A reusable tokeniser: its arrays grow to the largest article seen and
 * are kept between articles. One per worker; not thread-safe. */
sift_document_t *sift_document_new(void);
void sift_document_destroy(sift_document_t **self_p);

/* Tokenises `text` (valid UTF-8, NUL-terminated, borrowed until the next
 * call) and returns the document, whose arrays belong to self. Layers are
 * left empty. Returns NULL when out of memory. */
sift_doc_t *sift_document_tokenize(sift_document_t *self, const char *text,
                                   size_t len);

/* The key of doc->lower_hashes for the token s[0, n): XXH3 of its bytes
 * with A-Z lower-cased (1 for 0), double-encoded characters repaired
 * (see plugin.h). */
uint64_t sift_token_hash(const char *s, size_t n);

/* doc->token_chars of the token s[0, n): the code point of one (possibly
 * double-encoded) punctuation character, else 0. */
uint32_t sift_token_char(const char *s, size_t n);

/* Parses the date of an RFC 3339 string into y/m/d; 0 on success. */
int sift_parse_date(const char *s, int *y, int *m, int *d);

#endif
