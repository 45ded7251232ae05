/* SPDX-License-Identifier: MIT */
/* lex.c - loads the tariff plugin's lexicon files into hash tables.
 *
 * Keys are 64-bit hashes of lower-cased text (lex.h); with 64 bits and a
 * few thousand entries a collision is not a practical concern, so strings
 * are not kept. */
#include "lex.h"

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TARIFF_NAME(n) #n,
static const char *const s_class_names[] = { TARIFF_CLASSES(TARIFF_NAME) NULL };
#undef TARIFF_NAME

static uint64_t s_word_key(const char *s)
{
    size_t n = strlen(s);
    return lex_hash(s, n);
}

/* Key of the phrase s[0, n) written with single spaces: its tokens'
 * hashes joined, as s_parties computes it from an article's tokens. */
static uint64_t s_phrase_key(const char *s, size_t n)
{
    uint64_t key = 0;
    for (size_t i = 0;;) {
        const char *sp = memchr(s + i, ' ', n - i);
        size_t end = sp ? (size_t)(sp - s) : n;
        uint64_t h = lex_hash(s + i, end - i);
        key = i ? lex_join(key, h) : h;
        if (!sp)
            return key;
        i = end + 1;
    }
}

static int s_classes(const char *s, uint64_t *flags, bool *product)
{
    char name[32];
    while (*s) {
        size_t n = strcspn(s, ",");
        if (n == 0 || n >= sizeof name)
            return -1;
        memcpy(name, s, n);
        name[n] = 0;
        if (!strcmp(name, "PRODUCT")) { /* a word's own mark, no class bit */
            *product = true;
            s += n + (s[n] == ',');
            continue;
        }
        int k = 0;
        while (s_class_names[k] && strcmp(s_class_names[k], name) != 0)
            k++;
        if (!s_class_names[k])
            return -1;
        *flags |= 1ull << k;
        s += n;
        if (*s == ',')
            s++;
    }
    return 0;
}

/* Splits a line at tabs in place; returns the number of fields. */
static int s_fields(char *line, char **f, int max)
{
    int n = 0;
    line[strcspn(line, "\r\n")] = 0;
    while (n < max) {
        f[n++] = line;
        char *t = strchr(line, '\t');
        if (!t)
            break;
        *t = 0;
        line = t + 1;
    }
    return n;
}

#define TARIFF_WORD_TEXT(id, w) w,
static const char *const s_words[W_COUNT] = { NULL, TARIFF_WORDS(TARIFF_WORD_TEXT) };
#undef TARIFF_WORD_TEXT

/* The slot of key in a table, claimed (and added to its filter) if new;
 * -1 when the table would be more than half full. */
static long s_claim(uint64_t *filter, uint64_t *keys, size_t mask, uint64_t key, size_t *used)
{
    size_t i = lex_slot(keys, mask, key);
    if (!keys[i]) {
        if (++*used > mask / 2)
            return -1;
        keys[i] = key;
        lex_filter_add(filter, key);
    }
    return (long)i;
}

static lex_cue_t *s_cue_slot(lex_t *lex, uint64_t key, size_t *used)
{
    long i = s_claim(lex->cue_filter, lex->cue_keys, lex->cue_mask, key, used);
    return i < 0 ? NULL : &lex->cues[i];
}

/* A lexicon file read whole, NUL-terminated, or NULL with err set.
 * Owned by the caller (free). */
static char *s_slurp(const char *path, char *err, size_t err_size)
{
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        snprintf(err, err_size, "%s: %s", path, strerror(errno));
        return NULL;
    }
    char *buf = NULL;
    long n = -1;
    if (fseek(fp, 0, SEEK_END) == 0 && (n = ftell(fp)) >= 0 && fseek(fp, 0, SEEK_SET) == 0 &&
        (buf = malloc((size_t)n + 1)) && fread(buf, 1, (size_t)n, fp) == (size_t)n) {
        buf[n] = 0;
    } else {
        snprintf(err, err_size, "%s: %s", path, buf || n < 0 ? "cannot read" : "out of memory");
        free(buf);
        buf = NULL;
    }
    fclose(fp);
    return buf;
}

/* The next line at *pos, cut off in place; NULL after the last. */
static char *s_next_line(char **pos)
{
    char *line = *pos;
    if (!*line)
        return NULL;
    char *nl = strchr(line, '\n');
    *pos = nl ? nl + 1 : line + strlen(line);
    if (nl)
        *nl = 0;
    return line;
}

/* A line with nothing to load: a comment or an empty line. */
static bool s_skip(const char *line)
{
    return line[0] == '#' || line[0] == 0 || line[0] == '\r';
}

/* Slots for n keys, the table at most a quarter full. */
static size_t s_mask_for(size_t n)
{
    size_t mask = 1023;
    while (mask + 1 < 4 * n)
        mask = 2 * mask + 1;
    return mask;
}

static int s_load_cues(lex_t *lex, const char *path, char *err, size_t err_size)
{
    char *buf = s_slurp(path, err, err_size);
    if (!buf)
        return -1;
    size_t keys = W_COUNT + 1; /* the file's lines and the W_* words */
    for (const char *c = buf; *c; c++)
        keys += *c == '\n';
    lex->cue_mask = s_mask_for(keys);
    lex->cue_keys = calloc(lex->cue_mask + 1, sizeof *lex->cue_keys);
    lex->cues = calloc(lex->cue_mask + 1, sizeof *lex->cues);
    if (!lex->cue_keys || !lex->cues) {
        snprintf(err, err_size, "out of memory");
        free(buf);
        return -1;
    }
    size_t used = 0;
    int rc = 0;
    char *pos = buf, *line;
    for (size_t no = 1; (line = s_next_line(&pos)); no++) {
        char *f[3];
        if (s_skip(line))
            continue;
        int n = s_fields(line, f, 3);
        uint64_t flags = 0;
        bool product = false;
        lex_cue_t *c = NULL;
        if (n < 2 || s_classes(f[1], &flags, &product) < 0 ||
            !(c = s_cue_slot(lex, s_word_key(f[0]), &used))) {
            snprintf(err, err_size, "%s:%zu: expected a word, a tab and a comma-separated list of known classes",
                     path, no);
            rc = -1;
            break;
        }
        c->flags |= flags; /* a word listed twice gets both roles */
        c->product |= product;
        if (n == 3) {
            if (flags & F(MONEYW))
                snprintf(c->currency, sizeof c->currency, "%s", f[2]);
            else
                c->value = strtod(f[2], NULL);
        }
    }
    free(buf);
    for (int w = 1; w < W_COUNT && rc == 0; w++) {
        lex_cue_t *c = s_cue_slot(lex, s_word_key(s_words[w]), &used);
        if (!c) {
            snprintf(err, err_size, "%s: the cue table is full", path);
            rc = -1;
        } else {
            c->word = (uint8_t)w;
        }
    }
    return rc;
}

static const char *s_intern(lex_t *lex, const char *s)
{
    size_t n = strlen(s) + 1;
    if (lex->pool_len + n > lex->pool_cap)
        return NULL; /* sized before loading */
    char *p = lex->pool + lex->pool_len;
    memcpy(p, s, n);
    lex->pool_len += n;
    return p;
}

/* Loads one party file (read whole into buf, cut up in place); the first
 * file to list a phrase wins. */
static int s_load_parties(lex_t *lex, char *buf, const char *path, size_t *used, char *err, size_t err_size)
{
    char *pos = buf, *line;
    for (size_t no = 1; (line = s_next_line(&pos)); no++) {
        char *f[5];
        if (s_skip(line))
            continue;
        int nf = s_fields(line, f, 5);
        if (nf < 4 || strlen(f[1]) > 2) {
            snprintf(err, err_size, "%s:%zu: expected a phrase, a code, a name and a kind, tab-separated", path, no);
            return -1;
        }
        /* a leader's fifth field: when they took office, or "never" */
        int32_t in_office = 0;
        int y, m, d;
        if (nf == 5 && strcmp(f[4], "never") == 0)
            in_office = TF_NEVER;
        else if (nf == 5 && sscanf(f[4], "%4d-%2d-%2d", &y, &m, &d) == 3 && m >= 1 && m <= 12 && d >= 1 && d <= 31)
            in_office = (int32_t)tf_days(y, m, d);
        else if (nf == 5) {
            snprintf(err, err_size, "%s:%zu: the fifth field is the day a leader took office "
                     "(YYYY-MM-DD) or \"never\"", path, no);
            return -1;
        }
        uint64_t key = s_phrase_key(f[0], strlen(f[0]));
        long i = lex_find(lex->party_filter, lex->party_keys, lex->party_mask, key);
        if (i >= 0 && lex->parties[i].kind != 'P')
            continue; /* first file wins: the hand list before generated ones */
        const char *name = s_intern(lex, f[2]);
        if (!name || (i = s_claim(lex->party_filter, lex->party_keys, lex->party_mask, key, used)) < 0) {
            snprintf(err, err_size, "%s:%zu: the party table is full", path, no);
            return -1;
        }
        lex_party_t *p = &lex->parties[i];
        p->kind = f[3][0];
        p->name = name;
        p->in_office = in_office;
        if (f[1][0] != '-')
            memcpy(p->code, f[1], 2);
        int toks = 1;
        for (const char *c = f[0]; *c; c++)
            toks += *c == ' ';
        if (toks > lex->max_phrase)
            lex->max_phrase = toks;
        /* every proper prefix of a phrase gets a 'P' entry, so that a
         * lookup stops as soon as no phrase can start like the text */
        for (const char *c = f[0]; *c; c++) {
            if (*c != ' ')
                continue;
            uint64_t pk = s_phrase_key(f[0], (size_t)(c - f[0]));
            if (lex_find(lex->party_filter, lex->party_keys, lex->party_mask, pk) >= 0)
                continue;
            long j = s_claim(lex->party_filter, lex->party_keys, lex->party_mask, pk, used);
            if (j < 0) {
                snprintf(err, err_size, "%s:%zu: the party table is full", path, no);
                return -1;
            }
            lex->parties[j].kind = 'P';
            lex->parties[j].name = name;
        }
    }
    return 0;
}

int lex_load(lex_t *lex, const char *cues_path, const char *const *party_paths,
             size_t n_party_paths, char *err, size_t err_size)
{
    memset(lex, 0, sizeof *lex);
    if (s_load_cues(lex, cues_path, err, err_size) < 0)
        goto fail;
    /* the party files read whole first: the table holds a key per phrase
     * and per proper prefix of it (a space before its tab), the pool the
     * names (no longer than the files) */
    char *bufs[8] = { 0 };
    if (n_party_paths > sizeof bufs / sizeof *bufs) {
        snprintf(err, err_size, "too many party lexicons");
        goto fail;
    }
    size_t keys = 0, bytes = 1;
    for (size_t i = 0; i < n_party_paths; i++) {
        if (!(bufs[i] = s_slurp(party_paths[i], err, err_size)))
            goto fail_bufs;
        for (const char *c = bufs[i], *tab = NULL; *c; c++) {
            if (*c == '\n')
                tab = NULL, keys++;
            else if (*c == '\t')
                tab = c;
            else if (*c == ' ' && !tab)
                keys++;
            bytes++;
        }
        keys++; /* a last line without its newline */
    }
    lex->party_mask = s_mask_for(keys);
    lex->pool_cap = bytes;
    lex->party_keys = calloc(lex->party_mask + 1, sizeof *lex->party_keys);
    lex->parties = calloc(lex->party_mask + 1, sizeof *lex->parties);
    lex->pool = malloc(lex->pool_cap);
    if (!lex->party_keys || !lex->parties || !lex->pool) {
        snprintf(err, err_size, "out of memory");
        goto fail_bufs;
    }
    size_t used = 0;
    for (size_t i = 0; i < n_party_paths; i++)
        if (s_load_parties(lex, bufs[i], party_paths[i], &used, err, err_size) < 0)
            goto fail_bufs;
    for (size_t i = 0; i < n_party_paths; i++)
        free(bufs[i]);
    return 0;
fail_bufs:
    for (size_t i = 0; i < n_party_paths; i++)
        free(bufs[i]);
fail:
    lex_free(lex);
    return -1;
}

void lex_free(lex_t *lex)
{
    free(lex->cue_keys);
    free(lex->cues);
    free(lex->party_keys);
    free(lex->parties);
    free(lex->pool);
    memset(lex, 0, sizeof *lex);
}
