/* SPDX-License-Identifier: MIT */
/* stage.h - a harness for the quotes plugin's unit tests: one stage run
 * alone on a sentence of the test's own.
 *
 * The text is tokenised by the SDK's fake host (siftd's own tokeniser);
 * the entities layer is given by the test (each name's every occurrence);
 * the word lists and the ranker are the plugin's data/. Per-article scratch
 * is malloc'd and freed by stage_end. */
#ifndef QUOTES_TEST_STAGE_H
#define QUOTES_TEST_STAGE_H

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "../context.h"

typedef struct stage_entity {
    const char *name;           /* every occurrence in the text is a mention */
    sift_entity_type_t type;
} stage_entity_t;

/* The plugin's word lists and ranker, loaded once per test program. */
const state_t *stage_state(void);
/* c set up on text with the given entities (NULL-named end; ents may be
 * NULL), its quotes detected (marks_detect). Fails the test on error. */
void stage_begin(ctx_t *c, const char *text, const stage_entity_t *ents);
/* Frees the scratch of the article begun. */
void stage_end(ctx_t *c);
/* The first token starting at the first occurrence of word in the text
 * (after byte from), or NONE. */
uint32_t stage_tok(const ctx_t *c, const char *word, size_t from);
/* The text of tokens [a, b) in a static buffer. */
const char *stage_span(const ctx_t *c, uint32_t a, uint32_t b);
/* The quote whose content starts with prefix, or NULL. */
quote_t *stage_quote(ctx_t *c, const char *prefix);
/* Releases what stage_state loaded. */
void stage_free(void);

#endif
