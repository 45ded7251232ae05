/* SPDX-License-Identifier: MIT */
/* trigger.c - trade-sense triggers: tariff words that name a customs duty (not an
 * export duty, a utility tariff or GATT), and clause boundaries. */
#include "tariffs.h"

/* Does a clause answering another measure open at k, after its "in" or
 * "to": "in retaliation for ...", "in response to ...", and a purpose of
 * making good a loss, "to offset losses caused by the US tariffs"? The
 * measure it names is the one answered (§4). */
bool tf_answer_opens(const ctx_t *c, int k)
{
    static const char *const offset[] = { "offset", "balance$", "compensate", "counterbalance", "counter$",
                                          "recoup", NULL };
    return (s_is(c, k - 1, W_IN) && s_has(c, k, F(RETAL))) ||
           (s_is(c, k - 1, W_TO) && tf_word_starts(c, k, offset));
}

/* Does the measure whose clause starts at left stand in an answer's opener,
 * over the noun phrase before it ("in response to the Trump
 * administration's steel and aluminum tariffs")? */
bool tf_answered(const ctx_t *c, int left, int sb)
{
    for (int k = left; k > sb && k >= left - 10; k--) {
        size_t n;
        if (tf_answer_opens(c, k))
            return true;
        const char *s = s_text(c, k - 1, &n);
        if ((n == 1 && *s == ',') || tf_boundary(c, k - 1) == 2 || s_has(c, k - 1, A_MASK))
            return false;
    }
    return false;
}

/* 2: a clause boundary wherever it is; 1: splits two triggers only. */
static int s_boundary(const ctx_t *c, int i)
{
    size_t n;
    const char *s = s_text(c, i, &n);
    /* most tokens are words no test below names (no word id, no boundary
     * flag) and start with none of the signs tested: answer those at once,
     * as the clause scans ask of every token */
    if (c->w[i] == W_NONE && !(c->f[i] & (F(BOUND) | F(M_COND) | F(M_UNLESS))) && *s != ';' && *s != ':' &&
        *s != ',' && *s != '-' && *s != '\xe2')
        return 0;
    /* (not the colon of a clock time: "at 12:01 pm") */
    bool clock = n == 1 && *s == ':' && i > 0 && (size_t)i + 1 < c->n && !isnan(c->num[i - 1]) &&
                 !isnan(c->num[i + 1]) && !(s_tflags(c, i) & (SIFT_TOKEN_SPACE_BEFORE | SIFT_TOKEN_SPACE_AFTER));
    if ((n == 1 && (*s == ';' || (*s == ':' && !clock))) || (n >= 2 && s[0] == '-' && s[1] == '-'))
        return 2;
    if (n == 3 && (memcmp(s, "\xe2\x80\x94", 3) == 0 ||
                   (memcmp(s, "\xe2\x80\x93", 3) == 0 && (s_tflags(c, i) & SIFT_TOKEN_SPACE_BEFORE))))
        return 2;
    if (s_has(c, i, F(BOUND)) || s_is(c, i, W_WHETHER))
        return 2;
    if ((n == 1 && *s == ',') || s_is(c, i, W_AND) || s_is(c, i, W_OR) || s_is(c, i, W_AFTER) ||
        s_is(c, i, W_BECAUSE) || s_is(c, i, W_THEN) || s_is(c, i, W_WHEN) || s_is(c, i, W_UNTIL) ||
        s_has(c, i, F(M_COND) | F(M_UNLESS)) || ((s_is(c, i, W_IN) || s_is(c, i, W_TO)) && tf_answer_opens(c, i + 1)))
        return 1;
    /* "with" a party doing something opens a clause of its own: "...
     * took effect simultaneously with the US initiating tariffs on ..." */
    if (s_is(c, i, W_WITH)) {
        int p = tf_after_det(c, i);
        if ((size_t)p < c->n && c->tp[p] >= 0) {
            /* (over a list: "with Canada and Mexico exempted") */
            int v = c->parties[tf_list_last(c, c->tp[p])].b;
            if ((size_t)v < c->n && (tf_ing(c, v) || (s_has(c, v, A_MASK) && s_has(c, v, F(PAST)))))
                return 1;
        }
    }
    return 0;
}

int tf_boundary(const ctx_t *c, int i)
{
    if (c->bnd[i] < 0)
        c->bnd[i] = (int8_t)s_boundary(c, i);
    return c->bnd[i];
}

/* Is "due" at k a cause ("costs rose due to the tariffs", "due to higher
 * U.S. duties") rather than a schedule ("due to take effect")? A noun
 * phrase follows the cause's "to", a verb the schedule's. */
bool tf_due_cause(const ctx_t *c, int k)
{
    if (!s_is(c, k, W_DUE) || !s_is(c, k + 1, W_TO) || (size_t)(k + 2) >= c->n)
        return false;
    return c->tp[k + 2] >= 0 || s_is(c, k + 2, W_HIGHER) || s_is(c, k + 2, W_LOWER) ||
           s_is(c, k + 2, W_HIGH) ||
           s_has(c, k + 2, F(DET) | F(TNOUN) | F(WNOUN) | F(RETAL) | F(IMPORTQ) | F(ORIGIN) |
                               F(NUMW) | F(MONEYW));
}

/* Does a clause of cause or time open at k, so that what comes before it
 * is another clause's: "prospects improved | after Seoul cut tariffs",
 * "costs rose | due to the tariffs"? */
bool tf_cause_opens_at(const ctx_t *c, int k)
{
    if (tf_due_cause(c, k))
        return true;
    if ((s_is(c, k, W_AFTER) || s_is(c, k, W_BECAUSE) || s_is(c, k, W_SINCE)) &&
        ((size_t)(k + 1) < c->n && (c->tp[k + 1] >= 0 || s_has(c, k + 1, F(DET)))))
        return true;
    /* "following news (that) the U.S. raised tariffs": the news opens a
     * clause (not "the following tariffs"); a word with an id or a class is
     * none of these */
    static const char *const following[] = { "following$", NULL };
    static const char *const news[] = { "news$", "word$", NULL };
    return c->w[k] == W_NONE && !c->f[k] && tf_word_starts(c, k, following) && !s_has(c, k - 1, F(DET)) &&
           tf_word_starts(c, k + 1, news);
}

int tf_answer_verb(const ctx_t *c, int g0, int lo)
{
    static const char *const back[] = { "back$", NULL };
    static const char *const hit[] = { "hit", "strike", "struck", "fight", "fought", NULL };
    for (int k = g0 - 1; k >= lo && k >= g0 - 6; k--)
        if (s_has(c, k, F(RESPOND)) || s_is(c, k, W_RETALIATE) ||
            s_is(c, k, W_CHALLENGED) || s_is(c, k, W_PROTESTED) || s_is(c, k, W_CONDEMNED) ||
            (tf_word_starts(c, k, back) && tf_word_starts(c, k - 1, hit)))
            return k;
    return -1;
}

/* A tariff act cited as law ("section 337 of the U.S. Tariff Act", "under
 * the Tariff Act of 1930"), not one implemented or signed, which is a
 * measure ("implementing the Smoot-Hawley Tariff Act"). */
static bool s_act_cited(const ctx_t *c, int i, int sb)
{
    if (!s_is(c, i + 1, W_ACT) || !(s_tflags(c, i + 1) & SIFT_TOKEN_CAP))
        return false;
    for (int k = i - 1; k >= sb && k >= i - 5; k--) {
        if (s_is(c, k, W_OF) || s_is(c, k, W_UNDER))
            return true;
        if (!(s_has(c, k, F(DET)) || c->tp[k] >= 0 || !isnan(c->num[k]) ||
              (s_tflags(c, k) & SIFT_TOKEN_CAP)))
            return false;
    }
    return false;
}

/* A tariff word in the title of a report, book or article: "a report
 * entitled "Kudlow Overstates American, Chinese and European Tariffs"" (its
 * words capitalised back to "entitled", "titled" or "headlined"). */
static bool s_in_title(const ctx_t *c, int i, int sb)
{
    static const char *const titled[] = { "entitled$", "titled$", "headlined$", NULL };
    if (!(s_tflags(c, i) & SIFT_TOKEN_CAP))
        return false;
    for (int k = i - 1; k >= sb && k >= i - 12; k--) {
        if (tf_word_starts(c, k, titled))
            return true;
        uint32_t tf = s_tflags(c, k);
        if (!(tf & (SIFT_TOKEN_CAP | SIFT_TOKEN_PUNCT | SIFT_TOKEN_QUOTE)) && !s_is(c, k, W_AND) &&
            !s_is(c, k, W_OF) && !s_is(c, k, W_ON) && !s_is(c, k, W_THE) && !s_is(c, k, W_A) &&
            !(tf & SIFT_TOKEN_NUMBER))
            return false;
    }
    return false;
}

/* A tariff word in an agency's name: "the State Council Tariff
 * Commission said", "the Customs Tariff Board" (capitalised, before the
 * body's head noun). The agency speaks; a measure needs more than its name. */
static bool s_in_agency_name(const ctx_t *c, int i)
{
    static const char *const bodies[] = { "commission$", "committee$", "board$", "office$", "bureau$",
                                          "council$", "department$", "administration$", NULL };
    return (size_t)(i + 1) < c->n && (s_tflags(c, i) & SIFT_TOKEN_CAP) &&
           (s_tflags(c, i + 1) & SIFT_TOKEN_CAP) && tf_word_starts(c, i + 1, bodies);
}

/* "duty" or "duties" as someone's task, not a tax: "the additional duties
 * of president" (not "duties of 25 pct", "of up to", "of $50 mln"),
 * "sleeping on duty", "his suspension from duties", "shared bookrunning
 * duties" (an -ing word the lexicon does not know, not "imposing" or
 * "anti-dumping", with nothing the duties are on). */
static bool s_duty_as_task(const ctx_t *c, int i, int sb, int se)
{
    bool duty = s_is(c, i, W_DUTY), duties = s_is(c, i, W_DUTIES);
    if (!duty && !duties)
        return false;
    if (s_is(c, i + 1, W_OF)) {
        int j = tf_after_det(c, i + 1);
        /* (a rate a few words on is a duty's: "duties of at least 20 percent") */
        bool number = false;
        for (int k = j; k < se && k <= j + 2 && !number; k++)
            number = !isnan(c->num[k]) || (s_tflags(c, k) & SIFT_TOKEN_DIGIT);
        /* (nor "duties of its own", "of their own": whose they are) */
        static const char *const own[] = { "own$", NULL };
        if (tf_word_starts(c, j, own) || tf_word_starts(c, j + 1, own))
            return false;
        if (j < se && !number &&
            !s_has(c, j, F(MONEYW) | F(PCT) | F(IMPORTQ) | F(GOODS)) && !s_is(c, j, W_UP) &&
            !tf_approx(c, j) && (c->tp[j] < 0 || c->parties[c->tp[j]].kind == 'R')) /* "of president" */
            return true;
    }
    bool on = s_is(c, i + 1, W_ON) || s_is(c, i + 1, W_OF);
    /* levied or qualified as a customs duty: "impose new duties to offset
     * subsidies", "imposed duties for the third time", "import duties" */
    bool levied = false;
    for (int k = i - 1; k >= sb && k >= i - 3 && !levied; k--)
        levied = s_has(c, k, F(A_IMPOSE) | F(A_RAISE) | F(A_LOWER) | F(A_REMOVE) | F(A_EXEMPT) |
                                 F(CHANGE) | F(IMPORTQ) | F(CUSTOMS) | F(RETAL) | F(REMEDY));
    /* an obligation to do something: "his duty to protect workers" (not
     * "raised the duty to 25 pct", "cut duties to the lowest level") */
    if (!levied && s_is(c, i + 1, W_TO) && (size_t)(i + 2) < (size_t)se && tf_plain_word(c, i + 2) &&
        isnan(c->num[i + 2]))
        return true;
    /* someone's work: "the daily duties for any secretary of state" (not
     * "duties for steel", "for imports from Japan") */
    if (!levied && s_is(c, i + 1, W_FOR) && s_has(c, i + 2, F(DET)) && i + 3 < se &&
        isnan(c->num[i + 3]) && (c->tp[i + 3] < 0 || c->parties[c->tp[i + 3]].kind == 'R') &&
        !s_has(c, i + 3, F(GOODS) | F(IMPORTQ) | F(ORIGIN) | F(MONEYW) | F(PCT)))
        return true;
    /* the US labour law's test of what an employee does */
    static const char *const test[] = { "test$", "tests$", NULL };
    if (tf_word_starts(c, i + 1, test))
        return true;
    /* "suspended from duty", "removed from duty" (not "exempted from duty") */
    if (duty && s_is(c, i - 1, W_FROM) && s_has(c, i - 2, F(A_REMOVE)) && !s_has(c, i - 2, F(A_EXEMPT)))
        return true;
    /* "fit for duty", "reported for duty" */
    if (duty && s_is(c, i - 1, W_FOR) && (i + 1 >= se || !(s_tflags(c, i + 1) & SIFT_TOKEN_ALPHA)))
        return true;
    /* "dereliction of duty", "line of duty" (not "free of duty") */
    if (duty && s_is(c, i - 1, W_OF) && i - 2 >= sb && tf_plain_word(c, i - 2) && !on &&
        isnan(c->num[i + 1]))
        return true;
    if (duty)
        return s_is(c, i - 1, W_ON) || s_is(c, i - 1, W_OFF);
    /* people's duties: "perform their duties" (not "raised their duties on
     * steel"; "his duties" is the cue lexicon's) */
    if (s_is(c, i - 1, W_THEIR) && tf_plain_word(c, i - 2) && !on && !s_is(c, i + 1, W_AGAINST))
        return true;
    if (s_is(c, i - 1, W_FROM) && s_has(c, i - 2, F(A_REMOVE)) && !on)
        return true;
    /* taken on, done or given up as work: "prepared to assume technical
     * duties", "resumed his duties", "relieved of her duties" */
    static const char *const task_verbs[] = { "assum", "resum", "perform", "discharg", "fulfil", "reliev", NULL };
    for (int k = i - 1; !on && k >= sb && k >= i - 3; k--) {
        if (tf_word_starts(c, k, task_verbs))
            return true;
        if (!tf_plain_word(c, k) && !s_has(c, k, F(DET)))
            break;
    }
    if (i > sb && (s_tflags(c, i - 1) & SIFT_TOKEN_LOWER) && !c->f[i - 1] && !on &&
        !s_is(c, i + 1, W_AGAINST)) {
        size_t n;
        const char *w = s_text(c, i - 1, &n);
        return n > 5 && !memcmp(w + n - 3, "ing", 3);
    }
    return false;
}

/* Does an origin word at k name where goods come from ("cars made in
 * Mexico", "Chinese exporters", "steel built by Posco", "made abroad"),
 * not a verb of making ("the compromise made permanent some breaks")? A
 * tax is only an import tax by such a word when it does. */
static bool s_names_origin(const ctx_t *c, int k)
{
    static const char *const away[] = { "abroad$", "overseas$", NULL }; /* "cars made abroad" */
    return c->tp[k - 1] >= 0 || ((size_t)(k + 1) < c->n && c->tp[k + 1] >= 0) || s_is(c, k + 1, W_IN) ||
           s_is(c, k + 1, W_FROM) || s_is(c, k + 1, W_BY) || s_is(c, k + 1, W_THERE) ||
           tf_word_starts(c, k + 1, away);
}

bool tf_trigger_ok(ctx_t *c, int i, int sb, int se)
{
    uint64_t f = c->f[i];
    bool import = false;
    /* (a person's duties are tasks, a person's tariffs a policy: "Trump
     * defended his tariffs", "her tariff plan") */
    static const char *const person[] = { "his$", "her$", NULL };
    bool duty = s_is(c, i, W_DUTY) || s_is(c, i, W_DUTIES);
    for (int k = i - 1; k >= sb && k >= i - 2; k--) {
        if (s_has(c, k, F(EXPORTQ)) && (duty || !tf_word_starts(c, k, person))) {
            c->export_context = true;
            return false;
        }
        import |= s_has(c, k, F(IMPORTQ));
    }
    /* a conflict named after the tariff is no measure ("the tariff war",
     * "tariff frictions", "a tariff dispute", "lodged a tariff case"; §1,
     * talk of tariffs as such), nor is what tariffs cost or spare a payer
     * ("cut tariff costs by moving production", "tariff savings of 161
     * million dollars", "the tariff burden will be taken by importers") */
    static const char *const conflict[] = { "war$", "wars$", "battle", "dispute", "row$", "fight$", "spat$",
                                            "standoff", "conflict", "clash", "tension", "friction", "case$",
                                            "cases$", "complaint", "lawsuit", "cost$", "costs$", "saving",
                                            "burden", NULL };
    if (tf_word_starts(c, i + 1, conflict))
        return false;
    /* a levy or tax answering another country is a trade measure:
     * "announced the retaliatory levies" (not "a punitive tax on profits") */
    static const char *const answering[] = { "retaliat", "tit-for-tat", NULL };
    import |= i > sb && tf_word_starts(c, i - 1, answering);
    /* not a schedule or a law ("tariff law", "the Tariff Act of 1930"), nor
     * what is no tariff ("non tariff barriers") */
    if (s_has(c, i + 1, F(NONCUST_NEXT)) || s_is(c, i - 1, W_NON) || s_act_cited(c, i, sb) ||
        s_in_agency_name(c, i) || s_in_title(c, i, sb))
        return false;
    /* the money a duty brings in: "income from customs duties" */
    for (int k = i - 1; k >= sb && k >= i - 3; k--)
        if ((s_is(c, k, W_FROM) || s_is(c, k, W_OF)) && s_has(c, k - 1, F(REVENUE)))
            return false;
    if (s_duty_as_task(c, i, sb, se))
        return false;
    /* a line of the schedule: "tariffs for 1,585 tax items will be cut" */
    static const char *const lines[] = { "items$", "lines$", NULL };
    if ((f & F(WNOUN)) && !(f & F(TNOUN)) && tf_word_starts(c, i + 1, lines))
        return false;
    /* "levy" as a verb: "customs normally levy a 17 percent tax" (the tax
     * after it is the noun) */
    if (s_is(c, i, W_LEVY) && (s_has(c, i + 1, F(DET)) || tf_adverb(c, i - 1) ||
                               s_has(c, i - 1, F(M_MODAL) | F(AUX))))
        return false;
    /* "General Agreement on Tariffs and Trade" */
    if ((s_is(c, i - 1, W_ON) || s_is(c, i - 1, W_OF)) && s_is(c, i - 2, W_AGREEMENT))
        return false;
    /* a utility's or a carrier's tariff ("telephone tariffs"; before it in
     * its sentence or just after: "tariffs for electricity"), unless the
     * goods' origin follows ("a tariff list targeting 1,300 Chinese
     * products, including ... telecommunications equipment") or imports
     * ("a postal articles tax on imported goods") */
    bool origin_after = false, from_party = false;
    for (int k = i + 1; k < se && k <= i + 10 && !origin_after; k++) {
        int p = c->tp[k];
        bool party = p >= 0 && c->parties[p].a == k && strchr("CDM", c->parties[p].kind);
        origin_after = (party && (tf_names_goods(c, p, se) ||
                                  s_has(c, c->parties[p].b, F(NONCUST)))) || /* "on U.S. railway equipment" */
                       (k <= i + 3 && s_has(c, k, F(IMPORTQ)));
        /* "airline parts from the U.S." (not a route: "calls from Britain to
         * the U.S."; nor "telephone tariffs from Britain", above) */
        from_party |= party && s_is(c, tf_before_det(c, k), W_FROM) && !s_is(c, c->parties[p].b, W_TO);
    }
    /* (in the tariff's own clause: not "Freight rates rose | after the U.S.
     * raised tariffs on steel", "Utilities warned | that the tariffs on
     * solar panels would raise costs") */
    for (int k = i - 1; k >= sb && k >= i - WINDOW && !origin_after; k--) {
        if (!(c->f[k] & F(NONCUST)))
            continue; /* (the common case: no such word, no boundary to look for) */
        bool own_clause = true;
        for (int j = k + 1; j < i && own_clause; j++)
            own_clause = !(tf_boundary(c, j) == 2 || tf_cause_opens(c, j) || s_is(c, j, W_THAT) ||
                           s_is(c, j, W_BECAUSE) || s_is(c, j, W_AFTER) || s_is(c, j, W_WHEN));
        if (own_clause)
            return false;
        break;
    }
    /* a supplier's price list, named by what it supplies right before it:
     * "default energy tariffs", "industrial power tariffs", "gas tariffs for
     * households", "its own business tariffs", "the goods and services tax",
     * a carrier's "parcel tariffs" and "port tariffs" (words too common
     * elsewhere in a clause to be NONCUST: "Energy Secretary Herrington
     * said a tariff on oil imports ...") */
    static const char *const supplied[] = { "energy$", "power$", "gas$", "water$", "heating$",
                                            "household$", "households$", "services$", "business$",
                                            "parcel$", "parcels$", "port$", "ports$", "mail$", NULL };
    if (!import && !origin_after && i > sb &&
        ((c->w[i - 1] == W_NONE && tf_word_starts(c, i - 1, supplied)) ||
         (i - 1 > sb && tf_plain_word(c, i - 1) && c->w[i - 2] == W_NONE && tf_word_starts(c, i - 2, supplied))))
        return false;
    for (int k = i + 1; k < se && k <= i + 6 && !origin_after && !from_party; k++) {
        if (c->f[k] & F(NONCUST))
            return false;
        if (tf_boundary(c, k) == 2)
            break;
    }
    bool party_near = (i > sb && c->tp[i - 1] >= 0) || (i > sb + 1 && c->tp[i - 2] >= 0);
    bool weak = (f & F(WNOUN)) && !(f & F(TNOUN));
    for (int k = i + 1; k < se && k <= i + 10 && !import; k++) {
        /* what a tax is on comes before the clause ends ("the tampon tax,
         * which means menstrual products are exempt") */
        if (weak && (s_is(c, k, W_COMMA) || tf_boundary(c, k) == 2))
            break;
        /* a tax on "goods and services" is a sales tax: no customs duty
         * falls on services */
        static const char *const services[] = { "services$", NULL };
        if (weak && s_has(c, k, F(GOODS)) && s_is(c, k + 1, W_AND) && tf_word_starts(c, k + 2, services))
            break;
        /* goods, not the firms a tax is on ("an exit tax on companies") */
        import = s_has(c, k, F(IMPORTQ)) ||
                 (s_has(c, k, F(GOODS) | F(ORIGIN)) && !s_has(c, k, F(AFFECTED)) &&
                  (!weak || s_has(c, k, F(GOODS)) || s_names_origin(c, k)));
        if (c->tp[k] >= 0 && strchr("CDM", c->parties[c->tp[k]].kind)) {
            /* a tax is on imports when a country is its target ("a tax on
             * Japanese cars"; "levies on steel from China" has its goods), not
             * a destination, a beneficiary or where jobs come from ("trips to
             * West Germany", "taxes for American businesses") */
            int b = c->parties[c->tp[k]].a - 1;
            for (int j = 0; j < 2 && (s_has(c, b, F(DET)) || (s_tflags(c, b) & SIFT_TOKEN_LOWER)) &&
                            !s_is(c, b, W_ON) && !s_is(c, b, W_FROM) && !s_is(c, b, W_AGAINST) &&
                            !s_is(c, b, W_OF) && !s_is(c, b, W_TO) && !s_is(c, b, W_FOR); j++)
                b--; /* "on cheap Japanese cars" */
            /* (a nationality names goods only before them: "a tax on
             * Japanese cars", not "taxes on the wealthiest Americans") */
            const party_t *q = &c->parties[c->tp[k]];
            bool people = q->kind == 'D' && !((size_t)q->b < c->n && (s_tflags(c, q->b) & SIFT_TOKEN_LOWER) &&
                                              (s_tflags(c, q->b) & SIFT_TOKEN_ALPHA) &&
                                              !s_has(c, q->b, F(AFFECTED))); /* "American families" */
            /* (nor a place inside a country: "a tax on Wall Street") */
            import |= !weak || (q->kind != 'M' && !people && !q->place &&
                                (s_is(c, b, W_ON) || s_is(c, b, W_AGAINST)));
        }
    }
    /* "levy" and "tax" are customs only on imports, or beside a tariff
     * noun that sets the sense ("tariffs on cars and levies on steel"; not
     * clauses away: "the oil tariff proposal, saying Congress should repeal
     * the windfall profits tax"), or when definite, a re-mention of a tariff
     * the sentence named ("the impact of the tariffs ... hit by the new taxes") */
    int d = s_has(c, i - 1, F(DET)) && !s_is(c, i - 1, W_THE) ? i - 2 : i - 1; /* "the new taxes" */
    bool definite = s_is(c, d, W_THE) || s_is(c, d, W_THESE) || s_is(c, d, W_THOSE);
    /* coordinated with the tariff: "tariffs on cars to 100% and levies on chips" */
    bool coordinated = s_is(c, i - 1, W_AND) || s_is(c, i - 1, W_OR) || s_is(c, i - 1, W_COMMA);
    /* what undergoes the tax before it in its clause: "imports from Mexico
     * would face a 35 percent tax" */
    int faces = -1;
    for (int k = i - 1; k >= sb && k >= i - 8 && weak && !import && !tf_boundary(c, k); k--) {
        if (tf_faces(c, k, i))
            faces = k;
        import = faces > k && s_has(c, k, F(IMPORTQ));
    }
    int near = definite || coordinated ? se : 6;
    for (int k = i - near > sb ? i - near : sb; k < se && k <= i + near && weak && !import; k++)
        import = k != i && s_has(c, k, F(TNOUN));
    /* or goods crossing the border, in its clause: "a 35 percent tax at the
     * border", "pay a tax when they come across the border", "a tax on
     * cars it ships to the United States from Mexico" (not a "border tax"
     * on remittances: the border itself, named) */
    static const char *const ship[] = { "ship$", "ships$", "shipped$", NULL };
    static const char *const border[] = { "border$", NULL };
    for (int k = i + 1; k < se && k <= i + 12 && weak && !import; k++)
        import = tf_word_starts(c, k, ship) || (s_is(c, k - 1, W_THE) && tf_word_starts(c, k, border));
    /* or a re-mention of an import tax the article stated: "the tax cuts"
     * after "will cut import taxes on clothing" */
    /* (the only test of the clauses' search that reads the events found
     * so far: sentence.c finds the clauses of a sentence ahead of filling
     * those before it, and finds them again when this is asked) */
    c->read_events |= weak && definite && !import;
    for (size_t e = 0; e < c->nev && weak && definite && !import; e++)
        import = s_has(c, c->ev[e].g0, F(WNOUN)) && !s_has(c, c->ev[e].g0, F(TNOUN)) &&
                 !(c->ev[e].cues & CUE_BARE); /* (a stated one, not a bare candidate) */
    /* a country's levies on named goods: "the U.S. steel levies", "China's
     * soybean levies" (not a tax: "the U.S. gasoline tax" is an excise) */
    static const char *const levies[] = { "levy$", "levies$", NULL };
    if (weak && !import && i - 2 >= sb && tf_word_starts(c, i, levies) &&
        (s_has(c, i - 1, F(GOODS)) || tf_product_word(c, i - 1))) {
        int p = c->tp[i - 2];
        if (p < 0 && (s_is(c, i - 2, W_APOS_S) || s_is(c, i - 2, W_RSQUO_S)) && i - 3 >= sb)
            p = c->tp[i - 3];
        import = p >= 0 && strchr("CM", c->parties[p].kind) && c->parties[p].code[0];
    }
    if (weak && !import)
        return false;
    if (c->export_context && !import && !party_near)
        return false;
    c->export_context = false;
    return true;
}

/* Was a tariff named in this sentence or the few before it? */
bool tf_context(const ctx_t *c, const bool *is_trig, int sent, int sb, int se)
{
    for (int k = sb; k < se; k++)
        if (is_trig[k])
            return true;
    const sift_sentence_t *ss = c->doc->sentences;
    for (int s = sent - 1; s >= 0 && s >= sent - 4; s--)
        for (uint32_t k = ss[s].tok_begin; k < ss[s].tok_end && k < c->n; k++)
            if (is_trig[k])
                return true;
    return false;
}
