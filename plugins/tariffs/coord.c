/* SPDX-License-Identifier: MIT */
/* coord.c - coordination: one event per tranche ("25% on steel and 10% on
 * aluminium") and per party ("from Brazil, Argentina and Turkey"). */
#include "tariffs.h"

#include <limits.h>
#include <math.h>
#include <string.h>

bool tf_emit_ok(ctx_t *c)
{
    return c->nev < c->evcap;
}

/* May q be coordinated with head in a list of parties? Countries, their
 * capitals and agencies, and blocs go together; demonyms go together
 * ("Chinese and Russian steel"), and with a country's name used as one
 * ("U.S. and Canadian canola"); leaders and generic references never. */
static bool s_alike(const party_t *head, const party_t *q)
{
    if (!q->code[0] || strchr("LR", q->kind))
        return false;
    if ((head->kind == 'D' && q->kind == 'C') || (head->kind == 'C' && q->kind == 'D'))
        return true;
    return (head->kind == 'D') == (q->kind == 'D');
}

/* Past a party's acronym in brackets: "the European Union (EU), Canada". */
static int s_after_acronym(const ctx_t *c, int j, int hi)
{
    size_t n;
    if (j + 2 < hi && *s_text(c, j, &n) == '(' && n == 1 && c->tp[j + 1] >= 0 &&
        *s_text(c, j + 2, &n) == ')' && n == 1)
        return j + 3;
    return j;
}

/* The verb after the auxiliaries and adverbs at k: "have (repeatedly)
 * asked", "are seeking". */
static int s_past_aux(const ctx_t *c, int k, int hi)
{
    while (k < hi - 1 && (s_has(c, k, F(AUX) | F(M_MODAL)) || tf_adverb(c, k)))
        k++;
    /* and over their own report of it: "Japan and Brazil said they would
     * seek exemptions" */
    if (k + 2 < hi && s_has(c, k, F(ATTRIB)) && s_is(c, k + 1, W_THEY))
        return s_past_aux(c, k + 2, hi);
    return k;
}

/* The parties coordinated with the party pi in [lo, hi): "Brazil,
 * Argentina and Turkey", "the EU, Canada and Mexico", "China and the EU".
 * Writes the others (not pi itself, no code twice) to out. */
static size_t s_list(const ctx_t *c, int pi, int lo, int hi, const ref_t *skip, ref_t *out,
                     size_t max, bool actors, bool subject)
{
    const party_t *head = &c->parties[pi];
    size_t n = 0;
    int first = head->a, last = head->b;
    bool conj = false; /* a list has "and" or "or": "China, Washington hopes" is none */
    for (int dir = -1; dir <= 1; dir += 2) {
        int j = dir > 0 ? s_after_acronym(c, head->b, hi) : head->a - 1;
        while (n < max) {
            bool sep = false;
            if (dir < 0 && j >= lo && s_has(c, j, F(DET)))
                j--; /* "China and the EU" */
            for (int m; j >= lo && j < hi && (m = tf_list_joint(c, j, dir)) > 0; j += m * dir, sep = true)
                conj |= !s_is(c, j, W_COMMA);
            if (dir > 0 && j < hi && s_has(c, j, F(DET)))
                j++; /* "and the European Union" */
            if (!sep || j < lo || j >= hi || c->tp[j] < 0)
                break;
            const party_t *q = &c->parties[c->tp[j]];
            if (!s_alike(head, q))
                break;
            ref_t r;
            tf_ref_set(&r, q);
            bool dup = tf_ref_eq(&r, skip);
            for (size_t k = 0; k < n; k++)
                dup |= tf_ref_eq(&r, &out[k]);
            if (!dup)
                out[n++] = r;
            j = dir > 0 ? s_after_acronym(c, q->b, hi) : q->a - 1;
            if (dir < 0)
                first = q->a;
            else
                last = q->b;
        }
    }
    /* (a headline lists three or more with commas alone: "tariffs on
     * steel, aluminum from EU, Canada, Mexico") */
    conj |= n >= 2;
    /* "talks between China and the EU", "trade with Japan and Korea": the
     * parties of a relation, not a coordinated side */
    int before = tf_before_det(c, first);
    if (before > lo && (tf_adverb(c, before) || s_is(c, before, W_ALSO)))
        before--; /* "exempted only Australia, Brazil and Korea" */
    /* (but "with Canada and Mexico exempted" is a clause of their own) */
    bool absolute = last < hi && s_has(c, last, A_MASK) && s_has(c, last, F(PAST));
    if (!conj || s_is(c, before, W_BETWEEN) || s_is(c, before, W_AMONG) || (s_is(c, before, W_WITH) && !absolute))
        return 0;
    /* nor what a noun governs: "the interests of China and the US" (but
     * "imports of China and India" are whose goods, and "of Spain and
     * Portugal joining the bloc" the subjects of a gerund) */
    if (s_is(c, before, W_OF) && (actors || !s_has(c, before - 1, F(GOODS) | F(IMPORTQ))) &&
        !(last < hi && tf_ing(c, last)) && (actors || tf_exemption_for(c, before, lo) < 0))
        return 0; /* (but "the exemption of Canada and Mexico" is each one's) */
    /* targets are governed by a preposition or a verb, or are adjectives
     * of the goods: not "Both China and Germany opposed the duties on ..." */
    last = tf_after_apposition(c, last, hi); /* "Canada and Mexico, NAFTA partners, were" */
    if (!actors && head->kind != 'D' &&
        !(s_is(c, before, W_ON) || s_is(c, before, W_FROM) || s_is(c, before, W_AGAINST) ||
          s_is(c, before, W_OF) || s_is(c, before, W_IN) || s_is(c, before, W_TO) ||
          s_is(c, before, W_INCLUDING) || s_is(c, before, W_AS) ||
          tf_exemption_for(c, before, lo) >= 0 || /* "exemptions for" */
          tf_effect_for(c, before) || /* "took effect for" */
          tf_suspended_for(c, before, lo) >= 0 || /* "suspended the tariffs for" */
          tf_aimed_at(c, before) || /* "aimed at Japan, Germany and Mexico" */
          s_has(c, before, A_MASK | F(PREP_TGT) | F(M_THREAT)) || s_has(c, last, F(BEFORM)) /* "were exempted" */ ||
          tf_gives(c, before) || /* "gave Canada and Mexico an exemption" */
          (s_has(c, last, F(AUX) | F(M_MODAL)) && s_has(c, last + 1, F(BEFORM))) /* "have been", "will be" */ ||
          /* the parties asking for their own exemption: "Japan, Korea and
           * Brazil sought exemptions from the tariffs" */
          (s_has(c, s_past_aux(c, last, hi), F(M_DEMAND)) && !actors) ||
          /* or the subjects that undergo it: "Argentina and Brazil accepted
           * quotas in exchange for exemptions" */
          subject || tf_faces(c, last, hi)))
        return 0;
    return n;
}

/* The parties coordinated with a party in [lo, hi) that resolves to r:
 * of every mention of r there, the one in the longest list ("remove China,
 * Brazil and Mexico from ..., which China called ..."). */
static size_t s_list_of(const ctx_t *c, const ref_t *r, int lo, int end, ref_t *out, size_t max,
                        bool actors, bool subject)
{
    size_t best = 0;
    ref_t tmp[8];
    for (int k = lo; k < end; k++) {
        int pi = c->tp[k];
        if (pi < 0)
            continue;
        ref_t q;
        tf_ref_set(&q, &c->parties[pi]);
        k = c->parties[pi].b - 1;
        if (!tf_ref_eq(&q, r))
            continue;
        size_t n = s_list(c, pi, lo, end, r, tmp, max < 8 ? max : 8, actors, subject);
        if (n > best) {
            best = n;
            memcpy(out, tmp, n * sizeof *tmp);
        }
    }
    return best;
}

/* The two parties of "between X and Y" in the clause, when neither acts or
 * is hit in it otherwise: out[0] = X, out[1] = Y. */
static bool s_between_pair(const ctx_t *c, const event_t *e, ref_t *out)
{
    for (int k = e->left; k + 3 < e->right; k++) {
        if (!s_is(c, k, W_BETWEEN))
            continue;
        /* the trade, goods or agreement between them (not "a price gap") */
        int h = k - 1;
        if (!(s_is(c, h, W_TRADE) || s_is(c, h, W_TRADED) || s_is(c, h, W_FTA) || s_is(c, h, W_DEAL) ||
              s_is(c, h, W_AGREEMENT) || s_is(c, h, W_PACT) || s_has(c, h, F(GOODS) | F(TNOUN))))
            continue;
        int i = tf_after_det(c, k);
        int pi = c->tp[i];
        if (pi < 0 || !c->parties[pi].code[0] || !strchr("CM", c->parties[pi].kind))
            return false;
        int j = c->parties[pi].b;
        if (!s_is(c, j, W_AND))
            return false;
        j = tf_after_det(c, j);
        int qi = j < e->right ? c->tp[j] : -1;
        if (qi < 0 || !c->parties[qi].code[0] || !strchr("CM", c->parties[qi].kind))
            return false;
        tf_ref_set(&out[0], &c->parties[pi]);
        tf_ref_set(&out[1], &c->parties[qi]);
        if (tf_ref_eq(&out[0], &out[1]) ||
            (e->actor.code[0] && !tf_ref_eq(&e->actor, &out[0]) && !tf_ref_eq(&e->actor, &out[1])))
            return false;
        return true;
    }
    return false;
}

/* "both countries", "the two sides": the last two parties named before,
 * out[0] and out[1]; *between: written after the measure, "tariffs
 * between the two countries" (a measure of each on the other). */
static bool s_both_sides(const ctx_t *c, const event_t *e, ref_t *out, bool *between)
{
    /* as the clause's subject, before the trigger, or "tariffs between the
     * two countries" (not "if the two sides are to reach a deal", nor
     * "cooperation between the two countries' customs") */
    bool both = false;
    int noun_end = e->g1 + tf_change_noun_after(c, e); /* "tariff hikes between the two sides" */
    for (int k = e->left; k + 1 < e->right && k <= noun_end + 3 && !both; k++) {
        int h = s_is(c, k, W_BOTH) ? k - 1 : k - 2;
        /* (but "with" before a subject of an action: "with both countries
         * slapping tariffs on each other's goods") */
        bool with_acting = s_is(c, h, W_WITH) && tf_ing(c, k + 2) && s_has(c, k + 2, A_MASK);
        both = (s_is(c, k, W_BOTH) || (c->num[k] == 2 && s_is(c, k - 1, W_THE))) &&
               (s_has(c, k + 1, F(GENACTOR)) || s_is(c, k + 1, W_SIDES)) &&
               (k < e->g0 ? !s_is(c, h, W_BETWEEN) && !s_is(c, h, W_OF) && (!s_is(c, h, W_WITH) || with_acting)
                          : s_is(c, h, W_BETWEEN) && h == noun_end + 1);
        *between = both && k > e->g0;
    }
    if (!both)
        return false;
    /* the last two named before it */
    size_t n = 0;
    for (int k = e->g0 - 1; k >= 0 && k >= e->g0 - 400 && n < 2; k--) {
        int pi = c->tp[k];
        if (pi < 0 || !c->parties[pi].code[0] || !strchr("CMD", c->parties[pi].kind) ||
            !strcmp(c->parties[pi].code, "XX"))
            continue;
        k = c->parties[pi].a;
        tf_ref_set(&out[n], &c->parties[pi]);
        if (n == 0 || !tf_ref_eq(&out[0], &out[1]))
            n++;
    }
    return n == 2 && (!e->actor.code[0] || tf_ref_eq(&e->actor, &out[0]) || tf_ref_eq(&e->actor, &out[1]));
}

/* The two sides a hyphenated pair of countries names just before the
 * trigger: "China-US tariff measures", "the US-China tariff war". */
static bool s_hyphen_pair(const ctx_t *c, const event_t *e, ref_t *out)
{
    for (int k = e->g0 - 1; k >= e->left && k >= e->g0 - 2; k--)
        if (tf_hyphen_pair(c, k, out))
            return !e->actor.code[0] || tf_ref_eq(&e->actor, &out[0]) || tf_ref_eq(&e->actor, &out[1]);
    return false;
}

/* Where r is first named in the tokens [lo, hi); INT_MAX if not. */
static int s_first_named(const ctx_t *c, const ref_t *r, int lo, int hi)
{
    /* (over the tokens in range, not every party of the article: this is
     * asked for each event of a clause) */
    for (int k = lo < 0 ? 0 : lo; k < hi && (size_t)k < c->n; k++) {
        int p = c->tp[k];
        if (p < 0 || c->parties[p].a != k)
            continue;
        ref_t q;
        tf_ref_set(&q, &c->parties[p]);
        if (tf_ref_eq(&q, r))
            return k;
    }
    return INT_MAX;
}

/* The events of one clause in the order a reader lists their actors: as
 * the clause names them ("between China and Australia"), or, when it does
 * not name them all ("the two countries"), as the article introduced them.
 * Stable, so each actor's targets keep their order. */
static void s_order_by_actor(ctx_t *c, size_t from, int lo, int hi)
{
    int at[64];
    size_t n = c->nev - from;
    if (n > 64)
        return;
    bool all_in_clause = true;
    for (size_t i = 0; i < n && all_in_clause; i++)
        all_in_clause = s_first_named(c, &c->ev[from + i].actor, lo, hi) != INT_MAX;
    for (size_t i = 0; i < n; i++) {
        const ref_t *r = &c->ev[from + i].actor;
        if (all_in_clause) {
            at[i] = s_first_named(c, r, lo, hi);
            continue;
        }
        /* a reader lists first the side that acted first in the article */
        size_t k = 0;
        while (k < from && !tf_ref_eq(&c->ev[k].actor, r))
            k++;
        at[i] = k < from ? (int)k : (int)from + s_first_named(c, r, 0, (int)c->n) / 2;
    }
    /* and one actor's targets as the clause names them ("Argentina and
     * Brazil accepted quotas in exchange for exemptions": AR, then BR) */
    int tt[64];
    for (size_t i = 0; i < n; i++)
        tt[i] = s_first_named(c, &c->ev[from + i].target, lo, hi);
    for (size_t i = 1; i < n; i++) {
        event_t t = c->ev[from + i];
        int a = at[i], b = tt[i];
        size_t j = i;
        for (; j > 0 && (at[j - 1] > a || (at[j - 1] == a && tt[j - 1] > b)); j--) {
            c->ev[from + j] = c->ev[from + j - 1];
            at[j] = at[j - 1];
            tt[j] = tt[j - 1];
        }
        c->ev[from + j] = t;
        at[j] = a;
        tt[j] = b;
    }
}

/* Appends to out (holding n of at most 8) the parties of the list that
 * starts at token j ("Mexico", "the EU and Japan", "India, Sri Lanka and
 * Laos"), before hi, but not skip, nor one twice; returns the new count. */
static size_t s_add_named(const ctx_t *c, int j, int hi, const ref_t *skip, ref_t *out, size_t n)
{
    while (j < hi && c->tp[j] >= 0 && n < 8) {
        const party_t *q = &c->parties[c->tp[j]];
        ref_t r;
        tf_ref_set(&r, q);
        bool dup = !q->code[0] || strchr("DR", q->kind) || tf_ref_eq(&r, skip);
        for (size_t i = 0; i < n; i++)
            dup |= tf_ref_eq(&r, &out[i]);
        if (!dup)
            out[n++] = r;
        j = q->b;
        if (!(s_is(c, j, W_COMMA) || s_is(c, j, W_AND)))
            break;
        j = tf_after_det(c, s_is(c, j + 1, W_AND) ? j + 1 : j);
    }
    return n;
}

/* Appends the event, and one more per party of a coordinated actor or
 * target, searched for in the tokens [lo, hi). */
static void s_push_parties(ctx_t *c, const event_t *e, int lo, int hi)
{
    size_t from = c->nev;
    ref_t actors[8], targets[8];
    size_t na = 0, nt = 0;
    /* actors named in the clause before the trigger: "China and the EU imposed"
     * (the clause a "that" opens, when it names the actor itself: "Tokyo and
     * Washington agreed that Japan would cut" is Japan's cut alone) */
    if (e->actor_explicit && e->actor.code[0]) {
        int own = lo;
        for (int k = e->g0 - 1; k > lo && own == lo; k--)
            if (s_is(c, k, W_THAT))
                for (int j = k + 1; j < e->g0; j++)
                    if (c->tp[j] >= 0 && !strcmp(c->parties[c->tp[j]].code, e->actor.code)) {
                        own = k + 1;
                        break;
                    }
        /* (nor a leading condition's: "If Ottawa and Seoul fail to reach a
         * deal, Seoul will impose" is Seoul's alone) */
        for (int k = own; k < e->g0 && own == lo; k++)
            if (s_has(c, k, F(M_COND) | F(M_UNLESS)))
                for (int j = k + 1; j < e->g0; j++)
                    if (s_is(c, j, W_COMMA)) {
                        own = j + 1;
                        break;
                    }
        na = s_list_of(c, &e->actor, own, e->g0, actors, 8, true, false);
    }
    /* and agents listed after it: "farmers hurt by retaliatory tariffs
     * from China, Mexico, Canada and the European Union" */
    if (na <= 1 && e->asrc == SRC_BY && e->actor.code[0])
        na = s_list_of(c, &e->actor, e->g1 + 1, hi, actors, 8, true, false);
    /* parties doing the same: "Canada imposed tariffs on U.S. steel, as
     * did Mexico", "..., as have the EU and Japan" */
    for (int k = e->g1 + 1; e->actor.code[0] && k + 2 < hi && na < 8; k++) {
        if (!s_is(c, k, W_AS) || !s_has(c, k + 1, F(AUX) | F(M_MODAL)) || c->tp[tf_after_det(c, k + 1)] < 0)
            continue;
        na = s_add_named(c, tf_after_det(c, k + 1), hi, &e->actor, actors, na);
        break;
    }
    /* the partners of talks on a cut cut too: "talks on tariff cuts with
     * India, Sri Lanka and Laos" (each of them, no target) */
    static const char *const talks[] = { "talk", "negotiat", NULL };
    bool talked = false; /* (asked only of a cut with no target, the loop below) */
    bool untargeted_cut = !e->target.code[0] && (e->action == SIFT_LOWER || e->action == SIFT_REMOVE);
    for (int k = e->g0 - 1; untargeted_cut && k >= lo && k >= e->g0 - 4 && !talked; k--)
        talked = tf_word_starts(c, k, talks);
    for (int k = e->g1 + 1; talked && !e->target.code[0] && k + 1 < hi && na < 8 &&
                            (e->action == SIFT_LOWER || e->action == SIFT_REMOVE);
         k++) {
        if (!s_is(c, k, W_WITH))
            continue;
        na = s_add_named(c, tf_after_det(c, k), hi, &e->actor, actors, na);
        break;
    }
    if (e->target_explicit && e->target.code[0])
        nt = s_list_of(c, &e->target, lo, hi, targets, 8, false, e->subj_undergoes);
    /* the parties asking for a measure on themselves, in the order named:
     * "Japan, South Korea and Brazil sought exemptions from the U.S.
     * tariffs" is one demand each (the article pass makes each demander
     * the target) */
    ref_t demanders[9];
    size_t nd = 0;
    if (!e->target.code[0] && e->demander.code[0]) {
        nd = s_list_of(c, &e->demander, lo, e->g0, demanders + 1, 8, false, false);
        demanders[0] = e->demander;
        nd += nd > 0;
        for (size_t i = 1; i < nd; i++) /* by where each is named */
            for (size_t j = i; j > 0 && s_first_named(c, &demanders[j], lo, e->g0) <
                                            s_first_named(c, &demanders[j - 1], lo, e->g0);
                 j--) {
                ref_t t = demanders[j];
                demanders[j] = demanders[j - 1];
                demanders[j - 1] = t;
            }
    }
    /* two parties agreeing to cut tariffs cut them for each other: "Japan
     * and the EU agreed to eliminate tariffs on cars" (not "Spain and
     * Portugal joining the bloc ... reduce tariffs": for the bloc) */
    bool mutual = na == 1 && nt == 0 && !e->target.code[0] &&
                  (e->action == SIFT_LOWER || e->action == SIFT_REMOVE);
    bool agreed = false;
    for (int k = e->left; k < e->right && mutual && !agreed; k++)
        agreed = s_is(c, k, W_AGREED) || s_is(c, k, W_AGREE) || s_is(c, k, W_DEAL) ||
                 s_is(c, k, W_PACT) || s_is(c, k, W_AGREEMENT) || s_is(c, k, W_EACH) ||
                 s_is(c, k, W_MUTUALLY);
    mutual &= agreed;
    /* "slapped tariffs on each other's goods", "the US and China have
     * announced tit-for-tat tariffs": whatever the action */
    bool each_other = false;
    for (int k = e->left; k + 1 < e->right && !each_other; k++)
        each_other = (s_is(c, k, W_EACH) && s_is(c, k + 1, W_OTHER)) || s_is(c, k, W_TITFORTAT);
    mutual |= na == 1 && nt == 0 && each_other;
    /* the trade between two parties freed both ways: "95% of the goods
     * traded between China and Australia being tariff-free", "both
     * countries will eliminate tariffs"; and any measure the two sides
     * take against each other ("both countries slapped tariffs on each
     * other's goods", "China-US tariff measures") */
    bool cut = e->action == SIFT_LOWER || e->action == SIFT_REMOVE, after = false;
    event_t between;
    ref_t pair[2];
    if (na == 0 && nt == 0 &&
        ((s_between_pair(c, e, pair) && (cut || each_other)) ||
         (s_both_sides(c, e, pair, &after) && (cut || each_other || after)) || s_hyphen_pair(c, e, pair))) {
        between = *e;
        between.actor = pair[0];
        between.asrc = SRC_LIST;
        actors[0] = pair[1];
        na = 1;
        mutual = true;
        e = &between;
    }
    for (size_t i = 0; i <= na && tf_emit_ok(c); i++) {
        event_t t = *e;
        if (i > 0)
            t.actor = actors[i - 1];
        if (mutual) {
            t.target = i == 0 ? actors[0] : e->actor;
            t.tsrc = SRC_LIST;
        }
        for (size_t k = 0; k < nd && tf_emit_ok(c); k++) {
            event_t u = t;
            u.demander = demanders[k];
            c->ev[c->nev++] = u;
        }
        if (nd && tf_emit_ok(c)) /* (each demander has its event, t among them) */
            continue;
        c->ev[c->nev++] = t;
        for (size_t k = 0; k < nt && tf_emit_ok(c); k++) {
            /* not the actor itself, met in the list ("amid opposition from
             * China and U.S. business groups") */
            if (tf_ref_eq(&targets[k], &t.actor) && strcmp(t.actor.code, "XX") != 0)
                continue;
            event_t u = t;
            u.target = targets[k];
            u.tsrc = SRC_LIST;
            c->ev[c->nev++] = u;
        }
    }
    if (c->nev - from > 1)
        s_order_by_actor(c, from, lo, hi);
}

/* The cut the word at k names, -1 if none: "reduce" lowers, "eliminate"
 * and "zero" remove, "cut to zero" removes. */
static int s_cut_at(const ctx_t *c, int k)
{
    if (s_has(c, k, F(TNOUN) | F(WNOUN)))
        return -1;
    if (s_is(c, k, W_ZERO) || (s_has(c, k, F(A_LOWER)) && s_is(c, k + 1, W_TO) && s_is(c, k + 2, W_ZERO)))
        return SIFT_REMOVE;
    if (s_has(c, k, F(A_EXEMPT)))
        return SIFT_EXEMPT;
    if (s_has(c, k, F(A_REMOVE)))
        return SIFT_REMOVE;
    return s_has(c, k, F(A_LOWER)) ? SIFT_LOWER : -1;
}

/* The other of two cuts coordinated in the event's clause ("remove or
 * reduce import tariffs", "reduced or cut to zero", "lower or zero
 * tariffs"), each an event of its own (guidelines §3); -1 if none.
 * *first: whether the other is named first. */
static int s_coordinated_cut(const ctx_t *c, const event_t *e, bool *first)
{
    if (e->action != SIFT_LOWER && e->action != SIFT_REMOVE && e->action != SIFT_EXEMPT)
        return -1;
    for (int k = e->left; k + 2 < e->right; k++) {
        if (!s_is(c, k + 1, W_OR) && !s_is(c, k + 1, W_AND))
            continue;
        int a = s_cut_at(c, k), b = s_cut_at(c, k + 2);
        if (a < 0 || b < 0 || a == b || (a != e->action && b != e->action))
            continue;
        *first = a != e->action;
        return *first ? a : b;
    }
    return -1;
}

/* Splits an event into tranches, and each into one event per party of a
 * coordinated actor or target, and appends them. */
void tf_push(ctx_t *c, event_t *e, const rate_hit_t *hits, size_t nh, const sent_ctx_t *sc)
{
    (void)sc;
    if (nh < 2 || e->rate.kind == SIFT_RATE_NONE) {
        bool first = false;
        int other = s_coordinated_cut(c, e, &first);
        event_t o = *e;
        if (other >= 0)
            o.action = other;
        if (other >= 0 && first)
            s_push_parties(c, &o, o.left, o.right);
        s_push_parties(c, e, e->left, e->right);
        if (other >= 0 && !first)
            s_push_parties(c, &o, o.left, o.right);
        return;
    }
    /* tranches: "tariffs of 25% on steel and 10% on aluminium" */
    for (size_t h = 0; h < nh && tf_emit_ok(c); h++) {
        event_t t = *e;
        t.rate = tf_hit_rate(&hits[h]);
        /* a rate comes before its goods ("25% on steel"), a change after
         * them ("on steel from 10 to 5 percent") */
        bool change = !isnan(hits[h].from);
        int a = h == 0 ? e->left : change ? hits[h - 1].end : hits[h].at;
        int b = h + 1 == nh ? e->right : change ? hits[h].end : hits[h + 1].at;
        while (a + 1 < b && (s_is(c, a, W_AND) || s_is(c, a, W_COMMA)))
            a++;
        while (b - 1 > a && (s_is(c, b - 1, W_AND) || s_is(c, b - 1, W_COMMA)))
            b--;
        t.left = a;
        t.right = b;
        t.n_goods = 0;
        /* a later stage changes the measure: "..., rising to 25 percent" */
        for (int k = h > 0 && isnan(hits[h].from) ? hits[h - 1].end : hits[h].at; k < hits[h].at; k++)
            if (tf_later_stage(c, k))
                t.action = s_has(c, k, F(A_RAISE)) ? SIFT_RAISE : SIFT_LOWER;
        /* "that"/"those" stand for the tariff: "and that on pineapples" */
        tf_goods(c, &t, h == 0 ? e->g1 + 1 : a + (s_is(c, a, W_THAT) || s_is(c, a, W_THOSE)), b);
        /* each tranche may name its own origin: "50 pct on Korean radios" */
        for (int k = h == 0 ? e->g1 + 1 : a; k < b; k++)
            if (c->tp[k] >= 0 && tf_in_pp(c, c->tp[k]) && c->parties[c->tp[k]].code[0] &&
                strchr("CDM", c->parties[c->tp[k]].kind)) {
                tf_ref_set(&t.target, &c->parties[c->tp[k]]);
                t.target_explicit = true;
                t.tsrc = SRC_TRANCHE;
                break;
            }
        /* the first tranche spans the clause (guidelines §3: tranches share
         * its span), the others their own part: whichever way a reader
         * spans them, each tranche overlaps its own most */
        if (h == 0)
            t.right = e->right;
        /* a list the tranches share ("... on aluminum from the EU, Canada
         * and Mexico") is searched for in the whole clause */
        if (t.tsrc == SRC_TRANCHE)
            s_push_parties(c, &t, a, b);
        else
            s_push_parties(c, &t, e->left, e->right);
    }
}
