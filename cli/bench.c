/* SPDX-License-Identifier: MIT */
/* bench.c - `sift bench`: pushes N copies of some articles through a
 * running siftd and reports articles/s, MB/s, latency percentiles and the
 * daemon's resident memory.
 *
 *   sift bench [--input EP] [--output EP] [--copies N] [--window N]
 *              [--pid PID] FILE...
 *
 * Each copy gets its own id ("<n>"), so every result is matched to its send
 * time. --window bounds the articles in flight (0: unbounded, the producer
 * then blocks on ZeroMQ's high-water mark). */
#include <errno.h>
#include <limits.h>
#include <msgpack.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zmq.h>

#include "articles.h"
#include "cli.h"
#include "log.h"
#include "pipeline.h"

typedef struct {
    char **texts;
    size_t *lens;
    size_t n, cap;
} corpus_t;

/* Keeps each article's text (the bench sends its own ids). */
static int s_collect(void *ctx, const char *buf, size_t len)
{
    corpus_t *c = ctx;
    const char *text;
    size_t n;
    if (!sift_msgpack_str(buf, len, "text", &text, &n))
        return -1;
    if (c->n == c->cap) {
        c->cap = c->cap ? c->cap * 2 : 16;
        c->texts = realloc(c->texts, c->cap * sizeof *c->texts);
        c->lens = realloc(c->lens, c->cap * sizeof *c->lens);
    }
    c->texts[c->n] = malloc(n ? n : 1);
    memcpy(c->texts[c->n], text, n);
    c->lens[c->n++] = n;
    return 0;
}

static int s_cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

/* The id of an `article` payload, as a number; -1 when it is not ours. */
static long s_result_id(const void *data, size_t len)
{
    const char *id;
    size_t n;
    char buf[32];
    if (!sift_msgpack_str(data, len, "id", &id, &n) || n == 0 || n >= sizeof buf)
        return -1;
    memcpy(buf, id, n);
    buf[n] = '\0';
    char *end;
    long v = strtol(buf, &end, 10);
    return *end ? -1 : v;
}

static long s_rss_kb(long pid, const char *field)
{
    char path[64], line[256];
    snprintf(path, sizeof path, "/proc/%ld/status", pid);
    FILE *fp = fopen(path, "r");
    long kb = -1;
    while (fp && fgets(line, sizeof line, fp))
        if (strncmp(line, field, strlen(field)) == 0)
            kb = strtol(line + strlen(field) + 1, NULL, 10);
    if (fp)
        fclose(fp);
    return kb;
}

static void s_report_memory(long pid)
{
    printf("siftd main process: VmRSS %ld kB, VmHWM %ld kB\n", s_rss_kb(pid, "VmRSS"),
           s_rss_kb(pid, "VmHWM"));
    char path[64];
    snprintf(path, sizeof path, "/proc/%ld/task/%ld/children", pid, pid);
    FILE *fp = fopen(path, "r");
    long child;
    while (fp && fscanf(fp, "%ld", &child) == 1)
        printf("  worker %ld: VmRSS %ld kB, VmHWM %ld kB\n", child, s_rss_kb(child, "VmRSS"),
               s_rss_kb(child, "VmHWM"));
    if (fp)
        fclose(fp);
}

static int s_send(void *push, msgpack_sbuffer *sb, const char *id, const char *text, size_t len)
{
    sb->size = 0;
    sift_message_encode_article(sb, id, strlen(id), text, len);
    return zmq_send(push, sb->data, sb->size, 0);
}

typedef struct {
    const char *input, *output;
    long copies, window, pid;
    sift_cli_files_t files;
} bench_options_t;

static error_t s_parse(int key, char *arg, struct argp_state *state)
{
    bench_options_t *o = state->input;
    switch (key) {
    case 'i': o->input = arg; break;
    case 'o': o->output = arg; break;
    case 'n': o->copies = sift_cli_number(state, "copies", arg, 1, 100000000); break;
    case 'w': o->window = sift_cli_number(state, "window", arg, 0, 100000000); break;
    case 'p': o->pid = sift_cli_number(state, "pid", arg, 1, INT_MAX); break;
    default: return sift_cli_files(key, state, &o->files);
    }
    return 0;
}

int sift_bench_main(int argc, char **argv)
{
    static const struct argp_option options[] = {
        { "input", 'i', "EP", 0, "siftd's input (default " SIFT_DEFAULT_INPUT ")", 0 },
        { "output", 'o', "EP", 0, "siftd's output (default " SIFT_DEFAULT_OUTPUT ")", 0 },
        { "copies", 'n', "N", 0, "articles to send, cycling through the files' (default "
          "100000)", 0 },
        { "window", 'w', "N", 0, "articles in flight at most; 0: unbounded (default 1000)", 0 },
        { "pid", 'p', "PID", 0, "siftd's pid, to report its and its workers' memory", 0 },
        { 0 } };
    static const struct argp argp = {
        options, s_parse, "FILE...",
        "Measure a running siftd: articles/s, MB/s, latency percentiles, memory.\v"
        "Each copy gets its own id, so every result is matched to its send time. Exit "
        "status: 0 when every result came back, 1 otherwise, 2 on a usage error.",
        NULL, NULL, NULL };
    bench_options_t o = { .input = SIFT_DEFAULT_INPUT, .output = SIFT_DEFAULT_OUTPUT,
                          .copies = 100000, .window = 1000 };
    sift_cli_parse(&argp, argc, argv, &o);
    const char *input = o.input, *output = o.output;
    long copies = o.copies, window = o.window, pid = o.pid;
    corpus_t corpus = { 0 };
    for (int i = 0; i < o.files.n; i++)
        if (sift_read_articles(o.files.items[i], s_collect, &corpus) != 0)
            return 1;
    if (!corpus.n) {
        sift_log(LOG_ERR, NULL, "no article in the files");
        return 1;
    }
    uint64_t *sent = calloc((size_t)copies, sizeof *sent);
    uint64_t *lat = calloc((size_t)copies, sizeof *lat);
    void *ctx = zmq_ctx_new();
    void *push = zmq_socket(ctx, ZMQ_PUSH), *sub = zmq_socket(ctx, ZMQ_SUB);
    int zero = 0;
    zmq_setsockopt(sub, ZMQ_RCVHWM, &zero, sizeof zero);
    zmq_setsockopt(sub, ZMQ_SUBSCRIBE, "article", 7);
    zmq_setsockopt(push, ZMQ_LINGER, &zero, sizeof zero);
    zmq_setsockopt(sub, ZMQ_LINGER, &zero, sizeof zero);
    if (zmq_connect(sub, output) < 0 || zmq_connect(push, input) < 0) {
        sift_log(LOG_ERR, NULL, "connect: %s", zmq_strerror(errno));
        return 1;
    }
    msgpack_sbuffer sb;
    msgpack_sbuffer_init(&sb);
    zmq_msg_t topic, payload;
    zmq_msg_init(&topic);
    zmq_msg_init(&payload);
    /* Warm-up: until one result comes back, subscriptions are not in place. */
    int warm = 0;
    for (int tries = 0; tries < 100 && !warm; tries++) {
        s_send(push, &sb, "-1", corpus.texts[0], corpus.lens[0]);
        zmq_pollitem_t it = { sub, 0, ZMQ_POLLIN, 0 };
        while (zmq_poll(&it, 1, 200) > 0) {
            zmq_msg_recv(&topic, sub, 0);
            zmq_msg_recv(&payload, sub, 0);
            warm = 1;
        }
    }
    if (!warm) {
        sift_log(LOG_ERR, NULL, "no result from siftd at %s within 20 s", output);
        return 1;
    }
    long next = 0, done = 0, lost = 0;
    size_t bytes = 0;
    uint64_t t0 = sift_now_us(), last = t0;
    char id[32];
    while (done < copies) {
        while (next < copies && (window <= 0 || next - done < window)) {
            size_t k = (size_t)next % corpus.n;
            snprintf(id, sizeof id, "%ld", next);
            sent[next] = sift_now_us();
            if (s_send(push, &sb, id, corpus.texts[k], corpus.lens[k]) < 0)
                break;
            bytes += corpus.lens[k];
            next++;
            if (window <= 0 && next % 256 == 0)
                break; /* unbounded: still drain results now and then */
        }
        zmq_pollitem_t it = { sub, 0, ZMQ_POLLIN, 0 };
        if (zmq_poll(&it, 1, next < copies ? 0 : 100) <= 0) {
            if (sift_now_us() - last > 10000000u) {
                lost = copies - done;
                break; /* nothing for 10 s */
            }
            continue;
        }
        while (zmq_msg_recv(&topic, sub, ZMQ_DONTWAIT) >= 0) {
            zmq_msg_recv(&payload, sub, 0);
            long r = s_result_id(zmq_msg_data(&payload), zmq_msg_size(&payload));
            if (r >= 0 && r < copies && !lat[r]) {
                last = sift_now_us();
                lat[r] = last - sent[r] + 1;
                done++;
            }
        }
    }
    double secs = (double)(last - t0) / 1e6;
    qsort(lat, (size_t)copies, sizeof *lat, s_cmp_u64);
    uint64_t *got = lat + lost; /* lost ones sort first, as 0 */
    printf("articles: %ld sent, %ld results, %ld lost; %zu distinct articles, window %ld\n",
           next, done, lost, corpus.n, window);
    printf("throughput: %.0f articles/s, %.1f MB/s of text, %.2f s\n", done / secs,
           bytes / secs / 1e6, secs);
    if (done)
        printf("latency send->article: p50 %.3f ms, p99 %.3f ms, max %.3f ms\n",
               got[done / 2] / 1e3, got[(done * 99) / 100] / 1e3, got[done - 1] / 1e3);
    if (pid > 0)
        s_report_memory(pid);
    zmq_msg_close(&topic);
    zmq_msg_close(&payload);
    zmq_close(push);
    zmq_close(sub);
    zmq_ctx_term(ctx);
    msgpack_sbuffer_destroy(&sb);
    for (size_t i = 0; i < corpus.n; i++)
        free(corpus.texts[i]);
    free(corpus.texts);
    free(corpus.lens);
    free(sent);
    free(lat);
    return lost ? 1 : 0;
}
