/* lex.h - the tariff plugin's lexicons: cue words and party phrases.
 *
 * Both are loaded once at init from data/ into open-addressing tables keyed
 * by the XXH3 hash of the lower-cased text (phrases: tokens joined by one
 * space) and are read-only afterwards, so process() may share them. */
#ifndef TARIFFS_LEX_H
#define TARIFFS_LEX_H

#include <stddef.h>
#include <stdint.h>

/* Cue classes; the names in data/cues.tsv are these without "K_". */
#define TARIFF_CLASSES(X) \
    X(TNOUN) X(WNOUN) X(DUTYFREE) X(CUSTOMS) X(CHANGE) \
    X(A_IMPOSE) X(A_RAISE) X(A_LOWER) X(A_REMOVE) X(A_EXEMPT) \
    X(M_THREAT) X(M_UNLESS) X(M_DEMAND) X(M_MUST) X(M_CONSIDER) X(M_WEAK) \
    X(M_PROPOSE) X(M_MODAL) X(M_COND) X(NEG) X(NODIR) X(NONCUST_NEXT) \
    X(NONCUST) X(EXPORTQ) X(IMPORTQ) X(RETAL) X(RESPOND) X(GOODS) \
    X(GENERIC) X(ORIGIN) X(AUX) X(PAST) X(DET) X(PREP_TGT) X(PREP_ON) \
    X(BOUND) X(ATTRIB) X(BY) X(EFFECTIVE) X(TODAY) X(PCT) X(PER) X(CENT) \
    X(PCTPOINT) X(MONEYW) X(SCALE) X(UNIT) X(NUMW) X(MONTH) X(WEEKDAY) X(REF)

#define TARIFF_ENUM(n) K_##n,
enum { TARIFF_CLASSES(TARIFF_ENUM) K_COUNT };
#undef TARIFF_ENUM
#define F(n) (1ull << K_##n)

typedef struct lex_cue {
    uint64_t key;        /* 0: empty slot */
    uint64_t flags;      /* F(...) bits */
    double value;        /* NUMW, SCALE, MONTH, WEEKDAY */
    char currency[4];    /* MONEYW: ISO 4217 */
} lex_cue_t;

typedef struct lex_party {
    uint64_t key;
    char code[3];        /* ISO 3166-1 alpha-2, "EU", "XX"; "" for kind R */
    char kind;           /* C D M L B R, see data/parties.tsv; 'P': only the
                          * prefix of a longer phrase */
    const char *name;    /* canonical, in the lexicon's string pool */
} lex_party_t;

typedef struct lex {
    lex_cue_t *cues;
    size_t cue_mask;
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

/* Hash of lower-cased bytes (ASCII folding; other bytes kept). */
uint64_t lex_hash(const char *s, size_t n);

const lex_cue_t *lex_cue(const lex_t *lex, uint64_t key);
const lex_party_t *lex_party(const lex_t *lex, uint64_t key);

#endif
