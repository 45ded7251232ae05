/* SPDX-License-Identifier: MIT */
/* proxy.c - `sift proxy`: the ZeroMQ devices of the scale-out layout.
 *
 *   pubsub (default): siftd PUBs (output_mode = connect) --> XSUB | XPUB <-- subscribers
 *   --stream:         producers' PUSH --> PULL | PUSH <-- siftd PULLs (input_mode = connect)
 *
 * Both are libzmq's zmq_proxy_steerable, run in a thread of its own; this
 * thread answers signals and asks the proxy for its counters (STATISTICS)
 * to print them as JSON lines. Messages are whole multipart messages. */
#include <errno.h>
#include <jansson.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/signalfd.h>
#include <unistd.h>
#include <zmq.h>

#include "cli.h"
#include "log.h"

#define PUBSUB_FRONTEND "tcp://127.0.0.1:5557"
#define PUBSUB_BACKEND "tcp://127.0.0.1:5558"
#define STREAM_FRONTEND "tcp://127.0.0.1:5555"
#define STREAM_BACKEND "tcp://127.0.0.1:5559"

typedef struct {
    const char *frontend, *backend;
    bool stream;
    long hwm;          /* -1: the mode's default */
    long stats_interval;
} proxy_options_t;

/* What the proxy thread owns until it is joined. */
typedef struct {
    void *frontend, *backend, *control;
} proxy_sockets_t;

static void *s_run(void *arg)
{
    proxy_sockets_t *p = arg;
    if (zmq_proxy_steerable(p->frontend, p->backend, NULL, p->control) < 0) {
        /* tell the main thread on the control pair, which it polls */
        sift_log(LOG_ERR, NULL, "proxy: %s", zmq_strerror(errno));
        zmq_send(p->control, "FAILED", 6, 0);
    }
    return NULL;
}

/* Asks the proxy for its eight counters and prints them as one JSON line;
 * -1 when the proxy does not answer. */
static int s_print_stats(void *control)
{
    static const char *names[] = { "in", "in_bytes", "out", "out_bytes" };
    uint64_t v[8];
    if (zmq_send(control, "STATISTICS", 10, 0) < 0)
        return -1;
    for (int i = 0; i < 8; i++) {
        int more = 0;
        size_t len = sizeof more;
        if (zmq_recv(control, &v[i], sizeof v[i], 0) != (int)sizeof v[i])
            return -1;
        zmq_getsockopt(control, ZMQ_RCVMORE, &more, &len);
        if (more != (i < 7))
            return -1;
    }
    json_t *side[2];
    for (int s = 0; s < 2; s++) {
        side[s] = json_object();
        for (int i = 0; i < 4; i++)
            json_object_set_new(side[s], names[i], json_integer((json_int_t)v[s * 4 + i]));
    }
    json_t *line = json_pack("{s:o, s:o}", "frontend", side[0], "backend", side[1]);
    int rc = line && json_dumpf(line, stdout, JSON_COMPACT) == 0 ? 0 : -1;
    json_decref(line);
    if (rc == 0) {
        fputc('\n', stdout);
        fflush(stdout);
    }
    return rc;
}

/* Creates and binds one side; logs the endpoint it got (a wildcard port
 * resolved), so scripts and tests can bind to port *. */
static void *s_bind(void *zctx, int type, const char *ep, int hwm, const char *side)
{
    void *sock = zmq_socket(zctx, type);
    int zero = 0;
    zmq_setsockopt(sock, ZMQ_LINGER, &zero, sizeof zero);
    zmq_setsockopt(sock, ZMQ_SNDHWM, &hwm, sizeof hwm);
    zmq_setsockopt(sock, ZMQ_RCVHWM, &hwm, sizeof hwm);
    char bound[256];
    size_t len = sizeof bound;
    if (zmq_bind(sock, ep) < 0 || zmq_getsockopt(sock, ZMQ_LAST_ENDPOINT, bound, &len) < 0) {
        sift_log(LOG_ERR, NULL, "%s: cannot bind %s: %s", side, ep, zmq_strerror(errno));
        zmq_close(sock);
        return NULL;
    }
    sift_log(LOG_INFO, NULL, "%s bound to %s", side, bound);
    return sock;
}

static error_t s_parse(int key, char *arg, struct argp_state *state)
{
    proxy_options_t *o = state->input;
    switch (key) {
    case 'f': o->frontend = arg; break;
    case 'b': o->backend = arg; break;
    case 's': o->stream = true; break;
    case 'H': o->hwm = sift_cli_number(state, "hwm", arg, 1, INT_MAX); break;
    case 'i': o->stats_interval = sift_cli_number(state, "stats-interval", arg, 0, 86400); break;
    case ARGP_KEY_ARG: argp_usage(state); break;
    default: return ARGP_ERR_UNKNOWN;
    }
    return 0;
}

int sift_proxy_main(int argc, char **argv)
{
    static const struct argp_option options[] = {
        { "stream", 's', NULL, 0,
          "forward articles (PULL -> PUSH) instead of results (XSUB -> XPUB)", 0 },
        { "frontend", 'f', "EP", 0,
          "where the senders connect: siftd outputs (default " PUBSUB_FRONTEND "), or with "
          "--stream producers (default " STREAM_FRONTEND ")", 0 },
        { "backend", 'b', "EP", 0,
          "where the receivers connect: subscribers (default " PUBSUB_BACKEND "), or with "
          "--stream siftd inputs (default " STREAM_BACKEND ")", 0 },
        { "hwm", 'H', "N", 0,
          "messages queued per peer before the proxy drops (XPUB) or blocks (PUSH); "
          "default 100000, with --stream 1000", 0 },
        { "stats-interval", 'i', "SECONDS", 0,
          "print the counters every SECONDS (default 0: only on exit)", 0 },
        { 0 } };
    static const struct argp argp = {
        options, s_parse, NULL,
        "Forward between several siftd instances and their peers, as one endpoint.\v"
        "Default: an XSUB/XPUB forwarder; siftd instances publish into it (output_mode = "
        "connect) and subscribers (sift tail --endpoint) connect to its backend. --stream: "
        "a PULL/PUSH streamer; producers (sift send) push into it and siftd instances "
        "(input_mode = connect) share its backend. Both endpoints are bound; a port of * "
        "picks a free one, logged as \"frontend bound to EP\".\n\n"
        "On SIGINT or SIGTERM the counters are printed as one JSON line on stdout, "
        "{\"frontend\": {\"in\", \"in_bytes\", \"out\", \"out_bytes\"}, \"backend\": {...}} "
        "(whole messages and their bytes; in = received on that side), and the proxy "
        "exits 0. ZeroMQ acknowledges nothing: what is queued toward a peer that dies is "
        "lost. Exit status: 1 when an endpoint cannot be bound, 2 on a usage error.",
        NULL, NULL, NULL };
    proxy_options_t o = { .hwm = -1 };
    sift_cli_parse(&argp, argc, argv, &o);
    if (!o.frontend)
        o.frontend = o.stream ? STREAM_FRONTEND : PUBSUB_FRONTEND;
    if (!o.backend)
        o.backend = o.stream ? STREAM_BACKEND : PUBSUB_BACKEND;
    int hwm = (int)(o.hwm > 0 ? o.hwm : o.stream ? 1000 : 100000);

    /* Signals arrive on a descriptor the main thread polls; the proxy and
     * ZeroMQ's threads inherit the mask and never see them. */
    sigset_t mask;
    sigemptyset(&mask);
    sigaddset(&mask, SIGINT);
    sigaddset(&mask, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &mask, NULL);
    int sigfd = signalfd(-1, &mask, SFD_CLOEXEC);

    void *zctx = zmq_ctx_new();
    proxy_sockets_t p = { 0 };
    void *control = zmq_socket(zctx, ZMQ_PAIR);
    int rc = 1, zero = 0, second = 1000;
    zmq_setsockopt(control, ZMQ_LINGER, &zero, sizeof zero);
    zmq_setsockopt(control, ZMQ_RCVTIMEO, &second, sizeof second);
    p.control = zmq_socket(zctx, ZMQ_PAIR);
    zmq_setsockopt(p.control, ZMQ_LINGER, &zero, sizeof zero);
    pthread_t thread;
    bool started = false;
    if (sigfd < 0) {
        sift_log(LOG_ERR, NULL, "signalfd: %s", strerror(errno));
        goto done;
    }
    if (zmq_bind(control, "inproc://sift-proxy-control") < 0 ||
        zmq_connect(p.control, "inproc://sift-proxy-control") < 0) {
        sift_log(LOG_ERR, NULL, "control socket: %s", zmq_strerror(errno));
        goto done;
    }
    p.frontend = s_bind(zctx, o.stream ? ZMQ_PULL : ZMQ_XSUB, o.frontend, hwm, "frontend");
    p.backend = p.frontend ? s_bind(zctx, o.stream ? ZMQ_PUSH : ZMQ_XPUB, o.backend, hwm,
                                    "backend")
                           : NULL;
    if (!p.backend)
        goto done;
    if ((errno = pthread_create(&thread, NULL, s_run, &p)) != 0) {
        sift_log(LOG_ERR, NULL, "cannot start the proxy thread: %s", strerror(errno));
        goto done;
    }
    started = true;
    int timeout_ms = o.stats_interval ? (int)o.stats_interval * 1000 : -1;
    for (;;) {
        zmq_pollitem_t items[] = { { control, 0, ZMQ_POLLIN, 0 },
                                   { NULL, sigfd, ZMQ_POLLIN, 0 } };
        int n = zmq_poll(items, 2, timeout_ms);
        if (n < 0 && errno != EINTR) {
            sift_log(LOG_ERR, NULL, "poll: %s", zmq_strerror(errno));
            break;
        }
        if (items[0].revents)
            break; /* the proxy failed, and said why */
        if (items[1].revents) {
            struct signalfd_siginfo si;
            if (read(sigfd, &si, sizeof si) == sizeof si)
                rc = 0;
            break;
        }
        if (n == 0 && s_print_stats(control) < 0) {
            sift_log(LOG_ERR, NULL, "the proxy did not report its counters");
            break;
        }
    }
    if (rc == 0 && s_print_stats(control) < 0) {
        sift_log(LOG_ERR, NULL, "the proxy did not report its counters");
        rc = 1;
    }
done:
    if (started) {
        zmq_send(control, "TERMINATE", 9, 0);
        pthread_join(thread, NULL);
    }
    if (p.frontend)
        zmq_close(p.frontend);
    if (p.backend)
        zmq_close(p.backend);
    zmq_close(p.control);
    zmq_close(control);
    zmq_ctx_term(zctx);
    if (sigfd >= 0)
        close(sigfd);
    return rc;
}
