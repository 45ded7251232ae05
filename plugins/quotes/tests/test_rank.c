/* SPDX-License-Identifier: MIT */
/* test_rank.c - the shipped ranker and keep decision alone (rank.c,
 * features.c, ranker.c, data/ranker.tsv), after the sieve. */
#include "stage.h"

#include <string.h>

#include "../features.h"
#include "../rank.h"
#include "../resolve.h"
#include "../sieve.h"

static qr_cache_t s_cache;

static void s_rank_all(ctx_t *c)
{
    c->cache = &s_cache;
    const quote_t *last = NULL;
    for (size_t i = 0; i < c->nq; i++) {
        quote_t *q = &c->q[i];
        if (!q->has_speaker) {
            q->drop = 1;
            continue;
        }
        rank_quote(c, q, last, NULL);
        if (!q->drop)
            last = q;
    }
}

static void title_of_a_show_dropped_speech_kept(void **unused)
{
    (void)unused;
    ctx_t c;
    stage_begin(&c, "Mara Holt hosts “Morning Harvest Report” on Sundays. She said in March "
                    "that “the cooperative will buy every ton we grow this year.”",
                (const stage_entity_t[]){ { "Mara Holt", SIFT_PERSON }, { NULL, 0 } });
    sieve_attribute(&c);
    s_rank_all(&c);
    uint32_t words;
    assert_true(feat_title_case(&c, stage_quote(&c, "Morning"), &words));
    assert_int_equal(words, 3);
    assert_true(stage_quote(&c, "Morning")->drop);
    assert_false(stage_quote(&c, "the cooperative")->drop);
    stage_end(&c);
}

static void title_case_quote_in_a_title_case_heading(void **unused)
{
    (void)unused;
    ctx_t c;
    /* the heading's capitals are the quote's: they say nothing of a title */
    stage_begin(&c, "Winter Menus\n\n3 | Chef Rosa Vale Tells Diners To “Eat More Greens.”\n\n"
                    "Rosa Vale grows them herself. Her guests ordered “Eat More Greens” by name.",
                (const stage_entity_t[]){ { "Rosa Vale", SIFT_PERSON }, { NULL, 0 } });
    uint32_t words;
    assert_false(feat_title_case(&c, stage_quote(&c, "Eat More Greens."), &words));
    assert_true(feat_title_case(&c, stage_quote(&c, "Eat More Greens”"), &words));
    assert_int_equal(words, 3);
    stage_end(&c);
}

static void scare_quote_dropped(void **unused)
{
    (void)unused;
    ctx_t c;
    stage_begin(&c, "The so-called “reform” left the growers poorer than before.", NULL);
    sieve_attribute(&c);
    s_rank_all(&c);
    quote_t *q = stage_quote(&c, "reform");
    assert_true(!q->has_speaker || q->drop);
    stage_end(&c);
}

static void scare_quote_the_model_only_just_keeps_dropped(void **unused)
{
    (void)unused;
    ctx_t c;
    /* a lower-case phrase no one is reported saying, next to the sentence's
     * subject: the model scores it a little above zero, which keeps too
     * many such quotes (rank.c, KEEP_MIN); her reported words stay */
    stage_begin(&c, "Vera Lind runs a small mill outside Lyon. Her flour now sells under “heritage” "
                    "labels in Tokyo. She told a reporter that her flour “sells itself” there.",
                (const stage_entity_t[]){ { "Vera Lind", SIFT_PERSON }, { NULL, 0 } });
    sieve_attribute(&c);
    s_rank_all(&c);
    quote_t *q = stage_quote(&c, "heritage");
    assert_true(q->has_speaker); /* the sieve's sentence subject */
    assert_true(q->drop);
    assert_false(stage_quote(&c, "sells itself")->drop);
    stage_end(&c);
}

static void title_case_speech_under_a_heading_kept(void **unused)
{
    (void)unused;
    ctx_t c;
    stage_begin(&c, "PORT STRIKE ENDS\n\nUnion leader Sam Ives told the crowd: “We Won "
                    "This Fight Together.”",
                (const stage_entity_t[]){ { "Sam Ives", SIFT_PERSON }, { NULL, 0 } });
    sieve_attribute(&c);
    s_rank_all(&c);
    quote_t *q = stage_quote(&c, "We Won");
    assert_true(q->has_speaker);
    assert_false(q->drop);
    resolve_speaker(&c, q, NULL);
    assert_string_equal(q->name, "Sam Ives");
    stage_end(&c);
}

static void ranked_speaker_is_no_fragment(void **unused)
{
    (void)unused;
    ctx_t c;
    /* the sieve's sentence subject for a phrase is a name; the words around
     * the quote (a particle, an adverb, a number) never win */
    stage_begin(&c, "Iris Kane, who runs the depot, said prices went up again, 40 percent in "
                    "all, and called the rise “simply unsustainable for small buyers.”",
                (const stage_entity_t[]){ { "Iris Kane", SIFT_PERSON }, { NULL, 0 } });
    sieve_attribute(&c);
    s_rank_all(&c);
    quote_t *q = stage_quote(&c, "simply");
    assert_true(q->has_speaker);
    assert_false(q->drop);
    assert_string_equal(stage_span(&c, q->ms, q->me), "Iris Kane");
    stage_end(&c);
}

static void phrase_before_a_cue_is_not_the_cue_object(void **unused)
{
    (void)unused;
    ctx_t c;
    /* a phrase with a cue right after it: the sieve reads the cue's object
     * as its speaker ("“…,” said X"); the ranker weighs it */
    stage_begin(&c, "Harbor towns counted the cost on Monday.\n\nLena Marsh, who put the damage "
                    "“in the millions,” described the storm as a warning to every town on the coast.",
                (const stage_entity_t[]){ { "Lena Marsh", SIFT_PERSON }, { NULL, 0 } });
    sieve_attribute(&c);
    s_rank_all(&c);
    quote_t *q = stage_quote(&c, "in the millions");
    assert_true(q->has_speaker);
    assert_false(q->drop);
    resolve_speaker(&c, q, NULL);
    assert_string_equal(q->name, "Lena Marsh");
    stage_end(&c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(title_of_a_show_dropped_speech_kept),
        cmocka_unit_test(title_case_quote_in_a_title_case_heading),
        cmocka_unit_test(scare_quote_dropped),
        cmocka_unit_test(scare_quote_the_model_only_just_keeps_dropped),
        cmocka_unit_test(title_case_speech_under_a_heading_kept),
        cmocka_unit_test(ranked_speaker_is_no_fragment),
        cmocka_unit_test(phrase_before_a_cue_is_not_the_cue_object),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    stage_free();
    return rc;
}
