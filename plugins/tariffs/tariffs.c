/* SPDX-License-Identifier: MIT */
/* tariffs.c - the `tariffs` plugin: tariff measures stated in news text.
 *
 * A grammar over the core's tokens and sentences and the entity layer
 * proposes candidate events; learned decisions settle the fields that
 * depend on many cues. The stages, one file each (tariffs.h):
 *
 *   facts.c     token facts: cue classes (data/cues.tsv), numbers, money;
 *   parties.c   parties in the text (entity codes, data/parties.tsv);
 *   trigger.c   trade-sense triggers: tariff words naming a customs duty;
 *   sentence.c  triggers grouped into clauses, each clause's span;
 *   attach.c    one clause's event: modality cues, actor, target;
 *   args.c      its arguments: action, rates, amount, goods;
 *   coord.c     one event per tranche and per party;
 *   article.c   parties a clause leaves out, from the rest of the article;
 *   decide.c    learned: trade sense, modality, no target, role swap
 *               (model.c loads data/model.tsv, which train.py writes);
 *   timeline.c  a measure's status on the article's date, from when the
 *               news said it took effect (data/timeline.tsv);
 *   tariffs.c   this file: the plugin's entry points and emission.
 *
 * Per-article memory comes from host->scratch; the state (lexicons, model)
 * is read-only after init. Every scan is bounded by a window so that
 * adversarial sentences stay linear. */
#include <sift/plugin.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tariffs.h"

static int s_emit(ctx_t *c)
{
    for (size_t i = 0; i < c->nev; i++) {
        const event_t *e = &c->ev[i];
        sift_tariff_t t;
        memset(&t, 0, sizeof t);
        t.action = (sift_tariff_action_t)e->action;
        t.modality = (sift_tariff_modality_t)e->modality;
        if (e->actor.code[0]) {
            t.actor.code = e->actor.code;
            t.actor.name = e->actor.name ? e->actor.name : e->actor.code;
        }
        if (e->target.code[0]) {
            t.target.code = e->target.code;
            t.target.name = e->target.name ? e->target.name : e->target.code;
        }
        t.rate = e->rate;
        t.has_amount = e->has_amount;
        t.amount = e->amount;
        t.currency = e->currency ? e->currency : "USD";
        t.goods = e->goods;
        t.n_goods = e->n_goods;
        t.retaliation = e->retaliation;
        t.start = c->doc->tokens[e->left].start;
        t.end = c->doc->tokens[e->right - 1].end;
        if (c->host->add_tariff(c->out, &t) < 0)
            return -1;
    }
    return 0;
}

static int s_process(void *state, const sift_doc_t *doc, sift_out_t *out)
{
    const state_t *st = state;
    const sift_host_t *host = st->host;
    ctx_t c;
    memset(&c, 0, sizeof c);
    c.st = state;
    c.doc = doc;
    c.host = host;
    c.out = out;
    c.n = doc->n_tokens;
    if (!c.n)
        return 0;
    c.f = host->scratch(out, c.n * sizeof *c.f);
    c.cue = host->scratch(out, c.n * sizeof *c.cue);
    c.h = host->scratch(out, c.n * sizeof *c.h);
    c.w = host->scratch(out, c.n * sizeof *c.w);
    c.num = host->scratch(out, c.n * sizeof *c.num);
    c.tp = host->scratch(out, c.n * sizeof *c.tp);
    c.pcap = c.n / 2 + 16; /* a party has a token at least, and text between */
    c.parties = host->scratch(out, c.pcap * sizeof *c.parties);
    /* events come from triggers, at most one per few tokens */
    c.evcap = c.n / 16 + 32 < MAX_EVENTS ? c.n / 16 + 32 : MAX_EVENTS;
    c.ev = host->scratch(out, c.evcap * sizeof *c.ev);
    bool *is_trig = host->scratch(out, c.n * sizeof *is_trig);
    c.bnd = host->scratch(out, c.n * sizeof *c.bnd);
    if (!c.f || !c.cue || !c.h || !c.w || !c.num || !c.tp || !c.parties || !c.ev || !is_trig || !c.bnd) {
        host->set_error(out, "out of memory");
        return -1;
    }
    memset(is_trig, 0, c.n * sizeof *is_trig);
    memset(c.bnd, -1, c.n * sizeof *c.bnd);
    c.pub_days = -1;
    if (doc->pub_year > 0 && doc->pub_month > 0 && doc->pub_day > 0) {
        c.pub_days = tf_days(doc->pub_year, doc->pub_month, doc->pub_day);
        c.pub_wday = (int)(((c.pub_days % 7) + 11) % 7); /* 1970-01-01 was a Thursday */
    }
    tf_prepare(&c);
    tf_parties(&c);
    tf_home(&c);
    ref_t last_actor = { .code = "" };
    if (tf_sentences(&c, is_trig, &last_actor) < 0) {
        host->set_error(out, "out of memory");
        return -1;
    }
    tf_article(&c);
    c.nev = tariff_decide(&c);
    for (size_t i = 0; i < c.nev; i++)
        if (!c.ev[i].n_goods)
            tf_goods_before(&c, &c.ev[i]);
    tf_timeline(&c);
    if (s_emit(&c) < 0) {
        host->set_error(out, "host refused a tariff event");
        return -1;
    }
    return 0;
}

static void s_destroy(void *state);

static int s_init(const sift_host_t *host, const sift_config_t *cfg, void **state)
{
    char cues[4096], hand[4096], gen[4096];
    if (host->config_path(cfg, "cues", cues, sizeof cues) < 0 ||
        host->config_path(cfg, "parties", hand, sizeof hand) < 0 ||
        host->config_path(cfg, "countries", gen, sizeof gen) < 0) {
        host->log("tariffs", SIFT_LOG_ERR, "cannot resolve the lexicon paths");
        return -1;
    }
    state_t *st = calloc(1, sizeof *st);
    if (!st) {
        host->log("tariffs", SIFT_LOG_ERR, "out of memory");
        return -1;
    }
    const char *parties[] = { hand, gen };
    char err[4200];
    if (lex_load(&st->lex, cues, parties, 2, err, sizeof err) < 0) {
        host->log("tariffs", SIFT_LOG_ERR, "%s", err);
        free(st);
        return -1;
    }
    /* the learned decisions: "none" keeps the rules' reading (training) */
    const char *model = host->config_get(cfg, "model");
    char model_path[4096] = "";
    if (model && strcmp(model, "none") != 0 &&
        host->config_path(cfg, "model", model_path, sizeof model_path) < 0) {
        host->log("tariffs", SIFT_LOG_ERR, "cannot resolve the model path");
        lex_free(&st->lex);
        free(st);
        return -1;
    }
    if (tm_load(&st->model, model_path, err, sizeof err) < 0) {
        host->log("tariffs", SIFT_LOG_ERR, "%s", err);
        lex_free(&st->lex);
        free(st);
        return -1;
    }
    const char *timeline = host->config_get(cfg, "timeline");
    char timeline_path[4096] = "";
    if (timeline && strcmp(timeline, "none") != 0 &&
        host->config_path(cfg, "timeline", timeline_path, sizeof timeline_path) < 0) {
        host->log("tariffs", SIFT_LOG_ERR, "cannot resolve the timeline path");
        s_destroy(st);
        return -1;
    }
    if (tl_load(&st->timeline, timeline_path, err, sizeof err) < 0) {
        host->log("tariffs", SIFT_LOG_ERR, "%s", err);
        s_destroy(st);
        return -1;
    }
    tariff_decide_init(st);
    const char *features = host->config_get(cfg, "features");
    if (features && features[0])
        snprintf(st->features, sizeof st->features, "%s", features);
    st->learned = st->model.keys || st->features[0];
    st->host = host;
    *state = st;
    return 0;
}

static void s_destroy(void *state)
{
    state_t *st = state;
    if (!st)
        return;
    lex_free(&st->lex);
    tm_free(&st->model);
    tl_free(&st->timeline);
    free(st);
}

static const char *const s_provides[] = { "tariffs", NULL };

static const char *const s_requires[] = { "entities", NULL };

static const sift_config_key_t s_keys[] = {
    { "cues", "cues.tsv", "cue lexicon: tariff nouns, actions, modality, qualifiers" },
    { "parties", "parties.tsv", "party lexicon: capitals, agencies, officials, blocs" },
    { "countries", "countries.tsv", "country names from iso-codes (fallback)" },
    { "model", "model.tsv", "learned decisions (train.py); none: the rules alone" },
    { "timeline", "timeline.tsv", "when measures took effect (build_timeline.py); none: not used" },
    { "features", "", "training only: append each candidate's features to this file" },
    { NULL, NULL, NULL },
};

SIFT_PLUGIN_EXPORT const sift_plugin_t sift_plugin = {
    .abi = SIFT_ABI,
    .size = sizeof(sift_plugin_t),
    .name = "tariffs",
    .version = "0.1.0",
    .description = "tariff measures: action, modality, actor, target, rate, amount, goods",
    .provides = s_provides,
    .requires = s_requires,
    .config_keys = s_keys,
    .init = s_init,
    .process = s_process,
    .destroy = s_destroy,
};
