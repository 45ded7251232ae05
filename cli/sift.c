/* SPDX-License-Identifier: MIT */
/* sift - the command for people and scripts.
 *
 *   sift send    [--endpoint EP] FILE...   push articles to a siftd
 *   sift tail    [--endpoint EP] [--count N] [--with-topic] [TOPIC...]
 *   sift process [--config F] [--plugins L] [--plugin-dir D] FILE...
 *   sift bench   [--input EP] [--output EP] [--copies N] [--window N] FILE...
 *
 * FILE is a text file (one article, its file name as id) or a .jsonl file
 * (one article object per line); "-" reads JSON lines from stdin. `process`
 * runs the same pipeline code as siftd, in this process. */
#include <errno.h>
#include <getopt.h>
#include <jansson.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zmq.h>

#include "articles.h"
#include "config.h"
#include "json.h"
#include "loader.h"
#include "log.h"
#include "pipeline.h"

#define DEFAULT_INPUT "tcp://127.0.0.1:5555"
#define DEFAULT_OUTPUT "tcp://127.0.0.1:5556"

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
                           const char *plugin_dir)
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
        (plugin_dir && sift_settings_set(*settings, "plugin_dir", plugin_dir) < 0))
        return -1;
    return 0;
}

static int s_cmd_process(int argc, char **argv)
{
    const char *config = NULL, *plugins = NULL, *plugin_dir = NULL;
    static const struct option opts[] = {
        { "config", required_argument, NULL, 'c' }, { "plugins", required_argument, NULL, 'p' },
        { "plugin-dir", required_argument, NULL, 'd' }, { NULL, 0, NULL, 0 } };
    int c;
    while ((c = getopt_long(argc, argv, "c:p:d:", opts, NULL)) != -1) {
        if (c == 'c') config = optarg;
        else if (c == 'p') plugins = optarg;
        else if (c == 'd') plugin_dir = optarg;
        else return 2;
    }
    if (optind >= argc) {
        fprintf(stderr, "usage: sift process [--config F] [--plugins L|none] [--plugin-dir D] "
                        "FILE...\n");
        return 2;
    }
    sift_settings_t *settings = NULL;
    sift_plugins_t loaded = { 0 };
    process_ctx_t ctx = { 0 };
    int rc = 1;
    if (s_load_settings(&settings, config, plugins, plugin_dir) < 0 ||
        sift_plugins_load(&loaded, settings) < 0)
        goto done;
    ctx.runner = sift_runner_new(&loaded, (size_t)settings->max_text_bytes);
    sift_frames_init(&ctx.frames);
    if (!ctx.runner)
        goto done;
    rc = 0;
    for (int i = optind; i < argc && rc == 0; i++)
        if (sift_read_articles(argv[i], s_process_one, &ctx) < 0)
            rc = 1;
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

/* ---------------------------------------------------------------- send */

static int s_send_one(void *sock, const char *buf, size_t len)
{
    if (zmq_send(sock, buf, len, 0) < 0) {
        sift_log(LOG_ERR, NULL, "send: %s", zmq_strerror(errno));
        return -1;
    }
    return 0;
}

static int s_cmd_send(int argc, char **argv)
{
    const char *endpoint = DEFAULT_INPUT;
    static const struct option opts[] = { { "endpoint", required_argument, NULL, 'e' },
                                          { NULL, 0, NULL, 0 } };
    int c;
    while ((c = getopt_long(argc, argv, "e:", opts, NULL)) != -1) {
        if (c == 'e') endpoint = optarg;
        else return 2;
    }
    if (optind >= argc) {
        fprintf(stderr, "usage: sift send [--endpoint EP] FILE...\n");
        return 2;
    }
    void *zctx = zmq_ctx_new();
    void *push = zmq_socket(zctx, ZMQ_PUSH);
    int linger = 10000; /* wait up to 10 s for the daemon to take what we sent */
    zmq_setsockopt(push, ZMQ_LINGER, &linger, sizeof linger);
    int rc = 0;
    if (zmq_connect(push, endpoint) < 0) {
        sift_log(LOG_ERR, NULL, "%s: %s", endpoint, zmq_strerror(errno));
        rc = 1;
    }
    for (int i = optind; i < argc && rc == 0; i++)
        if (sift_read_articles(argv[i], s_send_one, push) < 0)
            rc = 1;
    zmq_close(push);
    zmq_ctx_term(zctx);
    return rc;
}

/* ---------------------------------------------------------------- tail */

static int s_cmd_tail(int argc, char **argv)
{
    const char *endpoint = DEFAULT_OUTPUT;
    long count = -1;
    int with_topic = 0;
    static const struct option opts[] = {
        { "endpoint", required_argument, NULL, 'e' }, { "count", required_argument, NULL, 'n' },
        { "with-topic", no_argument, NULL, 't' }, { NULL, 0, NULL, 0 } };
    int c;
    while ((c = getopt_long(argc, argv, "e:n:t", opts, NULL)) != -1) {
        if (c == 'e') endpoint = optarg;
        else if (c == 'n') count = strtol(optarg, NULL, 10);
        else if (c == 't') with_topic = 1;
        else return 2;
    }
    void *zctx = zmq_ctx_new();
    void *sub = zmq_socket(zctx, ZMQ_SUB);
    int hwm = 0;
    zmq_setsockopt(sub, ZMQ_RCVHWM, &hwm, sizeof hwm);
    if (optind >= argc)
        zmq_setsockopt(sub, ZMQ_SUBSCRIBE, "", 0);
    for (int i = optind; i < argc; i++)
        zmq_setsockopt(sub, ZMQ_SUBSCRIBE, argv[i], strlen(argv[i]));
    int rc = 0;
    if (zmq_connect(sub, endpoint) < 0) {
        sift_log(LOG_ERR, NULL, "%s: %s", endpoint, zmq_strerror(errno));
        rc = 1;
    }
    zmq_msg_t topic, payload;
    zmq_msg_init(&topic);
    zmq_msg_init(&payload);
    while (rc == 0 && count != 0) {
        if (zmq_msg_recv(&topic, sub, 0) < 0 || !zmq_msg_more(&topic) ||
            zmq_msg_recv(&payload, sub, 0) < 0) {
            if (errno == EINTR)
                break;
            continue;
        }
        FILE *out = stdout;
        sift_print_msgpack_json(zmq_msg_data(&payload), zmq_msg_size(&payload),
                                with_topic ? zmq_msg_data(&topic) : NULL, zmq_msg_size(&topic),
                                out);
        fflush(out);
        if (count > 0)
            count--;
    }
    zmq_msg_close(&topic);
    zmq_msg_close(&payload);
    int linger = 0;
    zmq_setsockopt(sub, ZMQ_LINGER, &linger, sizeof linger);
    zmq_close(sub);
    zmq_ctx_term(zctx);
    return rc;
}

int sift_bench_main(int argc, char **argv);

static void s_usage(void)
{
    fprintf(stderr,
            "usage: sift COMMAND [OPTIONS] ...\n"
            "  send    [--endpoint EP] FILE...            push articles to siftd (default %s)\n"
            "  tail    [--endpoint EP] [--count N] [--with-topic] [TOPIC...]\n"
            "                                             print published messages as JSON lines\n"
            "  process [--config F] [--plugins L|none] [--plugin-dir D] FILE...\n"
            "                                             run the pipeline here, print `article` JSON\n"
            "  bench   [--input EP] [--output EP] [--copies N] [--window N] FILE...\n"
            "                                             measure a running siftd\n"
            "FILE: a text file (one article, id = file name) or a .jsonl file; - = JSON lines on stdin\n",
            DEFAULT_INPUT);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        s_usage();
        return 2;
    }
    const char *cmd = argv[1];
    argc--;
    argv++;
    if (strcmp(cmd, "send") == 0) return s_cmd_send(argc, argv);
    if (strcmp(cmd, "tail") == 0) return s_cmd_tail(argc, argv);
    if (strcmp(cmd, "process") == 0) return s_cmd_process(argc, argv);
    if (strcmp(cmd, "bench") == 0) return sift_bench_main(argc, argv);
    if (strcmp(cmd, "--version") == 0) return puts("sift " SIFT_VERSION) < 0;
    s_usage();
    return 2;
}
