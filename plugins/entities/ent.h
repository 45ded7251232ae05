/* SPDX-License-Identifier: MIT */
/* ent.h - types shared by the entity plugin's passes (internal). */
#ifndef ENTITIES_ENT_H
#define ENTITIES_ENT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sift/plugin.h>

#include "lexicon.h"

typedef struct ner_model ner_model_t;
typedef struct clusters clusters_t;

/* Plugin state: built by init, read-only afterwards. */
typedef struct ent_state {
    const sift_host_t *host;
    lex_t *lex;
    ner_model_t *model;   /* NULL: capitalised-sequence fallback only */
    ner_model_t *stage2;  /* second-stage weights; NULL: one stage */
    clusters_t *clusters; /* word clusters (tagger features); NULL: none */
} ent_state_t;

enum { SRC_RULE = 1, SRC_GAZ, SRC_MODEL, SRC_FALLBACK };
#define T_CANDIDATE SIFT_ENTITY_TYPES /* a lone capitalised word, PERSON if seen in a name */

typedef struct mention {
    uint32_t tb, te;            /* token range [tb, te)                    */
    uint32_t start, end;        /* bytes                                   */
    int type;                   /* sift_entity_type_t or T_CANDIDATE       */
    int src;                    /* SRC_*                                   */
    const char *code;           /* from the gazetteer, or NULL             */
    const char *canon;          /* gazetteer canonical (clustering key)    */
    bool country;               /* the gazetteer says: a country           */
    bool sure;                  /* a rule's company ("X said its profit")  */
    bool ruled;                 /* an ORG by the article-wide passes' cues  */
    const char *currency;
    bool has_value;
    double value;
    char date[48];
    uint32_t title_s, title_e;  /* bytes of a title, when title_e > 0      */
    int cluster;
} mention_t;

/* One article being processed. */
typedef struct ent_ctx {
    const ent_state_t *st;
    const sift_doc_t *doc;
    sift_out_t *out;
    const sift_token_t *tok;
    size_t n;
    uint8_t *used;              /* per token: taken by a mention           */
    uint64_t *hx, *hl;          /* per token: XXH3 of the text, lower-cased */
    uint32_t *nsx, *nsl;        /* ... the lexicon namespaces each is a key in */
    const lex_entry_t **gz;     /* per token: longest gazetteer name from it */
    uint8_t *gzn;               /* ... and its length in tokens, 0 if none  */
    size_t n_caps;              /* tokens capitalised or all-caps: bounds the maps of them */
    size_t n_poss;              /* 1 when a possessive ("'s" split off a word) is in it */
    size_t n_company;           /* 1 when a word unlabelled text uses as a company is (CL_COMPANY; ner_prepare) */
    mention_t *m;
    size_t n_m, cap_m;
} ent_ctx_t;

static inline const char *tok_s(const ent_ctx_t *c, size_t i)
{
    return c->doc->text + c->tok[i].start;
}

static inline size_t tok_n(const ent_ctx_t *c, size_t i)
{
    return c->tok[i].end - c->tok[i].start;
}

static inline bool tok_is(const ent_ctx_t *c, size_t i, const char *w)
{
    size_t n = tok_n(c, i);
    for (size_t k = 0; k < n; k++)
        if (!w[k] || w[k] != tok_s(c, i)[k])
            return false;
    return w[n] == 0;
}

/* Fills the per-token arrays above (hashes, gazetteer matches). 0 or -1. */
int ent_prepare(ent_ctx_t *c);
/* Exact lookup of token i in a namespace (inline: a bit test answers
 * most of them, the word being in few namespaces). */
static inline const lex_entry_t *ent_lookup_exact(const ent_ctx_t *c, int ns, size_t i)
{
    return c->nsx[i] >> ns & 1 ? lex_get_h(c->st->lex, ns, c->hx[i]) : NULL;
}
/* Lower-cased (ASCII) lookup of token i in a namespace. */
static inline const lex_entry_t *ent_lookup_lower(const ent_ctx_t *c, int ns, size_t i)
{
    return c->nsl[i] >> ns & 1 ? lex_get_h(c->st->lex, ns, c->hl[i]) : NULL;
}
/* The title-cased form of an ALL CAPS token (ent_lookup_cap's second try). */
const lex_entry_t *ent_lookup_titled(const ent_ctx_t *c, int ns, size_t i);
/* Exact lookup, then the title-cased form of an ALL CAPS token. */
static inline const lex_entry_t *ent_lookup_cap(const ent_ctx_t *c, int ns, size_t i)
{
    const lex_entry_t *e = ent_lookup_exact(c, ns, i);
    if (e || !(c->tok[i].flags & SIFT_TOKEN_UPPER) || c->tok[i].end - c->tok[i].start < 3)
        return e;
    return ent_lookup_titled(c, ns, i);
}
/* Key of tokens [b, e): token texts joined by one space where the text has
 * space. mode 0 exact, 1 lower case, 2 title case. Returns the length, or 0
 * when it does not fit. */
size_t ent_key(const ent_ctx_t *c, size_t b, size_t e, int mode, char *buf, size_t cap);
/* Where a law or treaty named by the law word at k ends: past "on" or
 * "of" and the capitalised words and links after it ("Agreement on
 * Tariffs and Trade", "Convention on the Rights of the Child", "Treaty of
 * Rome"), 24 words at most; k + 1 when none follow. */
size_t ent_law_end(const ent_ctx_t *c, size_t k);
/* Whether token i names a role's portfolio or a kind of body rather than
 * one organisation: a title word, an organisation word or a word usually
 * written in lower case ("Treasury secretary", "Cabinet spokesman"), so
 * no name before a role word; "NATO spokesman", "Pentagon spokesman" are. */
bool ent_role_word(const ent_ctx_t *c, size_t i);
/* A new mention slot, or NULL when out of scratch memory. */
mention_t *ent_push(ent_ctx_t *c);
/* A new mention of tokens [b, e) with its type and source; marks the
 * tokens used. NULL when out of scratch memory. */
mention_t *ent_mention(ent_ctx_t *c, size_t b, size_t e, int type, int src);
/* m takes the gazetteer entry g's code (none if empty), canonical name and
 * whether it names a country (an entry of one place). */
static inline void ent_take_entry(mention_t *m, const lex_entry_t *g)
{
    m->code = g->code[0] ? g->code : NULL;
    m->canon = g->canon;
    m->country = g->num == 1;
}

/* Words of a name the article-wide passes compare. */
#define ENT_NAME_MAX 6

/* A capitalised or all-caps word, not punctuation. */
static inline bool ent_cap(const ent_ctx_t *c, size_t i)
{
    return (c->tok[i].flags & (SIFT_TOKEN_CAP | SIFT_TOKEN_UPPER)) &&
           !(c->tok[i].flags & SIFT_TOKEN_PUNCT);
}

/* A mention of whole tokens, not the parts of "China-EU" (the seeds keep
 * those places inside a name). */
static inline bool ent_whole(const ent_ctx_t *c, const mention_t *m)
{
    return m->start == c->tok[m->tb].start && m->end == c->tok[m->te - 1].end;
}

static inline bool ent_place(int type)
{
    return type == SIFT_GPE || type == SIFT_LOC;
}

/* The key of the words [b, e): from their exact (hx) or lower-cased (hl)
 * hashes, never 0. */
static inline uint64_t ent_words_key(const uint64_t *h, size_t b, size_t e)
{
    uint64_t k = 0x84222325cbf29ce4ull;
    for (size_t t = b; t < e; t++)
        k = (k ^ h[t]) * 0x100000001B3ull;
    return k | 1;
}

/* qsort's order of mentions: by start. */
int ent_cmp_start(const void *x, const void *y);
/* Drops the mentions a join marked (type -1), keeping the others' order. */
void ent_drop_joined(ent_ctx_t *c);
/* Where a possessive ending right before token p starts: "'s" (split
 * off a word by the core), a lone "'" ("Traders ' Association") or "'"
 * and "s" written apart from the word ("Sheriff 's Office" in CoNLL's
 * spacing); p when there is none. */
size_t ent_possessive_at(const ent_ctx_t *c, size_t p);
/* Where the capitalised run ending before token e starts, within its
 * sentence; without a sentence opener usually written in lower case
 * ("Recalled fly-half ...", "Follow People's Daily"), so e when the run
 * is that word alone. */
size_t ent_run_start(const ent_ctx_t *c, size_t e);

/* A per-article hash map from 64-bit keys (never 0) to ints, in scratch
 * memory: what keeps the passes linear in the article's length. */
typedef struct ent_map {
    uint64_t *keys;
    int32_t *vals;
    size_t mask;
} ent_map_t;

/* Room for n keys; 0 or -1 (out of scratch). */
int ent_map_init(ent_ctx_t *c, ent_map_t *m, size_t n);
/* The value for key, or -1. */
int32_t ent_map_get(const ent_map_t *m, uint64_t key);
/* Sets key -> v unless key is there; returns the value it now has. */
int32_t ent_map_put(ent_map_t *m, uint64_t key, int32_t v);
/* The value slot of key, added with value 0 when missing. Never NULL (the
 * map was sized by ent_map_init for all keys put in it). */
int32_t *ent_map_slot(ent_map_t *m, uint64_t key);
/* XXH3 of a byte range of the text. */
uint64_t ent_text_hash(const ent_ctx_t *c, uint32_t start, uint32_t end);

/* numex.c: MONEY, PERCENT, DATE. Fills mentions, marks tokens used. */
int numex_run(ent_ctx_t *c);
/* Parses a number at the start of s; *rest gets what follows it. */
bool numex_parse_number(const char *s, size_t n, double *v, size_t *rest);

#endif
