/* SPDX-License-Identifier: MIT */
/* sift - the command for people and scripts.
 *
 *   sift send    [--endpoint EP] [--timeout S] [--wait-results] FILE...
 *   sift tail    [--endpoint EP | --nats URL [--since T | --from SEQ]] [--count N]
 *                [--with-topic] [TOPIC...]
 *   sift process [--config F] [--plugins L] [--plugin-dir D] [--plugin-path D:...] FILE...
 *   sift bench   [--input EP] [--output EP] [--copies N] [--window N] FILE...
 *   sift proxy   [--stream] [--frontend EP] [--backend EP] [--stats-interval S]
 *
 * FILE is a text file (one article, its file name as id) or a .jsonl file
 * (one article object per line); "-" reads JSON lines from stdin. `process`
 * runs the same pipeline code as siftd, in this process. Options are parsed
 * with glibc argp: `sift COMMAND --help` describes each. */
#include <errno.h>
#include <limits.h>
#include <stdbool.h>
#include <jansson.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zmq.h>

#include "articles.h"
#include "cli.h"
#include "config.h"
#include "curve.h"
#include "json.h"
#include "loader.h"
#include "log.h"
#include "pipeline.h"
#include "sequence.h"

/* ------------------------------------------------------------- process */

typedef struct {
    sift_runner_t *runner;
    sift_frames_t frames;
    int rejected;
} process_ctx_t;

static int s_process_one(void *ctx_, const char *buf, size_t len)
{
    process_ctx_t *ctx = ctx_;
    sift_frames_reset(&ctx->frames);
    sift_error_code_t code = sift_runner_process(ctx->runner, buf, len, 0, NULL, &ctx->frames);
    if ((int)code < 0) {
        sift_log(LOG_ERR, NULL, "out of memory");
        return -1;
    }
    /* The last message is the `article` (or the `error`). */
    const struct sift_frame *f = &ctx->frames.items[ctx->frames.n - 1];
    const char *data = ctx->frames.buf.data;
    FILE *out = stdout;
    if (code != SIFT_OK) {
        ctx->rejected++;
        fprintf(stderr, "rejected: ");
        out = stderr;
    }
    if (sift_print_msgpack_json(data + f->payload, f->payload_len, NULL, 0, out) < 0) {
        sift_log(LOG_ERR, NULL, "cannot print a result as JSON: %s",
                 ferror(out) ? strerror(errno) : "not representable");
        return -1;
    }
    return 0;
}

static int s_load_settings(sift_settings_t **settings, const char *config, const char *plugins,
                           const char *plugin_dir, const char *plugin_path)
{
    if (!config) {
        FILE *fp = fopen(SIFT_CONFIG_FILE, "r");
        if (fp) {
            fclose(fp);
            config = SIFT_CONFIG_FILE;
        }
    }
    *settings = sift_settings_load(config);
    if (!*settings)
        return -1;
    if ((plugins && sift_settings_set(*settings, "plugins", plugins) < 0) ||
        (plugin_dir && sift_settings_set(*settings, "plugin_dir", plugin_dir) < 0) ||
        (plugin_path && sift_settings_set(*settings, "plugin_path", plugin_path) < 0))
        return -1;
    return 0;
}

enum { OPT_CPU_TIME = 256 }; /* long-only options */

typedef struct {
    const char *config, *plugins, *plugin_dir, *plugin_path;
    bool cpu_time;
    sift_cli_files_t files;
} process_options_t;

static error_t s_parse_process(int key, char *arg, struct argp_state *state)
{
    process_options_t *o = state->input;
    switch (key) {
    case 'c': o->config = arg; break;
    case 'p': o->plugins = arg; break;
    case 'd': o->plugin_dir = arg; break;
    case 'P': o->plugin_path = arg; break;
    case OPT_CPU_TIME: o->cpu_time = true; break;
    default: return sift_cli_files(key, state, &o->files);
    }
    return 0;
}

static int s_cmd_process(int argc, char **argv)
{
    static const struct argp_option options[] = {
        { "config", 'c', "FILE", 0,
          "siftd.conf to take the plugins and their settings from (default " SIFT_CONFIG_FILE
          " when it exists)", 0 },
        { "plugins", 'p', "NAME,...", 0, "plugins to run instead of the config's; none: the "
          "core alone", 0 },
        { "plugin-dir", 'd', "DIR", 0, "where the plugins are, instead of the config's", 0 },
        { "plugin-path", 'P', "DIR:...", 0, "directories searched for plugins before the "
          "plugin dir, instead of the config's plugin_path", 0 },
        { "cpu-time", OPT_CPU_TIME, NULL, 0, "elapsed_us is this process's CPU time for the "
          "work, not the wall clock (benchmarks on a shared machine)", 0 },
        { 0 } };
    static const struct argp argp = {
        options, s_parse_process, "FILE...",
        "Run siftd's pipeline in this process and print each `article` as a JSON line.\v"
        "FILE is a text file (one article) or a .jsonl file; - reads JSON lines from stdin. "
        "Rejected articles are printed to stderr. Exit status: 0 when every article was "
        "processed, 1 when one was rejected or a line skipped, 2 on a usage error.",
        NULL, NULL, NULL };
    process_options_t o = { 0 };
    sift_cli_parse(&argp, argc, argv, &o);
    sift_settings_t *settings = NULL;
    sift_plugins_t loaded = { 0 };
    process_ctx_t ctx = { 0 };
    int rc = 1;
    if (s_load_settings(&settings, o.config, o.plugins, o.plugin_dir, o.plugin_path) < 0 ||
        sift_plugins_load(&loaded, settings) < 0)
        goto done;
    sift_limits_t limits;
    sift_settings_limits(settings, &limits);
    ctx.runner = sift_runner_new(&loaded, &limits);
    sift_frames_init(&ctx.frames);
    if (!ctx.runner)
        goto done;
    if (o.cpu_time)
        sift_runner_use_cpu_time(ctx.runner);
    rc = 0;
    for (int i = 0; i < o.files.n && rc == 0; i++) {
        int skipped = sift_read_articles(o.files.items[i], s_process_one, &ctx);
        if (skipped != 0)
            rc = 1; /* -1: unreadable; > 0: lines skipped, the rest processed */
    }
    if (rc == 0 && ctx.rejected)
        rc = 1;
done:
    fflush(stdout);
    sift_frames_release(&ctx.frames);
    sift_runner_destroy(&ctx.runner);
    sift_plugins_unload(&loaded);
    sift_settings_destroy(&settings);
    return rc;
}

/* ---------------------------------------------------------------- tail */

typedef struct {
    const char *endpoint;
    const char *nats, *config, *since, *from; /* JetStream */
    long count, idle_s;
    bool with_topic;
    char **topics;
    int n_topics;
    sift_cli_curve_t curve;
} tail_options_t;

static error_t s_parse_tail(int key, char *arg, struct argp_state *state)
{
    tail_options_t *o = state->input;
    switch (key) {
    case 'e': o->endpoint = arg; break;
    case 'n': o->count = sift_cli_number(state, "count", arg, 0, LONG_MAX); break;
    case 't': o->with_topic = true; break;
    case 'N': o->nats = arg; break;
    case 'c': o->config = arg; break;
    case 's': o->since = arg; break;
    case 'f': o->from = arg; break;
    case 'i': o->idle_s = sift_cli_number(state, "idle", arg, 1, 86400); break;
    case ARGP_KEY_ARGS:
        o->topics = state->argv + state->next;
        o->n_topics = state->argc - state->next;
        break;
    default: return sift_cli_curve(key, arg, &o->curve);
    }
    return 0;
}

/* Says on stderr how many messages of the topic this subscriber missed
 * (a jump in seq), or that siftd restarted (a new epoch: numbers restart). */
static void s_report_gap(sift_sequencer_t **seen, uint64_t *epoch, zmq_msg_t *topic,
                         zmq_msg_t *payload)
{
    uint64_t seq, ep;
    if (!sift_sequence_read(zmq_msg_data(payload), zmq_msg_size(payload), &seq, &ep))
        return;
    if (ep != *epoch) {
        if (*epoch)
            fprintf(stderr, "sift tail: siftd restarted; sequence numbers start again\n");
        sift_sequencer_destroy(seen);
        *seen = sift_sequencer_new();
        *epoch = ep;
    }
    uint64_t *last = *seen ? sift_sequencer_slot(*seen, zmq_msg_data(topic), zmq_msg_size(topic))
                           : NULL;
    if (!last)
        return;
    if (*last && seq > *last + 1)
        fprintf(stderr, "sift tail: missed %llu messages on topic %.*s\n",
                (unsigned long long)(seq - *last - 1), (int)zmq_msg_size(topic),
                (const char *)zmq_msg_data(topic));
    *last = seq;
}

static int s_cmd_tail(int argc, char **argv)
{
    static const struct argp_option options[] = {
        { "endpoint", 'e', "EP", 0, "siftd's output (default " SIFT_DEFAULT_OUTPUT ")", 0 },
        { "count", 'n', "N", 0, "exit after N messages (default: run until interrupted)", 0 },
        { "with-topic", 't', NULL, 0, "print {\"topic\": ..., \"message\": ...} per line", 0 },
        SIFT_CLI_CURVE_OPTIONS,
        { "nats", 'N', "URL", 0, "read siftd's JetStream results stream (nats_results_stream) "
          "from these NATS servers instead", 0 },
        { "config", 'c', "FILE", 0, "with --nats: siftd.conf whose nats_* keys (stream, "
          "credentials, TLS) to use", 0 },
        { "since", 's', "TIME", 0, "with --nats: replay from TIME (Unix seconds or "
          "YYYY-MM-DDTHH:MM:SSZ)", 0 },
        { "from", 'f', "SEQ", 0, "with --nats: replay from stream sequence SEQ (1: all)", 0 },
        { "idle", 'i', "SECONDS", 0, "with --nats: exit after SECONDS without a message", 0 },
        { 0 } };
    static const struct argp argp = {
        options, s_parse_tail, "[TOPIC...]",
        "Print the messages siftd publishes as JSON lines.\v"
        "TOPIC is a topic prefix to subscribe to (article, error, stats, entities, ...); "
        "none: every topic.", NULL, NULL, NULL };
    tail_options_t o = { .endpoint = SIFT_DEFAULT_OUTPUT, .count = -1 };
    sift_cli_parse(&argp, argc, argv, &o);
    if (o.nats)
        return sift_tail_nats(o.nats, o.config, o.since, o.from, o.count, o.idle_s,
                              o.with_topic, o.topics, o.n_topics);
    const char *endpoint = o.endpoint;
    long count = o.count;
    void *zctx = zmq_ctx_new();
    void *sub = zmq_socket(zctx, ZMQ_SUB);
    int hwm = 0;
    zmq_setsockopt(sub, ZMQ_RCVHWM, &hwm, sizeof hwm);
    if (o.n_topics == 0)
        zmq_setsockopt(sub, ZMQ_SUBSCRIBE, "", 0);
    for (int i = 0; i < o.n_topics; i++)
        zmq_setsockopt(sub, ZMQ_SUBSCRIBE, o.topics[i], strlen(o.topics[i]));
    int rc = 0;
    if (sift_cli_curve_apply(&o.curve, sub) < 0) {
        rc = 1;
    } else if (zmq_connect(sub, endpoint) < 0) {
        sift_log(LOG_ERR, NULL, "%s: %s", endpoint, zmq_strerror(errno));
        rc = 1;
    }
    zmq_msg_t topic, payload;
    zmq_msg_init(&topic);
    zmq_msg_init(&payload);
    /* the last seq seen per topic: a jump is what this subscriber missed */
    sift_sequencer_t *seen = sift_sequencer_new();
    uint64_t epoch = 0;
    if (!seen)
        rc = 1;
    while (rc == 0 && count != 0) {
        if (zmq_msg_recv(&topic, sub, 0) < 0 || !zmq_msg_more(&topic) ||
            zmq_msg_recv(&payload, sub, 0) < 0) {
            if (errno == EINTR)
                break;
            continue;
        }
        s_report_gap(&seen, &epoch, &topic, &payload);
        FILE *out = stdout;
        sift_print_msgpack_json(zmq_msg_data(&payload), zmq_msg_size(&payload),
                                o.with_topic ? zmq_msg_data(&topic) : NULL, zmq_msg_size(&topic),
                                out);
        fflush(out);
        if (count > 0)
            count--;
    }
    zmq_msg_close(&topic);
    zmq_msg_close(&payload);
    sift_sequencer_destroy(&seen);
    int linger = 0;
    zmq_setsockopt(sub, ZMQ_LINGER, &linger, sizeof linger);
    zmq_close(sub);
    zmq_ctx_term(zctx);
    return rc;
}

/* -------------------------------------------------------------- keygen */

static error_t s_parse_keygen(int key, char *arg, struct argp_state *state)
{
    const char **base = state->input;
    switch (key) {
    case ARGP_KEY_ARG:
        if (*base)
            argp_usage(state);
        *base = arg;
        break;
    case ARGP_KEY_NO_ARGS: argp_usage(state); break;
    default: return ARGP_ERR_UNKNOWN;
    }
    return 0;
}

static int s_cmd_keygen(int argc, char **argv)
{
    static const struct argp argp = {
        NULL, s_parse_keygen, "NAME",
        "Write a new CURVE key pair: NAME.key (the secret key, mode 0600) and NAME.pub "
        "(the public key). Existing files are never overwritten.\v"
        "For siftd: curve_secret_key = NAME.key, and give NAME.pub to its clients "
        "(sift send/tail --server-key). For a client: list its NAME.pub in siftd's "
        "curve_allowed_clients and pass --client-key NAME.key.", NULL, NULL, NULL };
    const char *base = NULL;
    sift_cli_parse(&argp, argc, argv, &base);
    return sift_curve_keygen(base) == 0 ? 0 : 1;
}

/* ---------------------------------------------------------------- main */

const char *argp_program_version = "sift " SIFT_VERSION;

int main(int argc, char **argv)
{
    static const struct {
        const char *name;
        int (*run)(int argc, char **argv);
    } commands[] = { { "send", sift_send_main }, { "tail", s_cmd_tail },
                     { "process", s_cmd_process }, { "bench", sift_bench_main },
                     { "proxy", sift_proxy_main }, { "keygen", s_cmd_keygen },
                     { "nats", sift_nats_main } };
    static const struct argp argp = {
        NULL, sift_cli_parse_command, "COMMAND [OPTION...] [ARG...]",
        "Push articles to siftd, follow what it publishes, run its pipeline here, "
        "measure it, or join several siftd instances into one endpoint.\v"
        "Commands:\n"
        "  send     push articles to a running siftd\n"
        "  tail     print the messages siftd publishes as JSON lines\n"
        "  process  run the pipeline in this process, print `article` JSON lines\n"
        "  bench    measure a running siftd's throughput and latency\n"
        "  proxy    forward results or articles between several siftd and their peers\n"
        "  keygen   write a CURVE key pair for siftd or a client\n"
        "  nats     create siftd's JetStream streams, publish articles to them\n\n"
        "`sift COMMAND --help` describes a command's options. Exit status: 0 on success, "
        "1 on failure, 2 on a usage error.", NULL, NULL, NULL };
    argp_err_exit_status = 2;
    int command = 0;
    argp_parse(&argp, argc, argv, ARGP_IN_ORDER, NULL, &command);
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (strcmp(argv[command], commands[i].name) == 0)
            return commands[i].run(argc - command, argv + command);
    fprintf(stderr, "sift: unknown command '%s'\n", argv[command]);
    argp_help(&argp, stderr, ARGP_HELP_STD_USAGE, "sift");
    return 2;
}
