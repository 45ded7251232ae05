/* decide.c - the per-field decisions that depend on many cues, learned
 * from annotated articles (annotations/, train.py) instead of written as
 * phrase rules: whether a candidate is a trade measure at all, its
 * modality, whether it names no target (a measure on all imports), and
 * whether actor and target are the wrong way round.
 *
 * The rules in tariffs.c propose each candidate with their own reading
 * (the rule modality, where actor and target came from, the cue classes
 * they saw); those readings are features here next to the words of the
 * clause, so the model learns when to trust them. */
#include "tariffs.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#define CLASS_NAME(n) #n,
static const char *const s_class[] = { TARIFF_CLASSES(CLASS_NAME) };
#undef CLASS_NAME
#define SRC_NAME(n) #n,
static const char *const s_src[] = { TARIFF_SOURCES(SRC_NAME) };
#undef SRC_NAME
static const char *const s_cue[] = {
    "threat", "demand", "consider", "weak", "propose", "modal", "cond", "past",
    "effective_past", "future_date", "gapped", "definite", "action_word", "neg_demand",
    "unless", "cond_on_target", "restates_proposal", "demand_after", "ellipsis",
};
_Static_assert(sizeof s_cue / sizeof *s_cue == CUE_COUNT, "a name for every cue");
static const char *const s_action[] = { "impose", "raise", "lower", "remove", "exempt" };
static const char *const s_modality[] = { "actual", "threatened", "proposed", "demanded",
                                          "considered" };

/* A token's form for a feature: numbers fold to "<num>", so that "25" and
 * "30" are one feature. */
static void s_word(const ctx_t *c, tm_feats_t *f, const char *slot, int i)
{
    if (i < 0 || (size_t)i >= c->n) {
        tm_add(f, "%s:<none>", slot);
        return;
    }
    if (!isnan(c->num[i])) {
        tm_add(f, "%s:<num>", slot);
        return;
    }
    size_t n;
    const char *s = s_text(c, i, &n);
    tm_add(f, "%s:%.*s", slot, (int)n, s);
}

/* The cue classes of tokens [a, b), once each. */
static void s_classes(const ctx_t *c, tm_feats_t *f, const char *slot, int a, int b)
{
    uint64_t any = 0;
    for (int k = a; k < b; k++)
        if (k >= 0 && (size_t)k < c->n)
            any |= c->f[k];
    for (int k = 0; k < K_COUNT; k++)
        if (any & (1ull << k))
            tm_add(f, "%s:%s", slot, s_class[k]);
}

static void s_features(const ctx_t *c, const event_t *e, tm_feats_t *f)
{
    tm_add(f, "bias");
    tm_add(f, "action=%s", s_action[e->action]);
    tm_add(f, "rule=%s", s_modality[e->modality]);
    for (int k = 0; k < CUE_COUNT; k++)
        if (e->cues & (1u << k))
            tm_add(f, "cue=%s", s_cue[k]);
    tm_add(f, "asrc=%s", s_src[e->asrc]);
    tm_add(f, "tsrc=%s", s_src[e->tsrc]);
    tm_add(f, "parties=%d%d", e->actor.code[0] != 0, e->target.code[0] != 0);
    tm_add(f, "rate=%d", (int)e->rate.kind);
    tm_add(f, "amount=%d", e->has_amount);
    tm_add(f, "goods=%d", e->n_goods > 1 ? 2 : (int)e->n_goods);
    tm_add(f, "retaliation=%d", e->retaliation);
    tm_add(f, "rule_action_modality=%s_%s", s_action[e->action], s_modality[e->modality]);

    /* the words that carry modality: the cue scope before the trigger, the
     * trigger, a few after it */
    int from = e->scope > e->g0 - 10 ? e->scope : e->g0 - 10;
    if (from < e->left)
        from = e->left;
    for (int k = from; k < e->g0; k++)
        s_word(c, f, "b", k);
    for (int k = e->g0; k <= e->g1 && k < e->g0 + 6; k++)
        s_word(c, f, "t", k);
    for (int k = e->g1 + 1; k < e->right && k <= e->g1 + 6; k++)
        s_word(c, f, "a", k);
    s_word(c, f, "p1", e->g0 - 1);
    s_word(c, f, "p2", e->g0 - 2);
    s_word(c, f, "n1", e->g1 + 1);
    s_word(c, f, "n2", e->g1 + 2);
    s_classes(c, f, "bc", from, e->g0);
    s_classes(c, f, "ac", e->g1 + 1, e->right);
    const sift_sentence_t *ss = &c->doc->sentences[e->sent];
    s_classes(c, f, "sc", (int)ss->tok_begin, (int)ss->tok_end);
}

static int s_argmax(const float *v, int n)
{
    int best = 0;
    for (int k = 1; k < n; k++)
        if (v[k] > v[best])
            best = k;
    return best;
}

/* Training mode: one JSON line per candidate, with the rules' reading. */
static void s_dump(const ctx_t *c, const event_t *e, FILE *fp, const tm_feats_t *f)
{
    fprintf(fp, "{\"id\":\"");
    for (const char *p = c->doc->id; *p; p++)
        fputc(*p == '"' || *p == '\\' || (unsigned char)*p < 0x20 ? '_' : *p, fp);
    fprintf(fp, "\",\"start\":%u,\"end\":%u,\"modality\":\"%s\",\"actor\":\"%s\",\"target\":\"%s\","
                "\"features\":[%.*s]}\n",
            c->doc->tokens[e->left].start, c->doc->tokens[e->right - 1].end,
            s_modality[e->modality], e->actor.code, e->target.code, (int)f->dlen, f->dump);
}

size_t tariff_decide(ctx_t *c)
{
    const state_t *st = c->st;
    bool training = st->features[0] != 0;
    if (!training && !st->model.keys)
        return c->nev;
    FILE *fp = training ? fopen(st->features, "a") : NULL;
    char dump[8192];
    size_t kept = 0;
    for (size_t i = 0; i < c->nev; i++) {
        event_t *e = &c->ev[i];
        tm_feats_t f = { .n = 0, .dump = fp ? dump : NULL, .dcap = sizeof dump };
        s_features(c, e, &f);
        if (training) {
            if (fp)
                s_dump(c, e, fp, &f);
            c->ev[kept++] = *e;
            continue;
        }
        float score[TM_OUTPUTS];
        tm_score(&st->model, &f, score);
        if (score[TM_KEEP] < 0)
            continue;
        e->modality = s_argmax(score + TM_MODALITY, 5);
        if (e->target.code[0] && score[TM_TNULL] > 0)
            e->target.code[0] = 0;
        if (e->actor.code[0] && e->target.code[0] && score[TM_SWAP] > 0) {
            ref_t t = e->actor;
            e->actor = e->target;
            e->target = t;
        }
        c->ev[kept++] = *e;
    }
    if (fp)
        fclose(fp);
    return kept;
}
