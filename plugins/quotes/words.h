/* SPDX-License-Identifier: MIT */
/* words.h - the word classes of the quotes plugin (lexicon.h flags): the
 * word lists shipped in data/ (cues, role nouns, document and group nouns,
 * given names) and the closed classes built in (pronouns, determiners,
 * function words, honorifics, days, nouns of saying). */
#ifndef QUOTES_WORDS_H
#define QUOTES_WORDS_H

#include "lexicon.h"

typedef struct words_file {
    const char *key;    /* config key naming the file   */
    const char *file;   /* its default, in data/        */
    uint32_t flags;     /* W_ class of its words        */
} words_file_t;

/* The word-list files, ending with a NULL key. */
extern const words_file_t words_files[];

/* Adds the built-in closed classes to lx. 0, or -1 when out of memory. */
int words_builtin(lexicon_t *lx);

#endif
