/* SPDX-License-Identifier: MIT */
/* marks.h - detection: quote marks read as opening or closing and paired
 * per paragraph.
 *
 * Marks are read from their context (space before and a word after opens;
 * a word before and space or punctuation after closes), from the glyph only
 * when the context is ambiguous. Double marks (“ ” " „ « » '' ``) nest; a
 * quote still open at a paragraph end continues when the next paragraph
 * opens with a mark, else it ends before the first mark nested in it or at
 * the paragraph end, so a missing closing mark never runs past its
 * paragraph. Single marks (‘…’ '…') are quotations only at top level and
 * paired within the paragraph (apostrophes share their glyphs). */
#ifndef QUOTES_MARKS_H
#define QUOTES_MARKS_H

#include "context.h"

enum { MK_NONE, MK_DOUBLE, MK_SINGLE };
enum { CTX_AMBIG, CTX_OPEN, CTX_CLOSE };

/* Which kind of quote mark token i is: MK_. */
int mark_type(const ctx_t *c, uint32_t i);
/* The direction of its glyph: 1 opening, -1 closing, 0 straight. */
int mark_glyph(const ctx_t *c, uint32_t i);
/* Opening or closing from the text around it: CTX_. */
int mark_context(const ctx_t *c, uint32_t i);
/* Finds the quotes of the article, appended to c->q in text order, and
 * marks their content tokens in c->inq. 0, or -1 when out of memory. */
int marks_detect(ctx_t *c);
/* SIFT_QUOTE_DIRECT (a sentence or more) or SIFT_QUOTE_PARTIAL (a phrase
 * inside a sentence). */
int quote_kind(const ctx_t *c, const quote_t *q);

#endif
