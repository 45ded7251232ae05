/* SPDX-License-Identifier: MIT */
/* numex.c - MONEY, PERCENT and DATE mentions by rule.
 *
 * CoNLL labels none of these, so they are patterns over the core's tokens
 * with small lexicons (currency words, scales, month and weekday names),
 * normalised here: MONEY to units and ISO 4217, PERCENT to its number, DATE
 * to ISO 8601 relative to doc->published when the text is relative. */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "ent.h"

bool numex_parse_number(const char *s, size_t n, double *v, size_t *rest)
{
    size_t i = 0;
    double x = 0;
    int digits = 0;
    while (i < n && ((s[i] >= '0' && s[i] <= '9') ||
                     (s[i] == ',' && digits && i + 3 < n + 0 && i + 1 < n && s[i + 1] >= '0' &&
                      s[i + 1] <= '9'))) {
        if (s[i] != ',') {
            x = x * 10 + (s[i] - '0');
            digits++;
        }
        i++;
    }
    if (!digits)
        return false;
    if (i + 1 < n && s[i] == '.' && s[i + 1] >= '0' && s[i + 1] <= '9') {
        double f = 0.1;
        i++;
        while (i < n && s[i] >= '0' && s[i] <= '9') {
            x += f * (s[i] - '0');
            f /= 10;
            i++;
        }
    }
    *v = x;
    *rest = i;
    return true;
}

/* A number at token i: digits (with a glued suffix returned in *suf) or a
 * number word ("five", "twenty-five"). */
static bool s_number(const ent_ctx_t *c, size_t i, double *v, const char **suf, size_t *suf_n)
{
    const char *s = tok_s(c, i);
    size_t n = tok_n(c, i), rest;
    *suf = s + n;
    *suf_n = 0;
    if (s[0] >= '0' && s[0] <= '9') {
        if (!numex_parse_number(s, n, v, &rest))
            return false;
        *suf = s + rest;
        *suf_n = n - rest;
        return true;
    }
    const lex_entry_t *e = ent_lookup_lower(c, NS_NUMW, i);
    if (e) {
        *v = e->num;
        return true;
    }
    const char *h = memchr(s, '-', n); /* twenty-five */
    if (h) {
        char buf[32];
        size_t a = (size_t)(h - s), b = n - a - 1;
        if (a >= sizeof buf || b >= sizeof buf)
            return false;
        for (size_t k = 0; k < a; k++) buf[k] = (char)(s[k] | 0x20);
        const lex_entry_t *t = lex_get(c->st->lex, NS_NUMW, buf, a);
        for (size_t k = 0; k < b; k++) buf[k] = (char)(h[1 + k] | 0x20);
        const lex_entry_t *u = lex_get(c->st->lex, NS_NUMW, buf, b);
        if (t && u && t->num >= 20 && u->num < 10) {
            *v = t->num + u->num;
            return true;
        }
    }
    return false;
}

static const lex_entry_t *s_lower_str(const ent_ctx_t *c, int ns, const char *s, size_t n)
{
    char buf[32];
    if (n == 0 || n >= sizeof buf)
        return NULL;
    for (size_t k = 0; k < n; k++)
        buf[k] = (s[k] >= 'A' && s[k] <= 'Z') ? (char)(s[k] | 0x20) : s[k];
    return lex_get(c->st->lex, ns, buf, n);
}

static bool s_glued(const ent_ctx_t *c, size_t i)
{
    return !(c->tok[i].flags & SIFT_TOKEN_SPACE_BEFORE);
}

/* "7-10" of "7-10 percent", "100-200" of "100-200 million dollars": what
 * s_number left after a number is "-" and a second number, a range (no
 * value of its own). Clears the suffix. */
static bool s_range(const char **suf, size_t *suf_n)
{
    double hi;
    size_t rest;
    if (*suf_n < 2 || **suf != '-' || (*suf)[1] < '0' || (*suf)[1] > '9' ||
        !numex_parse_number(*suf + 1, *suf_n - 1, &hi, &rest) || rest != *suf_n - 1)
        return false;
    *suf += *suf_n;
    *suf_n = 0;
    return true;
}

static mention_t *s_add(ent_ctx_t *c, size_t b, size_t e, int type)
{
    for (size_t k = b; k < e; k++)
        if (c->used[k])
            return NULL;
    return ent_mention(c, b, e, type, SRC_RULE);
}

/* ------------------------------------------------------------- MONEY */

/* A scale word or suffix: billion, bn, mln, m. 0 when none. */
static double s_scale(const ent_ctx_t *c, const char *s, size_t n)
{
    const lex_entry_t *e = s_lower_str(c, NS_SCALE, s, n);
    return e ? e->num : 0;
}

/* Currency words after a number, up to three tokens ("hong kong dollars"). */
static size_t s_cur_words(const ent_ctx_t *c, size_t j, const char **code)
{
    char buf[64];
    for (size_t k = 3; k >= 1; k--) {
        if (j + k > c->n)
            continue;
        size_t len = ent_key(c, j, j + k, 1, buf, sizeof buf);
        const lex_entry_t *e = len ? lex_get(c->st->lex, NS_CUR, buf, len) : NULL;
        if (!e && len)
            e = lex_get(c->st->lex, NS_CUR, tok_s(c, j), len == tok_n(c, j) ? len : 0);
        if (e && !(c->tok[j].flags & SIFT_TOKEN_PUNCT)) {
            *code = e->code;
            return k;
        }
    }
    return 0;
}

static inline bool s_is_lower(const ent_ctx_t *c, size_t i, const char *w);
static bool s_year_tok(const ent_ctx_t *c, size_t i, int *year);

/* A token that ends the clause a weight is looked for in: a sentence
 * start or punctuation other than a comma. */
static bool s_clause_end(const ent_ctx_t *c, size_t t)
{
    return (c->tok[t].flags & SIFT_TOKEN_SENT_START) ||
           ((c->tok[t].flags & SIFT_TOKEN_PUNCT) && !tok_is(c, t, ","));
}

/* Whether goods sold by weight are named in the clause within eight
 * tokens of [b, e): "pounds" there weigh them. */
static bool s_goods_near(const ent_ctx_t *c, size_t b, size_t e)
{
    for (size_t t = b; t-- > 0 && t + 8 >= b && !s_clause_end(c, t + 1);)
        if (ent_lookup_lower(c, NS_GOODS, t))
            return true;
    for (size_t t = e; t < c->n && t < e + 8 && !s_clause_end(c, t); t++)
        if (ent_lookup_lower(c, NS_GOODS, t))
            return true;
    return false;
}

/* How many tokens before i hedge the amount or percentage that starts
 * at i: "about $34 billion", "more than 70%", "as much as 25 percent"
 * belong to its span (the seeds' and OntoNotes' convention), "over" and
 * "under" do not (a preposition as often: "the dispute over $50 billion"). */
static size_t s_hedge_words(const ent_ctx_t *c, size_t i)
{
    static const char *const hedges[][3] = {
        { "about" }, { "around" }, { "nearly" }, { "almost" }, { "approximately" }, { "roughly" },
        { "some" }, { "more", "than" }, { "less", "than" }, { "fewer", "than" }, { "up", "to" },
        { "at", "least" }, { "at", "most" }, { "close", "to" }, { "as", "much", "as" },
        { "as", "many", "as" }, { "as", "high", "as" }, { "in", "excess", "of" },
        { "slightly", "over" }, { "just", "over" }, { "well", "over" },
    };
    /* a rise's "up to" is no hedge: "tariffs went up to 25 percent" reached it */
    static const char *const rose[] = { "went", "go", "goes", "gone", "going", "rose", "rise", "rises",
                                        "risen", "rising", "climbed", "jumped", "shot", "moved", NULL };
    for (size_t h = 0; h < sizeof hedges / sizeof *hedges; h++) {
        size_t n = hedges[h][2] ? 3 : hedges[h][1] ? 2 : 1;
        if (i < n)
            continue;
        bool ok = true;
        for (size_t k = 0; k < n && ok; k++) {
            size_t t = i - n + k;
            ok = !c->used[t] && s_is_lower(c, t, hedges[h][k]);
        }
        for (size_t r = 0; ok && hedges[h][1] && !strcmp(hedges[h][0], "up") && rose[r] && i > n; r++)
            ok = !s_is_lower(c, i - n - 1, rose[r]);
        if (ok)
            return n;
    }
    return 0;
}

static size_t s_hedge(const ent_ctx_t *c, size_t i)
{
    size_t h = s_hedge_words(c, i);
    if (h)
        return h;
    /* "over" after a verb's past form or a preposition of degree is a
     * hedge ("invested over $22 billion", "rose by over 20 percent"), not
     * after a noun ("the dispute over $50 billion") */
    if (i >= 2 && !c->used[i - 1] && s_is_lower(c, i - 1, "over") && !c->used[i - 2] &&
        (c->tok[i - 2].flags & SIFT_TOKEN_ALPHA)) {
        const char *w = tok_s(c, i - 2);
        size_t wn = tok_n(c, i - 2);
        /* ... or after "of" and "worth" ("a total of over $1 billion",
         * "worth over 12 million yuan": dev-10; 19 such in the pools) */
        if ((wn > 3 && w[wn - 2] == 'e' && w[wn - 1] == 'd') || s_is_lower(c, i - 2, "by") ||
            s_is_lower(c, i - 2, "to") || s_is_lower(c, i - 2, "of") || s_is_lower(c, i - 2, "worth"))
            return 1;
    }
    return 0;
}

/* A currency sign the page decoded twice (its UTF-8 bytes read as
 * Latin-1 or Windows-1252: "Â£" for "£", "â\xc2\x82¬" for "€", "ï¿¡" for
 * the full-width "￡"; the 2018 pool's web copy): the lexicon's entry of
 * the sign the glued tokens from i stand for, *j past them; else NULL.
 * Only a token starting with the byte 0xC3 or 0xC2 is looked at. */
static const lex_entry_t *s_cur_twice(const ent_ctx_t *c, size_t i, size_t *j)
{
    const unsigned char *p = (const unsigned char *)tok_s(c, i);
    if (p[0] != 0xC3 && p[0] != 0xC2)
        return NULL;
    unsigned char b[4];
    size_t nb = 0, need = 0;
    for (size_t k = i; k < c->n && k < i + 4 && (k == i || s_glued(c, k)); k++) {
        const unsigned char *q = (const unsigned char *)tok_s(c, k);
        size_t n = tok_n(c, k);
        for (size_t a = 0; a < n;) {
            unsigned cp; /* the character, two bytes of UTF-8 at most here */
            if (q[a] < 0x80)
                return NULL;
            if ((q[a] & 0xE0) == 0xC0 && a + 1 < n) {
                cp = (unsigned)(q[a] & 0x1F) << 6 | (q[a + 1] & 0x3F);
                a += 2;
            } else if (q[a] == 0xE2 && a + 2 < n && q[a + 1] == 0x80 && q[a + 2] == 0x9A) {
                cp = 0x82; /* Windows-1252's "‚" */
                a += 3;
            } else if (q[a] == 0xE2 && a + 2 < n && q[a + 1] == 0x82 && q[a + 2] == 0xAC) {
                cp = 0x80; /* Windows-1252's "€" */
                a += 3;
            } else {
                return NULL;
            }
            if (cp < 0x80 || cp > 0xFF || nb == sizeof b)
                return NULL;
            b[nb++] = (unsigned char)cp;
            if (nb == 1)
                need = cp >= 0xF0 ? 4 : cp >= 0xE0 ? 3 : cp >= 0xC2 ? 2 : 0;
            if (!need)
                return NULL;
        }
        if (nb == need) {
            const char *sign = NULL;
            if (nb == 2 && b[0] == 0xC2 && (b[1] == 0xA3 || b[1] == 0xA5))
                sign = b[1] == 0xA3 ? "\xc2\xa3" : "\xc2\xa5"; /* £ ¥ */
            else if (nb == 3 && b[0] == 0xE2 && b[1] == 0x82 && b[2] == 0xAC)
                sign = "\xe2\x82\xac"; /* € */
            else if (nb == 3 && b[0] == 0xEF && b[1] == 0xBF && b[2] == 0xA1)
                sign = "\xc2\xa3"; /* full-width ￡ */
            else if (nb == 3 && b[0] == 0xEF && b[1] == 0xBC && b[2] == 0x84)
                sign = "$"; /* full-width ＄ */
            if (!sign)
                return NULL;
            *j = k + 1;
            return lex_get(c->st->lex, NS_CUR, sign, strlen(sign));
        }
    }
    return NULL;
}

/* A MONEY mention of [i - hedge, e) worth v (none for a range), in code's
 * currency; e, or 0 when its tokens are taken. */
static size_t s_money_at(ent_ctx_t *c, size_t i, size_t e, double v, bool range, const char *code)
{
    mention_t *m = s_add(c, i - s_hedge(c, i), e, SIFT_MONEY);
    if (m) {
        m->has_value = !range;
        m->value = range ? 0 : v;
        m->currency = code;
    }
    return m ? e : 0;
}

static size_t s_money(ent_ctx_t *c, size_t i)
{
    const char *code = NULL;
    size_t j = i;
    char buf[16];
    /* "US$", "HK$": letters glued to a symbol */
    if (i + 1 < c->n && s_glued(c, i + 1) && (c->tok[i].flags & SIFT_TOKEN_ALPHA) &&
        (c->tok[i + 1].flags & SIFT_TOKEN_PUNCT)) {
        size_t len = ent_key(c, i, i + 2, 0, buf, sizeof buf);
        const lex_entry_t *e = len ? lex_get(c->st->lex, NS_CUR, buf, len) : NULL;
        if (e) {
            code = e->code;
            j = i + 2;
        }
    }
    if (!code && ((c->tok[i].flags & SIFT_TOKEN_PUNCT) || (c->tok[i].flags & SIFT_TOKEN_UPPER) ||
                  tok_is(c, i, "Rs") || tok_is(c, i, "Rs."))) {
        const lex_entry_t *e = ent_lookup_exact(c, NS_CUR, i);
        if (e) {
            code = e->code;
            j = i + 1;
        }
    }
    if (!code) {
        const lex_entry_t *e = s_cur_twice(c, i, &j);
        if (e)
            code = e->code;
        else
            j = i;
    }
    double v, scale = 1;
    const char *suf;
    size_t suf_n;
    if (code) {
        if (j >= c->n || !(c->tok[j].flags & SIFT_TOKEN_DIGIT) ||
            !s_number(c, j, &v, &suf, &suf_n))
            return 0;
        j++;
        bool range = s_range(&suf, &suf_n);
        if (suf_n && *suf == '-') { /* "$1.5-billion" */
            suf++;
            suf_n--;
        }
        if (suf_n) {
            scale = s_scale(c, suf, suf_n);
            if (!scale)
                return 0;
        } else if (j < c->n && (scale = s_scale(c, tok_s(c, j), tok_n(c, j))) > 0) {
            j++;
        } else {
            scale = 1;
        }
        /* "$250 billion dollars": the currency written out again after the
         * symbol is the amount's too */
        const char *again = NULL;
        size_t k = j < c->n && !range ? s_cur_words(c, j, &again) : 0;
        if (k && again && strcmp(again, code) == 0)
            j += k;
        return s_money_at(c, i, j, v * scale, range, code);
    }
    /* number [scale] currency-words */
    bool word = !(c->tok[i].flags & SIFT_TOKEN_DIGIT);
    if (!s_number(c, i, &v, &suf, &suf_n)) {
        if (tok_is(c, i, "a") || tok_is(c, i, "A") || tok_is(c, i, "an"))
            v = 1, suf_n = 0, word = true;
        else
            return 0;
    }
    bool range = s_range(&suf, &suf_n);
    j = i + 1;
    /* "the 16-billion-dollar list": the scale and the currency glued on */
    const char *h = suf_n > 1 && *suf == '-' ? memchr(suf + 1, '-', suf_n - 1) : NULL;
    if (h && (scale = s_scale(c, suf + 1, (size_t)(h - suf) - 1)) > 0) {
        const lex_entry_t *e = s_lower_str(c, NS_CUR, h + 1, (size_t)(suf + suf_n - h) - 1);
        return e ? s_money_at(c, i, j, v * scale, range, e->code) : 0;
    }
    if (suf_n) {
        scale = s_scale(c, suf, suf_n);
        if (!scale)
            return 0;
    } else if (j < c->n && (scale = s_scale(c, tok_s(c, j), tok_n(c, j))) > 0) {
        j++;
    } else {
        if (word && tok_n(c, i) <= 2)
            return 0; /* "a dollar" is not an amount worth a mention */
        scale = 1;
    }
    size_t k = j < c->n ? s_cur_words(c, j, &code) : 0;
    if (!k)
        return 0;
    /* "1.2 billion pounds of soybeans", "soybean farmers shipped 2 billion
     * pounds": a weight ("£" stays money) */
    if (k == 1 && s_is_lower(c, j, "pounds") &&
        ((j + 1 < c->n && s_is_lower(c, j + 1, "of")) || s_goods_near(c, i, j + 1)))
        return 0;
    return s_money_at(c, i, j + k, v * scale, range, code);
}

/* "237 mln dlrs in 1986 from 421 mln in 1985", "3.4 billion yuan, up
 * from 3.26 billion": a number and its scale with no unit, after "from",
 * "to", "against", "versus" or "compared with", whose sentence named an
 * amount of money just before with no other number between, is money in
 * the same currency (1987 and 2018 wire copy leave the unit out so). Not
 * after a quantity of another unit ("385 mln bu ... to 500 mln"). */
static size_t s_money_elided(ent_ctx_t *c, size_t i)
{
    size_t k = c->n_m;
    while (k > 0 && c->m[k - 1].type == SIFT_DATE) /* "in 1986" between */
        k--;
    const mention_t *m = k ? &c->m[k - 1] : NULL;
    if (!m || m->type != SIFT_MONEY || !m->currency || m->te >= i || i - m->te > 12 || i < 2 ||
        !(c->tok[i].flags & SIFT_TOKEN_DIGIT))
        return 0;
    if (!(s_is_lower(c, i - 1, "from") || s_is_lower(c, i - 1, "to") || s_is_lower(c, i - 1, "against") ||
          s_is_lower(c, i - 1, "versus") || s_is_lower(c, i - 1, "vs") || s_is_lower(c, i - 1, "vs.") ||
          (s_is_lower(c, i - 1, "with") && s_is_lower(c, i - 2, "compared"))))
        return 0;
    for (size_t t = m->te; t < i; t++)
        if ((c->tok[t].flags & SIFT_TOKEN_SENT_START) ||
            ((c->tok[t].flags & SIFT_TOKEN_DIGIT) && !s_year_tok(c, t, &(int){ 0 })) || tok_is(c, t, ";"))
            return 0;
    double v, scale;
    const char *suf;
    size_t suf_n, j = i + 1;
    if (!s_number(c, i, &v, &suf, &suf_n) || suf_n || j >= c->n ||
        (scale = s_scale(c, tok_s(c, j), tok_n(c, j))) <= 0)
        return 0;
    j++;
    /* a word after the scale that is none of these is a unit of its own:
     * "500 mln bushels", "40 mln shares", "331 million NZ dollars" */
    static const char *const after[] = { "in", "a", "and", "at", "by", "on", "last", "this", "for", "the",
                                         "over", "earlier", "from", "to", "against", "compared", "versus",
                                         "vs", NULL };
    bool free = !(j < c->n && (c->tok[j].flags & SIFT_TOKEN_ALPHA));
    for (int w = 0; !free && after[w]; w++)
        free = s_is_lower(c, j, after[w]);
    if (!free)
        return 0;
    return s_money_at(c, i, j, v * scale, false, m->currency);
}

/* "tens of billions of dollars", "billions of dollars": no value. */
static size_t s_money_vague(ent_ctx_t *c, size_t i)
{
    size_t j = i;
    if ((tok_is(c, j, "tens") || tok_is(c, j, "hundreds") || tok_is(c, j, "Tens") ||
         tok_is(c, j, "Hundreds")) && j + 2 < c->n && tok_is(c, j + 1, "of"))
        j += 2;
    if (!(tok_is(c, j, "billions") || tok_is(c, j, "millions") || tok_is(c, j, "trillions") ||
          tok_is(c, j, "Billions") || tok_is(c, j, "Millions")))
        return 0;
    if (j + 2 >= c->n || !tok_is(c, j + 1, "of"))
        return 0;
    const char *code = NULL;
    size_t k = s_cur_words(c, j + 2, &code);
    if (!k)
        return 0;
    mention_t *m = s_add(c, i, j + 2 + k, SIFT_MONEY);
    if (m)
        m->currency = code;
    return m ? j + 2 + k : 0;
}

/* ----------------------------------------------------------- PERCENT */

static size_t s_percent(ent_ctx_t *c, size_t i)
{
    double v;
    const char *suf;
    size_t suf_n, j = i + 1;
    if (!s_number(c, i, &v, &suf, &suf_n))
        return 0;
    bool range = s_range(&suf, &suf_n);
    if (suf_n) {
        /* 10pc, 25-percent, 25-per-cent */
        if (*suf == '-') {
            suf++;
            suf_n--;
        }
        if (!(s_lower_str(c, NS_PCT, suf, suf_n) ||
              (suf_n == 8 && strncmp(suf, "per-cent", 8) == 0) ||
              (suf_n == 2 && strncmp(suf, "pc", 2) == 0)))
            return 0;
    } else if (j < c->n && ent_lookup_lower(c, NS_PCT, j)) {
        j++;
        if (j < c->n && (tok_is(c, j - 1, "percentage") || tok_is(c, j - 1, "Percentage"))) {
            if (!(tok_is(c, j, "points") || tok_is(c, j, "point")))
                return 0;
            j++;
        }
    } else if (j + 1 < c->n && (tok_is(c, j, "per") || tok_is(c, j, "Per")) &&
               (tok_is(c, j + 1, "cent") || tok_is(c, j + 1, "Cent"))) {
        j += 2;
    } else {
        return 0;
    }
    mention_t *m = s_add(c, i - s_hedge(c, i), j, SIFT_PERCENT);
    if (m && !range) {
        m->has_value = true;
        m->value = v;
    }
    return m ? j : 0;
}

/* -------------------------------------------------------------- DATE */

/* Days since 1970-01-01 (Hinnant's days_from_civil). */
static long s_days(int y, int m, int d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static void s_civil(long z, int *y, int *m, int *d)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yoe + era * 400 + (*m <= 2));
}

static int s_wday(long days) /* 1 = Monday ... 7 = Sunday */
{
    return (int)(((days % 7) + 7 + 3) % 7) + 1;
}

static void s_iso_day(char *out, long days)
{
    int y, m, d;
    s_civil(days, &y, &m, &d);
    snprintf(out, 48, "%04d-%02d-%02d", y, m, d);
}

static void s_iso_week(char *out, long days)
{
    long thursday = days - s_wday(days) + 4;
    int y, m, d;
    s_civil(thursday, &y, &m, &d);
    long week = (thursday - s_days(y, 1, 1)) / 7 + 1;
    snprintf(out, 48, "%04d-W%02ld", y, week);
}

static bool s_year_tok(const ent_ctx_t *c, size_t i, int *year)
{
    const char *s = tok_s(c, i);
    if (tok_n(c, i) != 4 || !(c->tok[i].flags & SIFT_TOKEN_NUMBER))
        return false;
    for (int k = 0; k < 4; k++)
        if (s[k] < '0' || s[k] > '9')
            return false; /* "20.5" is a number too, and no year */
    int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    if (y < 1900 || y > 2099)
        return false;
    *year = y;
    return true;
}

/* "st", "nd", "rd", "th": an ordinal's ending, the two characters at s. */
static bool s_ord_ending(const char *s)
{
    return strncmp(s, "st", 2) == 0 || strncmp(s, "nd", 2) == 0 || strncmp(s, "rd", 2) == 0 ||
           strncmp(s, "th", 2) == 0;
}

static bool s_day_tok(const ent_ctx_t *c, size_t i, int *day)
{
    const char *s = tok_s(c, i);
    size_t n = tok_n(c, i), k = 0;
    int d = 0;
    while (k < n && k < 2 && s[k] >= '0' && s[k] <= '9')
        d = d * 10 + (s[k++] - '0');
    if (k == 0 || d < 1 || d > 31)
        return false;
    if (k < n && !(n - k == 2 && s_ord_ending(s + k)))
        return false;
    *day = d;
    return true;
}

static int s_month(const ent_ctx_t *c, size_t i)
{
    const lex_entry_t *e = ent_lookup_cap(c, NS_MONTH, i);
    return e ? (int)e->num : 0;
}

typedef struct {
    size_t end;      /* token after the date */
    char date[48];
} date_t;

static bool s_has_pub(const ent_ctx_t *c)
{
    return c->doc->pub_year > 0 && c->doc->pub_month > 0 && c->doc->pub_day > 0;
}

/* "27-28": two days of a month in one token; *day the first. */
static bool s_day_span_tok(const ent_ctx_t *c, size_t i, int *day)
{
    const char *s = tok_s(c, i);
    size_t n = tok_n(c, i), k = 0;
    int a = 0, b = 0;
    while (k < n && k < 2 && s[k] >= '0' && s[k] <= '9')
        a = a * 10 + (s[k++] - '0');
    if (k == 0 || k >= n || s[k] != '-')
        return false;
    size_t h = ++k;
    while (k < n && k < h + 2 && s[k] >= '0' && s[k] <= '9')
        b = b * 10 + (s[k++] - '0');
    if (k == h || k != n || a < 1 || b > 31 || b <= a)
        return false;
    *day = a;
    return true;
}

/* "29-May" of "April 29-May 2": a day, a hyphen and a month, one token. */
static bool s_day_month_tok(const ent_ctx_t *c, size_t i)
{
    const char *s = tok_s(c, i), *h = memchr(s, '-', tok_n(c, i));
    size_t a = h ? (size_t)(h - s) : 0;
    if (!h || a < 1 || a > 2 || s[0] < '0' || s[0] > '9' || (a == 2 && (s[1] < '0' || s[1] > '9')))
        return false;
    return lex_get(c->st->lex, NS_MONTH, h + 1, tok_n(c, i) - a - 1) != NULL;
}

/* The end of a span of two days at j (after "27-28"): its year, if any;
 * the date is their month. */
static bool s_date_month_end(const ent_ctx_t *c, size_t j, int mon, date_t *d)
{
    int year = 0;
    if (j + 1 < c->n && tok_is(c, j, ",") && s_year_tok(c, j + 1, &year))
        j += 2;
    d->end = j;
    int y = year ? year : (s_has_pub(c) ? c->doc->pub_year : 0);
    if (y)
        snprintf(d->date, sizeof d->date, "%04d-%02d", y, mon);
    return true;
}

/* "January-May", "Jan-Sept": a span of months written as one token (its
 * two month names joined by a hyphen). */
static bool s_month_span_tok(const ent_ctx_t *c, size_t k)
{
    const char *s = tok_s(c, k), *h = memchr(s, '-', tok_n(c, k));
    if (!h || h == s || !(c->tok[k].flags & SIFT_TOKEN_CAP))
        return false;
    size_t a = (size_t)(h - s), b = tok_n(c, k) - a - 1;
    return b > 0 && lex_get(c->st->lex, NS_MONTH, s, a) && lex_get(c->st->lex, NS_MONTH, h + 1, b);
}

/* Month forms at k: "May 10", "May 10, 2019", "May 2019", "May", "10 May". */
static bool s_date_month(const ent_ctx_t *c, size_t k, bool cued, date_t *d)
{
    int mon = 0, day = 0, year = 0;
    size_t j = k;
    d->date[0] = 0;
    if (s_month_span_tok(c, k)) { /* as "Jan.-Sept.": one date, no day of its own */
        d->end = k + 1;
        return true;
    }
    if (s_day_tok(c, j, &day) && j + 1 < c->n && (mon = s_month(c, j + 1)) > 0) {
        j += 2;
    } else if ((mon = s_month(c, j)) > 0) {
        j++;
        day = 0;
        if (j < c->n && s_day_tok(c, j, &day))
            j++;
        else if (j < c->n && s_day_span_tok(c, j, &day)) /* "April 27-28" */
            return s_date_month_end(c, j + 1, mon, d);
        else if (j + 1 < c->n && s_day_month_tok(c, j) && s_day_tok(c, j + 1, &(int){ 0 }) &&
                 (c->tok[j + 1].flags & SIFT_TOKEN_DIGIT)) /* "April 29-May 2": days across two months */
            return s_date_month_end(c, j + 2, mon, d);
    } else {
        return false;
    }
    /* "April 29 to May 5", "June 30 through July 2": days across two
     * months written apart, one date as "April 29-May 2" */
    if (day && j + 2 < c->n && (tok_is(c, j, "to") || tok_is(c, j, "through")) && s_month(c, j + 1) > 0 &&
        s_day_tok(c, j + 2, &(int){ 0 }) && (c->tok[j + 2].flags & SIFT_TOKEN_DIGIT))
        return s_date_month_end(c, j + 3, mon, d);
    /* "May 25 and 26", "April 27-28", "June 3 to 5": two days of one month
     * are one date (the words that say the time), not a count after it */
    int day2 = 0;
    if (day && j + 1 < c->n &&
        (tok_is(c, j, "and") || tok_is(c, j, "to") || tok_is(c, j, "or") || tok_is(c, j, "through") ||
         (tok_is(c, j, "-") && s_glued(c, j) && s_glued(c, j + 1))) &&
        s_day_tok(c, j + 1, &day2) && day2 > day && (c->tok[j + 1].flags & SIFT_TOKEN_DIGIT) &&
        !(j + 2 < c->n && (ent_lookup_lower(c, NS_PCT, j + 2) || ent_lookup_lower(c, NS_SCALE, j + 2) ||
                           ent_lookup_lower(c, NS_DUNIT, j + 2) || ent_lookup_lower(c, NS_CUR, j + 2) ||
                           s_month(c, j + 2) || tok_is(c, j + 2, "%"))))
        j += 2;
    else
        day2 = 0;
    if (j + 1 < c->n && tok_is(c, j, ",") && day && s_year_tok(c, j + 1, &year))
        j += 2;
    else if (j < c->n && s_year_tok(c, j, &year))
        j++;
    /* "Jan.-Sept.": a span of months written as one word is one date */
    bool span = !day && !year && j + 1 < c->n && tok_is(c, j, "-") && s_glued(c, j) && s_glued(c, j + 1) &&
                s_month(c, j + 1) > 0;
    if (span)
        j += 2;
    /* "May" alone is too often a verb or a name */
    if (!day && !year && !cued && !span && tok_is(c, k, "May"))
        return false;
    if (!day && !year && !cued && tok_n(c, k) <= 4 && tok_s(c, k)[tok_n(c, k) - 1] != '.' &&
        !(c->tok[k].flags & SIFT_TOKEN_CAP))
        return false;
    d->end = j;
    int y = year ? year : (s_has_pub(c) ? c->doc->pub_year : 0);
    if (y && day && !day2)
        snprintf(d->date, sizeof d->date, "%04d-%02d-%02d", y, mon, day);
    else if (y && !span)
        snprintf(d->date, sizeof d->date, "%04d-%02d", y, mon); /* two days: their month */
    return true;
}

static inline bool s_is_lower(const ent_ctx_t *c, size_t i, const char *w)
{
    /* length and first letter first: most tokens differ in them, and
     * strlen of a literal folds */
    size_t n = tok_n(c, i);
    const char *s = tok_s(c, i);
    return n == strlen(w) && (s[0] | 0x20) == w[0] && strncasecmp(s, w, n) == 0;
}

/* "first" to "fourth", "last", "final": a part of a year's order. */
static bool s_ordinal(const ent_ctx_t *c, size_t i)
{
    static const char *const w[] = { "first", "second", "third", "fourth", "last", "final", NULL };
    for (int k = 0; w[k]; k++)
        if (s_is_lower(c, i, w[k]))
            return true;
    return false;
}

/* "21st", "18th": digits and an ordinal's ending, the n bytes at s. */
static bool s_ordinal_num_at(const char *s, size_t n)
{
    size_t k = 0;
    while (k < n && s[k] >= '0' && s[k] <= '9')
        k++;
    return k >= 1 && k <= 2 && n == k + 2 && s_ord_ending(s + k);
}

static bool s_ordinal_num(const ent_ctx_t *c, size_t i)
{
    return s_ordinal_num_at(tok_s(c, i), tok_n(c, i));
}

/* "2016-2020", "2015-16", "2014/15": a span of years, one token. */
static bool s_year_range(const char *s, size_t n)
{
    if (n != 7 && n != 9)
        return false;
    for (size_t k = 0; k < n; k++)
        if (k != 4 && (s[k] < '0' || s[k] > '9'))
            return false;
    if (s[4] != '-' && s[4] != '/')
        return false;
    int a = 0, b = 0; /* the token's digits only: the text goes on after it */
    for (size_t k = 0; k < 4; k++)
        a = a * 10 + (s[k] - '0');
    for (size_t k = 5; k < n; k++)
        b = b * 10 + (s[k] - '0');
    if (a < 1900 || a > 2099)
        return false;
    return n == 9 ? b > a && b <= a + 50 : (b - a % 100 + 100) % 100 >= 1 && (b - a % 100 + 100) % 100 <= 30;
}

/* Which way in time token i points: -1 "last", "past", "previous"; 1
 * "next", "coming"; 0 "this", "current"; 9 none. */
static int s_dir(const ent_ctx_t *c, size_t i)
{
    return s_is_lower(c, i, "last") || s_is_lower(c, i, "past") || s_is_lower(c, i, "previous") ? -1
           : s_is_lower(c, i, "next") || s_is_lower(c, i, "coming")                            ? 1
           : s_is_lower(c, i, "this") || s_is_lower(c, i, "current")                           ? 0
                                                                                                : 9;
}

/* Units of time, plural: "days", "months", "years". */
static bool s_units(const ent_ctx_t *c, size_t i)
{
    return ent_lookup_lower(c, NS_DUNIT, i) && tok_s(c, i)[tok_n(c, i) - 1] == 's';
}

/* Where the unit of time at u ends: after it, or after a second unit
 * joined by "or"/"to" ("a few weeks or months", "several days to weeks"). */
static size_t s_unit_end(const ent_ctx_t *c, size_t u)
{
    if (u + 2 < c->n && ent_lookup_lower(c, NS_DUNIT, u + 2) &&
        (tok_is(c, u + 1, "or") || (tok_is(c, u + 1, "to") && s_units(c, u) && s_units(c, u + 2))))
        return u + 3;
    return u + 1;
}

/* Where a count of time units starting at q ends: a number, "20-plus",
 * "two and a half"; q when there is none. *v gets its value (a half
 * counts as one more: the count is only compared with 1 and 2). */
static size_t s_count_end(const ent_ctx_t *c, size_t q, double *v)
{
    const char *suf;
    size_t suf_n;
    if (!s_number(c, q, v, &suf, &suf_n) || (suf_n && !(suf_n == 5 && memcmp(suf, "-plus", 5) == 0)))
        return q;
    q++;
    if (q + 2 < c->n && s_is_lower(c, q, "and") && tok_is(c, q + 1, "a") && s_is_lower(c, q + 2, "half")) {
        q += 3;
        *v += 1;
    }
    return q;
}

/* A decade at k: "1990s" -> "199", "mid-1980s" -> "198" (ISO 8601). */
static bool s_decade(const ent_ctx_t *c, size_t k, date_t *d)
{
    const char *s = tok_s(c, k);
    size_t sn = tok_n(c, k);
    if (sn > 4 && (s[0] == 'm' || s[0] == 'M') && strncmp(s + 1, "id-", 3) == 0) {
        s += 4;
        sn -= 4;
    }
    /* "the 1950's": the core splits the "'s" off as a possessive; only
     * after "the" or a modifier ("the late 1970's"), a year's possessive
     * otherwise ("1986's output") */
    size_t end = k + 1;
    if (sn == 4 && s == tok_s(c, k) && k > 0 && k + 1 < c->n && (c->tok[k + 1].flags & SIFT_TOKEN_POSSESSIVE) &&
        c->tok[k + 1].start == c->tok[k].end && (s_is_lower(c, k - 1, "the") || ent_lookup_lower(c, NS_DMOD, k - 1)) &&
        s[3] == '0' && (s[0] == '1' || s[0] == '2') && s[1] >= '0' && s[1] <= '9' && s[2] >= '0' && s[2] <= '9')
        end = k + 2;
    else if (!(sn == 5 && s[4] == 's' && s[3] == '0' && (s[0] == '1' || s[0] == '2') &&
               s[1] >= '0' && s[1] <= '9' && s[2] >= '0' && s[2] <= '9'))
        return false;
    d->end = end;
    snprintf(d->date, sizeof d->date, "%.3s", s);
    return true;
}

/* The core date forms at k (no early/late modifier). */
static bool s_date_core(const ent_ctx_t *c, size_t k, bool cued, date_t *d)
{
    const sift_doc_t *doc = c->doc;
    bool pub = s_has_pub(c);
    long today = pub ? s_days(doc->pub_year, doc->pub_month, doc->pub_day) : 0;
    const lex_entry_t *e;
    int year;
    d->date[0] = 0;
    /* weekday; not of a newspaper's name ("The Sunday Times said") */
    if ((e = ent_lookup_cap(c, NS_WDAY, k)) && (c->tok[k].flags & SIFT_TOKEN_CAP) &&
        !(k + 1 < c->n && (c->tok[k + 1].flags & SIFT_TOKEN_CAP) && ent_lookup_exact(c, NS_ORGKW, k + 1))) {
        d->end = k + 1;
        /* "Monday evening": the part of the day narrows the date, as
         * "early" does ("early in May"); the guide's decision 2 */
        if (k + 1 < c->n && (s_is_lower(c, k + 1, "morning") || s_is_lower(c, k + 1, "afternoon") ||
                             s_is_lower(c, k + 1, "evening") || s_is_lower(c, k + 1, "night")))
            d->end = k + 2;
        if (pub) {
            int delta = (s_wday(today) - (int)e->num + 7) % 7;
            s_iso_day(d->date, today - delta);
        }
        date_t md;
        if (k + 2 < c->n && tok_is(c, k + 1, ",") && s_date_month(c, k + 2, true, &md)) {
            *d = md;
        }
        return true;
    }
    if (s_date_month(c, k, cued, d))
        return true;
    /* this/last/next + period or weekday */
    int dir = s_dir(c, k);
    if (dir != 9 && k + 1 < c->n) {
        if ((e = ent_lookup_lower(c, NS_PERIOD, k + 1))) {
            d->end = k + 2;
            if (pub) {
                int u = (int)e->num; /* 1 week 2 month 3 year 4 weekend */
                if (u == 1 || u == 4) {
                    s_iso_week(d->date, today + 7 * dir);
                } else if (u == 2) {
                    int m = doc->pub_month + dir, y = doc->pub_year;
                    if (m < 1) m = 12, y--;
                    if (m > 12) m = 1, y++;
                    snprintf(d->date, sizeof d->date, "%04d-%02d", y, m);
                } else if (u == 3) {
                    snprintf(d->date, sizeof d->date, "%04d", doc->pub_year + dir);
                }
            }
            return true;
        }
        if ((e = ent_lookup_cap(c, NS_WDAY, k + 1))) {
            d->end = k + 2;
            if (pub) {
                int wd = s_wday(today), delta;
                if (dir > 0) delta = ((int)e->num - wd + 7) % 7 ? ((int)e->num - wd + 7) % 7 : 7;
                else if (dir < 0) delta = -(((wd - (int)e->num + 7) % 7) ? (wd - (int)e->num + 7) % 7 : 7);
                else delta = (int)e->num - wd;
                s_iso_day(d->date, today + delta);
            }
            return true;
        }
        date_t md;
        /* "this July 1": the day itself, its "this" inside */
        if (dir == 0 && s_is_lower(c, k, "this") && s_date_month(c, k + 1, true, &md) && md.end > k + 2 &&
            s_day_tok(c, k + 2, &(int){ 0 })) {
            *d = md;
            return true;
        }
        /* "last October", "next April"; "this October": the month of the
         * article's year, its "this" inside as "this July 1" has it */
        if ((dir != 0 || s_is_lower(c, k, "this")) && s_date_month(c, k + 1, true, &md) && md.end == k + 2) {
            d->end = k + 2;
            if (pub) {
                int m = s_month(c, k + 1);
                int y = doc->pub_year + (dir < 0   ? (m >= doc->pub_month ? -1 : 0)
                                         : dir > 0 ? (m <= doc->pub_month ? 1 : 0)
                                                   : 0);
                snprintf(d->date, sizeof d->date, "%04d-%02d", y, m);
            }
            return true;
        }
    }
    /* yesterday, today, tomorrow */
    int rel = s_is_lower(c, k, "yesterday") ? -1 : s_is_lower(c, k, "today") ? 0
              : s_is_lower(c, k, "tomorrow") ? 1 : 9;
    if (rel != 9) {
        /* a capitalised "Today" after a capitalised word inside a sentence
         * ends a name ("USA TODAY", "USA Today", "Russia Today"), unless
         * the line is in capitals ("TRUMP SPEAKS TODAY IN OHIO") */
        if (rel == 0 && (c->tok[k].flags & (SIFT_TOKEN_CAP | SIFT_TOKEN_UPPER)) && k > 0 &&
            !(c->tok[k].flags & SIFT_TOKEN_SENT_START) && ent_cap(c, k - 1) &&
            !ent_lookup_exact(c, NS_STOP, k - 1) && !ent_lookup_cap(c, NS_MONTH, k - 1) &&
            !ent_lookup_cap(c, NS_WDAY, k - 1) &&
            (k + 1 >= c->n || !(c->tok[k + 1].flags & SIFT_TOKEN_UPPER) || !ent_cap(c, k + 1)))
            return false;
        /* "today's world", "today's China": the present age, no day (dev-5's
         * and dev-7's "today's digital infrastructure", "today's American
         * economic policy"); "today's vote" stays the day */
        if (rel == 0) {
            size_t q = k + 2 < c->n && ent_possessive_at(c, k + 2) == k + 1   ? k + 2
                       : k + 3 < c->n && ent_possessive_at(c, k + 3) == k + 1 ? k + 3
                                                                                : 0;
            /* not a newspaper's edition of the day ("in today's Washington Post") */
            static const char *const papers[] = { "Post", "Times", "Journal", "Herald", "Daily", "Tribune",
                                                  "Gazette", "News", NULL };
            for (size_t t = q; q && t < q + 4 && t < c->n && (c->tok[t].flags & SIFT_TOKEN_CAP); t++)
                for (int p = 0; papers[p] && q; p++)
                    if (tok_is(c, t, papers[p]))
                        q = 0;
            if (q &&
                (((c->tok[q].flags & SIFT_TOKEN_CAP) && !(c->tok[q].flags & SIFT_TOKEN_SENT_START)) ||
                 s_is_lower(c, q, "world") || s_is_lower(c, q, "society") || s_is_lower(c, q, "era") ||
                 s_is_lower(c, q, "generation") || s_is_lower(c, q, "age")))
                return false;
        }
        d->end = k + 1;
        if (pub)
            s_iso_day(d->date, today + rel);
        return true;
    }
    /* recent days, coming weeks */
    if ((s_is_lower(c, k, "recent") || s_is_lower(c, k, "coming")) && k + 1 < c->n && s_units(c, k + 1)) {
        d->end = k + 2;
        return true;
    }
    /* the past 20 years, the last few months, the next five years: a
     * stretch back or ahead of the article's day, its "the" and its
     * direction inside (the words that say the time); no date of its own */
    size_t p = k + (s_is_lower(c, k, "the") && k + 1 < c->n);
    int way = s_dir(c, p);
    /* "the following eight months": a stretch ahead of the story's time,
     * with its "the" and a count ("the following days" is dev-3's no
     * date) */
    bool following = way == 9 && p > k && s_is_lower(c, p, "following");
    if (following)
        way = 1;
    /* "over the two years", "in the five years": a count of years the
     * story has named, its "the" inside as in "the past five years"
     * (the development batches' every such stretch keeps it) */
    if (way == 9 && p > k && k >= 1 &&
        ((c->tok[p].flags & SIFT_TOKEN_DIGIT) || ent_lookup_lower(c, NS_NUMW, p))) { /* a count first: cheap */
        double v = 0;
        size_t q = s_count_end(c, p, &v);
        if (q > p && v >= 2 && q < c->n && s_units(c, q) && !(q + 1 < c->n && s_is_lower(c, q + 1, "ago")) &&
            (s_is_lower(c, k - 1, "over") || s_is_lower(c, k - 1, "in") || s_is_lower(c, k - 1, "during") ||
             s_is_lower(c, k - 1, "within") || s_is_lower(c, k - 1, "throughout"))) {
            d->end = s_unit_end(c, q);
            return true;
        }
    }
    /* "the months ahead", "the three months ahead", "the weeks ahead": a
     * stretch ahead, its "ahead" inside */
    if (p > k && p + 1 < c->n &&
        (tok_is(c, p + 1, "ahead") || (p + 2 < c->n && tok_is(c, p + 2, "ahead")) ||
         (p + 3 < c->n && tok_is(c, p + 3, "ahead")))) {
        double v = 0;
        size_t q = s_count_end(c, p, &v);
        if (q < c->n && s_units(c, q) && q + 1 < c->n && s_is_lower(c, q + 1, "ahead")) {
            d->end = q + 2;
            return true;
        }
    }
    if (p + 2 < c->n && (way == -1 || way == 1)) {
        double v = 0, v2 = 0;
        size_t q = p + 1, cnt = s_count_end(c, q, &v);
        /* "the next six to 12 months": a range of counts, one stretch */
        if (cnt > q && cnt + 1 < c->n && (tok_is(c, cnt, "to") || tok_is(c, cnt, "or")) &&
            s_count_end(c, cnt + 1, &v2) > cnt + 1 && v2 > v)
            cnt = s_count_end(c, cnt + 1, &v2);
        if (s_is_lower(c, q, "few") || s_is_lower(c, q, "several"))
            q++;
        else if (cnt > q && v >= 2) /* "the past 20-plus years", "the past two and a half years" */
            q = cnt;
        if (q > p + 1 && q < c->n && s_units(c, q)) {
            d->end = s_unit_end(c, q);
            return true;
        }
        /* with its "the", no count is needed: "the past decades", "the
         * past years", "the next week" (a stretch, or the period itself) */
        if (p > k && s_units(c, p + 1) && !following) {
            d->end = p + 2;
            return true;
        }
        date_t per;
        if (p > k && (e = ent_lookup_lower(c, NS_PERIOD, p + 1)) &&
            (e->num <= 4 || s_is_lower(c, p + 1, "decade")) && s_date_core(c, p, true, &per) &&
            per.end == p + 2) {
            *d = per;
            return true;
        }
    }
    /* the weekend, the near future, that year: no date of their own */
    if (k + 1 < c->n && s_is_lower(c, k, "the") && s_is_lower(c, k + 1, "weekend")) {
        d->end = k + 2;
        return true;
    }
    if (k + 2 < c->n && s_is_lower(c, k, "the") && s_is_lower(c, k + 2, "future") &&
        (s_is_lower(c, k + 1, "near") || s_is_lower(c, k + 1, "foreseeable") || s_is_lower(c, k + 1, "immediate"))) {
        d->end = k + 3;
        return true;
    }
    if (k + 1 < c->n && tok_is(c, k, "that") &&
        (((e = ent_lookup_lower(c, NS_PERIOD, k + 1)) && e->num <= 3) || s_is_lower(c, k + 1, "day"))) {
        d->end = k + 2;
        return true;
    }
    /* the first quarter, the second half of 2018, the first three quarters
     * of this year, the first eight months of the year: a part of a year */
    if (s_is_lower(c, k, "the") && k + 2 < c->n && s_ordinal(c, k + 1)) {
        double v;
        const char *suf;
        size_t suf_n, q = k + 2;
        bool many = s_number(c, q, &v, &suf, &suf_n) && !suf_n && v >= 2 && q + 1 < c->n;
        q += many;
        /* "the third and fourth quarters", "the first and second halves" */
        bool two = !many && q + 2 < c->n && s_is_lower(c, q, "and") && s_ordinal(c, q + 1) &&
                   (s_is_lower(c, q + 2, "quarters") || s_is_lower(c, q + 2, "halves"));
        if (two) {
            d->end = q + 3;
            return true;
        }
        bool part = many ? s_is_lower(c, q, "quarters") || s_is_lower(c, q, "months") ||
                               s_is_lower(c, q, "weeks") || s_is_lower(c, q, "days")
                         : s_is_lower(c, q, "quarter") || s_is_lower(c, q, "half");
        if (part) {
            date_t in;
            d->end = q + 1;
            if (q + 2 < c->n && s_is_lower(c, q + 1, "of")) {
                if (q + 3 < c->n && s_is_lower(c, q + 2, "the") && s_is_lower(c, q + 3, "year"))
                    d->end = q + 4;
                else if (s_date_core(c, q + 2, true, &in))
                    d->end = in.end;
            } else if (q + 2 < c->n && (s_is_lower(c, q + 1, "last") || s_is_lower(c, q + 1, "this") ||
                                        s_is_lower(c, q + 1, "next")) &&
                       s_is_lower(c, q + 2, "year")) {
                d->end = q + 3; /* "the second quarter last year" (dev-10), one date */
            }
            return true;
        }
    }
    /* the 1930s, the late 1980s, the mid-1990s: a decade with its "the",
     * as a century has it */
    if (s_is_lower(c, k, "the") && k + 1 < c->n) {
        size_t q = k + 1 + (k + 2 < c->n && ent_lookup_lower(c, NS_DMOD, k + 1) != NULL);
        date_t dec;
        if (s_decade(c, q, &dec)) {
            *d = dec;
            return true;
        }
    }
    /* the 21st century, the late 11th century, the mid-19th century */
    if (s_is_lower(c, k, "the") && k + 2 < c->n) {
        size_t q = k + 1 + (ent_lookup_lower(c, NS_DMOD, k + 1) != NULL);
        const char *o = tok_s(c, q);
        bool mid = tok_n(c, q) > 4 && strncmp(o, "mid-", 4) == 0;
        if (q + 1 < c->n && s_is_lower(c, q + 1, "century") &&
            (mid ? s_ordinal_num_at(o + 4, tok_n(c, q) - 4) : s_ordinal_num(c, q))) {
            d->end = q + 2;
            return true;
        }
    }
    /* several months, a few weeks, a couple of years, many years (ago): no
     * date of their own */
    size_t vk = s_is_lower(c, k, "several") || s_is_lower(c, k, "many") ? k + 1
                : (tok_is(c, k, "a") || tok_is(c, k, "A")) && k + 1 < c->n &&
                          s_is_lower(c, k + 1, "few") ? k + 2
                : (tok_is(c, k, "a") || tok_is(c, k, "A")) && k + 3 < c->n && s_is_lower(c, k + 1, "couple") &&
                          s_is_lower(c, k + 2, "of") ? k + 3 /* a couple of months */
                                                    : 0;
    if (vk && vk < c->n && s_units(c, vk)) {
        d->end = s_unit_end(c, vk);
        d->end += d->end < c->n && s_is_lower(c, d->end, "ago");
        return true;
    }
    /* the end of the year, the end of May, the start of next month */
    if (tok_is(c, k, "the") && k + 3 < c->n &&
        (s_is_lower(c, k + 1, "end") || s_is_lower(c, k + 1, "start") ||
         s_is_lower(c, k + 1, "beginning") || s_is_lower(c, k + 1, "middle")) &&
        s_is_lower(c, k + 2, "of")) {
        date_t in;
        if (s_is_lower(c, k + 3, "the") && k + 4 < c->n &&
            (s_is_lower(c, k + 4, "year") || s_is_lower(c, k + 4, "month") ||
             s_is_lower(c, k + 4, "week") || s_is_lower(c, k + 4, "decade"))) {
            d->end = k + 5;
            return true;
        }
        if (s_date_core(c, k + 3, true, &in)) {
            *d = in;
            return true;
        }
    }
    /* a day, two years ago */
    double v;
    const char *suf;
    size_t suf_n;
    bool num = false;
    size_t un = k + 1; /* the unit */
    if (tok_is(c, k, "a") || tok_is(c, k, "an") || tok_is(c, k, "A")) {
        v = 1;
        num = true;
    } else if (s_number(c, k, &v, &suf, &suf_n) && !suf_n) {
        num = true;
        un = s_count_end(c, k, &v); /* "two and a half years" */
        /* "nine consecutive years", "four straight months": a stretch */
        if (v >= 2 && un + 1 < c->n &&
            (s_is_lower(c, un, "consecutive") || s_is_lower(c, un, "straight") || s_is_lower(c, un, "successive")) &&
            s_units(c, un + 1)) {
            d->end = un + 2;
            return true;
        }
    }
    (void)suf;
    if (num && un < c->n && (e = ent_lookup_lower(c, NS_DUNIT, un))) {
        d->end = s_unit_end(c, un);
        if (d->end > un + 1) /* "two weeks or months": no date of its own */
            return true;
        if (un + 1 < c->n && (s_is_lower(c, un + 1, "earlier") || s_is_lower(c, un + 1, "later")))
            d->end = un + 2;
        if (un + 1 < c->n && s_is_lower(c, un + 1, "ago")) {
            d->end = un + 2;
            if (pub && un == k + 1) { /* a whole count: "two and a half years ago" has no day */
                int u = (int)e->num, n = (int)v;
                if (u == 1) s_iso_day(d->date, today - n);
                else if (u == 2) s_iso_day(d->date, today - 7 * n);
                else if (u == 3) {
                    int m = doc->pub_month - n, y = doc->pub_year;
                    while (m < 1) m += 12, y--;
                    snprintf(d->date, sizeof d->date, "%04d-%02d", y, m);
                } else {
                    snprintf(d->date, sizeof d->date, "%04d", doc->pub_year - n);
                }
            }
        }
        return true;
    }
    /* 2019, 1996-08-30 */
    if (s_year_tok(c, k, &year)) {
        d->end = k + 1;
        snprintf(d->date, sizeof d->date, "%04d", year);
        return true;
    }
    const char *s = tok_s(c, k);
    size_t sn = tok_n(c, k);
    /* mid-2019 -> "2019", mid-1980s -> "198": the prefix changes nothing */
    bool mid = sn > 4 && (s[0] == 'm' || s[0] == 'M') && strncmp(s + 1, "id-", 3) == 0;
    if (mid) {
        s += 4;
        sn -= 4;
    }
    /* the 1990s -> "199" (ISO 8601 decade) */
    if (s_decade(c, k, d))
        return true;
    if (mid && sn == 4) {
        int y = 0;
        for (int q = 0; q < 4; q++)
            y = s[q] >= '0' && s[q] <= '9' && y >= 0 ? y * 10 + (s[q] - '0') : -1;
        if (y >= 1900 && y <= 2099) {
            d->end = k + 1;
            snprintf(d->date, sizeof d->date, "%04d", y);
            return true;
        }
    }
    /* mid-January: the month's */
    const lex_entry_t *mo = mid ? lex_get(c->st->lex, NS_MONTH, s, sn) : NULL;
    if (mo) {
        d->end = k + 1;
        if (pub)
            snprintf(d->date, sizeof d->date, "%04d-%02d", doc->pub_year, (int)mo->num);
        return true;
    }
    /* mid-summer, mid-winter: a season, no date of its own */
    if (mid && (c->tok[k].flags & SIFT_TOKEN_ALPHA) && (sn == 4 || sn == 6) &&
        (strncasecmp(s, "summer", sn) == 0 || strncasecmp(s, "winter", sn) == 0 ||
         strncasecmp(s, "spring", sn) == 0 || strncasecmp(s, "autumn", sn) == 0 ||
         strncasecmp(s, "fall", sn) == 0)) {
        d->end = k + 1;
        return true;
    }
    if (mid)
        return false;
    if (s_year_range(s, sn)) {
        d->end = k + 1;
        return true;
    }
    if (sn == 10 && s[4] == '-' && s[7] == '-') {
        int y, m, dd;
        if (sscanf(s, "%4d-%2d-%2d", &y, &m, &dd) == 3 && m >= 1 && m <= 12 && dd >= 1 && dd <= 31) {
            d->end = k + 1;
            snprintf(d->date, sizeof d->date, "%04d-%02d-%02d", y, m, dd);
            return true;
        }
    }
    return false;
}

/* "a year" right after an amount or a quantity is its rate ("$100
 * million a year", "336 million tonnes a day"), not a date. */
static bool s_rate(const ent_ctx_t *c, size_t i)
{
    if (i == 0 || !(tok_is(c, i, "a") || tok_is(c, i, "an")) ||
        (i + 2 < c->n && (s_is_lower(c, i + 2, "earlier") || s_is_lower(c, i + 2, "later") ||
                          s_is_lower(c, i + 2, "ago"))))
        return false; /* "7 million tons a year earlier" is a date */
    const mention_t *m = c->n_m ? &c->m[c->n_m - 1] : NULL;
    if (m && m->te == i && (m->type == SIFT_MONEY || m->type == SIFT_PERCENT))
        return true;
    double v;
    const char *suf;
    size_t suf_n;
    return i >= 2 && (c->tok[i - 1].flags & SIFT_TOKEN_ALPHA) && !(c->tok[i - 1].flags & SIFT_TOKEN_CAP) &&
           ((c->tok[i - 2].flags & SIFT_TOKEN_DIGIT) || s_scale(c, tok_s(c, i - 2), tok_n(c, i - 2)) > 0) &&
           s_number(c, i - 2 - (s_scale(c, tok_s(c, i - 2), tok_n(c, i - 2)) > 0 && i >= 3), &v, &suf, &suf_n);
}

static size_t s_date(ent_ctx_t *c, size_t i)
{
    if (s_rate(c, i))
        return 0;
    date_t d;
    memset(&d, 0, sizeof d);
    bool ok = false;
    if (ent_lookup_lower(c, NS_DMOD, i) && i + 1 < c->n) {
        size_t k = i + 1;
        bool in = s_is_lower(c, k, "in") && k + 1 < c->n;
        if (in)
            k++;
        /* early in May / early May / early last year / early 2019 */
        if (s_date_core(c, k, true, &d) &&
            (s_month(c, k) || s_is_lower(c, k, "last") || s_is_lower(c, k, "this") ||
             s_is_lower(c, k, "next") || (c->tok[k].flags & SIFT_TOKEN_NUMBER)))
            ok = true;
    }
    /* "about two years ago", "around three weeks": the hedge is part of it */
    if (!ok && (s_is_lower(c, i, "about") || s_is_lower(c, i, "around") ||
                s_is_lower(c, i, "nearly") || s_is_lower(c, i, "almost")) &&
        i + 1 < c->n && (c->tok[i + 1].flags & SIFT_TOKEN_NUMBER || ent_lookup_lower(c, NS_NXSTART, i + 1)) &&
        s_date_core(c, i + 1, true, &d) &&
        (d.end > i + 2 || /* "around 1990.": a year alone before a stop, no count of things ("around 2000 jobs") */
         (d.end == i + 2 && (d.end == c->n || tok_is(c, d.end, ".") || tok_is(c, d.end, ",") ||
                             tok_is(c, d.end, ";") || tok_is(c, d.end, ")")))))
        ok = true;
    if (!ok) {
        bool cued = i > 0 && (s_is_lower(c, i - 1, "in") || s_is_lower(c, i - 1, "since") ||
                              s_is_lower(c, i - 1, "until") || s_is_lower(c, i - 1, "by") ||
                              s_is_lower(c, i - 1, "of") || s_is_lower(c, i - 1, "from") ||
                              s_is_lower(c, i - 1, "during") || s_is_lower(c, i - 1, "through"));
        if (!s_date_core(c, i, cued, &d))
            return 0;
    }
    /* "up to four years", "more than a year", "at least two months": a
     * hedge before a count of time is inside it, as before an amount
     * ("about two years ago" above); "over" stays a preposition ("spread
     * over four years") */
    size_t b = i;
    if (d.end >= i + 2 &&
        ((c->tok[i].flags & SIFT_TOKEN_DIGIT) || ent_lookup_lower(c, NS_NUMW, i) || tok_is(c, i, "a") ||
         tok_is(c, i, "an")) &&
        ent_lookup_lower(c, NS_DUNIT, d.end - 1 - (d.end - 1 > i && (s_is_lower(c, d.end - 1, "ago") ||
                                                                      s_is_lower(c, d.end - 1, "earlier") ||
                                                                      s_is_lower(c, d.end - 1, "later")))))
        b = i - s_hedge_words(c, i);
    mention_t *m = s_add(c, b, d.end, SIFT_DATE);
    if (m)
        memcpy(m->date, d.date, sizeof m->date);
    return m ? d.end : 0;
}

/* Can token i start an amount, a percentage or a date? One lookup, so
 * that the patterns run on few tokens. */
static bool s_may_start(const ent_ctx_t *c, size_t i)
{
    uint32_t f = c->tok[i].flags;
    if (f & SIFT_TOKEN_DIGIT)
        return true;
    if (tok_n(c, i) > 4 && (tok_s(c, i)[0] | 0x20) == 'm' && strncmp(tok_s(c, i) + 1, "id-", 3) == 0)
        return true;
    if ((f & SIFT_TOKEN_PUNCT) && (unsigned char)tok_s(c, i)[0] == 0xC3)
        return true; /* "â\xc2\x82¬": a sign decoded twice (s_cur_twice) */
    if (ent_lookup_lower(c, NS_NXSTART, i) || ent_lookup_exact(c, NS_CUR, i) ||
        ent_lookup_cap(c, NS_MONTH, i) || ent_lookup_cap(c, NS_WDAY, i))
        return true;
    if ((f & SIFT_TOKEN_CAP) && tok_n(c, i) > 4 && memchr(tok_s(c, i), '-', tok_n(c, i)) && s_month_span_tok(c, i))
        return true;
    /* "US$", "HK$" */
    return (f & SIFT_TOKEN_ALPHA) && i + 1 < c->n && (c->tok[i + 1].flags & SIFT_TOKEN_PUNCT) &&
           !(c->tok[i + 1].flags & SIFT_TOKEN_SPACE_BEFORE);
}

int numex_run(ent_ctx_t *c)
{
    for (size_t i = 0; i < c->n; i++) {
        if (c->used[i] || !s_may_start(c, i))
            continue;
        uint32_t f = c->tok[i].flags;
        size_t e = 0;
        if (f & (SIFT_TOKEN_PUNCT | SIFT_TOKEN_DIGIT | SIFT_TOKEN_ALPHA)) {
            e = s_money(c, i);
            if (!e && (f & SIFT_TOKEN_DIGIT))
                e = s_money_elided(c, i);
            if (!e && (f & SIFT_TOKEN_ALPHA))
                e = s_money_vague(c, i);
            if (!e && !(f & SIFT_TOKEN_PUNCT))
                e = s_percent(c, i);
            if (!e && !(f & SIFT_TOKEN_PUNCT))
                e = s_date(c, i);
        }
        if (e)
            i = e - 1;
        if (c->n_m > 0 && c->m == NULL)
            return -1;
    }
    return 0;
}
