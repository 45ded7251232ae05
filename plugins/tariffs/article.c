/* SPDX-License-Identifier: MIT */
/* article.c - the article pass: parties a clause leaves out, from the rest of the
 * article (its explicit actor -> target pairs, its main parties). */
#include "tariffs.h"

#include <string.h>

typedef struct pair_count {
    ref_t actor, target;
    bool exempt; /* whom an actor exempts says nothing of whom its measures hit */
    int n;
} pair_count_t;

/* The article's most frequent pair with this actor (or, when actor is
 * NULL, this target) that may fill in a party of e, or NULL. */
static const pair_count_t *s_best_pair(const pair_count_t *pc, size_t npc, const event_t *e,
                                       const ref_t *actor, const ref_t *target)
{
    const pair_count_t *best = NULL;
    for (size_t k = 0; k < npc; k++)
        if ((actor ? tf_ref_eq(&pc[k].actor, actor) : tf_ref_eq(&pc[k].target, target)) &&
            (!pc[k].exempt || e->action == SIFT_EXEMPT) && (!best || pc[k].n > best->n))
            best = &pc[k];
    return best;
}

/* Does the clause name a government without its country ("the
 * government", "the ministry")? */
static bool s_names_government(const ctx_t *c, const event_t *e)
{
    for (int k = e->left; k < e->right; k++)
        if (c->tp[k] >= 0 && c->parties[c->tp[k]].kind == 'R')
            return true;
    return false;
}

/* A bloc's measure with no target is among its members. */
static void s_within_bloc(event_t *e)
{
    if (!e->target.code[0] && !strcmp(e->actor.code, "XX")) {
        e->target = e->actor;
        e->tsrc = SRC_BLOC;
    }
}

/* Does the clause name a group of parties by count or reference, and no
 * party but its actor ("from several Asian countries", "the five
 * countries", "listed countries", "the members exempted")? 0 if not;
 * else the count named (or 1) and *back: whether the group points back
 * ("these", "listed", "the five") rather than on ("several"). */
static int s_names_group(const ctx_t *c, const event_t *e, bool *back)
{
    static const char *const group[] = { "countries$", "members$", "economies$", "nations$", NULL };
    static const char *const listed[] = { "listed$", NULL };
    static const char *const exempted[] = { "exempted$", NULL };
    for (int k = e->left; k < e->right; k++) {
        if (c->tp[k] >= 0 && c->parties[c->tp[k]].code[0]) {
            ref_t r;
            tf_ref_set(&r, &c->parties[c->tp[k]]);
            if (!tf_ref_eq(&r, &e->actor))
                return 0;
        }
        if (!tf_word_starts(c, k, group))
            continue;
        /* "(on) both countries", "(from) the two countries" after the
         * measure: the pair named before, as its targets */
        int b = s_is(c, k - 1, W_BOTH) ? k - 1 : (c->num[k - 1] == 2 && s_is(c, k - 2, W_THE)) ? k - 2 : -1;
        if (b > e->g1 && (s_is(c, b - 1, W_ON) || s_is(c, b - 1, W_FROM) || s_is(c, b - 1, W_AGAINST))) {
            *back = true;
            return 2;
        }
        for (int j = k - 1; j >= e->left && j >= k - 2; j--) {
            *back = true;
            if (tf_word_starts(c, j, listed) || s_is(c, j, W_THESE) || s_is(c, j, W_THOSE))
                return 1;
            if (!isnan(c->num[j]) && c->num[j] >= 3 && c->num[j] <= 8 && s_is(c, j - 1, W_THE))
                return (int)c->num[j];
            *back = false;
            if (s_is(c, j, W_SEVERAL))
                return 1;
        }
        /* "the members exempted, temporarily or permanently, ...": named after */
        if (s_is(c, k - 1, W_THE) && k + 1 < e->right && tf_word_starts(c, k + 1, exempted))
            return 1;
    }
    return 0;
}

/* The parties of the list that starts at party pi, in order, at most max;
 * returns how many. */
static size_t s_list_from(const ctx_t *c, int pi, ref_t *out, size_t max)
{
    size_t n = 0;
    while (n < max) {
        tf_ref_set(&out[n++], &c->parties[pi]);
        int k = c->parties[pi].b, m = tf_list_joint(c, k, 1);
        int j = m ? k + m : k;
        if (s_has(c, j, F(DET)))
            j++;
        if (!m || (size_t)j >= c->n || c->tp[j] < 0 || !strchr("CM", c->parties[c->tp[j]].kind))
            break;
        pi = c->tp[j];
    }
    return n;
}

/* A group the clause names by count or reference is the list of three or
 * more countries (two for "both countries") named nearest it, one event
 * each (guidelines §3): "China
 * unveiled a plan to remove import tariffs on goods from several Asian
 * countries. ... goods originating in India, South Korea, Bangladesh, Laos
 * and Sri Lanka". */
static void s_groups_to_lists(ctx_t *c)
{
    const sift_sentence_t *ss = c->doc->sentences;
    for (size_t i = 0; i < c->nev; i++) {
        event_t *e = &c->ev[i];
        bool back = false;
        int count = (e->target_explicit && e->target.code[0]) ? 0 : s_names_group(c, e, &back);
        if (!count)
            continue;
        /* the list named nearest, on the side the group points to (and of
         * the size it says) */
        ref_t list[8];
        size_t n = 0;
        /* a group pointing back is first the list of the actor's measure
         * before it ("remove tariffs on goods from India, ... Sri Lanka.
         * ... the zero tariff on imports from listed countries") */
        for (size_t j = i; back && j-- > 0 && n < 3;) {
            const event_t *f = &c->ev[j];
            if (f->tsrc != SRC_LIST || !tf_ref_eq(&f->actor, &e->actor))
                continue;
            size_t a = j; /* the run of the measure's events, one per party */
            while (a > 0 && j - a < 7 && c->ev[a - 1].left == f->left && c->ev[a - 1].right == f->right &&
                   c->ev[a - 1].action == f->action && tf_ref_eq(&c->ev[a - 1].actor, &e->actor))
                a--;
            for (n = 0; a + n <= j; n++)
                list[n] = c->ev[a + n].target;
            n = count > 1 && n != (size_t)count ? 0 : n;
            break;
        }
        size_t enough = count == 2 ? 2 : 3;
        for (int d = 1; d <= 3 && n < enough; d++) {
            int s = e->sent + (back ? -d : d);
            if (s < 0 || (size_t)s >= c->doc->n_sentences)
                continue;
            for (uint32_t k = ss[s].tok_begin; k < ss[s].tok_end && n < enough; k++) {
                int pi = c->tp[k];
                if (pi < 0)
                    continue;
                if (c->parties[pi].a == (int)k && strchr("CM", c->parties[pi].kind) && c->parties[pi].code[0] &&
                    tf_list_head(c, pi) == pi) {
                    n = s_list_from(c, pi, list, 8);
                    n = count > 1 && n != (size_t)count ? 0 : n;
                }
                k = (uint32_t)c->parties[pi].b - 1;
            }
        }
        if (n < enough)
            continue;
        /* one event per member, in place of the one */
        event_t one = *e;
        size_t added = 0;
        for (size_t k = 0; k < n; k++) {
            if (tf_ref_eq(&list[k], &one.actor))
                continue;
            if (added > 0 && c->nev >= c->evcap)
                break;
            if (added > 0) {
                memmove(&c->ev[i + added + 1], &c->ev[i + added], (c->nev - i - added) * sizeof *c->ev);
                c->nev++;
            }
            c->ev[i + added] = one;
            c->ev[i + added].target = list[k];
            c->ev[i + added].tsrc = SRC_LIST;
            added++;
        }
        i += added ? added - 1 : 0;
    }
}

/* Hong Kong and Macao are free ports: they levy no customs duties, so a
 * measure an article gives them (a Hong Kong story's "the tax cuts", "a
 * challenge for Hong Kong retailers") is the mainland's, and one on the
 * mainland's goods is on theirs ("Macao's zero-tariff exports to the
 * mainland"). */
static void s_free_ports(ctx_t *c)
{
    static const struct { char port[3]; ref_t sovereign; } ports[] = {
        { "HK", { .code = "CN", .name = "China" } },
        { "MO", { .code = "CN", .name = "China" } },
    };
    for (size_t i = 0; i < c->nev; i++) {
        event_t *e = &c->ev[i];
        for (size_t p = 0; p < sizeof ports / sizeof *ports; p++) {
            if (strcmp(e->actor.code, ports[p].port) != 0)
                continue;
            ref_t port = e->actor;
            e->actor = ports[p].sovereign;
            if (tf_ref_eq(&e->target, &e->actor))
                e->target = port;
        }
    }
}

void tf_article(ctx_t *c)
{
    /* explicit actor -> target pairs of the article */
    pair_count_t pc[64];
    size_t npc = 0;
    for (size_t i = 0; i < c->nev; i++) {
        const event_t *e = &c->ev[i];
        if (!e->actor.code[0] || !e->target_explicit || !e->target.code[0])
            continue;
        bool exempt = e->action == SIFT_EXEMPT;
        size_t k = 0;
        while (k < npc && !(tf_ref_eq(&pc[k].actor, &e->actor) && tf_ref_eq(&pc[k].target, &e->target) &&
                            pc[k].exempt == exempt))
            k++;
        if (k == npc) {
            if (npc == 64)
                continue;
            pc[npc++] = (pair_count_t){ .actor = e->actor, .target = e->target, .exempt = exempt };
        }
        pc[k].n++;
    }
    /* the article's main actor, counting also actors the passes above
     * found (the government of a Tokyo story): a measure named before the
     * one that reveals it is the same party's */
    ref_t main_actor = { .code = "" };
    {
        struct { ref_t r; int n; } seen[64];
        size_t ns = 0;
        for (size_t i = 0; i < c->nev; i++) {
            if (!c->ev[i].actor.code[0])
                continue;
            size_t k = 0;
            while (k < ns && !tf_ref_eq(&seen[k].r, &c->ev[i].actor))
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
        if (e->demander.code[0]) {
            /* the demander is usually the party the measure hits */
            const pair_count_t *p = e->actor_explicit ? NULL : s_best_pair(pc, npc, e, NULL, &e->demander);
            if (p) {
                e->actor = p->actor;
                e->asrc = SRC_DEMAND_PAIR;
            }
            if (!e->target.code[0] && !tf_ref_eq(&e->actor, &e->demander)) {
                e->target = e->demander;
                e->tsrc = SRC_DEMANDER;
            }
            /* a call for duties on someone else's goods asks one's own
             * government: "US steelmakers called for tariffs on Chinese steel" */
            if (!e->actor.code[0] && !e->actor_explicit && e->target_explicit && e->target.code[0] &&
                !tf_ref_eq(&e->target, &e->demander)) {
                e->actor = e->demander;
                e->asrc = SRC_DEMANDER_OWN;
            }
        }
        if (!e->actor.code[0] && !e->generic_actor && e->target_explicit && e->target.code[0]) {
            /* the party that acts against this target elsewhere in the article */
            const pair_count_t *p = s_best_pair(pc, npc, e, NULL, &e->target);
            if (p) {
                e->actor = p->actor;
                e->asrc = SRC_PAIR;
            }
        }
        if (!e->actor.code[0] && !e->generic_actor && main_actor.code[0] &&
            !(e->target_explicit && tf_ref_eq(&main_actor, &e->target))) {
            e->actor = main_actor;
            e->asrc = SRC_MAIN_ACTOR;
        }
        if (!e->actor.code[0] && !e->generic_actor && e->target_explicit && e->target.code[0] &&
            main_actor.code[0]) {
            /* the article's main actor is this measure's target: the other
             * country the article is about acts ("the country decided to
             * impose a tariff on US soybeans", in a story of US tariffs) */
            tf_most_named(c, &e->target, &e->actor);
            e->asrc = e->actor.code[0] ? SRC_DOMINANT : e->asrc;
        }
        if (!e->actor.code[0] && c->home.code[0] && s_names_government(c, e)) {
            if (!tf_ref_eq(&c->home, &e->target)) {
                e->actor = c->home; /* "the government cut import tariffs" */
                e->asrc = SRC_HOME;
            } else {
                /* not on its own goods: "the Customs Bureau levies on certain
                 * Japanese goods" in a story from Tokyo is the other side's */
                tf_most_named(c, &e->target, &e->actor);
                e->asrc = e->actor.code[0] ? SRC_DOMINANT : e->asrc;
            }
        }
        /* a retaliatory measure with no target named hits the party whose
         * measure it answers, the last other party levying before it:
         * "Russia is the latest country to answer the U.S. metals tariffs.
         * Turkey, China and Canada have already imposed retaliatory
         * tariffs" (the US's, not the story's Russia) */
        /* (not the measure answered: "in retaliation for U.S. steel tariffs") */
        if (!e->target.code[0] && e->actor.code[0] && e->retaliation && !e->all_imports &&
            tf_levies(e) &&
            !tf_answered(c, e->left, (int)c->doc->sentences[e->sent].tok_begin))
            for (size_t k = i; k-- > 0;) {
                const event_t *f = &c->ev[k];
                if (f->actor.code[0] && !tf_ref_eq(&f->actor, &e->actor) && !f->retaliation &&
                    tf_levies(f)) {
                    e->target = f->actor;
                    e->tsrc = SRC_PROVOKER;
                    break;
                }
            }
        /* a bloc's cuts apply among its members, before any pair of the
         * article is tried; its other measures only when none is found */
        if (e->action == SIFT_REMOVE || e->action == SIFT_LOWER)
            s_within_bloc(e);
        if (!e->target.code[0] && e->actor.code[0] && !e->all_imports) {
            const pair_count_t *p = s_best_pair(pc, npc, e, &e->actor, NULL);
            if (p) {
                e->target = p->target;
                e->tsrc = SRC_PAIR;
            }
        }
        if (!e->target.code[0] && e->actor.code[0] && e->action != SIFT_LOWER && !e->all_imports) {
            /* no explicit pair (it would have filled the target in just
             * above): the other country the article is about */
            tf_most_named(c, &e->actor, &e->target);
            e->tsrc = e->target.code[0] ? SRC_DOMINANT : e->tsrc;
        }
        s_within_bloc(e);
        if (tf_ref_eq(&e->target, &e->actor) && strcmp(e->actor.code, "XX") != 0)
            e->target.code[0] = 0;
    }
    s_free_ports(c);
    s_groups_to_lists(c);
    /* A decision whose effect the article dates after its own date is
     * proposed, whatever the tense (guidelines §6): "China has decided to
     * impose tariffs on US goods ... The tariffs will take effect on Aug. 23" */
    for (size_t i = 0; i < c->nev; i++) {
        event_t *e = &c->ev[i];
        if (e->modality != SIFT_ACTUAL || !(e->cues & CUE_DECIDED) || (e->cues & CUE_EFFECTIVE_PAST) ||
            !e->actor.code[0])
            continue;
        for (size_t k = 0; k < c->nev; k++) {
            const event_t *f = &c->ev[k];
            /* (or the level it sets: "Beginning July 1, China's average
             * tariff rate on vehicles will be 13.8 percent") */
            bool level = f->action == SIFT_IMPOSE && f->rate.kind != SIFT_RATE_NONE;
            if (k != i && (f->cues & CUE_FUTURE_DATE) && f->modality == SIFT_PROPOSED &&
                (f->action == e->action || level) && tf_ref_eq(&f->actor, &e->actor)) {
                e->modality = SIFT_PROPOSED;
                e->cues |= CUE_DATED_LATER;
                break;
            }
        }
        /* and the bare restatements after it ("the tariff cut will enrich
         * domestic supply") are of the same decision */
        for (size_t k = i + 1; e->modality == SIFT_PROPOSED && k < c->nev; k++) {
            event_t *f = &c->ev[k];
            if (f->modality == SIFT_ACTUAL && f->action == e->action && tf_ref_eq(&f->actor, &e->actor) &&
                (f->cues & CUE_DEFINITE) && !(f->cues & (CUE_PAST | CUE_EFFECTIVE_PAST |
                                                          CUE_OTHER_YEAR)))
                f->modality = SIFT_PROPOSED;
        }
    }
    /* A change the article says takes effect at once is in force, whatever
     * the tense it was told in first: "Mexico will lower its maximum import
     * tariff to 20 pct from 40 pct ... The cut takes effect immediately" */
    for (size_t i = 0; i < c->nev; i++) {
        event_t *e = &c->ev[i];
        if (e->modality != SIFT_PROPOSED || (e->cues & (CUE_COND | CUE_THREAT | CUE_FUTURE_DATE | CUE_PROPOSE)) ||
            !e->actor.code[0])
            continue;
        for (size_t k = i + 1; k < c->nev && c->ev[k].sent <= e->sent + 1; k++) {
            const event_t *f = &c->ev[k];
            if (f->sent > e->sent && f->action == e->action && tf_ref_eq(&f->actor, &e->actor) &&
                (f->cues & CUE_DEFINITE) && (f->cues & CUE_EFFECTIVE_PAST) && !(f->cues & CUE_PAST) &&
                f->modality == SIFT_ACTUAL) {
                e->modality = SIFT_ACTUAL;
                break;
            }
        }
    }
}
