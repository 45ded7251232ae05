/* SPDX-License-Identifier: MIT */
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
    "unless", "cond_on_target", "restates_proposal", "demand_after", "ellipsis", "bare",
    "decided", "dated_later", "other_year", "planned", "warned_after",
};
_Static_assert(sizeof s_cue / sizeof *s_cue == CUE_COUNT, "a name for every cue");
static const char *const s_action[] = { "impose", "raise", "lower", "remove", "exempt" };
static const char *const s_modality[] = { "actual", "threatened", "proposed", "demanded",
                                          "considered" };

/* The features' slots: a prefix each, hashed once at init. */
#define DECIDE_SLOTS(X) \
    X(BIAS, "bias") X(ACTION, "action=") X(RULE, "rule=") X(CUE, "cue=") X(ASRC, "asrc=") \
    X(TSRC, "tsrc=") X(PARTIES, "parties=") X(RATE, "rate=") X(AMOUNT, "amount=") \
    X(GOODS, "goods=") X(RETALIATION, "retaliation=") X(ACTION_RULE, "rule_action_modality=") \
    X(BEFORE, "b:") X(TRIGGER, "t:") X(AFTER, "a:") X(P1, "p1:") X(P2, "p2:") X(N1, "n1:") \
    X(N2, "n2:") X(BEFORE_CLASS, "bc:") X(AFTER_CLASS, "ac:") X(SENTENCE_CLASS, "sc:")
#define SLOT_ENUM(id, s) DS_##id,
enum { DECIDE_SLOTS(SLOT_ENUM) DS_COUNT };
#undef SLOT_ENUM
#define SLOT_NAME(id, s) s,
static const char *const s_slot[] = { DECIDE_SLOTS(SLOT_NAME) };
#undef SLOT_NAME
_Static_assert(DS_COUNT <= TARIFF_DECIDE_SLOTS, "room for every slot's hash in state_t");
_Static_assert(K_COUNT <= 64 && SRC_COUNT <= 64 && CUE_COUNT <= 64, "room for every value's key");

static const char *const s_digit[] = { "0", "1", "2", "3" };
static const char *const s_pair[] = { "00", "01", "10", "11" };
static const char *const s_none[] = { "" };
static char s_action_modality[25][24]; /* "impose_actual" ... */
static uint64_t s_hash_none, s_hash_num; /* lex_hash of "<none>", "<num>" (s_word) */
static const char *s_action_modality_v[25];

/* The values a fixed slot takes: its features' keys are made once, at init. */
static const struct { const char *const *values; int n; } s_values[DS_COUNT] = {
    [DS_BIAS] = { s_none, 1 }, [DS_ACTION] = { s_action, 5 }, [DS_RULE] = { s_modality, 5 },
    [DS_CUE] = { s_cue, CUE_COUNT }, [DS_ASRC] = { s_src, SRC_COUNT },
    [DS_TSRC] = { s_src, SRC_COUNT }, [DS_PARTIES] = { s_pair, 4 }, [DS_RATE] = { s_digit, 4 },
    [DS_AMOUNT] = { s_digit, 2 }, [DS_GOODS] = { s_digit, 3 }, [DS_RETALIATION] = { s_digit, 2 },
    [DS_ACTION_RULE] = { s_action_modality_v, 25 }, [DS_BEFORE_CLASS] = { s_class, K_COUNT },
    [DS_AFTER_CLASS] = { s_class, K_COUNT }, [DS_SENTENCE_CLASS] = { s_class, K_COUNT },
};

void tariff_decide_init(state_t *st)
{
    s_hash_none = lex_hash("<none>", 6);
    s_hash_num = lex_hash("<num>", 5);
    for (int a = 0; a < 5; a++)
        for (int m = 0; m < 5; m++) {
            snprintf(s_action_modality[a * 5 + m], sizeof s_action_modality[0], "%s_%s", s_action[a],
                     s_modality[m]);
            s_action_modality_v[a * 5 + m] = s_action_modality[a * 5 + m];
        }
    for (int k = 0; k < DS_COUNT; k++) {
        st->slot_hash[k] = lex_hash(s_slot[k], strlen(s_slot[k]));
        for (int v = 0; v < s_values[k].n; v++) {
            const char *s = s_values[k].values[v];
            st->fixed_key[k][v] = tm_key(st->slot_hash[k], lex_hash(s, strlen(s)));
        }
    }
}

/* A feature with a fixed value: value indexes the slot's s_values. */
static void s_add(const ctx_t *c, tm_feats_t *f, int slot, int value)
{
    const char *s = s_values[slot].values[value];
    /* (the value's length is for the text, which only training keeps) */
    tm_add(f, c->st->fixed_key[slot][value], s_slot[slot], s, f->dump ? strlen(s) : 0);
}

/* A token's form for a feature: numbers fold to "<num>", so that "25" and
 * "30" are one feature; a word reuses its token's hash. */
static void s_word(const ctx_t *c, tm_feats_t *f, int slot, int i)
{
    size_t n;
    const char *s;
    uint64_t h;
    if (i < 0 || (size_t)i >= c->n || !isnan(c->num[i])) {
        bool none = i < 0 || (size_t)i >= c->n;
        s = none ? "<none>" : "<num>";
        n = none ? 6 : 5;
        h = none ? s_hash_none : s_hash_num;
    } else {
        s = s_text(c, i, &n);
        h = c->h[i] ? c->h[i] : lex_hash(s, n);
    }
    tm_add(f, tm_key(c->st->slot_hash[slot], h), s_slot[slot], s, n);
}

/* The cue classes of tokens [a, b). */
static uint64_t s_classes_of(const ctx_t *c, int a, int b)
{
    uint64_t any = 0;
    for (int k = a; k < b; k++)
        if (k >= 0 && (size_t)k < c->n)
            any |= c->f[k];
    return any;
}

/* One feature per class in the mask. */
static void s_classes(const ctx_t *c, tm_feats_t *f, int slot, uint64_t any)
{
    for (; any; any &= any - 1)
        s_add(c, f, slot, __builtin_ctzll(any));
}

static void s_features(const ctx_t *c, const event_t *e, tm_feats_t *f)
{
    s_add(c, f, DS_BIAS, 0);
    s_add(c, f, DS_ACTION, e->action);
    s_add(c, f, DS_RULE, e->modality);
    for (uint32_t cues = e->cues; cues; cues &= cues - 1)
        s_add(c, f, DS_CUE, __builtin_ctz(cues));
    s_add(c, f, DS_ASRC, e->asrc);
    s_add(c, f, DS_TSRC, e->tsrc);
    s_add(c, f, DS_PARTIES, (e->actor.code[0] != 0) * 2 + (e->target.code[0] != 0));
    s_add(c, f, DS_RATE, (int)e->rate.kind);
    s_add(c, f, DS_AMOUNT, e->has_amount);
    s_add(c, f, DS_GOODS, e->n_goods > 1 ? 2 : (int)e->n_goods);
    s_add(c, f, DS_RETALIATION, e->retaliation);
    s_add(c, f, DS_ACTION_RULE, e->action * 5 + e->modality);

    /* the words that carry modality: the cue scope before the trigger, the
     * trigger, a few after it */
    int from = e->scope > e->g0 - 10 ? e->scope : e->g0 - 10;
    if (from < e->left)
        from = e->left;
    for (int k = from; k < e->g0; k++)
        s_word(c, f, DS_BEFORE, k);
    for (int k = e->g0; k <= e->g1 && k < e->g0 + 6; k++)
        s_word(c, f, DS_TRIGGER, k);
    for (int k = e->g1 + 1; k < e->right && k <= e->g1 + 6; k++)
        s_word(c, f, DS_AFTER, k);
    s_word(c, f, DS_P1, e->g0 - 1);
    s_word(c, f, DS_P2, e->g0 - 2);
    s_word(c, f, DS_N1, e->g1 + 1);
    s_word(c, f, DS_N2, e->g1 + 2);
    s_classes(c, f, DS_BEFORE_CLASS, s_classes_of(c, from, e->g0));
    s_classes(c, f, DS_AFTER_CLASS, s_classes_of(c, e->g1 + 1, e->right));
    s_classes(c, f, DS_SENTENCE_CLASS, e->sent_classes);
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
    if (!st->learned)
        return c->nev;
    FILE *fp = training ? fopen(st->features, "a") : NULL;
    char dump[8192];
    size_t kept = 0;
    const bool *has = st->model.has;
    bool per_event = has[TM_MODALITY] || has[TM_SWAP];
    for (size_t i = 0; i < c->nev; i++) {
        event_t *e = &c->ev[i];
        /* a target the article pass filled in may belong to no measure on
         * all imports: learned, where the clause names no origin itself */
        bool filled = tf_target_filled(e);
        /* Trade sense is learned where the guidelines leave it open: a
         * mention without an action on it (§2a) - a bare mention, or one
         * with only a specification or a party not attached to it; a clause
         * with an action is an event by rule, and so are a gapped clause
         * sharing its verb and a tariff with its levier attached (§2b: "the
         * U.S. tariffs"). A decision the model has no weights for stays
         * with the rules, and a candidate no learned decision concerns
         * costs no features. */
        bool open = !(e->cues & (CUE_ACTION_WORD | CUE_GAPPED)) && e->asrc != SRC_ATTACHED;
        if (!training && !per_event && !(has[TM_KEEP] && open) && !(has[TM_TNULL] && filled)) {
            if (has[TM_KEEP] || !(e->cues & CUE_BARE))
                c->ev[kept++] = *e;
            continue;
        }
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
        if (has[TM_KEEP] ? open && score[TM_KEEP] < 0 : (e->cues & CUE_BARE) != 0)
            continue;
        if (has[TM_MODALITY])
            e->modality = s_argmax(score + TM_MODALITY, 5);
        if (has[TM_TNULL] && filled && e->target.code[0] && score[TM_TNULL] > 0)
            e->target.code[0] = 0;
        if (has[TM_SWAP] && e->actor.code[0] && e->target.code[0] && score[TM_SWAP] > 0) {
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
