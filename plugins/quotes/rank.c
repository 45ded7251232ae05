/* SPDX-License-Identifier: MIT */
/* rank.c - the trained ranker applied to a quote (rank.h). */
#include "rank.h"

#include <stdio.h>
#include <string.h>

#include "candidates.h"
#include "features.h"
#include "marks.h"
#include "resolve.h"

#define KEEP_BYTES 80   /* a longer quote is speech: no keep decision  */
/* A lower-case quote is dropped below +1: of those the model only just
 * keeps (-1.5 to 1: a scare quote, a term next to the sentence's subject)
 * half are no quote and half of the rest misattributed (cv.py: 44, 21 and
 * 24 right); chosen on cv.py's end-to-end F1, README "Keep threshold". */
#define KEEP_MIN 1.0f

static void s_json_str(FILE *fp, const char *s, size_t n)
{
    fputc('"', fp);
    for (size_t i = 0; i < n && s[i]; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch == '"' || ch == '\\')
            fprintf(fp, "\\%c", ch);
        else if (ch < 0x20)
            fputc(' ', fp);
        else
            fputc(ch, fp);
    }
    fputc('"', fp);
}

/* Whether the ranker weighs the candidates of a quote the sieve attributed
 * at this stage (ST_NONE: the sieve found no one): not after the most
 * precise stages, where on PolNeAR train
 * it agrees with the sieve (a cue right after the quote, the second half of
 * a split quote, "According to X," ...), so their quotes cost nothing; but
 * see rank_quote for a phrase with a cue right after it. Of a whole
 * sentence with a cue after it, what the ranker would change on PolNeAR is
 * mostly "“…,” X said, according to Y" to Y, which the seeds and wire copy
 * credit to X. */
static int s_stage_ranked(int stage)
{
    return stage == ST_BEFORE || stage == ST_ADJACENT || stage == ST_CONT || stage == ST_SUBJECT ||
           stage == ST_CONT_FAR || stage == ST_PREV_PARA || stage == ST_PREV_SENT || stage == ST_NONE;
}

/* A part of a quotation over several paragraphs shares the speaker of the
 * part that names one: weighed only when that part's stage is ("“In
 * 1944, … trade. “In 1947, …,” said X." is X's, not the earlier
 * sentence's subject's). */
static int s_quote_ranked(const quote_t *q)
{
    return q->stage == ST_MULTI ? s_stage_ranked(q->part_stage) : s_stage_ranked(q->stage);
}

/* Ranks q's speaker candidates with the trained weights and keeps the
 * best one as q's mention; with dump (training), writes every candidate,
 * its resolved name and its features as one JSON line instead. */
void rank_quote(ctx_t *c, quote_t *q, const quote_t *last, FILE *dump)
{
    cands_t cs;
    cs.n = 0;
    /* only a short quote may be a title or a scare quote rather than
     * speech; not a paragraph that goes on with a quotation the paragraph
     * before left open (speech already found, the multi-paragraph form) */
    int keep_decided = q->end - q->start <= KEEP_BYTES && !q->cont_prev;
    int ranked = s_quote_ranked(q), partial = -1;
    /* a phrase inside a sentence with a cue after it is not always the
     * cue's ("X described it as “…,” he said" is his, not the thing's):
     * the ranker weighs it; a whole sentence quoted is the cue's */
    if (!ranked && (q->stage == ST_AFTER || q->stage == ST_AFTER_FAR))
        ranked = partial = quote_kind(c, q) == SIFT_QUOTE_PARTIAL;
    if (!keep_decided && !ranked)
        return;
    if (ranked)
        cands_build(c, q, &cs);
    cands_describe(c, q, &cs);
    if (partial < 0)
        partial = quote_kind(c, q) == SIFT_QUOTE_PARTIAL;
    char text[8192];
    size_t best = 0;
    float best_score = 0;
    if (dump) {
        fputs("{\"id\":", dump);
        s_json_str(dump, c->doc->id, strlen(c->doc->id));
        fprintf(dump, ",\"start\":%u,\"end\":%u,\"cands\":[", q->start, q->end);
    }
    /* reset, not cleared, for each candidate: only its first n features
     * are read */
    qr_feats_t f;
    f.dump = dump ? text : NULL;
    f.dcap = sizeof text;
    f.cache = c->cache;
    /* scored as the features are added; the training dump keeps keys */
    f.m = dump ? NULL : &c->st->ranker;
    for (size_t i = 0; i < cs.n; i++) {
        f.n = 0;
        f.sum = 0;
        f.dlen = 0;
        feat_candidate(c, q, last, &cs, i, partial, &f);
        if (dump) {
            quote_t tmp = *q;
            tmp.ms = cs.v[i].ms;
            tmp.me = cs.v[i].me;
            resolve_speaker(c, &tmp, last);
            const char *name = tmp.name ? tmp.name : "";
            fprintf(dump, "%s{\"start\":%u,\"end\":%u,\"name\":", i ? "," : "", c->tok[tmp.ms].start,
                    c->tok[tmp.me - 1].end);
            s_json_str(dump, name, strlen(name));
            fprintf(dump, ",\"features\":[%.*s]}", (int)f.dlen, f.dump);
            continue;
        }
        float s = qr_score(&c->st->ranker, &f);
        if (i == 0 || s > best_score) {
            best = i;
            best_score = s;
        }
    }
    /* keep it at all? (with the speaker the ranker chose) */
    qr_feats_t kf = { .n = 0, .dump = dump ? text : NULL, .dcap = sizeof text, .cache = c->cache,
                      .m = f.m };
    if (keep_decided)
        feat_quote(c, q, cs.n ? cs.v[best].type : q->has_speaker ? cand_type(c, q->ms, q->me) : "none",
                         partial, &kf);
    if (dump) {
        fprintf(dump, "],\"features\":[%.*s]}\n", (int)kf.dlen, kf.dump);
        return;
    }
    /* a term or a name in marks right before the noun it names is no
     * quote whatever the model says (GUIDE.md; PolNeAR counts them) */
    if (keep_decided && feat_named_term(c, q)) {
        q->drop = 1;
        return;
    }
    uint32_t words;
    if (keep_decided && c->st->ranker.has_keep &&
        qr_score(&c->st->ranker, &kf) < (feat_title_case(c, q, &words) ? 0 : KEEP_MIN)) {
        q->drop = 1;
        return;
    }
    if (cs.n == 0)
        return;
    const cand_t *k = &cs.v[best];
    if (k->src & C_RULE)
        return;
    q->has_speaker = 1;
    q->ms = k->ms;
    q->me = k->me;
    if (k->cue != NONE) {
        q->cue_tok = k->cue;
        q->cue_len = k->cue_len;
    }
}
