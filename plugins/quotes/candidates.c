/* SPDX-License-Identifier: MIT */
/* candidates.c - the speaker candidates of a quote (candidates.h). */
#include "candidates.h"

#include "cues.h"

/* Adds mention [ms, me) from source src, merged with the same span. Never
 * a mention inside a quote, a quote mark or punctuation. */
static void s_cand_add(const ctx_t *c, cands_t *cs, uint32_t ms, uint32_t me, uint32_t src,
                       uint32_t cue, uint32_t cue_len)
{
    if (ms == NONE || me <= ms || me > c->nt || (c->inq[ms] && !(src & C_RULE)) ||
        !tok_word(c, me - 1))
        return;
    /* a word alone on the article's last line is a sign-off ("REUTER"),
     * not a speaker (a name signing a quote after a dash is the sieve's) */
    if (!(src & C_RULE) && me == ms + 1 && (c->tok[ms].flags & SIFT_TOKEN_LINE_START) &&
        (me == c->nt || (me + 1 == c->nt && !tok_word(c, me))))
        return;
    /* nor is the desk's sign-off line ("-- Chicago Newsdesk 312-408-8787") */
    if (!(src & C_RULE) && ms >= c->signoff)
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
uint32_t quote_last(const ctx_t *c, const quote_t *q)
{
    if (q->c != NONE)
        return q->c;
    uint32_t t = ctx_tok_before(c, q->end);
    return t == NONE || t < q->o ? q->o : t;
}

/* The speaker candidates of q: the sieve's choice, the entity mentions,
 * pronouns, document/group/role nouns, cue subjects and objects and
 * sentence subjects of the sentence before the quote to the one after it,
 * within WIN_BACK/WIN_FWD tokens. */
void cands_build(const ctx_t *c, const quote_t *q, cands_t *cs)
{
    cs->n = 0;
    if (q->has_speaker)
        s_cand_add(c, cs, q->ms, q->me, C_RULE, q->cue_tok, q->cue_len);
    uint32_t qe = quote_last(c, q);
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
        if (sent->tok_begin < lo || sent->tok_begin >= hi)
            continue;
        uint32_t ms, me;
        if (np_sent_subject_of(c, s, &ms, &me))
            s_cand_add(c, cs, ms, me, C_SENT_SUBJ, NONE, 0);
    }
    /* entity mentions */
    if (c->nmen) {
        for (size_t k = ctx_men_lower(c, c->tok[lo].start); k < c->nmen && c->men[k].start < c->tok[hi - 1].end;
             k++) {
            uint32_t a = ctx_tok_before(c, c->men[k].start);
            a = a == NONE ? 0 : a + 1;
            uint32_t b = a;
            while (b < hi && b - a < NP_MAX && c->tok[b].start < c->men[k].end)
                b++;
            if (a < hi && c->tok[a].start == c->men[k].start)
                s_cand_add(c, cs, a, b, C_ENTITY, NONE, 0);
        }
    }
    for (uint32_t k = lo; k < hi; k++) {
        if (c->inq[k] || (c->tok[k].flags & SIFT_TOKEN_QUOTE) || !tok_word(c, k))
            continue;
        uint32_t len, ms, me;
        if (np_pron(c, k) || tok_is(c, k, "who")) {
            s_cand_add(c, cs, k, k + 1, C_PRONOUN, NONE, 0);
        } else if ((c->wf[k] & (W_DOC | W_GROUP | W_TITLE)) && !(k + 1 < hi && (c->wf[k + 1] & (W_DOC | W_GROUP | W_TITLE)))) {
            uint32_t a = np_back(c, k, lo);
            if (a != NONE)
                s_cand_add(c, cs, a, k + 1, C_NOUN, NONE, 0);
        }
        if (cue_at(c, k, &len)) {
            uint32_t sb = c->doc->sentences[c->tok[k].sentence].tok_begin;
            if (np_subject(c, k, sb > lo ? sb : lo, &ms, &me))
                s_cand_add(c, cs, ms, me, C_CUE_SUBJ, k, len);
            uint32_t e = np_fwd(c, k + len, hi);
            if (e > k + len)
                s_cand_add(c, cs, k + len, e, C_CUE_OBJ, k, len);
            k += len - 1;
        }
    }
}

const char *const cand_type_name[CAND_TYPES] = { "person", "org", "gpe", "norp", "he", "she", "it",
                                                  "they", "iwe", "who", "one", "doc", "group",
                                                  "title", "caps", "cap", "num", "lower", "frag" };
enum { T_PERSON, T_ORG, T_GPE, T_NORP, T_HE, T_SHE, T_IT, T_THEY, T_IWE, T_WHO, T_ONE, T_DOC,
       T_GROUP, T_TITLE, T_CAPS, T_CAP, T_NUM, T_LOWER, T_FRAG };

/* The kind of speaker a mention is: an entity type, a pronoun, a
 * document, group or role noun, or only words (cap, caps, num, lower). */
int cand_type_id(const ctx_t *c, uint32_t ms, uint32_t me)
{
    if (me == ms + 1) {
        uint32_t f = c->wf[ms];
        if (tok_is(c, ms, "who") || tok_is(c, ms, "which"))
            return T_WHO;
        if (np_pron(c, ms)) {
            if (f & W_PRON_M) return T_HE;
            if (f & W_PRON_F) return T_SHE;
            if (tok_is(c, ms, "it")) return T_IT;
            if (tok_is(c, ms, "they")) return T_THEY;
            return T_IWE;
        }
    }
    if (tok_is(c, ms, "one") || tok_is(c, ms, "another"))
        return T_ONE;
    uint32_t head = me - 1;
    while (head > ms && tok_possessive(c, head))
        head--;
    int32_t id = ctx_entity_tok(c, head);
    if (id >= 0) {
        switch (c->doc->entities[id].type) {
        case SIFT_PERSON: return T_PERSON;
        case SIFT_ORG: return T_ORG;
        case SIFT_GPE: return T_GPE;
        default: return T_NORP;
        }
    }
    uint32_t f = c->wf[head], tf = c->tok[head].flags;
    if (f & W_DOC) return T_DOC;
    if (f & W_GROUP) return T_GROUP;
    if (f & W_TITLE) return T_TITLE;
    if ((tf & SIFT_TOKEN_UPPER) && tok_len(c, head) > 1) return T_CAPS;
    if (tf & SIFT_TOKEN_CAP) return T_CAP;
    if (tf & SIFT_TOKEN_NUMBER) return T_NUM;
    return me == ms + 1 ? T_FRAG : T_LOWER;
}

const char *cand_type(const ctx_t *c, uint32_t ms, uint32_t me)
{
    return cand_type_name[cand_type_id(c, ms, me)];
}

const char *const cand_where_name[CAND_WHERES] = { "B0", "B1", "B2", "B3", "A0", "A1", "A2", "A3", "I0" };

/* "B0": before the quote, in the sentence of its opening mark; "A1":
 * after it, in the sentence after its closing one; "I0": overlapping it.
 * An index of cand_where_name. */
static int s_cand_where(const ctx_t *c, const quote_t *q, uint32_t qe, const cand_t *k,
                        uint32_t *tokdist)
{
    uint32_t sd;
    if (k->me <= q->o) {
        sd = c->tok[q->o].sentence - c->tok[k->me - 1].sentence;
        *tokdist = q->o - k->me;
        return (int)(sd > 3 ? 3 : sd);
    }
    if (k->ms > qe) {
        sd = c->tok[k->ms].sentence - c->tok[qe].sentence;
        *tokdist = k->ms - qe - 1;
        return 4 + (int)(sd > 3 ? 3 : sd);
    }
    *tokdist = 0;
    return 8;
}

static void s_span_init(const ctx_t *c, cand_span_t *sp, uint32_t ms, uint32_t me)
{
    *sp = (cand_span_t){ .ms = ms, .me = me };
    sp->ent = c->nmen ? ctx_entity_in(c, c->tok[ms].start, c->tok[me - 1].end) : -1;
    sp->type_id = (uint8_t)cand_type_id(c, ms, me);
}

/* The article-wide part of mention [ms, me): found the first time it is
 * a candidate, then shared by the quotes near it (most are candidates of
 * two). NULL when out of scratch memory. */
static cand_span_t *s_span(ctx_t *c, uint32_t ms, uint32_t me)
{
    if (!c->span_at) {
        c->span_at = ctx_alloc(c, c->nt * sizeof *c->span_at);
        if (!c->span_at)
            return NULL;
        memset(c->span_at, 0, c->nt * sizeof *c->span_at);
    }
    for (cand_span_t *sp = c->span_at[ms]; sp; sp = sp->next)
        if (sp->me == me)
            return sp;
    cand_span_t *sp = ctx_alloc(c, sizeof *sp);
    if (!sp)
        return NULL;
    s_span_init(c, sp, ms, me);
    sp->next = c->span_at[ms];
    c->span_at[ms] = sp;
    return sp;
}

/* Where each candidate is, what it names and what kind it is. */
void cands_describe(ctx_t *c, const quote_t *q, cands_t *cs)
{
    uint32_t qe = quote_last(c, q);
    for (size_t i = 0; i < cs->n; i++) {
        cand_t *k = &cs->v[i];
        k->where_id = (uint8_t)s_cand_where(c, q, qe, k, &k->dist);
        k->where = cand_where_name[k->where_id];
        cand_span_t own, *sp = s_span(c, k->ms, k->me);
        k->span = sp;
        if (!sp)
            s_span_init(c, sp = &own, k->ms, k->me);
        k->ent = sp->ent;
        k->type_id = sp->type_id;
        k->type = cand_type_name[k->type_id];
    }
    /* the closest distance on each side (before, after, inside: by
     * where_id, 0-3, 4-7, 8): a candidate at it has no closer one beside
     * it */
    uint32_t min_dist[3] = { NONE, NONE, NONE };
    uint8_t side[CAND_MAX];
    /* the entity of each entity candidate (-1 for the others), in one
     * array for the count of the others naming the same */
    int32_t ent[CAND_MAX];
    for (size_t i = 0; i < cs->n; i++) {
        const cand_t *k = &cs->v[i];
        side[i] = k->where_id < 4 ? 0 : k->where_id < 8 ? 1 : 2;
        if (k->dist < min_dist[side[i]])
            min_dist[side[i]] = k->dist;
        ent[i] = (k->src & C_ENTITY) ? k->ent : -1;
    }
    for (size_t i = 0; i < cs->n; i++) {
        cand_t *k = &cs->v[i];
        k->nearest = k->dist == min_dist[side[i]];
        uint32_t same = 0;
        if (k->ent >= 0) {
            for (size_t j = 0; j < cs->n; j++)
                same += ent[j] == k->ent;
            same -= ent[i] == k->ent;
        }
        k->same_ent = same;
    }
}
