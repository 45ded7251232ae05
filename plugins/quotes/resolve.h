/* SPDX-License-Identifier: MIT */
/* resolve.h - resolution of a speaker mention to a canonical name: the
 * entity whose mention covers the mention's head; for he/she the most
 * recent gender-compatible person outside quotes; for it/they the last
 * non-person speaker, a recent document subject or organisation; for a
 * title ("the Vice Premier") the person carrying it; for a document ("the
 * white paper") the issuer named where it was introduced. Otherwise the
 * mention's own words. */
#ifndef QUOTES_RESOLVE_H
#define QUOTES_RESOLVE_H

#include "context.h"

/* Sets q->ent, q->name (scratch) and q->nonperson from q's mention
 * [q->ms, q->me); prev_speaker_q is the quote attributed before it, or
 * NULL. */
void resolve_speaker(ctx_t *c, quote_t *q, const quote_t *prev_speaker_q);

#endif
