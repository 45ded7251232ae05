/* SPDX-License-Identifier: MIT */
/* teams.h - sports teams named by results tables and match reports
 * (teams.c; internal to the entity plugin). Each pass runs after the
 * tagger and the joins, on mentions sorted by start, and keeps them so. */
#ifndef ENTITIES_TEAMS_H
#define ENTITIES_TEAMS_H

#include "ent.h"

/* The two runs of a result line and the run of a standing are teams
 * ("Sale 31 Wasps 33"). 0 or -1 (out of scratch memory). */
int teams_result_rows(ent_ctx_t *c);
/* A place beaten, beating or leading is a team ("St Louis defeated
 * Colorado"). */
void teams_beaten(ent_ctx_t *c);
/* A driver's or rider's team after the person and the country in
 * brackets ("Rolf Sorensen ( Denmark ) Rabobank 20:36:54"). 0 or -1. */
int teams_rank(ent_ctx_t *c);

#endif
