/* SPDX-License-Identifier: MIT */
/* test_resolve.c - resolution alone (resolve.c): a speaker mention to a
 * canonical name. */
#include "stage.h"

#include <string.h>

#include "../resolve.h"
#include "../sieve.h"

/* Resolves the sieve's mention of the quote starting with prefix. */
static const char *s_name(ctx_t *c, const char *prefix)
{
    const quote_t *last = NULL;
    for (size_t i = 0; i < c->nq; i++) {
        quote_t *q = &c->q[i];
        if (!q->has_speaker)
            continue;
        resolve_speaker(c, q, last);
        last = q;
    }
    quote_t *q = stage_quote(c, prefix);
    assert_non_null(q);
    return q->name ? q->name : "";
}

static void he_is_the_person_not_the_company(void **unused)
{
    (void)unused;
    ctx_t c;
    stage_begin(&c, "Paul Dunn runs Dunn Freight. The company lost two contracts. “We will "
                    "survive,” he said.",
                (const stage_entity_t[]){ { "Paul Dunn", SIFT_PERSON }, { "Dunn Freight", SIFT_ORG },
                                          { NULL, 0 } });
    sieve_attribute(&c);
    assert_string_equal(s_name(&c, "We will"), "Paul Dunn");
    stage_end(&c);
}

/* Resolves the mention of n tokens starting at the first occurrence of
 * words, as the ranker may choose it, for the quote starting with prefix. */
static const char *s_name_of(ctx_t *c, const char *prefix, const char *words, uint32_t n)
{
    quote_t *q = stage_quote(c, prefix);
    assert_non_null(q);
    uint32_t t = stage_tok(c, words, 0);
    assert_int_not_equal(t, NONE);
    q->has_speaker = 1;
    q->ms = t;
    q->me = t + n;
    resolve_speaker(c, q, NULL);
    return q->name ? q->name : "";
}

static void apposition_after_a_name_is_that_person(void **unused)
{
    (void)unused;
    ctx_t c;
    /* the cue's subject stops at the apposition; the name before it is
     * the speaker's */
    stage_begin(&c, "Ports reopened on Monday. Tom Reyes, a government nominee on the port board, "
                    "filed a complaint, accusing the directors of “reckless delay.”",
                (const stage_entity_t[]){ { "Tom Reyes", SIFT_PERSON }, { NULL, 0 } });
    assert_string_equal(s_name_of(&c, "reckless", "a government", 3), "Tom Reyes");
    stage_end(&c);
    /* a new clause's subject after the name is not its apposition */
    stage_begin(&c, "We asked about Ana Dorn. Dorn, a spokesman said, “will not run again.”",
                (const stage_entity_t[]){ { "Ana Dorn", SIFT_PERSON }, { NULL, 0 } });
    assert_string_equal(s_name_of(&c, "will not", "a spokesman", 2), "spokesman");
    stage_end(&c);
}

static void apposition_ending_its_sentence_is_that_person(void **unused)
{
    (void)unused;
    ctx_t c;
    /* the apposition runs to the sentence's end, the next quote follows */
    stage_begin(&c, "“Rates will rise,” said Ida Marsh, a bond analyst at Keel Brokers Ltd. "
                    "“Nobody doubts it.”",
                (const stage_entity_t[]){ { "Ida Marsh", SIFT_PERSON }, { "Keel Brokers Ltd", SIFT_ORG },
                                          { NULL, 0 } });
    assert_string_equal(s_name_of(&c, "Nobody", "a bond analyst", 3), "Ida Marsh");
    stage_end(&c);
}

static void role_without_a_determiner_after_a_name_is_that_person(void **unused)
{
    (void)unused;
    ctx_t c;
    /* "NAME, role of BODY, said": no article before the role */
    stage_begin(&c, "Piet Lund, chief economist of Hafa Foods, said the deal was “a steal.”",
                (const stage_entity_t[]){ { "Piet Lund", SIFT_PERSON }, { "Hafa Foods", SIFT_ORG },
                                          { NULL, 0 } });
    assert_string_equal(s_name_of(&c, "a steal", "chief economist", 2), "Piet Lund");
    stage_end(&c);
    /* a clause's subject after the name is not its apposition */
    stage_begin(&c, "We asked about Ana Dorn. Dorn, staff members said, “will not run again.”",
                (const stage_entity_t[]){ { "Ana Dorn", SIFT_PERSON }, { NULL, 0 } });
    assert_string_equal(s_name_of(&c, "will not", "staff members", 2), "staff members");
    stage_end(&c);
}

static void role_named_in_apposition_is_that_person(void **unused)
{
    (void)unused;
    ctx_t c;
    /* the role comes first, the name set off after it */
    stage_begin(&c, "Kenya's ambassador, Otieno Wafula, said the plan belonged “in the museum of bad "
                    "ideas.”",
                (const stage_entity_t[]){ { "Kenya", SIFT_GPE }, { "Otieno Wafula", SIFT_PERSON },
                                          { NULL, 0 } });
    assert_string_equal(s_name_of(&c, "in the museum", "Kenya's ambassador", 3), "Otieno Wafula");
    stage_end(&c);
}

static void title_before_a_name_is_that_person(void **unused)
{
    (void)unused;
    ctx_t c;
    stage_begin(&c, "Gov. Ned Ortiz met Sen. Laura Kemp (D-Ore.) in Salem. Later, noting the crowd, "
                    "“Let me tell you, this rally is huge.”",
                (const stage_entity_t[]){ { "Ned Ortiz", SIFT_PERSON }, { "Laura Kemp", SIFT_PERSON },
                                          { NULL, 0 } });
    /* the ranker's choice: the title alone */
    assert_string_equal(s_name_of(&c, "Let me", "Sen.", 1), "Laura Kemp");
    stage_end(&c);
}

static void she_skips_the_man(void **unused)
{
    (void)unused;
    ctx_t c;
    stage_begin(&c, "Ms. Rita Vogel hired Mr. Carl Brandt last year. “It was the right call,” she said.",
                (const stage_entity_t[]){ { "Rita Vogel", SIFT_PERSON }, { "Carl Brandt", SIFT_PERSON },
                                          { NULL, 0 } });
    sieve_attribute(&c);
    assert_string_equal(s_name(&c, "It was"), "Rita Vogel");
    stage_end(&c);
}

static void it_is_the_document_of_its_issuer(void **unused)
{
    (void)unused;
    ctx_t c;
    stage_begin(&c, "The report from Harbor Watch came out on Monday. Its author, Eva Lind, "
                    "was abroad. “Dredging must stop,” it said.",
                (const stage_entity_t[]){ { "Harbor Watch", SIFT_ORG }, { "Eva Lind", SIFT_PERSON },
                                          { NULL, 0 } });
    sieve_attribute(&c);
    assert_string_equal(s_name(&c, "Dredging"), "Harbor Watch");
    assert_true(stage_quote(&c, "Dredging")->nonperson);
    stage_end(&c);
}

static void it_is_the_body_of_the_latest_cue_not_a_person(void **unused)
{
    (void)unused;
    ctx_t c;
    /* not the latest organisation or place (Norland), nor the person
     * reporting: the body whose experts urged */
    stage_begin(&c, "Lake Council experts urged Norland to cut its fishing quotas, Ivo Pike said. "
                    "Raising quotas “would empty the lake. It would also ruin the fishermen,” it said.",
                (const stage_entity_t[]){ { "Lake Council", SIFT_ORG }, { "Norland", SIFT_GPE },
                                          { "Ivo Pike", SIFT_PERSON }, { NULL, 0 } });
    sieve_attribute(&c);
    assert_string_equal(s_name(&c, "would empty"), "Lake Council");
    stage_end(&c);
}

static void report_is_the_body_that_said_it_not_the_clause_subject(void **unused)
{
    (void)unused;
    ctx_t c;
    /* the report is introduced by a cue whose subject ("it") is the board;
     * Norland is the subject of the clause the board reports */
    stage_begin(&c, "The Dunmore Trade Board said exports fell. By stressing its deficit, Norland "
                    "was fuelling protectionism, it said in an annual report. “Barriers will not "
                    "help,” the report said.",
                (const stage_entity_t[]){ { "Dunmore Trade Board", SIFT_ORG }, { "Norland", SIFT_GPE },
                                          { NULL, 0 } });
    sieve_attribute(&c);
    assert_string_equal(s_name(&c, "Barriers"), "Dunmore Trade Board");
    stage_end(&c);
}

static void title_is_the_person_carrying_it(void **unused)
{
    (void)unused;
    ctx_t c;
    stage_begin(&c, "Governor Ada Mills toured the port. “Trade keeps us alive,” the governor said.",
                (const stage_entity_t[]){ { "Ada Mills", SIFT_PERSON }, { NULL, 0 } });
    sieve_attribute(&c);
    assert_string_equal(s_name(&c, "Trade keeps"), "Ada Mills");
    stage_end(&c);
}

static void relative_who_is_its_antecedent(void **unused)
{
    (void)unused;
    ctx_t c;
    stage_begin(&c, "The plan was dropped by Kim Sato, who called it “dead.”",
                (const stage_entity_t[]){ { "Kim Sato", SIFT_PERSON }, { NULL, 0 } });
    sieve_attribute(&c);
    assert_string_equal(s_name(&c, "dead"), "Kim Sato");
    stage_end(&c);
}

/* A subject before the pronoun wins over a nearer object: a main-clause
 * subject is the antecedent of a pronoun in its subordinate clause. */
static void he_is_the_subject_before_a_nearer_name(void **unused)
{
    (void)unused;
    ctx_t c;
    stage_begin(&c, "Ron Hale attacked Victor Lamb on Tuesday, whom he called “a coward.”",
                (const stage_entity_t[]){ { "Ron Hale", SIFT_PERSON }, { "Victor Lamb", SIFT_PERSON },
                                          { NULL, 0 } });
    sieve_attribute(&c);
    assert_string_equal(s_name(&c, "a coward"), "Ron Hale");
    stage_end(&c);
}

/* "who" after an apposition or an adverb set off by commas is the name
 * they describe, not the description. */
static void who_skips_an_apposition(void **unused)
{
    (void)unused;
    ctx_t c;
    stage_begin(&c, "The fund was backed by Omar Reyes, a retired banker who called it “a safe bet.” "
                    "The plan has a critic in Dana Cole, however, who called it “too risky.”",
                (const stage_entity_t[]){ { "Omar Reyes", SIFT_PERSON }, { "Dana Cole", SIFT_PERSON },
                                          { NULL, 0 } });
    sieve_attribute(&c);
    assert_string_equal(s_name(&c, "a safe bet"), "Omar Reyes");
    assert_string_equal(s_name(&c, "too risky"), "Dana Cole");
    stage_end(&c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(he_is_the_person_not_the_company),
        cmocka_unit_test(she_skips_the_man),
        cmocka_unit_test(it_is_the_document_of_its_issuer),
        cmocka_unit_test(title_is_the_person_carrying_it),
        cmocka_unit_test(it_is_the_body_of_the_latest_cue_not_a_person),
        cmocka_unit_test(report_is_the_body_that_said_it_not_the_clause_subject),
        cmocka_unit_test(relative_who_is_its_antecedent),
        cmocka_unit_test(he_is_the_subject_before_a_nearer_name),
        cmocka_unit_test(who_skips_an_apposition),
        cmocka_unit_test(apposition_after_a_name_is_that_person),
        cmocka_unit_test(apposition_ending_its_sentence_is_that_person),
        cmocka_unit_test(role_named_in_apposition_is_that_person),
        cmocka_unit_test(role_without_a_determiner_after_a_name_is_that_person),
        cmocka_unit_test(title_before_a_name_is_that_person),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    stage_free();
    return rc;
}
