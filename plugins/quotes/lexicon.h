/* SPDX-License-Identifier: MIT */
/* lexicon.h - case-insensitive word sets for the quotes plugin.
 *
 * One open-addressing table of XXH3 hashes of lower-cased words, each with
 * a bit set of word classes. Built at init, read-only afterwards. */
#ifndef QUOTES_LEXICON_H
#define QUOTES_LEXICON_H

#include <stddef.h>
#include <stdint.h>

enum {
    W_CUE = 1u << 0,       /* reporting verb form                          */
    W_CUE_FIRST = 1u << 1, /* first word of a two-word cue                 */
    W_MALE = 1u << 2,      /* given name                                    */
    W_FEMALE = 1u << 3,
    W_TITLE = 1u << 4,     /* role noun: president, spokesperson           */
    W_DOC = 1u << 5,       /* document noun: paper, report                 */
    W_PRON_M = 1u << 6,    /* he                                           */
    W_PRON_F = 1u << 7,    /* she                                          */
    W_PRON_N = 1u << 8,    /* it, they, we, I, you                         */
    W_DET = 1u << 9,       /* the, a, his, its ...                         */
    W_STOP = 1u << 10,     /* prepositions, conjunctions, auxiliaries      */
    W_SKIP = 1u << 11,     /* adverbs/auxiliaries between subject and verb */
    W_HON_M = 1u << 12,    /* Mr.                                          */
    W_HON_F = 1u << 13,    /* Mrs. Ms.                                     */
    W_PREP = 1u << 14,     /* a sentence opening with it is an adverbial   */
    W_DAY = 1u << 15,      /* weekday/month/time words after "on", "last"  */
    W_CLAIM = 1u << 16,    /* noun of saying: claim, accusation, promise    */
    W_GROUP = 1u << 17,    /* group noun: officials, analysts, the campaign */
    W_GTRADE = 1u << 18,   /* a word of trade news (genre-trade.txt)        */
    W_GPOL = 1u << 19,     /* a word of political news (genre-politics.txt) */
    /* the classes of function words (an acronym in capitals is none) */
    W_FUNCTION = W_PRON_M | W_PRON_F | W_PRON_N | W_DET | W_STOP | W_SKIP | W_PREP,
};

typedef struct lexicon {
    uint64_t *keys;
    uint32_t *vals;
    size_t cap, n;
} lexicon_t;

int lexicon_init(lexicon_t *lx, size_t expected);
void lexicon_free(lexicon_t *lx);
/* Adds flags to a word (bytes, any case; at most 63 bytes). */
int lexicon_add(lexicon_t *lx, const char *w, size_t n, uint32_t flags);
/* Flags of a word, 0 when absent. */
uint32_t lexicon_get(const lexicon_t *lx, const char *w, size_t n);
/* Flags of a word by its hash (doc->lower_hashes: the same key). */
uint32_t lexicon_get_hash(const lexicon_t *lx, uint64_t h);
/* Loads a word list (one entry a line, # comments) with the given flags;
 * an entry of two words also marks its first word W_CUE_FIRST. */
int lexicon_load(lexicon_t *lx, const char *path, uint32_t flags);

#endif
