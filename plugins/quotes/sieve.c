/* SPDX-License-Identifier: MIT */
/* sieve.c - the attribution sieve: deterministic stages, most precise
 * first (sieve.h). */
#include "sieve.h"

#include <string.h>

#include "cues.h"
#include "marks.h"

void quote_set_speaker(quote_t *q, uint32_t ms, uint32_t me, uint32_t cue, uint32_t cue_len)
{
    q->has_speaker = 1;
    q->ms = ms;
    q->me = me;
    q->cue_tok = cue;
    q->cue_len = cue_len;
}

static uint32_t s_para_end(const ctx_t *c, uint32_t i)
{
    uint32_t p = c->para[i];
    uint32_t j = i + 1;
    while (j < c->nt && c->para[j] == p && j - i < 64)
        j++;
    return j;
}

/* A past-tense verb of any kind: lower case, ending in "ed", no function
 * word ("need" and "based" aside, a verb after a name). */
static int s_past(const ctx_t *c, uint32_t v)
{
    size_t n = tok_len(c, v);
    return v < c->nt && (c->tok[v].flags & SIFT_TOKEN_LOWER) && n > 3 &&
           memcmp(tok_txt(c, v) + n - 2, "ed", 2) == 0 && !(c->wf[v] & (W_STOP | W_SKIP));
}

/* A verb form in lower case: a past tense (s_past) or "-ing" of five or
 * more letters. */
static int s_verb_form(const ctx_t *c, uint32_t v)
{
    return s_past(c, v) || (v < c->nt && (c->tok[v].flags & SIFT_TOKEN_LOWER) && tok_ing(c, v));
}

/* a. A cue right after the closing mark. */
/* After "“….” Ann Lee said", the rest of its sentence says only where,
 * when or to whom: "at a press briefing", "on Monday", "in an interview
 * with CNBC", "told Xinhua", "told a news conference in Beijing". Not a
 * clause of its own ("said on Monday that …", "said he …", "said
 * while …"): then the sentence reports something new. */
static int s_adjuncts_to_stop(const ctx_t *c, uint32_t cue, uint32_t v, uint32_t lim)
{
    static const char *const first[] = { "in", "on", "at", "during", "to", "with", "via", "from",
                                         "before", "after", "late", "earlier", "last", "this", NULL };
    static const char *const clause[] = { "that", "which", "who", "when", "while", "if", "as", "and",
                                          "but", "because", "although", "though", "since", "whether", NULL };
    if (v >= lim || !tok_word(c, v))
        return 0;
    int ok = (c->wf[v] & W_DAY) || tok_is(c, cue, "told") || tok_is(c, cue, "tells");
    for (int i = 0; !ok && first[i]; i++)
        ok = tok_is(c, v, first[i]);
    if (!ok)
        return 0;
    for (uint32_t k = v, len; k < lim && k - v < 16; k++) {
        if (tok_ch(c, k, '.'))
            return 1;
        if (!tok_word(c, k) && !tok_ch(c, k, '(') && !tok_ch(c, k, ')') && !tok_ch(c, k, '-') &&
            !tok_ch(c, k, '\''))
            return 0;
        if ((c->wf[k] & (W_PRON_M | W_PRON_F | W_PRON_N)) || (k > v && cue_at(c, k, &len)))
            return 0;
        for (int i = 0; clause[i]; i++)
            if (tok_is(c, k, clause[i]))
                return 0;
    }
    return 0;
}

static int s_after(const ctx_t *c, quote_t *q)
{
    if (q->c == NONE)
        return 0;
    uint32_t k = q->c + 1;
    uint32_t lim = s_para_end(c, q->c);
    /* a quote closed by a full stop ends its sentence: what follows is a
     * new one ("“… good.” Trump said …" is not an attribution of it) */
    /* the signature may be a paragraph of its own: "“…”\n\n- Clinton." */
    uint32_t slim = k == lim && k < c->nt && (c->tok[k].flags & SIFT_TOKEN_PARA_START) ? s_para_end(c, k) : lim;
    if (k + 1 < slim && (tok_dash(c, k) || (slim != lim && tok_ch(c, k, '-'))) &&
        (c->tok[k + 1].flags & SIFT_TOKEN_CAP) && k < c->signoff) {
        /* "“…” ― Krystal Correa": a name after a dash signs the quote
         * (not the desk's sign-off line, "-- Chicago Newsdesk 312-…") */
        uint32_t e = np_fwd(c, k + 1, slim);
        if (e > k + 1 && (e >= slim || !tok_word(c, e) || (c->tok[e].flags & SIFT_TOKEN_LINE_START))) {
            quote_set_speaker(q, k + 1, e, NONE, 0);
            return 1;
        }
    }
    unsigned char last = (unsigned char)c->text[q->end - 1];
    if (last == '.' && !tok_ch(c, k, ',')) {
        /* unless the next sentence is only the attribution: "“….” Trump
         * said." / "“….” said Trump." / "“….” Trump said on Monday." */
        uint32_t len, s = k, e, v;
        if (cue_at(c, k, &len)) {
            s = k + len;
            e = v = np_fwd(c, s, lim);
        } else {
            e = np_fwd(c, k, lim);
            if (!cue_at(c, e, &len))
                return 0;
            v = e + len;
        }
        if (e == s || tok_ing(c, s == k ? e : k) ||
            !(v >= lim || tok_ch(c, v, '.') || s_adjuncts_to_stop(c, s == k ? e : k, v, lim)))
            return 0;
        quote_set_speaker(q, s, e, s == k ? e : k, len);
        return 1;
    }
    if (k < lim && (tok_ch(c, k, ',') || tok_dash(c, k)))
        k++;
    if (k >= lim)
        return 0;
    uint32_t len;
    if (cue_at(c, k, &len)) {
        /* "…,” saying that …" is a new clause of the quote's sentence */
        if (tok_ing(c, k) && !(len == 2 && tok_is(c, k, "according")))
            return 0;
        /* "said He Yadong, a ..." / "according to the AP" */
        uint32_t s = k + len;
        uint32_t e = np_fwd(c, s, lim);
        if (e == s && s < lim && (tok_is(c, s, "one") || tok_is(c, s, "another"))) {
            /* "…,” said one." / "…,” said one of the dealers." */
            if (s + 1 >= lim || tok_ch(c, s + 1, '.') || tok_ch(c, s + 1, ','))
                e = s + 1;
            else if (tok_is(c, s + 1, "of") && np_fwd(c, s + 2, lim) > s + 2)
                e = np_fwd(c, s + 2, lim);
        }
        if (e > s) {
            quote_set_speaker(q, s, e, k, len);
            return 1;
        }
        return 0;
    }
    /* "“This is fantastic!” beamed Donald Hartley": after a quote closed by
     * a comma, a question or an exclamation mark, a past-tense verb and a
     * name are an attribution whatever the verb */
    if ((last == ',' || last == '?' || last == '!') && s_past(c, k) && k + 1 < lim &&
        (((c->tok[k + 1].flags & SIFT_TOKEN_CAP) && !(c->wf[k + 1] & (W_DAY | W_STOP | W_PREP))) ||
         ((c->wf[k + 1] & W_DET) && (c->tok[k + 1].flags & SIFT_TOKEN_LOWER)))) {
        uint32_t e = np_fwd(c, k + 1, lim);
        if (e > k + 1) {
            quote_set_speaker(q, k + 1, e, k, 1);
            return 1;
        }
    }
    uint32_t e = np_fwd(c, k, lim);
    if (e == k)
        return 0;
    uint32_t v = e;
    if (v < lim && (tok_is(c, v, "of") || tok_is(c, v, "at") || tok_is(c, v, "from") || tok_is(c, v, "for") ||
                    tok_is(c, v, "with"))) {
        /* "…,” Geoff Irvine of the Lobster Council of Canada told CBC": a
         * person's name, where the person is from or works, the cue; so
         * for a role ("…,” a spokeswoman for the ministry said", "an
         * economist with the IMF (…) told"): the speaker is the person
         * or the role, not the body after it */
        int32_t p = c->nmen ? ctx_entity_in(c, c->tok[k].start, c->tok[e - 1].end) : -1;
        int person = p >= 0 && c->doc->entities[p].type == SIFT_PERSON;
        int role = (c->tok[e - 1].flags & SIFT_TOKEN_LOWER) && (c->wf[e - 1] & (W_TITLE | W_GROUP)) &&
                   ((c->wf[k] & W_DET) || tok_is(c, k, "one"));
        uint32_t m = v + 1, len2;
        while (m < lim && m - v < 12 && (tok_word(c, m) || tok_ch(c, m, '(') || tok_ch(c, m, ')')) &&
               !cue_at(c, m, &len2))
            m++;
        /* a role followed by the name of its holder is the name's
         * ("the secretary general of the OECD Jean-Claude Paye said") */
        int32_t named = role && !person && m > v + 1 && c->nmen
                            ? ctx_entity_in(c, c->tok[v + 1].start, c->tok[m - 1].end) : -1;
        if (named >= 0 && c->doc->entities[named].type == SIFT_PERSON)
            role = 0;
        if ((person || role) && m < lim && m > v + 1 && cue_at(c, m, &len2) && !tok_ing(c, m))
            v = m;
    }
    if (v == e && v < lim && tok_is(c, v, "of") && c->nmen) {
        /* "…,” the Ministry of Commerce (MOC) said": a body whose name
         * runs over "of" is the speaker, its acronym after it */
        int32_t b = ctx_entity_tok(c, e - 1);
        uint32_t j = v, len2;
        while (b >= 0 && j < lim && j - v < 10 && tok_word(c, j) && ctx_entity_tok(c, j) == b)
            j++;
        uint32_t end = j;
        if (j + 2 < lim && tok_ch(c, j, '(') && tok_ch(c, j + 2, ')'))
            j += 3;
        if (b >= 0 && c->doc->entities[b].type == SIFT_ORG && end > v + 1 && j < lim && cue_at(c, j, &len2) &&
            !tok_ing(c, j)) {
            e = end;
            v = j;
        }
    }
    if (v < lim && tok_ch(c, v, '(')) {
        /* "…,” Rep. John Mica (R-Fla.) said" */
        uint32_t m = v + 1;
        while (m < lim && m - v < 12 && !tok_ch(c, m, ')') && !(c->tok[m].flags & SIFT_TOKEN_QUOTE))
            m++;
        if (m < lim && tok_ch(c, m, ')'))
            v = m + 1;
    }
    for (int g2 = 0; g2 < 3 && v < lim && tok_ch(c, v, ','); g2++) {
        /* "…,” Sam Nunberg, a former Trump aide, said" (or two of them:
         * "…,” Mara Velt, president of Velt Partners, LLC, told") */
        uint32_t m = np_set_off_end(c, v + 1, lim, 25, 0), len2;
        if (m == NONE)
            break;
        v = m + 1;
        if (cue_at(c, v, &len2))
            break;
        /* another group set off by commas, a cue after it */
        uint32_t m2 = np_set_off_end(c, v, lim, 25, 0);
        if (m2 != NONE && cue_at(c, m2 + 1, &len2))
            v = m;
    }
    uint32_t len3;
    if (last == ',' && v < lim && tok_ch(c, e, ',') && !cue_at(c, v, &len3) && c->nmen) {
        /* "…,” Dana Holt, an Ohio Democrat said": a person's apposition
         * whose closing comma is missing, up to the cue; not past a verb
         * of its own ("…, a trader who bought …") nor a function word
         * but a preposition of where the person works ("“…” Clinton, and
         * said"; "…, a member of the council under the Ministry of Trade
         * of Norland said") */
        static const char *const prep[] = { "of", "under", "at", "for", "in", "with", "from", NULL };
        int32_t p = ctx_entity_in(c, c->tok[k].start, c->tok[e - 1].end);
        uint32_t m0 = tok_ch(c, v, ',') ? v + 1 : v, m = m0;
        for (; m < lim && m - m0 < 20 && (tok_word(c, m) || tok_ch(c, m, ',')) && !cue_at(c, m, &len3) &&
               !s_verb_form(c, m); m++) {
            int pr = 0;
            for (int i = 0; prep[i] && !pr; i++)
                pr = tok_is(c, m, prep[i]);
            if ((c->wf[m] & (W_STOP | W_SKIP)) && !pr)
                break;
        }
        if (p >= 0 && c->doc->entities[p].type == SIFT_PERSON && m > m0 && m < lim && cue_at(c, m, &len3) &&
            !tok_ing(c, m))
            v = m;
    }
    for (int g = 0; g < 4 && v < lim; g++) {
        if (cue_at(c, v, &len)) {
            quote_set_speaker(q, k, e, v, len);
            return 1;
        }
        size_t n = tok_len(c, v);
        /* "“…,” an angry Hollande retaliated.": after a quote closed by a
         * comma, a name and a past-tense verb are an attribution whatever
         * the verb */
        if (g == 0 && (last == ',' || last == '?' || last == '!') && s_past(c, v) &&
            v + 1 < c->nt && (tok_ch(c, v + 1, '.') || tok_ch(c, v + 1, ',') ||
                              (c->wf[v + 1] & (W_STOP | W_PREP | W_DET)) ||
                              (c->tok[v + 1].flags & SIFT_TOKEN_CAP))) {
            quote_set_speaker(q, k, e, v, 1);
            return 1;
        }
        if ((c->wf[v] & W_SKIP) ||
            ((c->tok[v].flags & SIFT_TOKEN_LOWER) && n > 4 && memcmp(tok_txt(c, v) + n - 2, "ly", 2) == 0))
            v++;
        else
            break;
    }
    return 0;
}

/* a'. A cue later in the sentence that closes the quote: "… was
 * “stagnant for a month” as donors waited, he said." */
static int s_after_far(const ctx_t *c, quote_t *q)
{
    if (q->c == NONE)
        return 0;
    const sift_sentence_t *sent = &c->doc->sentences[c->tok[q->c].sentence];
    uint32_t se = sent->tok_end;
    for (uint32_t k = q->c + 1; k < se && k - q->c < 40; k++) {
        if (c->tok[k].flags & SIFT_TOKEN_QUOTE)
            break;
        uint32_t len, ms, me;
        if (!cue_at(c, k, &len))
            continue;
        if (tok_ch(c, k - 1, ',')) {
            uint32_t e = np_fwd(c, k + len, se);
            /* "…, said Tuesday": a date is not a speaker */
            if (e > k + len && !(c->wf[k + len] & W_DAY)) {
                quote_set_speaker(q, k + len, e, k, len);
                return 1;
            }
        }
        if (np_subject(c, k, q->c + 1, &ms, &me) && ms > q->c + 1) {
            /* a name in several pieces starts at the comma: "…, the
             * Chinese Ministry of Commerce said" (the subject found may be
             * "Commerce" alone) */
            uint32_t a = ms;
            while (a > q->c + 2 && ms - a < 6 && !tok_ch(c, a - 1, ',') &&
                   (tok_is(c, a - 1, "of") || (c->wf[a - 1] & W_DET) || (c->tok[a - 1].flags & SIFT_TOKEN_CAP)))
                a--;
            if (tok_ch(c, a - 1, ',')) {
                quote_set_speaker(q, a, me, k, len);
                return 1;
            }
        }
    }
    return 0;
}

/* "He said Beijing had maintained “…”", "Trump said in Michigan that
 * Clinton described it as “…”": a cue whose subject opens the complement
 * of an earlier cue reports the earlier speaker's words; the source is the
 * outermost speaker. */
static void s_outer(const ctx_t *c, uint32_t sb, uint32_t *ms, uint32_t *me, uint32_t *cue,
                    uint32_t *cue_len)
{
    for (int level = 0; level < 2 && *ms > sb; level++) {
        uint32_t p = *ms - 1, span = 1, len = 0, v = NONE;
        if (tok_is(c, p, "that")) {
            if (p == sb)
                return;
            p--;
            span = 12; /* "said during a rally in Michigan that" */
        }
        for (uint32_t k = p + 1; k-- > sb && p - k < span;) {
            if (c->inq[k] || (c->tok[k].flags & SIFT_TOKEN_QUOTE) || tok_ch(c, k, ',') ||
                tok_ch(c, k, ';') || tok_dash(c, k))
                break;
            if (cue_at(c, k, &len) && !tok_ing(c, k) && !tok_is(c, k, "according")) {
                v = k;
                break;
            }
        }
        uint32_t a, b;
        if (v == NONE || !np_subject(c, v, sb, &a, &b))
            return;
        *ms = a;
        *me = b;
        *cue = v;
        *cue_len = len;
    }
}

/* "Trump's claim that there have been “…”", "the US accusation that “…”",
 * "his promise to “…”": a noun of saying with its owner right before the
 * quote makes the owner the speaker. */
static int s_claim(const ctx_t *c, quote_t *q)
{
    uint32_t o = q->o;
    uint32_t sb = c->doc->sentences[c->tok[o].sentence].tok_begin;
    for (uint32_t k = o; k-- > sb && o - k < 8;) {
        if (c->inq[k] || tok_ch(c, k, ',') || tok_ch(c, k, ';') || tok_dash(c, k))
            return 0;
        if (!(c->wf[k] & W_CLAIM) || !(c->tok[k].flags & SIFT_TOKEN_LOWER) || k == sb)
            continue;
        /* "calling Trump's charge “pathetic”" judges the claim */
        if (!tok_is(c, k + 1, "that") && !tok_is(c, k + 1, "to"))
            return 0;
        uint32_t p = k - 1, a, e;
        if (tok_is(c, p, "his") || tok_is(c, p, "her") || tok_is(c, p, "its") || tok_is(c, p, "their")) {
            /* "Sanders pushed his promise of “…”": the subject it refers to */
            if (np_sent_subject(c, sb, p, &a, &e) && e <= p &&
                (np_pron(c, a) || ctx_entity_in(c, c->tok[a].start, c->tok[e - 1].end) >= 0))
                quote_set_speaker(q, a, e, NONE, 0);
            else
                quote_set_speaker(q, p, p + 1, NONE, 0);
            return 1;
        }
        if (tok_possessive(c, p) && p > sb && (a = np_back(c, p - 1, sb)) != NONE) {
            quote_set_speaker(q, a, p + 1, NONE, 0);
            return 1;
        }
        /* "the US accusation": a name between the article and the noun */
        if ((c->tok[p].flags & SIFT_TOKEN_CAP) && p > sb && tok_is(c, p - 1, "the") && ctx_entity_tok(c, p) >= 0 &&
            !(c->tok[p].flags & SIFT_TOKEN_SENT_START)) {
            quote_set_speaker(q, p, p + 1, NONE, 0);
            return 1;
        }
        return 0;
    }
    return 0;
}

/* b, d. A cue before the opening mark in its sentence. */
static int s_before(const ctx_t *c, quote_t *q, int adjacent_only)
{
    uint32_t o = q->o;
    const sift_sentence_t *sent = &c->doc->sentences[c->tok[o].sentence];
    uint32_t sb = sent->tok_begin;
    if (o <= sb)
        return 0;
    uint32_t lo = o > 60 && o - 60 > sb ? o - 60 : sb;
    uint32_t fallback_v = NONE, fallback_len = 0;
    for (uint32_t k = o; k-- > lo;) {
        if (c->inq[k])
            break; /* do not reach across another quote */
        if (adjacent_only && o - k > 6)
            break;
        uint32_t len;
        if (k > lo && cue_at(c, k - 1, &len) && len == 2) {
            k--;
        } else if (!cue_at(c, k, &len)) {
            continue;
        }
        if (adjacent_only && o - k > 2) {
            /* "told reporters:" / "said in a statement," */
            uint32_t p = o - 1;
            if (!(tok_ch(c, p, ':') || tok_ch(c, p, ',')))
                continue;
        }
        if (len == 2 && tok_is(c, k, "according")) {
            uint32_t e = np_fwd(c, k + 2, o);
            if (e > k + 2) {
                quote_set_speaker(q, k + 2, e, k, 2);
                return 1;
            }
            continue;
        }
        uint32_t ms, me;
        /* "…, saying “…”": the subject is the main clause's */
        if (!tok_ing(c, k) && np_subject(c, k, sb, &ms, &me)) {
            s_outer(c, sb, &ms, &me, &k, &len);
            quote_set_speaker(q, ms, me, k, len);
            return 1;
        }
        if (fallback_v == NONE) {
            fallback_v = k;
            fallback_len = len;
        }
    }
    if (fallback_v != NONE && !adjacent_only) {
        uint32_t ms, me;
        if (np_sent_subject(c, sb, fallback_v, &ms, &me)) {
            quote_set_speaker(q, ms, me, fallback_v, fallback_len);
            return 1;
        }
    }
    return 0;
}

/* c. "according to X" anywhere in the quote's sentence(s). */
static int s_according(const ctx_t *c, quote_t *q)
{
    uint32_t sb = c->doc->sentences[c->tok[q->o].sentence].tok_begin;
    uint32_t last = q->c != NONE ? q->c : q->o;
    uint32_t se = c->doc->sentences[c->tok[last].sentence].tok_end;
    if (se - sb > 400)
        return 0;
    for (uint32_t k = sb; k + 1 < se; k++) {
        if (c->inq[k] || !tok_is(c, k, "according") || !tok_is(c, k + 1, "to"))
            continue;
        uint32_t e = np_fwd(c, k + 2, se);
        if (e > k + 2) {
            quote_set_speaker(q, k + 2, e, k, 2);
            return 1;
        }
    }
    return 0;
}

void quote_copy_speaker(quote_t *dst, const quote_t *src)
{
    dst->has_speaker = 1;
    dst->ms = src->ms;
    dst->me = src->me;
    dst->cue_tok = src->cue_tok;
    dst->cue_len = src->cue_len;
}

/* One part of a quotation over several paragraphs (or sentences that lost
 * their paragraph breaks) takes the speaker of another part; the stage that
 * found it goes with it, for the ranker (rank.c). */
static void s_share_part(quote_t *dst, const quote_t *src)
{
    quote_copy_speaker(dst, src);
    dst->stage = ST_MULTI;
    dst->part_stage = src->stage == ST_MULTI ? src->part_stage : src->stage;
}

/* A quote with no speaker of its own takes that of a later quote of its
 * paragraph at most this many sentences away: most People's Daily
 * articles are one paragraph, where the next quote with a speaker may be
 * the article's last ("Lawyer X said “…”" for a witness's words three
 * people earlier). Not bounded backwards, where the speaker is the one
 * the reader last heard ("He said …. China has grown …. “I think …”" is
 * still his): bounded both ways, the trade pool lost as many speakers as
 * it gained. */
#define CONT_SENTS 1

/* The sentences strictly between quote a and the later quote b. */
static uint32_t s_sents_between(const ctx_t *c, const quote_t *a, const quote_t *b)
{
    uint32_t ea = c->tok[a->c != NONE ? a->c : a->o].sentence, sb = c->tok[b->o].sentence;
    return sb > ea + 1 ? sb - ea - 1 : 0;
}

/* The second half of a quote split by its cue: "“A,” he said, “B.”" */
static int s_split(const ctx_t *c, const quote_t *prev, quote_t *q)
{
    if (!prev->has_speaker || prev->c == NONE || prev->para != q->para || prev->ms <= prev->c ||
        q->o <= prev->me || q->o - prev->c > 20)
        return 0;
    uint32_t p = q->o - 1;
    if (!(tok_ch(c, p, ',') || tok_ch(c, p, ':') || tok_dash(c, p) || tok_ch(c, p, '.')))
        return 0;
    for (uint32_t k = prev->c + 1; k < q->o; k++) {
        uint32_t len;
        if (c->tok[k].flags & SIFT_TOKEN_QUOTE)
            return 0;
        /* "“A,” Mr. Earnest said. But he added, “B”": a second cue
         * introduces B with its own subject (stage b finds it) */
        if (prev->cue_tok != NONE && k >= prev->cue_tok + prev->cue_len && cue_at(c, k, &len))
            return 0;
    }
    quote_copy_speaker(q, prev);
    return 1;
}

/* A sentence that opens "According to X, …" is X's, whatever its verbs. */
static int s_according_first(const ctx_t *c, quote_t *q)
{
    uint32_t sb = c->doc->sentences[c->tok[q->o].sentence].tok_begin;
    if (!tok_is(c, sb, "according") || !tok_is(c, sb + 1, "to") || sb + 2 >= q->o)
        return 0;
    uint32_t e = np_fwd(c, sb + 2, q->o);
    if (e == sb + 2)
        return 0;
    quote_set_speaker(q, sb + 2, e, sb, 2);
    return 1;
}

/* A transcript turn: "“PENCE: Well, look, …" names its speaker in capitals
 * before a colon at the start of the quoted paragraph. */
static int s_label(const ctx_t *c, quote_t *q)
{
    uint32_t s = q->o + 1, k = s;
    if (!(c->tok[q->o].flags & SIFT_TOKEN_PARA_START))
        return 0;
    while (k < c->nt && k - s < 4 && (c->tok[k].flags & SIFT_TOKEN_ALPHA) &&
           (c->tok[k].flags & SIFT_TOKEN_UPPER) && tok_len(c, k) >= 2)
        k++;
    if (k == s || !tok_ch(c, k, ':'))
        return 0;
    quote_set_speaker(q, s, k, NONE, 0);
    return 1;
}

/* e. The previous paragraph ends "... Breitbart News responded:". */
static int s_colon_para(const ctx_t *c, quote_t *q)
{
    uint32_t o = q->o;
    if (o == 0 || !(c->tok[o].flags & SIFT_TOKEN_PARA_START) || !tok_ch(c, o - 1, ':'))
        return 0;
    const sift_sentence_t *sent = &c->doc->sentences[c->tok[o - 1].sentence];
    uint32_t sb = sent->tok_begin;
    for (uint32_t k = o - 1; k-- > sb && o - k < 30;) {
        uint32_t len, ms, me;
        if (c->inq[k])
            break;
        if (!cue_at(c, k, &len))
            continue;
        if (np_subject(c, k, sb, &ms, &me) || np_sent_subject(c, sb, k, &ms, &me)) {
            quote_set_speaker(q, ms, me, k, len);
            return 1;
        }
    }
    /* no reporting verb: "X released the following statement:", "He
     * then listed the qualities:" introduce the quote all the same */
    uint32_t ms, me;
    if (np_sent_subject(c, sb, o - 1, &ms, &me) && !c->inq[ms]) {
        quote_set_speaker(q, ms, me, NONE, 0);
        return 1;
    }
    return 0;
}

void sieve_relayed(const ctx_t *c, quote_t *q)
{
    uint32_t v = q->me;
    if (v + 1 >= c->nt || c->inq[v] || !(tok_is(c, v, "quoted") || tok_is(c, v, "quotes") ||
                                         tok_is(c, v, "quoting")))
        return;
    uint32_t e = np_fwd(c, v + 1, v + 1 + NP_MAX < c->nt ? v + 1 + NP_MAX : c->nt);
    /* quoted as saying something ("The photo quotes Romans 8:31 – “…”" is
     * the photo's): a name, or a noun phrase with a determiner ("It quoted
     * the manual as saying: “…”", "quoted one official as saying") */
    if (e <= v + 1 || c->inq[e - 1] || !((c->tok[v + 1].flags & SIFT_TOKEN_CAP) || (c->wf[v + 1] & W_DET)))
        return;
    for (uint32_t k = e; k + 1 < c->nt && k - e < 20 && !c->inq[k] && !tok_ch(c, k, '.'); k++)
        if (tok_is(c, k, "as") && tok_ing(c, k + 1)) {
            q->ms = v + 1;
            q->me = e;
            return;
        }
}

void sieve_attribute(ctx_t *c)
{
    /* the local stages */
    for (size_t i = 0; i < c->nq; i++) {
        quote_t *q = &c->q[i];
        if (s_label(c, q))
            q->stage = ST_LABEL;
        else if (!q->single && s_claim(c, q))
            q->stage = ST_CLAIM;
        else if (s_after(c, q))
            q->stage = ST_AFTER;
        else if (i > 0 && s_split(c, &c->q[i - 1], q))
            q->stage = ST_SPLIT;
        else if (!q->single && s_according_first(c, q))
            q->stage = ST_ACC_FIRST;
        else if (s_before(c, q, 1))
            q->stage = ST_ADJACENT;
        else if (q->single)
            continue;
        else if (s_according(c, q))
            q->stage = ST_ACCORDING;
        else if (s_before(c, q, 0))
            q->stage = ST_BEFORE;
        else if (s_after_far(c, q))
            q->stage = ST_AFTER_FAR;
        else if (s_colon_para(c, q))
            q->stage = ST_COLON;
        if (q->has_speaker)
            sieve_relayed(c, q);
    }
    /* multi-paragraph quotes share one speaker: spread it both ways */
    for (size_t i = 1; i < c->nq; i++)
        if (c->q[i].cont_prev && !c->q[i].has_speaker && c->q[i - 1].has_speaker)
            s_share_part(&c->q[i], &c->q[i - 1]);
    for (size_t i = c->nq ? c->nq - 1 : 0; i > 0; i--)
        if (c->q[i].cont_prev && c->q[i].has_speaker && !c->q[i - 1].has_speaker)
            s_share_part(&c->q[i - 1], &c->q[i]);
    /* continuation within a paragraph, then across one paragraph break */
    for (size_t i = 0; i < c->nq; i++) {
        quote_t *q = &c->q[i];
        if (q->has_speaker || q->single)
            continue;
        const quote_t *best = NULL;
        /* a later quote of its own sentence that a cue after it attributes
         * first ("… two “very different” systems, “it's very possible” …,
         * Lighthizer said"): the sentence's speaker, not the previous one */
        for (size_t j = i + 1; j < c->nq && c->tok[c->q[j].o].sentence == c->tok[q->o].sentence; j++)
            if (c->q[j].has_speaker && !c->q[j].single &&
                (c->q[j].stage == ST_AFTER || c->q[j].stage == ST_AFTER_FAR)) {
                best = &c->q[j];
                break;
            }
        for (size_t j = i; !best && j-- > 0 && c->q[j].para == q->para;)
            if (c->q[j].has_speaker && !c->q[j].single) {
                best = &c->q[j];
                break;
            }
        for (size_t j = i + 1; !best && j < c->nq && c->q[j].para == q->para &&
                               s_sents_between(c, q, &c->q[j]) <= CONT_SENTS; j++)
            if (c->q[j].has_speaker && !c->q[j].single) {
                best = &c->q[j];
                break;
            }
        if (!best && (c->tok[q->o].flags & SIFT_TOKEN_PARA_START)) {
            for (size_t j = i; j-- > 0 && c->q[j].para + 1 >= q->para;)
                if (c->q[j].has_speaker && !c->q[j].single) {
                    best = &c->q[j];
                    break;
                }
        }
        /* a quoted phrase inside a sentence of its own is its subject's
         * words ("He has coined a new phrase, “undocumented Democrats,”"):
         * stage f, not the speaker of another sentence's quote */
        if (best && q->o > c->doc->sentences[c->tok[q->o].sentence].tok_begin &&
            c->tok[best->o].sentence != c->tok[q->o].sentence)
            q->alt = best;
        else if (best) {
            quote_copy_speaker(q, best);
            q->stage = ST_CONT;
        }
    }
    /* f. a quoted phrase in a sentence with a subject before it: the
     * subject used the words ("Clinton decried the GOP for “turning its
     * back”") */
    for (size_t i = 0; i < c->nq; i++) {
        quote_t *q = &c->q[i];
        if (q->has_speaker || q->single)
            continue;
        const sift_sentence_t *sent = &c->doc->sentences[c->tok[q->o].sentence];
        uint32_t ms, me;
        if (q->o > sent->tok_begin && np_sent_subject(c, sent->tok_begin, q->o, &ms, &me) && me < q->o) {
            quote_set_speaker(q, ms, me, NONE, 0);
            q->stage = ST_SUBJECT;
        } else if (q->alt) {
            quote_copy_speaker(q, q->alt);
            q->stage = ST_CONT_FAR;
        }
    }
    /* g. a quote opening its paragraph after a paragraph that reports
     * someone ("Carter said that …", "Schoen elaborated in an editorial
     * …"), or opening a sentence after one of its paragraph that does
     * ("Dianne Bystrom agreed. “…”", "X said in a statement. “…”"): the
     * subject of the last cue there */
    for (size_t i = 0; i < c->nq; i++) {
        quote_t *q = &c->q[i];
        if (q->has_speaker || q->single || q->cont_prev || q->o == 0)
            continue;
        int para_start = (c->tok[q->o].flags & SIFT_TOKEN_PARA_START) != 0;
        if (!para_start && c->doc->sentences[c->tok[q->o].sentence].tok_begin != q->o)
            continue;
        uint32_t para = c->para[q->o - 1];
        for (uint32_t k = q->o; k-- > 0 && c->para[k] == para && q->o - k < 80;) {
            uint32_t len, ms, me;
            /* inside a paragraph, only the sentence right before the
             * quote, and no quote of someone's in between */
            if (!para_start && (c->inq[k] || mark_type(c, k) != MK_NONE ||
                                c->tok[k].sentence + 1 < c->tok[q->o].sentence))
                break;
            if (c->inq[k] || !cue_at(c, k, &len) || tok_ing(c, k))
                continue;
            uint32_t sb = c->doc->sentences[c->tok[k].sentence].tok_begin;
            if (np_subject(c, k, sb, &ms, &me) && !c->inq[ms]) {
                quote_set_speaker(q, ms, me, k, len);
                q->stage = para_start ? ST_PREV_PARA : ST_PREV_SENT;
                break;
            }
        }
    }
}
