/* SPDX-License-Identifier: MIT */
/* features.h - what the ranker (ranker.h) knows of a speaker candidate and
 * of a quote: string features, hashed as they are added.
 *
 * A candidate: its kind, where it is (before/after, sentences and tokens
 * away), how it was found (cue subject/object, sentence subject) with the
 * cue's place and word, direct or partial quote, the words around it and
 * its head, nearest candidate on its side, post-posed "…,” X said", the
 * entity's salience, another quote in between, the headline line, the
 * previous quote's speaker. A quote (prefixed "q:", the keep decision):
 * word count, Title Case, the speaker's kind, the sieve stage, direct or
 * partial, last character, the words around the marks, unclosed, headline,
 * paragraph start. */
#ifndef QUOTES_FEATURES_H
#define QUOTES_FEATURES_H

#include "candidates.h"

/* The weights in m of the features whose keys are fixed (a kind, a
 * place, a source, a stage, a count bucket: all but the words), found at
 * start-up so that a candidate's features need no probe of the model but
 * for its words. A malloc'ed array the caller frees, or NULL when out of
 * memory. */
float *feat_fixed_weights(const qr_model_t *m);

/* Adds to f the features of candidate ki of cs (described, cands_describe)
 * for quote q; lastq is the quote attributed before q, or NULL; partial:
 * q is a phrase inside a sentence. */
void feat_candidate(const ctx_t *c, const quote_t *q, const quote_t *lastq, const cands_t *cs,
                    size_t ki, int partial, qr_feats_t *f);
/* Whether every content word of q is capitalised ("Good Morning America"):
 * a title, a slogan or Title-Case speech; not in a sentence all in Title
 * Case (a heading). *words: its number of words. */
int feat_title_case(const ctx_t *c, const quote_t *q, uint32_t *words);
/* Whether q is a term or a name in marks that no one is said to say
 * (GUIDE.md: no quote): one to TERM_WORDS words ending in a letter, after
 * "so-called", or after a determiner ("the", "a", "his"; not "called it
 * a", "described as a") and right before a lower-case content word, the
 * noun it names ("the “price improvement” proposal"), with no cue right
 * after; a single word so only when its sentence holds no cue outside
 * quotes ("welcomed the “positive” outcome" is the speaker's word). */
enum { TERM_WORDS = 4 };
int feat_named_term(const ctx_t *c, const quote_t *q);
/* Adds to f the keep-decision features of q; spk_type is its speaker's
 * kind (cand_type), or "none". */
void feat_quote(const ctx_t *c, const quote_t *q, const char *spk_type, int partial,
                qr_feats_t *f);

#endif
