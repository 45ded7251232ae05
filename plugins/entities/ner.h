/* SPDX-License-Identifier: MIT */
/* ner.h - averaged-perceptron named-entity tagger over hashed features.
 *
 * The feature extraction here is shared verbatim by the plugin and by
 * train-ner (train_ner.c), so a model always sees at run time the features it was
 * trained on. Tags are BIO over the CoNLL-2003 classes. */
#ifndef ENTITIES_NER_H
#define ENTITIES_NER_H

#include "ent.h"

enum { NER_O, NER_B_PER, NER_I_PER, NER_B_ORG, NER_I_ORG, NER_B_LOC, NER_I_LOC,
       NER_B_MISC, NER_I_MISC, NER_TAGS };
enum { NER_PER, NER_ORG, NER_LOC, NER_MISC };
#define NER_TYPE(t) (((t) - 1) / 2)        /* for t != NER_O */
#define NER_MAX_FEATS 56
#define NER_MAGIC "SIFTNER1"

/* Where a capitalised word stands anywhere in the article, before or after
 * this token: the cues of an organisation or a person read off all its
 * mentions (Krishnan & Manning's document-level evidence, without labels). */
enum { NER_DOC_ORGNAME = 1, /* in a capitalised name an ORG word ends */
       NER_DOC_PERSON = 2,  /* after a title, an honorific or a given name */
       NER_DOC_PLACE = 4 }; /* after in/at/from/near */

/* Per-article arrays the features are computed from. */
typedef struct ner_work {
    uint64_t *lower;    /* hash of the lower-cased token                  */
    uint64_t *shape;    /* hash of the collapsed shape ("Xx", "X.X.", "d") */
    uint8_t *gaz;       /* gazetteer type covering the token, +8 if first */
    uint8_t *kw;        /* bit 1 title head, 2 honorific, 4 ORG word, 8 stop/month/day, 16 headline,
                         * 32 table row */
    int8_t *ahead;      /* tokens to the ORG word that ends the name from here, -1 none */
    int8_t *head;       /* tokens to the last capitalised word of the name (through
                         * of/for/and) the token is in, -1 none */
    const struct clusters_slot **cl; /* cluster ids of the token (clusters.h) */
    uint8_t *names;     /* gazetteer flags of the lower-cased token (CL_*)  */
    uint8_t *doc;       /* how the article writes the word anywhere (NER_DOC_*) */
    uint32_t *desc;     /* the noun describing the capitalised run the token is in
                           ("X shares", "X's chairman", "shares of X"): its hash
                           and where it stands; 0 none */
    ent_map_t hist;     /* lower hash -> how the article's earlier tokens
                         * of that word were tagged, 6 bits per class    */
} ner_work_t;

/* Fills w (arrays of c->n from host scratch). 0 or -1. */
int ner_prepare(ent_ctx_t *c, ner_work_t *w);
/* Static features of token i, as hashed keys; returns how many. */
size_t ner_static(const ent_ctx_t *c, const ner_work_t *w, size_t i, uint64_t *f);
/* Its first NER_STAGE2_STATIC (or fewer), all the second stage reads. */
size_t ner_static_head(const ent_ctx_t *c, const ner_work_t *w, size_t i, uint64_t *f);
/* Features that depend on the two previous tags and on the tags the
 * article's earlier tokens of the same word got. */
size_t ner_dynamic(const ner_work_t *w, size_t i, int t1, int t2, uint64_t *f);
/* Records the tag given to token i (a scored, capitalised one), for the
 * later tokens of its word; ner_hist_reset forgets the whole article. */
void ner_hist_add(ner_work_t *w, size_t i, int tag);
void ner_hist_reset(ner_work_t *w);
/* Whether t may follow t1 (I-X only after B-X or I-X). */
static inline int ner_allowed(int t1, int t)
{
    return !(t != NER_O && !(t & 1) && (t1 == NER_O || NER_TYPE(t1) != NER_TYPE(t)));
}
/* Tokens the tagger leaves O without scoring: not capitalised after an O. */
static inline int ner_skip(const ent_ctx_t *c, size_t i, int t1)
{
    return t1 == NER_O && !(c->tok[i].flags & (SIFT_TOKEN_CAP | SIFT_TOKEN_UPPER));
}
static inline uint32_t ner_bucket(uint64_t key, uint32_t mask)
{
    key ^= key >> 31;
    key *= 0xBF58476D1CE4E5B9ull;
    key ^= key >> 29;
    return (uint32_t)key & mask;
}

/* The second stage (Krishnan & Manning 2006; Ratinov & Roth 2009): how
 * the first stage tagged the same word and the same name elsewhere in the
 * article, as features of a second tagger. */
#define NER_MAX_AGG 12
/* the first static features only (words, shapes): the rest speak through the first stage's tags */
#define NER_STAGE2_STATIC 16
typedef struct ner_agg {
    const uint8_t *pred1; /* the first stage's tags, one per token         */
    uint64_t *seq;        /* hash of the first-stage name a token is in, 0 */
    ent_map_t word;       /* lower hash -> classes of its capitalised tokens, 6 bits each */
    ent_map_t name;       /* name hash -> its types, 8 bits each           */
    ent_map_t longer;     /* lower hash -> types of the names of 2+ words it is in */
} ner_agg_t;

/* Counts the first stage's tags pred1 (kept, not copied) over the article. 0 or -1. */
int ner_agg_prepare(ent_ctx_t *c, const ner_work_t *w, const uint8_t *pred1, ner_agg_t *a);
/* The aggregate features of token i, as hashed keys; returns how many. */
size_t ner_agg_features(const ent_ctx_t *c, const ner_work_t *w, const ner_agg_t *a, size_t i,
                        uint64_t *f);

/* Whether token i keeps its first-stage O without a second look: nothing
 * in the article calls its word a name (the caller checks that the token
 * before kept its tag too). Most capitalised words are sentence openers. */
bool ner_agg_settled(const ent_ctx_t *c, const ner_work_t *w, const ner_agg_t *a, size_t i);

ner_model_t *ner_model_load(const char *path, const lex_t *lex);
void ner_model_destroy(ner_model_t **self_p);
/* Tags the article (again with stage2, when not NULL, over the first
 * tagging's aggregates) and adds PERSON/ORG/GPE/LOC/NORP mentions, merged
 * with what the earlier passes found. 0 or -1 (out of memory). */
int ner_run(const ner_model_t *model, const ner_model_t *stage2, ent_ctx_t *c);

#endif
