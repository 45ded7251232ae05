/* SPDX-License-Identifier: MIT */
/* parties.c - parties: countries, capitals, agencies and officials in the text,
 * where goods come from, and generic references resolved. */
#include "tariffs.h"

#include <string.h>

void tf_ref_set(ref_t *r, const party_t *p)
{
    memcpy(r->code, p->code, 3);
    r->in_office = p->in_office;
    r->name = p->name;
}

bool tf_ref_eq(const ref_t *a, const ref_t *b)
{
    return a->code[0] && tf_code_eq(a->code, b->code);
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

/* "Brussels-based", "a Beijing-based analyst": where a firm sits, no party
 * to a measure. */
static bool s_based(const ctx_t *c, int b)
{
    size_t n;
    const char *t = s_text(c, b - 1, &n);
    if (n > 6 && !memcmp(t + n - 6, "-based", 6))
        return true;
    if ((size_t)b + 1 >= c->n)
        return false;
    t = s_text(c, b, &n);
    if (n == 1 && *t == '-') {
        t = s_text(c, b + 1, &n);
        return n == 5 && !memcmp(t, "based", 5);
    }
    return (n == 6 && !memcmp(t, "-based", 6));
}

static int s_add_party(ctx_t *c, int a, int b, const char *code, char kind, const char *name,
                       int32_t in_office)
{
    if (c->np == c->pcap || s_based(c, b))
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
    p->place = false;
    p->in_office = in_office;
    p->name = name;
    for (int k = a; k < b; k++)
        c->tp[k] = (int)c->np;
    return (int)c->np++;
}

/* The party lexicon's entry for tokens [a, b) as one phrase, or NULL. */
static const lex_party_t *s_lex_party(const ctx_t *c, int a, int b)
{
    uint64_t key = 0;
    for (int k = a; k < b; k++)
        key = k > a ? lex_join(key, c->h[k]) : c->h[k];
    return b > a ? lex_party(&c->st->lex, key) : NULL;
}

/* Countries from the entity layer, then the plugin's own party lexicon:
 * capitals, governments, agencies, officials and blocs override the entity
 * code ("Brussels" levies as the EU); plain country names and demonyms only
 * fill tokens the entity layer left without a code. */
void tf_parties(ctx_t *c)
{
    const sift_doc_t *d = c->doc;
    for (size_t e = 0; e < d->n_entities; e++) {
        const sift_entity_t *en = &d->entities[e];
        if ((en->type != SIFT_GPE && en->type != SIFT_NORP) || !en->code || strlen(en->code) != 2)
            continue;
        for (size_t m = 0; m < en->n_mentions; m++) {
            int a, b;
            if (!s_tok_range(c, en->mentions[m].start, en->mentions[m].end, &a, &b))
                continue;
            /* a name that is a country's and a place's elsewhere is the
             * country in trade news: "Georgia will impose no tariff on
             * products from China" (the entity layer's U.S. state) */
            const lex_party_t *known = en->type == SIFT_GPE ? s_lex_party(c, a, b) : NULL;
            const char *code = known && known->kind == 'C' ? known->code : en->code;
            int p = s_add_party(c, a, b, code, en->type == SIFT_GPE ? 'C' : 'D', en->name, 0);
            /* (a country's long form ends in its name: "Republic of Vanuatu") */
            if (p >= 0 && en->type == SIFT_GPE)
                c->parties[p].place = !known && !s_lex_party(c, b - 1, b);
        }
    }
    const lex_t *lex = &c->st->lex;
    const sift_token_t *tok = d->tokens; /* (locals: s_add_party's stores would reload them) */
    const uint64_t *fa = c->f;
    size_t n = c->n;
    for (size_t i = 0; i < n; i++) {
        uint32_t tf = tok[i].flags;
        /* names start with a capital; lower-case generic words ("the
         * government") are one token and flagged in the cue lexicon */
        if (!(tf & SIFT_TOKEN_ALPHA) || (!(tf & SIFT_TOKEN_CAP) && !(fa[i] & F(REF))))
            continue;
        size_t len = 0;
        uint64_t key = 0;
        int best = 0;
        const lex_party_t *hit = NULL;
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
        /* a one-word metonym after a capitalised word inside a sentence
         * ends another name: "the National Development and Reform
         * Commission" is no "Commission" of the EU (not in all-caps lines,
         * where every word is capitalised) */
        if (hit->kind == 'M' && best == 1 && i > 0 && c->tp[i - 1] < 0 &&
            (s_tflags(c, (int)i - 1) & (SIFT_TOKEN_CAP | SIFT_TOKEN_UPPER | SIFT_TOKEN_SENT_START)) ==
                SIFT_TOKEN_CAP &&
            !(tf & SIFT_TOKEN_UPPER))
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
        /* or a longer name than the entity layer's: "Chinese mainland" over "Chinese" */
        bool strong = hit->kind == 'M' || hit->kind == 'B' || hit->kind == 'L' || hit->kind == 'R' ||
                      (covered && c->parties[c->tp[i]].a == (int)i &&
                       c->parties[c->tp[i]].b < (int)i + best);
        if (covered && !strong)
            continue;
        if (hit->kind == 'R' && covered)
            continue;
        s_add_party(c, (int)i, (int)i + best, hit->code, hit->kind, hit->name, hit->in_office);
        i += (size_t)best - 1;
    }
    /* a title before a leader's name is that leader ("President Reagan"),
     * not a generic reference resolved to whoever acted last */
    for (size_t p = 0; p + 1 < c->np; p++) {
        party_t *t = &c->parties[p], *l = &c->parties[p + 1];
        if (t->kind != 'R' || l->kind != 'L' || l->a != t->b)
            continue;
        memcpy(t->code, l->code, sizeof t->code);
        t->kind = 'L';
        t->name = l->name;
        t->in_office = l->in_office;
        for (int k = l->a; k < l->b; k++)
            c->tp[k] = (int)p;
        t->b = l->b;
        l->code[0] = 0; /* no token names it any more */
    }
    for (size_t p = 0; p < c->np; p++) {
        party_t *t = &c->parties[p];
        /* a headline's "to" is its future: "China to cut tariffs on cars"
         * is "China is to cut", a plan (§6), as "plans to" is; also after
         * a list of parties ("Japan and the EU to scrap tariffs") */
        if (s_tflags(c, t->a) & SIFT_TOKEN_SENT_START) {
            int j = c->parties[tf_list_last(c, (int)p)].b;
            if (s_is(c, j, W_TO) && s_has(c, j + 1, A_MASK | F(CHANGE)))
                c->f[j] |= F(M_PROPOSE);
        }
        /* a round of trade talks named after where it opened is no party:
         * "the Uruguay Round", "the Tokyo Round", "the Doha Round" */
        if (s_is(c, t->b, W_ROUND) && (s_tflags(c, t->b) & SIFT_TOKEN_CAP))
            t->code[0] = 0;
        /* "won" and "marks" are verbs after a name ("South Korea won an
         * exemption", "China marks"), currencies after a number or a
         * demonym ("500 billion won", "West German marks"): only a
         * currency's party is skipped as "U.S." in "U.S. dollars" is */
        size_t len;
        const char *w = s_has(c, t->b, F(MONEYW)) ? s_text(c, t->b, &len) : NULL;
        if (w && strchr("CML", t->kind) &&
            ((len == 3 && !strncasecmp(w, "won", 3)) || (len == 5 && !strncasecmp(w, "marks", 5))) &&
            (t->a == 0 || (isnan(c->num[t->a - 1]) && !s_has(c, t->a - 1, F(SCALE)))))
            c->f[t->b] &= ~F(MONEYW);
    }
}

/* Is token k a hyphenated pair of parties ("China-US", "Japan-Korea")?
 * The tokenizer keeps the pair one token; each half is looked up in the
 * party lexicon alone. out[0], out[1]: the two, in the order written. */
bool tf_hyphen_pair(const ctx_t *c, int k, ref_t *out)
{
    size_t n;
    const char *t = s_text(c, k, &n);
    const char *dash = memchr(t, '-', n);
    if (!dash || !(s_tflags(c, k) & SIFT_TOKEN_CAP))
        return false;
    size_t n0 = (size_t)(dash - t), n1 = n - n0 - 1;
    const lex_party_t *p0 = n0 ? lex_party(&c->st->lex, lex_hash(t, n0)) : NULL;
    const lex_party_t *p1 = n1 ? lex_party(&c->st->lex, lex_hash(dash + 1, n1)) : NULL;
    if (!p0 || !p1 || !strchr("CMB", p0->kind) || !strchr("CMB", p1->kind) || !strcmp(p0->code, p1->code))
        return false;
    for (int i = 0; i < 2; i++) {
        const lex_party_t *p = i ? p1 : p0;
        memcpy(out[i].code, p->code, sizeof out[i].code);
        out[i].name = p->name;
    }
    return true;
}

bool tf_pronoun(const ctx_t *c, int i)
{
    static const int w[] = { W_IT, W_THEY, W_HE, W_SHE, W_WE, W_NONE };
    for (int k = 0; w[k]; k++)
        if (s_is(c, i, w[k]))
            return true;
    /* one with a modal run on, a token of its own ("it'll", "he'd"; the
     * cue lexicon gives them the modal's class) */
    static const char *const contracted[] = { "it'", "it\u2019", "they'", "they\u2019", "he'", "he\u2019",
                                               "she'", "she\u2019", "we'", "we\u2019", NULL };
    return (size_t)i < c->n && c->w[i] == W_NONE && (c->f[i] & F(M_MODAL)) && tf_word_starts(c, i, contracted);
}

int tf_after_apposition(const ctx_t *c, int k, int hi)
{
    if (!s_is(c, k, W_COMMA))
        return k;
    bool relative = s_is(c, k + 1, W_WHICH) || s_is(c, k + 1, W_WHO);
    for (int j = k + 1; j < hi && j <= k + 9; j++) {
        if (s_is(c, j, W_COMMA))
            return j > k + 1 ? j + 1 : k;
        /* (not a clause of its own: ", the U.S. said,", "; and") */
        if (!relative &&
            (s_has(c, j, A_MASK | F(AUX) | F(BEFORM) | F(M_MODAL) | F(ATTRIB)) || tf_boundary(c, j)))
            return k;
    }
    return k;
}

bool tf_names_goods(const ctx_t *c, int pi, int lim)
{
    const party_t *p = &c->parties[pi];
    for (int k = p->b; k < lim && k < p->b + 4; k++) {
        /* (a verb of making with an object is the party's own act: "the
         * Commerce Department made a finding", "China bought a record") */
        if (k == p->b && s_has(c, k, F(ORIGIN)) && s_has(c, k + 1, F(DET))) {
            size_t n;
            const char *w = s_text(c, k, &n);
            if (n && w[n - 1] != 's') /* ("made", "bought"; not "exporters") */
                return false;
        }
        if (s_has(c, k, F(GOODS) | F(ORIGIN)))
            return true;
        /* (over the hyphen the tokenizer leaves after an abbreviation's
         * period: "U.S.-made" is "U.S." "-" "made") */
        if (k == p->b && s_is(c, k, W_DASH) &&
            !(s_tflags(c, k) & (SIFT_TOKEN_SPACE_BEFORE | SIFT_TOKEN_SPACE_AFTER)))
            continue;
        /* (nor over a verb of its own: "China exempted some products") */
        if ((s_tflags(c, k) & SIFT_TOKEN_PUNCT) || c->tp[k] >= 0 || s_has(c, k, F(AUX) | F(TNOUN) | A_MASK))
            return false;
    }
    return false;
}

bool tf_importer(const ctx_t *c, int pi, int lim)
{
    const party_t *p = &c->parties[pi];
    for (int k = p->b; k < lim && k < p->b + 4 && c->tp[k] < 0; k++) {
        if (s_is(c, k, W_IMPORTS) && s_is(c, k + 1, W_FROM) && k + 2 < lim &&
            c->tp[tf_after_det(c, k + 1)] >= 0)
            return true;
        if (s_tflags(c, k) & SIFT_TOKEN_PUNCT)
            break;
    }
    return false;
}

bool tf_reaction_from(const ctx_t *c, int gov)
{
    static const char *const reaction[] = { "dissatisf", "opposition", "criticism", "objection", "protest",
                                            "complaint", "pressure", "backlash", "resistance", "anger",
                                            "concern", "condemnation", NULL };
    return s_is(c, gov, W_FROM) && tf_word_starts(c, tf_before_det(c, gov), reaction);
}

/* Is the party at p an origin marker ("U.S. corn imports", "Japanese
 * products", "against China")? */
bool tf_origin_x(const ctx_t *c, int pi, int lim, bool adjective)
{
    const party_t *p = &c->parties[pi];
    if (p->kind == 'L' || p->kind == 'R')
        return false;
    if (tf_importer(c, pi, lim))
        return false;
    int gov = tf_governor(c, p->a);
    /* "tariffs from the U.S.": who levies them, not where goods come from */
    if (s_is(c, gov, W_FROM) && s_has(c, gov - 1, F(TNOUN)) && !s_has(c, gov - 1, F(GOODS)))
        return false;
    if (tf_reaction_from(c, gov))
        return false;
    if (s_has(c, gov, F(PREP_TGT)))
        return true;
    /* "goods originating in India", "products originated from Macao" */
    static const char *const originating[] = { "originat", NULL };
    if ((s_is(c, gov, W_IN) || s_is(c, gov, W_FROM)) && tf_word_starts(c, gov - 1, originating))
        return true;
    /* "goods of Hong Kong origin", "items with Macao origin" */
    static const char *const origin[] = { "origin$", NULL };
    if ((s_is(c, gov, W_OF) || s_is(c, gov, W_WITH)) && p->b < lim && tf_word_starts(c, p->b, origin))
        return true;
    /* an adjective before a common noun: "Japanese-made fingerprinting
     * system", "EC pasta" (not "Japanese officials", "Canadian Import
     * Tribunal") */
    if (adjective && p->kind == 'D' && p->b < lim && (s_tflags(c, p->b) & SIFT_TOKEN_LOWER) &&
        (s_tflags(c, p->b) & SIFT_TOKEN_ALPHA) && c->tp[p->b] < 0 &&
        !s_has(c, p->b, F(AUX) | F(M_MODAL) | F(M_WEAK) | F(M_MUST) | A_MASK))
        return true;
    return tf_names_goods(c, pi, lim);
}

int tf_list_last(const ctx_t *c, int pi)
{
    for (int m, q; (m = tf_list_joint(c, c->parties[pi].b, 1)) > 0 &&
                   (q = s_party_at(c, tf_after_det(c, c->parties[pi].b + m - 1))) >= 0;)
        pi = q;
    return pi;
}

int tf_list_head(const ctx_t *c, int pi)
{
    for (;;) {
        int k = c->parties[pi].a - 1;
        if (s_has(c, k, F(DET)))
            k--;
        int m = tf_list_joint(c, k, -1);
        int j = k - m; /* the previous item's last token */
        if (!m || j < 0 || c->tp[j] < 0)
            return pi;
        pi = c->tp[j];
    }
}

/* Is the party at pi the object of "on", "against", "from", "of", "in"
 * (over determiners, numbers and adjectives: "on a range of Japanese
 * products", "on 300 mln dlrs worth of Japanese goods")? */
bool tf_in_pp(const ctx_t *c, int pi)
{
    int k = c->parties[pi].a - 1;
    for (int n = 0; k >= 0 && n < 4; k--, n++) {
        if (s_is(c, k, W_ON) || s_is(c, k, W_AGAINST) || s_is(c, k, W_FROM) || s_is(c, k, W_OF) ||
            s_is(c, k, W_IN) ||
            /* "higher tariffs for imported US products" (goods after it),
             * "tariffs for Australian beef" (a nationality of goods, not
             * of people: "tax cuts for American families") */
            (s_is(c, k, W_FOR) &&
             (tf_names_goods(c, pi, (int)c->n) ||
              (c->parties[pi].kind == 'D' && tf_origin(c, pi, (int)c->n) &&
               !s_has(c, c->parties[pi].b, F(AFFECTED))))))
            return true;
        /* a list naming the origin: "imports from countries including
         * China", "on goods from its allies, including the EU" */
        if (s_is(c, k, W_INCLUDING)) {
            for (int j = k - 1; j >= 0 && j >= k - 5; j--)
                if (s_is(c, j, W_FROM))
                    return true;
            return false;
        }
        if (!(s_has(c, k, F(DET)) || !isnan(c->num[k]) || s_is(c, k, W_ALL) ||
              s_is(c, k, W_CERTAIN) || s_is(c, k, W_ALLEGEDLY) || s_is(c, k, W_SUBSIDIZED) ||
              s_is(c, k, W_IMPORTED) || /* "on imported Chinese steel" */
              /* "on about 500 Chinese products", "on more than 1,300 ..." */
              (tf_approx(c, k) && !isnan(c->num[k + 1])) ||
              (s_is(c, k, W_THAN) && (s_is(c, k - 1, W_MORE) || s_is(c, k - 1, W_LESS)) && !isnan(c->num[k + 1])) ||
              ((s_is(c, k, W_MORE) || s_is(c, k, W_LESS)) && s_is(c, k + 1, W_THAN)) ||
              (tf_adverb(c, k) && s_is(c, k + 1, W_ALL)))) /* "on virtually all Chinese imports" */
            return false;
    }
    return false;
}

bool tf_origin(const ctx_t *c, int pi, int lim)
{
    return tf_origin_x(c, pi, lim, true);
}

/* Resolves a party to a ref; generic words ("the government") take the
 * party that acted last. */
bool tf_resolve(const ctx_t *c, int pi, const ref_t *last, ref_t *out)
{
    const party_t *p = &c->parties[pi];
    if (p->kind == 'R') {
        /* "the US administration", "Trump officials", "China's government",
         * over up to four words of the office's name: "the Chinese
         * commerce ministry", "China's trade minister", "Argentina's
         * Industry and Foreign Trade Secretary" (an "and" only inside a
         * capitalised name) */
        int k = p->a - 1;
        for (int skip = 0; skip < 4 && k > 0 && c->tp[k] < 0 && (s_tflags(c, k) & SIFT_TOKEN_ALPHA) &&
                           !s_has(c, k, A_MASK | F(AUX) | F(M_MODAL) | F(ATTRIB) | F(TNOUN) | F(WNOUN) | F(DET)) &&
                           (!s_is(c, k, W_AND) || ((s_tflags(c, k - 1) & SIFT_TOKEN_CAP) &&
                                                   (s_tflags(c, k + 1) & SIFT_TOKEN_CAP)));
             skip++)
            k--;
        if (k >= 0 && (s_is(c, k, W_APOS_S) || s_is(c, k, W_RSQUO_S)))
            k--;
        if (k >= 0 && c->tp[k] >= 0 && c->parties[c->tp[k]].kind != 'R' &&
            c->parties[c->tp[k]].code[0]) {
            tf_ref_set(out, &c->parties[c->tp[k]]);
            return true;
        }
        if (s_is(c, p->a, W_PRESIDENT) || s_is(c, p->a, W_ADMINISTRATION)) {
            for (int j = p->a - 1; j >= 0 && j >= p->a - 2000; j--)
                if (c->tp[j] >= 0 && c->parties[c->tp[j]].kind == 'L') {
                    tf_ref_set(out, &c->parties[c->tp[j]]);
                    return true;
                }
        }
        if (!last->code[0])
            return false;
        *out = *last;
        return true;
    }
    /* a country named right before an office names whose office it is:
     * "the Australian Senate", "Brazil's Congress" (the lexicon's
     * "senate" and "congress" are the U.S. ones) */
    if (p->kind == 'M') {
        int end = p->a; /* where the country must end: at the office or its "'s" */
        if (end > 0 && (s_is(c, end - 1, W_APOS_S) || s_is(c, end - 1, W_RSQUO_S)))
            end--;
        int k = end - 1;
        if (k >= 0 && c->tp[k] >= 0 && strchr("CD", c->parties[c->tp[k]].kind) &&
            c->parties[c->tp[k]].b == end && c->parties[c->tp[k]].code[0]) {
            tf_ref_set(out, &c->parties[c->tp[k]]);
            return true;
        }
    }
    if (!p->code[0])
        return false;
    tf_ref_set(out, p);
    return true;
}

/* A government office within three words from k ("Finance Department",
 * "trade ministry"): what a possessive before it names acts. */
bool tf_office_of(const ctx_t *c, int k)
{
    for (int j = k; j < k + 3 && j < (int)c->n; j++) {
        if (c->tp[j] >= 0)
            return c->parties[c->tp[j]].kind == 'R';
        if (!(s_tflags(c, j) & SIFT_TOKEN_ALPHA))
            return false;
    }
    return false;
}

/* A country a headline word names ("JAPAN CUTS TARIFFS", "China's ..."):
 * the title is not tokenised, so its words are looked up one by one. */
static bool s_title_party(const ctx_t *c, ref_t *out)
{
    const char *t = c->doc->title;
    if (!t)
        return false;
    const lex_t *lex = &c->st->lex;
    for (const char *p = t; *p;) {
        while (*p && !(((unsigned char)*p | 0x20) >= 'a' && ((unsigned char)*p | 0x20) <= 'z'))
            p++;
        const char *w = p;
        while (*p && ((((unsigned char)*p | 0x20) >= 'a' && ((unsigned char)*p | 0x20) <= 'z') || *p == '.'))
            p++;
        size_t n = (size_t)(p - w);
        while (n > 1 && w[n - 1] == '.' && memchr(w, '.', n - 1) == NULL)
            n--; /* a full stop, not "U.S." */
        if (!n)
            continue;
        const lex_party_t *q = lex_party(lex, lex_hash(w, n));
        if (q && q->code[0] && strchr("CDM", q->kind) && strcmp(q->code, "XX") != 0) {
            memcpy(out->code, q->code, 3);
            out->in_office = 0;
            out->name = q->name;
            return true;
        }
    }
    return false;
}

/* Counts the countries the article names into c->named, once: the first
 * 65 codes in the order of their first mention (64 of them besides any one
 * code tf_most_named leaves out). */
static void s_count_named(ctx_t *c)
{
    const size_t cap = sizeof c->named / sizeof c->named[0];
    c->nnamed = 0;
    for (size_t i = 0; i < c->np; i++) {
        const party_t *p = &c->parties[i];
        if (!p->code[0] || !strchr("CDM", p->kind) || tf_code_eq(p->code, "XX"))
            continue;
        size_t k = 0;
        while (k < c->nnamed && !tf_code_eq(c->named[k].p->code, p->code))
            k++;
        if (k == c->nnamed) {
            if (c->nnamed == cap)
                continue;
            c->named[c->nnamed++] = (struct named){ p, 0 };
        }
        c->named[k].n++;
    }
}

/* The country the article is about: the headline's, else the dateline's
 * ("TOKYO, March 3 -", "BEIJING, April 4 (Xinhua) --"), else the one the
 * text names most (at least twice). A clause that names a government
 * without a country takes it when nothing else in the article acts
 * (article.c). */
void tf_home(ctx_t *c)
{
    s_count_named(c);
    memset(&c->home, 0, sizeof c->home);
    /* the party on the first or second token (parties are in entity order,
     * not text order), before a comma */
    c->dateline = c->n > 0 && c->tp[0] >= 0 ? c->tp[0] : c->n > 1 ? c->tp[1] : -1;
    if (c->dateline >= 0) {
        const party_t *p = &c->parties[c->dateline];
        /* (a city in capitals, not an acronym, or a name a date follows: not
         * the subject of a first sentence, "Uganda, Africa's second largest
         * coffee producer, was disappointed", "The EU, a big buyer, will") */
        size_t n;
        s_text(c, p->a, &n);
        bool city = (s_tflags(c, p->a) & SIFT_TOKEN_UPPER) && (s_tflags(c, p->a) & SIFT_TOKEN_ALPHA) && n > 3;
        bool dated = city || s_has(c, p->b + 1, F(MONTH)) || s_has(c, p->b + 2, F(MONTH));
        if (p->a > 1 || !s_is(c, p->b, W_COMMA) || !strchr("CM", p->kind) || !p->code[0] || !dated)
            c->dateline = -1;
    }
    if (s_title_party(c, &c->home))
        return;
    if (c->dateline >= 0) {
        tf_ref_set(&c->home, &c->parties[c->dateline]);
        return;
    }
    tf_most_named(c, NULL, &c->home);
}

/* The country the text names most, at least twice, other than `except`
 * (NULL: any): a count over the article's parties. */
void tf_most_named(const ctx_t *c, const ref_t *except, ref_t *out)
{
    int best = 1;
    for (size_t k = 0, seen = 0; k < c->nnamed && seen < 64; k++) {
        if (except && tf_code_eq(c->named[k].p->code, except->code))
            continue;
        seen++;
        if (c->named[k].n > best) {
            best = c->named[k].n;
            tf_ref_set(out, c->named[k].p);
        }
    }
}
