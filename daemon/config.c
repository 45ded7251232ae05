/* SPDX-License-Identifier: MIT */
/* config.c - siftd.conf through inih (see config.h). */
#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <glob.h>
#include <ini.h>
#include <netdb.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "log.h"
#include "message.h"

typedef enum { T_STRING, T_INT, T_BYTES, T_MODE } key_type_t; /* T_BYTES: a long */

typedef struct {
    key_type_t type;
    const char *name;
    const char *default_value;
    size_t offset;      /* of the value in sift_settings_t */
    size_t line_offset; /* of its line number, 0 when not kept */
    long min, max;      /* T_INT range */
    const char *description;
    size_t file_offset; /* of the file it was set in, with line_offset */
} key_def_t;

#define S(field) offsetof(sift_settings_t, field)

/* The [siftd] keys: the one place they are declared. */
static const key_def_t s_keys[] = {
    { T_STRING, "input", "tcp://127.0.0.1:5555", S(input), S(input_line), 0, 0,
      "endpoint of the PULL socket producers push articles to", S(input_file) },
    { T_MODE, "input_mode", "bind", S(input_bind), 0, 0, 0,
      "bind: siftd owns the endpoint; connect: siftd joins a producer's PUSH", 0 },
    { T_STRING, "output", "tcp://127.0.0.1:5556", S(output), S(output_line), 0, 0,
      "endpoint of the PUB socket results are published on", S(output_file) },
    { T_MODE, "output_mode", "bind", S(output_bind), 0, 0, 0,
      "bind: subscribers connect here; connect: publish into an XSUB forwarder", 0 },
    { T_STRING, "plugin_dir", "", S(plugin_dir), 0, 0, 0,
      "where NAME.so plugins are; empty: plugins/ beside the siftd binary if "
      "it exists, else the installed plugin directory", 0 },
    { T_STRING, "plugin_path", "", S(plugin_path), 0, 0, 0,
      "more directories of NAME.so plugins, colon-separated, searched in order "
      "before plugin_dir (your plugins beside the built-ins)", 0 },
    { T_STRING, "plugins", "entities, tariffs, quotes", S(plugins), S(plugins_line), 0, 0,
      "plugins to run, comma-separated, in any order (siftd sorts them by "
      "what they require); none: the core alone", S(plugins_file) },
    { T_INT, "workers", "0", S(workers), 0, 0, 256,
      "worker processes; 0: one per core", 0 },
    { T_BYTES, "max_text_bytes", "1048576", S(max_text_bytes), 0, 1, 1L << 30,
      "largest accepted article text in bytes; larger ones get error too_large", 0 },
    { T_BYTES, "max_message_bytes", "2097152", S(max_message_bytes), 0, 1024, 1L << 31,
      "largest input message (ZMQ_MAXMSGSIZE): ZeroMQ drops a larger one and the "
      "connection that sent it before any of it is kept; at least max_text_bytes", 0 },
    { T_BYTES, "max_title_bytes", "4096", S(max_title_bytes), 0, 0, 1L << 20,
      "largest accepted title; larger ones get error title_too_large", 0 },
    { T_BYTES, "max_meta_bytes", "65536", S(max_meta_bytes), 0, 0, 1L << 30,
      "largest accepted meta, re-encoded; larger ones get error meta_too_large", 0 },
    { T_INT, "max_meta_depth", "8", S(max_meta_depth), 0, 0, SIFT_MAX_NESTING - 2,
      "containers nested inside meta at most; deeper ones get error meta_too_deep", 0 },
    { T_BYTES, "max_in_flight_bytes", "67108864", S(max_in_flight_bytes), 0, 1, 1L << 40,
      "input messages the main process holds (accepted, not yet published), in "
      "bytes; past it siftd stops reading the input and producers block", 0 },
    { T_INT, "stats_interval", "10", S(stats_interval), 0, 0, 86400,
      "seconds between `stats` messages; 0: none", 0 },
    { T_INT, "article_timeout", "30", S(article_timeout), 0, 1, 3600,
      "seconds a worker may spend on one article before it is restarted and "
      "the plugin at fault is marked failed for that article", 0 },
    { T_INT, "stop_timeout", "20", S(stop_timeout), 0, 1, 3600,
      "seconds siftd may take after SIGTERM to finish the articles in flight; "
      "past it those left are published ok: false and the busy workers killed "
      "(keep it below the unit's TimeoutStopSec, 60)", 0 },
    { T_INT, "input_hwm", "1000", S(input_hwm), 0, 1, 10000000,
      "articles queued at the input before producers block", 0 },
    { T_BYTES, "output_queue_bytes", "67108864", S(output_queue_bytes), 0, 65536, 1L << 40,
      "what is queued for each subscriber, in bytes: one that falls further behind "
      "misses messages (counted by topic in stats and /metrics) and the others do not "
      "wait for it; ZeroMQ counts messages, so the limit is this over 4 KiB (an "
      "article's result), set at start", 0 },
    { T_INT, "output_hwm", "0", S(output_hwm), 0, 0, 100000000,
      "messages queued per subscriber; 0: from output_queue_bytes", 0 },
    { T_STRING, "curve_secret_key", "", S(curve_secret_key), 0, 0, 0,
      "file with siftd's CURVE secret key (sift keygen): input and output are "
      "encrypted and only the clients in curve_allowed_clients get in; empty: off", 0 },
    { T_STRING, "curve_allowed_clients", "", S(curve_allowed_clients), 0, 0, 0,
      "file listing the client public keys allowed on input and output, one per "
      "line (# comments)", 0 },
    { T_STRING, "log_level", "info", S(log_level), 0, 0, 0,
      "err, warning, notice, info or debug", 0 },
    { T_STRING, "metrics", "", S(metrics), S(metrics_line), 0, 0,
      "HOST:PORT to serve Prometheus metrics on, at /metrics (e.g. 127.0.0.1:9108); "
      "empty: off", S(metrics_file) },
    { T_STRING, "nats_stream", "SIFT_ARTICLES", S(nats_stream), 0, 0, 0,
      "JetStream stream of input articles (input = nats://...)", 0 },
    { T_STRING, "nats_subject", "sift_in.articles", S(nats_subject), 0, 0, 0,
      "subject producers publish articles to (the input stream's)", 0 },
    { T_STRING, "nats_consumer", "siftd", S(nats_consumer), 0, 0, 0,
      "durable pull consumer every siftd of the input stream shares", 0 },
    { T_STRING, "nats_results_stream", "SIFT_RESULTS", S(nats_results_stream), 0, 0, 0,
      "JetStream stream of results, subjects sift.> (output = nats://...)", 0 },
    { T_STRING, "nats_dead_letter", "sift_dead.articles", S(nats_dead_letter), 0, 0, 0,
      "subject an article goes to after nats_max_deliver deliveries, with the "
      "reason (stream NATS_STREAM_DEAD)", 0 },
    { T_STRING, "nats_retention", "workqueue", S(nats_retention), 0, 0, 0,
      "retention of the input stream `sift nats init` creates: workqueue, limits "
      "or interest", 0 },
    { T_INT, "nats_replicas", "1", S(nats_replicas), 0, 1, 5,
      "replicas of the streams and consumer `sift nats init` creates", 0 },
    { T_INT, "nats_max_age", "0", S(nats_max_age), 0, 0, 100000000,
      "seconds the created streams keep a message; 0: no limit", 0 },
    { T_INT, "nats_ack_wait", "30", S(nats_ack_wait), 0, 1, 3600,
      "seconds JetStream waits for siftd's ack before delivering an article again", 0 },
    { T_INT, "nats_max_deliver", "5", S(nats_max_deliver), 0, 1, 1000,
      "deliveries of one article before siftd sends it to nats_dead_letter", 0 },
    { T_INT, "nats_max_pending", "4096", S(nats_max_pending), 0, 16, 1000000,
      "results published and not yet acknowledged by JetStream, at most; past it "
      "siftd waits", 0 },
    { T_INT, "nats_publish_retries", "10", S(nats_publish_retries), 0, 0, 1000,
      "times a result whose publish failed or timed out is published again, each "
      "after a backoff, never later than nats_ack_wait after the first attempt", 0 },
    { T_INT, "nats_publish_backoff_max", "5000", S(nats_publish_backoff_max), 0, 100, 600000,
      "milliseconds a publish retry waits at most: 100 ms doubled for each retry, "
      "capped here, a random half of it less (jitter)", 0 },
    { T_STRING, "nats_creds", "", S(nats_creds), 0, 0, 0,
      "NATS credentials file (JWT and NKey seed); empty: none", 0 },
    { T_STRING, "nats_nkey", "", S(nats_nkey), 0, 0, 0,
      "NKey public key of the user (U...), with nats_nkey_seed", 0 },
    { T_STRING, "nats_nkey_seed", "", S(nats_nkey_seed), 0, 0, 0,
      "file with the user's NKey seed (SU...)", 0 },
    { T_STRING, "nats_tls_ca", "", S(nats_tls_ca), 0, 0, 0,
      "CA certificates file that signs the NATS servers': TLS on", 0 },
    { T_STRING, "nats_tls_cert", "", S(nats_tls_cert), 0, 0, 0,
      "client certificate chain for TLS, with nats_tls_key", 0 },
    { T_STRING, "nats_tls_key", "", S(nats_tls_key), 0, 0, 0,
      "client private key file for TLS", 0 },
};
#define N_KEYS (sizeof s_keys / sizeof s_keys[0])

typedef struct {
    sift_settings_t *settings;
    const char *file;   /* being read; owned by settings */
    FILE *fp;
    int line;
    char error[512];
    int error_line;
} parse_state_t;

static int s_fail(parse_state_t *ps, const char *fmt, const char *a, const char *b)
{
    if (!ps->error_line) {
        ps->error_line = ps->line;
        snprintf(ps->error, sizeof ps->error, fmt, a, b);
    }
    return 0;
}

static int s_set_value(sift_settings_t *self, const key_def_t *k, const char *value,
                       char *why, size_t whylen)
{
    char *base = (char *)self;
    switch (k->type) {
    case T_STRING: {
        char *copy = strdup(value);
        if (!copy)
            return -1;
        char **slot = (char **)(base + k->offset);
        free(*slot);
        *slot = copy;
        return 0;
    }
    case T_INT:
    case T_BYTES: {
        long v;
        if (!sift_parse_long(value, k->min, k->max, &v)) {
            snprintf(why, whylen, "'%s' is not a whole number from %ld to %ld", value,
                     k->min, k->max);
            return -1;
        }
        if (k->type == T_BYTES)
            *(long *)(base + k->offset) = v;
        else
            *(int *)(base + k->offset) = (int)v;
        return 0;
    }
    case T_MODE:
        if (strcasecmp(value, "bind") && strcasecmp(value, "connect")) {
            snprintf(why, whylen, "'%s' is neither bind nor connect", value);
            return -1;
        }
        *(bool *)(base + k->offset) = strcasecmp(value, "bind") == 0;
        return 0;
    }
    return -1;
}

static const key_def_t *s_find_key(const char *name)
{
    for (size_t i = 0; i < N_KEYS; i++)
        if (strcmp(s_keys[i].name, name) == 0)
            return &s_keys[i];
    return NULL;
}

static int s_valid_section_name(const char *s)
{
    if (!*s)
        return 0;
    for (; *s; s++)
        if (!(islower((unsigned char)*s) || isdigit((unsigned char)*s) || *s == '_'))
            return 0;
    return 1;
}

int sift_settings_add_section(sift_settings_t *self, const char *name)
{
    struct sift_config *grown = realloc(self->sections, (self->n_sections + 1) * sizeof *grown);
    if (!grown)
        return -1;
    self->sections = grown;
    struct sift_config *sec = &grown[self->n_sections];
    memset(sec, 0, sizeof *sec);
    sec->file = self->file;
    if (!(sec->name = strdup(name)))
        return -1;
    self->n_sections++;
    return 0;
}

/* Adds key = value to a plugin section; a drop-in file overrides an
 * earlier file's value, one file may not set a key twice (1). */
static int s_add_entry(sift_settings_t *self, const char *section, const char *key,
                       const char *value, const char *file, int line)
{
    struct sift_config *sec = sift_settings_section(self, section);
    if (!sec) {
        if (sift_settings_add_section(self, section) < 0)
            return -1;
        sec = &self->sections[self->n_sections - 1];
        sec->file = file;
        sec->line = line;
    }
    for (size_t i = 0; i < sec->n_entries; i++) {
        sift_config_entry_t *e = &sec->entries[i];
        if (strcmp(e->key, key) != 0)
            continue;
        if (e->file == file)
            return 1; /* duplicate */
        char *copy = strdup(value);
        if (!copy)
            return -1;
        free(e->value);
        e->value = copy;
        e->file = file;
        e->line = line;
        return 0;
    }
    sift_config_entry_t *e = realloc(sec->entries, (sec->n_entries + 1) * sizeof *e);
    if (!e)
        return -1;
    sec->entries = e;
    e = &e[sec->n_entries];
    e->key = strdup(key);
    e->value = strdup(value);
    e->file = file;
    e->line = line;
    if (!e->key || !e->value) {
        free(e->key);
        free(e->value);
        return -1;
    }
    sec->n_entries++;
    return 0;
}

static int s_handler(void *user, const char *section, const char *name, const char *value)
{
    parse_state_t *ps = user;
    sift_settings_t *self = ps->settings;
    if (strcmp(section, "siftd") == 0) {
        const key_def_t *k = s_find_key(name);
        if (!k)
            return s_fail(ps, "unknown key '%s' in [%s]", name, section);
        char why[200] = "out of memory";
        if (s_set_value(self, k, value, why, sizeof why) < 0)
            return s_fail(ps, "%s: %s", name, why);
        if (k->line_offset) {
            *(int *)((char *)self + k->line_offset) = ps->line;
            *(const char **)((char *)self + k->file_offset) = ps->file;
        }
        return 1;
    }
    if (!s_valid_section_name(section))
        return s_fail(ps, "section [%s] is neither [siftd] nor a plugin name%s", section, "");
    int rc = s_add_entry(self, section, name, value, ps->file, ps->line);
    if (rc > 0)
        return s_fail(ps, "key '%s' set twice in [%s]", name, section);
    return rc == 0 ? 1 : s_fail(ps, "out of memory%s%s", "", "");
}

/* fgets that counts lines, so the handler knows where it is. */
static char *s_reader(char *str, int num, void *stream)
{
    parse_state_t *ps = stream;
    char *r = fgets(str, num, ps->fp);
    if (r) {
        size_t n = strlen(r);
        if (n && r[n - 1] == '\n')
            ps->line++;
        else if (feof(ps->fp))
            ps->line++;
    }
    return r;
}

/* Reads one file into self (already owning `path`); 0, or -1 after
 * logging FILE:LINE and why. */
static int s_read_file(sift_settings_t *self, const char *path)
{
    parse_state_t ps = { .settings = self, .file = path };
    ps.fp = fopen(path, "r");
    if (!ps.fp) {
        sift_log(LOG_ERR, NULL, "%s: cannot read config: %s", path, strerror(errno));
        return -1;
    }
    int rc = ini_parse_stream(s_reader, &ps, s_handler, &ps);
    fclose(ps.fp);
    if (ps.error_line) {
        sift_log(LOG_ERR, NULL, "%s:%d: %s", path, ps.error_line, ps.error);
        return -1;
    }
    if (rc != 0) {
        sift_log(LOG_ERR, NULL, "%s:%d: not a `key = value`, `[section]` or comment line "
                 "(or longer than 200 bytes)", path, rc > 0 ? rc : ps.line);
        return -1;
    }
    return 0;
}

/* The drop-ins FILE.d/NAME.conf, in glob's (sorted) order, each read after
 * the one before. */
static int s_read_dropins(sift_settings_t *self, const char *path)
{
    char *pattern = NULL;
    glob_t g = { 0 };
    if (asprintf(&pattern, "%s.d/*.conf", path) < 0)
        return -1;
    int grc = glob(pattern, GLOB_ERR, NULL, &g);
    free(pattern);
    if (grc == GLOB_NOMATCH || (grc == GLOB_ABORTED && errno == ENOENT))
        return 0;
    int rc = grc == 0 ? 0 : -1;
    if (rc < 0)
        sift_log(LOG_ERR, NULL, "%s.d: cannot list drop-ins: %s", path, strerror(errno));
    for (size_t i = 0; rc == 0 && i < g.gl_pathc; i++) {
        char **grown = realloc(self->dropins, (self->n_dropins + 1) * sizeof *grown);
        if (!grown) {
            rc = -1;
            break;
        }
        self->dropins = grown;
        if (!(grown[self->n_dropins] = strdup(g.gl_pathv[i]))) {
            rc = -1;
            break;
        }
        rc = s_read_file(self, grown[self->n_dropins++]);
    }
    globfree(&g);
    return rc;
}

sift_settings_t *sift_settings_load(const char *path)
{
    sift_settings_t *self = calloc(1, sizeof *self);
    if (!self)
        return NULL;
    char why[200];
    for (size_t i = 0; i < N_KEYS; i++)
        if (s_set_value(self, &s_keys[i], s_keys[i].default_value, why, sizeof why) < 0)
            goto fail;
    if (!path)
        return self;
    if (!(self->file = strdup(path)) || s_read_file(self, self->file) < 0 ||
        s_read_dropins(self, self->file) < 0)
        goto fail;
    const struct { const char *ep, *file; int line; const char *name; } eps[] = {
        { self->input, self->input_file, self->input_line, "input" },
        { self->output, self->output_file, self->output_line, "output" } };
    for (size_t i = 0; i < 2; i++)
        if (!sift_endpoint_valid(eps[i].ep)) {
            sift_log(LOG_ERR, NULL, "%s:%d: %s: bad endpoint '%s' (want tcp://HOST:PORT, "
                     "ipc://PATH or nats://HOST:PORT)", eps[i].file, eps[i].line, eps[i].name,
                     eps[i].ep);
            goto fail;
        }
    struct sockaddr_storage sa;
    if (*self->metrics && sift_listen_address(self->metrics, &sa) < 0) {
        sift_log(LOG_ERR, NULL, "%s:%d: metrics: bad address '%s' (want HOST:PORT with a "
                 "numeric host, e.g. 127.0.0.1:9108 or [::1]:9108)", self->metrics_file,
                 self->metrics_line, self->metrics);
        goto fail;
    }
    if (self->max_message_bytes < self->max_text_bytes) {
        sift_log(LOG_ERR, NULL, "%s: max_message_bytes (%ld) is smaller than max_text_bytes "
                 "(%ld): a text at the limit could never arrive", path, self->max_message_bytes,
                 self->max_text_bytes);
        goto fail;
    }
    return self;
fail:
    sift_settings_destroy(&self);
    return NULL;
}

void sift_settings_limits(const sift_settings_t *self, sift_limits_t *out)
{
    out->text = (size_t)self->max_text_bytes;
    out->title = (size_t)self->max_title_bytes;
    out->meta = (size_t)self->max_meta_bytes;
    out->meta_depth = self->max_meta_depth;
}

void sift_settings_destroy(sift_settings_t **self_p)
{
    if (!self_p || !*self_p)
        return;
    sift_settings_t *self = *self_p;
    for (size_t i = 0; i < N_KEYS; i++)
        if (s_keys[i].type == T_STRING)
            free(*(char **)((char *)self + s_keys[i].offset));
    for (size_t i = 0; i < self->n_sections; i++) {
        struct sift_config *sec = &self->sections[i];
        for (size_t j = 0; j < sec->n_entries; j++) {
            free(sec->entries[j].key);
            free(sec->entries[j].value);
        }
        free(sec->entries);
        free(sec->name);
        free(sec->data_dir);
    }
    free(self->sections);
    for (size_t i = 0; i < self->n_dropins; i++)
        free(self->dropins[i]);
    free(self->dropins);
    free(self->file);
    free(self);
    *self_p = NULL;
}

int sift_settings_set(sift_settings_t *self, const char *key, const char *value)
{
    const key_def_t *k = s_find_key(key);
    char why[200] = "unknown setting";
    if (!k || s_set_value(self, k, value, why, sizeof why) < 0) {
        sift_log(LOG_ERR, NULL, "--%s: %s", key, why);
        return -1;
    }
    if (k->line_offset) {
        *(int *)((char *)self + k->line_offset) = 0;
        *(const char **)((char *)self + k->file_offset) = NULL;
    }
    if ((k->offset == S(input) || k->offset == S(output)) && !sift_endpoint_valid(value)) {
        sift_log(LOG_ERR, NULL, "--%s: bad endpoint '%s' (want tcp://HOST:PORT, ipc://PATH or "
                 "nats://HOST:PORT)",
                 key, value);
        return -1;
    }
    return 0;
}

struct sift_config *sift_settings_section(sift_settings_t *self, const char *name)
{
    for (size_t i = 0; i < self->n_sections; i++)
        if (strcmp(self->sections[i].name, name) == 0)
            return &self->sections[i];
    return NULL;
}

void sift_settings_describe(FILE *out)
{
    fprintf(out, "[siftd]\n");
    for (size_t i = 0; i < N_KEYS; i++)
        fprintf(out, "  %-16s default '%s'\n      %s\n", s_keys[i].name,
                s_keys[i].default_value, s_keys[i].description);
}

int sift_listen_address(const char *address, struct sockaddr_storage *sa)
{
    const char *colon = strrchr(address, ':');
    if (!colon || colon == address || !colon[1])
        return -1;
    char host[256];
    size_t n = (size_t)(colon - address);
    if (address[0] == '[' && n >= 2 && address[n - 1] == ']') {
        address++; /* [v6]:port */
        n -= 2;
    }
    if (n >= sizeof host)
        return -1;
    memcpy(host, address, n);
    host[n] = '\0';
    struct addrinfo hints = { .ai_flags = AI_NUMERICHOST | AI_NUMERICSERV | AI_PASSIVE,
                              .ai_socktype = SOCK_STREAM };
    struct addrinfo *ai = NULL;
    if (getaddrinfo(host, colon + 1, &hints, &ai) != 0 || !ai)
        return -1;
    memset(sa, 0, sizeof *sa);
    memcpy(sa, ai->ai_addr, ai->ai_addrlen);
    freeaddrinfo(ai);
    return 0;
}

bool sift_parse_long(const char *s, long min, long max, long *out)
{
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno || end == s || *end || v < min || v > max)
        return false;
    *out = v;
    return true;
}

bool sift_nats_url(const char *ep)
{
    /* one or more URLs, each scheme://[user@]host:port */
    const char *p = ep;
    do {
        size_t n = strcspn(p, ",");
        const char *slash = memchr(p, '/', n);
        bool scheme = (n > 7 && strncmp(p, "nats://", 7) == 0) ||
                      (n > 6 && strncmp(p, "tls://", 6) == 0);
        if (!scheme || !slash)
            return false;
        const char *host = slash + 2, *end = p + n;
        const char *colon = NULL;
        for (const char *c = host; c < end; c++)
            if (*c == ':')
                colon = c;
            else if (*c == '@')
                colon = NULL; /* user:password@ */
        if (!colon || colon == host || colon + 1 == end)
            return false;
        for (const char *c = colon + 1; c < end; c++)
            if (*c < '0' || *c > '9')
                return false;
        p = *end ? end + 1 : end;
    } while (*p);
    return p[-1] != ',';
}

bool sift_endpoint_valid(const char *ep)
{
    if (sift_nats_url(ep))
        return true;
    if (strncmp(ep, "ipc://", 6) == 0 || strncmp(ep, "inproc://", 9) == 0)
        return strlen(strchr(ep, '/') + 2) > 0;
    if (strncmp(ep, "tcp://", 6) != 0)
        return false;
    const char *colon = strrchr(ep + 6, ':');
    if (!colon || colon == ep + 6)
        return false;
    if (strcmp(colon + 1, "*") == 0)
        return true;
    char *end;
    long port = strtol(colon + 1, &end, 10);
    return *end == '\0' && end != colon + 1 && port >= 0 && port <= 65535;
}
