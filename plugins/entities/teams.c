/* SPDX-License-Identifier: MIT */
/* teams.c - sports teams where the tagger read places or persons: the
 * lines of results tables and standings, a place beaten or beating, and
 * a rider's team in a results line (see teams.h). */
#include <stdlib.h>
#include <string.h>

#include "teams.h"

/* A score: a whole number of up to three digits. */
static bool s_score(const ent_ctx_t *c, size_t i)
{
    if (!(c->tok[i].flags & SIFT_TOKEN_NUMBER) || tok_n(c, i) > 3)
        return false;
    for (size_t k = 0; k < tok_n(c, i); k++)
        if (tok_s(c, i)[k] < '0' || tok_s(c, i)[k] > '9')
            return false;
    return true;
}

typedef struct row {
    uint32_t b, e, run[2][2]; /* the line's tokens, its one or two runs */
    uint8_t r, kind, org, ok; /* runs; 1 result, 2 standing; an ORG begins a run; only mentions inside */
    uint8_t person;           /* a person of the tagger is a whole run */
} row_t;

/* The shape of the line [b, e): 1 a result (two runs and a score after
 * each), 2 a standing (one run and four or more scores: played, won,
 * drawn, lost, goals, points), 0 neither; fills w's runs. */
static int s_row_shape(const ent_ctx_t *c, size_t b, size_t e, row_t *w)
{
    size_t r = 0, t = b, scores = 0;
    while (r < 2 && t < e) {
        size_t f = t;
        while (t < e && !s_score(c, t) &&
               !((c->tok[t].flags & SIFT_TOKEN_LOWER) && (c->tok[t].flags & SIFT_TOKEN_ALPHA) && tok_n(c, t) > 3))
            t++;
        if (t == f || t == e || t - f > 6 || !ent_cap(c, f) || !s_score(c, t))
            return 0;
        w->run[r][0] = (uint32_t)f;
        w->run[r++][1] = (uint32_t)t;
        for (scores = 0; t < e && s_score(c, t); t++)
            scores++;
    }
    w->r = (uint8_t)r;
    if (t != e)
        return 0;
    return r == 2 && scores == 1 && w->run[1][0] == w->run[0][1] + 1 ? 1 : r == 1 && scores >= 4 ? 2 : 0;
}

/* "Sale 31 Wasps 33", "Clyde 0 Queen of South 2", "Hajduk 2 Proleter ( Z )
 * 0": a line of two capitalised runs, each followed by its score, is a
 * result (and one run followed by four or more, a standing: "Mladost ( L )
 * 4 2 1 1 8 5 7"), and each run is one team, an ORG, where the tagger found an
 * ORG at the start of one of the two (it left the rest out, or read a
 * piece of it as a person). In CoNLL train 466 of the 480 such lines are two
 * organisations; the others are countries (a national side is the
 * country's: a line with a country of the gazetteer stays as it is) and
 * dates ("Aug 27 Aug 26"). A line whose teams the tagger missed takes
 * the cue of a line next to it in the same table. Mentions sorted by
 * start, and after. */
int teams_result_rows(ent_ctx_t *c)
{
    size_t n0 = c->n_m, k0 = 0, made = 0, nrows = 0;
    row_t w;
    for (size_t b = 0, e; b < c->n; b = e) {
        for (e = b + 1; e < c->n && !(c->tok[e].flags & SIFT_TOKEN_LINE_START); e++)
            ;
        nrows += s_row_shape(c, b, e, &w) > 0;
    }
    if (!nrows)
        return 0;
    row_t *rows = c->st->host->scratch(c->out, nrows * sizeof *rows);
    if (!rows)
        return -1;
    nrows = 0;
    for (size_t b = 0, e; b < c->n; b = e) {
        for (e = b + 1; e < c->n && !(c->tok[e].flags & SIFT_TOKEN_LINE_START); e++)
            ;
        if (!(w.kind = (uint8_t)s_row_shape(c, b, e, &w)))
            continue; /* (shaped in w: rows holds the table lines only) */
        row_t *x = &rows[nrows];
        *x = w;
        x->b = (uint32_t)b;
        x->e = (uint32_t)e;
        x->ok = 1;
        x->org = x->person = 0;
        while (k0 < n0 && c->m[k0].te <= b)
            k0++;
        for (size_t k = k0; k < n0 && c->m[k].tb < e && x->ok; k++) {
            const mention_t *m = &c->m[k];
            if (m->type < 0)
                continue;
            bool inside = false;
            for (size_t q = 0; q < x->r; q++) {
                inside |= m->tb >= x->run[q][0] && m->te <= x->run[q][1];
                x->org |= m->tb == x->run[q][0] && m->type == SIFT_ORG && m->src == SRC_MODEL;
                x->person |= m->tb == x->run[q][0] && m->te == x->run[q][1] && m->type == SIFT_PERSON;
            }
            x->ok = inside && m->src != SRC_RULE && !m->country;
        }
        nrows++;
    }
    k0 = 0;
    for (size_t i = 0; i < nrows; i++) {
        const row_t *x = &rows[i];
        /* a line whose teams the tagger missed takes the cue of the line
         * before or after it in the same table ("Queen of South 3 2 0 1
         * 5 4 6" among the standings), unless it read a whole person there
         * (a player's averages) */
        bool org = x->org || (!x->person && ((i > 0 && rows[i - 1].e == x->b && rows[i - 1].kind == x->kind &&
                                               rows[i - 1].org) ||
                                              (i + 1 < nrows && rows[i + 1].b == x->e && rows[i + 1].kind == x->kind &&
                                               rows[i + 1].org)));
        if (!x->ok || !org)
            continue;
        while (k0 < n0 && c->m[k0].te <= x->b)
            k0++;
        for (size_t k = k0; k < n0 && c->m[k].tb < x->e; k++)
            c->m[k].type = -1;
        for (size_t q = 0; q < x->r; q++) {
            memset(c->used + x->run[q][0], 0, x->run[q][1] - x->run[q][0]);
            if (!ent_mention(c, x->run[q][0], x->run[q][1], SIFT_ORG, SRC_MODEL))
                return -1;
        }
        made++;
    }
    if (made) {
        ent_drop_joined(c);
        qsort(c->m, c->n_m, sizeof *c->m, ent_cmp_start);
    }
    return 0;
}

/* A place beaten, beating or leading is a team: "St Louis defeated
 * Colorado", "a 75-19 victory over Gloucester", "Texas 's lead over
 * Seattle". In CoNLL train 84 of the 89 names other than countries in
 * these places are organisations (a national side is the country's:
 * countries, and names with one inside, stay places). Not a word of a
 * longer capitalised name ("beat Virginia Ruano-Pascual"). */
void teams_beaten(ent_ctx_t *c)
{
    static const char *const verbs[] = { "beat", "beats", "beating", "defeated", "defeats", "blanked", "edged",
                                         "routed", "outscored", "downed", "thrashed", "trounced", "crushed",
                                         "swept", "drew", NULL };
    static const char *const wins[] = { "victory", "victories", "win", "wins", "winners", "winner", "lead",
                                        "triumph", NULL };
    for (size_t k = 0; k < c->n_m; k++) {
        mention_t *m = &c->m[k];
        size_t b = m->tb, e = m->te;
        if (!ent_place(m->type) || m->country || !ent_whole(c, m) ||
            (e < c->n && ent_cap(c, e) && c->tok[e].sentence == c->tok[b].sentence) ||
            (b > 0 && ent_cap(c, b - 1) && !(c->tok[b].flags & SIFT_TOKEN_SENT_START)))
            continue;
        /* the word before and after, and after a possessive, if lower case */
        size_t before = b > 0 && (c->tok[b - 1].flags & SIFT_TOKEN_LOWER) ? b - 1 : c->n;
        size_t after = e < c->n && (c->tok[e].flags & SIFT_TOKEN_LOWER) ? e : c->n;
        size_t owned = e + 2 < c->n && ent_possessive_at(c, e + 2) == e   ? e + 2 /* "' s" */
                       : e + 1 < c->n && ent_possessive_at(c, e + 1) == e ? e + 1
                                                                        : c->n;
        bool over = before < c->n && b > 1 && tok_is(c, before, "over");
        bool team = false;
        for (int v = 0; verbs[v] && !team && (before < c->n || after < c->n); v++)
            team = (before < c->n && tok_is(c, before, verbs[v])) || (after < c->n && tok_is(c, after, verbs[v]));
        for (int v = 0; wins[v] && !team && (over || owned < c->n); v++)
            team = (over && tok_is(c, b - 2, wins[v])) || (owned < c->n && tok_is(c, owned, wins[v]));
        for (size_t t = b; t < e && team; t++)
            team = !(c->gz[t] && c->gz[t]->num == 1);
        if (team) {
            m->type = SIFT_ORG;
            m->code = NULL;
            m->canon = NULL;
            m->ruled = true;
        }
    }
}

/* A results line's team: "Alex Zanardi ( Italy ) , Reynard Honda , 53.980",
 * "Rolf Sorensen ( Denmark ) Rabobank 20:36:54" - after a person and the
 * country in brackets, a name with a time or a score after it is the
 * team (or the car) the person drove or rode for, not a second person:
 * in CoNLL train 107 of 133 such names are organisations, 22 cars
 * (MISC), one person. The tagger's person there becomes the team, in
 * every mention. Mentions sorted by start. 0 or -1. */
int teams_rank(ent_ctx_t *c)
{
    ent_map_t teams;
    bool found = false;
    for (size_t k = 0; k + 2 < c->n_m; k++) {
        const mention_t *p = &c->m[k], *cn = &c->m[k + 1];
        mention_t *x = &c->m[k + 2];
        size_t t = cn->te;
        if (p->type != SIFT_PERSON || !cn->country || cn->tb != p->te + 1 || !tok_is(c, p->te, "(") ||
            t >= c->n || !tok_is(c, t, ")"))
            continue;
        t += 1 + (t + 1 < c->n && tok_is(c, t + 1, ","));
        size_t after = x->te + (x->te < c->n && tok_is(c, x->te, ","));
        if (x->tb != t || x->type != SIFT_PERSON || x->src != SRC_MODEL || after >= c->n ||
            !(c->tok[after].flags & SIFT_TOKEN_DIGIT) || c->tok[after].sentence != c->tok[x->tb].sentence ||
            x->te - x->tb > ENT_NAME_MAX)
            continue;
        if (!found && ent_map_init(c, &teams, c->n_m) < 0)
            return -1;
        found = true;
        ent_map_put(&teams, ent_words_key(c->hx, x->tb, x->te), 1);
    }
    /* the team in every line of the table ("Kestrel Honda" after a driver
     * the tagger did not find) */
    for (size_t k = 0; found && k < c->n_m; k++) {
        mention_t *x = &c->m[k];
        if (x->type == SIFT_PERSON && x->src == SRC_MODEL && x->te - x->tb <= ENT_NAME_MAX &&
            ent_map_get(&teams, ent_words_key(c->hx, x->tb, x->te)) > 0) {
            x->type = SIFT_ORG;
            x->ruled = true;
        }
    }
    return 0;
}
