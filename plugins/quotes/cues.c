/* SPDX-License-Identifier: MIT */
/* cues.c - cue verbs and the speaker mentions around them (cues.h). */
#include "cues.h"

#include <string.h>

int np_pron(const ctx_t *c, uint32_t i)
{
    if (!(c->wf[i] & (W_PRON_M | W_PRON_F | W_PRON_N)) || ctx_entity_tok(c, i) >= 0)
        return 0;
    /* "said He Yadong": a capitalised pronoun inside a sentence, followed
     * by a capitalised word, is a surname */
    if ((c->tok[i].flags & SIFT_TOKEN_CAP) && !(c->tok[i].flags & SIFT_TOKEN_SENT_START) &&
        i > 0 && !(c->tok[i - 1].flags & SIFT_TOKEN_QUOTE) && i + 1 < c->nt &&
        (c->tok[i + 1].flags & SIFT_TOKEN_CAP) && (c->tok[i + 1].flags & SIFT_TOKEN_ALPHA) &&
        (c->tok[i].flags & SIFT_TOKEN_SPACE_AFTER))
        return 0;
    return 1;
}

/* "one said", "another added": "one"/"another" before a verb of saying
 * in the past or present is a speaker, not a determiner. */
int cue_one_said(const ctx_t *c, uint32_t i)
{
    if (!tok_is(c, i, "one") && !tok_is(c, i, "another"))
        return 0;
    static const char *const verbs[] = { "said", "says", "added", "adds", "told", "wrote", "writes",
                                         "asked", "replied", "explained", "noted", NULL };
    for (const char *const *v = verbs; *v; v++)
        if (tok_is(c, i + 1, *v))
            return 1;
    return 0;
}

/* Whether mark m closes a quote that a clause goes on after: glued to
 * the comma, question or exclamation mark ending the quoted words. */
static int s_closes_speech(const ctx_t *c, uint32_t m)
{
    return m > 0 && (c->tok[m].flags & SIFT_TOKEN_QUOTE) && !(c->tok[m].flags & SIFT_TOKEN_SPACE_BEFORE) &&
           (tok_ch(c, m - 1, ',') || tok_ch(c, m - 1, '?') || tok_ch(c, m - 1, '!'));
}

/* A reporting verb capitalised in a Title-Case attribution: right after
 * the quote and before a name ("“…,” Says Jean Dupont") or after a name
 * right after the quote, ending the clause ("“…,” Dupont Said."). */
static int s_title_case_cue(const ctx_t *c, uint32_t i)
{
    if (i < 2 || !(c->tok[i].flags & SIFT_TOKEN_CAP))
        return 0;
    if (s_closes_speech(c, i - 1))
        return i + 1 < c->nt && ((c->tok[i + 1].flags & SIFT_TOKEN_CAP) || (c->wf[i + 1] & W_DET));
    if (i + 1 < c->nt && !tok_ch(c, i + 1, '.') && !tok_ch(c, i + 1, ',') &&
        !(c->tok[i + 1].flags & SIFT_TOKEN_LINE_START))
        return 0;
    for (uint32_t m = i - 1; m > 0 && i - m <= 4; m--) {
        if (s_closes_speech(c, m))
            return m + 1 < i;
        if (!(c->tok[m].flags & SIFT_TOKEN_CAP) || !(c->tok[m].flags & SIFT_TOKEN_ALPHA))
            return 0;
    }
    return 0;
}

static int s_cue_at(const ctx_t *c, uint32_t i, uint32_t *len)
{
    uint32_t f = c->wf[i];
    if ((f & W_CUE_FIRST) && i + 1 < c->nt && tok_word(c, i + 1)) {
        char buf[64];
        size_t a = tok_len(c, i), b = tok_len(c, i + 1);
        if (a + b + 1 < sizeof buf) {
            memcpy(buf, tok_txt(c, i), a);
            buf[a] = ' ';
            memcpy(buf + a + 1, tok_txt(c, i + 1), b);
            if (lexicon_get(&c->st->lx, buf, a + b + 1) & W_CUE) {
                *len = 2;
                return 1;
            }
        }
    }
    /* a capitalised form ("Said", "Says") is more often a name or title,
     * but for a Title-Case attribution */
    if ((f & W_CUE) && !(c->tok[i].flags & SIFT_TOKEN_LOWER) && s_title_case_cue(c, i)) {
        *len = 1;
        return 1;
    }
    /* after a determiner, possessive or number the word is a noun ("a
     * report", "his remarks", "two reports"), and so is an -s form after a
     * verb in the past ("filed comments", "released remarks") */
    if ((f & W_CUE) && (c->tok[i].flags & SIFT_TOKEN_LOWER)) {
        size_t n = tok_len(c, i), m = i > 0 ? tok_len(c, i - 1) : 0;
        if (i > 0 && ((c->wf[i - 1] & W_DET) || tok_possessive(c, i - 1) ||
                      (c->tok[i - 1].flags & SIFT_TOKEN_NUMBER) ||
                      (tok_txt(c, i)[n - 1] == 's' && m > 4 && (c->tok[i - 1].flags & SIFT_TOKEN_LOWER) &&
                       memcmp(tok_txt(c, i - 1) + m - 2, "ed", 2) == 0)) &&
            !cue_one_said(c, i - 1))
            return 0;
        *len = 1;
        return 1;
    }
    return 0;
}

uint8_t cue_find(const ctx_t *c, uint32_t i)
{
    uint32_t n = 0;
    c->cue[i] = (uint8_t)(s_cue_at(c, i, &n) ? 1 + n : 1);
    return c->cue[i];
}

/* A function word capitalised inside a sentence is a name: "Will
 * wrote", "May said"; not in a title-case headline ("Leguizamo On How"). */
int np_cap_name(const ctx_t *c, uint32_t i)
{
    return (c->tok[i].flags & SIFT_TOKEN_CAP) && !(c->tok[i].flags & (SIFT_TOKEN_SENT_START | SIFT_TOKEN_UPPER)) &&
           i > 0 && i + 1 < c->nt && !(c->tok[i + 1].flags & SIFT_TOKEN_CAP) && !c->inq[i] &&
           !tok_ch(c, i - 1, ':') && tok_len(c, i) > 1;
}

/* Can token i be part of a speaker mention at all? */
static int s_np_tok(const ctx_t *c, uint32_t i)
{
    if (i >= c->nt)
        return 0;
    if (tok_possessive(c, i) && !(c->tok[i].flags & SIFT_TOKEN_SPACE_BEFORE))
        return 1;
    if (!tok_word(c, i) || ((c->wf[i] & (W_STOP | W_SKIP)) && !np_cap_name(c, i)))
        return 0;
    uint32_t len;
    if (cue_at(c, i, &len))
        return 0;
    return 1;
}

/* A mention starting at token i, before token limit; returns its end (i
 * when there is none). */
uint32_t np_fwd(const ctx_t *c, uint32_t i, uint32_t limit)
{
    if (i >= limit)
        return i;
    if (np_pron(c, i) || cue_one_said(c, i))
        return i + 1;
    uint32_t j = i;
    int last_cap = 0;
    while (j < limit && j - i < NP_MAX) {
        uint32_t f = c->wf[j], tf = c->tok[j].flags;
        if (f & W_DET) {
            if (j == i || tok_possessive(c, j - 1)) {
                j++;
                last_cap = 0;
                continue;
            }
            break;
        }
        if (!s_np_tok(c, j))
            break;
        /* a day after a description is when: "The automaker Friday filed",
         * "Its spokesman Tuesday told" */
        if ((f & W_DAY) && j > i && (c->tok[j - 1].flags & SIFT_TOKEN_LOWER) && !(c->wf[j - 1] & W_DET))
            break;
        if (tok_possessive(c, j)) {
            j++;
            continue;
        }
        if ((tf & SIFT_TOKEN_LOWER) && !(f & (W_TITLE | W_DOC))) {
            /* a verb form ends a mention ("the city embodied") and
             * cannot start one ("including", "giving") */
            size_t n = tok_len(c, j);
            const char *w = tok_txt(c, j);
            int verbish = n > 4 && (memcmp(w + n - 3, "ing", 3) == 0 || memcmp(w + n - 2, "ed", 2) == 0);
            if (verbish && (j == i || !(c->wf[j - 1] & W_DET)))
                break;
        }
        if ((tf & SIFT_TOKEN_LOWER) && last_cap && !(f & (W_TITLE | W_DOC))) {
            /* a name does not go on lower-case, but a description may:
             * "Chinese commerce ministry spokesperson He Yadong" */
            uint32_t k = j, ok = 0;
            while (k < limit && k - j < 4 && s_np_tok(c, k) && (c->tok[k].flags & SIFT_TOKEN_LOWER)) {
                if (c->wf[k] & (W_TITLE | W_DOC)) {
                    ok = 1;
                    break;
                }
                k++;
            }
            if (!ok && k < limit && s_np_tok(c, k) && (c->tok[k].flags & SIFT_TOKEN_CAP) && k > j)
                ok = 1;
            if (!ok)
                break;
        }
        last_cap = (tf & SIFT_TOKEN_CAP) && !(f & (W_TITLE | W_DOC));
        j++;
    }
    while (j > i && (c->wf[j - 1] & W_DET))
        j--;
    return j;
}

/* A mention ending at token j (inclusive), not before token lo; returns
 * its first token, or NONE. */
uint32_t np_back(const ctx_t *c, uint32_t j, uint32_t lo)
{
    if (j == NONE || j < lo || j >= c->nt)
        return NONE;
    if (np_pron(c, j))
        return j;
    if (!s_np_tok(c, j) || (c->wf[j] & W_DET) || tok_possessive(c, j))
        return NONE;
    uint32_t k = j;
    int name = (c->tok[j].flags & SIFT_TOKEN_CAP) != 0;
    while (k > lo && j - k < NP_MAX) {
        uint32_t p = k - 1, f = c->wf[p], tf = c->tok[p].flags;
        if (f & W_DET) {
            k = p;
            break;
        }
        if (!s_np_tok(c, p) || np_pron(c, p))
            break;
        if (tok_possessive(c, p)) {
            k = p;
            continue;
        }
        if (name && (tf & SIFT_TOKEN_LOWER) && !(f & (W_TITLE | W_DOC))) {
            /* "commerce ministry spokesperson He": the title ends it */
            break;
        }
        k = p;
    }
    return k;
}

/* Skips, backwards from token k, what may stand between a subject and its
 * verb: "also", "reportedly", "has", "on Thursday". Returns the new k. */
static uint32_t s_skip_back(const ctx_t *c, uint32_t k, uint32_t lo)
{
    for (int guard = 0; guard < 6 && k != NONE && k >= lo; guard++) {
        if ((c->wf[k] & W_SKIP) && !np_cap_name(c, k)) {
            k = k > lo ? k - 1 : NONE;
            continue;
        }
        size_t n = tok_len(c, k);
        if ((c->tok[k].flags & SIFT_TOKEN_LOWER) && n > 4 && memcmp(tok_txt(c, k) + n - 2, "ly", 2) == 0 &&
            !(c->wf[k] & (W_TITLE | W_DOC))) {
            k = k > lo ? k - 1 : NONE;
            continue;
        }
        /* on Thursday / on May 10 / last week */
        uint32_t m = k;
        if ((c->tok[m].flags & SIFT_TOKEN_NUMBER) && m > lo && (c->wf[m - 1] & W_DAY))
            m--;
        if ((c->wf[m] & W_DAY) && m > lo && (tok_is(c, m - 1, "on") || tok_is(c, m - 1, "last") ||
                                             tok_is(c, m - 1, "this") || tok_is(c, m - 1, "in"))) {
            k = m - 1 > lo ? m - 2 : NONE;
            continue;
        }
        if ((c->wf[m] & W_DAY) && (c->tok[m].flags & SIFT_TOKEN_LOWER)) {
            k = m > lo ? m - 1 : NONE; /* "yesterday", "today" */
            continue;
        }
        /* a short phrase of time or place: "Trump at the time said", "who
         * has in the past described", "Obama in an interview said" */
        if (k >= lo + 3 && (c->tok[k].flags & SIFT_TOKEN_LOWER) && (c->wf[k - 1] & W_DET) &&
            (tok_is(c, k - 2, "at") || tok_is(c, k - 2, "in")) &&
            (np_pron(c, k - 3) || tok_is(c, k - 3, "who") || (c->wf[k - 3] & W_SKIP) ||
             ((c->tok[k - 3].flags & SIFT_TOKEN_CAP) && ctx_entity_tok(c, k - 3) >= 0))) {
            k -= 3;
            continue;
        }
        break;
    }
    return k;
}

uint32_t np_set_off_end(const ctx_t *c, uint32_t a, uint32_t lim, uint32_t max, int stop_at_cue)
{
    uint32_t len;
    for (uint32_t m = a; m < lim && m - a < max; m++) {
        if (tok_ch(c, m, ','))
            return m;
        if (tok_mark(c, m) || (c->tok[m].flags & SIFT_TOKEN_SENT_START) || (stop_at_cue && cue_at(c, m, &len)))
            return NONE;
    }
    return NONE;
}

/* "one black caller to a radio talk show declared", "a pilot with the
 * harbour board said": the subject found, [s, k], is the object of a
 * preposition after a lower-case noun phrase that opens with a determiner
 * or "one" and ends in a role, group, document or agent noun: that phrase
 * is the subject (as s_after reads "…,” a
 * spokeswoman for X said"); not when the object is a person's name, the
 * holder of the role ("the head of the company Ole Brandt said"). */
static int s_role_before_body(const ctx_t *c, uint32_t s, uint32_t k, uint32_t lo, uint32_t *ms, uint32_t *me)
{
    if (s < lo + 2)
        return 0;
    uint32_t p = s - 1;
    if (!(tok_is(c, p, "of") || tok_is(c, p, "at") || tok_is(c, p, "from") || tok_is(c, p, "for") ||
          tok_is(c, p, "with") || tok_is(c, p, "to")))
        return 0;
    /* the body opens with a determiner or a name: "secretary of state" is one role */
    if (!(c->wf[s] & W_DET) && !(c->tok[s].flags & SIFT_TOKEN_CAP))
        return 0;
    uint32_t h = p - 1;
    if (!(c->tok[h].flags & SIFT_TOKEN_LOWER) || np_pron(c, h) || c->inq[h])
        return 0;
    /* a role, a group, a document or an agent noun ("caller", "planner",
     * "economist"): not a noun a cue word names ("a renunciation of some
     * EC pledges to", "the evidence for the last claim was") */
    size_t n = tok_len(c, h);
    const char *w = tok_txt(c, h);
    int agent = n > 4 && (memcmp(w + n - 2, "er", 2) == 0 || memcmp(w + n - 2, "or", 2) == 0 ||
                          memcmp(w + n - 3, "ist", 3) == 0 || memcmp(w + n - 3, "ian", 3) == 0 ||
                          memcmp(w + n - 3, "ant", 3) == 0 || memcmp(w + n - 3, "ers", 3) == 0);
    if (!agent && !(c->wf[h] & (W_TITLE | W_GROUP | W_DOC)))
        return 0;
    uint32_t r = np_back(c, h, lo);
    if (r == NONE)
        return 0;
    if (!(c->wf[r] & W_DET) && r > lo && (tok_is(c, r - 1, "one") || tok_is(c, r - 1, "One") ||
                                          tok_is(c, r - 1, "another") || tok_is(c, r - 1, "Another")))
        r--;
    if (!(c->wf[r] & W_DET) && !tok_is(c, r, "one") && !tok_is(c, r, "One") && !tok_is(c, r, "another") &&
        !tok_is(c, r, "Another"))
        return 0;
    if (r == h && (c->wf[r] & W_DET))
        return 0;
    if (c->nmen) {
        int32_t e = ctx_entity_in(c, c->tok[s].start, c->tok[k].end);
        if (e >= 0 && c->doc->entities[e].type == SIFT_PERSON)
            return 0;
    }
    *ms = r;
    *me = h + 1;
    return 1;
}

/* The subject of the cue at token v, within [lo, v). */
int np_subject(const ctx_t *c, uint32_t v, uint32_t lo, uint32_t *ms, uint32_t *me)
{
    if (v <= lo)
        return 0;
    uint32_t k = s_skip_back(c, v - 1, lo);
    if (k == NONE || k < lo)
        return 0;
    if (tok_ch(c, k, ')')) {
        /* "Governor Mary Fallin (R-OK) said" */
        uint32_t m = k;
        while (m > lo && k - m < 12 && !tok_ch(c, m, '('))
            m--;
        if (!tok_ch(c, m, '(') || m == lo)
            return 0;
        k = m - 1;
    }
    int appos = 0;
    if (tok_ch(c, k, ',') || tok_dash(c, k)) {
        /* apposition: "He Yadong, a commerce ministry spokesperson, said" */
        appos = 1;
        uint32_t m = k;
        int found = 0;
        while (m > lo && k - m < 20) {
            m--;
            if (tok_ch(c, m, ',') || tok_dash(c, m)) {
                found = 1;
                break;
            }
            if (c->tok[m].flags & SIFT_TOKEN_QUOTE)
                break;
        }
        if (!found || m == lo)
            return 0;
        k = m - 1;
    }
    if (tok_is(c, k, "who") || tok_is(c, k, "which") || cue_one_said(c, k)) {
        *ms = k; /* "Mike Lee, who declared …": the relative pronoun */
        *me = k + 1;
        return 1;
    }
    uint32_t s = np_back(c, k, lo);
    if (s == NONE)
        return 0;
    /* (an apposition's role is its name's: "An Gang, a member of the
     * committee of X, said" is resolved to the name) */
    if (!appos && s_role_before_body(c, s, k, lo, ms, me))
        return 1;
    *ms = s;
    *me = k + 1;
    return 1;
}

/* The token after the last photo credit in brackets in [sb, se) ("[Photo:
 * mofcom.gov.cn]", "(Xinhua/Li Xin)", "[Photo/China Daily]"): a caption
 * with no full stop runs into the sentence after it, whose subject
 * follows the credit; else sb. */
static uint32_t s_after_credit(const ctx_t *c, uint32_t sb, uint32_t se)
{
    uint32_t after = sb;
    for (uint32_t i = sb; i < se; i++) {
        if (!tok_ch(c, i, '[') && !tok_ch(c, i, '('))
            continue;
        char close = tok_ch(c, i, '[') ? ']' : ')';
        int credit = 0;
        uint32_t k = i + 1;
        for (; k < se && k - i <= 12 && !tok_ch(c, k, close); k++)
            credit |= tok_ch(c, k, '/') || tok_ch(c, k, ':') || tok_is(c, k, "photo");
        if (k < se && k - i <= 12 && tok_ch(c, k, close) && credit && k + 1 < se &&
            (c->tok[k + 1].flags & SIFT_TOKEN_CAP))
            after = k + 1;
    }
    return after;
}

/* The subject of a sentence: its first mention, after an opening
 * adverbial ("On Tuesday, the president said ...") or a photo credit. */
int np_sent_subject(const ctx_t *c, uint32_t sb, uint32_t se, uint32_t *ms, uint32_t *me)
{
    uint32_t i = s_after_credit(c, sb, se);
    int credit = i > sb;
    while (i < se && (c->tok[i].flags & SIFT_TOKEN_QUOTE))
        i++;
    if (i < se && (c->tok[i].flags & SIFT_TOKEN_UPPER) &&
        ((c->tok[i].flags & SIFT_TOKEN_PARA_START) || credit) && tok_len(c, i) > 1) {
        /* a dateline: "PHILADELPHIA, July 25 (UPI) — The committee" */
        for (uint32_t k = i + 1; k < se && k - i < 10; k++)
            if (tok_dash(c, k)) {
                i = k + 1;
                break;
            }
    }
    uint32_t adv = i;
    /* an opening adverbial: a preposition or day ("Wednesday on Fox News,
     * Rep. McCaul"), a participle, or one word and a comma ("Indeed,") */
    for (int g = 0; g < 3 && i < se && ((c->wf[i] & (W_PREP | W_SKIP | W_DAY)) || tok_ing(c, i) ||
                                        (tok_ch(c, i + 1, ',') && ctx_entity_tok(c, i) < 0 && !np_pron(c, i)));
         g++) {
        /* "Moreover, as part of the exchange, Gowdy" */
        uint32_t k = i;
        while (k < se && k - i < 20 && !tok_ch(c, k, ','))
            k++;
        if (k >= se || !tok_ch(c, k, ','))
            break;
        uint32_t one = k == i + 1;
        i = k + 1;
        if (!one)
            break; /* only a one-word adverb is followed by another */
    }
    uint32_t e = np_fwd(c, i, se), opened = i > adv;
    for (int g = 0; g < 3 && e > i && e < se && tok_ch(c, e, ','); g++) {
        /* still in the adverbial: "At a conference in Aspen, Colo., the graduate";
         * one that goes on: "At an event in Ames, Iowa, on Sunday, Mrs. Clinton" */
        uint32_t i2 = e + 1;
        if (opened && i2 < se && (c->wf[i2] & (W_PREP | W_DAY))) {
            uint32_t k = i2;
            while (k < se && k - i2 < 10 && !tok_ch(c, k, ','))
                k++;
            if (k < se && tok_ch(c, k, ','))
                i2 = k + 1;
        }
        uint32_t e2 = np_fwd(c, i2, se);
        if (e2 == i2)
            break;
        i = i2;
        e = e2;
    }
    if (e == i)
        return 0;
    *ms = i;
    *me = e;
    return 1;
}

int np_sent_subject_of(const ctx_t *c, uint32_t s, uint32_t *ms, uint32_t *me)
{
    /* each sentence is near several quotes and pronouns: found once */
    uint32_t *memo = &c->subj[3 * s];
    if (!memo[0]) {
        const sift_sentence_t *sent = &c->doc->sentences[s];
        memo[0] = np_sent_subject(c, sent->tok_begin, sent->tok_end, &memo[1], &memo[2]) ? 2 : 1;
    }
    *ms = memo[1];
    *me = memo[2];
    return memo[0] == 2;
}
