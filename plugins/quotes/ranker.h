/* SPDX-License-Identifier: MIT */
/* ranker.h - the quotes plugin's learned attribution ranker: a linear model
 * over string features of each speaker candidate of a quote.
 *
 * Every candidate (a mention near the quote: a named entity, a pronoun, a
 * document, group or role noun, a cue's subject ...) gets a set of features
 * ("t=person", "d=A0", "src=cs", "rule"); its score is the sum of their
 * weights and the highest-scoring candidate is the speaker. The weights are
 * trained by train.py on PolNeAR train and ship as data/ranker.tsv.
 *
 * The same file holds the keep decision: features of the quote itself,
 * prefixed "q:", whose sum below zero drops the quoted span (a title, a
 * slogan, a scare quote rather than speech). */
#ifndef QUOTES_RANKER_H
#define QUOTES_RANKER_H

#include <stddef.h>
#include <stdint.h>

#define QR_MAX_FEATURES 48

typedef struct qr_model {
    uint64_t *keys; /* 0 = empty slot */
    float *w;
    size_t mask;
    int has_keep;   /* weights for the keep decision ("q:" features) */
} qr_model_t;

/* The features of one candidate. With dump set, their strings are kept
 * too, as a JSON array's items (training mode: the plugin's `features`). */
/* Hashes of the feature parts that are static strings, by address, kept
 * across articles, so that a name is hashed once, not per feature. */
#define QR_CACHE_BITS 10
typedef struct qr_cache {
    struct { const char *p; uint64_t h; } e[1u << QR_CACHE_BITS];
} qr_cache_t;

typedef struct qr_feats {
    uint64_t h[QR_MAX_FEATURES]; /* the features' keys, when m is NULL     */
    const qr_model_t *m;    /* NULL, or the model whose weights are summed
                             * as the features are added (no keys kept)    */
    float sum;              /* with m: the sum of their weights, in order  */
    size_t n;
    char *dump; /* NULL, or room for the strings */
    qr_cache_t *cache; /* NULL, or the hashes of static strings */
    size_t dlen, dcap;
} qr_feats_t;

/* Loads path: a header line, then "feature<TAB>weight" lines. An empty
 * path or "none" loads no model (the rules' speaker stands). Returns 0, or
 * -1 with a message naming the file and line in err. The model owns its
 * arrays until qr_free. */
int qr_load(qr_model_t *m, const char *path, char *err, size_t errlen);
void qr_free(qr_model_t *m);
/* Whether a model is loaded. */
static inline int qr_loaded(const qr_model_t *m) { return m->keys != NULL; }

/* A feature is a name and up to three values, written "name=v1@v2@v3"
 * (no value: "name"); its key joins the hashes of the parts, so a word's
 * value reuses the hash its token already has (doc->lower_hashes). */

/* The hash of a part: XXH3 of its bytes with A-Z lower-cased, 1 for 0
 * (the same as doc->lower_hashes). */
uint64_t qr_hash(const char *s, size_t n);

static inline uint64_t qr_join(uint64_t a, uint64_t b)
{
    uint64_t h = (a ^ (b * 0x9E3779B97F4A7C15ull)) * 0xFF51AFD7ED558CCDull;
    h ^= h >> 33;
    return h ? h : 1;
}

/* The hash of static string s, from f->cache when it holds it. Inline,
 * with the miss out of line: a candidate's features make some twenty
 * lookups. */
uint64_t qr_static_miss(qr_cache_t *cache, const char *s);

static inline uint64_t qr_static_hash(qr_cache_t *cache, const char *s)
{
    if (cache) {
        /* by the whole address: neighbouring literals are a few bytes apart */
        size_t i = (size_t)(((uint64_t)(uintptr_t)s * 0x9E3779B97F4A7C15ull) >> (64 - QR_CACHE_BITS));
        if (cache->e[i].p == s)
            return cache->e[i].h;
    }
    return qr_static_miss(cache, s);
}

/* The weight of the feature with this key, 0 when the model has none. */
float qr_weight(const qr_model_t *m, uint64_t key);

/* Adds the feature with this key: its weight to f->sum, or its key to
 * f->h. A feature the model lacks adds 0, which leaves the sum as it is
 * (it starts at +0, and a sum that cancels is +0). */
static inline void qr_add_hash(qr_feats_t *f, uint64_t key)
{
    if (f->m) {
        f->sum += qr_weight(f->m, key);
        f->n++;
    } else {
        f->h[f->n++] = key;
    }
}

/* Training mode: appends the feature's string to f->dump. */
void qr_dump_feature(qr_feats_t *f, const char *name, const char *const *vals, size_t n);

/* The key of feature name=vals[0]@...@vals[n-1] (n == 0: name alone).
 * The name and values must be static strings when cache is set. */
static inline uint64_t qr_key(qr_cache_t *cache, const char *name, const char *const *vals, size_t n)
{
    uint64_t key = qr_static_hash(cache, name);
    for (size_t i = 0; i < n; i++)
        key = qr_join(key, qr_static_hash(cache, vals[i]));
    return key;
}

/* Adds the feature whose key, qr_key(name, vals, n), was found before
 * (features.c keeps those of its fixed features in tables); the strings
 * serve the training dump only. */
static inline void qr_add_key(qr_feats_t *f, uint64_t key, const char *name,
                              const char *const *vals, size_t n)
{
    if (f->n == QR_MAX_FEATURES)
        return;
    qr_add_hash(f, key);
    if (f->dump)
        qr_dump_feature(f, name, vals, n);
}

/* Adds feature name=vals[0]@...@vals[n-1] (n == 0: name alone). The
 * name and values must be static strings when f->cache is set. */
static inline void qr_addv(qr_feats_t *f, const char *name, const char *const *vals, size_t n)
{
    if (f->n == QR_MAX_FEATURES)
        return;
    qr_add_key(f, qr_key(f->cache, name, vals, n), name, vals, n);
}

static inline void qr_add(qr_feats_t *f, const char *name, const char *val)
{
    qr_addv(f, name, &val, val ? 1 : 0);
}

static inline void qr_add2(qr_feats_t *f, const char *name, const char *a, const char *b)
{
    const char *v[2] = { a, b };
    qr_addv(f, name, v, 2);
}

/* Training mode: appends feature name=w to f->dump. */
void qr_dump_word(qr_feats_t *f, const char *name, const char *w, size_t n);

/* Adds feature name=word, the name given by its hash (qr_hash), the word
 * by its hash and its text (any case; written lower-cased). */
static inline void qr_add_word(qr_feats_t *f, uint64_t name_hash, const char *name,
                               uint64_t word_hash, const char *w, size_t n)
{
    if (f->n == QR_MAX_FEATURES || n > 64)
        return;
    for (size_t i = 0; i < n; i++)
        if (w[i] == '@' || w[i] == '=')
            return; /* the file's "name=v1@v2" syntax cannot hold it */
    qr_add_hash(f, qr_join(name_hash, word_hash));
    if (f->dump)
        qr_dump_word(f, name, w, n);
}

/* Adds a feature by its weight, found before (qr_weight): features.c
 * weighs the features with fixed keys once at start-up and a mention's
 * words once per article. Only with f->m: f->sum is the same float as
 * with the keys. */
static inline void qr_add_weight(qr_feats_t *f, float w)
{
    if (f->n == QR_MAX_FEATURES)
        return;
    f->sum += w;
    f->n++;
}

/* The sum of the weights of f's features, in their order: f->sum when
 * f->m is set. */
float qr_score(const qr_model_t *m, const qr_feats_t *f);

#endif
