/* SPDX-License-Identifier: MIT */
/* ranker.c - weights and features of the attribution ranker (ranker.h). */
#include "ranker.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#define XXH_INLINE_ALL
#include <xxhash.h>

uint64_t qr_hash(const char *s, size_t n)
{
    char buf[64];
    if (n > sizeof buf)
        n = sizeof buf;
    for (size_t i = 0; i < n; i++)
        buf[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
    uint64_t h = XXH3_64bits(buf, n);
    return h ? h : 1;
}

/* The key of a feature's string "name=v1@v2" (as qr_addv makes it). */
static uint64_t s_key(const char *s, size_t n)
{
    size_t k = 0;
    while (k < n && s[k] != '=')
        k++;
    uint64_t key = qr_hash(s, k);
    while (k < n) {
        size_t b = ++k;
        while (k < n && s[k] != '@')
            k++;
        key = qr_join(key, qr_hash(s + b, k - b));
    }
    return key;
}

static size_t s_find(const qr_model_t *m, uint64_t key)
{
    size_t i = (size_t)key & m->mask;
    while (m->keys[i] && m->keys[i] != key)
        i = (i + 1) & m->mask;
    return i;
}

void qr_free(qr_model_t *m)
{
    free(m->keys);
    free(m->w);
    memset(m, 0, sizeof *m);
}

int qr_load(qr_model_t *m, const char *path, char *err, size_t errlen)
{
    memset(m, 0, sizeof *m);
    if (!path[0] || strcmp(path, "none") == 0)
        return 0;
    FILE *fp = fopen(path, "r");
    if (!fp) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return -1;
    }
    size_t lines = 0;
    int ch;
    while ((ch = fgetc(fp)) != EOF)
        lines += ch == '\n';
    rewind(fp);
    size_t cap = 64;
    while (cap < 2 * lines + 2)
        cap *= 2;
    m->keys = calloc(cap, sizeof *m->keys);
    m->w = calloc(cap, sizeof *m->w);
    m->mask = cap - 1;
    if (!m->keys || !m->w) {
        snprintf(err, errlen, "%s: out of memory", path);
        goto fail;
    }
    char line[512];
    for (size_t no = 1; fgets(line, sizeof line, fp); no++) {
        if (no == 1 || line[0] == '\n' || line[0] == '#')
            continue; /* header */
        char *tab = strchr(line, '\t'), *end;
        if (!tab || tab == line) {
            snprintf(err, errlen, "%s:%zu: expected a feature, a tab and a weight", path, no);
            goto fail;
        }
        float w = strtof(tab + 1, &end);
        if (end == tab + 1 || (*end && *end != '\n' && *end != '\r')) {
            snprintf(err, errlen, "%s:%zu: the weight is not a number", path, no);
            goto fail;
        }
        uint64_t key = s_key(line, (size_t)(tab - line));
        size_t slot = s_find(m, key);
        m->keys[slot] = key;
        m->w[slot] = w;
        m->has_keep |= strncmp(line, "q:", 2) == 0;
    }
    fclose(fp);
    return 0;
fail:
    fclose(fp);
    qr_free(m);
    return -1;
}

/* Appends text to the training dump: a JSON string's characters. */
static void s_dump(qr_feats_t *f, const char *s, size_t n)
{
    for (size_t i = 0; i < n && f->dlen + 3 < f->dcap; i++) {
        char ch = s[i] >= 'A' && s[i] <= 'Z' ? (char)(s[i] + 32) : s[i];
        if (ch == '"' || ch == '\\')
            f->dump[f->dlen++] = '\\';
        f->dump[f->dlen++] = (unsigned char)ch < 0x20 ? ' ' : ch;
    }
}

static void s_dump_begin(qr_feats_t *f, const char *name)
{
    if (f->dcap - f->dlen < 128)
        return;
    if (f->dlen)
        f->dump[f->dlen++] = ',';
    f->dump[f->dlen++] = '"';
    s_dump(f, name, strlen(name));
}

static void s_dump_end(qr_feats_t *f)
{
    if (f->dlen + 1 < f->dcap)
        f->dump[f->dlen++] = '"';
}

uint64_t qr_static_miss(qr_cache_t *cache, const char *s)
{
    uint64_t h = qr_hash(s, strlen(s));
    if (cache) {
        size_t i = (size_t)(((uint64_t)(uintptr_t)s * 0x9E3779B97F4A7C15ull) >> (64 - QR_CACHE_BITS));
        cache->e[i].p = s;
        cache->e[i].h = h;
    }
    return h;
}

void qr_dump_feature(qr_feats_t *f, const char *name, const char *const *vals, size_t n)
{
    s_dump_begin(f, name);
    for (size_t i = 0; i < n; i++) {
        s_dump(f, i ? "@" : "=", 1);
        s_dump(f, vals[i], strlen(vals[i]));
    }
    s_dump_end(f);
}

void qr_dump_word(qr_feats_t *f, const char *name, const char *w, size_t n)
{
    s_dump_begin(f, name);
    s_dump(f, "=", 1);
    s_dump(f, w, n);
    s_dump_end(f);
}

float qr_weight(const qr_model_t *m, uint64_t key)
{
    if (!m->keys)
        return 0;
    size_t slot = s_find(m, key);
    return m->keys[slot] ? m->w[slot] : 0;
}

float qr_score(const qr_model_t *m, const qr_feats_t *f)
{
    if (f->m)
        return f->sum;
    float s = 0;
    for (size_t i = 0; i < f->n; i++)
        s += qr_weight(m, f->h[i]);
    return s;
}
