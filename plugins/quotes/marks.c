/* SPDX-License-Identifier: MIT */
/* marks.c - quote marks and their pairing (marks.h). */
#include "marks.h"

#include <string.h>

#include "cues.h"

/* Whether token i is what follows an apostrophe: a possessive's "s" or a
 * contraction's end ("I'm", "won't", "we've", "it'll", "we'd", "they're"). */
static int s_after_apostrophe(const ctx_t *c, uint32_t i)
{
    static const char *const ends[] = { "s", "m", "t", "ve", "ll", "d", "re" };
    for (size_t k = 0; k < sizeof ends / sizeof *ends; k++)
        if (tok_is(c, i, ends[k]))
            return 1;
    return 0;
}

/* Which kind of quote mark token i is. */
int mark_type(const ctx_t *c, uint32_t i)
{
    if (!(c->tok[i].flags & SIFT_TOKEN_QUOTE))
        return MK_NONE;
    uint32_t f = c->tok[i].flags;
    if (tok_cp(c, i) == '"' && i > 0 && i + 1 < c->nt && !(f & SIFT_TOKEN_SPACE_BEFORE) &&
        !(f & SIFT_TOKEN_SPACE_AFTER) && tok_word(c, i - 1) && s_after_apostrophe(c, i + 1) &&
        (i + 2 >= c->nt || !tok_word(c, i + 2) || (c->tok[i + 1].flags & SIFT_TOKEN_SPACE_AFTER)))
        return MK_NONE; /* an apostrophe typed with the wrong key: "Japan"s plans", "I"m sure" */
    switch (tok_cp(c, i)) {
    case '"': case 0xAB: case 0xBB:                  /* " « » */
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: /* “ ” „ ‟ */
        return MK_DOUBLE;
    case '\'': case '`':
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: /* ‘ ’ ‚ ‛ */
    case 0x2039: case 0x203A:                        /* ‹ › */
        return MK_SINGLE;
    case 0: /* two characters: '' `` */
        return tok_is(c, i, "''") || tok_is(c, i, "``") ? MK_DOUBLE : MK_NONE;
    default:
        return MK_NONE;                              /* ″ ′ : primes */
    }
}

/* Glyph direction: 1 opening, -1 closing, 0 straight. */
int mark_glyph(const ctx_t *c, uint32_t i)
{
    switch (tok_cp(c, i)) {
    case '`': case 0xAB: case 0x201C: case 0x201E: case 0x201F: case 0x2018: case 0x201A:
    case 0x201B: case 0x2039:
        return 1;
    case '"': case '\'':
        return 0;
    case 0:
        return tok_is(c, i, "``") ? 1 : -1;          /* `` '' */
    default:
        return -1;
    }
}

/* Opening or closing from the context of the mark. */
int mark_context(const ctx_t *c, uint32_t i)
{
    uint32_t f = c->tok[i].flags;
    int before = (f & (SIFT_TOKEN_SPACE_BEFORE | SIFT_TOKEN_LINE_START)) || i == 0;
    if (!before && i > 0) {
        /* glued to an opening bracket, dash or another opening mark */
        const char *pt = tok_txt(c, i - 1);
        if (tok_len(c, i - 1) == 1 && (pt[0] == '(' || pt[0] == '[' || pt[0] == '{'))
            before = 1;
        else if (tok_dash(c, i - 1))
            before = 1;
    }
    int after = (f & SIFT_TOKEN_SPACE_AFTER) || i + 1 >= c->nt ||
                (c->tok[i + 1].flags & SIFT_TOKEN_LINE_START);
    int punct_after = 0;
    if (!after && i + 1 < c->nt) {
        const char *nt = tok_txt(c, i + 1);
        if (tok_len(c, i + 1) <= 3 && !tok_word(c, i + 1) && !(c->tok[i + 1].flags & SIFT_TOKEN_QUOTE) &&
            strchr(".,;:?!)]}", nt[0]) && nt[0])
            punct_after = 1;
        if (tok_dash(c, i + 1))
            punct_after = 1;
    }
    if (before && !after)
        return punct_after ? CTX_AMBIG : CTX_OPEN;
    if (!before && (after || punct_after))
        return CTX_CLOSE;
    return CTX_AMBIG;
}

static quote_t *s_push_quote(ctx_t *c)
{
    if (c->nq == c->capq) {
        size_t cap = c->capq ? c->capq * 2 : 64;
        quote_t *q = ctx_alloc(c, cap * sizeof *q);
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

/* Whether a cue of len tokens at token k attributes what comes before it
 * rather than opening a report: not a participle ("citing"), and not
 * followed by what it reports ("said that", "believed it"). */
static int s_attributing_cue(const ctx_t *c, uint32_t k, uint32_t len, int name_after)
{
    size_t n = tok_len(c, k);
    if (n > 3 && memcmp(tok_txt(c, k) + n - 3, "ing", 3) == 0)
        return 0;
    uint32_t a = k + len;
    if (a >= c->nt)
        return 1;
    if (name_after) /* ", said Lena Dahl" */
        return (c->tok[a].flags & SIFT_TOKEN_CAP) && tok_word(c, a);
    /* ", he added.", ", Dahl said,"; ", Sun told the paper" */
    return !tok_word(c, a) || tok_is(c, k, "told");
}

/* In a quote left open from mark o to byte end, the comma after which a
 * cue attributes it (", said Lena Dahl", ", he added.", ", Sun told the
 * paper"): the quote's end, its closing mark left out; NONE when there is
 * none. */
static uint32_t s_attribution_comma(const ctx_t *c, uint32_t o, uint32_t end)
{
    uint32_t len;
    for (uint32_t t = o + 2; t + 1 < c->nt && c->tok[t].end <= end; t++) {
        if (!tok_ch(c, t, ',') || (c->tok[t].flags & SIFT_TOKEN_QUOTE))
            continue;
        if (cue_at(c, t + 1, &len) && s_attributing_cue(c, t + 1, len, 1))
            return t;
        /* a pronoun or a name of up to three words, then the cue */
        uint32_t k = t + 1;
        if (np_pron(c, k))
            k++;
        else
            while (k < t + 4 && k < c->nt && (c->tok[k].flags & SIFT_TOKEN_CAP) && tok_word(c, k))
                k++;
        if (k > t + 1 && cue_at(c, k, &len) && s_attributing_cue(c, k, len, 0))
            return t;
    }
    return NONE;
}

/* Whether closing mark i, after a comma, is followed by the quote's
 * attribution: a pronoun or a name of up to five words (its article too)
 * and a cue that ends there ("…,” the South China Morning Post reported."),
 * or a cue and a name ("…,” said Lena Dahl"). */
static int s_attribution_after(const ctx_t *c, uint32_t i)
{
    if (i < 1 || !tok_ch(c, i - 1, ','))
        return 0;
    uint32_t len, k = i + 1;
    if (cue_at(c, k, &len))
        return s_attributing_cue(c, k, len, 1);
    if (k < c->nt && np_pron(c, k) && !tok_is(c, k, "i") && !tok_is(c, k, "we") && !tok_is(c, k, "you"))
        k++;
    else {
        if (k < c->nt && tok_is(c, k, "the"))
            k++;
        while (k < i + 7 && k < c->nt && (c->tok[k].flags & SIFT_TOKEN_CAP) && tok_word(c, k))
            k++;
    }
    return k > i + 1 && cue_at(c, k, &len) && s_attributing_cue(c, k, len, 0);
}

/* Adds the quote between mark o and mark c (or byte end when c == NONE). */
static int s_add(ctx_t *c, uint32_t o, uint32_t cl, uint32_t end_byte, int single,
                 uint32_t para, int cont_prev)
{
    uint32_t s = c->tok[o].end;
    uint32_t e = cl != NONE ? c->tok[cl].start : end_byte;
    if (cl == NONE && (cl = s_attribution_comma(c, o, end_byte)) != NONE)
        e = c->tok[cl].end; /* the comma stands for the closing mark left out */
    const char *t = c->text;
    while (s < e && (t[s] == ' ' || t[s] == '\t' || t[s] == '\n' || t[s] == '\r'))
        s++;
    while (e > s && (t[e - 1] == ' ' || t[e - 1] == '\t' || t[e - 1] == '\n' || t[e - 1] == '\r'))
        e--;
    /* "(CROSSTALK.)", "(APPLAUSE)": a transcript's stage direction, all in
     * brackets, is nobody's words */
    if (e - s >= 2 && t[s] == '(' && t[e - 1] == ')' && !memchr(t + s + 1, '(', e - s - 2) &&
        !memchr(t + s + 1, ')', e - s - 2))
        return 0;
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

/* Whether mark i, inside the quote opened at mark o, opens a sentence:
 * after a space and a full stop, question or exclamation mark ending a
 * sentence of the quote. A quote nested in a quote is set in single marks
 * and seldom opens a sentence of it. */
static int s_after_sentence_end(const ctx_t *c, uint32_t i, uint32_t o)
{
    if (i < o + 3 || !(c->tok[i].flags & SIFT_TOKEN_SPACE_BEFORE))
        return 0;
    return tok_ch(c, i - 1, '.') || tok_ch(c, i - 1, '?') || tok_ch(c, i - 1, '!');
}

/* Inside the quote opened at mark o and left open, the first token of the
 * sentence right before mark i when that sentence reports someone: it
 * opens with its subject, a name the entities layer tags or he, she or
 * they (not the quote's own "we" or "I"), and the subject's cue, not a
 * participle ("Maria Lund, head of the port authority, says …", "She
 * says …"). Such a sentence is narrative introducing the next quote: the
 * open quote's closing mark was left out before it. NONE otherwise. */
static uint32_t s_report_sentence(const ctx_t *c, uint32_t o, uint32_t i)
{
    uint32_t s = i - 1;
    while (s > o + 1 && !(c->tok[s].flags & SIFT_TOKEN_SENT_START))
        s--;
    if (s <= o + 1 || !(c->tok[s].flags & SIFT_TOKEN_SENT_START))
        return NONE;
    uint32_t len, ms, me;
    for (uint32_t k = s + 1; k < i && k < s + 30; k++) {
        if (c->tok[k].flags & SIFT_TOKEN_QUOTE)
            return NONE;
        if (!cue_at(c, k, &len))
            continue;
        size_t n = tok_len(c, k);
        if ((n > 3 && memcmp(tok_txt(c, k) + n - 3, "ing", 3) == 0) || !np_subject(c, k, s, &ms, &me) ||
            ms != s)
            return NONE;
        if (me == ms + 1 && np_pron(c, ms))
            return (c->wf[ms] & (W_PRON_M | W_PRON_F)) || tok_is(c, ms, "they") ? s : NONE;
        for (uint32_t t = ms; t < me; t++)
            if (ctx_entity_tok(c, t) >= 0)
                return s;
        return NONE;
    }
    return NONE;
}

/* After the quote opened at mark o was added ending at an attribution
 * comma (its closing mark left out: "“…, he added, “…”"), the pair
 * [nested, nclose] nested in it right after that cue is the quotation's
 * second part, a quote of its own, not words inside the first. */
static int s_add_second_part(ctx_t *c, uint32_t o, uint32_t nested, uint32_t nclose, uint32_t para)
{
    if (nested == NONE || nclose == NONE || !c->nq)
        return 0;
    const quote_t *q = &c->q[c->nq - 1];
    if (q->o != o || q->c == NONE || !tok_ch(c, q->c, ',') || q->c >= nested || nested - q->c > 8)
        return 0;
    return s_add(c, nested, nclose, 0, 0, para, 0);
}

/* Pairs the marks of paragraph [pb, pe) (token range). *cont is in/out:
 * whether the paragraph continues a quote left open by the previous one. */
static int s_detect_para(ctx_t *c, uint32_t pb, uint32_t pe, uint32_t para, int *cont)
{
    uint32_t open = NONE, nested = NONE, nclose = NONE, sopen = NONE;
    int depth = 0, in_tag = 0, cont_prev = 0;
    for (uint32_t i = pb; i < pe; i++) {
        /* most tokens are words: nothing to do */
        if ((c->tok[i].flags & (SIFT_TOKEN_ALPHA | SIFT_TOKEN_DIGIT)) &&
            !(c->tok[i].flags & SIFT_TOKEN_QUOTE))
            continue;
        if (tok_ch(c, i, '<') && i + 1 < pe && tok_word(c, i + 1) &&
            !(c->tok[i + 1].flags & SIFT_TOKEN_SPACE_BEFORE))
            in_tag = 1;
        else if (tok_ch(c, i, '>'))
            in_tag = 0;
        int mk = mark_type(c, i);
        if (mk == MK_NONE || in_tag)
            continue;
        /* an inch sign: 6'2" */
        if (mk == MK_DOUBLE && i >= 2 && (c->tok[i - 1].flags & SIFT_TOKEN_DIGIT) &&
            !(c->tok[i].flags & SIFT_TOKEN_SPACE_BEFORE) && tok_ch(c, i - 2, '\''))
            continue;
        int ctx = mark_context(c, i);
        int gl = mark_glyph(c, i);
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
                    nested = nclose = NONE;
                    cont_prev = (i == pb && *cont);
                    sopen = NONE;
                } else if (i == open + 1 && !(c->tok[i].flags & SIFT_TOKEN_SPACE_BEFORE)) {
                    open = i; /* "“ is one opening mark */
                } else if (depth == 1 && ((c->tok[i].flags & SIFT_TOKEN_LINE_START) ||
                                          (ctx == CTX_OPEN && s_after_sentence_end(c, i, open)))) {
                    /* a line opening with a mark while a quote is open: a
                     * paragraph break the text marks with one newline, the
                     * quote going on over it as over a paragraph's (one
                     * quote per line), not a nested quote that would shift
                     * every mark after it; so is a mark opening a sentence
                     * (“… jobs. “We need …”): scraped text that lost its
                     * paragraph breaks, or a closing mark left out; left
                     * out before a sentence that reports the next speaker,
                     * the open quote ends before that sentence and the
                     * mark opens a quote of its own */
                    uint32_t rep = s_report_sentence(c, open, i);
                    uint32_t end = rep != NONE ? c->tok[rep - 1].end : c->tok[i - 1].end;
                    if (s_add(c, open, NONE, end, 0, para, cont_prev) < 0)
                        return -1;
                    if (rep == NONE && c->nq && c->q[c->nq - 1].o == open)
                        c->q[c->nq - 1].cont_next = 1;
                    open = i;
                    nested = nclose = NONE;
                    cont_prev = rep == NONE;
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
                } else if (depth == 1 && nested != NONE && nclose == NONE) {
                    nclose = i;
                    /* one closing mark for both, the attribution after it
                     * ("… wishing them a “happy new year,” the Post
                     * reported"): the open quote ends there too */
                    if (s_attribution_after(c, i)) {
                        if (s_add(c, open, i, 0, 0, para, cont_prev) < 0)
                            return -1;
                        open = NONE;
                        depth = 0;
                    }
                }
            }
            continue;
        }
        /* single marks, top level only */
        if (depth > 0)
            continue;
        int is_rsquo = tok_cp(c, i) == 0x2019;
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
        int next_opens = pe < c->nt && mark_type(c, pe) == MK_DOUBLE && mark_context(c, pe) != CTX_CLOSE &&
                         mark_glyph(c, pe) >= 0;
        if (next_opens) {
            if (s_add(c, open, NONE, pend, 0, para, cont_prev) < 0)
                return -1;
            if (c->nq && c->q[c->nq - 1].o == open)
                c->q[c->nq - 1].cont_next = 1;
            *cont = 1;
        } else {
            uint32_t end = nested != NONE ? c->tok[nested].start : pend;
            if (s_add(c, open, NONE, end, 0, para, cont_prev) < 0 ||
                s_add_second_part(c, open, nested, nclose, para) < 0)
                return -1;
        }
    }
    return 0;
}

int marks_detect(ctx_t *c)
{
    if (!c->nt)
        return 0; /* nothing was allocated (ctx_begin) */
    int cont = 0;
    for (uint32_t b = 0; b < c->nt;) {
        uint32_t e = b + 1;
        while (e < c->nt && c->para[e] == c->para[b])
            e++;
        if (s_detect_para(c, b, e, c->para[b], &cont) < 0)
            return -1;
        b = e;
    }
    for (size_t i = 0; i < c->nq; i++) {
        /* mark tokens inside quotes (content tokens) */
        uint32_t k = c->q[i].o + 1;
        while (k < c->nt && c->tok[k].start < c->q[i].end) {
            c->inq[k] = 1;
            k++;
        }
    }
    c->inq_before[0] = 0;
    for (size_t t = 0; t < c->nt; t++)
        c->inq_before[t + 1] = c->inq_before[t] + c->inq[t];
    return 0;
}


int quote_kind(const ctx_t *c, const quote_t *q)
{
    unsigned char ch = (unsigned char)c->text[q->start];
    uint32_t first = q->o + 1 < c->nt && c->tok[q->o + 1].start == q->start ? tok_cp(c, q->o + 1) : 0;
    int upper = (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '.' ||
                ch == 0xE2 /* … “ */ || first >= 0x2000 /* the same, double-encoded */ ||
                ch == '[' || ch == '(';
    if (!upper)
        return SIFT_QUOTE_PARTIAL;
    uint32_t o = q->o;
    if (q->cont_prev || o == 0 || (c->tok[o].flags & (SIFT_TOKEN_SENT_START | SIFT_TOKEN_PARA_START)))
        return SIFT_QUOTE_DIRECT;
    if (tok_ch(c, o - 1, ':') || tok_ch(c, o - 1, ',') || tok_dash(c, o - 1))
        return SIFT_QUOTE_DIRECT;
    uint32_t len;
    if (cue_at(c, o - 1, &len))
        return SIFT_QUOTE_DIRECT;
    return SIFT_QUOTE_PARTIAL;
}
