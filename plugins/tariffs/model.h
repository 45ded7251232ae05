/* SPDX-License-Identifier: MIT */
/* model.h - the learned part of the tariff plugin: linear models over
 * string features, one weight vector per output.
 *
 * Outputs: the five modalities (scored together, the highest wins), keep
 * (is the candidate a tariff event at all: trade sense), tnull (does the
 * measure hit imports from everywhere, so that no target is named) and
 * swap (are actor and target the wrong way round). The weights are trained
 * by train.py from annotated articles and ship as data/model.tsv.
 *
 * A feature is a prefix naming its slot ("b:" a word before the trigger,
 * "cue=" a cue the rules saw, "bias") and a value; its key joins the two
 * lex_hash()es, so that a word's feature reuses the hash its token already
 * has (ctx_t.h) and no string is built per feature. */
#ifndef TARIFFS_MODEL_H
#define TARIFFS_MODEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "lex.h"

enum { TM_MODALITY = 0, /* 5 outputs in sift_tariff_modality_t order */
       TM_KEEP = 5, TM_TNULL = 6, TM_SWAP = 7, TM_OUTPUTS = 8 };

#define TM_MAX_FEATURES 160

typedef struct tm_model {
    uint64_t *keys;             /* 0 = empty slot */
    float (*w)[TM_OUTPUTS];
    size_t mask;
    bool has[TM_OUTPUTS];       /* a weight for this output: it decides */
} tm_model_t;

/* The features of one candidate event. With dump set, the strings are kept
 * too, as a JSON array's items (training mode: the plugin's `features`). */
typedef struct tm_feats {
    uint64_t h[TM_MAX_FEATURES];
    size_t n;
    char *dump;                 /* NULL, or room for the strings */
    size_t dlen, dcap;
} tm_feats_t;

/* Loads path (an empty model when path is ""). Returns 0, or -1 with a
 * message naming the file and line in err. The model owns its arrays until
 * tm_free. */
int tm_load(tm_model_t *m, const char *path, char *err, size_t errlen);
void tm_free(tm_model_t *m);

/* The key of prefix + value from their hashes (lex_hash of each). */
static inline uint64_t tm_key(uint64_t prefix_hash, uint64_t value_hash)
{
    return lex_join(prefix_hash, value_hash);
}

/* Appends a feature's text to f->dump (tm_add, training only). */
void tm_add_text(tm_feats_t *f, const char *prefix, const char *value, size_t vlen);

/* Adds a feature by its key; with f->dump, also its text (prefix, then
 * vlen bytes of value as they appear: lower-cased here). Inline: a
 * candidate adds dozens. */
static inline void tm_add(tm_feats_t *f, uint64_t key, const char *prefix, const char *value, size_t vlen)
{
    if (f->n == TM_MAX_FEATURES)
        return;
    f->h[f->n++] = key;
    if (f->dump)
        tm_add_text(f, prefix, value, vlen);
}

/* Sums the weights of f's features into out[TM_OUTPUTS]. */
void tm_score(const tm_model_t *m, const tm_feats_t *f, float out[TM_OUTPUTS]);

#endif
