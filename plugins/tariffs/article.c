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
    /* the article's main actor */
    ref_t main_actor = { .code = "" };
    {
        struct { ref_t r; int n; } seen[64];
        size_t ns = 0;
        for (size_t i = 0; i < c->nev; i++) {
            if (!c->ev[i].actor_explicit || !c->ev[i].actor.code[0])
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
            if (k != i && (f->cues & CUE_FUTURE_DATE) && f->modality == SIFT_PROPOSED &&
                f->action == e->action && tf_ref_eq(&f->actor, &e->actor)) {
                e->modality = SIFT_PROPOSED;
                e->cues |= CUE_DATED_LATER;
                break;
            }
        }
    }
}
