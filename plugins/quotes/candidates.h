/* SPDX-License-Identifier: MIT */
/* candidates.h - every mention that could be a quote's speaker, from the
 * sentence before the quote to the one after it (at most WIN_BACK tokens
 * before, WIN_FWD after): the sieve's choice, entity mentions, pronouns,
 * document, group and role nouns, the subject and object of each cue and
 * each sentence's subject; never a mention inside a quote. */
#ifndef QUOTES_CANDIDATES_H
#define QUOTES_CANDIDATES_H

#include "context.h"

#define CAND_MAX 24     /* speaker candidates of one quote             */
#define WIN_BACK 60     /* tokens looked at before the opening mark    */
#define WIN_FWD 40      /* and after the closing one                   */

/* Where a candidate comes from (bits): one mention may be several. */
enum { C_RULE = 1u << 0, C_ENTITY = 1u << 1, C_PRONOUN = 1u << 2, C_NOUN = 1u << 3,
       C_CUE_SUBJ = 1u << 4, C_CUE_OBJ = 1u << 5, C_SENT_SUBJ = 1u << 6 };

/* What a mention [ms, me) is whatever the quote: found once per article
 * for all the quotes it is a candidate of (cands_describe), with the
 * weights of the words around and in it (features.c). */
typedef struct cand_span {
    uint32_t ms, me;
    struct cand_span *next; /* another span starting at token ms           */
    int32_t ent;            /* entity it names, or -1                       */
    uint8_t type_id;        /* cand_type_id                                 */
    uint8_t weighed;        /* w_words is found (features.c)                */
    uint8_t nwords;         /* its word features: prev, next, first, head   */
    float w_words[4];
} cand_span_t;

typedef struct cand {
    uint32_t ms, me;        /* mention tokens [ms, me)                     */
    uint32_t src;           /* C_ bits                                      */
    uint32_t cue, cue_len;  /* the cue of C_CUE_SUBJ / C_CUE_OBJ, or NONE   */
    /* found once for the features (cands_describe) */
    const char *where;      /* before/after, sentences away: "B0", "A1", "I0" */
    uint8_t where_id;       /* where as an index of cand_where_name         */
    uint8_t type_id;        /* type as an index of cand_type_name           */
    uint32_t dist;          /* tokens between it and the quote              */
    int32_t ent;            /* entity it names, or -1                       */
    const char *type;       /* cand_type                                    */
    uint8_t nearest;        /* no other candidate on its side is closer     */
    uint32_t same_ent;      /* other entity candidates naming its entity    */
    cand_span_t *span;      /* its span's article-wide part, or NULL (out of
                             * scratch memory)                              */
} cand_t;

typedef struct cands {
    cand_t v[CAND_MAX];
    size_t n;
} cands_t;


/* The last token of quote q: its closing mark, or its last content token. */
uint32_t quote_last(const ctx_t *c, const quote_t *q);
/* Fills cs with the candidates of q (the sieve's first, as C_RULE). */
void cands_build(const ctx_t *c, const quote_t *q, cands_t *cs);
/* Sets where, dist, ent, type, nearest, same_ent and span of each
 * candidate of q: what the features need of the other candidates, found
 * once per quote rather than once per candidate, and what they need of
 * the mention alone, once per article (c->span_at). */
void cands_describe(ctx_t *c, const quote_t *q, cands_t *cs);
/* The kinds and places of candidates, by index: the features' keys are
 * found once per kind and place (features.c), not once per candidate. */
enum { CAND_TYPES = 19, CAND_WHERES = 9 };
extern const char *const cand_type_name[CAND_TYPES];
extern const char *const cand_where_name[CAND_WHERES];

/* The kind of speaker mention [ms, me) is, as an index of cand_type_name:
 * "person", "org", "gpe", "norp", "he", "she", "it", "they", "iwe", "who",
 * "one", "doc", "group", "title", "caps", "cap", "num", "lower", "frag". */
int cand_type_id(const ctx_t *c, uint32_t ms, uint32_t me);
/* The same as its name (a static string). */
const char *cand_type(const ctx_t *c, uint32_t ms, uint32_t me);

#endif
