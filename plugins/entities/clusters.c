/* SPDX-License-Identifier: MIT */
/* clusters.c - the mmap'ed word-cluster table (see clusters.h). */
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "clusters.h"

struct clusters {
    void *map;
    size_t map_len;
    const clusters_slot_t *slot;
    uint64_t mask;
};

static const clusters_slot_t s_none = { 0, { CLUSTERS_NONE, CLUSTERS_NONE, CLUSTERS_NONE }, 0 };

clusters_t *clusters_load(const char *path, const char **why)
{
    *why = "cannot open it";
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return NULL;
    struct stat sb;
    clusters_t *cl = NULL;
    void *map = MAP_FAILED;
    if (fstat(fd, &sb) < 0 || sb.st_size < 16) {
        *why = "too short for a cluster file";
        goto done;
    }
    map = mmap(NULL, (size_t)sb.st_size, PROT_READ, MAP_SHARED, fd, 0);
    if (map == MAP_FAILED) {
        *why = "cannot map it";
        goto done;
    }
    uint32_t slots, levels;
    memcpy(&slots, (const char *)map + 8, 4);
    memcpy(&levels, (const char *)map + 12, 4);
    if (memcmp(map, CLUSTERS_MAGIC, 8) != 0 || levels != CLUSTERS_LEVELS || !slots ||
        (slots & (slots - 1)) ||
        (size_t)sb.st_size != 16 + (size_t)slots * sizeof(clusters_slot_t)) {
        *why = "not a SIFTCLU2 file of 3 levels (rebuild it with build-clusters)";
        goto done;
    }
    if (!(cl = calloc(1, sizeof *cl))) {
        *why = "out of memory";
        goto done;
    }
    cl->map = map;
    cl->map_len = (size_t)sb.st_size;
    cl->slot = (const clusters_slot_t *)((const char *)map + 16);
    cl->mask = slots - 1;
    map = MAP_FAILED; /* owned by cl now */
done:
    if (map != MAP_FAILED)
        munmap(map, (size_t)sb.st_size);
    close(fd);
    return cl;
}

void clusters_destroy(clusters_t **self_p)
{
    if (!self_p || !*self_p)
        return;
    munmap((*self_p)->map, (*self_p)->map_len);
    free(*self_p);
    *self_p = NULL;
}

const clusters_slot_t *clusters_get(const clusters_t *self, uint64_t h)
{
    if (!self || !h)
        return &s_none;
    for (uint64_t i = (h ^ (h >> 29)) & self->mask;; i = (i + 1) & self->mask) {
        const clusters_slot_t *s = &self->slot[i];
        if (s->hash == h)
            return s;
        if (!s->hash)
            return &s_none;
    }
}

void clusters_prefetch(const clusters_t *self, uint64_t h)
{
    if (self)
        __builtin_prefetch(&self->slot[(h ^ (h >> 29)) & self->mask]);
}
