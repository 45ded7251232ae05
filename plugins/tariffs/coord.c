/* coord.c - coordination: one event per tranche ("25% on steel and 10% on
 * aluminium") and per party ("from Brazil, Argentina and Turkey"). */
#include "tariffs.h"

bool tf_emit_ok(ctx_t *c)
{
    return c->nev < c->evcap;
}

/* Splits an event into tranches and target lists and appends them. */
void tf_push(ctx_t *c, event_t *e, const rate_hit_t *hits, size_t nh, const sent_ctx_t *sc,
                   ref_t *targets_extra, size_t n_extra)
{
    (void)sc;
    if (nh >= 2 && e->rate.kind == SIFT_RATE_VALUE) {
        /* tranches: "tariffs of 25% on steel and 10% on aluminium" */
        for (size_t h = 0; h < nh && tf_emit_ok(c); h++) {
            event_t t = *e;
            t.rate.kind = SIFT_RATE_VALUE;
            t.rate.a = hits[h].v;
            int a = h == 0 ? e->left : hits[h].at;
            int b = h + 1 < nh ? hits[h + 1].at : e->right;
            while (b - 1 > a && (s_is(c, b - 1, W_AND) || s_is(c, b - 1, W_COMMA)))
                b--;
            t.left = a;
            t.right = b;
            t.n_goods = 0;
            tf_goods(c, &t, h == 0 ? e->g1 + 1 : a, b);
            /* each tranche may name its own origin: "50 pct on Korean radios" */
            for (int k = h == 0 ? e->g1 + 1 : a; k < b; k++)
                if (c->tp[k] >= 0 && tf_in_pp(c, c->tp[k]) && c->parties[c->tp[k]].code[0] &&
                    strchr("CDM", c->parties[c->tp[k]].kind)) {
                    tf_ref_set(&t.target, &c->parties[c->tp[k]]);
                    t.target_explicit = true;
                    t.tsrc = SRC_TRANCHE;
                    break;
                }
            c->ev[c->nev++] = t;
        }
        return;
    }
    c->ev[c->nev++] = *e;
    for (size_t k = 0; k < n_extra && tf_emit_ok(c); k++) {
        event_t t = *e;
        t.target = targets_extra[k];
        t.tsrc = SRC_LIST;
        c->ev[c->nev++] = t;
    }
}

/* Target lists ("exports from Nicaragua, Romania and Paraguay"). */
size_t tf_more_targets(const ctx_t *c, const event_t *e, ref_t *out, size_t max)
{
    size_t n = 0;
    if (!e->target_explicit)
        return 0;
    for (int k = e->g1 + 1; k < e->right; k++) {
        int pi = c->tp[k];
        if (pi < 0)
            continue;
        const party_t *p = &c->parties[pi];
        ref_t r;
        tf_ref_set(&r, p);
        if (!tf_ref_eq(&r, &e->target))
            { k = p->b - 1; continue; }
        int j = p->b;
        while (n < max) {
            bool sep = false;
            while (j < e->right && (s_is(c, j, W_COMMA) || s_is(c, j, W_AND) || s_is(c, j, W_OR)))
                j++, sep = true;
            if (!sep || j >= e->right || c->tp[j] < 0)
                break;
            const party_t *q = &c->parties[c->tp[j]];
            if (!q->code[0] || q->kind == 'D' || q->kind == 'R' || q->kind == 'L')
                break;
            tf_ref_set(&out[n++], q);
            j = q->b;
        }
        break;
    }
    return n;
}
