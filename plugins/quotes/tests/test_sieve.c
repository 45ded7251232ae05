/* SPDX-License-Identifier: MIT */
/* test_sieve.c - the attribution sieve alone (sieve.c): which mention each
 * stage picks, before any ranking or resolution. */
#include "stage.h"

#include <string.h>

#include "../cues.h"
#include "../sieve.h"

static const char *s_speaker(ctx_t *c, const char *quote_prefix, int *stage)
{
    quote_t *q = stage_quote(c, quote_prefix);
    assert_non_null(q);
    *stage = q->stage;
    return q->has_speaker ? stage_span(c, q->ms, q->me) : "";
}

static void post_posed_speaker_over_nearest_name(void **unused)
{
    (void)unused;
    ctx_t c;
    stage_begin(&c, "Lena Ortiz met the mayor on Friday. “The levy is a mistake,” Tom Reyes, "
                    "her deputy, said.",
                (const stage_entity_t[]){ { "Lena Ortiz", SIFT_PERSON }, { "Tom Reyes", SIFT_PERSON },
                                          { NULL, 0 } });
    sieve_attribute(&c);
    int st;
    assert_string_equal(s_speaker(&c, "The levy", &st), "Tom Reyes");
    assert_int_equal(st, ST_AFTER);
    stage_end(&c);
}

static void title_case_cue_after_the_quote(void **unused)
{
    (void)unused;
    ctx_t c;
    /* a house style that capitalises the attribution: the verb is still a
     * cue, before or after the name; a capitalised verb elsewhere is not */
    stage_begin(&c, "Union Quits Talks\n\n“We walked out because the offer insults our farmers,” "
                    "Says Jean Dupont, head of the union.\n\n“The Deal Is Dead,” Dupont Said.\n\n"
                    "Farm Minister Says Talks Will Resume",
                (const stage_entity_t[]){ { "Jean Dupont", SIFT_PERSON }, { "Dupont", SIFT_PERSON },
                                          { NULL, 0 } });
    sieve_attribute(&c);
    int st;
    assert_string_equal(s_speaker(&c, "We walked", &st), "Jean Dupont");
    assert_int_equal(st, ST_AFTER);
    assert_string_equal(s_speaker(&c, "The Deal", &st), "Dupont");
    assert_int_equal(st, ST_AFTER);
    uint32_t len;
    assert_false(cue_at(&c, stage_tok(&c, "Says Talks", 0), &len));
    stage_end(&c);
}

static void relayed_words_are_the_quoted_names(void **unused)
{
    (void)unused;
    ctx_t c;
    /* wire copy relaying another outlet: the name it quotes as saying
     * something is the speaker, not the outlet; "quoting" a thing changes
     * nothing */
    stage_begin(&c, "Soy exports have “pretty much collapsed,” Farm Radio quoted Mary Lovell, an "
                    "economist, as saying. “Talks were frank,” the agency quoted Wen Bo as saying on "
                    "Sunday. Kyodo quoted Sato as telling reporters, “I accept the offer.” "
                    "“We regret it,” Ana Ruiz wrote, quoting the ruling. The banner quotes Lincoln: "
                    "“A house divided cannot stand.”",
                (const stage_entity_t[]){ { "Farm Radio", SIFT_ORG }, { "Mary Lovell", SIFT_PERSON },
                                          { "Wen Bo", SIFT_PERSON }, { "Kyodo", SIFT_ORG },
                                          { "Sato", SIFT_PERSON }, { "Ana Ruiz", SIFT_PERSON },
                                          { NULL, 0 } });
    sieve_attribute(&c);
    int st;
    assert_string_equal(s_speaker(&c, "pretty much", &st), "Mary Lovell");
    assert_string_equal(s_speaker(&c, "Talks were", &st), "Wen Bo");
    assert_string_equal(s_speaker(&c, "I accept", &st), "Sato");
    assert_string_equal(s_speaker(&c, "We regret", &st), "Ana Ruiz");
    /* not quoted as saying it: the banner's words */
    assert_string_equal(s_speaker(&c, "A house", &st), "The banner");
    stage_end(&c);
}

static void relayed_words_of_a_noun_phrase(void **unused)
{
    (void)unused;
    ctx_t c;
    /* what is quoted as saying it may be a document or a role, not only a
     * name: the outlet relays it */
    stage_begin(&c, "The Daily Star printed the leaflet. It quoted the leaflet as saying: “All mills "
                    "will close.” Radio Lumo quoted a senior aide as saying “talks are over.”",
                (const stage_entity_t[]){ { "The Daily Star", SIFT_ORG }, { "Radio Lumo", SIFT_ORG },
                                          { NULL, 0 } });
    sieve_attribute(&c);
    int st;
    assert_string_equal(s_speaker(&c, "All mills", &st), "the leaflet");
    assert_string_equal(s_speaker(&c, "talks are", &st), "a senior aide");
    stage_end(&c);
}

static void document_and_group_speakers(void **unused)
{
    (void)unused;
    ctx_t c;
    stage_begin(&c, "Jan Novak presented the figures. “Exports will shrink,” the report said. "
                    "Officials said “no talks are planned.”",
                (const stage_entity_t[]){ { "Jan Novak", SIFT_PERSON }, { NULL, 0 } });
    sieve_attribute(&c);
    int st;
    assert_string_equal(s_speaker(&c, "Exports", &st), "the report");
    assert_string_equal(s_speaker(&c, "no talks", &st), "Officials");
    stage_end(&c);
}

static void split_quote_and_according_to(void **unused)
{
    (void)unused;
    ctx_t c;
    stage_begin(&c, "“We are close,” the negotiator said, “but not there.” The deal is off "
                    "for “this season,” according to Kim Sato, who called it “dead.”",
                (const stage_entity_t[]){ { "Kim Sato", SIFT_PERSON }, { NULL, 0 } });
    sieve_attribute(&c);
    int st;
    assert_string_equal(s_speaker(&c, "We are", &st), "the negotiator");
    assert_string_equal(s_speaker(&c, "but not", &st), "the negotiator");
    assert_int_equal(st, ST_SPLIT);
    assert_string_equal(s_speaker(&c, "this season", &st), "Kim Sato");
    /* the relative pronoun is the mention; resolution finds whom it means */
    assert_string_equal(s_speaker(&c, "dead", &st), "who");
    stage_end(&c);
}

static void colon_paragraph_and_continuation(void **unused)
{
    (void)unused;
    ctx_t c;
    stage_begin(&c, "The ministry released the following statement:\n\n"
                    "“Our position has not changed.”\n\n"
                    "“We will answer every measure.”",
                NULL);
    sieve_attribute(&c);
    int st;
    assert_string_equal(s_speaker(&c, "Our position", &st), "The ministry");
    assert_int_equal(st, ST_COLON);
    assert_string_equal(s_speaker(&c, "We will", &st), "The ministry");
    stage_end(&c);
}

static void unattributed_phrase_has_no_speaker(void **unused)
{
    (void)unused;
    ctx_t c;
    stage_begin(&c, "Growers watched the “Harvest Hour” broadcast.", NULL);
    sieve_attribute(&c);
    int st;
    /* the sentence subject is its only candidate: the ranker decides */
    assert_int_equal(stage_quote(&c, "Harvest")->stage, ST_SUBJECT);
    (void)s_speaker(&c, "Harvest", &st);
    stage_end(&c);
}

static void any_past_tense_verb_next_to_the_quote(void **unused)
{
    (void)unused;
    ctx_t c;
    /* verbs of no cue list: inverted after the quote, and post-posed with
     * an object or a preposition after them */
    stage_begin(&c, "“The harvest is saved!” beamed Ines Varga, a grower.\n\n"
                    "“Get off my field,” the farmer growled at the crowd.\n\n"
                    "“Your barn is lovely,” Otto Brandt flattered Ines.",
                (const stage_entity_t[]){ { "Ines Varga", SIFT_PERSON }, { "Otto Brandt", SIFT_PERSON },
                                          { NULL, 0 } });
    sieve_attribute(&c);
    int st;
    assert_string_equal(s_speaker(&c, "The harvest", &st), "Ines Varga");
    assert_int_equal(st, ST_AFTER);
    assert_string_equal(s_speaker(&c, "Get off", &st), "the farmer");
    assert_string_equal(s_speaker(&c, "Your barn", &st), "Otto Brandt");
    stage_end(&c);
}

static void signature_paragraph_and_reporting_paragraph(void **unused)
{
    (void)unused;
    ctx_t c;
    /* a fact-check signs a quote with a line of its own; a paragraph that
     * reports someone introduces the quote standing after it */
    stage_begin(&c, "Claims from the debate follow.\n\n"
                    "“Our wheat exports doubled in four years.”\n\n"
                    "- Mara Lind.\n\n"
                    "Mara Lind argued in a newspaper column that the tariffs had failed.\n\n"
                    "“Farmers paid for this policy twice, once at the border and once at home.”",
                (const stage_entity_t[]){ { "Mara Lind", SIFT_PERSON }, { NULL, 0 } });
    sieve_attribute(&c);
    int st;
    assert_string_equal(s_speaker(&c, "Our wheat", &st), "Mara Lind");
    assert_int_equal(st, ST_AFTER);
    assert_string_equal(s_speaker(&c, "Farmers paid", &st), "Mara Lind");
    assert_int_equal(st, ST_PREV_PARA);
    stage_end(&c);
}

static void plural_possessive_in_an_apposition(void **unused)
{
    (void)unused;
    ctx_t c;
    /* the apostrophe of "growers’" is no quote mark: the apposition goes
     * on to the cue, and the quote after it continues the same speaker */
    stage_begin(&c, "“The quota is gone,” Ida Moreau, the growers’ lawyer, said in a statement. "
                    "“We will appeal.”",
                (const stage_entity_t[]){ { "Ida Moreau", SIFT_PERSON }, { NULL, 0 } });
    sieve_attribute(&c);
    int st;
    assert_string_equal(s_speaker(&c, "The quota", &st), "Ida Moreau");
    assert_int_equal(st, ST_AFTER);
    stage_end(&c);
}

static void two_groups_set_off_before_the_cue(void **unused)
{
    (void)unused;
    ctx_t c;
    /* "president of Velt Partners" and "LLC" are both set off by commas
     * between the name and "told"; the cue's object is not the speaker */
    stage_begin(&c, "Farm exports fell in May. “Farm jobs will be hit the hardest,” Mara Velt, "
                    "president of Velt Partners, LLC, told Harvest Weekly.",
                (const stage_entity_t[]){ { "Mara Velt", SIFT_PERSON }, { "Velt Partners", SIFT_ORG },
                                          { "Harvest Weekly", SIFT_ORG }, { NULL, 0 } });
    sieve_attribute(&c);
    int st;
    assert_string_equal(s_speaker(&c, "Farm jobs", &st), "Mara Velt");
    assert_int_equal(st, ST_AFTER);
    stage_end(&c);
}

static void where_the_speaker_works_before_the_cue(void **unused)
{
    (void)unused;
    ctx_t c;
    /* the council is where she works: the speaker is the name before it */
    stage_begin(&c, "Cod prices fell in June. “Our boats will stay in port,” Ola Berg of the Nordic "
                    "Fish Council told the radio.",
                (const stage_entity_t[]){ { "Ola Berg", SIFT_PERSON }, { "Nordic Fish Council", SIFT_ORG },
                                          { NULL, 0 } });
    sieve_attribute(&c);
    int st;
    assert_string_equal(s_speaker(&c, "Our boats", &st), "Ola Berg");
    assert_int_equal(st, ST_AFTER);
    stage_end(&c);
}

static void acronym_in_capitals_is_no_function_word(void **unused)
{
    (void)unused;
    ctx_t c;
    /* "US" and "WHO" in capitals starting a name are acronyms, not "us"
     * and "who" */
    stage_begin(&c, "Rice exports fell. “Our growers cannot wait a year,” said US Rice Board chief "
                    "Nell Varga on Friday. “Border checks will slow the vaccines,” WHO Director Ana "
                    "Pires said.",
                (const stage_entity_t[]){ { "Nell Varga", SIFT_PERSON }, { "Ana Pires", SIFT_PERSON },
                                          { NULL, 0 } });
    sieve_attribute(&c);
    int st;
    assert_string_equal(s_speaker(&c, "Our growers", &st), "US Rice Board chief Nell Varga");
    assert_int_equal(st, ST_AFTER);
    assert_string_equal(s_speaker(&c, "Border checks", &st), "WHO Director Ana Pires");
    assert_int_equal(st, ST_AFTER);
    stage_end(&c);
}

static void apposition_without_its_closing_comma(void **unused)
{
    (void)unused;
    ctx_t c;
    /* wire copy drops the comma that closes a person's apposition before
     * the cue: the speaker is still the person, not the apposition */
    stage_begin(&c, "The panel met on Tuesday. “This bill opens markets,” Dana Holt, an Ohio "
                    "Democrat said. “The quota stays,” Rolf Kemp, head of Kemp Grain, Ltd told the "
                    "panel.",
                (const stage_entity_t[]){ { "Dana Holt", SIFT_PERSON }, { "Ohio", SIFT_GPE },
                                          { "Rolf Kemp", SIFT_PERSON }, { "Kemp Grain", SIFT_ORG },
                                          { NULL, 0 } });
    sieve_attribute(&c);
    int st;
    assert_string_equal(s_speaker(&c, "This bill", &st), "Dana Holt");
    assert_int_equal(st, ST_AFTER);
    assert_string_equal(s_speaker(&c, "The quota", &st), "Rolf Kemp");
    assert_int_equal(st, ST_AFTER);
    stage_end(&c);
}

static void role_before_the_body_it_works_for(void **unused)
{
    (void)unused;
    ctx_t c;
    /* the speaker is the spokeswoman or the economist, not the body named
     * after them */
    stage_begin(&c, "Steel prices rose. “Our mills are running at full tilt,” a spokeswoman for "
                    "Delta Steel said. “Rates will stay low,” an economist with the Nordic Bank (NB) "
                    "told the paper.",
                (const stage_entity_t[]){ { "Delta Steel", SIFT_ORG }, { "Nordic Bank", SIFT_ORG },
                                          { NULL, 0 } });
    sieve_attribute(&c);
    int st;
    assert_string_equal(s_speaker(&c, "Our mills", &st), "a spokeswoman");
    assert_int_equal(st, ST_AFTER);
    assert_string_equal(s_speaker(&c, "Rates will", &st), "an economist");
    assert_int_equal(st, ST_AFTER);
    stage_end(&c);
}

static void body_whose_name_runs_over_of(void **unused)
{
    (void)unused;
    ctx_t c;
    /* the whole name is the speaker, its acronym after it skipped */
    stage_begin(&c, "PRICES\n\nSteel prices rose. “The duties break the rules,” the Bureau of Metal "
                    "Trade (BMT) said on its website.",
                (const stage_entity_t[]){ { "Bureau of Metal Trade", SIFT_ORG }, { NULL, 0 } });
    sieve_attribute(&c);
    int st;
    assert_string_equal(s_speaker(&c, "The duties", &st), "the Bureau of Metal Trade");
    assert_int_equal(st, ST_AFTER);
    stage_end(&c);
}

static void role_before_the_body_before_the_cue(void **unused)
{
    (void)unused;
    ctx_t c;
    /* the same before the cue: the subject is the role, not what follows
     * its preposition; not when a person's name follows it (the role's
     * holder) */
    stage_begin(&c, "Ferry fares doubled in May.\n\nOne angry reader of the island paper wrote:\n\n"
                    "“We cannot afford to visit our mothers.”\n\nA surveyor with the harbour board "
                    "said: “The boats are half empty.”\n\nThe head of the ferry company Ole Brandt said: "
                    "“Fuel costs us twice as much.”",
                (const stage_entity_t[]){ { "Ole Brandt", SIFT_PERSON }, { NULL, 0 } });
    sieve_attribute(&c);
    int st;
    assert_string_equal(s_speaker(&c, "We cannot", &st), "One angry reader");
    assert_string_equal(s_speaker(&c, "The boats", &st), "A surveyor");
    assert_string_equal(s_speaker(&c, "Fuel costs", &st), "Ole Brandt");
    stage_end(&c);
}

static void one_of_them_after_the_cue(void **unused)
{
    (void)unused;
    ctx_t c;
    /* "one" after the cue, alone or "one of" a group, is the speaker */
    stage_begin(&c, "Dealers sold the yen. “The market is nervous,” said one. “Nobody wants to "
                    "hold dollars,” said one of the dealers.",
                (const stage_entity_t[]){ { NULL, 0 } });
    sieve_attribute(&c);
    int st;
    assert_string_equal(s_speaker(&c, "The market", &st), "one");
    assert_int_equal(st, ST_AFTER);
    assert_string_equal(s_speaker(&c, "Nobody", &st), "one of the dealers");
    assert_int_equal(st, ST_AFTER);
    stage_end(&c);
}

static void name_in_pieces_later_in_the_sentence(void **unused)
{
    (void)unused;
    ctx_t c;
    /* the cue's subject after the comma is a name of several pieces */
    stage_begin(&c, "Norway “firmly rejects” a review of its salmon subsidies by the trade body, the "
                    "Ministry of Fisheries said on Monday.",
                (const stage_entity_t[]){ { "Norway", SIFT_GPE }, { "Ministry of Fisheries", SIFT_ORG },
                                          { NULL, 0 } });
    sieve_attribute(&c);
    int st;
    assert_string_equal(s_speaker(&c, "firmly", &st), "the Ministry of Fisheries");
    assert_int_equal(st, ST_AFTER_FAR);
    stage_end(&c);
}

static void sentence_reporting_someone_before_the_quote(void **unused)
{
    (void)unused;
    ctx_t c;
    /* a quote opening a sentence inside its paragraph, right after a
     * sentence that reports someone, is that speaker's; not past another
     * quote, nor from two sentences back */
    stage_begin(&c, "Ravi Patel agreed with the board. “The mill must stay open.”\n\n"
                    "Nora Field testified at the hearing. The room was quiet. “Nobody listened.”",
                (const stage_entity_t[]){ { "Ravi Patel", SIFT_PERSON }, { "Nora Field", SIFT_PERSON },
                                          { NULL, 0 } });
    sieve_attribute(&c);
    int st;
    assert_string_equal(s_speaker(&c, "The mill", &st), "Ravi Patel");
    assert_int_equal(st, ST_PREV_SENT);
    assert_string_not_equal(s_speaker(&c, "Nobody", &st), "Nora Field");
    stage_end(&c);
}

static void continuation_only_from_a_quote_nearby(void **unused)
{
    (void)unused;
    ctx_t c;
    /* a scraped article of one paragraph: a quote with no cue of its own
     * takes the speaker of a later quote at most a sentence away, not of
     * one that sentences about other people separate from it */
    stage_begin(&c, "Dana Pell runs a bike shop in Dayton. “Most of what we sell is for children. "
                    "We need them.” The hearing went on for hours. A pilot spoke next. The room "
                    "was full. Lawyer Ann Vey said “this tariff hurts nobody in China.” She spoke "
                    "last. “Stores will close.”",
                (const stage_entity_t[]){ { "Dana Pell", SIFT_PERSON }, { "Ann Vey", SIFT_PERSON },
                                          { NULL, 0 } });
    sieve_attribute(&c);
    int st;
    assert_string_not_equal(s_speaker(&c, "Most of", &st), "Lawyer Ann Vey");
    assert_string_not_equal(s_speaker(&c, "Most of", &st), "Ann Vey");
    assert_string_equal(s_speaker(&c, "Stores", &st), "Lawyer Ann Vey");
    assert_int_equal(st, ST_CONT);
    stage_end(&c);
}

static void phrases_before_the_cue_that_ends_their_sentence(void **unused)
{
    (void)unused;
    ctx_t c;
    /* several phrases of one sentence whose cue comes after the last of
     * them: all are the speaker of that cue, not of the quote in the
     * sentence before (the same paragraph) */
    stage_begin(&c, "Anna Berg said last month that “talks can work” for both sides. While the two "
                    "firms run “very different” mills, “it is quite likely” that the merger ends in "
                    "“a fair deal” after “some hard months”, Tom Wade said on Monday.",
                (const stage_entity_t[]){ { "Anna Berg", SIFT_PERSON }, { "Tom Wade", SIFT_PERSON },
                                          { NULL, 0 } });
    sieve_attribute(&c);
    int st;
    assert_string_equal(s_speaker(&c, "talks can", &st), "Anna Berg");
    assert_string_equal(s_speaker(&c, "some hard", &st), "Tom Wade");
    assert_string_equal(s_speaker(&c, "very different", &st), "Tom Wade");
    assert_int_equal(st, ST_CONT);
    assert_string_equal(s_speaker(&c, "it is quite", &st), "Tom Wade");
    assert_string_equal(s_speaker(&c, "a fair deal", &st), "Tom Wade");
    stage_end(&c);
}

static void attribution_sentence_with_where_and_when(void **unused)
{
    (void)unused;
    ctx_t c;
    /* a quote closed by a full stop, then a sentence that only attributes
     * it, with where, when or to whom: the quote's speaker; not when the
     * sentence goes on to report something new ("said on Monday that …") */
    stage_begin(&c, "Exports fell, the paper reported. “The levy is a mistake.” Ann Lee said at a "
                    "press briefing on Monday. “Talks must go on.” Tom Wade told Xinhua in Oslo. "
                    "“Prices will rise.” Ben Holt said on Friday that mills would close.",
                (const stage_entity_t[]){ { "Ann Lee", SIFT_PERSON }, { "Tom Wade", SIFT_PERSON },
                                          { "Ben Holt", SIFT_PERSON }, { NULL, 0 } });
    sieve_attribute(&c);
    int st;
    assert_string_equal(s_speaker(&c, "The levy", &st), "Ann Lee");
    assert_int_equal(st, ST_AFTER);
    assert_string_equal(s_speaker(&c, "Talks must", &st), "Tom Wade");
    assert_int_equal(st, ST_AFTER);
    s_speaker(&c, "Prices will", &st);
    assert_int_not_equal(st, ST_AFTER);
    stage_end(&c);
}

static void long_apposition_without_its_closing_comma(void **unused)
{
    (void)unused;
    ctx_t c;
    /* the apposition that lost its closing comma may run over where the
     * person works ("under", "at", "of"): still the person's */
    stage_begin(&c, "Steel output fell in May. “Tariffs hurt our farmers most of all,” Ann Lee, a "
                    "member of the advisory board under the Ministry of Trade of the Republic of "
                    "Norland said in an interview. “Mills will close,” Tom Wade, an analyst at "
                    "Harbor Bank in Oslo told the paper.",
                (const stage_entity_t[]){ { "Ann Lee", SIFT_PERSON }, { "Ministry of Trade", SIFT_ORG },
                                          { "Republic of Norland", SIFT_GPE }, { "Tom Wade", SIFT_PERSON },
                                          { "Harbor Bank", SIFT_ORG }, { "Oslo", SIFT_GPE }, { NULL, 0 } });
    sieve_attribute(&c);
    int st;
    assert_string_equal(s_speaker(&c, "Tariffs hurt", &st), "Ann Lee");
    assert_int_equal(st, ST_AFTER);
    assert_string_equal(s_speaker(&c, "Mills will", &st), "Tom Wade");
    assert_int_equal(st, ST_AFTER);
    stage_end(&c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(post_posed_speaker_over_nearest_name),
        cmocka_unit_test(any_past_tense_verb_next_to_the_quote),
        cmocka_unit_test(signature_paragraph_and_reporting_paragraph),
        cmocka_unit_test(document_and_group_speakers),
        cmocka_unit_test(split_quote_and_according_to),
        cmocka_unit_test(colon_paragraph_and_continuation),
        cmocka_unit_test(unattributed_phrase_has_no_speaker),
        cmocka_unit_test(plural_possessive_in_an_apposition),
        cmocka_unit_test(two_groups_set_off_before_the_cue),
        cmocka_unit_test(where_the_speaker_works_before_the_cue),
        cmocka_unit_test(name_in_pieces_later_in_the_sentence),
        cmocka_unit_test(acronym_in_capitals_is_no_function_word),
        cmocka_unit_test(apposition_without_its_closing_comma),
        cmocka_unit_test(role_before_the_body_it_works_for),
        cmocka_unit_test(one_of_them_after_the_cue),
        cmocka_unit_test(role_before_the_body_before_the_cue),
        cmocka_unit_test(body_whose_name_runs_over_of),
        cmocka_unit_test(sentence_reporting_someone_before_the_quote),
        cmocka_unit_test(continuation_only_from_a_quote_nearby),
        cmocka_unit_test(phrases_before_the_cue_that_ends_their_sentence),
        cmocka_unit_test(attribution_sentence_with_where_and_when),
        cmocka_unit_test(long_apposition_without_its_closing_comma),
        cmocka_unit_test(title_case_cue_after_the_quote),
        cmocka_unit_test(relayed_words_are_the_quoted_names),
        cmocka_unit_test(relayed_words_of_a_noun_phrase),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    stage_free();
    return rc;
}
