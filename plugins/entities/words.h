/* SPDX-License-Identifier: MIT */
/* words.h - built-in closed-class word lists (see words.c). */
#ifndef ENTITIES_WORDS_H
#define ENTITIES_WORDS_H

#include "lexicon.h"

#include <stdbool.h>
#include <stddef.h>

/* Adds months, weekdays, number words, scales, title words... 0 or -1. */
int words_load(lex_t *lex);
/* Whether s[0, n) (any case, letters only) is max_syll or fewer syllables
 * of Hanyu Pinyin. */
bool words_pinyin(const char *s, size_t n, int max_syll);

#endif
