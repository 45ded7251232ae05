/* SPDX-License-Identifier: MIT */
/* test_cues.c - cue verbs and speaker mentions alone (cues.c). */
#include "stage.h"

#include <string.h>

#include "../cues.h"

static void cue_words(void **unused)
{
    (void)unused;
    ctx_t c;
    stage_begin(&c, "The trader said a report by the bank told reporters nothing, and one added "
                    "that Said Hassan would testify.", NULL);
    uint32_t len;
    assert_true(cue_at(&c, stage_tok(&c, "said", 0), &len));
    assert_int_equal(len, 1);
    /* a noun after a determiner is no cue: "a report" */
    assert_false(cue_at(&c, stage_tok(&c, "report", 0), &len));
    /* "one added": one is the speaker */
    assert_true(cue_one_said(&c, stage_tok(&c, "one", 0)));
    /* a capitalised form inside a sentence is a name */
    assert_false(cue_at(&c, stage_tok(&c, "Said Hassan", 0), &len));
    stage_end(&c);
}

static void subject_over_apposition_and_adverbs(void **unused)
{
    (void)unused;
    ctx_t c;
    stage_begin(&c, "Anna Berg, a grain analyst at the bank, also said on Tuesday that prices "
                    "would fall.", (const stage_entity_t[]){ { "Anna Berg", SIFT_PERSON }, { NULL, 0 } });
    uint32_t ms, me, v = stage_tok(&c, "said", 0);
    assert_true(np_subject(&c, v, 0, &ms, &me));
    assert_string_equal(stage_span(&c, ms, me), "Anna Berg");
    stage_end(&c);
}

static void sentence_subject_after_dateline_and_adverbial(void **unused)
{
    (void)unused;
    ctx_t c;
    stage_begin(&c, "GENEVA, March 3 — On Monday, the trade envoy called the plan “a trap.”", NULL);
    uint32_t ms, me;
    assert_true(np_sent_subject(&c, 0, (uint32_t)c.nt, &ms, &me));
    assert_string_equal(stage_span(&c, ms, me), "the trade envoy");
    stage_end(&c);
}

/* an opening adverbial of several pieces set off by commas: the place,
 * its state, the day */
static void subject_after_a_long_adverbial(void **unused)
{
    (void)unused;
    ctx_t c;
    stage_begin(&c, "At a town hall in Ames, Iowa, on Sunday, the senator called the bill “a disgrace.”",
                (const stage_entity_t[]){ { "Ames", SIFT_GPE }, { "Iowa", SIFT_GPE }, { NULL, 0 } });
    uint32_t ms, me;
    assert_true(np_sent_subject(&c, 0, (uint32_t)c.nt, &ms, &me));
    assert_string_equal(stage_span(&c, ms, me), "the senator");
    stage_end(&c);
}

/* a photo caption with no full stop runs into the sentence after it: the
 * subject is after the credit, and after a dateline there */
static void sentence_subject_after_a_photo_credit(void **unused)
{
    (void)unused;
    ctx_t c;
    stage_begin(&c, "Spokeswoman Mei Lan at a briefing in Oslo on Monday [Photo: fishmin.no] The ministry "
                    "called the duties “a tax on dinner,” and so did the council.",
                (const stage_entity_t[]){ { "Mei Lan", SIFT_PERSON }, { "Oslo", SIFT_GPE }, { NULL, 0 } });
    uint32_t ms, me;
    assert_true(np_sent_subject(&c, 0, (uint32_t)c.nt, &ms, &me));
    assert_string_equal(stage_span(&c, ms, me), "The ministry");
    stage_end(&c);
    stage_begin(&c, "Growers walk the docks of Tromso on Monday. (Photo/Nils Berg) TROMSO, May 4 -- "
                    "The growers called the duties “a tax on dinner.”",
                (const stage_entity_t[]){ { "Tromso", SIFT_GPE }, { "Nils Berg", SIFT_PERSON }, { NULL, 0 } });
    uint32_t sb = c.doc->sentences[1].tok_begin;
    assert_true(np_sent_subject(&c, sb, c.doc->sentences[1].tok_end, &ms, &me));
    assert_string_equal(stage_span(&c, ms, me), "The growers");
    stage_end(&c);
}

static void no_fragment_as_mention(void **unused)
{
    (void)unused;
    ctx_t c;
    stage_begin(&c, "Prices went up sharply, 40 said nothing, and quickly said more.", NULL);
    uint32_t ms, me;
    /* "and quickly said": no subject over the adverb and the conjunction */
    assert_false(np_subject(&c, stage_tok(&c, "said more", 0), stage_tok(&c, "and", 0) + 1, &ms, &me));
    stage_end(&c);
}

static void no_day_in_a_mention_no_noun_as_cue(void **unused)
{
    (void)unused;
    ctx_t c;
    /* wire copy's bare day after the subject is when, not a name; an -s
     * form after a verb in the past is a noun ("filed comments"), no cue
     * whose subject would be "The automaker Friday filed" */
    stage_begin(&c, "The automaker Friday filed comments with the department. Its spokesman "
                    "Tuesday told reporters the Sunday Times was wrong.", NULL);
    uint32_t s = stage_tok(&c, "The automaker", 0);
    assert_string_equal(stage_span(&c, s, np_fwd(&c, s, (uint32_t)c.nt)), "The automaker");
    s = stage_tok(&c, "Its spokesman", 0);
    assert_string_equal(stage_span(&c, s, np_fwd(&c, s, (uint32_t)c.nt)), "Its spokesman");
    s = stage_tok(&c, "the Sunday", 0);
    assert_string_equal(stage_span(&c, s, np_fwd(&c, s, (uint32_t)c.nt)), "the Sunday Times");
    uint32_t len;
    assert_false(cue_at(&c, stage_tok(&c, "comments", 0), &len));
    assert_true(cue_at(&c, stage_tok(&c, "told", 0), &len));
    stage_end(&c);
}

static void pronouns_and_names(void **unused)
{
    (void)unused;
    ctx_t c;
    stage_begin(&c, "“We wait,” said He Yadong. “We act,” he said.", NULL);
    assert_false(np_pron(&c, stage_tok(&c, "He Yadong", 0)));
    assert_true(np_pron(&c, stage_tok(&c, "he said", 0)));
    uint32_t s = stage_tok(&c, "He Yadong", 0);
    assert_string_equal(stage_span(&c, s, np_fwd(&c, s, (uint32_t)c.nt)), "He Yadong");
    stage_end(&c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(cue_words),
        cmocka_unit_test(subject_over_apposition_and_adverbs),
        cmocka_unit_test(sentence_subject_after_dateline_and_adverbial),
        cmocka_unit_test(subject_after_a_long_adverbial),
        cmocka_unit_test(sentence_subject_after_a_photo_credit),
        cmocka_unit_test(no_fragment_as_mention),
        cmocka_unit_test(no_day_in_a_mention_no_noun_as_cue),
        cmocka_unit_test(pronouns_and_names),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    stage_free();
    return rc;
}
