/* SPDX-License-Identifier: MIT */
/* pipeline.h - runs one article through the loaded plugins: validate,
 * tokenise once, call each plugin in order, encode the output. The daemon's
 * workers and `sift process` both go through sift_runner_process, so the
 * two can never disagree. */
#ifndef SIFT_PIPELINE_H
#define SIFT_PIPELINE_H

#include "loader.h"
#include "message.h"
#include "result.h"

typedef struct sift_runner sift_runner_t;

/* What a plugin's sift_out_t really is: the article being built. Filled by
 * the runner (and the SDK's test host) before each process() call. */
struct sift_out {
    sift_result_t *result;
    const sift_doc_t *doc;
    const char *plugin;            /* name, for log lines */
    const sift_event_kind_t *kinds; /* the custom kinds it declares */
    char error[256];
    bool has_error;
};

/* Called with the index of the plugin about to run, -1 when the article is
 * done: lets a worker record where it is should a plugin crash. */
typedef void (sift_progress_fn)(void *ctx, int plugin);

/* A runner for one thread of work. plugins must outlive it. */
sift_runner_t *sift_runner_new(const sift_plugins_t *plugins, const sift_limits_t *limits);
void sift_runner_destroy(sift_runner_t **self_p);
void sift_runner_set_progress(sift_runner_t *self, sift_progress_fn *fn, void *ctx);

/* elapsed_us becomes this thread's CPU time rather than the wall clock: a
 * benchmark on a shared machine then measures the work, not the waiting. */
void sift_runner_use_cpu_time(sift_runner_t *self);

/* Validates and processes one input message and appends its output to
 * `out`: an `error` message, or the event messages and the `article`.
 * Plugins whose bit is set in skip_mask are not run and are reported
 * `ok: false` with skip_reason (a plugin that crashed on this article).
 * Returns SIFT_OK or the rejection code; -1 cast to the type on failure to
 * encode (out of memory). */
sift_error_code_t sift_runner_process(sift_runner_t *self, const void *msg, size_t len,
                                      uint64_t skip_mask, const char *skip_reason,
                                      sift_frames_t *out);

/* Encodes the `article` of an accepted input message that siftd gave up
 * on (it killed workers again and again, or siftd stopped first): only its
 * id, no layer, every plugin `ok: false` with `reason`. Runs no plugin and
 * echoes nothing else, whatever in the article was at fault. Returns
 * SIFT_OK, the rejection code, or -1 cast to the type (out of memory). */
sift_error_code_t sift_runner_give_up(sift_runner_t *self, const void *msg, size_t len,
                                      const char *reason, sift_frames_t *out);

/* Per-plugin outcome of the last article processed. */
const sift_plugin_status_t *sift_runner_status(const sift_runner_t *self, size_t *n);

/* Monotonic microseconds. */
uint64_t sift_now_us(void);

#endif
