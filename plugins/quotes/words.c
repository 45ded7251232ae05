/* SPDX-License-Identifier: MIT */
/* words.c - the word classes of the quotes plugin (words.h). */
#include "words.h"

#include <string.h>

const words_file_t words_files[] = {
    { "cues", "cues.txt", W_CUE }, { "titles", "titles.txt", W_TITLE },
    { "documents", "docnouns.txt", W_DOC }, { "male_names", "male.txt", W_MALE },
    { "female_names", "female.txt", W_FEMALE }, { "groups", "groups.txt", W_GROUP },
    { "genre_trade", "genre-trade.txt", W_GTRADE }, { "genre_politics", "genre-politics.txt", W_GPOL },
    { NULL, NULL, 0 } };

static int s_add_words(lexicon_t *lx, const char *const *w, uint32_t flags)
{
    for (; *w; w++)
        if (lexicon_add(lx, *w, strlen(*w), flags) < 0)
            return -1;
    return 0;
}

int words_builtin(lexicon_t *lx)
{
    static const char *const pron_m[] = { "he", NULL };
    static const char *const pron_f[] = { "she", NULL };
    static const char *const pron_n[] = { "it", "they", "we", "i", "you", NULL };
    static const char *const det[] = {
        "the", "a", "an", "this", "these", "those", "its", "his", "her", "their",
        "our", "my", "your", "another", "one", "both", "some", "each", NULL };
    static const char *const stop[] = {
        "and", "or", "but", "nor", "so", "yet", "of", "in", "on", "at", "to", "for", "with", "by",
        "from", "about", "as", "into", "after", "before", "during", "over", "under", "than",
        "while", "when", "if", "because", "though", "although", "who", "whom", "whose", "which",
        "what", "where", "is", "was", "were", "are", "be", "been", "being", "am", "do", "does",
        "did", "not", "no", "there", "here", "how", "why", "then", "him", "them", "us", "me",
        "against", "between", "through", "without", "since", "until", "upon", "via", "per",
        "all", "any", "more", "most", "very", "just", "even", "only", "would", "will", "could",
        "should", "can", "may", "might", "must", "shall", "also", "has", "have", "had", "having",
        "like", "among", "amid", "around", "across", "toward", "towards", "whether", NULL };
    static const char *const skip[] = {
        "also", "has", "have", "had", "later", "then", "once", "again", "further", "would",
        "will", "could", "did", "does", "do", "reportedly", "recently", "previously",
        "publicly", "repeatedly", "simply", "often", "always", "never", "still", "now",
        "just", "already", "even", "had", "quickly", "flatly", "openly", "first", "is", "was",
        "were", "are", "not", "has", "been", NULL };
    static const char *const hon_m[] = { "mr", "mr.", "sir", "lord", "king", "prince", NULL };
    static const char *const hon_f[] = { "mrs", "mrs.", "ms", "ms.", "miss", "madam", "dame",
                                         "lady", "queen", "princess", NULL };
    static const char *const prep[] = {
        "in", "on", "at", "after", "before", "during", "for", "with", "by", "from", "as",
        "according", "speaking", "asked", "when", "while", "since", "despite", "following",
        "earlier", "later", "last", "yesterday", "today", "however", "meanwhile", "but", "and",
        "still", "instead", "separately", "then", "if", "although", "though", "because",
        "regarding", "without", "under", "over", "first", "second", "third", "also", NULL };
    static const char *const claim[] = {
        "claim", "claims", "accusation", "accusations", "assertion", "allegation", "allegations",
        "contention", "insistence", "promise", "pledge", "warning", "argument", "suggestion",
        "complaint", "boast", "vow", "threat", "charge", "declaration", "description", NULL };
    static const char *const day[] = {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.",
        "dec.", "week", "month", "year", "night", "morning", "afternoon", "evening",
        "yesterday", "today", "tonight", "weekend", NULL };
    if (s_add_words(lx, pron_m, W_PRON_M) < 0 || s_add_words(lx, pron_f, W_PRON_F) < 0 ||
        s_add_words(lx, pron_n, W_PRON_N) < 0 || s_add_words(lx, det, W_DET) < 0 ||
        s_add_words(lx, stop, W_STOP) < 0 || s_add_words(lx, skip, W_SKIP) < 0 ||
        s_add_words(lx, hon_m, W_HON_M) < 0 || s_add_words(lx, hon_f, W_HON_F) < 0 ||
        s_add_words(lx, prep, W_PREP) < 0 || s_add_words(lx, day, W_DAY) < 0 ||
        s_add_words(lx, claim, W_CLAIM) < 0)
        return -1;
    return 0;
}
