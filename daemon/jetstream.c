/* SPDX-License-Identifier: MIT */
/* jetstream.c - NATS JetStream through libnats (see jetstream.h). */
#include "jetstream.h"

#include <errno.h>
#include <inttypes.h>
#include <nats/nats.h>
#include <pthread.h>
#include <search.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <time.h>
#include <unistd.h>
#define XXH_INLINE_ALL
#include <xxhash.h>

#include "log.h"

#define QUEUE_CAP 256        /* fetched, not yet taken */
#define FETCH_BATCH 64
#define FETCH_WAIT_MS 500    /* how long a fetch waits for messages: bounds stop */
#define PUBLISH_WAIT_MS 5000 /* for a publish's ack, before it is sent again */
#define BACKOFF_FIRST_MS 100 /* before the first retry; doubled for each next one */
#define MAX_ACK_PENDING 20000 /* per consumer, over every siftd sharing it */
#define DUPLICATE_WINDOW_S 600

struct sift_delivery {
    natsMsg *msg;            /* as fetched, owned */
};

/* A publish not yet acknowledged, found by its message (owned by libnats
 * meanwhile, or by the retry queue while it waits to be sent again). */
typedef struct pending {
    natsMsg *msg;
    sift_delivery_t *settle; /* owned, may be NULL */
    int attempts;
    int64_t first_ms, due_ms; /* first published; to be sent again (monotonic) */
    struct pending *next;    /* in the retry queue, by due_ms */
} pending_t;

struct sift_js {
    natsConnection *nc;
    jsCtx *js;               /* streams, consumer, fetch, dead letters */
    char where[256];         /* the URL with any password hidden, for logs */
    /* input */
    natsSubscription *sub;
    pthread_t fetcher;
    bool fetching;
    atomic_bool stop;
    atomic_bool closing;     /* sift_js_destroy began: no disconnection to report */
    int max_deliver;
    char *dead_letter;
    pthread_mutex_t lock;    /* the queue, and the pending publishes */
    pthread_cond_t room;
    natsMsg *queue[QUEUE_CAP];
    size_t head, n;
    int efd;
    /* output */
    jsCtx *pub;
    void *pending;           /* tsearch tree of pending_t */
    int retries, backoff_max_ms;
    int64_t retry_window_ms; /* after the first attempt, no retry starts */
    atomic_int in_handler;   /* s_on_ack calls running */
    /* publishes to send again, due first first, by their own thread */
    pending_t *retry_queue;
    int retrying;            /* queued, or being sent again */
    pthread_cond_t retry_due;
    pthread_t retrier;
    bool retrier_started;
    atomic_bool retry_stop;
};

static atomic_uint_fast64_t s_acks, s_naks, s_redeliveries, s_dead_lettered, s_retries,
    s_failures, s_duplicates, s_scheduled;
static atomic_int s_connections; /* libnats is closed when the last goes */

void sift_js_counters(sift_js_counters_t *out)
{
    out->acks = s_acks;
    out->naks = s_naks;
    out->redeliveries = s_redeliveries;
    out->dead_lettered = s_dead_lettered;
    out->publish_retries = s_retries;
    out->publish_failures = s_failures;
    out->duplicates = s_duplicates;
}

void sift_origin_key(sift_origin_t *origin, const char *id, size_t len)
{
    /* a hash, not the id itself: an id may hold anything a header may not */
    XXH128_hash_t h = XXH3_128bits(id, len);
    origin->key[0] = h.high64;
    origin->key[1] = h.low64;
    origin->keyed = true;
}

/* ------------------------------------------------------- connection */

void sift_nats_redact(const char *url, char *out, size_t size)
{
    size_t o = 0;
    for (const char *p = url; *p && o + 1 < size;) {
        size_t n = strcspn(p, ",");
        const char *at = memchr(p, '@', n), *scheme = strstr(p, "://");
        if (at && scheme && scheme < at) {
            o += (size_t)snprintf(out + o, size - o, "%.*s***%.*s", (int)(scheme + 3 - p), p,
                                  (int)(p + n - at), at);
        } else {
            o += (size_t)snprintf(out + o, size - o, "%.*s", (int)n, p);
        }
        if (o >= size)
            break;
        p += n;
        if (*p == ',' && o + 1 < size)
            out[o++] = *p++;
        out[o] = '\0';
    }
    out[o < size ? o : size - 1] = '\0';
}

static void s_disconnected(natsConnection *nc, void *closure)
{
    sift_js_t *js = closure;
    if (natsConnection_IsClosed(nc) || atomic_load(&js->closing))
        return; /* ours */
    sift_log(LOG_WARNING, "nats", "disconnected from %s; reconnecting", js->where);
}

static void s_reconnected(natsConnection *nc, void *closure)
{
    (void)closure;
    char url[256] = "";
    natsConnection_GetConnectedUrl(nc, url, sizeof url);
    char shown[256];
    sift_nats_redact(url, shown, sizeof shown);
    sift_log(LOG_NOTICE, "nats", "reconnected to %s", shown);
}

/* The last libnats error's text (names files, never their contents),
 * without the "(conn.c:733): " of libnats' source it starts with. */
static const char *s_error(natsStatus s)
{
    const char *text = nats_GetLastError(NULL);
    if (!text || !*text)
        return natsStatus_GetText(s);
    const char *close = text[0] == '(' ? strstr(text, "): ") : NULL;
    return close && close[3] ? close + 3 : text;
}

bool sift_js_unavailable(int status, int js_error)
{
    return status == NATS_TIMEOUT || status == NATS_NO_RESPONDERS ||
           js_error == JSClusterNotAvailErr || js_error == JSClusterNotLeaderErr ||
           js_error == JSClusterNoPeersErr; /* a node still joining, or restarting */
}

static bool s_stopped_waiting;

bool sift_js_stopped_waiting(void)
{
    return s_stopped_waiting;
}

static bool s_stop_pending(void)
{
    sigset_t pending;
    return sigpending(&pending) == 0 &&
           (sigismember(&pending, SIGTERM) == 1 || sigismember(&pending, SIGINT) == 1);
}

int sift_js_patiently(const char *what, sift_js_request_fn request, void *arg, int *js_error)
{
    struct timespec start, now;
    clock_gettime(CLOCK_MONOTONIC, &start);
    for (int attempt = 1;; attempt++) {
        *js_error = 0;
        int st = request(arg, js_error);
        clock_gettime(CLOCK_MONOTONIC, &now);
        if (!sift_js_unavailable(st, *js_error) || now.tv_sec - start.tv_sec >= SIFT_JS_WAIT_S)
            return st;
        if (s_stop_pending()) {
            sift_log(LOG_NOTICE, "nats", "%s: stopped while waiting for JetStream", what);
            s_stopped_waiting = true;
            return SIFT_JS_STOPPED;
        }
        if (attempt == 1)
            sift_log(LOG_WARNING, "nats", "%s: %s; trying again for up to %d s", what,
                     s_error((natsStatus)st), SIFT_JS_WAIT_S);
        sleep(1);
    }
}

/* What in the configuration a failed connection points at, from libnats'
 * text: "" when nothing is known. Names files and the public key, never a
 * secret. */
static void s_connect_hint(const sift_settings_t *st, const char *url, bool tls,
                           const char *text, char *hint, size_t size)
{
    *hint = '\0';
    if (strstr(text, "SSL") || strstr(text, "certificate")) {
        if (*st->nats_tls_ca)
            snprintf(hint, size, "; is the server's certificate signed by a CA in "
                     "nats_tls_ca (%s)?", st->nats_tls_ca);
        else
            snprintf(hint, size, "; the server requires TLS: set nats_tls_ca to the CA file "
                     "that signs its certificate");
    } else if (strstr(text, "Secure Connection not available")) {
        snprintf(hint, size, "; the server does not offer TLS (nats_tls_* or a tls:// URL "
                 "ask for it)");
    } else if (strstr(text, "PONG") && tls && !*st->nats_tls_cert) {
        snprintf(hint, size, "; the server closed the TLS connection: does it require a "
                 "client certificate (nats_tls_cert, nats_tls_key)?");
    } else if (strstr(text, "checksum") || strstr(text, "nkey") || strstr(text, "seed")) {
        snprintf(hint, size, "; %s (%s) holds no valid NKey seed",
                 *st->nats_creds ? "nats_creds" : "nats_nkey_seed",
                 *st->nats_creds ? st->nats_creds : st->nats_nkey_seed);
    } else if (strstr(text, "Authorization") || strstr(text, "Authentication")) {
        if (*st->nats_creds)
            snprintf(hint, size, "; the server refused the user of nats_creds (%s)",
                     st->nats_creds);
        else if (*st->nats_nkey)
            snprintf(hint, size, "; the server refused NKey %s: is it the public key of the "
                     "seed in nats_nkey_seed (%s), and one of the server's users?",
                     st->nats_nkey, st->nats_nkey_seed);
        else if (strchr(url, '@'))
            snprintf(hint, size, "; the server refused the user and password (or token) in "
                     "the URL");
        else
            snprintf(hint, size, "; the server wants credentials: nats_creds, nats_nkey "
                     "with nats_nkey_seed, or user:password@ in the URL");
    }
}

/* TLS asked for, by a tls:// URL or a nats_tls_* key. */
static bool s_tls(const sift_settings_t *st, const char *url)
{
    return strstr(url, "tls://") || *st->nats_tls_ca || *st->nats_tls_cert;
}

static natsStatus s_options(natsOptions **o, const sift_settings_t *st, const char *url,
                            const char *name, sift_js_t *js, const char **what)
{
    natsStatus s = natsOptions_Create(o);
    *what = "options";
    /* a list is several servers (SetURL would take it for one) */
    char list[1024];
    const char *servers[16];
    int n = 0;
    snprintf(list, sizeof list, "%s", url);
    for (char *save = NULL, *u = strtok_r(list, ",", &save); u && n < 16;
         u = strtok_r(NULL, ",", &save))
        servers[n++] = u;
    if (s == NATS_OK)
        s = natsOptions_SetServers(*o, servers, n);
    if (s == NATS_OK)
        s = natsOptions_SetName(*o, name);
    if (s == NATS_OK)
        s = natsOptions_SetMaxReconnect(*o, -1); /* a node restarting is no reason to stop */
    if (s == NATS_OK)
        s = natsOptions_SetReconnectWait(*o, 250);
    if (s == NATS_OK)
        s = natsOptions_SetTimeout(*o, 3000);
    if (s == NATS_OK)
        s = natsOptions_SetDisconnectedCB(*o, s_disconnected, js);
    if (s == NATS_OK)
        s = natsOptions_SetReconnectedCB(*o, s_reconnected, js);
    if (s == NATS_OK && *st->nats_creds) {
        *what = "nats_creds";
        s = natsOptions_SetUserCredentialsFromFiles(*o, st->nats_creds, NULL);
    }
    if (s == NATS_OK && (*st->nats_nkey || *st->nats_nkey_seed)) {
        *what = "nats_nkey_seed";
        s = *st->nats_nkey && *st->nats_nkey_seed
                ? natsOptions_SetNKeyFromSeed(*o, st->nats_nkey, st->nats_nkey_seed)
                : NATS_INVALID_ARG;
    }
    if (s == NATS_OK && s_tls(st, url)) {
        *what = "TLS";
        s = natsOptions_SetSecure(*o, true);
    }
    if (s == NATS_OK && *st->nats_tls_ca) {
        *what = "nats_tls_ca";
        s = natsOptions_LoadCATrustedCertificates(*o, st->nats_tls_ca);
    }
    if (s == NATS_OK && *st->nats_tls_cert) {
        *what = "nats_tls_cert";
        s = natsOptions_LoadCertificatesChain(*o, st->nats_tls_cert, st->nats_tls_key);
    }
    return s;
}

/* Connects with o. libnats before 3.8 (Debian ships 3.4) drops the nonce's
 * signature from CONNECT when its first byte is zero (nats.c #705): one
 * connection in 256 with nats_creds or an NKey is refused as an
 * "Authorization Violation". A new connection signs a new nonce, so such a
 * refusal is tried again, three times, before it counts. */
static natsStatus s_connect(natsConnection **nc, natsOptions *o, const sift_settings_t *st)
{
    bool signs = *st->nats_creds || *st->nats_nkey_seed;
    natsStatus s = natsConnection_Connect(nc, o);
    for (int again = 0; s == NATS_CONNECTION_AUTH_FAILED && signs && again < 3; again++)
        s = natsConnection_Connect(nc, o);
    return s;
}

sift_js_t *sift_js_connect(const sift_settings_t *st, const char *url, const char *name)
{
    sift_js_t *js = calloc(1, sizeof *js);
    if (!js) {
        sift_log(LOG_ERR, NULL, "out of memory");
        return NULL;
    }
    js->efd = -1;
    pthread_mutex_init(&js->lock, NULL);
    pthread_cond_init(&js->room, NULL);
    pthread_condattr_t monotonic;
    pthread_condattr_init(&monotonic);
    pthread_condattr_setclock(&monotonic, CLOCK_MONOTONIC);
    pthread_cond_init(&js->retry_due, &monotonic);
    pthread_condattr_destroy(&monotonic);
    sift_nats_redact(url, js->where, sizeof js->where);
    atomic_fetch_add(&s_connections, 1);
    natsOptions *o = NULL;
    const char *what;
    natsStatus s = s_options(&o, st, url, name, js, &what);
    if (s != NATS_OK) {
        if (strcmp(what, "nats_nkey_seed") == 0 && s == NATS_INVALID_ARG)
            sift_log(LOG_ERR, "nats", "nats_nkey and nats_nkey_seed go together");
        else
            sift_log(LOG_ERR, "nats", "%s: %s", what, s_error(s));
    } else if ((s = s_connect(&js->nc, o, st)) != NATS_OK) {
        char text[512], hint[512];
        snprintf(text, sizeof text, "%s", s_error(s));
        for (size_t n = strlen(text); n && text[n - 1] == ' '; n--)
            text[n - 1] = '\0';
        s_connect_hint(st, url, s_tls(st, url), text, hint, sizeof hint);
        sift_log(LOG_ERR, "nats", "cannot connect to %s: %s%s", js->where, text, hint);
    } else if ((s = natsConnection_JetStream(&js->js, js->nc, NULL)) != NATS_OK) {
        sift_log(LOG_ERR, "nats", "%s: JetStream: %s", js->where, s_error(s));
    }
    natsOptions_Destroy(o);
    if (s != NATS_OK)
        sift_js_destroy(&js);
    return js;
}

natsConnection *sift_js_connection(sift_js_t *js)
{
    return js->nc;
}

static void s_settle_all(const void *node, VISIT which, int depth)
{
    (void)depth;
    if (which == postorder || which == endorder) {
        pending_t *p = *(pending_t *const *)node;
        sift_delivery_nak(&p->settle);
    }
}

void sift_js_destroy(sift_js_t **js_p)
{
    sift_js_t *js = *js_p;
    if (!js)
        return;
    sift_js_input_stop(js);
    if (js->retrier_started) {
        pthread_mutex_lock(&js->lock);
        atomic_store(&js->retry_stop, true);
        pthread_cond_broadcast(&js->retry_due);
        pthread_mutex_unlock(&js->lock);
        pthread_join(js->retrier, NULL);
    }
    atomic_store(&js->closing, true);
    if (js->nc) {
        /* drained first, so that every subscription's thread is done with
         * what it holds before the library closes (LeakSanitizer saw an
         * acknowledgement left by one after a plain close); bounded */
        if (natsConnection_DrainTimeout(js->nc, 2000) == NATS_OK)
            for (int i = 0; i < 300 && !natsConnection_IsClosed(js->nc); i++)
                usleep(10000);
        natsConnection_Close(js->nc);
    }
    /* an acknowledgement being handled as the connection closed finishes
     * before js goes */
    for (int i = 0; i < 200 && atomic_load(&js->in_handler) > 0; i++)
        usleep(10000);
    /* callbacks have ended with the connection: what is left was never
     * acknowledged */
    pthread_mutex_lock(&js->lock);
    for (pending_t *p = js->retry_queue; p; p = p->next)
        natsMsg_Destroy(p->msg); /* the queue's; p is the tree's */
    js->retry_queue = NULL;
    twalk(js->pending, s_settle_all);
    tdestroy(js->pending, free);
    js->pending = NULL;
    pthread_mutex_unlock(&js->lock);
    natsSubscription_Destroy(js->sub);
    jsCtx_Destroy(js->pub);
    jsCtx_Destroy(js->js);
    natsConnection_Destroy(js->nc);
    if (js->efd >= 0)
        close(js->efd);
    free(js->dead_letter);
    pthread_cond_destroy(&js->room);
    pthread_cond_destroy(&js->retry_due);
    pthread_mutex_destroy(&js->lock);
    free(js);
    *js_p = NULL;
    if (atomic_fetch_sub(&s_connections, 1) == 1)
        nats_CloseAndWait(2000); /* its threads and memory, for valgrind */
}

/* ------------------------------------------------------------- init */

static int s_retention(const char *name, jsRetentionPolicy *out)
{
    static const struct { const char *name; jsRetentionPolicy p; } all[] = {
        { "workqueue", js_WorkQueuePolicy }, { "limits", js_LimitsPolicy },
        { "interest", js_InterestPolicy } };
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
        if (strcmp(name, all[i].name) == 0) {
            *out = all[i].p;
            return 0;
        }
    return -1;
}

typedef struct stream_request { jsCtx *js; jsStreamConfig *cfg; } stream_request_t;

/* Creates the stream, or updates it to this configuration. */
static int s_stream_request(void *arg, int *js_error)
{
    stream_request_t *req = arg;
    jsErrCode jerr = 0;
    jsStreamInfo *si = NULL;
    natsStatus s = js_AddStream(&si, req->js, req->cfg, NULL, &jerr);
    if (s != NATS_OK && jerr == JSStreamNameExistErr)
        s = js_UpdateStream(&si, req->js, req->cfg, NULL, &jerr);
    jsStreamInfo_Destroy(si);
    *js_error = (int)jerr;
    return s;
}

/* Creates stream name on subject, or updates it to this configuration. */
static int s_stream(sift_js_t *js, const sift_settings_t *st, const char *name,
                    const char *subject, jsRetentionPolicy retention)
{
    jsStreamConfig cfg;
    jsStreamConfig_Init(&cfg);
    const char *subjects[] = { subject };
    cfg.Name = name;
    cfg.Subjects = subjects;
    cfg.SubjectsLen = 1;
    cfg.Retention = retention;
    cfg.Storage = js_FileStorage;
    cfg.Replicas = st->nats_replicas;
    cfg.MaxAge = (int64_t)st->nats_max_age * 1000000000;
    int64_t window = DUPLICATE_WINDOW_S;
    if (st->nats_max_age > 0 && st->nats_max_age < window)
        window = st->nats_max_age;
    cfg.Duplicates = window * 1000000000;
    stream_request_t req = { js->js, &cfg };
    char what[300];
    snprintf(what, sizeof what, "stream %s", name);
    int jerr;
    int s = sift_js_patiently(what, s_stream_request, &req, &jerr);
    if (s == SIFT_JS_STOPPED)
        return -1;
    if (s != NATS_OK) {
        sift_log(LOG_ERR, "nats", "stream %s (%s, %d replicas): %s (%d)", name, subject,
                 st->nats_replicas, s_error(s), (int)jerr);
        return -1;
    }
    sift_log(LOG_INFO, "nats", "stream %s ready: %s, %d replicas", name, subject,
             st->nats_replicas);
    return 0;
}

typedef struct consumer_request {
    jsCtx *js;
    const char *stream;
    jsConsumerConfig *cfg;
} consumer_request_t;

/* Creates the durable consumer, or updates it to this configuration. */
static int s_consumer_request(void *arg, int *js_error)
{
    consumer_request_t *req = arg;
    jsErrCode jerr = 0;
    jsConsumerInfo *ci = NULL;
    natsStatus s = js_AddConsumer(&ci, req->js, req->stream, req->cfg, NULL, &jerr);
    if (s != NATS_OK)
        s = js_UpdateConsumer(&ci, req->js, req->stream, req->cfg, NULL, &jerr);
    jsConsumerInfo_Destroy(ci);
    *js_error = (int)jerr;
    return s;
}

int sift_js_init(sift_js_t *js, const sift_settings_t *st)
{
    jsRetentionPolicy retention;
    if (s_retention(st->nats_retention, &retention) < 0) {
        sift_log(LOG_ERR, "nats", "nats_retention: '%s' is none of workqueue, limits, interest",
                 st->nats_retention);
        return -1;
    }
    char dead[256];
    snprintf(dead, sizeof dead, "%s_DEAD", st->nats_stream);
    if (s_stream(js, st, st->nats_stream, st->nats_subject, retention) < 0 ||
        s_stream(js, st, st->nats_results_stream, "sift.>", js_LimitsPolicy) < 0 ||
        s_stream(js, st, dead, st->nats_dead_letter, js_LimitsPolicy) < 0)
        return -1;
    jsConsumerConfig cc;
    jsConsumerConfig_Init(&cc);
    cc.Durable = st->nats_consumer;
    cc.AckPolicy = js_AckExplicit;
    cc.AckWait = (int64_t)st->nats_ack_wait * 1000000000;
    cc.MaxDeliver = -1; /* siftd dead-letters, with the reason */
    cc.MaxAckPending = MAX_ACK_PENDING;
    cc.FilterSubject = st->nats_subject;
    cc.Replicas = st->nats_replicas;
    consumer_request_t req = { js->js, st->nats_stream, &cc };
    char what[300];
    snprintf(what, sizeof what, "consumer %s on %s", st->nats_consumer, st->nats_stream);
    int jerr;
    int s = sift_js_patiently(what, s_consumer_request, &req, &jerr);
    if (s == SIFT_JS_STOPPED)
        return -1;
    if (s != NATS_OK) {
        sift_log(LOG_ERR, "nats", "%s: %s (%d)", what, s_error(s), jerr);
        return -1;
    }
    sift_log(LOG_INFO, "nats", "consumer %s on %s ready: ack wait %d s", st->nats_consumer,
             st->nats_stream, st->nats_ack_wait);
    return 0;
}

int sift_js_init_url(const sift_settings_t *st, const char *url)
{
    if (!url)
        url = sift_nats_url(st->input) ? st->input : sift_nats_url(st->output) ? st->output : NULL;
    if (!url) {
        sift_log(LOG_ERR, "nats", "neither input nor output is a nats:// URL: no server to "
                 "create the streams on");
        return -1;
    }
    sift_js_t *js = sift_js_connect(st, url, "sift nats init");
    int rc = js ? sift_js_init(js, st) : -1;
    sift_js_destroy(&js);
    return rc;
}

/* ------------------------------------------------------------ input */

static void s_delivery_free(sift_delivery_t **d)
{
    natsMsg_Destroy((*d)->msg);
    free(*d);
    *d = NULL;
}

void sift_delivery_ack(sift_delivery_t **d)
{
    if (!*d)
        return;
    if (natsMsg_Ack((*d)->msg, NULL) == NATS_OK)
        atomic_fetch_add(&s_acks, 1);
    s_delivery_free(d);
}

void sift_delivery_nak(sift_delivery_t **d)
{
    if (!*d)
        return;
    if (natsMsg_Nak((*d)->msg, NULL) == NATS_OK)
        atomic_fetch_add(&s_naks, 1);
    s_delivery_free(d);
}

/* Publishes a message delivered too often to the dead-letter subject with
 * the reason, then ends its deliveries; nak'ed when that fails. */
static void s_dead_letter(sift_js_t *js, natsMsg *msg, const jsMsgMetaData *meta)
{
    char reason[256], seq[24], count[24];
    snprintf(reason, sizeof reason, "delivered %" PRIu64 " times (nats_max_deliver %d) and "
             "never acknowledged: its result was not published and stored each time",
             meta->NumDelivered, js->max_deliver);
    snprintf(seq, sizeof seq, "%" PRIu64, meta->Sequence.Stream);
    snprintf(count, sizeof count, "%" PRIu64, meta->NumDelivered);
    natsMsg *dl = NULL;
    jsPubAck *pa = NULL;
    jsErrCode jerr = 0;
    natsStatus s = natsMsg_Create(&dl, js->dead_letter, NULL, natsMsg_GetData(msg),
                                  natsMsg_GetDataLength(msg));
    if (s == NATS_OK)
        s = natsMsgHeader_Set(dl, "Sift-Reason", reason);
    if (s == NATS_OK)
        s = natsMsgHeader_Set(dl, "Sift-Stream-Sequence", seq);
    if (s == NATS_OK)
        s = natsMsgHeader_Set(dl, "Sift-Deliveries", count);
    if (s == NATS_OK)
        s = js_PublishMsg(&pa, js->js, dl, NULL, &jerr);
    jsPubAck_Destroy(pa);
    natsMsg_Destroy(dl);
    if (s == NATS_OK && natsMsg_Term(msg, NULL) == NATS_OK) {
        atomic_fetch_add(&s_dead_lettered, 1);
        sift_log(LOG_WARNING, "nats", "article at %s sequence %s sent to %s: %s", meta->Stream,
                 seq, js->dead_letter, reason);
    } else {
        sift_log(LOG_ERR, "nats", "cannot send the article at %s sequence %s to %s: %s",
                 meta->Stream, seq, js->dead_letter, s_error(s));
        natsMsg_Nak(msg, NULL);
    }
    natsMsg_Destroy(msg);
}

/* Queues a fetched message, or dead-letters it; takes msg. */
static void s_fetched(sift_js_t *js, natsMsg *msg)
{
    jsMsgMetaData *meta = NULL;
    if (natsMsg_GetMetaData(&meta, msg) == NATS_OK) {
        if (meta->NumDelivered > (uint64_t)js->max_deliver) {
            s_dead_letter(js, msg, meta);
            jsMsgMetaData_Destroy(meta);
            return;
        }
        if (meta->NumDelivered > 1)
            atomic_fetch_add(&s_redeliveries, 1);
        jsMsgMetaData_Destroy(meta);
    }
    pthread_mutex_lock(&js->lock);
    js->queue[(js->head + js->n++) % QUEUE_CAP] = msg;
    uint64_t one = 1;
    if (write(js->efd, &one, sizeof one) < 0) { /* never full: the counter is reset */
    }
    pthread_mutex_unlock(&js->lock);
}

static void *s_fetch_main(void *arg)
{
    sift_js_t *js = arg;
    bool failing = false;
    while (!atomic_load(&js->stop)) {
        pthread_mutex_lock(&js->lock);
        while (js->n + FETCH_BATCH > QUEUE_CAP && !atomic_load(&js->stop))
            pthread_cond_wait(&js->room, &js->lock);
        pthread_mutex_unlock(&js->lock);
        if (atomic_load(&js->stop))
            break;
        natsMsgList list = { 0 };
        natsStatus s = natsSubscription_Fetch(&list, js->sub, FETCH_BATCH, FETCH_WAIT_MS, NULL);
        if (s != NATS_OK && s != NATS_TIMEOUT) {
            if (!failing)
                sift_log(LOG_WARNING, "nats", "fetching from %s: %s; trying again", js->where,
                         natsStatus_GetText(s));
            failing = true;
            usleep(200000);
        } else if (failing) {
            sift_log(LOG_NOTICE, "nats", "fetching from %s again", js->where);
            failing = false;
        }
        for (int i = 0; i < list.Count; i++) {
            s_fetched(js, list.Msgs[i]);
            list.Msgs[i] = NULL;
        }
        natsMsgList_Destroy(&list);
    }
    return NULL;
}

typedef struct pull_request {
    sift_js_t *js;
    const char *subject;
    jsSubOptions *so;
} pull_request_t;

/* Binds js->sub to the durable pull consumer so->Consumer. */
static int s_pull_request(void *arg, int *js_error)
{
    pull_request_t *req = arg;
    jsErrCode jerr = 0;
    natsStatus s = js_PullSubscribe(&req->js->sub, req->js->js, req->subject, req->so->Consumer,
                                    NULL, req->so, &jerr);
    *js_error = (int)jerr;
    return s;
}

int sift_js_input_start(sift_js_t *js, const sift_settings_t *st)
{
    js->max_deliver = st->nats_max_deliver;
    if (!(js->dead_letter = strdup(st->nats_dead_letter)) ||
        (js->efd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC)) < 0) {
        sift_log(LOG_ERR, NULL, "input: %s", strerror(errno));
        return -1;
    }
    jsSubOptions so;
    jsSubOptions_Init(&so);
    so.Stream = st->nats_stream; /* bound: the consumer is `sift nats init`'s, never deleted */
    so.Consumer = st->nats_consumer;
    pull_request_t req = { js, st->nats_subject, &so };
    char what[600];
    snprintf(what, sizeof what, "input: consumer %s of stream %s on %s", st->nats_consumer,
             st->nats_stream, js->where);
    int jerr;
    int s = sift_js_patiently(what, s_pull_request, &req, &jerr);
    if (s == SIFT_JS_STOPPED)
        return -1;
    if (s != NATS_OK) {
        sift_log(LOG_ERR, "nats", "%s: %s (%d)%s", what, s_error(s), jerr,
                 jerr == JSConsumerNotFoundErr || jerr == JSStreamNotFoundErr
                     ? "; create it with `sift nats init` or siftd --init-nats" : "");
        return -1;
    }
    if (pthread_create(&js->fetcher, NULL, s_fetch_main, js) != 0) {
        sift_log(LOG_ERR, "nats", "input: cannot start its thread");
        return -1;
    }
    js->fetching = true;
    return 0;
}

int sift_js_input_fd(const sift_js_t *js)
{
    return js->efd;
}

bool sift_js_input_take(sift_js_t *js, zmq_msg_t *msg, sift_delivery_t **delivery)
{
    pthread_mutex_lock(&js->lock);
    natsMsg *m = NULL;
    if (js->n) {
        m = js->queue[js->head];
        js->head = (js->head + 1) % QUEUE_CAP;
        js->n--;
        pthread_cond_signal(&js->room);
    }
    if (js->n == 0) {
        uint64_t v;
        if (read(js->efd, &v, sizeof v) < 0) { /* already 0 */
        }
    }
    pthread_mutex_unlock(&js->lock);
    if (!m)
        return false;
    int len = natsMsg_GetDataLength(m);
    sift_delivery_t *d = malloc(sizeof *d);
    if (!d || zmq_msg_init_size(msg, (size_t)len) < 0) {
        sift_log(LOG_ERR, NULL, "out of memory taking an article; it comes again");
        natsMsg_Nak(m, NULL);
        natsMsg_Destroy(m);
        free(d);
        return false;
    }
    memcpy(zmq_msg_data(msg), natsMsg_GetData(m), (size_t)len);
    d->msg = m;
    *delivery = d;
    return true;
}

void sift_js_input_stop(sift_js_t *js)
{
    if (js->fetching) {
        atomic_store(&js->stop, true);
        pthread_mutex_lock(&js->lock);
        pthread_cond_broadcast(&js->room);
        pthread_mutex_unlock(&js->lock);
        pthread_join(js->fetcher, NULL);
        js->fetching = false;
    }
    pthread_mutex_lock(&js->lock);
    for (; js->n; js->n--, js->head = (js->head + 1) % QUEUE_CAP) {
        if (natsMsg_Nak(js->queue[js->head], NULL) == NATS_OK)
            atomic_fetch_add(&s_naks, 1);
        natsMsg_Destroy(js->queue[js->head]);
    }
    pthread_mutex_unlock(&js->lock);
}

/* ----------------------------------------------------------- output */

static int s_pending_cmp(const void *a, const void *b)
{
    const natsMsg *x = ((const pending_t *)a)->msg, *y = ((const pending_t *)b)->msg;
    return (x > y) - (x < y);
}

/* Takes the pending publish of msg out of the tree; NULL when none. Under
 * js->lock. */
static pending_t *s_pending_take(sift_js_t *js, natsMsg *msg)
{
    pending_t key = { .msg = msg };
    void *found = tfind(&key, &js->pending, s_pending_cmp);
    if (!found)
        return NULL;
    pending_t *p = *(pending_t **)found;
    tdelete(&key, &js->pending, s_pending_cmp);
    return p;
}

static int64_t s_now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (int64_t)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

/* Counts a publish given up, and logs it 1, 2, 4, 8 ... times: a stream
 * of failures is no flood. */
static void s_failed(const char *subject, int attempts, const char *why, bool comes_again)
{
    uint64_t n = atomic_fetch_add(&s_failures, 1) + 1;
    if ((n & (n - 1)) == 0)
        sift_log(LOG_ERR, "nats", "publishing to %s failed after %d retries: %s (%" PRIu64
                 " failures so far)%s", subject, attempts, why, n,
                 comes_again ? "; its article comes again" : "");
}

/* Ends the publish of msg (not libnats' any more): its article is nak'ed,
 * to come again, and the failure counted. Takes msg. */
static void s_give_up(sift_js_t *js, natsMsg *msg, const char *why)
{
    pthread_mutex_lock(&js->lock);
    pending_t *p = s_pending_take(js, msg);
    pthread_mutex_unlock(&js->lock);
    s_failed(natsMsg_GetSubject(msg), p ? p->attempts : 0, why, p && p->settle);
    if (p) {
        sift_delivery_nak(&p->settle);
        free(p);
    }
    natsMsg_Destroy(msg);
}

/* How long retry `attempt` (1, 2 ...) waits: BACKOFF_FIRST_MS doubled for
 * each retry before it, at most backoff_max_ms, of which a random half
 * (the jitter keeps siftd instances that failed together from retrying
 * together). */
static int64_t s_backoff_ms(const sift_js_t *js, int attempt)
{
    int64_t d = BACKOFF_FIRST_MS;
    for (int i = 1; i < attempt && d < js->backoff_max_ms; i++)
        d *= 2;
    if (d > js->backoff_max_ms)
        d = js->backoff_max_ms;
    return d - d / 2 + arc4random_uniform((uint32_t)(d / 2) + 1);
}

/* Queues p to be sent again after its backoff; false (nothing done) when
 * it has had its retries, its window is over or siftd stops. Under
 * js->lock. */
static bool s_schedule_retry(sift_js_t *js, pending_t *p, const char *why)
{
    if (p->attempts >= js->retries || atomic_load(&js->retry_stop))
        return false;
    int64_t wait = s_backoff_ms(js, p->attempts + 1);
    p->due_ms = s_now_ms() + wait;
    if (p->due_ms - p->first_ms > js->retry_window_ms)
        return false;
    p->attempts++;
    pending_t **at = &js->retry_queue;
    while (*at && (*at)->due_ms <= p->due_ms)
        at = &(*at)->next;
    p->next = *at;
    *at = p;
    js->retrying++;
    pthread_cond_signal(&js->retry_due);
    uint64_t n = atomic_fetch_add(&s_scheduled, 1) + 1;
    if ((n & (n - 1)) == 0)
        sift_log(LOG_NOTICE, "nats", "publishing to %s: %s; again in %" PRId64 " ms (retry %d "
                 "of at most %d; %" PRIu64 " retries so far)", natsMsg_GetSubject(p->msg), why,
                 wait, p->attempts, js->retries, n);
    return true;
}

/* Hands *m to libnats (*m becomes NULL). NATS_TIMEOUT is nats_max_pending
 * publishes unacknowledged: wait on, while the connection lives (it
 * reconnects on its own) and siftd does not stop. */
static natsStatus s_hand_over(sift_js_t *js, natsMsg **m, jsPubOptions *po)
{
    natsStatus s;
    for (int stalls = 0; (s = js_PublishMsgAsync(js->pub, m, po)) == NATS_TIMEOUT &&
                         stalls < 600 && !natsConnection_IsClosed(js->nc) &&
                         !atomic_load(&js->retry_stop); stalls++)
        ;
    return s;
}

/* The retry queue's thread: sends each publish again once it is due. */
static void *s_retry_main(void *arg)
{
    sift_js_t *js = arg;
    pthread_mutex_lock(&js->lock);
    while (!atomic_load(&js->retry_stop)) {
        pending_t *p = js->retry_queue;
        if (!p) {
            pthread_cond_wait(&js->retry_due, &js->lock);
            continue;
        }
        if (p->due_ms > s_now_ms()) {
            struct timespec due = { p->due_ms / 1000, (p->due_ms % 1000) * 1000000 };
            pthread_cond_timedwait(&js->retry_due, &js->lock, &due);
            continue;
        }
        js->retry_queue = p->next;
        natsMsg *msg = p->msg; /* p may go once msg is libnats' again */
        pthread_mutex_unlock(&js->lock);
        /* the same message, Nats-Msg-Id and all: stored once */
        atomic_fetch_add(&s_retries, 1);
        jsPubOptions po;
        jsPubOptions_Init(&po);
        po.MaxWait = PUBLISH_WAIT_MS;
        natsMsg *m = msg;
        natsStatus s = s_hand_over(js, &m, &po);
        if (s != NATS_OK)
            s_give_up(js, msg, natsStatus_GetText(s));
        pthread_mutex_lock(&js->lock);
        js->retrying--;
    }
    pthread_mutex_unlock(&js->lock);
    return NULL;
}

/* Runs in libnats' thread for every publish acknowledged, refused or timed
 * out. */
static void s_on_ack(jsCtx *jctx, natsMsg *msg, jsPubAck *pa, jsPubAckErr *pae, void *closure)
{
    (void)jctx;
    sift_js_t *js = closure;
    atomic_fetch_add(&js->in_handler, 1);
    if (pa) {
        pthread_mutex_lock(&js->lock);
        pending_t *p = s_pending_take(js, msg);
        pthread_mutex_unlock(&js->lock);
        if (pa->Duplicate)
            atomic_fetch_add(&s_duplicates, 1);
        if (p) {
            sift_delivery_ack(&p->settle);
            free(p);
        }
        natsMsg_Destroy(msg);
    } else {
        const char *why = !pae ? "no acknowledgement"
                          : pae->ErrText && *pae->ErrText ? pae->ErrText
                                                          : natsStatus_GetText(pae->Err);
        pthread_mutex_lock(&js->lock);
        pending_t key = { .msg = msg };
        void *found = tfind(&key, &js->pending, s_pending_cmp);
        bool again = found && s_schedule_retry(js, *(pending_t **)found, why);
        pthread_mutex_unlock(&js->lock);
        if (!again)
            s_give_up(js, msg, why);
    }
    atomic_fetch_sub(&js->in_handler, 1);
}

int sift_js_output_start(sift_js_t *js, const sift_settings_t *st)
{
    js->retries = st->nats_publish_retries;
    js->backoff_max_ms = st->nats_publish_backoff_max;
    js->retry_window_ms = (int64_t)st->nats_ack_wait * 1000;
    jsOptions o;
    jsOptions_Init(&o);
    o.PublishAsync.MaxPending = st->nats_max_pending;
    o.PublishAsync.AckHandler = s_on_ack;
    o.PublishAsync.AckHandlerClosure = js;
    o.PublishAsync.StallWait = 1000;
    natsStatus s = natsConnection_JetStream(&js->pub, js->nc, &o);
    if (s != NATS_OK) {
        sift_log(LOG_ERR, "nats", "output: %s: %s", js->where, s_error(s));
        return -1;
    }
    if (pthread_create(&js->retrier, NULL, s_retry_main, js) != 0) {
        sift_log(LOG_ERR, "nats", "output: cannot start its thread");
        return -1;
    }
    js->retrier_started = true;
    return 0;
}

bool sift_js_publish(sift_js_t *js, const char *topic, size_t topic_len, const void *data,
                     size_t len, const sift_origin_t *origin, sift_delivery_t *settle)
{
    char subject[256], id[48];
    if (topic_len > sizeof subject - 6) {
        sift_delivery_nak(&settle);
        return false;
    }
    snprintf(subject, sizeof subject, "sift.%.*s", (int)topic_len, topic);
    if (origin && origin->keyed)
        snprintf(id, sizeof id, "%016" PRIx64 "%016" PRIx64 ".%u", origin->key[0],
                 origin->key[1], origin->position);
    return sift_js_publish_to(js, subject, data, len, origin && origin->keyed ? id : NULL,
                              settle);
}

bool sift_js_publish_to(sift_js_t *js, const char *subject, const void *data, size_t len,
                        const char *msg_id, sift_delivery_t *settle)
{
    if (len > INT32_MAX) {
        sift_delivery_nak(&settle);
        return false;
    }
    jsPubOptions po;
    jsPubOptions_Init(&po);
    po.MaxWait = PUBLISH_WAIT_MS;
    po.MsgId = msg_id;
    natsMsg *msg = NULL;
    pending_t *p = calloc(1, sizeof *p);
    natsStatus s = p ? natsMsg_Create(&msg, subject, NULL, data, (int)len) : NATS_NO_MEMORY;
    if (p) {
        p->msg = msg;
        p->settle = settle;
        p->first_ms = s_now_ms();
    }
    pthread_mutex_lock(&js->lock);
    bool kept = s == NATS_OK && tsearch(p, &js->pending, s_pending_cmp) != NULL;
    pthread_mutex_unlock(&js->lock);
    if (!kept) {
        free(p);
        natsMsg_Destroy(msg);
        s_failed(subject, 0, "out of memory", settle != NULL);
        sift_delivery_nak(&settle);
        return false;
    }
    natsMsg *m = msg;
    if ((s = s_hand_over(js, &m, &po)) == NATS_OK)
        return true;
    s_give_up(js, msg, natsStatus_GetText(s));
    return false;
}

bool sift_js_output_flush(sift_js_t *js, int timeout_ms)
{
    if (!js->pub)
        return true;
    /* a publish is either libnats' (PublishAsyncComplete waits for it) or
     * the retry queue's (js->retrying) */
    int64_t deadline = s_now_ms() + timeout_ms;
    for (;;) {
        jsPubOptions po;
        jsPubOptions_Init(&po);
        int64_t left = deadline - s_now_ms();
        po.MaxWait = left > 1 ? left : 1;
        natsStatus s = js_PublishAsyncComplete(js->pub, &po);
        pthread_mutex_lock(&js->lock);
        int retrying = js->retrying;
        pthread_mutex_unlock(&js->lock);
        if (s == NATS_OK && retrying == 0)
            return true;
        if (s_now_ms() >= deadline)
            return false;
        usleep(10000);
    }
}
