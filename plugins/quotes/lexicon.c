/* SPDX-License-Identifier: MIT */
/* lexicon.c - case-insensitive word sets (see lexicon.h).
 *
 * Keys are XXH3-64 hashes of the lower-cased (ASCII) word; a 64-bit hash
 * collision between two of a few thousand words is not a practical concern,
 * and storing hashes only keeps the table small and the lookup one probe. */
#include "lexicon.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#define XXH_INLINE_ALL /* inlined from the header: hashing runs per token */
#include <xxhash.h>

static uint64_t s_hash(const char *w, size_t n)
{
    char buf[64];
    if (n >= sizeof buf)
        return 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)w[i];
        buf[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    uint64_t h = XXH3_64bits(buf, n);
    return h ? h : 1; /* 0 marks an empty slot */
}

int lexicon_init(lexicon_t *lx, size_t expected)
{
    size_t cap = 1024;
    while (cap < expected * 2)
        cap *= 2;
    lx->keys = calloc(cap, sizeof *lx->keys);
    lx->vals = calloc(cap, sizeof *lx->vals);
    lx->cap = cap;
    lx->n = 0;
    if (!lx->keys || !lx->vals) {
        lexicon_free(lx);
        return -1;
    }
    return 0;
}

void lexicon_free(lexicon_t *lx)
{
    free(lx->keys);
    free(lx->vals);
    lx->keys = NULL;
    lx->vals = NULL;
    lx->cap = lx->n = 0;
}

static int s_grow(lexicon_t *lx)
{
    lexicon_t big;
    big.cap = lx->cap * 2;
    big.n = 0;
    big.keys = calloc(big.cap, sizeof *big.keys);
    big.vals = calloc(big.cap, sizeof *big.vals);
    if (!big.keys || !big.vals) {
        free(big.keys);
        free(big.vals);
        return -1;
    }
    for (size_t i = 0; i < lx->cap; i++) {
        if (!lx->keys[i])
            continue;
        size_t j = lx->keys[i] & (big.cap - 1);
        while (big.keys[j])
            j = (j + 1) & (big.cap - 1);
        big.keys[j] = lx->keys[i];
        big.vals[j] = lx->vals[i];
        big.n++;
    }
    lexicon_free(lx);
    *lx = big;
    return 0;
}

int lexicon_add(lexicon_t *lx, const char *w, size_t n, uint32_t flags)
{
    uint64_t h = s_hash(w, n);
    if (!h)
        return 0; /* too long to be looked up: ignore */
    if ((lx->n + 1) * 2 > lx->cap && s_grow(lx) < 0)
        return -1;
    size_t j = h & (lx->cap - 1);
    while (lx->keys[j] && lx->keys[j] != h)
        j = (j + 1) & (lx->cap - 1);
    if (!lx->keys[j]) {
        lx->keys[j] = h;
        lx->n++;
    }
    lx->vals[j] |= flags;
    return 0;
}

uint32_t lexicon_get(const lexicon_t *lx, const char *w, size_t n)
{
    return lexicon_get_hash(lx, s_hash(w, n));
}

uint32_t lexicon_get_hash(const lexicon_t *lx, uint64_t h)
{
    if (!h || !lx->cap)
        return 0;
    size_t j = h & (lx->cap - 1);
    while (lx->keys[j]) {
        if (lx->keys[j] == h)
            return lx->vals[j];
        j = (j + 1) & (lx->cap - 1);
    }
    return 0;
}

int lexicon_load(lexicon_t *lx, const char *path, uint32_t flags)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return -1;
    char line[256];
    int rc = 0;
    while (fgets(line, sizeof line, f)) {
        size_t n = strcspn(line, "\r\n");
        line[n] = '\0';
        while (n && (line[n - 1] == ' ' || line[n - 1] == '\t'))
            line[--n] = '\0';
        if (!n || line[0] == '#')
            continue;
        if (lexicon_add(lx, line, n, flags) < 0) {
            rc = -1;
            break;
        }
        char *sp = strchr(line, ' ');
        if (sp && lexicon_add(lx, line, (size_t)(sp - line), W_CUE_FIRST) < 0) {
            rc = -1;
            break;
        }
    }
    fclose(f);
    return rc;
}
