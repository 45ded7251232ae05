/* SPDX-License-Identifier: MIT */
/* quotes.c - quotation detection and speaker attribution.
 *
 * Two passes over the core's tokens.
 *
 * 1. Detection. Quote marks are read as opening or closing from their
 *    context (space before and a word after opens; a word before and space
 *    or punctuation after closes), from the glyph only when the context is
 *    ambiguous, and paired per paragraph. Double marks nest (an inner pair
 *    belongs to the outer quote); a quote still open at the end of a
 *    paragraph continues when the next paragraph opens with a mark (one
 *    quote per paragraph, same speaker), and otherwise ends before the
 *    first mark nested in it, or at the paragraph end: a missing closing
 *    mark never swallows more than its paragraph. Single marks (‘…’ and
 *    '…') are quotations only at top level, when they pair up within the
 *    paragraph and an attribution is found right next to them, since
 *    apostrophes ("China’s", "’90s", "players’") share their glyphs.
 *
 * 2. Attribution, a sieve of deterministic stages, most precise first (in
 *    the spirit of the news/literary quote attribution sieves of O'Keefe et
 *    al. 2012 and Muzny et al. 2017):
 *      0. a transcript turn ("PENCE: …) and a noun of saying owned by the
 *         speaker (Trump's claim that “…”);
 *      a. a cue right after the quote: “…,” he said / “…,” said He Yadong /
 *         “…,” the white paper stated;
 *      b. a cue right before it: Wang said “…” / Mr. Liu shared: "…";
 *      c. "according to X" in the quote's sentence;
 *      d. the nearest cue earlier in the sentence, with its subject (or the
 *         sentence subject, for "…, accusing X of “…”"; or the outer
 *         speaker, for "He said Beijing had maintained “…”");
 *      e. continuation: parts of one multi-paragraph quote share a
 *         speaker; an unattributed quote takes the speaker of a quote in its
 *         paragraph, and a quote opening a paragraph that of the previous
 *         paragraph (or of the sentence ending it with a colon).
 *    A double-quoted span with no attribution that does not open its
 *    paragraph is a scare quote or a title, and is not reported.
 *    The mention found ("he", "the Vice Premier", "the white paper") is
 *    then resolved to a canonical name: the entity it overlaps; for a
 *    pronoun the most recent gender-compatible person (or, for "it"/"they",
 *    the last non-person speaker or organisation); for a title the person
 *    who carries it; for a document the issuer named where it was
 *    introduced. */
#include <sift/plugin.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"
#include "ranker.h"

#define NONE UINT32_MAX
#define NP_MAX 10       /* tokens in a speaker mention                 */
#define WALK_MAX 300    /* entity mentions looked at to resolve one    */

typedef struct state {
    const sift_host_t *host;
    lexicon_t lx;
    qr_model_t ranker;
    char features[4096];    /* training mode: candidates' features go here */
} state_t;

enum { MK_NONE, MK_DOUBLE, MK_SINGLE };
enum { CTX_AMBIG, CTX_OPEN, CTX_CLOSE };

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
} quote_t;

/* The sieve's stages, a feature of the ranker ("rule=after"). */
enum { ST_NONE, ST_LABEL, ST_CLAIM, ST_AFTER, ST_SPLIT, ST_ACC_FIRST, ST_ADJACENT, ST_ACCORDING,
       ST_BEFORE, ST_AFTER_FAR, ST_COLON, ST_MULTI, ST_CONT, ST_SUBJECT, ST_CONT_FAR };
static const char *const s_stage_name[] = { "none", "label", "claim", "after", "split", "accfirst",
                                            "adjacent", "according", "before", "afterfar", "colon",
                                            "multi", "cont", "subject", "contfar" };

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
    mention_t *men;         /* entity mentions sorted by start             */
    size_t nmen;
    int8_t *gender;         /* per entity: -2 unknown yet, 0 none, 1 m, 2 f */
    const char **ent_name;  /* per entity: s_ent_name once found, else NULL */
    quote_t *q;
    size_t nq, capq;
    int depth;              /* nesting of s_resolve                        */
    qr_cache_t *cache;      /* the ranker's hashes of static strings       */
    uint32_t headline_end;  /* tokens [0, headline_end) are a title line   */
} ctx_t;

static void s_resolve(ctx_t *c, quote_t *q, const quote_t *prev_speaker_q);
static int s_kind(const ctx_t *c, const quote_t *q);

/* ------------------------------------------------------------ token helpers */

static size_t s_len(const ctx_t *c, uint32_t i) { return c->tok[i].end - c->tok[i].start; }
static const char *s_txt(const ctx_t *c, uint32_t i) { return c->text + c->tok[i].start; }

/* Inline, so that strlen of the literal w folds to a constant; the first
 * letter is compared before the call. */
static inline int s_is(const ctx_t *c, uint32_t i, const char *w)
{
    size_t n = strlen(w);
    return i < c->nt && s_len(c, i) == n && ((s_txt(c, i)[0] | 0x20) == (w[0] | 0x20)) &&
           strncasecmp(s_txt(c, i), w, n) == 0;
}

static int s_ch(const ctx_t *c, uint32_t i, char ch)
{
    return i < c->nt && s_len(c, i) == 1 && s_txt(c, i)[0] == ch;
}

static int s_word(const ctx_t *c, uint32_t i)
{
    return i < c->nt && (c->tok[i].flags & (SIFT_TOKEN_ALPHA | SIFT_TOKEN_DIGIT));
}

static int s_dash(const ctx_t *c, uint32_t i)
{
    return s_is(c, i, "--") || s_is(c, i, "\xe2\x80\x94") || s_is(c, i, "\xe2\x80\x93") ||
           s_is(c, i, "\xe2\x80\x95");
}

/* Which kind of quote mark token i is. */
static int s_mark(const ctx_t *c, uint32_t i)
{
    if (!(c->tok[i].flags & SIFT_TOKEN_QUOTE))
        return MK_NONE;
    const unsigned char *p = (const unsigned char *)s_txt(c, i);
    size_t n = s_len(c, i);
    if (n == 1)
        return p[0] == '"' ? MK_DOUBLE : MK_SINGLE; /* ' or ` */
    if (n == 2 && (p[0] == '\'' || p[0] == '`'))
        return MK_DOUBLE;                            /* '' `` */
    if (n == 2 && p[0] == 0xC2)
        return MK_DOUBLE;                            /* « » */
    if (n == 3 && p[0] == 0xE2 && p[1] == 0x80) {
        if (p[2] >= 0x9C && p[2] <= 0x9F)
            return MK_DOUBLE;                        /* “ ” „ ‟ */
        if (p[2] >= 0x98 && p[2] <= 0x9B)
            return MK_SINGLE;                        /* ‘ ’ ‚ ‛ */
        if (p[2] == 0xB9 || p[2] == 0xBA)
            return MK_SINGLE;                        /* ‹ › */
    }
    return MK_NONE;                                  /* ″ ′ : primes */
}

/* Glyph direction: 1 opening, -1 closing, 0 straight. */
static int s_glyph(const ctx_t *c, uint32_t i)
{
    const unsigned char *p = (const unsigned char *)s_txt(c, i);
    size_t n = s_len(c, i);
    if (n == 2 && p[0] == '`') return 1;
    if (n == 2 && p[0] == '\'') return -1;
    if (n == 1) return p[0] == '`' ? 1 : 0;
    if (n == 2) return p[1] == 0xAB ? 1 : -1;
    switch (p[2]) {
    case 0x9C: case 0x9E: case 0x9F: case 0x98: case 0x9A: case 0x9B: case 0xB9:
        return 1;
    default:
        return -1;
    }
}

/* Opening or closing from the context of the mark. */
static int s_context(const ctx_t *c, uint32_t i)
{
    uint32_t f = c->tok[i].flags;
    int before = (f & (SIFT_TOKEN_SPACE_BEFORE | SIFT_TOKEN_LINE_START)) || i == 0;
    if (!before && i > 0) {
        /* glued to an opening bracket, dash or another opening mark */
        const char *pt = s_txt(c, i - 1);
        if (s_len(c, i - 1) == 1 && (pt[0] == '(' || pt[0] == '[' || pt[0] == '{'))
            before = 1;
        else if (s_dash(c, i - 1))
            before = 1;
    }
    int after = (f & SIFT_TOKEN_SPACE_AFTER) || i + 1 >= c->nt ||
                (c->tok[i + 1].flags & SIFT_TOKEN_LINE_START);
    int punct_after = 0;
    if (!after && i + 1 < c->nt) {
        const char *nt = s_txt(c, i + 1);
        if (s_len(c, i + 1) <= 3 && !s_word(c, i + 1) && !(c->tok[i + 1].flags & SIFT_TOKEN_QUOTE) &&
            strchr(".,;:?!)]}", nt[0]) && nt[0])
            punct_after = 1;
        if (s_dash(c, i + 1))
            punct_after = 1;
    }
    if (before && !after)
        return punct_after ? CTX_AMBIG : CTX_OPEN;
    if (!before && (after || punct_after))
        return CTX_CLOSE;
    return CTX_AMBIG;
}

/* ---------------------------------------------------------------- entities */

static int s_men_cmp(const void *a, const void *b)
{
    const mention_t *x = a, *y = b;
    return x->start < y->start ? -1 : x->start > y->start ? 1 : 0;
}

/* Index of the first mention with start >= pos. */
static size_t s_men_lower(const ctx_t *c, uint32_t pos)
{
    size_t lo = 0, hi = c->nmen;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c->men[mid].start < pos) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

static int s_type_ok(sift_entity_type_t t)
{
    return t == SIFT_PERSON || t == SIFT_ORG || t == SIFT_GPE || t == SIFT_NORP || t == SIFT_LOC;
}

/* The entity with a mention overlapping bytes [s, e), preferring the one
 * nearest the end (the head of "China's State Council Information
 * Office"), and a person over anything else; -1 when none. */
static int32_t s_entity_in(const ctx_t *c, uint32_t s, uint32_t e)
{
    size_t k = s_men_lower(c, s);
    while (k > 0 && c->men[k - 1].end > s && k > s_men_lower(c, s) - 8)
        k--;
    int32_t best = -1, best_person = -1;
    for (; k < c->nmen && c->men[k].start < e; k++) {
        if (c->men[k].end <= s)
            continue;
        int32_t id = c->men[k].ent;
        best = id;
        if (c->doc->entities[id].type == SIFT_PERSON)
            best_person = id;
    }
    return best_person >= 0 ? best_person : best;
}

static int32_t s_entity_tok(const ctx_t *c, uint32_t i)
{
    return c->nmen ? s_entity_in(c, c->tok[i].start, c->tok[i].end) : -1;
}

/* The token ending right before byte s. */
static uint32_t s_tok_before(const ctx_t *c, uint32_t s)
{
    uint32_t lo = 0, hi = (uint32_t)c->nt;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (c->tok[mid].start < s) lo = mid + 1;
        else hi = mid;
    }
    return lo > 0 ? lo - 1 : NONE;
}

/* A given name the tagger left out of a mention starting at byte s
 * ("Mary Smith" tagged "Smith"): the capitalised word right before it, if
 * it is in the name lists and in no entity. Returns its token or NONE. */
static uint32_t s_given_before(const ctx_t *c, uint32_t s)
{
    uint32_t t = s_tok_before(c, s);
    if (t == NONE || c->tok[t].end + 1 != s || c->text[c->tok[t].end] != ' ' ||
        !(c->tok[t].flags & SIFT_TOKEN_CAP) || (c->tok[t].flags & SIFT_TOKEN_UPPER) ||
        !(c->wf[t] & (W_MALE | W_FEMALE)) || (c->wf[t] & (W_TITLE | W_DOC | W_CUE)) ||
        s_entity_tok(c, t) >= 0)
        return NONE;
    return t;
}

/* Gender from given-name flags: 0 when unknown or ambiguous. */
static int s_gender_flags(uint32_t f)
{
    if (f & W_HON_M) return 1;
    if (f & W_HON_F) return 2;
    if ((f & (W_MALE | W_FEMALE)) == W_MALE) return 1;
    if ((f & (W_MALE | W_FEMALE)) == W_FEMALE) return 2;
    return 0;
}

/* Gender of a person entity: an honorific or a left-out given name before
 * one of its mentions, else the first word of its canonical name in the
 * name lists (a one-word name is a surname: "Smith", "Warren" say
 * nothing). */
static int s_gender(ctx_t *c, int32_t id)
{
    if (c->gender[id] != -2)
        return c->gender[id];
    const sift_entity_t *e = &c->doc->entities[id];
    int g = 0;
    for (size_t m = 0; m < e->n_mentions && !g; m++) {
        uint32_t s = e->mentions[m].start, t = s_tok_before(c, s);
        if (t != NONE)
            g = s_gender_flags(c->wf[t] & (W_HON_M | W_HON_F));
        if (!g && (t = s_given_before(c, s)) != NONE)
            g = s_gender_flags(c->wf[t]);
    }
    if (!g && e->name && strchr(e->name, ' ')) {
        const char *n = e->name;
        g = s_gender_flags(lexicon_get(&c->st->lx, n, strcspn(n, " ")));
    }
    c->gender[id] = (int8_t)g;
    return g;
}

/* ------------------------------------------------------------- detection */

static quote_t *s_push_quote(ctx_t *c)
{
    if (c->nq == c->capq) {
        size_t cap = c->capq ? c->capq * 2 : 64;
        quote_t *q = c->st->host->scratch(c->out, cap * sizeof *q);
        if (!q)
            return NULL;
        if (c->nq)
            memcpy(q, c->q, c->nq * sizeof *q);
        c->q = q;
        c->capq = cap;
    }
    quote_t *q = &c->q[c->nq++];
    memset(q, 0, sizeof *q);
    q->ent = -1;
    q->ms = q->me = q->cue_tok = NONE;
    q->c = NONE;
    return q;
}

static int s_alnum_in(const char *s, uint32_t a, uint32_t b)
{
    for (uint32_t i = a; i < b; i++) {
        unsigned char ch = (unsigned char)s[i];
        if ((ch >= '0' && ch <= '9') || ((ch | 32) >= 'a' && (ch | 32) <= 'z') || ch >= 0xC0)
            return 1;
    }
    return 0;
}

/* Adds the quote between mark o and mark c (or byte end when c == NONE). */
static int s_add(ctx_t *c, uint32_t o, uint32_t cl, uint32_t end_byte, int single,
                 uint32_t para, int cont_prev)
{
    uint32_t s = c->tok[o].end;
    uint32_t e = cl != NONE ? c->tok[cl].start : end_byte;
    const char *t = c->text;
    while (s < e && (t[s] == ' ' || t[s] == '\t' || t[s] == '\n' || t[s] == '\r'))
        s++;
    while (e > s && (t[e - 1] == ' ' || t[e - 1] == '\t' || t[e - 1] == '\n' || t[e - 1] == '\r'))
        e--;
    if (cl == NONE) {
        /* no closing mark: cut debris after the final punctuation */
        uint32_t k = e;
        while (k > s && !strchr(".?!", t[k - 1]) && !s_alnum_in(t, k - 1, k))
            k--;
        if (k > s && strchr(".?!", t[k - 1]))
            e = k;
    }
    if (e <= s || !s_alnum_in(t, s, e))
        return 0;
    quote_t *q = s_push_quote(c);
    if (!q)
        return -1;
    q->o = o;
    q->c = cl;
    q->start = s;
    q->end = e;
    q->single = (uint8_t)single;
    q->para = para;
    q->cont_prev = (uint8_t)cont_prev;
    return 0;
}

/* Pairs the marks of paragraph [pb, pe) (token range). *cont is in/out:
 * whether the paragraph continues a quote left open by the previous one. */
static int s_detect_para(ctx_t *c, uint32_t pb, uint32_t pe, uint32_t para, int *cont)
{
    uint32_t open = NONE, nested = NONE, sopen = NONE;
    int depth = 0, in_tag = 0, cont_prev = 0;
    for (uint32_t i = pb; i < pe; i++) {
        if (s_ch(c, i, '<') && i + 1 < pe && s_word(c, i + 1) &&
            !(c->tok[i + 1].flags & SIFT_TOKEN_SPACE_BEFORE))
            in_tag = 1;
        else if (s_ch(c, i, '>'))
            in_tag = 0;
        int mk = s_mark(c, i);
        if (mk == MK_NONE || in_tag)
            continue;
        /* an inch sign: 6'2" */
        if (mk == MK_DOUBLE && i >= 2 && (c->tok[i - 1].flags & SIFT_TOKEN_DIGIT) &&
            !(c->tok[i].flags & SIFT_TOKEN_SPACE_BEFORE) && s_ch(c, i - 2, '\''))
            continue;
        int ctx = s_context(c, i);
        int gl = s_glyph(c, i);
        if (mk == MK_DOUBLE) {
            int dir;
            if (ctx == CTX_OPEN) dir = 1;
            else if (ctx == CTX_CLOSE) dir = -1;
            else if (gl) dir = gl;
            else dir = depth ? -1 : 1;
            if (dir > 0) {
                if (depth == 0) {
                    open = i;
                    depth = 1;
                    nested = NONE;
                    cont_prev = (i == pb && *cont);
                    sopen = NONE;
                } else if (i == open + 1 && !(c->tok[i].flags & SIFT_TOKEN_SPACE_BEFORE)) {
                    open = i; /* "“ is one opening mark */
                } else {
                    depth++;
                    if (nested == NONE)
                        nested = i;
                }
            } else if (depth > 0) {
                if (--depth == 0) {
                    if (s_add(c, open, i, 0, 0, para, cont_prev) < 0)
                        return -1;
                    open = NONE;
                }
            }
            continue;
        }
        /* single marks, top level only */
        if (depth > 0)
            continue;
        const unsigned char *p = (const unsigned char *)s_txt(c, i);
        int is_rsquo = s_len(c, i) == 3 && p[2] == 0x99;
        if (sopen == NONE) {
            if (ctx == CTX_OPEN && !is_rsquo && i + 1 < pe &&
                (c->tok[i + 1].flags & SIFT_TOKEN_ALPHA))
                sopen = i;
        } else if (ctx == CTX_CLOSE && gl <= 0 && i > sopen + 1) {
            if (s_add(c, sopen, i, 0, 1, para, 0) < 0)
                return -1;
            sopen = NONE;
        }
    }
    *cont = 0;
    if (depth > 0) {
        uint32_t pend = c->tok[pe - 1].end;
        int next_opens = pe < c->nt && s_mark(c, pe) == MK_DOUBLE && s_context(c, pe) != CTX_CLOSE &&
                         s_glyph(c, pe) >= 0;
        if (next_opens) {
            if (s_add(c, open, NONE, pend, 0, para, cont_prev) < 0)
                return -1;
            if (c->nq && c->q[c->nq - 1].o == open)
                c->q[c->nq - 1].cont_next = 1;
            *cont = 1;
        } else {
            uint32_t end = nested != NONE ? c->tok[nested].start : pend;
            if (s_add(c, open, NONE, end, 0, para, cont_prev) < 0)
                return -1;
        }
    }
    return 0;
}

/* ------------------------------------------------------- mention parsing */

static int s_pron(const ctx_t *c, uint32_t i)
{
    if (!(c->wf[i] & (W_PRON_M | W_PRON_F | W_PRON_N)) || s_entity_tok(c, i) >= 0)
        return 0;
    /* "said He Yadong": a capitalised pronoun inside a sentence, followed
     * by a capitalised word, is a surname */
    if ((c->tok[i].flags & SIFT_TOKEN_CAP) && !(c->tok[i].flags & SIFT_TOKEN_SENT_START) &&
        i > 0 && !(c->tok[i - 1].flags & SIFT_TOKEN_QUOTE) && i + 1 < c->nt &&
        (c->tok[i + 1].flags & SIFT_TOKEN_CAP) && (c->tok[i + 1].flags & SIFT_TOKEN_ALPHA) &&
        (c->tok[i].flags & SIFT_TOKEN_SPACE_AFTER))
        return 0;
    return 1;
}

static int s_possessive(const ctx_t *c, uint32_t i)
{
    return s_is(c, i, "'s") || s_is(c, i, "\xe2\x80\x99s") || s_is(c, i, "'") ||
           s_is(c, i, "\xe2\x80\x99");
}

/* "one said", "another added": "one"/"another" before a verb of saying
 * in the past or present is a speaker, not a determiner. */
static int s_one_said(const ctx_t *c, uint32_t i)
{
    if (!s_is(c, i, "one") && !s_is(c, i, "another"))
        return 0;
    static const char *const verbs[] = { "said", "says", "added", "adds", "told", "wrote", "writes",
                                         "asked", "replied", "explained", "noted", NULL };
    for (const char *const *v = verbs; *v; v++)
        if (s_is(c, i + 1, *v))
            return 1;
    return 0;
}

static int s_cue_at(const ctx_t *c, uint32_t i, uint32_t *len)
{
    if (i >= c->nt || !(c->tok[i].flags & SIFT_TOKEN_ALPHA))
        return 0;
    uint32_t f = c->wf[i];
    if ((f & W_CUE_FIRST) && i + 1 < c->nt && s_word(c, i + 1)) {
        char buf[64];
        size_t a = s_len(c, i), b = s_len(c, i + 1);
        if (a + b + 1 < sizeof buf) {
            memcpy(buf, s_txt(c, i), a);
            buf[a] = ' ';
            memcpy(buf + a + 1, s_txt(c, i + 1), b);
            if (lexicon_get(&c->st->lx, buf, a + b + 1) & W_CUE) {
                *len = 2;
                return 1;
            }
        }
    }
    /* a capitalised form ("Said", "Says") is more often a name or title;
     * after a determiner, possessive or number the word is a noun ("a
     * report", "his remarks", "two reports") */
    if ((f & W_CUE) && (c->tok[i].flags & SIFT_TOKEN_LOWER)) {
        if (i > 0 && ((c->wf[i - 1] & W_DET) || s_possessive(c, i - 1) ||
                      (c->tok[i - 1].flags & SIFT_TOKEN_NUMBER)) &&
            !s_one_said(c, i - 1))
            return 0;
        *len = 1;
        return 1;
    }
    return 0;
}


static int s_ing(const ctx_t *c, uint32_t k)
{
    size_t n = s_len(c, k);
    return n > 4 && memcmp(s_txt(c, k) + n - 3, "ing", 3) == 0;
}

/* A function word capitalised inside a sentence is a name: "Will
 * wrote", "May said"; not in a title-case headline ("Leguizamo On How"). */
static int s_cap_name(const ctx_t *c, uint32_t i)
{
    return (c->tok[i].flags & SIFT_TOKEN_CAP) && !(c->tok[i].flags & (SIFT_TOKEN_SENT_START | SIFT_TOKEN_UPPER)) &&
           i > 0 && i + 1 < c->nt && !(c->tok[i + 1].flags & SIFT_TOKEN_CAP) && !c->inq[i] &&
           !s_ch(c, i - 1, ':') && s_len(c, i) > 1;
}

/* Can token i be part of a speaker mention at all? */
static int s_np_tok(const ctx_t *c, uint32_t i)
{
    if (i >= c->nt)
        return 0;
    if (s_possessive(c, i) && !(c->tok[i].flags & SIFT_TOKEN_SPACE_BEFORE))
        return 1;
    if (!s_word(c, i) || ((c->wf[i] & (W_STOP | W_SKIP)) && !s_cap_name(c, i)))
        return 0;
    uint32_t len;
    if (s_cue_at(c, i, &len))
        return 0;
    return 1;
}

/* A mention starting at token i, before token limit; returns its end (i
 * when there is none). */
static uint32_t s_np_fwd(const ctx_t *c, uint32_t i, uint32_t limit)
{
    if (i >= limit)
        return i;
    if (s_pron(c, i) || s_one_said(c, i))
        return i + 1;
    uint32_t j = i;
    int last_cap = 0;
    while (j < limit && j - i < NP_MAX) {
        uint32_t f = c->wf[j], tf = c->tok[j].flags;
        if (f & W_DET) {
            if (j == i || s_possessive(c, j - 1)) {
                j++;
                last_cap = 0;
                continue;
            }
            break;
        }
        if (!s_np_tok(c, j))
            break;
        if (s_possessive(c, j)) {
            j++;
            continue;
        }
        if ((tf & SIFT_TOKEN_LOWER) && !(f & (W_TITLE | W_DOC))) {
            /* a verb form ends a mention ("the city embodied") and
             * cannot start one ("including", "giving") */
            size_t n = s_len(c, j);
            const char *w = s_txt(c, j);
            int verbish = n > 4 && (memcmp(w + n - 3, "ing", 3) == 0 || memcmp(w + n - 2, "ed", 2) == 0);
            if (verbish && (j == i || !(c->wf[j - 1] & W_DET)))
                break;
        }
        if ((tf & SIFT_TOKEN_LOWER) && last_cap && !(f & (W_TITLE | W_DOC))) {
            /* a name does not go on lower-case, but a description may:
             * "Chinese commerce ministry spokesperson He Yadong" */
            uint32_t k = j, ok = 0;
            while (k < limit && k - j < 4 && s_np_tok(c, k) && (c->tok[k].flags & SIFT_TOKEN_LOWER)) {
                if (c->wf[k] & (W_TITLE | W_DOC)) {
                    ok = 1;
                    break;
                }
                k++;
            }
            if (!ok && k < limit && s_np_tok(c, k) && (c->tok[k].flags & SIFT_TOKEN_CAP) && k > j)
                ok = 1;
            if (!ok)
                break;
        }
        last_cap = (tf & SIFT_TOKEN_CAP) && !(f & (W_TITLE | W_DOC));
        j++;
    }
    while (j > i && (c->wf[j - 1] & W_DET))
        j--;
    return j;
}

/* A mention ending at token j (inclusive), not before token lo; returns
 * its first token, or NONE. */
static uint32_t s_np_back(const ctx_t *c, uint32_t j, uint32_t lo)
{
    if (j == NONE || j < lo || j >= c->nt)
        return NONE;
    if (s_pron(c, j))
        return j;
    if (!s_np_tok(c, j) || (c->wf[j] & W_DET) || s_possessive(c, j))
        return NONE;
    uint32_t k = j;
    int name = (c->tok[j].flags & SIFT_TOKEN_CAP) != 0;
    while (k > lo && j - k < NP_MAX) {
        uint32_t p = k - 1, f = c->wf[p], tf = c->tok[p].flags;
        if (f & W_DET) {
            k = p;
            break;
        }
        if (!s_np_tok(c, p) || s_pron(c, p))
            break;
        if (s_possessive(c, p)) {
            k = p;
            continue;
        }
        if (name && (tf & SIFT_TOKEN_LOWER) && !(f & (W_TITLE | W_DOC))) {
            /* "commerce ministry spokesperson He": the title ends it */
            break;
        }
        k = p;
    }
    return k;
}

/* Skips, backwards from token k, what may stand between a subject and its
 * verb: "also", "reportedly", "has", "on Thursday". Returns the new k. */
static uint32_t s_skip_back(const ctx_t *c, uint32_t k, uint32_t lo)
{
    for (int guard = 0; guard < 6 && k != NONE && k >= lo; guard++) {
        if ((c->wf[k] & W_SKIP) && !s_cap_name(c, k)) {
            k = k > lo ? k - 1 : NONE;
            continue;
        }
        size_t n = s_len(c, k);
        if ((c->tok[k].flags & SIFT_TOKEN_LOWER) && n > 4 && memcmp(s_txt(c, k) + n - 2, "ly", 2) == 0 &&
            !(c->wf[k] & (W_TITLE | W_DOC))) {
            k = k > lo ? k - 1 : NONE;
            continue;
        }
        /* on Thursday / on May 10 / last week */
        uint32_t m = k;
        if ((c->tok[m].flags & SIFT_TOKEN_NUMBER) && m > lo && (c->wf[m - 1] & W_DAY))
            m--;
        if ((c->wf[m] & W_DAY) && m > lo && (s_is(c, m - 1, "on") || s_is(c, m - 1, "last") ||
                                             s_is(c, m - 1, "this") || s_is(c, m - 1, "in"))) {
            k = m - 1 > lo ? m - 2 : NONE;
            continue;
        }
        if ((c->wf[m] & W_DAY) && (c->tok[m].flags & SIFT_TOKEN_LOWER)) {
            k = m > lo ? m - 1 : NONE; /* "yesterday", "today" */
            continue;
        }
        /* a short phrase of time or place: "Trump at the time said", "who
         * has in the past described", "Obama in an interview said" */
        if (k >= lo + 3 && (c->tok[k].flags & SIFT_TOKEN_LOWER) && (c->wf[k - 1] & W_DET) &&
            (s_is(c, k - 2, "at") || s_is(c, k - 2, "in")) &&
            (s_pron(c, k - 3) || s_is(c, k - 3, "who") || (c->wf[k - 3] & W_SKIP) ||
             ((c->tok[k - 3].flags & SIFT_TOKEN_CAP) && s_entity_tok(c, k - 3) >= 0))) {
            k -= 3;
            continue;
        }
        break;
    }
    return k;
}

/* The subject of the cue at token v, within [lo, v). */
static int s_subject(const ctx_t *c, uint32_t v, uint32_t lo, uint32_t *ms, uint32_t *me)
{
    if (v <= lo)
        return 0;
    uint32_t k = s_skip_back(c, v - 1, lo);
    if (k == NONE || k < lo)
        return 0;
    if (s_ch(c, k, ')')) {
        /* "Governor Mary Fallin (R-OK) said" */
        uint32_t m = k;
        while (m > lo && k - m < 12 && !s_ch(c, m, '('))
            m--;
        if (!s_ch(c, m, '(') || m == lo)
            return 0;
        k = m - 1;
    }
    if (s_ch(c, k, ',') || s_dash(c, k)) {
        /* apposition: "He Yadong, a commerce ministry spokesperson, said" */
        uint32_t m = k;
        int found = 0;
        while (m > lo && k - m < 20) {
            m--;
            if (s_ch(c, m, ',') || s_dash(c, m)) {
                found = 1;
                break;
            }
            if (c->tok[m].flags & SIFT_TOKEN_QUOTE)
                break;
        }
        if (!found || m == lo)
            return 0;
        k = m - 1;
    }
    if (s_is(c, k, "who") || s_is(c, k, "which") || s_one_said(c, k)) {
        *ms = k; /* "Mike Lee, who declared …": the relative pronoun */
        *me = k + 1;
        return 1;
    }
    uint32_t s = s_np_back(c, k, lo);
    if (s == NONE)
        return 0;
    *ms = s;
    *me = k + 1;
    return 1;
}

/* The subject of a sentence: its first mention, after an opening
 * adverbial ("On Tuesday, the president said ..."). */
static int s_sent_subject(const ctx_t *c, uint32_t sb, uint32_t se, uint32_t *ms, uint32_t *me)
{
    uint32_t i = sb;
    while (i < se && (c->tok[i].flags & SIFT_TOKEN_QUOTE))
        i++;
    if (i < se && (c->tok[i].flags & SIFT_TOKEN_UPPER) && (c->tok[i].flags & SIFT_TOKEN_PARA_START) &&
        s_len(c, i) > 1) {
        /* a dateline: "PHILADELPHIA, July 25 (UPI) — The committee" */
        for (uint32_t k = i + 1; k < se && k - i < 10; k++)
            if (s_dash(c, k)) {
                i = k + 1;
                break;
            }
    }
    /* an opening adverbial: a preposition or day ("Wednesday on Fox News,
     * Rep. McCaul"), a participle, or one word and a comma ("Indeed,") */
    for (int g = 0; g < 3 && i < se && ((c->wf[i] & (W_PREP | W_SKIP | W_DAY)) || s_ing(c, i) ||
                                        (s_ch(c, i + 1, ',') && s_entity_tok(c, i) < 0 && !s_pron(c, i)));
         g++) {
        /* "Moreover, as part of the exchange, Gowdy" */
        uint32_t k = i;
        while (k < se && k - i < 20 && !s_ch(c, k, ','))
            k++;
        if (k >= se || !s_ch(c, k, ','))
            break;
        uint32_t one = k == i + 1;
        i = k + 1;
        if (!one)
            break; /* only a one-word adverb is followed by another */
    }
    uint32_t e = s_np_fwd(c, i, se);
    for (int g = 0; g < 3 && e > i && e < se && s_ch(c, e, ','); g++) {
        /* still in the adverbial: "At a conference in Aspen, Colo., the graduate" */
        uint32_t i2 = e + 1, e2 = s_np_fwd(c, i2, se);
        if (e2 == i2)
            break;
        i = i2;
        e = e2;
    }
    if (e == i)
        return 0;
    *ms = i;
    *me = e;
    return 1;
}

/* ----------------------------------------------------------- attribution */

static void s_set(quote_t *q, uint32_t ms, uint32_t me, uint32_t cue, uint32_t cue_len)
{
    q->has_speaker = 1;
    q->ms = ms;
    q->me = me;
    q->cue_tok = cue;
    q->cue_len = cue_len;
}

static uint32_t s_para_end(const ctx_t *c, uint32_t i)
{
    uint32_t p = c->para[i];
    uint32_t j = i + 1;
    while (j < c->nt && c->para[j] == p && j - i < 64)
        j++;
    return j;
}

/* a. A cue right after the closing mark. */
static int s_after(const ctx_t *c, quote_t *q)
{
    if (q->c == NONE)
        return 0;
    uint32_t k = q->c + 1;
    uint32_t lim = s_para_end(c, q->c);
    /* a quote closed by a full stop ends its sentence: what follows is a
     * new one ("“… good.” Trump said …" is not an attribution of it) */
    if (k + 1 < lim && s_dash(c, k) && (c->tok[k + 1].flags & SIFT_TOKEN_CAP)) {
        /* "“…” ― Krystal Correa": a name after a dash signs the quote */
        uint32_t e = s_np_fwd(c, k + 1, lim);
        if (e > k + 1 && (e >= lim || !s_word(c, e) || (c->tok[e].flags & SIFT_TOKEN_LINE_START))) {
            s_set(q, k + 1, e, NONE, 0);
            return 1;
        }
    }
    unsigned char last = (unsigned char)c->text[q->end - 1];
    if (last == '.' && !s_ch(c, k, ',')) {
        /* unless the next sentence is only the attribution: "“….” Trump
         * said." / "“….” said Trump." */
        uint32_t len, s = k, e, v;
        if (s_cue_at(c, k, &len)) {
            s = k + len;
            e = v = s_np_fwd(c, s, lim);
        } else {
            e = s_np_fwd(c, k, lim);
            if (!s_cue_at(c, e, &len))
                return 0;
            v = e + len;
        }
        if (e == s || s_ing(c, s == k ? e : k) || !(v >= lim || s_ch(c, v, '.')))
            return 0;
        s_set(q, s, e, s == k ? e : k, len);
        return 1;
    }
    if (k < lim && (s_ch(c, k, ',') || s_dash(c, k)))
        k++;
    if (k >= lim)
        return 0;
    uint32_t len;
    if (s_cue_at(c, k, &len)) {
        /* "…,” saying that …" is a new clause of the quote's sentence */
        if (s_ing(c, k) && !(len == 2 && s_is(c, k, "according")))
            return 0;
        /* "said He Yadong, a ..." / "according to the AP" */
        uint32_t s = k + len;
        uint32_t e = s_np_fwd(c, s, lim);
        if (e > s) {
            s_set(q, s, e, k, len);
            return 1;
        }
        return 0;
    }
    uint32_t e = s_np_fwd(c, k, lim);
    if (e == k)
        return 0;
    uint32_t v = e;
    if (v < lim && s_ch(c, v, '(')) {
        /* "…,” Rep. John Mica (R-Fla.) said" */
        uint32_t m = v + 1;
        while (m < lim && m - v < 12 && !s_ch(c, m, ')') && !(c->tok[m].flags & SIFT_TOKEN_QUOTE))
            m++;
        if (m < lim && s_ch(c, m, ')'))
            v = m + 1;
    }
    for (int g2 = 0; g2 < 3 && v < lim && s_ch(c, v, ','); g2++) {
        /* "…,” Sam Nunberg, a former Trump aide, said" (or two of them) */
        uint32_t m = v + 1, len2;
        while (m < lim && m - v < 25 && !s_ch(c, m, ',') && !(c->tok[m].flags & SIFT_TOKEN_QUOTE) &&
               !(c->tok[m].flags & SIFT_TOKEN_SENT_START))
            m++;
        if (m >= lim || !s_ch(c, m, ','))
            break;
        v = m + 1;
        if (s_cue_at(c, v, &len2))
            break;
    }
    for (int g = 0; g < 4 && v < lim; g++) {
        if (s_cue_at(c, v, &len)) {
            s_set(q, k, e, v, len);
            return 1;
        }
        size_t n = s_len(c, v);
        /* "“…,” an angry Hollande retaliated.": after a quote closed by a
         * comma, a name and a past-tense verb are an attribution whatever
         * the verb */
        if (g == 0 && (last == ',' || last == '?' || last == '!') && (c->tok[v].flags & SIFT_TOKEN_LOWER) &&
            n > 3 && memcmp(s_txt(c, v) + n - 2, "ed", 2) == 0 && !(c->wf[v] & (W_STOP | W_SKIP)) &&
            v + 1 < c->nt && (s_ch(c, v + 1, '.') || s_ch(c, v + 1, ','))) {
            s_set(q, k, e, v, 1);
            return 1;
        }
        if ((c->wf[v] & W_SKIP) ||
            ((c->tok[v].flags & SIFT_TOKEN_LOWER) && n > 4 && memcmp(s_txt(c, v) + n - 2, "ly", 2) == 0))
            v++;
        else
            break;
    }
    return 0;
}

/* a'. A cue later in the sentence that closes the quote: "… was
 * “stagnant for a month” as donors waited, he said." */
static int s_after_far(const ctx_t *c, quote_t *q)
{
    if (q->c == NONE)
        return 0;
    const sift_sentence_t *sent = &c->doc->sentences[c->tok[q->c].sentence];
    uint32_t se = sent->tok_end;
    for (uint32_t k = q->c + 1; k < se && k - q->c < 40; k++) {
        if (c->tok[k].flags & SIFT_TOKEN_QUOTE)
            break;
        uint32_t len, ms, me;
        if (!s_cue_at(c, k, &len))
            continue;
        if (s_ch(c, k - 1, ',')) {
            uint32_t e = s_np_fwd(c, k + len, se);
            /* "…, said Tuesday": a date is not a speaker */
            if (e > k + len && !(c->wf[k + len] & W_DAY)) {
                s_set(q, k + len, e, k, len);
                return 1;
            }
        }
        if (s_subject(c, k, q->c + 1, &ms, &me) && ms > q->c + 1 && s_ch(c, ms - 1, ',')) {
            s_set(q, ms, me, k, len);
            return 1;
        }
    }
    return 0;
}

/* "He said Beijing had maintained “…”", "Trump said in Michigan that
 * Clinton described it as “…”": a cue whose subject opens the complement
 * of an earlier cue reports the earlier speaker's words; the source is the
 * outermost speaker. */
static void s_outer(const ctx_t *c, uint32_t sb, uint32_t *ms, uint32_t *me, uint32_t *cue,
                    uint32_t *cue_len)
{
    for (int level = 0; level < 2 && *ms > sb; level++) {
        uint32_t p = *ms - 1, span = 1, len = 0, v = NONE;
        if (s_is(c, p, "that")) {
            if (p == sb)
                return;
            p--;
            span = 12; /* "said during a rally in Michigan that" */
        }
        for (uint32_t k = p + 1; k-- > sb && p - k < span;) {
            if (c->inq[k] || (c->tok[k].flags & SIFT_TOKEN_QUOTE) || s_ch(c, k, ',') ||
                s_ch(c, k, ';') || s_dash(c, k))
                break;
            if (s_cue_at(c, k, &len) && !s_ing(c, k) && !s_is(c, k, "according")) {
                v = k;
                break;
            }
        }
        uint32_t a, b;
        if (v == NONE || !s_subject(c, v, sb, &a, &b))
            return;
        *ms = a;
        *me = b;
        *cue = v;
        *cue_len = len;
    }
}

/* "Trump's claim that there have been “…”", "the US accusation that “…”",
 * "his promise to “…”": a noun of saying with its owner right before the
 * quote makes the owner the speaker. */
static int s_claim(const ctx_t *c, quote_t *q)
{
    uint32_t o = q->o;
    uint32_t sb = c->doc->sentences[c->tok[o].sentence].tok_begin;
    for (uint32_t k = o; k-- > sb && o - k < 8;) {
        if (c->inq[k] || s_ch(c, k, ',') || s_ch(c, k, ';') || s_dash(c, k))
            return 0;
        if (!(c->wf[k] & W_CLAIM) || !(c->tok[k].flags & SIFT_TOKEN_LOWER) || k == sb)
            continue;
        /* "calling Trump's charge “pathetic”" judges the claim */
        if (!s_is(c, k + 1, "that") && !s_is(c, k + 1, "to"))
            return 0;
        uint32_t p = k - 1, a, e;
        if (s_is(c, p, "his") || s_is(c, p, "her") || s_is(c, p, "its") || s_is(c, p, "their")) {
            /* "Sanders pushed his promise of “…”": the subject it refers to */
            if (s_sent_subject(c, sb, p, &a, &e) && e <= p &&
                (s_pron(c, a) || s_entity_in(c, c->tok[a].start, c->tok[e - 1].end) >= 0))
                s_set(q, a, e, NONE, 0);
            else
                s_set(q, p, p + 1, NONE, 0);
            return 1;
        }
        if (s_possessive(c, p) && p > sb && (a = s_np_back(c, p - 1, sb)) != NONE) {
            s_set(q, a, p + 1, NONE, 0);
            return 1;
        }
        /* "the US accusation": a name between the article and the noun */
        if ((c->tok[p].flags & SIFT_TOKEN_CAP) && p > sb && s_is(c, p - 1, "the") && s_entity_tok(c, p) >= 0 &&
            !(c->tok[p].flags & SIFT_TOKEN_SENT_START)) {
            s_set(q, p, p + 1, NONE, 0);
            return 1;
        }
        return 0;
    }
    return 0;
}

/* b, d. A cue before the opening mark in its sentence. */
static int s_before(const ctx_t *c, quote_t *q, int adjacent_only)
{
    uint32_t o = q->o;
    const sift_sentence_t *sent = &c->doc->sentences[c->tok[o].sentence];
    uint32_t sb = sent->tok_begin;
    if (o <= sb)
        return 0;
    uint32_t lo = o > 60 && o - 60 > sb ? o - 60 : sb;
    uint32_t fallback_v = NONE, fallback_len = 0;
    for (uint32_t k = o; k-- > lo;) {
        if (c->inq[k])
            break; /* do not reach across another quote */
        if (adjacent_only && o - k > 6)
            break;
        uint32_t len;
        if (k > lo && s_cue_at(c, k - 1, &len) && len == 2) {
            k--;
        } else if (!s_cue_at(c, k, &len)) {
            continue;
        }
        if (adjacent_only && o - k > 2) {
            /* "told reporters:" / "said in a statement," */
            uint32_t p = o - 1;
            if (!(s_ch(c, p, ':') || s_ch(c, p, ',')))
                continue;
        }
        if (len == 2 && s_is(c, k, "according")) {
            uint32_t e = s_np_fwd(c, k + 2, o);
            if (e > k + 2) {
                s_set(q, k + 2, e, k, 2);
                return 1;
            }
            continue;
        }
        uint32_t ms, me;
        /* "…, saying “…”": the subject is the main clause's */
        if (!s_ing(c, k) && s_subject(c, k, sb, &ms, &me)) {
            s_outer(c, sb, &ms, &me, &k, &len);
            s_set(q, ms, me, k, len);
            return 1;
        }
        if (fallback_v == NONE) {
            fallback_v = k;
            fallback_len = len;
        }
    }
    if (fallback_v != NONE && !adjacent_only) {
        uint32_t ms, me;
        if (s_sent_subject(c, sb, fallback_v, &ms, &me)) {
            s_set(q, ms, me, fallback_v, fallback_len);
            return 1;
        }
    }
    return 0;
}

/* c. "according to X" anywhere in the quote's sentence(s). */
static int s_according(const ctx_t *c, quote_t *q)
{
    uint32_t sb = c->doc->sentences[c->tok[q->o].sentence].tok_begin;
    uint32_t last = q->c != NONE ? q->c : q->o;
    uint32_t se = c->doc->sentences[c->tok[last].sentence].tok_end;
    if (se - sb > 400)
        return 0;
    for (uint32_t k = sb; k + 1 < se; k++) {
        if (c->inq[k] || !s_is(c, k, "according") || !s_is(c, k + 1, "to"))
            continue;
        uint32_t e = s_np_fwd(c, k + 2, se);
        if (e > k + 2) {
            s_set(q, k + 2, e, k, 2);
            return 1;
        }
    }
    return 0;
}

static void s_copy_speaker(quote_t *dst, const quote_t *src)
{
    dst->has_speaker = 1;
    dst->ms = src->ms;
    dst->me = src->me;
    dst->cue_tok = src->cue_tok;
    dst->cue_len = src->cue_len;
}

/* The second half of a quote split by its cue: "“A,” he said, “B.”" */
static int s_split(const ctx_t *c, const quote_t *prev, quote_t *q)
{
    if (!prev->has_speaker || prev->c == NONE || prev->para != q->para || prev->ms <= prev->c ||
        q->o <= prev->me || q->o - prev->c > 20)
        return 0;
    uint32_t p = q->o - 1;
    if (!(s_ch(c, p, ',') || s_ch(c, p, ':') || s_dash(c, p) || s_ch(c, p, '.')))
        return 0;
    for (uint32_t k = prev->c + 1; k < q->o; k++) {
        uint32_t len;
        if (c->tok[k].flags & SIFT_TOKEN_QUOTE)
            return 0;
        /* "“A,” Mr. Earnest said. But he added, “B”": a second cue
         * introduces B with its own subject (stage b finds it) */
        if (prev->cue_tok != NONE && k >= prev->cue_tok + prev->cue_len && s_cue_at(c, k, &len))
            return 0;
    }
    s_copy_speaker(q, prev);
    return 1;
}

/* A sentence that opens "According to X, …" is X's, whatever its verbs. */
static int s_according_first(const ctx_t *c, quote_t *q)
{
    uint32_t sb = c->doc->sentences[c->tok[q->o].sentence].tok_begin;
    if (!s_is(c, sb, "according") || !s_is(c, sb + 1, "to") || sb + 2 >= q->o)
        return 0;
    uint32_t e = s_np_fwd(c, sb + 2, q->o);
    if (e == sb + 2)
        return 0;
    s_set(q, sb + 2, e, sb, 2);
    return 1;
}

/* A transcript turn: "“PENCE: Well, look, …" names its speaker in capitals
 * before a colon at the start of the quoted paragraph. */
static int s_label(const ctx_t *c, quote_t *q)
{
    uint32_t s = q->o + 1, k = s;
    if (!(c->tok[q->o].flags & SIFT_TOKEN_PARA_START))
        return 0;
    while (k < c->nt && k - s < 4 && (c->tok[k].flags & SIFT_TOKEN_ALPHA) &&
           (c->tok[k].flags & SIFT_TOKEN_UPPER) && s_len(c, k) >= 2)
        k++;
    if (k == s || !s_ch(c, k, ':'))
        return 0;
    s_set(q, s, k, NONE, 0);
    return 1;
}

/* e. The previous paragraph ends "... Breitbart News responded:". */
static int s_colon_para(const ctx_t *c, quote_t *q)
{
    uint32_t o = q->o;
    if (o == 0 || !(c->tok[o].flags & SIFT_TOKEN_PARA_START) || !s_ch(c, o - 1, ':'))
        return 0;
    const sift_sentence_t *sent = &c->doc->sentences[c->tok[o - 1].sentence];
    uint32_t sb = sent->tok_begin;
    for (uint32_t k = o - 1; k-- > sb && o - k < 30;) {
        uint32_t len, ms, me;
        if (c->inq[k])
            break;
        if (!s_cue_at(c, k, &len))
            continue;
        if (s_subject(c, k, sb, &ms, &me) || s_sent_subject(c, sb, k, &ms, &me)) {
            s_set(q, ms, me, k, len);
            return 1;
        }
    }
    /* no reporting verb: "X released the following statement:", "He
     * then listed the qualities:" introduce the quote all the same */
    uint32_t ms, me;
    if (s_sent_subject(c, sb, o - 1, &ms, &me) && !c->inq[ms]) {
        s_set(q, ms, me, NONE, 0);
        return 1;
    }
    return 0;
}


/* ------------------------------------------------------------ resolution */

static const char *s_strdup(ctx_t *c, const char *s, size_t n)
{
    char *p = c->st->host->scratch(c->out, n + 1);
    if (!p)
        return NULL;
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

/* The words of mention [ms, me) as a name: no leading determiner, no
 * trailing possessive. */
static const char *s_np_name(ctx_t *c, uint32_t ms, uint32_t me)
{
    while (ms + 1 < me && (c->wf[ms] & W_DET))
        ms++;
    while (me > ms + 1 && s_possessive(c, me - 1))
        me--;
    return s_strdup(c, s_txt(c, ms), c->tok[me - 1].end - c->tok[ms].start);
}

/* The canonical name of entity id, with a given name the tagger left out
 * of a one-word person name ("Mary" of "Mary Smith"). */
static const char *s_ent_name(ctx_t *c, int32_t id)
{
    const sift_entity_t *e = &c->doc->entities[id];
    if (e->type != SIFT_PERSON || !e->name || strchr(e->name, ' '))
        return e->name;
    /* Found once per entity: each of its quotes asks, and the walk over
     * its mentions made an article quoting one person n times O(n²). */
    if (c->ent_name[id])
        return c->ent_name[id];
    c->ent_name[id] = e->name;
    for (size_t m = 0; m < e->n_mentions; m++) {
        uint32_t t = s_given_before(c, e->mentions[m].start);
        if (t != NONE) {
            c->ent_name[id] = s_strdup(c, s_txt(c, t), e->mentions[m].end - c->tok[t].start);
            break;
        }
    }
    return c->ent_name[id];
}

static int s_person_ok(ctx_t *c, int32_t id, uint32_t pron_flags)
{
    if (c->doc->entities[id].type != SIFT_PERSON)
        return 0;
    int g = s_gender(c, id);
    if ((pron_flags & W_PRON_M) && g == 2) return 0;
    if ((pron_flags & W_PRON_F) && g == 1) return 0;
    return 1;
}

/* The most recent entity mention before byte pos, outside quotes, that
 * passes the test. */
static int32_t s_recent(ctx_t *c, uint32_t pos, int want_person, uint32_t pron_flags,
                        const char *title)
{
    size_t k = s_men_lower(c, pos);
    for (size_t walked = 0; k-- > 0 && walked < WALK_MAX; walked++) {
        const mention_t *m = &c->men[k];
        int32_t id = m->ent;
        const sift_entity_t *e = &c->doc->entities[id];
        /* skip mentions inside quoted speech */
        uint32_t lo = 0, hi = (uint32_t)c->nt;
        while (lo < hi) {
            uint32_t mid = lo + (hi - lo) / 2;
            if (c->tok[mid].start < m->start) lo = mid + 1;
            else hi = mid;
        }
        if (lo < c->nt && c->inq[lo])
            continue;
        if (title) {
            if (e->type != SIFT_PERSON)
                continue;
            int hit = e->title && strcasestr(e->title, title);
            /* or the title stands right before this mention */
            for (uint32_t t = lo; !hit && t > 0 && lo - t < 4; t--)
                if (s_is(c, t - 1, title))
                    hit = 1;
            if (hit)
                return id;
            continue;
        }
        if (want_person) {
            if (s_person_ok(c, id, pron_flags))
                return id;
        } else if (e->type == SIFT_ORG || e->type == SIFT_GPE) {
            return id;
        }
    }
    return -1;
}

/* The issuer of a document: named where the document is first mentioned
 * ("X's white paper", "the report from X", or that sentence's subject). */
static void s_resolve_doc(ctx_t *c, quote_t *q, uint32_t head)
{
    uint32_t first = NONE;
    /* the mention itself may introduce it: "The report from X said" */
    for (uint32_t i = 0; i <= head && i < 200000; i++) {
        if (s_len(c, i) == s_len(c, head) && strncasecmp(s_txt(c, i), s_txt(c, head), s_len(c, i)) == 0) {
            first = i;
            break;
        }
    }
    if (first == NONE)
        return;
    /* "the report from X" */
    for (uint32_t k = first + 1; k < c->nt && k < first + 4; k++) {
        if (s_is(c, k, "from") || s_is(c, k, "by") || s_is(c, k, "of")) {
            uint32_t s = k + 1, e = s_np_fwd(c, s, c->nt);
            if (e > s && c->depth < 2) {
                quote_t tmp = *q;
                tmp.ms = s;
                tmp.me = e;
                c->depth++;
                s_resolve(c, &tmp, NULL);
                c->depth--;
                q->ent = tmp.ent;
                q->name = tmp.name;
                q->nonperson = 1;
                return;
            }
        }
        if (!s_word(c, k))
            break;
    }
    /* "China's white paper": an entity right before */
    const sift_sentence_t *sent = &c->doc->sentences[c->tok[first].sentence];
    uint32_t ms, me;
    if (first > sent->tok_begin) {
        uint32_t b = first - 1;
        while (b > sent->tok_begin && !s_possessive(c, b) && first - b < 4 && s_word(c, b))
            b--;
        if (s_possessive(c, b) && b > sent->tok_begin) {
            int32_t id = s_entity_tok(c, b - 1);
            if (id >= 0 && c->doc->entities[id].type != SIFT_NORP) {
                q->ent = id;
                q->name = s_ent_name(c, id);
                q->nonperson = 1;
                return;
            }
        }
    }
    /* the subject of the sentence that introduces it */
    if (s_sent_subject(c, sent->tok_begin, sent->tok_end, &ms, &me) && !(ms <= first && first < me)) {
        int32_t id = c->nmen ? s_entity_in(c, c->tok[ms].start, c->tok[me - 1].end) : -1;
        if (id >= 0) {
            q->ent = id;
            q->name = s_ent_name(c, id);
            q->nonperson = 1;
        }
    }
}

static void s_resolve(ctx_t *c, quote_t *q, const quote_t *prev_speaker_q)
{
    uint32_t ms = q->ms, me = q->me;
    if (me == ms + 1 && (s_is(c, ms, "who") || s_is(c, ms, "which")) && ms > 0) {
        /* the relative pronoun stands for the mention before it */
        uint32_t k = ms - 1;
        if (s_ch(c, k, ',') && k > 0)
            k--;
        uint32_t a = s_np_back(c, k, k > NP_MAX ? k - NP_MAX : 0);
        if (a == NONE)
            return;
        ms = a;
        me = k + 1;
    }
    uint32_t bs = c->tok[ms].start, be = c->tok[me - 1].end;
    q->ent = -1;
    q->name = NULL;
    q->nonperson = 0;
    int32_t id = c->nmen ? s_entity_in(c, bs, be) : -1;
    if (id >= 0 && c->doc->entities[id].type != SIFT_PERSON) {
        /* a modifier is not the speaker: "the Chinese government's white
         * paper", "the US accusation"; the entity must cover the head */
        uint32_t head = me - 1;
        while (head > ms && s_possessive(c, head))
            head--;
        id = s_entity_in(c, c->tok[head].start, c->tok[head].end);
        if (id >= 0 && c->doc->entities[id].type == SIFT_NORP && me - ms > 1)
            id = -1;
    }
    if (id >= 0) {
        const sift_entity_t *e = &c->doc->entities[id];
        q->ent = id;
        q->name = s_ent_name(c, id);
        q->nonperson = e->type != SIFT_PERSON;
        return;
    }
    if (me == ms + 1 && s_pron(c, ms)) {
        uint32_t f = c->wf[ms];
        if (f & (W_PRON_M | W_PRON_F)) {
            int32_t r = c->nmen ? s_recent(c, bs, 1, f, NULL) : -1;
            if (r >= 0) {
                q->ent = r;
                q->name = s_ent_name(c, r);
            } else if (prev_speaker_q && !prev_speaker_q->nonperson) {
                q->ent = prev_speaker_q->ent;
                q->name = prev_speaker_q->name;
            }
            return;
        }
        q->nonperson = 1;
        if (s_is(c, ms, "it") || s_is(c, ms, "they")) {
            if (prev_speaker_q && prev_speaker_q->nonperson && prev_speaker_q->name) {
                q->ent = prev_speaker_q->ent;
                q->name = prev_speaker_q->name;
                return;
            }
            /* the subject of a recent sentence that is not a person:
             * "The report from X said …. “…,” it said" */
            uint32_t sn = c->tok[ms].sentence;
            for (uint32_t k = 0; k < 3 && sn > 0; k++) {
                const sift_sentence_t *prev = &c->doc->sentences[--sn];
                uint32_t a, b;
                if (!s_sent_subject(c, prev->tok_begin, prev->tok_end, &a, &b) || s_pron(c, a))
                    continue;
                if (!(c->wf[b - 1] & W_DOC))
                    continue;
                quote_t tmp = *q;
                tmp.ms = a;
                tmp.me = b;
                if (c->depth >= 2)
                    break;
                c->depth++;
                s_resolve(c, &tmp, NULL);
                c->depth--;
                if (tmp.name && tmp.nonperson) {
                    q->ent = tmp.ent;
                    q->name = tmp.name;
                    return;
                }
            }
            int32_t r = c->nmen ? s_recent(c, bs, 0, 0, NULL) : -1;
            if (r >= 0) {
                q->ent = r;
                q->name = s_ent_name(c, r);
            }
        }
        return; /* I, we, you: the mention stands, the name is unknown */
    }
    /* the head of the mention: its last word */
    uint32_t head = me - 1;
    while (head > ms && s_possessive(c, head))
        head--;
    uint32_t hf = c->wf[head];
    if (hf & W_DOC) {
        q->nonperson = 1;
        s_resolve_doc(c, q, head);
        if (q->name)
            return;
    } else if ((hf & W_TITLE) && c->nmen) {
        char t[64];
        size_t n = s_len(c, head);
        if (n < sizeof t) {
            memcpy(t, s_txt(c, head), n);
            t[n] = '\0';
            int32_t r = s_recent(c, bs, 1, 0, t);
            if (r >= 0) {
                q->ent = r;
                q->name = s_ent_name(c, r);
                return;
            }
        }
    } else if (!(c->tok[head].flags & SIFT_TOKEN_CAP)) {
        q->nonperson = 1;
    }
    q->name = s_np_name(c, ms, me);
}

/* ---------------------------------------------------------------- ranking */

#define CAND_MAX 24     /* speaker candidates of one quote             */
#define WIN_BACK 60     /* tokens looked at before the opening mark    */
#define WIN_FWD 40      /* and after the closing one                   */
#define KEEP_BYTES 80   /* a longer quote is speech: no keep decision  */
#define KEEP_MARGIN 1.5f /* a lower-case quote is dropped below -1.5   */

/* Where a candidate comes from (bits): one mention may be several. */
enum { C_RULE = 1u << 0, C_ENTITY = 1u << 1, C_PRONOUN = 1u << 2, C_NOUN = 1u << 3,
       C_CUE_SUBJ = 1u << 4, C_CUE_OBJ = 1u << 5, C_SENT_SUBJ = 1u << 6 };

typedef struct cand {
    uint32_t ms, me;        /* mention tokens [ms, me)                     */
    uint32_t src;           /* C_ bits                                      */
    uint32_t cue, cue_len;  /* the cue of C_CUE_SUBJ / C_CUE_OBJ, or NONE   */
    /* found once for the features (s_cand_describe) */
    const char *where;      /* s_cand_where                                 */
    uint32_t dist;          /* tokens between it and the quote              */
    int32_t ent;            /* entity it names, or -1                       */
    const char *type;       /* s_cand_type                                  */
} cand_t;

typedef struct cands {
    cand_t v[CAND_MAX];
    size_t n;
} cands_t;

/* Adds mention [ms, me) from source src, merged with the same span. Never
 * a mention inside a quote, a quote mark or punctuation. */
static void s_cand_add(const ctx_t *c, cands_t *cs, uint32_t ms, uint32_t me, uint32_t src,
                       uint32_t cue, uint32_t cue_len)
{
    if (ms == NONE || me <= ms || me > c->nt || (c->inq[ms] && !(src & C_RULE)) ||
        !s_word(c, me - 1))
        return;
    for (size_t i = 0; i < cs->n; i++)
        if (cs->v[i].ms == ms && cs->v[i].me == me) {
            cs->v[i].src |= src;
            if (cue != NONE && cs->v[i].cue == NONE) {
                cs->v[i].cue = cue;
                cs->v[i].cue_len = cue_len;
            }
            return;
        }
    if (cs->n < CAND_MAX)
        cs->v[cs->n++] = (cand_t){ .ms = ms, .me = me, .src = src, .cue = cue, .cue_len = cue_len };
}

/* The last token of quote q: its closing mark, or its last content token. */
static uint32_t s_quote_last(const ctx_t *c, const quote_t *q)
{
    if (q->c != NONE)
        return q->c;
    uint32_t t = s_tok_before(c, q->end);
    return t == NONE || t < q->o ? q->o : t;
}

/* The speaker candidates of q: the sieve's choice, the entity mentions,
 * pronouns, document/group/role nouns, cue subjects and objects and
 * sentence subjects of the sentence before the quote to the one after it,
 * within WIN_BACK/WIN_FWD tokens. */
static void s_candidates(const ctx_t *c, const quote_t *q, cands_t *cs)
{
    cs->n = 0;
    if (q->has_speaker)
        s_cand_add(c, cs, q->ms, q->me, C_RULE, q->cue_tok, q->cue_len);
    uint32_t qe = s_quote_last(c, q);
    uint32_t so = c->tok[q->o].sentence, se = c->tok[qe].sentence;
    uint32_t lo = c->doc->sentences[so > 0 ? so - 1 : 0].tok_begin;
    uint32_t hi = c->doc->sentences[se + 1 < c->doc->n_sentences ? se + 1 : se].tok_end;
    if (q->o > WIN_BACK && lo < q->o - WIN_BACK)
        lo = q->o - WIN_BACK;
    if (hi > qe + 1 + WIN_FWD)
        hi = qe + 1 + WIN_FWD;
    /* sentence subjects */
    for (uint32_t s = so > 0 ? so - 1 : 0; s <= se + 1 && s < c->doc->n_sentences; s++) {
        const sift_sentence_t *sent = &c->doc->sentences[s];
        uint32_t ms, me;
        if (sent->tok_begin >= lo && sent->tok_begin < hi &&
            s_sent_subject(c, sent->tok_begin, sent->tok_end, &ms, &me))
            s_cand_add(c, cs, ms, me, C_SENT_SUBJ, NONE, 0);
    }
    /* entity mentions */
    if (c->nmen) {
        for (size_t k = s_men_lower(c, c->tok[lo].start); k < c->nmen && c->men[k].start < c->tok[hi - 1].end;
             k++) {
            uint32_t a = s_tok_before(c, c->men[k].start);
            a = a == NONE ? 0 : a + 1;
            uint32_t b = a;
            while (b < hi && b - a < NP_MAX && c->tok[b].start < c->men[k].end)
                b++;
            if (a < hi && c->tok[a].start == c->men[k].start)
                s_cand_add(c, cs, a, b, C_ENTITY, NONE, 0);
        }
    }
    for (uint32_t k = lo; k < hi; k++) {
        if (c->inq[k] || (c->tok[k].flags & SIFT_TOKEN_QUOTE) || !s_word(c, k))
            continue;
        uint32_t len, ms, me;
        if (s_pron(c, k) || s_is(c, k, "who")) {
            s_cand_add(c, cs, k, k + 1, C_PRONOUN, NONE, 0);
        } else if ((c->wf[k] & (W_DOC | W_GROUP | W_TITLE)) && !(k + 1 < hi && (c->wf[k + 1] & (W_DOC | W_GROUP | W_TITLE)))) {
            uint32_t a = s_np_back(c, k, lo);
            if (a != NONE)
                s_cand_add(c, cs, a, k + 1, C_NOUN, NONE, 0);
        }
        if (s_cue_at(c, k, &len)) {
            uint32_t sb = c->doc->sentences[c->tok[k].sentence].tok_begin;
            if (s_subject(c, k, sb > lo ? sb : lo, &ms, &me))
                s_cand_add(c, cs, ms, me, C_CUE_SUBJ, k, len);
            uint32_t e = s_np_fwd(c, k + len, hi);
            if (e > k + len)
                s_cand_add(c, cs, k + len, e, C_CUE_OBJ, k, len);
            k += len - 1;
        }
    }
}

/* The kind of speaker a mention is: an entity type, a pronoun, a
 * document, group or role noun, or only words (cap, caps, num, lower). */
static const char *s_cand_type(const ctx_t *c, uint32_t ms, uint32_t me)
{
    if (me == ms + 1) {
        uint32_t f = c->wf[ms];
        if (s_is(c, ms, "who") || s_is(c, ms, "which"))
            return "who";
        if (s_pron(c, ms)) {
            if (f & W_PRON_M) return "he";
            if (f & W_PRON_F) return "she";
            if (s_is(c, ms, "it")) return "it";
            if (s_is(c, ms, "they")) return "they";
            return "iwe";
        }
    }
    if (s_is(c, ms, "one") || s_is(c, ms, "another"))
        return "one";
    uint32_t head = me - 1;
    while (head > ms && s_possessive(c, head))
        head--;
    int32_t id = s_entity_tok(c, head);
    if (id >= 0) {
        switch (c->doc->entities[id].type) {
        case SIFT_PERSON: return "person";
        case SIFT_ORG: return "org";
        case SIFT_GPE: return "gpe";
        default: return "norp";
        }
    }
    uint32_t f = c->wf[head], tf = c->tok[head].flags;
    if (f & W_DOC) return "doc";
    if (f & W_GROUP) return "group";
    if (f & W_TITLE) return "title";
    if ((tf & SIFT_TOKEN_UPPER) && s_len(c, head) > 1) return "caps";
    if (tf & SIFT_TOKEN_CAP) return "cap";
    if (tf & SIFT_TOKEN_NUMBER) return "num";
    return me == ms + 1 ? "frag" : "lower";
}

/* "B0": before the quote, in the sentence of its opening mark; "A1":
 * after it, in the sentence after its closing one; "I0": overlapping it.
 * Static strings: the ranker caches their hashes by address. */
static const char *s_cand_where(const ctx_t *c, const quote_t *q, uint32_t qe, const cand_t *k,
                                uint32_t *tokdist)
{
    static const char *const before[] = { "B0", "B1", "B2", "B3" }, *const after[] = { "A0", "A1", "A2", "A3" };
    uint32_t sd;
    if (k->me <= q->o) {
        sd = c->tok[q->o].sentence - c->tok[k->me - 1].sentence;
        *tokdist = q->o - k->me;
        return before[sd > 3 ? 3 : sd];
    }
    if (k->ms > qe) {
        sd = c->tok[k->ms].sentence - c->tok[qe].sentence;
        *tokdist = k->ms - qe - 1;
        return after[sd > 3 ? 3 : sd];
    }
    *tokdist = 0;
    return "I0";
}

/* Adds feature name=<token i> when token i is a word or a short mark. */
static void s_add_tok(const ctx_t *c, qr_feats_t *f, const char *name, uint32_t i)
{
    size_t n = s_len(c, i);
    if (n <= 24 && (s_word(c, i) || n <= 3))
        qr_add_word(f, name, c->doc->lower_hashes[i], s_txt(c, i), n);
}

static const char *s_bucket(uint32_t n)
{
    return n == 0 ? "0" : n == 1 ? "1" : n <= 3 ? "2-3" : n <= 6 ? "4-6" : n <= 12 ? "7-12" : n <= 25 ? "13-25" : "26+";
}

/* The features of candidate k of quote q (see README: the ranker). */
/* Where each candidate is, what it names and what kind it is. */
static void s_cand_describe(const ctx_t *c, const quote_t *q, cands_t *cs)
{
    uint32_t qe = s_quote_last(c, q);
    for (size_t i = 0; i < cs->n; i++) {
        cand_t *k = &cs->v[i];
        k->where = s_cand_where(c, q, qe, k, &k->dist);
        k->ent = c->nmen ? s_entity_in(c, c->tok[k->ms].start, c->tok[k->me - 1].end) : -1;
        k->type = s_cand_type(c, k->ms, k->me);
    }
}

static void s_cand_features(const ctx_t *c, const quote_t *q, const quote_t *lastq, const cands_t *cs,
                            size_t ki, int partial, qr_feats_t *f)
{
    const cand_t *k = &cs->v[ki];
    uint32_t qe = s_quote_last(c, q), dist = k->dist;
    const char *where = k->where, *type = k->type;
    qr_add(f, "t", type);
    qr_add(f, "d", where);
    qr_add2(f, "tw", type, where);
    qr_add(f, where[0] == 'B' ? "tokB" : "tokA", s_bucket(dist));
    /* a phrase quoted inside a sentence is its subject's; a whole
     * sentence is the cue's */
    const char *kind = partial ? "part" : "dir";
    qr_add2(f, "kd", kind, where);
    if (k->src & C_RULE) {
        qr_add(f, "rule", NULL);
        qr_add(f, "rule", s_stage_name[q->stage]);
        qr_add(f, "rulet", type);
    } else if (q->has_speaker && k->ms < q->me && q->ms < k->me) {
        qr_add(f, "ruleov", NULL);
    }
    static const char *const src_name[] = { "", "ent", "pron", "noun", "cs", "co", "ss" };
    for (int b = 1; b < 7; b++)
        if (k->src & (1u << b)) {
            qr_add(f, "src", src_name[b]);
            if (b == 4 || b == 5 || b == 6) {
                qr_add(f, src_name[b], where);
                const char *v[3] = { src_name[b], kind, type };
                qr_addv(f, "kst", v, 3);
            }
        }
    if (k->cue != NONE) {
        /* the cue's place: before the opening mark, after the closing one,
         * next to a mark (within 3 tokens) */
        const char *cp = k->cue < q->o ? (q->o - k->cue <= 3 ? "Badj" : "B")
                         : k->cue > qe ? (k->cue - qe <= 3 ? "Aadj" : "A") : "I";
        qr_add(f, (k->src & C_CUE_SUBJ) ? "csat" : "coat", cp);
        const char *v[3] = { (k->src & C_CUE_SUBJ) ? "cs" : "co", cp, type };
        qr_addv(f, "cpt", v, 3);
        s_add_tok(c, f, "cue", k->cue);
    }
    /* the words around and in it: "told X" is the addressee, "X's
     * website" a thing, "On Donald Trump" a headline fragment */
    if (k->ms > 0)
        s_add_tok(c, f, "prev", k->ms - 1);
    if (k->me < c->nt)
        s_add_tok(c, f, "next", k->me);
    if (k->me > k->ms + 1 && (c->wf[k->ms] & (W_STOP | W_PREP | W_DET)))
        s_add_tok(c, f, "first", k->ms);
    if (type[0] != 'p')
        s_add_tok(c, f, "head", k->me - 1);
    /* nearest of its kind: the closest candidate before the quote and the
     * closest after it ("…,” X said" against the nearest preceding name) */
    int nearest = 1;
    for (size_t j = 0; j < cs->n && nearest; j++)
        if (j != ki && cs->v[j].where[0] == where[0] && cs->v[j].dist < dist)
            nearest = 0;
    if (nearest)
        qr_add(f, where[0] == 'B' ? "nearB" : "nearA", NULL);
    if (nearest && where[0] == 'A' && dist <= 3)
        qr_add(f, "postposed", type);
    /* salience: the entity's mentions in the article and near the quote */
    int32_t id = k->ent;
    /* the speaker of the quote before: split and continued quotes */
    if (lastq && ((lastq->ms == k->ms && lastq->me == k->me) || (id >= 0 && lastq->ent == id))) {
        qr_add(f, "last", NULL);
        qr_add(f, "last", c->para[lastq->o] == q->para ? "para" : "other");
        qr_add(f, "lastrule", s_stage_name[q->stage]);
    }
    if (id >= 0) {
        qr_add(f, "sal", s_bucket((uint32_t)c->doc->entities[id].n_mentions));
        uint32_t near = 0;
        for (size_t j = 0; j < cs->n; j++)
            if (j != ki && (cs->v[j].src & C_ENTITY) && cs->v[j].ent == id)
                near++;
        qr_add(f, "saln", s_bucket(near));
    }
    if (c->para[k->ms] != q->para)
        qr_add(f, "otherpara", NULL);
    if (k->ms < c->headline_end && q->para > 0)
        qr_add(f, "headline", NULL);
    if (c->inq[k->ms])
        qr_add(f, "inquote", NULL);
    /* another quote between the mention and this one */
    uint32_t a = where[0] == 'B' ? k->me : qe + 1, b = where[0] == 'B' ? q->o : k->ms;
    for (uint32_t t = a; t < b && t - a < 100; t++)
        if (c->inq[t]) {
            qr_add(f, "across", NULL);
            break;
        }
}

static void s_json_str(FILE *fp, const char *s, size_t n)
{
    fputc('"', fp);
    for (size_t i = 0; i < n && s[i]; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch == '"' || ch == '\\')
            fprintf(fp, "\\%c", ch);
        else if (ch < 0x20)
            fputc(' ', fp);
        else
            fputc(ch, fp);
    }
    fputc('"', fp);
}

/* Ranks q's speaker candidates with the trained weights and keeps the
 * best one as q's mention; with dump (training), writes every candidate,
 * its resolved name and its features as one JSON line instead. */
/* The features of quote q itself, for the decision to keep it: speech
 * or a title, a slogan, a scare quote ("Good Morning America,", "Never
 * Trump"). spk_type is the speaker's kind, or "none". */
/* Whether every content word of q is capitalised ("Good Morning America",
 * "Make America Great Again"): the name of a show, a book, a slogan, or
 * Title-Case speech. Sets *words to its number of words. */
static int s_title_case(const ctx_t *c, const quote_t *q, uint32_t *words)
{
    uint32_t caps = 0, funcw = 0;
    *words = 0;
    for (uint32_t t = q->o + 1; t < c->nt && c->tok[t].start < q->end && t - q->o < 64; t++) {
        if (!(c->tok[t].flags & SIFT_TOKEN_ALPHA))
            continue;
        ++*words;
        if (c->tok[t].flags & SIFT_TOKEN_CAP)
            caps++;
        else if (c->wf[t] & (W_STOP | W_DET))
            funcw++;
    }
    return *words > 0 && caps + funcw == *words && caps > 0;
}

static void s_quote_features(const ctx_t *c, const quote_t *q, const char *spk_type, int partial,
                             qr_feats_t *f)
{
    uint32_t qe = s_quote_last(c, q), words;
    int title = s_title_case(c, q, &words);
    const char *n = s_bucket(words);
    qr_add(f, "q:bias", NULL);
    qr_add(f, "q:n", n);
    qr_add(f, title ? "q:title" : "q:text", n);
    qr_add(f, "q:spk", spk_type);
    qr_add(f, "q:stage", s_stage_name[q->stage]);
    qr_add(f, "q:kind", partial ? "partial" : "direct");
    const char *marks = ".,?!", *last = strchr(marks, c->text[q->end - 1]);
    static const char *const last_name[] = { ".", ",", "?", "!", "w" };
    const char *lastv = last_name[last && *last ? last - marks : 4];
    qr_add(f, "q:last", lastv);
    if (title)
        qr_add(f, "q:title_last", lastv);
    if (q->o > 0)
        s_add_tok(c, f, title ? "q:tprev" : "q:prev", q->o - 1);
    if (qe + 1 < c->nt && q->c != NONE)
        s_add_tok(c, f, title ? "q:tnext" : "q:next", qe + 1);
    if (q->c == NONE)
        qr_add(f, "q:unclosed", NULL);
    if (q->o < c->headline_end)
        qr_add(f, "q:headline", NULL);
    if (c->tok[q->o].flags & SIFT_TOKEN_PARA_START)
        qr_add(f, "q:parastart", NULL);
}

/* Whether the ranker weighs the candidates of a quote the sieve attributed
 * at this stage: not after the most precise stages, where on PolNeAR train
 * it agrees with the sieve (a cue right after the quote, the second half of
 * a split quote, "According to X," ...), so their quotes cost nothing. */
static int s_stage_ranked(int stage)
{
    return stage == ST_BEFORE || stage == ST_ADJACENT || stage == ST_CONT || stage == ST_SUBJECT ||
           stage == ST_CONT_FAR || stage == ST_MULTI;
}

static void s_rank(ctx_t *c, quote_t *q, const quote_t *last, FILE *dump)
{
    cands_t cs;
    cs.n = 0;
    /* only a short quote may be a title or a scare quote rather than
     * speech; one in lower case needs the model's clear word */
    uint32_t words;
    int keep_decided = q->end - q->start <= KEEP_BYTES;
    float keep_min = s_title_case(c, q, &words) ? 0 : -KEEP_MARGIN;
    if (!keep_decided && !s_stage_ranked(q->stage))
        return;
    if (q->has_speaker && s_stage_ranked(q->stage))
        s_candidates(c, q, &cs);
    s_cand_describe(c, q, &cs);
    int partial = s_kind(c, q) == SIFT_QUOTE_PARTIAL;
    char text[8192];
    size_t best = 0;
    float best_score = 0;
    if (dump) {
        fputs("{\"id\":", dump);
        s_json_str(dump, c->doc->id, strlen(c->doc->id));
        fprintf(dump, ",\"start\":%u,\"end\":%u,\"cands\":[", q->start, q->end);
    }
    for (size_t i = 0; i < cs.n; i++) {
        qr_feats_t f = { .n = 0, .dump = dump ? text : NULL, .dcap = sizeof text, .cache = c->cache };
        s_cand_features(c, q, last, &cs, i, partial, &f);
        if (dump) {
            quote_t tmp = *q;
            tmp.ms = cs.v[i].ms;
            tmp.me = cs.v[i].me;
            s_resolve(c, &tmp, last);
            const char *name = tmp.name ? tmp.name : "";
            fprintf(dump, "%s{\"start\":%u,\"end\":%u,\"name\":", i ? "," : "", c->tok[tmp.ms].start,
                    c->tok[tmp.me - 1].end);
            s_json_str(dump, name, strlen(name));
            fprintf(dump, ",\"features\":[%.*s]}", (int)f.dlen, f.dump);
            continue;
        }
        float s = qr_score(&c->st->ranker, &f);
        if (i == 0 || s > best_score) {
            best = i;
            best_score = s;
        }
    }
    /* keep it at all? (with the speaker the ranker chose) */
    qr_feats_t kf = { .n = 0, .dump = dump ? text : NULL, .dcap = sizeof text, .cache = c->cache };
    if (keep_decided)
        s_quote_features(c, q, cs.n ? cs.v[best].type : q->has_speaker ? s_cand_type(c, q->ms, q->me) : "none",
                         partial, &kf);
    if (dump) {
        fprintf(dump, "],\"features\":[%.*s]}\n", (int)kf.dlen, kf.dump);
        return;
    }
    if (keep_decided && c->st->ranker.has_keep && qr_score(&c->st->ranker, &kf) < keep_min) {
        q->drop = 1;
        return;
    }
    if (cs.n == 0)
        return;
    const cand_t *k = &cs.v[best];
    if (k->src & C_RULE)
        return;
    q->has_speaker = 1;
    q->ms = k->ms;
    q->me = k->me;
    if (k->cue != NONE) {
        q->cue_tok = k->cue;
        q->cue_len = k->cue_len;
    }
}

/* ----------------------------------------------------------------- output */

static int s_kind(const ctx_t *c, const quote_t *q)
{
    unsigned char ch = (unsigned char)c->text[q->start];
    int upper = (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '.' ||
                ch == 0xE2 /* … “ */ || ch == '[' || ch == '(';
    if (!upper)
        return SIFT_QUOTE_PARTIAL;
    uint32_t o = q->o;
    if (q->cont_prev || o == 0 || (c->tok[o].flags & (SIFT_TOKEN_SENT_START | SIFT_TOKEN_PARA_START)))
        return SIFT_QUOTE_DIRECT;
    if (s_ch(c, o - 1, ':') || s_ch(c, o - 1, ',') || s_dash(c, o - 1))
        return SIFT_QUOTE_DIRECT;
    uint32_t len;
    if (s_cue_at(c, o - 1, &len))
        return SIFT_QUOTE_DIRECT;
    return SIFT_QUOTE_PARTIAL;
}

static int s_emit(ctx_t *c, const quote_t *q)
{
    sift_quote_t out = { 0 };
    out.start = q->start;
    out.end = q->end;
    out.kind = (sift_quote_kind_t)s_kind(c, q);
    out.speaker_entity = -1;
    if (q->has_speaker) {
        out.has_speaker = true;
        out.speaker_name = q->name;
        out.has_speaker_span = true;
        out.speaker_start = c->tok[q->ms].start;
        out.speaker_end = c->tok[q->me - 1].end;
        out.speaker_entity = q->ent;
    }
    if (q->cue_tok != NONE) {
        uint32_t a = c->tok[q->cue_tok].start, b = c->tok[q->cue_tok + q->cue_len - 1].end;
        out.cue = s_strdup(c, c->text + a, b - a);
    }
    return c->st->host->add_quote(c->out, &out) < 0 ? -1 : 0;
}

/* ---------------------------------------------------------------- plugin */

static int s_process(void *state, const sift_doc_t *doc, sift_out_t *out)
{
    const state_t *st = state;
    const sift_host_t *h = st->host;
    ctx_t c = { .st = st, .doc = doc, .out = out, .tok = doc->tokens, .nt = doc->n_tokens,
                .text = doc->text };
    if (!c.nt)
        return 0;
    c.wf = h->scratch(out, c.nt * sizeof *c.wf);
    c.para = h->scratch(out, c.nt * sizeof *c.para);
    c.inq = h->scratch(out, c.nt);
    if (!c.wf || !c.para || !c.inq) {
        h->set_error(out, "out of memory");
        return -1;
    }
    uint32_t p = 0;
    for (size_t i = 0; i < c.nt; i++) {
        const sift_token_t *t = &c.tok[i];
        if (i && (t->flags & SIFT_TOKEN_PARA_START))
            p++;
        c.para[i] = p;
        c.inq[i] = 0;
        c.wf[i] = 0;
        if ((t->flags & SIFT_TOKEN_ALPHA) && t->end - t->start < 48)
            c.wf[i] = lexicon_get_hash(&st->lx, doc->lower_hashes[i]);
    }
    /* entity mentions, flattened and sorted */
    size_t nm = 0;
    for (size_t e = 0; e < doc->n_entities; e++)
        if (s_type_ok(doc->entities[e].type))
            nm += doc->entities[e].n_mentions;
    if (nm) {
        c.men = h->scratch(out, nm * sizeof *c.men);
        c.gender = h->scratch(out, doc->n_entities);
        c.ent_name = h->scratch(out, doc->n_entities * sizeof *c.ent_name);
        if (!c.men || !c.gender || !c.ent_name) {
            h->set_error(out, "out of memory");
            return -1;
        }
        for (size_t e = 0; e < doc->n_entities; e++) {
            c.gender[e] = -2;
            c.ent_name[e] = NULL;
            if (!s_type_ok(doc->entities[e].type))
                continue;
            for (size_t m = 0; m < doc->entities[e].n_mentions; m++)
                c.men[c.nmen++] = (mention_t){ doc->entities[e].mentions[m].start,
                                               doc->entities[e].mentions[m].end, (int32_t)e };
        }
        qsort(c.men, c.nmen, sizeof *c.men, s_men_cmp);
    }

    /* a first paragraph of one sentence, with more after it, is the
     * title line (quotes there are headline fragments) */
    for (uint32_t i = 1; i < c.nt; i++)
        if (c.para[i] != 0) {
            if (c.tok[i - 1].sentence == c.tok[0].sentence)
                c.headline_end = i;
            break;
        }

    /* 1. detection, paragraph by paragraph */
    int cont = 0;
    for (uint32_t b = 0; b < c.nt;) {
        uint32_t e = b + 1;
        while (e < c.nt && c.para[e] == c.para[b])
            e++;
        if (s_detect_para(&c, b, e, c.para[b], &cont) < 0) {
            h->set_error(out, "out of memory");
            return -1;
        }
        b = e;
    }
    for (size_t i = 0; i < c.nq; i++) {
        /* mark tokens inside quotes (content tokens) */
        uint32_t k = c.q[i].o + 1;
        while (k < c.nt && c.tok[k].start < c.q[i].end) {
            c.inq[k] = 1;
            k++;
        }
    }

    /* 2. attribution: the local stages */
    for (size_t i = 0; i < c.nq; i++) {
        quote_t *q = &c.q[i];
        if (s_label(&c, q))
            q->stage = ST_LABEL;
        else if (!q->single && s_claim(&c, q))
            q->stage = ST_CLAIM;
        else if (s_after(&c, q))
            q->stage = ST_AFTER;
        else if (i > 0 && s_split(&c, &c.q[i - 1], q))
            q->stage = ST_SPLIT;
        else if (!q->single && s_according_first(&c, q))
            q->stage = ST_ACC_FIRST;
        else if (s_before(&c, q, 1))
            q->stage = ST_ADJACENT;
        else if (q->single)
            continue;
        else if (s_according(&c, q))
            q->stage = ST_ACCORDING;
        else if (s_before(&c, q, 0))
            q->stage = ST_BEFORE;
        else if (s_after_far(&c, q))
            q->stage = ST_AFTER_FAR;
        else if (s_colon_para(&c, q))
            q->stage = ST_COLON;
    }
    /* multi-paragraph quotes share one speaker: spread it both ways */
    for (size_t i = 1; i < c.nq; i++)
        if (c.q[i].cont_prev && !c.q[i].has_speaker && c.q[i - 1].has_speaker) {
            s_copy_speaker(&c.q[i], &c.q[i - 1]);
            c.q[i].stage = ST_MULTI;
        }
    for (size_t i = c.nq ? c.nq - 1 : 0; i > 0; i--)
        if (c.q[i].cont_prev && c.q[i].has_speaker && !c.q[i - 1].has_speaker) {
            s_copy_speaker(&c.q[i - 1], &c.q[i]);
            c.q[i - 1].stage = ST_MULTI;
        }
    /* continuation within a paragraph, then across one paragraph break */
    for (size_t i = 0; i < c.nq; i++) {
        quote_t *q = &c.q[i];
        if (q->has_speaker || q->single)
            continue;
        const quote_t *best = NULL;
        for (size_t j = i; j-- > 0 && c.q[j].para == q->para;)
            if (c.q[j].has_speaker && !c.q[j].single) {
                best = &c.q[j];
                break;
            }
        for (size_t j = i + 1; !best && j < c.nq && c.q[j].para == q->para; j++)
            if (c.q[j].has_speaker && !c.q[j].single) {
                best = &c.q[j];
                break;
            }
        if (!best && (c.tok[q->o].flags & SIFT_TOKEN_PARA_START)) {
            for (size_t j = i; j-- > 0 && c.q[j].para + 1 >= q->para;)
                if (c.q[j].has_speaker && !c.q[j].single) {
                    best = &c.q[j];
                    break;
                }
        }
        /* a quoted phrase inside a sentence of its own is its subject's
         * words ("He has coined a new phrase, “undocumented Democrats,”"):
         * stage f, not the speaker of another sentence's quote */
        if (best && q->o > c.doc->sentences[c.tok[q->o].sentence].tok_begin &&
            c.tok[best->o].sentence != c.tok[q->o].sentence)
            q->alt = best;
        else if (best) {
            s_copy_speaker(q, best);
            q->stage = ST_CONT;
        }
    }
    /* f. a quoted phrase in a sentence with a subject before it: the
     * subject used the words ("Clinton decried the GOP for “turning its
     * back”") */
    for (size_t i = 0; i < c.nq; i++) {
        quote_t *q = &c.q[i];
        if (q->has_speaker || q->single)
            continue;
        const sift_sentence_t *sent = &c.doc->sentences[c.tok[q->o].sentence];
        uint32_t ms, me;
        if (q->o > sent->tok_begin && s_sent_subject(&c, sent->tok_begin, q->o, &ms, &me) && me < q->o) {
            s_set(q, ms, me, NONE, 0);
            q->stage = ST_SUBJECT;
        } else if (q->alt) {
            s_copy_speaker(q, q->alt);
            q->stage = ST_CONT_FAR;
        }
    }
    /* 3. ranking and resolution, in text order, then output */
    FILE *dump = st->features[0] ? fopen(st->features, "a") : NULL;
    /* the strings are the plugin's own constants: their hashes hold for
     * every article this thread processes */
    static _Thread_local qr_cache_t cache;
    c.cache = &cache;
    const quote_t *last = NULL;
    for (size_t i = 0; i < c.nq; i++) {
        quote_t *q = &c.q[i];
        /* no one is reported as saying it: a scare quote or a title,
         * unless it stands as a paragraph of its own */
        if (!q->has_speaker &&
            (q->single || !(c.tok[q->o].flags & SIFT_TOKEN_PARA_START) || q->end - q->start < 40)) {
            q->drop = 1;
            continue;
        }
        if (qr_loaded(&st->ranker) || dump)
            s_rank(&c, q, last, dump);
        if (q->drop || !q->has_speaker)
            continue;
        s_resolve(&c, q, last);
        last = q;
    }
    if (dump)
        fclose(dump);
    for (size_t i = 0; i < c.nq; i++)
        if (!c.q[i].drop && s_emit(&c, &c.q[i]) < 0) {
            h->set_error(out, "cannot add quote");
            return -1;
        }
    return 0;
}

static int s_add_words(lexicon_t *lx, const char *const *w, uint32_t flags)
{
    for (; *w; w++)
        if (lexicon_add(lx, *w, strlen(*w), flags) < 0)
            return -1;
    return 0;
}

static int s_init(const sift_host_t *host, const sift_config_t *cfg, void **state)
{
    static const char *const pron_m[] = { "he", NULL };
    static const char *const pron_f[] = { "she", NULL };
    static const char *const pron_n[] = { "it", "they", "we", "i", "you", NULL };
    static const char *const det[] = {
        "the", "a", "an", "this", "these", "those", "its", "his", "her", "their",
        "our", "my", "your", "another", "one", "both", "some", "each", NULL };
    static const char *const stop[] = {
        "and", "or", "but", "nor", "so", "yet", "of", "in", "on", "at", "to", "for", "with", "by",
        "from", "about", "as", "into", "after", "before", "during", "over", "under", "than",
        "while", "when", "if", "because", "though", "although", "who", "whom", "whose", "which",
        "what", "where", "is", "was", "were", "are", "be", "been", "being", "am", "do", "does",
        "did", "not", "no", "there", "here", "how", "why", "then", "him", "them", "us", "me",
        "against", "between", "through", "without", "since", "until", "upon", "via", "per",
        "all", "any", "more", "most", "very", "just", "even", "only", "would", "will", "could",
        "should", "can", "may", "might", "must", "shall", "also", "has", "have", "had", "having",
        "like", "among", "amid", "around", "across", "toward", "towards", "whether", NULL };
    static const char *const skip[] = {
        "also", "has", "have", "had", "later", "then", "once", "again", "further", "would",
        "will", "could", "did", "does", "do", "reportedly", "recently", "previously",
        "publicly", "repeatedly", "simply", "often", "always", "never", "still", "now",
        "just", "already", "even", "had", "quickly", "flatly", "openly", "first", "is", "was",
        "were", "are", "not", "has", "been", NULL };
    static const char *const hon_m[] = { "mr", "mr.", "sir", "lord", "king", "prince", NULL };
    static const char *const hon_f[] = { "mrs", "mrs.", "ms", "ms.", "miss", "madam", "dame",
                                         "lady", "queen", "princess", NULL };
    static const char *const prep[] = {
        "in", "on", "at", "after", "before", "during", "for", "with", "by", "from", "as",
        "according", "speaking", "asked", "when", "while", "since", "despite", "following",
        "earlier", "later", "last", "yesterday", "today", "however", "meanwhile", "but", "and",
        "still", "instead", "separately", "then", "if", "although", "though", "because",
        "regarding", "without", "under", "over", "first", "second", "third", "also", NULL };
    static const char *const claim[] = {
        "claim", "claims", "accusation", "accusations", "assertion", "allegation", "allegations",
        "contention", "insistence", "promise", "pledge", "warning", "argument", "suggestion",
        "complaint", "boast", "vow", "threat", "charge", "declaration", "description", NULL };
    static const char *const day[] = {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.",
        "dec.", "week", "month", "year", "night", "morning", "afternoon", "evening",
        "yesterday", "today", "tonight", "weekend", NULL };
    state_t *st = calloc(1, sizeof *st);
    if (!st)
        return -1;
    st->host = host;
    if (lexicon_init(&st->lx, 16384) < 0)
        goto fail;
    static const struct { const char *key; uint32_t flags; } files[] = {
        { "cues", W_CUE }, { "titles", W_TITLE }, { "documents", W_DOC },
        { "male_names", W_MALE }, { "female_names", W_FEMALE }, { "groups", W_GROUP } };
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        char path[4096];
        if (host->config_path(cfg, files[i].key, path, sizeof path) < 0 ||
            lexicon_load(&st->lx, path, files[i].flags) < 0) {
            host->log("quotes", SIFT_LOG_ERR, "cannot load %s word list (%s)", files[i].key,
                      files[i].key);
            goto fail;
        }
    }
    if (s_add_words(&st->lx, pron_m, W_PRON_M) < 0 || s_add_words(&st->lx, pron_f, W_PRON_F) < 0 ||
        s_add_words(&st->lx, pron_n, W_PRON_N) < 0 || s_add_words(&st->lx, det, W_DET) < 0 ||
        s_add_words(&st->lx, stop, W_STOP) < 0 || s_add_words(&st->lx, skip, W_SKIP) < 0 ||
        s_add_words(&st->lx, hon_m, W_HON_M) < 0 || s_add_words(&st->lx, hon_f, W_HON_F) < 0 ||
        s_add_words(&st->lx, prep, W_PREP) < 0 || s_add_words(&st->lx, day, W_DAY) < 0 ||
        s_add_words(&st->lx, claim, W_CLAIM) < 0)
        goto fail;
    /* the trained ranker: "none" keeps the sieve's speaker (training) */
    const char *ranker = host->config_get(cfg, "ranker");
    char ranker_path[4096] = "", err[4200];
    if (ranker && strcmp(ranker, "none") != 0 &&
        host->config_path(cfg, "ranker", ranker_path, sizeof ranker_path) < 0) {
        host->log("quotes", SIFT_LOG_ERR, "cannot resolve the ranker path");
        goto fail;
    }
    if (qr_load(&st->ranker, ranker_path, err, sizeof err) < 0) {
        host->log("quotes", SIFT_LOG_ERR, "%s", err);
        goto fail;
    }
    const char *features = host->config_get(cfg, "features");
    if (features && features[0])
        snprintf(st->features, sizeof st->features, "%s", features);
    *state = st;
    return 0;
fail:
    lexicon_free(&st->lx);
    qr_free(&st->ranker);
    free(st);
    return -1;
}

static void s_destroy(void *state)
{
    state_t *st = state;
    if (!st)
        return;
    lexicon_free(&st->lx);
    qr_free(&st->ranker);
    free(st);
}

static const char *const s_provides[] = { "quotes", NULL };
#ifndef QUOTES_STANDALONE
static const char *const s_requires[] = { "entities", NULL };
#endif
static const sift_config_key_t s_keys[] = {
    { "cues", "cues.txt", "reporting verbs and two-word cue phrases" },
    { "titles", "titles.txt", "role nouns that introduce a person" },
    { "documents", "docnouns.txt", "document nouns that can be a speaker" },
    { "male_names", "male.txt", "male given names (pronoun resolution)" },
    { "female_names", "female.txt", "female given names (pronoun resolution)" },
    { "groups", "groups.txt", "group nouns that can be a speaker (officials, the campaign)" },
    { "ranker", "ranker.tsv", "trained attribution ranker (train.py); none: the sieve's speaker" },
    { "features", "", "training only: append each quote's speaker candidates and features to this file" },
    { NULL, NULL, NULL } };

SIFT_PLUGIN_EXPORT const sift_plugin_t sift_plugin = {
    .abi = SIFT_ABI,
    .size = sizeof(sift_plugin_t),
    .name = "quotes",
    .version = "0.1.0",
    .description = "quotations with their speakers",
    .provides = s_provides,
#ifdef QUOTES_STANDALONE
    .requires = NULL,
#else
    .requires = s_requires,
#endif
    .config_keys = s_keys,
    .init = s_init,
    .process = s_process,
    .destroy = s_destroy,
};
