/* SPDX-License-Identifier: MIT */
/* build_clusters.c - turns the word lists into the mmap'ed table (clusters.h).
 *
 *   build-clusters plugins/entities/data/clusters.tsv plugins/entities/data/namelists.tsv \
 *       plugins/entities/data/casing.tsv > plugins/entities/data/clusters.bin
 *
 * CLUSTERS: word<TAB>id<TAB>id<TAB>id per line (coarse to fine, ids < 65535),
 * as data/build_clusters.py prints it; FLAGS: word<TAB>flags, as
 * data/build_namelists.py and data/build_casing.py print them (or'ed). Keys are XXH3 of the word as it is
 * for the clusters (learned from cased text) and of the word with A-Z
 * lower-cased for the name lists (the core's doc->lower_hashes); a word in
 * both with the same key gets one slot. The table is at most two thirds full, so a miss ends
 * after a short probe. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

#include "clusters.h"

typedef struct table {
    clusters_slot_t *slot;
    uint32_t slots, used;
} table_t;

/* The slot for word, new (ids CLUSTERS_NONE) or the one it has; lower
 * lower-cases the word first. */
static clusters_slot_t *s_slot(table_t *t, char *word, size_t n, int lower)
{
    for (size_t k = 0; lower && k < n; k++)
        if (word[k] >= 'A' && word[k] <= 'Z')
            word[k] |= 0x20;
    uint64_t h = XXH3_64bits(word, n);
    if (!h)
        return NULL;
    uint64_t i = (h ^ (h >> 29)) & (t->slots - 1);
    while (t->slot[i].hash && t->slot[i].hash != h)
        i = (i + 1) & (t->slots - 1);
    if (!t->slot[i].hash) {
        if (3 * (t->used + 1) > 2 * t->slots)
            return NULL;
        t->used++;
        t->slot[i] = (clusters_slot_t){ h, { CLUSTERS_NONE, CLUSTERS_NONE, CLUSTERS_NONE }, 0 };
    }
    return &t->slot[i];
}

/* Reads one list into t; clusters (3 ids) or flags (1 number) per word. */
static int s_read(table_t *t, const char *path, int ids)
{
    FILE *fp = fopen(path, "r");
    if (!fp) {
        perror(path);
        return -1;
    }
    char line[4096];
    unsigned long lineno = 0;
    int rc = 0;
    while (!rc && fgets(line, sizeof line, fp)) {
        lineno++;
        char *tab = strchr(line, '\t');
        unsigned v[3];
        int want = ids ? 3 : 1;
        if (!tab || tab == line ||
            sscanf(tab + 1, ids ? "%u\t%u\t%u" : "%u", &v[0], &v[1], &v[2]) != want) {
            fprintf(stderr, "build-clusters: %s:%lu: expected word<TAB>%s\n", path, lineno,
                    ids ? "id<TAB>id<TAB>id" : "flags");
            rc = -1;
            break;
        }
        for (int k = 0; k < want; k++)
            if (v[k] >= CLUSTERS_NONE) {
                fprintf(stderr, "build-clusters: %s:%lu: %u is out of range\n", path, lineno, v[k]);
                rc = -1;
            }
        clusters_slot_t *s = rc ? NULL : s_slot(t, line, (size_t)(tab - line), !ids);
        if (!rc && !s) {
            fprintf(stderr, "build-clusters: %s:%lu: table full or the word hashes to 0\n", path,
                    lineno);
            rc = -1;
        }
        if (!rc && ids && s->id[0] == CLUSTERS_NONE) /* a word twice keeps its first line */
            for (int k = 0; k < 3; k++)
                s->id[k] = (uint16_t)v[k];
        else if (!rc && !ids)
            s->flags |= (uint16_t)v[0];
    }
    fclose(fp);
    return rc;
}

static size_t s_lines(const char *path)
{
    FILE *fp = fopen(path, "r");
    size_t n = 0;
    int ch;
    while (fp && (ch = getc(fp)) != EOF)
        n += ch == '\n';
    if (fp)
        fclose(fp);
    return n;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: build-clusters CLUSTERS.tsv FLAGS.tsv... > clusters.bin\n");
        return 2;
    }
    table_t t = { .slots = 16 };
    size_t words = 0;
    for (int k = 1; k < argc; k++)
        words += s_lines(argv[k]);
    /* lines count a word once per list: the table ends up about two thirds
     * full, and s_slot refuses more */
    while (4 * t.slots < 5 * words)
        t.slots *= 2;
    if (!(t.slot = calloc(t.slots, sizeof *t.slot))) {
        fprintf(stderr, "build-clusters: out of memory\n");
        return 1;
    }
    for (int k = 1; k < argc; k++)
        if (s_read(&t, argv[k], k == 1) < 0)
            return 1;
    uint32_t levels = CLUSTERS_LEVELS;
    if (fwrite(CLUSTERS_MAGIC, 1, 8, stdout) != 8 || fwrite(&t.slots, 4, 1, stdout) != 1 ||
        fwrite(&levels, 4, 1, stdout) != 1 ||
        fwrite(t.slot, sizeof *t.slot, t.slots, stdout) != t.slots || fflush(stdout) != 0) {
        fprintf(stderr, "build-clusters: cannot write the table\n");
        return 1;
    }
    fprintf(stderr, "build-clusters: %u words in %u slots\n", t.used, t.slots);
    free(t.slot);
    return 0;
}
