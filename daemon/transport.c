/* SPDX-License-Identifier: MIT */
/* transport.c - the ZeroMQ transport, and the choice between it and
 * JetStream (see transport.h). */
#include "transport.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "log.h"

struct sift_input {
    void *sock;       /* PULL; NULL once stopped */
    sift_js_t *js;    /* instead, for a nats:// input */
};

struct sift_output {
    void *sock;       /* XPUB with ZMQ_XPUB_NODROP: a full subscriber queue is seen */
    sift_js_t *js;    /* instead, for a nats:// output */
    int hwm;          /* messages queued per subscriber: output_hwm, or from output_queue_bytes */
    int topics;       /* topics subscribed to (XPUB passes each once) */
};

void *sift_zmq_open(void *zctx, int type, const char *ep, bool bind, int hwm_opt, int hwm,
                    const char *what, sift_zmq_prepare_fn *prepare, const void *arg)
{
    void *sock = zmq_socket(zctx, type);
    if (!sock) {
        sift_log(LOG_ERR, NULL, "%s: %s", what, zmq_strerror(errno));
        return NULL;
    }
    zmq_setsockopt(sock, hwm_opt, &hwm, sizeof hwm);
    if (prepare)
        prepare(sock, arg);
    if ((bind ? zmq_bind(sock, ep) : zmq_connect(sock, ep)) < 0) {
        sift_log(LOG_ERR, NULL, "%s: cannot %s %s: %s", what, bind ? "bind" : "connect", ep,
                 zmq_strerror(errno));
        int zero = 0;
        zmq_setsockopt(sock, ZMQ_LINGER, &zero, sizeof zero);
        zmq_close(sock);
        return NULL;
    }
    return sock;
}

typedef struct {
    const sift_settings_t *settings;
    const sift_curve_server_t *curve;
} prepare_t;

static void s_prepare_output(void *sock, const void *arg)
{
    const prepare_t *p = arg;
    if (p->curve)
        sift_curve_server_apply(p->curve, sock);
}

static void s_prepare_input(void *sock, const void *arg)
{
    const prepare_t *p = arg;
    /* ZeroMQ refuses a larger message as its header arrives, before any
     * of it is buffered: one message can no longer take a gigabyte. */
    int64_t max = p->settings->max_message_bytes;
    zmq_setsockopt(sock, ZMQ_MAXMSGSIZE, &max, sizeof max);
    s_prepare_output(sock, arg);
}

sift_input_t *sift_input_open(void *zctx, const sift_settings_t *s,
                              const sift_curve_server_t *curve)
{
    prepare_t prepare = { s, curve };
    sift_input_t *in = calloc(1, sizeof *in);
    if (!in) {
        sift_log(LOG_ERR, NULL, "out of memory");
        return NULL;
    }
    if (sift_nats_url(s->input)) {
        if (!(in->js = sift_js_connect(s, s->input, "siftd input")) ||
            sift_js_input_start(in->js, s) < 0) {
            sift_input_close(&in);
            return NULL;
        }
        return in;
    }
    in->sock = sift_zmq_open(zctx, ZMQ_PULL, s->input, s->input_bind, ZMQ_RCVHWM, s->input_hwm,
                             "input", s_prepare_input, &prepare);
    if (!in->sock) {
        free(in);
        return NULL;
    }
    return in;
}

zmq_pollitem_t sift_input_pollitem(const sift_input_t *in)
{
    if (in->js)
        return (zmq_pollitem_t){ NULL, sift_js_input_fd(in->js), ZMQ_POLLIN, 0 };
    return (zmq_pollitem_t){ in->sock, 0, ZMQ_POLLIN, 0 };
}

bool sift_input_take(sift_input_t *in, zmq_msg_t *msg, bool *multipart,
                     sift_delivery_t **delivery)
{
    *delivery = NULL;
    *multipart = false;
    if (in->js)
        return sift_js_input_take(in->js, msg, delivery);
    if (!in->sock || zmq_msg_recv(msg, in->sock, ZMQ_DONTWAIT) < 0)
        return false;
    *multipart = zmq_msg_more(msg);
    if (*multipart) {
        zmq_msg_t part;
        zmq_msg_init(&part);
        do {
            if (zmq_msg_recv(&part, in->sock, 0) < 0)
                break;
        } while (zmq_msg_more(&part));
        zmq_msg_close(&part);
    }
    return true;
}

void sift_input_stop(sift_input_t *in)
{
    if (in && in->js) {
        sift_js_input_stop(in->js);
    } else if (in && in->sock) {
        int zero = 0;
        zmq_setsockopt(in->sock, ZMQ_LINGER, &zero, sizeof zero);
        zmq_close(in->sock);
        in->sock = NULL;
    }
}

void sift_input_close(sift_input_t **in)
{
    if (!*in)
        return;
    sift_input_stop(*in);
    sift_js_destroy(&(*in)->js);
    free(*in);
    *in = NULL;
}

/* Messages per subscriber queue: output_hwm, or output_queue_bytes over
 * 4 KiB (an article's result with the built-in plugins is about 4 KiB).
 * Set once, before anyone subscribes: libzmq (4.3) applies a SNDHWM set
 * later to the subscribers already connected, and a subscriber tells the
 * sender what it read only every half limit, so a change either way can
 * leave one looking full for good - lowered under one that keeps up,
 * raised over one that had fallen behind and then read its queue - and it
 * gets nothing more (tests/integration/test_hostile.py, SlowSubscribers). */
static int s_output_hwm(const sift_settings_t *s)
{
    if (s->output_hwm > 0)
        return s->output_hwm;
    long hwm = s->output_queue_bytes / 4096;
    return hwm < 16 ? 16 : hwm > 10000000 ? 10000000 : (int)hwm;
}

static void s_prepare_xpub(void *sock, const void *arg)
{
    int one = 1;
    zmq_setsockopt(sock, ZMQ_XPUB_NODROP, &one, sizeof one);
    s_prepare_output(sock, arg);
}

sift_output_t *sift_output_open(void *zctx, const sift_settings_t *s,
                                const sift_curve_server_t *curve)
{
    prepare_t prepare = { s, curve };
    sift_output_t *out = calloc(1, sizeof *out);
    if (!out) {
        sift_log(LOG_ERR, NULL, "out of memory");
        return NULL;
    }
    if (sift_nats_url(s->output)) {
        if (!(out->js = sift_js_connect(s, s->output, "siftd output")) ||
            sift_js_output_start(out->js, s) < 0) {
            sift_output_close(&out);
            return NULL;
        }
        return out;
    }
    out->hwm = s_output_hwm(s);
    out->sock = sift_zmq_open(zctx, ZMQ_XPUB, s->output, s->output_bind, ZMQ_SNDHWM, out->hwm,
                              "output", s_prepare_xpub, &prepare);
    if (!out->sock) {
        free(out);
        return NULL;
    }
    return out;
}

/* Sends a message of two parts. With NODROP a send fails (EAGAIN) when a
 * subscriber of the topic has a full queue, and then nobody gets it: sent
 * again without NODROP, the others get it and that subscriber misses it.
 * So a slow subscriber never holds the others back, and every message it
 * misses is seen here. */
static bool s_send(sift_output_t *out, zmq_msg_t *topic, zmq_msg_t *payload)
{
    bool all = true;
    if (zmq_msg_send(topic, out->sock, ZMQ_SNDMORE | ZMQ_DONTWAIT) < 0) {
        all = errno != EAGAIN;
        int lossy = 0, nodrop = 1;
        zmq_setsockopt(out->sock, ZMQ_XPUB_NODROP, &lossy, sizeof lossy);
        zmq_msg_send(topic, out->sock, ZMQ_SNDMORE | ZMQ_DONTWAIT);
        zmq_msg_send(payload, out->sock, ZMQ_DONTWAIT);
        zmq_setsockopt(out->sock, ZMQ_XPUB_NODROP, &nodrop, sizeof nodrop);
    } else {
        zmq_msg_send(payload, out->sock, ZMQ_DONTWAIT);
    }
    zmq_msg_close(topic); /* what a failed send left */
    zmq_msg_close(payload);
    return all;
}

bool sift_output_keyed(const sift_output_t *out)
{
    return out->js != NULL;
}

bool sift_output_forward(sift_output_t *out, zmq_msg_t *topic, zmq_msg_t *payload,
                         const sift_origin_t *origin, sift_delivery_t *settle)
{
    if (out->js) {
        bool ok = sift_js_publish(out->js, zmq_msg_data(topic), zmq_msg_size(topic),
                                  zmq_msg_data(payload), zmq_msg_size(payload), origin, settle);
        zmq_msg_close(topic);
        zmq_msg_close(payload);
        zmq_msg_init(topic);
        zmq_msg_init(payload);
        return ok;
    }
    sift_delivery_ack(&settle);
    bool all = s_send(out, topic, payload);
    zmq_msg_init(topic);
    zmq_msg_init(payload);
    return all;
}

zmq_pollitem_t sift_output_pollitem(const sift_output_t *out)
{
    if (out->js) /* no subscriptions to read: nothing to poll */
        return (zmq_pollitem_t){ NULL, -1, 0, 0 };
    return (zmq_pollitem_t){ out->sock, 0, ZMQ_POLLIN, 0 };
}

int sift_output_subscriptions(sift_output_t *out, bool *left)
{
    /* XPUB passes each topic's first subscription and last unsubscription
     * up; they must be read, or they pile up in the socket */
    if (out->js)
        return 0;
    zmq_msg_t m;
    zmq_msg_init(&m);
    for (int k = 0; k < 1000 && zmq_msg_recv(&m, out->sock, ZMQ_DONTWAIT) >= 0; k++) {
        const unsigned char *d = zmq_msg_data(&m);
        if (zmq_msg_size(&m) > 0 && d[0] == 1)
            out->topics++;
        else if (zmq_msg_size(&m) > 0 && d[0] == 0 && out->topics > 0) {
            out->topics--;
            *left = true;
        }
    }
    zmq_msg_close(&m);
    return out->topics;
}

int sift_output_hwm(const sift_output_t *out)
{
    return out->js ? 0 : out->hwm;
}

void sift_output_close(sift_output_t **out)
{
    if (!*out)
        return;
    if ((*out)->js) {
        if (!sift_js_output_flush((*out)->js, 3000))
            sift_log(LOG_WARNING, "nats", "output: results still unacknowledged after 3 s; "
                     "their articles come again");
        sift_js_destroy(&(*out)->js);
    } else {
        int linger = 3000;
        zmq_setsockopt((*out)->sock, ZMQ_LINGER, &linger, sizeof linger);
        zmq_close((*out)->sock);
    }
    free(*out);
    *out = NULL;
}
