/* SPDX-License-Identifier: MIT */
/* kinds.h - organisations named by the noun beside them (kinds.c;
 * internal to the entity plugin). */
#ifndef ENTITIES_KINDS_H
#define ENTITIES_KINDS_H

#include "ent.h"

/* Newspapers and broadcasters ("Liberte newspaper said"), kinds of
 * organisation ("the opposition party Radical Cause"), a team before its
 * player ("Sunderland forward Niall Quinn") and companies named for sure
 * ("Lindqvist Verkstad AB") are organisations in every mention of their
 * name in the article. Leaves the mentions sorted by start. 0 or -1 (out
 * of scratch memory). */
int kinds_names(ent_ctx_t *c);

#endif
