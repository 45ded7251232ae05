/* SPDX-License-Identifier: MIT */
/* ner.c - features, model loading and greedy decoding for the tagger.
 *
 * Model file: "SIFTNER1", uint32 buckets (a power of two), uint32 tags,
 * float scale, then buckets x tags int16 weights (averaged perceptron
 * weights quantised by train-ner (train_ner.c)). It is mmap'ed read-only, so
 * worker processes share its pages. */
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#define XXH_INLINE_ALL /* inlined from the header: hashing runs per token */
#include <xxhash.h>

#include "words.h"
#include "clusters.h"
#include "ner.h"

struct ner_model {
    void *map;
    size_t map_len;
    const int16_t *w;
    uint32_t mask;
    float scale;
};

/* Feature templates: the key of a feature is mix(template, value). */
enum { F_BIAS = 1, F_W0, F_WM1, F_WP1, F_WM2, F_WP2, F_S0, F_SM1, F_SP1, F_SUF2, F_SUF3,
       F_SUF4, F_PRE3, F_WM1W0, F_W0WP1, F_S3, F_G0, F_GM1, F_GP1, F_KWM1, F_KW0, F_KWP1,
       F_SENT_S0, F_HEAD_S0, F_KWM2, F_WP1S0, F_T1, F_T2T1, F_T1W0, F_T1S0, F_GM1G0,
       F_LEN, F_C0A, F_C0B, F_C0C, F_CM1B, F_CP1B, F_C0AP1A, F_NL0, F_NLM1, F_NLP1, F_HIST, F_HISTT1, F_HISTS0, F_ROW, F_NLROW, F_AHEAD, F_CONN, F_DOC, F_DOCP1,
       F_A1, F_A1M1, F_A1P1, F_AMAJ, F_AMAJ1, F_ABITS, F_AMAJS, F_ANAME, F_ALONG, F_ALONG1, F_DESC, F_HEADC, F_HEADW, F_HEADK };

static inline uint64_t s_mix(uint64_t tmpl, uint64_t v)
{
    return (v * 0x9E3779B97F4A7C15ull) ^ (tmpl * 0xC2B2AE3D27D4EB4Full) ^ (v >> 17);
}

static uint64_t s_hash_lower(const char *s, size_t n)
{
    char buf[64];
    if (n > sizeof buf)
        n = sizeof buf;
    for (size_t k = 0; k < n; k++)
        buf[k] = (s[k] >= 'A' && s[k] <= 'Z') ? (char)(s[k] | 0x20) : s[k];
    return XXH3_64bits(buf, n);
}

static uint64_t s_hash_shape(const char *s, size_t n)
{
    char buf[32];
    size_t m = 0;
    for (size_t k = 0; k < n && m < sizeof buf; k++) {
        unsigned char ch = (unsigned char)s[k];
        char x;
        if (ch >= 'A' && ch <= 'Z') x = 'X';
        else if (ch >= 'a' && ch <= 'z') x = 'x';
        else if (ch >= '0' && ch <= '9') x = 'd';
        else if (ch >= 0xC0) x = 'u';
        else if (ch >= 0x80) continue;
        else x = (char)ch;
        if (m == 0 || buf[m - 1] != x)
            buf[m++] = x;
    }
    return XXH3_64bits(buf, m) ^ (n > 4 ? 0x5bd1e995ull : 0);
}

/* "Corravane shares fell", "the Corravane board", "Corravane's chairman",
 * "Corravane said in a statement", "shares of Corravane", "the chief
 * executive of Corravane": the lower-case noun next to a capitalised run
 * that says what the run names, for each of its tokens: the noun's hash
 * and where it stands (after the run, after its "'s", or before it with
 * of/for/in/at). The tagger learns what each says ("shares of" a company,
 * a "plant in" a place); with the word's gazetteer type in ner_static. */
static void s_descriptors(const ent_ctx_t *c, ner_work_t *w)
{
    static const char *const conns[] = { "of", "for", "in", "at" };
    size_t n = c->n;
    memset(w->desc, 0, n * sizeof *w->desc);
    for (size_t b = 0, e; b < n; b = e + 1) {
        for (e = b; e < n && (c->tok[e].flags & (SIFT_TOKEN_CAP | SIFT_TOKEN_UPPER)) &&
                    (c->tok[e].flags & SIFT_TOKEN_ALPHA) && !(w->kw[e] & (8 | 16 | 32));
             e++)
            ;
        if (e == b)
            continue;
        uint32_t v = 0;
        size_t a = e < n && (c->tok[e].flags & SIFT_TOKEN_POSSESSIVE) ? e + 1 : e;
        if (a < n && !(c->tok[a].flags & SIFT_TOKEN_CAP) && ent_lookup_lower(c, NS_ORGDESC, a))
            v = (uint32_t)(w->lower[a] >> 32) * 16 + 1 + (a > e);
        else if (a + 3 < n && tok_is(c, a, "said") && tok_is(c, a + 1, "in") && tok_is(c, a + 2, "a") &&
                 tok_is(c, a + 3, "statement"))
            v = 3;
        else if (b >= 2 && ent_lookup_lower(c, NS_ORGDESC, b - 2))
            for (uint32_t k = 0; k < 4 && !v; k++)
                if (tok_is(c, b - 1, conns[k]))
                    v = (uint32_t)(w->lower[b - 2] >> 32) * 16 + 4 + k;
        for (size_t i = b; i < e; i++)
            w->desc[i] = v;
    }
}

/* What kind of word ends a name: a law or treaty 1, an event 2, a plan,
 * policy, prize or war 3 (CoNLL's MISC: "Davis Cup", "Nobel Prize", "Gulf
 * War"), an organisation's 4, a place's 5; 0 none. Needs w->kw. */
static uint64_t s_head_kind(const ent_ctx_t *c, const ner_work_t *w, size_t i)
{
    return ent_lookup_exact(c, NS_LAWKW, i)   ? 1
           : ent_lookup_exact(c, NS_EVENT, i) ? 2
           : ent_lookup_exact(c, NS_PLAN, i)  ? 3
           : (w->kw[i] & 4)                   ? 4
           : ent_lookup_exact(c, NS_LOCKW, i) ? 5
                                              : 0;
}

int ner_prepare(ent_ctx_t *c, ner_work_t *w)
{
    unsigned any_flags = 0;
    const sift_host_t *h = c->st->host;
    size_t n = c->n;
    w->lower = h->scratch(c->out, n * sizeof *w->lower);
    w->shape = h->scratch(c->out, n * sizeof *w->shape);
    w->gaz = h->scratch(c->out, n);
    w->kw = h->scratch(c->out, n);
    w->cl = h->scratch(c->out, n * sizeof *w->cl);
    w->names = h->scratch(c->out, n);
    w->ahead = h->scratch(c->out, n);
    w->doc = h->scratch(c->out, n);
    w->desc = h->scratch(c->out, n * sizeof *w->desc);
    w->head = h->scratch(c->out, n);
    ent_map_t doc;
    if (!w->lower || !w->shape || !w->gaz || !w->kw || !w->cl || !w->names || !w->ahead || !w->doc ||
        !w->desc || !w->head ||
        ent_map_init(c, &w->hist, n) < 0 || ent_map_init(c, &doc, c->n_caps) < 0)
        return -1;
    memset(w->gaz, 0, n);
    for (size_t i = 0; i < n; i++) {
        const char *s = tok_s(c, i);
        size_t len = tok_n(c, i);
        w->lower[i] = c->hl[i];
        if (i + 8 < n) { /* the slots of a later token load while this one is read */
            clusters_prefetch(c->st->clusters, c->hx[i + 8]);
            clusters_prefetch(c->st->clusters, c->hl[i + 8]);
        }
        w->cl[i] = clusters_get(c->st->clusters, c->hx[i]);
        uint16_t fl = clusters_get(c->st->clusters, c->hl[i])->flags;
        w->names[i] = (uint8_t)(fl & CL_TAGGER);
        any_flags |= fl;
        w->shape[i] = s_hash_shape(s, len);
        uint8_t kw = 0;
        const lex_entry_t *e = ent_lookup_lower(c, NS_TITLE, i);
        if (e && e->num >= 2) kw |= 1;
        if (ent_lookup_exact(c, NS_HONOR, i)) kw |= 2;
        if (ent_lookup_exact(c, NS_ORGKW, i) || (c->tok[i].flags & SIFT_TOKEN_UPPER &&
                                                ent_lookup_cap(c, NS_ORGKW, i)))
            kw |= 4;
        if (ent_lookup_exact(c, NS_STOP, i) || ent_lookup_cap(c, NS_MONTH, i) ||
            ent_lookup_cap(c, NS_WDAY, i))
            kw |= 8;
        w->kw[i] = kw;
        if (c->gz[i] && !w->gaz[i])
            for (size_t j = i; j < i + c->gzn[i] && j < n; j++)
                w->gaz[j] = (uint8_t)(c->gz[i]->type + (j == i ? 8 : 0));
    }
    c->n_company = (any_flags & CL_COMPANY) != 0;
    /* headlines: sentences without a lower-case word */
    for (size_t s = 0; s < c->doc->n_sentences; s++) {
        const sift_sentence_t *se = &c->doc->sentences[s];
        bool lower = false;
        for (uint32_t i = se->tok_begin; i < se->tok_end && !lower; i++)
            lower = (c->tok[i].flags & SIFT_TOKEN_LOWER) && (c->tok[i].flags & SIFT_TOKEN_ALPHA) &&
                    tok_n(c, i) > 3;
        if (!lower)
            for (uint32_t i = se->tok_begin; i < se->tok_end; i++)
                w->kw[i] |= 16;
    }
    /* table rows: lines with two or more numbers and no lower-case word
     * (results, prices); a word there is not a name for being all-caps */
    for (size_t b = 0, e; b < n; b = e) {
        size_t nums = 0;
        bool lower = false;
        for (e = b; e < n && (e == b || !(c->tok[e].flags & SIFT_TOKEN_LINE_START)); e++) {
            nums += !!(c->tok[e].flags & SIFT_TOKEN_NUMBER);
            lower |= (c->tok[e].flags & SIFT_TOKEN_LOWER) && (c->tok[e].flags & SIFT_TOKEN_ALPHA) &&
                     tok_n(c, e) > 3;
        }
        if (nums >= 2 && !lower)
            for (size_t i = b; i < e; i++)
                w->kw[i] |= 32;
    }
    /* "China Securities Regulatory Commission", "Society for Trade": how
     * far ahead, through capitalised words and of/for/and, an ORG word is */
    for (size_t i = n; i-- > 0;) {
        /* "Commission of the State Council": "the" links after of/for */
        bool link = (c->tok[i].flags & (SIFT_TOKEN_CAP | SIFT_TOKEN_UPPER)) ||
                    ent_lookup_exact(c, NS_CONN, i) ||
                    (i >= 1 && tok_is(c, i, "the") && ent_lookup_exact(c, NS_CONN, i - 1));
        w->ahead[i] = (w->kw[i] & 4) ? 0
                      : link && i + 1 < n && w->ahead[i + 1] >= 0 && w->ahead[i + 1] < 5
                          ? (int8_t)(w->ahead[i + 1] + 1)
                          : -1;
    }
    /* "the Belt and Road Initiative", "the Silk Road Fund": the last
     * capitalised word of a name (through of/for/and) says what it
     * names, for each of its words */
    for (size_t i = n; i-- > 0;) {
        bool cap = (c->tok[i].flags & (SIFT_TOKEN_CAP | SIFT_TOKEN_UPPER)) && !(w->kw[i] & 16);
        bool link = !cap && i >= 1 && i + 1 < n && w->head[i + 1] >= 0 &&
                    (ent_lookup_exact(c, NS_CONN, i) ||
                     (tok_is(c, i, "the") && ent_lookup_exact(c, NS_CONN, i - 1)));
        int next = i + 1 < n ? w->head[i + 1] : -1;
        w->head[i] = cap    ? (next >= 0 && next < 7 ? (int8_t)(next + 1) : 0)
                     : link && next < 7 ? (int8_t)(next + 1)
                                        : -1;
    }
    s_descriptors(c, w);
    /* every capitalised mention of a word lends its cues to the others */
    for (size_t i = 0; i < n; i++) {
        if (!(c->tok[i].flags & (SIFT_TOKEN_CAP | SIFT_TOKEN_UPPER)) || (w->kw[i] & 8))
            continue;
        int32_t bits = 0;
        if (w->ahead[i] > 0)
            bits |= NER_DOC_ORGNAME;
        if (i >= 1 && ((w->kw[i - 1] & 3) || ((w->names[i - 1] & CL_GIVEN) &&
                                               (c->tok[i - 1].flags & SIFT_TOKEN_CAP))))
            bits |= NER_DOC_PERSON;
        if (i >= 1 && (tok_is(c, i - 1, "in") || tok_is(c, i - 1, "at") || tok_is(c, i - 1, "from") ||
                       tok_is(c, i - 1, "near")))
            bits |= NER_DOC_PLACE;
        *ent_map_slot(&doc, w->lower[i]) |= bits;
    }
    for (size_t i = 0; i < n; i++)
        w->doc[i] = (c->tok[i].flags & (SIFT_TOKEN_CAP | SIFT_TOKEN_UPPER)) && !(w->kw[i] & 8)
                        ? (uint8_t)ent_map_get(&doc, w->lower[i])
                        : 0;
    return 0;
}

/* The first static features of token i (the word, its neighbours, shape
 * and affixes: at most NER_STAGE2_STATIC, all the second stage reads);
 * ner_static goes on after them. */
static size_t s_static_head(const ent_ctx_t *c, const ner_work_t *w, size_t i, uint64_t *f)
{
    size_t n = c->n, k = 0;
    const uint64_t none = 0x1234567ull;
    uint64_t wm1 = i >= 1 ? w->lower[i - 1] : none, wm2 = i >= 2 ? w->lower[i - 2] : none;
    uint64_t wp1 = i + 1 < n ? w->lower[i + 1] : none, wp2 = i + 2 < n ? w->lower[i + 2] : none;
    uint64_t sm1 = i >= 1 ? w->shape[i - 1] : none, sp1 = i + 1 < n ? w->shape[i + 1] : none;
    uint64_t w0 = w->lower[i], s0 = w->shape[i];
    const char *s = tok_s(c, i);
    size_t len = tok_n(c, i);
    f[k++] = s_mix(F_BIAS, 1);
    f[k++] = s_mix(F_W0, w0);
    f[k++] = s_mix(F_WM1, wm1);
    f[k++] = s_mix(F_WP1, wp1);
    f[k++] = s_mix(F_WM2, wm2);
    f[k++] = s_mix(F_WP2, wp2);
    f[k++] = s_mix(F_S0, s0);
    f[k++] = s_mix(F_SM1, sm1);
    f[k++] = s_mix(F_SP1, sp1);
    if (len >= 3) {
        f[k++] = s_mix(F_SUF2, s_hash_lower(s + len - 2, 2));
        f[k++] = s_mix(F_SUF3, s_hash_lower(s + len - 3, 3));
        f[k++] = s_mix(F_PRE3, s_hash_lower(s, 3));
    }
    if (len >= 5)
        f[k++] = s_mix(F_SUF4, s_hash_lower(s + len - 4, 4));
    f[k++] = s_mix(F_WM1W0, wm1 * 31 + w0);
    f[k++] = s_mix(F_W0WP1, w0 * 31 + wp1);
    f[k++] = s_mix(F_S3, (sm1 * 31 + s0) * 31 + sp1);
    return k;
}

/* ... and the gazetteer types of the token and its neighbours after them
 * (a short word has no affixes: these fill its NER_STAGE2_STATIC) */
static size_t s_static_gaz(const ent_ctx_t *c, const ner_work_t *w, size_t i, uint64_t *f, size_t k)
{
    size_t n = c->n;
    f[k++] = s_mix(F_G0, w->gaz[i]);
    f[k++] = s_mix(F_GM1, i >= 1 ? w->gaz[i - 1] : 99);
    f[k++] = s_mix(F_GP1, i + 1 < n ? w->gaz[i + 1] : 99);
    f[k++] = s_mix(F_GM1G0, (i >= 1 ? w->gaz[i - 1] : 99) * 256u + w->gaz[i]);
    return k;
}

size_t ner_static_head(const ent_ctx_t *c, const ner_work_t *w, size_t i, uint64_t *f)
{
    size_t k = s_static_head(c, w, i, f);
    if (k < NER_STAGE2_STATIC)
        k = s_static_gaz(c, w, i, f, k);
    return k < NER_STAGE2_STATIC ? k : NER_STAGE2_STATIC;
}

size_t ner_static(const ent_ctx_t *c, const ner_work_t *w, size_t i, uint64_t *f)
{
    size_t n = c->n, k = s_static_gaz(c, w, i, f, s_static_head(c, w, i, f));
    const uint64_t none = 0x1234567ull;
    uint64_t wp1 = i + 1 < n ? w->lower[i + 1] : none;
    uint64_t s0 = w->shape[i], w0 = w->lower[i];
    size_t len = tok_n(c, i);
    f[k++] = s_mix(F_KWM1, i >= 1 ? w->kw[i - 1] & 15 : 99);
    f[k++] = s_mix(F_KWM2, i >= 2 ? w->kw[i - 2] & 15 : 99);
    f[k++] = s_mix(F_KW0, w->kw[i]);
    f[k++] = s_mix(F_KWP1, i + 1 < n ? w->kw[i + 1] & 15 : 99);
    f[k++] = s_mix(F_SENT_S0, s0 * 2 + !!(c->tok[i].flags & SIFT_TOKEN_SENT_START));
    f[k++] = s_mix(F_HEAD_S0, s0 * 2 + !!(w->kw[i] & 16));
    f[k++] = s_mix(F_WP1S0, wp1 * 31 + s0);
    f[k++] = s_mix(F_LEN, len > 8 ? 8 : len);
    /* clusters stand in for words the training set never had; with the
     * word's case, since they were learned from lower-cased text */
    uint64_t cap = !!(c->tok[i].flags & SIFT_TOKEN_CAP) + 2 * !!(c->tok[i].flags & SIFT_TOKEN_UPPER);
    const uint16_t *c0 = w->cl[i]->id, *cm1 = i >= 1 ? w->cl[i - 1]->id : NULL,
                   *cp1 = i + 1 < n ? w->cl[i + 1]->id : NULL;
    f[k++] = s_mix(F_C0A, c0[0]);
    f[k++] = s_mix(F_C0B, c0[1]);
    f[k++] = s_mix(F_C0C, c0[2]);
    f[k++] = s_mix(F_CM1B, cm1 ? cm1[1] : 99999u);
    f[k++] = s_mix(F_CP1B, cp1 ? cp1[1] : 99999u);
    f[k++] = s_mix(F_C0AP1A, c0[0] * 100000u + (cp1 ? cp1[0] : 99999u));
    /* open gazetteers: a given name, a word of a place name (with the
     * word's case too) */
    uint64_t row = !!(w->kw[i] & 16) + 2 * !!(w->kw[i] & 32);
    if (row)
        f[k++] = s_mix(F_ROW, s0 * 4 + row);
    if (row && w->names[i])
        f[k++] = s_mix(F_NLROW, (w->names[i] * 4u + cap) * 4 + row);
    if (w->ahead[i] > 0)
        f[k++] = s_mix(F_AHEAD, (uint64_t)w->ahead[i] * 256 + w->gaz[i]);
    if (ent_lookup_exact(c, NS_CONN, i) && i >= 1)
        f[k++] = s_mix(F_CONN, (w0 * 8 + (w->kw[i - 1] & 4)) * 4 + (i + 1 < n ? w->ahead[i + 1] + 1 : 9));
    if (w->doc[i])
        f[k++] = s_mix(F_DOC, (w->doc[i] * 4u + cap) * 2 + (w->ahead[i] > 0));
    if (i + 1 < n && w->doc[i + 1] && cap)
        f[k++] = s_mix(F_DOCP1, w->doc[i + 1]);
    /* a name of two or more words: the word that ends it, its cluster
     * (for the heads CoNLL train lacks) and its kind */
    if (w->head[i] >= 0 && (c->tok[i].flags & (SIFT_TOKEN_CAP | SIFT_TOKEN_UPPER)) &&
        (w->head[i] > 0 || (i >= 1 && w->head[i - 1] > 0))) {
        size_t h = i + (size_t)w->head[i];
        f[k++] = s_mix(F_HEADC, w->cl[h]->id[1] * 2u + (h == i));
        f[k++] = s_mix(F_HEADW, w->lower[h] * 2 + (h == i));
        uint64_t kind = s_head_kind(c, w, h);
        if (kind)
            f[k++] = s_mix(F_HEADK, kind * 2 + (h == i));
    }
    if (w->desc[i])
        f[k++] = s_mix(F_DESC, (uint64_t)w->desc[i] * 16 + (w->gaz[i] & 15));
    if (w->names[i]) /* only a match is evidence: most names are in no list */
        f[k++] = s_mix(F_NL0, w->names[i] * 4u + cap);
    if (i >= 1 && w->names[i - 1])
        f[k++] = s_mix(F_NLM1, w->names[i - 1]);
    if (i + 1 < n && w->names[i + 1])
        f[k++] = s_mix(F_NLP1, w->names[i + 1]);
    return k;
}

/* The class (1 + NER_PER..NER_MISC, or 0 for O) the article's earlier
 * tokens of word i got most often; 5 when it has none. A name is typed once
 * per article: "Chelsea" after "Chelsea beat Leeds" is a club again. */
static uint64_t s_hist(const ner_work_t *w, size_t i)
{
    int32_t v = ent_map_get(&w->hist, w->lower[i]);
    if (v <= 0)
        return 5;
    int best = 0, bc = -1;
    for (int k = 0; k < 5; k++)
        if (((v >> (6 * k)) & 63) > bc)
            bc = (v >> (6 * k)) & 63, best = k;
    return (uint64_t)best;
}

void ner_hist_add(ner_work_t *w, size_t i, int tag)
{
    int k = tag == NER_O ? 0 : 1 + NER_TYPE(tag);
    int32_t *v = ent_map_slot(&w->hist, w->lower[i]);
    if (((*v >> (6 * k)) & 63) < 63)
        *v += 1 << (6 * k);
}

void ner_hist_reset(ner_work_t *w)
{
    if (w->hist.keys) /* an empty article has no map */
        memset(w->hist.keys, 0, (w->hist.mask + 1) * sizeof *w->hist.keys);
}

size_t ner_dynamic(const ner_work_t *w, size_t i, int t1, int t2, uint64_t *f)
{
    size_t k = 0;
    uint64_t h = s_hist(w, i);
    if (h != 5) { /* the word's first token in the article has no history */
        f[k++] = s_mix(F_HIST, h);
        f[k++] = s_mix(F_HISTT1, h * 16 + (uint64_t)t1);
        f[k++] = s_mix(F_HISTS0, w->shape[i] * 8 + h);
    }
    f[k++] = s_mix(F_T1, (uint64_t)t1);
    f[k++] = s_mix(F_T2T1, (uint64_t)(t2 * 16 + t1));
    f[k++] = s_mix(F_T1W0, w->lower[i] * 16 + (uint64_t)t1);
    f[k++] = s_mix(F_T1S0, w->shape[i] * 16 + (uint64_t)t1);
    return k;
}

/* --------------------------------------------------------- second stage */

static int s_class(int tag) { return tag == NER_O ? 0 : 1 + NER_TYPE(tag); }

/* The index of the largest of k fields of bits bits in v, -1 if all 0. */
static int s_packed_max(uint32_t v, int k, int bits)
{
    int best = -1;
    uint32_t bc = 0, mask = (1u << bits) - 1;
    for (int j = 0; j < k; j++)
        if (((v >> (bits * j)) & mask) > bc)
            bc = (v >> (bits * j)) & mask, best = j;
    return best;
}

static void s_packed_add(int32_t *v, int j, int bits, int d)
{
    uint32_t mask = (1u << bits) - 1, cur = ((uint32_t)*v >> (bits * j)) & mask;
    if ((d > 0 && cur < mask) || (d < 0 && cur > 0))
        *v = (int32_t)((uint32_t)*v + (uint32_t)(d * (1 << (bits * j))));
}

int ner_agg_prepare(ent_ctx_t *c, const ner_work_t *w, const uint8_t *pred1, ner_agg_t *a)
{
    size_t n = c->n;
    a->pred1 = pred1;
    a->seq = c->st->host->scratch(c->out, (n ? n : 1) * sizeof *a->seq);
    size_t named = 0; /* bounds the names and their words */
    for (size_t i = 0; i < n; i++)
        named += pred1[i] != NER_O;
    if (!a->seq || ent_map_init(c, &a->word, c->n_caps) < 0 || ent_map_init(c, &a->name, named) < 0 ||
        ent_map_init(c, &a->longer, named) < 0)
        return -1;
    /* a headline's tags are the first stage's least sure: "China Trade
     * Talks End in an Impasse" three times over would outvote the text */
    for (size_t i = 0; i < n; i++)
        if ((c->tok[i].flags & (SIFT_TOKEN_CAP | SIFT_TOKEN_UPPER)) && !(w->kw[i] & 16))
            s_packed_add(ent_map_slot(&a->word, w->lower[i]), s_class(pred1[i]), 6, 1);
    for (size_t i = 0; i < n;) {
        a->seq[i] = 0;
        if (pred1[i] == NER_O) {
            i++;
            continue;
        }
        size_t e = i + 1;
        int type = NER_TYPE(pred1[i]);
        while (e < n && pred1[e] != NER_O && !(pred1[e] & 1) && NER_TYPE(pred1[e]) == type)
            e++;
        uint64_t h = 0x9E3779B97F4A7C15ull;
        for (size_t k = i; k < e; k++)
            h = (h ^ w->lower[k]) * 0x100000001B3ull;
        h |= 1; /* never 0, the map's empty key */
        bool head = w->kw[i] & 16;
        for (size_t k = i; k < e; k++) {
            a->seq[k] = h;
            if (e - i >= 2 && !head)
                s_packed_add(ent_map_slot(&a->longer, w->lower[k]), type, 7, 1);
        }
        if (!head)
            s_packed_add(ent_map_slot(&a->name, h), type, 7, 1);
        i = e;
    }
    return 0;
}

size_t ner_agg_features(const ent_ctx_t *c, const ner_work_t *w, const ner_agg_t *a, size_t i,
                        uint64_t *f)
{
    size_t k = 0, n = c->n;
    uint64_t own = a->pred1[i];
    f[k++] = s_mix(F_A1, own);
    f[k++] = s_mix(F_A1M1, (i ? a->pred1[i - 1] : 15u) * 16u + own);
    f[k++] = s_mix(F_A1P1, (i + 1 < n ? a->pred1[i + 1] : 15u) * 16u + own);
    if (!(c->tok[i].flags & (SIFT_TOKEN_CAP | SIFT_TOKEN_UPPER)))
        return k;
    /* the word's other capitalised tokens */
    bool head = w->kw[i] & 16;
    int32_t v = ent_map_get(&a->word, w->lower[i]);
    if (v < 0)
        v = 0;
    if (!head)
        s_packed_add(&v, s_class(a->pred1[i]), 6, -1);
    int maj = s_packed_max((uint32_t)v, 5, 6);
    if (maj >= 0) {
        uint64_t bits = 0;
        for (int j = 0; j < 5; j++)
            bits |= (uint64_t)(((uint32_t)v >> (6 * j)) & 63 ? 1 : 0) << j;
        f[k++] = s_mix(F_AMAJ, (uint64_t)maj);
        f[k++] = s_mix(F_AMAJ1, (uint64_t)maj * 16 + (uint64_t)s_class(a->pred1[i]));
        f[k++] = s_mix(F_ABITS, bits);
        f[k++] = s_mix(F_AMAJS, w->shape[i] * 8 + (uint64_t)maj);
    }
    /* the same name elsewhere, and the longer names the word is in */
    int32_t nv = a->seq[i] ? ent_map_get(&a->name, a->seq[i]) : 0;
    int32_t lv = ent_map_get(&a->longer, w->lower[i]);
    if (lv < 0)
        lv = 0;
    if (nv < 0)
        nv = 0;
    if (a->seq[i] && !head) {
        int type = NER_TYPE(a->pred1[i]);
        s_packed_add(&nv, type, 7, -1);
        bool long_own = (i + 1 < n && a->seq[i + 1] == a->seq[i]) || (i && a->seq[i - 1] == a->seq[i]);
        if (long_own)
            s_packed_add(&lv, type, 7, -1);
    }
    int nm = s_packed_max((uint32_t)nv, 4, 7), lm = s_packed_max((uint32_t)lv, 4, 7);
    if (nm >= 0)
        f[k++] = s_mix(F_ANAME, (uint64_t)nm * 16 + own);
    if (lm >= 0) {
        f[k++] = s_mix(F_ALONG, (uint64_t)lm);
        f[k++] = s_mix(F_ALONG1, (uint64_t)lm * 16 + own);
    }
    return k;
}

bool ner_agg_settled(const ent_ctx_t *c, const ner_work_t *w, const ner_agg_t *a, size_t i)
{
    if (a->pred1[i] != NER_O)
        return false;
    if (!(c->tok[i].flags & (SIFT_TOKEN_CAP | SIFT_TOKEN_UPPER)))
        return true;
    int32_t v = ent_map_get(&a->word, w->lower[i]);
    return (v <= 0 || !(v & ~63)) && ent_map_get(&a->longer, w->lower[i]) <= 0;
}

/* ---------------------------------------------------------------- model */

ner_model_t *ner_model_load(const char *path, const lex_t *lex)
{
    (void)lex;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return NULL;
    struct stat sb;
    ner_model_t *m = NULL;
    if (fstat(fd, &sb) < 0 || sb.st_size < 20)
        goto done;
    void *map = mmap(NULL, (size_t)sb.st_size, PROT_READ, MAP_SHARED, fd, 0);
    if (map == MAP_FAILED)
        goto done;
    const unsigned char *p = map;
    uint32_t buckets, tags;
    float scale;
    memcpy(&buckets, p + 8, 4);
    memcpy(&tags, p + 12, 4);
    memcpy(&scale, p + 16, 4);
    if (memcmp(p, NER_MAGIC, 8) != 0 || tags != NER_TAGS || !buckets ||
        (buckets & (buckets - 1)) || (size_t)sb.st_size != 20 + (size_t)buckets * tags * 2) {
        munmap(map, (size_t)sb.st_size);
        goto done;
    }
    m = calloc(1, sizeof *m);
    if (!m) {
        munmap(map, (size_t)sb.st_size);
        goto done;
    }
    m->map = map;
    m->map_len = (size_t)sb.st_size;
    m->w = (const int16_t *)(p + 20);
    m->mask = buckets - 1;
    m->scale = scale;
done:
    close(fd);
    return m;
}

void ner_model_destroy(ner_model_t **self_p)
{
    if (!self_p || !*self_p)
        return;
    munmap((*self_p)->map, (*self_p)->map_len);
    free(*self_p);
    *self_p = NULL;
}

static void s_score(const ner_model_t *m, const uint64_t *f, size_t nf, int32_t *sc)
{
    /* the rows are scattered over a 4.7 MB table: ask for all of them
     * before adding any, so their cache misses overlap */
    const int16_t *rows[NER_MAX_FEATS + NER_MAX_AGG];
    for (size_t k = 0; k < nf; k++) {
        rows[k] = m->w + (size_t)ner_bucket(f[k], m->mask) * NER_TAGS;
        __builtin_prefetch(rows[k]);
    }
    _Static_assert(NER_TAGS == 9, "a row is eight tags and one");
    /* the first eight tags of a row as one vector (widened to 32 bits: a
     * sum of 56 int16 weights may not fit 16), the ninth on its own */
    typedef int16_t v8s __attribute__((vector_size(16)));
    typedef int32_t v8i __attribute__((vector_size(32)));
    v8i acc = { 0 };
    int32_t last = 0;
    for (size_t k = 0; k < nf; k++) {
        v8s r;
        memcpy(&r, rows[k], sizeof r);
        acc += __builtin_convertvector(r, v8i);
        last += rows[k][8];
    }
    for (int t = 0; t < 8; t++)
        sc[t] += acc[t];
    sc[8] += last;
}

/* An organisation word of a trade, as in a company's name ("Mitchell
 * Energy and Development Corp", "Oil and Natural Gas Commission",
 * "Information Technology and Innovation Foundation"), not a body's: no
 * name ends before "and" at it (the Reuters 1987 and People's Daily 2018
 * pools split six such names there). */
static bool s_trade_word(const ent_ctx_t *c, size_t k)
{
    static const char *const trades[] = { "Oil", "Energy", "Technology", "Technologies", "Steel", "Electric",
                                          "Petroleum", "Telecom", "Communications", "Pharmaceuticals",
                                          "Insurance", "Investment", "Investments", "Management", "Media",
                                          "Systems", "Industries", NULL };
    for (int q = 0; trades[q]; q++)
        if (tok_is(c, k, trades[q]))
            return true;
    return false;
}

/* A demonym-like word: "Indian", "Chinese", "Kurdish". */
static bool s_demonym(const ent_ctx_t *c, size_t i)
{
    const char *s = tok_s(c, i);
    size_t n = tok_n(c, i);
    if (!(c->tok[i].flags & SIFT_TOKEN_CAP) || n < 4)
        return false;
    /* not a word unlabelled text writes in lower case ("the Marshall
     * Plan", "Master Plan": six such nationalities in the pools) nor a
     * Chinese name in pinyin ("Tian", "Hualian") */
    if ((clusters_get(c->st->clusters, c->hl[i])->flags & CL_USUALLY_LOWER) || words_pinyin(s, n, 2))
        return false;
    const char *suf[] = { "an", "ese", "ish", "i", "ic", NULL };
    for (int k = 0; suf[k]; k++) {
        size_t l = strlen(suf[k]);
        if (n > l && strncmp(s + n - l, suf[k], l) == 0)
            return true;
    }
    return false;
}

/* A place named by its geographic noun: the last word, or the head
 * before "of" ("the Great Hall of the People", "the Gulf of Aden"). */
static bool s_loc_head(const ent_ctx_t *c, size_t b, size_t e)
{
    /* ... or a region of the gazetteer with a word before it ("the
     * South Pacific", "Western Europe") */
    if (ent_lookup_exact(c, NS_LOCKW, e - 1) ||
        (e - b >= 2 && c->gz[e - 1] && c->gz[e - 1]->type == LEX_LOC && c->gzn[e - 1] == 1))
        return true;
    for (size_t t = b + 1; t + 1 < e; t++)
        if (tok_is(c, t, "of"))
            return ent_lookup_exact(c, NS_LOCKW, t - 1) != NULL;
    return false;
}

/* A point of the compass as a region's word: "North", "Far", "Mideast". */
static bool s_compass_word(const ent_ctx_t *c, size_t t)
{
    static const char *const w[] = { "north", "south", "east", "west", "northeast", "northwest", "southeast",
                                     "southwest", "far", "near", "middle", "mideast", "midwest", NULL };
    if (!(c->tok[t].flags & (SIFT_TOKEN_CAP | SIFT_TOKEN_UPPER)) && t > 0 && !tok_is(c, t, "east"))
        return false; /* "Middle east" */
    for (int k = 0; w[k]; k++)
        if (tok_n(c, t) == strlen(w[k]) && strncasecmp(tok_s(c, t), w[k], tok_n(c, t)) == 0)
            return true;
    return false;
}

/* A place named by points of the compass alone is a region, no political
 * unit (the guide's LOC): "the West", "the Far East", "the Mideast", "the
 * North and the South"; but one standing for a name the coordination
 * after it completes is that name's kind ("North and South Korea": GPE,
 * "Southeast and South Asia": LOC). */
static bool s_compass_region(const ent_ctx_t *c, size_t b, size_t e)
{
    for (size_t t = b; t < e; t++)
        if (!s_compass_word(c, t))
            return false;
    /* (a separator and a compass word at a time) */
    for (size_t t = e; t + 1 < c->n && t < e + 3; t += 2) {
        if (!(tok_is(c, t, "and") || tok_is(c, t, "or") || tok_is(c, t, ",")))
            break;
        if (c->gz[t + 1] && c->gzn[t + 1] >= 2 && s_compass_word(c, t + 1))
            return c->gz[t + 1]->type == LEX_LOC;
        if (!s_compass_word(c, t + 1))
            break;
    }
    return true;
}

static int s_map_type(const ent_ctx_t *c, size_t b, size_t e, int type)
{
    switch (type) {
    case NER_PER: return SIFT_PERSON;
    case NER_ORG: return SIFT_ORG;
    case NER_LOC:
        return s_loc_head(c, b, e) || s_compass_region(c, b, e) ? SIFT_LOC : SIFT_GPE;
    default: return SIFT_NORP;
    }
}

/* Which earlier mentions sit on which tokens: head[t] is the first mention
 * starting at token t (next[] chains the others), cover[t] one covering t. */
typedef struct owners {
    int32_t *head, *next, *cover;
} owners_t;

static int s_owners(ent_ctx_t *c, owners_t *o)
{
    const sift_host_t *h = c->st->host;
    o->head = h->scratch(c->out, c->n * sizeof *o->head);
    o->cover = h->scratch(c->out, c->n * sizeof *o->cover);
    o->next = h->scratch(c->out, (c->n_m + 1) * sizeof *o->next);
    if (!o->head || !o->cover || !o->next)
        return -1;
    for (size_t t = 0; t < c->n; t++)
        o->head[t] = o->cover[t] = -1;
    for (size_t k = c->n_m; k-- > 0;) {
        mention_t *m = &c->m[k];
        o->next[k] = o->head[m->tb];
        o->head[m->tb] = (int32_t)k;
        for (uint32_t t = m->tb; t < m->te; t++)
            o->cover[t] = (int32_t)k;
    }
    return 0;
}

/* Whether a person of two or more words among the last 256 mentions
 * before token t ends in t's word (a bounded look: linear). */
static bool s_surname_before(const ent_ctx_t *c, size_t t)
{
    for (size_t k = c->n_m, seen = 0; k-- > 0 && seen < 256; seen++) {
        const mention_t *p = &c->m[k];
        if (p->type == SIFT_PERSON && p->te - p->tb >= 2 && p->te <= t && c->hx[p->te - 1] == c->hx[t])
            return true;
    }
    return false;
}

/* A Title Case word (not all-caps, not punctuation). */
static bool s_title_case_tok(const ent_ctx_t *c, size_t i)
{
    return (c->tok[i].flags & SIFT_TOKEN_CAP) && !(c->tok[i].flags & (SIFT_TOKEN_UPPER | SIFT_TOKEN_PUNCT));
}

/* Whether every token of [b, e) is a Title Case word. */
static bool s_all_title(const ent_ctx_t *c, size_t b, size_t e)
{
    for (size_t i = b; i < e; i++)
        if (!s_title_case_tok(c, i))
            return false;
    return true;
}

/* Whether [b, e) holds "and" or "&". */
static bool s_has_and(const ent_ctx_t *c, size_t b, size_t e)
{
    for (size_t i = b; i < e; i++)
        if (tok_is(c, i, "and") || tok_is(c, i, "&"))
            return true;
    return false;
}

/* Whether [b, e) holds a word of a competition's name ("Australian Open",
 * "Belgian Grand Prix", "American League Central"): CoNLL's MISC. */
static bool s_competition(const ent_ctx_t *c, size_t b, size_t e)
{
    static const char *const w[] = { "Open", "League", "Masters", "Tour", "Prix", "Series", "Division",
                                      "Classic", "Rules", "Cup", NULL };
    for (size_t i = b; i < e; i++)
        for (int k = 0; w[k]; k++)
            if (tok_is(c, i, w[k]))
                return true;
    return false;
}

/* Adds the tagger's span [b, e) unless the rule and gazetteer passes have
 * a better reading of those tokens. Mentions it replaces get type -1. */
static int s_add_span(ent_ctx_t *c, const owners_t *o, size_t n0, size_t b, size_t e, int type)
{
    /* a MISC span of two or more words ending in a body's head is the
     * body ("Olympic Committee" after "International", "U.S. Tennis
     * Association": CoNLL's MISC for "Olympic" carried the whole; its
     * leagues are competitions and stay MISC) */
    static const char *const bodies[] = { "Committee", "Council", "Association", "Federation", "Commission",
                                          "Foundation", "Institute", "Agency", "Organization", "Organisation",
                                          NULL };
    if (type == NER_MISC && e - b >= 2 && (c->tok[e - 1].flags & SIFT_TOKEN_CAP))
        for (int k = 0; bodies[k]; k++)
            if (tok_is(c, e - 1, bodies[k])) {
                type = NER_ORG;
                break;
            }
    /* ... and so is a MISC span of three words or more opening with a
     * nationality of the gazetteer ("the Canadian Import Tribunal",
     * "American Family Voices"): in CoNLL train such names are
     * organisations (ORG 128 against MISC 141 of two words or more, the
     * MISC ones competitions - Open, Cup, League, Grand Prix, Championship,
     * Tour - and peoples - "Bosnian Serb", "Iraqi Kurdish"), unless the
     * last word is a nationality, an event's, plan's, prize's, law's or
     * competition's word, or a word unlabelled text writes in lower case;
     * not two names joined by "and" ("the European Economic Area and North
     * American Free Trade Area"), every word Title Case ("the English 2,000
     * Guineas"), a plural only an organisation word's ("Indian Ringneck
     * Parrots", but "Industries") */
    if (type == NER_MISC && e - b >= 3 && e - b <= 5 && c->gz[b] && c->gz[b]->type == LEX_NORP && c->gzn[b] == 1 &&
        !s_has_and(c, b + 1, e - 1) && s_all_title(c, b + 1, e) &&
        (tok_s(c, e - 1)[tok_n(c, e - 1) - 1] != 's' || ent_lookup_exact(c, NS_ORGKW, e - 1)) &&
        s_title_case_tok(c, e - 1) && !c->gz[e - 1] && !s_demonym(c, e - 1) && !s_competition(c, b + 1, e) &&
        !ent_lookup_exact(c, NS_EVENT, e - 1) && !ent_lookup_exact(c, NS_PLAN, e - 1) &&
        !ent_lookup_exact(c, NS_LAWKW, e - 1) &&
        !(clusters_get(c->st->clusters, c->hl[e - 1])->flags & CL_USUALLY_LOWER))
        type = NER_ORG;
    int st = s_map_type(c, b, e, type);
    size_t inside = 0;
    bool weak_inside = false;
    int32_t cv = o->cover[b];
    if (cv >= 0 && c->m[cv].type >= 0 && c->m[cv].tb < b)
        return 0; /* crosses a mention that starts before */
    for (size_t t = b; t < e; t++)
        for (int32_t k = o->head[t]; k >= 0; k = o->next[k]) {
            mention_t *m = &c->m[k];
            if (m->type < 0)
                continue;
            if (m->src == SRC_RULE || m->te > e)
                return 0;
            if (m->tb == b && m->te == e) {
                /* same tokens: the tagger knows a team from a city ("Milan
                 * beat Nice"), the gazetteer knows the country code; a
                 * place inside a compound is no team ("Made-in-China").
                 * Not a person: in CoNLL train 3 whole names that are a
                 * city or state of the gazetteer are persons, 1,119
                 * places and 294 organisations ("Sen. John McCain, an
                 * Arizona Republican": Arizona was a person), unless a
                 * person's name before ends in it ("MaliVai Washington
                 * ... Washington , who climbed back") */
                if ((st == SIFT_ORG || (st == SIFT_PERSON && e == b + 1 && s_surname_before(c, b))) &&
                    !m->country && ent_whole(c, m) &&
                    (m->type == SIFT_GPE || m->type == SIFT_LOC)) {
                    m->type = st;
                    m->src = SRC_MODEL;
                    m->code = NULL;
                    m->canon = NULL;
                }
                return 0;
            }
            inside++;
            if (m->type == SIFT_ORG || m->type == SIFT_NORP)
                weak_inside = true;
        }
    if (type == NER_MISC && (inside || e - b > 3 || !s_demonym(c, e - 1)))
        return 0;
    /* a place name around an organisation ("White House Watch") is not
     * worth the organisation */
    if (inside && st != SIFT_PERSON && st != SIFT_ORG && weak_inside)
        return 0;
    const char *code = NULL;
    /* "Bank of China" outranks "China": drop the gazetteer's pieces */
    for (size_t t = b; inside && t < e; t++)
        for (int32_t k = o->head[t]; k >= 0; k = o->next[k]) {
            mention_t *m = &c->m[k];
            if (m->type < 0 || (size_t)k >= n0)
                continue;
            if (st == SIFT_GPE && !code)
                code = m->code;
            m->type = -1;
        }
    mention_t *m = ent_mention(c, b, e, st, SRC_MODEL);
    if (!m)
        return -1;
    m->code = code;
    return 0;
}

/* A year: "1974" in "the Trade Act of 1974". */
static bool s_year(const ent_ctx_t *c, size_t i)
{
    const char *s = tok_s(c, i);
    return tok_n(c, i) == 4 && (c->tok[i].flags & SIFT_TOKEN_NUMBER) &&
           ((s[0] == '1' && s[1] >= '5') || (s[0] == '2' && s[1] == '0'));
}

/* Whether a mention inside a law's name stands: its year ("the Trade Act
 * of 1974") and a country written as a word of its own ("the US Trade
 * Act"), which the trade annotators tag (GUIDE.md: names and dates inside
 * laws and titles are tagged); not a part of a compound ("Trans-Pacific")
 * nor the tagger's pieces of the law's own name. */
static bool s_in_law_kept(const ent_ctx_t *c, const mention_t *m)
{
    if (m->type == SIFT_DATE)
        return true;
    return m->type == SIFT_GPE && m->country && m->src == SRC_GAZ &&
           !(m->tb > 0 && !(c->tok[m->tb].flags & SIFT_TOKEN_SPACE_BEFORE) && tok_is(c, m->tb - 1, "-")) &&
           !(m->te < c->n && !(c->tok[m->te].flags & SIFT_TOKEN_SPACE_BEFORE) && tok_is(c, m->te, "-"));
}

/* Whether the tagger's span [b, e) names a law or treaty ("the Trade
 * Expansion Act of 1962", "the Paris Agreement"): such names are no entity
 * in the seeds' conventions, nor are the nationalities and other names
 * inside them (but s_in_law_kept's), so the earlier passes' mentions there
 * are dropped too. */
static bool s_law(ent_ctx_t *c, const owners_t *o, size_t b, size_t e)
{
    if (e - b >= 3 && s_year(c, e - 1) && tok_is(c, e - 2, "of"))
        e -= 2;
    /* "the General Agreement on Tariffs and Trade": a law word heads it */
    bool head = false;
    for (size_t k = b; k + 2 < e && !head; k++)
        head = (c->tok[k].flags & SIFT_TOKEN_CAP) && ent_lookup_exact(c, NS_LAWKW, k) && ent_law_end(c, k) == e;
    if (!head && (!ent_lookup_exact(c, NS_LAWKW, e - 1) || e - b < 2))
        return false;
    if (e + 1 < c->n && tok_is(c, e, "of") && s_year(c, e + 1))
        e += 2;
    for (size_t t = b; t < e; t++)
        for (int32_t k = o->head[t]; k >= 0; k = o->next[k])
            if (c->m[k].te <= e && !s_in_law_kept(c, &c->m[k]))
                c->m[k].type = -1;
    return true;
}

/* Laws the tagger did not read as one span ("the Pacific Rim Customs
 * Partnership" as a place and an organisation): a capitalised name ending
 * in a law word, through and/of/on/for between capitalised words, drops
 * the mentions inside it. At most 64 an article, to stay linear. */
static int s_laws(ent_ctx_t *c)
{
    int laws = 0;
    for (size_t i = 1; i < c->n && laws < 64; i++) {
        if (!(c->tok[i].flags & SIFT_TOKEN_CAP) || !ent_lookup_exact(c, NS_LAWKW, i))
            continue;
        size_t b = i;
        while (b > 0 && !(c->tok[b].flags & SIFT_TOKEN_SENT_START)) {
            size_t k = b - 1;
            if ((c->tok[k].flags & (SIFT_TOKEN_CAP | SIFT_TOKEN_UPPER)) && !ent_lookup_exact(c, NS_STOP, k))
                b = k;
            else if (k > 0 && (tok_is(c, k, "and") || tok_is(c, k, "of") || tok_is(c, k, "on") ||
                               tok_is(c, k, "for")) &&
                     (c->tok[k - 1].flags & (SIFT_TOKEN_CAP | SIFT_TOKEN_UPPER)) &&
                     !ent_lookup_exact(c, NS_STOP, k - 1))
                b = k - 1;
            else
                break;
        }
        size_t e = ent_law_end(c, i); /* "Agreement on Tariffs and Trade" */
        if (e + 1 < c->n && tok_is(c, e, "of") && s_year(c, e + 1))
            e += 2;
        if ((i == b && e == i + 1) || (i - b == 1 && ent_lookup_exact(c, NS_CONN, b)))
            continue;
        laws++;
        /* "the North Atlantic Treaty Organisation": an organisation word
         * after the law word names a body, whole, however the tagger cut it
         * (unless a mention runs on past it) */
        size_t body = i + 1;
        while (body < c->n && (c->tok[body].flags & SIFT_TOKEN_CAP) && !(c->tok[body].flags & SIFT_TOKEN_SENT_START) &&
               ent_lookup_exact(c, NS_ORGKW, body))
            body++;
        bool cross = false;
        for (size_t k = 0; k < c->n_m && body > i + 1 && !cross; k++)
            cross = c->m[k].type >= 0 && c->m[k].tb < body && c->m[k].te > body;
        if (body > i + 1 && !cross) {
            for (size_t k = 0; k < c->n_m; k++)
                if (c->m[k].tb >= b && c->m[k].te <= body)
                    c->m[k].type = -1;
            if (!ent_mention(c, b, body, SIFT_ORG, SRC_MODEL))
                return -1;
            continue;
        }
        /* "U.S. President Bill Clinton": the law word is a person's name */
        bool person = false;
        for (size_t k = 0; k < c->n_m && !person; k++)
            person = c->m[k].type == SIFT_PERSON && c->m[k].tb <= i && c->m[k].te > i;
        /* a capitalised word after the law word: the name goes on, no law's
         * ("the China Law Society"), so nothing inside it is kept */
        bool ends = !(e < c->n && (c->tok[e].flags & SIFT_TOKEN_CAP) && !(c->tok[e].flags & SIFT_TOKEN_SENT_START));
        for (size_t k = 0; k < c->n_m && !person; k++)
            if (c->m[k].tb >= b && c->m[k].te <= e && !(ends && s_in_law_kept(c, &c->m[k])))
                c->m[k].type = -1;
    }
    return 0;
}

static bool s_title_word(const ent_ctx_t *c, size_t i)
{
    const lex_entry_t *e = ent_lookup_lower(c, NS_TITLE, i);
    return e && e->num >= 2;
}

/* A word of a minister's portfolio ("Trade", "Industry", "Energy"): a
 * title word that is no role of its own. */
static bool s_portfolio(const ent_ctx_t *c, size_t i)
{
    const lex_entry_t *e = ent_lookup_lower(c, NS_TITLE, i);
    return e && e->num < 2;
}

/* A Title Case word ending in "s" ("Eagles", "Mariners"). */
static bool s_title_case_plural(const ent_ctx_t *c, size_t i)
{
    size_t n = tok_n(c, i);
    return n > 3 && (c->tok[i].flags & SIFT_TOKEN_CAP) && !(c->tok[i].flags & SIFT_TOKEN_UPPER) &&
           tok_s(c, i)[n - 1] == 's' && tok_s(c, i)[n - 2] != 's';
}

/* Any title word, also hyphenated ones made of title words ("Vice-Premier"). */
static bool s_title_tok(const ent_ctx_t *c, size_t i)
{
    if (ent_lookup_lower(c, NS_TITLE, i))
        return true;
    const char *s = tok_s(c, i);
    size_t n = tok_n(c, i), p = 0;
    if (!memchr(s, '-', n))
        return false;
    while (p < n) {
        size_t q = p;
        char buf[32];
        while (q < n && s[q] != '-')
            q++;
        if (q - p == 0 || q - p >= sizeof buf)
            return false;
        for (size_t k = p; k < q; k++)
            buf[k - p] = (s[k] >= 'A' && s[k] <= 'Z') ? (char)(s[k] | 0x20) : s[k];
        if (!lex_get(c->st->lex, NS_TITLE, buf, q - p))
            return false;
        p = q + 1;
    }
    return true;
}

/* A title head, also a hyphenated one ("Vice-Minister"). */
static bool s_title_head(const ent_ctx_t *c, size_t i)
{
    return s_title_word(c, i) || (memchr(tok_s(c, i), '-', tok_n(c, i)) && s_title_tok(c, i));
}

/* Where the person starts after a portfolio in [b, e): past its title
 * words and "and" ("Finance and Economic Planning"); b when none. */
static size_t s_past_portfolio(const ent_ctx_t *c, size_t b, size_t e)
{
    size_t p = b;
    while (p + 1 < e && (ent_lookup_lower(c, NS_TITLE, p) || (p > b && tok_is(c, p, "and"))))
        p++;
    return p;
}

/* Punctuation, a quote mark or a possessive ending ("’s", "'"). */
static bool s_possessive(const ent_ctx_t *c, size_t i)
{
    return c->tok[i].flags & (SIFT_TOKEN_PUNCT | SIFT_TOKEN_QUOTE | SIFT_TOKEN_POSSESSIVE) ||
           ((tok_s(c, i)[0] == '\'' || (unsigned char)tok_s(c, i)[0] == 0xE2) && tok_n(c, i) <= 4);
}

/* A capitalised "The" inside a sentence, after a lower-case or function
 * word, a comma or a bracket, is part of the name it starts ("at The
 * Oval", "At The Oval", "London ( The Oval", "for The Natural Law Party":
 * every such one in CoNLL testa and the train fold is the name's); not
 * after a dash ("--The Communist Party of China"). */
static bool s_inner_the(const ent_ctx_t *c, size_t b)
{
    if (b == 0 || (c->tok[b].flags & (SIFT_TOKEN_SENT_START | SIFT_TOKEN_LINE_START)))
        return false;
    return (c->tok[b - 1].flags & SIFT_TOKEN_LOWER) || ent_lookup_exact(c, NS_STOP, b - 1) ||
           tok_is(c, b - 1, ",") || tok_is(c, b - 1, "(");
}

/* One greedy pass of model over the article into tags; with agg, the
 * second stage's aggregate features are added. w's history starts empty. */
static void s_tag(const ner_model_t *model, ent_ctx_t *c, ner_work_t *w, const ner_agg_t *agg,
                  uint8_t *tags)
{
    uint64_t f[NER_MAX_FEATS + NER_MAX_AGG];
    int t1 = NER_O, t2 = NER_O;
    for (size_t i = 0; i < c->n; i++) {
        if (c->tok[i].flags & SIFT_TOKEN_SENT_START)
            t1 = t2 = NER_O;
        int best = NER_O;
        if (agg && (i == 0 || tags[i - 1] == agg->pred1[i - 1]) && ner_agg_settled(c, w, agg, i)) {
            best = agg->pred1[i];
            if (!ner_skip(c, i, t1))
                ner_hist_add(w, i, best);
        } else if (!ner_skip(c, i, t1)) {
            /* the second stage reads only the first static features */
            size_t nf = agg ? ner_static_head(c, w, i, f) : ner_static(c, w, i, f);
            nf += ner_dynamic(w, i, t1, t2, f + nf);
            if (agg)
                nf += ner_agg_features(c, w, agg, i, f + nf);
            int32_t sc[NER_TAGS] = { 0 };
            s_score(model, f, nf, sc);
            int32_t bs = INT32_MIN;
            for (int t = 0; t < NER_TAGS; t++)
                if (ner_allowed(t1, t) && sc[t] > bs)
                    bs = sc[t], best = t;
            ner_hist_add(w, i, best);
        }
        tags[i] = (uint8_t)best;
        t2 = t1;
        t1 = best;
    }
}

int ner_run(const ner_model_t *model, const ner_model_t *stage2, ent_ctx_t *c)
{
    ner_work_t w;
    if (ner_prepare(c, &w) < 0)
        return -1;
    uint8_t *tags = c->st->host->scratch(c->out, c->n);
    if (!tags)
        return -1;
    s_tag(model, c, &w, NULL, tags);
    if (stage2) {
        ner_agg_t agg;
        uint8_t *tags2 = c->st->host->scratch(c->out, c->n);
        if (!tags2 || ner_agg_prepare(c, &w, tags, &agg) < 0)
            return -1;
        ner_hist_reset(&w);
        s_tag(stage2, c, &w, &agg, tags2);
        tags = tags2;
    }
    owners_t o;
    size_t n0 = c->n_m;
    if (s_owners(c, &o) < 0)
        return -1;
    for (size_t i = 0; i < c->n;) {
        if (tags[i] == NER_O) {
            i++;
            continue;
        }
        size_t e = i + 1;
        int type = NER_TYPE(tags[i]);
        while (e < c->n && tags[e] != NER_O && !(tags[e] & 1) && NER_TYPE(tags[e]) == type)
            e++;
        size_t b = i;
        i = e;
        /* "Liu’s": a possessive is never part of the name, nor a name on
         * its own ("China’s State Council": "China" is the gazetteer's) */
        while (e - b > 1 && s_possessive(c, e - 1))
            e--;
        while (e - b >= 1 && s_possessive(c, b))
            b++;
        /* "2.7 Space Cooperation We will ...": a capitalised function word
         * (the next sentence's "We", "It", "The") ends no organisation */
        while (type == NER_ORG && e - b > 1 && ent_lookup_exact(c, NS_STOP, e - 1))
            e--;
        /* "(Xinhua/Wang Lei)": a photo credit, the agency (an organisation
         * of the gazetteer) and the photographer after the slash, two or
         * three plain words (none an organisation word, a gazetteer name
         * or a word usually written in lower case), are two names; a
         * company's own slash stays ("Capital Cities/ABC Inc") */
        for (size_t k = b + 1; k + 1 < e; k++)
            if (tok_is(c, k, "/")) {
                const lex_entry_t *g = c->gz[b];
                bool credit = g && g->type == LEX_ORG && c->gzn[b] == k - b && e - k - 1 >= 2 && e - k - 1 <= 3;
                for (size_t j = k + 1; j < e && credit; j++)
                    credit = (c->tok[j].flags & SIFT_TOKEN_CAP) && !(c->tok[j].flags & SIFT_TOKEN_UPPER) &&
                             !c->gz[j] && !ent_lookup_exact(c, NS_ORGKW, j) && !(w.names[j] & CL_USUALLY_LOWER);
                if (credit) {
                    tags[k + 1] = NER_B_PER;
                    for (size_t j = k + 2; j < e; j++)
                        tags[j] = NER_I_PER;
                    i = k + 1; /* the photographer is read next */
                    e = k;
                }
                break;
            }
        /* "economist Lynn Reaser of Barnett Banks Inc.": a name never
         * starts with the lower-case "of" that links it to the one before */
        while (e - b > 1 && (c->tok[b].flags & SIFT_TOKEN_LOWER) &&
               (tok_is(c, b, "of") || tok_is(c, b, "for") || tok_is(c, b, "and")))
            b++;
        /* "Kia Motor Corp of South Korea": an organisation run on through
         * "of" into a place the tagger itself began apart ("Korea") ends
         * before the "of"; whole, it would cross the gazetteer's place
         * and be lost */
        if (type == NER_ORG)
            for (size_t k = b + 3; k < e; k++) {
                size_t l = k - 1 - tok_is(c, k - 1, "the"); /* "of the United States" */
                if (l >= b + 2 && ent_lookup_exact(c, NS_CONN, l) && (c->tok[l].flags & SIFT_TOKEN_LOWER) &&
                    o.head[k] >= 0 && c->m[o.head[k]].src == SRC_GAZ && c->m[o.head[k]].te > e) {
                    e = l;
                    break;
                }
            }
        /* "the Commission of the State Council" read as two: a name never
         * ends in "of the", nor in a preposition ("the Academy of ...
         * Cooperation in Beijing": the tagger ran on into "in") */
        while (e - b > 1 && (ent_lookup_exact(c, NS_CONN, e - 1) || tok_is(c, e - 1, "the") ||
                             tok_is(c, e - 1, "in") || tok_is(c, e - 1, "on") || tok_is(c, e - 1, "at") ||
                             tok_is(c, e - 1, "to") || tok_is(c, e - 1, "from") || tok_is(c, e - 1, "with")))
            e--;
        if (b == e)
            continue;
        /* "the Tavian Institute of ... Cooperation in Valdoria": an
         * organisation runs on through "in" only into a country or a
         * region ("the Organisation for Security and Cooperation in
         * Europe", "Board of Control for Cricket in India": all 8 such
         * ORGs of CoNLL train); a city or an unknown word there is where
         * the organisation is, a place of its own ("the Federal Criminal
         * Office in Wiesbaden") */
        if (type == NER_ORG && e - b >= 4) {
            size_t k = e - 1;
            while (k > b + 1 && (c->tok[k].flags & SIFT_TOKEN_CAP) && !ent_lookup_exact(c, NS_ORGKW, k))
                k--;
            bool orgword = false;
            for (size_t j = b; j < k && !orgword; j++)
                orgword = ent_lookup_exact(c, NS_ORGKW, j);
            /* (nothing after "in" when k did not move: gz has c->n entries
             * and e may be c->n) */
            const lex_entry_t *g = k + 1 < e ? c->gz[k + 1] : NULL;
            bool region = g && c->gzn[k + 1] == e - k - 1 && (g->num == 1 || g->type == LEX_LOC);
            if (orgword && e - k - 1 <= 3 && e - k - 1 >= 1 && tok_is(c, k, "in") && !region) {
                if (s_add_span(c, &o, n0, k + 1, e, NER_LOC) < 0)
                    return -1;
                e = k;
            }
        }
        /* "Galatasaray of Turkey", "Benfica of Portugal": one word, "of"
         * and a country of the gazetteer read as one organisation are a
         * club (or a person) and its country; in CoNLL train no
         * organisation is so named, 16 such pairs stand apart. Not an
         * organisation word ("Bank of Japan"), a legal form, a role or a
         * word usually written in lower case ("Government of Canada") */
        if (type == NER_ORG && e - b >= 3 && tok_is(c, b + 1, "of") && (c->tok[b].flags & SIFT_TOKEN_CAP) &&
            !(c->tok[b].flags & SIFT_TOKEN_UPPER) && c->gz[b + 2] && c->gz[b + 2]->num == 1 &&
            c->gzn[b + 2] == e - b - 2 && !ent_lookup_exact(c, NS_ORGKW, b) &&
            !ent_lookup_exact(c, NS_CORPFORM, b) && !s_title_tok(c, b) && !(w.names[b] & CL_USUALLY_LOWER))
            e = b + 1;
        /* "the Philadelphia Eagles", "Seattle Mariners": a city or state of
         * the gazetteer and a plural word read as one place are a team (in
         * CoNLL train 82 such pairs are organisations, the others events:
         * "Atlanta Games"; none a place); not a place word ("Falkland
         * Islands", "Blue Mountains") */
        if (type == NER_LOC && e - b == 2 && c->gz[b] && c->gzn[b] == 1 && c->gz[b]->type == LEX_GPE &&
            c->gz[b]->num != 1 && s_title_case_plural(c, b + 1) && !c->gz[b + 1] &&
            !ent_lookup_exact(c, NS_LOCKW, b + 1) && !ent_lookup_exact(c, NS_EVENT, b + 1))
            type = NER_ORG;
        /* "Parkway Middle School": an organisation word the tagger left
         * out after a place or an organisation it found ends that name,
         * an organisation */
        if ((type == NER_LOC || type == NER_ORG) && e == i && !(c->gz[b] && c->gz[b]->num == 1)) {
            size_t f = e;
            while (f < c->n && tags[f] == NER_O && (c->tok[f].flags & SIFT_TOKEN_CAP) &&
                   !(c->tok[f].flags & (SIFT_TOKEN_SENT_START | SIFT_TOKEN_UPPER)) && ent_lookup_exact(c, NS_ORGKW, f))
                f++;
            if (f > e && !(f < c->n && s_title_word(c, f))) { /* "White House Press Secretary" */
                type = NER_ORG;
                i = e = f;
            }
        }
        /* "the House Ways and Means Committee" read as two: a name of two
         * or more words without an organisation word, "and", and an
         * organisation that ends in one are one organisation (7 of 9 such
         * pairs in CoNLL train); not "the Ministry of Foreign Affairs and
         * Ministry of Commerce". So is one common word - no place, given
         * name or word usually capitalised, one the clusters know - before
         * an organisation of two or more words ("Ways / and / Means
         * Committee", "Marketing / and / Acquisition Consultants Ltd"; 7
         * of 8 such in CoNLL train, the other a place), not before a body
         * of one ("House and Senate") */
        /* (the first name's organisation word may be a trade's:
         * s_trade_word) */
        bool orgword = false;
        for (size_t k = b; k < e && !orgword; k++)
            orgword = (ent_lookup_exact(c, NS_ORGKW, k) || ent_lookup_exact(c, NS_CORPFORM, k)) && !s_trade_word(c, k);
        bool common = e - b == 1 && !c->gz[b] && !(c->tok[b].flags & SIFT_TOKEN_UPPER) &&
                      w.cl[b]->id[0] != CLUSTERS_NONE && !(w.names[b] & (CL_USUALLY_CAP | CL_GIVEN));
        if (type == NER_ORG && e == i && (e - b >= 2 || common) && e + 2 < c->n && tok_is(c, e, "and") &&
            tags[e + 1] == NER_B_ORG && !orgword && !(c->tok[e + 1].flags & SIFT_TOKEN_SENT_START)) {
            size_t f = e + 2;
            while (f < c->n && tags[f] == NER_I_ORG)
                f++;
            /* "Subcommittee": a committee under one ("the House Ways and
             * Means Trade Subcommittee", four times in the 1987 pool) */
            if ((ent_lookup_exact(c, NS_ORGKW, f - 1) || tok_is(c, f - 1, "Subcommittee")) &&
                (e - b >= 2 || f - e >= 3))
                i = e = f;
        }
        /* "Jefferies and Co", "Gruntal and Co.": a name and "and Co" is one
         * company (CoNLL train tags every "and Co" inside its name; the
         * pools split six) */
        if ((type == NER_ORG || type == NER_PER) && e == i && e + 1 < c->n && tok_is(c, e, "and") &&
            (tok_is(c, e + 1, "Co") || tok_is(c, e + 1, "Co.") || tok_is(c, e + 1, "Company")) &&
            !(c->tok[e + 1].flags & SIFT_TOKEN_SENT_START)) {
            type = NER_ORG;
            i = e = e + 2;
        }
        /* "The Dow Chemical Co": a word the tagger read as MISC alone
         * right before an organisation (not a nationality, not in the
         * gazetteer) is the organisation's first word; as MISC it would
         * be dropped */
        if (type == NER_ORG && b >= 1 && tags[b - 1] == NER_B_MISC && !(c->tok[b].flags & SIFT_TOKEN_SENT_START) &&
            (c->tok[b - 1].flags & SIFT_TOKEN_CAP) && !(c->tok[b - 1].flags & SIFT_TOKEN_UPPER) &&
            (c->tok[b - 1].flags & SIFT_TOKEN_ALPHA) && !s_demonym(c, b - 1) && o.cover[b - 1] < 0 &&
            !memchr(tok_s(c, b - 1), '-', tok_n(c, b - 1)) && !memchr(tok_s(c, b - 1), '.', tok_n(c, b - 1)))
            b--;
        if ((type != NER_PER || !tok_is(c, e - 1, "Law")) && s_law(c, &o, b, e))
            continue; /* "Stuart Law" is a person */
        /* "U.S. Commerce Secretary Wilbur Ross" read as one ORG: the words
         * after the last title word are a PERSON, the rest a role */
        /* "General Motors", "General Electric Co", "the General
         * Administration of Customs": a title word before a name with an
         * organisation word or legal form names an organisation, not a
         * role and a person */
        if (type == NER_PER || type == NER_ORG) {
            size_t p = b;
            while (p + 1 < e && s_title_tok(c, p))
                p++;
            bool org = false;
            for (size_t k = p; k < e && p > b && (c->tok[p].flags & SIFT_TOKEN_CAP) && !org; k++)
                org = ent_lookup_exact(c, NS_ORGKW, k) || ent_lookup_exact(c, NS_CORPFORM, k);
            /* not a role after it ("National Economic Council Director") */
            while (org && e - p >= 2 && s_title_word(c, e - 1) && ent_lookup_exact(c, NS_ORGKW, e - 2))
                e--;
            if (org) {
                if (s_add_span(c, &o, n0, b, e, NER_ORG) < 0)
                    return -1;
                continue;
            }
        }
        /* "The Chairperson of the Sahel Commission Amadou Ouedraogo" read
         * as a role and one ORG: after a title's "of (the)", the capitalised
         * words after the organisation's last organisation word or place
         * (none of the gazetteer's nor usually written in lower case; the
         * last one usually capitalised or never seen in unlabelled text: a
         * surname) are the person in the role, as when the tagger takes
         * the title in (below) */
        if (type == NER_ORG && e - b >= 3 && b >= 2) {
            size_t t = b - 1 - (tok_is(c, b - 1, "the") && b >= 3);
            size_t p = e;
            while (p > b + 1 && (c->tok[p - 1].flags & SIFT_TOKEN_CAP) && !c->gz[p - 1] &&
                   !(c->tok[p - 1].flags & SIFT_TOKEN_UPPER) && !ent_lookup_exact(c, NS_ORGKW, p - 1) &&
                   !(w.names[p - 1] & CL_USUALLY_LOWER))
                p--;
            bool ends_org = p > b && (ent_lookup_exact(c, NS_ORGKW, p - 1) ||
                                      (c->gz[p - 1] && c->gzn[p - 1] == 1 && c->gz[p - 1]->type != LEX_NORP));
            /* a surname: "... Energy Economics Research" is none */
            bool surname = (w.names[e - 1] & CL_USUALLY_CAP) || w.cl[e - 1]->id[0] == CLUSTERS_NONE;
            if ((tok_is(c, t, "of") || tok_is(c, t, "for")) && s_title_head(c, t - 1) && ends_org && surname &&
                p - b >= 2 && e - p >= 2 && e - p <= 3) { /* "Minister of Commerce Fu Ziying": a portfolio */
                if (s_add_span(c, &o, n0, b, p, NER_ORG) < 0 || s_add_span(c, &o, n0, p, e, NER_PER) < 0)
                    return -1;
                continue;
            }
            /* "Chancellor of the Exchequer Nigel Lawson", "Secretary of the
             * Treasury Alexander Hamilton", "Minister of the Interior
             * Pierre Joxe": one word after a title's "of the" is the
             * role's portfolio (no name, as "Treasury secretary"; a
             * gazetteer's name keeps its own mention: "of the Philippines"),
             * the words after it the person */
            if (tok_is(c, t, "of") && t + 1 == b - 1 && s_title_head(c, t - 1) && e - b >= 3 && e - b <= 4 &&
                (!c->gz[b] || c->gzn[b] == 1) && (c->tok[b].flags & SIFT_TOKEN_CAP) &&
                !(c->tok[b].flags & SIFT_TOKEN_UPPER) &&
                (w.names[b + 1] & CL_GIVEN) && surname) {
                if (s_add_span(c, &o, n0, b + 1, e, NER_PER) < 0)
                    return -1;
                continue;
            }
        }
        if (type == NER_ORG && e - b >= 2) {
            size_t last = e;
            for (size_t k = b; k + 1 < e; k++)
                if (s_title_head(c, k))
                    last = k;
            /* "the WTO General Council": a title word before an
             * organisation word is part of the name */
            for (size_t k = last + 1; last < e && k < e; k++)
                if (ent_lookup_exact(c, NS_ORGKW, k) && !tok_is(c, last + 1, "of") && !tok_is(c, last + 1, "for"))
                    last = e;
            if (last < e) {
                /* "Chairperson of the Sahel Commission Amadou Ouedraogo":
                 * the role's organisation, then the person; "Vice-Minister
                 * of Trade Kasimir Dolan": the portfolio, then the person */
                size_t p = last + 1;
                if (p + 1 < e && (tok_is(c, p, "of") || tok_is(c, p, "for"))) {
                    size_t q = p + 1 + (p + 2 < e && tok_is(c, p + 1, "the")), org = 0;
                    for (size_t k = q; k < e; k++)
                        if (ent_lookup_exact(c, NS_ORGKW, k))
                            org = k + 1;
                    if (org && s_add_span(c, &o, n0, q, org, NER_ORG) < 0)
                        return -1;
                    p = org ? org : s_past_portfolio(c, q, e);
                } else {
                    /* "Federal Grain Inspection Administration Director
                     * Branko Ivancevic" read as one organisation: a name
                     * of two or more words (a country aside) ending in an
                     * organisation word is the organisation before its
                     * role, as before a lower-case role; the rest, "US
                     * Commerce", is a portfolio */
                    size_t f = last;
                    while (f > b && s_title_tok(c, f - 1))
                        f--;
                    size_t core = f - b - (f > b && o.head[b] >= 0 && c->m[o.head[b]].country);
                    if (f > b && core >= 2 &&
                        (ent_lookup_exact(c, NS_ORGKW, f - 1) || ent_lookup_exact(c, NS_CORPFORM, f - 1)) &&
                        s_add_span(c, &o, n0, b, f, NER_ORG) < 0)
                        return -1;
                }
                if (p < e && s_add_span(c, &o, n0, p, e, NER_PER) < 0)
                    return -1;
                continue;
            }
        }
        /* "the Nordic Fisheries Council Director": the role is not part of
         * the name */
        while (type == NER_ORG && e - b >= 3 && s_title_word(c, e - 1) && ent_lookup_exact(c, NS_ORGKW, e - 2))
            e--;
        /* "the Trump administration": a surname, not an organisation */
        if (type == NER_ORG && e - b == 1 && e < c->n && !c->gz[b] &&
            (tok_is(c, e, "administration") || tok_is(c, e, "government") || tok_is(c, e, "campaign")))
            type = NER_PER;
        /* "Lindqvist Verkstad AB", "Sempurna Jaya Bhd": a legal form of a
         * company that the tagger left out of a person, place or MISC name,
         * or tagged alone, makes the name that company; CoNLL train has
         * too few of these forms for the tagger to learn them */
        bool country = c->gz[b] && c->gz[b]->num == 1; /* "China Co": the country stays */
        if (type == NER_PER && e - b >= 2 && !country && ent_lookup_exact(c, NS_CORPFORM, e - 1))
            type = NER_ORG;
        if ((type == NER_PER || type == NER_LOC || type == NER_MISC) && e == i && e < c->n && !country &&
            (tags[e] == NER_O || (tags[e] == NER_B_ORG && (e + 1 == c->n || tags[e + 1] != NER_I_ORG))) &&
            !(c->tok[e].flags & SIFT_TOKEN_SENT_START) && ent_lookup_exact(c, NS_CORPFORM, e)) {
            type = NER_ORG;
            i = ++e; /* the form's own one-word ORG is this name's */
        }
        /* "Bear Stearns & Co Inc", "Eli Lilly & Co", "Mercantile & General":
         * capitalised words joined by an ampersand name one company (22 of
         * 23 such in CoNLL train; the other a place, which the tagger reads
         * as one); the tagger splits them at the "&" (or tags it with the
         * first part) when the first part reads as a person */
        if ((type == NER_PER || type == NER_ORG) && e + 1 < c->n && i <= e + 1 && tok_is(c, e, "&") &&
            (c->tok[e + 1].flags & (SIFT_TOKEN_CAP | SIFT_TOKEN_UPPER)) &&
            !(c->tok[e + 1].flags & SIFT_TOKEN_SENT_START)) {
            size_t f = e + 1;
            while (f < c->n && (c->tok[f].flags & (SIFT_TOKEN_CAP | SIFT_TOKEN_UPPER)) &&
                   !(c->tok[f].flags & SIFT_TOKEN_SENT_START))
                f++;
            type = NER_ORG;
            i = e = f;
        }
        /* "U.S. Officials said", "U.S. Action", "U.K. Investment": 1987
         * wire copy capitalises the word after an abbreviation with dots
         * as after a sentence's end; a country so written and a word that
         * unlabelled text writes in lower case (no organisation word: "U.S.
         * Steel", "U.S. Congress") are the country and a common word, not
         * an organisation */
        if (type == NER_ORG && e - b == 2 && c->gz[b] && c->gz[b]->num == 1 && c->gzn[b] == 1 &&
            memchr(tok_s(c, b), '.', tok_n(c, b)) && (c->tok[b + 1].flags & SIFT_TOKEN_CAP) &&
            !(c->tok[b + 1].flags & SIFT_TOKEN_UPPER) && (w.names[b + 1] & CL_USUALLY_LOWER) && !c->gz[b + 1] &&
            !ent_lookup_exact(c, NS_ORGKW, b + 1) && !ent_lookup_exact(c, NS_CORPFORM, b + 1))
            continue;
        /* "Pemberton Hale said its profit doubled": a company named like a
         * person, unless it starts with a given name */
        bool sure = type == NER_PER && e - b >= 2 && e + 1 < c->n && !(w.names[b] & CL_GIVEN) &&
                    (tok_is(c, e, "said") || tok_is(c, e, "says")) && tok_is(c, e + 1, "its");
        if (sure)
            type = NER_ORG;
        /* "The Commerce Department": the article is not part of the name;
         * inside a sentence it is a place's ("at The Oval", CoNLL) but no
         * organisation's ("told The Associated Press": GUIDE.md, a name
         * never takes its "the"; DECISIONS-trade-1.md "The Register-Guard") */
        if (e - b > 1 && (tok_is(c, b, "the") || (tok_is(c, b, "The") && (!s_inner_the(c, b) || type == NER_ORG))))
            b++;
        /* "US Treasury secretary Scott Bessent", "US Trade Representative
         * Robert Lighthizer": a role, not the organisation */
        /* "Vice-Premier Liu": the role is not part of the name */
        /* ... nor an honorific ("chairman, Rep. Sam Gibbons": CoNLL and
         * the seeds leave "Mr", "Sen." out of the name) */
        while (type == NER_PER && e - b > 1 && (s_title_tok(c, b) || ent_lookup_exact(c, NS_HONOR, b)))
            b++;
        size_t core = e - b - (o.head[b] >= 0 && c->m[o.head[b]].country);
        /* ... but "China Securities Regulatory Commission chairman": a name
         * that ends in an organisation word is one before a role */
        bool org_head = ent_lookup_exact(c, NS_ORGKW, e - 1) && core >= 2;
        /* a lower-case role after a portfolio ("US Treasury secretary"),
         * a place ("Orvieto mayor") or a party's adjective ("Senate
         * Democratic leader"), not after a name ("NATO spokesman", "Air
         * France chairman") */
        static const char *const civic[] = { "mayor", "governor", "premier", "senator", "congressman",
                                             "congresswoman", "lawmaker", "ambassador", NULL };
        const char *last = tok_s(c, e - 1);
        size_t ln = tok_n(c, e - 1);
        bool party = ln > 6 && (memcmp(last + ln - 2, "ic", 2) == 0 || memcmp(last + ln - 3, "ist", 3) == 0 ||
                                memcmp(last + ln - 4, "ican", 4) == 0);
        /* "Ways and Means chairman": the tail of a name the tagger split */
        bool tail = b >= 2 && (tok_is(c, b - 1, "and") || tok_is(c, b - 1, "+")) &&
                    (c->tok[b - 2].flags & (SIFT_TOKEN_CAP | SIFT_TOKEN_UPPER));
        bool role = core <= 1 ? ent_role_word(c, e - 1) || tail : party;
        /* ... a place, not a body: "Bank of Israel governor Michael Bruno"
         * was a role and the place "Israel" (in CoNLL train both names
         * with an organisation word before a civic role are organisations,
         * "Reserve bank of India governor") */
        bool body = false;
        for (size_t k = b; k < e && !body; k++)
            body = ent_lookup_exact(c, NS_ORGKW, k) || ent_lookup_exact(c, NS_CORPFORM, k);
        for (int k = 0; civic[k] && !role && !body && e < c->n; k++)
            role = tok_is(c, e, civic[k]);
        /* ... but a chamber before its capitalised officer is the chamber
         * ("House Speaker Jim Wright": CoNLL train's two are ORG) */
        if (type == NER_ORG && ((e < c->n && s_title_word(c, e) && !org_head &&
                                 (c->tok[e].flags & SIFT_TOKEN_CAP ? core <= 1 : role)) ||
                                (s_title_word(c, e - 1) && e < c->n &&
                                 tags[e] != NER_O && NER_TYPE(tags[e]) == NER_PER)) &&
            !(e - b == 1 && (c->tok[e].flags & SIFT_TOKEN_CAP) && (tok_is(c, b, "House") || tok_is(c, b, "Senate"))))
            continue;
        /* "Minister for Commerce": the portfolio of a title; "Minister of
         * Finance Oyelaran Adeyemi": the person after it; not a body named
         * whole after the title ("vice minister of Ministry of Trade": the
         * person was "of Trade") */
        if (type == NER_ORG && b >= 2 && (tok_is(c, b - 1, "for") || tok_is(c, b - 1, "of")) &&
            s_title_head(c, b - 2) && !(e - b >= 3 && ent_lookup_exact(c, NS_ORGKW, b) && tok_is(c, b + 1, "of")) &&
            (e - b == 1 || s_past_portfolio(c, b, e) > b)) {
            size_t p = s_past_portfolio(c, b, e);
            if (p > b && s_add_span(c, &o, n0, p, e, NER_PER) < 0)
                return -1;
            continue;
        }
        /* "the British Heart Foundation and Lichtwer Pharma GmbH": an
         * organisation word before "and" ends the first of two names ("Bank
         * and Trust Company" is one: its second part starts with one; so
         * is "the Chamber of Commerce and Industry": a portfolio's word
         * after "and" ends the name) */
        if (type == NER_ORG)
            for (size_t k = b + 2; k + 1 < e; k++)
                if (tok_is(c, k, "and") && ent_lookup_exact(c, NS_ORGKW, k - 1) && !s_trade_word(c, k - 1) &&
                    !ent_lookup_exact(c, NS_ORGKW, k + 1) && (c->tok[k + 1].flags & SIFT_TOKEN_CAP) &&
                    !(k + 2 == e && !(c->tok[k + 1].flags & SIFT_TOKEN_UPPER) && s_portfolio(c, k + 1))) {
                    if (s_add_span(c, &o, n0, b, k, type) < 0)
                        return -1;
                    b = k + 1;
                }
        size_t before = c->n_m;
        if (s_add_span(c, &o, n0, b, e, type) < 0)
            return -1;
        if (c->n_m > before)
            c->m[c->n_m - 1].sure = sure;
    }
    if (s_laws(c) < 0)
        return -1;
    ent_drop_joined(c);
    return 0;
}
