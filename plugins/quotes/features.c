/* SPDX-License-Identifier: MIT */
/* features.c - the ranker's features of a candidate and of a quote
 * (features.h). */
#include "features.h"

#include "cues.h"
#include "marks.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <threads.h>

enum { N_BUCKETS = 7, N_STAGES = ST_PREV_SENT + 1, N_CUE_PLACES = 5, N_SRC = 7 };
static const char *const s_bucket_name[N_BUCKETS] = { "0", "1", "2-3", "4-6", "7-12", "13-25", "26+" };
static const char *const s_kind_name[2] = { "dir", "part" };
static const char *const s_src_name[N_SRC] = { "", "ent", "pron", "noun", "cs", "co", "ss" };
/* the cue's place: before the opening mark, after the closing one, next
 * to a mark (within 3 tokens), inside */
static const char *const s_cue_place[N_CUE_PLACES] = { "Badj", "B", "Aadj", "A", "I" };

/* The keys of a candidate's features that take their values from small
 * fixed sets (kind, place, source, stage, bucket), each found once by
 * qr_key from the same strings as the training dump writes: the ranker
 * then probes with integer keys, with no hashing per candidate. Written
 * once (s_keys_once), read-only after. */
static struct {
    uint64_t t[CAND_TYPES], d[CAND_WHERES], tw[CAND_TYPES][CAND_WHERES], tok[2][N_BUCKETS];
    uint64_t kd[2][CAND_WHERES], rule, rule_stage[N_STAGES], rulet[CAND_TYPES], ruleov;
    uint64_t src[N_SRC], src_where[N_SRC][CAND_WHERES], kst[N_SRC][2][CAND_TYPES];
    uint64_t cue_at[2][N_CUE_PLACES], cpt[2][N_CUE_PLACES][CAND_TYPES];
    uint64_t near[2], postposed[CAND_TYPES], last, last_para[2], lastrule[N_STAGES];
    uint64_t sal[N_BUCKETS], saln[N_BUCKETS], otherpara, headline, inquote, across;
    uint64_t cue, prev, next, first, head; /* names of word features */
} s_k;
static once_flag s_keys_once = ONCE_FLAG_INIT;

static const char *const s_side_tok[2] = { "tokB", "tokA" }, *const s_side_near[2] = { "nearB", "nearA" };
static const char *const s_cue_src[2] = { "csat", "coat" }, *const s_cue_src_v[2] = { "cs", "co" };
static const char *const s_para_name[2] = { "para", "other" };

static uint64_t s_key1(const char *name, const char *v) { return qr_key(NULL, name, &v, v ? 1 : 0); }

static uint64_t s_keyn(const char *name, const char *a, const char *b, const char *c3)
{
    const char *v[3] = { a, b, c3 };
    return qr_key(NULL, name, v, c3 ? 3 : 2);
}

static void s_keys_init(void)
{
    for (int t = 0; t < CAND_TYPES; t++) {
        const char *type = cand_type_name[t];
        s_k.t[t] = s_key1("t", type);
        s_k.rulet[t] = s_key1("rulet", type);
        s_k.postposed[t] = s_key1("postposed", type);
        for (int w = 0; w < CAND_WHERES; w++)
            s_k.tw[t][w] = s_keyn("tw", type, cand_where_name[w], NULL);
        for (int b = 0; b < N_SRC; b++)
            for (int k = 0; k < 2; k++)
                s_k.kst[b][k][t] = s_keyn("kst", s_src_name[b], s_kind_name[k], type);
        for (int s = 0; s < 2; s++)
            for (int p = 0; p < N_CUE_PLACES; p++)
                s_k.cpt[s][p][t] = s_keyn("cpt", s_cue_src_v[s], s_cue_place[p], type);
    }
    for (int w = 0; w < CAND_WHERES; w++) {
        s_k.d[w] = s_key1("d", cand_where_name[w]);
        for (int k = 0; k < 2; k++)
            s_k.kd[k][w] = s_keyn("kd", s_kind_name[k], cand_where_name[w], NULL);
        for (int b = 0; b < N_SRC; b++)
            s_k.src_where[b][w] = s_key1(s_src_name[b], cand_where_name[w]);
    }
    for (int n = 0; n < N_BUCKETS; n++) {
        s_k.tok[0][n] = s_key1(s_side_tok[0], s_bucket_name[n]);
        s_k.tok[1][n] = s_key1(s_side_tok[1], s_bucket_name[n]);
        s_k.sal[n] = s_key1("sal", s_bucket_name[n]);
        s_k.saln[n] = s_key1("saln", s_bucket_name[n]);
    }
    for (int st = 0; st < N_STAGES; st++) {
        s_k.rule_stage[st] = s_key1("rule", stage_name[st]);
        s_k.lastrule[st] = s_key1("lastrule", stage_name[st]);
    }
    for (int b = 0; b < N_SRC; b++)
        s_k.src[b] = s_key1("src", s_src_name[b]);
    for (int s = 0; s < 2; s++) {
        for (int p = 0; p < N_CUE_PLACES; p++)
            s_k.cue_at[s][p] = s_key1(s_cue_src[s], s_cue_place[p]);
        s_k.near[s] = s_key1(s_side_near[s], NULL);
        s_k.last_para[s] = s_key1("last", s_para_name[s]);
    }
    /* the features of a name alone, and the names of word features */
    const struct { uint64_t *key; const char *name; } plain[] = {
        { &s_k.rule, "rule" }, { &s_k.ruleov, "ruleov" }, { &s_k.last, "last" },
        { &s_k.otherpara, "otherpara" }, { &s_k.headline, "headline" },
        { &s_k.inquote, "inquote" }, { &s_k.across, "across" }, { &s_k.cue, "cue" },
        { &s_k.prev, "prev" }, { &s_k.next, "next" }, { &s_k.first, "first" }, { &s_k.head, "head" } };
    for (size_t i = 0; i < sizeof plain / sizeof *plain; i++)
        *plain[i].key = s_key1(plain[i].name, NULL);
}

/* Adds feature name=<token i> when token i is a word or a short mark;
 * name_hash: qr_hash of name. */
static void s_add_tok(const ctx_t *c, qr_feats_t *f, uint64_t name_hash, const char *name, uint32_t i)
{
    size_t n = tok_len(c, i);
    if (n <= 24 && (tok_word(c, i) || n <= 3))
        qr_add_word(f, name_hash, name, c->doc->lower_hashes[i], tok_txt(c, i), n);
}

static int s_bucket_id(uint32_t n)
{
    return n == 0 ? 0 : n == 1 ? 1 : n <= 3 ? 2 : n <= 6 ? 3 : n <= 12 ? 4 : n <= 25 ? 5 : 6;
}

static const char *s_bucket(uint32_t n) { return s_bucket_name[s_bucket_id(n)]; }

/* The index of a fixed feature's key in s_k, and so of its weight in
 * the state's fixed_w. */
static size_t s_key_index(const uint64_t *key)
{
    return (size_t)((const char *)key - (const char *)&s_k) / sizeof *key;
}

float *feat_fixed_weights(const qr_model_t *m)
{
    call_once(&s_keys_once, s_keys_init);
    _Static_assert(sizeof s_k % sizeof(uint64_t) == 0, "s_k holds keys only");
    size_t n = sizeof s_k / sizeof(uint64_t);
    float *w = malloc(n * sizeof *w);
    if (!w)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        uint64_t key;
        memcpy(&key, (const char *)&s_k + i * sizeof key, sizeof key);
        w[i] = qr_weight(m, key);
    }
    return w;
}

/* Adds a feature of one value, two or three by its key in s_k: by its
 * weight from the state's fixed_w (found at start-up) when f sums
 * weights, else by its key and, for the training dump, its strings. */
static inline void s_add_fixed(const ctx_t *c, qr_feats_t *f, const uint64_t *key,
                               const char *name, const char *const *v, size_t n)
{
    if (c->st->fixed_w && f->m)
        qr_add_weight(f, c->st->fixed_w[s_key_index(key)]);
    else
        qr_add_key(f, *key, name, v, n);
}

static inline void s_add1(const ctx_t *c, qr_feats_t *f, const uint64_t *key, const char *name,
                          const char *v)
{
    s_add_fixed(c, f, key, name, &v, v ? 1 : 0);
}

static inline void s_addn(const ctx_t *c, qr_feats_t *f, const uint64_t *key, const char *name,
                          const char *a, const char *b, const char *c3)
{
    const char *v[3] = { a, b, c3 };
    s_add_fixed(c, f, key, name, v, c3 ? 3 : 2);
}

/* The words around and in a candidate: they do not depend on the quote. */
static void s_feat_words(const ctx_t *c, const cand_t *k, qr_feats_t *f)
{
    /* "told X" is the addressee, "X's website" a thing, "On Donald Trump"
     * a headline fragment */
    if (k->ms > 0)
        s_add_tok(c, f, s_k.prev, "prev", k->ms - 1);
    if (k->me < c->nt)
        s_add_tok(c, f, s_k.next, "next", k->me);
    if (k->me > k->ms + 1 && (c->wf[k->ms] & (W_STOP | W_PREP | W_DET)))
        s_add_tok(c, f, s_k.first, "first", k->ms);
    if (k->type[0] != 'p')
        s_add_tok(c, f, s_k.head, "head", k->me - 1);
}

/* Their weights for k's span, once per article. */
static void s_span_weigh(const ctx_t *c, const cand_t *k, qr_cache_t *cache)
{
    cand_span_t *sp = k->span;
    qr_feats_t g; /* keys only: h[] and n are all that is read */
    g.n = 0;
    g.m = NULL;
    g.dump = NULL;
    g.cache = cache;
    s_feat_words(c, k, &g);
    sp->nwords = (uint8_t)g.n;
    for (size_t i = 0; i < g.n; i++)
        sp->w_words[i] = qr_weight(&c->st->ranker, g.h[i]);
    sp->weighed = 1;
}

void feat_candidate(const ctx_t *c, const quote_t *q, const quote_t *lastq, const cands_t *cs,
                    size_t ki, int partial, qr_feats_t *f)
{
    call_once(&s_keys_once, s_keys_init);
    const cand_t *k = &cs->v[ki];
    uint32_t qe = quote_last(c, q), dist = k->dist;
    const char *where = k->where, *type = k->type;
    int ti = k->type_id, wi = k->where_id, side = where[0] == 'B' ? 0 : 1, bd = s_bucket_id(dist);
    s_add1(c, f, &s_k.t[ti], "t", type);
    s_add1(c, f, &s_k.d[wi], "d", where);
    s_addn(c, f, &s_k.tw[ti][wi], "tw", type, where, NULL);
    s_add1(c, f, &s_k.tok[side][bd], s_side_tok[side], s_bucket_name[bd]);
    /* a phrase quoted inside a sentence is its subject's; a whole
     * sentence is the cue's */
    const char *kind = s_kind_name[partial];
    s_addn(c, f, &s_k.kd[partial][wi], "kd", kind, where, NULL);
    if (k->src & C_RULE) {
        s_add1(c, f, &s_k.rule, "rule", NULL);
        s_add1(c, f, &s_k.rule_stage[q->stage], "rule", stage_name[q->stage]);
        s_add1(c, f, &s_k.rulet[ti], "rulet", type);
    } else if (q->has_speaker && k->ms < q->me && q->ms < k->me) {
        s_add1(c, f, &s_k.ruleov, "ruleov", NULL);
    }
    for (int b = 1; b < N_SRC; b++)
        if (k->src & (1u << b)) {
            s_add1(c, f, &s_k.src[b], "src", s_src_name[b]);
            if (b == 4 || b == 5 || b == 6) {
                s_add1(c, f, &s_k.src_where[b][wi], s_src_name[b], where);
                s_addn(c, f, &s_k.kst[b][partial][ti], "kst", s_src_name[b], kind, type);
            }
        }
    if (k->cue != NONE) {
        int cp = k->cue < q->o ? (q->o - k->cue <= 3 ? 0 : 1) : k->cue > qe ? (k->cue - qe <= 3 ? 2 : 3) : 4;
        int cs_ = (k->src & C_CUE_SUBJ) ? 0 : 1;
        s_add1(c, f, &s_k.cue_at[cs_][cp], s_cue_src[cs_], s_cue_place[cp]);
        s_addn(c, f, &s_k.cpt[cs_][cp][ti], "cpt", s_cue_src_v[cs_], s_cue_place[cp], type);
        s_add_tok(c, f, s_k.cue, "cue", k->cue);
    }
    /* the words, weighed once per article for the span when f sums
     * weights (the training dump needs their strings) */
    cand_span_t *sp = f->m ? k->span : NULL;
    if (sp && !sp->weighed)
        s_span_weigh(c, k, f->cache);
    if (sp)
        for (size_t i = 0; i < sp->nwords; i++)
            qr_add_weight(f, sp->w_words[i]);
    else
        s_feat_words(c, k, f);
    /* nearest of its kind: the closest candidate before the quote and the
     * closest after it ("…,” X said" against the nearest preceding name) */
    int nearest = k->nearest;
    if (nearest)
        s_add1(c, f, &s_k.near[side], s_side_near[side], NULL);
    if (nearest && where[0] == 'A' && dist <= 3)
        s_add1(c, f, &s_k.postposed[ti], "postposed", type);
    /* salience: the entity's mentions in the article and near the quote */
    int32_t id = k->ent;
    /* the speaker of the quote before: split and continued quotes */
    if (lastq && ((lastq->ms == k->ms && lastq->me == k->me) || (id >= 0 && lastq->ent == id))) {
        int other = c->para[lastq->o] != q->para;
        s_add1(c, f, &s_k.last, "last", NULL);
        s_add1(c, f, &s_k.last_para[other], "last", s_para_name[other]);
        s_add1(c, f, &s_k.lastrule[q->stage], "lastrule", stage_name[q->stage]);
    }
    if (id >= 0) {
        int nb = s_bucket_id(k->same_ent);
        int sb = s_bucket_id((uint32_t)c->doc->entities[id].n_mentions);
        s_add1(c, f, &s_k.sal[sb], "sal", s_bucket_name[sb]);
        s_add1(c, f, &s_k.saln[nb], "saln", s_bucket_name[nb]);
    }
    if (c->para[k->ms] != q->para)
        s_add1(c, f, &s_k.otherpara, "otherpara", NULL);
    if (k->ms < c->headline_end && q->para > 0)
        s_add1(c, f, &s_k.headline, "headline", NULL);
    if (c->inq[k->ms])
        s_add1(c, f, &s_k.inquote, "inquote", NULL);
    /* another quote between the mention and this one */
    uint32_t a = where[0] == 'B' ? k->me : qe + 1, b = where[0] == 'B' ? q->o : k->ms;
    uint32_t e = b < a + 100 ? b : a + 100;
    if (a < e && c->inq_before[e] > c->inq_before[a])
        s_add1(c, f, &s_k.across, "across", NULL);
}

/* Counts the words of tokens [a, b) into *words, the capitalised ones
 * into *caps and the lower-case function words into *funcw. */
static void s_count_caps(const ctx_t *c, uint32_t a, uint32_t b, uint32_t *words, uint32_t *caps,
                         uint32_t *funcw)
{
    for (uint32_t t = a; t < b; t++) {
        if (!(c->tok[t].flags & SIFT_TOKEN_ALPHA))
            continue;
        ++*words;
        if (c->tok[t].flags & SIFT_TOKEN_CAP)
            ++*caps;
        else if (c->wf[t] & (W_STOP | W_DET))
            ++*funcw;
    }
}

/* Whether every content word of q is capitalised ("Good Morning America",
 * "Make America Great Again"): the name of a show, a book, a slogan, or
 * Title-Case speech; not when the rest of its sentence is in Title Case
 * too (a heading). Sets *words to its number of words. */
int feat_title_case(const ctx_t *c, const quote_t *q, uint32_t *words)
{
    uint32_t caps = 0, funcw = 0, end = q->o + 1;
    while (end < c->nt && c->tok[end].start < q->end && end - q->o < 64)
        end++;
    *words = 0;
    s_count_caps(c, q->o + 1, end, words, &caps, &funcw);
    if (!(*words > 0 && caps + funcw == *words && caps > 0))
        return 0;
    /* in a sentence all in Title Case (a heading: "Lena Voss Asked Men To
     * “Redefine Masculinity.”"), the quote's capitals say nothing */
    const sift_sentence_t *s = &c->doc->sentences[c->tok[q->o].sentence];
    uint32_t ow = 0, ocaps = 0, ofunc = 0;
    s_count_caps(c, s->tok_begin, q->o, &ow, &ocaps, &ofunc);
    s_count_caps(c, end, s->tok_end, &ow, &ocaps, &ofunc); /* none when the quote runs past it */
    return !(ow >= 3 && ocaps >= 3 && ocaps + ofunc == ow);
}

enum { ECHO_WORDS = 12, ECHO_TOKENS = 400, ECHO_QUOTES = 30 };

/* The words of q's text as token hashes into h (at most ECHO_WORDS);
 * returns their number, 0 when there are more. */
static size_t s_quote_words(const ctx_t *c, const quote_t *q, uint64_t *h)
{
    size_t n = 0;
    for (uint32_t t = q->o + 1; t < c->nt && c->tok[t].start < q->end; t++) {
        if (!tok_word(c, t))
            continue;
        if (n == ECHO_WORDS)
            return 0;
        h[n++] = c->doc->lower_hashes[t];
    }
    return n;
}

/* Whether the words h[0, n) stand consecutively, outside any quote, within
 * ECHO_TOKENS tokens of q: a term the article also uses unquoted. */
static int s_used_unquoted(const ctx_t *c, const quote_t *q, const uint64_t *h, size_t n)
{
    uint32_t a = q->o > ECHO_TOKENS ? q->o - ECHO_TOKENS : 0;
    uint32_t b = quote_last(c, q) + ECHO_TOKENS;
    if (b + n > c->nt)
        b = c->nt > n ? (uint32_t)(c->nt - n) : 0;
    const uint64_t *lh = c->doc->lower_hashes;
    for (uint32_t j = a; j < b; j++) {
        if (lh[j] != h[0]) /* most tokens: one compare */
            continue;
        size_t k = 0;
        while (k < n && lh[j + k] == h[k] && !c->inq[j + k] && tok_word(c, j + k))
            k++;
        if (k == n)
            return 1;
    }
    return 0;
}

/* Whether another quote near q (ECHO_QUOTES either side) has the same
 * words: a phrase the article quotes twice. */
static int s_quoted_twice(const ctx_t *c, const quote_t *q, const uint64_t *h, size_t n)
{
    size_t i = (size_t)(q - c->q);
    size_t a = i > ECHO_QUOTES ? i - ECHO_QUOTES : 0, b = i + ECHO_QUOTES < c->nq ? i + ECHO_QUOTES : c->nq;
    uint64_t h2[ECHO_WORDS];
    for (size_t j = a; j < b; j++) {
        if (j == i)
            continue;
        /* its first word first: most quotes differ there */
        uint32_t t = c->q[j].o + 1;
        while (t < c->nt && c->tok[t].start < c->q[j].end && !tok_word(c, t))
            t++;
        if (t >= c->nt || c->tok[t].start >= c->q[j].end || c->doc->lower_hashes[t] != h[0])
            continue;
        if (s_quote_words(c, &c->q[j], h2) == n && memcmp(h, h2, n * sizeof *h) == 0)
            return 1;
    }
    return 0;
}

enum { CUE_REACH = 60 };

/* Whether a cue stands outside quotes in q's sentence (at most CUE_REACH
 * tokens either side of it): someone is reported. A phrase in a sentence
 * that reports no one is a term or a title more often than speech (180 of
 * the 211 such short phrases labelled in trade news, annotations/keep;
 * 140 of 545 with a cue). The
 * word right after a quote that ends in a letter is a noun the quote
 * modifies ("“heritage” labels"), not a cue. */
static int s_sentence_cue(const ctx_t *c, const quote_t *q)
{
    const sift_sentence_t *s = &c->doc->sentences[c->tok[q->o].sentence];
    uint32_t qe = quote_last(c, q), len;
    const sift_sentence_t *e = &c->doc->sentences[c->tok[qe].sentence];
    uint32_t a = s->tok_begin + CUE_REACH < q->o ? q->o - CUE_REACH : s->tok_begin;
    uint32_t b = e->tok_end > qe + CUE_REACH ? qe + CUE_REACH : e->tok_end;
    uint32_t modified = q->c != NONE && q->end > q->start && isalnum((unsigned char)c->text[q->end - 1])
                            ? qe + 1 : NONE;
    for (uint32_t t = a; t < b && t < c->nt; t++)
        if (!c->inq[t] && t != modified && cue_at(c, t, &len))
            return 1;
    return 0;
}

/* "so-called" in one token or as "so", "-", "called" ending at i. */
static int s_so_called(const ctx_t *c, uint32_t i)
{
    if (tok_is(c, i, "so-called"))
        return 1;
    return i >= 2 && tok_is(c, i, "called") && (tok_ch(c, i - 1, '-') || tok_dash(c, i - 1)) &&
           tok_is(c, i - 2, "so");
}

/* Whether a cue stands outside quotes anywhere in q's sentence, but for
 * token skip (the noun q modifies) and the "called" of "so-called". */
static int s_any_cue(const ctx_t *c, const quote_t *q, uint32_t qe, uint32_t skip)
{
    const sift_sentence_t *s = &c->doc->sentences[c->tok[q->o].sentence];
    const sift_sentence_t *e = &c->doc->sentences[c->tok[qe].sentence];
    uint32_t len;
    for (uint32_t t = s->tok_begin; t < e->tok_end && t < c->nt; t++)
        if (!c->inq[t] && t != skip && cue_at(c, t, &len) && !s_so_called(c, t))
            return 1;
    return 0;
}

/* A lower-case content word that may be an adjective: not ending in s
 * but in -ous ("famous", not "countries"). */
static int s_adjective_like(const ctx_t *c, uint32_t i)
{
    size_t n = tok_len(c, i);
    const char *w = tok_txt(c, i);
    if (!(c->tok[i].flags & SIFT_TOKEN_ALPHA) || !islower((unsigned char)w[0]) ||
        (c->wf[i] & (W_FUNCTION | W_CUE)))
        return 0;
    return w[n - 1] != 's' || (n > 3 && memcmp(w + n - 3, "ous", 3) == 0);
}

int feat_named_term(const ctx_t *c, const quote_t *q)
{
    if (q->c == NONE || q->cont_prev || q->cont_next || q->end <= q->start || q->o == 0 ||
        !isalnum((unsigned char)c->text[q->end - 1]) || quote_kind(c, q) != SIFT_QUOTE_PARTIAL)
        return 0;
    uint32_t qe = quote_last(c, q), words = 0, len;
    for (uint32_t t = q->o + 1; t <= qe && t < c->nt; t++)
        if (tok_word(c, t) && ++words > TERM_WORDS)
            return 0;
    if (!words || qe + 1 >= c->nt)
        return 0;
    uint32_t p = q->o - 1, n = qe + 1;
    if (s_so_called(c, p))
        return 1;
    /* a name given: "known as (the) “…”" */
    uint32_t k = p > 0 && (c->wf[p] & W_DET) ? p - 1 : p;
    if (k > 0 && tok_is(c, k, "as") && tok_is(c, k - 1, "known"))
        return 1;
    /* up to two adjectives between the determiner and the mark ("his long
     * “…” trip"); not a plural noun, the subject of a quoted verb ("the
     * two countries “can and should” ensure") */
    for (int j = 0; j < 2 && p > 0 && !(c->wf[p] & W_DET) && s_adjective_like(c, p); j++)
        p--;
    /* a determiner before it ("the", "a", "his"), not the object of a
     * verb of naming or saying ("called it a “…”", "described as a “…”",
     * "said the “…”") */
    if (!(c->wf[p] & W_DET) || (p > 0 && (cue_at(c, p - 1, &len) || tok_is(c, p - 1, "as"))) ||
        (p > 1 && (c->wf[p - 1] & (W_PRON_M | W_PRON_F | W_PRON_N)) &&
         (cue_at(c, p - 2, &len) || tok_is(c, p - 2, "called"))))
        return 0;
    /* and a lower-case content word right after it: the noun it names */
    if (!(c->tok[n].flags & SIFT_TOKEN_ALPHA) || !islower((unsigned char)tok_txt(c, n)[0]) ||
        (c->wf[n] & (W_FUNCTION | W_CUE)) || tok_is(c, n, "that") || tok_is(c, n, "which"))
        return 0;
    /* ", he said" right after it: speech */
    for (uint32_t k = n + 1, j = 0; j < 3 && k < c->nt; j++, k++)
        if (cue_at(c, k, &len))
            return 0;
    /* a name of several words is one whatever reports the sentence; a
     * single word in a reported clause is the speaker's ("welcomed the
     * “positive” outcome") */
    return memchr(c->text + q->start, ' ', q->end - q->start) || !s_any_cue(c, q, qe, n);
}

void feat_quote(const ctx_t *c, const quote_t *q, const char *spk_type, int partial,
                qr_feats_t *f)
{
    uint32_t qe = quote_last(c, q), words;
    int title = feat_title_case(c, q, &words);
    const char *n = s_bucket(words);
    qr_add(f, "q:bias", NULL);
    qr_add(f, "q:n", n);
    qr_add(f, title ? "q:title" : "q:text", n);
    qr_add(f, "q:spk", spk_type);
    qr_add(f, "q:stage", stage_name[q->stage]);
    qr_add(f, "q:kind", partial ? "partial" : "direct");
    const char *marks = ".,?!", *last = strchr(marks, c->text[q->end - 1]);
    static const char *const last_name[] = { ".", ",", "?", "!", "w" };
    const char *lastv = last_name[last && *last ? last - marks : 4];
    qr_add(f, "q:last", lastv);
    if (title)
        qr_add(f, "q:title_last", lastv);
    /* the words around the marks, also apart for Title Case (PolNeAR
     * counts the names of shows and books); a Title-Case quote has the
     * shared ones too, as few are labelled: "the “…” policy" is a name
     * whatever its case */
    /* (not the last word of the paragraph before: a heading's "… HEATS
     * UP" says nothing of the quote opening the next one) */
    if (q->o > 0 && !(c->tok[q->o].flags & SIFT_TOKEN_PARA_START)) {
        s_add_tok(c, f, qr_static_hash(f->cache, "q:prev"), "q:prev", q->o - 1);
        if (title)
            s_add_tok(c, f, qr_static_hash(f->cache, "q:tprev"), "q:tprev", q->o - 1);
    }
    if (qe + 1 < c->nt && q->c != NONE) {
        s_add_tok(c, f, qr_static_hash(f->cache, "q:next"), "q:next", qe + 1);
        if (title)
            s_add_tok(c, f, qr_static_hash(f->cache, "q:tnext"), "q:tnext", qe + 1);
    }
    /* a phrase the article quotes twice, or also uses without marks, is
     * a term more often than something said */
    uint64_t h[ECHO_WORDS];
    size_t nw = s_quote_words(c, q, h);
    if (nw && s_quoted_twice(c, q, h, nw))
        qr_add(f, "q:twice", NULL);
    if (nw && s_used_unquoted(c, q, h, nw))
        qr_add(f, "q:unquoted", NULL);
    if (partial && !s_sentence_cue(c, q)) /* a whole sentence quoted reports itself */
        qr_add(f, "q:nocue", NULL);
    /* a Title-Case quote ending in a letter before a lower-case content
     * word modifies it: the name of a policy, a slogan, a class of shares */
    if (title && q->c != NONE && qe + 1 < c->nt && isalnum((unsigned char)c->text[q->end - 1]) &&
        tok_word(c, qe + 1) && islower((unsigned char)tok_txt(c, qe + 1)[0]) &&
        !(c->wf[qe + 1] & (W_DET | W_STOP | W_PREP | W_SKIP | W_CUE)))
        qr_add(f, "q:tmod", NULL);
    if (q->c == NONE)
        qr_add(f, "q:unclosed", NULL);
    if (q->o < c->headline_end)
        qr_add(f, "q:headline", NULL);
    if (c->tok[q->o].flags & SIFT_TOKEN_PARA_START)
        qr_add(f, "q:parastart", NULL);
    /* the article's genre (context.c): the keep decision's bias in each,
     * as the conventions differ on short phrases no clause reports and on
     * Title Case (PolNeAR counts two thirds and a third of them, GUIDE.md
     * a quarter and almost none): political news is judged by PolNeAR's
     * gold, trade news by the guide's. Crossed with the quote's case, its
     * length, a sentence with no cue, the speaker's kind and the quote's
     * kind too, it gained nothing more (README, quo91) */
    qr_add(f, "q:g", genre_name[c->genre]);
}
