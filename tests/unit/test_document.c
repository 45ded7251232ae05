/* SPDX-License-Identifier: MIT */
/* test_document.c - the core tokeniser (document.c): token offsets and
 * flags, possessives, abbreviations, sentences and paragraph starts. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "document.h"

static int s_setup(void **state)
{
    *state = sift_document_new();
    return *state ? 0 : -1;
}

static int s_teardown(void **state)
{
    sift_document_t *d = *state;
    sift_document_destroy(&d);
    assert_null(d);
    return 0;
}

static const sift_doc_t *s_tok(void **state, const char *text)
{
    const sift_doc_t *doc = sift_document_tokenize(*state, text, strlen(text));
    assert_non_null(doc);
    assert_ptr_equal(doc->text, text);
    assert_int_equal(doc->text_len, strlen(text));
    assert_int_equal(doc->size, sizeof(sift_doc_t));
    /* invariants every plugin relies on */
    for (size_t i = 0; i < doc->n_tokens; i++) {
        const sift_token_t *t = &doc->tokens[i];
        assert_true(t->start < t->end);
        assert_true(t->end <= doc->text_len);
        if (i)
            assert_true(doc->tokens[i - 1].end <= t->start);
        assert_true(t->sentence < doc->n_sentences);
        const sift_sentence_t *s = &doc->sentences[t->sentence];
        assert_true(i >= s->tok_begin && i < s->tok_end);
    }
    for (size_t s = 0; s < doc->n_sentences; s++) {
        const sift_sentence_t *st = &doc->sentences[s];
        assert_true(st->tok_begin < st->tok_end);
        assert_int_equal(st->start, doc->tokens[st->tok_begin].start);
        assert_int_equal(st->end, doc->tokens[st->tok_end - 1].end);
        assert_true(doc->tokens[st->tok_begin].flags & SIFT_TOKEN_SENT_START);
        if (s)
            assert_int_equal(st->tok_begin, doc->sentences[s - 1].tok_end);
    }
    if (doc->n_sentences)
        assert_int_equal(doc->sentences[doc->n_sentences - 1].tok_end, doc->n_tokens);
    return doc;
}

/* The tokens joined with '|'. */
static const char *s_join(const sift_doc_t *doc)
{
    static char buf[4096];
    size_t n = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < doc->n_tokens && n < sizeof buf - 1; i++)
        n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%.*s", i ? "|" : "",
                              (int)(doc->tokens[i].end - doc->tokens[i].start),
                              doc->text + doc->tokens[i].start);
    return buf;
}

static size_t s_find(const sift_doc_t *doc, const char *tok)
{
    for (size_t i = 0; i < doc->n_tokens; i++)
        if (doc->tokens[i].end - doc->tokens[i].start == strlen(tok) &&
            memcmp(doc->text + doc->tokens[i].start, tok, strlen(tok)) == 0)
            return i;
    fail_msg("no token '%s' in %s", tok, s_join(doc));
    return 0;
}

static void test_offsets_and_abbreviations(void **state)
{
    const char *text = "The U.S. said Mr. Li met Dr. Smith.";
    const sift_doc_t *doc = s_tok(state, text);
    assert_string_equal(s_join(doc), "The|U.S.|said|Mr.|Li|met|Dr.|Smith|.");
    assert_int_equal(doc->tokens[1].start, 4);
    assert_int_equal(doc->tokens[1].end, 8);
    assert_int_equal(doc->n_sentences, 1);
    assert_true(doc->tokens[0].flags & SIFT_TOKEN_CAP);
    assert_true(doc->tokens[1].flags & SIFT_TOKEN_UPPER);
    assert_true(doc->tokens[2].flags & SIFT_TOKEN_LOWER);
    assert_true(doc->tokens[8].flags & SIFT_TOKEN_PUNCT);
    assert_false(doc->tokens[8].flags & SIFT_TOKEN_SPACE_BEFORE);
    assert_true(doc->tokens[7].flags & SIFT_TOKEN_SPACE_BEFORE);
    assert_false(doc->tokens[7].flags & SIFT_TOKEN_SPACE_AFTER);
    assert_true(doc->tokens[6].flags & SIFT_TOKEN_SPACE_AFTER);
}

static void test_possessive_split(void **state)
{
    const sift_doc_t *doc = s_tok(state, "China's exports and Beijing\xe2\x80\x99s reply.");
    assert_string_equal(s_join(doc), "China|'s|exports|and|Beijing|\xe2\x80\x99s|reply|.");
    size_t s = s_find(doc, "'s");
    assert_int_equal(doc->tokens[s].start, 5);
    assert_int_equal(doc->tokens[s].end, 7);
    assert_true(doc->tokens[s].flags & SIFT_TOKEN_ALPHA);
    assert_false(doc->tokens[s].flags & SIFT_TOKEN_QUOTE);
    assert_false(doc->tokens[s].flags & SIFT_TOKEN_SPACE_BEFORE);
    size_t c = s_find(doc, "\xe2\x80\x99s");
    assert_int_equal(doc->tokens[c].end - doc->tokens[c].start, 4);
}

/* UTF-8 read as Latin-1 (or Windows-1252) and encoded again, as scraped
 * pages carry it: ’ E2 80 99 becomes "â" U+0080 U+0099 (or "â€™"). */
#define MOJI_RSQUO "\xc3\xa2\xc2\x80\xc2\x99"
#define MOJI_LDQUO "\xc3\xa2\xc2\x80\xc2\x9c"
#define MOJI_RDQUO "\xc3\xa2\xc2\x80\xc2\x9d"
#define CP1252_RSQUO "\xc3\xa2\xe2\x82\xac\xe2\x84\xa2"

static void test_double_encoded_punctuation(void **state)
{
    const char *text = "Beijing" MOJI_RSQUO "s reply: " MOJI_LDQUO "We act." MOJI_RDQUO
                       " Tokyo" CP1252_RSQUO "s too.";
    const sift_doc_t *doc = s_tok(state, text);
    assert_string_equal(s_join(doc), "Beijing|" MOJI_RSQUO "s|reply|:|" MOJI_LDQUO "|We|act|.|"
                                     MOJI_RDQUO "|Tokyo|" CP1252_RSQUO "s|too|.");
    /* the possessive hashes as the real one, and is flagged like it */
    size_t p = s_find(doc, MOJI_RSQUO "s"), q = s_find(doc, CP1252_RSQUO "s");
    assert_int_equal(doc->lower_hashes[p], sift_token_hash("\xe2\x80\x99s", 4));
    assert_int_equal(doc->lower_hashes[q], sift_token_hash("\xe2\x80\x99s", 4));
    assert_true(doc->tokens[p].flags & SIFT_TOKEN_POSSESSIVE);
    assert_false(doc->tokens[p].flags & SIFT_TOKEN_QUOTE);
    /* the quote marks are quote marks, with the characters they stand for */
    size_t o = s_find(doc, MOJI_LDQUO), c = s_find(doc, MOJI_RDQUO);
    assert_true(doc->tokens[o].flags & SIFT_TOKEN_QUOTE);
    assert_true(doc->tokens[c].flags & SIFT_TOKEN_QUOTE);
    assert_int_equal(doc->token_chars[o], 0x201C);
    assert_int_equal(doc->token_chars[c], 0x201D);
    assert_int_equal(doc->token_chars[s_find(doc, ":")], ':');
    assert_int_equal(doc->token_chars[s_find(doc, "reply")], 0);
    assert_int_equal(sift_token_char(MOJI_LDQUO, strlen(MOJI_LDQUO)), 0x201C);
    /* "â" followed by anything else is a letter as before */
    doc = s_tok(state, "Fran\xc3\xa2ois r\xc3\xa2\xc2\xa0le");
    assert_string_equal(s_join(doc), "Fran\xc3\xa2ois|r\xc3\xa2|le");
}

static void test_contractions_and_joiners(void **state)
{
    const sift_doc_t *doc = s_tok(state, "They don't sell AT&T's state-owned 1,500 units at 3.5 "
                                         "in 1987/88...");
    assert_string_equal(s_join(doc),
                        "They|don't|sell|AT&T|'s|state-owned|1,500|units|at|3.5|in|1987/88|...");
    size_t n = s_find(doc, "1,500");
    assert_true(doc->tokens[n].flags & SIFT_TOKEN_NUMBER);
    assert_true(doc->tokens[n].flags & SIFT_TOKEN_DIGIT);
    assert_true(doc->tokens[s_find(doc, "3.5")].flags & SIFT_TOKEN_NUMBER);
    assert_true(doc->tokens[s_find(doc, "1987/88")].flags & SIFT_TOKEN_NUMBER);
    assert_false(doc->tokens[s_find(doc, "units")].flags & SIFT_TOKEN_NUMBER);
    assert_true(doc->tokens[s_find(doc, "state-owned")].flags & SIFT_TOKEN_ALPHA);
}

static void test_comma_between_words_splits(void **state)
{
    const sift_doc_t *doc = s_tok(state, "steel,aluminium and 5,x");
    assert_string_equal(s_join(doc), "steel|,|aluminium|and|5|,|x");
}

static void test_sentences(void **state)
{
    const char *text = "Trade talks ended. \xe2\x80\x9cWe won,\xe2\x80\x9d he said! Was it? "
                       "25 tariffs rose. the end";
    const sift_doc_t *doc = s_tok(state, text);
    assert_int_equal(doc->n_sentences, 4);
    /* sentence 2 starts at the opening quote mark */
    size_t q = doc->sentences[1].tok_begin;
    assert_true(doc->tokens[q].flags & SIFT_TOKEN_QUOTE);
    assert_int_equal(doc->tokens[q].start, strlen("Trade talks ended. "));
    /* "? 25" splits before a number; ". the" does not split (lower case) */
    size_t d = doc->sentences[3].tok_begin;
    assert_memory_equal(text + doc->tokens[d].start, "25", 2);
    size_t the = s_find(doc, "the");
    assert_int_equal(doc->tokens[the].sentence, 3);
    assert_false(doc->tokens[the].flags & SIFT_TOKEN_SENT_START);
}

static void test_abbreviation_does_not_end_sentence(void **state)
{
    const sift_doc_t *doc = s_tok(state, "Gen. Motors and U.S. Steel rose. Shares fell.");
    assert_int_equal(doc->n_sentences, 2);
    assert_int_equal(doc->tokens[doc->sentences[1].tok_begin].start,
                     strlen("Gen. Motors and U.S. Steel rose. "));
}

static void test_legal_form_ends_sentence(void **state)
{
    const sift_doc_t *doc = s_tok(state, "Parts were sold to Acme Corp. Paris has said no. "
                                         "Hua Tai Co. Ltd. makes tyres.");
    assert_int_equal(doc->n_sentences, 3);
    assert_int_equal(doc->tokens[doc->sentences[1].tok_begin].start,
                     strlen("Parts were sold to Acme Corp. "));
    assert_string_equal(s_join(doc), "Parts|were|sold|to|Acme|Corp.|Paris|has|said|no|.|"
                                     "Hua|Tai|Co.|Ltd.|makes|tyres|.");
}

static void test_quote_flags(void **state)
{
    const sift_doc_t *doc = s_tok(state, "\"Yes,\" she said, ``no'' and \xc2\xabnon\xc2\xbb.");
    assert_true(doc->tokens[0].flags & SIFT_TOKEN_QUOTE);
    assert_true(doc->tokens[s_find(doc, "``")].flags & SIFT_TOKEN_QUOTE);
    assert_true(doc->tokens[s_find(doc, "''")].flags & SIFT_TOKEN_QUOTE);
    assert_true(doc->tokens[s_find(doc, "\xc2\xab")].flags & SIFT_TOKEN_QUOTE);
    assert_false(doc->tokens[s_find(doc, "she")].flags & SIFT_TOKEN_QUOTE);
}

static void test_paragraphs_blank_lines(void **state)
{
    const sift_doc_t *doc = s_tok(state, "First para\nwraps here.\n\nSecond para.\n  \nThird.");
    assert_true(doc->tokens[s_find(doc, "First")].flags & SIFT_TOKEN_PARA_START);
    size_t w = s_find(doc, "wraps");
    assert_true(doc->tokens[w].flags & SIFT_TOKEN_LINE_START);
    assert_false(doc->tokens[w].flags & SIFT_TOKEN_PARA_START);
    assert_true(doc->tokens[s_find(doc, "Second")].flags & SIFT_TOKEN_PARA_START);
    assert_true(doc->tokens[s_find(doc, "Third")].flags & SIFT_TOKEN_PARA_START);
    /* a paragraph start is a sentence start even without a period */
    assert_int_equal(doc->n_sentences, 3);
}

static void test_paragraphs_indented(void **state)
{
    /* Reuters layout: wrapped lines, indented paragraph starts */
    const sift_doc_t *doc = s_tok(state, "Opposition politicians\ncriticised the budget.\n"
                                         "    They said it failed\nto help.");
    assert_false(doc->tokens[s_find(doc, "criticised")].flags & SIFT_TOKEN_PARA_START);
    assert_true(doc->tokens[s_find(doc, "They")].flags & SIFT_TOKEN_PARA_START);
    assert_false(doc->tokens[s_find(doc, "to")].flags & SIFT_TOKEN_PARA_START);
    assert_true(doc->tokens[s_find(doc, "to")].flags & SIFT_TOKEN_LINE_START);
}

static void test_paragraphs_one_per_line(void **state)
{
    /* no blank or indented lines: every line is a paragraph */
    const sift_doc_t *doc = s_tok(state, "One line\nanother line\nthird");
    assert_true(doc->tokens[s_find(doc, "another")].flags & SIFT_TOKEN_PARA_START);
    assert_true(doc->tokens[s_find(doc, "third")].flags & SIFT_TOKEN_PARA_START);
    assert_int_equal(doc->n_sentences, 3);
}

static void test_utf8_offsets(void **state)
{
    const char *text = "Caf\xc3\xa9 \xe2\x80\x94 Z\xc3\xbcrich \xe5\x8c\x97\xe4\xba\xac 5%";
    const sift_doc_t *doc = s_tok(state, text);
    assert_string_equal(s_join(doc), "Caf\xc3\xa9|\xe2\x80\x94|Z\xc3\xbcrich|"
                                     "\xe5\x8c\x97\xe4\xba\xac|5|%");
    assert_int_equal(doc->tokens[0].end, 5);
    assert_int_equal(doc->tokens[2].start, 10);
    assert_int_equal(doc->tokens[2].end, 17);
    assert_true(doc->tokens[2].flags & SIFT_TOKEN_CAP);
    assert_true(doc->tokens[3].flags & SIFT_TOKEN_ALPHA);
}

static void test_empty_and_blank(void **state)
{
    const sift_doc_t *doc = s_tok(state, "");
    assert_int_equal(doc->n_tokens, 0);
    assert_int_equal(doc->n_sentences, 0);
    doc = s_tok(state, " \n\t\n ");
    assert_int_equal(doc->n_tokens, 0);
    assert_int_equal(doc->n_sentences, 0);
}

static void test_reuse_large_then_small(void **state)
{
    static char big[200000];
    size_t n = 0;
    while (n + 20 < sizeof big)
        n += (size_t)snprintf(big + n, sizeof big - n, "Word number %zu. ", n);
    const sift_doc_t *doc = s_tok(state, big);
    assert_true(doc->n_tokens > 20000);
    assert_true(doc->n_sentences > 5000);
    doc = s_tok(state, "Small one.");
    assert_int_equal(doc->n_tokens, 3);
    assert_int_equal(doc->n_sentences, 1);
    assert_int_equal(doc->n_entities, 0);
}

static void test_parse_date(void **state)
{
    (void)state;
    int y = 0, m = 0, d = 0;
    assert_int_equal(sift_parse_date("2019-05-10T04:00:48Z", &y, &m, &d), 0);
    assert_int_equal(y, 2019);
    assert_int_equal(m, 5);
    assert_int_equal(d, 10);
    assert_int_equal(sift_parse_date("1987-03-01", &y, &m, &d), 0);
    assert_int_equal(y, 1987);
    assert_int_equal(sift_parse_date("2019-13-01", &y, &m, &d), -1);
    assert_int_equal(sift_parse_date("2019-5-1", &y, &m, &d), -1);
    assert_int_equal(sift_parse_date("yesterday", &y, &m, &d), -1);
    assert_int_equal(sift_parse_date(NULL, &y, &m, &d), -1);
}

#define T(f) cmocka_unit_test_setup_teardown(f, s_setup, s_teardown)

int main(void)
{
    const struct CMUnitTest tests[] = {
        T(test_offsets_and_abbreviations), T(test_possessive_split), T(test_double_encoded_punctuation),
        T(test_contractions_and_joiners), T(test_comma_between_words_splits),
        T(test_sentences), T(test_abbreviation_does_not_end_sentence), T(test_legal_form_ends_sentence), T(test_quote_flags),
        T(test_paragraphs_blank_lines), T(test_paragraphs_indented),
        T(test_paragraphs_one_per_line), T(test_utf8_offsets), T(test_empty_and_blank),
        T(test_reuse_large_then_small), T(test_parse_date),
    };
    return cmocka_run_group_tests_name("document", tests, NULL, NULL);
}
