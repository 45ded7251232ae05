/* SPDX-License-Identifier: MIT */
/* sentence.c - clauses: a sentence's triggers grouped into clauses, each clause's span. */
#include "tariffs.h"

#include <math.h>
#include <string.h>

/* "GSP" (the Generalized System of Preferences) is a measure of its own
 * only in a sentence that names no other: "removed India from the GSP",
 * but "ended duty-free treatment for X, Y and Z under the GSP" is the
 * treatment's one measure. */
static bool s_gsp_beside_measure(const ctx_t *c, int i, int sb, int se)
{
    static const char *const gsp[] = { "gsp$", NULL };
    if (!s_has(c, i, F(DUTYFREE)) || !tf_word_starts(c, i, gsp))
        return false;
    for (int j = sb; j < se; j++)
        if (j != i && s_has(c, j, F(TNOUN) | F(WNOUN) | F(DUTYFREE)) && !tf_word_starts(c, j, gsp))
            return true;
    return false;
}

/* A clause of a sentence: its trigger group and its span (s_clauses). */
typedef struct clause {
    int sent, g0, g1, left, right;
    bool ell;              /* an elliptical change, no tariff noun */
    uint64_t any;          /* the cue classes of the sentence's tokens */
} clause_t;

/* The subject pronoun of a sentence that stands for a measure named before
 * it, with a verb of reach to goods or a party: "They will be applied to
 * shoes and bags" after "The new duties ..." (guidelines §2), "Since June
 * 1, they have also applied to steel from Canada". -1 if none. */
static int s_pronoun_measure(const ctx_t *c, int sb, int se)
{
    static const char *const reach[] = { "apply$", "applies$", "applied$", "cover$", "covers$", "covered$",
                                         NULL };
    for (int i = sb; i < se && i <= sb + 8; i++) {
        if (!s_is(c, i, W_THEY))
            continue;
        if (i > sb && !s_is(c, i - 1, W_COMMA))
            return -1; /* (the subject: first, or after a fronted phrase) */
        int v = i + 1;
        while (v < se && v <= i + 4 &&
               (s_has(c, v, F(AUX) | F(M_MODAL) | F(BEFORM)) || tf_adverb(c, v) || s_is(c, v, W_ALSO)))
            v++;
        if (!tf_word_starts(c, v, reach) || !s_is(c, v + 1, W_TO))
            return -1;
        for (int k = v + 2; k < se && k <= v + 5; k++)
            if (tf_product_word(c, k) || s_has(c, k, F(GOODS) | F(IMPORTQ)) ||
                (c->tp[k] >= 0 && strchr("CDM", c->parties[c->tp[k]].kind)))
                return i;
        return -1;
    }
    return -1;
}

/* The clauses of a sentence, into out (at most 256): its triggers grouped,
 * each group's span. Sets is_trig and c->export_context as it goes, and
 * c->read_events when a trigger's test asked for the events found so far
 * (tf_trigger_ok). */
static int s_clauses(ctx_t *c, int sent, bool *is_trig, clause_t *out)
{
    const sift_sentence_t *ss = &c->doc->sentences[sent];
    int sb = (int)ss->tok_begin, se = (int)ss->tok_end;
    if (se > (int)c->n)
        se = (int)c->n;

    /* most sentences hold no trigger and no change word: one pass over
     * their flags rules out both scans below */
    uint64_t any = 0;
    for (int i = sb; i < se; i++)
        any |= c->f[i];
    int pron = s_pronoun_measure(c, sb, se);
    if (!(any & (F(TNOUN) | F(WNOUN) | F(DUTYFREE) | F(CHANGE) | F(A_RAISE) | F(RESPOND) | F(REMEDY))) &&
        pron < 0)
        return 0;

    /* 1. triggers */
    int trig[256];
    bool ell[256];
    int nt = 0;
    /* (a sentence with no tariff noun and no remedy word has no trigger) */
    bool nouns = (any & (F(TNOUN) | F(WNOUN) | F(DUTYFREE) | F(REMEDY))) || s_has(c, sb - 1, F(REMEDY));
    for (int i = sb; i < se && nt < 256 && nouns; i++) {
        /* trade remedies are duties: "anti-dumping measures on Chinese steel" */
        bool remedy = (s_is(c, i, W_MEASURES) || s_is(c, i, W_MEASURE)) &&
                      s_has(c, i - 1, F(REMEDY));
        if (!s_has(c, i, F(TNOUN) | F(WNOUN) | F(DUTYFREE)) && !remedy)
            continue;
        if (s_gsp_beside_measure(c, i, sb, se))
            continue;
        if (!tf_trigger_ok(c, i, sb, se))
            continue;
        is_trig[i] = true;
        trig[nt] = i;
        ell[nt++] = false;
    }
    /* elliptical changes: "the cut", "exemptions for smartphones",
     * "Beijing responded with 125 per cent", "rate increase" */
    int ctx_state = -1;
    bool changes = any & (F(CHANGE) | F(A_RAISE) | F(RESPOND));
    for (int i = sb; i < se && nt < 256 && changes; i++) {
        /* a candidate is a change, raise or respond word (below) */
        if (!(c->f[i] & (F(CHANGE) | F(A_RAISE) | F(RESPOND))))
            continue;
        bool cand = false;
        if (s_has(c, i, F(CHANGE)) && !is_trig[i]) {
            bool noun = s_has(c, i - 1, F(DET)) || i == sb || (s_tflags(c, i) & SIFT_TOKEN_SENT_START) ||
                        s_has(c, i - 1, F(PCT)) || s_is(c, i - 1, W_GRANTING) ||
                        s_has(c, i - 1, F(A_EXEMPT) | F(CHANGE));
            if (tf_ed(c, i))
                noun = true; /* "to be excluded" */
            if (!s_is(c, i, W_CUT))
                noun = true;
            /* "exempt" as a predicate: "are exempt", "will remain exempt" */
            if (s_is(c, i, W_EXEMPT))
                noun = s_has(c, i - 1, F(AUX)) || tf_word_starts(c, i - 1, tf_remain);
            /* left out of an agreement, not of a tariff: "countries excluded
             * from the FTAs" */
            if (s_has(c, i, F(A_EXEMPT)) && s_is(c, i + 1, W_FROM)) {
                int j = tf_after_det(c, i + 1);
                if (s_is(c, j, W_FTA) || s_is(c, j, W_FTAS) || s_is(c, j, W_AGREEMENT) ||
                    s_is(c, j, W_DEAL) || s_is(c, j, W_PACT))
                    noun = false;
                /* nor exempt from anything but a duty: "workers continue to be
                 * exempt from the regulation" (a duty named within the phrase:
                 * "exempted from the steel and aluminum tariffs", "from these
                 * measures", "from charges") */
                static const char *const charges[] = { "charge", NULL };
                bool duty = false;
                for (int k = j; k < se && k <= j + 4 && !duty && !(s_tflags(c, k) & SIFT_TOKEN_PUNCT); k++)
                    duty = s_has(c, k, F(TNOUN) | F(WNOUN) | F(DUTYFREE) | F(CUSTOMS) | F(IMPORTQ)) ||
                           c->tp[k] >= 0 || !(s_tflags(c, k) & SIFT_TOKEN_LOWER) ||
                           s_is(c, k, W_MEASURE) || s_is(c, k, W_MEASURES) || tf_word_starts(c, k, charges);
                noun &= duty;
            }
            /* a change of something else: "the reduction in price",
             * "a cut of interest rates" (not "a cut of 10 percent"), "the
             * cut backs in Japanese production" */
            int in = s_is(c, i + 1, W_BACK) || s_is(c, i + 1, W_BACKS) ? i + 2 : i + 1;
            if (s_is(c, in, W_IN) || s_is(c, in, W_OF)) {
                int j = tf_after_det(c, in);
                if (j + 1 < se && c->tp[j] >= 0 && c->parties[c->tp[j]].kind == 'D')
                    j = c->parties[c->tp[j]].b; /* past a nationality */
                if (j < se && (s_tflags(c, j) & SIFT_TOKEN_LOWER) && (s_tflags(c, j) & SIFT_TOKEN_ALPHA) &&
                    !s_has(c, j, F(TNOUN) | F(WNOUN) | F(DUTYFREE) | F(CUSTOMS) | F(GOODS) | F(IMPORTQ) |
                                    F(NUMW) | F(PCT)) &&
                    !s_is(c, j, W_UP) && !tf_approx(c, j))
                    noun = false;
            }
            cand = noun;
        } else if (s_has(c, i, F(A_RAISE)) && s_is(c, i, W_INCREASE) && s_is(c, i - 1, W_RATE)) {
            cand = true;
        } else if (s_has(c, i, F(RESPOND))) {
            for (int k = i + 1; k < se && k <= i + 10; k++) {
                double v;
                const char *cur;
                int end;
                if (tf_percent(c, k, se, &v, &end) || tf_amount_at(c, k, se, &v, &cur, &end)) {
                    cand = true;
                    break;
                }
            }
        }
        /* a change of another rate: "a Fed discount rate increase", "interest
         * rate cuts" */
        if (cand && (s_is(c, i - 1, W_RATE) || s_is(c, i - 1, W_RATES)) && s_has(c, i - 2, F(EXPORTQ)))
            cand = false;
        /* or of something else: "price cuts", "production cuts"; a bare "rate
         * increase" in a sentence about lending rates ("a 1/2 point U.S. rate
         * increase and a rise in prime lending rates") */
        if (cand && (s_has(c, i - 1, F(EXPORTQ)) || s_is(c, i - 1, W_PRICE) || s_is(c, i - 1, W_PRODUCTION) ||
                     s_is(c, i - 1, W_OUTPUT) || s_is(c, i - 1, W_JOB) || s_is(c, i - 1, W_BUDGET) ||
                     s_is(c, i - 1, W_SPENDING) || s_is(c, i - 1, W_WAGE)))
            cand = false;
        for (int k = sb; cand && s_is(c, i, W_INCREASE) && s_is(c, i - 1, W_RATE) && k < se; k++)
            cand = !s_has(c, k, F(EXPORTQ));
        if (!cand)
            continue;
        /* not next to a tariff noun: that makes a compound ("tariff cuts") */
        bool near = false;
        for (int k = i - 4; k <= i + 4; k++)
            if (k >= sb && k < se && is_trig[k]) {
                bool b = false;
                for (int j = (k < i ? k : i) + 1; j < (k < i ? i : k); j++)
                    b |= tf_boundary(c, j) > 0;
                near |= !b;
            }
        /* nor a verb whose object is a tariff named later in its clause:
         * "exempted Canada and Mexico from the steel and aluminum tariffs",
         * "exempted Canada, Mexico and Australia from ..." (a comma in a
         * list of parties is no end of the clause) */
        bool from = false;
        int reach = i + 12; /* (and the list's parties beyond: "exempted Canada, Mexico, the
                             * EU, Australia, Argentina, Brazil and South Korea from") */
        for (int k = i + 1; k < se && k <= reach && !near && s_has(c, i, A_MASK); k++) {
            int next = tf_after_det(c, k);
            bool listed = s_is(c, k, W_COMMA) && c->tp[k - 1] >= 0 && next < se &&
                          (c->tp[next] >= 0 || s_is(c, k + 1, W_AND));
            if (c->tp[k] >= 0 && reach < i + 40)
                reach += c->parties[c->tp[k]].b - c->parties[c->tp[k]].a + 1;
            if (tf_boundary(c, k) == 2 || (s_is(c, k, W_COMMA) && !listed))
                break;
            from |= s_is(c, k, W_FROM);
            near = is_trig[k] && from;
        }
        if (near)
            continue;
        if (ctx_state < 0)
            ctx_state = tf_context(c, is_trig, sent, sb, se);
        if (!ctx_state)
            continue;
        trig[nt] = i;
        ell[nt++] = true;
    }
    if (pron >= 0 && nt < 256 && !is_trig[pron] && tf_context(c, is_trig, sent, sb, se)) {
        trig[nt] = pron;
        ell[nt++] = true;
    }
    if (!nt)
        return 0;
    /* order */
    for (int a = 1; a < nt; a++)
        for (int b = a; b > 0 && trig[b - 1] > trig[b]; b--) {
            int t = trig[b]; trig[b] = trig[b - 1]; trig[b - 1] = t;
            bool x = ell[b]; ell[b] = ell[b - 1]; ell[b - 1] = x;
        }

    /* 2. groups and spans */
    int g0[256], g1[256], split[257];
    bool gell[256];
    int ng = 0;
    for (int t = 0; t < nt; t++) {
        if (ng) {
            int best = -1, strength = 0, in_list = -1;
            for (int k = g1[ng - 1] + 1; k < trig[t]; k++) {
                int b = tf_boundary(c, k);
                /* (a joint inside a list of parties ends a clause only when
                 * nothing else does: "..., and countries like China, India,
                 * Mexico and Canada have responded") */
                if (b == 1 && k > 0 && c->tp[k - 1] >= 0 && tf_list_joint_word(c, k, 1) == 1 &&
                    c->tp[tf_after_det(c, k)] >= 0) {
                    in_list = k;
                    continue;
                }
                if (b >= strength && b > 0) {
                    best = k;
                    strength = b;
                }
            }
            best = best < 0 ? in_list : best;
            /* the means of an answer to a measure is a measure of its own:
             * "retaliated against U.S. steel tariffs | with duties on
             * whiskey", "| by imposing duties" (not "cut tariffs by 33
             * percent") */
            if (best < 0 && tf_answer_verb(c, g0[ng - 1], sb) >= 0)
                for (int k = g1[ng - 1] + 1; best < 0 && k < trig[t]; k++)
                    if ((s_is(c, k, W_WITH) || s_is(c, k, W_BY)) && isnan(c->num[k + 1]) &&
                        !tf_approx(c, k + 1))
                        best = k;
            if (best < 0 || trig[t] - g1[ng - 1] > WINDOW * 2) {
                if (best < 0) {
                    g1[ng - 1] = trig[t];
                    gell[ng - 1] &= ell[t];
                    continue;
                }
            }
            split[ng] = best;
        }
        g0[ng] = g1[ng] = trig[t];
        gell[ng] = ell[t];
        ng++;
    }
    split[0] = -1;
    for (int g = 0; g < ng; g++) {
        struct { int g0, g1; } e = { g0[g], g1[g] };
        int left = g == 0 ? sb : split[g] + 1;
        if (g > 0 && s_has(c, split[g], F(M_COND) | F(M_UNLESS)))
            left = split[g]; /* "if" and "unless" open the clause they condition */
        int right = g + 1 < ng ? split[g + 1] : se;
        /* strong boundaries bound the clause on both sides */
        for (int k = e.g0 - 1; k >= left; k--)
            if (tf_boundary(c, k) == 2) {
                left = k + 1;
                break;
            }
        /* a subordinate clause the sentence opens with ends at its comma:
         * "While lobbies push for free trade, Trump promises tariffs" */
        if (left <= sb + 1 && ((s_has(c, sb, F(BOUND)) && !s_is(c, sb, W_BUT)) ||
                               /* "In order to seek help from its allies, Trump granted" */
                               (s_is(c, sb, W_IN) && s_is(c, sb + 1, W_ORDER) && s_is(c, sb + 2, W_TO))))
            for (int k = sb + 1; k < e.g0; k++)
                if (s_is(c, k, W_COMMA)) {
                    left = k + 1;
                    break;
                }
        for (int k = e.g1 + 1; k < right; k++) {
            /* a relative clause right after the tariff whose verb acts on it
             * belongs to its clause: "The tariffs, which Washington imposed
             * in July, cover ..." */
            bool acts = false;
            if (s_is(c, k, W_WHICH) && k <= e.g1 + 2)
                tf_relative_clause(c, k, right, 8, &acts);
            if (acts)
                continue;
            /* nor does one between dashes end it: "Tariffs on beef and dairy
             * -- which are all around 20 percent -- will be slashed" */
            int dash_end = tf_dashed_relative(c, k, right);
            if (dash_end > 0) {
                k = dash_end;
                continue;
            }
            if (tf_boundary(c, k) == 2 && !(s_is(c, k, W_COLON) && k + 1 < right && !isnan(c->num[k + 1]))) {
                right = k;
                break;
            }
        }
        /* trailing attribution ", officials said" */
        for (int k = right - 1; k > e.g1 && k >= right - 8; k--)
            if (s_has(c, k, F(ATTRIB)) && !s_is(c, k - 1, W_BE)) {
                int j = k - 1;
                while (j > e.g1 && !s_is(c, j, W_COMMA))
                    j--;
                if (j > e.g1)
                    right = j;
                break;
            }
        /* a clause a subordinator opens ends at its comma: "As China reduces
         * import tariffs ..., it will take much less time" (the main clause's
         * "will" is not the measure's) */
        int first = tf_first_word(c, sb, e.g0);
        /* (not "As for the tariffs, ...", nor "When/Once the pact takes
         * effect, tariffs will": a time still to come conditions it) */
        static const char *const once[] = { "once$", NULL };
        bool sub = (s_has(c, first, F(BOUND)) && !s_is(c, first, W_BUT) && !tf_word_starts(c, first, once)) ||
                   (s_is(c, first, W_AS) && !s_is(c, first + 1, W_FOR)) || s_is(c, first, W_BECAUSE);
        int comma = first;
        while (sub && comma < right && !s_is(c, comma, W_COMMA))
            comma++;
        if (sub && left <= first + 1 && comma > e.g1 && comma < right)
            right = comma;
        /* trim punctuation, but not the signs that belong to a rate or an
         * amount ("to 25%.", "$60bn in tariffs") */
        while (right - 1 > e.g1 && (s_tflags(c, right - 1) & SIFT_TOKEN_PUNCT) &&
               !(s_tflags(c, right - 1) & SIFT_TOKEN_QUOTE) && !s_has(c, right - 1, F(PCT)))
            right--;
        while (left < e.g0 && (s_tflags(c, left) & SIFT_TOKEN_PUNCT) &&
               !(s_tflags(c, left) & SIFT_TOKEN_QUOTE) && !s_has(c, left, F(MONEYW)))
            left++;
        /* a clause is short: bound the span so that scans stay linear */
        if (left < e.g0 - 2 * WINDOW)
            left = e.g0 - 2 * WINDOW;
        if (right > e.g1 + 2 * WINDOW)
            right = e.g1 + 2 * WINDOW;
        out[g] = (clause_t){ .sent = sent, .g0 = e.g0, .g1 = e.g1, .left = left, .right = right,
                             .ell = gell[g], .any = any };
    }
    return ng;
}

/* A clause's event before anything is filled in: its sentence, trigger
 * group and span. */
static void s_clause_event(const clause_t *cl, event_t *e)
{
    memset(e, 0, sizeof *e);
    e->sent = cl->sent;
    e->sent_classes = cl->any;
    e->g0 = cl->g0;
    e->g1 = cl->g1;
    e->left = cl->left;
    e->right = cl->right;
}

/* What tf_fill computes from the clause alone. */
static void s_clause_pre(const ctx_t *c, const clause_t *cl, clause_pre_t *pre)
{
    event_t e;
    s_clause_event(cl, &e);
    pre->action = tf_action(c, &e, &pre->action_word);
    pre->nh = tf_rates(c, e.left, e.right, &pre->rate, pre->hits, 8);
}

/* A clause's event: filled (attach.c), then pushed (coord.c). */
static void s_event(ctx_t *c, const clause_t *cl, ref_t *last_actor, const clause_pre_t *pre)
{
    const sift_sentence_t *ss = &c->doc->sentences[cl->sent];
    int sb = (int)ss->tok_begin, se = (int)ss->tok_end;
    if (se > (int)c->n)
        se = (int)c->n;
    sent_ctx_t sc = { .sb = sb, .se = se, .sent = cl->sent, .last_actor = last_actor };
    event_t e;
    s_clause_event(cl, &e);
    {
        rate_hit_t hits[8];
        size_t nh = 0;
        if (!tf_fill(c, &e, &sc, cl->ell, hits, &nh, pre))
            return;
        if (cl->ell && s_has(c, e.g0, F(RESPOND))) {
            e.respond = true;
            e.retaliation = true;
            e.modality = e.modality == SIFT_PROPOSED ? SIFT_PROPOSED : SIFT_ACTUAL;
            if (!e.target_explicit && last_actor->code[0] && !tf_ref_eq(last_actor, &e.actor)) {
                e.target = *last_actor;
                e.target_explicit = true;
                e.tsrc = SRC_RESPOND;
            }
        }
        /* the measure an answer names without its party is the answered
         * party's, not the answerer's: "Mexico put tariffs on U.S. pork in
         * retaliation for steel duties" (the US's duties, §4); the
         * sentence's subject is the answerer */
        bool answered = tf_answered(c, e.left, sb);
        if ((!e.actor.code[0] || !e.actor_explicit || e.asrc == SRC_SUBJECT) && !e.generic_actor && c->nev > 0 &&
            answered) {
            const event_t *a = &c->ev[c->nev - 1];
            if (a->sent == e.sent && a->target.code[0] && (!e.actor.code[0] || tf_ref_eq(&a->actor, &e.actor))) {
                e.actor = a->target;
                e.asrc = SRC_RESPOND;
                if (tf_ref_eq(&e.target, &e.actor)) { /* (the answer's pair, taken over) */
                    e.target = (ref_t){ .code = "" };
                    e.tsrc = SRC_NONE;
                }
            }
        }
        /* (the measure answered is no antecedent: "China will impose tariffs
         * ... to offset its loss incurred by the US decision ... The ministry
         * plans" is China's ministry) */
        /* (nor one a participle compares with: "..., matching the first
         * round of U.S. duties. The government will also cut" is China's;
         * nor one of a clause of time or cause: "..., hours after
         * Washington announced its latest round of duties") */
        bool compared = e.left > sb + 1 &&
                        ((s_is(c, e.left - 1, W_COMMA) && tf_ing(c, e.left) && !s_has(c, e.left, A_MASK)) ||
                         tf_cause_opens(c, e.left - 1));
        /* (nor a measure named without a verb after its sentence's main
         * one: "India put off duties on U.S. products as the two try to
         * settle their dispute over U.S. steel tariffs. The duties ..." are
         * India's) */
        bool aside = !(e.cues & (CUE_ACTION_WORD | CUE_GAPPED)) && c->nev > 0 && c->ev[c->nev - 1].sent == e.sent &&
                     c->ev[c->nev - 1].actor.code[0] && (c->ev[c->nev - 1].cues & CUE_ACTION_WORD);
        if (e.actor.code[0] && (e.actor_explicit || !last_actor->code[0]) && !answered && !compared && !aside)
            *last_actor = e.actor;
        tf_push(c, &e, hits, nh, &sc);
    }
}

/* The sentences' events, in order. The clauses of several sentences are
 * found first and what each clause alone decides (tf_action, tf_rates) is
 * computed for all of them before any is filled, so that each stage's code
 * stays in the instruction cache from one clause to the next instead of
 * being fetched again for each (the plugin is bound by instruction-cache
 * misses: README, Speed). The output is the same as sentence by sentence:
 * finding a sentence's clauses reads nothing the filling of the sentences
 * before it writes except the events themselves, which only
 * tf_trigger_ok asks for (c->read_events): such a sentence's clauses are
 * found again once the sentences before it are filled. */
#define STAGE_CLAUSES 32
int tf_sentences(ctx_t *c, bool *is_trig, ref_t *last_actor)
{
    size_t ns = c->doc->n_sentences;
    clause_t *cl = NULL;
    clause_pre_t *pre = NULL;
    size_t s = 0;
    while (s < ns && c->nev < c->evcap) {
        if (!cl) {
            cl = c->host->scratch(c->out, (STAGE_CLAUSES + 256) * sizeof *cl);
            pre = c->host->scratch(c->out, STAGE_CLAUSES * sizeof *pre);
            if (!cl || !pre)
                return -1;
        }
        int n = 0;
        size_t t = s;
        while (t < ns && n < STAGE_CLAUSES) {
            bool export_before = c->export_context;
            c->read_events = false;
            int k = s_clauses(c, (int)t, is_trig, cl + n);
            if (t > s && c->read_events) {
                /* (undone: found again after the sentences before it) */
                const sift_sentence_t *ss = &c->doc->sentences[t];
                size_t se = ss->tok_end < c->n ? ss->tok_end : c->n;
                if (ss->tok_begin < se)
                    memset(is_trig + ss->tok_begin, 0, (se - ss->tok_begin) * sizeof *is_trig);
                c->export_context = export_before;
                break;
            }
            n += k;
            t++;
        }
        for (int i = 0; i < n && i < STAGE_CLAUSES; i++)
            s_clause_pre(c, &cl[i], &pre[i]);
        for (int i = 0; i < n && tf_emit_ok(c); i++)
            s_event(c, &cl[i], last_actor, i < STAGE_CLAUSES ? &pre[i] : NULL);
        s = t;
    }
    return 0;
}
