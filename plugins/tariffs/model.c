/* model.c - weights of the learned decisions (see model.h). */
#include "model.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define XXH_INLINE_ALL
#include <xxhash.h>

static uint64_t s_key(const char *s, size_t n)
{
    uint64_t h = XXH3_64bits(s, n);
    return h ? h : 1; /* 0 marks an empty slot */
}

static size_t s_find(const tm_model_t *m, uint64_t key)
{
    size_t i = (size_t)key & m->mask;
    while (m->keys[i] && m->keys[i] != key)
        i = (i + 1) & m->mask;
    return i;
}

void tm_free(tm_model_t *m)
{
    free(m->keys);
    free(m->w);
    memset(m, 0, sizeof *m);
}

/* Format: a header line "feature\t<output names>", then one line a feature:
 * its string and TM_OUTPUTS weights, tab-separated. */
int tm_load(tm_model_t *m, const char *path, char *err, size_t errlen)
{
    memset(m, 0, sizeof *m);
    size_t lines = 0;
    FILE *fp = NULL;
    if (path[0]) {
        fp = fopen(path, "r");
        if (!fp) {
            snprintf(err, errlen, "%s: %s", path, strerror(errno));
            return -1;
        }
        int ch;
        while ((ch = fgetc(fp)) != EOF)
            lines += ch == '\n';
        rewind(fp);
    }
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
    if (!fp)
        return 0;
    char line[512];
    for (size_t no = 1; fgets(line, sizeof line, fp); no++) {
        if (no == 1 || line[0] == '\n')
            continue; /* header */
        char *tab = strchr(line, '\t');
        if (!tab || tab - line >= TM_FEATURE_MAX) {
            snprintf(err, errlen, "%s:%zu: expected a feature and %d weights", path, no, TM_OUTPUTS);
            goto fail;
        }
        size_t slot = s_find(m, s_key(line, (size_t)(tab - line)));
        m->keys[slot] = s_key(line, (size_t)(tab - line));
        char *p = tab + 1;
        for (int k = 0; k < TM_OUTPUTS; k++) {
            char *end;
            m->w[slot][k] = strtof(p, &end);
            if (end == p) {
                snprintf(err, errlen, "%s:%zu: weight %d is not a number", path, no, k + 1);
                goto fail;
            }
            p = end;
        }
    }
    fclose(fp);
    return 0;
fail:
    if (fp)
        fclose(fp);
    tm_free(m);
    return -1;
}

void tm_add(tm_feats_t *f, const char *fmt, ...)
{
    if (f->n == TM_MAX_FEATURES)
        return;
    char s[TM_FEATURE_MAX];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(s, sizeof s, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    size_t len = (size_t)n < sizeof s ? (size_t)n : sizeof s - 1;
    while (len < (size_t)n && len > 0 && ((unsigned char)s[len] & 0xC0) == 0x80)
        len--; /* cut on a character boundary */
    for (size_t i = 0; i < len; i++) {
        unsigned char ch = (unsigned char)s[i];
        s[i] = ch < 0x20 || ch == '"' || ch == '\\' || ch == '\t' ? '_' : (char)tolower(ch);
    }
    f->h[f->n++] = s_key(s, len);
    if (f->dump && f->dlen + len + 4 < f->dcap) {
        f->dlen += (size_t)sprintf(f->dump + f->dlen, "%s\"%.*s\"", f->dlen ? "," : "", (int)len, s);
    }
}

void tm_score(const tm_model_t *m, const tm_feats_t *f, float out[TM_OUTPUTS])
{
    memset(out, 0, TM_OUTPUTS * sizeof *out);
    if (!m->keys)
        return;
    for (size_t i = 0; i < f->n; i++) {
        size_t slot = s_find(m, f->h[i]);
        if (!m->keys[slot])
            continue;
        for (int k = 0; k < TM_OUTPUTS; k++)
            out[k] += m->w[slot][k];
    }
}
