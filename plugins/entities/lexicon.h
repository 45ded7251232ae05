/* SPDX-License-Identifier: MIT */
/* lexicon.h - the entity plugin's lexicons: one open-addressing hash table
 * over XXH3 hashes of (namespace, surface string), filled at init from
 * data/gazetteer.tsv and built-in word lists, read-only afterwards. */
#ifndef ENTITIES_LEXICON_H
#define ENTITIES_LEXICON_H

#include <stddef.h>
#include <stdint.h>

/* Namespaces: the same surface may mean different things in each. */
enum lex_ns {
    NS_GAZ = 1,   /* named places, demonyms, organisations (exact case)    */
    NS_CUR,       /* currency words and symbols (lower case) -> ISO 4217   */
    NS_SCALE,     /* billion, bn, mln -> multiplier (lower case)           */
    NS_NUMW,      /* number words: five -> 5 (lower case)                  */
    NS_MONTH,     /* January, Jan. -> 1                                    */
    NS_WDAY,      /* Monday -> 1 ... Sunday -> 7                           */
    NS_DUNIT,     /* day(s), week(s), month(s), year(s): 1 2 3 4           */
    NS_PERIOD,    /* week, month, year, weekend, quarter: after this/last  */
    NS_DMOD,      /* early, late, mid, earlier, later (lower case)         */
    NS_PCT,       /* percent, pct, % (lower case)                          */
    NS_TITLE,     /* role words before a name (lower case): 2 head, 1 mod  */
    NS_HONOR,     /* Mr, Mrs, Dr (exact)                                   */
    NS_STOP,      /* capitalised words that start no name: The, But, He    */
    NS_ORGKW,     /* words that make a capitalised sequence an ORG         */
    NS_LOCKW,     /* words that make a place a LOC rather than a GPE       */
    NS_CONN,      /* lower-case words allowed inside a name: of, for, de   */
    NS_GAZPFX,    /* first word of a multi-word NS_GAZ name -> max words   */
    NS_NXSTART,   /* lower-case words that may start a MONEY/PERCENT/DATE  */
    NS_PLACEN,    /* nouns naming a kind of place: city, resort, province  */
    NS_LAWKW,     /* last words of a law or treaty's name: Act, Agreement   */
    NS_GOODS,     /* goods sold by weight: soybeans, pork, steel (lower)    */
    NS_CORPFORM,  /* legal forms of a company: Inc, Ltd, SpA, AB, Bhd (exact) */
    NS_ORGDESC,   /* nouns that describe a company next to its name: shares, board (lower) */
    NS_MEDIA,     /* newspaper, daily, television: 1 also before a name, 2 only after;
                     3 other kinds of organisation, only before; 4 a team's player
                     or staff, after it (lower) */
    NS_ADDRESS,   /* forms of address in a speech: Ladies, Friends (exact)  */
    NS_LAWPART,   /* parts of a law before their number: Article, Section (exact) */
    NS_EVENT,     /* last words of an event's name: Summit, Expo, Games (exact) */
    NS_PLAN,      /* last words of a plan's, policy's, prize's or war's name:
                     Initiative, Strategy, Prize (exact; a tagger feature) */
    NS_COMMONACR, /* acronyms of common nouns, never a name: FTA, R&D (exact) */
    NS_PARTICLE,  /* lower-case particles inside a name: es, de, da (exact) */
    NS_NATURE,    /* the NS_LOCKW words naming a feature of nature: Bay, Island (exact) */
};
_Static_assert(NS_NATURE < 32, "a word's namespaces are the bits of a uint32_t (lex_namespaces)");

enum { LEX_GPE = 1, LEX_NORP, LEX_LOC, LEX_ORG };

typedef struct lex_entry {
    uint8_t type;       /* LEX_* for NS_GAZ                                 */
    char code[4];       /* ISO code or ""                                   */
    const char *canon;  /* canonical name (NS_GAZ)                          */
    double num;         /* numeric value; NS_GAZ: 1 for a country           */
} lex_entry_t;

typedef struct lex lex_t;

lex_t *lex_new(void);
void lex_destroy(lex_t **self_p);
/* Adds key -> entry unless the key is already there (first wins).
 * Returns 0, or -1 when out of memory. */
int lex_add(lex_t *self, int ns, const char *key, size_t n, const lex_entry_t *e);
/* Loads a KIND<TAB>surface<TAB>code<TAB>canonical file; 0 or -1. */
int lex_load_tsv(lex_t *self, const char *path);
/* The entry for key, or NULL. Thread-safe once loading is over. */
const lex_entry_t *lex_get(const lex_t *self, int ns, const char *key, size_t n);
/* The same for the plain XXH3_64bits hash of the key. */
const lex_entry_t *lex_get_h(const lex_t *self, int ns, uint64_t h);
/* The namespaces (bit 1 << ns) in which the key with plain XXH3_64bits
 * hash h is present; 0 for none. */
uint32_t lex_namespaces(const lex_t *self, uint64_t h);
/* The longest key (in tokens) added to NS_GAZ. */
int lex_max_tokens(const lex_t *self);

#endif
