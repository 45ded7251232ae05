/* SPDX-License-Identifier: MIT */
/* attach.c - attachment: one clause's event from its span - modality cues and the
 * article's date, actor, target, and the event criterion (guidelines §2). */
#include "tariffs.h"

#include <math.h>
#include <limits.h>
#include <string.h>
#include <strings.h>

/* Is the verb the date at i goes with, the first one before it in its
 * clause, in the past: "imposed in July", "imposed the tariffs on July 6",
 * "took effect on July 6" (not "to be imposed in July", "will be raised on
 * July 1")? */
static bool s_past_verb_before(const ctx_t *c, int i)
{
    if (!(s_is(c, i - 1, W_IN) || s_is(c, i - 1, W_ON)))
        return false;
    for (int k = i - 2; k >= 0 && k >= i - 8 && tf_boundary(c, k) != 2 && !s_is(c, k, W_COMMA); k--) {
        if (s_is(c, k, W_EFFECT))
            return s_is(c, k - 1, W_TOOK) || s_is(c, k - 1, W_CAME) || s_is(c, k - 1, W_WENT);
        if (s_has(c, k, F(PAST)))
            return !s_is(c, k - 1, W_BE) && !s_is(c, k - 1, W_TO) && !s_has(c, k - 1, F(M_MODAL) | F(M_WEAK));
        if (s_has(c, k, F(M_MODAL) | F(M_WEAK) | F(AUX) | F(BEFORM)) || s_is(c, k, W_TO))
            return false;
    }
    return false;
}

/* Is the money at k what a measure costs or brings, not the goods it
 * covers: "will cost China 15 billion yuan", "a loss of approximately $332
 * billion", "cost the company 90 million to 100 million U.S. dollars",
 * "slow the growth of US output by $332 billion", "its profits falling
 * from 2.5 billion euros"? */
static bool s_money_of_effect(const ctx_t *c, int k)
{
    static const char *const effect[] = { "cost", "loss", "saving", "burden", "profit", "output", NULL };
    int lim = k - 4;
    bool bracket = false;
    for (int j = k - 1; j >= 0 && j >= lim; j--) {
        /* the same sum in another currency, in brackets: "will cost China
         * 15 billion yuan (about 2.24 billion U.S. dollars)" */
        if (j == k - 1 || (j == k - 2 && s_is(c, k - 1, W_ABOUT))) {
            size_t n;
            const char *t = s_text(c, j, &n);
            if (n == 1 && *t == '(') {
                lim = j - 8;
                bracket = true;
                continue;
            }
        }
        /* (over the other sum's currency sign: "2.5 billion euros" written "€2.5 billion") */
        if ((s_tflags(c, j) & SIFT_TOKEN_PUNCT) && !(bracket && !s_is(c, j, W_COMMA) && tf_boundary(c, j) == 0 &&
                                                     !s_is(c, j, W_DOT)))
            break;
        if (tf_word_starts(c, j, effect) || s_has(c, j, F(REVENUE)))
            return true;
    }
    return false;
}

/* Is there, in the tokens (a, b), the word w or a word with one of the
 * cue flags? */
static bool s_any_between(const ctx_t *c, int a, int b, int w, uint64_t flags)
{
    for (int k = a + 1; k < b; k++)
        if (s_is(c, k, w) || s_has(c, k, flags))
            return true;
    return false;
}

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
    /* (and after it: "from April 1 next year", "in March last year") */
    bool next_year = s_is(c, j, W_NEXT) && s_is(c, j + 1, W_YEAR);
    bool last_year = s_is(c, j, W_LAST) && s_is(c, j + 1, W_YEAR);
    if (!year && (next_year || last_year))
        y += next_year ? 1 : -1;
    else if (!year && s_is(c, i - 1, W_LAST) && m >= c->doc->pub_month)
        y--;
    else if (!year && s_is(c, i - 1, W_NEXT) && m <= c->doc->pub_month)
        y++;
    else if (!year && m > c->doc->pub_month && s_past_verb_before(c, i))
        y--; /* a later month a past verb names is last year's: "imposed in July", in June */
    *days = tf_days(y, m, d);
    return true;
}


/* "retaliate" whose object is someone else's measure: not "retaliate
 * with tariffs" / "retaliate by imposing", where the tariffs are the
 * retaliator's own. */
/* "decision to put duties", "recent move to impose", "decision to move
 * forward with tariffs": a possessed noun (after at most two lower-case
 * modifiers) whose complement is an action, so that the possessor is the
 * one acting. */
static bool s_possessed_plan(const ctx_t *c, int i)
{
    for (int j = i + 1; j <= i + 3 && (size_t)j + 1 < c->n; j++) {
        /* the action as a gerund: "Washington's move of imposing tariffs" */
        if (s_is(c, j, W_OF) && tf_ing(c, j + 1) && s_has(c, j + 1, A_MASK))
            return true;
        if (s_is(c, j, W_TO)) {
            /* (a tariff word after "to" is a verb: "decision to levy") */
            if (s_has(c, j + 1, A_MASK | F(WNOUN) | F(TNOUN)))
                return true;
            /* going on with the measure: "decision to move forward with
             * tariffs", "to go ahead with the duties" */
            for (int w = j + 2; w <= j + 4 && (size_t)w + 1 < c->n; w++)
                if (s_is(c, w, W_WITH))
                    return s_has(c, tf_after_det(c, w), F(TNOUN) | F(WNOUN)) ||
                           s_has(c, tf_after_det(c, w) + 1, F(TNOUN) | F(WNOUN));
            return false;
        }
        if (c->tp[j] >= 0 || !(s_tflags(c, j) & SIFT_TOKEN_LOWER))
            return false;
    }
    return false;
}

/* Does a verb of answering at k take the measure after it as its object
 * ("retaliate against", "will respond to", "hit back at"), so that the
 * measure is the other side's and the verb's modal is not its? (Inlined:
 * the scans ask it of every token, and a call costs them their registers.) */
__attribute__((always_inline)) static inline bool s_retaliate_against(const ctx_t *c, int k)
{
    if (s_is(c, k, W_RETALIATE)) {
        /* the party answered, then the answer: "retaliate against the U.S.
         * with tariffs" (the tariffs are the retaliation's) */
        int j = s_is(c, k + 1, W_AGAINST) ? tf_after_det(c, k + 1) : -1;
        if (j >= 0 && s_party_at(c, j) >= 0 && c->parties[c->tp[j]].a == j)
            j = c->parties[c->tp[j]].b;
        int w = j >= 0 ? j : k + 1;
        return !s_is(c, w, W_WITH) && !s_is(c, w, W_BY);
    }
    return (s_is(c, k + 1, W_TO) || s_is(c, k + 1, W_AGAINST) || s_is(c, k + 1, W_AT)) &&
           tf_answer_verb(c, k + 1, k) == k;
}

/* The party opening the clause that ends at k (after a comma, a reporting
 * verb or "that"), as its subject: "Beijing retaliated [by ...]"; of a
 * coordinated subject, the last, as the nearest party would be. -1 when
 * the clause opens with no party. */
static int s_clause_subject(const ctx_t *c, const sent_ctx_t *sc, int k)
{
    if (k - 1 > sc->sb && (s_tflags(c, k - 1) & SIFT_TOKEN_QUOTE) && s_is(c, k - 2, W_COMMA))
        k--; /* a quotation closing before it: 'called the plan "a disgrace," and' */
    if (s_is(c, k - 1, W_COMMA))
        k--; /* "Japan provided preferences, by imposing no duties" */
    int pi = -1;
    /* a clause opening on a lower-case word follows a parenthesis ("Trump,
     * in particular, has criticized NAFTA and called for"): the subject is
     * before it */
    for (int hop = 0; hop < 3 && pi < 0; hop++) {
        int s0 = sc->sb, open = -1;
        for (int j = k - 1; j > sc->sb; j--)
            if (s_is(c, j, W_COMMA) || s_is(c, j, W_THAT) || s_has(c, j, F(ATTRIB)) ||
                /* or a subordinate clause with a party for its subject: "China
                 * hit back after | the US started the war by imposing" (not
                 * "after months of talks") */
                ((s_is(c, j, W_AFTER) || s_is(c, j, W_WHEN) || s_is(c, j, W_BECAUSE) ||
                  s_is(c, j, W_SINCE) || s_is(c, j, W_UNTIL)) &&
                 s_party_at(c, tf_after_det(c, j)) >= 0 && tf_after_det(c, j) < k)) {
                s0 = j + 1;
                open = j;
                break;
            }
        if (s_tflags(c, s0) & SIFT_TOKEN_QUOTE)
            s0++;
        int j = s_has(c, s0, F(DET)) ? s0 + 1 : s0;
        /* over a title or given names: "President Donald Trump", "Donald
         * Trump", "Republican nominee Donald Trump" */
        for (int n = 0; n < 4 && j < k && c->tp[j] < 0 && (s_tflags(c, j) & SIFT_TOKEN_ALPHA) &&
                        (!(s_tflags(c, j) & SIFT_TOKEN_LOWER) ||
                         (n > 0 && tf_plain_word(c, j) && !(s_tflags(c, j + 1) & SIFT_TOKEN_LOWER)));
             n++)
            j++;
        pi = j < k ? c->tp[j] : -1;
        if (pi >= 0 || open < 0 || !s_is(c, open, W_COMMA) || !(s_tflags(c, s0) & SIFT_TOKEN_LOWER))
            break;
        k = open;
    }
    while (pi >= 0 && (s_is(c, c->parties[pi].b, W_AND) || s_is(c, c->parties[pi].b, W_COMMA)) &&
           c->parties[pi].b + 1 < k && c->tp[c->parties[pi].b + 1] >= 0)
        pi = c->tp[c->parties[pi].b + 1];
    ref_t tmp;
    return pi >= 0 && c->parties[pi].kind != 'D' && !tf_origin(c, pi, sc->se) &&
                   tf_resolve(c, pi, sc->last_actor, &tmp)
               ? pi
               : -1;
}

/* Is "against" at k aimed at a party, not at the measure: "the most
 * likely move against Japan would involve duties" (not "retaliate against
 * U.S. tariffs", where the party names the measure's owner)? */
static bool s_against_party(const ctx_t *c, int k, int g0)
{
    int j = tf_after_det(c, k);
    return j < g0 && c->tp[j] >= 0 && c->parties[c->tp[j]].b < g0 &&
           !s_has(c, c->parties[c->tp[j]].b, F(TNOUN) | F(WNOUN) | F(GOODS) | F(IMPORTQ)) &&
           !tf_plain_word(c, c->parties[c->tp[j]].b);
}

/* A verb of opposing a measure: its subject does not levy it, and a modal
 * before it is not the measure's ("would fight the duties"). (Inlined, as
 * s_retaliate_against.) */
__attribute__((always_inline)) static inline bool s_opposes(const ctx_t *c, int k)
{
    /* a verb, not a noun: "a huge challenge to realize zero tariffs" */
    return (s_is(c, k, W_OPPOSE) || s_is(c, k, W_OPPOSES) || s_is(c, k, W_OPPOSED) ||
            s_is(c, k, W_OPPOSING) || s_is(c, k, W_FIGHT) || s_is(c, k, W_FOUGHT) ||
            s_is(c, k, W_CHALLENGE) || s_is(c, k, W_CHALLENGED) || s_is(c, k, W_CONDEMNED) ||
            s_is(c, k, W_PROTESTED)) &&
           !s_has(c, k - 1, F(DET)) && !s_is(c, k + 1, W_TO) && !s_is(c, k + 1, W_FOR) &&
           !tf_plain_word(c, k - 1);
}

/* A verb whose object is a measure in place, dealt with or made up for:
 * "will try to resolve the U.S. steel tariffs", "would only partly offset
 * the 10 percent U.S. duties". Its modal is not the measure's. */
static bool s_deals_with(const ctx_t *c, int k)
{
    static const char *const deal[] = { "resolve$", "resolved$", "resolving$", "offset$", "offsets$",
                                        "offsetting$", NULL };
    /* (words with an id or a class are none of them: "on", "of", "or") */
    return c->w[k] == W_NONE && !c->f[k] && tf_word_starts(c, k, deal) && !s_has(c, k - 1, F(DET));
}

/* Is k a verb of avoiding ("to avoid EU tariffs", "escaped the duties",
 * "dodging tariffs")? Who avoids a measure undergoes it, and the modal of
 * a clause it serves is not the measure's ("would move production to avoid
 * EU tariffs"). */
static bool s_avoids(const ctx_t *c, int k)
{
    static const char *const avoid[] = { "avoid", "escap", "dodg", "evad", "circumvent", "sidestep", NULL };
    return s_has(c, k, F(UNDERGO)) && tf_word_starts(c, k, avoid) && !s_has(c, k - 1, F(DET));
}

/* Is k a verb of benefiting ("will enjoy zero tariffs", "benefited from
 * tariff reductions", "received duty-free treatment") or of losing a
 * benefit ("will lose duty-free status")? Who gains or loses it undergoes
 * the measure: the target, not the one acting. */
static bool s_benefits(const ctx_t *c, int k)
{
    static const char *const gain[] = { "enjoy", "benefit", "receiv", "gain", "obtain", "los", NULL };
    return s_has(c, k, F(UNDERGO)) && tf_word_starts(c, k, gain) && !s_has(c, k - 1, F(DET));
}

/* The first token before the measure at g0 that is none of its
 * determiners, parties (possessive too: "to avoid | the EU's tariffs") and
 * modifiers ("to avoid | the new EU steel tariffs"), -1 if none within six. */
static int s_before_measure(const ctx_t *c, int lo, int g0)
{
    for (int k = g0 - 1; k >= lo && k >= g0 - 6; k--)
        if (!(s_has(c, k, F(DET) | F(RETAL) | F(IMPORTQ) | F(GOODS) | F(PCT) | F(DUTYFREE)) ||
              c->tp[k] >= 0 || tf_plain_word(c, k) || !isnan(c->num[k]) || s_is(c, k, W_ZERO) ||
              s_is(c, k, W_PREFERENTIAL) ||
              ((s_is(c, k, W_APOS_S) || s_is(c, k, W_RSQUO_S)) && k > lo && c->tp[k - 1] >= 0)))
            return k;
    return -1;
}

/* The verb before the measure at g0 that is verb() ("to avoid the new EU
 * steel tariffs", "benefit from tariff cuts"), or -1. */
static int s_verb_of_measure(const ctx_t *c, int lo, int g0, bool (*verb)(const ctx_t *, int))
{
    int k = s_before_measure(c, lo, g0);
    if (k > lo && s_has(c, k, A_MASK) && !s_is(c, k - 1, W_TO))
        k = s_before_measure(c, lo, k); /* the change as an adjective: "from lower duties" */
    if (k > lo && s_is(c, k, W_FROM))
        k--; /* "benefited from tariff reductions" */
    return k >= lo && s_has(c, k, F(UNDERGO)) && verb(c, k) ? k : -1;
}

/* Is the measure at g0 what its clause's subject gets "in exchange for"
 * or "in return for" something ("accepted quotas in exchange for
 * exemptions from the steel tariffs")? Returns that "in", or -1. */
static int s_in_exchange_for(const ctx_t *c, int lo, int g0)
{
    static const char *const exchange[] = { "exchange$", "return$", NULL };
    int k = s_before_measure(c, lo, g0);
    if (k > lo && s_is(c, k, W_FROM) && s_has(c, k - 1, A_MASK))
        k = s_before_measure(c, lo, k - 1); /* "for exemptions from the steel tariffs" */
    return k - 2 >= lo && s_is(c, k, W_FOR) && tf_word_starts(c, k - 1, exchange) && s_is(c, k - 2, W_IN)
               ? k - 2
               : -1;
}

/* "rejected the U.S. tariffs": a verb of refusal whose object is the
 * measure condemns it, it does not undo it (not "refused to extend the
 * duty", "rejected calls to cut tariffs") */
static bool s_rejects_measure(const ctx_t *c, int k, int g0)
{
    if (!s_is(c, k, W_REJECTED) && !s_is(c, k, W_REFUSED))
        return false;
    for (int j = k + 1; j < g0; j++)
        if (s_is(c, j, W_TO) || s_has(c, j, A_MASK | F(M_DEMAND) | F(M_PROPOSE) | F(CHANGE)) ||
            s_is(c, j, W_COMMA))
            return false;
    return true;
}

/* Where the party whose conduct a measure answers is named, when the
 * words at k say so ("retaliation for", "response to", "retaliate
 * against", "punish"), else -1. *by_verb (if not NULL): whether a verb of
 * answering in another form says so ("retaliated against", "responded
 * to", "hit back at"), which answers only with a measure named after
 * "with" ("hit back at the US with tariffs", not "respond to the US'
 * tariff decision", the US's). */
static int s_answered_party(const ctx_t *c, int k, bool *by_verb)
{
    /* the verbs too, in any tense: "China retaliated against the US with
     * ...", "responded to the U.S. action with", "hit back at Washington" */
    static const char *const answer[] = { "retaliat", "respond", "react", NULL };
    static const char *const back[] = { "hit$", "hits$", "hitting$", "strike", "struck$", "fight", "fought$", NULL };
    bool verb = false;
    int at = -1;
    if ((s_is(c, k, W_RETALIATION) && (s_is(c, k + 1, W_FOR) || s_is(c, k + 1, W_AGAINST))) ||
        (s_is(c, k, W_RESPONSE) && s_is(c, k + 1, W_TO)))
        at = tf_after_det(c, k + 1);
    /* (the word after first, the stems last: this is asked of every token
     * of a clause, and few are followed by "against", "to" or "at") */
    else if ((s_is(c, k + 1, W_AGAINST) || s_is(c, k + 1, W_TO) || s_is(c, k + 1, W_AT)) &&
             !s_is(c, k, W_RETALIATION) && !s_is(c, k, W_RESPONSE) && tf_word_starts(c, k, answer)) {
        at = tf_after_det(c, k + 1);
        verb = !s_is(c, k, W_RETALIATE); /* (the present, read as the nouns are) */
    } else if (s_is(c, k + 1, W_BACK) && (s_is(c, k + 2, W_AT) || s_is(c, k + 2, W_AGAINST)) &&
               tf_word_starts(c, k, back)) {
        at = tf_after_det(c, k + 2);
        verb = true;
    } else if (s_is(c, k, W_PUNISH))
        at = tf_after_det(c, k);
    /* the conduct alleged or found: "alleging that Japan had violated the
     * pact", "accusing Japan of dumping", "when the ITC found that Japanese
     * competitors had been flooding the market" */
    static const char *const alleged[] = { "alleg", "accus", "found$", "finding$", NULL };
    if (at < 0 && (s_is(c, k + 1, W_THAT) || c->tp[tf_after_det(c, k)] >= 0) && tf_word_starts(c, k, alleged))
        at = s_is(c, k + 1, W_THAT) ? tf_after_det(c, k + 1) : tf_after_det(c, k);
    if (by_verb)
        *by_verb = verb;
    return at;
}

/* "highest", "lowest", "best": a superlative, after which "possible" is no
 * possibility ("the highest possible rate of tariffs") */
static bool s_superlative(const ctx_t *c, int k)
{
    size_t n;
    const char *w = s_text(c, k, &n);
    return (s_tflags(c, k) & SIFT_TOKEN_LOWER) && n >= 4 && !memcmp(w + n - 3, "est", 3);
}

/* "domestic demand", "strong demand": the market's, not a request (which
 * asks for something or is someone's: "the U.S. demand for", "its demands") */
static bool s_market_demand(const ctx_t *c, int k)
{
    return (s_is(c, k, W_DEMAND) || s_is(c, k, W_DEMANDS)) && tf_plain_word(c, k - 1) &&
           !s_is(c, k + 1, W_FOR) && !s_is(c, k + 1, W_THAT) && !s_is(c, k + 1, W_TO) &&
           /* (not "Nakasone's main demand") */
           !s_is(c, k - 2, W_APOS_S) && !s_is(c, k - 2, W_RSQUO_S);
}

/* "The EU must respond to U.S. tariffs": what someone must do about a
 * measure is no demand for it; a demand's verb acts on the measure ("must
 * lift", "should be tariff-free", "must not raise"). */
static bool s_must_react(const ctx_t *c, int k, int g0)
{
    if (!s_has(c, k, F(M_MUST)))
        return false;
    int v = k + 1;
    while (v < (int)c->n && v <= k + 3 && (tf_adverb(c, v) || s_has(c, v, F(NEG))))
        v++;
    if (v >= (int)c->n || !(s_tflags(c, v) & SIFT_TOKEN_LOWER) ||
        s_has(c, v, F(BEFORM) | F(AUX) | F(M_CONSIDER) | F(M_PROPOSE)))
        return false; /* "should consider a tariff": asked to */
    /* nor an action coordinated with it: "must open markets and cut tariffs",
     * or one granting a preference: "should give favourable tariff treatment" */
    for (int j = v; j < g0; j++)
        if (s_has(c, j, A_MASK | F(DUTYFREE) | F(CHANGE)) || s_is(c, j, W_PREFERENTIAL) ||
            s_is(c, j, W_FAVOURABLE) || s_is(c, j, W_FAVORABLE) || (j == v && tf_gives(c, j)))
            return false;
    return true;
}

/* A word in -ed ("called", "urged"). */
static bool s_ends_ed(const ctx_t *c, int i)
{
    size_t len;
    const char *s = s_text(c, i, &len);
    return len > 4 && memcmp(s + len - 2, "ed", 2) == 0;
}

/* A lower-case word in -ed, no cue: a participle ("stored", "produced"). */
static bool s_ed(const ctx_t *c, int i)
{
    return i >= 0 && tf_plain_word(c, i) && s_ends_ed(c, i);
}

/* Is "have" at v a full verb, what a measure has rather than an auxiliary
 * of what is done with it: "would have a net cost", "will have little
 * effect" (not "will have been lifted")? */
static bool s_full_have(const ctx_t *c, int v)
{
    return (s_is(c, v, W_HAVE) || s_is(c, v, W_HAS)) && v + 1 < (int)c->n &&
           (s_has(c, v + 1, F(DET)) || s_is(c, v + 1, W_A) || s_is(c, v + 1, W_AN) || s_is(c, v + 1, W_NO) ||
            s_is(c, v + 1, W_LITTLE));
}

/* Does the modal at k, after the trigger, say what becomes of the measure
 * ("will take effect", "would be raised", "will fall to 5%") rather than
 * what the measure does ("will harm consumers")? The verb it governs
 * decides; adverbs and a negation between are skipped. */
static bool s_modal_of_measure(const ctx_t *c, int k)
{
    int j = k + 1;
    /* (and a quantifier floated from the subject: "will both be slashed") */
    while (j < (int)c->n && j <= k + 3 &&
           (s_has(c, j, F(NEG)) || s_is(c, j, W_ALSO) || s_is(c, j, W_THEN) || tf_adverb(c, j) ||
            s_is(c, j, W_BOTH) || s_is(c, j, W_ALL) || s_is(c, j, W_EACH)))
        j++;
    if (j >= (int)c->n || !(s_tflags(c, j) & SIFT_TOKEN_LOWER) || !(s_tflags(c, j) & SIFT_TOKEN_ALPHA))
        return true; /* no verb to judge by */
    if (s_full_have(c, j))
        return false; /* what the measure will have: "will have a slight impact" */
    /* "will hit pipe from Korea", "will target $200 billion of goods": the
     * goods it targets are the measure's scope (not "may hit Hong Kong's
     * retailers", what it does) */
    if (s_has(c, j, F(PREP_TGT)))
        for (int o = j + 1; o < (int)c->n && o <= j + 4; o++)
            if (s_is(c, o, W_FROM) || !isnan(c->num[o]) || s_has(c, o, F(MONEYW)))
                return true;
    return s_has(c, j, F(AUX) | F(STATUSV) | F(FALL) | A_MASK | F(EFFECTIVE) | F(CHANGE));
}

/* Is the verb of expecting at k about what the measure after it does
 * ("analysts expect the new U.S. tariffs on steel to raise prices", "expect
 * the tariff cut to meet demand"), not about the measure ("expect tariffs
 * to rise", "expect the duties to be lifted", "expect China to cut")? */
static bool s_expects_effect(const ctx_t *c, int k, int g0, int g1, int R)
{
    for (int j = k + 1; j < g0; j++) /* (the measure is its object: "expect the new U.S. tariffs") */
        if (c->tp[j] < 0 && (s_has(c, j, A_MASK | F(AUX) | F(M_MODAL)) || s_is(c, j, W_TO) || tf_boundary(c, j)))
            return false;
    int from = g1 + 1 + (s_has(c, g1 + 1, F(CHANGE) | A_MASK) && !s_is(c, g1 + 1, W_TO)); /* "the tariff cut" */
    for (int j = from; j < R && j <= g1 + 8; j++) {
        if (s_is(c, j, W_TO)) {
            int v = j + 1, o = j + 2;
            if (v >= R || !(s_tflags(c, v) & SIFT_TOKEN_LOWER) || !isnan(c->num[v]) ||
                s_has(c, v, F(FALL) | F(BEFORM) | F(AUX)))
                return false;
            /* (a verb of change only with an object of its own: "to raise prices") */
            return !s_has(c, v, A_MASK | F(CHANGE)) ||
                   (o < R && (s_tflags(c, o) & SIFT_TOKEN_LOWER) && isnan(c->num[o]) &&
                    !s_has(c, o, F(TNOUN) | F(WNOUN) | F(PCT)) && !s_is(c, o, W_BY) && !s_is(c, o, W_TO) &&
                    !s_is(c, o, W_FROM) && !s_is(c, o, W_ON) && !s_is(c, o, W_IN));
        }
        if (tf_boundary(c, j) || s_has(c, j, F(AUX) | F(M_MODAL) | A_MASK) || s_is(c, j, W_THAT))
            return false;
    }
    return false;
}

/* Is the word at k a fight for something, which asks for it ("the EU
 * has been fighting for a permanent exemption"; "fight the duties"
 * opposes them)? */
static bool s_fights_for(const ctx_t *c, int k)
{
    static const char *const fight[] = { "fight", "fought$", NULL };
    return s_is(c, k + 1, W_FOR) && tf_word_starts(c, k, fight);
}

/* Is the word at k a call for something ("called for", "a call for")? */
static bool s_calls_for(const ctx_t *c, int k)
{
    return s_has(c, k, F(CALLV)) && s_is(c, k + 1, W_FOR);
}

/* Is the word at k a past participle ("matched", "enacted")? */
static bool s_participle(const ctx_t *c, int k)
{
    return (s_tflags(c, k) & SIFT_TOKEN_LOWER) && tf_ed(c, k);
}

/* Is the demand word at k a participle set off after its subject that
 * asks about the measure, not for it ("Trump, pressed in the debate on his
 * proposal for a 45 percent tariff, said", "asked about the tariffs"; not
 * "China, pressed by Washington to cut tariffs,")? */
static bool s_questioned(const ctx_t *c, int k, int g0)
{
    if (!s_is(c, k - 1, W_COMMA) || !s_participle(c, k) || s_is(c, k + 1, W_FOR))
        return false;
    for (int j = k + 1; j < g0; j++)
        if (s_is(c, j, W_TO))
            return false;
    return true;
}

/* Does k reserve a right to act ("reserves the right to impose tariffs",
 * a government's notice to the WTO): a warning, like a threat? */
static bool s_reserves_right(const ctx_t *c, int k)
{
    static const char *const reserve[] = { "reserv", NULL };
    static const char *const right[] = { "right$", NULL };
    return tf_word_starts(c, k, reserve) && s_has(c, k + 1, F(DET)) && tf_word_starts(c, k + 2, right) &&
           s_is(c, k + 3, W_TO);
}

/* Is k "hesitate" ("would not hesitate to impose": two negations)? */
static bool s_hesitates(const ctx_t *c, int k)
{
    static const char *const hesitate[] = { "hesitat", NULL };
    return tf_word_starts(c, k, hesitate);
}

/* Is the threat word at k what goods do to a country's security ("whether
 * imports of cars threaten national security", "threaten to impair the
 * national security": the finding of a Section 232 inquiry), no party's
 * warning? */
static bool s_endangers_security(const ctx_t *c, int k)
{
    static const char *const security[] = { "security$", "impair", NULL };
    for (int j = k + 1; j <= k + 4 && (size_t)j < c->n && !tf_boundary(c, j); j++)
        if (tf_word_starts(c, j, security))
            return true;
    return false;
}

/* Does a condition follow within a few words of k ("would remain exempt
 * if talks progress", "as long as", "unless")? */
static bool s_on_condition(const ctx_t *c, int k)
{
    static const char *const long_[] = { "long$", NULL };
    for (int j = k; j < k + 4 && (size_t)j < c->n && !tf_boundary(c, j); j++)
        if (s_has(c, j, F(M_COND) | F(M_UNLESS)) || (s_is(c, j, W_AS) && tf_word_starts(c, j + 1, long_)))
            return true;
    return false;
}

/* Does the modal at k keep a measure in force: "will remain in place",
 * "would stay in force", "would remain unchanged", "will keep", "will
 * remain exempt" (not "will stay at 7.5 percent", a level still to come,
 * nor "would remain exempt if ...", an offer)? */
static bool s_stays_in_force(const ctx_t *c, int k)
{
    static const char *const states[] = { "unchanged", "intact", "steady", NULL };
    static const char *const held[] = { "place$", "force$", "effect$", NULL };
    /* (or is kept so: "will keep its 25 percent tariff", "would maintain
     * the duties", "will retain tariffs on") */
    static const char *const keeps[] = { "keep$", "maintain$", "retain$", NULL };
    int v = k + 1 + tf_adverb(c, k + 1);
    /* (or stays until something ends it: "would remain until Tokyo ends
     * chip dumping") */
    return (tf_word_starts(c, v, tf_remain) &&
            ((s_is(c, v + 1, W_IN) && tf_word_starts(c, v + 2, held)) || tf_word_starts(c, v + 1, states) ||
             s_is(c, v + 1, W_UNTIL) || (s_is(c, v + 1, W_EXEMPT) && !s_on_condition(c, v + 2)))) ||
           tf_word_starts(c, v, keeps);
}

/* After "would" at k, what a measure would do or be ("would disrupt
 * markets", "would increase costs to consumers", "would be difficult to
 * operate"), not what becomes of it ("would be lifted", "would rise to"). */
static bool s_would_effect(const ctx_t *c, int k)
{
    int v = k + 1;
    while (v < (int)c->n && v <= k + 3 && (tf_adverb(c, v) || s_is(c, v, W_ALSO)))
        v++;
    if (v + 1 < (int)c->n && s_is(c, v, W_BE) && tf_plain_word(c, v + 1))
        return !tf_ed(c, v + 1);
    if (v < (int)c->n && s_has(c, v, A_MASK | F(FALL)))
        return tf_effect_on_object(c, v);
    if (s_full_have(c, v))
        return true;
    return !s_modal_of_measure(c, k);
}

/* Verbs that carry a measure over to more parties ("extended to Canada"). */
static const char *const s_extend[] = { "extend$", "extends$", "extended$", "extending$", "apply$",
                                        "applies$", "applied$", "applying$", "expanded$", NULL };

/* Does the auxiliary at k, after a measure, head a verb that says what the
 * measure does to something else ("has sparked anger in the EU", "have hurt
 * Canada"), not what is done with it ("were imposed on", "will hit", "would
 * apply to")? Its object is no target. */
static bool s_other_verb(const ctx_t *c, int k)
{
    if (!s_has(c, k, F(AUX) | F(BEFORM) | F(M_MODAL)))
        return false;
    /* "apply to steel pipe": a preposition after a verb of the measure */
    if (s_is(c, k, W_TO) && s_has(c, k - 1, A_MASK | F(STATUSV)))
        return false;
    int v = k + 1;
    while ((size_t)v < c->n && v <= k + 3 &&
           (s_has(c, v, F(AUX) | F(BEFORM) | F(NEG)) || tf_adverb(c, v) || s_is(c, v, W_ALSO)))
        v++;
    /* (not the measure's own extension: "the tariffs were extended to the
     * European Union") */
    return tf_plain_word(c, v) && !tf_ing(c, v) && !(tf_word_starts(c, v, s_extend) && s_is(c, v + 1, W_TO));
}

/* An ultimatum: "open your market or face tariffs", "cut the surpluses
 * or face U.S. tariffs". Returns the index of its "or" before the measure
 * at g0, or -1. The measure is threatened (guidelines §6), its action is
 * imposing, and the one told to comply is its target. */
int tf_or_face(const ctx_t *c, int lo, int g0)
{
    for (int k = g0 - 1; k > lo && k >= g0 - 6; k--) {
        if ((s_is(c, k, W_FACE) || s_is(c, k, W_FACES)) && s_is(c, k - 1, W_OR))
            return k - 1;
        if (!(s_has(c, k, F(DET) | F(RETAL)) || c->tp[k] >= 0 ||
              (c->f[k] == 0 && (s_tflags(c, k) & SIFT_TOKEN_LOWER)))) /* "special" */
            return -1;
    }
    return -1;
}

/* A condition opening the sentence that makes the measure a threat (§6):
 * "Unless Tokyo opens its market, the EC will impose tariffs", "If Japan
 * fails to open its market, Washington will ...", "If Japan does not
 * reduce its barriers, ..." - the target's conduct, or what is not done. */
static bool s_leading_condition_threatens(const ctx_t *c, const sent_ctx_t *sc, const event_t *e, int g0)
{
    int k = sc->sb;
    if (s_tflags(c, k) & SIFT_TOKEN_QUOTE)
        k++;
    /* (or opening a reported clause: "Trump said that if China did not
     * stop ..., he would slap") */
    for (int j = k + 1; j < g0 && !s_has(c, k, F(M_COND) | F(M_UNLESS)); j++)
        if (s_has(c, j, F(M_COND) | F(M_UNLESS)) && (s_is(c, j - 1, W_THAT) || s_has(c, j - 1, F(ATTRIB))))
            k = j;
    if (k >= g0 || !s_has(c, k, F(M_COND) | F(M_UNLESS)))
        return false;
    int comma = k + 1;
    while (comma < g0 && !s_is(c, comma, W_COMMA))
        comma++;
    if (comma >= g0)
        return false;
    /* (not a condition on the measure itself: "If the US imposes tariffs
     * on Chinese tires, ... the tariff") */
    for (int j = k + 1; j < comma; j++)
        if (s_has(c, j, F(TNOUN) | F(WNOUN)))
            return false;
    if (s_has(c, k, F(M_UNLESS)))
        return true;
    /* or a company's, its name no lexicon knows: "if Ford goes ahead with
     * a plant in Mexico, he will slap a 35 percent tax on every car" */
    int j0 = k + 1;
    if (c->tp[j0] < 0 && c->f[j0] == 0 && c->w[j0] == W_NONE && (s_tflags(c, j0) & SIFT_TOKEN_CAP) &&
        (s_tflags(c, j0 + 1) & SIFT_TOKEN_LOWER) && tf_levies(e))
        return true;
    bool subject_seen = false;
    for (int j = k + 1; j < comma; j++) {
        size_t n;
        const char *w = s_text(c, j, &n);
        if (s_has(c, j, F(NEG)) || (n >= 4 && !memcmp(w, "fail", 4)) || (n >= 6 && !memcmp(w, "refuse", 6)))
            return true;
        ref_t r;
        if (c->tp[j] >= 0 && !subject_seen) { /* its subject is the target */
            subject_seen = true;
            if (e->target.code[0] && tf_resolve(c, c->tp[j], sc->last_actor, &r) && tf_ref_eq(&r, &e->target))
                return true;
        }
    }
    return false;
}

/* The parties a clause names around its measure, as indices into
 * c->parties (-1: none), before the actor and target are chosen. */
typedef struct {
    int attached;       /* on the trigger group: "U.S. tariffs" */
    int by, rel;        /* the agent ("imposed by"), a relative clause's subject */
    int obj, obj_end;   /* the object of the verb before the measure, and the end of its list */
    int subj, subj_any; /* the clause's subject (after a reporting verb), and any subject */
    int passive_target; /* who undergoes it: "Brazil was exempted from the tariffs" */
} roles_t;

/* A verb of supporting at k: "support(s/ed)", "favo(u)r(s/ed)", "advocate(s/d)". */
static bool s_supports(const ctx_t *c, int k)
{
    static const char *const support[] = { "support", "favor", "favour", "advocat", NULL };
    return tf_word_starts(c, k, support);
}

/* Is the word before a party ("before") or before the list it ends the
 * "for" of an exemption: "exemptions for Canada and Mexico"? */
static bool s_exemption_for_list(const ctx_t *c, int before, int lo)
{
    for (int n = 0; n < 8 && before > lo && (s_is(c, before, W_AND) || s_is(c, before, W_COMMA)) &&
                    c->tp[before - 1] >= 0;
         n++)
        before = tf_before_det(c, c->parties[c->tp[before - 1]].a);
    return tf_exemption_for(c, before, lo) >= 0;
}

/* Is the party governed by gov whom event e concerns as an exemption's
 * "for": an exemption ("granted exemptions for Argentina") or its end
 * ("ended exemptions for Canada" imposes the duty on Canada), not a duty
 * that exempts it ("a tariff on steel while offering exemptions for
 * Canada")? */
static bool s_exempted_party(const ctx_t *c, const event_t *e, int gov)
{
    int x = tf_exemption_for(c, gov, e->left);
    if (x < 0)
        return false;
    int v = tf_before_det(c, x);
    return e->action == SIFT_EXEMPT ||
           (e->action == SIFT_IMPOSE && s_has(c, v, F(A_REMOVE)) && !s_has(c, v, F(TNOUN) | F(WNOUN)));
}

/* Sets ro->passive_target to the party an exemption before g0 is given to
 * ("granted Australia a permanent exemption"; its giver, the subject
 * before the verb, acts) or won by ("South Korea won an exemption").
 * True when the winner is the clause's subject, whose list is one event
 * each ("Canada and Mexico won exemptions"). */
static bool s_exemption_recipient(const ctx_t *c, const sent_ctx_t *sc, roles_t *ro, int L, int g0)
{
    static const char *const win[] = { "win$", "wins$", "won$", "winning$", "secur", "obtain", "receiv",
                                       "got$", "gain", NULL };
    for (int k = L; k < g0; k++) {
        int j = tf_after_det(c, k);
        /* (the exemption right after the recipients: "gave Canada and
         * Mexico an exemption", not "granted Canada's request for") */
        int after = j < g0 && c->tp[j] >= 0 ? c->parties[c->tp[j]].b : g0;
        while (after + 1 < g0 && (s_is(c, after, W_AND) || s_is(c, after, W_COMMA)) && c->tp[after + 1] >= 0)
            after = c->parties[c->tp[after + 1]].b;
        bool exemption = false;
        for (int a = after; a < g0 && a <= after + 3 && !exemption; a++)
            exemption = s_has(c, a, F(A_EXEMPT)) && (a == after || s_has(c, after, F(DET)));
        if (tf_gives(c, k) && exemption && c->parties[c->tp[j]].code[0] &&
            strchr("CM", c->parties[c->tp[j]].kind)) {
            ro->passive_target = c->tp[j];
            ro->subj = ro->subj_any = -1;
            for (int q = k - 1; q >= sc->sb && q >= k - 8; q--)
                if (c->tp[q] >= 0 && strchr("CLM", c->parties[c->tp[q]].kind) &&
                    c->parties[c->tp[q]].code[0]) {
                    ro->subj = ro->subj_any = c->tp[q];
                    break;
                }
            return false;
        }
        if (tf_word_starts(c, k, win) && ro->subj >= 0 && c->parties[ro->subj].b <= k &&
            strchr("CM", c->parties[ro->subj].kind)) {
            for (int a = k + 1; a <= g0 && a <= k + 5; a++) /* (the trigger itself: "won exemptions.") */
                if (s_has(c, a, F(A_EXEMPT))) {
                    ro->passive_target = ro->subj;
                    return true;
                }
        }
    }
    return false;
}

/* Does a verb saying what becomes of the measure follow it, over modals
 * and auxiliaries: "tariffs on $267 billion of goods could follow",
 * "duties will take effect"? */
static bool s_becomes_of_measure(const ctx_t *c, int g1, int end)
{
    int k = g1 + 1;
    /* over its complement: "on another $267 billion of Chinese goods" */
    while (k < end && k <= g1 + 10 && !s_has(c, k, F(M_MODAL) | F(M_WEAK) | F(AUX) | F(STATUSV)) &&
           !s_is(c, k, W_COMMA) && tf_boundary(c, k) != 2)
        k++;
    while (k < end && s_has(c, k, F(M_MODAL) | F(M_WEAK) | F(AUX)))
        k++;
    return k < end && s_has(c, k, F(STATUSV));
}

/* The party attached to the trigger group, if any: "U.S. tariffs",
 * "Washington's 10 percent duties", "U.S. steel and aluminum tariffs", "the
 * US imposition of tariffs", "China's average import tariff", "the U.S.
 * report and its proposed tariff list". */
static int s_attached(const ctx_t *c, const sent_ctx_t *sc, int lo, int g0)
{
    int attached = -1;
        int k = g0 - 1;
        int skipped = 0;
        /* over a rate too: "Washington's 10 percent duties" */
        while (k >= lo && skipped < 5 && c->tp[k] < 0 &&
               (s_has(c, k, F(IMPORTQ) | F(RETAL) | F(DET) | F(PCT)) || !isnan(c->num[k]) ||
                s_is(c, k, W_APOS_S) || s_is(c, k, W_RSQUO_S) || s_is(c, k, W_UNILATERAL) ||
                s_is(c, k, W_SPECIAL))) {
            k--;
            skipped++;
        }
        if (k >= lo && c->tp[k] >= 0 && !s_has(c, k, F(PREP_TGT)))
            attached = c->tp[k];
        /* a country named before the goods of a compound is the one that
         * imposes: "U.S. steel and aluminum tariffs" (a demonym there is
         * more often the goods' origin: "Chinese steel tariffs") */
        for (int j = g0 - 1, n = 0; attached < 0 && j >= lo && n < 5; j--, n++) {
            if (c->tp[j] >= 0) {
                const party_t *p = &c->parties[c->tp[j]];
                /* (not goods sent "to" it, but "subject to U.S. steel tariffs") */
                int to = tf_before_det(c, p->a);
                if (p->kind == 'C' && p->code[0] && j < g0 - 1 &&
                    (!s_is(c, to, W_TO) || s_is(c, to - 1, W_SUBJECT) || s_is(c, to - 1, W_SUBJECTED)))
                    attached = c->tp[j];
                break;
            }
            /* plain words only: goods names, not "goods" (an origin) */
            bool goods = tf_plain_word(c, j) && (s_tflags(c, j) & SIFT_TOKEN_ALPHA);
            if (!goods && !s_is(c, j, W_AND) && !s_is(c, j, W_COMMA))
                break;
        }
        /* "the US imposition of high tariffs": a party before the action noun */
        if (attached < 0 && s_is(c, k, W_OF) && s_has(c, k - 1, A_MASK) && c->tp[k - 2] >= 0)
            attached = c->tp[k - 2];
        /* a possessor over plain modifiers: "China's average import tariff" */
        for (k = g0 - 1; attached < 0 && k >= lo && k >= g0 - 5; k--) {
            if ((s_is(c, k, W_APOS_S) || s_is(c, k, W_RSQUO_S)) && k > lo && c->tp[k - 1] >= 0) {
                attached = c->tp[k - 1];
                break;
            }
            if (c->tp[k] >= 0 || !(s_tflags(c, k) & SIFT_TOKEN_LOWER) ||
                s_has(c, k, A_MASK | F(AUX) | F(M_MODAL) | F(PREP_TGT) | F(PREP_ON) | F(BY) |
                                F(TNOUN) | F(WNOUN) | F(CHANGE)) ||
                s_is(c, k, W_OF) || s_is(c, k, W_TO) ||
                /* (over goods coordinated: "Washington's steel and aluminum
                 * tariffs"; not "the U.S. report and its tariffs") */
                (s_is(c, k, W_AND) && !(tf_plain_word(c, k - 1) && tf_plain_word(c, k + 1))))
                break;
        }
        /* a possessive pronoun over plain modifiers, coordinated with a
         * party's noun: that party ("responded to the U.S. report and its
         * proposed tariff list"; not "remove China from its tariff
         * framework", the subject's) */
        for (k = g0 - 1; attached < 0 && k >= lo && k >= g0 - 4; k--) {
            if (s_is(c, k, W_ITS) || s_is(c, k, W_THEIR)) {
                /* in "response to its proposal", the party answered: the
                 * nearest before, when it is not the sentence's first, the
                 * one responding ("China responded to the U.S. report ...
                 * and gave a response to its proposal for tariffs") */
                if (s_is(c, k - 1, W_TO) && (s_is(c, k - 2, W_RESPONSE) || s_has(c, k - 2, F(RESPOND)))) {
                    int first = -1, near = -1;
                    for (int j = sc->sb; j < k - 2; j++)
                        if (c->tp[j] >= 0 && c->parties[c->tp[j]].code[0] &&
                            strchr("CLM", c->parties[c->tp[j]].kind)) {
                            first = first < 0 ? c->tp[j] : first;
                            near = c->tp[j];
                            j = c->parties[c->tp[j]].b - 1;
                        }
                    if (near >= 0 && near != first && !tf_origin(c, near, sc->se))
                        attached = near;
                    break;
                }
                for (int j = k - 2; s_is(c, k - 1, W_AND) && j >= sc->sb && j >= k - 10; j--) {
                    if (c->tp[j] < 0)
                        continue;
                    const party_t *p = &c->parties[c->tp[j]];
                    if (p->code[0] && p->kind != 'D' && !tf_origin(c, c->tp[j], sc->se))
                        attached = c->tp[j];
                    break;
                }
                break;
            }
            if (c->tp[k] >= 0 || !(s_tflags(c, k) & SIFT_TOKEN_LOWER) ||
                s_has(c, k, A_MASK | F(AUX) | F(PREP_TGT) | F(PREP_ON) | F(TNOUN) | F(WNOUN)))
                break;
        }
    return attached;
}

/* The agent after the trigger: "imposed by the U.S.", "any unjust tariffs
 * from the U.S."; -1 if none. */
/* The comma that closes a relative clause between commas right after the
 * measure ending at g1 ("The tariffs, which could rise to 25 percent, |
 * were imposed on U.S. corn"), or -1. What the clause says - its verbs,
 * modal, agent, dates - is its own, not the clause around the measure. */
static int s_relative_after(const ctx_t *c, int g1, int hi)
{
    if (!s_is(c, g1 + 1, W_COMMA) || !s_is(c, g1 + 2, W_WHICH))
        return -1;
    bool acts;
    int j = tf_relative_clause(c, g1 + 2, hi, 14, &acts);
    return s_is(c, j, W_COMMA) ? j : -1;
}

static int s_by_party(const ctx_t *c, int g1, int hi)
{
    int rel = s_relative_after(c, g1, hi);
    for (int k = g1 + 1; k < hi; k++) {
        /* over a relative clause between commas: "The tariffs, which will
         * add 300 mln dlrs to the cost, were announced by President Reagan" */
        if (k == g1 + 1 && rel > 0) {
            k = rel;
            continue;
        }
        /* "any unjust tariffs from the U.S." (tf_origin_x) */
        bool from_levier = k == g1 + 1 && s_is(c, k, W_FROM) && s_has(c, g1, F(TNOUN));
        /* "the tariffs of the United States on Chinese goods", "the tariff
         * policy of the U.S. government": a measure's "of" names its owner
         * (an origin is named by goods: "duties on imports of US cars") */
        static const char *const kind_of_measure[] = { "polic", "measure", "regime", NULL };
        bool owner = s_is(c, k, W_OF) && s_has(c, g1, F(TNOUN)) &&
                     (k == g1 + 1 || (k == g1 + 2 && tf_word_starts(c, g1 + 1, kind_of_measure)));
        if (owner) {
            int j = tf_after_det(c, k);
            const party_t *q = j < hi && c->tp[j] >= 0 ? &c->parties[c->tp[j]] : NULL;
            /* (a nationality only with its government: "of the Japanese government") */
            if (q && (strchr("CMLR", q->kind) || (q->kind == 'D' && q->b < hi && c->tp[q->b] >= 0 &&
                                                   c->parties[c->tp[q->b]].kind == 'R')))
                return q->code[0] ? c->tp[j] : -1;
        }
        if (s_has(c, k, F(BY)) || from_levier) {
            /* the goods' maker is none ("goods made by American companies"),
             * nor one who did something to them ("tariffs on steel dumped by
             * China": a participle after the goods, not after the measure) */
            if (s_has(c, k - 1, F(ORIGIN)) ||
                (k - 2 > g1 && tf_plain_word(c, k - 1) && s_ends_ed(c, k - 1) &&
                 (tf_product_word(c, k - 2) || s_has(c, k - 2, F(GOODS)))))
                return -1;
            /* the party right after it ("imposed by the U.S."), not one
             * further on ("cars made by Ford in Mexico") */
            int j = tf_after_det(c, k);
            return j < hi && c->tp[j] >= 0 && c->parties[c->tp[j]].code[0] ? c->tp[j] : -1;
        }
        /* the parties of a source are no agents: "..., according to a
         * statement by China's Ministry of Commerce" */
        static const char *const according[] = { "according", NULL };
        if (s_has(c, k, F(M_COND) | F(M_UNLESS) | F(RETAL)) || tf_word_starts(c, k, according))
            break;
        /* a modal opening an active verb starts the clause's predicate, and
         * a "by" after it belongs to that verb's object ("… will deal a blow
         * to the efforts taken by China"); "will be imposed by" goes on */
        if (s_has(c, k, F(M_MODAL) | F(M_WEAK) | F(M_MUST))) {
            int v = k + 1;
            while (v < hi && (tf_adverb(c, v) || s_has(c, v, F(NEG))))
                v++;
            if (v < hi && !s_has(c, v, F(BEFORM)))
                break;
        }
    }
    return -1;
}

/* The first token from k on, before hi, that is no auxiliary. */
static int s_after_aux(const ctx_t *c, int k, int hi)
{
    while (k < hi && s_has(c, k, F(AUX)))
        k++;
    return k;
}

/* The word of a plan, threat or decision after party pi, over
 * auxiliaries, -1 if none: "(the tariffs that) the US plans to impose",
 * "Japan threatens to levy", "China decided to impose". */
static int s_plan_after(const ctx_t *c, int pi, int hi)
{
    int k = s_after_aux(c, c->parties[pi].b, hi);
    return s_has(c, k, F(M_PROPOSE) | F(M_THREAT) | F(DECIDE)) && s_is(c, k + 1, W_TO) ? k : -1;
}

/* The subject of a relative clause on the measure, -1 if none: "the duty
 * the U.S. imposed", "tariffs it is to impose", "the tariffs that
 * Washington imposed". */
static int s_relative_party(const ctx_t *c, int g1, int R, int hi)
{
    int rel = -1;
    /* (over the measure's rate: "the tariffs of 5 to 25 percent that
     * Beijing had threatened") */
    int r = g1 + 1;
    if (s_is(c, r, W_OF) && !isnan(c->num[r + 1])) {
        int j = r + 1;
        while (j < R && j <= r + 7 && (!isnan(c->num[j]) || s_has(c, j, F(PCT) | F(PER) | F(CENT)) ||
                                       s_is(c, j, W_TO) || s_is(c, j, W_AND) || s_is(c, j, W_DASH)))
            j++;
        if (s_has(c, j - 1, F(PCT) | F(CENT)) && (s_is(c, j, W_THAT) || s_is(c, j, W_WHICH)))
            g1 = j - 1;
    }
    int r1 = s_is(c, g1 + 1, W_COMMA) && s_is(c, g1 + 2, W_WHICH) ? g1 + 2 : g1 + 1; /* ", which" */
    int r0 = (s_is(c, r1, W_THAT) || s_is(c, r1, W_WHICH)) && r1 + 1 < R ? r1 + 1 : g1 + 1;
    if (c->tp[r0 < (int)c->n ? r0 : g1] >= 0 || (s_is(c, r0, W_THE) && r0 + 1 < R && c->tp[r0 + 1] >= 0)) {
        int j = s_is(c, r0, W_THE) ? r0 + 1 : r0;
        int pi = c->tp[j];
        if (pi >= 0) {
            /* over a plan or threat: "the tariffs that the US plans to impose" */
            int plan = s_plan_after(c, pi, hi);
            int k = plan >= 0 ? plan + 2 : s_after_aux(c, c->parties[pi].b, hi);
            /* (or announced, proposed or threatened: "the tariffs Trump has
             * proposed", "the duties that Beijing announced on Tuesday") */
            if ((s_has(c, k, A_MASK) || (plan < 0 && s_has(c, k, F(M_PROPOSE) | F(M_THREAT)))) &&
                c->parties[pi].kind != 'D')
                rel = pi;
        }
    }
    return rel;
}

/* The object of the action verb before the trigger, -1 if none: whose
 * goods it hits ("exempted Canada and Mexico from the tariffs", "slapped
 * China with tariffs"); *end: after the parties listed with it, none of
 * which is a subject. */
static int s_verb_object(const ctx_t *c, int L, int g0, int *end)
{
    int obj = -1, obj_end = -1;
    for (int k = g0 - 1; k > L && k >= g0 - 20; k--) {
        int pi = c->tp[k];
        if (pi < 0)
            continue;
        const party_t *p = &c->parties[pi];
        int v = tf_before_det(c, p->a);
        k = p->a;
        if (s_has(c, v, F(TNOUN) | F(WNOUN)) || !strchr("CM", p->kind) || !p->code[0] ||
            !s_has(c, v, A_MASK | F(M_THREAT) | F(PREP_TGT)))
            continue;
        /* over the list: "exempted Canada, Mexico and the EU from" */
        int end = p->b;
        while (end < g0 && (s_is(c, end, W_COMMA) || s_is(c, end, W_AND)) && tf_after_det(c, end) < g0 &&
               c->tp[tf_after_det(c, end)] >= 0)
            end = c->parties[c->tp[tf_after_det(c, end)]].b;
        /* (and of a threat or a hit "with" it: "threatened Mexico with a
         * tariff", "hit Canada and Japan with steel tariffs") */
        if (s_has(c, v, A_MASK) || s_is(c, end, W_WITH)) {
            obj = pi;
            obj_end = end;
            break;
        }
    }
    *end = obj_end;
    return obj;
}

/* Is the party p inside an apposition or a relative clause between commas
 * after another party, before the clause's verb: "Canada and Mexico,
 * partners in NAFTA, were exempted", "Brazil, which sells slab to U.S.
 * mills, won"? It is no subject; the party before the first comma is. */
static bool s_in_apposition(const ctx_t *c, const sent_ctx_t *sc, const party_t *p, int g0)
{
    int jl = p->a - 1;
    while (jl > sc->sb && jl >= p->a - 8 && !s_is(c, jl, W_COMMA))
        jl--;
    if (jl <= sc->sb || !s_is(c, jl, W_COMMA) || c->tp[jl - 1] < 0)
        return false;
    int v = tf_after_apposition(c, jl, g0);
    if (v <= p->b)
        return false;
    if (tf_adverb(c, v))
        v++;
    return v < g0 && s_has(c, v, F(AUX) | F(BEFORM) | F(M_MODAL) | F(M_WEAK) | A_MASK | F(M_THREAT) |
                                     F(M_PROPOSE) | F(PAST));
}

/* The comma that closes a relative clause set off by commas (", who ...,",
 * ", which ...,") that the token at t is in, before lim; -1 if t is in
 * none. What such a clause says is its own: its parties are not the main
 * clause's subject ("Trump, who has threatened to tear up NAFTA, said he
 * would slap"), and the main clause's modal is not its measure's
 * ("American corn, which enters Mexico duty-free ..., would be"). */
static int s_aside_end(const ctx_t *c, int sb, int t, int lim)
{
    for (int k = t - 1; k > sb && k >= t - 14 && !s_is(c, k, W_COMMA); k--)
        if ((s_is(c, k, W_WHO) || s_is(c, k, W_WHICH)) && s_is(c, k - 1, W_COMMA)) {
            bool acts;
            int j = tf_relative_clause(c, k, lim, 20, &acts);
            return j > t && j < lim && s_is(c, j, W_COMMA) ? j : -1;
        }
    return -1;
}

/* Is the party p inside such a clause, closed before the trigger at g0? */
static bool s_in_relative_aside(const ctx_t *c, const sent_ctx_t *sc, const party_t *p, int g0)
{
    return s_aside_end(c, sc->sb, p->a, g0) >= p->b;
}

/* Is the party p one of the examples a bloc's members are given by ("Six
 * APTA members, including China, India and Sri Lanka, have cut tariffs")?
 * The bloc acts, not each example. */
static bool s_bloc_example(const ctx_t *c, const sent_ctx_t *sc, const party_t *p)
{
    int k = p->a - 1;
    while (k > sc->sb + 2 && k >= p->a - 16 &&
           (c->tp[k] >= 0 || s_is(c, k, W_COMMA) || s_is(c, k, W_AND) || s_is(c, k, W_THE)))
        k = c->tp[k] >= 0 ? c->parties[c->tp[k]].a - 1 : k - 1;
    if (!s_is(c, k, W_INCLUDING) || !s_is(c, k - 1, W_COMMA))
        return false;
    int head = s_has(c, k - 2, F(GENACTOR)) ? k - 3 : k - 2;
    return head >= sc->sb && c->tp[head] >= 0 && c->parties[c->tp[head]].kind == 'B';
}

/* Is the party p inside a condition that opens before the measure's
 * clause, ended by a comma before g0: "if China did not stop ..., | he
 * would slap a tariff"? The condition's subject does not levy it. */
static bool s_in_condition(const ctx_t *c, const sent_ctx_t *sc, const party_t *p, int g0)
{
    bool cond = false;
    for (int k = p->a - 1; k >= sc->sb && k >= p->a - 6 && !cond; k--) {
        cond = s_has(c, k, F(M_COND) | F(M_UNLESS));
        if (tf_boundary(c, k) == 2 || s_is(c, k, W_COMMA) || s_has(c, k, A_MASK))
            return false;
    }
    int comma = p->b;
    while (cond && comma < g0 && !s_is(c, comma, W_COMMA))
        comma++;
    return cond && comma < g0;
}

/* The subject of the measure's clause, -1 if none: the nearest party before
 * the trigger that is no origin, destination, possessor of something else
 * or party to talks (unless on a cut), one after a reporting verb preferred; a participle,
 * coordinated or means clause's is its main clause's. *any: the nearest
 * such party, whatever the reporting verb. */
static int s_subject(const ctx_t *c, const sent_ctx_t *sc, int g0, int g1, int attached, int obj,
                     int obj_end, bool cut, int *any)
{
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
        /* the nearest verb of meeting, talking or answering and the nearest
         * action word before the measure: a party before the first and
         * after the second meets, talks about or answers it and does not
         * levy it ("U.S. and Japanese officials will meet to discuss the
         * punitive tariffs", "Brussels reacted angrily to the duties on
         * steel from the EU"; not "responded with tariffs") */
        static const char *const talk[] = { "discuss", "negotiat", "meet", "met$", "talk", NULL };
        static const char *const answer[] = { "respond", "react", NULL };
        int talk_at = -1, acts_at = -1, with_at = -1;
        for (int k = g0 - 1; k >= sc->sb && k >= g0 - WINDOW && acts_at < 0; k--) {
            if (s_has(c, k, A_MASK | F(M_THREAT) | F(M_PROPOSE) | F(M_DEMAND)))
                acts_at = k;
            else if ((s_is(c, k, W_WITH) || (s_is(c, k, W_BY) && tf_ing(c, k + 1))) && with_at < 0)
                with_at = k; /* "responded to the move with tariffs", "by rolling out its
                              * tariff plan": its own */
            else if (talk_at < 0 && (tf_word_starts(c, k, talk) ||
                                     (with_at < 0 && (s_is(c, k + 1, W_TO) || s_is(c, k + 2, W_TO)) &&
                                      tf_word_starts(c, k, answer))))
                talk_at = k;
        }
        for (int k = g0 - 1; k >= sc->sb && k >= g0 - WINDOW; k--) {
            /* the measure of a possessive relative clause is its antecedent's:
             * "the dispute with China, whose 25 percent tariff on American
             * soybeans ..." */
            if (s_is(c, k, W_WHOSE)) {
                int q = k - 1 - s_is(c, k - 1, W_COMMA);
                ref_t own;
                if (q >= sc->sb && c->tp[q] >= 0 && strchr("CLM", c->parties[c->tp[q]].kind) &&
                    tf_resolve(c, c->tp[q], sc->last_actor, &own))
                    subj = subj_any = c->tp[q];
                break;
            }
            /* (but a measure "with" which one answers is the answerer's:
             * "China retaliated against the US with tariffs") */
            if ((s_is(c, k, W_AGAINST) || s_retaliate_against(c, k)) && with_at < k)
                break; /* "X threatened to retaliate against tariffs ..." */
            /* a participle clause shares the main clause's subject: "Trump
             * ended exemptions for Canada and the EU, imposing tariffs" */
            int ing = k + 1 < g0 && (s_tflags(c, k + 1) & SIFT_TOKEN_QUOTE) ? k + 2 : k + 1; /* ,"imposing */
            if (s_is(c, k, W_COMMA) && ing < g0 && tf_ing(c, ing) && s_has(c, ing, A_MASK)) {
                /* (the clause's subject, when it is a pronoun, is the party
                 * before it: "Trump said he would designate China ...,
                 * imposing"; otherwise the actor acting last, below) */
                int m = -1;
                for (int q = k - 1; m < 0 && q > sc->sb && q >= k - WINDOW; q--) {
                    if (!(s_is(c, q, W_HE) || s_is(c, q, W_SHE) || s_is(c, q, W_IT) || s_is(c, q, W_THEY)))
                        continue;
                    for (int j = q - 1; j >= sc->sb && m < 0; j--)
                        if (c->tp[j] >= 0 && strchr("CLM", c->parties[c->tp[j]].kind) &&
                            !tf_origin(c, c->tp[j], sc->se))
                            m = c->tp[j];
                    break;
                }
                if (m >= 0)
                    subj = subj_any = m;
                break;
            }
            /* and so does a verb phrase coordinated with the clause's first:
             * "the EC not only ignored Manila's request ... but proposed a
             * levy" */
            /* (or a past demand: "has criticized NAFTA and called for tariffs") */
            if ((s_is(c, k, W_AND) || s_is(c, k, W_BUT)) && k + 1 < g0 && c->tp[k + 1] < 0 &&
                (s_has(c, k + 1, A_MASK | F(M_PROPOSE) | F(M_THREAT) | F(PAST)) ||
                 (s_has(c, k + 1, F(M_DEMAND)) && s_ends_ed(c, k + 1))) &&
                !s_has(c, k + 1, F(TNOUN) | F(WNOUN))) {
                int m = s_clause_subject(c, sc, k);
                if (m >= 0) {
                    subj = subj_any = m;
                    break;
                }
            }
            /* and so does a means clause: "the US is not solving the China-US
             * frictions by imposing tariffs" is the US's measure */
            int mv = tf_adverb(c, k + 1) ? k + 2 : k + 1; /* "by simply imposing" */
            if (s_is(c, k, W_BY) && mv < g0 && tf_ing(c, mv) && s_has(c, mv, A_MASK)) {
                int m = s_clause_subject(c, sc, k);
                if (m >= 0) {
                    subj = subj_any = m;
                    break;
                }
            }
            int pi = c->tp[k];
            if (pi < 0)
                continue;
            k = c->parties[pi].a;
            const party_t *p = &c->parties[pi];
            int before = tf_before_det(c, k);
            /* nor the dateline: where the story was written (tf_home), nor a
             * currency's country ("50 billion U.S. dollars") */
            if (pi == attached || pi == c->dateline || tf_origin(c, pi, sc->se) ||
                tf_origin(c, tf_list_head(c, pi), sc->se) || s_in_apposition(c, sc, p, g0) ||
                s_bloc_example(c, sc, p) || s_in_relative_aside(c, sc, p, g0) ||
                s_in_condition(c, sc, p, g0) ||
                s_has(c, p->b, F(MONEYW)) ||
                (obj >= 0 && k >= c->parties[obj].a && k < obj_end))
                continue;
            /* nor the object ending a verb phrase coordinated with the
             * trigger's: "he would renegotiate NAFTA and threatened to impose",
             * "would challenge the U.S. measures and could retaliate with" */
            /* over the noun it modifies ("condemned the U.S. move and imposed")
             * or a second object ("label China a currency manipulator and impose") */
            int np_end = p->b;
            while (np_end < g0 && np_end < p->b + 4 && c->tp[np_end] < 0 &&
                   (c->f[np_end] == 0 || (np_end == p->b && s_has(c, np_end, F(DET)) && !s_is(c, np_end, W_THE))) &&
                   (s_tflags(c, np_end) & SIFT_TOKEN_LOWER) && !s_is(c, np_end, W_AND))
                np_end++;
            if (s_is(c, np_end, W_AND) && before >= 0 &&
                s_has(c, np_end + 1, F(M_THREAT) | F(M_PROPOSE) | F(M_DEMAND) | A_MASK | F(PAST) | F(M_MODAL) |
                                          F(M_WEAK) | F(M_MUST) | F(AUX) | F(RESPOND)) &&
                c->tp[np_end + 1] < 0 && (s_tflags(c, before) & SIFT_TOKEN_LOWER) &&
                !s_has(c, before, F(DET) | F(PREP_TGT) | F(PREP_ON) | F(BY) | F(ATTRIB) | F(M_DEMAND) |
                                      F(M_MUST)))
                continue;
            if ((s_is(c, before, W_TO) && !s_has(c, before - 1, F(RETAL))) ||
                (s_is(c, before, W_FROM) && p->kind != 'L') || s_is(c, before, W_INCLUDING) ||
                (s_is(c, before, W_ON) && !s_has(c, before - 1, F(CALLV) | F(M_DEMAND))))
                continue; /* "exports to the U.S.", "stretching from Ethiopia", "countries including
                           * China", "rhetoric on China" (but "threats from Trump", "called on
                           * Washington") */
            /* (but "with the US imposing tariffs": the subject of its verb) */
            bool with_acting = s_is(c, before, W_WITH) && tf_ing(c, p->b) && s_has(c, p->b, A_MASK);
            if (s_is(c, before, W_BETWEEN) || (s_is(c, before, W_WITH) && !with_acting) || s_is(c, before, W_AMONG) ||
                s_is(c, before, W_TOWARDS) || s_is(c, before, W_TOWARD) || s_is(c, before, W_INTO) ||
                s_exemption_for_list(c, before, sc->sb))
                continue; /* (nor whom an exemption is for: "ended exemptions for Canada and Mexico") */
            /* nor the one answered with the measure: "China hit back at the
             * U.S. with tariffs" (not "responded to the US' tariff decision") */
            if (with_at > k &&
                (s_answered_party(c, before - 1, NULL) == k || s_answered_party(c, before - 2, NULL) == k))
                continue;
            /* where something is, no one acting: "a vase that has been in
             * France", "goods stored in Canada" (but "officials in Beijing") */
            if (s_is(c, before, W_IN) && (s_has(c, before - 1, F(BEFORM)) || s_ed(c, before - 1)))
                continue;
            if (talk_at >= p->b && acts_at < p->b && !cut)
                continue; /* one who meets or talks about the measure (but talks on
                           * cuts are the talkers' own: "China completed talks on
                           * tariff cuts with India") */
            /* a party inside a list after "between": not after a clause's comma
             * ("Amid talks between China and the US, the US imposed ...") */
            if (s_is(c, before, W_AND) ||
                (s_is(c, before, W_COMMA) && (s_is(c, p->b, W_COMMA) || s_is(c, p->b, W_AND)))) {
                bool betw = false;
                for (int j = before - 1; j >= sc->sb && j >= before - 6; j--)
                    betw |= s_is(c, j, W_BETWEEN);
                if (betw)
                    continue;
            }
            if ((s_is(c, p->b, W_APOS_S) || s_is(c, p->b, W_RSQUO_S)) && p->kind != 'R' &&
                !s_has(c, p->b + 1, A_MASK | F(TNOUN) | F(WNOUN) | F(IMPORTQ) | F(M_THREAT) |
                                        F(M_PROPOSE) | F(M_DEMAND) | F(CHANGE)) &&
                p->b + 1 != g0 && !tf_office_of(c, p->b + 1) && !s_possessed_plan(c, p->b + 1))
                continue; /* "China's sovereignty", but not "Canada's Finance Department"
                           * nor "Washington's (recent) decision to put duties" */
            ref_t tmp;
            if (!tf_resolve(c, pi, sc->last_actor, &tmp))
                continue;
            if (subj_any < 0)
                subj_any = pi;
            if (attrib < 0 || k > attrib) {
                subj = pi;
                break;
            }
        }
    }
    /* an opening participial clause takes the subject of the main clause
     * after its comma: "By imposing new tariffs on China, the U.S. has ..." */
    {
        int s0 = sc->sb, v = s0;
        if (s_is(c, v, W_BY) || s_is(c, v, W_AFTER))
            v++;
        bool opening = v < g0 && tf_ing(c, v) && c->tp[v] < 0 && !s_is(c, v, W_DURING) &&
                       !s_is(c, v, W_INCLUDING);
        for (int k = s0; k < g0 && opening; k++)
            opening = !s_is(c, k, W_COMMA);
        for (int k = g1 + 1; opening && k < sc->se && k < g1 + 2 * WINDOW; k++) {
            if (!s_is(c, k, W_COMMA))
                continue;
            int j = tf_after_det(c, k);
            if (j < sc->se && c->tp[j] >= 0 && c->parties[c->tp[j]].kind != 'D' &&
                c->parties[c->tp[j]].code[0])
                subj = c->tp[j];
            break;
        }
    }
    /* a subject pronoun after "that" in a noun's complement stands for the
     * noun's party: "the US announcement in May that it would hit the EU
     * with tariffs" (not the EU of the clause before) */
    for (int k = g0 - 1; k > sc->sb + 1 && k >= g0 - WINDOW && attached < 0; k--) {
        if (s_is(c, k, W_AGAINST) || s_has(c, k, F(ATTRIB)))
            break;
        if (!(s_is(c, k, W_IT) || s_is(c, k, W_THEY)) || !s_is(c, k - 1, W_THAT))
            continue;
        for (int j = k - 2; j >= sc->sb && j >= k - 10; j--) {
            if (c->tp[j] >= 0) {
                const party_t *p = &c->parties[c->tp[j]];
                if (p->code[0] && p->kind != 'D' && j + 1 < k - 1 &&
                    (s_tflags(c, p->b) & SIFT_TOKEN_LOWER) && !s_has(c, p->b, A_MASK | F(AUX)))
                    subj = c->tp[j];
                break;
            }
            if (s_is(c, j, W_COMMA) || s_has(c, j, F(ATTRIB) | F(AUX) | F(M_MODAL) | A_MASK))
                break;
        }
        break;
    }
    *any = subj_any;
    return subj;
}

/* What a clause says of its measure's status, read before its parties
 * (s_status_cues) and decided on after them (the modality in tf_fill). */
typedef struct {
    bool threat, consider, weak, propose, cond, modal, past, effective_past, future_date, announced,
        recent_date, other_year;
    bool decided_after;                      /* decided in a passive after it: "were approved" */
    bool hedged, would_effect;               /* weak by a hedging word; by what it would do */
    bool negated;                            /* a negation before the measure */
    bool demand, demand_post, demand_passive; /* a call on someone to act */
    int demand_at;                           /* where, -1: none */
    int cond_at, cond_hi;                    /* a condition after the measure, and its end */
    int ultimatum;                           /* "or face ...": its "or", -1: none */
    int rel;                                 /* a relative clause's subject (s_relative_party) */
    int avoided;                             /* a verb avoiding the measure, -1: none */
} status_t;

/* When the measure named before R takes effect, by a clause of its own
 * that follows ("signed the order imposing the tariffs on Thursday; they
 * take effect in 15 days", "... . They took effect on July 6"): in force
 * already (effective_past) or from a date to come (future_date). */
static void s_pronoun_takes_effect(const ctx_t *c, int R, status_t *st)
{
    static const char *const go[] = { "take$", "takes$", "come$", "comes$", "go$",
                                      "goes$", "kick$", "kicks$", NULL };
    static const char *const went[] = { "took$", "came$", "went$", "kicked$", NULL };
    int k = R;
    for (int n = 0; n < 2 && (size_t)k < c->n && (s_is(c, k, W_COMMA) || s_is(c, k, W_DOT) ||
                                                   s_is(c, k, W_AND) || tf_boundary(c, k) == 2);
         n++)
        k++;
    if (!(s_is(c, k, W_THEY) || s_is(c, k, W_IT) || s_is(c, k, W_WHICH)))
        return;
    int v = k + 1;
    bool modal = false;
    while (v < k + 4 && (size_t)v + 1 < c->n && (s_has(c, v, F(M_MODAL) | F(AUX)) || tf_adverb(c, v)))
        modal |= s_has(c, v++, F(M_MODAL));
    bool past = !modal && tf_word_starts(c, v, went);
    if (!(past || tf_word_starts(c, v, go) || s_has(c, v, F(STATUSV))) ||
        !(s_is(c, v + 1, W_EFFECT) || s_is(c, v + 1, W_INTO) || s_is(c, v + 1, W_IN)))
        return;
    if (past) {
        st->effective_past = st->past = true;
        return;
    }
    for (int j = v + 2; j < v + 10 && (size_t)j + 1 < c->n && tf_boundary(c, j) != 2 && !s_is(c, j, W_DOT);
         j++) {
        long days;
        bool wd;
        if ((s_date_at(c, j, (int)c->n, &days, &wd) && !wd && days > c->pub_days) ||
            (s_is(c, j, W_IN) && !isnan(c->num[j + 1]) &&
             (s_is(c, j + 2, W_DAYS) || s_is(c, j + 2, W_WEEKS) || s_is(c, j + 2, W_MONTHS)))) {
            st->future_date = true;
            return;
        }
    }
}

/* Is token k a word for a trade pact: "FTA", "agreement", "pact", "deal"? */
static bool s_pact(const ctx_t *c, int k)
{
    return s_is(c, k, W_FTA) || s_is(c, k, W_AGREEMENT) || s_is(c, k, W_PACT) || s_is(c, k, W_DEAL);
}

/* Does ", which" at k follow a pact, whose taking effect is its own and
 * not the measure's: "will eliminate tariffs over 15 years under NAFTA,
 * which took effect on Jan. 1, 1994"? */
static bool s_pact_before_which(const ctx_t *c, int k)
{
    int n = s_is(c, k - 1, W_COMMA) ? k - 2 : k - 1;
    return s_pact(c, n) || (c->tp[n] >= 0 && c->parties[c->tp[n]].kind == 'B');
}

/* Tense and dates in event e's clause against the article's date: past
 * verbs and years, a measure "effective" on a date already come or still to
 * come, "took effect", a weekday other than the article's ("take effect on
 * Sunday"). */
static void s_tense_cues(const ctx_t *c, const event_t *e, status_t *st)
{
    int L = e->left, R = e->right, g1 = e->g1;
    int other_weekday = -1; /* a weekday not the article's */
    /* the measure's own change noun is no past verb: "the cut will" */
    int noun_end = tf_change_noun_after(c, e) ? g1 + 1 : g1;
    /* the tense and dates of a relative clause between commas after the
     * measure are its imposition's, not those of the change the clause
     * around it reports: "The tariffs, which took effect in 1983, would be
     * lowered next year" */
    bool change = e->action == SIFT_LOWER || e->action == SIFT_REMOVE || e->action == SIFT_EXEMPT;
    int rel = change ? s_relative_after(c, g1, R) : -1;
    for (int k = L; k < R; k++) {
        if (k == g1 + 1 && rel > 0)
            k = rel + 1;
        /* "effective tomorrow", "from tomorrow": the day after the article's */
        static const char *const tomorrow[] = { "tomorrow$", NULL };
        if (c->w[k] == W_NONE && (s_has(c, k - 1, F(EFFECTIVE)) || s_is(c, k - 1, W_FROM)) &&
            tf_word_starts(c, k, tomorrow))
            st->future_date = true;
        /* each test below needs a past verb, a date, "today", "last", "in"
         * or a number at k: most tokens of a clause are none of them */
        if (!(c->f[k] & (F(PAST) | F(MONTH) | F(WEEKDAY) | F(TODAY))) && c->w[k] != W_LAST &&
            c->w[k] != W_NEXT && c->w[k] != W_IN && isnan(c->num[k]))
            continue;
        /* the measure's own predicate dated "next month", "next week": "the
         * tariffs will expire next month", "take effect next week" (not
         * "ahead of next month's meeting", nor a verb coordinated after it:
         * "cut tariffs last month and will cut more next year"; a month's
         * name after "next" is a date: below) */
        if (s_is(c, k, W_NEXT) && k > e->g1 && (s_is(c, k + 1, W_MONTH) || s_is(c, k + 1, W_WEEK) ||
                                                s_is(c, k + 1, W_YEAR)) &&
            !s_is(c, k + 2, W_APOS_S) && !s_is(c, k + 2, W_RSQUO_S) &&
            !s_any_between(c, e->g1, k, W_AND, F(M_WEAK))) /* ("could take effect next month": considered) */
            st->future_date = true;
        if (s_has(c, k, F(PAST)) && !(k >= e->g0 && k <= noun_end))
            st->past = true;
        if (s_is(c, k, W_LAST) && (s_is(c, k + 1, W_YEAR) || s_is(c, k + 1, W_MONTH) ||
                                   s_is(c, k + 1, W_WEEK) || s_has(c, k + 1, F(MONTH) | F(WEEKDAY))))
            st->past = true;
        long days;
        bool wd;
        if (s_date_at(c, k, R, &days, &wd) && c->pub_days >= 0) {
            /* (a start passed within the last three months is a date of
             * effect too: "will exempt 28 drugs from import tariffs from May
             * 1", in July; not "beginning Jan. 1" in September, a yearless
             * date that is next year's) */
            static const char *const starting[] = { "starting$", "beginning$", NULL };
            bool eff = s_has(c, k - 1, F(EFFECTIVE)) ||
                       (s_is(c, k - 1, W_FROM) && s_has(c, k - 2, F(EFFECTIVE))) ||
                       ((s_is(c, k - 1, W_FROM) || tf_word_starts(c, k - 1, starting)) && !wd &&
                        days < c->pub_days && days >= c->pub_days - 92);
            if (wd) {
                /* in force today: "effective Friday" on a Friday, and a levy
                 * planned "on Friday" in Friday's paper (§6) */
                bool levied_today = false; /* (the date the levy's own, no one's saying or weighing it) */
                for (int j = k - 2; j >= L && j >= k - 12 && s_is(c, k - 1, W_ON) && !levied_today; j--) {
                    if (s_has(c, j, F(ATTRIB) | F(M_THREAT) | F(M_WEAK) | F(M_CONSIDER) | F(M_COND)) ||
                        s_is(c, j, W_COMMA))
                        break;
                    levied_today = s_has(c, j, F(A_IMPOSE) | F(A_RAISE)) &&
                                   !s_has(c, j, F(TNOUN) | F(WNOUN)) && !s_has(c, j - 1, F(M_WEAK));
                }
                if ((eff || levied_today) && days == c->pub_wday)
                    st->effective_past = true;
                if (days != c->pub_wday && other_weekday < 0)
                    other_weekday = k;
            } else if (eff && days <= c->pub_days) {
                st->effective_past = true;
            } else if (s_is(c, k - 1, W_UNTIL)) {
                /* when it ends says nothing of whether it began: "granted
                 * exemptions until May 1", "announced the lifting until
                 * December 1989 of import taxes" */
            } else if (days > c->pub_days && !s_is(c, k - 1, W_SINCE)) {
                st->future_date = true;
            } else if (days >= c->pub_days - 45) {
                st->recent_date = true;
            }
        }
        if (s_has(c, k, F(TODAY)) && s_has(c, k - 1, F(EFFECTIVE)))
            st->effective_past = true;
        /* "effective in 15 days", "to take effect in two weeks" */
        if ((s_has(c, k - 1, F(EFFECTIVE)) || s_is(c, k - 1, W_EFFECT)) && s_is(c, k, W_IN) &&
            (!isnan(c->num[k + 1]) || s_is(c, k + 1, W_A)) &&
            (s_is(c, k + 2, W_DAYS) || s_is(c, k + 2, W_WEEKS) || s_is(c, k + 2, W_MONTHS) ||
             s_is(c, k + 2, W_WEEK) || s_is(c, k + 2, W_MONTH)))
            st->future_date = true;
        /* a year not the article's: the clause dates its measure itself
         * ("imposed the tariff in April 1983") */
        size_t len;
        s_text(c, k, &len);
        if (len == 4 && !isnan(c->num[k]) && c->num[k] >= 1900 && c->num[k] <= 2100 && c->doc->pub_year > 0 &&
            c->num[k] != c->doc->pub_year)
            st->other_year = true;
        if (!isnan(c->num[k]) && c->num[k] >= 1900 && c->num[k] <= 2100 && c->doc->pub_year > 0 &&
            (s_is(c, k - 1, W_IN) || s_is(c, k - 1, W_BY) || s_is(c, k - 1, W_UNTIL) ||
             s_is(c, k - 1, W_TO)) && !s_has(c, k - 2, F(MONTH))) {
            if (c->num[k] > c->doc->pub_year && !s_is(c, k - 1, W_UNTIL))
                st->future_date = true;
            else if (c->num[k] < c->doc->pub_year)
                st->past = true;
        }
    }

    /* "the new tariffs came into effect", "took effect on July 6", "kicked
     * in": in force (not "will take effect", nor "if the duties took
     * effect") */
    /* (further on only after "which": taking effect is a measure's, whatever
     * noun stands before it: "will slap 25 percent on U.S. products, which
     * took effect on Monday") */
    /* (or past the measure's own phrase, with no verb before it: "The
     * tariffs of 25 percent on steel and 10 percent on aluminum took
     * effect on March 23") */
    bool own_phrase = true;
    for (int k = rel > 0 ? rel + 1 : g1 + 1; k + 1 < R && !st->effective_past && !st->cond; k++) {
        if (own_phrase && k - 1 > g1)
            own_phrase = !s_has(c, k - 1, A_MASK | F(AUX) | F(BEFORM) | F(M_MODAL) | F(ATTRIB) | F(STATUSV)) &&
                         !s_is(c, k - 1, W_COMMA) && tf_boundary(c, k - 1) < 2;
        if ((k <= g1 + 6 || own_phrase || (s_is(c, k - 1, W_WHICH) && !s_pact_before_which(c, k - 1))) &&
            (s_is(c, k, W_TOOK) || s_is(c, k, W_CAME) || s_is(c, k, W_WENT) ||
             (s_has(c, k, F(STATUSV)) && s_has(c, k, F(PAST)))) &&
            (s_is(c, k + 1, W_EFFECT) || s_is(c, k + 1, W_INTO) || s_is(c, k + 1, W_IN)))
            st->effective_past = st->past = true;
    }

    /* a measure decided in a passive after it ("The cuts, the fourth round
     * this year, were approved by the cabinet today") is a decision, which
     * the article may date later (article.c) */
    for (int k = e->g1 + 1; k + 1 < R && k <= e->g1 + 8 && tf_boundary(c, k) < 2; k++)
        if (s_has(c, k, F(BEFORM)) && s_has(c, k + 1 + tf_adverb(c, k + 1), F(DECIDE)) &&
            s_has(c, k + 1 + tf_adverb(c, k + 1), F(PAST))) {
            st->decided_after = true;
            break;
        }

    /* what a party "already" levies is in force, whatever governs the
     * measure: "enforcing the antidumping duties the United States already
     * levies", "tariffs already in place" */
    for (int k = e->g0 + 1; k + 1 < R && k <= g1 + 6 && !st->effective_past && !st->cond && tf_boundary(c, k) < 2; k++)
        if (s_is(c, k, W_ALREADY) && (s_has(c, k + 1, F(A_IMPOSE) | F(BEFORM) | F(AUX)) || s_is(c, k + 1, W_IN)))
            st->effective_past = st->past = true;

    if (!st->effective_past && !st->future_date && c->pub_days >= 0)
        s_pronoun_takes_effect(c, R, st);

    /* a levy in force at once: "effective immediately", "with immediate
     * effect", "would immediately impose" (unless conditioned: "would
     * immediately retaliate if ..."; nor a trade pact's cuts, immediate
     * once it enters into force) */
    static const char *const at_once[] = { "immediately$", NULL };
    static const char *const immediate[] = { "immediate$", NULL };
    /* (a cut only by the words of its effect, "effective immediately",
     * "takes effect immediately": a pact's "will be free from tariff
     * immediately" is once it enters into force) */
    bool levy = tf_levies(e), cut = e->action == SIFT_LOWER || e->action == SIFT_REMOVE, pact = false;
    for (int k = L; k < R && (levy || cut) && !pact; k++)
        pact = s_pact(c, k) || s_is(c, k, W_CONCESSION) || s_is(c, k, W_CONCESSIONS);
    if (pact)
        levy = cut = false;
    for (int k = L; k < R && (levy || cut) && !st->effective_past && !st->future_date && !st->cond; k++)
        if (((s_has(c, k - 1, F(EFFECTIVE)) || s_is(c, k - 1, W_EFFECT) ||
              (levy && (s_has(c, k - 1, F(M_MODAL)) || s_has(c, k + 1, A_MASK) || k == R - 1))) &&
             tf_word_starts(c, k, at_once)) ||
            (s_is(c, k + 1, W_EFFECT) && tf_word_starts(c, k, immediate)))
            st->effective_past = true;

    /* "the tariffs take effect on Sunday", in Friday's paper: a weekday
     * other than the article's with a status verb in the present */
    /* (also after a past verb when "to" schedules it: "announced tariffs,
     * to take effect on Friday") */
    for (int k = g1 + 1; k + 1 < R && k < other_weekday && other_weekday >= 0; k++) {
        bool scheduled = s_is(c, k - 1, W_TO);
        if ((!st->past || scheduled) && s_has(c, k, F(STATUSV)) &&
            (scheduled || !s_has(c, k - 1, F(AUX) | F(M_MODAL) | F(DET))) && other_weekday <= k + 8 &&
            (s_is(c, k + 1, W_EFFECT) || s_is(c, k + 1, W_INTO) || s_is(c, k + 1, W_IN) ||
             s_is(c, k + 1, W_ON))) { /* "take effect", "come into force", "kick in" */
            st->future_date = true;
            break;
        }
    }
}

/* The "if" that opens the measure's own clause with a party as its
 * subject, -1 if none: "The EC said it would seek compensation | if the
 * United States raised duties": the main clause's demand, threat or plan
 * is not the levier's (the condition is: cond). */
static int s_own_condition(const ctx_t *c, int lo, int g0)
{
    for (int k = g0 - 2; k > lo; k--) {
        if (s_is(c, k, W_COMMA))
            return -1;
        if (s_is(c, k, W_IF))
            return c->tp[tf_after_det(c, k)] >= 0 ? k : -1;
    }
    return -1;
}

/* A counterfactual condition on the measure before trigger g0: "if
 * Washington were to slap tariffs", "Were Ottawa to impose duties". */
static bool s_counterfactual(const ctx_t *c, const sent_ctx_t *sc, int g0)
{
    static const char *const were[] = { "were$", "was$", NULL };
    int first = tf_first_word(c, sc->sb, g0);
    for (int k = g0 - 1; k >= sc->sb && k >= g0 - 10; k--) {
        if (!s_has(c, k, F(BEFORM)) || !tf_word_starts(c, k, were))
            continue; /* (the lexicon's flag first: no string compare per word) */
        if (k == first) /* inverted: "Were Ottawa to impose" */
            for (int j = k + 2; j < g0 && j <= k + 6; j++)
                if (s_is(c, j, W_TO))
                    return true;
        if (s_is(c, k + 1, W_TO))
            for (int j = k - 1; j >= sc->sb && j >= k - 6; j--)
                if (s_is(c, j, W_IF))
                    return true;
    }
    return false;
}

/* A party asked to act at k: "pushing Congress to", "pushed the EU to",
 * "pressing Seoul for". */
static bool s_party_to(const ctx_t *c, int k)
{
    if (s_has(c, k, F(DET)))
        k++;
    if ((size_t)k >= c->n || (c->tp[k] < 0 && !tf_pronoun(c, k)))
        return false;
    while ((size_t)k + 1 < c->n && c->tp[k + 1] >= 0 && c->tp[k + 1] == c->tp[k])
        k++;
    return s_is(c, k + 1, W_TO) || (c->tp[k] >= 0 && s_is(c, k + 1, W_FOR));
}

/* A rate given "with" after a measure of the sentence ("imposed duties on
 * $50 billion of goods, with a tariff rate of 25 percent", "a list of
 * products subject to tariffs, which covers exports worth $50 billion with
 * a suggested tariff rate of 25 percent") is that measure's, no measure of
 * its own: the events of the measure before take its rate and amount
 * where they have none. */
static bool s_spec_of_previous(ctx_t *c, const event_t *e, const sent_ctx_t *sc)
{
    if (e->rate.kind == SIFT_RATE_NONE || c->nev == 0 || !s_has(c, e->g1 + 1, F(HEADN)))
        return false;
    /* (over its modifiers: "with a suggested tariff rate") */
    int k = e->g0 - 1;
    while (k > sc->sb && k >= e->g0 - 4 && c->tp[k] < 0 && (s_tflags(c, k) & SIFT_TOKEN_LOWER) &&
           !s_has(c, k, A_MASK) && !s_is(c, k, W_WITH))
        k--;
    const event_t *last = &c->ev[c->nev - 1];
    if (!s_is(c, k, W_WITH) || last->left < sc->sb || last->right > k)
        return false;
    /* (a rate for goods of its own is a tranche: "with a rate of 25
     * percent on cars") */
    for (int j = e->g1 + 1; j < e->right; j++)
        if (s_is(c, j, W_ON) || s_is(c, j, W_FOR))
            return false;
    for (int i = c->nev - 1; i >= 0 && c->ev[i].left == last->left && c->ev[i].right == last->right; i--) {
        event_t *p = &c->ev[i];
        if (p->rate.kind == SIFT_RATE_NONE)
            p->rate = e->rate;
        if (!p->has_amount && e->has_amount) {
            p->has_amount = true;
            p->amount = e->amount;
            p->currency = e->currency;
        }
    }
    return true;
}

/* Does a clause of time or cause open in the tokens [a, k)? */
static bool s_opens_after(const ctx_t *c, int a, int k)
{
    for (int j = a; j < k; j++)
        if (s_is(c, j, W_AFTER) || s_is(c, j, W_WHEN) || s_is(c, j, W_BECAUSE) || s_is(c, j, W_SINCE) ||
            s_has(c, j, F(M_COND)))
            return true;
    return false;
}

/* Does the "and" at k open a clause with its own subject acting on the
 * measure at g0 ("the government backed the move, and in September the
 * US levied a new duty"), so that what comes before is another clause's? */
static bool s_and_clause(const ctx_t *c, int k, int g0)
{
    if (!s_is(c, k, W_AND))
        return false;
    for (int j = k + 1; j < g0; j++) {
        int pi = c->tp[j];
        if (pi < 0)
            continue;
        int v = c->parties[pi].b;
        while (v < g0 && (s_has(c, v, F(AUX)) || tf_adverb(c, v)))
            v++;
        return v < g0 && s_has(c, v, A_MASK) && !s_has(c, v, F(TNOUN) | F(WNOUN)) && !s_is(c, v - 1, W_TO);
    }
    return false;
}

/* Words of talks about a measure. */
static const char *const s_talks[] = { "talk", "negotiat", "discuss", "consultation", NULL };
/* (as nouns after it: not "the tariffs negotiated in the pact") */
static const char *const s_talks_noun[] = { "talks$", "negotiations$", "discussions$", "consultations$", NULL };

/* The status cues of the clause of event e: negation, demands, threats,
 * plans, modals, conditions, dates against the article's. False when the
 * clause is no event (a directionless verb before the measure). */
static bool s_status_cues(ctx_t *c, event_t *e, const sent_ctx_t *sc, int lo, int hi, bool *action_found,
                          status_t *st)
{
    int L = e->left, R = e->right, g0 = e->g0, g1 = e->g1;
    bool action_word = *action_found;
    /* negation and directionless verbs close before the tariff */
    bool negated = false, demand = false, demand_post = false, demand_passive = false,
         not_ruled_out = false;
    int demand_at = -1, ruled_out = -1;
    for (int k = g0 - 1; k >= lo && k >= g0 - 14; k--) {
        /* nor inside a condition that opens the sentence: "If no agreement
         * is reached within 90 days, | the tariffs will be raised" */
        if (s_is(c, k, W_COMMA) && s_has(c, sc->sb, F(M_COND) | F(M_UNLESS)))
            break;
        /* a negation outside the clause: "it is not clear why the US ...",
         * "did not want to end the pact and would drop the tariffs" */
        /* not weighing a measure is no measure: "Japan was not considering
         * retaliatory duties" (not "is not likely to impose": still open) */
        static const char *const weigh[] = { "consider", "weigh", "mull", "contemplat", "study", "studie", NULL };
        if (s_has(c, k, F(M_CONSIDER)) && tf_word_starts(c, k, weigh) &&
            (s_has(c, k - 1, F(NEG)) || (s_has(c, k - 1, F(AUX) | F(BEFORM)) && s_has(c, k - 2, F(NEG))))) {
            negated = true;
            break;
        }
        /* nor across "against": "would not retaliate against the U.S. tariffs" */
        if (s_is(c, k, W_AGAINST) || s_is(c, k, W_THAT) || s_is(c, k, W_WHY) || s_is(c, k, W_HOW) ||
            s_is(c, k, W_WHETHER) ||
            s_is(c, k, W_IF) || s_is(c, k, W_WHEN) || s_has(c, k, F(M_CONSIDER) | F(ATTRIB)) ||
            (s_is(c, k, W_AND) && s_has(c, k + 1, F(M_MODAL) | F(M_WEAK) | F(M_MUST) | F(M_THREAT) |
                                                   F(M_PROPOSE) | F(M_DEMAND) | A_MASK)))
            break; /* (a verb coordinated: "would never eat them again and vowed to impose") */
        /* nor over the means ("is not solving anything by imposing
         * tariffs") or into an opening clause before the subject
         * ("Showing no respect for the rules, the US levied tariffs") */
        if ((s_is(c, k, W_BY) && (tf_ing(c, k + 1) || tf_ing(c, k + 2))) ||
            (s_is(c, k, W_COMMA) && (c->tp[k + 1] >= 0 || tf_pronoun(c, k + 1) ||
                                     (s_is(c, k + 1, W_THE) && c->tp[k + 2] >= 0))))
            break; /* (or a pronoun: "if China did not stop ..., he would slap") */
        /* nor over a participle clause of result: "The EU refused to lift
         * its ban, | prompting Washington to impose tariffs" */
        if (s_is(c, k, W_COMMA) && tf_ing(c, k + 1) && !s_has(c, k + 1, A_MASK))
            break;
        /* "ruled out a cut in tariffs" negates it, "would not rule out a
         * tariff" keeps it open (considered); so does what is done in place
         * of another ("instead of reducing tariffs", "rather than impose
         * duties"), but not rejecting another party's measure */
        if (s_is(c, k, W_OUT) && (s_is(c, k - 1, W_RULE) || s_is(c, k - 1, W_RULED) ||
                                  s_is(c, k - 1, W_RULES) || s_is(c, k - 1, W_RULING))) {
            ruled_out = k - 1;
            negated = true;
        } else if (s_has(c, k, F(NEG)) && ruled_out >= 0 && k >= ruled_out - 3) {
            negated = false;
            not_ruled_out = true;
            ruled_out = -1;
        } else if (tf_levies_none(c, k)) {
            /* "will impose no tariff on 96.5 percent of products": no duty,
             * a removal (args.c), not a negated measure */
        } else if (s_has(c, k, F(NEG)) && s_hesitates(c, k + 1 + tf_adverb(c, k + 1))) {
            /* "would not hesitate to impose duties": two negations, a
             * statement of intent */
        } else if ((s_has(c, k, F(NEG)) && !s_rejects_measure(c, k, g0)) ||
                   (s_is(c, k, W_INSTEAD) && s_is(c, k + 1, W_OF)) ||
                   (s_is(c, k, W_RATHER) && s_is(c, k + 1, W_THAN)))
            negated = true;
    }
    bool own_action = false, idea_weighed = false;
    for (int k = g0; k <= g1 + 1 && k < R; k++)
        own_action |= s_has(c, k, A_MASK | F(CHANGE)) && !s_has(c, k, F(TNOUN) | F(WNOUN));
    for (int k = g0 - 1; k >= lo && k >= g0 - 3 && !own_action; k--) {
        if (s_has(c, k, A_MASK))
            break;
        /* (an idea weighed with its own goods or target is a measure
         * considered: "opposed the idea of a fee on oil imports", not
         * "backed the idea of retaliatory tariffs") */
        if (s_is(c, k, W_IDEA) && (s_is(c, g1 + 1, W_ON) || s_is(c, g1 + 1, W_AGAINST)))
            idea_weighed = true;
        else if (s_has(c, k, F(NODIR)) && !(s_is(c, k, W_SUBJECT) && s_is(c, k + 1, W_TO)))
            return false; /* but "subject to tariffs" imposes them */

    }

    /* modality cues before the trigger (a noun complement "probe of" or
     * "against" ends their scope), in the group, and modals after it */
    bool threat = false, consider = false, weak = false, propose = false, cond = false,
         modal = false, past = false, effective_past = false, future_date = false,
         announced = false, recent_date = false, hedged = false, would_effect = false;
    consider = idea_weighed; /* (the one cue read before the others) */
    int scope = lo;
    int ultimatum = tf_or_face(c, lo, g0);
    threat |= ultimatum >= 0;
    action_word |= ultimatum >= 0;
    int avoided = s_verb_of_measure(c, lo, g0, s_avoids);
    int own_if = s_own_condition(c, lo, g0);
    cond |= own_if >= 0;
    for (int k = g0 - 1; k >= lo; k--) {
        /* and so does a subordinate clause: "prospects improved | after
         * Seoul cut tariffs", "prices will rise | as the US widens" */
        if ((s_is(c, k, W_AGAINST) && !s_against_party(c, k, g0)) || s_retaliate_against(c, k) ||
            s_opposes(c, k) || s_deals_with(c, k) || tf_cause_opens(c, k) || k == avoided || k == own_if ||
            s_and_clause(c, k, g0) ||
            /* (a clause on a party's own measure: "urging ... to end its
             * dispute with China, | whose 25 percent tariff ...") */
            s_is(c, k, W_WHOSE) ||
            /* (not a role or an example: "named China as a manipulator",
             * "such measures as the surcharge") */
            (s_is(c, k, W_AS) && !s_is(c, k - 1, W_SUCH) && !s_is(c, k - 2, W_SUCH) &&
             !s_is(c, k - 1, W_WELL) && (c->tp[k + 1] >= 0 || s_is(c, k + 1, W_THE)))) {
            scope = k + 1;
            break;
        }
        if (s_is(c, k, W_OF) && k > lo && !s_has(c, k - 1, A_MASK | F(M_THREAT) | F(M_PROPOSE) |
                                                     F(M_CONSIDER) | F(M_DEMAND) | F(CHANGE) | F(DET)) &&
            !s_is(c, k - 1, W_PROCESS) && !s_is(c, k - 1, W_ROUND) && !s_is(c, k - 1, W_IDEA) &&
            !s_is(c, k - 1, W_LIST) && !s_is(c, k - 1, W_LISTS) &&
            !tf_amount_word(c, k - 1) && !tf_quantity_word(c, k - 1) && !s_has(c, k - 1, F(PCT) | F(HEADN))) {
            /* (not "25 percent of tariff", "the highest rate of tariffs") */
            scope = k + 1;
            break;
        }
    }
    for (int k = g0 - 1; k >= scope; k--)
        if (s_has(c, k, F(ATTRIB))) {
            scope = k + 1; /* "X, which seeks ..., said the governments would" */
            break;
        }
    /* "warned that" with no party as its subject reports what may come, no
     * party's threat: "Economists warned that if Washington imposes tariffs,
     * prices will rise" (but "China warned that it would impose") */
    /* nor does a party's warning about another party's measure: "West
     * German officials warned that any U.S. import surcharge would violate
     * GATT rules" */
    for (int k = g0 - 2; k >= scope; k--) {
        /* (over a time after the verb: "warned on Monday that") */
        int that = k + 1;
        if (s_has(c, k, F(M_THREAT)) && (s_is(c, that, W_ON) || s_is(c, that, W_LAST)))
            while (that < g0 - 1 && that <= k + 4 && !s_is(c, that, W_THAT) && !s_is(c, that, W_COMMA) &&
                   c->tp[that] < 0)
                that++;
        if (s_has(c, k, F(M_THREAT)) && s_is(c, that, W_THAT)) {
            int warner = -1; /* (a party with a code over one without: "West German officials") */
            for (int j = k - 1; j >= sc->sb && j >= k - 8 && (warner < 0 || (warner != INT_MAX &&
                                                                           !c->parties[warner].code[0]));
                 j--)
                if (c->tp[j] >= 0 && (warner < 0 || c->parties[c->tp[j]].code[0]))
                    warner = c->tp[j];
                else if (warner < 0 && tf_pronoun(c, j))
                    warner = INT_MAX;
            int owner = warner >= 0 && warner != INT_MAX && c->parties[warner].code[0] ? s_attached(c, sc, that + 1, g0)
                                                                                       : -1;
            bool other = owner >= 0 && c->parties[owner].code[0] &&
                         strcmp(c->parties[owner].code, c->parties[warner].code) != 0;
            if (warner < 0 || other)
                scope = that + 1;
            break;
        }
    }
    e->scope = scope;
    /* a verb phrase coordinated with a modal of its own takes that modal,
     * not the first phrase's: "would file a complaint and | could slap
     * duties" (a threat or a plan before it still holds: "has threatened
     * retaliation and would impose") */
    int own_modal = -1;
    for (int k = g0 - 1; k > scope && own_modal < 0; k--)
        if ((s_is(c, k, W_AND) || s_is(c, k, W_BUT)) && s_has(c, k + 1, F(M_MODAL) | F(M_WEAK)))
            own_modal = k;
    for (int k = scope; k <= g1 + 1 && k < R; k++) {
        uint64_t f = c->f[k];
        if (k == g1 + 1 && !(f & F(M_THREAT)))
            break; /* "tariff threats" */
        /* (a writer's reading of the actor's stance is an expectation, not
         * the actor's warning: "she appears ready to use tariffs") */
        if ((f & F(M_THREAT)) && k > scope && s_has(c, k - 1, F(M_CONSIDER)))
            consider = true;
        else if (((f & F(M_THREAT)) && !s_endangers_security(c, k)) || s_reserves_right(c, k))
            threat = true;
        /* "should Washington go ahead with tariffs": an inverted condition */
        if (s_is(c, k, W_SHOULD) && k + 2 < R &&
            (c->tp[k + 1] >= 0 || tf_pronoun(c, k + 1) || (s_has(c, k + 1, F(DET)) && c->tp[k + 2] >= 0))) {
            cond = true;
            continue;
        }
        /* "wants to put tariffs": the subject's own intent (guidelines §6:
         * proposed), not a demand on another party ("wants Japan to cut") */
        bool passive = s_has(c, k - 1, F(BEFORM)) && !tf_ing(c, k);
        /* (but seeking to secure an exemption asks for it: "Seoul will seek
         * to secure an exemption from the U.S. auto tariffs") */
        if ((f & F(INTENT)) && k + 2 < R && s_is(c, k + 1, W_TO) && !passive &&
            c->tp[k + 2] < 0 && !tf_pronoun(c, k + 2) && !s_has(c, k + 2, F(DET)) &&
            !(e->action == SIFT_EXEMPT && (f & F(M_DEMAND)))) {
            propose = true;
        } else if (s_fights_for(c, k) ||
                   ((f & (F(M_DEMAND) | F(M_MUST))) && !s_is(c, k - 1, W_MOST) && !s_questioned(c, k, g0) &&
                    !s_market_demand(c, k) && !s_must_react(c, k, g0) &&
                    !((f & F(CALLV)) && !s_is(c, k + 1, W_FOR) && !s_is(c, k + 1, W_ON) &&
                      !s_is(c, k + 1, W_TO) && !s_is(c, k + 1, W_UPON) && !s_party_to(c, k + 1)))) {
            /* (not "called the tariffs illegal", "pushed tariffs higher":
             * only a call for, on or to, or pushing a party to; nor "most
             * favoured nation tariffs") */
            demand = true;
            demand_at = k;
            /* "Japan was urged to cut": the subject is the one asked */
            demand_passive = passive && s_is(c, k + 1, W_TO);
        }
        /* talks about a change weigh it: "talks on tariff cuts", "held
         * negotiations on eliminating tariffs", "discussed tariff cuts" */
        if (k < g0 && g0 - k <= 4 && tf_word_starts(c, k, s_talks)) {
            /* (not of a measure done or planned in between: "over the course
             * of negotiations by introducing new tariffs", "to discuss
             * proposed tariffs") */
            bool own = false;
            for (int j = k + 1; j < g0 && !own; j++) /* (nor a list: "negotiations, tariff cuts") */
                own = s_has(c, j, A_MASK | F(M_PROPOSE) | F(M_THREAT)) || tf_boundary(c, j);
            consider |= !own;
        }
        /* (not "the highest possible tariffs"; nor "unlikely to delay the
         * tariffs", an expectation about a delay, not about the measure) */
        static const char *const delays[] = { "delay", "postpon", NULL };
        if ((f & F(M_CONSIDER)) && !(s_is(c, k, W_POSSIBLE) && s_superlative(c, k - 1)) &&
            !(s_is(c, k + 1, W_TO) && tf_word_starts(c, k + 2, delays)) && !s_expects_effect(c, k, g0, g1, R))
            consider = true;

        /* what a report says will be is an expectation (§6: "reports ...
         * say so"): "denied a newspaper report that Japan would halve its
         * tariff" (not "the report analyzed", "released a report") */
        static const char *const report[] = { "report$", NULL };
        if (s_is(c, k + 1, W_THAT) && tf_word_starts(c, k, report))
            for (int j = k + 2; j < g0 && !consider; j++)
                consider = s_has(c, j, F(M_MODAL) | F(M_WEAK)); /* (of what is to come, not "had acted") */
        if ((f & F(M_WEAK)) && k > own_modal) weak = hedged = true;
        /* (deciding to keep a measure keeps it in force: "voted to uphold
         * the duties", "agreed to maintain its tariffs") */
        static const char *const keep[] = { "uphold", "upheld$", "keep$", "maintain$", "retain$", NULL };
        if ((f & F(M_PROPOSE)) && s_is(c, k + 1, W_TO) && tf_word_starts(c, k + 2, keep) &&
            e->action == SIFT_IMPOSE)
            f &= ~F(M_PROPOSE);
        if ((f & F(M_PROPOSE)) && !tf_due_cause(c, k)) {
            /* an announcement alone says nothing of a date to come (below) */
            if (s_is(c, k, W_ANNOUNCED) || s_is(c, k, W_ANNOUNCING))
                announced = true;
            else {
                propose = true;
                e->cues |= CUE_PLANNED; /* "announced plans for tariffs" */
            }
        }
        if (f & F(DECIDE)) e->cues |= CUE_DECIDED;
        /* "will continue to impose anti-dumping duties": a measure in force
         * (not "continue to cut": further cuts are still to come) */
        if ((s_is(c, k, W_CONTINUE) || s_is(c, k, W_CONTINUES) || s_is(c, k, W_CONTINUED) ||
             s_is(c, k, W_CONTINUING)) &&
            s_is(c, k + 1, W_TO) && s_has(c, k + 2, F(A_IMPOSE)) && !cond &&
            e->action == SIFT_IMPOSE)
            effective_past = true;
        if ((f & F(M_MODAL)) && k > own_modal) {
            /* "Beijing will keep its tariff on U.S. soybeans (in place)": in
             * force now, not a plan (the issue's "would continue to apply") */
            if (k < g0 && s_stays_in_force(c, k))
                effective_past = true;
            else
                modal = true;
        }
        if (f & F(M_COND)) cond = true;
        if (s_is(c, k, W_TO) && s_has(c, k - 1, F(AUX)) && !s_is(c, k - 1, W_TO))
            propose = true; /* "is to impose", "are to be applied" */
        /* an obligation is a plan, one that may come an expectation: "may
         * have to face additional tariffs" (§6, considered) */
        if (s_is(c, k, W_HAVE) && s_is(c, k + 1, W_TO)) {
            consider |= s_has(c, k - 1, F(M_WEAK));
            propose |= !s_has(c, k - 1, F(M_WEAK));
        }
        /* what a ruling opens the way for is still to come: "clearing the
         * way for antidumping duties", "paves the way for tariffs" */
        if (s_is(c, k, W_WAY) && s_is(c, k + 1, W_FOR))
            propose = true;
        /* and so is a procedure begun for it: "began the process of imposing
         * tariffs" (seeds: proposed), not "completed the process" */
        static const char *const begin[] = { "begin", "began", "begun", "start", "launch", "initiat", NULL };
        if (s_is(c, k, W_PROCESS) && (s_is(c, k + 1, W_OF) || s_is(c, k + 1, W_TO)) && k + 2 < g0 &&
            s_has(c, k + 2, A_MASK) && tf_word_starts(c, s_has(c, k - 1, F(DET)) ? k - 2 : k - 1, begin)) {
            propose = true;
            e->cues |= CUE_PLANNED;
        }
        /* announced intent: "is set to bring in", "the EU's move to impose",
         * "a bid to raise", "the announcement to impose" (not "decision to":
         * mostly a decision in force) */
        if (s_is(c, k, W_SET) && s_is(c, k + 1, W_TO) && s_has(c, k - 1, F(AUX))) {
            propose = true;
            e->cues |= CUE_PLANNED; /* (a schedule of its own: no timeline over it) */
        }
        if (s_is(c, k, W_MOVE) || s_is(c, k, W_BID) || s_is(c, k, W_DEAL) ||
            s_is(c, k, W_AGREEMENT) || s_is(c, k, W_PACT) || s_is(c, k, W_ACTION) ||
            s_is(c, k, W_ANNOUNCEMENT)) {
            /* over its agent: "the action by the United States to slap" */
            int t = k + 1;
            if (s_is(c, t, W_BY) && c->tp[tf_after_det(c, t)] >= 0)
                t = c->parties[c->tp[tf_after_det(c, t)]].b;
            if (s_is(c, t, W_TO) && !s_has(c, k - 1, F(AUX)))
                propose = true; /* "reached a deal to eliminate tariffs": not yet done */
        }
        /* "the decision to move forward with tariffs", "will move forward
         * with": a course set, not yet taken (not "moved forward with") */
        static const char *const onward[] = { "forward$", "ahead$", NULL };
        if (s_is(c, k, W_MOVE) && tf_word_starts(c, k + 1, onward) && s_is(c, k + 2, W_WITH))
            propose = true;
    }
    /* a gerund heading the sentence names the measure as a course of action
     * ("Lowering import tariffs is a practical measure", "Imposing new
     * tariffs would only hurt"), not as done */
    {
        int v = tf_first_word(c, sc->sb, g0);
        /* or heading the clause a reporting verb opens: "Economists said
         * raising tariffs would hurt" */
        for (int k = g0 - 1; k > v && k >= g0 - 5; k--)
            if (tf_ing(c, k) && s_has(c, k, A_MASK) &&
                (s_has(c, k - 1, F(ATTRIB)) || (s_is(c, k - 1, W_THAT) && s_has(c, k - 2, F(ATTRIB))))) {
                v = k;
                break;
            }
        if (v < g0 && v >= g0 - 4 && tf_ing(c, v) && s_has(c, v, A_MASK)) {
            for (int k = g1 + 1; k < R && k <= g1 + 10; k++) {
                if (s_is(c, k, W_COMMA) || s_has(c, k, A_MASK))
                    break;
                if (s_is(c, k, W_IS) || s_is(c, k, W_WOULD) || s_is(c, k, W_WILL)) {
                    propose = true;
                    break;
                }
            }
        }
    }
    /* a list of goods published, issued or unveiled: "released a list of 10
     * percent tariffs on $200 billion", "a tariff list was issued" */
    bool list = false, published = false;
    for (int k = L; k < R; k++) {
        list |= s_is(c, k, W_LIST) || s_is(c, k, W_LISTS);
        published |= s_has(c, k, F(PUBLISH));
    }
    if (list && (published || announced))
        propose = true;
    /* "will decide whether to impose tariffs": the clause starts after "whether" */
    if (s_is(c, L - 1, W_WHETHER))
        consider = true;
    /* so do talks named after it: "the fourth round of tariff reduction
     * negotiations", "tariff concession talks" */
    int talks_at = g1 + 1; /* (over a change named between them) */
    if (s_is(c, talks_at, W_CONCESSION) || s_is(c, talks_at, W_CONCESSIONS) ||
        s_has(c, talks_at, F(CHANGE) | A_MASK))
        talks_at++;
    if (talks_at < R && tf_word_starts(c, talks_at, s_talks_noun))
        consider = true;
    /* the plan or threat of a relative clause on the measure: "the tariffs
     * that the US plans to impose", "the duties Japan threatens to levy" */
    int rel = s_relative_party(c, g1, R, hi);
    int plan = rel >= 0 ? s_plan_after(c, rel, hi) : -1;
    propose |= s_has(c, plan, F(M_PROPOSE));
    threat |= s_has(c, plan, F(M_THREAT));
    /* (or threatens the measure itself: "the tariffs of 5 to 25 percent that
     * Beijing had threatened") */
    if (rel >= 0 && plan < 0) {
        int v = s_after_aux(c, c->parties[rel].b, hi);
        threat |= s_has(c, v, F(M_THREAT)) && !s_is(c, v + 1, W_TO);
    }
    /* a measure written with "a"/"an": a modal after it says the measure
     * is not in force, whatever its verb ("a 45 percent tariff would spark a
     * trade war"); "any tariffs" are hypothetical */
    bool indefinite = false, any = false;
    for (int k = g0 - 1; k >= L && k >= g0 - 7 && !indefinite; k--) {
        /* (over a rate per unit: "a five dlr a barrel tariff") */
        if (s_is(c, k, W_A) && s_has(c, k - 1, F(MONEYW)))
            continue;
        any = s_is(c, k, W_ANY);
        indefinite = s_is(c, k, W_A) || s_is(c, k, W_AN) || any;
        /* over modifiers: "a U.S. oil import fee would disrupt markets" */
        if (!(s_has(c, k, F(DET) | F(PCT) | F(RETAL) | F(IMPORTQ) | F(MONEYW) | F(UNIT) | F(PER)) ||
              !isnan(c->num[k]) ||
              indefinite || c->tp[k] >= 0 || tf_plain_word(c, k)))
            break;
    }
    /* ("retaliate against any new U.S. tariffs") */
    if (any || not_ruled_out)
        consider = true;
    int cond_at = -1, rel_after = s_relative_after(c, g1, hi);
    /* a measure inside a relative clause between commas has no modal past
     * the clause's comma */
    int own_end = s_aside_end(c, sc->sb, g0, hi);
    own_end = own_end > g1 ? own_end : hi;
    for (int k = g1 + 1; k < own_end; k++) {
        /* over a relative clause between commas right after the measure,
         * whose modal is its own: "The tariffs, which could rise to 25
         * percent, were imposed on U.S. corn" */
        if (k == g1 + 1 && rel_after > 0) {
            k = rel_after;
            continue;
        }
        /* and over a participle's condition between commas, which is its
         * predicate's: "a 45 percent tariff, if matched by retaliation,
         * could cost 4.8 million jobs", ", if enacted," (not "if talks
         * fail", a condition of the measure) */
        if (s_is(c, k, W_COMMA) && s_has(c, k + 1, F(M_COND)) && s_participle(c, k + 2)) {
            int j = k + 2;
            while (j < own_end && j <= k + 10 && !s_is(c, j, W_COMMA) && !tf_boundary(c, j))
                j++;
            if (j < own_end && j <= k + 10 && s_is(c, j, W_COMMA)) {
                k = j;
                continue;
            }
        }
        uint64_t f = c->f[k];
        if (f & F(RETAL) || s_is(c, k, W_BECAUSE))
            break;
        /* a clause of result with its own subject: "were placed on items
         * ... so there would be little effect" */
        if (s_is(c, k, W_SO) && (s_is(c, k + 1, W_THERE) || tf_pronoun(c, k + 1) || c->tp[k + 1] >= 0 ||
                                 s_is(c, k + 1, W_THE)))
            break;
        if ((f & (F(M_COND) | F(M_UNLESS))) && cond_at >= 0)
            break;
        if (s_is(c, k, W_TO) && !s_is(c, k + 1, W_BE) && !s_has(c, k - 1, F(AUX)) &&
            (s_tflags(c, k + 1) & SIFT_TOKEN_LOWER) && c->tp[k + 1] < 0 &&
            !s_has(c, k + 1, F(DET)) &&
            !s_is(c, k - 1, W_DUE) && !s_has(c, k + 1, A_MASK | F(STATUSV)) && !(f & F(M_COND)))
            break; /* "to determine if ..." (not "to take effect on June 28 unless ...") */
        /* "the new tariffs could take effect within a week", "an oil
         * import fee could cost consumers" */
        if ((f & F(M_WEAK)) && (indefinite || s_modal_of_measure(c, k)))
            weak = hedged = true;
        /* what a measure only talked of would do is an expectation, not a
         * plan (guidelines §6, considered): "a U.S. oil import fee would
         * disrupt world markets" (but "will hurt": a measure decided) */
        /* a measure that "will remain in place" is in force now */
        if ((f & F(M_MODAL)) && !cond && s_stays_in_force(c, k))
            effective_past = true;
        else if ((f & F(M_MODAL)) && indefinite && s_is(c, k, W_WOULD) && s_would_effect(c, k))
            weak = would_effect = true;
        else if ((f & F(M_MODAL)) && s_is(c, k, W_WOULD) && k <= g1 + 2 && s_would_effect(c, k))
            modal = true;
        else if ((f & F(M_MODAL) && (indefinite || s_modal_of_measure(c, k))) ||
                 (s_is(c, k, W_TO) && s_is(c, k + 1, W_BE)) || (s_is(c, k, W_DUE) && s_is(c, k + 1, W_TO) && !tf_due_cause(c, k)) ||
                 /* "are set to rise to 25 percent" */
                 (s_is(c, k, W_SET) && s_is(c, k + 1, W_TO) && s_has(c, k - 1, F(BEFORM)) &&
                  s_has(c, k + 2, A_MASK | F(FALL) | F(STATUSV) | F(EFFECTIVE))))
            modal = true;
        /* an expectation hedging the measure's own verb: "would likely be
         * imposed as scheduled", "are expected to take effect" (§6) */
        if ((f & F(M_CONSIDER)) && s_has(c, k - 1, F(M_MODAL) | F(AUX) | F(BEFORM))) {
            /* (the first verb after the measure: not "said the duties, which
             * were imposed in April, would likely go") */
            bool own_verb = true; /* (nor "the surge on the heels of the proposed tariffs is likely to") */
            for (int j = g0 - 1; j >= L && j >= g0 - 6 && own_verb; j--)
                own_verb = !s_is(c, j, W_OF) && !s_is(c, j, W_ON) && !s_is(c, j, W_IN) && !s_is(c, j, W_FOR) &&
                           !s_is(c, j, W_WITH) && !s_is(c, j, W_BY) && !s_is(c, j, W_FROM);
            for (int j = g1 + 1; j < k - 1 && own_verb; j++)
                own_verb = !s_has(c, j, F(M_MODAL) | F(AUX) | F(BEFORM) | A_MASK) && !s_is(c, j, W_COMMA);
            int v = k + 1 + s_is(c, k + 1, W_TO);
            if (own_verb && s_has(c, v, F(AUX) | F(STATUSV) | F(FALL) | A_MASK | F(EFFECTIVE) | F(CHANGE)))
                consider = true;
        }
        /* (a participle of the measure: not one of a clause opening after
         * it, "exempted Brazil from the tariffs after it agreed to quotas") */
        if ((f & F(M_PROPOSE)) && k <= g1 + 3 && !s_opens_after(c, g1 + 1, k)) {
            if (s_is(c, k, W_ANNOUNCED))
                announced = true; /* "the tariffs announced by Reagan" */
            else
                propose = true;
        }
        /* "tariffs ... which have been threatened by the administration"
         * (not an adjective before a verb of its own: "and is poised to take
         * counter measures" is its subject's, the measure's clause is over) */
        if ((f & F(M_THREAT)) && s_has(c, k - 1, F(BEFORM)) && !tf_ing(c, k) && !s_is(c, k + 1, W_TO))
            threat = true;
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
        /* "would continue to apply": a measure in force, whatever the modal
         * (not "will remain": often a condition of a future deal) */
        if (s_is(c, k, W_CONTINUE) && s_has(c, k - 1, F(M_MODAL)))
            effective_past = true;
    }
    /* a condition that opens the next clause of the sentence still
     * conditions this one: "could target them with tariffs | if Washington
     * goes ahead with its steel duties" */
    int cond_hi = hi;
    if (cond_at < 0 && R == hi && R < sc->se && s_has(c, R, F(M_COND) | F(M_UNLESS))) {
        cond_at = R;
        cond_hi = sc->se;
        if (s_has(c, R, F(M_UNLESS))) {
            threat = true;
            e->cues |= CUE_UNLESS;
        }
    }
    /* a "when" or "once" clause after a modal one is a condition still to
     * come: "the duty would be removed when the U.S. lifted its tariff",
     * "Canada will drop its countermeasures once the U.S. lifts its
     * tariffs" (not "the day when Hoover signed the act") */
    static const char *const once[] = { "once$", NULL };
    if (s_is(c, L - 1, W_WHEN) || tf_word_starts(c, L - 1, once))
        for (int k = L - 2; k >= sc->sb && !cond; k--)
            cond = s_has(c, k, F(M_MODAL));
    /* what would happen if a party were to levy: a measure that may
     * happen (§6 considered), no plan; an indicative condition ("if
     * Washington puts tariffs") keeps the other side's plan */
    if (s_counterfactual(c, sc, g0))
        consider = true;
    *action_found = action_word;
    *st = (status_t){ .threat = threat, .consider = consider, .weak = weak, .propose = propose,
                      .cond = cond, .modal = modal, .past = past, .effective_past = effective_past,
                      .future_date = future_date, .announced = announced, .recent_date = recent_date,
                      .hedged = hedged, .would_effect = would_effect,
                      .negated = negated, .demand = demand, .demand_post = demand_post,
                      .demand_passive = demand_passive, .demand_at = demand_at, .cond_at = cond_at,
                      .cond_hi = cond_hi, .ultimatum = ultimatum, .rel = rel, .avoided = avoided };
    s_tense_cues(c, e, st);
    return true;
}

/* The definite determiner of the measure at g0 ("the", "these", "those",
 * and "such" where such), at most three words before it and not before
 * lo; -1 if none. */
static int s_determiner(const ctx_t *c, int lo, int g0, bool such)
{
    for (int k = g0 - 1; k >= lo && k >= g0 - 3; k--)
        if (s_is(c, k, W_THE) || s_is(c, k, W_THESE) || s_is(c, k, W_THOSE) || (such && s_is(c, k, W_SUCH)))
            return k;
    return -1;
}

/* The latest earlier measure with an actor whose clause shares a modifier
 * of definite mention e ("the safeguard tariff": "provisional safeguard
 * measures"), or NULL. */
static const event_t *s_same_modifier(const ctx_t *c, const event_t *e)
{
    /* (words of order or degree name no measure: "the first tariff cut") */
    static const char *const any[] = { "first$", "second$", "third$", "final$", "initial$", "latest$", "last$",
                                       "next$", "same$", "other$", "additional$", "extra$", "higher$", "lower$",
                                       "current$", "existing$", "further$", "proposed$", "planned$", NULL };
    int d = s_determiner(c, e->left, e->g0, false);
    for (int m = d + 1; d >= 0 && m < e->g0; m++) {
        size_t n;
        s_text(c, m, &n);
        if (n < 4 || c->tp[m] >= 0 || !isnan(c->num[m]) || !c->h[m] || !(s_tflags(c, m) & SIFT_TOKEN_LOWER) ||
            tf_word_starts(c, m, any))
            continue;
        for (size_t k = c->nev; k-- > 0;) {
            const event_t *p = &c->ev[k];
            if (!p->actor.code[0])
                continue;
            for (int j = p->left; j < p->right; j++)
                if (c->h[j] == c->h[m])
                    return p;
        }
    }
    return NULL;
}

/* The actor of event e (and the party demanding it): attached, the agent,
 * a relative clause's subject, the clause's subject, the object of a
 * demand, the importer, coreference. False when the clause is talk about
 * tariffs as a policy tool (§1). *named: a party names the measure's actor
 * or target in the clause; *own_call: a leader's call for his own
 * government's measure (proposed). */
static bool s_actor(ctx_t *c, event_t *e, const sent_ctx_t *sc, const status_t *st, roles_t *ro, int lo,
                    int hi, bool action_word, bool *named, bool *own_call_p)
{
    int L = e->left, R = e->right, g0 = e->g0, g1 = e->g1;
    ref_t none = { .code = "" };
    e->actor = none;
    e->target = none;
    e->demander = none;
    *ro = (roles_t){ .passive_target = -1 };
    ro->attached = s_attached(c, sc, lo, g0);
    /* a possessor of a benefit enjoys it, it does not grant it: "Reagan
     * suspended Chile's duty-free trade privileges", "restored Thailand's
     * GSP benefits" (the one granting is the clause's subject) */
    if (ro->attached >= 0) {
        int pb = c->parties[ro->attached].b;
        bool benefit = false;
        /* (right after the possessive; not one granted "for" or "to"
         * others: "China's zero-tariff treatment for LDCs") */
        if ((s_is(c, pb, W_APOS_S) || s_is(c, pb, W_RSQUO_S)) && pb < g0 && !s_is(c, g1 + 1, W_FOR) &&
            !s_is(c, g1 + 1, W_TO) && !s_is(c, g1 + 2, W_FOR) && !s_is(c, g1 + 2, W_TO))
            for (int k = pb + 1; k <= g1 && k <= pb + 2 && !benefit; k++)
                benefit = s_has(c, k, F(DUTYFREE)) || s_is(c, k, W_PREFERENTIAL);
        if (benefit) {
            ro->passive_target = ro->attached;
            ro->attached = -1;
        }
    }
    ro->by = s_by_party(c, g1, hi);
    ro->rel = st->rel;
    ro->obj = s_verb_object(c, L, g0, &ro->obj_end);
    ro->subj = s_subject(c, sc, g0, g1, ro->attached, ro->obj, ro->obj_end,
                         e->action == SIFT_LOWER || e->action == SIFT_REMOVE, &ro->subj_any);
    bool subj_after_attrib = ro->subj >= 0;
    if (ro->subj < 0)
        ro->subj = ro->subj_any;
    /* a country's name right before the measure, under another party's
     * possessive, names whom it hits, as U.S. papers write: "Trump's China
     * tariffs", "Canada's U.S. tariffs" (after another party's verb it need
     * not: "Japan is attempting to forestall the U.S. tariffs") */
    if (ro->attached >= 0 && c->parties[ro->attached].kind == 'C' && c->parties[ro->attached].b == g0) {
        int k = c->parties[ro->attached].a - 1;
        ref_t a, b;
        if ((s_is(c, k, W_APOS_S) || s_is(c, k, W_RSQUO_S)) && k > sc->sb && c->tp[k - 1] >= 0 &&
            tf_resolve(c, c->tp[k - 1], sc->last_actor, &a) && tf_resolve(c, ro->attached, sc->last_actor, &b) &&
            !tf_ref_eq(&a, &b)) {
            ro->passive_target = ro->attached;
            ro->attached = c->tp[k - 1];
        }
    }
    /* who opposes a measure is not the one levying it: "the Commission
     * would fight the duties on Spanish olives", "Clinton opposes the
     * tariffs Trump has floated" */
    for (int k = g0 - 1; k >= L && k >= g0 - 4 && ro->subj >= 0; k--) {
        if (s_opposes(c, k)) {
            if (c->parties[ro->subj].a < k)
                ro->subj = ro->subj_any = -1;
            break;
        }
        if (!(s_has(c, k, F(DET) | F(RETAL) | F(IMPORTQ)) || c->tp[k] >= 0 || tf_plain_word(c, k) ||
              s_is(c, k, W_APOS_S) || s_is(c, k, W_RSQUO_S)))
            break;
    }
    /* the subject of a passive exemption or imposition is whom it concerns:
     * "Brazil and Korea were exempted from the tariffs", "China was hit with" */
    /* or whose goods face it: "Mexican tomatoes will face duties" (an
     * origin, so no subject above), "US soybeans could face tariffs" (a
     * country's name before goods the lexicon does not know) */
    for (int k = L; k < g0 && ro->by < 0 && ro->rel < 0 && ro->passive_target < 0; k++) {
        int pi = c->tp[k];
        if (pi < 0 || pi == ro->attached || c->parties[pi].a != k || !c->parties[pi].code[0] ||
            !strchr("CDM", c->parties[pi].kind) || !(tf_origin(c, pi, sc->se) || c->parties[pi].kind == 'C'))
            continue;
        int v = c->parties[pi].b;
        for (int n = 0; n < 3 && v < g0 && (tf_plain_word(c, v) || s_has(c, v, F(GOODS))); n++)
            v++;
        if (v > c->parties[pi].b && tf_faces(c, v, g0))
            ro->passive_target = pi;
    }
    /* and so is the one who faces it: "Canada and Mexico will face steel
     * tariffs", "Japan faces U.S. tariffs" */
    if (ro->subj >= 0 && ro->subj != ro->attached && ro->by < 0 && ro->rel < 0 && ro->passive_target < 0 &&
        tf_faces(c, c->parties[ro->subj].b, g0) && strchr("CDM", c->parties[ro->subj].kind) &&
        c->parties[ro->subj].code[0])
        ro->passive_target = ro->subj;
    /* (or avoids it, or benefits from a cut: "Mexico will deploy troops to
     * avoid tariffs", "Australia received a duty-free quota"; or loses a
     * benefit: "Mexico will lose duty-free status", args.c) */
    bool subj_free = ro->subj >= 0 && ro->subj != ro->attached && ro->by < 0 && ro->rel < 0 &&
                     ro->passive_target < 0 && strchr("CDM", c->parties[ro->subj].kind) &&
                     c->parties[ro->subj].code[0];
    bool cut = e->action == SIFT_LOWER || e->action == SIFT_REMOVE || e->action == SIFT_EXEMPT;
    int benefit = -1;
    if (subj_free && (cut || e->action == SIFT_IMPOSE)) {
        benefit = s_verb_of_measure(c, L, g0, s_benefits);
        cut |= e->action == SIFT_IMPOSE && benefit >= 0 && tf_word_starts(c, benefit, tf_lose) &&
               !s_is(c, benefit + 1, W_FROM); /* (not "the revenue Japan loses from the tariffs") */
    }
    if (subj_free &&
        (c->parties[ro->subj].a < st->avoided ||
         /* (a country, not its people: "Chinese consumers are enjoying
          * tariff-free Swiss products") */
         (cut && c->parties[ro->subj].kind != 'D' &&
          (c->parties[ro->subj].a < benefit ||
           c->parties[ro->subj].a < s_in_exchange_for(c, L, g0))))) {
        ro->passive_target = ro->subj;
        e->subj_undergoes = true; /* (its list is one event each: coord.c) */
    }
    /* (or is the pronoun an exemption takes in a relative clause on what it
     * got: "Argentina, Australia and Brazil reached agreements that will
     * exempt them from the tariffs"; not the verb's own subject's:
     * "Canada said Washington agreed to exempt it") */
    static const char *const them[] = { "them$", "it$", NULL };
    bool relative = false;
    for (int k = ro->subj >= 0 ? c->parties[ro->subj].b : g0; e->action == SIFT_EXEMPT && k + 2 < g0 &&
                                                           ro->by < 0 && ro->rel < 0 && ro->passive_target < 0;
         k++) {
        if (c->tp[k] >= 0)
            break;
        relative |= s_is(c, k, W_THAT) || s_is(c, k, W_WHICH);
        if (relative && s_has(c, k, F(A_EXEMPT)) && tf_word_starts(c, k + 1, them) && s_is(c, k + 2, W_FROM) &&
            strchr("CM", c->parties[ro->subj].kind) && c->parties[ro->subj].code[0]) {
            ro->passive_target = ro->subj;
            e->subj_undergoes = true;
        }
    }
    /* (or the origin of the imports an exemption's subject names: "Imports
     * from the United States and Mexico will be exempt") */
    for (int k = L + 1; k + 1 < g0 && ro->by < 0 && ro->passive_target < 0 && e->action == SIFT_EXEMPT; k++) {
        if (!s_is(c, k, W_FROM) || !(s_is(c, k - 1, W_IMPORTS) || s_has(c, k - 1, F(GOODS))))
            continue;
        int p = c->tp[tf_after_det(c, k)];
        if (p < 0 || !strchr("CDMB", c->parties[p].kind) || !c->parties[p].code[0])
            break;
        int v = c->parties[tf_list_last(c, p)].b;
        while (v < g0 && s_has(c, v, F(M_MODAL) | F(AUX) | F(BEFORM)))
            v++;
        if (v == g0 && v > c->parties[tf_list_last(c, p)].b) {
            ro->passive_target = p;
            e->subj_undergoes = true;
        }
        break;
    }
    /* (or, after "with", an exemption's participle: "with Canada and Mexico
     * exempted") */
    for (int k = L; k < g0 && ro->by < 0 && ro->passive_target < 0 && e->action == SIFT_EXEMPT; k++) {
        int p = c->tp[k];
        if (p < 0 || c->parties[p].a != k || !s_is(c, tf_before_det(c, k), W_WITH))
            continue;
        int last = tf_list_last(c, p), v = c->parties[last].b;
        if (v <= g0 && s_has(c, v, F(A_EXEMPT)) && s_has(c, v, F(PAST)) && strchr("CDM", c->parties[last].kind) &&
            c->parties[last].code[0]) {
            ro->passive_target = last;
            e->subj_undergoes = true;
            if (ro->subj == last || ro->subj == p)
                ro->subj = ro->subj_any = -1;
            if (ro->attached == last)
                ro->attached = -1; /* (no possessor: the participle's subject) */
        }
        break;
    }
    /* (also under a measure its levier names: "China was hit by U.S. tariffs";
     * not a relative clause's passive, which is its antecedent's: "Beijing
     * unveiled a list of U.S. goods that will be hit with tariffs"; but
     * "China, which was hit by U.S. tariffs," is the subject's own) */
    if (ro->subj >= 0 && ro->subj != ro->attached && ro->by < 0 && ro->rel < 0 && ro->passive_target < 0) {
        int b = c->parties[ro->subj].b;
        /* (and the exemption itself, a predicate: "Canada and Mexico will
         * remain exempt", "South Korea, which was exempted last month,") */
        bool predicate = s_has(c, g0, F(A_EXEMPT)) && !s_has(c, g0, F(TNOUN) | F(WNOUN));
        for (int k = b; k < g0 - !predicate && ro->passive_target < 0; k++) {
            /* (over an aside on the subject: "Norway and Iceland, which are
             * part of the EEA, will be exempt") */
            if (k == b && s_is(c, k, W_COMMA) && (s_is(c, k + 1, W_WHICH) || s_is(c, k + 1, W_WHO))) {
                int end = s_aside_end(c, sc->sb, k + 2, g0);
                if (end > k) {
                    k = end;
                    continue;
                }
            }
            if ((s_is(c, k, W_THAT) || s_is(c, k, W_WHICH)) && k > b + s_is(c, b, W_COMMA))
                break;
            if (!s_has(c, k, F(BEFORM)) && !(predicate && tf_word_starts(c, k, tf_remain)))
                continue;
            /* (over adverbs: "to be fully and permanently exempted") */
            int v = k + 1;
            while ((size_t)v + 1 < c->n && v < g0 && (tf_adverb(c, v) || (s_is(c, v, W_AND) && tf_adverb(c, v + 1))))
                v++;
            if (s_has(c, v, F(A_EXEMPT) | F(A_IMPOSE) | F(PREP_TGT)) && !tf_ing(c, v) &&
                strchr("CDM", c->parties[ro->subj].kind) && c->parties[ro->subj].code[0]) {
                ro->passive_target = ro->subj;
                e->subj_undergoes |= predicate; /* (its list is one event each) */
            }
            break;
        }
    }
    /* the one told to comply: "Washington told Tokyo to open its market or
     * face tariffs", "Japan must open its market or face U.S. tariffs" */
    for (int k = st->ultimatum - 1; st->ultimatum >= 0 && ro->passive_target < 0 && k >= sc->sb; k--) {
        int pi = c->tp[k];
        if (pi < 0 || pi == ro->attached || !strchr("CDM", c->parties[pi].kind) || !c->parties[pi].code[0])
            continue;
        k = c->parties[pi].a;
        int b = c->parties[pi].b;
        if (s_is(c, tf_before_det(c, k), W_WITH) || tf_origin(c, pi, sc->se))
            continue; /* ("countries with large surpluses with the U.S. to cut") */
        if (s_is(c, b, W_TO) || s_has(c, b, F(AUX) | F(M_MODAL) | F(M_MUST))) {
            ro->passive_target = pi;
            /* and whoever told it is the actor: "Washington told Tokyo to" */
            for (int j = k - 1; j >= sc->sb && ro->subj == pi; j--)
                if (c->tp[j] >= 0 && strchr("CLM", c->parties[c->tp[j]].kind) &&
                    c->parties[c->tp[j]].code[0] && !tf_origin(c, c->tp[j], sc->se)) {
                    ro->subj = ro->subj_any = c->tp[j];
                    break;
                }
        }
        break;
    }
    /* the party given or winning an exemption is whom it concerns: "Trump
     * granted Australia an exemption from the tariffs" (the giver acts),
     * "South Korea won a permanent exemption" (no actor named) */
    if (e->action == SIFT_EXEMPT && ro->passive_target < 0 && ro->by < 0 && ro->rel < 0 &&
        s_exemption_recipient(c, sc, ro, L, g0))
        e->subj_undergoes = true;
    if (ro->passive_target >= 0 && (ro->subj == ro->passive_target || ro->subj_any == ro->passive_target))
        ro->subj = ro->subj_any = -1; /* the subject undergoes it: no actor */
    int subj_in_span = ro->subj >= 0 && c->parties[ro->subj].a >= L;
    /* a relative clause's subject stands right after the measure, so a "by"
     * further on is some other verb's agent: "new tariffs China decided to
     * impose were a reaction to the emergency caused by the U.S." */
    int pick = ro->attached >= 0 ? ro->attached : ro->rel >= 0 ? ro->rel : ro->by >= 0 ? ro->by : -1;
    /* a generic actor heading the clause is talk about tariffs as a policy
     * tool (§1): "all WTO members are allowed to raise their tariffs", "if
     * other countries start raising tariffs", "GATT aims to lower tariffs" */
    bool generic_subject = false; /* "some countries may impose": no party to name */
    int clause0 = L; /* the clause the measure is in: "the GATT panel found that the U.S. tax ..." */
    for (int k = L; k < g0; k++)
        if (s_is(c, k, W_THAT))
            clause0 = k + 1;
    if (pick < 0 && !st->demand)
        for (int k = clause0; k < g0; k++) {
            /* an office no one holds, what it could do: "economists noted
             * that a president could raise tariffs for 150 days" (§1, talk
             * of powers) */
            if (c->tp[k] >= 0 && c->parties[c->tp[k]].kind == 'R' && c->parties[c->tp[k]].b - k == 1) {
                int d = k - 1;
                if (d > clause0 && (s_tflags(c, d) & SIFT_TOKEN_LOWER) && c->f[d] == 0)
                    d--; /* ("a future president") */
                static const char *const can[] = { "can$", NULL };
                int v = c->parties[c->tp[k]].b;
                /* (not of the measure told: "whether a president could
                 * impose such a tariff" restates the plan) */
                bool told = false;
                for (int j = v + 1; j < g0 && !told; j++)
                    told = s_is(c, j, W_SUCH) || s_is(c, j, W_THE) || s_is(c, j, W_THESE) || s_is(c, j, W_THOSE);
                if (d >= clause0 && (s_is(c, d, W_A) || s_is(c, d, W_AN) || s_is(c, d, W_ANY)) && !told &&
                    (s_has(c, v, F(M_MODAL) | F(M_WEAK)) || tf_word_starts(c, v, can)))
                    return false;
            }
            if (c->tp[k] >= 0 || s_has(c, k, F(ATTRIB)))
                break;
            /* not a definite set: "both countries", "fifteen countries",
             * "some countries are considering" are events */
            if (s_has(c, k, F(GENACTOR)) && !s_is(c, k + 1, W_OF) &&
                (s_is(c, k - 1, W_ALL) || s_is(c, k - 1, W_OTHER) || s_is(c, k - 2, W_ALL) ||
                 s_is(c, k, W_GATT)))
                return false;
            generic_subject |= s_has(c, k, F(GENACTOR)) && !s_is(c, k + 1, W_OF) &&
                               (s_is(c, k - 1, W_SOME) || s_is(c, k - 1, W_MANY) || s_is(c, k - 1, W_SEVERAL));
        }
    bool demander_found = false, own_call = false;
    if (pick >= 0) {
        e->actor_explicit = tf_resolve(c, pick, sc->last_actor, &e->actor);
        e->asrc = pick == ro->attached ? SRC_ATTACHED : pick == ro->by ? SRC_BY : SRC_RELATIVE;
        /* a leader's or agency's own call, by a possessive: "Trump's call
         * for tariffs on Chinese goods" is his government's plan (below) */
        const party_t *pp = &c->parties[pick];
        int at = st->demand_at;
        if (st->demand && at >= 0 && strchr("LM", pp->kind) && pp->b + 1 == at &&
            (s_is(c, pp->b, W_APOS_S) || s_is(c, pp->b, W_RSQUO_S)) && s_calls_for(c, at)) {
            own_call = true;
            e->demander = e->actor;
        }
        /* "the EU has asked for exemption from U.S. tariffs": the one asking */
        if (st->demand && !st->demand_passive && st->demand_at >= 0 && ro->subj >= 0 && ro->subj != pick &&
            c->parties[ro->subj].a < st->demand_at)
            tf_resolve(c, ro->subj, sc->last_actor, &e->demander);
    } else if (ro->subj >= 0) {
        /* a demand: the object of "called on X to", "asked X for" is the
         * actor; a subject before the demand is the demander */
        int pa = c->parties[ro->subj].a;
        int pron = -1;
        if (st->demand && st->demand_at >= 0 && (c->f[st->demand_at] & F(M_MUST)) && st->demand_at > 0) {
            int j = st->demand_at - 1;
            if (tf_pronoun(c, j) || c->tp[j] >= 0)
                pron = j;
        }
        if (st->demand && pron < 0 && !st->demand_passive &&
            ((st->demand_at >= 0 && pa < st->demand_at) || st->demand_post)) {
            demander_found = tf_resolve(c, ro->subj, sc->last_actor, &e->demander);
            /* a leader or an agency calling for a measure, no one asked:
             * its own government's plan (guidelines §6, "recommended by the
             * actor or its own agencies"): "Trump called for a 35 percent
             * tax on cars made in Mexico" */
            /* (and wanting or supporting it: "Trump wants a 35 percent tariff",
             * "Sanders supports tariffs on Chinese steel") */
            int at = st->demand_at;
            bool leader = demander_found && at >= 0 && strchr("LM", c->parties[ro->subj].kind);
            own_call = leader &&
                       (s_calls_for(c, at) ||
                        (((c->f[at] & F(INTENT)) || s_supports(c, at)) && at + 1 <= g0 &&
                         !s_is(c, at + 1, W_TO) && c->tp[at + 1] < 0 && !tf_pronoun(c, at + 1)) ||
                        /* "Trump said there should be tariffs on ..." */
                        ((c->f[at] & F(M_MUST)) && s_is(c, at - 1, W_THERE)));
            /* "Trump has repeatedly demanded tariffs of 45 percent": the
             * measure itself is what he asks, of no one named, with him the
             * verb's subject right before it (not "Reagan issued a list ...,
             * and businessmen ... asked for exclusions") */
            bool asks_itself = leader && (c->f[at] & F(M_DEMAND)) && g0 > at && g0 <= at + 3 &&
                               c->tp[at + 1] < 0 && !tf_pronoun(c, at + 1) && !s_is(c, at + 1, W_TO);
            for (int k = asks_itself ? c->parties[ro->subj].b : at; k < at && asks_itself; k++)
                asks_itself = s_has(c, k, F(AUX) | F(BEFORM) | F(M_MODAL)) || tf_adverb(c, k) || s_is(c, k, W_ALSO);
            own_call |= asks_itself;
            /* (no one seeks an exemption from its own measure: "Seoul would
             * seek an exemption from the tariffs" asks whoever levies them) */
            own_call &= e->action != SIFT_EXEMPT;
            /* (not "called for the EU to drop its tariffs": someone asked) */
            for (int k = st->demand_at + 2; own_call && k < st->demand_at + 6 && k + 1 < sc->se; k++)
                if ((c->tp[k] >= 0 || tf_pronoun(c, k)) && s_is(c, k + 1, W_TO))
                    own_call = false;
            /* "Korea said ... the U.S. wants it to cut": the pronoun asked
             * stands for the party named before the demander */
            if (demander_found && st->demand_at >= 0 && tf_pronoun(c, st->demand_at + 1))
                for (int k = pa - 1; k >= sc->sb; k--) {
                    int pi = c->tp[k];
                    ref_t r;
                    if (pi >= 0 && !tf_origin(c, pi, sc->se) && tf_resolve(c, pi, sc->last_actor, &r) &&
                        !tf_ref_eq(&r, &e->demander)) {
                        e->actor = r;
                        e->asrc = SRC_SUBJECT;
                        break;
                    }
                }
        } else {
            e->actor_explicit = tf_resolve(c, ro->subj, sc->last_actor, &e->actor);
            e->asrc = SRC_SUBJECT;
            e->by_speaker = !subj_after_attrib;
            /* "Japan urged the United States to exempt it": the one asked
             * acts, the subject of the demand asks for its own exemption
             * (a cut it asks for is often a cut for all: no target) */
            if (st->demand && !st->demand_passive && st->demand_at > sc->sb && pa > st->demand_at &&
                e->action == SIFT_EXEMPT)
                for (int k = st->demand_at - 1; k >= sc->sb && k >= st->demand_at - 6; k--) {
                    int pi = c->tp[k];
                    if (pi >= 0) {
                        ref_t r;
                        if (!tf_origin(c, pi, sc->se) && tf_resolve(c, pi, sc->last_actor, &r) &&
                            !tf_ref_eq(&r, &e->actor))
                            e->demander = r;
                        break;
                    }
                    if (s_is(c, k, W_COMMA) || s_has(c, k, F(ATTRIB)))
                        break;
                }
        }
    }
    if (!e->actor.code[0]) {
        /* the importing country: "U.S. soybean exports to Taiwan", "US
         * steel imports from China", "imported into the US", "imports from
         * China to Switzerland", "wines from Chile can now enter China",
         * "access to European markets" */
        /* (within the clause: not "goods exported from China to New
         * Zealand became tariff free, and tariffs on ...") */
        int d0 = g0 - WINDOW > L ? g0 - WINDOW : L;
        for (int k = d0; k + 1 < sc->se && k < g1 + WINDOW && !e->actor.code[0]; k++) {
            /* (in the trigger's clause: not "..., as it has restricted
             * exports to China") */
            if (k > g1 && (tf_boundary(c, k) == 2 ||
                           (s_is(c, k, W_COMMA) &&
                            (s_is(c, k + 1, W_AS) || s_is(c, k + 1, W_WHICH) || s_is(c, k + 1, W_WHO) ||
                             s_is(c, k + 1, W_BECAUSE) || s_is(c, k + 1, W_SINCE) ||
                             s_is(c, k + 1, W_WHEN) || s_is(c, k + 1, W_BUT) ||
                             s_has(c, k + 1, F(M_COND) | F(M_UNLESS) | F(ATTRIB))))))
                break;
            bool importer = c->tp[k] >= 0 && tf_importer(c, c->tp[k], sc->se);
            int o = k - 1; /* what goes to the party: goods, or goods from somewhere */
            if (o >= 0 && c->tp[o] >= 0) {
                int from = c->parties[c->tp[o]].a - 1; /* (over "the": "from the US") */
                if (from > 0 && s_has(c, from, F(DET)))
                    from--;
                if (s_is(c, from, W_FROM))
                    o = from - 1;
            }
            /* (goods shipped there: "goods exported from Switzerland to China") */
            static const char *const shipped[] = { "exported$", "shipped$", "sold$", NULL };
            /* (what is shipped there is goods, whatever word names them:
             * "soybeans exported to China", "27 items will be exported to
             * China") */
            bool ships = o > 0 && tf_word_starts(c, o, shipped);
            bool into = (s_is(c, k, W_TO) || s_is(c, k, W_INTO)) &&
                        (ships || s_has(c, o, F(GOODS) | F(ORIGIN) | F(IMPORTQ)));
            /* where goods are sold: "the tariff on Chinese goods sold in ASEAN countries" */
            static const char *const sold[] = { "sold$", "marketed$", NULL };
            into |= s_is(c, k, W_IN) && tf_word_starts(c, k - 1, sold) && s_has(c, k - 2, F(GOODS) | F(IMPORTQ));
            bool enter = s_is(c, k, W_ENTER) || s_is(c, k, W_ENTERS) || s_is(c, k, W_ENTERING);
            /* whose market the goods reach: "tariff-free access to European
             * markets", "duties in the EU market" */
            int j = importer ? k : tf_after_det(c, k);
            bool market = (s_is(c, k, W_TO) || s_is(c, k, W_IN) || s_is(c, k, W_INTO)) && j < sc->se &&
                          c->tp[j] >= 0 &&
                          (s_is(c, c->parties[c->tp[j]].b, W_MARKET) || s_is(c, c->parties[c->tp[j]].b, W_MARKETS) ||
                           /* or the tariffs "in" it: "Chinese steel faces tariffs in Canada" */
                           (k == g1 + 1 && s_is(c, k, W_IN) && c->parties[c->tp[j]].kind != 'D'));
            /* (one asked to act is the demander's business, but whose market
             * it is stays plain: "Britain needs tariff-free access to
             * European markets") */
            if ((!importer && !into && !enter && !market) || (demander_found && !market))
                continue;
            if (j < sc->se && c->tp[j] >= 0 && strchr(market ? "CMDB" : "CMB", c->parties[c->tp[j]].kind) &&
                c->parties[c->tp[j]].code[0])
                e->actor_explicit = tf_resolve(c, c->tp[j], sc->last_actor, &e->actor);
            if (e->actor.code[0])
                e->asrc = SRC_IMPORTER;
        }
    }
    if (!e->actor.code[0] && !demander_found &&
        (action_word || ro->passive_target >= 0 || s_becomes_of_measure(c, g1, sc->se)) && pick < 0 &&
        ro->subj < 0) {
        /* an agentless change announced by a government after it:
         * "Tariffs will be reduced on June 1, China's Ministry of Finance
         * announced", "... could be raised further, Trump warned", "Canada
         * will face tariffs from Friday, U.S. Commerce Secretary Ross said" */
        for (int k = g1 + 1; k + 1 < sc->se && k < g1 + 3 * WINDOW; k++) {
            if (!s_is(c, k, W_COMMA))
                continue;
            int j = tf_after_det(c, k);
            /* "..., according to the Customs Tariff Commission of the State
             * Council": the government body the news comes from */
            static const char *const according[] = { "according$", NULL };
            if (tf_word_starts(c, k + 1, according) && s_is(c, k + 2, W_TO)) {
                for (int q = k + 3; q < sc->se && q <= k + 10; q++)
                    if (c->tp[q] >= 0 && strchr("CML", c->parties[c->tp[q]].kind)) {
                        if (tf_resolve(c, c->tp[q], sc->last_actor, &e->actor))
                            e->asrc = SRC_ANNOUNCER;
                        break;
                    } else if (s_is(c, q, W_COMMA) || !(s_tflags(c, q) & (SIFT_TOKEN_CAP | SIFT_TOKEN_ALPHA)))
                        break;
                break;
            }
            int pi = j < sc->se ? c->tp[j] : -1;
            if (pi < 0 || c->tp[k - 1] >= 0 || c->parties[pi].kind == 'D')
                continue; /* not a list: "like France, the United States and Canada" */
            for (int v = c->parties[pi].b; v < sc->se && v <= c->parties[pi].b + 5; v++) {
                if (s_is(c, v, W_AND) || s_is(c, v, W_COMMA))
                    break;
                if (s_has(c, v, F(ATTRIB) | F(M_THREAT)) || s_is(c, v, W_ANNOUNCED)) {
                    if (tf_resolve(c, pi, sc->last_actor, &e->actor)) {
                        e->asrc = SRC_ANNOUNCER;
                        /* "..., Trump warned": the actor's own warning */
                        e->cues |= s_has(c, v, F(M_THREAT)) ? CUE_WARNED_AFTER : 0;
                    }
                    break;
                }
            }
            break;
        }
    }
    /* the one who says or warns that another will face the measure levies
     * it: "Trump warned that China would face more tariffs", "Japan said
     * the U.S. would face duties on its cars" */
    if (!e->actor.code[0] && !demander_found && ro->passive_target >= 0) {
        int v = c->parties[ro->passive_target].a - 1;
        v -= s_is(c, v, W_THE);
        v -= s_is(c, v, W_THAT);
        if (v > sc->sb && s_has(c, v, F(ATTRIB) | F(M_THREAT)))
            for (int k = v - 1; k >= sc->sb && k >= v - 6; k--) {
                ref_t r;
                int pi = c->tp[k];
                if (pi >= 0 && strchr("CML", c->parties[pi].kind) && tf_resolve(c, pi, sc->last_actor, &r) &&
                    strcmp(r.code, c->parties[ro->passive_target].code) != 0) {
                    e->actor = r;
                    e->asrc = SRC_ANNOUNCER;
                    break;
                }
            }
    }
    /* what a party's measures include is its own: "Canada's countermeasures
     * include a 10 percent surtax on U.S. ketchup" */
    static const char *const include[] = { "include$", "includes$", "included$", NULL };
    for (int k = g0 - 1; k > sc->sb + 2 && k >= g0 - 8 && !e->actor.code[0] && !demander_found; k--) {
        if (!tf_word_starts(c, k, include))
            continue;
        int pos = k - 1; /* over the possessed nouns: "Canada's retaliatory measures" */
        while (pos > sc->sb && pos >= k - 3 && tf_plain_word(c, pos))
            pos--;
        if (pos < k - 1 && (s_is(c, pos, W_APOS_S) || s_is(c, pos, W_RSQUO_S)) && c->tp[pos - 1] >= 0 &&
            tf_resolve(c, c->tp[pos - 1], sc->last_actor, &e->actor))
            e->asrc = SRC_SUBJECT;
        break;
    }
    /* a measure "under" a party's plan is that party's: "Mexico, which would
     * face a 35 percent tariff under Mr. Trump's plan" */
    for (int k = g1 + 1; k + 3 < R && !e->actor.code[0] && !demander_found; k++) {
        int j = tf_after_det(c, k);
        if (j + 1 < R && c->tp[j] < 0 && c->tp[j + 1] >= 0 && (s_tflags(c, j) & SIFT_TOKEN_CAP))
            j++; /* (over a title: "Mr. Trump's") */
        if (!s_is(c, k, W_UNDER) || j >= R || c->tp[j] < 0)
            continue;
        int pos = c->parties[c->tp[j]].b;
        if ((s_is(c, pos, W_APOS_S) || s_is(c, pos, W_RSQUO_S)) && s_has(c, pos + 1, F(M_PROPOSE)) &&
            tf_resolve(c, c->tp[j], sc->last_actor, &e->actor))
            e->asrc = SRC_SUBJECT;
        break;
    }
    /* cuts under a bloc's agreement are the bloc's: "new tariff cuts under
     * the Asia-Pacific Trade Agreement (APTA) took effect" */
    for (int k = L; k + 1 < R && !e->actor.code[0] && !demander_found &&
                    (e->action == SIFT_LOWER || e->action == SIFT_REMOVE);
         k++) {
        int j = tf_after_det(c, k);
        if (s_is(c, k, W_UNDER) && j < R && c->tp[j] >= 0 && c->parties[c->tp[j]].kind == 'B') {
            tf_ref_set(&e->actor, &c->parties[c->tp[j]]);
            e->asrc = SRC_BLOC;
        }
    }
    e->generic_actor = generic_subject && !e->actor.code[0];
    /* "his" or "her" measure is the leader's named last, not the party
     * acting last: "Japan and South Korea put tariffs on American cars ...
     * his proposed tariffs on Chinese goods" are Trump's */
    static const char *const his[] = { "his$", "her$", NULL };
    for (int k = g0 - 1; k >= L && k >= g0 - 3 && !e->actor.code[0] && !demander_found; k--) {
        if (!tf_word_starts(c, k, his))
            continue;
        for (int j = k - 1; j >= 0 && j >= k - 400 && !e->actor.code[0]; j--) {
            int pi = c->tp[j];
            if (pi >= 0 && c->parties[pi].kind == 'L' && c->parties[pi].code[0] &&
                tf_resolve(c, pi, sc->last_actor, &e->actor))
                e->asrc = SRC_COREF;
        }
        break;
    }
    /* a definite mention whose modifier an earlier measure's words share
     * is that measure, before the party acting last, which an aside may
     * have named ("The European Union put provisional safeguard measures
     * on steel ... to stop steel shut out by Trump's tariffs ... The
     * safeguard tariff does not apply to ...") */
    if (!e->actor.code[0] && !demander_found && !generic_subject) {
        const event_t *same = s_same_modifier(c, e);
        if (same) {
            e->actor = same->actor;
            e->asrc = SRC_COREF;
        }
    }
    if (!e->actor.code[0] && !demander_found && sc->last_actor->code[0] && !generic_subject) {
        e->actor = *sc->last_actor; /* coreference: the party acting last */
        e->asrc = SRC_COREF;
    }
    if (!e->actor.code[0] && !demander_found && !generic_subject) {
        /* the subject of the sentence before: "President Reagan imposed ...
         * The move raised tariffs" */
        const sift_sentence_t *ss = c->doc->sentences;
        for (int s = sc->sent - 1; s >= 0 && s >= sc->sent - 2 && !e->actor.code[0]; s--)
            for (uint32_t k = ss[s].tok_begin; k < ss[s].tok_end && k < ss[s].tok_begin + 12; k++) {
                int pi = c->tp[k];
                if (pi >= 0 && strchr("CML", c->parties[pi].kind) && c->parties[pi].code[0] &&
                    !tf_origin(c, pi, (int)ss[s].tok_end)) {
                    tf_ref_set(&e->actor, &c->parties[pi]);
                    e->asrc = SRC_PREV_SENTENCE;
                    break;
                }
            }
    }
    *named = pick >= 0 || (ro->subj >= 0 && subj_in_span && subj_after_attrib) ||
             (demander_found && subj_after_attrib) || ro->passive_target >= 0;
    *own_call_p = own_call;
    return true;
}

/* The target of event e from its clause: the goods' origin or a targeting
 * verb's object after the measure, inside its group, before it, in the
 * sentence; who undergoes it; the object of the verb before it; whose goods
 * "its" are; whose conduct it answers. Returns whether the first target is
 * the goods' origin or a targeting verb's object (no bare mention then). */
static bool s_target(const ctx_t *c, event_t *e, const sent_ctx_t *sc, const roles_t *ro, int hi,
                     bool ellipsis)
{
    int L = e->left, R = e->right, g0 = e->g0, g1 = e->g1;
    ref_t targets[8];
    size_t nt = 0;
    int tstop = hi;
    /* (on over a relative clause between commas after the measure, which
     * says what the measure is, to the clause's own verb: "The tariffs,
     * which could rise to 25 percent, were imposed on U.S. corn") */
    int rel = s_relative_after(c, g1, hi);
    for (int k = rel > 0 ? rel + 1 : g1 + 1; k < hi; k++)
        if (s_has(c, k, F(M_COND) | F(M_UNLESS) | F(RETAL)) || s_is(c, k, W_BECAUSE) ||
            s_is(c, k, W_GROUNDS) || (s_is(c, k, W_WHICH) && s_is(c, k - 1, W_COMMA)) ||
            s_is(c, k, W_COMPARED) || s_is(c, k, W_VERSUS) || /* "compared with 3.7 pct in the US" */
            /* a verb phrase of its own: "cut tariffs on vehicles and increased
             * imports of American farm products" */
            (s_is(c, k, W_AND) && c->tp[k + 1] < 0 && s_has(c, k + 1, A_MASK) &&
             (s_has(c, k + 1, F(PAST)) || tf_ing(c, k + 1)) && !s_has(c, k + 1, F(TNOUN) | F(WNOUN))) ||
            s_other_verb(c, k)) {
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
    bool aimed_at = false;
    /* goods from anywhere ("imports from other countries", "from abroad",
     * "from around the world") take no party named elsewhere in the
     * sentence as their origin */
    static const char *const others[] = { "other$", "foreign$", "third$", "all$", NULL };
    static const char *const everywhere[] = { "abroad$", "overseas$", NULL };
    static const char *const around[] = { "around$", "across$", "all$", NULL };
    static const char *const world[] = { "world$", "globe$", NULL };
    int from_anywhere = -1;
    bool from_everywhere = false; /* (nor from the article: "from abroad", "from around the world") */
    for (int k = g1 + 1; k + 1 < R && k <= g1 + 8 && from_anywhere < 0; k++) {
        if (!s_is(c, k, W_FROM))
            continue;
        from_everywhere = tf_word_starts(c, k + 1, everywhere) ||
                          (tf_word_starts(c, k + 1, around) && s_is(c, k + 2, W_THE) && tf_word_starts(c, k + 3, world));
        if (from_everywhere || tf_word_starts(c, k + 1, others))
            from_anywhere = k;
    }
    if (from_anywhere >= 0 && from_anywhere < tstop)
        tstop = from_anywhere;
    /* an average over a party's tariffs is over all its imports: "China's
     * average tariff is about 14 percent", "imposes, on average, on
     * agricultural products" (no origin from the rest of the sentence) */
    bool average = false;
    for (int k = g0 - 4 > L ? g0 - 4 : L; k < R && k <= g1 + 4 && !average; k++)
        average = s_is(c, k, W_AVERAGE);
    /* so is a safeguard, levied on the goods whatever their origin (WTO
     * Agreement on Safeguards, Art. 2.2): "provisional safeguard duties on
     * 23 steel products, to keep steel diverted from the U.S. market" */
    static const char *const safeguard[] = { "safeguard$", "safeguards$", NULL };
    for (int k = g0 - 3 > L ? g0 - 3 : L; k <= g1 + 1 && k < R && !average; k++)
        average = tf_word_starts(c, k, safeguard);
    /* after the trigger group; inside it, between two of its triggers, an
     * origin only ("begun to levy on certain Japanese goods pending a
     * decision on the planned tariff"); before it; the whole sentence */
    for (int step = 0; step < (from_anywhere >= 0 ? 2 : average ? 3 : 4) && !nt; step++) {
        int pass = step ? step - 1 : 0;
        bool inside = step == 1;
        if (inside && g1 == g0)
            continue;
        tpass = pass;
        int a = pass == 0 ? (inside ? g0 + 1 : g1 + 1) : pass == 1 ? tscope : (tscope > L ? tscope : sc->sb);
        int b = pass == 0 ? (inside ? g1 : tstop) : pass == 1 ? g0 : sc->se;
        for (int k = a; k < b && nt < 8; k++) {
            int pi = c->tp[k];
            if (pi < 0)
                continue;
            const party_t *p = &c->parties[pi];
            k = p->b - 1;
            if (pass == 2 && p->a >= L && p->a < R)
                continue;
            if (pi == ro->attached || pi == ro->by || pi == ro->rel || pi == ro->subj || !p->code[0] ||
                p->kind == 'L' || p->kind == 'R')
                continue;
            if (s_has(c, p->b, F(MONEYW)) || tf_importer(c, pi, b))
                continue; /* "U.S. cts", "US steel imports from China" */
            int to = s_is(c, p->a - 1, W_TO) ? p->a - 1 :
                     s_is(c, p->a - 1, W_THE) && s_is(c, p->a - 2, W_TO) ? p->a - 2 : -1;
            /* a destination, but an exemption to X is X's ("granted
             * exemptions to Argentina and Brazil", "exemptions from the
             * steel tariffs to the EU") */
            bool granted = to >= 0 && e->action == SIFT_EXEMPT && (s_has(c, to - 1, F(A_EXEMPT)) || to - 1 == g1);
            /* (over the goods exempted: "granted tariff exemptions on steel
             * and aluminum to Australia and Canada") */
            for (int j = to - 1; to >= 0 && !granted && e->action == SIFT_EXEMPT && j > g1; j--) {
                if (s_is(c, j, W_ON) && (j == g1 + 1 || s_has(c, j - 1, F(A_EXEMPT)))) {
                    granted = true;
                    break;
                }
                if (!(tf_plain_word(c, j) || s_is(c, j, W_AND) || s_has(c, j, F(DET) | F(GOODS))))
                    break;
            }
            /* and a measure applied or extended to X hits X ("the steel
             * tariffs will apply to Canada and Mexico") */
            bool extended = false; /* "extended the steel tariffs to Canada" */
            for (int j = g0 - 1; to - 1 == g1 && j >= L && j >= g0 - 4 && !extended; j--)
                extended = tf_word_starts(c, j, s_extend);
            bool negated = false; /* ("will not apply to Australia" exempts it) */
            for (int j = to - 2; to >= 0 && j >= L && j >= to - 4; j--)
                negated |= s_has(c, j, F(NEG));
            granted |= to >= 0 && !negated && (tf_word_starts(c, to - 1, s_extend) || extended);
            if (to >= 0 && !granted)
                continue;
            /* and one taking effect for X hits X ("took effect for Mexico,
             * Canada and the European Union on June 1") */
            int before = tf_before_det(c, p->a);
            granted |= before > g1 && tf_effect_for(c, before) && e->action != SIFT_EXEMPT;
            bool origin = tf_origin_x(c, pi, b, false);
            if ((pass > 0 || inside) && !origin && !s_exempted_party(c, e, tf_governor(c, p->a)))
                continue; /* (an exemption's "for" before: "ended exemptions for Canada from the tariffs") */
            /* the object of an elliptical verb: "but exempted Canada and
             * Mexico", "has exempted only Australia" */
            bool object = pass == 0 && ellipsis && s_has(c, g1, A_MASK) &&
                          (p->a == g1 + 1 || (p->a == g1 + 2 && (tf_adverb(c, g1 + 1) || s_is(c, g1 + 1, W_ALSO))));
            /* and the object of a verb of targeting: "tariffs that hit China" */
            int gov = tf_governor(c, p->a);
            bool aimed = s_has(c, gov, F(PREP_TGT)) || granted || s_exempted_party(c, e, gov) ||
                         (gov == g1 + 1 && tf_suspended_for(c, gov, L) >= 0) || tf_aimed_at(c, gov);
            if (pass == 0 && ((!tf_in_pp(c, pi) && !object && !aimed) || tf_reaction_from(c, gov)))
                continue;
            /* a capital, an agency or a legislature "in" which something is
             * done is where, not whose goods: "proposals made in Congress",
             * "the tariffs announced in Beijing" */
            if (s_is(c, gov, W_IN) && p->kind == 'M')
                continue;
            ref_t r;
            tf_ref_set(&r, p);
            if (tf_ref_eq(&r, &e->actor)) {
                /* the clause's own words outrank an actor carried over from
                 * an earlier clause: "the U.S. tariffs on Chinese goods ...
                 * Additional duties on the U.S. products came into force" */
                /* (before the measure too: "a list of products imported
                 * from the US that will be subject to higher tariffs") */
                bool imported_from = s_is(c, gov, W_FROM) && s_has(c, gov - 1, F(IMPORTQ));
                /* (a subject before the clause is carried over too: "planned
                 * US tariffs will squeeze demand, but the impact of the tariff
                 * on US goods should be small") */
                /* (and so is the country an unnamed government takes from
                 * the clauses before: "Trump signed a memorandum ... The
                 * ministry is considering higher tariffs on US pork") */
                ref_t unnamed;
                bool carried = e->asrc == SRC_COREF || e->asrc == SRC_PREV_SENTENCE ||
                               (e->asrc == SRC_SUBJECT && ro->subj >= 0 &&
                                (c->parties[ro->subj].b <= L ||
                                 !tf_resolve(c, ro->subj, &(ref_t){ .code = "" }, &unnamed)));
                if (!carried || pass > (imported_from ? 1 : 0) ||
                    !tf_in_pp(c, pi) ||
                    !(tf_names_goods(c, pi, b) || imported_from || /* "on imports of U.S. automobiles" */
                      (s_is(c, gov, W_OF) && s_has(c, gov - 1, F(IMPORTQ)))))
                    continue;
                e->actor = (ref_t){ .code = "" };
                e->asrc = SRC_NONE;
            }
            bool dup = false;
            for (size_t t = 0; t < nt; t++)
                dup |= tf_ref_eq(&targets[t], &r);
            if (dup)
                continue;
            /* a list "from Nicaragua, Romania and Paraguay": follow it */
            if (!nt)
                aimed_at = pass == 0 && (origin || aimed);
            targets[nt++] = r;
            int j = p->b;
            bool more = false;
            for (int m; j < b && (m = tf_list_joint(c, j, 1)) > 0; j += m)
                more = true;
            if (!(more && j < b && c->tp[j] >= 0 && c->parties[c->tp[j]].kind != 'D'))
                break;
        }
    }
    /* goods named as imports with no origin: a measure on imports from
     * anywhere, whose target the rest of the article does not tell
     * ("tariffs on imported steel", "on steel imports", "on all imports") */
    if (ro->passive_target < 0 && !nt) {
        bool party = false, imports = false;
        for (int k = g1 + 1; k < R && k <= g1 + 8 && !party; k++) {
            /* (a maker is no origin: "imported goods made by American companies") */
            party = c->tp[k] >= 0 && !s_is(c, tf_before_det(c, k), W_BY);
            imports |= s_is(c, k, W_IMPORTED) || s_is(c, k, W_IMPORTS);
        }
        /* or as the clause's subject: "Imported washing machines will be
         * subject to tariffs", "8,000 types of imported goods now enjoy
         * duty-free policies" */
        bool subject = false, named = false;
        for (int k = L; k < g0 && !named; k++) {
            named = c->tp[k] >= 0;
            /* (not "the furniture imported by Christian's company is on the
             * tariff list": an importer's goods, on a list of its own) */
            subject |= (s_is(c, k, W_IMPORTED) && !s_is(c, k + 1, W_BY)) || s_is(c, k, W_IMPORTS);
        }
        /* levied on parties at large: "imposes tariffs on other countries",
         * "on its trading partners" */
        static const char *const at_large[] = { "other$", "many$", "all$", "its$", "their$", "trading$",
                                                "foreign$", "several$", NULL };
        static const char *const partners[] = { "partners$", NULL };
        bool on_all = false;
        for (int k = g1 + 1; k < R && k <= g1 + 2 && !on_all; k++) {
            if (!s_is(c, k, W_ON) && !s_is(c, k, W_AGAINST))
                continue;
            int j = k + 1;
            while (j < R && j <= k + 3 && (s_has(c, j, F(DET)) || tf_word_starts(c, j, at_large)))
                j++;
            on_all = j < R && j > k + 1 && (s_has(c, j, F(GENACTOR)) || tf_word_starts(c, j, partners));
        }
        /* a change of the rates on a count of tariff lines is a change of
         * the schedule, on imports from anywhere: "cut import tariffs on
         * 158 items", "will lower duties on 1,585 other items" (not a new
         * levy: "tariffs on 128 products" answering someone is theirs) */
        static const char *const lines[] = { "items$", "products$", "lines$", "categories$", NULL };
        bool schedule = false;
        for (int k = g1 + 1; k + 1 < R && k <= g1 + 4 && !schedule && e->action != SIFT_IMPOSE &&
                              e->action != SIFT_EXEMPT;
             k++) {
            if (!s_is(c, k, W_ON))
                continue;
            int j = k + 1;
            while (j < R && j <= k + 2 && (tf_adverb(c, j) || s_has(c, j, F(DET))))
                j++; /* ("on about 200 items") */
            if (j + 1 < R && !isnan(c->num[j]))
                schedule = tf_word_starts(c, j + 1, lines) ||
                           (tf_word_starts(c, j + 2, lines) && c->tp[j + 1] < 0 &&
                            (s_tflags(c, j + 1) & SIFT_TOKEN_LOWER)); /* ("1,585 other items") */
        }
        e->all_imports = (imports && !party) || (subject && !named) || average || on_all || from_everywhere ||
                         (schedule && !party);
    }
    if (ro->passive_target >= 0) {
        tf_ref_set(&e->target, &c->parties[ro->passive_target]);
        e->target_explicit = true;
        e->tsrc = SRC_PASSIVE;
    } else if (nt) {
        e->target = targets[0];
        e->target_explicit = true;
        e->tsrc = SRC_PP + (uint8_t)tpass;
    } else if (ro->obj >= 0) {
        ref_t r;
        tf_ref_set(&r, &c->parties[ro->obj]);
        if (!tf_ref_eq(&r, &e->actor)) {
            e->target = r;
            e->target_explicit = true;
            e->tsrc = SRC_OBJECT;
        }
    }
    /* a measure on "its" goods other than imports: the goods of a party
     * other than the actor, the nearest before ("Canada said the U.S. duty
     * on its lumber exports": Canada's; not "on its imports") */
    if (!e->target.code[0] && e->actor.code[0] && s_is(c, g1 + 1, W_ON) &&
        (s_is(c, g1 + 2, W_ITS) || s_is(c, g1 + 2, W_THEIR))) {
        bool imports = false;
        for (int k = g1 + 3; k < R && k <= g1 + 10 && !imports && !s_is(c, k, W_COMMA); k++)
            imports = s_is(c, k, W_IMPORTS) || s_is(c, k, W_IMPORTED);
        for (int k = g0 - 1; k >= sc->sb && !imports; k--) {
            int pi = c->tp[k];
            if (pi < 0 || !c->parties[pi].code[0])
                continue;
            ref_t r;
            if (tf_resolve(c, pi, sc->last_actor, &r) && !tf_ref_eq(&r, &e->actor)) {
                e->target = r;
                e->target_explicit = true;
                e->tsrc = SRC_PP;
                break;
            }
            k = c->parties[pi].a;
        }
    }
    /* whose conduct the measure answers is its target: "in retaliation for
     * Japan's failure to honor the pact", "in response to U.S. tariffs",
     * "to punish Mexico" */
    int answer_end = R + 6 < sc->se ? R + 6 : sc->se; /* "..., in response to" just after the span */
    for (int k = L; k + 2 < answer_end && !e->target.code[0]; k++) {
        bool by_verb;
        int j = s_answered_party(c, k, &by_verb);
        if (j < 0)
            continue;
        bool with = !by_verb;
        for (int w = j + 1; w < g0 && !with; w++)
            with = s_is(c, w, W_WITH);
        if (with && j < answer_end && c->tp[j] >= 0 && c->parties[c->tp[j]].code[0] &&
            strchr("CDM", c->parties[c->tp[j]].kind)) {
            ref_t r;
            tf_ref_set(&r, &c->parties[c->tp[j]]);
            if (!tf_ref_eq(&r, &e->actor)) {
                e->target = r;
                e->target_explicit = true;
                e->tsrc = SRC_PROVOKER;
            }
        }
        break;
    }
    /* who answers a measure undergoes it: "Canada retaliated against U.S.
     * steel tariffs", "Mexico responded to the U.S. metals tariffs" (one
     * that several answer hits everyone's imports: "the EU and Canada
     * threatened to retaliate against tariffs of 25% on steel") */
    int answer = e->target.code[0] ? -1 : tf_answer_verb(c, g0, L);
    int pi = answer >= 0 ? s_clause_subject(c, sc, answer) : -1;
    /* (a pronoun after a reporting verb is its subject: "China said it
     * would retaliate against U.S. tariffs") */
    for (int k = answer - 1; answer >= 0 && pi < 0 && k > sc->sb && k >= answer - 4; k--)
        if (tf_pronoun(c, k) && s_has(c, k - 1, F(ATTRIB))) {
            pi = s_clause_subject(c, sc, k - 1);
            break;
        }
    if (pi >= 0 && tf_list_head(c, pi) == pi && tf_list_last(c, pi) == pi && c->parties[pi].code[0] &&
        strchr("CDM", c->parties[pi].kind)) {
        ref_t r;
        tf_ref_set(&r, &c->parties[pi]);
        if (!tf_ref_eq(&r, &e->actor)) {
            e->target = r;
            e->target_explicit = true;
            e->tsrc = SRC_ANSWERER;
        }
    }
    return aimed_at;
}

/* The removal a party sets as the condition of ending its own measure is
 * its demand on the other party, whose removal it is: "Mexico's duties
 * will remain in place until Washington lifts its duties on Mexican
 * steel", "as soon as Washington lifts the 35 pct tariff on Canadian
 * shakes" (in the probe sets, six such clauses by five writers, all
 * demanded). */
static void s_condition_of_own_measure(const ctx_t *c, const sent_ctx_t *sc, event_t *e)
{
    static const char *const soon[] = { "soon$", "long$", NULL };
    int k = e->left - 1;
    bool opens = k > sc->sb && (s_is(c, k, W_UNTIL) || s_has(c, k, F(M_UNLESS)) ||
                                (s_is(c, k, W_AS) && tf_word_starts(c, k - 1, soon) && s_is(c, k - 2, W_AS)));
    if (!opens || (e->action != SIFT_REMOVE && e->action != SIFT_LOWER) || c->tp[e->left] < 0 ||
        !c->parties[c->tp[e->left]].code[0])
        return;
    int v = c->parties[c->tp[e->left]].b;
    ref_t remover;
    if (!s_has(c, v, F(A_REMOVE) | F(A_LOWER)) || s_has(c, v, F(TNOUN) | F(WNOUN)) ||
        !tf_resolve(c, c->tp[e->left], sc->last_actor, &remover) || !tf_ref_eq(&remover, &e->actor))
        return;
    /* (whose measure waits on it: the party acting before the condition,
     * where the clause names no other) */
    if (!e->target.code[0] && c->nev > 0 && c->ev[c->nev - 1].sent == e->sent &&
        !tf_ref_eq(&c->ev[c->nev - 1].actor, &remover)) {
        e->target = c->ev[c->nev - 1].actor;
        e->tsrc = SRC_DEMANDER;
    }
    e->modality = SIFT_DEMANDED;
}

/* A request granted is no demand but the measure granted, by whoever
 * grants it: "The Commerce Department has granted 42 requests from U.S.
 * companies to exclude steel products from the tariffs" (exempt, actual,
 * US; the importers asking are of its own country, no target). */
static void s_request_granted(const ctx_t *c, const sent_ctx_t *sc, event_t *e, const status_t *st)
{
    static const char *const grant[] = { "granted$", "grants$", "approved$", "approves$", "accepted$", NULL };
    int at = st->demand_at;
    if (e->modality != SIFT_DEMANDED || at <= sc->sb || !(c->f[at] & F(M_DEMAND)) || e->action != SIFT_EXEMPT)
        return;
    int v = at - 1;
    while (v > sc->sb && v >= at - 4 && (s_has(c, v, F(DET)) || !isnan(c->num[v]) || tf_plain_word(c, v) || tf_approx(c, v)))
        v--; /* over "about 7,000", "the first" */
    if (!tf_word_starts(c, v, grant))
        return;
    e->modality = s_has(c, v - 1, F(M_MODAL)) ? SIFT_PROPOSED : SIFT_ACTUAL;
    int pi = s_clause_subject(c, sc, v - s_has(c, v - 1, F(AUX)));
    ref_t r;
    if (pi >= 0 && tf_resolve(c, pi, sc->last_actor, &r)) {
        e->actor = r;
        e->asrc = SRC_SUBJECT;
    }
    if (e->actor.code[0] && tf_ref_eq(&e->target, &e->actor)) {
        e->target.code[0] = 0;
        e->tsrc = SRC_NONE;
    }
    e->demander.code[0] = 0;
}

/* Is event e told in a scenario the sentence opens before it, a model's
 * or a study's supposition ("modeled a scenario in which a President Trump
 * imposes ..., and both countries respond with tariffs of the same size")?
 * What happens there is considered (§6), whatever the tense. */
static bool s_in_scenario(const ctx_t *c, const sent_ctx_t *sc, const event_t *e)
{
    static const char *const scenario[] = { "scenario$", "scenarios$", NULL };
    for (int k = sc->sb; k + 2 < e->g0; k++)
        if (s_has(c, k, F(M_CONSIDER)) && tf_word_starts(c, k, scenario)) /* (the class first: one bit) */
            for (int j = k + 1; j <= k + 5 && j < e->g0; j++) /* ("scenarios, the harshest of which") */
                if (s_is(c, j, W_WHICH))
                    return true;
    return false;
}

/* Does someone other than the acting party foresee its answer ("Economists
 * warned that China would answer with tariffs", "The study assumes that
 * China and Mexico would retaliate", "farm groups fear Beijing would hit
 * back with duties")? What others expect a party to do is weighed
 * (guidelines §6: considered); the party's own saying so is its threat or
 * plan ("Mexico's economy minister said Mexico would respond with
 * duties"). A speaker known only by name says nothing of whose side. */
static bool s_foreseen_by_others(const ctx_t *c, const sent_ctx_t *sc, const event_t *e)
{
    if (!e->actor.code[0] || !tf_levies(e))
        return false;
    static const char *const back[] = { "back$", NULL };
    int v = tf_answer_verb(c, e->g0, sc->sb);
    v -= v > 0 && tf_word_starts(c, v, back); /* "hit back" */
    int m = v - 1 - (v > 0 && tf_adverb(c, v - 1)); /* "would likely answer" */
    if (v < 0 || !s_has(c, m, F(M_MODAL) | F(M_WEAK)))
        return false;
    /* (the answer's own subject: not "Mexico would respond if the United
     * States imposed duties", the measure answered) */
    bool subject = false;
    for (int k = m - 1; k >= sc->sb && k >= m - 4 && !subject; k--)
        if (c->tp[k] >= 0 && c->parties[c->tp[k]].code[0]) {
            ref_t r;
            tf_ref_set(&r, &c->parties[c->tp[k]]);
            subject = tf_ref_eq(&r, &e->actor);
        }
    if (!subject)
        return false;
    static const char *const foresee[] = { "assum", "fear", "predict", "estimat", NULL };
    int say = -1;
    for (int k = m - 1; k > sc->sb && k >= m - 10 && say < 0; k--)
        if (s_has(c, k, F(ATTRIB) | F(M_THREAT) | F(M_CONSIDER)) || tf_word_starts(c, k, foresee))
            say = k;
    if (say < 0)
        return false;
    int head = say - 1;
    while (head > sc->sb && s_has(c, head, F(AUX) | F(BEFORM)))
        head--; /* "has said", "have warned" */
    if (s_is(c, head, W_COMMA)) /* over a clause between commas: "Malmstrom, who meets ..., said" */
        for (int k = head - 1; k > sc->sb && k >= head - 16; k--)
            if (s_is(c, k, W_COMMA)) {
                head = k - 1;
                break;
            }
    bool own = false, other = false;
    for (int k = head; k >= sc->sb && k > head - 8; k--) {
        if (s_is(c, k, W_THAT) || s_is(c, k, W_AND) || s_has(c, k, A_MASK | F(ATTRIB) | F(M_MODAL) | F(TNOUN)))
            break;
        int pi = c->tp[k];
        if (pi >= 0 && c->parties[pi].code[0]) {
            ref_t r;
            tf_ref_set(&r, &c->parties[pi]);
            own |= tf_ref_eq(&r, &e->actor);
            other |= !tf_ref_eq(&r, &e->actor);
            k = c->parties[pi].a;
        }
    }
    /* (a common noun: "farm groups fear", or a plural opening the sentence,
     * "Economists warned"; not a name, "Malmstrom said") */
    size_t n;
    const char *w = s_text(c, head, &n);
    bool common = ((s_tflags(c, head) & SIFT_TOKEN_LOWER) ||
                   (head == sc->sb && n > 3 && w[n - 1] == 's' && w[n - 2] != 's' && c->tp[head] < 0)) &&
                  (s_tflags(c, head) & SIFT_TOKEN_ALPHA);
    return !own && (other || common);
}

/* Is the modal after event e's measure one of what the measure does ("will
 * be passed on", "would hurt"), not of what becomes of it ("will be
 * raised", "will take effect")? */
static bool s_modal_of_effect(const ctx_t *c, const event_t *e)
{
    for (int k = e->g1 + 1; k < e->right && k <= e->g1 + 8; k++) {
        if (!s_has(c, k, F(M_MODAL)))
            continue;
        int v = k + 1;
        while (v < e->right && (tf_adverb(c, v) || s_is(c, v, W_ALSO) || s_has(c, v, F(BEFORM))))
            v++;
        return v < e->right && !s_has(c, v, A_MASK | F(FALL) | F(STATUSV) | F(EFFECTIVE) | F(CHANGE)) &&
               !s_is(c, v, W_COME) && !s_is(c, v, W_GO);
    }
    return false;
}

/* Is event e's measure extended or applied to a party named after "to",
 * which levies it on that party ("Washington extended the tariffs to Canada
 * and Mexico", "The tariffs, imposed in March, were extended to the
 * European Union")? 1 if so; -1 if it is said not to apply to one, which
 * exempts it ("does not apply to imports from Norway and Iceland"); else 0. */
static int s_extended_to_party(const ctx_t *c, const event_t *e)
{
    int verb = -1;
    for (int k = e->g0 - 1; k >= e->left && k >= e->g0 - 4 && verb < 0; k--)
        if (tf_word_starts(c, k, s_extend))
            verb = k;
    for (int k = e->g1 + 1; k < e->right && k <= e->g1 + 8 && verb < 0; k++)
        if (tf_word_starts(c, k, s_extend))
            verb = k;
    if (verb < 0)
        return 0;
    bool negated = false;
    for (int k = verb - 1; k >= e->left && k >= verb - 3; k--)
        negated |= s_has(c, k, F(NEG));
    for (int k = verb + 1; k + 1 < e->right && k <= verb + 8; k++)
        if (s_is(c, k, W_TO)) {
            int p = tf_after_det(c, k);
            if (negated && (s_is(c, p, W_IMPORTS) || s_has(c, p, F(GOODS))) && s_is(c, p + 1, W_FROM))
                p = tf_after_det(c, p + 1); /* ("to imports from Norway") */
            if ((size_t)p >= c->n || c->tp[p] < 0 || !c->parties[c->tp[p]].code[0])
                return 0;
            return negated ? -1 : 1;
        }
    return 0;
}

/* The measure a restatement e restates: the latest one of its actor, or
 * the latest of all when it names none; NULL when there is none. */
static const event_t *s_restated(const ctx_t *c, const event_t *e)
{
    for (size_t k = c->nev; k-- > 0;)
        if (tf_ref_eq(&c->ev[k].actor, &e->actor) || (!e->actor.code[0] && k + 1 == c->nev))
            return &c->ev[k];
    return NULL;
}

/* The modality of event e from its clause's cues, in the guidelines' order
 * (§6), and the cue bits the learned decisions see. */
static void s_modality(const ctx_t *c, event_t *e, const status_t *st, bool own_call, const event_t *gapped,
                       bool action_word, bool ellipsis)
{
    int L = e->left, g0 = e->g0;
    e->cues |= (st->threat ? CUE_THREAT : 0) | (st->demand ? CUE_DEMAND : 0) | (st->consider ? CUE_CONSIDER : 0) |
               (st->weak ? CUE_WEAK : 0) | (st->propose || st->announced ? CUE_PROPOSE : 0) | (st->modal ? CUE_MODAL : 0) |
               (st->cond ? CUE_COND : 0) | (st->past ? CUE_PAST : 0) |
               (st->effective_past ? CUE_EFFECTIVE_PAST : 0) | (st->future_date ? CUE_FUTURE_DATE : 0) |
               (st->decided_after ? CUE_DECIDED : 0) |
               (gapped ? CUE_GAPPED : 0) | (action_word ? CUE_ACTION_WORD : 0) |
               (st->demand_post ? CUE_DEMAND_AFTER : 0) | (ellipsis ? CUE_ELLIPSIS : 0) |
               (st->other_year ? CUE_OTHER_YEAR : 0);
    bool warned = st->threat || ((e->cues & CUE_WARNED_AFTER) && !st->demand && !st->effective_past);
    if (warned && e->action != SIFT_LOWER && e->action != SIFT_REMOVE && e->action != SIFT_EXEMPT)
        e->modality = SIFT_THREATENED;
    else if (st->demand && own_call && !tf_ref_eq(&e->target, &e->demander)) {
        e->modality = SIFT_PROPOSED;
        e->actor = e->demander;
        e->demander.code[0] = 0;
        e->asrc = SRC_SUBJECT;
    } else if (st->demand)
        e->modality = SIFT_DEMANDED;
    else if (st->threat)
        e->modality = SIFT_PROPOSED; /* a conditional offer to lower or remove */
    else if (st->consider)
        e->modality = SIFT_CONSIDERED;
    else if (st->effective_past)
        e->modality = SIFT_ACTUAL;
    /* announced weeks before the article, perhaps not yet in force; one
     * announced with no date or long before, and nothing to come, is */
    else if (st->propose || st->modal || st->cond || st->future_date || (st->announced && st->recent_date))
        e->modality = SIFT_PROPOSED;
    else if (st->weak)
        e->modality = SIFT_CONSIDERED;
    else
        e->modality = SIFT_ACTUAL;
    if (gapped)
        e->modality = gapped->modality;
    bool definite = s_determiner(c, L, g0, true) >= 0;
    e->cues |= definite ? CUE_DEFINITE : 0;
    /* the measure's own change noun is no verb of the clause: "the tax
     * cuts", "the tariff hike is", "the cut" restate a change told before */
    bool nominal = ellipsis || tf_change_noun_after(c, e);
    bool restates = definite && (!action_word || nominal);
    /* (an average is the level in force, no measure restated: "the
     * average American tariff on imported goods is about 1.6 percent") */
    for (int k = g0 - 1; k >= L && k >= g0 - 3 && restates; k--)
        restates = !s_is(c, k, W_AVERAGE);
    /* a speaker restating a measure does not levy it: "Caroline Wong of the
     * Hong Kong Retailers Association said the tax cuts will hurt shops"
     * restates China's cuts (and takes their status, below) */
    if (restates && e->by_speaker && c->nev > 0) {
        const event_t *p = &c->ev[c->nev - 1];
        if (p->action == e->action && p->actor.code[0] && !tf_ref_eq(&p->actor, &e->actor)) {
            e->actor = p->actor;
            e->asrc = SRC_COREF;
        }
    }
    /* and one that is to come only by a modal of what it does ("the tariff
     * increase will be passed on to US customers") keeps the status of the
     * measure it restates when that one is in force */
    if (restates && e->modality == SIFT_PROPOSED && st->modal && !st->propose && !st->cond &&
        !st->future_date && !st->announced && !st->weak && s_modal_of_effect(c, e)) {
        const event_t *p = s_restated(c, e);
        /* (an increase restates an imposition: both add duties) */
        bool adds = p && tf_levies(p) && tf_levies(e);
        if (p && p->modality == SIFT_ACTUAL && (p->action == e->action || adds))
            e->modality = SIFT_ACTUAL;
    }
    /* an indefinite mention saying only what a measure would do restates
     * the article's measure of its rate on its target, in that measure's
     * status: "Trump has proposed a 45 percent tariff on Chinese imports.
     * ... a 45 percent tariff on Chinese goods would violate WTO rules" */
    if (e->modality == SIFT_CONSIDERED && st->would_effect && !st->hedged && !st->consider &&
        e->rate.kind == SIFT_RATE_VALUE && e->target.code[0]) {
        for (size_t k = c->nev; k-- > 0;) {
            const event_t *p = &c->ev[k];
            if (p->rate.kind == SIFT_RATE_VALUE && p->rate.a == e->rate.a && tf_ref_eq(&p->target, &e->target) &&
                (p->action == e->action || (p->action == SIFT_RAISE && e->action == SIFT_IMPOSE))) {
                e->modality = p->modality;
                break;
            }
        }
    }
    if (restates && e->modality == SIFT_ACTUAL && !st->past && !st->effective_past) {
        /* a bare restatement keeps the status of the measure it restates */
        const event_t *p = s_restated(c, e);
        if (p && p->modality == SIFT_PROPOSED) {
            e->modality = SIFT_PROPOSED;
            e->cues |= CUE_RESTATES_PROPOSAL;
        }
    }
}

/* Whether event e answers another party's measure ("retaliatory", "in
 * response to"), in its clause or at the head of its sentence. */
static void s_retaliation(const ctx_t *c, event_t *e, const sent_ctx_t *sc, bool ellipsis)
{
    int L = e->left, R = e->right, g0 = e->g0;
    for (int k = L; k < R; k++)
        if (s_has(c, k, F(RETAL)) && !(s_is(c, k, W_RESPONSE) && !s_is(c, k - 1, W_IN)))
            e->retaliation = true;
    if (e->left != sc->sb && !ellipsis)
        for (int k = sc->sb; k < L && k < sc->sb + 8; k++)
            if (s_has(c, k, F(RETAL)) && k < g0)
                e->retaliation = true;
}

/* Fills one event's fields from its span; returns false when the clause is
 * no tariff event (negated, directionless, a bare re-mention). */
bool tf_fill(ctx_t *c, event_t *e, const sent_ctx_t *sc, bool ellipsis, rate_hit_t *hits, size_t *nhits,
             const clause_pre_t *pre)
{
    int L = e->left, R = e->right, g0 = e->g0, g1 = e->g1;
    int lo = g0 - WINDOW > L ? g0 - WINDOW : L;
    int hi = g1 + WINDOW < R ? g1 + WINDOW : R;
    bool action_word;
    if (pre) {
        e->action = pre->action;
        action_word = pre->action_word;
    } else
        e->action = tf_action(c, e, &action_word);
    action_word |= ellipsis;
    /* tariffs in general, said to be something: "Tariffs are a tax on
     * consumers", "economists say tariffs are a blunt tool" (guidelines §1:
     * talk about tariffs, no measure) - a bare plural opening its clause */
    {
        static const char *const say[] = { "say$", NULL }; /* ("says", "said" are ATTRIB) */
        int before = g0 - 1;
        bool opens = g0 == sc->sb || s_has(c, before, F(ATTRIB)) || s_is(c, before, W_THAT) ||
                     (before >= sc->sb && tf_word_starts(c, before, say)) ||
                     (s_tflags(c, g0) & SIFT_TOKEN_SENT_START);
        if (opens && s_is(c, g0 + 1, W_ARE) && (s_is(c, g0 + 2, W_A) || s_is(c, g0 + 2, W_AN)))
            return false;
    }
    /* duties that rise or fall to a sum of money are the revenue they
     * bring in: "Duties, royalties and taxes rose to 1.37 billion dlrs" */
    for (int k = g1 + 1; k + 2 < R && k <= g1 + 8; k++) {
        double v;
        const char *cur;
        int end;
        if (s_has(c, k, F(FALL) | F(A_RAISE) | F(A_LOWER)) && (s_is(c, k + 1, W_TO) || s_is(c, k + 1, W_BY)) &&
            tf_money(c, k + 2, R, &v, &cur, &end))
            return false;
    }
    /* gapped coordination: "raised tariffs on cars to 100% and duties on
     * chips to 50%" - the second clause shares the first one's verb */
    const event_t *gapped = NULL;
    /* also a tranche with its own rate: "and a 35 percent tariff on ..." */
    bool tranche = L == g0, rated = false;
    for (int k = L; k < g0 && g0 - L <= 5; k++) {
        tranche = !s_has(c, k, A_MASK | F(AUX) | F(PAST) | F(M_MODAL) | F(M_PROPOSE) | F(M_THREAT) |
                                   F(M_DEMAND) | F(M_CONSIDER)) && c->tp[k] < 0;
        rated |= !isnan(c->num[k]);
        if (!tranche)
            break;
    }
    tranche &= L == g0 || rated;
    if (!action_word && c->nev > 0 && tranche && L > sc->sb &&
        (s_is(c, L - 1, W_AND) || s_is(c, L - 1, W_COMMA))) {
        const event_t *p = &c->ev[c->nev - 1];
        if (p->right >= L - 2 && p->right < L && p->left >= sc->sb) {
            gapped = p;
            e->action = p->action;
            action_word = true;
        }
    }
    /* "announced tariffs", "threatened another round of tariffs"; asking
     * and weighing are actions too (guidelines §2a): "called for tariffs",
     * "is considering new duties" */
    for (int k = g0 - 1; k >= L && k >= g0 - 5 && !action_word; k--) {
        action_word = (s_has(c, k, F(M_PROPOSE) | F(M_THREAT) | F(M_CONSIDER)) ||
                       (s_has(c, k, F(M_DEMAND)) && s_is(c, k + 1, W_FOR)) ||
                       /* goods that "faced very high duties" */
                       s_is(c, k, W_FACE) || s_is(c, k, W_FACES) || s_is(c, k, W_FACED) ||
                       s_is(c, k, W_FACING)) &&
                      !s_has(c, k, F(DET));
        if (!(s_has(c, k, F(DET) | F(RETAL) | F(IMPORTQ)) || s_is(c, k, W_ROUND) ||
              s_is(c, k, W_OF) || s_is(c, k, W_WAVE) || s_is(c, k, W_ANOTHER) ||
              (s_is(c, k, W_FOR) && s_has(c, k - 1, F(M_DEMAND)))) && !action_word)
            break;
    }

    if (!action_word) {
        int extended = s_extended_to_party(c, e);
        action_word = extended != 0;
        if (extended < 0)
            e->action = SIFT_EXEMPT;
    }

    status_t st;
    if (!s_status_cues(c, e, sc, lo, hi, &action_word, &st))
        return false;

    if (st.negated) {
        int neg_at = -1;
        for (int k = g0 - 1; k >= lo && k >= g0 - 14 && neg_at < 0; k--)
            if (s_has(c, k, F(NEG)))
                neg_at = k;
        if (!st.demand || st.demand_at < 0 || st.demand_at > neg_at)
            return false;
        e->action = SIFT_REMOVE; /* "persuading the U.S. not to impose" */
        e->cues |= CUE_NEG_DEMAND;
    }

    roles_t ro;
    bool party, own_call;
    if (!s_actor(c, e, sc, &st, &ro, lo, hi, action_word, &party, &own_call))
        return false;
    /* a tranche that names no party of its own is its first one's: "in
     * response to Washington's 25 percent tariff on steel and 10 percent
     * tariff on aluminum" */
    if (gapped && e->asrc != SRC_ATTACHED && gapped->actor.code[0])
        e->actor = gapped->actor;

    /* ----- event criterion: an action, an attached party or a specification */
    sift_rate_t rate;
    if (pre) {
        rate = pre->rate;
        memcpy(hits, pre->hits, sizeof pre->hits);
        *nhits = pre->nh;
    } else
        *nhits = tf_rates(c, L, R, &rate, hits, 8);
    e->rate = rate;
    /* a cut to nothing removes the duty: "reduced to zero from 15 percent",
     * "cut its tariffs on rice to zero" */
    if (e->action == SIFT_LOWER && rate.kind == SIFT_RATE_FROM_TO && rate.b == 0)
        e->action = SIFT_REMOVE;
    /* and one lifted to a higher level raises it: "lift the duty on
     * chickpeas to 70 percent from 30 percent" */
    static const char *const lift[] = { "lift$", "lifts$", "lifted$", "lifting$", NULL };
    for (int k = L; k < R && e->action == SIFT_REMOVE && rate.kind == SIFT_RATE_FROM_TO && rate.b > rate.a; k++)
        if (tf_word_starts(c, k, lift))
            e->action = SIFT_RAISE;
    for (int k = L; k + 1 < R && e->action == SIFT_LOWER; k++)
        if (s_is(c, k, W_TO) && (s_is(c, k + 1, W_ZERO) || c->num[k + 1] == 0))
            e->action = SIFT_REMOVE;
    /* the level a removed duty had, told in a relative clause, is no rate
     * of the measure (guidelines §8): "wines, which were subjected to a
     * tariff of 14 to 30 percent, can now enter tariff-free", "exempted
     * from the duty that stood at 10 percent" */
    int rate_at = -1; /* the first number after the tariff */
    for (int k = g1 + 1; k < R && rate_at < 0; k++)
        if (!isnan(c->num[k]))
            rate_at = k;
    if ((e->action == SIFT_REMOVE || e->action == SIFT_EXEMPT) && rate_at > g1 && rate.kind != SIFT_RATE_NONE)
        for (int k = rate_at - 1; k > g1; k--) {
            if (s_is(c, k, W_COMMA) || s_has(c, k, A_MASK | F(DUTYFREE)))
                break;
            if (s_is(c, k, W_WHICH) || s_is(c, k, W_THAT)) {
                e->rate.kind = SIFT_RATE_NONE;
                *nhits = 0;
                break;
            }
        }
    /* nor is the level a removed or cut duty has, told before it: "abolish
     * its 10 pct surcharge", "lift the 100 pct tariffs", "lower its 20
     * percent tariff" (the train gold: null; the new level is the rate);
     * a removed one has no new level, so also without a determiner:
     * "lifted 100 pct tariffs on 51 mln dlrs of Japanese goods" */
    if ((e->action == SIFT_REMOVE || e->action == SIFT_LOWER) && e->rate.kind == SIFT_RATE_VALUE && *nhits == 1 &&
        hits[0].at < g0 && hits[0].at > L &&
        (s_has(c, hits[0].at - 1, F(DET)) || (e->action == SIFT_REMOVE && s_has(c, hits[0].at - 1, F(A_REMOVE))))) {
        e->rate.kind = SIFT_RATE_NONE;
        *nhits = 0;
    }
    /* duty-free treatment has no rate: a percentage by it is a share of
     * goods or lines ("zero-tariff treatment to 97 percent of exports",
     * "85 percent of Swiss exports are duty-free"; so the gold, 36 of 36) */
    for (int k = g0; k <= g1 && e->rate.kind != SIFT_RATE_NONE; k++)
        if (s_has(c, k, F(DUTYFREE))) {
            e->rate.kind = SIFT_RATE_NONE;
            *nhits = 0;
        }
    /* nor has an exemption: the level of the measure it spares goods from
     * is not its rate ("to exclude steel products from the 25 percent
     * tariffs"; the gold: 201 of 203 exemptions have none) */
    if (e->action == SIFT_EXEMPT && e->rate.kind != SIFT_RATE_NONE) {
        e->rate.kind = SIFT_RATE_NONE;
        *nhits = 0;
    }
    e->has_amount = false;
    for (int k = L; k < R; k++) {
        double v;
        const char *cur;
        int end;
        if (tf_amount_at(c, k, R, &v, &cur, &end) && !s_money_of_effect(c, k)) {
            e->has_amount = true;
            e->amount = v;
            e->currency = cur;
            break;
        }
    }
    if (s_spec_of_previous(c, e, sc))
        return false;
    tf_goods(c, e, g1 + 1, hi);
    /* (goods named before the tariff too: "the steel tariffs") */
    bool goods_before = false;
    for (int k = g0 - 1; k >= L && k >= g0 - 3 && !goods_before; k--) {
        if (tf_product_word(c, k))
            goods_before = true;
        else if (!s_is(c, k, W_AND) && !(s_tflags(c, k) & SIFT_TOKEN_LOWER))
            break;
    }
    bool spec = rate.kind != SIFT_RATE_NONE || e->has_amount || e->n_goods || goods_before;
    /* a rate that moves gives the direction when no word does */
    if (rate.kind == SIFT_RATE_FROM_TO && !isnan(rate.a) && !isnan(rate.b) &&
        (!action_word || e->action == SIFT_IMPOSE))
        e->action = rate.b > rate.a ? SIFT_RAISE : rate.b < rate.a ? SIFT_LOWER : e->action;

    bool aimed_at = s_target(c, e, sc, &ro, hi, ellipsis);
    /* a bare mention (guidelines §2): with a model, a candidate whose fate
     * the trade-sense decision learns; without one, no event. A party the
     * measure is aimed at is no bare mention: "the tariffs hit steel from
     * Brazil, Argentina and Turkey" */
    /* nor is a measure dated in force or to come: "the duties, which
     * Reagan ordered last month, take effect on April 17" */
    bool dated = st.effective_past;
    for (int k = g1 + 1; k < R && st.future_date && !dated; k++)
        dated = s_has(c, k, F(EFFECTIVE)) || s_is(c, k, W_EFFECT);
    if (!action_word && !party && !spec && !aimed_at && !dated) {
        if (!c->st->learned)
            return false;
        e->cues |= CUE_BARE;
    }
    if (st.cond_at >= 0 && e->action != SIFT_EXEMPT) {
        /* "if Japan does not open its market": a condition on the target;
         * so is an offer's: "will lift the duties if Japan abides by the
         * pact" (a conditional offer, proposed below) */
        for (int k = st.cond_at + 1; k < st.cond_hi && k < st.cond_at + 5; k++)
            if (c->tp[k] >= 0) {
                ref_t r;
                if (!tf_resolve(c, c->tp[k], sc->last_actor, &r))
                    break;
                /* "would impose tariffs if Washington goes ahead": the party
                 * whose conduct is the condition is the one threatened */
                if (!e->target.code[0] && !tf_ref_eq(&r, &e->actor) && e->actor.code[0]) {
                    e->target = r;
                    e->target_explicit = true;
                    e->tsrc = SRC_CONDITION;
                }
                if (e->target.code[0] && tf_ref_eq(&r, &e->target)) {
                    st.threat = true;
                    e->cues |= CUE_COND_ON_TARGET;
                }
                break;
            }
        for (int k = st.cond_at + 1; k < st.cond_hi && k < st.cond_at + 10; k++)
            if (s_has(c, k, F(NEG)))
                st.threat = true; /* "if a trade deal is not reached" */
    }
    if (s_leading_condition_threatens(c, sc, e, g0)) {
        st.threat = true;
        e->cues |= CUE_COND_ON_TARGET;
    }
    /* retaliation on a condition is a threat, whatever the condition names:
     * "if the bill passed, the community would retaliate by imposing taxes" */
    for (int k = e->scope; k < g0 && st.cond && !st.threat && !st.demand; k++)
        st.threat = s_is(c, k, W_RETALIATE) && e->action != SIFT_LOWER && e->action != SIFT_REMOVE;

    s_modality(c, e, &st, own_call, gapped, action_word, ellipsis);
    if (s_foreseen_by_others(c, sc, e) || (e->modality == SIFT_ACTUAL && !st.past && !st.effective_past &&
                                            s_in_scenario(c, sc, e)))
        e->modality = SIFT_CONSIDERED;
    s_request_granted(c, sc, e, &st);
    s_condition_of_own_measure(c, sc, e);
    /* a verb phrase in the base form coordinated with the one before shares
     * its modal: "Mexico will lower its maximum tariff ... | and eliminate a
     * five pct import surcharge" (not "imposed tariffs and raised duties") */
    if (!gapped && e->modality == SIFT_ACTUAL && c->nev > 0 && L > sc->sb + 1 && s_is(c, L - 1, W_AND) &&
        s_has(c, L, A_MASK) && !s_has(c, L, F(PAST) | F(TNOUN) | F(WNOUN)) && !tf_ing(c, L)) {
        size_t n;
        const char *v = s_text(c, L, &n);
        const event_t *p = &c->ev[c->nev - 1];
        if (n > 2 && v[n - 1] != 's' && p->right >= L - 2 && p->right < L && p->left >= sc->sb &&
            p->modality != SIFT_ACTUAL)
            e->modality = p->modality;
    }
    s_retaliation(c, e, sc, ellipsis);
    e->respond = false;
    return true;
}
