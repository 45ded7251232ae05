/* SPDX-License-Identifier: MIT */
/* kinds.c - organisations named by the noun beside them: a newspaper or
 * broadcaster, a kind of organisation, a team's player or staff, and
 * companies named for sure (see kinds.h). */
#include <stdlib.h>
#include <string.h>

#include "clusters.h"
#include "kinds.h"
#include "words.h"

/* The capitalised run [b, e) names a newspaper, magazine or broadcaster
 * ("Liberte newspaper said", "the daily France-Soir"): its mention
 * becomes an ORG, or one is made where the tagger found none; its words'
 * key goes into names. A place, nationality or date in the gazetteer is
 * never one ("Israeli television", "a Sarajevo daily"); with team set (a
 * team's player after it) a city or state of the gazetteer is ("Toulon
 * hooker"), a country never (a national side is the country's). */
static int s_media_run(ent_ctx_t *c, const int32_t *cover, size_t b, size_t e, ent_map_t *names, bool team,
                       bool portfolio)
{
    while (b < e && ent_lookup_exact(c, NS_STOP, b))
        b++;
    if (b == e || e - b > ENT_NAME_MAX)
        return 0;
    int32_t own = -1;
    for (size_t t = b; t < e; t++) {
        const lex_entry_t *title = ent_lookup_lower(c, NS_TITLE, t);
        if (ent_lookup_cap(c, NS_MONTH, t) || ent_lookup_cap(c, NS_WDAY, t) || ent_lookup_exact(c, NS_HONOR, t) ||
            (title && !(portfolio && t > b && title->num < 2)) || tok_n(c, t) < 2)
            return 0; /* "group C", "company N / A" */
        int32_t k = cover[t];
        if (k < 0)
            continue;
        const mention_t *m = &c->m[k];
        bool part = m->start != c->tok[t].start || m->end != c->tok[t].end; /* "France" of "France-Soir" */
        if (m->src == SRC_GAZ && !part && m->type != SIFT_ORG &&
            (!team || m->country || m->type == SIFT_NORP))
            return 0;
        if (m->src == SRC_MODEL && (m->tb != b || m->te != e))
            return 0; /* the tagger read other names there */
        if (m->src == SRC_RULE)
            return 0;
        if (m->src == SRC_MODEL)
            own = k;
    }
    for (size_t t = b; t < e; t++) /* the parts of a hyphenated name go */
        if (cover[t] >= 0 && cover[t] != own && c->m[cover[t]].src == SRC_GAZ && c->m[cover[t]].type != SIFT_ORG)
            c->m[cover[t]].type = -1;
    mention_t *m = own >= 0 ? &c->m[own] : NULL;
    if (!m) {
        memset(c->used + b, 0, e - b);
        if (!(m = ent_mention(c, b, e, SIFT_ORG, SRC_MODEL)))
            return -1;
    }
    if (m->type == SIFT_PERSON || m->type == SIFT_GPE || m->type == SIFT_LOC || m->type == SIFT_NORP) {
        m->type = SIFT_ORG;
        m->code = NULL;
        m->canon = NULL;
    }
    m->ruled = m->type == SIFT_ORG;
    if (m->type == SIFT_ORG)
        ent_map_put(names, ent_words_key(c->hx, b, e), 1);
    return 0;
}

/* A team's player or staff right after its name, and theirs after
 * ("Toulon hooker Sebastien Roux", "Vitoria ' keeper Jorge Alves",
 * "former Auxerre playmaker Corentine Martins"): the run before the noun
 * at i is the team, an ORG in every mention (s_media_run; in CoNLL train
 * every place before such a noun but the countries is a club). A
 * capitalised function word inside a
 * sentence is no team's ("All Black hooker"), nor is a nationality the
 * tagger read unless a place is so named ("Montenegrin midfielder",
 * not "Varese playmaker"). Returns 0 (none), 1-2 (found) or -1. */
static int s_team_run(ent_ctx_t *c, const int32_t *cover, size_t i, ent_map_t *names)
{
    size_t r = ent_possessive_at(c, i);
    if (r < 1 || !ent_cap(c, r - 1) || (c->tok[i].flags & SIFT_TOKEN_SENT_START) || i + 1 >= c->n ||
        !(c->tok[i + 1].flags & SIFT_TOKEN_CAP) || c->tok[i + 1].sentence != c->tok[i].sentence)
        return 0;
    size_t b = ent_run_start(c, r);
    if (b == r || (!(c->tok[b].flags & SIFT_TOKEN_SENT_START) && ent_lookup_exact(c, NS_STOP, b)))
        return 0;
    for (size_t t = b; t < r; t++)
        if (cover[t] >= 0 && c->m[cover[t]].src == SRC_MODEL && c->m[cover[t]].type == SIFT_NORP &&
            !(clusters_get(c->st->clusters, c->hl[t])->flags & (CL_PLACE1 | CL_PLACE_FIRST)))
            return 0;
    size_t before = c->n_m;
    if (s_media_run(c, cover, b, r, names, true, false) < 0)
        return -1;
    return 1 + (c->n_m > before);
}

/* A company the article names for sure - with a legal form ("Lindqvist
 * Verkstad AB"), an ampersand ("Eli Lilly & Co") or "said its" (ner.c) -
 * is the same company where the rest of its name stands alone
 * ("Lindqvist Verkstad will cut jobs"): its words and those before the
 * form or the ampersand (two or more; one is entities.c's s_short_names')
 * go into names. Returns whether it was one. */
static bool s_sure_company(ent_ctx_t *c, const mention_t *m, ent_map_t *names)
{
    if (m->type != SIFT_ORG || m->src != SRC_MODEL || m->te - m->tb > ENT_NAME_MAX)
        return false;
    size_t b = m->tb, e = m->te, amp = e;
    for (size_t t = b + 1; t < e && amp == e; t++)
        if (tok_is(c, t, "&"))
            amp = t;
    if (!m->sure && amp == e && !ent_lookup_exact(c, NS_CORPFORM, e - 1))
        return false;
    ent_map_put(names, ent_words_key(c->hx, b, e), 1);
    size_t p = amp;
    while (p > b + 2 && ent_lookup_exact(c, NS_CORPFORM, p - 1))
        p--;
    if (p - b >= 2 && p < e)
        ent_map_put(names, ent_words_key(c->hx, b, p), 1);
    return true;
}

/* Whether token k is one of words. */
static bool s_is_any(const ent_ctx_t *c, size_t k, const char *const *words)
{
    for (int q = 0; words[q]; q++)
        if (tok_is(c, k, words[q]))
            return true;
    return false;
}

/* Whether token t may stand between "a" and the kind noun of an
 * apposition: a lower-case word that is no function word ("global",
 * "market", "research", "wholly-owned") or a place or nationality
 * ("a US industrial conglomerate"). */
static bool s_appos_word(const ent_ctx_t *c, const int32_t *cover, size_t t)
{
    static const char *const stop[] = { "of", "the", "with", "in", "and", "for", "to", "by", "on", "at",
                                        "from", "who", "which", "that", "is", "was", NULL };
    if (cover[t] >= 0 && c->m[cover[t]].src == SRC_GAZ &&
        (c->m[cover[t]].type == SIFT_GPE || c->m[cover[t]].type == SIFT_NORP))
        return true;
    if (!(c->tok[t].flags & SIFT_TOKEN_LOWER))
        return false;
    for (int k = 0; stop[k]; k++)
        if (tok_is(c, t, stop[k]))
            return false;
    return true;
}

/* The name an apposition describes: "Euromonitor, a global market
 * research company", "Johnson Controls, a US industrial conglomerate",
 * "Americans for Free Trade, a new coalition of ...". The kind noun at i
 * (NS_MEDIA 1 or 3) ends "NAME , a|an [up to four words]"; not a noun
 * before a role ("a company spokesman": the person's) or a report ("...,
 * an official newspaper said": another clause's subject). In CoNLL train
 * 15 of the 17 such names are organisations (the others a place and a
 * race, which s_media_run's guards keep). Returns 0, 1-2 or -1. */
static int s_apposition(ent_ctx_t *c, int32_t *cover, size_t i, ent_map_t *names, int *budget)
{
    /* kinds no one's role is: "a seafood company with a plant in Dalian"
     * describes the company ("a partner with", "an operator with" a role) */
    static const char *const firms[] = { "company", "firm", "maker", "manufacturer", "retailer", "carmaker",
                                         "conglomerate", "bank", "insurer", "airline", NULL };
    static const char *const verbs[] = { "said", "says", "reported", "reports", "quoted", "wrote", "added",
                                         "told", "announced", "stated", "noted", "'s", NULL };
    if (i + 1 < c->n) {
        /* "a daily newspaper" is read at its last noun; "a newspaper owner",
         * "an operator for Zoneco" name a person's role */
        if (((c->tok[i + 1].flags & SIFT_TOKEN_LOWER) && ent_lookup_exact(c, NS_MEDIA, i + 1)) ||
            ent_lookup_lower(c, NS_TITLE, i + 1) || tok_is(c, i + 1, "for") || tok_is(c, i + 1, "at") ||
            (tok_is(c, i + 1, "with") && !s_is_any(c, i, firms)) || (tok_is(c, i, "group") && tok_is(c, i + 1, "of")))
            return 0;
        for (int k = 0; verbs[k]; k++)
            if (tok_is(c, i + 1, verbs[k]))
                return 0;
    }
    size_t a = i; /* the article */
    while (a > 0 && i - a < 6 && !(tok_is(c, a - 1, "a") || tok_is(c, a - 1, "an") || tok_is(c, a - 1, "the")) &&
           (s_appos_word(c, cover, a - 1) ||
            ((c->tok[a - 1].flags & SIFT_TOKEN_LOWER) && ent_lookup_exact(c, NS_MEDIA, a - 1))))
        a--;
    /* or a place's possessive as its article ("Alipay, China's largest
     * mobile payment platform": the words above ran over both) */
    bool owner = a >= 3 && a + 1 < i && (c->tok[a + 1].flags & SIFT_TOKEN_POSSESSIVE) && cover[a] >= 0 &&
                 c->m[cover[a]].src == SRC_GAZ && c->m[cover[a]].type == SIFT_GPE && c->m[cover[a]].tb == a &&
                 c->m[cover[a]].te == a + 1;
    /* "Conoco, subsidiary of DuPont Corp": a part "of" a company right
     * after the comma, with no article (wire copy) */
    static const char *const parts[] = { "unit", "subsidiary", "affiliate", NULL };
    bool part = i + 1 < c->n && tok_is(c, i + 1, "of") && s_is_any(c, i, parts);
    bool bare = part && a == i && a >= 2 && tok_is(c, a - 1, ",");
    if (!owner && !bare && !(a >= 1 && (tok_is(c, a - 1, "a") || tok_is(c, a - 1, "an") || tok_is(c, a - 1, "the"))))
        return 0;
    size_t p = owner || bare ? a : a - 1; /* the article, the place or the bare noun */
    /* "one of" between the comma and it, before a plural ("Suning, one
     * of China's largest retailers", "X, one of the world's biggest
     * carmakers"); a plural kind of company (NS_MEDIA 5) only so */
    size_t one = p >= 3 && tok_is(c, p - 1, "of") && tok_is(c, p - 2, "one") && (owner || tok_is(c, p, "the")) ? 2 : 0;
    if (ent_lookup_exact(c, NS_MEDIA, i)->num == 5 && !one)
        return 0;
    if (p < 2 + one || !tok_is(c, p - one - 1, ",") || c->tok[p - one - 1].sentence != c->tok[i].sentence)
        return 0;
    a = p - one + 1; /* the comma is a - 2 */
    /* the name: the tagger's mention ending at the comma, else the
     * capitalised words before it, through of/for/de */
    if (*budget <= 0)
        return 0;
    --*budget; /* the scans of the mentions below: at most 64 an article, to stay linear */
    size_t r = a - 2, b = r;
    const mention_t *own = NULL; /* the longest ("People's Bank of China", not its "China") */
    for (size_t k = 0; k < c->n_m; k++)
        if (c->m[k].type >= 0 && c->m[k].src == SRC_MODEL && c->m[k].te == r && (!own || c->m[k].tb < own->tb))
            own = &c->m[k];
    /* a person the tagger found, opening with a given name or written as
     * a Chinese name in pinyin, stays one ("Zhu Hailun, a mainland wine
     * trader"); not when the kind is a part "of" another company ("Carver
     * Moss, a unit of Ellery Group Inc", "Lombard North Central, an
     * affiliate of ..."; in CoNLL train the 5 names so described are
     * organisations) */
    if (own && own->type == SIFT_PERSON && !part &&
        ((clusters_get(c->st->clusters, c->hl[own->tb])->flags & CL_GIVEN) ||
         (own->te == own->tb + 2 && words_pinyin(tok_s(c, own->tb), tok_n(c, own->tb), 1) &&
          words_pinyin(tok_s(c, own->tb + 1), tok_n(c, own->tb + 1), 2))))
        return 0;
    if (own) {
        b = own->tb;
    } else {
        while (b > 0 && !(c->tok[b].flags & SIFT_TOKEN_SENT_START)) {
            if (ent_cap(c, b - 1))
                b--;
            else if (b >= 2 && b < r && ent_lookup_exact(c, NS_CONN, b - 1) && !tok_is(c, b - 1, "and") &&
                     ent_cap(c, b - 2) && !(c->tok[b - 1].flags & SIFT_TOKEN_SENT_START))
                b -= 2;
            else
                break;
        }
    }
    /* a name going on before the run ("People's Bank of China") is not it */
    if (b == r || ent_possessive_at(c, b) != b)
        return 0;
    for (size_t k = 0; k < c->n_m; k++)
        if (c->m[k].type >= 0 && c->m[k].tb < b && c->m[k].te > b)
            return 0;
    /* "Americans for Free Trade": a nationality, place or person the
     * gazetteer or the tagger found opens a longer untagged name
     * ("for"/"of" after it) and goes into it, when the name is made */
    int32_t g = cover[b];
    bool open = g >= 0 && c->m[g].src != SRC_RULE && c->m[g].tb == b && c->m[g].te < r &&
                ent_lookup_exact(c, NS_CONN, c->m[g].te) && !tok_is(c, c->m[g].te, "and");
    int type = open ? c->m[g].type : -1;
    if (open) {
        for (uint32_t t = c->m[g].tb; t < c->m[g].te; t++)
            cover[t] = -1;
        c->m[g].type = -1;
    }
    size_t before = c->n_m;
    if (s_media_run(c, cover, b, r, names, false, true) < 0)
        return -1;
    if (open && c->n_m == before) {
        c->m[g].type = type;
        for (uint32_t t = c->m[g].tb; t < c->m[g].te; t++)
            cover[t] = g;
    }
    return 1 + (c->n_m > before);
}

/* Whether token k may follow a company's name as the verb or the link of
 * its clause ("Polaris is raising", "Tesla to raise", "Siemens will
 * present", "Cisco and its partners", "Fiat Chrysler, along with its"): a
 * word ending in -s or -ed, a modal, "to", "and" or a comma; not a noun
 * ("the Trump administration ... its", "the Federal government"). */
static bool s_verbish(const ent_ctx_t *c, size_t k)
{
    static const char *const words[] = { "will", "would", "can", "could", "may", "might", "must", "should",
                                         "to", "and", ",", "also", "has", "had", "is", "was", "said", NULL };
    for (int q = 0; words[q]; q++)
        if (tok_is(c, k, words[q]))
            return true;
    const char *w = tok_s(c, k);
    size_t n = tok_n(c, k);
    return (c->tok[k].flags & SIFT_TOKEN_LOWER) && n > 2 &&
           (w[n - 1] == 's' || (w[n - 2] == 'e' && w[n - 1] == 'd'));
}

/* Whether the tagger's person m has no person's cue anywhere in the
 * article: no title or honorific before a mention of it, no longer
 * person's name holding it ("President Erdogan", "Recep Tayyip
 * Erdogan"). At most *budget such scans an article, to stay linear. */
static bool s_no_person_cues(const ent_ctx_t *c, const int32_t *cover, const mention_t *m, int *budget)
{
    if (*budget <= 0)
        return false;
    --*budget;
    for (size_t k = 0; k < c->n_m; k++) { /* a person's cues anywhere in the article */
        const mention_t *x = &c->m[k];
        if (x->type == SIFT_PERSON && x->te > x->tb + 1 && x->tb <= m->tb && m->te <= x->te)
            return false;
        if (x->type < 0 || x->te != x->tb + 1 || c->hx[x->tb] != c->hx[m->tb] || x->tb == 0)
            continue;
        if (ent_lookup_lower(c, NS_TITLE, x->tb - 1) || ent_lookup_exact(c, NS_HONOR, x->tb - 1))
            return false;
    }
    for (size_t t = 0; t + 1 < c->n; t++) /* ... or in a longer name ("Recep Tayyip Erdogan") */
        if (c->hx[t + 1] == c->hx[m->tb] && cover[t] >= 0 && cover[t] == cover[t + 1] &&
            c->m[cover[t]].type == SIFT_PERSON)
            return false;
    return true;
}

/* A one-word name the tagger read as a person, followed within six words
 * by "its" as the subject of their clause ("Polaris is raising prices on
 * its", "forcing Tesla to raise its price", "Siemens will present its"),
 * names no person: no other name, personal pronoun, "but", dash,
 * possessive or end of a clause between them; the word is no given name,
 * stands in no longer person's name and after no title or honorific
 * anywhere in the article ("President Erdogan ... Erdogan called on its
 * citizens"). In CoNLL train 63 organisations and 36 places stand so before
 * "its" (within six words, no pronoun between), 4 persons. The word goes
 * into names: an organisation in every mention. Returns whether it was
 * one. */
static bool s_its_company(const ent_ctx_t *c, const int32_t *cover, const mention_t *m, ent_map_t *names,
                          int *budget)
{
    static const char *const stop[] = { "he", "she", "his", "her", "him", "they", "their", "who", "but", ".",
                                        ";", ":", "-", "--", NULL };
    if (m->type != SIFT_PERSON || m->src != SRC_MODEL || m->te != m->tb + 1 || m->te >= c->n ||
        (clusters_get(c->st->clusters, c->hl[m->tb])->flags & (CL_GIVEN | CL_USUALLY_LOWER)) ||
        !s_verbish(c, m->te))
        return false;
    bool its = false;
    for (size_t k = m->te; k < c->n && k < m->te + 6 && c->tok[k].sentence == c->tok[m->tb].sentence && !its; k++) {
        if (cover[k] >= 0 || (c->tok[k].flags & (SIFT_TOKEN_QUOTE | SIFT_TOKEN_POSSESSIVE)))
            return false;
        for (int q = 0; stop[q]; q++)
            if (tok_is(c, k, stop[q]))
                return false;
        its = tok_is(c, k, "its");
    }
    if (!its || !s_no_person_cues(c, cover, m, budget))
        return false;
    ent_map_put(names, ent_words_key(c->hx, m->tb, m->te), 1);
    return true;
}

/* Where the next item of a list starts after the mention ending at
 * token e: past a possessive ("Sotheby's and Christie's") and one of
 * ",", "and", "or", ", and"; 0 when no such link follows. */
static size_t s_list_next(const ent_ctx_t *c, size_t e)
{
    size_t t = e;
    if (t < c->n && (c->tok[t].flags & SIFT_TOKEN_POSSESSIVE))
        t++;
    if (t < c->n && tok_is(c, t, ","))
        t++;
    if (t < c->n && (tok_is(c, t, "and") || tok_is(c, t, "or")))
        t++;
    return t > e && t < c->n && !(t == e + 1 && (c->tok[e].flags & SIFT_TOKEN_POSSESSIVE)) ? t : 0;
}

/* "Cisco, Dell, Hewlett-Packard and Juniper Networks made a last-minute
 * appeal": names listed with an organisation (commas and a last "and" or
 * "or" between them) are organisations; the tagger's one-word persons
 * among them with no person's cue in the article (s_no_person_cues) are
 * companies in every mention. A
 * list of people ("Smith, Jones and Brown") has no organisation in it;
 * one with a person's full name, a given name and more ("Jack Ma,
 * Alibaba and Tencent"), or with a place or a date is left as it is.
 * Mentions sorted by start. */
/* A capitalised word no mention holds. */
static bool s_cap_free(const ent_ctx_t *c, size_t t)
{
    return !c->used[t] && (c->tok[t].flags & SIFT_TOKEN_CAP) && (c->tok[t].flags & SIFT_TOKEN_ALPHA) &&
           !(c->tok[t].flags & SIFT_TOKEN_SENT_START);
}

/* Whether the list whose first item starts at token b follows a plural
 * noun of companies and "such as", "including" or "like" ("corn refiner
 * companies such as A.E. Staley and Archer Daniels Midland", "chocolate
 * brands including Guylian", "luxury brands such as Dior, Prada,
 * Cartier ...", "the brands owned by the group, including ..."): its
 * items are companies whatever the tagger read. */
static bool s_companies_such_as(const ent_ctx_t *c, size_t b)
{
    static const char *const nouns[] = { "companies", "firms", "brands", "makers", "manufacturers", "carmakers",
                                         "automakers", "retailers", "banks", "airlines", "insurers", "brokers",
                                         "brokerages", "chains", "conglomerates", "corporations", "giants",
                                         "labels", "rivals", "competitors", "websites", "platforms", "stores",
                                         NULL };
    size_t t = b;
    /* past names before it the tagger left untagged ("including Dior, /
     * Prada, Cartier ...") */
    for (int items = 0; items < 4 && t >= 2 && tok_is(c, t - 1, ",") && s_cap_free(c, t - 2); items++) {
        t -= 2;
        while (t >= 1 && s_cap_free(c, t - 1) && (c->tok[t].flags & SIFT_TOKEN_SPACE_BEFORE))
            t--;
    }
    if (t >= 2 && tok_is(c, t - 2, "such") && tok_is(c, t - 1, "as"))
        t -= 2;
    else if (t >= 1 && (tok_is(c, t - 1, "including") || tok_is(c, t - 1, "like")))
        t -= 1;
    else
        return false;
    if (t >= 1 && tok_is(c, t - 1, ","))
        t--;
    /* past a participle's phrase after the noun ("brands owned by the
     * group, including ...", "firms based in the zone such as ..."): a
     * participle and at most four lower-case words, no name among them */
    static const char *const parts[] = { "owned", "made", "sold", "produced", "operated", "run", "controlled",
                                         "held", "based", "listed", "backed", "founded", "acquired", NULL };
    for (size_t q = t, low = 0; q >= 2 && low <= 4; q--, low++) {
        const char *w = tok_s(c, q - 1);
        if (!(c->tok[q - 1].flags & SIFT_TOKEN_ALPHA) || (c->tok[q - 1].flags & (SIFT_TOKEN_CAP | SIFT_TOKEN_UPPER)) ||
            !(*w >= 'a' && *w <= 'z'))
            break;
        bool part = false;
        for (int k = 0; !part && parts[k]; k++)
            part = tok_is(c, q - 1, parts[k]);
        if (part) {
            t = q - 1;
            break;
        }
    }
    for (int k = 0; t >= 1 && nouns[k]; k++)
        if (tok_is(c, t - 1, nouns[k]))
            return true;
    return false;
}

static size_t s_list_companies(const ent_ctx_t *c, const int32_t *cover, ent_map_t *names, int *budget)
{
    size_t found = 0;
    for (size_t k = 0; k < c->n_m;) {
        size_t j = k; /* the list: k .. j, commas and a last "and" or "or" between */
        bool closed = false;
        while (!closed && j + 1 < c->n_m && c->m[j + 1].type >= 0 && c->m[j].type >= 0) {
            size_t nx = s_list_next(c, c->m[j].te);
            if (!nx || c->m[j + 1].tb != nx || c->tok[nx].sentence != c->tok[c->m[j].tb].sentence)
                break;
            closed = tok_is(c, nx - 1, "and") || tok_is(c, nx - 1, "or");
            j++;
        }
        bool org = false, full = false;
        if (c->m[k].type >= 0 && s_companies_such_as(c, c->m[k].tb)) {
            /* the items the tagger read as persons or places, one or more
             * words (not the gazetteer's countries) */
            for (size_t i = k; i <= j; i++) {
                const mention_t *m = &c->m[i];
                if ((m->type == SIFT_PERSON || m->type == SIFT_GPE || m->type == SIFT_LOC) && m->src == SRC_MODEL &&
                    ent_whole(c, m) && m->te - m->tb <= ENT_NAME_MAX) {
                    ent_map_put(names, ent_words_key(c->hx, m->tb, m->te), 1);
                    found++;
                }
            }
            k = j + 1;
            continue;
        }
        for (size_t i = k; i <= j && closed; i++) {
            const mention_t *m = &c->m[i];
            org |= m->type == SIFT_ORG || /* or one of the passes above ("Cisco and its partners") */
                   (m->te - m->tb <= ENT_NAME_MAX && ent_map_get(names, ent_words_key(c->hx, m->tb, m->te)) > 0);
            full |= m->type == SIFT_PERSON &&
                    (m->te - m->tb > 2 ||
                     (m->te - m->tb == 2 && (clusters_get(c->st->clusters, c->hl[m->tb])->flags & CL_GIVEN)));
            if (m->type != SIFT_ORG && m->type != SIFT_PERSON && !(m->type == SIFT_GPE && m->src == SRC_MODEL))
                org = full = false, i = j; /* the gazetteer's places, dates: no list of companies */
        }
        for (size_t i = k; org && !full && i <= j; i++) {
            const mention_t *m = &c->m[i];
            if ((m->type == SIFT_PERSON || m->type == SIFT_GPE) && m->src == SRC_MODEL && ent_whole(c, m) &&
                m->te == m->tb + 1 &&
                !(clusters_get(c->st->clusters, c->hl[m->tb])->flags & CL_USUALLY_LOWER) &&
                s_no_person_cues(c, cover, m, budget)) {
                ent_map_put(names, ent_words_key(c->hx, m->tb, m->te), 1);
                found++;
            }
        }
        k = j + 1;
    }
    return found;
}

/* Whether tokens i and i + 1 are a Chinese name in pinyin, Title Case: a
 * surname of one syllable and a given name of one or two ("film
 * producer Zhang Yimou" names a person, "producer Huawei" a company). */
static bool s_pinyin_name(const ent_ctx_t *c, size_t i)
{
    return i + 1 < c->n && (c->tok[i].flags & SIFT_TOKEN_CAP) && !(c->tok[i].flags & SIFT_TOKEN_UPPER) &&
           (c->tok[i + 1].flags & SIFT_TOKEN_CAP) && !(c->tok[i + 1].flags & SIFT_TOKEN_UPPER) &&
           (c->tok[i + 1].flags & SIFT_TOKEN_SPACE_BEFORE) && words_pinyin(tok_s(c, i), tok_n(c, i), 1) &&
           words_pinyin(tok_s(c, i + 1), tok_n(c, i + 1), 2);
}

/* Whether a word of [b, e) is a word of a person's name of two or more
 * words in the article ("the Cohen Group" of "William Cohen": a company
 * named after its founder, whose surname alone is the person). At most
 * *budget such scans an article. */
static bool s_in_full_name(const ent_ctx_t *c, size_t b, size_t e, int *budget)
{
    if (*budget <= 0)
        return true;
    --*budget;
    for (size_t k = 0; k < c->n_m; k++) {
        const mention_t *x = &c->m[k];
        if (x->type != SIFT_PERSON || x->te < x->tb + 2 || (x->tb < e && b < x->te))
            continue;
        for (size_t t = x->tb; t < x->te; t++)
            for (size_t u = b; u < e; u++)
                if (c->hx[t] == c->hx[u])
                    return true;
    }
    return false;
}

/* A name a company's own nouns speak of is a company: its founder,
 * chief executive, chairman, shares, stock, shareholders, subsidiary or
 * headquarters "of" it ("Ren Zhengfei, founder of Huawei", "shares of
 * Geely"), a stake "in" it, or the same nouns after its possessive
 * ("Xiaomi's shares", "Tencent's founder"), and its stock or chief
 * executive right after it ("Tencent stock", "Nike CEO"). No person has
 * a founder, shares or a subsidiary; a president or an owner may have
 * one, so neither is a cue. The name is the tagger's person or place
 * (not a place of the gazetteer, nor a person with a title anywhere in
 * the article, nor, after a possessive, a full name of a given name:
 * "Jack Ma's shares"), or capitalised words no mention holds; it goes
 * into names, an organisation in every mention. Returns how many. */
static size_t s_noun_companies(ent_ctx_t *c, const int32_t *cover, ent_map_t *names, int *budget)
{
    static const char *const of[] = { "founder", "shares", "shareholders", "shareholder", "stock", "subsidiary",
                                      "subsidiaries", "chairman", "chairwoman", "CEO", "executive",
                                      "headquarters", NULL };
    static const char *const owned[] = { "founder", "CEO", "chairman", "chairwoman", "shares", "stock",
                                         "shareholders", "subsidiary", "subsidiaries", "headquarters", NULL };
    static const char *const after[] = { "stock", "CEO", NULL };
    static const char *const market[] = { "exchange", "exchanges", "market", "markets", "index", NULL };
    /* every cue is a word of the company nouns or the roles: one bit test
     * a token */
    const uint32_t cue = 1u << NS_ORGDESC | 1u << NS_TITLE;
    size_t found = 0;
    for (size_t j = 1; j + 1 < c->n; j++) {
        if (!(c->nsl[j] & cue))
            continue;
        size_t b = 0, e = 0;
        bool poss = false;
        if ((tok_is(c, j + 1, "of") && s_is_any(c, j, of) && (!tok_is(c, j, "executive") || tok_is(c, j - 1, "chief"))) ||
            (tok_is(c, j + 1, "in") && tok_is(c, j, "stake"))) {
            b = j + 2;
            if (b < c->n && tok_is(c, b, "the"))
                b++;
            for (e = b; e < c->n && e < b + ENT_NAME_MAX && ent_cap(c, e) &&
                        (e == b || (c->tok[e].flags & SIFT_TOKEN_SPACE_BEFORE)) && !(c->tok[e].flags & SIFT_TOKEN_SENT_START);
                 e++)
                ;
            if (e < c->n && ent_cap(c, e))
                continue; /* a longer name */
        } else if (j >= 2 && (c->tok[j - 1].flags & SIFT_TOKEN_POSSESSIVE) && ent_cap(c, j - 2) && s_is_any(c, j, owned)) {
            poss = true;
            e = j - 1;
            b = cover[e - 1] >= 0 ? c->m[cover[e - 1]].tb : e - 1;
        } else if (ent_cap(c, j - 1) && s_is_any(c, j, after) && !s_is_any(c, j + 1, market)) {
            e = j; /* not "the DAX stock exchange" */
            b = cover[e - 1] >= 0 ? c->m[cover[e - 1]].tb : e - 1;
        } else
            continue;
        if (b >= e || e > c->n)
            continue;
        int32_t k = cover[b];
        if (k >= 0) { /* the tagger's person or place, whole */
            const mention_t *m = &c->m[k];
            if (m->src != SRC_MODEL || m->tb != b || m->te != e || !ent_whole(c, m) ||
                (m->type != SIFT_PERSON && m->type != SIFT_GPE && m->type != SIFT_LOC))
                continue;
            if (m->type == SIFT_PERSON &&
                (m->te == m->tb + 1
                     ? !s_no_person_cues(c, cover, m, budget)
                     : poss && (clusters_get(c->st->clusters, c->hl[m->tb])->flags & CL_GIVEN)))
                continue;
            if (s_in_full_name(c, b, e, budget))
                continue;
        } else { /* words no mention holds, no hyphen or dot in them */
            bool ok = !(c->tok[b].flags & SIFT_TOKEN_SENT_START);
            for (size_t t = b; t < e && ok; t++) {
                ok = cover[t] < 0 && (c->tok[t].flags & SIFT_TOKEN_ALPHA) && tok_n(c, t) > 1 &&
                     !ent_lookup_exact(c, NS_STOP, t) && !ent_lookup_lower(c, NS_TITLE, t) &&
                     !ent_lookup_exact(c, NS_HONOR, t) && !ent_lookup_cap(c, NS_MONTH, t) &&
                     !ent_lookup_cap(c, NS_WDAY, t);
                for (size_t q = 0; ok && q < tok_n(c, t); q++)
                    ok = tok_s(c, t)[q] != '-' && tok_s(c, t)[q] != '.';
            }
            if (!ok || s_in_full_name(c, b, e, budget))
                continue;
            if (!ent_mention(c, b, e, SIFT_ORG, SRC_MODEL))
                return found; /* out of memory: no more names */
        }
        ent_map_put(names, ent_words_key(c->hx, b, e), 1);
        found++;
    }
    return found;
}

/* Newspapers, magazines and broadcasters by the noun beside them: after
 * the name with a report or a pause following ("Liberte newspaper said",
 * "Channel Two television said", "Vogue magazine ,"), or a print noun
 * before it ("the daily France-Soir", "the news weekly Der Spiegel").
 * CoNLL train has few of them (the tagger reads the unseen ones as people
 * or places); every mention of such a name in the article is the
 * organisation ("Zycie Warszawy daily said ... Zycie Warszawy said"). */
int kinds_names(ent_ctx_t *c)
{
    static const char *const report[] = { "said", "says", "reported", "reports", "quoted", "quotes",
                                          "wrote", "writes", "published", "carried", "cited", "added",
                                          "on", ",", ".", ";", ")", NULL };
    size_t n0 = c->n_m, cues = 0;
    for (size_t i = 0; i < c->n; i++)
        cues += (c->tok[i].flags & SIFT_TOKEN_LOWER) && ent_lookup_exact(c, NS_MEDIA, i);
    int32_t *cover = c->st->host->scratch(c->out, c->n * sizeof *cover);
    ent_map_t names; /* keys: two per company for sure, one per "its" and per list item, one per noun's run on either side and its apposition */
    if (!cover || ent_map_init(c, &names, 4 * n0 + 3 * cues + 8) < 0)
        return -1;
    for (size_t t = 0; t < c->n; t++)
        cover[t] = -1;
    size_t found = 0;
    for (size_t k = 0; k < n0; k++) {
        const mention_t *m = &c->m[k];
        if (m->type >= 0)
            for (uint32_t t = m->tb; t < m->te; t++)
                cover[t] = (int32_t)k;
        found += s_sure_company(c, m, &names);
    }
    int budget = 64;
    for (size_t k = 0; k < n0; k++)
        found += s_its_company(c, cover, &c->m[k], &names, &budget);
    found += s_list_companies(c, cover, &names, &budget);
    budget = 64;
    found += s_noun_companies(c, cover, &names, &budget);
    budget = 64;
    for (size_t i = 0; i < c->n; i++) {
        const lex_entry_t *e;
        if (!(c->tok[i].flags & SIFT_TOKEN_LOWER) || !(e = ent_lookup_exact(c, NS_MEDIA, i)))
            continue;
        if (e->num == 4) {
            int rc = s_team_run(c, cover, i, &names);
            if (rc < 0)
                return -1;
            found += (size_t)rc;
            continue;
        }
        if (e->num != 2) {
            int rc = s_apposition(c, cover, i, &names, &budget);
            if (rc < 0)
                return -1;
            found += (size_t)rc;
        }
        bool pause = i + 1 == c->n;
        for (int k = 0; report[k] && !pause; k++)
            pause = tok_is(c, i + 1, report[k]);
        if (e->num < 3 && pause && i >= 1 && ent_cap(c, i - 1) && !(c->tok[i].flags & SIFT_TOKEN_SENT_START)) {
            size_t b = i - 1;
            while (b > 0 && !(c->tok[b].flags & SIFT_TOKEN_SENT_START) && ent_cap(c, b - 1))
                b--;
            size_t before = c->n_m;
            if (s_media_run(c, cover, b, i, &names, false, false) < 0)
                return -1;
            found += 1 + (c->n_m > before);
        }
        if (e->num != 2 && e->num != 5 && i + 1 < c->n && ent_cap(c, i + 1) && !(c->tok[i + 1].flags & SIFT_TOKEN_SENT_START) &&
            (e->num == 1 || !(clusters_get(c->st->clusters, c->hl[i + 1])->flags & CL_GIVEN)) &&
            !s_pinyin_name(c, i + 1)) {
            size_t f = i + 1;
            /* through of/for/de ("the lobby group Farmers for Free Trade",
             * "brokers Cheuvreux de Virieu"), not "and" (two names) */
            for (bool more = true; more;) {
                while (f < c->n && ent_cap(c, f) && (f == i + 1 || !(c->tok[f].flags & SIFT_TOKEN_SENT_START)))
                    f++;
                more = f + 1 < c->n && ent_lookup_exact(c, NS_CONN, f) && !tok_is(c, f, "and") &&
                       ent_cap(c, f + 1) && !(c->tok[f + 1].flags & SIFT_TOKEN_SENT_START);
                f += more;
            }
            size_t before = c->n_m;
            if (s_media_run(c, cover, i + 1, f, &names, false, false) < 0)
                return -1;
            found += 1 + (c->n_m > before);
        }
    }
    if (!found)
        return 0;
    for (size_t k = 0; k < c->n_m; k++) {
        mention_t *m = &c->m[k];
        if (m->src == SRC_MODEL &&
            (m->type == SIFT_PERSON || m->type == SIFT_GPE || m->type == SIFT_LOC || m->type == SIFT_NORP) &&
            m->te - m->tb <= ENT_NAME_MAX && ent_map_get(&names, ent_words_key(c->hx, m->tb, m->te)) > 0) {
            m->type = SIFT_ORG;
            m->code = NULL;
            m->canon = NULL;
            m->ruled = true;
        }
    }
    /* mentions dropped or made: the later passes want them in order (a
     * dropped part's token is its organisation's now) */
    ent_drop_joined(c);
    if (c->n_m > 1) /* (c->m is NULL in an article with no mention) */
        qsort(c->m, c->n_m, sizeof *c->m, ent_cmp_start);
    return 0;
}
