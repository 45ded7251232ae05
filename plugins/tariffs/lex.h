/* SPDX-License-Identifier: MIT */
/* lex.h - the tariff plugin's lexicons: cue words and party phrases.
 *
 * Both are loaded once at init from data/ into open-addressing tables keyed
 * by a 64-bit hash of the lower-cased text (phrases: the tokens' hashes
 * chained with lex_join, so that a phrase lookup reuses the hashes of its
 * tokens) and are read-only afterwards, so process() may share them. */
#ifndef TARIFFS_LEX_H
#define TARIFFS_LEX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define XXH_INLINE_ALL
#include <xxhash.h>

/* Cue classes; the names in data/cues.tsv are these without "K_". */
#define TARIFF_CLASSES(X) \
    X(TNOUN) X(WNOUN) X(DUTYFREE) X(CUSTOMS) X(CHANGE) \
    X(A_IMPOSE) X(A_RAISE) X(A_LOWER) X(A_REMOVE) X(A_EXEMPT) X(FALL) X(HEADN) X(STATUSV) \
    X(BEFORM) X(DECIDE) X(REMEDY) X(REVENUE) X(AFFECTED) \
    X(M_THREAT) X(M_UNLESS) X(M_DEMAND) X(M_MUST) X(M_CONSIDER) X(M_WEAK) \
    X(M_PROPOSE) X(M_MODAL) X(M_COND) X(NEG) X(NODIR) X(NONCUST_NEXT) \
    X(NONCUST) X(EXPORTQ) X(IMPORTQ) X(RETAL) X(RESPOND) X(GOODS) \
    X(GENERIC) X(ORIGIN) X(AUX) X(PAST) X(DET) X(PREP_TGT) X(PREP_ON) \
    X(BOUND) X(ATTRIB) X(BY) X(EFFECTIVE) X(TODAY) X(PCT) X(PER) X(CENT) \
    X(PCTPOINT) X(MONEYW) X(SCALE) X(UNIT) X(NUMW) X(MONTH) X(WEEKDAY) X(REF) \
    X(INTENT) X(CALLV) X(GENACTOR) X(PUBLISH) X(UNDERGO)

#define TARIFF_ENUM(n) K_##n,
enum { TARIFF_CLASSES(TARIFF_ENUM) K_COUNT };
#undef TARIFF_ENUM
#define F(n) (1ull << K_##n)

/* Words the grammar tests literally. Each gets an id in the cue table, so
 * that testing a token is one integer compare instead of a string compare. */
#define TARIFF_WORDS(X) \
    X(A, "a") X(ABOUT, "about") X(ADMINISTRATION, "administration") \
    X(AFTER, "after") X(AGAINST, "against") X(AGREEMENT, "agreement") \
    X(ALL, "all") X(ALLEGEDLY, "allegedly") X(ALMOST, "almost") \
    X(ALSO, "also") X(AMONG, "among") X(AN, "an") X(ANNOUNCEMENT, "announcement") X(AND, "and") \
    X(ANOTHER, "another") X(AROUND, "around") X(AS, "as") X(AT, "at") \
    X(BACK, "back") X(BACKS, "backs") X(BE, "be") X(BECAUSE, "because") X(BETWEEN, "between") \
    X(BROUGHT, "brought") X(BUT, "but") X(BY, "by") X(CAME, "came") X(TOOK, "took") X(CENTS, "cents") \
    X(CERTAIN, "certain") X(COME, "come") X(CTS, "cts") X(CUT, "cut") \
    X(DLRS, "dlrs") X(DOLLARS, "dollars") X(DOWN, "down") X(DUE, "due") \
    X(EXEMPT, "exempt") X(FOR, "for") X(FROM, "from") X(GO, "go") \
    X(GRANTING, "granting") X(GROUNDS, "grounds") X(HAS, "has") X(HAD, "had") \
    X(HAVE, "have") X(HE, "he") X(HIGH, "high") X(LITTLE, "little") X(NO, "no") X(HIGHER, "higher") X(LOWER, "lower") \
    X(IDEA, "idea") \
    X(IF, "if") X(IMPORTED, "imported") X(IMPORTS, "imports") X(IN, "in") \
    X(INCLUDING, "including") X(INSTEAD, "instead") X(INCREASE, "increase") X(INTO, "into") \
    X(IS, "is") X(IT, "it") X(LAST, "last") X(MARKET, "market") X(MARKETS, "markets") X(MONTH, "month") \
    X(MUCH, "much") X(NEARLY, "nearly") X(NUMBER, "number") X(NEXT, "next") \
    X(OF, "of") X(OFF, "off") X(ORDER, "order") X(OPPOSE, "oppose") X(OPPOSES, "opposes") X(OPPOSED, "opposed") X(OPPOSING, "opposing") X(FIGHT, "fight") X(FOUGHT, "fought") X(CHALLENGE, "challenge") X(CHALLENGED, "challenged") X(CONDEMNED, "condemned") X(PROTESTED, "protested") X(ON, "on") X(OR, "or") X(POSSIBLE, "possible") X(PHASE, "phase") X(PHASED, "phased") X(PHASING, "phasing") X(PRESIDENT, "president") X(PRICE, "price") X(PRODUCTION, "production") X(OUTPUT, "output") X(JOB, "job") X(BUDGET, "budget") X(SPENDING, "spending") X(WAGE, "wage") \
    X(PROCESS, "process") X(RANGE, "range") X(RANGES, "ranges") \
    X(RANGING, "ranging") X(RATHER, "rather") X(RATE, "rate") X(RATES, "rates") X(RESPONSE, "response") \
    X(REJECTED, "rejected") X(REFUSED, "refused") X(RETALIATE, "retaliate") X(RETALIATION, "retaliation") X(PUNISH, "punish") X(RULE, "rule") X(RULED, "ruled") X(RULES, "rules") X(RULING, "ruling") X(OUT, "out") X(ROUND, "round") X(SHE, "she") \
    X(SINCE, "since") X(SO, "so") X(SOME, "some") X(SPECIAL, "special") \
    X(SUBSIDIZED, "subsidized") X(SUCH, "such") X(THAN, "than") \
    X(THAT, "that") X(THE, "the") X(THEN, "then") X(THERE, "there") X(THESE, "these") \
    X(THEY, "they") X(THOSE, "those") X(TO, "to") X(TOWARD, "toward") \
    X(TOWARDS, "towards") X(UNDER, "under") X(UNILATERAL, "unilateral") X(UPON, "upon") \
    X(UNLESS, "unless") X(UNTIL, "until") X(UP, "up") X(USE, "use") X(USES, "uses") X(USING, "using") X(WAVE, "wave") \
    X(WE, "we") X(WELL, "well") X(WEEK, "week") X(WEEKS, "weeks") X(DAYS, "days") X(MONTHS, "months") X(WHEN, "when") X(WILL, "will") X(WHETHER, "whether") X(WHICH, "which") \
    X(WHO, "who") X(WHOSE, "whose") X(WITH, "with") X(WORTH, "worth") \
    X(YEAR, "year") X(SET, "set") X(SERIES, "series") X(VARIETY, "variety") X(HOST, "host") X(DOZENS, "dozens") X(HUNDREDS, "hundreds") X(LIST, "list") X(LISTS, "lists") X(EFFECT, "effect") X(ZERO, "zero") \
    X(COMPARED, "compared") X(VERSUS, "versus") X(MORE, "more") X(LESS, "less") \
    X(AVERAGE, "average") X(VALUE, "value") \
    X(VARYING, "varying") X(MANY, "many") X(SEVERAL, "several") X(NOW, "now") \
    X(ALREADY, "already") X(WENT, "went") X(GOES, "goes") X(GONE, "gone") \
    X(FACE, "face") X(FACES, "faces") X(FACED, "faced") X(FACING, "facing") \
    X(AVOID, "avoid") X(AVOIDS, "avoids") X(AVOIDED, "avoided") X(ESCAPE, "escape") \
    X(ESCAPED, "escaped") \
    X(MOST, "most") X(MOVE, "move") X(BID, "bid") \
    X(CONTINUE, "continue") X(CONTINUES, "continues") X(CONTINUED, "continued") \
    X(CONTINUING, "continuing") X(APOS_S, "'s") X(COLON, ":") X(COMMA, ",") X(DASH, "-") \
    X(DOT, ".") X(RSQUO_S, "’s") X(MEASURE, "measure") X(MEASURES, "measures") \
    X(WHY, "why") X(HOW, "how") X(SUBJECT, "subject") X(SUBJECTED, "subjected") \
    X(ANY, "any") X(ANNOUNCED, "announced") X(ANNOUNCING, "announcing") \
    X(AGREED, "agreed") X(AGREE, "agree") X(DEAL, "deal") X(PACT, "pact") X(EACH, "each") \
    X(MUTUALLY, "mutually") X(TITFORTAT, "tit-for-tat") X(TRADE, "trade") \
    X(TRADED, "traded") X(FTA, "fta") X(FTAS, "ftas") X(LEVY, "levy") X(BOTH, "both") X(SIDES, "sides") X(WOULD, "would") \
    X(PREFERENTIAL, "preferential") X(FAVOURABLE, "favourable") X(FAVORABLE, "favorable") X(FREE, "free") X(ARE, "are") X(WAY, "way") X(CONCESSION, "concession") X(CONCESSIONS, "concessions") X(ACTION, "action") \
    X(ITS, "its") X(THEIR, "their") X(OWN, "own") X(ACT, "act") \
    X(NON, "non") X(DEMAND, "demand") X(DEMANDS, "demands") X(ENTER, "enter") \
    X(ENTERS, "enters") X(ENTERING, "entering") X(SHOULD, "should") X(OTHER, "other") \
    X(DUTY, "duty") X(DUTIES, "duties") X(DURING, "during") X(GATT, "gatt")

#define TARIFF_WORD_ENUM(id, w) W_##id,
enum { W_NONE, TARIFF_WORDS(TARIFF_WORD_ENUM) W_COUNT };
#undef TARIFF_WORD_ENUM
_Static_assert(W_COUNT <= 256, "word ids are stored in a byte");

typedef struct lex_cue {
    uint64_t flags;      /* F(...) bits */
    double value;        /* NUMW, SCALE, MONTH, WEEKDAY */
    char currency[4];    /* MONEYW: ISO 4217 */
    uint8_t word;        /* W_*, or W_NONE */
    bool product;        /* names a product on its own (PRODUCT in cues.tsv) */
} lex_cue_t;

/* Days since 1970-01-01 of a civil date (facts.c). */
long tf_days(int y, int m, int d);

#define TF_NEVER INT32_MAX /* lex_party_t.in_office of one who never held it */

typedef struct lex_party {
    char code[3];        /* ISO 3166-1 alpha-2, "EU", "XX"; "" for kind R */
    char kind;           /* C D M L B R, see data/parties.tsv; 'P': only the
                          * prefix of a longer phrase */
    const char *name;    /* canonical, in the lexicon's string pool */
    int32_t in_office;   /* kind L: the day (since 1970) they first took the
                          * office that levies, TF_NEVER for one who never
                          * held it (a candidate, a legislator); 0: unknown */
} lex_party_t;

/* One bit per key (a one-hash Bloom filter, 1 KB): most tokens are in no
 * lexicon, and the filter answers for them from a few cache lines where a
 * probe of the table would miss the cache. */
#define LEX_FILTER_BITS 8192

/* Keys are probed in arrays of their own (0: empty slot), apart from the
 * entries, for the same reason. */
typedef struct lex {
    uint64_t cue_filter[LEX_FILTER_BITS / 64];
    uint64_t *cue_keys;
    lex_cue_t *cues;
    size_t cue_mask;
    uint64_t party_filter[LEX_FILTER_BITS / 64];
    uint64_t *party_keys;
    lex_party_t *parties;
    size_t party_mask;
    char *pool;          /* party names */
    size_t pool_len, pool_cap;
    int max_phrase;      /* longest party phrase, in tokens */
} lex_t;

/* Loads the cue file and the party files (in order: the first file that
 * lists a phrase wins). Returns 0, or -1 with a message in err. */
int lex_load(lex_t *lex, const char *cues_path, const char *const *party_paths,
             size_t n_party_paths, char *err, size_t err_size);
void lex_free(lex_t *lex);

/* Hash of lower-cased bytes s[0, n) (ASCII folding; other bytes kept),
 * never 0: xxHash's XXH3, inlined from its header because it runs once
 * per token of every article. Longer texts are hashed in chunks, each
 * seeded with the hash so far. */
static inline uint64_t lex_hash(const char *s, size_t n)
{
    char buf[64];
    uint64_t h = 0;
    size_t k = 0;
    do {
        size_t m = n - k < sizeof buf ? n - k : sizeof buf;
        for (size_t j = 0; j < m; j++) {
            unsigned char c = (unsigned char)s[k + j];
            buf[j] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        h = XXH3_64bits_withSeed(buf, m, h);
        k += m;
    } while (k < n);
    return h ? h : 1;
}

/* Key of a phrase from the key of its first tokens and the hash of the
 * next one; a one-token phrase's key is the token's hash. */
static inline uint64_t lex_join(uint64_t key, uint64_t h)
{
    uint64_t k = XXH3_64bits_withSeed(&h, sizeof h, key);
    return k ? k : 1;
}

/* The filter bit of a key: its high bits, the slot takes the low ones. */
static inline uint64_t lex_filter_bit(uint64_t key)
{
    return (key >> 48) & (LEX_FILTER_BITS - 1);
}

static inline void lex_filter_add(uint64_t *filter, uint64_t key)
{
    filter[lex_filter_bit(key) / 64] |= 1ull << (lex_filter_bit(key) % 64);
}

static inline int lex_filter_has(const uint64_t *filter, uint64_t key)
{
    return (filter[lex_filter_bit(key) / 64] >> (lex_filter_bit(key) % 64)) & 1;
}

/* The slot of key in keys[mask + 1]: where it is, or the empty slot where
 * it would go. */
static inline size_t lex_slot(const uint64_t *keys, size_t mask, uint64_t key)
{
    size_t i = key & mask;
    while (keys[i] && keys[i] != key)
        i = (i + 1) & mask;
    return i;
}

/* The slot holding key, or -1: the filter answers for most absent keys. */
static inline long lex_find(const uint64_t *filter, const uint64_t *keys, size_t mask,
                            uint64_t key)
{
    if (!lex_filter_has(filter, key))
        return -1;
    size_t i = lex_slot(keys, mask, key);
    return keys[i] ? (long)i : -1;
}

static inline const lex_cue_t *lex_cue(const lex_t *lex, uint64_t key)
{
    long i = lex_find(lex->cue_filter, lex->cue_keys, lex->cue_mask, key);
    return i < 0 ? NULL : &lex->cues[i];
}

static inline const lex_party_t *lex_party(const lex_t *lex, uint64_t key)
{
    long i = lex_find(lex->party_filter, lex->party_keys, lex->party_mask, key);
    return i < 0 ? NULL : &lex->parties[i];
}

#endif
