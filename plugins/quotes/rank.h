/* SPDX-License-Identifier: MIT */
/* rank.h - the trained attribution ranker and keep decision applied to a
 * quote. For a quote the sieve attributed at one of its less precise
 * stages, every candidate (candidates.h) is scored from its features
 * (features.h) with the weights of data/ranker.tsv; the best becomes the
 * quote's mention. A short quote whose own features score below zero (or
 * below KEEP_MIN in lower case) is a title or a scare quote and is
 * dropped. */
#ifndef QUOTES_RANK_H
#define QUOTES_RANK_H

#include <stdio.h>

#include "context.h"

/* Ranks q's candidates (last: the quote attributed before q, or NULL) and
 * sets q's mention or q->drop. With dump (training mode, the `features`
 * key), appends q's candidates, their names and features to it as a JSON
 * line instead and changes nothing. */
void rank_quote(ctx_t *c, quote_t *q, const quote_t *last, FILE *dump);

#endif
