/* SPDX-License-Identifier: MIT */
/* words.h - built-in closed-class word lists (see words.c). */
#ifndef ENTITIES_WORDS_H
#define ENTITIES_WORDS_H

#include "lexicon.h"

/* Adds months, weekdays, number words, scales, title words... 0 or -1. */
int words_load(lex_t *lex);

#endif
