/* tariffs.c - the `tariffs` plugin: tariff measures stated in news text.
 *
 * A small grammar over the core's tokens and sentences and the entity
 * layer (GPE/NORP codes, MONEY and PERCENT values), with cue lexicons from
 * data/. For every sentence:
 *
 *   1. triggers: tariff nouns ("tariffs", "duty", "import levy", "duty-free")
 *      not qualified away ("export duty", "telephone tariffs", "tariff
 *      schedule", GATT), and elliptical changes ("the cut", "exemptions",
 *      "responded with 125 per cent") when a tariff was just named;
 *   2. clauses: triggers with no boundary between them form one group (one
 *      event); boundaries (";", "but", ", and", ...) split the sentence into
 *      one span per group;
 *   3. attachment inside the span: action (verb, nominalisation or rate
 *      direction), modality (threat > demand > consideration > proposal >
 *      actual, with the article's date), actor (attached "U.S. tariffs",
 *      passive "by X", subject, demand object), target (origin of goods,
 *      "against X"), rate, amount, goods, retaliation; tranches ("25% on
 *      steel and 10% on aluminium") and party lists give one event each;
 *   4. article pass: parties missing from a clause come from the article's
 *      other events (coreference to its main parties).
 *
 * Per-article memory comes from host->scratch; the state (lexicons) is
 * read-only after init. Every scan is bounded by a window so that
 * adversarial sentences stay linear. */
#include <sift/plugin.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tariffs.h"

static long s_days(int y, int m, int d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static void s_ref_set(ref_t *r, const party_t *p)
{
    memcpy(r->code, p->code, 3);
    r->name = p->name;
}

static bool s_ref_eq(const ref_t *a, const ref_t *b)
{
    return a->code[0] && strcmp(a->code, b->code) == 0;
}

/* ------------------------------------------------------- token facts */

static void s_prepare(ctx_t *c)
{
    const lex_t *lex = &c->st->lex;
    const sift_token_t *tok = c->doc->tokens;
    size_t n = c->n;
    /* the facts are built in locals and stored once: stores through the
     * byte array c->w would otherwise make the compiler reload every field
     * of c on every token */
    int prev_w = W_NONE;
    for (size_t i = 0; i < n; i++) {
        const sift_token_t *t = &tok[i];
        size_t len = t->end - t->start;
        const char *s = c->doc->text + t->start;
        double num = NAN;
        uint64_t f = 0;
        const lex_cue_t *q = NULL;
        int w = W_NONE;
        /* longer tokens fit no party phrase (s_parties) */
        uint64_t h = len < PHRASE_MAX ? lex_hash(s, len) : 0;
        if (len <= 40 && (q = lex_cue(lex, h))) {
            w = q->word;
            f = q->flags;
            if (f & F(NUMW))
                num = q->value;
        }
        uint32_t tf = t->flags;
        if ((tf & SIFT_TOKEN_NUMBER) && len < 32 && !memchr(s, '/', len)) {
            char buf[32];
            size_t k = 0;
            for (size_t j = 0; j < len; j++)
                if (s[j] != ',')
                    buf[k++] = s[j];
            buf[k] = 0;
            num = strtod(buf, NULL);
        }
        /* "May" the month, not the modal: capitalised mid-sentence before a day */
        if (f & F(MONTH) && f & F(M_WEAK)) {
            bool month = (tf & SIFT_TOKEN_CAP) && !(tf & SIFT_TOKEN_SENT_START) &&
                         i + 1 < n && (tok[i + 1].flags & SIFT_TOKEN_NUMBER);
            f &= month ? ~F(M_WEAK) : ~F(MONTH);
        }
        /* a lower-case month word ("march") is a verb or noun */
        if ((f & (F(MONTH) | F(WEEKDAY))) && !(tf & SIFT_TOKEN_CAP))
            f &= ~(F(MONTH) | F(WEEKDAY));
        /* has/have + -ed participle: a completed action */
        if (len > 2 && s[len - 2] == 'e' && s[len - 1] == 'd' &&
            (prev_w == W_HAS || prev_w == W_HAVE))
            f |= F(PAST);
        c->num[i] = num;
        c->tp[i] = -1;
        c->f[i] = f;
        c->cue[i] = q;
        c->w[i] = (uint8_t)w;
        c->h[i] = h;
        prev_w = w;
    }
}

/* Token range of a byte range (a mention). */
static bool s_tok_range(const ctx_t *c, uint32_t start, uint32_t end, int *a, int *b)
{
    /* the first token ending after start; branch-free halving, as the
     * compares of a search are unpredictable */
    const sift_token_t *tok = c->doc->tokens, *t = tok;
    size_t len = c->n;
    while (len > 1) {
        size_t half = len / 2;
        t = t[half].end <= start ? t + half : t;
        len -= half;
    }
    size_t lo = (size_t)(t - tok) + (len == 1 && t->end <= start);
    size_t k = lo;
    while (k < c->n && c->doc->tokens[k].start < end)
        k++;
    if (k == lo)
        return false;
    *a = (int)lo;
    *b = (int)k;
    return true;
}

static int s_add_party(ctx_t *c, int a, int b, const char *code, char kind, const char *name)
{
    if (c->np == c->pcap)
        return -1;
    party_t *p = &c->parties[c->np];
    p->a = a;
    p->b = b;
    /* up to two letters, by hand: libc calls cost more than the copy */
    size_t j = 0;
    for (; code && j < 2 && code[j]; j++)
        p->code[j] = code[j];
    for (; j < sizeof p->code; j++)
        p->code[j] = 0;
    p->kind = kind;
    p->name = name;
    for (int k = a; k < b; k++)
        c->tp[k] = (int)c->np;
    return (int)c->np++;
}

/* Countries from the entity layer, then the plugin's own party lexicon:
 * capitals, governments, agencies, officials and blocs override the entity
 * code ("Brussels" levies as the EU); plain country names and demonyms only
 * fill tokens the entity layer left without a code. */
static void s_parties(ctx_t *c)
{
    const sift_doc_t *d = c->doc;
    for (size_t e = 0; e < d->n_entities; e++) {
        const sift_entity_t *en = &d->entities[e];
        if ((en->type != SIFT_GPE && en->type != SIFT_NORP) || !en->code || strlen(en->code) != 2)
            continue;
        for (size_t m = 0; m < en->n_mentions; m++) {
            int a, b;
            if (s_tok_range(c, en->mentions[m].start, en->mentions[m].end, &a, &b))
                s_add_party(c, a, b, en->code, en->type == SIFT_GPE ? 'C' : 'D', en->name);
        }
    }
    const lex_t *lex = &c->st->lex;
    for (size_t i = 0; i < c->n; i++) {
        uint32_t tf = s_tflags(c, (int)i);
        if (!(tf & SIFT_TOKEN_ALPHA))
            continue;
        size_t len = 0;
        uint64_t key = 0;
        int best = 0;
        const lex_party_t *hit = NULL;
        /* names start with a capital; lower-case generic words ("the
         * government") are one token and flagged in the cue lexicon */
        if (!(tf & SIFT_TOKEN_CAP) && !(c->f[i] & F(REF)))
            continue;
        int maxk = (tf & SIFT_TOKEN_CAP) ? lex->max_phrase : 1;
        for (int k = 0; k < maxk && i + (size_t)k < c->n; k++) {
            size_t tl;
            s_text(c, (int)(i + (size_t)k), &tl);
            /* the tokens joined by single spaces, as the phrase is written */
            if (len + tl + 1 > PHRASE_MAX)
                break;
            len += tl + (k > 0);
            uint64_t h = c->h[i + (size_t)k];
            key = k ? lex_join(key, h) : h;
            const lex_party_t *p = lex_party(lex, key);
            if (!p)
                break; /* no phrase starts like this */
            if (p->kind != 'P') {
                hit = p;
                best = k + 1;
            }
        }
        if (!hit)
            continue;
        /* proper names need a capital ("US", not "us"); generic words do not */
        if (hit->kind != 'R' && !(tf & SIFT_TOKEN_CAP))
            continue;
        if (hit->kind != 'R' && best == 1 && (tf & SIFT_TOKEN_UPPER) == 0) {
            size_t tl;
            const char *t = s_text(c, (int)i, &tl);
            if (tl <= 3 && !memchr(t, '.', tl))
                continue; /* "Us", "Ec": short codes are written in capitals */
        }
        bool covered = c->tp[i] >= 0;
        bool strong = hit->kind == 'M' || hit->kind == 'B' || hit->kind == 'L' || hit->kind == 'R';
        if (covered && !strong)
            continue;
        if (hit->kind == 'R' && covered)
            continue;
        s_add_party(c, (int)i, (int)i + best, hit->code, hit->kind, hit->name);
        i += (size_t)best - 1;
    }
}

/* ------------------------------------------------ numbers and money */

/* A percentage at token i: "25 pct", "25%", "five per cent". Sets *end to
 * the token after the marker. Rejects "percentage points". */
static bool s_percent(const ctx_t *c, int i, int lim, double *v, int *end)
{
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
static bool s_money(const ctx_t *c, int i, int lim, double *v, const char **cur, int *end)
{
    const char *currency = NULL;
    int j = i;
    if (s_has(c, j, F(MONEYW)) && (s_tflags(c, j) & SIFT_TOKEN_PUNCT)) {
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
        const lex_cue_t *q =
            p < len ? lex_cue(&c->st->lex, lex_hash(s + p, len - p)) : NULL;
        if (!k || !q || !(q->flags & F(SCALE)))
            return false;
        x = strtod(buf, NULL);
        scale = q->value;
    }
    j++;
    if (j < lim && s_has(c, j, F(SCALE)) && scale == 1) {
        scale = c->cue[j]->value;
        j++;
    }
    if (!currency) {
        /* "Canadian dlrs", "U.S. dlrs": a country word may qualify the unit */
        if (j < lim && c->tp[j] >= 0 && j + 1 < lim && s_has(c, j + 1, F(MONEYW))) {
            const char *code = c->parties[c->tp[j]].code;
            j++;
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

/* The goods value covered, not a specific duty ("1.05 dlrs per bushel",
 * "4.29 dlrs a barrel") and not a small figure. */
static inline bool s_amount_at(const ctx_t *c, int i, int lim, double *v, const char **cur,
                               int *end)
{
    /* most tokens are neither a currency sign nor a number: spare them
     * the call (s_money rejects them the same way) */
    if (i < lim && !s_has(c, i, F(MONEYW)) && isnan(c->num[i]) &&
        !(s_tflags(c, i) & SIFT_TOKEN_DIGIT))
        return false;
    if (!s_money(c, i, lim, v, cur, end))
        return false;
    int j = *end;
    if (s_has(c, j, F(PER)) || ((s_is(c, j, W_A) || s_is(c, j, W_AN)) && s_has(c, j + 1, F(UNIT))))
        return false;
    return *v >= 10000;
}

/* ------------------------------------------------------- boundaries */

/* 2: a clause boundary wherever it is; 1: splits two triggers only. */
static int s_boundary(const ctx_t *c, int i)
{
    size_t n;
    const char *s = s_text(c, i, &n);
    if ((n == 1 && (*s == ';' || *s == ':')) || (n >= 2 && s[0] == '-' && s[1] == '-'))
        return 2;
    if (n == 3 && (memcmp(s, "\xe2\x80\x94", 3) == 0 ||
                   (memcmp(s, "\xe2\x80\x93", 3) == 0 && (s_tflags(c, i) & SIFT_TOKEN_SPACE_BEFORE))))
        return 2;
    if (s_has(c, i, F(BOUND)) || s_is(c, i, W_WHETHER))
        return 2;
    if ((n == 1 && *s == ',') || s_is(c, i, W_AND) || s_is(c, i, W_OR) || s_is(c, i, W_AFTER) ||
        s_is(c, i, W_BECAUSE) || s_is(c, i, W_THEN) ||
        (s_is(c, i, W_IN) && s_has(c, i + 1, F(RETAL))))
        return 1;
    return 0;
}

/* ----------------------------------------------------------- triggers */

static bool s_trigger_ok(ctx_t *c, int i, int sb, int se)
{
    uint64_t f = c->f[i];
    bool import = false;
    for (int k = i - 1; k >= sb && k >= i - 2; k--) {
        if (s_has(c, k, F(EXPORTQ))) {
            c->export_context = true;
            return false;
        }
        import |= s_has(c, k, F(IMPORTQ));
    }
    if (s_has(c, i + 1, F(NONCUST_NEXT)))
        return false;
    /* "General Agreement on Tariffs and Trade" */
    if (s_is(c, i - 1, W_ON) && s_is(c, i - 2, W_AGREEMENT))
        return false;
    for (int k = i - WINDOW > sb ? i - WINDOW : sb; k < se && k < i + WINDOW; k++)
        if (c->f[k] & F(NONCUST))
            return false;
    bool party_near = (i > sb && c->tp[i - 1] >= 0) || (i > sb + 1 && c->tp[i - 2] >= 0);
    for (int k = i + 1; k < se && k <= i + 10 && !import; k++)
        import = s_has(c, k, F(IMPORTQ) | F(GOODS) | F(ORIGIN)) ||
                 (c->tp[k] >= 0 && strchr("CDM", c->parties[c->tp[k]].kind));
    /* "levy" and "tax" are customs only on imports, or beside a tariff
     * noun that sets the sense ("tariffs on cars and levies on steel") */
    bool weak = (f & F(WNOUN)) && !(f & F(TNOUN));
    for (int k = sb; k < se && weak && !import; k++)
        import = k != i && s_has(c, k, F(TNOUN));
    if (weak && !import)
        return false;
    if (c->export_context && !import && !party_near)
        return false;
    c->export_context = false;
    return true;
}

/* Was a tariff named in this sentence or the few before it? */
static bool s_context(const ctx_t *c, const bool *is_trig, int sent, int sb, int se)
{
    for (int k = sb; k < se; k++)
        if (is_trig[k])
            return true;
    const sift_sentence_t *ss = c->doc->sentences;
    for (int s = sent - 1; s >= 0 && s >= sent - 4; s--)
        for (uint32_t k = ss[s].tok_begin; k < ss[s].tok_end && k < c->n; k++)
            if (is_trig[k])
                return true;
    return false;
}

/* ---------------------------------------------------------- modality */

static inline bool s_date_at(const ctx_t *c, int i, int lim, long *days, bool *weekday)
{
    *weekday = false;
    if (s_has(c, i, F(WEEKDAY))) {
        *weekday = true;
        *days = (long)c->cue[i]->value;
        return true;
    }
    if (!s_has(c, i, F(MONTH)) || c->pub_days < 0)
        return false;
    int m = (int)c->cue[i]->value, d = 1, y = c->doc->pub_year;
    int j = i + 1;
    if (j < lim && !isnan(c->num[j]) && c->num[j] >= 1 && c->num[j] <= 31) {
        d = (int)c->num[j];
        j++;
        if (s_is(c, j, W_COMMA))
            j++;
    }
    bool year = false;
    if (j < lim && !isnan(c->num[j]) && c->num[j] >= 1900 && c->num[j] <= 2100) {
        y = (int)c->num[j];
        year = true;
    }
    if (!year && s_is(c, i - 1, W_LAST) && m >= c->doc->pub_month)
        y--;
    else if (!year && s_is(c, i - 1, W_NEXT) && m <= c->doc->pub_month)
        y++;
    *days = s_days(y, m, d);
    return true;
}

/* ---------------------------------------------------------- extraction */

static bool s_pronoun(const ctx_t *c, int i)
{
    static const int w[] = { W_IT, W_THEY, W_HE, W_SHE, W_WE, W_NONE };
    for (int k = 0; w[k]; k++)
        if (s_is(c, i, w[k]))
            return true;
    return false;
}

#define A_MASK_ALL (F(A_IMPOSE) | F(A_RAISE) | F(A_LOWER) | F(A_REMOVE) | F(A_EXEMPT))

/* Is the party at p an origin marker ("U.S. corn imports", "Japanese
 * products", "against China")? */
static bool s_origin_x(const ctx_t *c, int pi, int lim, bool adjective)
{
    const party_t *p = &c->parties[pi];
    if (p->kind == 'L' || p->kind == 'R')
        return false;
    if (s_has(c, p->a - 1, F(PREP_TGT)) ||
        (s_has(c, p->a - 1, F(DET)) && s_has(c, p->a - 2, F(PREP_TGT))))
        return true;
    /* an adjective before a common noun: "Japanese-made fingerprinting
     * system", "EC pasta" (not "Japanese officials", "Canadian Import
     * Tribunal") */
    if (adjective && p->kind == 'D' && p->b < lim && (s_tflags(c, p->b) & SIFT_TOKEN_LOWER) &&
        (s_tflags(c, p->b) & SIFT_TOKEN_ALPHA) && c->tp[p->b] < 0 &&
        !s_has(c, p->b, F(AUX) | F(M_MODAL) | F(M_WEAK) | F(M_MUST) | A_MASK_ALL))
        return true;
    for (int k = p->b; k < lim && k < p->b + 4; k++) {
        if (s_has(c, k, F(GOODS) | F(ORIGIN)))
            return true;
        if (s_tflags(c, k) & SIFT_TOKEN_PUNCT || c->tp[k] >= 0 || s_has(c, k, F(AUX) | F(TNOUN)))
            break;
    }
    return false;
}

/* Is the party at pi the object of "on", "against", "from", "of", "in"
 * (over determiners, numbers and adjectives: "on a range of Japanese
 * products", "on 300 mln dlrs worth of Japanese goods")? */
static bool s_in_pp(const ctx_t *c, int pi)
{
    int k = c->parties[pi].a - 1;
    for (int n = 0; k >= 0 && n < 4; k--, n++) {
        if (s_is(c, k, W_ON) || s_is(c, k, W_AGAINST) || s_is(c, k, W_FROM) || s_is(c, k, W_OF) ||
            s_is(c, k, W_IN))
            return true;
        if (!(s_has(c, k, F(DET)) || !isnan(c->num[k]) || s_is(c, k, W_ALL) ||
              s_is(c, k, W_CERTAIN) || s_is(c, k, W_ALLEGEDLY) || s_is(c, k, W_SUBSIDIZED)))
            return false;
    }
    return false;
}

static bool s_origin(const ctx_t *c, int pi, int lim)
{
    return s_origin_x(c, pi, lim, true);
}

/* Resolves a party to a ref; generic words ("the government") take the
 * party that acted last. */
static bool s_resolve(const ctx_t *c, int pi, const ref_t *last, ref_t *out)
{
    const party_t *p = &c->parties[pi];
    if (p->kind == 'R') {
        /* "the US administration", "Trump officials", "China's government" */
        int k = p->a - 1;
        if (k >= 0 && (s_is(c, k, W_APOS_S) || s_is(c, k, W_RSQUO_S)))
            k--;
        if (k >= 0 && c->tp[k] >= 0 && c->parties[c->tp[k]].kind != 'R' &&
            c->parties[c->tp[k]].code[0]) {
            s_ref_set(out, &c->parties[c->tp[k]]);
            return true;
        }
        if (s_is(c, p->a, W_PRESIDENT) || s_is(c, p->a, W_ADMINISTRATION)) {
            for (int j = p->a - 1; j >= 0 && j >= p->a - 2000; j--)
                if (c->tp[j] >= 0 && c->parties[c->tp[j]].kind == 'L') {
                    s_ref_set(out, &c->parties[c->tp[j]]);
                    return true;
                }
        }
        if (!last->code[0])
            return false;
        *out = *last;
        return true;
    }
    if (!p->code[0])
        return false;
    s_ref_set(out, p);
    return true;
}

/* The action of the trigger group from its words and the words around. */
static int s_action_from_flags(uint64_t f)
{
    if (f & F(A_EXEMPT)) return SIFT_EXEMPT;
    if (f & F(A_REMOVE)) return SIFT_REMOVE;
    if (f & F(A_LOWER)) return SIFT_LOWER;
    if (f & F(A_RAISE)) return SIFT_RAISE;
    if (f & F(A_IMPOSE)) return SIFT_IMPOSE;
    return -1;
}

#define A_MASK (F(A_IMPOSE) | F(A_RAISE) | F(A_LOWER) | F(A_REMOVE) | F(A_EXEMPT))

/* A government office within three words from k ("Finance Department",
 * "trade ministry"): what a possessive before it names acts. */
static bool s_office_of(const ctx_t *c, int k)
{
    for (int j = k; j < k + 3 && j < (int)c->n; j++) {
        if (c->tp[j] >= 0)
            return c->parties[c->tp[j]].kind == 'R';
        if (!(s_tflags(c, j) & SIFT_TOKEN_ALPHA))
            return false;
    }
    return false;
}

/* The last word of an amount ("51 mln dlrs", "$60bn", "300 million"):
 * "lift 51 mln dlrs of the tariffs" still governs the tariffs. */
static bool s_amount_word(const ctx_t *c, int k)
{
    return k >= 0 && (s_has(c, k, F(MONEYW) | F(SCALE)) || !isnan(c->num[k]));
}

static int s_action(const ctx_t *c, const event_t *e, bool *found, bool *dutyfree_end)
{
    *found = false;
    *dutyfree_end = false;
    int act = -1;
    bool dutyfree = false;
    /* inside the group: "tariff cuts", "exclusions from the tariffs" */
    for (int k = e->g0; k <= e->g1; k++) {
        if (s_has(c, k, F(DUTYFREE)))
            dutyfree = true;
        if (s_has(c, k, A_MASK & ~F(A_IMPOSE)) && !s_has(c, k, F(TNOUN) | F(WNOUN)) &&
            !(s_is(c, k, W_HIGHER) && s_is(c, k + 1, W_THAN))) {
            act = s_action_from_flags(c->f[k]);
            break;
        }
    }
    /* the noun after the group: "tariff hikes", "tariff cut" */
    if (act < 0 && s_has(c, e->g1 + 1, A_MASK) && e->g1 + 1 < e->right &&
        !(s_tflags(c, e->g1 + 1) & SIFT_TOKEN_CAP && !(s_tflags(c, e->g1 + 1) & SIFT_TOKEN_SENT_START)) &&
        !s_has(c, e->g1 + 1, F(PAST)) && !s_is(c, e->g1 + 1, W_TO))
        act = s_action_from_flags(c->f[e->g1 + 1]);
    /* backwards to the verb or nominalisation governing it */
    if (act < 0) {
        for (int k = e->g0 - 1; k >= e->left && k >= e->g0 - 12; k--) {
            if (s_has(c, k, F(PREP_TGT)) && s_is(c, k, W_AGAINST))
                break;
            if (s_is(c, k, W_OF) && !s_has(c, k - 1, A_MASK | F(M_THREAT) | F(M_PROPOSE) | F(CHANGE)) &&
                !s_has(c, k - 1, F(DET)) && !s_amount_word(c, k - 1))
                break;
            if (s_has(c, k, A_MASK) && !(s_is(c, k, W_HIGHER) && s_is(c, k + 1, W_THAN))) {
                act = s_action_from_flags(c->f[k]);
                if (dutyfree && act == SIFT_REMOVE) {
                    *dutyfree_end = true; /* "ended duty-free treatment" */
                    act = SIFT_IMPOSE;
                }
                /* "come down" */
                break;
            }
            if (s_is(c, k, W_DOWN) && (s_is(c, k - 1, W_COME) || s_is(c, k - 1, W_CAME) ||
                                       s_is(c, k - 1, W_GO) || s_is(c, k - 1, W_BROUGHT))) {
                act = SIFT_LOWER;
                break;
            }
        }
    }
    /* forwards over auxiliaries: "tariffs were imposed", "would come down",
     * "the duty the U.S. imposed", "duties levied by" */
    if (act < 0) {
        for (int k = e->g1 + 1; k < e->right && k <= e->g1 + 7; k++) {
            if (s_has(c, k, A_MASK)) {
                act = s_action_from_flags(c->f[k]);
                break;
            }
            if (s_is(c, k, W_COME) || s_is(c, k, W_CAME) || s_is(c, k, W_GO)) {
                if (s_is(c, k + 1, W_DOWN)) {
                    act = SIFT_LOWER;
                    break;
                }
                continue;
            }
            if (s_has(c, k, F(AUX) | F(M_MODAL) | F(M_MUST) | F(M_WEAK) | F(DET) | F(NEG)) ||
                c->tp[k] >= 0 || s_pronoun(c, k) || s_is(c, k, W_ALSO) || s_is(c, k, W_THEN))
                continue;
            break;
        }
    }
    if (act >= 0)
        *found = true;
    if (dutyfree && act < 0) {
        act = SIFT_REMOVE; /* "placed on the duty-free list" */
        *found = true;
    }
    return act < 0 ? SIFT_IMPOSE : act;
}

/* Rates in [a, b): from->to, ranges, single values; tranche positions. */
typedef struct rate_hit {
    int at, end;
    double v;
} rate_hit_t;

static bool s_change_size(const ctx_t *c, int i, int end)
{
    /* "by 10 pct", "a 50 pct cut", "cuts of up to 50 pct" */
    int k = i - 1;
    if (s_is(c, k, W_ABOUT) || s_is(c, k, W_SOME) || s_is(c, k, W_ALMOST) || s_is(c, k, W_NEARLY))
        k--;
    if (s_is(c, k, W_TO) && s_is(c, k - 1, W_UP))
        k -= 2;
    if (s_is(c, k, W_BY))
        return true;
    if (s_is(c, k, W_OF) && s_has(c, k - 1, F(CHANGE)))
        return true;
    if (s_has(c, end, F(CHANGE) | F(A_RAISE)) && !s_has(c, end, F(TNOUN)))
        return true;
    return false;
}

/* "about", "around", "almost", "nearly", "some" before a number. */
static bool s_approx(const ctx_t *c, int k)
{
    return s_is(c, k, W_ABOUT) || s_is(c, k, W_AROUND) || s_is(c, k, W_ALMOST) ||
           s_is(c, k, W_NEARLY) || s_is(c, k, W_SOME);
}

/* A range written "5% to 10%" or "10 to 25 percent": the number v at i
 * (its percent sign, if any, ends at end), "to", a larger percentage; not
 * a change ("by 10 to 25 pct") nor the end of "from ... to ...". */
static bool s_bare_range(const ctx_t *c, int i, int end, int b, double v, sift_rate_t *rate)
{
    double w;
    int end2;
    if (!s_is(c, end, W_TO) || !s_percent(c, end + 1, b, &w, &end2) || !(w > v) ||
        s_is(c, i - 1, W_TO) || s_is(c, i - 1, W_BY) || s_is(c, i - 1, W_FROM))
        return false;
    rate->kind = SIFT_RATE_RANGE;
    rate->a = v;
    rate->b = w;
    return true;
}

static size_t s_rates(const ctx_t *c, int a, int b, sift_rate_t *rate, rate_hit_t *hits, size_t max)
{
    rate->kind = SIFT_RATE_NONE;
    size_t nh = 0;
    for (int i = a; i < b; i++) {
        double v, w;
        int end, end2;
        /* a number that is a percentage itself or by the marker that
         * follows its partner: "from 10 percent to 25 percent", "to 3.5
         * from seven pct", "from five to 25 per cent" */
        bool from = s_is(c, i, W_FROM), to = s_is(c, i, W_TO), betw = s_is(c, i, W_BETWEEN);
        if ((from || to || betw) && i + 1 < b) {
            int j = i + 1;
            if (s_approx(c, j))
                j++;
            if (j < b && !isnan(c->num[j])) {
                bool p1 = s_percent(c, j, b, &v, &end);
                if (!p1) {
                    v = c->num[j];
                    end = j + 1;
                }
                int k = end;
                int link = from ? W_TO : to ? W_FROM : W_AND;
                if (s_is(c, k, link)) {
                    k++;
                    if (s_approx(c, k))
                        k++;
                    bool p2 = k < b && s_percent(c, k, b, &w, &end2);
                    if (p2 || (p1 && k < b && !isnan(c->num[k]))) {
                        if (!p2) {
                            w = c->num[k];
                            end2 = k + 1;
                        }
                        bool ranging = s_is(c, i - 1, W_RANGING) || s_is(c, i - 1, W_RANGE) ||
                                       s_is(c, i - 1, W_RANGES) || betw;
                        if (ranging) {
                            rate->kind = SIFT_RATE_RANGE;
                            rate->a = fmin(v, w);
                            rate->b = fmax(v, w);
                        } else {
                            rate->kind = SIFT_RATE_FROM_TO;
                            rate->a = from ? v : w;
                            rate->b = from ? w : v;
                        }
                        return 0;
                    }
                }
            }
        }
        /* "from a high of almost 60 pct" */
        if (s_is(c, i, W_HIGH) && s_is(c, i + 1, W_OF)) {
            int j = i + 2;
            if (s_is(c, j, W_ALMOST) || s_is(c, j, W_ABOUT) || s_is(c, j, W_NEARLY))
                j++;
            if (s_percent(c, j, b, &v, &end)) {
                rate->kind = SIFT_RATE_RANGE;
                rate->a = NAN;
                rate->b = v;
                return 0;
            }
        }
        if (!s_percent(c, i, b, &v, &end)) {
            /* "duties of 10 to 25 percent" */
            if (!isnan(c->num[i]) && s_bare_range(c, i, i + 1, b, c->num[i], rate))
                return 0;
            continue;
        }
        /* "100 pct - up from about five pct" */
        int k = end;
        if (k < b && (s_tflags(c, k) & SIFT_TOKEN_PUNCT) && !s_is(c, k, W_DOT))
            k++;
        if ((s_is(c, k, W_UP) || s_is(c, k, W_DOWN)) && s_is(c, k + 1, W_FROM)) {
            int j = k + 2;
            if (s_is(c, j, W_ABOUT) || s_is(c, j, W_AROUND) || s_is(c, j, W_ALMOST))
                j++;
            if (s_percent(c, j, b, &w, &end2) || (j < b && !isnan(c->num[j]))) {
                if (isnan(w) || !s_percent(c, j, b, &w, &end2))
                    w = c->num[j];
                rate->kind = SIFT_RATE_FROM_TO;
                rate->a = w;
                rate->b = v;
                return 0;
            }
        }
        if (s_change_size(c, i, end))
            continue;
        if (s_is(c, i - 1, W_TO) && s_is(c, i - 2, W_UP)) {
            rate->kind = SIFT_RATE_RANGE;
            rate->a = NAN;
            rate->b = v;
            return 0;
        }
        /* "tariffs of 5% to 10%": a range without "from" or "ranging" */
        if (s_bare_range(c, i, end, b, v, rate))
            return 0;
        bool dup = false;
        for (size_t h = 0; h < nh; h++)
            dup |= hits[h].v == v;
        if (!dup && nh < max)
            hits[nh++] = (rate_hit_t){ .at = i, .end = end, .v = v };
        i = end - 1;
    }
    if (nh) {
        rate->kind = SIFT_RATE_VALUE;
        rate->a = hits[0].v;
    }
    return nh;
}

static const char *s_dup(ctx_t *c, const char *s, size_t n)
{
    char *p = c->host->scratch(c->out, n + 1);
    if (!p)
        return NULL;
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

/* Product phrases after "on" / "for" / "including" ("tariffs on Japanese
 * color television sets, motorised tools and personal computers"). */
static bool s_goods_filler(const ctx_t *c, int k)
{
    return s_has(c, k, F(DET) | F(PCT) | F(PER) | F(CENT) | F(SCALE) | F(MONEYW) | F(UNIT) |
                           F(IMPORTQ) | F(RETAL) | F(TNOUN)) ||
           !isnan(c->num[k]) || c->tp[k] >= 0 || s_is(c, k, W_OF) || s_is(c, k, W_WORTH) ||
           s_is(c, k, W_UP) || s_is(c, k, W_TO) || s_is(c, k, W_AS) || s_is(c, k, W_MUCH) ||
           s_is(c, k, W_ABOUT) || s_is(c, k, W_DASH) || s_is(c, k, W_HIGHER) || s_is(c, k, W_IN);
}

static void s_goods(ctx_t *c, event_t *e, int a, int b)
{
    int k = a;
    while (k < b && k < a + 12 && !(s_is(c, k, W_ON) || s_is(c, k, W_INCLUDING) ||
                                    (s_is(c, k, W_FOR) && (s_has(c, k - 1, F(CHANGE) | F(TNOUN))))))
        if (!s_goods_filler(c, k++))
            return;
    if (k >= b || k >= a + 12)
        return;
    k++;
    int start = -1, last = -1;
    for (; k <= b && e->n_goods < MAX_GOODS; k++) {
        bool stop = k == b;
        bool sep = false;
        if (!stop) {
            size_t n;
            const char *s = s_text(c, k, &n);
            uint32_t tf = s_tflags(c, k);
            if (s_is(c, k, W_COMMA) || s_is(c, k, W_AND) || s_is(c, k, W_INCLUDING))
                sep = true;
            else if (start < 0 && s_is(c, k - 1, W_COMMA) && s_has(c, k, A_MASK))
                stop = true; /* ", exempting Canada": a new clause, not a product */
            else if ((tf & SIFT_TOKEN_PUNCT) && !(n == 1 && *s == '-'))
                stop = true;
            else if (s_is(c, k, W_IN) || s_is(c, k, W_FROM) || s_is(c, k, W_BY) || s_is(c, k, W_TO) ||
                     s_is(c, k, W_IF) || s_is(c, k, W_UNLESS) || s_is(c, k, W_BECAUSE) ||
                     s_is(c, k, W_WHICH) || s_is(c, k, W_THAT) || s_is(c, k, W_AS) ||
                     s_is(c, k, W_ON) || s_is(c, k, W_AT) || s_is(c, k, W_WITH) ||
                     s_is(c, k, W_LAST) || s_is(c, k, W_NEXT) || s_is(c, k, W_WHOSE) ||
                     s_is(c, k, W_WHO) || s_is(c, k, W_UNDER) || s_is(c, k, W_SINCE) || s_is(c, k, W_WHEN) ||
                     s_is(c, k, W_AMONG) ||
                     s_has(c, k, F(AUX) | F(M_MODAL) | F(PAST) | F(BOUND) | F(RETAL) | F(PCT) | F(MONTH)) ||
                     s_has(c, k, F(WEEKDAY) | F(TODAY)))
                stop = true;
            else if (s_is(c, k, W_WORTH) || s_is(c, k, W_OF) || !isnan(c->num[k]) ||
                     s_has(c, k, F(DET) | F(SCALE) | F(MONEYW)) || c->tp[k] >= 0 ||
                     s_is(c, k, W_SUCH) || s_is(c, k, W_IMPORTED) || (tf & SIFT_TOKEN_DIGIT)) {
                if (start < 0 || s_is(c, k, W_WORTH) || !isnan(c->num[k]) ||
                    s_has(c, k, F(SCALE) | F(MONEYW))) {
                    start = -1;
                    continue;
                }
            } else if (start < 0) {
                start = k;
            }
            if (!stop && !sep) {
                if (start >= 0)
                    last = k;
                continue;
            }
        }
        if (start >= 0 && last >= start) {
            /* a generic head alone ("goods", "imports") is no product */
            bool generic = last == start && s_has(c, start, F(GENERIC));
            if (!generic) {
                uint32_t s0 = c->doc->tokens[start].start, s1 = c->doc->tokens[last].end;
                const char *g = s_dup(c, c->doc->text + s0, s1 - s0);
                if (g)
                    e->goods[e->n_goods++] = g;
            }
        }
        start = last = -1;
        if (stop)
            break;
    }
}

/* ------------------------------------------------------------ events */

typedef struct sent_ctx {
    int sb, se, sent;
    ref_t *last_actor;     /* the party that acted last in the article */
} sent_ctx_t;

/* "retaliate" whose object is someone else's measure: not "retaliate
 * with tariffs" / "retaliate by imposing", where the tariffs are the
 * retaliator's own. */
static bool s_retaliate_against(const ctx_t *c, int k)
{
    return s_is(c, k, W_RETALIATE) && !s_is(c, k + 1, W_WITH) && !s_is(c, k + 1, W_BY);
}

static bool s_emit_ok(ctx_t *c)
{
    return c->nev < c->evcap;
}

/* Fills one event's fields from its span; returns false when the clause is
 * no tariff event (negated, directionless, a bare re-mention). */
static bool s_fill(ctx_t *c, event_t *e, const sent_ctx_t *sc, bool ellipsis, rate_hit_t *hits,
                   size_t *nhits)
{
    int L = e->left, R = e->right, g0 = e->g0, g1 = e->g1;
    int lo = g0 - WINDOW > L ? g0 - WINDOW : L;
    int hi = g1 + WINDOW < R ? g1 + WINDOW : R;
    bool action_word, df_end;
    e->action = s_action(c, e, &action_word, &df_end);
    action_word |= ellipsis;
    /* gapped coordination: "raised tariffs on cars to 100% and duties on
     * chips to 50%" - the second clause shares the first one's verb */
    const event_t *gapped = NULL;
    if (!action_word && c->nev > 0 && L == g0 && g0 > sc->sb &&
        (s_is(c, g0 - 1, W_AND) || s_is(c, g0 - 1, W_COMMA))) {
        const event_t *p = &c->ev[c->nev - 1];
        if (p->right >= g0 - 2 && p->right < g0 && p->left >= sc->sb) {
            gapped = p;
            e->action = p->action;
            action_word = true;
        }
    }
    /* "announced tariffs", "threatened another round of tariffs" */
    for (int k = g0 - 1; k >= L && k >= g0 - 5 && !action_word; k--) {
        action_word = s_has(c, k, F(M_PROPOSE) | F(M_THREAT)) && !s_has(c, k, F(DET));
        if (!(s_has(c, k, F(DET) | F(RETAL) | F(IMPORTQ)) || s_is(c, k, W_ROUND) ||
              s_is(c, k, W_OF) || s_is(c, k, W_WAVE) || s_is(c, k, W_ANOTHER)) && !action_word)
            break;
    }

    /* negation and directionless verbs close before the tariff */
    bool negated = false, demand = false, demand_post = false;
    int demand_at = -1;
    for (int k = g0 - 1; k >= lo && k >= g0 - 14; k--) {
        if (s_is(c, k, W_THAT) || s_has(c, k, F(M_CONSIDER) | F(ATTRIB)))
            break;
        if (s_has(c, k, F(NEG)))
            negated = true;
    }
    bool own_action = false;
    for (int k = g0; k <= g1 + 1 && k < R; k++)
        own_action |= s_has(c, k, A_MASK | F(CHANGE)) && !s_has(c, k, F(TNOUN) | F(WNOUN));
    for (int k = g0 - 1; k >= lo && k >= g0 - 3 && !own_action; k--) {
        if (s_has(c, k, A_MASK))
            break;
        if (s_has(c, k, F(NODIR)))
            return false;
    }

    /* modality cues before the trigger (a noun complement "probe of" or
     * "against" ends their scope), in the group, and modals after it */
    bool threat = false, consider = false, weak = false, propose = false, cond = false,
         modal = false, past = false, effective_past = false, future_date = false;
    int scope = lo;
    for (int k = g0 - 1; k >= lo; k--) {
        if (s_is(c, k, W_AGAINST) || s_retaliate_against(c, k)) {
            scope = k + 1;
            break;
        }
        if (s_is(c, k, W_OF) && k > lo && !s_has(c, k - 1, A_MASK | F(M_THREAT) | F(M_PROPOSE) |
                                                     F(M_CONSIDER) | F(CHANGE) | F(DET)) &&
            !s_is(c, k - 1, W_PROCESS) && !s_is(c, k - 1, W_ROUND) && !s_amount_word(c, k - 1)) {
            scope = k + 1;
            break;
        }
    }
    for (int k = g0 - 1; k >= scope; k--)
        if (s_has(c, k, F(ATTRIB))) {
            scope = k + 1; /* "X, which seeks ..., said the governments would" */
            break;
        }
    e->scope = scope;
    for (int k = scope; k <= g1 + 1 && k < R; k++) {
        uint64_t f = c->f[k];
        if (k == g1 + 1 && !(f & F(M_THREAT)))
            break; /* "tariff threats" */
        if (f & F(M_THREAT)) threat = true;
        if (f & (F(M_DEMAND) | F(M_MUST))) {
            demand = true;
            demand_at = k;
        }
        if (f & F(M_CONSIDER)) consider = true;
        if (f & F(M_WEAK)) weak = true;
        if (f & F(M_PROPOSE)) propose = true;
        if (f & F(M_MODAL)) modal = true;
        if (f & F(M_COND)) cond = true;
        if (s_is(c, k, W_TO) && s_has(c, k - 1, F(AUX)) && !s_is(c, k - 1, W_TO))
            propose = true; /* "is to impose", "are to be applied" */
        if (s_is(c, k, W_HAVE) && s_is(c, k + 1, W_TO))
            propose = true;
    }
    int cond_at = -1;
    for (int k = g1 + 1; k < hi; k++) {
        uint64_t f = c->f[k];
        if (f & F(RETAL) || s_is(c, k, W_BECAUSE))
            break;
        if ((f & (F(M_COND) | F(M_UNLESS))) && cond_at >= 0)
            break;
        if (s_is(c, k, W_TO) && !s_is(c, k + 1, W_BE) && !s_has(c, k - 1, F(AUX)) &&
            (s_tflags(c, k + 1) & SIFT_TOKEN_LOWER) && c->tp[k + 1] < 0 &&
            !s_has(c, k + 1, F(DET)) &&
            !s_is(c, k - 1, W_DUE) && !s_has(c, k + 1, A_MASK) && !(f & F(M_COND)))
            break; /* "to determine if ..." */
        if (f & F(M_MODAL) || (s_is(c, k, W_TO) && s_is(c, k + 1, W_BE)) ||
            (s_is(c, k, W_DUE) && s_is(c, k + 1, W_TO)))
            modal = true;
        if ((f & F(M_PROPOSE)) && k <= g1 + 3)
            propose = true;
        if (f & F(M_MUST)) {
            int j = k + 1;
            while (j < hi && s_has(c, j, F(AUX)))
                j++;
            if (s_has(c, j, A_MASK)) {
                demand = true;
                demand_post = true;
            } else {
                modal = true; /* "the cut should help" */
            }
        }
        if (f & F(M_UNLESS)) {
            threat = true;
            e->cues |= CUE_UNLESS;
        }
        if ((f & F(M_COND)) && cond_at < 0) {
            cond_at = k;
            continue;
        }
    }
    for (int k = L; k < R; k++) {
        if (s_has(c, k, F(PAST)))
            past = true;
        if (s_is(c, k, W_LAST) && (s_is(c, k + 1, W_YEAR) || s_is(c, k + 1, W_MONTH) ||
                                   s_is(c, k + 1, W_WEEK) || s_has(c, k + 1, F(MONTH) | F(WEEKDAY))))
            past = true;
        long days;
        bool wd;
        if (s_date_at(c, k, R, &days, &wd) && c->pub_days >= 0) {
            bool eff = s_has(c, k - 1, F(EFFECTIVE)) ||
                       (s_is(c, k - 1, W_FROM) && s_has(c, k - 2, F(EFFECTIVE)));
            if (wd) {
                if (eff && days == c->pub_wday)
                    effective_past = true;
            } else if (eff && days <= c->pub_days) {
                effective_past = true;
            } else if (days > c->pub_days && !s_is(c, k - 1, W_SINCE)) {
                future_date = true;
            }
        }
        if (s_has(c, k, F(TODAY)) && s_has(c, k - 1, F(EFFECTIVE)))
            effective_past = true;
        if (!isnan(c->num[k]) && c->num[k] >= 1900 && c->num[k] <= 2100 && c->doc->pub_year > 0 &&
            (s_is(c, k - 1, W_IN) || s_is(c, k - 1, W_BY) || s_is(c, k - 1, W_UNTIL) ||
             s_is(c, k - 1, W_TO)) && !s_has(c, k - 2, F(MONTH))) {
            if (c->num[k] > c->doc->pub_year)
                future_date = true;
            else if (c->num[k] < c->doc->pub_year)
                past = true;
        }
    }

    if (negated) {
        int neg_at = -1;
        for (int k = g0 - 1; k >= lo && k >= g0 - 14 && neg_at < 0; k--)
            if (s_has(c, k, F(NEG)))
                neg_at = k;
        if (!demand || demand_at < 0 || demand_at > neg_at)
            return false;
        e->action = SIFT_REMOVE; /* "persuading the U.S. not to impose" */
        e->cues |= CUE_NEG_DEMAND;
    }

    /* ----- actor */
    ref_t none = { .code = "" };
    e->actor = none;
    e->target = none;
    e->demander = none;
    int attached = -1;
    {
        int k = g0 - 1;
        int skipped = 0;
        while (k >= lo && skipped < 3 && c->tp[k] < 0 &&
               (s_has(c, k, F(IMPORTQ) | F(RETAL) | F(DET)) || s_is(c, k, W_APOS_S) ||
                s_is(c, k, W_RSQUO_S) || s_is(c, k, W_UNILATERAL) || s_is(c, k, W_SPECIAL))) {
            k--;
            skipped++;
        }
        if (k >= lo && c->tp[k] >= 0 && !s_has(c, k, F(PREP_TGT)))
            attached = c->tp[k];
        /* "the US imposition of high tariffs": a party before the action noun */
        if (attached < 0 && s_is(c, k, W_OF) && s_has(c, k - 1, A_MASK) && c->tp[k - 2] >= 0)
            attached = c->tp[k - 2];
    }
    int by = -1;
    for (int k = g1 + 1; k < hi; k++) {
        if (s_has(c, k, F(BY))) {
            int j = k + 1;
            while (j < hi && j <= k + 3 && c->tp[j] < 0)
                j++;
            if (j < hi && c->tp[j] >= 0 && c->parties[c->tp[j]].code[0])
                by = c->tp[j];
            break;
        }
        if (s_has(c, k, F(M_COND) | F(M_UNLESS) | F(RETAL)))
            break;
    }
    /* relative clause "the duty the U.S. imposed", "tariffs it is to impose" */
    int rel = -1;
    if (c->tp[g1 + 1 < (int)c->n ? g1 + 1 : g1] >= 0 || (s_is(c, g1 + 1, W_THE) && g1 + 2 < R && c->tp[g1 + 2] >= 0)) {
        int j = s_is(c, g1 + 1, W_THE) ? g1 + 2 : g1 + 1;
        int pi = c->tp[j];
        if (pi >= 0) {
            int k = c->parties[pi].b;
            while (k < hi && s_has(c, k, F(AUX)))
                k++;
            if (s_has(c, k, A_MASK) && c->parties[pi].kind != 'D')
                rel = pi;
        }
    }
    int subj = -1, subj_any = -1;
    {
        /* the nearest party before the trigger that is no origin marker,
         * destination, possessor of something else, or party to talks; one
         * after a reporting verb ("X said ...") is preferred */
        int attrib = -1;
        for (int k = g0 - 1; k >= sc->sb && k >= g0 - WINDOW; k--)
            if (s_has(c, k, F(ATTRIB))) {
                attrib = k;
                break;
            }
        for (int k = g0 - 1; k >= sc->sb && k >= g0 - WINDOW; k--) {
            if (s_is(c, k, W_AGAINST) || s_retaliate_against(c, k))
                break; /* "X threatened to retaliate against tariffs ..." */
            int pi = c->tp[k];
            if (pi < 0)
                continue;
            k = c->parties[pi].a;
            const party_t *p = &c->parties[pi];
            int before = k - 1;
            if (s_has(c, before, F(DET)))
                before--;
            if (pi == attached || s_origin(c, pi, sc->se))
                continue;
            if ((s_is(c, before, W_TO) && !s_has(c, before - 1, F(RETAL))) || s_is(c, before, W_FROM))
                continue; /* "exports to the U.S.", "stretching from Ethiopia" */
            if (s_is(c, before, W_BETWEEN) || s_is(c, before, W_WITH) || s_is(c, before, W_AMONG) ||
                s_is(c, before, W_TOWARDS) || s_is(c, before, W_TOWARD) || s_is(c, before, W_INTO))
                continue;
            if (s_is(c, before, W_AND) || s_is(c, before, W_COMMA)) {
                bool betw = false;
                for (int j = before - 1; j >= sc->sb && j >= before - 6; j--)
                    betw |= s_is(c, j, W_BETWEEN);
                if (betw)
                    continue;
            }
            if ((s_is(c, p->b, W_APOS_S) || s_is(c, p->b, W_RSQUO_S)) && p->kind != 'R' &&
                !s_has(c, p->b + 1, A_MASK | F(TNOUN) | F(WNOUN) | F(IMPORTQ) | F(M_THREAT) |
                                        F(M_PROPOSE) | F(M_DEMAND) | F(CHANGE)) &&
                p->b + 1 != g0 && !s_office_of(c, p->b + 1) &&
                !(s_is(c, p->b + 2, W_TO) && s_has(c, p->b + 3, A_MASK)))
                continue; /* "China's sovereignty", but not "Canada's Finance Department"
                           * nor "Washington's decision to put duties" */
            ref_t tmp;
            if (!s_resolve(c, pi, sc->last_actor, &tmp))
                continue;
            if (subj_any < 0)
                subj_any = pi;
            if (attrib < 0 || k > attrib) {
                subj = pi;
                break;
            }
        }
    }
    bool subj_after_attrib = subj >= 0;
    if (subj < 0)
        subj = subj_any;
    int subj_in_span = subj >= 0 && c->parties[subj].a >= L;
    int pick = attached >= 0 ? attached : by >= 0 ? by : rel >= 0 ? rel : -1;
    bool demander_found = false;
    if (pick >= 0) {
        e->actor_explicit = s_resolve(c, pick, sc->last_actor, &e->actor);
        e->asrc = pick == attached ? SRC_ATTACHED : pick == by ? SRC_BY : SRC_RELATIVE;
    } else if (subj >= 0) {
        /* a demand: the object of "called on X to", "asked X for" is the
         * actor; a subject before the demand is the demander */
        int pa = c->parties[subj].a;
        int pron = -1;
        if (demand && demand_at >= 0 && (c->f[demand_at] & F(M_MUST)) && demand_at > 0) {
            int j = demand_at - 1;
            if (s_pronoun(c, j) || c->tp[j] >= 0)
                pron = j;
        }
        if (demand && pron < 0 && ((demand_at >= 0 && pa < demand_at) || demand_post)) {
            demander_found = s_resolve(c, subj, sc->last_actor, &e->demander);
        } else {
            e->actor_explicit = s_resolve(c, subj, sc->last_actor, &e->actor);
            e->asrc = SRC_SUBJECT;
        }
    }
    if (!e->actor.code[0] && !demander_found) {
        /* the importing country: "U.S. soybean exports to Taiwan" */
        int d0 = g0 - WINDOW > sc->sb ? g0 - WINDOW : sc->sb;
        for (int k = d0; k + 1 < sc->se && k < g1 + WINDOW && !e->actor.code[0]; k++) {
            if (!(s_is(c, k, W_TO) || s_is(c, k, W_INTO)) || !s_has(c, k - 1, F(GOODS) | F(ORIGIN)))
                continue;
            int j = s_has(c, k + 1, F(DET)) ? k + 2 : k + 1;
            if (j < sc->se && c->tp[j] >= 0 && strchr("CM", c->parties[c->tp[j]].kind) &&
                c->parties[c->tp[j]].code[0])
                e->actor_explicit = s_resolve(c, c->tp[j], sc->last_actor, &e->actor);
            if (e->actor.code[0])
                e->asrc = SRC_IMPORTER;
        }
    }
    if (!e->actor.code[0] && !demander_found && sc->last_actor->code[0]) {
        e->actor = *sc->last_actor; /* coreference: the party acting last */
        e->asrc = SRC_COREF;
    }
    if (!e->actor.code[0] && !demander_found) {
        /* the subject of the sentence before: "President Reagan imposed ...
         * The move raised tariffs" */
        const sift_sentence_t *ss = c->doc->sentences;
        for (int s = sc->sent - 1; s >= 0 && s >= sc->sent - 2 && !e->actor.code[0]; s--)
            for (uint32_t k = ss[s].tok_begin; k < ss[s].tok_end && k < ss[s].tok_begin + 12; k++) {
                int pi = c->tp[k];
                if (pi >= 0 && strchr("CML", c->parties[pi].kind) && c->parties[pi].code[0] &&
                    !s_origin(c, pi, (int)ss[s].tok_end)) {
                    s_ref_set(&e->actor, &c->parties[pi]);
                    e->asrc = SRC_PREV_SENTENCE;
                    break;
                }
            }
    }

    /* ----- event criterion: an action, an attached party or a specification */
    sift_rate_t rate;
    *nhits = s_rates(c, L, R, &rate, hits, 8);
    e->rate = rate;
    e->has_amount = false;
    for (int k = L; k < R; k++) {
        double v;
        const char *cur;
        int end;
        if (s_amount_at(c, k, R, &v, &cur, &end)) {
            e->has_amount = true;
            e->amount = v;
            e->currency = cur;
            break;
        }
    }
    s_goods(c, e, g1 + 1, hi);
    bool spec = rate.kind != SIFT_RATE_NONE || e->has_amount || e->n_goods;
    bool party = pick >= 0 || (subj >= 0 && subj_in_span && subj_after_attrib) ||
                 (demander_found && subj_after_attrib);
    if (!action_word && !party && !spec)
        return false;

    /* a rate that moves gives the direction when no word does */
    if (rate.kind == SIFT_RATE_FROM_TO && !isnan(rate.a) && !isnan(rate.b) &&
        (!action_word || e->action == SIFT_IMPOSE))
        e->action = rate.b > rate.a ? SIFT_RAISE : rate.b < rate.a ? SIFT_LOWER : e->action;

    /* ----- target: origin of the goods, "against X" */
    ref_t targets[8];
    size_t nt = 0;
    int tstop = hi;
    for (int k = g1 + 1; k < hi; k++)
        if (s_has(c, k, F(M_COND) | F(M_UNLESS) | F(RETAL)) || s_is(c, k, W_BECAUSE) ||
            s_is(c, k, W_GROUNDS) || (s_is(c, k, W_WHICH) && s_is(c, k - 1, W_COMMA))) {
            tstop = k;
            break;
        }
    int tscope = L;
    for (int k = g0 - 1; k >= L; k--)
        if (s_has(c, k, F(ATTRIB))) {
            tscope = k + 1;
            break;
        }
    int tpass = 0;
    for (int pass = 0; pass < 3 && !nt; pass++) {
        tpass = pass;
        int a = pass == 0 ? g1 + 1 : pass == 1 ? tscope : (tscope > L ? tscope : sc->sb);
        int b = pass == 0 ? tstop : pass == 1 ? g0 : sc->se;
        for (int k = a; k < b && nt < 8; k++) {
            int pi = c->tp[k];
            if (pi < 0)
                continue;
            const party_t *p = &c->parties[pi];
            k = p->b - 1;
            if (pass == 2 && p->a >= L && p->a < R)
                continue;
            if (pi == attached || pi == by || pi == rel || pi == subj || !p->code[0] ||
                p->kind == 'L' || p->kind == 'R')
                continue;
            if (s_has(c, p->b, F(MONEYW)))
                continue; /* "U.S. cts" */
            if (s_is(c, p->a - 1, W_TO) || (s_is(c, p->a - 1, W_THE) && s_is(c, p->a - 2, W_TO)))
                continue; /* a destination */
            bool origin = s_origin_x(c, pi, b, false);
            if (pass > 0 && !origin)
                continue;
            if (pass == 0 && !s_in_pp(c, pi))
                continue;
            ref_t r;
            s_ref_set(&r, p);
            if (s_ref_eq(&r, &e->actor))
                continue;
            bool dup = false;
            for (size_t t = 0; t < nt; t++)
                dup |= s_ref_eq(&targets[t], &r);
            if (dup)
                continue;
            /* a list "from Nicaragua, Romania and Paraguay": follow it */
            targets[nt++] = r;
            int j = p->b;
            bool more = false;
            while (j < b && (s_is(c, j, W_COMMA) || s_is(c, j, W_AND) || s_is(c, j, W_OR)))
                j++, more = true;
            if (!(more && j < b && c->tp[j] >= 0 && c->parties[c->tp[j]].kind != 'D'))
                break;
        }
    }
    if (nt) {
        e->target = targets[0];
        e->target_explicit = true;
        e->tsrc = SRC_PP + (uint8_t)tpass;
    }
    if (cond_at >= 0 && (e->action == SIFT_IMPOSE || e->action == SIFT_RAISE)) {
        /* "if Japan does not open its market": a condition on the target */
        for (int k = cond_at + 1; k < hi && k < cond_at + 5; k++)
            if (c->tp[k] >= 0) {
                ref_t r;
                if (s_resolve(c, c->tp[k], sc->last_actor, &r) && e->target.code[0] &&
                    s_ref_eq(&r, &e->target)) {
                    threat = true;
                    e->cues |= CUE_COND_ON_TARGET;
                }
                break;
            }
        for (int k = cond_at + 1; k < hi && k < cond_at + 10; k++)
            if (s_has(c, k, F(NEG)))
                threat = true; /* "if a trade deal is not reached" */
    }

    /* ----- modality, in the guidelines' order */
    e->cues |= (threat ? CUE_THREAT : 0) | (demand ? CUE_DEMAND : 0) | (consider ? CUE_CONSIDER : 0) |
               (weak ? CUE_WEAK : 0) | (propose ? CUE_PROPOSE : 0) | (modal ? CUE_MODAL : 0) |
               (cond ? CUE_COND : 0) | (past ? CUE_PAST : 0) |
               (effective_past ? CUE_EFFECTIVE_PAST : 0) | (future_date ? CUE_FUTURE_DATE : 0) |
               (gapped ? CUE_GAPPED : 0) | (action_word ? CUE_ACTION_WORD : 0) |
               (demand_post ? CUE_DEMAND_AFTER : 0) | (ellipsis ? CUE_ELLIPSIS : 0);
    if (threat && e->action != SIFT_LOWER && e->action != SIFT_REMOVE && e->action != SIFT_EXEMPT)
        e->modality = SIFT_THREATENED;
    else if (demand)
        e->modality = SIFT_DEMANDED;
    else if (threat)
        e->modality = SIFT_PROPOSED; /* a conditional offer to lower or remove */
    else if (consider)
        e->modality = SIFT_CONSIDERED;
    else if (effective_past)
        e->modality = SIFT_ACTUAL;
    else if (propose || modal || cond || future_date)
        e->modality = SIFT_PROPOSED;
    else if (weak)
        e->modality = SIFT_CONSIDERED;
    else
        e->modality = SIFT_ACTUAL;
    if (gapped)
        e->modality = gapped->modality;
    bool definite = false;
    for (int k = g0 - 1; k >= L && k >= g0 - 3; k--)
        definite |= s_is(c, k, W_THE) || s_is(c, k, W_THESE) || s_is(c, k, W_THOSE) ||
                    s_is(c, k, W_SUCH);
    e->cues |= definite ? CUE_DEFINITE : 0;
    if (e->modality == SIFT_ACTUAL && !past && !action_word && definite) {
        /* a bare restatement keeps the status of the measure it restates */
        for (size_t k = c->nev; k-- > 0;) {
            const event_t *p = &c->ev[k];
            if (s_ref_eq(&p->actor, &e->actor) || (!e->actor.code[0] && k + 1 == c->nev)) {
                if (p->modality == SIFT_PROPOSED) {
                    e->modality = SIFT_PROPOSED;
                    e->cues |= CUE_RESTATES_PROPOSAL;
                }
                break;
            }
        }
    }

    /* ----- retaliation */
    for (int k = L; k < R; k++)
        if (s_has(c, k, F(RETAL)) && !(s_is(c, k, W_RESPONSE) && !s_is(c, k - 1, W_IN)))
            e->retaliation = true;
    if (e->left != sc->sb && !ellipsis)
        for (int k = sc->sb; k < L && k < sc->sb + 8; k++)
            if (s_has(c, k, F(RETAL)) && k < g0)
                e->retaliation = true;
    (void)nt;
    e->respond = false;
    return true;
}

/* Splits an event into tranches and target lists and appends them. */
static void s_push(ctx_t *c, event_t *e, const rate_hit_t *hits, size_t nh, const sent_ctx_t *sc,
                   ref_t *targets_extra, size_t n_extra)
{
    (void)sc;
    if (nh >= 2 && e->rate.kind == SIFT_RATE_VALUE) {
        /* tranches: "tariffs of 25% on steel and 10% on aluminium" */
        for (size_t h = 0; h < nh && s_emit_ok(c); h++) {
            event_t t = *e;
            t.rate.kind = SIFT_RATE_VALUE;
            t.rate.a = hits[h].v;
            int a = h == 0 ? e->left : hits[h].at;
            int b = h + 1 < nh ? hits[h + 1].at : e->right;
            while (b - 1 > a && (s_is(c, b - 1, W_AND) || s_is(c, b - 1, W_COMMA)))
                b--;
            t.left = a;
            t.right = b;
            t.n_goods = 0;
            s_goods(c, &t, h == 0 ? e->g1 + 1 : a, b);
            /* each tranche may name its own origin: "50 pct on Korean radios" */
            for (int k = h == 0 ? e->g1 + 1 : a; k < b; k++)
                if (c->tp[k] >= 0 && s_in_pp(c, c->tp[k]) && c->parties[c->tp[k]].code[0] &&
                    strchr("CDM", c->parties[c->tp[k]].kind)) {
                    s_ref_set(&t.target, &c->parties[c->tp[k]]);
                    t.target_explicit = true;
                    t.tsrc = SRC_TRANCHE;
                    break;
                }
            c->ev[c->nev++] = t;
        }
        return;
    }
    c->ev[c->nev++] = *e;
    for (size_t k = 0; k < n_extra && s_emit_ok(c); k++) {
        event_t t = *e;
        t.target = targets_extra[k];
        t.tsrc = SRC_LIST;
        c->ev[c->nev++] = t;
    }
}

/* Target lists ("exports from Nicaragua, Romania and Paraguay"). */
static size_t s_more_targets(const ctx_t *c, const event_t *e, ref_t *out, size_t max)
{
    size_t n = 0;
    if (!e->target_explicit)
        return 0;
    for (int k = e->g1 + 1; k < e->right; k++) {
        int pi = c->tp[k];
        if (pi < 0)
            continue;
        const party_t *p = &c->parties[pi];
        ref_t r;
        s_ref_set(&r, p);
        if (!s_ref_eq(&r, &e->target))
            { k = p->b - 1; continue; }
        int j = p->b;
        while (n < max) {
            bool sep = false;
            while (j < e->right && (s_is(c, j, W_COMMA) || s_is(c, j, W_AND) || s_is(c, j, W_OR)))
                j++, sep = true;
            if (!sep || j >= e->right || c->tp[j] < 0)
                break;
            const party_t *q = &c->parties[c->tp[j]];
            if (!q->code[0] || q->kind == 'D' || q->kind == 'R' || q->kind == 'L')
                break;
            s_ref_set(&out[n++], q);
            j = q->b;
        }
        break;
    }
    return n;
}

static void s_sentence(ctx_t *c, int sent, bool *is_trig, ref_t *last_actor)
{
    const sift_sentence_t *ss = &c->doc->sentences[sent];
    int sb = (int)ss->tok_begin, se = (int)ss->tok_end;
    if (se > (int)c->n)
        se = (int)c->n;
    sent_ctx_t sc = { .sb = sb, .se = se, .sent = sent, .last_actor = last_actor };

    /* most sentences hold no trigger and no change word: one pass over
     * their flags rules out both scans below */
    uint64_t any = 0;
    for (int i = sb; i < se; i++)
        any |= c->f[i];
    if (!(any & (F(TNOUN) | F(WNOUN) | F(DUTYFREE) | F(CHANGE) | F(A_RAISE) | F(RESPOND))))
        return;

    /* 1. triggers */
    int trig[256];
    bool ell[256];
    int nt = 0;
    for (int i = sb; i < se && nt < 256; i++) {
        if (!s_has(c, i, F(TNOUN) | F(WNOUN) | F(DUTYFREE)))
            continue;
        if (!s_trigger_ok(c, i, sb, se))
            continue;
        is_trig[i] = true;
        trig[nt] = i;
        ell[nt++] = false;
    }
    /* elliptical changes: "the cut", "exemptions for smartphones",
     * "Beijing responded with 125 per cent", "rate increase" */
    bool ctx_ok = -1;
    int ctx_state = -1;
    for (int i = sb; i < se && nt < 256; i++) {
        bool cand = false;
        if (s_has(c, i, F(CHANGE)) && !is_trig[i]) {
            bool noun = s_has(c, i - 1, F(DET)) || i == sb || (s_tflags(c, i) & SIFT_TOKEN_SENT_START) ||
                        s_has(c, i - 1, F(PCT)) || s_is(c, i - 1, W_GRANTING) ||
                        s_has(c, i - 1, F(A_EXEMPT) | F(CHANGE));
            size_t n;
            const char *s = s_text(c, i, &n);
            if (n > 2 && s[n - 1] == 'd' && s[n - 2] == 'e')
                noun = true; /* "to be excluded" */
            if (!s_is(c, i, W_CUT))
                noun = true;
            if (s_is(c, i, W_EXEMPT))
                noun = s_has(c, i - 1, F(AUX));
            cand = noun;
        } else if (s_has(c, i, F(A_RAISE)) && s_is(c, i, W_INCREASE) && s_is(c, i - 1, W_RATE)) {
            cand = true;
        } else if (s_has(c, i, F(RESPOND))) {
            for (int k = i + 1; k < se && k <= i + 10; k++) {
                double v;
                const char *cur;
                int end;
                if (s_percent(c, k, se, &v, &end) || s_amount_at(c, k, se, &v, &cur, &end)) {
                    cand = true;
                    break;
                }
            }
        }
        if (!cand)
            continue;
        /* not next to a tariff noun: that makes a compound ("tariff cuts") */
        bool near = false;
        for (int k = i - 4; k <= i + 4; k++)
            if (k >= sb && k < se && is_trig[k]) {
                bool b = false;
                for (int j = (k < i ? k : i) + 1; j < (k < i ? i : k); j++)
                    b |= s_boundary(c, j) > 0;
                near |= !b;
            }
        if (near)
            continue;
        if (ctx_state < 0)
            ctx_state = s_context(c, is_trig, sent, sb, se);
        if (!ctx_state)
            continue;
        trig[nt] = i;
        ell[nt++] = true;
    }
    (void)ctx_ok;
    if (!nt)
        return;
    /* order */
    for (int a = 1; a < nt; a++)
        for (int b = a; b > 0 && trig[b - 1] > trig[b]; b--) {
            int t = trig[b]; trig[b] = trig[b - 1]; trig[b - 1] = t;
            bool x = ell[b]; ell[b] = ell[b - 1]; ell[b - 1] = x;
        }

    /* 2. groups and spans */
    int g0[256], g1[256], split[257];
    bool gell[256];
    int ng = 0;
    for (int t = 0; t < nt; t++) {
        if (ng) {
            int best = -1, strength = 0;
            for (int k = g1[ng - 1] + 1; k < trig[t]; k++) {
                int b = s_boundary(c, k);
                if (b >= strength && b > 0) {
                    best = k;
                    strength = b;
                }
            }
            if (best < 0 || trig[t] - g1[ng - 1] > WINDOW * 2) {
                if (best < 0) {
                    g1[ng - 1] = trig[t];
                    gell[ng - 1] &= ell[t];
                    continue;
                }
            }
            split[ng] = best;
        }
        g0[ng] = g1[ng] = trig[t];
        gell[ng] = ell[t];
        ng++;
    }
    split[0] = -1;
    for (int g = 0; g < ng && s_emit_ok(c); g++) {
        event_t e;
        memset(&e, 0, sizeof e);
        e.sent = sent;
        e.g0 = g0[g];
        e.g1 = g1[g];
        int left = g == 0 ? sb : split[g] + 1;
        int right = g + 1 < ng ? split[g + 1] : se;
        /* strong boundaries bound the clause on both sides */
        for (int k = e.g0 - 1; k >= left; k--)
            if (s_boundary(c, k) == 2) {
                left = k + 1;
                break;
            }
        for (int k = e.g1 + 1; k < right; k++)
            if (s_boundary(c, k) == 2 && !(s_is(c, k, W_COLON) && k + 1 < right && !isnan(c->num[k + 1]))) {
                right = k;
                break;
            }
        /* trailing attribution ", officials said" */
        for (int k = right - 1; k > e.g1 && k >= right - 8; k--)
            if (s_has(c, k, F(ATTRIB)) && !s_is(c, k - 1, W_BE)) {
                int j = k - 1;
                while (j > e.g1 && !s_is(c, j, W_COMMA))
                    j--;
                if (j > e.g1)
                    right = j;
                break;
            }
        /* trim punctuation, but not the signs that belong to a rate or an
         * amount ("to 25%.", "$60bn in tariffs") */
        while (right - 1 > e.g1 && (s_tflags(c, right - 1) & SIFT_TOKEN_PUNCT) &&
               !(s_tflags(c, right - 1) & SIFT_TOKEN_QUOTE) && !s_has(c, right - 1, F(PCT)))
            right--;
        while (left < e.g0 && (s_tflags(c, left) & SIFT_TOKEN_PUNCT) &&
               !(s_tflags(c, left) & SIFT_TOKEN_QUOTE) && !s_has(c, left, F(MONEYW)))
            left++;
        /* a clause is short: bound the span so that scans stay linear */
        if (left < e.g0 - 2 * WINDOW)
            left = e.g0 - 2 * WINDOW;
        if (right > e.g1 + 2 * WINDOW)
            right = e.g1 + 2 * WINDOW;
        e.left = left;
        e.right = right;
        rate_hit_t hits[8];
        size_t nh = 0;
        if (!s_fill(c, &e, &sc, gell[g], hits, &nh))
            continue;
        if (gell[g] && s_has(c, e.g0, F(RESPOND))) {
            e.respond = true;
            e.retaliation = true;
            e.modality = e.modality == SIFT_PROPOSED ? SIFT_PROPOSED : SIFT_ACTUAL;
            if (!e.target_explicit && last_actor->code[0] && !s_ref_eq(last_actor, &e.actor)) {
                e.target = *last_actor;
                e.target_explicit = true;
                e.tsrc = SRC_RESPOND;
            }
        }
        ref_t extra[8];
        size_t nx = s_more_targets(c, &e, extra, 8);
        if (e.actor.code[0] && (e.actor_explicit || !last_actor->code[0]))
            *last_actor = e.actor;
        s_push(c, &e, hits, nh, &sc, extra, nx);
    }
}

/* ----------------------------------------------------- article pass */

typedef struct pair_count {
    ref_t actor, target;
    int n;
} pair_count_t;

/* The most mentioned country other than `actor`, when it is mentioned at
 * least twice. */
static void s_dominant_other(const ctx_t *c, const ref_t *actor, ref_t *out)
{
    struct { const party_t *p; int n; } seen[64];
    size_t ns = 0;
    for (size_t i = 0; i < c->np; i++) {
        const party_t *p = &c->parties[i];
        if (!p->code[0] || !strchr("CDM", p->kind) || !strcmp(p->code, actor->code) ||
            !strcmp(p->code, "XX"))
            continue;
        size_t k = 0;
        while (k < ns && strcmp(seen[k].p->code, p->code) != 0)
            k++;
        if (k == ns) {
            if (ns == 64)
                continue;
            seen[ns++] = (typeof(seen[0])){ p, 0 };
        }
        seen[k].n++;
    }
    int best = 1;
    for (size_t k = 0; k < ns; k++)
        if (seen[k].n > best) {
            best = seen[k].n;
            s_ref_set(out, seen[k].p);
        }
}

static void s_article(ctx_t *c)
{
    /* explicit actor -> target pairs of the article */
    pair_count_t pc[64];
    size_t npc = 0;
    for (size_t i = 0; i < c->nev; i++) {
        const event_t *e = &c->ev[i];
        if (!e->actor.code[0] || !e->target_explicit || !e->target.code[0])
            continue;
        size_t k = 0;
        while (k < npc && !(s_ref_eq(&pc[k].actor, &e->actor) && s_ref_eq(&pc[k].target, &e->target)))
            k++;
        if (k == npc) {
            if (npc == 64)
                continue;
            pc[npc++] = (pair_count_t){ .actor = e->actor, .target = e->target };
        }
        pc[k].n++;
    }
    /* the article's main actor */
    ref_t main_actor = { .code = "" };
    {
        struct { ref_t r; int n; } seen[64];
        size_t ns = 0;
        for (size_t i = 0; i < c->nev; i++) {
            if (!c->ev[i].actor_explicit || !c->ev[i].actor.code[0])
                continue;
            size_t k = 0;
            while (k < ns && !s_ref_eq(&seen[k].r, &c->ev[i].actor))
                k++;
            if (k == ns) {
                if (ns == 64)
                    continue;
                seen[ns++] = (typeof(seen[0])){ c->ev[i].actor, 0 };
            }
            seen[k].n++;
        }
        int best = 0;
        for (size_t k = 0; k < ns; k++)
            if (seen[k].n > best) {
                best = seen[k].n;
                main_actor = seen[k].r;
            }
    }
    for (size_t i = 0; i < c->nev; i++) {
        event_t *e = &c->ev[i];
        if (e->demander.code[0] && !e->actor_explicit) {
            /* the demander is usually the party the measure hits */
            int best = 0;
            for (size_t k = 0; k < npc; k++)
                if (s_ref_eq(&pc[k].target, &e->demander) && pc[k].n > best) {
                    best = pc[k].n;
                    e->actor = pc[k].actor;
                    e->asrc = SRC_DEMAND_PAIR;
                }
            if (!e->target.code[0] && !s_ref_eq(&e->actor, &e->demander)) {
                e->target = e->demander;
                e->tsrc = SRC_DEMANDER;
            }
        }
        if (!e->actor.code[0] && main_actor.code[0]) {
            e->actor = main_actor;
            e->asrc = SRC_MAIN_ACTOR;
        }
        if (!e->target.code[0] && e->actor.code[0]) {
            int best = 0;
            for (size_t k = 0; k < npc; k++)
                if (s_ref_eq(&pc[k].actor, &e->actor) && pc[k].n > best) {
                    best = pc[k].n;
                    e->target = pc[k].target;
                    e->tsrc = SRC_PAIR;
                }
        }
        if (!e->target.code[0] && e->actor.code[0] && e->action != SIFT_LOWER) {
            /* no explicit pair: the other country the article is about */
            bool paired = false;
            for (size_t k = 0; k < npc; k++)
                paired |= s_ref_eq(&pc[k].actor, &e->actor);
            if (!paired) {
                s_dominant_other(c, &e->actor, &e->target);
                e->tsrc = e->target.code[0] ? SRC_DOMINANT : e->tsrc;
            }
        }
        if (!e->target.code[0] && !strcmp(e->actor.code, "XX")) {
            e->target = e->actor; /* a bloc's cuts apply among its members */
            e->tsrc = SRC_BLOC;
        }
        if (s_ref_eq(&e->target, &e->actor) && strcmp(e->actor.code, "XX") != 0)
            e->target.code[0] = 0;
    }
}

static int s_emit(ctx_t *c)
{
    for (size_t i = 0; i < c->nev; i++) {
        const event_t *e = &c->ev[i];
        sift_tariff_t t;
        memset(&t, 0, sizeof t);
        t.action = (sift_tariff_action_t)e->action;
        t.modality = (sift_tariff_modality_t)e->modality;
        if (e->actor.code[0]) {
            t.actor.code = e->actor.code;
            t.actor.name = e->actor.name ? e->actor.name : e->actor.code;
        }
        if (e->target.code[0]) {
            t.target.code = e->target.code;
            t.target.name = e->target.name ? e->target.name : e->target.code;
        }
        t.rate = e->rate;
        t.has_amount = e->has_amount;
        t.amount = e->amount;
        t.currency = e->currency ? e->currency : "USD";
        t.goods = e->goods;
        t.n_goods = e->n_goods;
        t.retaliation = e->retaliation;
        t.start = c->doc->tokens[e->left].start;
        t.end = c->doc->tokens[e->right - 1].end;
        if (c->host->add_tariff(c->out, &t) < 0)
            return -1;
    }
    return 0;
}

/* ------------------------------------------------------------ plugin */

static int s_process(void *state, const sift_doc_t *doc, sift_out_t *out)
{
    const state_t *st = state;
    const sift_host_t *host = st->host;
    ctx_t c;
    memset(&c, 0, sizeof c);
    c.st = state;
    c.doc = doc;
    c.host = host;
    c.out = out;
    c.n = doc->n_tokens;
    if (!c.n)
        return 0;
    c.f = host->scratch(out, c.n * sizeof *c.f);
    c.cue = host->scratch(out, c.n * sizeof *c.cue);
    c.h = host->scratch(out, c.n * sizeof *c.h);
    c.w = host->scratch(out, c.n * sizeof *c.w);
    c.num = host->scratch(out, c.n * sizeof *c.num);
    c.tp = host->scratch(out, c.n * sizeof *c.tp);
    c.pcap = c.n / 2 + 16; /* a party has a token at least, and text between */
    c.parties = host->scratch(out, c.pcap * sizeof *c.parties);
    /* events come from triggers, at most one per few tokens */
    c.evcap = c.n / 16 + 32 < MAX_EVENTS ? c.n / 16 + 32 : MAX_EVENTS;
    c.ev = host->scratch(out, c.evcap * sizeof *c.ev);
    bool *is_trig = host->scratch(out, c.n * sizeof *is_trig);
    if (!c.f || !c.cue || !c.h || !c.w || !c.num || !c.tp || !c.parties || !c.ev || !is_trig) {
        host->set_error(out, "out of memory");
        return -1;
    }
    memset(is_trig, 0, c.n * sizeof *is_trig);
    c.pub_days = -1;
    if (doc->pub_year > 0 && doc->pub_month > 0 && doc->pub_day > 0) {
        c.pub_days = s_days(doc->pub_year, doc->pub_month, doc->pub_day);
        c.pub_wday = (int)(((c.pub_days % 7) + 11) % 7); /* 1970-01-01 was a Thursday */
    }
    s_prepare(&c);
    s_parties(&c);
    ref_t last_actor = { .code = "" };
    for (size_t s = 0; s < doc->n_sentences && c.nev < c.evcap; s++)
        s_sentence(&c, (int)s, is_trig, &last_actor);
    s_article(&c);
    c.nev = tariff_decide(&c);
    if (s_emit(&c) < 0) {
        host->set_error(out, "host refused a tariff event");
        return -1;
    }
    return 0;
}

static int s_init(const sift_host_t *host, const sift_config_t *cfg, void **state)
{
    char cues[4096], hand[4096], gen[4096];
    if (host->config_path(cfg, "cues", cues, sizeof cues) < 0 ||
        host->config_path(cfg, "parties", hand, sizeof hand) < 0 ||
        host->config_path(cfg, "countries", gen, sizeof gen) < 0) {
        host->log("tariffs", SIFT_LOG_ERR, "cannot resolve the lexicon paths");
        return -1;
    }
    state_t *st = calloc(1, sizeof *st);
    if (!st) {
        host->log("tariffs", SIFT_LOG_ERR, "out of memory");
        return -1;
    }
    const char *parties[] = { hand, gen };
    char err[4200];
    if (lex_load(&st->lex, cues, parties, 2, err, sizeof err) < 0) {
        host->log("tariffs", SIFT_LOG_ERR, "%s", err);
        free(st);
        return -1;
    }
    /* the learned decisions: "none" keeps the rules' reading (training) */
    const char *model = host->config_get(cfg, "model");
    char model_path[4096] = "";
    if (model && strcmp(model, "none") != 0 &&
        host->config_path(cfg, "model", model_path, sizeof model_path) < 0) {
        host->log("tariffs", SIFT_LOG_ERR, "cannot resolve the model path");
        lex_free(&st->lex);
        free(st);
        return -1;
    }
    if (tm_load(&st->model, model_path, err, sizeof err) < 0) {
        host->log("tariffs", SIFT_LOG_ERR, "%s", err);
        lex_free(&st->lex);
        free(st);
        return -1;
    }
    const char *features = host->config_get(cfg, "features");
    if (features && features[0])
        snprintf(st->features, sizeof st->features, "%s", features);
    st->host = host;
    *state = st;
    return 0;
}

static void s_destroy(void *state)
{
    state_t *st = state;
    if (!st)
        return;
    lex_free(&st->lex);
    tm_free(&st->model);
    free(st);
}

static const char *const s_provides[] = { "tariffs", NULL };
static const char *const s_requires[] = { "entities", NULL };
static const sift_config_key_t s_keys[] = {
    { "cues", "cues.tsv", "cue lexicon: tariff nouns, actions, modality, qualifiers" },
    { "parties", "parties.tsv", "party lexicon: capitals, agencies, officials, blocs" },
    { "countries", "countries.tsv", "country names from iso-codes (fallback)" },
    { "model", "model.tsv", "learned decisions (train.py); none: the rules alone" },
    { "features", "", "training only: append each candidate's features to this file" },
    { NULL, NULL, NULL },
};

SIFT_PLUGIN_EXPORT const sift_plugin_t sift_plugin = {
    .abi = SIFT_ABI,
    .size = sizeof(sift_plugin_t),
    .name = "tariffs",
    .version = "0.1.0",
    .description = "tariff measures: action, modality, actor, target, rate, amount, goods",
    .provides = s_provides,
    .requires = s_requires,
    .config_keys = s_keys,
    .init = s_init,
    .process = s_process,
    .destroy = s_destroy,
};
