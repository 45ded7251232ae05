/* SPDX-License-Identifier: MIT */
/* test_candidates.c - a quote's speaker candidates and their kinds alone
 * (candidates.c). */
#include "stage.h"

#include <string.h>

#include "../candidates.h"
#include "../sieve.h"

static const cand_t *s_find(const cands_t *cs, const ctx_t *c, const char *span)
{
    for (size_t i = 0; i < cs->n; i++)
        if (strcmp(stage_span(c, cs->v[i].ms, cs->v[i].me), span) == 0)
            return &cs->v[i];
    return NULL;
}

static void every_kind_of_speaker(void **unused)
{
    (void)unused;
    ctx_t c;
    stage_begin(&c, "Analysts were wary when Nora Quist of Tidewater Shipping read the memo. "
                    "The memo warned that “freight rates will double,” it said.",
                (const stage_entity_t[]){ { "Nora Quist", SIFT_PERSON }, { "Tidewater Shipping", SIFT_ORG },
                                          { NULL, 0 } });
    sieve_attribute(&c);
    quote_t *q = stage_quote(&c, "freight");
    cands_t cs;
    cands_build(&c, q, &cs);
    cands_describe(&c, q, &cs);
    /* the first mentions of the article too: "Quist" is the head of "Nora
     * Quist", whose mention starts before it */
    const char *const want[][2] = { { "Nora Quist", "person" }, { "Tidewater Shipping", "org" },
                                    { "The memo", "doc" }, { "Analysts", "group" }, { "it", "it" } };
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        const cand_t *k = s_find(&cs, &c, want[i][0]);
        if (!k)
            fail_msg("no candidate %s", want[i][0]);
        assert_string_equal(k->type, want[i][1]);
    }
    /* never a mention inside the quote */
    assert_null(s_find(&cs, &c, "freight rates"));
    const cand_t *memo = s_find(&cs, &c, "The memo");
    assert_true(memo->src & C_CUE_SUBJ);
    assert_string_equal(memo->where, "B0");
    stage_end(&c);
}

static void sign_off_line_is_no_candidate(void **unused)
{
    (void)unused;
    ctx_t c;
    /* wire copy ends with the agency's sign-off on a line of its own */
    stage_begin(&c, "Wheat fell, dealers said.\n    One dealer added, \"Nobody is buying.\n    \"The "
                    "mills are full.\"\n REUTER\n",
                (const stage_entity_t[]){ { "REUTER", SIFT_ORG }, { NULL, 0 } });
    sieve_attribute(&c);
    quote_t *q = stage_quote(&c, "The mills");
    cands_t cs;
    cands_build(&c, q, &cs);
    assert_null(s_find(&cs, &c, "REUTER"));
    stage_end(&c);
}

static void desk_sign_off_is_no_speaker(void **unused)
{
    (void)unused;
    ctx_t c;
    /* a wire story ends with the desk's line: a dash, a name, a phone */
    stage_begin(&c, "Oslo 1997-03-02\n\"Prices will rise,\" Ana Ruiz said. \"We see it as a big step.\"\n"
                    "-- Oslo Newsdesk 47-22-31-8787\n",
                (const stage_entity_t[]){ { "Ana Ruiz", SIFT_PERSON }, { "Oslo Newsdesk", SIFT_ORG },
                                          { NULL, 0 } });
    sieve_attribute(&c);
    quote_t *q = stage_quote(&c, "We see");
    assert_true(!q->has_speaker || strncmp(stage_span(&c, q->ms, q->me), "Oslo", 4) != 0);
    cands_t cs;
    cands_build(&c, q, &cs);
    for (size_t i = 0; i < cs.n; i++)
        if (strncmp(stage_span(&c, cs.v[i].ms, cs.v[i].me), "Oslo Newsdesk", 13) == 0)
            fail_msg("the sign-off is a candidate");
    assert_non_null(s_find(&cs, &c, "Ana Ruiz"));
    stage_end(&c);
    /* a name signing a quote on a line of its own still does */
    stage_begin(&c, "\"We will win.\"\n- Ana Ruiz\n",
                (const stage_entity_t[]){ { "Ana Ruiz", SIFT_PERSON }, { NULL, 0 } });
    sieve_attribute(&c);
    q = stage_quote(&c, "We will");
    assert_true(q->has_speaker);
    assert_string_equal(stage_span(&c, q->ms, q->me), "Ana Ruiz");
    stage_end(&c);
}

static void fragments_numbers_and_pronouns_typed(void **unused)
{
    (void)unused;
    ctx_t c;
    stage_begin(&c, "Rates went up. 40 of them said so. One said more. She left.", NULL);
    assert_string_equal(cand_type(&c, stage_tok(&c, "up", 0), stage_tok(&c, "up", 0) + 1), "frag");
    assert_string_equal(cand_type(&c, stage_tok(&c, "40", 0), stage_tok(&c, "40", 0) + 1), "num");
    assert_string_equal(cand_type(&c, stage_tok(&c, "One", 0), stage_tok(&c, "One", 0) + 1), "one");
    assert_string_equal(cand_type(&c, stage_tok(&c, "She", 0), stage_tok(&c, "She", 0) + 1), "she");
    stage_end(&c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_kind_of_speaker),
        cmocka_unit_test(fragments_numbers_and_pronouns_typed),
        cmocka_unit_test(sign_off_line_is_no_candidate),
        cmocka_unit_test(desk_sign_off_is_no_speaker),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    stage_free();
    return rc;
}
