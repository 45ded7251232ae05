/* SPDX-License-Identifier: MIT */
/* cues.h - cue verbs ("said", "told reporters", "according to") and the
 * mentions a speaker can be: a name, a pronoun, a noun phrase ("the white
 * paper", "Chinese commerce ministry spokesperson He Yadong"), a cue's
 * subject (over adverbs, time phrases and appositions) and a sentence's
 * subject (after a dateline or an opening adverbial). Token ranges are
 * [ms, me); NONE stands for no token. */
#ifndef QUOTES_CUES_H
#define QUOTES_CUES_H

#include "context.h"

/* Finds whether a cue starts at alphabetic token i, into c->cue[i]. */
uint8_t cue_find(const ctx_t *c, uint32_t i);

/* Whether a cue starts at token i; *len is its number of tokens (1 or 2).
 * Asked again and again for the same tokens (each quote's window, each
 * candidate's subject), so found once per token (c->cue). */
static inline int cue_at(const ctx_t *c, uint32_t i, uint32_t *len)
{
    if (i >= c->nt || !(c->tok[i].flags & SIFT_TOKEN_ALPHA))
        return 0;
    uint8_t v = c->cue[i] ? c->cue[i] : cue_find(c, i);
    if (v == 1)
        return 0;
    *len = v - 1u;
    return 1;
}
/* "one said", "another added": token i is a speaker, not a determiner. */
int cue_one_said(const ctx_t *c, uint32_t i);
/* A pronoun that can be a speaker (not "He" of "He Yadong"). */
int np_pron(const ctx_t *c, uint32_t i);
/* A function word capitalised inside a sentence is a name ("Will wrote"). */
int np_cap_name(const ctx_t *c, uint32_t i);
/* A mention starting at token i, before token limit: its end (i: none). */
uint32_t np_fwd(const ctx_t *c, uint32_t i, uint32_t limit);
/* A mention ending at token j (inclusive), not before lo: its first token
 * or NONE. */
uint32_t np_back(const ctx_t *c, uint32_t j, uint32_t lo);
/* The comma that closes a phrase set off by commas, starting at token a
 * (an apposition: "Sam Nunberg, a former Trump aide, said"): within max
 * tokens and before lim, no quote mark, no new sentence and, with
 * stop_at_cue, no cue before it. NONE when there is none. */
uint32_t np_set_off_end(const ctx_t *c, uint32_t a, uint32_t lim, uint32_t max, int stop_at_cue);
/* The subject of the cue at token v, within [lo, v). 1 when found. */
int np_subject(const ctx_t *c, uint32_t v, uint32_t lo, uint32_t *ms, uint32_t *me);
/* The subject of sentence [sb, se): its first mention after an opening
 * adverbial. 1 when found. */
int np_sent_subject(const ctx_t *c, uint32_t sb, uint32_t se, uint32_t *ms, uint32_t *me);
/* The same for sentence s of the article, found once (c->subj). */
int np_sent_subject_of(const ctx_t *c, uint32_t s, uint32_t *ms, uint32_t *me);

#endif
