/* SPDX-License-Identifier: MIT */
/* context.c - the article as the quotes plugin's stages see it (context.h). */
#include "context.h"

#include <stdlib.h>
#include <string.h>

const char *const stage_name[] = { "none", "label", "claim", "after", "split", "accfirst",
                                   "adjacent", "according", "before", "afterfar", "colon",
                                   "multi", "cont", "subject", "contfar",
                                   "prevpara", "prevsent" };
const char *const genre_name[] = { "pol", "mid", "trade" };

void *ctx_alloc(const ctx_t *c, size_t n)
{
    return c->st->host->scratch(c->out, n);
}

static int s_men_cmp(const void *a, const void *b)
{
    const mention_t *x = a, *y = b;
    return x->start < y->start ? -1 : x->start > y->start ? 1 : 0;
}

/* Index of the first mention with start >= pos. */
size_t ctx_men_lower(const ctx_t *c, uint32_t pos)
{
    size_t lo = 0, hi = c->nmen;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c->men[mid].start < pos) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

/* Is token i a word of two or more capitals that starts a name ("US
 * Trade Representative", "WHO Director"): right before a capitalised word
 * not in capitals, and no word in capitals right before it (a heading)? */
static int s_acronym(const ctx_t *c, size_t i)
{
    const uint32_t up = SIFT_TOKEN_UPPER | SIFT_TOKEN_ALPHA;
    if ((c->tok[i].flags & up) != up || c->tok[i].end - c->tok[i].start < 2 || i + 1 >= c->nt)
        return 0;
    uint32_t nf = c->tok[i + 1].flags;
    if (!(nf & SIFT_TOKEN_CAP) || !(nf & SIFT_TOKEN_ALPHA) || ((nf & SIFT_TOKEN_UPPER) && c->tok[i + 1].end - c->tok[i + 1].start >= 2))
        return 0;
    for (int dir = -1; dir <= 1; dir += 2) {
        for (size_t j = i, n = 0; n < 3 && (dir < 0 ? j > 0 : j + 1 < c->nt); n++) {
            j = dir < 0 ? j - 1 : j + 1;
            if (!(c->tok[j].flags & (SIFT_TOKEN_ALPHA | SIFT_TOKEN_DIGIT)))
                continue;
            if ((c->tok[j].flags & up) == up && c->tok[j].end - c->tok[j].start >= 2)
                return 0;
            break;
        }
    }
    return 1;
}

static int s_type_ok(sift_entity_type_t t)
{
    return t == SIFT_PERSON || t == SIFT_ORG || t == SIFT_GPE || t == SIFT_NORP || t == SIFT_LOC;
}

/* The entity with a mention overlapping bytes [s, e), preferring the one
 * nearest the end (the head of "China's State Council Information
 * Office"), and a person over anything else; -1 when none. */
int32_t ctx_entity_in(const ctx_t *c, uint32_t s, uint32_t e)
{
    /* back over up to 8 mentions starting before s that may overlap it
     * (of the same name: "Nora Quist" for its head "Quist") */
    size_t first = ctx_men_lower(c, s), k = first;
    while (k > 0 && c->men[k - 1].end > s && first - k < 8)
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

int32_t ctx_entity_tok(const ctx_t *c, uint32_t i)
{
    return c->nmen ? ctx_entity_in(c, c->tok[i].start, c->tok[i].end) : -1;
}

/* The token ending right before byte s. */
uint32_t ctx_tok_before(const ctx_t *c, uint32_t s)
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
uint32_t ctx_given_before(const ctx_t *c, uint32_t s)
{
    uint32_t t = ctx_tok_before(c, s);
    if (t == NONE || c->tok[t].end + 1 != s || c->text[c->tok[t].end] != ' ' ||
        !(c->tok[t].flags & SIFT_TOKEN_CAP) || (c->tok[t].flags & SIFT_TOKEN_UPPER) ||
        !(c->wf[t] & (W_MALE | W_FEMALE)) || (c->wf[t] & (W_TITLE | W_DOC | W_CUE)) ||
        ctx_entity_tok(c, t) >= 0)
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
int ctx_gender(ctx_t *c, int32_t id)
{
    if (c->gender[id] != -2)
        return c->gender[id];
    const sift_entity_t *e = &c->doc->entities[id];
    int g = 0;
    for (size_t m = 0; m < e->n_mentions && !g; m++) {
        uint32_t s = e->mentions[m].start, t = ctx_tok_before(c, s);
        if (t != NONE)
            g = s_gender_flags(c->wf[t] & (W_HON_M | W_HON_F));
        if (!g && (t = ctx_given_before(c, s)) != NONE)
            g = s_gender_flags(c->wf[t]);
    }
    if (!g && e->name && strchr(e->name, ' ')) {
        const char *n = e->name;
        g = s_gender_flags(lexicon_get(&c->st->lx, n, strcspn(n, " ")));
    }
    c->gender[id] = (int8_t)g;
    return g;
}

const char *ctx_strdup(const ctx_t *c, const char *s, size_t n)
{
    char *p = ctx_alloc(c, n + 1);
    if (!p)
        return NULL;
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

int ctx_begin(ctx_t *c, const state_t *st, const sift_doc_t *doc, sift_out_t *out)
{
    *c = (ctx_t){ .st = st, .doc = doc, .out = out, .tok = doc->tokens, .nt = doc->n_tokens,
                  .text = doc->text };
    if (!c->nt)
        return 0;
    c->wf = ctx_alloc(c, c->nt * sizeof *c->wf);
    c->para = ctx_alloc(c, c->nt * sizeof *c->para);
    c->inq = ctx_alloc(c, c->nt);
    c->inq_before = ctx_alloc(c, (c->nt + 1) * sizeof *c->inq_before);
    c->cue = ctx_alloc(c, c->nt);
    c->subj = ctx_alloc(c, 3 * (doc->n_sentences + 1) * sizeof *c->subj);
    if (!c->wf || !c->para || !c->inq || !c->inq_before || !c->cue || !c->subj)
        return -1;
    memset(c->cue, 0, c->nt);
    memset(c->subj, 0, 3 * (doc->n_sentences + 1) * sizeof *c->subj);
    uint32_t p = 0;
    uint32_t trade = 0, politics = 0; /* words of trade news and of political news */
    for (size_t i = 0; i < c->nt; i++) {
        const sift_token_t *t = &c->tok[i];
        if (i && (t->flags & SIFT_TOKEN_PARA_START))
            p++;
        c->para[i] = p;
        c->inq[i] = 0;
        c->wf[i] = 0;
        if ((t->flags & SIFT_TOKEN_ALPHA) && t->end - t->start < 48)
            c->wf[i] = lexicon_get_hash(&st->lx, doc->lower_hashes[i]);
        trade += (c->wf[i] & W_GTRADE) != 0;
        politics += (c->wf[i] & W_GPOL) != 0;
    }
    /* the genre: r = (t + 1) / (t + p + 2) of the words of trade news t
     * and of political news p, "pol" below 0.35, "trade" above 0.65 */
    double r = (trade + 1.0) / (trade + politics + 2.0);
    c->genre = r < 0.35 ? GENRE_POL : r > 0.65 ? GENRE_TRADE : GENRE_MID;
    /* a function word in capitals starting a name is an acronym: "said
     * US Trade Representative …", "WHO Director …" (not "us", "who"); in
     * a heading of capitals it is the word */
    for (size_t i = 0; i < c->nt; i++)
        if ((c->wf[i] & W_FUNCTION) && s_acronym(c, i))
            c->wf[i] &= ~W_FUNCTION;
    /* entity mentions, flattened and sorted */
    size_t nm = 0;
    for (size_t e = 0; e < doc->n_entities; e++)
        if (s_type_ok(doc->entities[e].type))
            nm += doc->entities[e].n_mentions;
    if (nm) {
        c->men = ctx_alloc(c, nm * sizeof *c->men);
        c->gender = ctx_alloc(c, doc->n_entities);
        c->ent_name = ctx_alloc(c, doc->n_entities * sizeof *c->ent_name);
        if (!c->men || !c->gender || !c->ent_name)
            return -1;
        for (size_t e = 0; e < doc->n_entities; e++) {
            c->gender[e] = -2;
            c->ent_name[e] = NULL;
            if (!s_type_ok(doc->entities[e].type))
                continue;
            for (size_t m = 0; m < doc->entities[e].n_mentions; m++)
                c->men[c->nmen++] = (mention_t){ doc->entities[e].mentions[m].start,
                                                 doc->entities[e].mentions[m].end, (int32_t)e };
        }
        qsort(c->men, c->nmen, sizeof *c->men, s_men_cmp);
    }
    /* the article's last line, when it opens with a dash and holds a
     * phone number (six digits or more): the desk's sign-off ("-- Chicago
     * Newsdesk 312-408-8787", "-- Jane Roe, London newsroom +44 171 542
     * 8167"; not "— 3 Things To Know About Flight MS804") */
    c->signoff = (uint32_t)c->nt;
    {
        uint32_t ls = (uint32_t)c->nt - 1, digits = 0;
        for (; ls > 0 && !(c->tok[ls].flags & SIFT_TOKEN_LINE_START) && c->nt - ls < 40; ls--)
            for (uint32_t k = c->tok[ls].start; k < c->tok[ls].end; k++)
                digits += c->text[k] >= '0' && c->text[k] <= '9';
        if (ls > 0 && (c->tok[ls].flags & SIFT_TOKEN_LINE_START) && tok_dash(c, ls) && digits >= 6)
            c->signoff = ls;
    }
    /* a first paragraph of one sentence, with more after it, is the
     * title line (quotes there are headline fragments) */
    for (uint32_t i = 1; i < c->nt; i++)
        if (c->para[i] != 0) {
            if (c->tok[i - 1].sentence == c->tok[0].sentence)
                c->headline_end = i;
            break;
        }
    return 0;
}
