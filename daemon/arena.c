/* SPDX-License-Identifier: MIT */
/* arena.c - see arena.h. */
#include "arena.h"

#include <stdlib.h>
#include <string.h>

struct sift_arena_chunk {
    sift_arena_chunk_t *next;
    size_t used, cap;
    _Alignas(16) unsigned char data[];
};

#define CHUNK_MIN (64 * 1024)

void *sift_arena_alloc(sift_arena_t *a, size_t size)
{
    size = (size + 15) & ~(size_t)15;
    sift_arena_chunk_t *c = a->head;
    if (!c || c->cap - c->used < size) {
        c = NULL;
        if (a->spare && a->spare->cap >= size) {
            c = a->spare;
            a->spare = c->next;
        } else {
            size_t cap = size > CHUNK_MIN ? size : CHUNK_MIN;
            c = malloc(sizeof *c + cap);
            if (!c)
                return NULL;
            c->cap = cap;
        }
        c->used = 0;
        c->next = a->head;
        a->head = c;
    }
    void *p = c->data + c->used;
    c->used += size;
    return p;
}

char *sift_arena_strndup(sift_arena_t *a, const char *s, size_t n)
{
    char *p = sift_arena_alloc(a, n + 1);
    if (p) {
        memcpy(p, s, n);
        p[n] = '\0';
    }
    return p;
}

void sift_arena_reset(sift_arena_t *a)
{
    while (a->head) {
        sift_arena_chunk_t *c = a->head;
        a->head = c->next;
        c->next = a->spare;
        a->spare = c;
    }
}

void sift_arena_release(sift_arena_t *a)
{
    sift_arena_reset(a);
    while (a->spare) {
        sift_arena_chunk_t *c = a->spare;
        a->spare = c->next;
        free(c);
    }
}
