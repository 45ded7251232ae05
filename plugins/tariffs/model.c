/* SPDX-License-Identifier: MIT */
/* model.c - weights of the learned decisions (see model.h). */
#include "model.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
    if (!fp)
        return 0; /* no model: the rules' reading stands */
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
        if (no == 1 || line[0] == '\n')
            continue; /* header */
        char *tab = strchr(line, '\t');
        if (!tab) {
            snprintf(err, errlen, "%s:%zu: expected a feature and %d weights", path, no, TM_OUTPUTS);
            goto fail;
        }
        /* the prefix runs to the first ':' or '=', or is the whole name */
        size_t plen = strcspn(line, ":=\t");
        if (line[plen] != '\t')
            plen++;
        uint64_t key = tm_key(lex_hash(line, plen), lex_hash(line + plen, (size_t)(tab - line) - plen));
        size_t slot = s_find(m, key);
        m->keys[slot] = key;
        char *p = tab + 1;
        for (int k = 0; k < TM_OUTPUTS; k++) {
            char *end;
            m->w[slot][k] = strtof(p, &end);
            m->has[k < 5 ? TM_MODALITY : k] |= m->w[slot][k] != 0;
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

void tm_add_text(tm_feats_t *f, const char *prefix, const char *value, size_t vlen)
{
    size_t plen = strlen(prefix);
    if (f->dlen + 2 * (plen + vlen) + 4 >= f->dcap)
        return;
    char *o = f->dump + f->dlen;
    if (f->dlen)
        *o++ = ',';
    *o++ = '"';
    for (size_t i = 0; i < plen + vlen; i++) {
        unsigned char ch = (unsigned char)(i < plen ? prefix[i] : value[i - plen]);
        if (ch == '"' || ch == '\\')
            *o++ = '\\'; /* JSON escapes; tokens hold no control characters */
        *o++ = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
    }
    *o++ = '"';
    f->dlen = (size_t)(o - f->dump);
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
