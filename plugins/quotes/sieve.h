/* SPDX-License-Identifier: MIT */
/* sieve.h - attribution by a sieve of deterministic stages, most precise
 * first (in the spirit of O'Keefe et al. 2012 and Muzny et al. 2017):
 *   0. a transcript turn ("PENCE: …) and a noun of saying owned by the
 *      speaker (Trump's claim that “…”);
 *   a. a cue right after the quote: “…,” he said / “…,” said He Yadong;
 *      the second half of a split quote; "According to X," opening it;
 *   b. a cue right before it: Wang said “…” / Mr. Liu shared: "…";
 *   c. "according to X" in the quote's sentence;
 *   d. the nearest cue earlier in the sentence, with its subject (or the
 *      outer speaker: "He said Beijing had maintained “…”"); a cue later
 *      in the sentence; a previous paragraph ending with a colon;
 *   e. continuation: parts of one multi-paragraph quote share a speaker;
 *      an unattributed quote takes the speaker of a quote in its paragraph
 *      or, opening a paragraph, of the previous paragraph;
 *   f. a quoted phrase inside a sentence: the sentence's subject;
 *   g. a quote opening its paragraph after a paragraph that reports
 *      someone ("Carter said that …"): the subject of its last cue.
 * Each attributed quote records its mention [ms, me), cue and stage (ST_). */
#ifndef QUOTES_SIEVE_H
#define QUOTES_SIEVE_H

#include "context.h"

/* Attributes every quote of c->q that the stages can. */
void sieve_attribute(ctx_t *c);
/* "“…,” Reuters quoted Ross as saying", "Kyodo quoted Nakasone as telling
 * reporters, “…”": a speaker mention right before "quoted" relays the
 * words; q's speaker becomes the name it quotes as saying them. */
void sieve_relayed(const ctx_t *c, quote_t *q);
/* Sets q's speaker mention [ms, me) and cue (NONE: none). */
void quote_set_speaker(quote_t *q, uint32_t ms, uint32_t me, uint32_t cue, uint32_t cue_len);
/* Gives dst the speaker mention and cue of src. */
void quote_copy_speaker(quote_t *dst, const quote_t *src);

#endif
