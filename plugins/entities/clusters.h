/* SPDX-License-Identifier: MIT */
/* clusters.h - per-word features from outside the labelled data: clusters
 * learned from unlabelled text and open-gazetteer flags (data/ORIGIN.md),
 * looked up by token hash: clusters by the XXH3 of the token as it is,
 * gazetteer flags by the core's lower-case hash (doc->lower_hashes).
 *
 * File: "SIFTCLU2", uint32 slots (a power of two), uint32 levels
 * (CLUSTERS_LEVELS), then slots x { uint64 hash (0: empty), uint16 id[levels],
 * uint16 flags }, open addressing with linear probing. It is mmap'ed
 * read-only, so worker processes share its pages. */
#ifndef ENTITIES_CLUSTERS_H
#define ENTITIES_CLUSTERS_H

#include <stddef.h>
#include <stdint.h>

#define CLUSTERS_MAGIC "SIFTCLU2"
#define CLUSTERS_LEVELS 3          /* coarse to fine: 64, 256, 1024 clusters */
#define CLUSTERS_NONE 0xFFFF       /* the id of a word the clusters never saw */

/* Flags of a word: gazetteers (data/build_namelists.py), how unlabelled
 * text writes it inside a sentence (data/build_casing.py). */
enum { CL_GIVEN = 1, CL_PLACE1 = 2, CL_PLACE_FIRST = 4, CL_PLACE_LATER = 8,
       CL_USUALLY_CAP = 16, CL_USUALLY_LOWER = 32,
       /* unlabelled text names a company by the word (data/build_companies.py);
        * no feature of the tagger, which sees only the bits below it */
       CL_COMPANY = 64, CL_TAGGER = 63 };

typedef struct clusters_slot {
    uint64_t hash;
    uint16_t id[CLUSTERS_LEVELS];
    uint16_t flags;
} clusters_slot_t;

typedef struct clusters clusters_t;

/* Maps path; NULL when it is missing or not a cluster file (*why says which). */
clusters_t *clusters_load(const char *path, const char **why);
void clusters_destroy(clusters_t **self_p);
/* The slot of the word with hash h: CLUSTERS_LEVELS ids
 * (CLUSTERS_NONE each for a word the clusters never saw) and its flags.
 * Never NULL. */
const clusters_slot_t *clusters_get(const clusters_t *self, uint64_t h);
/* Asks the CPU for the slot of h ahead of clusters_get (a cache miss each,
 * in a table of megabytes). */
void clusters_prefetch(const clusters_t *self, uint64_t h);

#endif
