/* SPDX-License-Identifier: MIT */
/* send.c - `sift send`: pushes articles to a siftd and fails loudly when
 * one was not delivered.
 *
 * The PUSH socket queues only on completed connections (ZMQ_IMMEDIATE) and
 * a send waits at most --timeout, so no daemon, a failed handshake or a
 * queue that stays full is an error, not a silent wait. With
 * --wait-results the command subscribes to siftd's output before the first
 * article and waits for each article's `article` or `error` message.
 * With --bind the PUSH is the bound producer of a scale-out: several siftd
 * (input_mode = connect) share it, and sending starts once --peers of them
 * have connected, so the first one to connect does not take everything. */
#include <errno.h>
#include <search.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zmq.h>

#include "articles.h"
#include "cli.h"
#include "json.h"
#include "log.h"
#include "pipeline.h"

typedef struct {
    const char *endpoint, *results;
    long timeout_s, peers;
    bool wait_results, bind;
    sift_cli_curve_t curve;
    sift_cli_files_t files;
} send_options_t;

/* An article id sent and the number of results still owed for it. */
typedef struct {
    char *id;
    size_t len;
    long pending;
} id_count_t;

typedef struct {
    void *push, *sub;
    int timeout_ms;
    void *ids;            /* tsearch tree of id_count_t */
    long unnamed;         /* sent without a string id: owed an error without one */
    long sent, awaiting, rejected;
    zmq_msg_t topic, payload;
} sender_t;

static int s_id_cmp(const void *a_, const void *b_)
{
    const id_count_t *a = a_, *b = b_;
    int c = memcmp(a->id, b->id, a->len < b->len ? a->len : b->len);
    return c ? c : (a->len > b->len) - (a->len < b->len);
}

static void s_id_free(void *p)
{
    id_count_t *c = p;
    free(c->id);
    free(c);
}

/* Counts one more result owed for the article in buf; 0 or -1 (OOM). */
static int s_expect(sender_t *self, const char *buf, size_t len)
{
    id_count_t key;
    const char *id;
    if (!sift_msgpack_str(buf, len, "id", &id, &key.len)) {
        self->unnamed++;
        self->awaiting++;
        return 0;
    }
    key.id = (char *)id;
    id_count_t **found = tfind(&key, &self->ids, s_id_cmp);
    if (!found) {
        id_count_t *c = calloc(1, sizeof *c);
        if (!c || !(c->id = malloc(key.len ? key.len : 1))) {
            free(c);
            return -1;
        }
        memcpy(c->id, id, key.len);
        c->len = key.len;
        found = tsearch(c, &self->ids, s_id_cmp);
        if (!found) {
            s_id_free(c);
            return -1;
        }
    }
    (*found)->pending++;
    self->awaiting++;
    return 0;
}

/* Takes one `article` or `error` message off the output: settles the
 * article it answers, if it is one of ours, and prints an error. */
static void s_settle(sender_t *self)
{
    size_t tlen = zmq_msg_size(&self->topic);
    const char *topic = zmq_msg_data(&self->topic);
    bool error = tlen == 5 && memcmp(topic, "error", 5) == 0;
    if (!error && !(tlen == 7 && memcmp(topic, "article", 7) == 0))
        return; /* a topic that starts with one of ours */
    const void *data = zmq_msg_data(&self->payload);
    size_t len = zmq_msg_size(&self->payload);
    id_count_t key;
    const char *id;
    if (sift_msgpack_str(data, len, "id", &id, &key.len)) {
        key.id = (char *)id;
        id_count_t **found = tfind(&key, &self->ids, s_id_cmp);
        if (!found || (*found)->pending == 0)
            return; /* another producer's */
        (*found)->pending--;
    } else if (error && self->unnamed > 0) {
        self->unnamed--;
    } else {
        return;
    }
    self->awaiting--;
    if (error) {
        self->rejected++;
        fputs("rejected: ", stderr);
        sift_print_msgpack_json(data, len, NULL, 0, stderr);
    }
}

/* Reads results until none is waiting (wait_ms 0) or none came for
 * wait_ms; false when a wait ran out. */
static bool s_drain(sender_t *self, int wait_ms)
{
    for (;;) {
        zmq_pollitem_t it = { self->sub, 0, ZMQ_POLLIN, 0 };
        int n = zmq_poll(&it, 1, wait_ms);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return wait_ms == 0;
        while (zmq_msg_recv(&self->topic, self->sub, ZMQ_DONTWAIT) >= 0) {
            if (!zmq_msg_more(&self->topic))
                continue;
            if (zmq_msg_recv(&self->payload, self->sub, 0) < 0)
                break;
            s_settle(self);
        }
        if (wait_ms && self->awaiting == 0)
            return true;
    }
}

static int s_send_one(void *ctx, const char *buf, size_t len)
{
    sender_t *self = ctx;
    if (self->sub && s_expect(self, buf, len) < 0) {
        sift_log(LOG_ERR, NULL, "out of memory");
        return -1;
    }
    while (zmq_send(self->push, buf, len, 0) < 0) {
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN)
            sift_log(LOG_ERR, NULL, "no siftd took an article within %d s (is one running "
                     "and bound to the endpoint?)", self->timeout_ms / 1000);
        else
            sift_log(LOG_ERR, NULL, "send: %s", zmq_strerror(errno));
        return -1;
    }
    self->sent++;
    if (self->sub)
        s_drain(self, 0);
    return 0;
}

static void s_unwatch(void *sock, void *mon)
{
    int zero = 0;
    zmq_socket_monitor(sock, NULL, 0);
    if (mon) {
        zmq_setsockopt(mon, ZMQ_LINGER, &zero, sizeof zero);
        zmq_close(mon);
    }
}

/* Connects or binds sock to endpoint, watching its handshakes: returns
 * the monitor socket for s_handshakes (the caller closes it with
 * s_unwatch), or NULL when the endpoint is unusable (logged). */
static void *s_watch(void *zctx, void *sock, const char *endpoint, bool bind)
{
    char monitor_ep[64];
    snprintf(monitor_ep, sizeof monitor_ep, "inproc://sift-send-monitor-%p", sock);
    void *mon = NULL;
    if (zmq_socket_monitor(sock, monitor_ep, ZMQ_EVENT_HANDSHAKE_SUCCEEDED) == 0 &&
        (mon = zmq_socket(zctx, ZMQ_PAIR)) && zmq_connect(mon, monitor_ep) == 0 &&
        (bind ? zmq_bind(sock, endpoint) : zmq_connect(sock, endpoint)) == 0)
        return mon;
    sift_log(LOG_ERR, NULL, "%s: cannot %s: %s", endpoint, bind ? "bind" : "connect",
             zmq_strerror(errno));
    s_unwatch(sock, mon);
    return NULL;
}

/* Waits, at most timeout_ms in all, until `want` peers have completed a
 * handshake; returns how many did. */
static int s_handshakes(void *mon, int want, int timeout_ms)
{
    uint64_t deadline = sift_now_us() + (uint64_t)timeout_ms * 1000;
    zmq_msg_t event;
    zmq_msg_init(&event);
    int done = 0;
    while (done < want) {
        uint64_t now = sift_now_us();
        zmq_pollitem_t it = { mon, 0, ZMQ_POLLIN, 0 };
        if (now >= deadline || zmq_poll(&it, 1, (long)((deadline - now) / 1000)) <= 0)
            break;
        /* an event is two frames: its number and value, then the peer */
        while (zmq_msg_recv(&event, mon, 0) >= 0 && zmq_msg_more(&event))
            ;
        done++;
    }
    zmq_msg_close(&event);
    return done;
}

/* Connects the SUB and waits for its handshake, so the subscription is in
 * place before the first article can produce a result. */
static int s_subscribe(sender_t *self, void *zctx, const char *endpoint,
                       const sift_cli_curve_t *curve)
{
    int zero = 0, rc = -1;
    self->sub = zmq_socket(zctx, ZMQ_SUB);
    zmq_setsockopt(self->sub, ZMQ_RCVHWM, &zero, sizeof zero);
    zmq_setsockopt(self->sub, ZMQ_LINGER, &zero, sizeof zero);
    zmq_setsockopt(self->sub, ZMQ_SUBSCRIBE, "article", 7);
    zmq_setsockopt(self->sub, ZMQ_SUBSCRIBE, "error", 5);
    if (sift_cli_curve_apply(curve, self->sub) < 0)
        return -1;
    void *mon = s_watch(zctx, self->sub, endpoint, false);
    if (mon && s_handshakes(mon, 1, self->timeout_ms) == 1)
        rc = 0;
    else if (mon)
        sift_log(LOG_ERR, NULL, "%s: no siftd output reachable within %d s", endpoint,
                 self->timeout_ms / 1000);
    s_unwatch(self->sub, mon);
    return rc;
}

/* Connects the PUSH, or binds it and waits for --peers siftd to connect;
 * the bound endpoint is logged (a port of * resolved). */
static int s_open_push(sender_t *self, void *zctx, const send_options_t *o)
{
    if (!o->bind) {
        if (zmq_connect(self->push, o->endpoint) == 0)
            return 0;
        sift_log(LOG_ERR, NULL, "%s: %s", o->endpoint, zmq_strerror(errno));
        return -1;
    }
    void *mon = s_watch(zctx, self->push, o->endpoint, true);
    if (!mon)
        return -1;
    char bound[256];
    size_t len = sizeof bound;
    zmq_getsockopt(self->push, ZMQ_LAST_ENDPOINT, bound, &len);
    sift_log(LOG_INFO, NULL, "bound to %s, waiting for %ld siftd to connect", bound, o->peers);
    int n = s_handshakes(mon, (int)o->peers, self->timeout_ms);
    s_unwatch(self->push, mon);
    if (n < o->peers) {
        sift_log(LOG_ERR, NULL, "%s: %d of %ld siftd connected within %d s", bound, n,
                 o->peers, self->timeout_ms / 1000);
        return -1;
    }
    return 0;
}

static error_t s_parse(int key, char *arg, struct argp_state *state)
{
    send_options_t *o = state->input;
    switch (key) {
    case 'e': o->endpoint = arg; break;
    case 'r': o->results = arg; break;
    case 't': o->timeout_s = sift_cli_number(state, "timeout", arg, 1, 86400); break;
    case 'w': o->wait_results = true; break;
    case 'b': o->bind = true; break;
    case 'p': o->peers = sift_cli_number(state, "peers", arg, 1, 1000); break;
    case 'S': case 'K': return sift_cli_curve(key, arg, &o->curve);
    default: return sift_cli_files(key, state, &o->files);
    }
    return 0;
}

int sift_send_main(int argc, char **argv)
{
    static const struct argp_option options[] = {
        { "endpoint", 'e', "EP", 0, "siftd's input (default " SIFT_DEFAULT_INPUT ")", 0 },
        { "timeout", 't', "SECONDS", 0,
          "give up when no siftd takes an article (no connection, failed handshake, a queue "
          "that stays full) or, with --wait-results, no result comes, for this long "
          "(default 10)", 0 },
        { "wait-results", 'w', NULL, 0,
          "wait for each article's `article` or `error` message; print the errors", 0 },
        { "results", 'r', "EP", 0,
          "siftd's output, for --wait-results (default " SIFT_DEFAULT_OUTPUT ")", 0 },
        { "bind", 'b', NULL, 0,
          "bind the endpoint instead of connecting: several siftd (input_mode = connect) "
          "share it", 0 },
        { "peers", 'p', "N", 0,
          "with --bind, start sending once N siftd have connected, within --timeout "
          "(default 1)", 0 },
        SIFT_CLI_CURVE_OPTIONS,
        { 0 } };
    static const struct argp argp = {
        options, s_parse, "FILE...",
        "Push articles to a running siftd.\v"
        "FILE is a text file (one article, its file name as id) or a .jsonl file (one "
        "article object per line); - reads JSON lines from stdin. A line that is no JSON "
        "object is reported as FILE:LINE and skipped; the others are sent. With --bind, "
        "siftd instances share the articles; one killed loses what it held.\n\n"
        "Exit status: 0 when every article was delivered (and, with --wait-results, none "
        "was rejected), 1 otherwise, 2 on a usage error.", NULL, NULL, NULL };
    send_options_t o = { .endpoint = SIFT_DEFAULT_INPUT, .results = SIFT_DEFAULT_OUTPUT,
                         .timeout_s = 10, .peers = 1 };
    sift_cli_parse(&argp, argc, argv, &o);

    sender_t self = { .timeout_ms = (int)(o.timeout_s * 1000) };
    zmq_msg_init(&self.topic);
    zmq_msg_init(&self.payload);
    void *zctx = zmq_ctx_new();
    int one = 1, rc = 1;
    long skipped = 0;
    self.push = zmq_socket(zctx, ZMQ_PUSH);
    zmq_setsockopt(self.push, ZMQ_IMMEDIATE, &one, sizeof one);
    zmq_setsockopt(self.push, ZMQ_SNDTIMEO, &self.timeout_ms, sizeof self.timeout_ms);
    zmq_setsockopt(self.push, ZMQ_LINGER, &self.timeout_ms, sizeof self.timeout_ms);
    if (sift_cli_curve_apply(&o.curve, self.push) < 0 ||
        (o.wait_results && s_subscribe(&self, zctx, o.results, &o.curve) < 0))
        goto done;
    if (s_open_push(&self, zctx, &o) < 0)
        goto done;
    int i;
    for (i = 0; i < o.files.n; i++) {
        int n = sift_read_articles(o.files.items[i], s_send_one, &self);
        if (n < 0)
            break;
        skipped += n;
    }
    if (i < o.files.n) {
        sift_log(LOG_ERR, NULL, "stopped after %ld articles: the rest were not sent",
                 self.sent);
        goto done;
    }
    if (self.sub && self.awaiting && !s_drain(&self, self.timeout_ms))
        sift_log(LOG_ERR, NULL, "%ld of %ld articles got no result within %ld s",
                 self.awaiting, self.sent, o.timeout_s);
    if (self.rejected)
        sift_log(LOG_ERR, NULL, "%ld of %ld articles rejected", self.rejected, self.sent);
    if (skipped)
        sift_log(LOG_ERR, NULL, "%ld lines skipped", skipped);
    rc = skipped || self.awaiting || self.rejected ? 1 : 0;
done:
    zmq_msg_close(&self.topic);
    zmq_msg_close(&self.payload);
    zmq_close(self.push);
    if (self.sub)
        zmq_close(self.sub);
    zmq_ctx_term(zctx); /* waits up to --timeout for the queue to drain */
    tdestroy(self.ids, s_id_free);
    return rc;
}
