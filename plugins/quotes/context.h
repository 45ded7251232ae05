/* SPDX-License-Identifier: MIT */
/* context.h - the article as every stage of the quotes plugin sees it: the
 * core's tokens with their lexicon flags and paragraph numbers, the entity
 * mentions sorted by position, the quotes detected so far; and the small
 * token tests all stages share.
 *
 * Memory: everything a ctx_t points to is the host's per-article scratch
 * (ctx_alloc), freed by the host after the article; nothing is freed here. */
#ifndef QUOTES_CONTEXT_H
#define QUOTES_CONTEXT_H

#include <sift/plugin.h>

#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "lexicon.h"
#include "ranker.h"

#define NONE UINT32_MAX
#define NP_MAX 10       /* tokens in a speaker mention                 */

typedef struct state {
    const sift_host_t *host;
    lexicon_t lx;
    qr_model_t ranker;
    float *fixed_w;         /* feat_fixed_weights of ranker, or NULL: owned */
    char features[4096];    /* training mode: candidates' features go here */
} state_t;

typedef struct mention { uint32_t start, end; int32_t ent; } mention_t;

/* One detected quotation. */
typedef struct quote {
    uint32_t o, c;          /* tokens of the opening / closing mark (c may be NONE) */
    uint32_t start, end;    /* content bytes                               */
    uint32_t para;          /* paragraph number                            */
    uint8_t single;         /* single-mark quotation                       */
    uint8_t cont_prev;      /* continues the previous quote (next paragraph) */
    uint8_t cont_next;
    /* attribution */
    uint8_t has_speaker, drop;
    uint32_t ms, me;        /* speaker mention tokens [ms, me)             */
    uint32_t cue_tok, cue_len;
    int32_t ent;
    const char *name;
    uint8_t nonperson;      /* speaker is not a person (for "it")          */
    const struct quote *alt; /* speaker to fall back on after stage f     */
    uint8_t stage;          /* the sieve stage that found the speaker (ST_) */
    uint8_t part_stage;     /* ST_MULTI: the stage that found the speaker of
                             * the part it was copied from, through its parts */
} quote_t;

/* The sieve's stages, a feature of the ranker ("rule=after"). */
enum { ST_NONE, ST_LABEL, ST_CLAIM, ST_AFTER, ST_SPLIT, ST_ACC_FIRST, ST_ADJACENT, ST_ACCORDING,
       ST_BEFORE, ST_AFTER_FAR, ST_COLON, ST_MULTI, ST_CONT, ST_SUBJECT, ST_CONT_FAR,
       ST_PREV_PARA, ST_PREV_SENT };
extern const char *const stage_name[]; /* by ST_ value */

/* The article's genre, by its share of words of trade news among those
 * of trade and of political news (context.c): the keep decision learns
 * each convention of short phrases in its own genre. */
enum { GENRE_POL, GENRE_MID, GENRE_TRADE };
extern const char *const genre_name[]; /* by GENRE_ value */

typedef struct ctx {
    const state_t *st;
    const sift_doc_t *doc;
    sift_out_t *out;
    const sift_token_t *tok;
    size_t nt;
    const char *text;
    uint32_t *wf;           /* lexicon flags per token                     */
    uint32_t *para;         /* paragraph number per token                  */
    uint8_t *inq;           /* token lies inside a detected quote          */
    uint32_t *inq_before;   /* [nt + 1]: tokens inside quotes before each  */
    uint8_t *cue;           /* cue_at per token, found once: 0 not yet, 1 none,
                             * 2 a one-word cue, 3 a two-word one          */
    uint32_t *subj;         /* per sentence, found once (cands_build): 0 not
                             * yet, 1 no subject, 2 its subject [ms, me) next */
    mention_t *men;         /* entity mentions sorted by start             */
    size_t nmen;
    int8_t *gender;         /* per entity: -2 unknown yet, 0 none, 1 m, 2 f */
    const char **ent_name;  /* per entity: s_ent_name once found, else NULL */
    struct cand_span **span_at; /* per token: the candidate spans starting there
                             * (cands_describe); NULL until a quote is ranked */
    quote_t *q;
    size_t nq, capq;
    int depth;              /* nesting of resolve_speaker           */
    qr_cache_t *cache;      /* the ranker's hashes of static strings       */
    uint32_t headline_end;  /* tokens [0, headline_end) are a title line   */
    uint8_t genre;          /* GENRE_: the article's words of trade news
                               against those of political news (genre.py) */
    uint32_t signoff;       /* tokens [signoff, nt) are the wire's sign-off
                               line ("-- Caracas newsroom, 582 834405"), or
                               nt when there is none                       */
} ctx_t;

/* Sets up c for doc: lexicon flags, paragraphs, sorted entity mentions,
 * the headline line. 0, or -1 when out of memory. With no tokens (c->nt
 * 0) nothing is allocated and no stage may run. */
int ctx_begin(ctx_t *c, const state_t *st, const sift_doc_t *doc, sift_out_t *out);
/* n bytes of per-article scratch (the host's), or NULL. */
void *ctx_alloc(const ctx_t *c, size_t n);
/* A NUL-terminated copy of s[0, n) in scratch, or NULL. */
const char *ctx_strdup(const ctx_t *c, const char *s, size_t n);

/* Index of the first entity mention with start >= byte pos. */
size_t ctx_men_lower(const ctx_t *c, uint32_t pos);
/* The entity with a mention overlapping bytes [s, e) (the one nearest the
 * end, a person first), or -1. */
int32_t ctx_entity_in(const ctx_t *c, uint32_t s, uint32_t e);
/* The entity with a mention overlapping token i, or -1. */
int32_t ctx_entity_tok(const ctx_t *c, uint32_t i);
/* The token ending right before byte s, or NONE. */
uint32_t ctx_tok_before(const ctx_t *c, uint32_t s);
/* A given name the tagger left out right before the mention at byte s, or NONE. */
uint32_t ctx_given_before(const ctx_t *c, uint32_t s);
/* A person entity's gender: 0 unknown, 1 male, 2 female (cached in c). */
int ctx_gender(ctx_t *c, int32_t id);

/* ------------------------------------------------------------ token tests */

static inline size_t tok_len(const ctx_t *c, uint32_t i) { return c->tok[i].end - c->tok[i].start; }
static inline const char *tok_txt(const ctx_t *c, uint32_t i) { return c->text + c->tok[i].start; }

/* Inline, so that strlen of the literal w folds to a constant; the first
 * letter is compared before the call. */
static inline int tok_is(const ctx_t *c, uint32_t i, const char *w)
{
    size_t n = strlen(w);
    return i < c->nt && tok_len(c, i) == n && ((tok_txt(c, i)[0] | 0x20) == (w[0] | 0x20)) &&
           strncasecmp(tok_txt(c, i), w, n) == 0;
}

static inline int tok_ch(const ctx_t *c, uint32_t i, char ch)
{
    return i < c->nt && tok_len(c, i) == 1 && tok_txt(c, i)[0] == ch;
}

static inline int tok_word(const ctx_t *c, uint32_t i)
{
    return i < c->nt && (c->tok[i].flags & (SIFT_TOKEN_ALPHA | SIFT_TOKEN_DIGIT));
}

/* The code point of a one-character punctuation token, double-encoded
 * forms repaired ("â€”" is a dash), else 0 (doc->token_chars). */
static inline uint32_t tok_cp(const ctx_t *c, uint32_t i)
{
    return i < c->nt ? c->doc->token_chars[i] : 0;
}

static inline int tok_dash(const ctx_t *c, uint32_t i)
{
    uint32_t cp = tok_cp(c, i);
    return cp == 0x2014 || cp == 0x2013 || cp == 0x2015 || tok_is(c, i, "--");
}

/* A possessive the core split off ("'s", "’s") or a lone apostrophe. */
static inline int tok_possessive(const ctx_t *c, uint32_t i)
{
    uint32_t cp = tok_cp(c, i);
    return (i < c->nt && (c->tok[i].flags & SIFT_TOKEN_POSSESSIVE)) || cp == '\'' || cp == 0x2019;
}

/* A quote mark that can end a mention's search, not the apostrophe of a
 * plural possessive ("Sanders’ campaign manager", "the senators' aide"):
 * a single mark glued to a word ending in s, a word after it. */
static inline int tok_mark(const ctx_t *c, uint32_t i)
{
    if (i >= c->nt || !(c->tok[i].flags & SIFT_TOKEN_QUOTE))
        return 0;
    uint32_t cp = tok_cp(c, i);
    if ((cp != '\'' && cp != 0x2019) || i == 0 || i + 1 >= c->nt ||
        (c->tok[i].flags & SIFT_TOKEN_SPACE_BEFORE) || !(c->tok[i].flags & SIFT_TOKEN_SPACE_AFTER) ||
        !(c->tok[i - 1].flags & SIFT_TOKEN_ALPHA) || !(c->tok[i + 1].flags & SIFT_TOKEN_ALPHA))
        return 1;
    char last = tok_txt(c, i - 1)[tok_len(c, i - 1) - 1];
    return last != 's' && last != 'S';
}

static inline int tok_ing(const ctx_t *c, uint32_t k)
{
    size_t n = tok_len(c, k);
    return n > 4 && memcmp(tok_txt(c, k) + n - 3, "ing", 3) == 0;
}

#endif
