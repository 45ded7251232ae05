/* SPDX-License-Identifier: MIT */
/* quotes.c - quotation detection and speaker attribution: the plugin.
 *
 * One article goes through these stages, each in its own file:
 *   context.c     the tokens with their word classes (words.c, lexicon.c),
 *                 paragraphs and the entities layer's mentions;
 *   marks.c       quote marks read as opening/closing and paired;
 *   sieve.c       deterministic attribution stages, most precise first,
 *                 over cue verbs and speaker mentions (cues.c);
 *   rank.c        for the less precise stages, the trained ranker over the
 *                 quote's speaker candidates (candidates.c) and their
 *                 features (features.c, weights by ranker.c); and the keep
 *                 decision that drops titles and scare quotes;
 *   resolve.c     the chosen mention to a canonical name (entity, pronoun,
 *                 title, document issuer);
 * then each kept quote is added to the quotes layer (s_emit). */
#include <sift/plugin.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "context.h"
#include "features.h"
#include "marks.h"
#include "rank.h"
#include "resolve.h"
#include "sieve.h"
#include "words.h"

static int s_emit(ctx_t *c, const quote_t *q)
{
    sift_quote_t out = { 0 };
    out.start = q->start;
    out.end = q->end;
    out.kind = (sift_quote_kind_t)quote_kind(c, q);
    out.speaker_entity = -1;
    if (q->has_speaker) {
        out.has_speaker = true;
        out.speaker_name = q->name;
        out.has_speaker_span = true;
        out.speaker_start = c->tok[q->ms].start;
        out.speaker_end = c->tok[q->me - 1].end;
        out.speaker_entity = q->ent;
    }
    if (q->cue_tok != NONE) {
        uint32_t a = c->tok[q->cue_tok].start, b = c->tok[q->cue_tok + q->cue_len - 1].end;
        out.cue = ctx_strdup(c, c->text + a, b - a);
    }
    return c->st->host->add_quote(c->out, &out) < 0 ? -1 : 0;
}

/* ---------------------------------------------------------------- plugin */

static int s_process(void *state, const sift_doc_t *doc, sift_out_t *out)
{
    const state_t *st = state;
    const sift_host_t *h = st->host;
    ctx_t c;
    if (ctx_begin(&c, st, doc, out) < 0) {
        h->set_error(out, "out of memory");
        return -1;
    }
    if (!c.nt)
        return 0;
    if (marks_detect(&c) < 0) {
        h->set_error(out, "out of memory");
        return -1;
    }
    sieve_attribute(&c);
    /* ranking and resolution, in text order, then output */
    FILE *dump = st->features[0] ? fopen(st->features, "a") : NULL;
    bool rank = qr_loaded(&st->ranker) || dump; /* weights to rank by, or features to write */
    /* the strings are the plugin's own constants: their hashes hold for
     * every article this thread processes */
    static _Thread_local qr_cache_t cache;
    c.cache = &cache;
    const quote_t *last = NULL;
    for (size_t i = 0; i < c.nq; i++) {
        quote_t *q = &c.q[i];
        /* no rule found who says it: a scare quote or a title, unless it
         * stands as a paragraph of its own, or the ranker finds a speaker
         * among its candidates and the keep decision keeps it (speech
         * whose report no rule reads: "Here in Austin, X ..., saying,
         * “…”"); in Title Case, the name of a work */
        /* a run of quotations, one a line, nothing between them: a line
         * no rule attributes goes on with the speaker the line before
         * was given, the ranker's too (mentions inside quotes are no
         * candidates, so it had none of its own); the ranker weighs it as
         * a continuation */
        if (!q->has_speaker && !q->single && i > 0 && last == &c.q[i - 1] && last->c != NONE &&
            q->o == last->c + 1 && q->para == last->para && quote_kind(&c, q) == SIFT_QUOTE_DIRECT) {
            quote_copy_speaker(q, last);
            q->stage = ST_CONT;
        }
        uint32_t words;
        bool orphan = !q->has_speaker &&
                      (q->single || !(c.tok[q->o].flags & SIFT_TOKEN_PARA_START) || q->end - q->start < 40);
        if (orphan && (q->single || !rank || feat_title_case(&c, q, &words))) {
            q->drop = 1;
            continue;
        }
        if (rank)
            rank_quote(&c, q, last, dump);
        if (orphan && !q->has_speaker)
            q->drop = 1; /* no candidate, or training */
        if (q->drop || !q->has_speaker)
            continue;
        sieve_relayed(&c, q); /* the ranker may choose the relay */
        resolve_speaker(&c, q, last);
        last = q;
    }
    if (dump)
        fclose(dump);
    for (size_t i = 0; i < c.nq; i++)
        if (!c.q[i].drop && s_emit(&c, &c.q[i]) < 0) {
            h->set_error(out, "cannot add quote");
            return -1;
        }
    return 0;
}

static int s_init(const sift_host_t *host, const sift_config_t *cfg, void **state)
{
    state_t *st = calloc(1, sizeof *st);
    if (!st)
        return -1;
    st->host = host;
    if (lexicon_init(&st->lx, 16384) < 0)
        goto fail;
    for (const words_file_t *w = words_files; w->key; w++) {
        char path[4096] = "";
        if (host->config_path(cfg, w->key, path, sizeof path) < 0 ||
            lexicon_load(&st->lx, path, w->flags) < 0) {
            host->log("quotes", SIFT_LOG_ERR, "cannot load the %s word list (%s)", w->key, path);
            goto fail;
        }
    }
    if (words_builtin(&st->lx) < 0)
        goto fail;
    /* the trained ranker: "none" keeps the sieve's speaker (training) */
    const char *ranker = host->config_get(cfg, "ranker");
    char ranker_path[4096] = "", err[4200];
    if (ranker && strcmp(ranker, "none") != 0 &&
        host->config_path(cfg, "ranker", ranker_path, sizeof ranker_path) < 0) {
        host->log("quotes", SIFT_LOG_ERR, "cannot resolve the ranker path");
        goto fail;
    }
    if (qr_load(&st->ranker, ranker_path, err, sizeof err) < 0) {
        host->log("quotes", SIFT_LOG_ERR, "%s", err);
        goto fail;
    }
    if (qr_loaded(&st->ranker) && !(st->fixed_w = feat_fixed_weights(&st->ranker))) {
        host->log("quotes", SIFT_LOG_ERR, "out of memory for the ranker's weights");
        goto fail;
    }
    const char *features = host->config_get(cfg, "features");
    if (features && features[0])
        snprintf(st->features, sizeof st->features, "%s", features);
    *state = st;
    return 0;
fail:
    lexicon_free(&st->lx);
    qr_free(&st->ranker);
    free(st->fixed_w);
    free(st);
    return -1;
}

static void s_destroy(void *state)
{
    state_t *st = state;
    if (!st)
        return;
    lexicon_free(&st->lx);
    qr_free(&st->ranker);
    free(st->fixed_w);
    free(st);
}

static const char *const s_provides[] = { "quotes", NULL };
#ifndef QUOTES_STANDALONE
static const char *const s_requires[] = { "entities", NULL };
#endif
static const sift_config_key_t s_keys[] = {
    { "cues", "cues.txt", "reporting verbs and two-word cue phrases" },
    { "titles", "titles.txt", "role nouns that introduce a person" },
    { "documents", "docnouns.txt", "document nouns that can be a speaker" },
    { "male_names", "male.txt", "male given names (pronoun resolution)" },
    { "female_names", "female.txt", "female given names (pronoun resolution)" },
    { "groups", "groups.txt", "group nouns that can be a speaker (officials, the campaign)" },
    { "genre_trade", "genre-trade.txt", "words of trade news: the article's genre (genre.py)" },
    { "genre_politics", "genre-politics.txt", "words of political news: the article's genre (genre.py)" },
    { "ranker", "ranker.tsv", "trained attribution ranker (train.py); none: the sieve's speaker" },
    { "features", "", "training only: append each quote's speaker candidates and features to this file" },
    { NULL, NULL, NULL } };

SIFT_PLUGIN_EXPORT const sift_plugin_t sift_plugin = {
    .abi = SIFT_ABI,
    .size = sizeof(sift_plugin_t),
    .name = "quotes",
    .version = "0.1.0",
    .description = "quotations with their speakers",
    .provides = s_provides,
#ifdef QUOTES_STANDALONE
    .requires = NULL,
#else
    .requires = s_requires,
#endif
    .config_keys = s_keys,
    .init = s_init,
    .process = s_process,
    .destroy = s_destroy,
};
