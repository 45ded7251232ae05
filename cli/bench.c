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
#include <getopt.h>
#include <msgpack.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zmq.h>

#include "articles.h"
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
    msgpack_unpacked u;
    msgpack_unpacked_init(&u);
    size_t off = 0;
    int rc = -1;
    if (msgpack_unpack_next(&u, buf, len, &off) == MSGPACK_UNPACK_SUCCESS &&
        u.data.type == MSGPACK_OBJECT_MAP) {
        for (uint32_t i = 0; i < u.data.via.map.size; i++) {
            msgpack_object *k = &u.data.via.map.ptr[i].key, *v = &u.data.via.map.ptr[i].val;
            if (k->type == MSGPACK_OBJECT_STR && k->via.str.size == 4 &&
                memcmp(k->via.str.ptr, "text", 4) == 0 && v->type == MSGPACK_OBJECT_STR) {
                if (c->n == c->cap) {
                    c->cap = c->cap ? c->cap * 2 : 16;
                    c->texts = realloc(c->texts, c->cap * sizeof *c->texts);
                    c->lens = realloc(c->lens, c->cap * sizeof *c->lens);
                }
                c->texts[c->n] = malloc(v->via.str.size);
                memcpy(c->texts[c->n], v->via.str.ptr, v->via.str.size);
                c->lens[c->n++] = v->via.str.size;
                rc = 0;
            }
        }
    }
    msgpack_unpacked_destroy(&u);
    return rc;
}

static int s_cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

/* The id of an `article` payload, as a number; -1 when it is not ours. */
static long s_result_id(const void *data, size_t len)
{
    msgpack_unpacked u;
    msgpack_unpacked_init(&u);
    size_t off = 0;
    long id = -1;
    if (msgpack_unpack_next(&u, data, len, &off) == MSGPACK_UNPACK_SUCCESS &&
        u.data.type == MSGPACK_OBJECT_MAP)
        for (uint32_t i = 0; i < u.data.via.map.size; i++) {
            msgpack_object *k = &u.data.via.map.ptr[i].key, *v = &u.data.via.map.ptr[i].val;
            if (k->type == MSGPACK_OBJECT_STR && k->via.str.size == 2 &&
                memcmp(k->via.str.ptr, "id", 2) == 0 && v->type == MSGPACK_OBJECT_STR) {
                char buf[32];
                size_t n = v->via.str.size < 31 ? v->via.str.size : 31;
                memcpy(buf, v->via.str.ptr, n);
                buf[n] = '\0';
                char *end;
                id = strtol(buf, &end, 10);
                if (*end || end == buf)
                    id = -1;
            }
        }
    msgpack_unpacked_destroy(&u);
    return id;
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
    msgpack_packer pk;
    sb->size = 0;
    msgpack_packer_init(&pk, sb, msgpack_sbuffer_write);
    msgpack_pack_map(&pk, 2);
    msgpack_pack_str_with_body(&pk, "id", 2);
    msgpack_pack_str_with_body(&pk, id, strlen(id));
    msgpack_pack_str_with_body(&pk, "text", 4);
    msgpack_pack_str_with_body(&pk, text, len);
    return zmq_send(push, sb->data, sb->size, 0);
}

int sift_bench_main(int argc, char **argv)
{
    const char *input = "tcp://127.0.0.1:5555", *output = "tcp://127.0.0.1:5556";
    long copies = 100000, window = 1000, pid = 0;
    static const struct option opts[] = {
        { "input", required_argument, NULL, 'i' }, { "output", required_argument, NULL, 'o' },
        { "copies", required_argument, NULL, 'n' }, { "window", required_argument, NULL, 'w' },
        { "pid", required_argument, NULL, 'p' }, { NULL, 0, NULL, 0 } };
    int c;
    while ((c = getopt_long(argc, argv, "i:o:n:w:p:", opts, NULL)) != -1) {
        if (c == 'i') input = optarg;
        else if (c == 'o') output = optarg;
        else if (c == 'n') copies = strtol(optarg, NULL, 10);
        else if (c == 'w') window = strtol(optarg, NULL, 10);
        else if (c == 'p') pid = strtol(optarg, NULL, 10);
        else return 2;
    }
    corpus_t corpus = { 0 };
    for (int i = optind; i < argc; i++)
        if (sift_read_articles(argv[i], s_collect, &corpus) < 0)
            return 1;
    if (!corpus.n || copies < 1) {
        fprintf(stderr, "usage: sift bench [--input EP] [--output EP] [--copies N] "
                        "[--window N] [--pid PID] FILE...\n");
        return 2;
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
