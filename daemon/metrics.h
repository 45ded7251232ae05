/* SPDX-License-Identifier: MIT */
/* metrics.h - siftd's counters, as the `stats` message and as a
 * Prometheus text-format page (/metrics) served from the main process by
 * libmicrohttpd.
 *
 * The main process owns the counters and updates them in its loop; the
 * HTTP server runs in that same loop (MHD's epoll descriptor is polled
 * with the sockets), so nothing is shared between threads. */
#ifndef SIFT_METRICS_H
#define SIFT_METRICS_H

#include <msgpack.h>
#include <stdint.h>
#include <stdio.h>
#include <time.h>

#include "config.h"
#include "jetstream.h"
#include "message.h"

#define SIFT_HISTOGRAM_BUCKETS 14

/* Durations in microseconds, counted per upper bound (not cumulative). */
typedef struct sift_histogram {
    uint64_t bucket[SIFT_HISTOGRAM_BUCKETS + 1]; /* the last is +Inf */
    uint64_t count, sum_us;
} sift_histogram_t;

void sift_histogram_observe(sift_histogram_t *h, uint64_t us);

/* Per plugin name, across reloads (counters never go back). */
typedef struct sift_plugin_counters {
    char name[64];
    uint64_t articles, failures, crashes, timeouts;
    sift_histogram_t time;
} sift_plugin_counters_t;

typedef struct sift_counters {
    char instance[33];             /* systemd's invocation id, else random */
    char host[256];
    uint64_t start_us;             /* sift_now_us() at start */
    time_t start_time;
    uint64_t received, published, rejected[SIFT_E_COUNT];
    uint64_t worker_restarts, reloads, reload_failures;
    uint64_t reloads_requested;    /* SIGHUPs; one during a reload is applied after it */
    sift_histogram_t article_time; /* accepted -> `article` published */
    sift_plugin_counters_t plugins[2 * SIFT_MAX_PLUGINS];
    size_t n_plugins;
    /* Messages some subscriber missed for being too far behind, by the
     * topic's first part ("article", "tariff", a plugin's name ...). */
    struct { char topic[32]; uint64_t n; } dropped[32];
    size_t n_dropped;
    uint64_t dropped_total;
    /* Gauges, set by the daemon before each report. */
    uint64_t in_flight, pending, queued_in_workers, workers;
    uint64_t subscribed_topics;
    sift_js_counters_t nats;       /* copied from the JetStream transport */
} sift_counters_t;

/* Sets the instance id, host and start time. */
void sift_counters_init(sift_counters_t *c);

/* The counters of plugin `name`, added on first use; NULL when the table
 * is full (a long run of reloads with ever new plugin names). */
sift_plugin_counters_t *sift_counters_plugin(sift_counters_t *c, const char *name);

/* Counts a message under `topic` (not NUL-terminated) that a slow
 * subscriber missed; past 32 topic names the rest count as "other". */
void sift_counters_drop(sift_counters_t *c, const char *topic, size_t len);

/* The `stats` message (PROTOCOL.md, extended); 0 or -1. Plugins are those
 * of `names` (the running generation), in that order. */
int sift_counters_pack_stats(const sift_counters_t *c, const char *const *names, size_t n,
                             msgpack_sbuffer *sb);

/* The Prometheus text exposition format, version 0.0.4. */
void sift_counters_render(const sift_counters_t *c, FILE *out);

/* ------------------------------------------------------- HTTP server */

typedef struct sift_metrics_server sift_metrics_server_t;

/* Called before each page to update the gauges. */
typedef void (sift_metrics_refresh_fn)(void *ctx);

/* Listens on `address` (HOST:PORT, see sift_listen_address); the page
 * renders `c` (borrowed, must outlive the server). NULL after logging. */
sift_metrics_server_t *sift_metrics_start(const char *address, const sift_counters_t *c,
                                          sift_metrics_refresh_fn *refresh, void *ctx);
/* The descriptor to poll for input, and the work to do when it has some
 * (or at least once a second, for MHD's time-outs). */
int sift_metrics_fd(const sift_metrics_server_t *self);
void sift_metrics_run(sift_metrics_server_t *self);
void sift_metrics_stop(sift_metrics_server_t **self_p);

#endif
