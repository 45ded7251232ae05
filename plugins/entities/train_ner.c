/* SPDX-License-Identifier: MIT */
/* train_ner.c - trains the entity plugin's tagger on CoNLL-2003.
 *
 *   train-ner --gazetteer plugins/entities/data/gazetteer.tsv \
 *             --clusters plugins/entities/data/clusters.bin \
 *             --out plugins/entities/data/ner.model [--epochs N] [--bits B] \
 *             [--seed S] [--runs R] [--stage2 MODEL2 [--folds K]] \
 *             [--also MORE.txt ...] [--also1 MORE.txt ...] [--also-per MORE.txt ...] \
 *             TRAIN.txt [DEV.txt]
 *
 * Reads CoNLL files (token POS chunk NER, IOB1; --also adds the documents
 * of more files to the training set, e.g. data/own.conll; --also1 to the
 * first stage's only, not the second's; --also-per to both, learning from
 * them only where the gold tag or the guess is a person; section
 * "Person-rich sentences" of README.md), rebuilds each document's
 * text the way shared/data/conll2003/testa.gold.jsonl does (tokens joined
 * by one space, sentences by a newline), tokenises it with the daemon's own
 * tokeniser (siftcore) and gives every core token the tag of the CoNLL token
 * its first byte falls in, as BIO. Features come from plugins/entities/ner.c,
 * the very code the plugin runs. Greedy averaged perceptron, documents in a
 * fixed pseudo-random order per epoch (deterministic: same input, same
 * model). With DEV.txt, prints the phrase F1 on it after each epoch. The
 * weights are quantised to int16. --stage2 also trains the second stage
 * (ner.c, ner_agg_*) on first-stage tags from K-fold jackknifing (5). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "clusters.h"
#include "document.h"
#include "ent.h"
#include "lexicon.h"
#include "ner.h"
#include "words.h"

/* --------------------------------------------------- a host for scratch */

typedef struct arena {
    void **blocks;
    size_t n, cap;
} arena_t;

static void *s_scratch(sift_out_t *out, size_t size)
{
    arena_t *a = (arena_t *)out;
    if (a->n == a->cap) {
        a->cap = a->cap ? a->cap * 2 : 64;
        a->blocks = realloc(a->blocks, a->cap * sizeof *a->blocks);
        if (!a->blocks)
            return NULL;
    }
    void *p = calloc(1, size ? size : 1);
    if (p)
        a->blocks[a->n++] = p;
    return p;
}

static void s_arena_free(arena_t *a)
{
    for (size_t i = 0; i < a->n; i++)
        free(a->blocks[i]);
    a->n = 0;
}

/* ------------------------------------------------------------- corpus */

typedef struct doc {
    char *text;
    size_t len;
    sift_document_t *tokeniser;
    const sift_doc_t *d;
    uint8_t *gold;          /* per core token */
    uint32_t *feat;         /* static feature buckets, NER_MAX_FEATS per token */
    uint8_t *nfeat;
    uint32_t fold_key;      /* hash of the text: copies of a document share a fold */
    bool stage1_only;       /* --also1: trains the first stage, not the second */
    bool person_only;       /* --also-per: learns only where gold or guess is a person */
    uint8_t *pred1;         /* stage-one tags (jackknifed on training docs) */
    uint32_t *feat2;        /* stage-two aggregate buckets, NER_AGG per token */
    uint8_t *nfeat2;
    ner_agg_t agg;
    ner_work_t w;
    arena_t arena;
    ent_ctx_t ctx;
} doc_t;

typedef struct corpus {
    doc_t *docs;
    size_t n, cap;
} corpus_t;

enum { NER_AGG = 16 };

typedef struct ctok {
    uint32_t start, end;
    int type;               /* NER_PER.. or -1 */
    int begins;             /* starts a phrase */
} ctok_t;

static int s_type(const char *tag)
{
    if (strlen(tag) < 5) return -1;
    const char *t = tag + 2;
    if (!strcmp(t, "PER")) return NER_PER;
    if (!strcmp(t, "ORG")) return NER_ORG;
    if (!strcmp(t, "LOC")) return NER_LOC;
    if (!strcmp(t, "MISC")) return NER_MISC;
    return -1;
}

static int s_finish_doc(corpus_t *cp, char *text, size_t len, ctok_t *ct, size_t nct,
                        const ent_state_t *st, uint32_t mask)
{
    if (len == 0)
        return 0;
    if (cp->n == cp->cap) {
        cp->cap = cp->cap ? cp->cap * 2 : 256;
        cp->docs = realloc(cp->docs, cp->cap * sizeof *cp->docs);
        if (!cp->docs)
            return -1;
    }
    doc_t *dc = &cp->docs[cp->n++];
    memset(dc, 0, sizeof *dc);
    dc->text = malloc(len + 1);
    memcpy(dc->text, text, len);
    dc->text[len] = 0;
    dc->len = len;
    dc->fold_key = 2166136261u;
    for (size_t i = 0; i < len; i++)
        dc->fold_key = (dc->fold_key ^ (uint8_t)text[i]) * 16777619u;
    dc->tokeniser = sift_document_new();
    dc->d = sift_document_tokenize(dc->tokeniser, dc->text, len);
    if (!dc->d)
        return -1;
    size_t n = dc->d->n_tokens;
    dc->gold = calloc(n ? n : 1, 1);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t s = dc->d->tokens[i].start;
        while (k < nct && ct[k].end <= s)
            k++;
        int tag = NER_O;
        if (k < nct && ct[k].start <= s && ct[k].type >= 0) {
            bool first = ct[k].start == s;
            tag = 1 + 2 * ct[k].type + !(first && ct[k].begins);
        }
        dc->gold[i] = (uint8_t)tag;
    }
    dc->ctx = (ent_ctx_t){ .st = st, .doc = dc->d, .out = (sift_out_t *)&dc->arena,
                           .tok = dc->d->tokens, .n = n };
    if (n && (ent_prepare(&dc->ctx) < 0 || ner_prepare(&dc->ctx, &dc->w) < 0))
        return -1;
    dc->feat = malloc((n ? n : 1) * NER_MAX_FEATS * sizeof *dc->feat);
    dc->nfeat = malloc(n ? n : 1);
    uint64_t f[NER_MAX_FEATS];
    for (size_t i = 0; i < n; i++) {
        size_t nf = ner_static(&dc->ctx, &dc->w, i, f);
        dc->nfeat[i] = (uint8_t)nf;
        for (size_t j = 0; j < nf; j++)
            dc->feat[i * NER_MAX_FEATS + j] = ner_bucket(f[j], mask);
    }
    return 0;
}

static int s_read(const char *path, corpus_t *cp, const ent_state_t *st, uint32_t mask)
{
    FILE *fp = fopen(path, "r");
    if (!fp) {
        perror(path);
        return -1;
    }
    size_t cap = 1 << 20, len = 0, nct = 0, ccap = 1 << 16;
    char *text = malloc(cap);
    ctok_t *ct = malloc(ccap * sizeof *ct);
    char line[4096];
    int prev_type = -1, sent_open = 0, rc = 0;
    while (fgets(line, sizeof line, fp)) {
        line[strcspn(line, "\r\n")] = 0;
        if (!strncmp(line, "-DOCSTART-", 10)) {
            rc |= s_finish_doc(cp, text, len, ct, nct, st, mask);
            len = nct = 0;
            prev_type = -1;
            sent_open = 0;
            continue;
        }
        if (!line[0]) {
            if (sent_open && len + 1 < cap)
                text[len++] = '\n';
            sent_open = 0;
            prev_type = -1;
            continue;
        }
        char tokbuf[1024], pos[64], chunk[64], ner[64];
        if (sscanf(line, "%1023s %63s %63s %63s", tokbuf, pos, chunk, ner) != 4)
            continue;
        size_t tl = strlen(tokbuf);
        while (len + tl + 2 >= cap) {
            cap *= 2;
            text = realloc(text, cap);
        }
        if (nct == ccap) {
            ccap *= 2;
            ct = realloc(ct, ccap * sizeof *ct);
        }
        if (sent_open)
            text[len++] = ' ';
        int type = ner[0] == 'O' ? -1 : s_type(ner);
        ct[nct++] = (ctok_t){ (uint32_t)len, (uint32_t)(len + tl), type,
                              type >= 0 && (ner[0] == 'B' || type != prev_type) };
        memcpy(text + len, tokbuf, tl);
        len += tl;
        prev_type = type;
        sent_open = 1;
    }
    if (len && text[len - 1] == '\n')
        len--;
    rc |= s_finish_doc(cp, text, len, ct, nct, st, mask);
    free(text);
    free(ct);
    fclose(fp);
    return rc;
}

/* ------------------------------------------------------------ training */

typedef struct model {
    float *w;
    double *u;
    double c;
    uint32_t mask;
    bool stage2, record;
} model_t;

static void s_scores(const model_t *m, const uint32_t *fb, size_t nf, const uint64_t *dyn,
                     size_t nd, double *sc, bool avg)
{
    for (int t = 0; t < NER_TAGS; t++)
        sc[t] = 0;
    for (size_t k = 0; k < nf + nd; k++) {
        uint32_t b = k < nf ? fb[k] : ner_bucket(dyn[k - nf], m->mask);
        size_t base = (size_t)b * NER_TAGS;
        for (int t = 0; t < NER_TAGS; t++)
            sc[t] += avg ? m->w[base + t] - m->u[base + t] / m->c : m->w[base + t];
    }
}

static void s_update(model_t *m, const uint32_t *fb, size_t nf, const uint64_t *dyn, size_t nd,
                     int tag, double d)
{
    for (size_t k = 0; k < nf + nd; k++) {
        uint32_t b = k < nf ? fb[k] : ner_bucket(dyn[k - nf], m->mask);
        size_t i = (size_t)b * NER_TAGS + (size_t)tag;
        m->w[i] += (float)d;
        m->u[i] += m->c * d;
    }
}

/* Tags one document; with train, updates the model on mistakes. Counts
 * phrases for F1 in stats[0..2] = tp, pred, gold. */
static void s_run_doc(model_t *m, doc_t *dc, bool train, bool avg, long *stats)
{
    size_t n = dc->d->n_tokens;
    uint8_t *pred = malloc(n ? n : 1);
    int t1 = NER_O, t2 = NER_O;
    uint64_t dyn[8];
    ner_hist_reset(&dc->w);
    for (size_t i = 0; i < n; i++) {
        if (dc->d->tokens[i].flags & SIFT_TOKEN_SENT_START)
            t1 = t2 = NER_O;
        int best = NER_O;
        if (m->stage2 && dc->feat2 && (i == 0 || pred[i - 1] == dc->pred1[i - 1]) &&
            ner_agg_settled(&dc->ctx, &dc->w, &dc->agg, i)) {
            best = dc->pred1[i];
            if (!ner_skip(&dc->ctx, i, t1))
                ner_hist_add(&dc->w, i, best);
        } else if (!ner_skip(&dc->ctx, i, t1)) {
            uint32_t fbuf[NER_MAX_FEATS + NER_AGG];
            const uint32_t *fb = dc->feat + i * NER_MAX_FEATS;
            size_t nf = dc->nfeat[i], nd = ner_dynamic(&dc->w, i, t1, t2, dyn);
            if (m->stage2 && dc->feat2) {
                if (nf > NER_STAGE2_STATIC)
                    nf = NER_STAGE2_STATIC;
                memcpy(fbuf, fb, nf * sizeof *fb);
                memcpy(fbuf + nf, dc->feat2 + i * NER_AGG, dc->nfeat2[i] * sizeof *fb);
                nf += dc->nfeat2[i];
                fb = fbuf;
            }
            double sc[NER_TAGS], bs = -INFINITY;
            s_scores(m, fb, nf, dyn, nd, sc, avg);
            for (int t = 0; t < NER_TAGS; t++)
                if (ner_allowed(t1, t) && sc[t] > bs)
                    bs = sc[t], best = t;
            ner_hist_add(&dc->w, i, best);
            if (train) {
                int gold = dc->gold[i];
                if (!ner_allowed(t1, gold))
                    gold -= 1; /* I-X after O: learn B-X */
                bool per = (gold != NER_O && NER_TYPE(gold) == NER_PER) ||
                           (best != NER_O && NER_TYPE(best) == NER_PER);
                if (best != gold && (!dc->person_only || per)) {
                    s_update(m, fb, nf, dyn, nd, gold, 1);
                    s_update(m, fb, nf, dyn, nd, best, -1);
                }
                m->c += 1;
            }
        }
        pred[i] = (uint8_t)best;
        if (dc->pred1 && !m->stage2 && m->record)
            dc->pred1[i] = (uint8_t)best;
        t2 = t1;
        t1 = best;
    }
    /* phrase counts on core tokens */
    for (int which = 0; which < 2; which++) {
        const uint8_t *tg = which ? dc->gold : pred;
        for (size_t i = 0; i < n;) {
            if (tg[i] == NER_O) { i++; continue; }
            size_t e = i + 1;
            while (e < n && tg[e] != NER_O && !(tg[e] & 1) && NER_TYPE(tg[e]) == NER_TYPE(tg[i]))
                e++;
            stats[1 + which]++;
            if (!which) {
                /* the same phrase in gold? */
                bool ok = NER_TYPE(dc->gold[i]) == NER_TYPE(tg[i]) && dc->gold[i] != NER_O &&
                          (dc->gold[i] & 1 || i == 0 || dc->gold[i - 1] == NER_O ||
                           NER_TYPE(dc->gold[i - 1]) != NER_TYPE(tg[i]));
                for (size_t k = i + 1; ok && k < e; k++)
                    ok = dc->gold[k] == tg[k] || (dc->gold[k] != NER_O && !(dc->gold[k] & 1) &&
                                                  NER_TYPE(dc->gold[k]) == NER_TYPE(tg[i]));
                if (ok && e < n && dc->gold[e] != NER_O && !(dc->gold[e] & 1) &&
                    NER_TYPE(dc->gold[e]) == NER_TYPE(tg[i]))
                    ok = false;
                stats[0] += ok;
            }
            i = e;
        }
    }
    free(pred);
}

/* The second stage's features of every token, from the first stage's
 * tags in pred1 (ner.c: the code the plugin runs). */
static void s_aggregates(doc_t *dc, uint32_t mask)
{
    ner_agg_t *a = &dc->agg;
    if (!dc->d->n_tokens)
        return;
    dc->ctx.out = (sift_out_t *)&dc->arena; /* the corpus array moved since it was read */
    if (ner_agg_prepare(&dc->ctx, &dc->w, dc->pred1, a) < 0) {
        fprintf(stderr, "train-ner: out of memory\n");
        exit(1);
    }
    uint64_t f[NER_MAX_AGG];
    for (size_t i = 0; i < dc->d->n_tokens; i++) {
        size_t nf = ner_agg_features(&dc->ctx, &dc->w, a, i, f);
        for (size_t j = 0; j < nf; j++)
            dc->feat2[i * NER_AGG + j] = ner_bucket(f[j], mask);
        dc->nfeat2[i] = (uint8_t)nf;
    }
}

static void s_corpus_free(corpus_t *cp)
{
    for (size_t i = 0; i < cp->n; i++) {
        doc_t *dc = &cp->docs[i];
        s_arena_free(&dc->arena);
        free(dc->arena.blocks);
        sift_document_destroy(&dc->tokeniser);
        free(dc->text);
        free(dc->gold);
        free(dc->feat);
        free(dc->nfeat);
        free(dc->pred1);
        free(dc->feat2);
        free(dc->nfeat2);
    }
    free(cp->docs);
}

static double s_f1(const long *s)
{
    double p = s[1] ? (double)s[0] / s[1] : 0, r = s[2] ? (double)s[0] / s[2] : 0;
    return p + r ? 2 * p * r / (p + r) : 0;
}

/* Adds the averaged perceptron weights of m to sum. */
static void s_accumulate(const model_t *m, float *sum)
{
    size_t nw = ((size_t)m->mask + 1) * NER_TAGS;
    for (size_t i = 0; i < nw; i++)
        sum[i] += (float)(m->w[i] - m->u[i] / m->c);
}

/* Writes the weights avg (buckets x tags, summed over runs: only their
 * ratios matter) quantised to int16. */
static int s_save(const float *avg, uint32_t mask, const char *path)
{
    size_t nw = ((size_t)mask + 1) * NER_TAGS;
    int16_t *q = malloc(nw * sizeof *q);
    if (!q)
        return -1;
    double mx = 1e-9;
    for (size_t i = 0; i < nw; i++)
        if (fabs(avg[i]) > mx)
            mx = fabs(avg[i]);
    float scale = (float)(mx / 32767.0);
    for (size_t i = 0; i < nw; i++)
        q[i] = (int16_t)lrint(avg[i] / scale);
    FILE *fp = fopen(path, "wb");
    if (!fp)
        return -1;
    uint32_t buckets = mask + 1, tags = NER_TAGS;
    int rc = fwrite(NER_MAGIC, 1, 8, fp) != 8 || fwrite(&buckets, 4, 1, fp) != 1 ||
             fwrite(&tags, 4, 1, fp) != 1 || fwrite(&scale, 4, 1, fp) != 1 ||
             fwrite(q, sizeof *q, nw, fp) != nw;
    rc |= fclose(fp) != 0;
    free(q);
    return rc ? -1 : 0;
}

/* Trains runs orders of epochs each on the documents of tr (without those
 * whose index is hold mod folds) and adds the averaged weights to sum. */
static void s_train(model_t *m, corpus_t *tr, corpus_t *dv, int epochs, unsigned long seed,
                    int runs, size_t folds, size_t hold, float *sum)
{
    size_t nw = ((size_t)m->mask + 1) * NER_TAGS;
    size_t *order = malloc(tr->n * sizeof *order), no = 0;
    for (int run = 0; run < runs; run++) {
        no = 0;
        for (size_t i = 0; i < tr->n; i++)
            if ((folds == SIZE_MAX || tr->docs[i].fold_key % folds != hold) &&
                !(m->stage2 && tr->docs[i].stage1_only))
                order[no++] = i;
        memset(m->w, 0, nw * sizeof *m->w);
        memset(m->u, 0, nw * sizeof *m->u);
        m->c = 1;
        uint64_t rng = 0x2545F4914F6CDD1Dull ^ ((seed + (unsigned long)run) * 0x9E3779B97F4A7C15ull);
        for (int ep = 1; ep <= epochs; ep++) {
            for (size_t i = no; i > 1; i--) {
                rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17;
                size_t j = (size_t)(rng % i), t = order[i - 1];
                order[i - 1] = order[j];
                order[j] = t;
            }
            long s[3] = { 0 };
            for (size_t i = 0; i < no; i++)
                s_run_doc(m, &tr->docs[order[i]], true, false, s);
            fprintf(stderr, "epoch %2d  train F1 %.4f", ep, s_f1(s));
            if (dv && dv->n) {
                long d[3] = { 0 };
                for (size_t i = 0; i < dv->n; i++)
                    s_run_doc(m, &dv->docs[i], false, true, d);
                fprintf(stderr, "  dev F1 %.4f (core-token phrases, all four classes)", s_f1(d));
            }
            fputc('\n', stderr);
        }
        s_accumulate(m, sum);
    }
    free(order);
}

static void s_no_log(const char *plugin, int priority, const char *fmt, ...)
{
    (void)plugin;
    (void)priority;
    (void)fmt;
}

int main(int argc, char **argv)
{
    const char *gaz = NULL, *clu = NULL, *out = NULL, *train = NULL, *dev = NULL;
    const char *also[8];
    int also_mode[8]; /* 0 --also, 1 --also1, 2 --also-per */
    size_t n_also = 0;
    int epochs = 12, bits = 18;
    unsigned long seed = 0;
    int runs = 1, folds = 5;
    const char *stage2 = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--gazetteer") && i + 1 < argc) gaz = argv[++i];
        else if (!strcmp(argv[i], "--clusters") && i + 1 < argc) clu = argv[++i];
        else if (!strcmp(argv[i], "--out") && i + 1 < argc) out = argv[++i];
        else if (!strcmp(argv[i], "--epochs") && i + 1 < argc) epochs = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--bits") && i + 1 < argc) bits = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--seed") && i + 1 < argc) seed = strtoul(argv[++i], NULL, 10);
        else if (!strcmp(argv[i], "--runs") && i + 1 < argc) runs = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--stage2") && i + 1 < argc) stage2 = argv[++i];
        else if (!strcmp(argv[i], "--folds") && i + 1 < argc) folds = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--also") && i + 1 < argc && n_also < 8)
            also_mode[n_also] = 0, also[n_also++] = argv[++i];
        else if (!strcmp(argv[i], "--also1") && i + 1 < argc && n_also < 8)
            also_mode[n_also] = 1, also[n_also++] = argv[++i];
        else if (!strcmp(argv[i], "--also-per") && i + 1 < argc && n_also < 8)
            also_mode[n_also] = 2, also[n_also++] = argv[++i];
        else if (!train) train = argv[i];
        else dev = argv[i];
    }
    if (!gaz || !clu || !out || !train || bits < 10 || bits > 24 || runs < 1 || folds < 2) {
        fprintf(stderr, "usage: train-ner --gazetteer FILE --clusters FILE --out MODEL [--epochs N] "
                        "[--bits B] [--seed S] [--runs R] [--stage2 MODEL2 [--folds K]] "
                        "[--also MORE.txt ...] [--also1 MORE.txt ...] [--also-per MORE.txt ...] "
                        "TRAIN.txt [DEV.txt]\n");
        return 2;
    }
    static sift_host_t host;
    host.abi = SIFT_ABI;
    host.size = sizeof host;
    host.log = s_no_log;
    host.scratch = s_scratch;
    ent_state_t st = { .host = &host, .lex = lex_new() };
    if (!st.lex || words_load(st.lex) < 0 || lex_load_tsv(st.lex, gaz) < 0) {
        fprintf(stderr, "train-ner: cannot load %s\n", gaz);
        return 1;
    }
    const char *why = NULL;
    if (!(st.clusters = clusters_load(clu, &why))) {
        fprintf(stderr, "train-ner: cannot load clusters %s: %s\n", clu, why);
        return 1;
    }
    model_t m = { .mask = (1u << bits) - 1, .c = 1 };
    size_t nw = ((size_t)m.mask + 1) * NER_TAGS;
    m.w = calloc(nw, sizeof *m.w);
    m.u = calloc(nw, sizeof *m.u);
    float *sum = calloc(nw, sizeof *sum);
    corpus_t tr = { 0 }, dv = { 0 };
    if (!m.w || !m.u || !sum || s_read(train, &tr, &st, m.mask) < 0 ||
        (dev && s_read(dev, &dv, &st, m.mask) < 0)) {
        fprintf(stderr, "train-ner: cannot read the corpus\n");
        return 1;
    }
    for (size_t i = 0; i < n_also; i++) {
        size_t first = tr.n;
        if (s_read(also[i], &tr, &st, m.mask) < 0) {
            fprintf(stderr, "train-ner: cannot read %s\n", also[i]);
            return 1;
        }
        for (size_t k = first; k < tr.n; k++)
            tr.docs[k].stage1_only = also_mode[i] == 1, tr.docs[k].person_only = also_mode[i] == 2;
    }
    fprintf(stderr, "train-ner: %zu training documents, %zu dev documents\n", tr.n, dv.n);
    s_train(&m, &tr, &dv, epochs, seed, runs, SIZE_MAX, 0, sum);
    if (stage2) {
        /* jackknife: each fold's first-stage tags from a model not trained on it */
        for (size_t i = 0; i < tr.n; i++) {
            tr.docs[i].pred1 = calloc(tr.docs[i].d->n_tokens + 1, 1);
            tr.docs[i].feat2 = calloc((tr.docs[i].d->n_tokens + 1) * NER_AGG, sizeof(uint32_t));
            tr.docs[i].nfeat2 = calloc(tr.docs[i].d->n_tokens + 1, 1);
        }
        for (size_t i = 0; i < dv.n; i++) {
            dv.docs[i].pred1 = calloc(dv.docs[i].d->n_tokens + 1, 1);
            dv.docs[i].feat2 = calloc((dv.docs[i].d->n_tokens + 1) * NER_AGG, sizeof(uint32_t));
            dv.docs[i].nfeat2 = calloc(dv.docs[i].d->n_tokens + 1, 1);
        }
        float *fsum = calloc(nw, sizeof *fsum);
        for (int f = 0; f < folds; f++) {
            memset(fsum, 0, nw * sizeof *fsum);
            s_train(&m, &tr, NULL, epochs, seed, 1, (size_t)folds, (size_t)f, fsum);
            model_t fm = { .w = fsum, .mask = m.mask, .c = 1, .record = true };
            long s[3] = { 0 };
            for (size_t i = 0; i < tr.n; i++)
                if (tr.docs[i].fold_key % (uint32_t)folds == (uint32_t)f)
                    s_run_doc(&fm, &tr.docs[i], false, false, s);
            fprintf(stderr, "fold %d: first-stage F1 %.4f\n", f, s_f1(s));
        }
        model_t full = { .w = sum, .mask = m.mask, .c = 1, .record = true };
        long s1[3] = { 0 };
        for (size_t i = 0; i < dv.n; i++)
            s_run_doc(&full, &dv.docs[i], false, false, s1);
        fprintf(stderr, "dev first stage F1 %.4f\n", s_f1(s1));
        for (size_t i = 0; i < tr.n; i++)
            s_aggregates(&tr.docs[i], m.mask);
        for (size_t i = 0; i < dv.n; i++)
            s_aggregates(&dv.docs[i], m.mask);
        float *sum2 = calloc(nw, sizeof *sum2);
        m.stage2 = true;
        s_train(&m, &tr, &dv, epochs, seed, runs, SIZE_MAX, 0, sum2);
        if (s_save(sum2, m.mask, stage2) < 0) {
            fprintf(stderr, "train-ner: cannot write %s\n", stage2);
            return 1;
        }
        free(sum2);
        free(fsum);
    }
    if (s_save(sum, m.mask, out) < 0) {
        fprintf(stderr, "train-ner: cannot write %s\n", out);
        return 1;
    }
    fprintf(stderr, "train-ner: wrote %s (%u buckets)\n", out, m.mask + 1);
    s_corpus_free(&tr);
    s_corpus_free(&dv);
    free(m.w);
    free(m.u);
    free(sum);
    lex_destroy(&st.lex);
    clusters_destroy(&st.clusters);
    return 0;
}
