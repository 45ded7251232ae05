/* SPDX-License-Identifier: MIT */
/* resolve.c - a speaker mention to a canonical name (resolve.h). */
#include "resolve.h"

#include <string.h>

#include "cues.h"

enum { IT_SENTENCES = 1 }; /* how far back "it" looks for a cue of a body or a document */

#define WALK_MAX 300    /* entity mentions looked at to resolve one    */

/* The words of mention [ms, me) as a name: no leading determiner, no
 * trailing possessive. */
static const char *s_np_name(ctx_t *c, uint32_t ms, uint32_t me)
{
    while (ms + 1 < me && (c->wf[ms] & W_DET))
        ms++;
    while (me > ms + 1 && tok_possessive(c, me - 1))
        me--;
    return ctx_strdup(c, tok_txt(c, ms), c->tok[me - 1].end - c->tok[ms].start);
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
        uint32_t t = ctx_given_before(c, e->mentions[m].start);
        if (t != NONE) {
            c->ent_name[id] = ctx_strdup(c, tok_txt(c, t), e->mentions[m].end - c->tok[t].start);
            break;
        }
    }
    return c->ent_name[id];
}

static int s_person_ok(ctx_t *c, int32_t id, uint32_t pron_flags)
{
    if (c->doc->entities[id].type != SIFT_PERSON)
        return 0;
    int g = ctx_gender(c, id);
    if ((pron_flags & W_PRON_M) && g == 2) return 0;
    if ((pron_flags & W_PRON_F) && g == 1) return 0;
    return 1;
}

/* The most recent entity mention before byte pos, outside quotes, that
 * passes the test. */
static int32_t s_recent(ctx_t *c, uint32_t pos, int want_person, uint32_t pron_flags,
                        const char *title)
{
    size_t k = ctx_men_lower(c, pos);
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
                if (tok_is(c, t - 1, title))
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

/* The subject of the sentence of pronoun token p, when it ends before p
 * and names a person its gender allows: "Perez hammered Trump, whom he
 * described as …" is Perez's "he", not Trump's. A subject is the
 * pronoun's antecedent before a nearer object. Else -1. */
static int32_t s_subject_before(ctx_t *c, uint32_t p, uint32_t pron_flags)
{
    uint32_t ms, me;
    if (!np_sent_subject_of(c, c->tok[p].sentence, &ms, &me) || me > p || c->inq[ms])
        return -1;
    int32_t id = ctx_entity_in(c, c->tok[ms].start, c->tok[me - 1].end);
    return id >= 0 && s_person_ok(c, id, pron_flags) ? id : -1;
}

/* The speaker the noun phrase [ms, me) names, resolved as a quote's (one
 * level deeper), into *out: true when it is a body an entity names. */
static bool s_resolved_body(ctx_t *c, const quote_t *q, uint32_t ms, uint32_t me, quote_t *out)
{
    *out = *q;
    out->ms = ms;
    out->me = me;
    c->depth++;
    resolve_speaker(c, out, NULL);
    c->depth--;
    return out->name && out->nonperson && out->ent >= 0;
}

/* The issuer of a document: named where the document is first mentioned
 * ("X's white paper", "the report from X", or that sentence's subject). */
static void s_resolve_doc(ctx_t *c, quote_t *q, uint32_t head)
{
    uint32_t first = NONE;
    /* the mention itself may introduce it: "The report from X said" */
    for (uint32_t i = 0; i <= head && i < 200000; i++) {
        if (tok_len(c, i) == tok_len(c, head) && strncasecmp(tok_txt(c, i), tok_txt(c, head), tok_len(c, i)) == 0) {
            first = i;
            break;
        }
    }
    if (first == NONE)
        return;
    /* "the report from X" */
    for (uint32_t k = first + 1; k < c->nt && k < first + 4; k++) {
        if (tok_is(c, k, "from") || tok_is(c, k, "by") || tok_is(c, k, "of")) {
            uint32_t s = k + 1, e = np_fwd(c, s, c->nt);
            if (e > s && c->depth < 2) {
                quote_t tmp = *q;
                tmp.ms = s;
                tmp.me = e;
                c->depth++;
                resolve_speaker(c, &tmp, NULL);
                c->depth--;
                q->ent = tmp.ent;
                q->name = tmp.name;
                q->nonperson = 1;
                return;
            }
        }
        if (!tok_word(c, k))
            break;
    }
    /* "China's white paper": an entity right before */
    const sift_sentence_t *sent = &c->doc->sentences[c->tok[first].sentence];
    uint32_t ms, me;
    if (first > sent->tok_begin) {
        uint32_t b = first - 1;
        while (b > sent->tok_begin && !tok_possessive(c, b) && first - b < 4 && tok_word(c, b))
            b--;
        if (tok_possessive(c, b) && b > sent->tok_begin) {
            int32_t id = ctx_entity_tok(c, b - 1);
            if (id >= 0 && c->doc->entities[id].type != SIFT_NORP) {
                q->ent = id;
                q->name = s_ent_name(c, id);
                q->nonperson = 1;
                return;
            }
        }
    }
    /* the subject of a cue outside quotes before it in the sentence that
     * introduces it, when no person ("…, it said in its annual report":
     * the body "it" is, not the sentence's subject, a clause it reports) */
    if (c->depth < 2) {
        uint32_t len;
        for (uint32_t t = first; t-- > sent->tok_begin;) {
            if (c->inq[t] || !cue_at(c, t, &len))
                continue;
            if (!np_subject(c, t, sent->tok_begin, &ms, &me) || c->inq[ms])
                break;
            quote_t tmp;
            if (s_resolved_body(c, q, ms, me, &tmp)) {
                q->ent = tmp.ent;
                q->name = tmp.name;
                q->nonperson = 1;
                return;
            }
            break;
        }
    }
    /* the subject of the sentence that introduces it */
    if (np_sent_subject(c, sent->tok_begin, sent->tok_end, &ms, &me) && !(ms <= first && first < me)) {
        int32_t id = c->nmen ? ctx_entity_in(c, c->tok[ms].start, c->tok[me - 1].end) : -1;
        if (id >= 0) {
            q->ent = id;
            q->name = s_ent_name(c, id);
            q->nonperson = 1;
        }
    }
}

/* Does a run of at most max tokens from a, with no quote mark and no
 * cue, end a.'s sentence with a full stop (a "." or an abbreviation's
 * before the next sentence or a quote mark)? An apposition the sentence
 * ends with: "…,” said Chris Widness, an economist at Chase Securities
 * Inc. “…”" */
static int s_ends_sentence(const ctx_t *c, uint32_t a, uint32_t max)
{
    uint32_t len;
    for (uint32_t m = a; m < c->nt && m - a < max; m++) {
        if (tok_mark(c, m) || cue_at(c, m, &len) || (m > a && (c->tok[m].flags & SIFT_TOKEN_SENT_START)))
            return 0;
        if (tok_ch(c, m, '.'))
            return 1;
        uint32_t n = tok_len(c, m);
        if (n > 1 && tok_txt(c, m)[n - 1] == '.' &&
            (m + 1 == c->nt || tok_mark(c, m + 1) || (c->tok[m + 1].flags & SIFT_TOKEN_SENT_START)))
            return 1;
    }
    return 0;
}

/* Is [ms, me) a role without a determiner, lower case, its head a role
 * noun ("managing director", "wife of the president")? */
static int s_bare_role(const ctx_t *c, uint32_t ms, uint32_t me)
{
    if ((c->tok[ms].flags & SIFT_TOKEN_CAP) || !(c->tok[ms].flags & SIFT_TOKEN_ALPHA))
        return 0;
    for (uint32_t k = ms; k < me; k++)
        if (c->wf[k] & W_TITLE)
            return 1;
    return 0;
}

/* The person named right after a role noun phrase [.., me) and set off
 * by commas: "Botswana's envoy, Mothusi Nkgowe, said": the envoy is
 * Nkgowe. Else -1. */
static int32_t s_named_after_role(ctx_t *c, uint32_t me)
{
    if (me + 2 >= c->nt || !tok_ch(c, me, ',') || !c->nmen)
        return -1;
    int32_t p = ctx_entity_tok(c, me + 1);
    if (p < 0 || c->doc->entities[p].type != SIFT_PERSON)
        return -1;
    for (uint32_t k = me + 1; k < c->nt && k - me < 6; k++) {
        if (ctx_entity_tok(c, k) != p)
            return tok_ch(c, k, ',') ? p : -1;
    }
    return -1;
}

void resolve_speaker(ctx_t *c, quote_t *q, const quote_t *prev_speaker_q)
{
    uint32_t ms = q->ms, me = q->me;
    if (me == ms + 1 && (tok_is(c, ms, "who") || tok_is(c, ms, "which")) && ms > 0) {
        /* the relative pronoun stands for the mention before it */
        uint32_t k = ms - 1;
        if (tok_ch(c, k, ',') && k > 0)
            k--;
        uint32_t a = np_back(c, k, k > NP_MAX ? k - NP_MAX : 0);
        if (a == NONE)
            return;
        /* past an apposition or an adverb set off by commas to the name
         * it describes: "Braynard, a South Carolina native who", "Sanders,
         * meanwhile, who" */
        uint32_t pa = a;
        for (int hop = 0; hop < 2 && c->nmen && ctx_entity_in(c, c->tok[a].start, c->tok[k].end) < 0 &&
                          pa > 1 && tok_ch(c, pa - 1, ','); hop++) {
            uint32_t j = pa - 2, b = np_back(c, j, j > NP_MAX ? j - NP_MAX : 0);
            if (b == NONE)
                break;
            if (ctx_entity_in(c, c->tok[b].start, c->tok[j].end) >= 0) {
                a = b;
                k = j;
            }
            pa = b;
        }
        ms = a;
        me = k + 1;
    }
    uint32_t bs = c->tok[ms].start, be = c->tok[me - 1].end;
    q->ent = -1;
    q->name = NULL;
    q->nonperson = 0;
    int32_t id = c->nmen ? ctx_entity_in(c, bs, be) : -1;
    if (id >= 0 && c->doc->entities[id].type != SIFT_PERSON) {
        /* a modifier is not the speaker: "the Chinese government's white
         * paper", "the US accusation"; the entity must cover the head */
        uint32_t head = me - 1;
        while (head > ms && tok_possessive(c, head))
            head--;
        id = ctx_entity_in(c, c->tok[head].start, c->tok[head].end);
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
    if (me == ms + 1 && np_pron(c, ms)) {
        uint32_t f = c->wf[ms];
        if (f & (W_PRON_M | W_PRON_F)) {
            int32_t r = c->nmen ? s_subject_before(c, ms, f) : -1;
            if (r < 0 && c->nmen)
                r = s_recent(c, bs, 1, f, NULL);
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
        if (tok_is(c, ms, "it") || tok_is(c, ms, "they")) {
            if (prev_speaker_q && prev_speaker_q->nonperson && prev_speaker_q->name) {
                q->ent = prev_speaker_q->ent;
                q->name = prev_speaker_q->name;
                return;
            }
            /* "it": the subject of the latest cue outside quotes before
             * it whose subject is no person and no pronoun, at most
             * IT_SENTENCES sentences before the quote's ("GATT experts urged …. Smith,
             * its chief, said …. “…,” it said": GATT), when an entity
             * names it */
            if (tok_is(c, ms, "it") && c->depth < 2) {
                uint32_t s0 = c->tok[ms].sentence;
                if (q->o < ms && c->tok[q->o].sentence < s0)
                    s0 = c->tok[q->o].sentence; /* "“…. …,” it said": from the quote's start */
                s0 = s0 > IT_SENTENCES ? s0 - IT_SENTENCES : 0;
                uint32_t lo = c->doc->sentences[s0].tok_begin, len;
                for (uint32_t t = ms; t-- > lo;) {
                    if (c->inq[t] || !cue_at(c, t, &len))
                        continue;
                    uint32_t a, b, sb = c->doc->sentences[c->tok[t].sentence].tok_begin;
                    if (!np_subject(c, t, sb, &a, &b) || np_pron(c, a) || c->inq[a])
                        continue;
                    quote_t tmp;
                    if (s_resolved_body(c, q, a, b, &tmp)) {
                        q->ent = tmp.ent;
                        q->name = tmp.name;
                        return;
                    }
                    /* a group or document of a body the subject names:
                     * "GATT experts", "the EC statement" */
                    int32_t id = tmp.nonperson && c->nmen
                                     ? ctx_entity_in(c, c->tok[a].start, c->tok[b - 1].end) : -1;
                    if (id >= 0 && (c->doc->entities[id].type == SIFT_ORG ||
                                    c->doc->entities[id].type == SIFT_GPE)) {
                        q->ent = id;
                        q->name = s_ent_name(c, id);
                        return;
                    }
                    if (tmp.nonperson)
                        break; /* a body no entity names ("The advisory panel
                                  recommends"): the latest one below */
                }
            }
            /* the subject of a recent sentence that is not a person:
             * "The report from X said …. “…,” it said" */
            uint32_t sn = c->tok[ms].sentence;
            for (uint32_t k = 0; k < 3 && sn > 0; k++) {
                const sift_sentence_t *prev = &c->doc->sentences[--sn];
                uint32_t a, b;
                if (!np_sent_subject(c, prev->tok_begin, prev->tok_end, &a, &b) || np_pron(c, a))
                    continue;
                if (!(c->wf[b - 1] & W_DOC))
                    continue;
                quote_t tmp = *q;
                tmp.ms = a;
                tmp.me = b;
                if (c->depth >= 2)
                    break;
                c->depth++;
                resolve_speaker(c, &tmp, NULL);
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
    /* a noun phrase set off by commas right after a person's name is that
     * person: "Tom Reyes, a government nominee on the port board, filed …"
     * (the subject's apposition, which a cue's subject may stop at); not
     * the subject of a new clause ("Clinton, a top aide said, “…”"); a
     * role needs no determiner ("Jan Buettner, managing director of AOL
     * Germany, said") */
    if (ms >= 2 && ((c->wf[ms] & W_DET) || s_bare_role(c, ms, me)) && tok_ch(c, ms - 1, ',') && c->nmen &&
        (np_set_off_end(c, me, c->nt, 15, 1) != NONE || s_ends_sentence(c, me, 15))) {
        int32_t p = ctx_entity_tok(c, ms - 2);
        if (p >= 0 && c->doc->entities[p].type == SIFT_PERSON &&
            c->tok[ms - 2].end == c->tok[ms - 1].start) {
            q->ent = p;
            q->name = s_ent_name(c, p);
            return;
        }
    }
    /* the head of the mention: its last word */
    uint32_t head = me - 1;
    while (head > ms && tok_possessive(c, head))
        head--;
    uint32_t hf = c->wf[head];
    if (hf & W_DOC) {
        q->nonperson = 1;
        s_resolve_doc(c, q, head);
        if (q->name)
            return;
    } else if ((hf & W_TITLE) && c->nmen) {
        /* a title right before a person's name is that person's ("Sen.
         * Laura Kemp": the ranker may choose the title alone) */
        int32_t p = me < c->nt ? ctx_entity_tok(c, me) : -1;
        if (p < 0 || c->doc->entities[p].type != SIFT_PERSON)
            p = s_named_after_role(c, me);
        if (p >= 0 && c->doc->entities[p].type == SIFT_PERSON) {
            q->ent = p;
            q->name = s_ent_name(c, p);
            return;
        }
        char t[64];
        size_t n = tok_len(c, head);
        if (n < sizeof t) {
            memcpy(t, tok_txt(c, head), n);
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
