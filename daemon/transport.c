/* SPDX-License-Identifier: MIT */
/* transport.c - the ZeroMQ transport (see transport.h). */
#include "transport.h"

#include <errno.h>
#include <stdlib.h>

#include "log.h"

struct sift_input {
    void *sock; /* PULL */
};

struct sift_output {
    void *sock; /* PUB */
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
    return (zmq_pollitem_t){ in->sock, 0, ZMQ_POLLIN, 0 };
}

bool sift_input_take(sift_input_t *in, zmq_msg_t *msg, bool *multipart)
{
    if (zmq_msg_recv(msg, in->sock, ZMQ_DONTWAIT) < 0)
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

void sift_input_close(sift_input_t **in)
{
    if (!*in)
        return;
    int zero = 0;
    zmq_setsockopt((*in)->sock, ZMQ_LINGER, &zero, sizeof zero);
    zmq_close((*in)->sock);
    free(*in);
    *in = NULL;
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
    out->sock = sift_zmq_open(zctx, ZMQ_PUB, s->output, s->output_bind, ZMQ_SNDHWM,
                              s->output_hwm, "output", s_prepare_output, &prepare);
    if (!out->sock) {
        free(out);
        return NULL;
    }
    return out;
}

void sift_output_publish(sift_output_t *out, const void *topic, size_t topic_len,
                         const void *data, size_t len)
{
    zmq_send(out->sock, topic, topic_len, ZMQ_SNDMORE);
    zmq_send(out->sock, data, len, 0);
}

void sift_output_forward(sift_output_t *out, zmq_msg_t *topic, zmq_msg_t *payload)
{
    zmq_msg_send(topic, out->sock, ZMQ_SNDMORE);
    zmq_msg_send(payload, out->sock, 0);
}

void sift_output_close(sift_output_t **out)
{
    if (!*out)
        return;
    int linger = 3000;
    zmq_setsockopt((*out)->sock, ZMQ_LINGER, &linger, sizeof linger);
    zmq_close((*out)->sock);
    free(*out);
    *out = NULL;
}
