/* SPDX-License-Identifier: MIT */
/* workers.h - worker processes and the messages they exchange with the
 * main process over a private ipc:// ROUTER/DEALER pair.
 *
 * main -> worker:  [job header][input message]     (an empty frame: quit)
 * worker -> main:  [ready header]                   once, after start-up
 *                  [reply header][topic][payload]...  per article
 *
 * Workers are forked from the main process after the plugins are
 * initialised, so models are shared copy-on-write and a plugin that crashes
 * takes down one worker, never siftd. Each worker records in shared memory
 * which article and plugin it is running, so the main process can tell
 * which plugin crashed and re-run the article without it. */
#ifndef SIFT_WORKERS_H
#define SIFT_WORKERS_H

#include <stdint.h>
#include <sys/types.h>

#include "loader.h"
#include "message.h"

/* Written by a worker, read by main after the worker died. */
typedef struct sift_worker_status {
    volatile uint64_t seq;     /* article a plugin is running on, 0 none */
    volatile int32_t plugin;   /* plugin index running, -1 none */
    volatile uint64_t job;     /* article received and not yet replied to, 0 none */
} sift_worker_status_t;

typedef struct sift_job_header {
    uint64_t seq;              /* main's number for the article */
    uint64_t skip_mask;        /* plugins not to run (they crashed on it) */
    char skip_reason[96];
} sift_job_header_t;

typedef struct sift_reply_header {
    uint64_t seq;              /* 0: the ready message */
    uint32_t n_plugins;
    uint32_t pid;
    struct { uint32_t time_us; uint32_t ok; } plugins[SIFT_MAX_PLUGINS];
} sift_reply_header_t;

/* Forks a worker, titled "siftd: worker NUMBER", that connects a DEALER
 * named `identity` to `endpoint` and serves articles with `plugins` until
 * told to quit. `status` must be shared memory (MAP_SHARED). Returns the
 * child's pid, or -1. */
pid_t sift_worker_spawn(int number, const char *endpoint, const char *identity,
                        const sift_plugins_t *plugins, const sift_limits_t *limits,
                        sift_worker_status_t *status);

#endif
