/* SPDX-License-Identifier: MIT */
/* daemon.c - siftd's main process (see daemon.h).
 *
 *   producers --PUSH--> [input PULL] validate --error--> [output PUB]
 *                           |                                 ^
 *                           v  (ROUTER, ipc)                  |
 *                     worker processes  --- events, article --+
 *
 * The main process never runs a plugin. It validates each message (so a
 * rejected one costs nothing else), keeps every accepted article until its
 * `article` message is published, and hands articles to workers with a
 * bounded window each. When every window is full it stops reading the
 * input, so producers block at their high-water mark instead of losing
 * articles. A worker that dies is replaced; its articles are re-run, the one
 * it died on without the plugin that was running. The input and the output
 * are transport.h's; the workers' ROUTER is this file's own. */
#include "daemon.h"

#include <errno.h>
#include <limits.h>
#include <malloc.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/signalfd.h>
#include <sys/wait.h>
#include <systemd/sd-daemon.h>
#include <unistd.h>
#include <zmq.h>

#include "curve.h"
#include "log.h"
#include "message.h"
#include "metrics.h"
#include "pipeline.h"
#include "sequence.h"
#include "transport.h"
#include "workers.h"

#define WINDOW 16            /* articles queued in one worker */
#define MAX_WORKERS 256      /* per generation */
#define WORKER_SLOTS (2 * MAX_WORKERS) /* old and new generation during a reload */
#define JOB_CAP 8192         /* accepted articles in flight, at most */
#define MAX_ATTEMPTS 3       /* workers an article killed: then it runs with no
                                plugin; one more, and it is given up */
#define START_TIMEOUT_S 10   /* a worker not ready by then is killed and replaced:
                                it runs no plugin code before it is ready, it only
                                connects (see s_check_timeouts) */

typedef struct job {
    bool used;
    uint64_t seq;            /* seq % JOB_CAP is the job's index */
    zmq_msg_t msg;           /* the input message, kept to re-run it */
    int worker;              /* slot, -1 while pending */
    int gen;                 /* generation skip_mask refers to */
    uint64_t skip_mask;
    char skip_reason[96];
    int attempts;
    uint64_t accepted_us;
    sift_origin_t origin;    /* the article id's key, for de-duplication */
    sift_delivery_t *delivery; /* settled once the `article` is out; NULL: none */
} job_t;

typedef struct generation {
    int id;
    sift_settings_t *settings;
    sift_limits_t limits;    /* per message, from settings */
    sift_plugins_t plugins;
    /* With no plugin there is nothing to isolate: the main process runs
     * the core pipeline itself and no worker is started. */
    sift_runner_t *inline_runner;
    sift_runner_t *give_up_runner; /* made when first needed */
    int workers;             /* live worker processes */
    sift_plugin_counters_t *counters[SIFT_MAX_PLUGINS]; /* in sift_daemon_t's m */
} generation_t;

typedef struct worker {
    pid_t pid;               /* 0: free slot */
    generation_t *gen;
    char identity[32];
    bool ready, retiring, quit_sent, killed_for_time;
    uint64_t started_us;     /* when it was forked */
    uint32_t queue[WINDOW];  /* job indices, oldest first */
    size_t head, count;
    uint64_t head_since_us;  /* when the oldest queued job started */
} worker_t;

typedef struct sift_daemon {
    const char *config_file;
    const sift_overrides_t *overrides;
    generation_t *gen, *old;
    int next_gen, spawns;
    worker_t workers[WORKER_SLOTS];
    int n_slots;                    /* slots ever used: scans stop here */
    sift_worker_status_t *status;   /* shared with the workers */
    job_t *jobs;
    uint64_t next_round;
    uint32_t free_jobs[JOB_CAP];
    size_t n_free;
    size_t in_flight_bytes;         /* of the jobs' input messages */
    uint32_t pending[JOB_CAP];      /* jobs waiting for a worker (FIFO) */
    size_t pending_head, n_pending;
    void *ctx, *router;
    sift_input_t *input;
    sift_output_t *output;
    sift_sequencer_t *sequencer;    /* numbers what goes out, per topic */
    uint64_t epoch;                 /* start time (µs): tells a restart */
    sift_curve_server_t *curve;     /* NULL: CURVE off */
    char rundir[PATH_MAX], router_ep[PATH_MAX + 16];
    int sigfd;
    bool draining;
    bool reload_pending;            /* a SIGHUP came while a reload drained */
    sift_counters_t m;
    sift_metrics_server_t *metrics; /* NULL: off */
    uint64_t published_at_status;   /* for the rate in STATUS= */
    uint64_t dropped_logged;        /* m.dropped_total at the last warning */
    uint64_t next_output_check_us;
    uint64_t start_us, next_stats_us, next_watchdog_us, watchdog_us, next_status_us;
    uint64_t stop_deadline_us;      /* draining: when to give up on the rest */
    msgpack_sbuffer sbuf;
    sift_frames_t frames;           /* output of the inline runner */
} sift_daemon_t;

/* ---------------------------------------------------------- settings */

sift_settings_t *sift_daemon_settings(const char *config_file, const sift_overrides_t *o)
{
    sift_settings_t *s = sift_settings_load(config_file);
    if (!s)
        return NULL;
    const struct { const char *key, *value; } set[] = {
        { "input", o->input }, { "output", o->output }, { "plugin_dir", o->plugin_dir },
        { "plugin_path", o->plugin_path }, { "plugins", o->plugins }, { "workers", o->workers } };
    for (size_t i = 0; i < sizeof set / sizeof set[0]; i++)
        if (set[i].value && sift_settings_set(s, set[i].key, set[i].value) < 0)
            sift_settings_destroy(&s);
    return s;
}

static int s_worker_count(const generation_t *g)
{
    const sift_settings_t *s = g->settings;
    if (g->inline_runner)
        return 0;
    long n = s->workers > 0 ? s->workers : sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 1 : n > MAX_WORKERS ? MAX_WORKERS : (int)n;
}

/* --------------------------------------------------------- publishing */

/* Every message is numbered on its topic ("seq", "epoch": a subscriber
 * counts what it missed): out becomes data with the two added. False when
 * the topic is beyond the table (or memory ran out): send data as it is. */
static bool s_number(sift_daemon_t *self, const void *topic, size_t topic_len, const void *data,
                     size_t len, zmq_msg_t *out)
{
    uint64_t *seq = sift_sequencer_slot(self->sequencer, topic, topic_len);
    return seq && sift_sequence_stamp(++*seq, self->epoch, data, len, out);
}

/* Every message goes out here: a false from the output is a message a
 * slow subscriber missed (or JetStream could not take), counted by topic.
 * Takes topic and payload (left empty). origin names the message (may be
 * NULL); settle, the input delivery to acknowledge once it is out (may be
 * NULL), is the output's. */
static void s_out(sift_daemon_t *self, zmq_msg_t *topic, zmq_msg_t *payload,
                  const sift_origin_t *origin, sift_delivery_t *settle)
{
    char name[32];
    size_t n = zmq_msg_size(topic) < sizeof name ? zmq_msg_size(topic) : sizeof name;
    memcpy(name, zmq_msg_data(topic), n);
    if (!sift_output_forward(self->output, topic, payload, origin, settle))
        sift_counters_drop(&self->m, name, n);
}

/* A worker's message, numbered; takes topic and payload (left empty). */
static void s_forward(sift_daemon_t *self, zmq_msg_t *topic, zmq_msg_t *payload,
                      const sift_origin_t *origin, sift_delivery_t *settle)
{
    zmq_msg_t stamped;
    if (s_number(self, zmq_msg_data(topic), zmq_msg_size(topic), zmq_msg_data(payload),
                 zmq_msg_size(payload), &stamped))
        zmq_msg_move(payload, &stamped);
    s_out(self, topic, payload, origin, settle);
}

/* The daemon's own message (data copied once, numbered on the way). */
static void s_publish_n(sift_daemon_t *self, const char *topic, size_t topic_len,
                        const void *data, size_t len, const sift_origin_t *origin,
                        sift_delivery_t *settle)
{
    zmq_msg_t t, p;
    bool ok = zmq_msg_init_size(&t, topic_len) == 0;
    if (ok && !s_number(self, topic, topic_len, data, len, &p)) {
        ok = zmq_msg_init_size(&p, len) == 0;
        if (ok)
            memcpy(zmq_msg_data(&p), data, len);
        else
            zmq_msg_close(&t);
    }
    if (!ok) { /* out of memory: the message is lost, and counted */
        sift_delivery_ack(&settle);
        sift_counters_drop(&self->m, topic, topic_len);
        return;
    }
    memcpy(zmq_msg_data(&t), topic, topic_len);
    s_out(self, &t, &p, origin, settle);
}

static void s_publish(sift_daemon_t *self, const char *topic, const void *data, size_t len)
{
    s_publish_n(self, topic, strlen(topic), data, len, NULL, NULL);
}

/* Publishes the `error` of a rejected message; takes delivery. */
static void s_reject(sift_daemon_t *self, const sift_message_t *m, sift_error_code_t code,
                     const char *detail, sift_delivery_t *delivery)
{
    self->m.rejected[code]++;
    self->sbuf.size = 0;
    /* its own position: an article sent again with the id, fixed, still
     * publishes all of its messages */
    sift_origin_t origin = { .position = UINT32_MAX };
    if (m->id.ptr)
        sift_origin_key(&origin, m->id.ptr, m->id.len);
    if (sift_message_encode_error(&self->sbuf, &m->id, code, detail) == 0)
        s_publish_n(self, "error", 5, self->sbuf.data, self->sbuf.size, &origin, delivery);
    else
        sift_delivery_nak(&delivery);
    sift_log(LOG_DEBUG, NULL, "rejected %.*s: %s (%s)", (int)(m->id.ptr ? m->id.len : 1),
             m->id.ptr ? m->id.ptr : "-", sift_error_name(code), detail);
}

static void s_refresh_gauges(void *ctx)
{
    sift_daemon_t *self = ctx;
    sift_js_counters(&self->m.nats);
    self->m.in_flight = JOB_CAP - self->n_free;
    self->m.pending = self->n_pending;
    self->m.queued_in_workers = 0;
    self->m.workers = 0;
    for (int i = 0; i < self->n_slots; i++)
        if (self->workers[i].pid) {
            self->m.queued_in_workers += self->workers[i].count;
            self->m.workers++;
        }
}

static void s_publish_stats(sift_daemon_t *self)
{
    const sift_plugins_t *p = &self->gen->plugins;
    const char *names[SIFT_MAX_PLUGINS];
    for (size_t i = 0; i < p->n; i++)
        names[i] = p->items[i].desc->name;
    s_refresh_gauges(self);
    self->sbuf.size = 0;
    if (sift_counters_pack_stats(&self->m, names, p->n, &self->sbuf) == 0)
        s_publish(self, "stats", self->sbuf.data, self->sbuf.size);
}

/* Every 10 s: a warning when a slow subscriber missed messages since the
 * last one (one line, not one per message), and the memory the
 * subscribers' queues held given back. */
static void s_check_output(sift_daemon_t *self, uint64_t now)
{
    const uint64_t every_us = 10000000u;
    if (now < self->next_output_check_us)
        return;
    self->next_output_check_us = now + every_us;
    /* what the queues of subscribers that caught up or went had held */
    malloc_trim(0);
    uint64_t missed = self->m.dropped_total - self->dropped_logged;
    if (!missed)
        return;
    self->dropped_logged = self->m.dropped_total;
    int hwm = sift_output_hwm(self->output);
    sift_log(LOG_WARNING, NULL, "output: a subscriber fell %ld bytes (%d messages) behind "
             "and missed messages, %llu times in the last 10 s (%llu since start); see "
             "output_queue_bytes", self->gen->settings->output_queue_bytes, hwm,
             (unsigned long long)missed, (unsigned long long)self->m.dropped_total);
}

/* STATUS= for `systemctl status`: the rate since the last one. */
static void s_notify_status(sift_daemon_t *self, uint64_t now)
{
    const uint64_t every_us = 5000000u;
    if (now < self->next_status_us)
        return;
    double secs = (double)(now - self->next_status_us + every_us) / 1e6;
    uint64_t rejected = 0;
    for (int c = 1; c < SIFT_E_COUNT; c++)
        rejected += self->m.rejected[c];
    s_refresh_gauges(self);
    sd_notifyf(0, "STATUS=%.1f articles/s; %llu published, %llu rejected since start; "
               "%llu in flight; %llu workers",
               (double)(self->m.published - self->published_at_status) / secs,
               (unsigned long long)self->m.published, (unsigned long long)rejected,
               (unsigned long long)self->m.in_flight, (unsigned long long)self->m.workers);
    self->published_at_status = self->m.published;
    self->next_status_us = now + every_us;
}

/* ------------------------------------------------------------ workers */

static int s_spawn(sift_daemon_t *self, generation_t *g)
{
    for (int i = 0; i < WORKER_SLOTS; i++) {
        worker_t *w = &self->workers[i];
        if (w->pid)
            continue;
        memset(w, 0, sizeof *w);
        /* A fresh identity per process: the ROUTER must not confuse a
         * replacement with the worker that died in the same slot. */
        snprintf(w->identity, sizeof w->identity, "w%d.%d", i, ++self->spawns);
        /* not the slot's last worker's, should this one die before it
         * writes its own */
        self->status[i] = (sift_worker_status_t){ .seq = 0, .plugin = -1, .job = 0 };
        w->started_us = sift_now_us();
        pid_t pid = sift_worker_spawn(i, self->router_ep, w->identity, &g->plugins,
                                      &g->limits, &self->status[i]);
        if (pid < 0)
            return -1;
        w->pid = pid;
        w->gen = g;
        g->workers++;
        if (i >= self->n_slots)
            self->n_slots = i + 1;
        return 0;
    }
    sift_log(LOG_ERR, NULL, "no free worker slot");
    return -1;
}

static worker_t *s_worker_by_identity(sift_daemon_t *self, const char *id, size_t len)
{
    int slot = atoi(id + 1);
    if (len < 2 || id[0] != 'w' || slot < 0 || slot >= WORKER_SLOTS)
        return NULL;
    worker_t *w = &self->workers[slot];
    if (!w->pid || strlen(w->identity) != len || memcmp(w->identity, id, len) != 0)
        return NULL;
    return w;
}

static void s_send_quit(sift_daemon_t *self, worker_t *w)
{
    if (w->quit_sent || !w->ready)
        return;
    zmq_send(self->router, w->identity, strlen(w->identity), ZMQ_SNDMORE);
    zmq_send(self->router, "", 0, 0);
    w->quit_sent = true;
}

/* A ready worker of the current generation with room, the least busy. */
static worker_t *s_pick_worker(sift_daemon_t *self)
{
    worker_t *best = NULL;
    for (int i = 0; i < self->n_slots; i++) {
        worker_t *w = &self->workers[i];
        if (w->pid && w->ready && !w->retiring && !w->quit_sent && w->gen == self->gen &&
            w->count < WINDOW &&
            (!best || w->count < best->count))
            best = w;
    }
    return best;
}

static void s_dispatch(sift_daemon_t *self, uint32_t idx, worker_t *w)
{
    job_t *job = &self->jobs[idx];
    if (job->gen != w->gen->id) {
        job->skip_mask = 0; /* plugin numbers differ across generations */
        job->gen = w->gen->id;
    }
    sift_job_header_t hdr = { .seq = job->seq, .skip_mask = job->skip_mask };
    memcpy(hdr.skip_reason, job->skip_reason, sizeof hdr.skip_reason);
    zmq_msg_t copy;
    zmq_msg_init(&copy);
    zmq_msg_copy(&copy, &job->msg); /* shares the buffer; the job keeps its own */
    zmq_send(self->router, w->identity, strlen(w->identity), ZMQ_SNDMORE);
    zmq_send(self->router, &hdr, sizeof hdr, ZMQ_SNDMORE);
    if (zmq_msg_send(&copy, self->router, 0) < 0)
        zmq_msg_close(&copy);
    if (w->count == 0)
        w->head_since_us = sift_now_us();
    w->queue[(w->head + w->count++) % WINDOW] = idx;
    job->worker = (int)(w - self->workers);
}

static void s_free_job(sift_daemon_t *self, uint32_t idx);
static void s_run_inline(sift_daemon_t *self, const void *data, size_t len,
                         const sift_origin_t *origin, sift_delivery_t *settle);
static void s_give_up(sift_daemon_t *self, generation_t *g, uint32_t idx, const char *reason);

static void s_dispatch_pending(sift_daemon_t *self)
{
    while (self->n_pending && self->gen->inline_runner) { /* reloaded to no plugins */
        uint32_t idx = self->pending[self->pending_head];
        self->pending_head = (self->pending_head + 1) % JOB_CAP;
        self->n_pending--;
        job_t *job = &self->jobs[idx];
        s_run_inline(self, zmq_msg_data(&job->msg), zmq_msg_size(&job->msg), &job->origin,
                     job->delivery);
        job->delivery = NULL;
        s_free_job(self, idx);
    }
    worker_t *w;
    while (self->n_pending && (w = s_pick_worker(self)) != NULL) {
        uint32_t idx = self->pending[self->pending_head];
        self->pending_head = (self->pending_head + 1) % JOB_CAP;
        self->n_pending--;
        s_dispatch(self, idx, w);
    }
}

static void s_make_pending(sift_daemon_t *self, uint32_t idx)
{
    self->jobs[idx].worker = -1;
    self->pending[(self->pending_head + self->n_pending++) % JOB_CAP] = idx;
}

static bool s_has_room(sift_daemon_t *self)
{
    /* Bytes, not only articles: one more message may overshoot the budget
     * by at most max_message_bytes. */
    return self->n_pending == 0 && self->n_free > 0 &&
           self->in_flight_bytes < (size_t)self->gen->settings->max_in_flight_bytes &&
           (self->gen->inline_runner || s_pick_worker(self) != NULL);
}

static void s_free_job(sift_daemon_t *self, uint32_t idx)
{
    job_t *job = &self->jobs[idx];
    self->in_flight_bytes -= zmq_msg_size(&job->msg);
    zmq_msg_close(&job->msg);
    sift_delivery_nak(&job->delivery); /* not published: to come again */
    job->used = false;
    self->free_jobs[self->n_free++] = idx;
}

static void s_generation_free(generation_t **g_p)
{
    generation_t *g = *g_p;
    if (!g)
        return;
    sift_runner_destroy(&g->inline_runner);
    sift_runner_destroy(&g->give_up_runner);
    sift_plugins_unload(&g->plugins);
    sift_settings_destroy(&g->settings);
    free(g);
    *g_p = NULL;
}

/* A worker process ended: replace it, re-run its articles. */
static void s_worker_died(sift_daemon_t *self, worker_t *w, int wstatus)
{
    int slot = (int)(w - self->workers);
    generation_t *g = w->gen;
    bool expected = w->quit_sent && WIFEXITED(wstatus) && WEXITSTATUS(wstatus) == 0;
    uint32_t given_up = UINT32_MAX;
    char reason[160];
    if (!expected) {
        char how[64];
        if (w->killed_for_time && !w->ready)
            snprintf(how, sizeof how, "did not start within %d s", START_TIMEOUT_S);
        else if (w->killed_for_time)
            snprintf(how, sizeof how, "timed out after %d s", g->settings->article_timeout);
        else if (WIFSIGNALED(wstatus))
            snprintf(how, sizeof how, "crashed (%s)", strsignal(WTERMSIG(wstatus)));
        else
            snprintf(how, sizeof how, "exited with status %d", WEXITSTATUS(wstatus));
        int plugin = self->status[slot].plugin;
        const char *name = plugin >= 0 && (size_t)plugin < g->plugins.n
                               ? g->plugins.items[plugin].desc->name : NULL;
        sift_log(LOG_ERR, name, "worker %d %s; restarting it", (int)w->pid, how);
        self->m.worker_restarts++;
        sift_plugin_counters_t *pc = name ? sift_counters_plugin(&self->m, name) : NULL;
        if (pc && w->killed_for_time)
            pc->timeouts++;
        else if (pc)
            pc->crashes++;
        /* Whatever killed the worker, in a plugin or not (out of memory
         * encoding), counts against the article it had received and not
         * yet answered: none is retried forever, holding up the rest. */
        uint64_t on = self->status[slot].job;
        for (size_t i = 0; on && i < w->count; i++) {
            uint32_t idx = w->queue[(w->head + i) % WINDOW];
            job_t *job = &self->jobs[idx];
            if (job->seq != on)
                continue;
            job->attempts++;
            if (name && self->status[slot].seq == on) {
                job->skip_mask |= 1ull << plugin;
                snprintf(job->skip_reason, sizeof job->skip_reason, "plugin %s", how);
            }
            if (job->attempts > MAX_ATTEMPTS) {
                snprintf(reason, sizeof reason, "siftd gave up on the article: it killed %d "
                         "workers (the last %s)", job->attempts, how);
                sift_log(LOG_ERR, NULL, "%s", reason);
                given_up = idx;
            } else if (job->attempts == MAX_ATTEMPTS) {
                job->skip_mask = ~0ull;
                snprintf(job->skip_reason, sizeof job->skip_reason, "worker %s", how);
            }
            break;
        }
    }
    for (size_t i = 0; i < w->count; i++) {
        uint32_t idx = w->queue[(w->head + i) % WINDOW];
        if (idx == given_up)
            s_give_up(self, g, idx, reason);
        else
            s_make_pending(self, idx);
    }
    w->pid = 0;
    g->workers--;
    if (g == self->gen && !expected)
        s_spawn(self, g);
    if (g == self->old && g->workers == 0) {
        s_generation_free(&self->old);
        sift_log(LOG_INFO, NULL, "reload complete");
    }
}

static void s_reap(sift_daemon_t *self)
{
    int wstatus;
    pid_t pid;
    while ((pid = waitpid(-1, &wstatus, WNOHANG)) > 0)
        for (int i = 0; i < WORKER_SLOTS; i++)
            if (self->workers[i].pid == pid) {
                s_worker_died(self, &self->workers[i], wstatus);
                break;
            }
}

/* Kills a worker past article_timeout on its oldest article, and one that
 * has not said it is ready START_TIMEOUT_S after its fork: until then it has
 * no article, yet the input is read only while a worker of the current
 * generation is ready, so new workers stuck at start-up (a reload's, or
 * replacements) held every article without a word. A worker forked from
 * this multi-threaded process may hang so: its first malloc waits forever
 * under an allocator that takes no lock around fork() (GCC 12's ASan) when
 * a ZeroMQ thread held one at that moment. Its replacement is killed and
 * replaced alike, each time logged and counted. */
static void s_check_timeouts(sift_daemon_t *self, uint64_t now)
{
    uint64_t limit = (uint64_t)self->gen->settings->article_timeout * 1000000u;
    for (int i = 0; i < self->n_slots; i++) {
        worker_t *w = &self->workers[i];
        if (!w->pid || w->killed_for_time)
            continue;
        if ((w->count && now - w->head_since_us > limit) ||
            (!w->ready && now - w->started_us > START_TIMEOUT_S * 1000000u)) {
            w->killed_for_time = true;
            kill(w->pid, SIGKILL);
        }
    }
}

/* Loads a generation's plugins (and its inline runner when it has none);
 * takes ownership of *settings. NULL after logging why. */
static generation_t *s_generation_new(sift_settings_t **settings, int id)
{
    generation_t *g = calloc(1, sizeof *g);
    if (!g)
        return NULL;
    g->id = id;
    g->settings = *settings;
    *settings = NULL;
    sift_settings_limits(g->settings, &g->limits);
    if (sift_plugins_load(&g->plugins, g->settings) < 0 ||
        (g->plugins.n == 0 &&
         !(g->inline_runner = sift_runner_new(&g->plugins, &g->limits)))) {
        s_generation_free(&g);
        return NULL;
    }
    return g;
}

/* Points the generation's plugins at their counters (by name, so they
 * carry on across reloads). */
static void s_count_plugins(sift_daemon_t *self, generation_t *g)
{
    for (size_t i = 0; i < g->plugins.n; i++)
        g->counters[i] = sift_counters_plugin(&self->m, g->plugins.items[i].desc->name);
}

/* Publishes the (topic, payload) pairs in self->frames, numbered from
 * origin; settle goes with the last (the `article` or `error`). */
static void s_publish_frames(sift_daemon_t *self, const sift_origin_t *origin,
                             sift_delivery_t *settle)
{
    const char *buf = self->frames.buf.data;
    sift_origin_t o = origin ? *origin : (sift_origin_t){ 0 };
    for (size_t i = 0; i < self->frames.n; i++) {
        const struct sift_frame *f = &self->frames.items[i];
        o.position = (unsigned)i;
        s_publish_n(self, buf + f->topic, f->topic_len, buf + f->payload, f->payload_len, &o,
                    i + 1 == self->frames.n ? settle : NULL);
    }
    if (self->frames.n == 0)
        sift_delivery_nak(&settle);
}

/* Runs one message through the inline runner and publishes its output;
 * takes settle. */
static void s_run_inline(sift_daemon_t *self, const void *data, size_t len,
                         const sift_origin_t *origin, sift_delivery_t *settle)
{
    sift_frames_reset(&self->frames);
    uint64_t t0 = sift_now_us();
    sift_error_code_t code = sift_runner_process(self->gen->inline_runner, data, len, 0, NULL,
                                                 &self->frames);
    if ((int)code < 0) {
        sift_log(LOG_ERR, NULL, "out of memory encoding an article");
        sift_delivery_nak(&settle);
        return;
    }
    if (code == SIFT_OK) {
        self->m.published++;
        sift_histogram_observe(&self->m.article_time, sift_now_us() - t0);
    } else {
        self->m.rejected[code]++;
    }
    s_publish_frames(self, origin, settle);
}

/* Publishes an accepted article siftd gives up on (see sift_runner_give_up)
 * and frees its job. */
static void s_give_up(sift_daemon_t *self, generation_t *g, uint32_t idx, const char *reason)
{
    job_t *job = &self->jobs[idx];
    zmq_msg_t *msg = &job->msg;
    sift_frames_reset(&self->frames);
    if (!g->give_up_runner)
        g->give_up_runner = sift_runner_new(&g->plugins, &g->limits);
    if (!g->give_up_runner ||
        (int)sift_runner_give_up(g->give_up_runner, zmq_msg_data(msg), zmq_msg_size(msg), reason,
                                 &self->frames) < 0) {
        sift_log(LOG_ERR, NULL, "out of memory encoding an article given up on");
    } else {
        self->m.published++;
        s_publish_frames(self, &job->origin, job->delivery);
        job->delivery = NULL;
    }
    s_free_job(self, idx);
}

/* ------------------------------------------------------------ messages */

/* Takes one message from the input, if there is one; false when none. */
static bool s_accept(sift_daemon_t *self)
{
    zmq_msg_t msg;
    zmq_msg_init(&msg);
    bool multipart; /* the first part may still name the id */
    sift_delivery_t *delivery;
    if (!sift_input_take(self->input, &msg, &multipart, &delivery)) {
        zmq_msg_close(&msg);
        return false;
    }
    self->m.received++;
    /* Without de-duplication the inline runner needs no id: it validates */
    bool keyed = sift_output_keyed(self->output);
    if (!multipart && self->gen->inline_runner && !keyed) {
        s_run_inline(self, zmq_msg_data(&msg), zmq_msg_size(&msg), NULL, delivery);
        zmq_msg_close(&msg);
        return true;
    }
    sift_message_t m;
    sift_message_init(&m);
    sift_error_code_t code = sift_message_parse(&m, zmq_msg_data(&msg), zmq_msg_size(&msg),
                                                &self->gen->limits);
    sift_origin_t origin = { 0 };
    if (keyed && code == SIFT_OK)
        sift_origin_key(&origin, m.id.ptr, m.id.len);
    if (multipart)
        s_reject(self, &m, SIFT_E_MULTIPART, "a message must be exactly one frame", delivery);
    else if (code != SIFT_OK)
        s_reject(self, &m, code, m.detail, delivery);
    sift_message_release(&m);
    if (multipart || code != SIFT_OK) {
        zmq_msg_close(&msg);
        return true;
    }
    if (self->gen->inline_runner) {
        s_run_inline(self, zmq_msg_data(&msg), zmq_msg_size(&msg), &origin, delivery);
        zmq_msg_close(&msg);
        return true;
    }
    uint32_t idx = self->free_jobs[--self->n_free];
    job_t *job = &self->jobs[idx];
    memset(job, 0, sizeof *job);
    job->used = true;
    job->seq = ++self->next_round * JOB_CAP + idx;
    job->gen = self->gen->id;
    job->accepted_us = sift_now_us();
    job->origin = origin;
    job->delivery = delivery;
    zmq_msg_init(&job->msg);
    zmq_msg_move(&job->msg, &msg);
    zmq_msg_close(&msg);
    self->in_flight_bytes += zmq_msg_size(&job->msg);
    worker_t *w = s_pick_worker(self);
    if (w)
        s_dispatch(self, idx, w);
    else
        s_make_pending(self, idx);
    return true;
}

/* Forwards one worker reply (events + article) to the subscribers; false
 * when there was none to read. */
static bool s_reply(sift_daemon_t *self)
{
    zmq_msg_t id, part;
    zmq_msg_init(&id);
    zmq_msg_init(&part);
    bool got = zmq_msg_recv(&id, self->router, ZMQ_DONTWAIT) >= 0;
    if (!got)
        goto done;
    worker_t *w = s_worker_by_identity(self, zmq_msg_data(&id), zmq_msg_size(&id));
    sift_reply_header_t hdr;
    bool ok = zmq_msg_more(&id) && zmq_msg_recv(&part, self->router, 0) >= 0 &&
              zmq_msg_size(&part) >= offsetof(sift_reply_header_t, plugins) && w;
    if (ok) {
        memset(&hdr, 0, sizeof hdr);
        memcpy(&hdr, zmq_msg_data(&part),
               zmq_msg_size(&part) < sizeof hdr ? zmq_msg_size(&part) : sizeof hdr);
    }
    if (ok && hdr.seq == 0) {
        w->ready = true;
        /* while draining, a fresh worker (a crash replacement) still has
         * pending articles to run before it may quit */
        if (w->retiring || (self->draining && self->n_pending == 0))
            s_send_quit(self, w);
        goto done;
    }
    uint32_t idx = (uint32_t)(ok ? hdr.seq % JOB_CAP : 0);
    ok = ok && w->count && w->queue[w->head] == idx && self->jobs[idx].seq == hdr.seq;
    /* Forward [topic][payload] pairs; the last is the `article`, which
     * settles the article's delivery. */
    zmq_msg_t topic;
    zmq_msg_init(&topic);
    bool more = zmq_msg_more(&part);
    sift_origin_t origin = ok ? self->jobs[idx].origin : (sift_origin_t){ 0 };
    while (more) {
        if (zmq_msg_recv(&topic, self->router, 0) < 0 || !zmq_msg_more(&topic) ||
            zmq_msg_recv(&part, self->router, 0) < 0)
            break;
        more = zmq_msg_more(&part); /* read before the send empties part */
        if (ok) {
            sift_delivery_t *settle = more ? NULL : self->jobs[idx].delivery;
            if (!more)
                self->jobs[idx].delivery = NULL;
            s_forward(self, &topic, &part, &origin, settle);
            origin.position++;
        }
    }
    zmq_msg_close(&topic);
    if (!ok) {
        sift_log(LOG_WARNING, NULL, "dropped a reply that matches no article in flight");
        goto done;
    }
    self->m.published++;
    sift_histogram_observe(&self->m.article_time, sift_now_us() - self->jobs[idx].accepted_us);
    generation_t *g = w->gen;
    for (uint32_t i = 0; i < hdr.n_plugins && i < g->plugins.n; i++) {
        sift_plugin_counters_t *pc = g->counters[i];
        if (!pc)
            continue;
        pc->articles++;
        pc->failures += !hdr.plugins[i].ok;
        sift_histogram_observe(&pc->time, hdr.plugins[i].time_us);
    }
    s_free_job(self, idx);
    w->head = (w->head + 1) % WINDOW;
    w->count--;
    w->head_since_us = sift_now_us();
    if (w->count == 0 && (w->retiring || (self->draining && self->n_pending == 0)))
        s_send_quit(self, w);
done:
    zmq_msg_close(&id);
    zmq_msg_close(&part);
    return got;
}

/* ------------------------------------------------------------- signals */

static void s_reload(sift_daemon_t *self)
{
    if (self->old) {
        /* Remembered, not dropped: applied once the old workers are gone,
         * so the daemon always ends up running what the file says. Any
         * number of SIGHUPs meanwhile make one reload. */
        if (!self->reload_pending)
            sift_log(LOG_NOTICE, NULL, "reload deferred until the previous one has drained");
        self->reload_pending = true;
        return;
    }
    self->reload_pending = false;
    sd_notify(0, "RELOADING=1");
    sift_log(LOG_INFO, NULL, "reloading %s", self->config_file ? self->config_file : "defaults");
    sift_settings_t *settings = sift_daemon_settings(self->config_file, self->overrides);
    generation_t *g = settings ? s_generation_new(&settings, self->next_gen + 1) : NULL;
    if (!g) {
        sift_log(LOG_ERR, NULL, "reload failed; still running the previous configuration");
        self->m.reload_failures++;
        sift_settings_destroy(&settings);
        sd_notify(0, "READY=1");
        return;
    }
    const sift_settings_t *cur = self->gen->settings;
    if (strcmp(cur->input, g->settings->input) || strcmp(cur->output, g->settings->output) ||
        cur->input_bind != g->settings->input_bind || cur->output_bind != g->settings->output_bind)
        sift_log(LOG_WARNING, NULL, "input/output endpoint changes take effect on restart");
    self->m.reloads++;
    s_count_plugins(self, g);
    self->next_gen = g->id;
    self->old = self->gen;
    self->gen = g;
    for (int i = 0; i < s_worker_count(g); i++)
        s_spawn(self, g);
    for (int i = 0; i < WORKER_SLOTS; i++) {
        worker_t *w = &self->workers[i];
        if (w->pid && w->gen == self->old) {
            w->retiring = true;
            if (w->count == 0)
                s_send_quit(self, w);
        }
    }
    /* Articles waiting for a worker go to the new generation. */
    if (self->old->workers == 0)
        s_generation_free(&self->old);
    sd_notify(0, "READY=1");
}

static void s_start_draining(sift_daemon_t *self)
{
    if (self->draining)
        return;
    sd_notify(0, "STOPPING=1");
    sift_log(LOG_INFO, NULL, "stopping: finishing %zu articles in flight",
             (size_t)(JOB_CAP - self->n_free));
    /* What ZeroMQ already took from producers is ours: accept it, then
     * stop the input so nothing more arrives (JetStream delivers again what
     * it had fetched and was not taken). */
    while (self->n_free > 0 && s_accept(self))
        ;
    sift_input_stop(self->input);
    self->draining = true;
    self->stop_deadline_us = sift_now_us() +
                             (uint64_t)self->gen->settings->stop_timeout * 1000000u;
    for (int i = 0; i < WORKER_SLOTS; i++)
        if (self->workers[i].pid && self->workers[i].count == 0 && self->n_pending == 0)
            s_send_quit(self, &self->workers[i]);
}

static void s_signals(sift_daemon_t *self)
{
    struct signalfd_siginfo si;
    while (read(self->sigfd, &si, sizeof si) == sizeof si) {
        if (si.ssi_signo == SIGTERM || si.ssi_signo == SIGINT)
            s_start_draining(self);
        else if (si.ssi_signo == SIGHUP && !self->draining) {
            self->m.reloads_requested++;
            s_reload(self);
        }
        else if (si.ssi_signo == SIGCHLD)
            s_reap(self);
    }
}

/* -------------------------------------------------------------- set-up */

static int s_setup(sift_daemon_t *self)
{
    const sift_settings_t *s = self->gen->settings;
    const char *tmp = getenv("RUNTIME_DIRECTORY");
    if (!tmp || !*tmp)
        tmp = getenv("TMPDIR");
    snprintf(self->rundir, sizeof self->rundir, "%s/siftd.XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(self->rundir)) {
        sift_log(LOG_ERR, NULL, "cannot create %s: %s", self->rundir, strerror(errno));
        self->rundir[0] = '\0';
        return -1;
    }
    snprintf(self->router_ep, sizeof self->router_ep, "ipc://%s/workers", self->rundir);

    self->status = mmap(NULL, WORKER_SLOTS * sizeof *self->status, PROT_READ | PROT_WRITE,
                        MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    self->jobs = calloc(JOB_CAP, sizeof *self->jobs);
    if (self->status == MAP_FAILED || !self->jobs) {
        self->status = NULL;
        sift_log(LOG_ERR, NULL, "out of memory");
        return -1;
    }
    for (uint32_t i = 0; i < JOB_CAP; i++)
        self->free_jobs[self->n_free++] = JOB_CAP - 1 - i;

    /* The first workers fork before this process has any ZeroMQ state. */
    for (int i = 0; i < s_worker_count(self->gen); i++)
        if (s_spawn(self, self->gen) < 0)
            return -1;

    self->ctx = zmq_ctx_new();
    int zero = 0;
    bool curve_failed = false;
    if (self->ctx && !(self->curve = sift_curve_server_new(self->ctx, s, &curve_failed)) &&
        curve_failed)
        return -1;
    sift_curve_warn_exposed(s);
    if (!self->ctx ||
        !(self->router = sift_zmq_open(self->ctx, ZMQ_ROUTER, self->router_ep, true,
                                       ZMQ_SNDHWM, 0, "workers", NULL, NULL)))
        return -1;
    zmq_setsockopt(self->router, ZMQ_RCVHWM, &zero, sizeof zero);
    int mandatory = 1; /* a reply to a vanished worker fails, it is not queued */
    zmq_setsockopt(self->router, ZMQ_ROUTER_MANDATORY, &mandatory, sizeof mandatory);
    /* the epoch tells a subscriber the numbers restarted: the start time */
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    self->epoch = (uint64_t)now.tv_sec * 1000000u + (uint64_t)now.tv_nsec / 1000u;
    if (!(self->sequencer = sift_sequencer_new())) {
        sift_log(LOG_ERR, NULL, "out of memory");
        return -1;
    }
    if (!(self->output = sift_output_open(self->ctx, s, self->curve)) ||
        !(self->input = sift_input_open(self->ctx, s, self->curve)))
        return -1;
    return 0;
}

static void s_teardown(sift_daemon_t *self)
{
    /* Tell idle workers to quit and wait for them (then make sure); one
     * that never became ready cannot hear a quit, so it is killed. */
    for (int i = 0; i < WORKER_SLOTS; i++) {
        worker_t *w = &self->workers[i];
        if (w->pid && (!w->ready || w->count)) /* still busy: stop_timeout passed */
            kill(w->pid, SIGKILL);
        else if (w->pid)
            s_send_quit(self, w);
    }
    uint64_t deadline = sift_now_us() + 5000000u;
    for (int i = 0; i < WORKER_SLOTS; i++) {
        worker_t *w = &self->workers[i];
        while (w->pid) {
            int st;
            pid_t p = waitpid(w->pid, &st, WNOHANG);
            if (p == w->pid || (p < 0 && errno == ECHILD)) {
                w->pid = 0;
            } else if (sift_now_us() > deadline) {
                kill(w->pid, SIGKILL);
                waitpid(w->pid, &st, 0);
                w->pid = 0;
            } else {
                usleep(10000);
            }
        }
    }
    int linger = 0;
    sift_input_stop(self->input);
    if (self->router) {
        zmq_setsockopt(self->router, ZMQ_LINGER, &linger, sizeof linger);
        zmq_close(self->router);
    }
    sift_output_close(&self->output); /* lets subscribers receive the last results */
    sift_sequencer_destroy(&self->sequencer);
    sift_curve_server_destroy(&self->curve);
    if (self->ctx)
        zmq_ctx_term(self->ctx);
    if (self->jobs)
        for (uint32_t i = 0; i < JOB_CAP; i++)
            if (self->jobs[i].used)
                s_free_job(self, i);
    free(self->jobs);
    /* after the output and the jobs: deliveries are the input's */
    sift_input_close(&self->input);
    if (self->status)
        munmap(self->status, WORKER_SLOTS * sizeof *self->status);
    if (self->rundir[0]) {
        char path[PATH_MAX + 16];
        snprintf(path, sizeof path, "%s/workers", self->rundir);
        unlink(path);
        rmdir(self->rundir);
    }
    if (self->sigfd >= 0)
        close(self->sigfd);
    msgpack_sbuffer_destroy(&self->sbuf);
    sift_frames_release(&self->frames);
    s_generation_free(&self->gen);
    s_generation_free(&self->old);
}

/* ----------------------------------------------------------------- run */

static size_t s_in_flight(const sift_daemon_t *self)
{
    return JOB_CAP - self->n_free;
}

/* stop_timeout passed while draining: whatever the workers are doing, the
 * articles still in flight are published as failed and siftd stops (the
 * busy workers are killed in s_teardown), within the unit's
 * TimeoutStopSec. */
static void s_stop_now(sift_daemon_t *self)
{
    char reason[128];
    snprintf(reason, sizeof reason, "siftd stopped before the article was processed "
             "(stop_timeout %d s)", self->gen->settings->stop_timeout);
    sift_log(LOG_ERR, NULL, "stopping: %zu articles still in flight after stop_timeout (%d s); "
             "publishing them as failed", s_in_flight(self), self->gen->settings->stop_timeout);
    for (uint32_t i = 0; i < JOB_CAP; i++)
        if (self->jobs[i].used)
            s_give_up(self, self->gen, i, reason);
}

int sift_daemon_run(sift_settings_t **settings, const char *config_file,
                    const sift_overrides_t *overrides)
{
    static sift_daemon_t daemon; /* large (job queues): not on the stack */
    sift_daemon_t *self = &daemon;
    memset(self, 0, sizeof *self);
    self->config_file = config_file;
    self->overrides = overrides;
    self->sigfd = -1;
    msgpack_sbuffer_init(&self->sbuf);
    sift_frames_init(&self->frames);
    int rc = 1;

    /* Signals arrive through a descriptor polled with the sockets. Blocked
     * before the plugins load (a SIGTERM meanwhile waits, then drains
     * nothing and exits 0) and before the workers fork; they unblock what
     * they need. */
    sigset_t mask;
    sigemptyset(&mask);
    sigaddset(&mask, SIGTERM);
    sigaddset(&mask, SIGINT);
    sigaddset(&mask, SIGHUP);
    sigaddset(&mask, SIGCHLD);
    sigprocmask(SIG_BLOCK, &mask, NULL);
    signal(SIGPIPE, SIG_IGN);

    sift_counters_init(&self->m);
    if (!(self->gen = s_generation_new(settings, 0)))
        goto done;
    s_count_plugins(self, self->gen);
    self->sigfd = signalfd(-1, &mask, SFD_NONBLOCK | SFD_CLOEXEC);
    if (self->sigfd < 0 || s_setup(self) < 0) {
        if (sift_js_stopped_waiting())
            rc = 0; /* stopped, as asked, while JetStream could not answer */
        goto done;
    }
    /* After the first workers forked; later ones close its socket. */
    if (*self->gen->settings->metrics &&
        !(self->metrics = sift_metrics_start(self->gen->settings->metrics, &self->m,
                                             s_refresh_gauges, self)))
        goto done;

    const sift_settings_t *s = self->gen->settings;
    char plugins[256] = "";
    for (size_t i = 0; i < self->gen->plugins.n; i++)
        snprintf(plugins + strlen(plugins), sizeof plugins - strlen(plugins), "%s%s",
                 i ? ", " : "", self->gen->plugins.items[i].desc->name);
    char input[256], output[256]; /* a nats:// URL may hold a password */
    sift_nats_redact(s->input, input, sizeof input);
    sift_nats_redact(s->output, output, sizeof output);
    sift_log(LOG_INFO, NULL, "siftd %s ready: input %s (%s), output %s (%s), %d workers, "
             "plugins: %s", SIFT_VERSION, input,
             sift_nats_url(s->input) ? "JetStream" : s->input_bind ? "bind" : "connect", output,
             sift_nats_url(s->output) ? "JetStream" : s->output_bind ? "bind" : "connect",
             s_worker_count(self->gen), *plugins ? plugins : "none");
    sd_notify(0, "READY=1");
    self->start_us = sift_now_us();
    if (sd_watchdog_enabled(0, &self->watchdog_us) <= 0)
        self->watchdog_us = 0;
    self->next_stats_us = self->start_us + (uint64_t)s->stats_interval * 1000000u;
    self->next_watchdog_us = self->start_us;
    self->next_status_us = self->start_us + 5000000u; /* STATUS= every 5 s */

    /* The first workers' start-up is timed from here: s_setup may have
     * waited long for JetStream, before anything could read their ready. */
    for (int i = 0; i < self->n_slots; i++)
        self->workers[i].started_us = self->start_us;
    uint64_t next_metrics_us = 0;
    while (!self->draining || s_in_flight(self) > 0) {
        zmq_pollitem_t items[6] = {
            { self->router, 0, ZMQ_POLLIN, 0 },
            { NULL, self->sigfd, ZMQ_POLLIN, 0 },
            { NULL, self->metrics ? sift_metrics_fd(self->metrics) : -1, ZMQ_POLLIN, 0 },
            sift_output_pollitem(self->output) };
        int n = 4, zap = -1, in = -1;
        if (self->curve) {
            zap = n;
            items[n++] = (zmq_pollitem_t){ sift_curve_server_socket(self->curve), 0,
                                           ZMQ_POLLIN, 0 };
        }
        if (!self->draining && s_has_room(self)) {
            in = n;
            items[n++] = sift_input_pollitem(self->input);
        }
        if (zmq_poll(items, n, 200) < 0 && errno != EINTR)
            break;
        if (items[1].revents)
            s_signals(self);
        if (self->metrics && (items[2].revents || sift_now_us() >= next_metrics_us)) {
            sift_metrics_run(self->metrics);
            next_metrics_us = sift_now_us() + 1000000u;
        }
        if (zap >= 0 && items[zap].revents)
            sift_curve_server_handle(self->curve);
        if (items[3].revents) {
            bool left = false;
            self->m.subscribed_topics = (uint64_t)sift_output_subscriptions(self->output, &left);
            if (left)
                malloc_trim(0); /* the queue of a subscriber that went is free */
        }
        /* Bounded batches, so neither side starves the other or the timers. */
        for (int k = 0; k < 1000 && (items[0].revents & ZMQ_POLLIN) && s_reply(self); k++)
            ;
        for (int k = 0; k < 1000 && in >= 0 && self->input && s_has_room(self) && s_accept(self);
             k++)
            ;
        if (self->reload_pending && !self->old && !self->draining)
            s_reload(self);
        s_dispatch_pending(self);
        uint64_t now = sift_now_us();
        if (self->draining && now >= self->stop_deadline_us && s_in_flight(self) > 0) {
            s_stop_now(self);
            break;
        }
        s_check_timeouts(self, now);
        if (self->watchdog_us && now >= self->next_watchdog_us) {
            sd_notify(0, "WATCHDOG=1");
            self->next_watchdog_us = now + self->watchdog_us / 2;
        }
        s_notify_status(self, now);
        s_check_output(self, now);
        int interval = self->gen->settings->stats_interval;
        if (interval > 0 && now >= self->next_stats_us) {
            s_publish_stats(self);
            self->next_stats_us = now + (uint64_t)interval * 1000000u;
        }
    }
    sift_log(LOG_INFO, NULL, "stopped: %llu received, %llu published",
             (unsigned long long)self->m.received, (unsigned long long)self->m.published);
    rc = 0;
done:
    sift_metrics_stop(&self->metrics);
    bool nats = rc == 0 && (sift_nats_url(self->gen->settings->input) ||
                            sift_nats_url(self->gen->settings->output));
    s_teardown(self); /* the last results' acks arrive in it */
    if (nats) {
        sift_js_counters_t c;
        sift_js_counters(&c);
        sift_log(LOG_INFO, "nats", "%llu acks, %llu naks, %llu redeliveries, %llu dead-lettered; "
                 "%llu publish retries, %llu failures, %llu duplicates",
                 (unsigned long long)c.acks, (unsigned long long)c.naks,
                 (unsigned long long)c.redeliveries, (unsigned long long)c.dead_lettered,
                 (unsigned long long)c.publish_retries, (unsigned long long)c.publish_failures,
                 (unsigned long long)c.duplicates);
    }
    return rc;
}
