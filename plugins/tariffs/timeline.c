/* SPDX-License-Identifier: MIT */
/* timeline.c - the status a measure had on the article's date, from when
 * the news said it took effect (data/timeline.tsv, build_timeline.py).
 *
 * Guidelines §6 code a measure announced but not yet in force as proposed
 * and one in force as actual, whatever verb the article uses: "U.S.
 * tariffs on Japanese electronic goods" on 3 April 1987 were proposed
 * (they took effect on 17 April), "the White House announced 25 percent
 * tariffs on $34 billion of Chinese products" on 16 July 2018 was actual
 * (in force since 6 July). A clause that dates or conditions the measure
 * itself, or states a threat, demand, plan or deliberation, keeps its
 * reading. Lines with a goods word (data/record.tsv, the public record)
 * name a measure on some goods of anyone's ("the steel and aluminum
 * tariffs" of March 2018), matched by the goods the event names. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "tariffs.h"

/* A measure of another era is not the one meant. */
#define TIMELINE_SPAN_DAYS 400

int tl_load(timeline_t *tl, const char *path, char *err, size_t errlen)
{
    memset(tl, 0, sizeof *tl);
    if (!path[0])
        return 0;
    FILE *fp = fopen(path, "r");
    if (!fp) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return -1;
    }
    char line[256];
    size_t cap = 0;
    for (size_t no = 1; fgets(line, sizeof line, fp); no++) {
        if (line[0] == '#' || line[0] == '\n')
            continue;
        tl_entry_t e;
        memset(&e, 0, sizeof e);
        int y, m, d;
        unsigned votes; /* read to check the line; only build_timeline.py's reader uses it */
        int got = sscanf(line, "%2s\t%2s\t%lf\t%d-%d-%d\t%u\t%23s", e.actor, e.target, &e.amount, &y, &m, &d,
                         &votes, e.goods);
        if (got < 7 || m < 1 || m > 12 || d < 1 || d > 31) {
            snprintf(err, errlen, "%s:%zu: expected actor, target, amount, YYYY-MM-DD, count [, goods]", path, no);
            goto fail;
        }
        if (e.goods[0] && strcmp(e.target, "-") == 0)
            e.target[0] = 0; /* (on all imports of the goods, whoever's) */
        e.days = tf_days(y, m, d);
        if (tl->n == cap) {
            cap = cap ? 2 * cap : 16;
            tl_entry_t *grown = realloc(tl->e, cap * sizeof *grown);
            if (!grown) {
                snprintf(err, errlen, "%s: out of memory", path);
                goto fail;
            }
            tl->e = grown;
        }
        tl->e[tl->n++] = e;
    }
    fclose(fp);
    return 0;
fail:
    fclose(fp);
    tl_free(tl);
    return -1;
}

void tl_free(timeline_t *tl)
{
    free(tl->e);
    memset(tl, 0, sizeof *tl);
}

/* Cues by which a clause states the measure's status itself (a plan, not
 * an announcement: "announced 25 percent tariffs on $34 billion" on 16
 * July 2018 was of tariffs in force). */
#define OWN_STATUS (CUE_THREAT | CUE_DEMAND | CUE_CONSIDER | CUE_WEAK | CUE_MODAL | CUE_COND | \
                    CUE_EFFECTIVE_PAST | CUE_FUTURE_DATE | CUE_DEMAND_AFTER | CUE_DATED_LATER | \
                    CUE_OTHER_YEAR | CUE_PLANNED | CUE_WARNED_AFTER)

/* Does one of e's goods contain word (case-insensitive)? */
static bool s_names_goods(const event_t *e, const char *word)
{
    size_t n = strlen(word);
    int w0 = word[0] | 0x20; /* (the words are lower case) */
    for (size_t g = 0; g < e->n_goods; g++)
        for (const char *s = e->goods[g]; *s; s++)
            if ((*s | 0x20) == w0 && strncasecmp(s, word, n) == 0)
                return true;
    return false;
}

/* The line of the record for a measure on some goods that event e names,
 * NULL if none: a measure on all imports of the goods, whoever's ("the
 * steel and aluminum tariffs" of March 2018), or one on e's target in
 * particular, which outranks it. */
static const tl_entry_t *s_goods_line(const timeline_t *tl, const event_t *e, long today)
{
    const tl_entry_t *line = NULL;
    for (size_t i = 0; i < tl->n; i++) {
        const tl_entry_t *m = &tl->e[i];
        if (m->goods[0] && tf_code_eq(m->actor, e->actor.code) &&
            (!m->target[0] || tf_code_eq(m->target, e->target.code)) &&
            labs(m->days - today) <= TIMELINE_SPAN_DAYS && s_names_goods(e, m->goods) &&
            (!line || m->target[0]))
            line = m;
    }
    return line;
}

/* The status of event e on the article's date, or -1 when the timeline
 * does not tell: from the measures of its actor on its target within the
 * span, only the one of its amount when it names one (before the first
 * took effect: proposed; after the last: actual). */
static int s_status(const timeline_t *tl, const event_t *e, long today)
{
    const tl_entry_t *on_goods = s_goods_line(tl, e, today);
    if (on_goods)
        return today < on_goods->days ? SIFT_PROPOSED : SIFT_ACTUAL;
    if (!e->target.code[0])
        return -1;
    long first = 0, last = 0;
    size_t n = 0;
    for (size_t i = 0; i < tl->n; i++) {
        const tl_entry_t *m = &tl->e[i];
        if (m->goods[0] || !tf_code_eq(m->actor, e->actor.code) || !tf_code_eq(m->target, e->target.code) ||
            labs(m->days - today) > TIMELINE_SPAN_DAYS)
            continue;
        if (e->has_amount && !(m->amount > 0.98 * e->amount && m->amount < 1.02 * e->amount))
            continue;
        first = n && first < m->days ? first : m->days;
        last = n && last > m->days ? last : m->days;
        n++;
    }
    /* goods named without an amount are the measure only where the pair
     * has one: among several, they may be another not in the timeline */
    if (!n || (!e->has_amount && e->n_goods && n > 1))
        return -1;
    if (today < first)
        return SIFT_PROPOSED;
    return today >= last ? SIFT_ACTUAL : -1; /* some in force, some to come */
}

/* Is e a measure on anyone's goods, and on none of its target's in
 * particular? */
static bool s_on_anyones(const timeline_t *tl, const event_t *e, long today)
{
    const tl_entry_t *line = s_goods_line(tl, e, today);
    return line && !line->target[0];
}

void tf_timeline(ctx_t *c)
{
    if (c->pub_days < 0)
        return;
    const timeline_t *tl = &c->st->timeline;
    const event_t *to_come = NULL; /* the last measure the timeline found not yet in force */
    /* an article whose measures by one actor are all on anyone's goods,
     * none of them naming whom it hits, means the same by that actor's
     * bare "U.S. tariffs" (a story of the steel tariffs from Ottawa) */
    ref_t anyones = { .code = "" };
    for (size_t i = 0; i < c->nev && tl->n; i++) {
        const event_t *e = &c->ev[i];
        if (!tf_levies(e) || !e->actor.code[0])
            continue;
        bool on_anyones = e->n_goods && s_on_anyones(tl, e, c->pub_days);
        bool named = e->target_explicit && e->target.code[0];
        if (on_anyones && !named && !anyones.code[0])
            anyones = e->actor;
        else if (tf_ref_eq(&e->actor, &anyones) && (named || (e->n_goods && !on_anyones))) {
            anyones.code[0] = 0;
            break;
        }
    }
    for (size_t i = 0; i < c->nev; i++) {
        event_t *e = &c->ev[i];
        bool levies = tf_levies(e);
        /* a target the article pass filled in is no party to a measure on
         * anyone's goods ("the U.S. steel tariffs" in a story about Seoul;
         * whom it exempts is: the target of an exemption) */
        if (tl->n && levies && e->target.code[0] && tf_target_filled(e) &&
            ((!e->n_goods && anyones.code[0] && tf_ref_eq(&e->actor, &anyones)) || s_on_anyones(tl, e, c->pub_days))) {
            e->target.code[0] = 0;
            e->tsrc = SRC_NONE;
        }
        if (tl->n && levies && e->actor.code[0] &&
            (e->modality == SIFT_ACTUAL || e->modality == SIFT_PROPOSED) &&
            !(e->cues & OWN_STATUS)) {
            int status = s_status(tl, e, c->pub_days);
            if (status >= 0)
                e->modality = (sift_tariff_modality_t)status;
            to_come = status == SIFT_PROPOSED ? e : NULL;
        }
        /* an exemption its sentence grants from such a measure is not in
         * force either: "ordered tariffs of 25 percent on steel imports ...,
         * but exempted Canada and Mexico" (two weeks before they began) */
        else if (to_come && e->action == SIFT_EXEMPT && e->modality == SIFT_ACTUAL && e->sent == to_come->sent &&
                 tf_ref_eq(&e->actor, &to_come->actor) && !(e->cues & OWN_STATUS))
            e->modality = SIFT_PROPOSED;
        /* and whatever the pair's measures: a leader's measure before they
         * first held the office that levies is a candidate's or a
         * legislator's plan, not in force ("Trump's 45 percent tariff on
         * Chinese goods would hurt consumers" in 2016, "Gephardt's
         * tariffs" in 1987) */
        /* (the leader's own: not one they only talk about, as a clause's
         * subject with no verb of levying: "Mr. Trump has cited the tire
         * tariff as proof that duties work", Obama's of 2009) */
        /* (but not one its clause says is in force: "the duties the United
         * States already levies", in a candidate's promise to enforce them) */
        /* (nor one only carried over from the party acting last: "Shoe
         * importers, who already pay tariffs averaging 11 percent", after
         * a candidate's plan, are paying a standing duty) */
        if (e->modality == SIFT_ACTUAL && e->actor.in_office > c->pub_days && e->asrc != SRC_COREF &&
            !(e->asrc == SRC_SUBJECT && !(e->cues & CUE_ACTION_WORD)) && !(e->cues & CUE_EFFECTIVE_PAST))
            e->modality = SIFT_PROPOSED;
    }
}
