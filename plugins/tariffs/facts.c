/* SPDX-License-Identifier: MIT */
/* facts.c - token facts: cue classes, numbers, percentages and money. */
#include "tariffs.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

long tf_days(int y, int m, int d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

/* A number of digits and at most one point, with fifteen digits at most,
 * is an integer below 2^53 over a power of ten below 10^22, both exact in a
 * double, so one division rounds it correctly, as strtod does (Clinger's
 * fast path); strtod, whose code is large and cold by the time an article
 * comes, reads the rest. */
double tf_strtod(const char *s, char **end)
{
    static const double pow10[] = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8,
                                    1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15 };
    uint64_t m = 0;
    int digits = 0, frac = -1;
    const char *p = s;
    for (;; p++) {
        if (*p >= '0' && *p <= '9') {
            m = m * 10 + (uint64_t)(*p - '0');
            digits++;
            frac += frac >= 0;
        } else if (*p == '.' && frac < 0) {
            frac = 0;
        } else {
            break;
        }
    }
    if (!digits || digits > 15 || *p == 'e' || *p == 'E' || *p == 'x' || *p == 'X')
        return strtod(s, end);
    if (end)
        *end = (char *)p;
    return frac > 0 ? (double)m / pow10[frac] : (double)m;
}

/* A heading run into the text ("COMMITMENT TO FREE TRADE China's tariffs
 * were ..."), tokens [a, b): three or more words in capitals followed by a
 * word in mixed case (tf_prepare) say nothing of the clause they precede,
 * so their words are no cues. (Text all in capitals, as old wire copy can
 * be, has no such word after a run.) */
static void s_heading(ctx_t *c, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++) {
        c->f[k] = 0;
        c->cue[k] = NULL;
        c->w[k] = W_NONE;
    }
}

/* The value of a number token s (len < 32 bytes) without its thousands'
 * commas, or num for a date or a fraction ("3/4"). Out of line: its calls
 * would otherwise take the registers of tf_prepare's loop for every token. */
__attribute__((noinline)) static double s_number(const char *s, size_t len, double num)
{
    if (memchr(s, '/', len))
        return num;
    char buf[32];
    size_t k = 0;
    for (size_t j = 0; j < len; j++)
        if (s[j] != ',')
            buf[k++] = s[j];
    buf[k] = 0;
    return tf_strtod(buf, NULL);
}

void tf_prepare(ctx_t *c)
{
    const lex_t *lex = &c->st->lex;
    const sift_token_t *tok = c->doc->tokens;
    size_t n = c->n;
    /* the facts are built in locals and stored once, through the arrays
     * held in locals too: a store through the byte array c->w would
     * otherwise make the compiler reload every field of c (and of c->doc)
     * on every token */
    uint64_t *fa = c->f, *ha = c->h;
    const lex_cue_t **cuea = c->cue;
    uint8_t *wa = c->w;
    double *numa = c->num;
    int *tpa = c->tp;
    const char *text = c->doc->text;
    const uint64_t *lower = c->doc->lower_hashes;
    int prev_w = W_NONE;
    size_t caps = 0; /* the words in capitals just before token i */
    for (size_t i = 0; i < n; i++) {
        const sift_token_t *t = &tok[i];
        size_t len = t->end - t->start;
        const char *s = text + t->start;
        double num = NAN;
        uint64_t f = 0;
        const lex_cue_t *q = NULL;
        int w = W_NONE;
        /* longer tokens fit no party phrase (tf_parties) */
        uint64_t h = len < PHRASE_MAX ? lower[i] : 0; /* = lex_hash */
        if (len <= 40 && (q = lex_cue(lex, h))) {
            w = q->word;
            f = q->flags;
            if (f & F(NUMW))
                num = q->value;
        }
        uint32_t tf = t->flags;
        if ((tf & SIFT_TOKEN_NUMBER) && len < 32)
            num = s_number(s, len, num);
        /* "May" the month, not the modal: capitalised mid-sentence before a
         * day, or after a preposition of time ("in May", "since May") */
        if (f & F(MONTH) && f & F(M_WEAK)) {
            bool month = (tf & SIFT_TOKEN_CAP) && !(tf & SIFT_TOKEN_SENT_START) &&
                         ((i + 1 < n && (tok[i + 1].flags & SIFT_TOKEN_NUMBER)) ||
                          prev_w == W_IN || prev_w == W_SINCE || prev_w == W_UNTIL || prev_w == W_LAST ||
                          prev_w == W_NEXT || prev_w == W_BY || prev_w == W_OF || prev_w == W_DURING);
            f &= month ? ~F(M_WEAK) : ~F(MONTH);
        }
        /* a lower-case month word ("march") is a verb or noun */
        if ((f & (F(MONTH) | F(WEEKDAY))) && !(tf & SIFT_TOKEN_CAP))
            f &= ~(F(MONTH) | F(WEEKDAY));
        /* "supports" and "supporting" are verbs before their object ("supports
         * tariffs", "are supporting a 45 percent tariff"), a noun or an
         * adjective before anything else ("collar supports would be", "price
         * supports for farmers", "supporting documents"): only verbs demand;
         * so is "back" ("has backed higher tariffs", not "backed down",
         * "backed by Washington") */
        if ((f & F(M_DEMAND)) && ((len == 8 && !strncasecmp(s, "supports", 8)) ||
                                  (len == 10 && !strncasecmp(s, "supporting", 10)) ||
                                  (len >= 5 && len <= 7 && !strncasecmp(s, "back", 4)))) {
            const lex_cue_t *next = i + 1 < n ? lex_cue(lex, c->doc->lower_hashes[i + 1]) : NULL;
            bool object = i + 1 < n && !(tok[i + 1].flags & SIFT_TOKEN_PUNCT) &&
                          (!next || (next->flags & (F(DET) | F(TNOUN) | F(WNOUN) | F(GOODS) | F(IMPORTQ) |
                                                    F(ORIGIN) | F(NUMW) | F(RETAL) | A_MASK)));
            if (!object)
                f &= ~F(M_DEMAND);
        }
        /* "the press", "press releases": the noun, no demand */
        static const char *const press_noun[] = { "releas", "conferen", "statement", "secretar", "office",
                                                  "briefing", "agenc", "freedom", NULL };
        if ((f & F(M_DEMAND)) && len == 5 && !strncasecmp(s, "press", 5) &&
            ((i > 0 && (fa[i - 1] & F(DET))) || tf_word_starts(c, (int)i + 1, press_noun)))
            f &= ~(F(M_DEMAND) | F(CALLV));
        /* an offer to act is a proposal (guidelines §6, "conditional offers
         * to lower or remove"): "offered to cut tariffs"; what is offered is
         * given ("the zero-tariff policy offered by China") */
        if ((f & F(M_PROPOSE)) && len >= 5 && !strncasecmp(s, "offer", 5)) {
            const lex_cue_t *next = i + 1 < n ? lex_cue(lex, c->doc->lower_hashes[i + 1]) : NULL;
            if (!next || next->word != W_TO)
                f &= ~F(M_PROPOSE);
        }
        /* "not only ... but also", "there is no doubt", "no wonder": no
         * negation of what follows */
        static const char *const idiom[] = { "only$", "just$", "doubt$", "wonder$", NULL };
        if ((f & F(NEG)) && tf_word_starts(c, (int)i + 1, idiom))
            f &= ~F(NEG);
        /* has/have + -ed participle: a completed action */
        if ((prev_w == W_HAS || prev_w == W_HAVE) && len > 2 && s[len - 2] == 'e' && s[len - 1] == 'd')
            f |= F(PAST);
        numa[i] = num;
        tpa[i] = -1;
        fa[i] = f;
        cuea[i] = q;
        wa[i] = (uint8_t)w;
        ha[i] = h;
        prev_w = w;
        if ((tf & (SIFT_TOKEN_UPPER | SIFT_TOKEN_ALPHA)) == (SIFT_TOKEN_UPPER | SIFT_TOKEN_ALPHA) && len >= 2) {
            caps++;
        } else if (caps) {
            if (caps >= 3 && (tf & (SIFT_TOKEN_CAP | SIFT_TOKEN_UPPER)) == SIFT_TOKEN_CAP)
                s_heading(c, i - caps, i);
            caps = 0;
        }
    }
}

/* A percentage at token i: "25 pct", "25%", "five per cent". Sets *end to
 * the token after the marker. Rejects "percentage points". */
/* "25-percent", "10-per-cent", "5-pct", "25pc": a rate glued into one token (the
 * core joins words across a hyphen). */
static bool s_glued_percent(const ctx_t *c, int i, double *v)
{
    size_t len;
    const char *s = s_text(c, i, &len);
    if (!(s_tflags(c, i) & SIFT_TOKEN_DIGIT) || len < 3 || len > 24 || s[0] < '0' || s[0] > '9')
        return false;
    char buf[24];
    size_t k = 0;
    while (k < len && ((s[k] >= '0' && s[k] <= '9') || s[k] == '.'))
        k++;
    /* "25-percent", "25-pct", and British copy's "25pc" with no dash */
    size_t u = k < len && s[k] == '-' ? k + 1 : k;
    if (u >= len)
        return false;
    const char *unit = s + u;
    size_t un = len - u;
    if (!((un == 7 && strncasecmp(unit, "percent", 7) == 0) ||
          (un == 8 && strncasecmp(unit, "per-cent", 8) == 0) ||
          (un == 3 && strncasecmp(unit, "pct", 3) == 0) || (un == 2 && strncasecmp(unit, "pc", 2) == 0)))
        return false;
    memcpy(buf, s, k);
    buf[k] = 0;
    *v = tf_strtod(buf, NULL);
    return true;
}

bool tf_percent_at(const ctx_t *c, int i, int lim, double *v, int *end)
{
    if (i < lim && isnan(c->num[i]) && s_glued_percent(c, i, v)) {
        *end = i + 1;
        return !s_has(c, *end, F(PCTPOINT));
    }
    if (i >= lim || isnan(c->num[i]))
        return false;
    int j = i + 1;
    if (j < lim && s_has(c, j, F(PCT))) {
        *end = j + 1;
    } else if (j + 1 < lim && s_has(c, j, F(PER)) && s_has(c, j + 1, F(CENT))) {
        *end = j + 2;
    } else {
        return false;
    }
    if (s_has(c, *end, F(PCTPOINT)))
        return false;
    *v = c->num[i];
    return true;
}

/* A money amount starting at token i: "$200 billion", "$200bn",
 * "300 mln dlrs", "84.9 U.S. cts". */
bool tf_money(const ctx_t *c, int i, int lim, double *v, const char **cur, int *end)
{
    const char *currency = NULL;
    int j = i;
    /* a sign, or a code or short name before the number: "Rs 5,000 crore", "RMB 100 billion" */
    if (s_has(c, j, F(MONEYW)) &&
        ((s_tflags(c, j) & SIFT_TOKEN_PUNCT) || (j + 1 < lim && (s_tflags(c, j + 1) & SIFT_TOKEN_NUMBER)))) {
        currency = c->cue[j]->currency;
        j++;
    }
    if (j >= lim)
        return false;
    double x = c->num[j];
    double scale = 1;
    if (isnan(x)) {
        /* "200bn", "60b", "5m": number glued to a scale word */
        size_t len;
        const char *s = s_text(c, j, &len);
        if (!(s_tflags(c, j) & SIFT_TOKEN_DIGIT) || len >= 24)
            return false;
        char buf[24];
        size_t k = 0, p = 0;
        while (p < len && ((s[p] >= '0' && s[p] <= '9') || s[p] == '.' || s[p] == ','))
            if (s[p++] != ',')
                buf[k++] = s[p - 1];
        buf[k] = 0;
        /* (or to it and the unit by hyphens: "16-billion-dollar",
         * "60-billion-U.S.-dollar", "100-billion-U.S. dollar") */
        size_t q0 = p < len && s[p] == '-' ? p + 1 : p, q1 = q0;
        while (q1 < len && s[q1] != '-')
            q1++;
        const lex_cue_t *q = q1 > q0 ? lex_cue(&c->st->lex, lex_hash(s + q0, q1 - q0)) : NULL;
        if (!k || !q || !(q->flags & F(SCALE)))
            return false;
        x = tf_strtod(buf, NULL);
        scale = q->value;
        /* the unit's last word glued on: "-dollar", "-U.S.-dollar", "-yuan" */
        size_t u = len;
        while (u > q1 && s[u - 1] != '-')
            u--;
        const lex_cue_t *unit = u > q1 && u < len ? lex_cue(&c->st->lex, lex_hash(s + u, len - u)) : NULL;
        if (unit && (unit->flags & F(MONEYW)))
            currency = unit->currency;
    }
    j++;
    if (j < lim && s_has(c, j, F(SCALE)) && scale == 1) {
        scale = c->cue[j]->value;
        j++;
    }
    if (!currency) {
        /* "Canadian dlrs", "U.S. dlrs": a country word may qualify the unit */
        if (j < lim && c->tp[j] >= 0 && c->parties[c->tp[j]].b < lim &&
            s_has(c, c->parties[c->tp[j]].b, F(MONEYW))) {
            const char *code = c->parties[c->tp[j]].code;
            j = c->parties[c->tp[j]].b; /* the party may span tokens: "U.S." */
            currency = c->cue[j]->currency;
            if (s_is(c, j, W_DLRS) || s_is(c, j, W_DOLLARS)) {
                if (!strcmp(code, "CA")) currency = "CAD";
                else if (!strcmp(code, "AU")) currency = "AUD";
                else if (!strcmp(code, "HK")) currency = "HKD";
                else if (!strcmp(code, "NZ")) currency = "NZD";
                else if (!strcmp(code, "SG")) currency = "SGD";
                else if (!strcmp(code, "TW")) currency = "TWD";
            }
            j++;
        } else if (j < lim && s_has(c, j, F(MONEYW))) {
            currency = c->cue[j]->currency;
            if (s_is(c, j, W_CTS) || s_is(c, j, W_CENTS))
                scale /= 100;
            j++;
        } else {
            return false;
        }
    }
    *v = x * scale;
    *cur = currency;
    *end = j;
    return true;
}
