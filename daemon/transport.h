/* SPDX-License-Identifier: MIT */
/* transport.h - where siftd's articles come from and where its messages go,
 * behind one small interface, so the daemon's core does not depend on
 * which transport carries them. Two implementations, chosen per direction
 * by the endpoint: ZeroMQ, the default (a PULL in, an XPUB out, each bound
 * or connected as the config says), and NATS JetStream for a nats:// URL
 * (jetstream.h: a durable consumer in, a results stream out, each article
 * acknowledged once its result is stored). Messages are zmq_msg_t, the
 * daemon's currency between its own processes. */
#ifndef SIFT_TRANSPORT_H
#define SIFT_TRANSPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <zmq.h>

#include "config.h"
#include "curve.h"
#include "jetstream.h"

typedef struct sift_input sift_input_t;
typedef struct sift_output sift_output_t;

/* Sets options on a new socket before it binds or connects (those that
 * apply to its connections). */
typedef void (sift_zmq_prepare_fn)(void *sock, const void *arg);

/* The one way siftd opens a ZeroMQ socket: binds or connects `ep` after
 * setting the high-water mark `hwm_opt` to hwm and calling prepare (when
 * not NULL) with arg. NULL after logging "WHAT: cannot bind EP: why". */
void *sift_zmq_open(void *zctx, int type, const char *ep, bool bind, int hwm_opt, int hwm,
                    const char *what, sift_zmq_prepare_fn *prepare, const void *arg);

/* Opens the input settings->input, a CURVE server when curve is not NULL;
 * NULL after logging why. */
sift_input_t *sift_input_open(void *zctx, const sift_settings_t *settings,
                              const sift_curve_server_t *curve);

/* What to poll (ZMQ_POLLIN) for a message to take. */
zmq_pollitem_t sift_input_pollitem(const sift_input_t *in);

/* Takes the next message, without waiting, into msg (initialised by the
 * caller, who owns what it receives); false when none is waiting. Of a
 * message of several parts msg gets the first and *multipart is set; the
 * other parts are dropped. *delivery is what to settle once the message's
 * result is out (the caller's; NULL when the transport acknowledges
 * nothing, as ZeroMQ). */
bool sift_input_take(sift_input_t *in, zmq_msg_t *msg, bool *multipart,
                     sift_delivery_t **delivery);

/* Stops taking at once; what the transport still holds is not taken (JetStream
 * delivers it again). Deliveries already taken stay valid until
 * sift_input_close. */
void sift_input_stop(sift_input_t *in);

/* Closes the input; *in becomes NULL. Every delivery must be settled. */
void sift_input_close(sift_input_t **in);

/* Opens the output settings->output, a CURVE server when curve is not
 * NULL; NULL after logging why. */
sift_output_t *sift_output_open(void *zctx, const sift_settings_t *settings,
                                const sift_curve_server_t *curve);

/* Publishes the contents of topic and payload, not copied; both are left
 * empty. origin (may be NULL) names the message for de-duplication; settle
 * (may be NULL, the output's from here) is acknowledged once the message is
 * out: at once with ZeroMQ, once JetStream stored it with NATS. ZeroMQ
 * never blocks, and a slow subscriber never holds the others back: one
 * whose queue is full misses the message, and the call returns false
 * (true: every subscriber of the topic got it). A subscriber's queue holds
 * about output_queue_bytes. JetStream waits while nats_max_pending
 * publishes are unacknowledged. */
bool sift_output_forward(sift_output_t *out, zmq_msg_t *topic, zmq_msg_t *payload,
                         const sift_origin_t *origin, sift_delivery_t *settle);

/* True when the output de-duplicates by origin (JetStream). */
bool sift_output_keyed(const sift_output_t *out);

/* What to poll (ZMQ_POLLIN) for subscriptions to read. */
zmq_pollitem_t sift_output_pollitem(const sift_output_t *out);

/* Reads the subscriptions that arrived; returns the number of topics now
 * subscribed to and sets *left when the last subscriber of one went. */
int sift_output_subscriptions(sift_output_t *out, bool *left);

/* Messages queued per subscriber before it misses some (0 for a NATS
 * output): fixed at start (transport.c says why). */
int sift_output_hwm(const sift_output_t *out);

/* Closes the output, giving subscribers (JetStream: its acknowledgements)
 * up to 3 s to receive the last messages. *out becomes NULL. */
void sift_output_close(sift_output_t **out);

#endif
