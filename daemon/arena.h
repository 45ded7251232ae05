/* SPDX-License-Identifier: MIT */
/* arena.h - per-article bump allocator: many small copies, one release.
 * Chunks are kept across sift_arena_reset, so a worker stops calling
 * malloc once it has seen its largest article. */
#ifndef SIFT_ARENA_H
#define SIFT_ARENA_H

#include <stddef.h>

typedef struct sift_arena_chunk sift_arena_chunk_t;
typedef struct sift_arena {
    sift_arena_chunk_t *head;  /* chunk being filled */
    sift_arena_chunk_t *spare; /* chunks released by reset */
} sift_arena_t;

/* 16-byte aligned memory valid until reset/release; NULL when out of memory. */
void *sift_arena_alloc(sift_arena_t *a, size_t size);
/* A NUL-terminated copy of n bytes of s. */
char *sift_arena_strndup(sift_arena_t *a, const char *s, size_t n);
void sift_arena_reset(sift_arena_t *a);
void sift_arena_release(sift_arena_t *a);

#endif
