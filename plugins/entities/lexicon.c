/* SPDX-License-Identifier: MIT */
/* lexicon.c - the hash table behind lexicon.h.
 *
 * Keys are never compared as strings: a 64-bit XXH3 hash seeded with the
 * namespace identifies them (with ~1e4 keys a collision is ~1e-11 likely),
 * so a lookup is one hash and, usually, one probe. */
#include "lexicon.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#define XXH_INLINE_ALL /* inlined from the header: hashing runs per token */
#include <xxhash.h>

/* Most lookups are for keys that are not there, and the key table is
 * larger than the cache: a two-bit Bloom filter of 64 KB answers most of
 * them without touching it. Its bits come from the hash's high bits (the
 * table slot uses the low ones). */
#define LEX_FILTER_BITS (1u << 19)

struct lex {
    uint64_t *keys;      /* 0 = empty slot                                */
    uint32_t *vals;      /* index into entries                            */
    size_t mask;         /* capacity - 1                                  */
    size_t used;
    lex_entry_t *entries;
    size_t n_entries, cap_entries;
    char **strings;      /* owned canonical names                         */
    size_t n_strings, cap_strings;
    int max_tokens;
    uint64_t filter[LEX_FILTER_BITS / 64];
    /* plain XXH3 of a surface -> the namespaces it is a key in (bit ns):
     * a token looked up in many namespaces costs one probe here */
    uint64_t *word_keys;
    uint32_t *word_ns;
    size_t word_mask, word_used;
};

/* The filter bit k (0 or 1) of a key. */
static uint64_t s_filter_bit(uint64_t h, int k)
{
    return (h >> (k ? 44 : 24)) & (LEX_FILTER_BITS - 1);
}

static bool s_maybe(const lex_t *self, uint64_t h)
{
    for (int k = 0; k < 2; k++)
        if (!(self->filter[s_filter_bit(h, k) / 64] >> (s_filter_bit(h, k) % 64) & 1))
            return false;
    return true;
}

static void s_filter_add(lex_t *self, uint64_t h)
{
    for (int k = 0; k < 2; k++)
        self->filter[s_filter_bit(h, k) / 64] |= 1ull << (s_filter_bit(h, k) % 64);
}

/* The namespace is mixed into the plain XXH3 of the key, so a caller that
 * hashed a token once can look it up in every namespace (lex_get_h). */
static uint64_t s_ns_mix(uint64_t h, int ns)
{
    h ^= (uint64_t)ns * 0x9E3779B97F4A7C15ull;
    h *= 0xFF51AFD7ED558CCDull;
    h ^= h >> 33;
    return h ? h : 1;
}

static uint64_t s_hash(int ns, const char *key, size_t n)
{
    return s_ns_mix(XXH3_64bits(key, n), ns);
}

lex_t *lex_new(void)
{
    lex_t *self = calloc(1, sizeof *self);
    if (!self)
        return NULL;
    self->mask = 4095;
    self->keys = calloc(self->mask + 1, sizeof *self->keys);
    self->vals = calloc(self->mask + 1, sizeof *self->vals);
    self->word_mask = 4095;
    self->word_keys = calloc(self->word_mask + 1, sizeof *self->word_keys);
    self->word_ns = calloc(self->word_mask + 1, sizeof *self->word_ns);
    if (!self->keys || !self->vals || !self->word_keys || !self->word_ns)
        lex_destroy(&self);
    return self;
}

void lex_destroy(lex_t **self_p)
{
    if (!self_p || !*self_p)
        return;
    lex_t *self = *self_p;
    for (size_t i = 0; i < self->n_strings; i++)
        free(self->strings[i]);
    free(self->strings);
    free(self->entries);
    free(self->keys);
    free(self->vals);
    free(self->word_keys);
    free(self->word_ns);
    free(self);
    *self_p = NULL;
}

static void s_insert(uint64_t *keys, uint32_t *vals, size_t mask, uint64_t h, uint32_t v)
{
    size_t i = (size_t)h & mask;
    while (keys[i])
        i = (i + 1) & mask;
    keys[i] = h;
    vals[i] = v;
}

/* Doubles the table keys/vals (capacity *mask + 1). 0 or -1. */
static int s_grow(uint64_t **keys_p, uint32_t **vals_p, size_t *mask_p)
{
    size_t mask = *mask_p * 2 + 1;
    uint64_t *keys = calloc(mask + 1, sizeof *keys);
    uint32_t *vals = calloc(mask + 1, sizeof *vals);
    if (!keys || !vals) {
        free(keys);
        free(vals);
        return -1;
    }
    for (size_t i = 0; i <= *mask_p; i++)
        if ((*keys_p)[i])
            s_insert(keys, vals, mask, (*keys_p)[i], (*vals_p)[i]);
    free(*keys_p);
    free(*vals_p);
    *keys_p = keys;
    *vals_p = vals;
    *mask_p = mask;
    return 0;
}

/* Marks the surface with plain hash h as a key in namespace ns. */
static int s_word_add(lex_t *self, uint64_t h, int ns)
{
    h = h ? h : 1;
    size_t i = (size_t)h & self->word_mask; /* as s_insert places it */
    while (self->word_keys[i] && self->word_keys[i] != h)
        i = (i + 1) & self->word_mask;
    if (!self->word_keys[i]) {
        if ((self->word_used + 1) * 2 > self->word_mask + 1) {
            if (s_grow(&self->word_keys, &self->word_ns, &self->word_mask) < 0)
                return -1;
            return s_word_add(self, h, ns);
        }
        self->word_keys[i] = h;
        self->word_used++;
    }
    self->word_ns[i] |= 1u << ns;
    return 0;
}

uint32_t lex_namespaces(const lex_t *self, uint64_t h)
{
    h = h ? h : 1;
    size_t i = (size_t)h & self->word_mask; /* as s_insert places it */
    while (self->word_keys[i]) {
        if (self->word_keys[i] == h)
            return self->word_ns[i];
        i = (i + 1) & self->word_mask;
    }
    return 0;
}

static long s_find(const lex_t *self, uint64_t h)
{
    if (!s_maybe(self, h))
        return -1;
    size_t i = (size_t)h & self->mask;
    while (self->keys[i]) {
        if (self->keys[i] == h)
            return (long)self->vals[i];
        i = (i + 1) & self->mask;
    }
    return -1;
}

int lex_add(lex_t *self, int ns, const char *key, size_t n, const lex_entry_t *e)
{
    uint64_t plain = XXH3_64bits(key, n), h = s_ns_mix(plain, ns);
    if (s_find(self, h) >= 0)
        return 0;
    if ((self->used + 1) * 2 > self->mask + 1 && s_grow(&self->keys, &self->vals, &self->mask) < 0)
        return -1;
    if (s_word_add(self, plain, ns) < 0)
        return -1;
    if (self->n_entries == self->cap_entries) {
        size_t cap = self->cap_entries ? self->cap_entries * 2 : 256;
        lex_entry_t *p = realloc(self->entries, cap * sizeof *p);
        if (!p)
            return -1;
        self->entries = p;
        self->cap_entries = cap;
    }
    self->entries[self->n_entries] = *e;
    s_insert(self->keys, self->vals, self->mask, h, (uint32_t)self->n_entries++);
    s_filter_add(self, h);
    self->used++;
    if (ns == NS_GAZ) {
        int toks = 1;
        for (size_t i = 0; i < n; i++)
            toks += key[i] == ' ';
        if (toks > self->max_tokens)
            self->max_tokens = toks;
    }
    return 0;
}

const lex_entry_t *lex_get(const lex_t *self, int ns, const char *key, size_t n)
{
    long v = s_find(self, s_hash(ns, key, n));
    return v < 0 ? NULL : &self->entries[v];
}

const lex_entry_t *lex_get_h(const lex_t *self, int ns, uint64_t h)
{
    long v = s_find(self, s_ns_mix(h, ns));
    return v < 0 ? NULL : &self->entries[v];
}

int lex_max_tokens(const lex_t *self)
{
    return self->max_tokens;
}

static char *s_keep(lex_t *self, const char *s)
{
    if (self->n_strings == self->cap_strings) {
        size_t cap = self->cap_strings ? self->cap_strings * 2 : 256;
        char **p = realloc(self->strings, cap * sizeof *p);
        if (!p)
            return NULL;
        self->strings = p;
        self->cap_strings = cap;
    }
    char *copy = strdup(s);
    if (copy)
        self->strings[self->n_strings++] = copy;
    return copy;
}

int lex_load_tsv(lex_t *self, const char *path)
{
    FILE *fp = fopen(path, "r");
    if (!fp)
        return -1;
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    int rc = 0;
    while (rc == 0 && (len = getline(&line, &cap, fp)) > 0) {
        if (line[0] == '#')
            continue;
        line[strcspn(line, "\r\n")] = 0;
        char *f[4] = { 0 };
        char *save = NULL, *p = line;
        for (int i = 0; i < 4; i++) {
            f[i] = p;
            p = strchr(p, '\t');
            if (!p)
                break;
            *p++ = 0;
        }
        (void)save;
        if (!f[1] || !f[3])
            continue;
        lex_entry_t e = { 0 };
        snprintf(e.code, sizeof e.code, "%s", f[2] ? f[2] : "");
        int ns = NS_GAZ;
        if (strcmp(f[0], "GPE") == 0) e.type = LEX_GPE;
        else if (strcmp(f[0], "COUNTRY") == 0) e.type = LEX_GPE, e.num = 1;
        else if (strcmp(f[0], "NORP") == 0) e.type = LEX_NORP;
        else if (strcmp(f[0], "LOC") == 0) e.type = LEX_LOC;
        else if (strcmp(f[0], "ORG") == 0) e.type = LEX_ORG;
        else if (strcmp(f[0], "CUR") == 0) ns = NS_CUR;
        else continue;
        e.canon = s_keep(self, f[3]);
        if (!e.canon) {
            rc = -1;
            break;
        }
        rc = lex_add(self, ns, f[1], strlen(f[1]), &e);
        /* multi-word names: remember their first word and length, so
         * that only such words try the longer lookups */
        const char *sp = strchr(f[1], ' ');
        if (rc == 0 && ns == NS_GAZ && sp) {
            size_t pl = strcspn(f[1], " '");
            int words = 2;
            for (const char *q = sp; *q; q++)
                words += *q == ' ';
            const lex_entry_t *old = lex_get(self, NS_GAZPFX, f[1], pl);
            if (old && old->num < words)
                ((lex_entry_t *)old)->num = words;
            lex_entry_t pe = { .num = words };
            if (!old)
                rc = lex_add(self, NS_GAZPFX, f[1], pl, &pe);
        }
    }
    free(line);
    fclose(fp);
    return rc;
}
