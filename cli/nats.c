/* SPDX-License-Identifier: MIT */
/* nats.c - the JetStream side of the sift command:
 *   sift nats init   create or update the streams and the consumer siftd uses
 *   sift nats send   publish articles to the input stream, every one acknowledged
 *   sift tail --nats read the results stream (see s_tail_nats), from a time
 *                    or a sequence
 * Connections, credentials and TLS are siftd's own (jetstream.h), from the
 * config file's nats_* keys. */
#include <errno.h>
#include <inttypes.h>
#include <nats/nats.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "articles.h"
#include "cli.h"
#include "config.h"
#include "jetstream.h"
#include "json.h"
#include "log.h"

typedef struct {
    const char *config, *url;
    const char *replicas, *retention, *max_age;
    sift_cli_files_t files;
} nats_options_t;

static error_t s_parse(int key, char *arg, struct argp_state *state)
{
    nats_options_t *o = state->input;
    switch (key) {
    case 'c': o->config = arg; break;
    case 'u': o->url = arg; break;
    case 'r': o->replicas = arg; break;
    case 'R': o->retention = arg; break;
    case 'a': o->max_age = arg; break;
    default: return o->files.n >= 0 ? sift_cli_files(key, state, &o->files) : ARGP_ERR_UNKNOWN;
    }
    return 0;
}

/* The config file's settings with the command line's on top; NULL after
 * logging why. */
static sift_settings_t *s_settings(const nats_options_t *o)
{
    sift_settings_t *s = sift_settings_load(o->config);
    const struct { const char *key, *value; } set[] = {
        { "nats_replicas", o->replicas }, { "nats_retention", o->retention },
        { "nats_max_age", o->max_age } };
    for (size_t i = 0; s && i < sizeof set / sizeof set[0]; i++)
        if (set[i].value && sift_settings_set(s, set[i].key, set[i].value) < 0)
            sift_settings_destroy(&s);
    return s;
}

#define NATS_COMMON_OPTIONS                                                                \
    { "config", 'c', "FILE", 0, "siftd.conf whose nats_* keys to use (default: the "       \
      "defaults)", 0 },                                                                    \
    { "url", 'u', "URL", 0, "NATS servers, comma-separated (default: the config's nats:// " \
      "input, else its output)", 0 }

static int s_init(int argc, char **argv)
{
    static const struct argp_option options[] = {
        NATS_COMMON_OPTIONS,
        { "replicas", 'r', "N", 0, "replicas of each stream and the consumer (nats_replicas)",
          0 },
        { "retention", 'R', "POLICY", 0, "the input stream's retention: workqueue, limits or "
          "interest (nats_retention)", 0 },
        { "max-age", 'a', "SECONDS", 0, "how long the streams keep a message; 0: no limit "
          "(nats_max_age)", 0 },
        { 0 } };
    static const struct argp argp = {
        options, s_parse, NULL,
        "Create, or update to the configuration, the JetStream streams siftd uses: the "
        "input stream (nats_stream on nats_subject), the results stream (nats_results_stream "
        "on sift.>), the dead-letter stream (NATS_STREAM_DEAD on nats_dead_letter), and the "
        "durable consumer every siftd shares (nats_consumer).", NULL, NULL, NULL };
    nats_options_t o = { .files.n = -1 };
    sift_cli_parse(&argp, argc, argv, &o);
    sift_settings_t *s = s_settings(&o);
    int rc = s && sift_js_init_url(s, o.url ? o.url : NULL) == 0 ? 0 : 1;
    sift_settings_destroy(&s);
    return rc;
}

/* ------------------------------------------------------------- send */

typedef struct {
    sift_js_t *js;
    const char *subject;
    char run[24];            /* this run's id, for the message ids */
    long sent;
} sender_t;

/* Publishes one article; a refused or unacknowledged publish is sent again
 * after a backoff, as siftd's results are (jetstream.h), its Nats-Msg-Id
 * making a second copy impossible. */
static int s_send_one(void *ctx, const char *buf, size_t len)
{
    sender_t *self = ctx;
    char id[48];
    snprintf(id, sizeof id, "%s.%ld", self->run, self->sent);
    if (!sift_js_publish_to(self->js, self->subject, buf, len, id, NULL))
        return -1;
    self->sent++;
    return 0;
}

static int s_send(int argc, char **argv)
{
    static const struct argp_option options[] = { NATS_COMMON_OPTIONS, { 0 } };
    static const struct argp argp = {
        options, s_parse, "FILE...",
        "Publish articles to the input stream's subject (nats_subject) and wait until "
        "JetStream has stored every one.\v"
        "FILE is a text file (one article, its name the id), a .jsonl file (one article per "
        "line) or - (JSON lines on stdin). A publish refused or not acknowledged is sent "
        "again after a backoff (nats_publish_retries, nats_publish_backoff_max). Exit status "
        "1 when any article was not stored.", NULL, NULL, NULL };
    nats_options_t o = { 0 };
    sift_cli_parse(&argp, argc, argv, &o);
    sift_settings_t *s = s_settings(&o);
    if (!s)
        return 1;
    const char *url = o.url ? o.url : sift_nats_url(s->input) ? s->input : NULL;
    if (!url) {
        sift_log(LOG_ERR, NULL, "no NATS server: give --url or a config whose input is one");
        sift_settings_destroy(&s);
        return 1;
    }
    sender_t self = { .subject = s->nats_subject };
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    snprintf(self.run, sizeof self.run, "%lx.%lx", (long)now.tv_sec, (long)now.tv_nsec);
    int rc = 1;
    self.js = sift_js_connect(s, url, "sift nats send");
    if (self.js && sift_js_output_start(self.js, s) == 0) {
        sift_js_counters_t before, after;
        sift_js_counters(&before);
        int i;
        for (i = 0; i < o.files.n; i++)
            if (sift_read_articles(o.files.items[i], s_send_one, &self) < 0)
                break;
        bool all = sift_js_output_flush(self.js, 30000);
        if (!all)
            sift_log(LOG_ERR, NULL, "articles still unacknowledged after 30 s");
        sift_js_counters(&after);
        uint64_t failed = after.publish_failures - before.publish_failures;
        fprintf(stderr, "sift nats send: %ld articles published, %" PRIu64 " not stored, %"
                PRIu64 " publishes retried\n", self.sent, failed,
                after.publish_retries - before.publish_retries);
        rc = i == o.files.n && all && failed == 0 ? 0 : 1;
    }
    sift_js_destroy(&self.js);
    sift_settings_destroy(&s);
    return rc;
}

int sift_nats_main(int argc, char **argv)
{
    static const struct argp argp = {
        NULL, sift_cli_parse_command, "init|send [OPTION...]",
        "Set up and feed siftd's NATS JetStream transport.\v"
        "Commands:\n"
        "  init   create or update the streams and the consumer siftd uses\n"
        "  send   publish articles to the input stream, each one acknowledged\n\n"
        "`sift nats COMMAND --help` describes its options.", NULL, NULL, NULL };
    int command = 0;
    char name[] = "sift nats";
    argv[0] = name; /* argp names the program after argv[0] */
    argp_parse(&argp, argc, argv, ARGP_IN_ORDER, NULL, &command);
    static char init[] = "nats init", send[] = "nats send";
    if (strcmp(argv[command], "init") == 0) {
        argv[command] = init;
        return s_init(argc - command, argv + command);
    }
    if (strcmp(argv[command], "send") == 0) {
        argv[command] = send;
        return s_send(argc - command, argv + command);
    }
    fprintf(stderr, "sift nats: unknown command '%s' (init, send)\n", argv[command]);
    return 2;
}

/* ------------------------------------------------------------- tail */

/* "2026-12-04T18:00:00Z" or Unix seconds, in nanoseconds; -1 if neither. */
static int64_t s_time_ns(const char *arg)
{
    long secs;
    if (sift_parse_long(arg, 0, 1L << 40, &secs))
        return (int64_t)secs * 1000000000;
    struct tm tm = { 0 };
    const char *end = strptime(arg, "%Y-%m-%dT%H:%M:%S", &tm);
    if (!end || (strcmp(end, "Z") != 0 && *end))
        return -1;
    return (int64_t)timegm(&tm) * 1000000000;
}

typedef struct tail_request {
    natsSubscription **sub;
    jsCtx *js;
    jsSubOptions *so;
} tail_request_t;

/* The results stream's ordered consumer. */
static int s_subscribe(void *arg, int *js_error)
{
    tail_request_t *req = arg;
    jsErrCode jerr = 0;
    natsStatus st = js_SubscribeSync(req->sub, req->js, "sift.>", NULL, req->so, &jerr);
    *js_error = (int)jerr;
    return st;
}

int sift_tail_nats(const char *url, const char *config, const char *since, const char *from,
                   long count, long idle_s, bool with_topic, char **topics, int n_topics)
{
    sift_settings_t *s = sift_settings_load(config);
    if (!s)
        return 1;
    jsSubOptions so;
    jsSubOptions_Init(&so);
    so.Stream = s->nats_results_stream;
    so.Ordered = true; /* ephemeral, in order, re-created by libnats after a gap */
    so.Config.DeliverPolicy = js_DeliverNew;
    if (since) {
        int64_t ns = s_time_ns(since);
        if (ns < 0) {
            sift_log(LOG_ERR, NULL, "--since: '%s' is neither Unix seconds nor "
                     "YYYY-MM-DDTHH:MM:SSZ", since);
            sift_settings_destroy(&s);
            return 2;
        }
        so.Config.DeliverPolicy = js_DeliverByStartTime;
        so.Config.OptStartTime = ns;
    } else if (from) {
        long seq;
        if (!sift_parse_long(from, 1, LONG_MAX, &seq)) {
            sift_log(LOG_ERR, NULL, "--from: '%s' is not a stream sequence (1 or more)", from);
            sift_settings_destroy(&s);
            return 2;
        }
        so.Config.DeliverPolicy = js_DeliverByStartSequence;
        so.Config.OptStartSeq = (uint64_t)seq;
    }
    sift_js_t *conn = sift_js_connect(s, url, "sift tail");
    jsCtx *js = NULL;
    natsSubscription *sub = NULL;
    int jerr = 0;
    int rc = 1;
    natsStatus st = NATS_ERR;
    char what[300];
    snprintf(what, sizeof what, "reading stream %s", s->nats_results_stream);
    if (conn && (st = natsConnection_JetStream(&js, sift_js_connection(conn), NULL)) == NATS_OK) {
        tail_request_t req = { &sub, js, &so };
        /* (never SIFT_JS_STOPPED: sift tail leaves SIGINT and SIGTERM unblocked) */
        st = (natsStatus)sift_js_patiently(what, s_subscribe, &req, &jerr);
    }
    if (conn && st != NATS_OK)
        sift_log(LOG_ERR, NULL, "%s: %s (%d)", what, natsStatus_GetText(st), jerr);
    if (sub)
        rc = 0;
    int64_t waited_ms = 0;
    while (sub && count != 0) {
        natsMsg *msg = NULL;
        st = natsSubscription_NextMsg(&msg, sub, 500);
        if (st == NATS_TIMEOUT) {
            waited_ms += 500;
            if (idle_s > 0 && waited_ms >= idle_s * 1000)
                break;
            continue;
        }
        if (st != NATS_OK) {
            sift_log(LOG_ERR, NULL, "reading stream %s: %s", s->nats_results_stream,
                     natsStatus_GetText(st));
            rc = 1;
            break;
        }
        waited_ms = 0;
        const char *topic = natsMsg_GetSubject(msg) + 5; /* after "sift." */
        bool wanted = n_topics == 0;
        for (int i = 0; i < n_topics && !wanted; i++)
            wanted = strncmp(topic, topics[i], strlen(topics[i])) == 0;
        if (wanted) {
            sift_print_msgpack_json(natsMsg_GetData(msg), (size_t)natsMsg_GetDataLength(msg),
                                    with_topic ? topic : NULL, strlen(topic), stdout);
            fflush(stdout);
            if (count > 0)
                count--;
        }
        natsMsg_Destroy(msg);
    }
    /* closed before the subscription goes: libnats 3.4's reader thread may
     * be handing the subscription a message as it is destroyed (nats.c
     * #637, fixed in 3.6); closing joins that thread first */
    if (conn)
        natsConnection_Close(sift_js_connection(conn));
    natsSubscription_Destroy(sub);
    jsCtx_Destroy(js);
    sift_js_destroy(&conn);
    sift_settings_destroy(&s);
    return rc;
}
