/* SPDX-License-Identifier: MIT */
/* test_marks.c - detection alone (marks.c): marks read as opening or
 * closing, paired per paragraph, recovered when one is missing. */
#include "stage.h"

#include <string.h>

#include "../marks.h"

static void s_expect(ctx_t *c, size_t n, const char *const *starts)
{
    assert_int_equal(c->nq, n);
    for (size_t i = 0; i < n; i++)
        assert_non_null(stage_quote(c, starts[i]));
}

static void curly_and_straight_mixed(void **unused)
{
    (void)unused;
    ctx_t c;
    stage_begin(&c, "The mayor said “the bridge will open in May.” Her deputy said \"we are "
                    "ready for it.\" A clerk added “there is \"no\" delay.\"", NULL);
    s_expect(&c, 3, (const char *const[]){ "the bridge", "we are", "there is" });
    quote_t *q = stage_quote(&c, "there is");
    /* the straight inner pair is nested, the quote closes at the last mark */
    assert_int_equal(c.text[q->end - 1], '.');
    stage_end(&c);
}

static void straight_mark_as_a_possessive(void **unused)
{
    (void)unused;
    ctx_t c;
    /* old wire copy types the apostrophe of "'s" with the double mark:
     * no quote between the two; a mark glued to a word before another
     * word still opens one */
    stage_begin(&c, "Ottawa welcomed Norway\"s offer, and the krone\"s rise helped, an aide said. "
                    "He said\"we will sign\" on Friday.", NULL);
    s_expect(&c, 1, (const char *const[]){ "we will sign" });
    stage_end(&c);
}

static void straight_mark_as_the_apostrophe_of_a_contraction(void **unused)
{
    (void)unused;
    ctx_t c;
    /* the same key for the apostrophe of "I'm", "don't", "we've", "it'll":
     * no mark there, so the quote around them pairs */
    stage_begin(&c, "\"I\"m sure prices won\"t hold and we\"ve seen it, and it\"ll get worse,\" "
                    "the trader said. She said \"we\"d sell\" in June.", NULL);
    s_expect(&c, 2, (const char *const[]){ "I\"m sure", "we\"d sell" });
    assert_int_equal(stage_quote(&c, "I\"m sure")->c != NONE, 1);
    stage_end(&c);
}

static void unclosed_quote_ends_at_its_attribution(void **unused)
{
    (void)unused;
    ctx_t c;
    /* scraped text, one paragraph, a closing mark left out: the quote ends
     * where a cue after a comma attributes it, not at the paragraph's end;
     * the narrative after it is nobody's words */
    stage_begin(&c, "Ports reopened on Monday. \"Shipping will be back to normal by June, said "
                    "Lena Dahl, an analyst at Nordbank. The strike cost the region 2 billion euros. "
                    "\"Freight rates may stay high for a while,\" she added.", NULL);
    s_expect(&c, 2, (const char *const[]){ "Shipping will", "Freight rates" });
    quote_t *q = stage_quote(&c, "Shipping will");
    assert_true(strncmp(c.text + q->end - 5, "June,", 5) == 0);
    assert_int_not_equal(q->c, NONE);
    assert_true(tok_is(&c, q->c + 1, "said"));
    stage_end(&c);
}

static void unclosed_quote_ends_before_a_sentence_reporting_the_next_speaker(void **unused)
{
    (void)unused;
    ctx_t c;
    /* one paragraph, the first quote's closing mark left out: the sentence
     * right before the next opening mark reports someone ("X, a …, says
     * …"), so it is narrative, not the open quote's words, and the mark
     * opens a quote of its own, not a continuation */
    stage_begin(&c, "Ferry traffic grew last year. \"We added two routes. Fares fell by a tenth. "
                    "The port has also grown. Maria Lund, head of the port authority, says the "
                    "best example is the northern line. \"Its ships are full every day.\" "
                    "She says \"more will come.\"",
                (const stage_entity_t[]){ { "Maria Lund", SIFT_PERSON }, { NULL, 0 } });
    s_expect(&c, 3, (const char *const[]){ "We added", "Its ships", "more will" });
    quote_t *first = stage_quote(&c, "We added");
    assert_true(strncmp(c.text + first->end - 6, "grown.", 6) == 0);
    assert_false(first->cont_next);
    assert_false(stage_quote(&c, "Its ships")->cont_prev);
    stage_end(&c);
    /* a pronoun reports as well; "we" is the quote's own speaker */
    stage_begin(&c, "Trade rose. \"We sell more. She says prices will rise. \"Demand is strong,\" "
                    "she added.", NULL);
    s_expect(&c, 2, (const char *const[]){ "We sell", "Demand is" });
    assert_true(strncmp(c.text + stage_quote(&c, "We sell")->end - 5, "more.", 5) == 0);
    assert_false(stage_quote(&c, "Demand is")->cont_prev);
    stage_end(&c);
    stage_begin(&c, "Trade rose. \"We sell more. We say prices will rise. \"Demand is strong,\" "
                    "she added.", NULL);
    s_expect(&c, 2, (const char *const[]){ "We sell", "Demand is" });
    assert_true(stage_quote(&c, "Demand is")->cont_prev);
    stage_end(&c);
}

static void second_part_after_an_unclosed_first_part(void **unused)
{
    (void)unused;
    ctx_t c;
    /* a split quotation whose first part lost its closing mark: the first
     * part ends at its attribution, and the second, opened right after
     * the cue, is a quote of its own, not a nested one lost with it */
    stage_begin(&c, "The ferry line may close. \"Without a new subsidy, he added, \"the boats "
                    "will stop running by June.\"\n\nThe council meets on Monday.", NULL);
    s_expect(&c, 2, (const char *const[]){ "Without a new", "the boats" });
    quote_t *first = stage_quote(&c, "Without a new");
    assert_true(strncmp(c.text + first->end - 8, "subsidy,", 8) == 0);
    quote_t *second = stage_quote(&c, "the boats");
    assert_int_not_equal(second->c, NONE);
    stage_end(&c);
}

static void one_closing_mark_for_a_quote_and_the_quote_it_ends_with(void **unused)
{
    (void)unused;
    ctx_t c;
    /* the quotation ends with a quotation of its own, and one closing mark
     * stands for both before the attribution: the outer quote ends there,
     * not at the next attribution of the paragraph */
    stage_begin(&c, "Shops lit up the square. \"A banner hangs over the harbour, wishing every "
                    "sailor a \"safe return,\" the Harbour Gazette reported. Fish prices rose, and "
                    "buyers came back, said Ola Berg, a trader.", NULL);
    s_expect(&c, 1, (const char *const[]){ "A banner" });
    quote_t *q = stage_quote(&c, "A banner");
    assert_int_not_equal(q->c, NONE);
    assert_true(strncmp(c.text + q->end - 7, "return,", 7) == 0);
    stage_end(&c);
    /* a nested pair with no attribution after it stays nested */
    stage_begin(&c, "He said: \"I told her, \"Go home,\" and she left.\" Then he sat down.", NULL);
    s_expect(&c, 1, (const char *const[]){ "I told her" });
    stage_end(&c);
}

static void unpaired_mark_stays_in_its_paragraph(void **unused)
{
    (void)unused;
    ctx_t c;
    /* the closing mark of the first quote is missing: the quotes of the
     * next paragraphs must still be read in phase */
    stage_begin(&c, "The farmer said “prices fell by half this season.\n\n"
                    "Her neighbour said “the buyers have gone to Brazil.”\n\n"
                    "“We cannot plant soy next year,” she said.", NULL);
    s_expect(&c, 3, (const char *const[]){ "prices fell", "We cannot", "the buyers" });
    quote_t *first = stage_quote(&c, "prices fell");
    assert_int_equal(first->c, NONE);
    assert_false(first->cont_next); /* the next paragraph is not its continuation */
    assert_true(strncmp(c.text + first->end - 7, "season.", 7) == 0);
    assert_int_not_equal(stage_quote(&c, "We cannot")->c, NONE);
    stage_end(&c);
}

static void quote_open_at_a_line_end_continues(void **unused)
{
    (void)unused;
    ctx_t c;
    /* paragraphs split by one newline in a text that also has blank lines:
     * the quote left open at a line end goes on over it, and the marks of
     * the next lines are read in phase */
    stage_begin(&c, "Prices fell again, the farmer said.\n\n"
                    "“We lost half the crop,” said Ana Ruiz. “The buyers went to Brazil and the "
                    "banks want their money back.\n"
                    "“Next year we plant soy,” she said. “Or we sell the farm.”\n"
                    "“Nobody will buy it,” her neighbour said.\n\n"
                    "The co-op meets on Friday.", NULL);
    s_expect(&c, 5, (const char *const[]){ "We lost", "The buyers", "Next year", "Or we sell",
                                           "Nobody will" });
    quote_t *q = stage_quote(&c, "The buyers");
    assert_true(q->cont_next);
    assert_int_equal(c.text[q->end - 1], '.');
    assert_true(stage_quote(&c, "Next year")->cont_prev);
    stage_end(&c);
}

static void mark_opening_a_sentence_inside_a_quote(void **unused)
{
    (void)unused;
    ctx_t c;
    /* scraped text that lost its paragraph breaks: the continuation's
     * opening mark stands after a full stop inside the open quote; read as
     * nested, it shifted every later mark of the article out of phase */
    stage_begin(&c, "The dealer said: \"Prices fell by half this season. The buyers went to Brazil. "
                    "\"We cannot plant soy next year,\" she said. Her bank agreed. "
                    "\"Loans will cost more,\" its manager said. \"Nobody will buy the farm?\" "
                    "\"Not this year,\" he said \"or the next.\"", NULL);
    s_expect(&c, 6, (const char *const[]){ "Prices fell", "We cannot", "Loans will", "Nobody will",
                                           "Not this year", "or the next" });
    quote_t *first = stage_quote(&c, "Prices fell");
    assert_true(first->cont_next);
    assert_true(strncmp(c.text + first->end - 7, "Brazil.", 7) == 0);
    assert_true(stage_quote(&c, "We cannot")->cont_prev);
    assert_int_not_equal(stage_quote(&c, "Loans will")->c, NONE);
    /* a mark after a comma inside a quote is still nested */
    stage_end(&c);
    stage_begin(&c, "He said: \"I told her, \"Go home.\" She left.\" Then he sat down.", NULL);
    s_expect(&c, 1, (const char *const[]){ "I told her" });
    assert_true(strncmp(c.text + stage_quote(&c, "I told her")->end - 5, "left.", 5) == 0);
    stage_end(&c);
}

static void multi_paragraph_quote_continues(void **unused)
{
    (void)unused;
    ctx_t c;
    stage_begin(&c, "The minister said: “We will cut the tariff on steel.\n\n"
                    "“And we will do it before the summer.”", NULL);
    s_expect(&c, 2, (const char *const[]){ "We will cut", "And we will" });
    assert_true(stage_quote(&c, "We will cut")->cont_next);
    assert_true(stage_quote(&c, "And we will")->cont_prev);
    stage_end(&c);
}

static void apostrophes_are_not_quotes(void **unused)
{
    (void)unused;
    ctx_t c;
    stage_begin(&c, "The company’s exports in the ’90s fell, and the growers’ union said "
                    "it was 'a disaster,' its chair said.", NULL);
    s_expect(&c, 1, (const char *const[]){ "a disaster" });
    assert_true(stage_quote(&c, "a disaster")->single);
    stage_end(&c);
}

static void inch_signs_and_tags_skipped(void **unused)
{
    (void)unused;
    ctx_t c;
    stage_begin(&c, "The guard, 6'2\" tall, said <a href=\"x\">here</a> “move along.”", NULL);
    s_expect(&c, 1, (const char *const[]){ "move along" });
    stage_end(&c);
}

static void mark_context_and_glyph(void **unused)
{
    (void)unused;
    ctx_t c;
    stage_begin(&c, "He said \"yes\" and “no”.", NULL);
    uint32_t a = stage_tok(&c, "\"yes", 0), b = a + 2;
    assert_int_equal(mark_type(&c, a), MK_DOUBLE);
    assert_int_equal(mark_context(&c, a), CTX_OPEN);
    assert_int_equal(mark_context(&c, b), CTX_CLOSE);
    assert_int_equal(mark_glyph(&c, a), 0);
    uint32_t o = stage_tok(&c, "“", 0);
    assert_int_equal(mark_glyph(&c, o), 1);
    assert_int_equal(mark_glyph(&c, o + 2), -1);
    stage_end(&c);
}

static void direct_and_partial(void **unused)
{
    (void)unused;
    ctx_t c;
    stage_begin(&c, "The envoy said: “Talks resume on Monday.” He called the offer “a good start.”",
                NULL);
    assert_int_equal(quote_kind(&c, stage_quote(&c, "Talks")), SIFT_QUOTE_DIRECT);
    assert_int_equal(quote_kind(&c, stage_quote(&c, "a good")), SIFT_QUOTE_PARTIAL);
    stage_end(&c);
}

static void empty_text(void **unused)
{
    (void)unused;
    ctx_t c;
    stage_begin(&c, "", NULL);
    assert_int_equal(c.nt, 0);
    assert_int_equal(c.nq, 0);
    stage_end(&c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(empty_text),
        cmocka_unit_test(curly_and_straight_mixed),
        cmocka_unit_test(straight_mark_as_a_possessive),
        cmocka_unit_test(straight_mark_as_the_apostrophe_of_a_contraction),
        cmocka_unit_test(unclosed_quote_ends_at_its_attribution),
        cmocka_unit_test(unclosed_quote_ends_before_a_sentence_reporting_the_next_speaker),
        cmocka_unit_test(second_part_after_an_unclosed_first_part),
        cmocka_unit_test(one_closing_mark_for_a_quote_and_the_quote_it_ends_with),
        cmocka_unit_test(unpaired_mark_stays_in_its_paragraph),
        cmocka_unit_test(multi_paragraph_quote_continues),
        cmocka_unit_test(quote_open_at_a_line_end_continues),
        cmocka_unit_test(mark_opening_a_sentence_inside_a_quote),
        cmocka_unit_test(apostrophes_are_not_quotes),
        cmocka_unit_test(inch_signs_and_tags_skipped),
        cmocka_unit_test(mark_context_and_glyph),
        cmocka_unit_test(direct_and_partial),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    stage_free();
    return rc;
}
