/* SPDX-License-Identifier: MIT */
/* features.c - the ranker's features of a candidate and of a quote
 * (features.h). */
#include "features.h"

#include <string.h>

/* Adds feature name=<token i> when token i is a word or a short mark. */
static void s_add_tok(const ctx_t *c, qr_feats_t *f, const char *name, uint32_t i)
{
    size_t n = tok_len(c, i);
    if (n <= 24 && (tok_word(c, i) || n <= 3))
        qr_add_word(f, name, c->doc->lower_hashes[i], tok_txt(c, i), n);
}

static const char *s_bucket(uint32_t n)
{
    return n == 0 ? "0" : n == 1 ? "1" : n <= 3 ? "2-3" : n <= 6 ? "4-6" : n <= 12 ? "7-12" : n <= 25 ? "13-25" : "26+";
}

void feat_candidate(const ctx_t *c, const quote_t *q, const quote_t *lastq, const cands_t *cs,
                    size_t ki, int partial, qr_feats_t *f)
{
    const cand_t *k = &cs->v[ki];
    uint32_t qe = quote_last(c, q), dist = k->dist;
    const char *where = k->where, *type = k->type;
    qr_add(f, "t", type);
    qr_add(f, "d", where);
    qr_add2(f, "tw", type, where);
    qr_add(f, where[0] == 'B' ? "tokB" : "tokA", s_bucket(dist));
    /* a phrase quoted inside a sentence is its subject's; a whole
     * sentence is the cue's */
    const char *kind = partial ? "part" : "dir";
    qr_add2(f, "kd", kind, where);
    if (k->src & C_RULE) {
        qr_add(f, "rule", NULL);
        qr_add(f, "rule", stage_name[q->stage]);
        qr_add(f, "rulet", type);
    } else if (q->has_speaker && k->ms < q->me && q->ms < k->me) {
        qr_add(f, "ruleov", NULL);
    }
    static const char *const src_name[] = { "", "ent", "pron", "noun", "cs", "co", "ss" };
    for (int b = 1; b < 7; b++)
        if (k->src & (1u << b)) {
            qr_add(f, "src", src_name[b]);
            if (b == 4 || b == 5 || b == 6) {
                qr_add(f, src_name[b], where);
                const char *v[3] = { src_name[b], kind, type };
                qr_addv(f, "kst", v, 3);
            }
        }
    if (k->cue != NONE) {
        /* the cue's place: before the opening mark, after the closing one,
         * next to a mark (within 3 tokens) */
        const char *cp = k->cue < q->o ? (q->o - k->cue <= 3 ? "Badj" : "B")
                         : k->cue > qe ? (k->cue - qe <= 3 ? "Aadj" : "A") : "I";
        qr_add(f, (k->src & C_CUE_SUBJ) ? "csat" : "coat", cp);
        const char *v[3] = { (k->src & C_CUE_SUBJ) ? "cs" : "co", cp, type };
        qr_addv(f, "cpt", v, 3);
        s_add_tok(c, f, "cue", k->cue);
    }
    /* the words around and in it: "told X" is the addressee, "X's
     * website" a thing, "On Donald Trump" a headline fragment */
    if (k->ms > 0)
        s_add_tok(c, f, "prev", k->ms - 1);
    if (k->me < c->nt)
        s_add_tok(c, f, "next", k->me);
    if (k->me > k->ms + 1 && (c->wf[k->ms] & (W_STOP | W_PREP | W_DET)))
        s_add_tok(c, f, "first", k->ms);
    if (type[0] != 'p')
        s_add_tok(c, f, "head", k->me - 1);
    /* nearest of its kind: the closest candidate before the quote and the
     * closest after it ("…,” X said" against the nearest preceding name) */
    int nearest = 1;
    for (size_t j = 0; j < cs->n && nearest; j++)
        if (j != ki && cs->v[j].where[0] == where[0] && cs->v[j].dist < dist)
            nearest = 0;
    if (nearest)
        qr_add(f, where[0] == 'B' ? "nearB" : "nearA", NULL);
    if (nearest && where[0] == 'A' && dist <= 3)
        qr_add(f, "postposed", type);
    /* salience: the entity's mentions in the article and near the quote */
    int32_t id = k->ent;
    /* the speaker of the quote before: split and continued quotes */
    if (lastq && ((lastq->ms == k->ms && lastq->me == k->me) || (id >= 0 && lastq->ent == id))) {
        qr_add(f, "last", NULL);
        qr_add(f, "last", c->para[lastq->o] == q->para ? "para" : "other");
        qr_add(f, "lastrule", stage_name[q->stage]);
    }
    if (id >= 0) {
        qr_add(f, "sal", s_bucket((uint32_t)c->doc->entities[id].n_mentions));
        uint32_t near = 0;
        for (size_t j = 0; j < cs->n; j++)
            if (j != ki && (cs->v[j].src & C_ENTITY) && cs->v[j].ent == id)
                near++;
        qr_add(f, "saln", s_bucket(near));
    }
    if (c->para[k->ms] != q->para)
        qr_add(f, "otherpara", NULL);
    if (k->ms < c->headline_end && q->para > 0)
        qr_add(f, "headline", NULL);
    if (c->inq[k->ms])
        qr_add(f, "inquote", NULL);
    /* another quote between the mention and this one */
    uint32_t a = where[0] == 'B' ? k->me : qe + 1, b = where[0] == 'B' ? q->o : k->ms;
    uint32_t e = b < a + 100 ? b : a + 100;
    if (a < e && c->inq_before[e] > c->inq_before[a])
        qr_add(f, "across", NULL);
}

/* Whether every content word of q is capitalised ("Good Morning America",
 * "Make America Great Again"): the name of a show, a book, a slogan, or
 * Title-Case speech. Sets *words to its number of words. */
int feat_title_case(const ctx_t *c, const quote_t *q, uint32_t *words)
{
    uint32_t caps = 0, funcw = 0;
    *words = 0;
    for (uint32_t t = q->o + 1; t < c->nt && c->tok[t].start < q->end && t - q->o < 64; t++) {
        if (!(c->tok[t].flags & SIFT_TOKEN_ALPHA))
            continue;
        ++*words;
        if (c->tok[t].flags & SIFT_TOKEN_CAP)
            caps++;
        else if (c->wf[t] & (W_STOP | W_DET))
            funcw++;
    }
    return *words > 0 && caps + funcw == *words && caps > 0;
}

void feat_quote(const ctx_t *c, const quote_t *q, const char *spk_type, int partial,
                qr_feats_t *f)
{
    uint32_t qe = quote_last(c, q), words;
    int title = feat_title_case(c, q, &words);
    const char *n = s_bucket(words);
    qr_add(f, "q:bias", NULL);
    qr_add(f, "q:n", n);
    qr_add(f, title ? "q:title" : "q:text", n);
    qr_add(f, "q:spk", spk_type);
    qr_add(f, "q:stage", stage_name[q->stage]);
    qr_add(f, "q:kind", partial ? "partial" : "direct");
    const char *marks = ".,?!", *last = strchr(marks, c->text[q->end - 1]);
    static const char *const last_name[] = { ".", ",", "?", "!", "w" };
    const char *lastv = last_name[last && *last ? last - marks : 4];
    qr_add(f, "q:last", lastv);
    if (title)
        qr_add(f, "q:title_last", lastv);
    if (q->o > 0)
        s_add_tok(c, f, title ? "q:tprev" : "q:prev", q->o - 1);
    if (qe + 1 < c->nt && q->c != NONE)
        s_add_tok(c, f, title ? "q:tnext" : "q:next", qe + 1);
    if (q->c == NONE)
        qr_add(f, "q:unclosed", NULL);
    if (q->o < c->headline_end)
        qr_add(f, "q:headline", NULL);
    if (c->tok[q->o].flags & SIFT_TOKEN_PARA_START)
        qr_add(f, "q:parastart", NULL);
}
