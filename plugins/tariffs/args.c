/* SPDX-License-Identifier: MIT */
/* args.c - a clause's arguments: action, rates, amount and goods. */
#include "tariffs.h"

#include <math.h>
#include <string.h>
#include <strings.h>

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

/* The last word of an amount ("51 mln dlrs", "$60bn", "300 million"):
 * "lift 51 mln dlrs of the tariffs" still governs the tariffs. */
bool tf_amount_word(const ctx_t *c, int k)
{
    return k >= 0 && (s_has(c, k, F(MONEYW) | F(SCALE)) || !isnan(c->num[k]));
}

bool tf_quantity_word(const ctx_t *c, int k)
{
    /* (not "the number of": "increasing the number of items" changes the count) */
    /* (and a set the measures come in: "the first batch of additional tariffs") */
    static const char *const set[] = { "batch$", "batches$", "tranche$", "tranches$", NULL };
    return (s_is(c, k, W_NUMBER) && s_is(c, k - 1, W_A)) || s_is(c, k, W_RANGE) ||
           s_is(c, k, W_SERIES) || s_is(c, k, W_VARIETY) || s_is(c, k, W_HOST) ||
           s_is(c, k, W_DOZENS) || s_is(c, k, W_HUNDREDS) || tf_word_starts(c, k, set);
}

/* The token before the number at i, over "about", "nearly" ... */
static int s_before_number(const ctx_t *c, int i)
{
    return tf_approx(c, i - 1) ? i - 2 : i - 1;
}

/* The tariff as the subject of an active change verb with an object of its
 * own says what the tariff does, not what is done to it: "the tariff has
 * raised the costs of ...", "tariffs will raise prices" (but "tariffs were
 * raised", "tariffs rose to 25%", "the duties imposed last year"). */
bool tf_effect_on_object(const ctx_t *c, int k)
{
    if (s_has(c, k - 1, F(BEFORM)) || s_has(c, k, F(A_IMPOSE)))
        return false;
    int j = k + 1;
    while (j < (int)c->n && j <= k + 2 && tf_adverb(c, j))
        j++; /* "raised sharply" */
    /* over a party naming whose: "are already raising U.S. prices" */
    if (j < (int)c->n && c->tp[j] >= 0) {
        j = c->parties[c->tp[j]].b;
        if (j < (int)c->n && s_has(c, j, F(GOODS) | F(IMPORTQ)))
            return false; /* "raised U.S. steel imports' duties" is the tariff's own */
    }
    /* (an acronym is an object too: "would cut GNP by 0.5 pct") */
    if (j >= (int)c->n || !(s_tflags(c, j) & (SIFT_TOKEN_LOWER | SIFT_TOKEN_UPPER)) ||
        !(s_tflags(c, j) & SIFT_TOKEN_ALPHA))
        return false;
    if (s_has(c, j, F(TNOUN) | F(WNOUN) | F(MONTH) | F(WEEKDAY) | F(PCT) | F(AUX)) || c->tp[j] >= 0 ||
        s_is(c, j, W_TO) || s_is(c, j, W_BY) || s_is(c, j, W_FROM) || s_is(c, j, W_IN) ||
        s_is(c, j, W_ON) || s_is(c, j, W_LAST) || s_is(c, j, W_NEXT) ||
        s_is(c, j, W_AND) || s_is(c, j, W_OR) || s_is(c, j, W_AGAINST) || s_is(c, j, W_FOR) ||
        s_is(c, j, W_AS) || s_is(c, j, W_AT))
        return false;
    return true;
}

/* "affect", "affects": the one concerned, not what a measure is laid on. */
static bool s_affects(const ctx_t *c, int k)
{
    static const char *const affect[] = { "affect", NULL };
    return tf_word_starts(c, k, affect);
}

bool tf_change_noun_after(const ctx_t *c, const event_t *e)
{
    int k = e->g1 + 1;
    /* ("can", a modal with no cue of its own: "the tariff cut can help") */
    static const char *const can[] = { "can$", "cannot$", NULL };
    return k < e->right && s_has(c, k, A_MASK) &&
           !(s_tflags(c, k) & SIFT_TOKEN_CAP && !(s_tflags(c, k) & SIFT_TOKEN_SENT_START)) &&
           (!s_has(c, k, F(PAST)) || /* a noun, not a participle: "the tariff cut will" */
            s_has(c, k + 1, F(AUX) | F(M_MODAL) | F(M_WEAK) | F(BEFORM)) || tf_word_starts(c, k + 1, can)) &&
           !s_is(c, k, W_TO);
}

/* "waived its right", "refrained", "forgo": going without, up to two words
 * before k */
static bool s_forgoes(const ctx_t *c, int k)
{
    static const char *const forgo[] = { "waive", "refrain", NULL };
    for (int j = k; j >= 0 && j >= k - 2; j--)
        if (tf_word_starts(c, j, forgo) || s_has(c, j, F(A_REMOVE)))
            return true;
    return false;
}

/* Does an exemption word stand right before the measure, over only
 * "from" or "of" and the import or customs words ("exempted from import
 * duties")? */
static bool s_exempt_from_duties_as_such(const ctx_t *c, const event_t *e)
{
    int k = e->g0 - 1;
    while (k > e->left && s_has(c, k, F(IMPORTQ) | F(CUSTOMS)))
        k--;
    return k > e->left && (s_is(c, k, W_FROM) || s_is(c, k, W_OF)) && s_has(c, k - 1, F(A_EXEMPT));
}

/* Is the word at k a verb of blocking whose object, before the measure
 * at g0, is goods ("blocked imports of U.S. pork with tariffs")? */
static bool s_blocks_goods(const ctx_t *c, int k, int g0)
{
    static const char *const block[] = { "block", NULL };
    if (!tf_word_starts(c, k, block))
        return false;
    for (int j = k + 1; j < g0; j++)
        if (s_has(c, j, F(GOODS) | F(IMPORTQ)))
            return true;
    return false;
}

/* Is the word at k the "off" or "up" of "hold off", "held up": a
 * measure held off is not imposed (guidelines §5, remove: "agreed to hold
 * up imposing anti-dumping duties", "hold off on the tariff increase")? */
static bool s_holds_off(const ctx_t *c, int k)
{
    static const char *const hold[] = { "hold$", "holds$", "held$", "holding$", NULL };
    return k > 0 && (s_is(c, k, W_OFF) || s_is(c, k, W_UP)) && tf_word_starts(c, k - 1, hold);
}

/* Is the word at k the "up" of a verb that raises what follows ("pushed
 * up tariffs", "ratcheted up duties", "jacked up its levies")? */
static bool s_pushes_up(const ctx_t *c, int k)
{
    static const char *const push[] = { "push", "drive", "drove", "jack", "ratchet", "bump", "ramp", "crank",
                                        NULL };
    /* (not what they push up: "prices were pushed up by tariffs") */
    return k > 0 && s_is(c, k, W_UP) && tf_word_starts(c, k - 1, push) && !s_is(c, k + 1, W_BY);
}

/* Does the verb at k take an object of its own, then "by" + a verb in
 * -ing before g0 ("escalated the situation by announcing", "raised
 * tensions by imposing")? */
static bool s_means_after_object(const ctx_t *c, int k, int g0)
{
    int j = k + 1;
    if (s_has(c, j, F(DET)))
        j++;
    int words = 0;
    for (; j < g0 && words < 3 && tf_plain_word(c, j); j++)
        words++;
    return words > 0 && s_is(c, j, W_BY) && j + 1 < g0 && tf_ing(c, j + 1);
}

/* The main predicate after a restrictive relative clause whose verb is at
 * v: a form of "be" or an auxiliary, then a verb of change ("... last year
 * were lifted", "... will be cut to 5 pct", "... have fallen"), before the
 * clause ends. Returns its token or -1. */
static int s_predicate_after_relative(const ctx_t *c, int v, int right)
{
    for (int k = v + 1; k < right && k <= v + 12; k++) {
        if (tf_boundary(c, k) || s_is(c, k, W_THAT) || s_is(c, k, W_WHICH))
            return -1;
        if (!s_has(c, k, F(AUX) | F(BEFORM) | F(M_MODAL)))
            continue;
        int w = k + 1;
        while (w < right && w <= k + 3 && (s_has(c, w, F(AUX) | F(BEFORM)) || tf_adverb(c, w) ||
                                           s_is(c, w, W_ALSO) || s_is(c, w, W_NOW) || s_is(c, w, W_ALREADY)))
            w++;
        if (w < right && s_has(c, w, A_MASK | F(FALL)) && !s_has(c, w, F(TNOUN) | F(WNOUN)))
            return w;
        return -1;
    }
    return -1;
}

/* Is the exemption at k one a verb ends ("removed Mexico's exemption",
 * "ending the temporary exemptions", "the removal of its exemption")? The
 * measure then falls on the party it spared: an imposition. */
static bool s_exemption_ended(const ctx_t *c, int k, int lo)
{
    for (int j = k - 1; j >= lo && j >= k - 5; j--) {
        /* (or lost: "Canada, Mexico and the EU lost temporary exemptions") */
        if ((s_has(c, j, F(A_REMOVE)) && !s_has(c, j, F(TNOUN) | F(WNOUN))) || tf_word_starts(c, j, tf_lose))
            return true;
        if (!(s_has(c, j, F(DET)) || tf_plain_word(c, j) || c->tp[j] >= 0 || s_is(c, j, W_APOS_S) ||
              s_is(c, j, W_RSQUO_S) || (s_is(c, j, W_OF) && j == k - 1 - s_has(c, k - 1, F(DET)))))
            return false;
    }
    return false;
}

/* Are the goods of duty-free trigger e taken off the list that grants it,
 * a verb of removal before "from" or "off" a list ("will remove 1.1 billion
 * dlrs of imports from Taiwan ... from the list of goods that enter the
 * country duty-free")? Ending duty-free treatment imposes the duty (§5). */
static bool s_off_the_list(const ctx_t *c, const event_t *e)
{
    static const char *const list[] = { "list$", "lists$", NULL };
    for (int k = e->g0 - 1; k > e->left + 1; k--) {
        int b = tf_before_det(c, k);
        if (!tf_word_starts(c, k, list) || !(s_is(c, b, W_FROM) || s_is(c, b, W_OFF)))
            continue;
        for (int j = b - 1; j >= e->left; j--)
            if (s_has(c, j, F(A_REMOVE)) && !s_has(c, j, F(TNOUN) | F(WNOUN) | F(DUTYFREE)))
                return true;
        return false;
    }
    return false;
}

int tf_action(const ctx_t *c, const event_t *e, bool *found)
{
    *found = false;
    int act = -1;
    bool dutyfree = false;
    /* inside the group: "tariff cuts", "exclusions from the tariffs" */
    for (int k = e->g0; k <= e->g1; k++) {
        if (s_has(c, k, F(DUTYFREE)))
            dutyfree = true;
        if (s_has(c, k, A_MASK & ~F(A_IMPOSE)) && !s_has(c, k, F(TNOUN) | F(WNOUN)) &&
            !((s_is(c, k, W_HIGHER) || s_is(c, k, W_LOWER)) && s_is(c, k + 1, W_THAN))) {
            act = s_action_from_flags(c->f[k]);
            /* ending no duty imposes one: "decided to end zero duty on coal" */
            if (act == SIFT_REMOVE && (s_is(c, k + 1, W_ZERO) || s_has(c, k + 1, F(DUTYFREE))))
                act = SIFT_IMPOSE;
            if (act == SIFT_EXEMPT && s_exemption_ended(c, k, e->left))
                act = SIFT_IMPOSE;
            break;
        }
    }
    /* "zero tariffs on industrial goods": no duty, like duty-free; so is
     * "duty free" in two words ("will enter China tariff free", the scraped
     * "tariff- free") */
    int fr = e->g1 + 1 < e->right && (s_tflags(c, e->g1 + 1) & SIFT_TOKEN_PUNCT) && !s_is(c, e->g1 + 1, W_COMMA)
                 ? e->g1 + 2
                 : e->g1 + 1;
    /* (and a zero rate before it, over an import qualifier: "will enjoy
     * zero-percent import tax") */
    int before = e->g0 - 1;
    if (before > e->left && s_has(c, before, F(IMPORTQ)))
        before--;
    static const char *const zero_pct[] = { "zero-percent$", "zero-per-cent$", "zero-pct$", NULL };
    if (act < 0 && (s_is(c, e->g0 - 1, W_ZERO) || tf_word_starts(c, before, zero_pct) ||
                    (fr < e->right && s_is(c, fr, W_FREE))))
        dutyfree = true;
    /* "will be free from tariff", "free of duty" */
    if (act < 0 && (s_is(c, e->g0 - 1, W_FROM) || s_is(c, e->g0 - 1, W_OF)) && s_is(c, e->g0 - 2, W_FREE))
        dutyfree = true;
    int change_at = act >= 0 ? e->g0 : -1; /* where the change word's phrase starts */
    /* the noun after the group: "tariff hikes", "tariff cut" */
    if (act < 0 && tf_change_noun_after(c, e)) {
        change_at = e->g0;
        act = s_action_from_flags(c->f[e->g1 + 1]);
        /* undoing a change removes what it added: "reverse recent tariff
         * increases", "lift the tariff hikes" */
        for (int k = e->g0 - 1; act == SIFT_RAISE && k >= e->left && k >= e->g0 - 3; k--) {
            if (s_has(c, k, F(A_REMOVE)) || (s_is(c, k, W_ON) && s_holds_off(c, k - 1))) {
                act = SIFT_REMOVE;
                break;
            }
            if (!(s_has(c, k, F(DET)) || tf_plain_word(c, k)))
                break;
        }
    }
    /* backwards to the verb or nominalisation governing it */
    if (act < 0) {
        int reach = e->g0 - 12; /* (and a list's parties beyond: "exempted Canada, Mexico, ...") */
        for (int k = e->g0 - 1; k >= e->left && k >= reach; k--) {
            if (c->tp[k] >= 0 && reach > e->g0 - 40)
                reach -= 1;
            if ((s_has(c, k, F(PREP_TGT)) && s_is(c, k, W_AGAINST)) || tf_cause_opens(c, k) || s_is(c, k, W_WHOSE))
                break; /* (nor "prices rose after U.S. tariffs", nor "end its dispute with China, whose tariff") */
            if (s_is(c, k, W_ON) && s_holds_off(c, k - 1)) {
                act = SIFT_REMOVE; /* "agreed to hold off on tariffs on cars" */
                change_at = k - 2;
                break;
            }
            if (s_pushes_up(c, k)) {
                act = SIFT_RAISE; /* "pushed up tariffs on Canadian shakes" */
                change_at = k - 1;
                break;
            }
            /* losing duty-free treatment imposes the duty: "will lose
             * duty-free status on 12 products" */
            if (dutyfree && s_has(c, k, F(UNDERGO)) && tf_word_starts(c, k, tf_lose)) {
                act = SIFT_IMPOSE;
                change_at = k;
                break;
            }
            if (s_is(c, k, W_OR) && tf_or_face(c, k - 1, e->g0) == k)
                break; /* an ultimatum imposes: "cut the surpluses or face tariffs" */
            /* nor the verb of a condition opening the sentence: "If Japan does
             * not reduce its barriers, the U.S. would set tariffs" */
            if (s_is(c, k, W_COMMA) && s_has(c, e->left, F(M_COND) | F(M_UNLESS)))
                break;
            /* the measure is the agent of a passive verb before it: "the
             * income raised by China's tariffs" */
            if (s_is(c, k, W_BY) && s_has(c, k - 1, A_MASK) && s_has(c, k - 1, F(PAST)))
                break;
            /* the tariff opens a clause of its own: "Prices Rise as Tariffs
             * Hit Home" (not "such measures as tariffs") */
            if (s_is(c, k, W_AS) && !s_is(c, k - 1, W_SUCH) && !s_is(c, k - 2, W_SUCH) &&
                !s_is(c, k - 1, W_WELL))
                break;
            /* (a part of the tariffs: "lowered many of its tariffs") */
            bool part = s_is(c, k - 1, W_MANY) || s_is(c, k - 1, W_SOME) || s_is(c, k - 1, W_MOST) ||
                        s_is(c, k - 1, W_ALL) || s_is(c, k - 1, W_SEVERAL);
            if (s_is(c, k, W_OF) && !s_has(c, k - 1, A_MASK | F(M_THREAT) | F(M_PROPOSE) | F(CHANGE)) &&
                !s_has(c, k - 1, F(DET)) && !tf_amount_word(c, k - 1) && !tf_quantity_word(c, k - 1) && !part)
                break;
            if (s_is(c, k, W_TO) && (s_is(c, k - 1, W_SUBJECT) || s_is(c, k - 1, W_SUBJECTED))) {
                /* "goods subject to additional tariffs"; "subject to the
                 * tariffs" only names a measure already told */
                if (!s_is(c, k + 1, W_THE) && !s_is(c, k + 1, W_THESE) && !s_is(c, k + 1, W_THOSE))
                    act = SIFT_IMPOSE;
                break;
            }
            /* (not a word of another noun: "higher costs due to the tariffs";
             * nor a comparison: "lower than the tariffs that Beijing had
             * threatened" compares, it changes nothing) */
            if ((s_is(c, k, W_HIGHER) || s_is(c, k, W_LOWER)) &&
                ((s_has(c, k, A_MASK) && tf_plain_word(c, k + 1) && k + 1 < e->g0) || s_is(c, k + 1, W_THAN)))
                break;
            /* a verb with an object of its own, the measure its means:
             * "escalated the situation by announcing a tariff list",
             * "raised tensions by imposing tariffs" */
            if (s_has(c, k, A_MASK) && s_means_after_object(c, k, e->g0))
                break;
            /* blocking goods with a measure imposes it ("blocking off Chinese
             * imports through tariffs"); only blocking the measure removes it */
            if (s_has(c, k, F(A_REMOVE)) && s_blocks_goods(c, k, e->g0))
                break;
            if (s_has(c, k, A_MASK)) {
                act = s_action_from_flags(c->f[k]);
                change_at = k;
                /* not imposing what one could: "waived its right to impose
                 * duties", "refrained from imposing" (guidelines §5: remove) */
                if (act == SIFT_IMPOSE && (((s_is(c, k - 1, W_TO) || s_is(c, k - 1, W_FROM)) &&
                                            s_forgoes(c, k - 2)) || s_holds_off(c, k - 1)))
                    act = SIFT_REMOVE;
                /* ending preferences imposes the ordinary duty (guidelines
                 * §5): "removing China from the preferential tariff framework" */
                bool preferential = false;
                for (int j = k + 1; j <= e->g1 + 1 && !preferential; j++)
                    preferential = s_is(c, j, W_PREFERENTIAL) ||
                                   (j > e->g1 - 1 && (s_is(c, j, W_CONCESSION) || s_is(c, j, W_CONCESSIONS)));
                /* levying none removes the duty: "will impose no tariff on" */
                if (act == SIFT_IMPOSE && tf_levies_none(c, k + 1))
                    act = SIFT_REMOVE;
                if (act == SIFT_EXEMPT && s_exemption_ended(c, k, e->left))
                    act = SIFT_IMPOSE;
                /* goods taken off a tariff list are spared, the list stays:
                 * "removed about 300 products from the final tariff list" */
                static const char *const list[] = { "list$", "lists$", NULL };
                if (act == SIFT_REMOVE && tf_word_starts(c, e->g1 + 1, list) && !s_has(c, k, F(TNOUN) | F(WNOUN)))
                    for (int j = k + 1; j < e->g0; j++)
                        if (s_is(c, j, W_FROM)) {
                            act = SIFT_EXEMPT;
                            break;
                        }
                if ((dutyfree || preferential) && act == SIFT_REMOVE) {
                    act = SIFT_IMPOSE; /* "ended duty-free treatment" */
                } else if (dutyfree && act == SIFT_IMPOSE) {
                    act = SIFT_REMOVE; /* "apply a zero-tariff policy": no duty */
                }
                /* "come down" */
                break;
            }
            /* "agreed to phase out all tariffs"; a tribunal's "threw out the
             * duties", "struck down the tariffs" */
            static const char *const throw[] = { "threw$", "throw$", "throws$", "thrown$", "throwing$", NULL };
            static const char *const strike[] = { "struck$", "strike$", "strikes$", "striking$", NULL };
            static const char *const down[] = { "down$", NULL };
            if ((s_is(c, k, W_OUT) && (s_is(c, k - 1, W_PHASE) || s_is(c, k - 1, W_PHASING) ||
                                       tf_word_starts(c, k - 1, throw))) ||
                (tf_word_starts(c, k, down) && tf_word_starts(c, k - 1, strike))) {
                act = SIFT_REMOVE;
                break;
            }
            /* using tariffs imposes them: "ready to use tariffs to deter"
             * (the verb right before the tariff, not "the use of tariffs",
             * talk of a tool, nor "using the income raised by tariffs") */
            if ((s_is(c, k, W_USE) || s_is(c, k, W_USES) || s_is(c, k, W_USING)) &&
                !s_has(c, k - 1, F(DET)) && tf_after_det(c, k) >= e->g0) {
                act = SIFT_IMPOSE;
                *found = true;
                break;
            }
            static const char *const bring[] = { "bring", NULL }; /* "bringing down tariffs" */
            if (s_is(c, k, W_DOWN) && (s_is(c, k - 1, W_COME) || s_is(c, k - 1, W_CAME) ||
                                       s_is(c, k - 1, W_GO) || s_is(c, k - 1, W_BROUGHT) ||
                                       tf_word_starts(c, k - 1, bring))) {
                act = SIFT_LOWER;
                break;
            }
        }
    }
    /* forwards over auxiliaries: "tariffs were imposed", "would come down",
     * "the duty the U.S. imposed", "duties levied by"; with the tariff as
     * the subject of an intransitive fall it is lowered ("the tariff fell
     * to 5%", "has dropped by 40%"; but "were dropped": removed) */
    /* (not for a measure that is the means of a verb before it: "answered
     * with tariffs of their own on American products, and world trade
     * shrank") */
    int means = e->g0 - 1;
    while (means > e->left && means >= e->g0 - 4 &&
           (s_has(c, means, F(DET) | F(PCT) | F(RETAL) | F(IMPORTQ)) || !isnan(c->num[means]) ||
            c->tp[means] >= 0 || tf_plain_word(c, means)))
        means--;
    if (act < 0 && !(means >= e->left && s_is(c, means, W_WITH) && !s_has(c, means + 1, F(DET)))) {
        bool in_pp = false; /* "the tariff on Canadian lumber was dropped" */
        bool rel = false;   /* in a relative clause without commas */
        /* (a long one too: "the tariff on some of the Swiss watches is now
         * cut") */
        int skipped = 0; /* tokens of a relative clause passed over */
        for (int k = e->g1 + 1; k < e->right && k <= e->g1 + skipped + (in_pp ? 20 : 7); k++) {
            /* over a relative clause between commas: "The duties, which took
             * effect in 1983, were lowered to 10 pct" */
            /* (or a participle there: "Canada's duty, imposed last November,
             * was cut to 85 cts") */
            /* (or between dashes: "Tariffs on beef -- which are around 20
             * percent -- will be slashed") */
            int dash_end = tf_dashed_relative(c, k, e->right);
            if (dash_end > 0) {
                skipped += dash_end - k;
                k = dash_end;
                continue;
            }
            /* (or examples between commas: "Some tariffs, including those on
             * computers, whisky and furs, would be removed") */
            if (s_is(c, k, W_COMMA) && s_is(c, k + 1, W_INCLUDING)) {
                int j = k + 2;
                while (j < e->right && j <= k + 16 && !(s_is(c, j, W_COMMA) && s_has(c, j + 1, F(AUX) | F(M_MODAL) | F(BEFORM))))
                    j++;
                if (j < e->right && j <= k + 16) {
                    skipped += j - k;
                    k = j;
                    continue;
                }
            }
            if (s_is(c, k, W_COMMA) && (s_is(c, k + 1, W_WHICH) || s_is(c, k + 1, W_WHO) ||
                                        (s_has(c, k + 1, A_MASK) && s_has(c, k + 1, F(PAST))))) {
                bool acts; /* "The tariffs, which Washington imposed in July, cover ..." */
                int j = tf_relative_clause(c, k + 1, e->right, 14, &acts);
                /* the main verb outranks the relative clause's ("The duties,
                 * which the U.S. raised in 1983, were lowered") */
                bool main_acts = false;
                for (int v = j + 1; v < e->right && v <= j + 4 && !main_acts; v++)
                    main_acts = s_has(c, v, A_MASK | F(FALL));
                if (j < e->right && s_is(c, j, W_COMMA) && (!acts || main_acts)) {
                    skipped += j - k;
                    k = j;
                    continue;
                }
                if (acts)
                    continue; /* into the relative clause, as without commas */
            }
            /* far from the tariff, only its own predicate: "is now cut",
             * "will also be slashed" (not "contributed to profits falling") */
            if (k > e->g1 + skipped + 7 && s_has(c, k, A_MASK | F(FALL))) {
                int v = k - 1;
                if (tf_adverb(c, v) || s_is(c, v, W_NOW) || s_is(c, v, W_ALSO) || s_is(c, v, W_ALREADY))
                    v--;
                /* (but a fall in the past tense is the phrase's own: "the
                 * tariff on goods sold in ASEAN countries fell to zero") */
                bool fell = s_has(c, k, F(FALL)) && s_has(c, k, F(PAST)) && !s_has(c, k, A_MASK);
                if ((!s_has(c, v, F(AUX) | F(BEFORM)) && !fell) || s_is(c, v, W_TO))
                    break; /* (nor "would cause GNP to drop") */
            }
            if (s_has(c, k, F(FALL)) &&
                (!s_has(c, k, A_MASK) || !s_has(c, k - 1, F(AUX)) || s_is(c, k - 1, W_HAS) ||
                 s_is(c, k - 1, W_HAVE) || s_is(c, k - 1, W_HAD))) {
                act = SIFT_LOWER;
                break;
            }
            if (s_has(c, k, A_MASK)) {
                if (tf_effect_on_object(c, k))
                    break;
                act = s_action_from_flags(c->f[k]);
                /* a restrictive relative clause tells how the measure came
                 * about, the main verb after it what happens to it now: "the
                 * tariffs (that) Japan imposed on beef last year were lifted" */
                int main_verb = rel ? s_predicate_after_relative(c, k, e->right) : -1;
                /* (not one with an object of its own, the measure's effect:
                 * "the tariff China put on U.S. pork has cut sales") */
                if (main_verb >= 0 && s_has(c, main_verb, A_MASK) && tf_effect_on_object(c, main_verb))
                    main_verb = -1;
                if (main_verb >= 0)
                    act = s_has(c, main_verb, A_MASK) ? s_action_from_flags(c->f[main_verb]) : SIFT_LOWER;
                break;
            }
            /* a measure that hits or targets goods is applied to them: "the
             * tariffs hit steel from Brazil, Argentina and Turkey" */
            if (s_has(c, k, F(PREP_TGT)) && !s_is(c, k, W_AGAINST) && !s_is(c, k, W_FROM) &&
                !in_pp && !s_affects(c, k)) { /* (what it affects is no target of it) */
                int o = tf_after_det(c, k);
                if (c->tp[o] >= 0 || s_has(c, o, F(GOODS) | F(ORIGIN)) || tf_plain_word(c, o)) {
                    act = SIFT_IMPOSE;
                    break;
                }
            }
            if ((s_is(c, k, W_PHASED) || s_is(c, k, W_PHASING)) && s_is(c, k + 1, W_OUT)) {
                act = SIFT_REMOVE; /* "tariffs are further phased out" */
                break;
            }
            if (s_is(c, k, W_COME) || s_is(c, k, W_CAME) || s_is(c, k, W_GO) || s_is(c, k, W_GOES) ||
                s_is(c, k, W_WENT) || s_is(c, k, W_GONE)) {
                if (s_is(c, k + 1, W_DOWN)) {
                    act = SIFT_LOWER;
                    break;
                }
                if (s_is(c, k + 1, W_UP) && !s_is(c, k, W_COME) && !s_is(c, k, W_CAME)) {
                    act = SIFT_RAISE; /* "if the tariff went up to 25 percent" */
                    break;
                }
                continue;
            }
            /* "the tariffs - up from five pct -", "tariffs, up from 10%" */
            if (k == e->g1 + 1 && (s_tflags(c, k) & SIFT_TOKEN_PUNCT) && s_is(c, k + 1, W_UP) &&
                s_is(c, k + 2, W_FROM)) {
                act = SIFT_RAISE;
                break;
            }
            /* "the tariffs Japan imposed": a relative clause without "that" */
            rel |= (k == e->g1 + 1 && (c->tp[k] >= 0 || tf_pronoun(c, k))) ||
                   (k == e->g1 + 2 && c->tp[k] >= 0 && s_is(c, k - 1, W_THE));
            if (s_has(c, k, F(AUX) | F(M_MODAL) | F(M_MUST) | F(M_WEAK) | F(DET) | F(NEG)) ||
                c->tp[k] >= 0 || tf_pronoun(c, k) || s_is(c, k, W_ALSO) || s_is(c, k, W_THEN) ||
                s_is(c, k, W_ALREADY) || s_is(c, k, W_CONTINUE) || s_is(c, k, W_CONTINUES) ||
                s_is(c, k, W_CONTINUED) || s_is(c, k, W_CONTINUING) ||
                (tf_adverb(c, k) && s_has(c, k - 1, F(AUX) | F(BEFORM) | F(M_MODAL))))
                continue; /* "have already been lowered", "continue(d) to fall", "were
                           * significantly reduced" */
            /* a relative clause whose subject acts: "the tariffs that
             * Washington imposed" (not "a surcharge that would raise $22
             * billion": what the measure does) */
            if ((k == e->g1 + 1 || (k == e->g1 + 2 && s_is(c, k - 1, W_COMMA))) &&
                (s_is(c, k, W_THAT) || s_is(c, k, W_WHICH)) && k + 1 < e->right &&
                (c->tp[k + 1] >= 0 || tf_pronoun(c, k + 1) ||
                 (s_is(c, k + 1, W_THE) && k + 2 < e->right && c->tp[k + 2] >= 0))) {
                rel = !s_is(c, k - 1, W_COMMA);
                continue;
            }
            if (k == e->g1 + 1 && s_has(c, k, F(HEADN)))
                continue; /* "the tariff rate had fallen" */
            if ((k == e->g1 + 1 || (k == e->g1 + 2 && s_has(c, k - 1, F(HEADN)))) &&
                (s_is(c, k, W_ON) || s_is(c, k, W_OF) || s_is(c, k, W_FOR))) {
                /* (also "the tariff rates for cosmetics will be reduced") */
                in_pp = true;
                continue;
            }
            /* the prepositional phrase's noun phrase, up to its verb, over
             * the commas of a list of goods: "tariffs on baby formula,
             * diapers, and toilet seats will be reduced", and of a list of
             * parties ("goods traded between the U.S., Canada and Mexico") */
            if (in_pp && !s_is(c, k, W_THAT) && !s_is(c, k, W_WHICH) &&
                (!(s_tflags(c, k) & SIFT_TOKEN_PUNCT) ||
                 (s_is(c, k, W_COMMA) && (tf_plain_word(c, k + 1) || s_has(c, k + 1, F(GOODS)) ||
                                          s_is(c, k + 1, W_AND) || s_is(c, k + 1, W_OR) ||
                                          (c->tp[k - 1] >= 0 && s_party_at(c, tf_after_det(c, k)) >= 0))))) {
                skipped += s_is(c, k, W_COMMA) ? 2 : 0; /* (a long list reaches further) */
                continue;
            }
            break;
        }
    }
    /* goods exempt from duties as such, no measure named, are freed of
     * them (guidelines §5, remove: "99.7 percent of Chinese exports will be
     * exempted from tariffs", "exempt from customs duties"); an exemption
     * is from a measure that stays ("exempt from the new tariffs", "from
     * U.S. steel tariffs") */
    if (act == SIFT_EXEMPT && s_exempt_from_duties_as_such(c, e))
        act = SIFT_REMOVE;
    /* ending an exemption imposes the duty again, like ending duty-free
     * treatment: "Trump ended exemptions for Canada and Mexico", "ended the
     * tariff exemptions", "ended exemptions from steel tariffs for ..." */
    if (act == SIFT_EXEMPT && change_at >= 0) {
        int k = change_at - 1;
        while (k > e->left && (s_has(c, k, F(DET)) || s_is(c, k, W_THE)))
            k--;
        if (k >= e->left && s_has(c, k, F(A_REMOVE)) && !s_has(c, k, F(TNOUN) | F(WNOUN)))
            act = SIFT_IMPOSE;
    }
    if (act >= 0)
        *found = true;
    /* a preferential rate or treatment is a lower duty ("could enjoy
     * preferential tariff rates", "favourable tariff treatment for Chinese
     * goods"), no action word of its own; taken away it is imposed again
     * ("remove China from its preferential tariff framework") */
    for (int k = e->g0 - 1; act < 0 && !dutyfree && k >= e->left && k >= e->g0 - 3; k--) {
        if (s_is(c, k, W_PREFERENTIAL) || s_is(c, k, W_FAVOURABLE) || s_is(c, k, W_FAVORABLE)) {
            int before = tf_before_det(c, k);
            act = s_is(c, before, W_FROM) ? SIFT_IMPOSE : SIFT_LOWER;
            break;
        }
        if (!tf_plain_word(c, k) && c->tp[k] < 0)
            break;
    }
    /* a concession is a cut named as a noun, like "reduction" ("will
     * enjoy tariff concessions", "the tariff concession agreements");
     * suspended, it is imposed (above) */
    for (int k = e->g0; act < 0 && !dutyfree && k <= e->g1 + 1 && k < e->right; k++)
        if (s_is(c, k, W_CONCESSION) || s_is(c, k, W_CONCESSIONS)) {
            act = SIFT_LOWER;
            *found = true;
        }
    if (dutyfree && act < 0) {
        act = s_off_the_list(c, e) ? SIFT_IMPOSE : SIFT_REMOVE; /* "placed on the duty-free list" */
        *found = true;
    }
    /* suspended for some parties, it stays for the rest: an exemption
     * ("suspended the metals tariffs for the EU, Argentina, ...") */
    if (act == SIFT_REMOVE && tf_suspended_for(c, e->g1 + 1, e->left) >= 0 &&
        c->tp[tf_after_det(c, e->g1 + 1)] >= 0)
        act = SIFT_EXEMPT;
    return act < 0 ? SIFT_IMPOSE : act;
}


static bool s_change_size(const ctx_t *c, int i, int end)
{
    /* "by 10 pct", "a 50 pct cut", "cuts of up to 50 pct", "by more than
     * 50 pct", "by an average of 50 pct", "an average fall of 55.9 pct" */
    int k = i - 1;
    if (s_is(c, k, W_ABOUT) || s_is(c, k, W_SOME) || s_is(c, k, W_ALMOST) || s_is(c, k, W_NEARLY))
        k--;
    if (s_is(c, k, W_THAN) && (s_is(c, k - 1, W_MORE) || s_is(c, k - 1, W_LESS)))
        k -= 2;
    if (s_is(c, k, W_TO) && s_is(c, k - 1, W_UP))
        k -= 2;
    if (s_is(c, k, W_OF) && s_is(c, k - 1, W_AVERAGE) && s_is(c, k - 3, W_BY))
        return true;
    if (s_is(c, k, W_BY))
        return true;
    /* right after its verb: "has fallen about 10 percent", "rose 1 percent"
     * (not a rate of the measure it names: "raised 25 percent tariffs") */
    if (s_has(c, k, F(FALL) | F(A_RAISE) | F(A_LOWER)) && !s_has(c, k, F(TNOUN) | F(WNOUN)) &&
        !s_has(c, end, F(TNOUN) | F(WNOUN)) && !s_has(c, end + 1, F(TNOUN) | F(WNOUN)))
        return true;
    /* (the upper end of a range of change: "by 25 to 40 percent") */
    if (s_is(c, k, W_TO) && !isnan(c->num[k - 1]) && s_is(c, k - 2, W_BY))
        return true;
    if (s_is(c, k, W_OF) && s_has(c, k - 1, F(CHANGE) | F(FALL) | F(A_RAISE) | F(A_LOWER)))
        return true;
    if (s_has(c, end, F(CHANGE) | F(A_RAISE)) && !s_has(c, end, F(TNOUN)))
        return true;
    /* a pace, not a level: "at a rate of about 2 percent each year", "5
     * pct a year", "annually" */
    static const char *const each[] = { "each$", "every$", "a$", "per$", NULL };
    static const char *const yearly[] = { "annually$", "yearly$", NULL };
    return (tf_word_starts(c, end, each) && s_is(c, end + 1, W_YEAR)) || tf_word_starts(c, end, yearly);
}

/* A range glued into one token: "4-6 percent", "3.5-4 pct" (the core
 * joins words across a hyphen). */
static bool s_glued_range(const ctx_t *c, int i, int b, sift_rate_t *rate, int *end)
{
    size_t n;
    const char *s = s_text(c, i, &n);
    if (i + 1 >= b || n < 3 || n > 15 || !(s_tflags(c, i) & SIFT_TOKEN_DIGIT))
        return false;
    char buf[16];
    memcpy(buf, s, n);
    buf[n] = 0;
    char *p, *q;
    double lo = tf_strtod(buf, &p);
    if (p == buf || *p != '-' || p[1] < '0' || p[1] > '9')
        return false;
    double hi = tf_strtod(p + 1, &q);
    if (*q || !(hi > lo))
        return false;
    int j = i + 1;
    if (s_has(c, j, F(PCT)))
        *end = j + 1;
    else if (j + 1 < b && s_has(c, j, F(PER)) && s_has(c, j + 1, F(CENT)))
        *end = j + 2;
    else
        return false;
    rate->kind = SIFT_RATE_RANGE;
    rate->a = lo;
    rate->b = hi;
    return true;
}

/* A share of goods, lines or trade, not a rate: "97 percent of the
 * imported goods", "91.6 percent of tariffs" (but "25 percent of tariff
 * on steel", "10 pct of the value"). */
static bool s_share(const ctx_t *c, int i, int end)
{
    /* "54.8 percent and 66.4 percent of the total value": as the last one */
    double w;
    int end2;
    if (s_is(c, end, W_AND) && tf_percent(c, end + 1, (int)c->n, &w, &end2))
        return s_share(c, end + 1, end2);
    /* "over 90 percent commodities in bilateral trade" */
    if ((c->f[end] & (F(GOODS) | F(GENERIC))) == (F(GOODS) | F(GENERIC)))
        return true;
    /* a percentage of something else: "in disregard of 91 percent opposition
     * in the comments" (not "25 percent across-the-board tariffs") */
    /* (not a preposition of time after it: "to 9 percent over 16 years",
     * "within five years") */
    static const char *const when[] = { "over$", "within$", "through$", "throughout$", "beginning$",
                                        "starting$", "before$", "since$", NULL };
    if (tf_plain_word(c, end) && !tf_adverb(c, end) && !s_has(c, end + 1, F(TNOUN) | F(WNOUN)) &&
        !s_has(c, end + 2, F(TNOUN) | F(WNOUN)) && !tf_word_starts(c, end, when))
        return true;
    /* a percentage as a clause's subject: "the remaining 1.5 percent will be
     * free", "60 percent are entitled to ordinary duties" (not "tariffs of
     * 25 percent will take effect") */
    int p = s_before_number(c, i);
    if (s_has(c, end, F(AUX) | F(M_MODAL) | F(BEFORM)) && !s_is(c, end, W_TO) &&
        !(s_is(c, p, W_OF) || s_is(c, p, W_AT) || s_is(c, p, W_TO) || s_is(c, p, W_BY) ||
          s_is(c, p, W_FROM) || s_is(c, p, W_WITH) || s_is(c, p, W_ON) || s_has(c, p, F(TNOUN) | F(WNOUN))))
        return true;
    if (!s_is(c, end, W_OF))
        return false;
    int j = tf_after_det(c, end);
    size_t n;
    const char *s = s_text(c, j, &n);
    bool tariff = s_has(c, j, F(TNOUN) | F(WNOUN)) && n && s[n - 1] != 's' &&
                  ((s_tflags(c, j + 1) & SIFT_TOKEN_PUNCT) || !(s_tflags(c, j + 1) & SIFT_TOKEN_ALPHA) ||
                   s_is(c, j + 1, W_ON) || s_is(c, j + 1, W_FOR) || s_is(c, j + 1, W_IN));
    /* (not "97 percent of tax items") */
    return !tariff && !s_is(c, j, W_VALUE);
}

/* A range written "5% to 10%" or "10 to 25 percent": the number v at i
 * (its percent sign, if any, ends at end), "to", a larger percentage; not
 * a change ("by 10 to 25 pct") nor the end of "from ... to ...". */
static bool s_bare_range(const ctx_t *c, int i, int end, int b, double v, rate_hit_t *hit)
{
    double w;
    int end2;
    if (!s_is(c, end, W_TO) || !tf_percent(c, end + 1, b, &w, &end2) || !(w > v) ||
        s_is(c, i - 1, W_TO) || s_is(c, i - 1, W_BY) || s_is(c, i - 1, W_FROM))
        return false;
    *hit = (rate_hit_t){ .at = i, .end = end2, .v = w, .from = NAN, .range = true, .lo = v };
    return true;
}

/* A range is the measure's rate when it is the last rate found (true:
 * *rate set), or the first of several tranches, each with its own rate:
 * "of 20 to 25 percent on pork, and 25 percent on steel" (added to hits). */
static bool s_range_is_rate(const rate_hit_t *range, rate_hit_t *hits, size_t *nh, size_t max, sift_rate_t *rate)
{
    if (*nh || !max) {
        *rate = tf_hit_rate(range);
        return true;
    }
    hits[(*nh)++] = *range;
    return false;
}

size_t tf_rates(const ctx_t *c, int a, int b, sift_rate_t *rate, rate_hit_t *hits, size_t max)
{
    rate->kind = SIFT_RATE_NONE;
    size_t nh = 0;
    rate_hit_t range;
    bool changed = false; /* a change "from ... to ..." seen: only more of them count */
    for (int i = a; i < b; i++) {
        double v, w;
        int end, end2;
        /* a number that is a percentage itself or by the marker that
         * follows its partner: "from 10 percent to 25 percent", "to 3.5
         * from seven pct", "from five to 25 per cent" */
        bool from = s_is(c, i, W_FROM), to = s_is(c, i, W_TO), betw = s_is(c, i, W_BETWEEN);
        if ((from || to || betw) && i + 1 < b) {
            int j = i + 1;
            /* "to an average of 41 pct from 51 pct", "to a level of ..." */
            if ((s_is(c, j, W_A) || s_is(c, j, W_AN)) &&
                (tf_plain_word(c, j + 1) || s_is(c, j + 1, W_AVERAGE)) && s_is(c, j + 2, W_OF))
                j += 3;
            if (tf_approx(c, j))
                j++;
            bool zero = j < b && s_is(c, j, W_ZERO); /* "reduced to zero from 15 percent" */
            if (j < b && (!isnan(c->num[j]) || zero)) {
                bool p1 = tf_percent(c, j, b, &v, &end);
                if (!p1) {
                    v = zero ? 0 : c->num[j];
                    end = j + 1;
                }
                int k = end;
                /* "from 15 percent in 2001 to 9 percent", "from 9.8% in the
                 * previous year to 7.5%", "from 15.3% at the time of its
                 * accession to 9.8%": a short phrase of time, no number but a year */
                int link = from ? W_TO : to ? W_FROM : W_AND;
                /* (or "from 9.8 percent last year to 7.5 percent") */
                static const char *const when[] = { "last$", "this$", "previous", "earlier$", "now$",
                                                    "currently$", NULL };
                /* (or whom each bound is for: "range from 4.8 pct for Seiko
                 * Epson Corp to 47 pct for smaller makers") */
                bool range_word = s_is(c, i - 1, W_RANGING) || s_is(c, i - 1, W_RANGE) ||
                                  s_is(c, i - 1, W_RANGES) || s_is(c, i - 1, W_VARYING);
                if (p1 && (from || to) &&
                    (s_is(c, k, W_IN) || s_is(c, k, W_AT) || tf_word_starts(c, k, when) ||
                     (range_word && from && s_is(c, k, W_FOR))))
                    for (int t = k + 1; t < b && t <= k + 8; t++) {
                        if (s_is(c, t, link)) {
                            k = t;
                            break;
                        }
                        /* (a number in words is whom it is for: "for one producer") */
                        if ((s_tflags(c, t) & SIFT_TOKEN_PUNCT) ||
                            (!isnan(c->num[t]) && (s_tflags(c, t) & SIFT_TOKEN_DIGIT) &&
                             !(c->num[t] >= 1900 && c->num[t] <= 2100)))
                            break;
                    }
                /* (and over a comma: "raised duties on almonds to 120%, from 100%") */
                if (to && s_is(c, k, W_COMMA) && s_is(c, k + 1, W_FROM))
                    k++;
                if (s_is(c, k, link)) {
                    k++;
                    if (tf_approx(c, k))
                        k++;
                    bool p2 = k < b && tf_percent(c, k, b, &w, &end2);
                    if (p2 || (p1 && k < b && !isnan(c->num[k]))) {
                        if (!p2) {
                            w = c->num[k];
                            end2 = k + 1;
                        }
                        bool ranging = range_word || betw;
                        if (ranging && changed)
                            break;
                        /* (a range of change is no level: "raised tariffs by
                         * between 25 and 40 percent") */
                        if (betw && s_is(c, i - 1, W_BY)) {
                            i = end2 - 1;
                            continue;
                        }
                        if (ranging) {
                            rate->kind = SIFT_RATE_RANGE;
                            rate->a = fmin(v, w);
                            rate->b = fmax(v, w);
                            return 0;
                        }
                        /* a change, perhaps one tranche of several: "on
                         * clothing from 15.9 to 7.1 percent, and that for
                         * home appliances from 20.5 to 8 percent" */
                        if (nh < max)
                            hits[nh++] = (rate_hit_t){ .at = i, .end = end2, .v = from ? w : v, .from = from ? v : w };
                        changed = true;
                        i = end2 - 1;
                        continue;
                    }
                }
            }
        }
        if (changed)
            continue;
        /* "from a high of almost 60 pct" */
        if (s_is(c, i, W_HIGH) && s_is(c, i + 1, W_OF)) {
            int j = i + 2;
            if (s_is(c, j, W_ALMOST) || s_is(c, j, W_ABOUT) || s_is(c, j, W_NEARLY))
                j++;
            if (tf_percent(c, j, b, &v, &end)) {
                rate->kind = SIFT_RATE_RANGE;
                rate->a = NAN;
                rate->b = v;
                return 0;
            }
        }
        if (s_glued_range(c, i, b, rate, &end))
            return 0;
        if (!tf_percent(c, i, b, &v, &end)) {
            /* "duties of 10 to 25 percent" */
            if (isnan(c->num[i]) || !s_bare_range(c, i, i + 1, b, c->num[i], &range))
                continue;
            if (s_range_is_rate(&range, hits, &nh, max, rate))
                return 0;
            i = range.end - 1;
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
            if (tf_percent(c, j, b, &w, &end2) || (j < b && !isnan(c->num[j]))) {
                if (isnan(w) || !tf_percent(c, j, b, &w, &end2))
                    w = c->num[j];
                rate->kind = SIFT_RATE_FROM_TO;
                rate->a = w;
                rate->b = v;
                return 0;
            }
        }
        if (s_change_size(c, i, end) || s_share(c, i, end))
            continue;
        /* the level replaced, not the measure's: "a 25 percent tariff -
         * instead of the original 10 percent -", "rather than 10 percent" */
        static const char *const original[] = { "original$", "previous$", "earlier$", NULL };
        int before = s_has(c, i - 1, F(DET)) ? i - 2 : i - 1;
        if (tf_word_starts(c, before, original))
            before = s_has(c, before - 1, F(DET)) ? before - 2 : before - 1;
        if ((s_is(c, before, W_OF) && s_is(c, before - 1, W_INSTEAD)) ||
            (s_is(c, before, W_THAN) && s_is(c, before - 1, W_RATHER)))
            continue;
        /* the rate of a domestic tax near the measure's: "cut the corporate
         * tax rate to 15 percent and impose a 35 percent tariff" */
        int j = i - 1;
        while (j > a && j >= i - 3 && (s_is(c, j, W_TO) || s_is(c, j, W_OF) || s_is(c, j, W_AT) ||
                                        s_is(c, j, W_RATE) || s_is(c, j, W_RATES)))
            j--;
        if (j > a && j < i - 1 && s_has(c, j, F(WNOUN)) && s_has(c, j - 1, F(EXPORTQ)))
            continue;
        /* the old level of a rise or fall, with no new one: "the tariffs - up
         * from five pct -" */
        int old_at = s_before_number(c, i);
        if (s_is(c, old_at, W_FROM) && (s_is(c, old_at - 1, W_UP) || s_is(c, old_at - 1, W_DOWN)))
            continue;
        /* "went up to 25 percent" is the new level, "up to 25 percent" a
         * ceiling, as are "as much as 50 percent" and "as high as 45
         * percent"; "at least 24 percent" is a floor (guidelines §8: "a high
         * of almost 60 pct" -> max) */
        bool up_to = s_is(c, i - 1, W_TO) && s_is(c, i - 2, W_UP) &&
                     !(s_is(c, i - 3, W_WENT) || s_is(c, i - 3, W_GO) || s_is(c, i - 3, W_GOES) ||
                       s_is(c, i - 3, W_GONE));
        static const char *const high[] = { "high$", "much$", NULL };
        static const char *const least[] = { "least$", NULL };
        /* (and "a maximum of 60 pct", "a high of almost 60 pct", "five pct
         * or less"; "more than 100 pct", "20 pct or more") */
        static const char *const maximum[] = { "maximum$", "high$", "ceiling$", NULL };
        static const char *const almost[] = { "almost$", "nearly$", "about$", "around$", NULL };
        static const char *const more[] = { "more$", NULL };
        static const char *const less[] = { "less$", "lower$", "below$", NULL };
        static const char *const above[] = { "more$", "higher$", "above$", NULL };
        int of = i - 1 - tf_word_starts(c, i - 1, almost);
        bool or_less = s_is(c, end, W_OR) && tf_word_starts(c, end + 1, less);
        bool or_more = s_is(c, end, W_OR) && tf_word_starts(c, end + 1, above);
        bool ceiling = up_to || (s_is(c, i - 1, W_AS) && tf_word_starts(c, i - 2, high) && s_is(c, i - 3, W_AS)) ||
                       (s_is(c, of, W_OF) && tf_word_starts(c, of - 1, maximum) && s_is(c, of - 2, W_A)) || or_less;
        bool floor_ = (s_is(c, i - 2, W_AT) && tf_word_starts(c, i - 1, least)) ||
                      (s_is(c, i - 1, W_THAN) && tf_word_starts(c, i - 2, more)) || or_more;
        /* (the first of several tranches, each with its own rate: "as high
         * as 45 percent on Chinese goods and 35 percent on Mexican") */
        if ((ceiling || floor_) && nh == 0 && max > 0) {
            hits[nh++] = (rate_hit_t){ .at = i, .end = end, .v = v, .from = NAN, .bound = ceiling ? 1 : -1 };
            i = end - 1;
            continue;
        }
        if (up_to) {
            rate->kind = SIFT_RATE_RANGE;
            rate->a = NAN;
            rate->b = v;
            return 0;
        }
        /* "tariffs of 5% to 10%": a range without "from" or "ranging" */
        if (s_bare_range(c, i, end, b, v, &range)) {
            if (s_range_is_rate(&range, hits, &nh, max, rate))
                return 0;
            i = range.end - 1;
            continue;
        }
        /* a rate to compare with is no tranche, nor is what follows it:
         * "is 20 pct, compared with 3.7 pct in the United States" */
        bool compared = false;
        for (int j = i - 1; j >= a && j >= i - 3; j--)
            compared |= s_is(c, j, W_COMPARED) || s_is(c, j, W_VERSUS) ||
                        (s_is(c, j, W_THAN) && !s_is(c, j - 1, W_MORE) && !s_is(c, j - 1, W_LESS));
        if (compared && nh)
            break;
        bool dup = false;
        for (size_t h = 0; h < nh; h++)
            dup |= hits[h].v == v && !hits[h].range;
        if (!dup && nh < max)
            hits[nh++] = (rate_hit_t){ .at = i, .end = end, .v = v, .from = NAN };
        i = end - 1;
    }
    /* changes "from ... to ...": the first is the measure's rate, and two or
     * more with no plain rate among them are tranches */
    size_t changes = 0, first_change = nh;
    for (size_t h = 0; h < nh; h++)
        if (!isnan(hits[h].from)) {
            changes++;
            first_change = first_change < h ? first_change : h;
        }
    if (changes) {
        rate->kind = SIFT_RATE_FROM_TO;
        rate->a = hits[first_change].from;
        rate->b = hits[first_change].v;
        return changes == nh && nh >= 2 ? nh : 0;
    }
    /* a rate and the one a change verb takes it to: "the 35 pct tariff ...
     * would be reduced to 20 pct" is one change, not two tranches; so is
     * the verb before the rate it changes: "will cut its 38.5% tariff on
     * beef to 9%" (not "cut tariffs on cars to 15% and on parts to 6%") */
    /* (nor is a level a range is taken to: "the tariffs of 10 to 25 percent
     * will be cut to 5 percent" keeps the range) */
    if (nh >= 2 && hits[0].range && isnan(hits[1].from) && s_is(c, hits[1].at - 1, W_TO)) {
        *rate = tf_hit_rate(&hits[0]);
        return 0;
    }
    if (nh == 2 && !hits[0].bound && !hits[0].range && s_is(c, hits[1].at - 1, W_TO)) {
        bool change = false, staged = false;
        int from = s_is(c, s_before_number(c, hits[0].at), W_TO) ? hits[0].end : a;
        for (int k = from; k < hits[1].at - 1; k++) {
            if (!s_has(c, k, A_MASK | F(FALL)) || s_has(c, k, F(A_IMPOSE) | F(TNOUN)))
                continue;
            /* (but a later stage of a measure set at the first rate is a
             * tranche of its own: "10 percent tariffs ..., rising to 25
             * percent on Jan. 1", "take effect ... and rise to 25 percent") */
            if (!change && k >= hits[0].end && tf_later_stage(c, k))
                staged = true;
            else
                change = true;
        }
        if (change) {
            rate->kind = SIFT_RATE_FROM_TO;
            rate->a = hits[0].v;
            rate->b = hits[1].v;
            return 0;
        }
        if (staged) {
            *rate = tf_hit_rate(&hits[0]);
            return nh;
        }
    }
    if (nh)
        *rate = tf_hit_rate(&hits[0]);
    return nh == 1 && (hits[0].bound || hits[0].range) ? 0 : nh;
}

/* A goods phrase's text, in the output's scratch: the words as written,
 * each run of spaces or line breaks between them one space (wire copy
 * breaks its lines inside phrases: "electronic\ngoods"). */
static const char *s_goods_text(ctx_t *c, const char *s, size_t n)
{
    char *p = c->host->scratch(c->out, n + 1);
    if (!p)
        return NULL;
    size_t j = 0;
    for (size_t i = 0; i < n; i++) {
        bool space = s[i] == ' ' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t';
        if (!space)
            p[j++] = s[i];
        else if (j > 0 && p[j - 1] != ' ')
            p[j++] = ' ';
    }
    p[j] = 0;
    return p;
}

/* Product phrases after "on" / "for" / "including" ("tariffs on Japanese
 * color television sets, motorised tools and personal computers"). */
static bool s_goods_filler(const ctx_t *c, int k)
{
    return s_has(c, k, F(DET) | F(PCT) | F(PER) | F(CENT) | F(SCALE) | F(MONEYW) | F(UNIT) |
                           F(IMPORTQ) | F(RETAL) | F(TNOUN)) ||
           !isnan(c->num[k]) || c->tp[k] >= 0 || s_is(c, k, W_OF) || s_is(c, k, W_WORTH) ||
           /* "of between 15 percent and 25 percent on" (a range's words) */
           s_is(c, k, W_BETWEEN) || (s_is(c, k, W_AND) && !isnan(c->num[k + 1])) ||
           s_is(c, k, W_UP) || s_is(c, k, W_TO) || s_is(c, k, W_AS) || s_is(c, k, W_MUCH) ||
           s_is(c, k, W_ABOUT) || s_is(c, k, W_DASH) || s_is(c, k, W_HIGHER) || s_is(c, k, W_IN);
}

/* Does the product phrase end before token k, at a verb or a clause that
 * says more of the goods: "cars | made in Mexico", "aluminum | starting at
 * midnight", "solar panels | hit South Korea", "seafood, | effective July
 * 6", "steel | during the primary"? */
static bool s_goods_end(const ctx_t *c, int k)
{
    static const char *const participle[] = { "made$", "built$", "produced$", "manufactured$", "assembled$",
                                              "grown$", "bought$", NULL };
    /* (or a stretch of time: "soybeans, cars and aircraft, | hours after") */
    static const char *const time[] = { "hours$", "days$", "weeks$", "months$", "years$", "decades$", NULL };
    /* (or a verb of the measure's standing: "on U.S. beef | stands at 38.5 percent") */
    static const char *const stands[] = { "stands$", "stood$", "remains$", "remained$", NULL };
    return s_has(c, k, F(EFFECTIVE) | F(PREP_TGT) | F(M_MUST) | F(M_WEAK) | F(ATTRIB)) ||
           (tf_pronoun(c, k) && (s_tflags(c, k) & SIFT_TOKEN_LOWER)) || /* (not "IT products") */
           /* a generic head ends its phrase: "Chinese goods | came into force" */
           (s_has(c, k - 1, F(GENERIC)) && !s_is(c, k, W_OF)) || s_is(c, k, W_AFTER) || s_is(c, k, W_DURING) ||
           tf_word_starts(c, k, time) || tf_word_starts(c, k, stands) ||
           s_has(c, k + 1, F(ATTRIB) | F(M_CONSIDER)) || /* "Bloomberg reported" */
           s_is(c, k, W_UNTIL) || (s_has(c, k, F(ORIGIN)) && tf_word_starts(c, k, participle)) ||
           (tf_ing(c, k) && (s_is(c, k + 1, W_AT) || s_is(c, k + 1, W_ON) || s_is(c, k + 1, W_IN) ||
                             s_is(c, k + 1, W_FROM) || s_is(c, k + 1, W_TO)));
}

/* Is the lower-case word at k, inside a product phrase begun before it, a
 * verb ("tires | imported", "Bloomberg | reported", "aluminum | affecting
 * the EU"), not a modifier of a product after it ("rolled steel")? */
static bool s_verb_in_goods(const ctx_t *c, int k)
{
    size_t n;
    const char *s = s_text(c, k, &n);
    if (!(s_tflags(c, k) & SIFT_TOKEN_LOWER) || n < 5 || s_has(c, k + 1, F(GOODS)))
        return false;
    return !strncmp(s + n - 3, "ing", 3) || !strncmp(s + n - 2, "ed", 2);
}

/* Is the lower-case word at k, after a product, a verb with its object
 * ("steel | hurt American manufacturers", "grain | cost U.S. farmers
 * billions", "aluminum | pushed the price up")? No product word goes on
 * to a determiner, a pronoun, a party or the people a measure affects. */
static bool s_verb_with_object(const ctx_t *c, int k)
{
    if (!tf_plain_word(c, k) || !(s_tflags(c, k) & SIFT_TOKEN_ALPHA) || tf_product_word(c, k) ||
        (size_t)k + 1 >= c->n || s_is(c, k + 1, W_SUCH))
        return false;
    int p = c->tp[k + 1];
    return s_has(c, k + 1, F(DET) | F(AFFECTED)) ||
           (tf_pronoun(c, k + 1) && (s_tflags(c, k + 1) & SIFT_TOKEN_LOWER)) ||
           (p >= 0 && c->parties[p].a == k + 1 && strchr("CDM", c->parties[p].kind));
}

/* Is the word at k an adverb ending the phrase ("U.S. beef | currently
 * stands at"), not an adjective of time in it ("products of daily
 * supplies")? */
static bool s_adverb_in_goods(const ctx_t *c, int k)
{
    static const char *const adjective[] = { "daily$", "weekly$", "monthly$", "yearly$", NULL };
    return tf_adverb(c, k) && !tf_word_starts(c, k, adjective);
}

/* Is token k a word of the quantity before the goods, not a product:
 * "about $200 billion of", "another $267 billion of", "up to $500
 * billion of", "C$16.6 billion"? Sets *skip to the tokens it spans. */
static bool s_quantity_word(const ctx_t *c, int k, int *skip)
{
    *skip = 1;
    /* "up to", "more than", "less than" */
    if ((s_is(c, k, W_UP) && s_is(c, k + 1, W_TO)) ||
        ((s_is(c, k, W_MORE) || s_is(c, k, W_LESS)) && s_is(c, k + 1, W_THAN))) {
        *skip = 2;
        return true;
    }
    /* a quantity in units: "550,000 tonnes of wheat bran", "a million
     * barrels of oil" */
    static const char *const units[] = { "tonnes$", "tons$", "barrels$", "bushels$", "kilos$", "kilograms$",
                                         "pounds$", "gallons$", "litres$", "liters$", "units$", "pairs$",
                                         NULL };
    if (s_is(c, k + 1, W_OF) && k > 0 && (!isnan(c->num[k - 1]) || s_has(c, k - 1, F(SCALE) | F(DET))) &&
        (s_has(c, k, F(UNIT)) || tf_word_starts(c, k, units))) {
        *skip = 2;
        return true;
    }
    /* "as many as 28 medicines", "as much as" */
    static const char *const many[] = { "many$", "much$", NULL };
    if (s_is(c, k, W_AS) && tf_word_starts(c, k + 1, many) && s_is(c, k + 2, W_AS)) {
        *skip = 3;
        return true;
    }
    /* "over 20,000 categories of" */
    static const char *const over[] = { "over$", NULL };
    if (tf_word_starts(c, k, over) && !isnan(c->num[k + 1]))
        return true;
    /* "other goods", "more Chinese goods", "various products", "'s exports" */
    static const char *const some[] = { "other$", "more$", "various$", "many$", "selected$", "certain$",
                                        "several$", "numerous$", "each$", "remaining$", "extra$",
                                        "additional$", NULL };
    if (tf_approx(c, k) || s_is(c, k, W_ANOTHER) || tf_word_starts(c, k, some) || s_is(c, k, W_APOS_S) ||
        s_is(c, k, W_RSQUO_S))
        return true;
    /* a set of them: "a wide range of", "a variety of", "imports of" */
    static const char *const set[] = { "range$", "variety$", "host$", "dozens$", "hundreds$", "series$",
                                       "kinds$", "types$", "sorts$", "imports$", "exports$", "items$", "list$",
                                       "lists$", "number$", "group$", "groups$", "amount$", "selection$",
                                       "batch$", "batches$", "categories$", "majority$", "bulk$", "half$",
                                       "part$", "parts$", "most$", "billions$", "millions$",
                                       "dollars-worth$", NULL };
    if (s_is(c, k + 1, W_OF) && tf_word_starts(c, k, set)) {
        *skip = 2;
        return true;
    }
    static const char *const wide[] = { "wide$", "wider$", "broad$", "whole$", "similar$", "large$", "long$",
                                        "new$", "proposed$", "expanded$", "revised$", "initial$", "entire$",
                                        "same$", "above-mentioned$", "first$", "second$", NULL };
    if (s_is(c, k + 2, W_OF) && tf_word_starts(c, k, wide) && tf_word_starts(c, k + 1, set)) {
        *skip = 3;
        return true;
    }
    /* a currency's sign: "$34 billion", "€2.8 billion", "£1 billion" */
    size_t n;
    const char *s = s_text(c, k, &n);
    if (*s == '$' || (n >= 3 && !memcmp(s, "\u20ac", 3)) || (n >= 2 && !memcmp(s, "\u00a3", 2)) ||
        (n >= 2 && !memcmp(s, "\u00a5", 2)))
        return true;
    /* a currency's letters glued to its sign: "C$", "HK$", "A$" */
    const sift_token_t *t = &c->doc->tokens[k];
    return (size_t)k + 1 < c->n && t->end == c->doc->tokens[k + 1].start &&
           (s_tflags(c, k) & SIFT_TOKEN_UPPER) && t->end - t->start <= 2 &&
           c->doc->text[c->doc->tokens[k + 1].start] == '$';
}

/* Does the word at k end as an adjective or a field does ("electronic",
 * "electronics", "agricultural")? */
static bool s_adjective_ending(const ctx_t *c, int k)
{
    size_t n;
    const char *s = s_text(c, k, &n);
    return (n > 3 && !strncmp(s + n - 2, "ic", 2)) || (n > 4 && !strncmp(s + n - 3, "ics", 3)) ||
           (n > 3 && !strncmp(s + n - 2, "al", 2));
}

/* Does a phrase of time start at k, after the goods: "on Chinese steel
 * earlier this year", "this month", "yesterday"? */
static bool s_time_in_goods(const ctx_t *c, int k)
{
    static const char *const when[] = { "earlier$", "later$", "yesterday$", "tomorrow$", "recently$", "soon$",
                                        "again$", "now$", "yet$", "instead$", "over$", "within$", "during$",
                                        NULL };
    if (tf_word_starts(c, k, when))
        return true;
    static const char *const this_[] = { "this$", NULL };
    return tf_word_starts(c, k, this_) &&
           (s_is(c, k + 1, W_YEAR) || s_is(c, k + 1, W_MONTH) || s_is(c, k + 1, W_WEEK));
}

void tf_goods_before(ctx_t *c, event_t *e)
{
    int k = e->g0 - 1;
    while (k >= e->left && s_has(c, k, F(IMPORTQ)) && !s_has(c, k, F(GOODS)))
        k--; /* "oil | import fee" */
    /* the product words before, a list's too: "steel and aluminum tariffs" */
    const char *found[MAX_GOODS];
    size_t n = 0;
    while (k >= e->left && tf_product_word(c, k) && n < MAX_GOODS) {
        int end = k;
        while (k - 1 >= e->left && tf_product_word(c, k - 1))
            k--;
        uint32_t s0 = c->doc->tokens[k].start, s1 = c->doc->tokens[end].end;
        found[n++] = s_goods_text(c, c->doc->text + s0, s1 - s0);
        k--;
        if (!(k > e->left && (s_is(c, k, W_AND) || s_is(c, k, W_COMMA) || s_is(c, k, W_OR))))
            break;
        k--;
    }
    for (size_t i = n; i-- > 0 && e->n_goods < MAX_GOODS;)
        if (found[i])
            e->goods[e->n_goods++] = found[i];
}

/* Where the examples of goods a phrase ended at k goes on to start: the
 * "including" of ", including" (or of "including" after a word or more)
 * within a few words, none of them a verb ("on 545 items of US goods with
 * around the same value, | including vehicles"), or -1. */
static int s_examples_after(const ctx_t *c, int k, int b)
{
    for (int j = k; j + 1 < b && j <= k + 10; j++) {
        if (s_is(c, j, W_COMMA) && s_is(c, j + 1, W_INCLUDING))
            return j + 1;
        if (j > k && s_is(c, j, W_INCLUDING)) /* "goods from a range of sectors including" */
            return j;
        if (s_has(c, j, A_MASK | F(AUX) | F(BEFORM) | F(PAST) | F(M_MODAL) | F(ATTRIB)) || tf_boundary(c, j) == 2)
            return -1;
    }
    return -1;
}

/* Where the goods start after the measure's verb of reach at k (past its
 * modal, before b): "the tariffs (will) hit | U.S. soybeans", "target |
 * 818 products", "apply to | steel"; -1 unless goods follow within four
 * words (not "hitting where it hurts", "apply to measures", "targeting
 * China's high-tech industries"). */
static int s_reached_goods(const ctx_t *c, int k, int a, int b)
{
    static const char *const apply[] = { "apply$", "applies$", "applied$", NULL };
    static const char *const reach[] = { "hit$", "hits$", "hitting$", "target", "cover", NULL };
    int v = k, from = -1;
    while (v < b && v < a + 3 && s_has(c, v, F(AUX) | F(M_MODAL) | F(M_WEAK)))
        v++;
    if (v < b && tf_word_starts(c, v, reach) && !s_is(c, v + 1, W_TO) && !s_is(c, v + 1, W_BY))
        from = v + 1;
    else if (v + 1 < b && tf_word_starts(c, v, apply) && s_is(c, v + 1, W_TO))
        from = v + 2;
    for (int j = from; from >= 0 && j < b && j < from + 4 && !(s_tflags(c, j) & SIFT_TOKEN_PUNCT); j++)
        if (tf_product_word(c, j) || (s_has(c, j, F(GOODS)) && !isnan(c->num[j - 1]))) /* "818 products" */
            return from;
    return -1;
}

void tf_goods(ctx_t *c, event_t *e, int a, int b)
{
    static const char *const in_force[] = { "force$", NULL }; /* "came into force" */
    static const char *const movement[] = { "imports$", NULL }; /* (the gold keeps "farm exports") */
    int k = a;
    /* (examples right after the tariff: "subject to higher tariffs, |
     * including soybeans") */
    if (s_is(c, k, W_COMMA) && s_is(c, k + 1, W_INCLUDING))
        k++;
    int named = s_reached_goods(c, k, a, b);
    /* (over the tariff's rate or level: "the average tariff rate for
     * clothing", "tariff rates on 1,585 items") */
    static const char *const rate[] = { "rate$", "rates$", "level$", "levels$", NULL };
    /* (a tranche may start at "for": "..., and that for home appliances") */
    while (named < 0 && k < b && k < a + 12 && !(s_is(c, k, W_ON) || s_is(c, k, W_INCLUDING) ||
                                    (s_is(c, k, W_FOR) && (k == a || s_has(c, k - 1, F(CHANGE) | F(TNOUN)) ||
                                                           tf_word_starts(c, k - 1, rate)))))
        if (!s_goods_filler(c, k) && !(k == a && tf_word_starts(c, k, rate)) &&
            /* (or the measure's verb and agent: "the tariffs imposed by the
             * United States on steel") */
            !(k == a && s_has(c, k, A_MASK) && s_has(c, k, F(PAST))) &&
            !(k > a && s_is(c, k, W_BY) && s_has(c, a, A_MASK)))
            return;
        else
            k++;
    if (named >= 0)
        k = named;
    else if (k >= b || k >= a + 12)
        return;
    else
        k++;
    int start = -1, last = -1;
    for (; k <= b && e->n_goods < MAX_GOODS; k++) {
        bool stop = k == b;
        bool sep = false;
        int skip;
        bool examples = false;
        if (!stop) {
            size_t n;
            const char *s = s_text(c, k, &n);
            uint32_t tf = s_tflags(c, k);
            if (start < 0 && s_quantity_word(c, k, &skip)) {
                k += skip - 1;
                continue;
            }
            /* (nor with the hyphen the tokenizer leaves after an
             * abbreviation's period: "U.S.-made cars" is "U.S." "-" "made") */
            if (start < 0 && n == 1 && *s == '-' && s_party_at(c, k - 1) >= 0 &&
                !(tf & (SIFT_TOKEN_SPACE_BEFORE | SIFT_TOKEN_SPACE_AFTER))) {
                k += s_has(c, k + 1, F(ORIGIN));
                continue;
            }
            if (s_has(c, k, F(PREP_TGT)) && tf_ing(c, k) &&
                (start < 0 || (start == last && s_has(c, start, F(GENERIC))))) {
                start = last = -1; /* "128 items | covering chemical products, ..." */
                continue;
            }
            if (s_is(c, k, W_COMMA) || s_is(c, k, W_AND) || s_is(c, k, W_OR) || s_is(c, k, W_INCLUDING))
                sep = true;
            else if (s_is(c, k, W_SUCH) && s_is(c, k + 1, W_AS)) {
                /* examples follow: "home appliances such as washing machines
                 * and refrigerators" (a class named by a generic head,
                 * "product categories such as ...", is no product) */
                sep = examples = true;
                k++;
            } else if (start < 0 && s_is(c, k - 1, W_COMMA) &&
                     (s_has(c, k, A_MASK) ||
                      (tf_ing(c, k) && (s_tflags(c, k) & SIFT_TOKEN_LOWER) &&
                       (s_is(c, k + 1, W_THAT) || s_has(c, k + 1, F(DET)) || s_party_at(c, k + 1) >= 0 ||
                        /* (or a name: ", forcing Tesla to"; a gerund before a noun is
                         * a product's: ", washing machines", ", building materials") */
                        (!tf_product_word(c, k) && (size_t)k + 1 < c->n &&
                         (s_tflags(c, k + 1) & SIFT_TOKEN_CAP)) ||
                        /* (or a verb whose object a preposition follows: ", drawing
                         * protests from", ", raising fears of"; not ", washing machines") */
                        (!tf_product_word(c, k) && tf_plain_word(c, k + 1) &&
                         (s_tflags(c, k + 1) & SIFT_TOKEN_LOWER) && !tf_product_word(c, k + 1) &&
                         !s_has(c, k + 1, F(GOODS)) &&
                         (s_is(c, k + 2, W_FROM) || s_is(c, k + 2, W_OF) || s_is(c, k + 2, W_ABOUT) ||
                          s_is(c, k + 2, W_AMONG) || s_is(c, k + 2, W_FOR)))))))
                stop = true; /* ", exempting Canada", ", alleging that": a new clause, not a product */
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
                     s_has(c, k, F(WEEKDAY) | F(TODAY)) || s_time_in_goods(c, k) ||
                     /* the verb of the measure's coming ("on steel took effect", "will
                      * begin"), not the noun ("a range of imports") */
                     (s_has(c, k, F(STATUSV)) && !s_has(c, k - 1, F(DET)) && !s_is(c, k + 1, W_OF)) ||
                     s_is(c, k + 1, W_EFFECT) || (s_is(c, k + 1, W_INTO) && (s_is(c, k + 2, W_EFFECT) ||
                                                                          tf_word_starts(c, k + 2, in_force))) ||
                     s_goods_end(c, k) ||
                     (start >= 0 && (s_verb_in_goods(c, k) || s_adverb_in_goods(c, k) || s_verb_with_object(c, k))) ||
                     /* (no product starts with an adverb: "Chinese goods, the US | also
                      * expressed"; nor with a party after a comma, the subject of a
                      * clause: "Chinese imports, | the U.S. side should") */
                     (start < 0 && (s_adverb_in_goods(c, k) || s_is(c, k, W_ALSO))) ||
                     /* (or with officials who say so: "ON 50 ITEMS, OFFICIALS SAY") */
                     (start < 0 && s_is(c, k - 1, W_COMMA) &&
                      ((s_has(c, k, F(DET)) && s_party_at(c, k + 1) >= 0) ||
                       (c->tp[k] >= 0 && c->parties[c->tp[k]].kind == 'R'))))
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
            /* a generic head alone ("goods", "imports") is no product, nor
             * who the measure hits ("on the companies hit") */
            bool generic = (last == start || examples) && s_has(c, last, F(GENERIC));
            /* nor lines of the schedule: "1,585 taxable items", "tariff lines" */
            static const char *const schedule[] = { "tax$", "taxable$", "tariff$", NULL };
            static const char *const lines[] = { "items$", "lines$", NULL };
            generic |= last == start + 1 && tf_word_starts(c, start, schedule) && tf_word_starts(c, last, lines);
            if (s_has(c, start, F(AFFECTED)) || s_has(c, last, F(AFFECTED)))
                break;
            /* nor parties named by reference: "on both countries" */
            if (s_is(c, start, W_BOTH) && s_has(c, last, F(GENACTOR)))
                break;
            /* the goods, not their movement: "steel imports" is steel (not
             * after an adjective: "electronic imports") */
            if (last > start && s_has(c, last, F(GENERIC)) && tf_word_starts(c, last, movement) &&
                !s_adjective_ending(c, last - 1))
                last--;
            /* nor a phrase left hanging on "of": "a majority of", "and spoke
             * of using" (a verb after the list) */
            if (!generic && !s_is(c, last, W_OF)) {
                uint32_t s0 = c->doc->tokens[start].start, s1 = c->doc->tokens[last].end;
                const char *g = s_goods_text(c, c->doc->text + s0, s1 - s0);
                if (g)
                    e->goods[e->n_goods++] = g;
            }
        }
        start = last = -1;
        if (stop && (k = s_examples_after(c, k, b)) < 0)
            break;
    }
}
