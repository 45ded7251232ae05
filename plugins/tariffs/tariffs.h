/* SPDX-License-Identifier: MIT */
/* tariffs.h - what the tariff plugin's stages share: the article context,
 * parties, events and the token tests every stage uses. Internal to the
 * plugin; the stages are tariffs.c (triggers, clauses, attachment, article
 * pass), decide.c (learned per-field decisions) and model.c (weights). */
#ifndef TARIFFS_TARIFFS_H
#define TARIFFS_TARIFFS_H

#include <sift/plugin.h>

#include <math.h>
#include <stdbool.h>
#include <stdint.h>

#include "lex.h"
#include "model.h"

#define WINDOW 60          /* tokens scanned around a trigger, at most   */
#define MAX_EVENTS 4096    /* per article                                 */
#define MAX_GOODS 8
#define PHRASE_MAX 256     /* bytes of a party phrase, spaces included    */

#define TARIFF_DECIDE_SLOTS 32

/* When measures took effect (timeline.c, data/timeline.tsv). */
typedef struct tl_entry {
    char actor[3], target[3];
    double amount;            /* of the goods covered; 0 = not said */
    long days;                /* since 1970-01-01 */
    char goods[24];           /* a word the goods name, "" = any; with it the target is any */
} tl_entry_t;

typedef struct timeline {
    tl_entry_t *e;            /* owned */
    size_t n;
} timeline_t;

typedef struct state {
    lex_t lex;
    tm_model_t model;
    timeline_t timeline;
    char features[4096];   /* training mode: candidates' features go here */
    bool learned;          /* a model decides, or is being trained */
    uint64_t slot_hash[TARIFF_DECIDE_SLOTS]; /* decide.c's feature prefixes */
    uint64_t fixed_key[TARIFF_DECIDE_SLOTS][64]; /* its fixed-value features */
    const sift_host_t *host;
} state_t;

/* What the rules saw in a clause, for the learned decisions (decide.c). */
enum {
    CUE_THREAT = 1 << 0, CUE_DEMAND = 1 << 1, CUE_CONSIDER = 1 << 2, CUE_WEAK = 1 << 3,
    CUE_PROPOSE = 1 << 4, CUE_MODAL = 1 << 5, CUE_COND = 1 << 6, CUE_PAST = 1 << 7,
    CUE_EFFECTIVE_PAST = 1 << 8, CUE_FUTURE_DATE = 1 << 9, CUE_GAPPED = 1 << 10,
    CUE_DEFINITE = 1 << 11, CUE_ACTION_WORD = 1 << 12, CUE_NEG_DEMAND = 1 << 13,
    CUE_UNLESS = 1 << 14, CUE_COND_ON_TARGET = 1 << 15, CUE_RESTATES_PROPOSAL = 1 << 16,
    CUE_DEMAND_AFTER = 1 << 17, CUE_ELLIPSIS = 1 << 18, CUE_BARE = 1 << 19, CUE_DECIDED = 1 << 20,
    CUE_DATED_LATER = 1 << 21, CUE_OTHER_YEAR = 1 << 22,
    CUE_PLANNED = 1 << 23, CUE_WARNED_AFTER = 1 << 24, CUE_COUNT = 25
};

/* Where an event's actor or target came from. */
#define TARIFF_SOURCES(X) \
    X(NONE) X(ATTACHED) X(BY) X(RELATIVE) X(SUBJECT) X(IMPORTER) X(COREF) \
    X(PREV_SENTENCE) X(MAIN_ACTOR) X(DEMAND_PAIR) X(PP) X(BEFORE) X(SENTENCE) \
    X(TRANCHE) X(LIST) X(RESPOND) X(DEMANDER) X(PAIR) X(DOMINANT) X(BLOC) X(HOME) \
    X(DEMANDER_OWN) X(OBJECT) X(ANNOUNCER) X(CONDITION) X(PASSIVE) X(PROVOKER) X(ANSWERER)
#define TARIFF_SRC_ENUM(n) SRC_##n,
enum { TARIFF_SOURCES(TARIFF_SRC_ENUM) SRC_COUNT };
#undef TARIFF_SRC_ENUM

typedef struct party {
    int a, b;              /* tokens [a, b) */
    char code[3];
    char kind;             /* lexicon kind, or 'C' / 'D' from the entity layer */
    bool place;            /* an entity-layer place the party lexicon does not
                            * know as a country: "New York", "Wall Street" */
    int32_t in_office;     /* a leader's, from the lexicon (lex_party_t); 0 */
    const char *name;
} party_t;

typedef struct ref {
    char code[3];          /* "" = none */
    int32_t in_office;     /* of the leader it was named by (party_t), or 0 */
    const char *name;
} ref_t;

typedef struct event {
    int sent, g0, g1;      /* trigger group, tokens [g0, g1] */
    int left, right;       /* span, tokens [left, right) */
    int action, modality;
    bool actor_explicit, target_explicit;
    bool subj_undergoes;     /* the target is the clause's subject: who avoids it, gets it in exchange */
    bool by_speaker;         /* the actor is only the speaker before a reporting verb */
    bool generic_actor;      /* an indefinite set acts ("some countries may impose"): none to fill in */
    bool all_imports;        /* on imports from anywhere ("tariffs on imported steel"): no target to fill in */
    ref_t actor, target, demander;
    sift_rate_t rate;
    bool has_amount;
    double amount;
    const char *currency;
    const char *goods[MAX_GOODS];
    size_t n_goods;
    bool retaliation;
    bool respond;          /* elliptical "responded with": target = last actor */
    uint32_t cues;         /* CUE_* */
    int scope;             /* first token of the modality cues' scope */
    uint64_t sent_classes; /* the cue classes of the sentence's tokens */
    uint8_t asrc, tsrc;    /* SRC_* */
} event_t;

/* Does e levy a duty (impose or raise it), rather than cut or spare one? */
static inline bool tf_levies(const event_t *e)
{
    return e->action == SIFT_IMPOSE || e->action == SIFT_RAISE;
}

/* Did the article pass fill the target in, rather than the clause naming it? */
static inline bool tf_target_filled(const event_t *e)
{
    return e->tsrc == SRC_DOMINANT || e->tsrc == SRC_PAIR || e->tsrc == SRC_DEMANDER;
}

typedef struct ctx {
    const state_t *st;
    const sift_doc_t *doc;
    const sift_host_t *host;
    sift_out_t *out;
    size_t n;
    uint64_t *f;
    const lex_cue_t **cue;
    uint64_t *h;           /* lex_hash per token (0: too long to matter) */
    uint8_t *w;            /* W_* per token */
    double *num;
    int *tp;               /* party index per token, -1 */
    int8_t *bnd;           /* tf_boundary per token once asked, -1 before:
                            * the clause scans ask it of the same tokens
                            * again for each trigger (set once the parties
                            * are known, which it depends on) */
    party_t *parties;
    size_t np, pcap;
    event_t *ev;
    size_t nev, evcap;
    bool export_context;   /* the last tariff noun was an export duty */
    bool read_events;      /* a trigger's test asked for the events so far
                            * (tf_trigger_ok; sentence.c finds the clauses
                            * of several sentences before it fills them) */
    ref_t home;            /* the country the article is about (tf_home) */
    int dateline;          /* the party of the dateline ("TOKYO, March 3 -"), -1 */
    /* the countries the article names, in the order of their first
     * mention, with how often (tf_home counts them once for tf_most_named,
     * which the article pass asks for each event) */
    struct named { const party_t *p; int n; } named[65];
    size_t nnamed;
    long pub_days;         /* days since 1970-01-01 of `published`, -1 */
    int pub_wday;
} ctx_t;

/* ------------------------------------------------------------ helpers */

static inline const char *s_text(const ctx_t *c, int i, size_t *len)
{
    const sift_token_t *t = &c->doc->tokens[i];
    *len = t->end - t->start;
    return c->doc->text + t->start;
}

/* Does the token w (n bytes) begin with the stem st, or, for a stem ending
 * in '$', equal it, case-insensitive (ASCII, as strncasecmp in the C
 * locale)? One pass over the stem that stops at the first byte differing,
 * with no strlen; out of line, as few tokens get this far. */
__attribute__((noinline)) static bool tf_stem_is(const char *w, size_t n, const unsigned char *st)
{
    size_t j = 0;
    for (; st[j] && (st[j] != '$' || st[j + 1]); j++) {
        if (j >= n)
            return false;
        unsigned a = (unsigned char)w[j], b = st[j];
        a += a - 'A' < 26u ? 32 : 0;
        b += b - 'A' < 26u ? 32 : 0;
        if (a != b)
            return false;
    }
    return !st[j] || n == j; /* a stem, or the whole word */
}

/* The stems' tests once a word's first byte may match (tf_word_starts):
 * out of line, one copy for every call site. */
__attribute__((noinline)) static bool tf_stems_match(const char *w, size_t n, const char *const *stems)
{
    unsigned w0 = (unsigned char)w[0] | 0x20u;
    for (; *stems; stems++)
        if (((unsigned char)**stems | 0x20u) == w0 && tf_stem_is(w, n, (const unsigned char *)*stems))
            return true;
    return false;
}

/* The stems' first bytes, case folded (| 0x20), as a set of their low five
 * bits: a constant the compiler folds for a static list. */
__attribute__((always_inline)) static inline uint32_t tf_stem_firsts(const char *const *stems)
{
    uint32_t m = 0;
    for (; *stems; stems++)
        m |= 1u << (((unsigned char)**stems | 0x20u) & 31u);
    return m;
}

/* Does token i begin with one of the stems (a NULL-terminated list,
 * case-insensitive; a stem ending in '$' must be the whole word; no stem
 * is "" or "$", which would name no first byte)? For verbs whose every
 * inflection counts ("assum": assume, assumed, assuming) where the cue
 * classes and the word ids (a byte) are all taken. */
__attribute__((always_inline)) static inline bool tf_word_starts(const ctx_t *c, int i,
                                                                 const char *const *stems)
{
    if ((size_t)i >= c->n)
        return false;
    size_t n;
    const char *w = s_text(c, i, &n);
    /* most words differ from every stem in their first byte: tell those
     * apart, case folded (| 0x20, which never parts a letter from its other
     * case), with one test of a constant set of the stems' first bytes (the
     * scans ask this of every token of a clause, at some 90 call sites: a
     * compare per stem inlined at each was 17 KB of the code a candidate
     * event runs); the rest out of line */
    if (!n || !((tf_stem_firsts(stems) >> (((unsigned char)w[0] | 0x20u) & 31u)) & 1u))
        return false;
    return tf_stems_match(w, n, stems);
}

/* The first token of [sb, lim) that is no punctuation (lim if none): where
 * a sentence's words start. */
static inline int tf_first_word(const ctx_t *c, int sb, int lim)
{
    while (sb < lim && (c->doc->tokens[sb].flags & SIFT_TOKEN_PUNCT))
        sb++;
    return sb;
}

/* Is token i the word w (a W_* id, case-insensitive)? Called in every
 * scan: the word was looked up once per token by s_prepare. One unsigned
 * compare bounds i on both sides (a negative i converts to a size above
 * any token count): these two tests are a quarter of the plugin's
 * instructions. */
static inline bool s_is(const ctx_t *c, int i, int w)
{
    return (size_t)i < c->n && c->w[i] == w;
}

static inline bool s_has(const ctx_t *c, int i, uint64_t flags)
{
    return (size_t)i < c->n && (c->f[i] & flags);
}

/* Does the word at i name a product on its own ("oil" in "an oil import
 * fee"; cues.tsv's PRODUCT words, learned from the train split's goods)? */
static inline bool tf_product_word(const ctx_t *c, int i)
{
    return (size_t)i < c->n && c->cue[i] && c->cue[i]->product && c->tp[i] < 0;
}

/* The party at token i, -1 if none or past the text. */
static inline int s_party_at(const ctx_t *c, int i)
{
    return (size_t)i < c->n ? c->tp[i] : -1;
}

/* Is "no" at k the object of a levying verb: "will impose no tariff",
 * "levy no duties"? A removal (args.c), not a negated measure (attach.c). */
static inline bool tf_levies_none(const ctx_t *c, int k)
{
    return s_is(c, k, W_NO) && s_has(c, k - 1, F(A_IMPOSE)) && !s_has(c, k - 1, F(TNOUN) | F(WNOUN));
}

static inline uint32_t s_tflags(const ctx_t *c, int i)
{
    return c->doc->tokens[i].flags;
}


/* A lower-case word in -ly ("sharply", "likely"): an adverb to skip
 * between a verb and what it governs. */
static inline bool tf_adverb(const ctx_t *c, int i)
{
    size_t len;
    const char *s = s_text(c, i, &len);
    if (!(s_tflags(c, i) & SIFT_TOKEN_LOWER) || len <= 3 || s[len - 2] != 'l' || s[len - 1] != 'y')
        return false;
    /* (not the common words in -ly that are verbs or nouns: "would apply
     * to", "supply", "rally") */
    static const char *const not_adverbs[] = { "apply$", "supply$", "comply$", "reply$", "imply$", "rely$",
                                               "multiply$", "rally$", "ally$", "family$", NULL };
    return !tf_word_starts(c, i, not_adverbs);
}

/* The forms of "lose": losing duty-free treatment imposes the duty, and
 * the one losing it undergoes it (args.c, attach.c). */
static const char *const tf_lose[] = { "lose$", "loses$", "lost$", "losing$", NULL };

/* Verbs of staying as one is ("remain exempt", "stays in force", "Japan
 * remains subject to"). */
static const char *const tf_remain[] = { "remain", "stay", NULL };

/* The token after k, past a determiner ("on the EU"): k + 1 or k + 2. */
static inline int tf_after_det(const ctx_t *c, int k)
{
    return s_has(c, k + 1, F(DET)) ? k + 2 : k + 1;
}

/* The length of a list's joining word at k, read in direction dir (+1 or
 * -1): 1 for ",", "and", "or"; 3 for "as well as" ("the EU as well as
 * Argentina, Australia and Brazil"); 0 for none. */
static inline int tf_list_joint_word(const ctx_t *c, int k, int dir)
{
    if (s_is(c, k, W_COMMA) || s_is(c, k, W_AND) || s_is(c, k, W_OR))
        return 1;
    return s_is(c, k, W_AS) && s_is(c, k + dir, W_WELL) && s_is(c, k + 2 * dir, W_AS) ? 3 : 0;
}

/* Is token k a word for the members a party's name stands for ("EU
 * member states", "ASEAN members")? */
static inline bool tf_member_word(const ctx_t *c, int k)
{
    static const char *const members[] = { "member$", "members$", "states$", "countries$", NULL };
    return k >= 0 && (size_t)k < c->n && (s_tflags(c, k) & SIFT_TOKEN_LOWER) && tf_word_starts(c, k, members);
}

/* tf_list_joint_word over such member words between a party and the
 * joining word: "EU member states as well as Argentina", "ASEAN members
 * and China". Read forward they come before the joint, backward after. */
static inline int tf_list_joint(const ctx_t *c, int k, int dir)
{
    int n = 0; /* member words, at most two */
    while (dir > 0 && n < 2 && tf_member_word(c, k + n))
        n++;
    int m = tf_list_joint_word(c, k + n, dir);
    if (!m)
        return 0;
    while (dir < 0 && n < 2 && tf_member_word(c, k - m - n))
        n++;
    return m + n;
}

/* The token before k, past a determiner: k - 1 or k - 2. */
static inline int tf_before_det(const ctx_t *c, int k)
{
    return s_has(c, k - 1, F(DET)) ? k - 2 : k - 1;
}

/* Is k the "for" of a measure taking effect for parties ("took effect for
 * Mexico, Canada and the European Union")? */
static inline bool tf_effect_for(const ctx_t *c, int k)
{
    return s_is(c, k, W_FOR) && s_is(c, k - 1, W_EFFECT);
}

/* The word that governs a party, over a determiner and a count:
 * "targeting 1,300 Chinese products", "hit the Chinese goods". */
static inline int tf_governor(const ctx_t *c, int k)
{
    int j = tf_before_det(c, k);
    return j > 0 && !isnan(c->num[j]) ? tf_before_det(c, j) : j;
}

/* Does a verb of undergoing follow at k, over auxiliaries and modals? Its
 * subject is whom a measure hits: "Canada and Mexico will face tariffs". */
static inline bool tf_faces(const ctx_t *c, int k, int end)
{
    if (s_is(c, k, W_COMMA) && (s_is(c, k + 1, W_WHICH) || s_is(c, k + 1, W_WHO)))
        k += 2; /* (in a relative clause on it: "Mexico, which would face") */
    for (; k < end; k++) {
        if (s_is(c, k, W_FACE) || s_is(c, k, W_FACES) || s_is(c, k, W_FACED) || s_is(c, k, W_FACING) ||
            s_is(c, k, W_AVOID) || s_is(c, k, W_AVOIDS) || s_is(c, k, W_AVOIDED) || s_is(c, k, W_ESCAPE) ||
            s_is(c, k, W_ESCAPED) ||
            /* (or is subject to it: "Canada remains subject to U.S. tariffs") */
            (s_is(c, k, W_SUBJECT) && s_is(c, k + 1, W_TO))) {
            /* and who escapes it: "Japan could avoid the tariffs"; what is
             * faced is the measure, not "higher costs due to the tariffs" */
            for (int j = k + 1 + s_is(c, k, W_SUBJECT); j < end; j++)
                if (s_is(c, j, W_DUE) || s_is(c, j, W_BECAUSE) || s_is(c, j, W_TO))
                    return false;
            return true;
        }
        /* (over an adverb: "Japan now faces", "Tokyo already faces") */
        if (!s_has(c, k, F(AUX) | F(M_MODAL) | F(M_WEAK) | F(BEFORM)) && !s_is(c, k, W_NOW) &&
            !s_is(c, k, W_ALREADY) && !s_is(c, k, W_ALSO) && !tf_adverb(c, k) && !tf_word_starts(c, k, tf_remain))
            return false;
    }
    return false;
}

/* The exemption whom "for" (or "of") at k says it is for ("exemptions for
 * Canada", "exemptions from steel and aluminum tariffs for Canada", searched
 * back to lo), or -1. */
static inline int tf_exemption_for(const ctx_t *c, int k, int lo)
{
    /* (or its "of" right after it: "extended the exemption of the European
     * Union, Canada and Mexico from steel tariffs") */
    if (s_is(c, k, W_OF) && k > lo && s_has(c, k - 1, F(A_EXEMPT)) && !s_has(c, k - 1, F(TNOUN) | F(WNOUN)))
        return k - 1;
    if (!s_is(c, k, W_FOR))
        return -1;
    for (int j = k - 1; j >= lo && j >= k - 7; j--)
        if (s_has(c, j, F(A_EXEMPT)))
            return j == k - 1 || s_is(c, j + 1, W_FROM) ? j : -1;
    return -1;
}

/* The verb of suspending or waiving that takes the measure noun before
 * "for" at k ("suspended the metals tariffs for the EU, Argentina, ...",
 * "waived the duties for Australia"): the parties after "for" are spared
 * it, the rest not. -1 if none. */
static inline int tf_suspended_for(const ctx_t *c, int k, int lo)
{
    static const char *const suspend[] = { "suspend", "waiv", NULL };
    if (!s_is(c, k, W_FOR) || !s_has(c, k - 1, F(TNOUN) | F(WNOUN)))
        return -1;
    for (int j = k - 2; j >= lo && j >= k - 6; j--)
        if (tf_word_starts(c, j, suspend))
            return j;
    return -1;
}

/* Is k the "at" of a measure aimed at a party ("a move aimed mainly at
 * Japan, Germany and Mexico", "tariffs directed at China")? */
static inline bool tf_aimed_at(const ctx_t *c, int k)
{
    static const char *const aim[] = { "aim", "direct", NULL };
    if (!s_is(c, k, W_AT))
        return false;
    int v = k - 1 - tf_adverb(c, k - 1); /* "aimed squarely at" */
    return v >= 0 && tf_word_starts(c, v, aim);
}

/* A verb of giving at k: "granted", "gave", "offered", "awarded" (its
 * first object receives what is given: "granted Australia an exemption"). */
static inline bool tf_gives(const ctx_t *c, int k)
{
    static const char *const give[] = { "grant", "gave$", "give$", "gives$", "given$", "offer", "award",
                                        NULL };
    return tf_word_starts(c, k, give);
}

/* A lower-case token no lexicon knows and no rule tests: a goods name, an
 * adjective, a glued rate ("steel", "oil", "25-percent"), not "exporters",
 * "with" nor "face". */
static inline bool tf_plain_word(const ctx_t *c, int k)
{
    return (size_t)k < c->n && c->f[k] == 0 && c->w[k] == W_NONE && (s_tflags(c, k) & SIFT_TOKEN_LOWER);
}

/* A word in -ing: after a form of "be" a progressive, not a passive
 * ("is seeking to", against "was urged to"). */
static inline bool tf_ing(const ctx_t *c, int i)
{
    if ((size_t)i >= c->n)
        return false; /* (a scan may stop past the last token) */
    size_t len;
    const char *s = s_text(c, i, &len);
    return len > 4 && memcmp(s + len - 3, "ing", 3) == 0;
}

/* Does the word at i end in "-ed" ("excluded", "matched": a participle or a
 * past)? */
static inline bool tf_ed(const ctx_t *c, int i)
{
    if ((size_t)i >= c->n)
        return false;
    size_t len;
    const char *s = s_text(c, i, &len);
    return len > 2 && s[len - 2] == 'e' && s[len - 1] == 'd';
}

/* Is the word at k the change of a later stage of a measure set at a rate
 * before it: a participle or a coordinated verb ("10 percent tariffs ...,
 * rising to 25 percent on Jan. 1", "and rise to 25 percent"), not a
 * change or a comparison of its own ("would be reduced to", "lower than")? */
static inline bool tf_later_stage(const ctx_t *c, int k)
{
    return s_has(c, k, F(A_RAISE) | F(A_LOWER) | F(FALL)) && !s_has(c, k, F(TNOUN) | F(WNOUN)) &&
           (tf_ing(c, k) || s_is(c, k - 1, W_AND));
}

/* "about", "around", "almost", "nearly", "some" before a number. */
static inline bool tf_approx(const ctx_t *c, int k)
{
    return s_is(c, k, W_ABOUT) || s_is(c, k, W_AROUND) || s_is(c, k, W_ALMOST) ||
           s_is(c, k, W_NEARLY) || s_is(c, k, W_SOME);
}

/* ------------------------------------------------ the stages' shared parts */

#define A_MASK (F(A_IMPOSE) | F(A_RAISE) | F(A_LOWER) | F(A_REMOVE) | F(A_EXEMPT))

/* The relative clause the word at w opens ("which", "who"): returns the
 * token that ends it (a comma, lim, or the one after w + max), and sets
 * *acts when a verb of action is in it ("which Washington imposed"). */
static inline int tf_relative_clause(const ctx_t *c, int w, int lim, int max, bool *acts)
{
    int j = w + 1;
    *acts = false;
    while (j < lim && j <= w + max && !s_is(c, j, W_COMMA))
        *acts |= s_has(c, j++, A_MASK);
    return j;
}

/* Rates in [a, b): from->to, ranges, single values; tranche positions. */
typedef struct rate_hit {
    int at, end;
    double v;
    double from; /* the level a change starts from ("from 15 to 7 pct": 15), NAN for a rate */
    int bound;   /* 1: v is a ceiling ("as high as 45 percent"), -1: a floor ("at least"), 0: the rate */
    bool range;  /* lo to v: "of 20 to 25 percent" */
    double lo;
} rate_hit_t;

/* The rate of one hit of tf_rates. */
static inline sift_rate_t tf_hit_rate(const rate_hit_t *h)
{
    if (!isnan(h->from))
        return (sift_rate_t){ .kind = SIFT_RATE_FROM_TO, .a = h->from, .b = h->v };
    if (h->range)
        return (sift_rate_t){ .kind = SIFT_RATE_RANGE, .a = h->lo, .b = h->v };
    if (h->bound)
        return (sift_rate_t){ .kind = SIFT_RATE_RANGE, .a = h->bound > 0 ? NAN : h->v, .b = h->bound > 0 ? h->v : NAN };
    return (sift_rate_t){ .kind = SIFT_RATE_VALUE, .a = h->v };
}

typedef struct sent_ctx {
    int sb, se, sent;
    ref_t *last_actor;     /* the party that acted last in the article */
} sent_ctx_t;

/* facts.c (tf_days: lex.h) */
/* strtod, which it returns the same value and end as (the same
 * correctly rounded double): digits with at most one point and fifteen
 * digits are converted here, the rest by strtod (signs, exponents, hex). */
double tf_strtod(const char *s, char **end);
bool tf_money(const ctx_t *c, int i, int lim, double *v, const char **cur, int *end);
bool tf_percent_at(const ctx_t *c, int i, int lim, double *v, int *end);
/* A percentage at token i (tf_percent_at): "25 pct", "25%", "five per
 * cent", "25-percent". A token that is no number and has no digit is none:
 * most are answered here, with no call (the rate scans ask this of every
 * token). */
static inline bool tf_percent(const ctx_t *c, int i, int lim, double *v, int *end)
{
    if (i >= lim || (isnan(c->num[i]) && !(s_tflags(c, i) & SIFT_TOKEN_DIGIT)))
        return false;
    return tf_percent_at(c, i, lim, v, end);
}
void tf_prepare(ctx_t *c);

/* args.c */
/* Does the change verb at k act on an object of its own ("the tariff has
 * raised the costs of ...") rather than say what becomes of the tariff? */
bool tf_effect_on_object(const ctx_t *c, int k);

/* parties.c */
bool tf_in_pp(const ctx_t *c, int pi);
bool tf_office_of(const ctx_t *c, int k);
bool tf_origin(const ctx_t *c, int pi, int lim);
/* The first party of the list pi is in ("India, South Korea and Laos"):
 * pi itself when it heads one or stands alone. */
int tf_list_head(const ctx_t *c, int pi);
/* The last party of the list pi heads ("Canada and Mexico", "Japan and the
 * EU"): pi itself when no list follows it. */
int tf_list_last(const ctx_t *c, int pi);
bool tf_origin_x(const ctx_t *c, int pi, int lim, bool adjective);
/* Is "from" at gov where a reaction comes from, no goods: "caused
 * dissatisfaction from China", "under pressure from Washington"? */
bool tf_reaction_from(const ctx_t *c, int gov);
/* After an apposition or a relative clause between commas opening at the
 * comma k ("Canada and Mexico|, partners in NAFTA,| were exempted"): the
 * token after its closing comma; k when there is none. */
int tf_after_apposition(const ctx_t *c, int k, int hi);
/* Does the party name where goods come from, as their modifier ("the
 * U.S. products", "US soybean imports", "Chinese goods")? */
bool tf_names_goods(const ctx_t *c, int pi, int lim);
/* Does the party import the goods whose origin follows ("US semiconductor
 * imports from China")? */
bool tf_importer(const ctx_t *c, int pi, int lim);
void tf_parties(ctx_t *c);
void tf_home(ctx_t *c);
void tf_most_named(const ctx_t *c, const ref_t *except, ref_t *out);
bool tf_pronoun(const ctx_t *c, int i);
/* Two party codes (char[3], NUL-terminated) equal, as strcmp(a, b) == 0
 * says, with no call: the article and timeline passes compare codes in
 * loops over the article's parties and the timeline's measures. */
static inline bool tf_code_eq(const char *a, const char *b)
{
    return a[0] == b[0] && (!a[0] || (a[1] == b[1] && (!a[1] || a[2] == b[2])));
}

bool tf_ref_eq(const ref_t *a, const ref_t *b);
bool tf_hyphen_pair(const ctx_t *c, int k, ref_t *out);
void tf_ref_set(ref_t *r, const party_t *p);
bool tf_resolve(const ctx_t *c, int pi, const ref_t *last, ref_t *out);

/* trigger.c */
int tf_boundary(const ctx_t *c, int i);

/* The closing dash of a relative clause the dash at k opens ("-- which
 * are all around 20 percent --"), before lim; 0 if k opens none. */
static inline int tf_dashed_relative(const ctx_t *c, int k, int lim)
{
    if (!s_is(c, k + 1, W_WHICH) || tf_boundary(c, k) != 2)
        return 0;
    size_t n;
    const char *open = s_text(c, k, &n);
    if (*open == ';' || *open == ':')
        return 0;
    for (int j = k + 2; j < lim && j <= k + 20; j++)
        if (tf_boundary(c, j) == 2)
            return *s_text(c, j, &n) == *open ? j : 0;
    return 0;
}

bool tf_answer_opens(const ctx_t *c, int k);
bool tf_answered(const ctx_t *c, int left, int sb);
bool tf_due_cause(const ctx_t *c, int k);
bool tf_cause_opens_at(const ctx_t *c, int k);
/* Does a clause of cause or time open at k (tf_cause_opens_at)? Only "due",
 * "after", "because", "since" and a word with neither an id nor a class
 * can open one: the others are answered here, with no call (the clause
 * scans ask this of every token). */
static inline bool tf_cause_opens(const ctx_t *c, int k)
{
    if ((size_t)k < c->n) {
        int w = c->w[k];
        if (w == W_NONE ? c->f[k] != 0 : (w != W_DUE && w != W_AFTER && w != W_BECAUSE && w != W_SINCE))
            return false;
    }
    return tf_cause_opens_at(c, k);
}
/* The verb of answering a measure at g0 names, within six words before it
 * and not before lo ("retaliated against", "responded to", "hit back at",
 * "challenged", "protested"), or -1. */
int tf_answer_verb(const ctx_t *c, int g0, int lo);
bool tf_context(const ctx_t *c, const bool *is_trig, int sent, int sb, int se);
bool tf_trigger_ok(ctx_t *c, int i, int sb, int se);

/* args.c */
int tf_action(const ctx_t *c, const event_t *e, bool *found);
/* Whether the token after e's tariff group is its change noun ("tariff
 * hikes", "the tariff cut will"), not a verb of the clause. */
bool tf_change_noun_after(const ctx_t *c, const event_t *e);
bool tf_amount_word(const ctx_t *c, int k);
/* A word of quantity before "of" ("a number of", "a range of", "hundreds
 * of"): the noun phrase goes on after it. */
bool tf_quantity_word(const ctx_t *c, int k);
void tf_goods(ctx_t *c, event_t *e, int a, int b);
/* The goods an event names before its measure, when it names none after:
 * "an oil import fee", "steel and aluminum tariffs". Run after the learned
 * decisions, which read the goods after the measure only. */
void tf_goods_before(ctx_t *c, event_t *e);
size_t tf_rates(const ctx_t *c, int a, int b, sift_rate_t *rate, rate_hit_t *hits, size_t max);

/* What tf_fill computes from the clause alone: computed ahead for the
 * clauses of several sentences at once (sentence.c). */
typedef struct clause_pre {
    int action;            /* tf_action */
    bool action_word;
    sift_rate_t rate;      /* tf_rates over the span */
    rate_hit_t hits[8];
    size_t nh;
} clause_pre_t;

/* attach.c */
/* pre: tf_action and tf_rates of e's clause as it came, or NULL */
bool tf_fill(ctx_t *c, event_t *e, const sent_ctx_t *sc, bool ellipsis, rate_hit_t *hits, size_t *nhits,
             const clause_pre_t *pre);
int tf_or_face(const ctx_t *c, int lo, int g0);

/* coord.c */
bool tf_emit_ok(ctx_t *c);
void tf_push(ctx_t *c, event_t *e, const rate_hit_t *hits, size_t nh, const sent_ctx_t *sc);

/* sentence.c */
/* The sentences' candidate events, in order (-1: out of memory). */
int tf_sentences(ctx_t *c, bool *is_trig, ref_t *last_actor);

/* article.c */
void tf_article(ctx_t *c);

/* The goods value covered, not a specific duty ("1.05 dlrs per bushel",
 * "4.29 dlrs a barrel") and not a small figure. */
static inline bool tf_amount_at(const ctx_t *c, int i, int lim, double *v, const char **cur,
                               int *end)
{
    /* most tokens are neither a currency sign nor a number: spare them
     * the call (tf_money rejects them the same way) */
    if (i < lim && !s_has(c, i, F(MONEYW)) && isnan(c->num[i]) &&
        !(s_tflags(c, i) & SIFT_TOKEN_DIGIT))
        return false;
    if (!tf_money(c, i, lim, v, cur, end))
        return false;
    int j = *end;
    if (s_has(c, j, F(PER)) || ((s_is(c, j, W_A) || s_is(c, j, W_AN)) && s_has(c, j + 1, F(UNIT))))
        return false;
    /* (in whole units: "C$16.6 billion" is 16600000000, not the
     * 16600000000.000002 the scale's product gives) */
    *v = round(*v);
    return *v >= 10000;
}

/* decide.c: the learned decisions over an article's candidate events, after
 * the article pass. Drops candidates that are no trade measure, sets
 * modality, clears targets of measures on all imports and swaps reversed
 * roles; in training mode it appends each candidate's features to
 * st->features instead of changing anything. Returns the new event count. */
size_t tariff_decide(ctx_t *c);
void tariff_decide_init(state_t *st);

/* timeline.c: loads the timeline ("" = none; on error -1 and a message
 * naming the file and line in err); the status each measure named without
 * a status of its own had on the article's date. */
int tl_load(timeline_t *tl, const char *path, char *err, size_t errlen);
void tl_free(timeline_t *tl);
void tf_timeline(ctx_t *c);

#endif
