/* SPDX-License-Identifier: MIT */
/* metrics.c - see metrics.h. Debian has no C Prometheus client library, so
 * the text format (a few lines per metric) is written here; the HTTP side
 * is libmicrohttpd's. */
#include "metrics.h"

#include <errno.h>
#include <microhttpd.h>
#include <stdlib.h>
#include <string.h>
#include <systemd/sd-id128.h>
#include <time.h>
#include <unistd.h>

#include "log.h"
#include "pipeline.h"

/* Upper bounds in microseconds: 0.5 ms to 10 s. */
static const uint64_t s_bounds_us[SIFT_HISTOGRAM_BUCKETS] = {
    500, 1000, 2500, 5000, 10000, 25000, 50000, 100000, 250000, 500000,
    1000000, 2500000, 5000000, 10000000 };

void sift_histogram_observe(sift_histogram_t *h, uint64_t us)
{
    size_t i = 0;
    while (i < SIFT_HISTOGRAM_BUCKETS && us > s_bounds_us[i])
        i++;
    h->bucket[i]++;
    h->count++;
    h->sum_us += us;
}

void sift_counters_init(sift_counters_t *c)
{
    memset(c, 0, sizeof *c);
    sd_id128_t id;
    if (sd_id128_get_invocation(&id) < 0 && sd_id128_randomize(&id) < 0)
        id = SD_ID128_NULL;
    sd_id128_to_string(id, c->instance);
    if (gethostname(c->host, sizeof c->host) < 0)
        strcpy(c->host, "unknown");
    c->host[sizeof c->host - 1] = '\0';
    c->start_us = sift_now_us();
    c->start_time = time(NULL);
}

sift_plugin_counters_t *sift_counters_plugin(sift_counters_t *c, const char *name)
{
    for (size_t i = 0; i < c->n_plugins; i++)
        if (strcmp(c->plugins[i].name, name) == 0)
            return &c->plugins[i];
    if (c->n_plugins == sizeof c->plugins / sizeof c->plugins[0])
        return NULL;
    sift_plugin_counters_t *p = &c->plugins[c->n_plugins++];
    snprintf(p->name, sizeof p->name, "%s", name);
    return p;
}

/* ------------------------------------------------------------- stats */

/* The slot of drop counts named name[0, n), added when new and there is
 * room; NULL when not. */
static uint64_t *s_drop_slot(sift_counters_t *c, const char *name, size_t n, size_t room)
{
    for (size_t i = 0; i < c->n_dropped; i++)
        if (strlen(c->dropped[i].topic) == n && memcmp(c->dropped[i].topic, name, n) == 0)
            return &c->dropped[i].n;
    if (c->n_dropped >= room)
        return NULL;
    memcpy(c->dropped[c->n_dropped].topic, name, n);
    c->dropped[c->n_dropped].topic[n] = 0;
    return &c->dropped[c->n_dropped++].n;
}

void sift_counters_drop(sift_counters_t *c, const char *topic, size_t len)
{
    const size_t cap = sizeof c->dropped / sizeof c->dropped[0];
    const char *dot = memchr(topic, '.', len);
    size_t n = dot ? (size_t)(dot - topic) : len;
    if (n >= sizeof c->dropped[0].topic)
        n = sizeof c->dropped[0].topic - 1;
    uint64_t *slot = s_drop_slot(c, topic, n, cap - 1); /* the last slot is "other" */
    if (!slot)
        slot = s_drop_slot(c, "other", 5, cap);
    (*slot)++;
    c->dropped_total++;
}

int sift_counters_pack_stats(const sift_counters_t *c, const char *const *names, size_t n,
                             msgpack_sbuffer *sb)
{
    msgpack_packer pk;
    msgpack_packer_init(&pk, sb, msgpack_sbuffer_write);
    size_t n_rejected = 0;
    for (int i = 1; i < SIFT_E_COUNT; i++)
        n_rejected += c->rejected[i] > 0;
    int rc = 0;
#define KEY(s) (rc |= msgpack_pack_str_with_body(&pk, s, strlen(s)))
#define U64(k, v) (KEY(k), rc |= msgpack_pack_uint64(&pk, v))
    rc |= msgpack_pack_map(&pk, 17);
    KEY("schema"); rc |= msgpack_pack_int(&pk, 1);
    KEY("instance"); KEY(c->instance);
    KEY("host"); KEY(c->host);
    U64("uptime_s", (sift_now_us() - c->start_us) / 1000000u);
    U64("received", c->received);
    U64("published", c->published);
    KEY("rejected"); rc |= msgpack_pack_map(&pk, n_rejected);
    for (int i = 1; i < SIFT_E_COUNT; i++)
        if (c->rejected[i])
            U64(sift_error_name(i), c->rejected[i]);
    U64("in_flight", c->in_flight);
    U64("pending", c->pending);
    U64("workers", c->workers);
    U64("worker_restarts", c->worker_restarts);
    U64("reloads", c->reloads);
    U64("reload_failures", c->reload_failures);
    U64("reloads_requested", c->reloads_requested); /* extension: issue 13 */
    KEY("dropped"); rc |= msgpack_pack_map(&pk, c->n_dropped); /* extension: issue 13 */
    for (size_t i = 0; i < c->n_dropped; i++)
        U64(c->dropped[i].topic, c->dropped[i].n);
    KEY("nats"); rc |= msgpack_pack_map(&pk, 7); /* extension: issue 14, JetStream */
    U64("acks", c->nats.acks);
    U64("naks", c->nats.naks);
    U64("redeliveries", c->nats.redeliveries);
    U64("dead_lettered", c->nats.dead_lettered);
    U64("publish_retries", c->nats.publish_retries);
    U64("publish_failures", c->nats.publish_failures);
    U64("duplicates", c->nats.duplicates);
    KEY("plugins"); rc |= msgpack_pack_array(&pk, n);
    for (size_t i = 0; i < n; i++) {
        const sift_plugin_counters_t *p = NULL;
        for (size_t j = 0; j < c->n_plugins && !p; j++)
            if (strcmp(c->plugins[j].name, names[i]) == 0)
                p = &c->plugins[j];
        static const sift_plugin_counters_t none;
        if (!p)
            p = &none;
        rc |= msgpack_pack_map(&pk, 6);
        KEY("name"); KEY(names[i]);
        U64("articles", p->articles);
        U64("errors", p->failures);
        U64("crashes", p->crashes);
        U64("timeouts", p->timeouts);
        U64("time_us", p->time.sum_us);
    }
#undef U64
#undef KEY
    return rc ? -1 : 0;
}

/* ------------------------------------------------------ text format */

/* A label value with \, " and newline escaped. */
static void s_label(FILE *out, const char *v)
{
    for (; *v; v++) {
        if (*v == '\\' || *v == '"')
            fputc('\\', out);
        if (*v == '\n')
            fputs("\\n", out);
        else
            fputc(*v, out);
    }
}

static void s_head(FILE *out, const char *name, const char *type, const char *help)
{
    fprintf(out, "# HELP %s %s\n# TYPE %s %s\n", name, help, name, type);
}

static void s_value(FILE *out, const char *name, const char *help, const char *type,
                    uint64_t v)
{
    s_head(out, name, type, help);
    fprintf(out, "%s %llu\n", name, (unsigned long long)v);
}

/* One histogram's samples; `labels` is "" or `key="value",`. */
static void s_histogram(FILE *out, const char *name, const char *labels,
                        const sift_histogram_t *h)
{
    uint64_t cum = 0;
    for (size_t i = 0; i <= SIFT_HISTOGRAM_BUCKETS; i++) {
        cum += h->bucket[i];
        if (i < SIFT_HISTOGRAM_BUCKETS)
            fprintf(out, "%s_bucket{%sle=\"%g\"} %llu\n", name, labels,
                    (double)s_bounds_us[i] / 1e6, (unsigned long long)cum);
        else
            fprintf(out, "%s_bucket{%sle=\"+Inf\"} %llu\n", name, labels,
                    (unsigned long long)cum);
    }
    size_t n = strlen(labels);
    fprintf(out, "%s_sum%s%.*s%s %.6f\n", name, n ? "{" : "", n ? (int)n - 1 : 0, labels,
            n ? "}" : "", (double)h->sum_us / 1e6);
    fprintf(out, "%s_count%s%.*s%s %llu\n", name, n ? "{" : "", n ? (int)n - 1 : 0, labels,
            n ? "}" : "", (unsigned long long)h->count);
}

/* A counter per plugin, picked by offset from sift_plugin_counters_t. */
static void s_per_plugin(FILE *out, const sift_counters_t *c, const char *name,
                         const char *help, size_t offset)
{
    s_head(out, name, "counter", help);
    for (size_t i = 0; i < c->n_plugins; i++)
        fprintf(out, "%s{plugin=\"%s\"} %llu\n", name, c->plugins[i].name,
                (unsigned long long)*(const uint64_t *)((const char *)&c->plugins[i] + offset));
}

void sift_counters_render(const sift_counters_t *c, FILE *out)
{
    s_head(out, "sift_info", "gauge", "siftd's version, instance id and host (always 1)");
    fprintf(out, "sift_info{version=\"%s\",instance=\"%s\",host=\"", SIFT_VERSION, c->instance);
    s_label(out, c->host);
    fprintf(out, "\"} 1\n");
    s_head(out, "sift_start_time_seconds", "gauge", "when siftd started, Unix time");
    fprintf(out, "sift_start_time_seconds %lld\n", (long long)c->start_time);
    s_value(out, "sift_articles_received_total", "messages taken from the input", "counter",
            c->received);
    s_value(out, "sift_articles_published_total", "`article` messages published", "counter",
            c->published);
    s_head(out, "sift_articles_rejected_total", "counter",
           "messages answered with an `error`, by error code");
    for (int i = 1; i < SIFT_E_COUNT; i++)
        fprintf(out, "sift_articles_rejected_total{code=\"%s\"} %llu\n", sift_error_name(i),
                (unsigned long long)c->rejected[i]);
    s_head(out, "sift_article_duration_seconds", "histogram",
           "from taking an article off the input to publishing its `article`");
    s_histogram(out, "sift_article_duration_seconds", "", &c->article_time);
    s_head(out, "sift_plugin_duration_seconds", "histogram",
           "time one plugin spent on one article");
    for (size_t i = 0; i < c->n_plugins; i++) {
        char labels[96];
        snprintf(labels, sizeof labels, "plugin=\"%s\",", c->plugins[i].name);
        s_histogram(out, "sift_plugin_duration_seconds", labels, &c->plugins[i].time);
    }
    s_per_plugin(out, c, "sift_plugin_failures_total", "articles a plugin returned an error on",
                 offsetof(sift_plugin_counters_t, failures));
    s_per_plugin(out, c, "sift_plugin_crashes_total",
                 "workers that died while the plugin ran (the article ran again without it)",
                 offsetof(sift_plugin_counters_t, crashes));
    s_per_plugin(out, c, "sift_plugin_timeouts_total",
                 "workers killed after article_timeout while the plugin ran",
                 offsetof(sift_plugin_counters_t, timeouts));
    s_value(out, "sift_worker_restarts_total", "worker processes that died and were replaced",
            "counter", c->worker_restarts);
    s_head(out, "sift_reloads_total", "counter", "configuration reloads (SIGHUP), by result");
    fprintf(out, "sift_reloads_total{result=\"ok\"} %llu\n", (unsigned long long)c->reloads);
    fprintf(out, "sift_reloads_total{result=\"failed\"} %llu\n",
            (unsigned long long)c->reload_failures);
    s_value(out, "sift_articles_in_flight", "accepted articles whose `article` is not yet "
            "published", "gauge", c->in_flight);
    s_head(out, "sift_subscriber_drops_total", "counter", "times a subscriber output_queue_bytes "
           "behind began to miss messages, by topic (its first part); seq gaps count them");
    for (size_t i = 0; i < c->n_dropped; i++) {
        fputs("sift_subscriber_drops_total{topic=\"", out);
        s_label(out, c->dropped[i].topic);
        fprintf(out, "\"} %llu\n", (unsigned long long)c->dropped[i].n);
    }
    s_value(out, "sift_subscribed_topics", "topics subscribers have subscribed to (each once)",
            "gauge", c->subscribed_topics);
    s_head(out, "sift_queue_depth", "gauge", "articles waiting, by queue (ZeroMQ does not "
           "expose its own queues)");
    fprintf(out, "sift_queue_depth{queue=\"pending\"} %llu\n", (unsigned long long)c->pending);
    fprintf(out, "sift_queue_depth{queue=\"workers\"} %llu\n",
            (unsigned long long)c->queued_in_workers);
    s_value(out, "sift_workers", "live worker processes", "gauge", c->workers);
    s_head(out, "sift_nats_total", "counter", "JetStream transport events: input messages "
           "acknowledged, nak'ed, delivered again, dead-lettered; results published again, "
           "given up on, stored as duplicates");
    const struct { const char *name; uint64_t v; } nats[] = {
        { "ack", c->nats.acks }, { "nak", c->nats.naks },
        { "redelivery", c->nats.redeliveries }, { "dead_letter", c->nats.dead_lettered },
        { "publish_retry", c->nats.publish_retries },
        { "publish_failure", c->nats.publish_failures },
        { "duplicate", c->nats.duplicates } };
    for (size_t i = 0; i < sizeof nats / sizeof nats[0]; i++)
        fprintf(out, "sift_nats_total{event=\"%s\"} %llu\n", nats[i].name,
                (unsigned long long)nats[i].v);
}

/* ------------------------------------------------------- HTTP server */

struct sift_metrics_server {
    struct MHD_Daemon *mhd;
    const sift_counters_t *counters;
    sift_metrics_refresh_fn *refresh;
    void *ctx;
};

static enum MHD_Result s_reply(struct MHD_Connection *conn, unsigned status, char *body,
                               size_t len, const char *type)
{
    /* MHD frees body when the response is done */
    struct MHD_Response *r = MHD_create_response_from_buffer(len, body, MHD_RESPMEM_MUST_FREE);
    if (!r) {
        free(body);
        return MHD_NO;
    }
    MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE, type);
    enum MHD_Result ret = MHD_queue_response(conn, status, r);
    MHD_destroy_response(r);
    return ret;
}

static enum MHD_Result s_handle(void *cls, struct MHD_Connection *conn, const char *url,
                                const char *method, const char *version,
                                const char *upload_data, size_t *upload_size, void **con_cls)
{
    sift_metrics_server_t *self = cls;
    (void)version;
    (void)upload_data;
    (void)con_cls;
    if (*upload_size)
        return MHD_NO; /* no request of ours has a body */
    char *body = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&body, &len);
    if (!out)
        return MHD_NO;
    unsigned status = MHD_HTTP_OK;
    const char *type = "text/plain; charset=utf-8";
    if (strcmp(method, "GET") != 0 && strcmp(method, "HEAD") != 0) {
        status = MHD_HTTP_METHOD_NOT_ALLOWED;
        fputs("only GET\n", out);
    } else if (strcmp(url, "/metrics") != 0) {
        status = MHD_HTTP_NOT_FOUND;
        fputs("siftd serves /metrics only\n", out);
    } else {
        if (self->refresh)
            self->refresh(self->ctx);
        sift_counters_render(self->counters, out);
        type = "text/plain; version=0.0.4; charset=utf-8";
    }
    if (fclose(out) != 0) {
        free(body);
        return MHD_NO;
    }
    return s_reply(conn, status, body, len, type);
}

static void s_mhd_log(void *cls, const char *fmt, va_list ap)
{
    (void)cls;
    sift_logv(LOG_WARNING, "metrics", fmt, ap);
}

sift_metrics_server_t *sift_metrics_start(const char *address, const sift_counters_t *c,
                                          sift_metrics_refresh_fn *refresh, void *ctx)
{
    struct sockaddr_storage sa;
    if (sift_listen_address(address, &sa) < 0) {
        sift_log(LOG_ERR, NULL, "metrics: bad address '%s' (want HOST:PORT)", address);
        return NULL;
    }
    sift_metrics_server_t *self = calloc(1, sizeof *self);
    if (!self)
        return NULL;
    self->counters = c;
    self->refresh = refresh;
    self->ctx = ctx;
    unsigned flags = MHD_USE_EPOLL | MHD_USE_ERROR_LOG;
    if (sa.ss_family == AF_INET6)
        flags |= MHD_USE_IPv6;
    self->mhd = MHD_start_daemon(flags, 0, NULL, NULL, s_handle, self,
                                 MHD_OPTION_EXTERNAL_LOGGER, s_mhd_log, NULL,
                                 MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&sa,
                                 MHD_OPTION_CONNECTION_LIMIT, (unsigned)16,
                                 MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)10,
                                 MHD_OPTION_END);
    if (!self->mhd) {
        sift_log(LOG_ERR, NULL, "metrics: cannot listen on %s: %s", address, strerror(errno));
        free(self);
        return NULL;
    }
    return self;
}

int sift_metrics_fd(const sift_metrics_server_t *self)
{
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(self->mhd, MHD_DAEMON_INFO_EPOLL_FD);
    return info ? info->epoll_fd : -1;
}

void sift_metrics_run(sift_metrics_server_t *self)
{
    MHD_run(self->mhd);
}

void sift_metrics_stop(sift_metrics_server_t **self_p)
{
    if (!*self_p)
        return;
    MHD_stop_daemon((*self_p)->mhd);
    free(*self_p);
    *self_p = NULL;
}
