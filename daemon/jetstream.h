/* SPDX-License-Identifier: MIT */
/* jetstream.h - NATS JetStream as siftd's transport, through libnats
 * (transport.h chooses it for a nats:// input or output).
 *
 * Input: a durable pull consumer shared by every siftd; a thread fetches
 * into a bounded queue the main loop polls through an eventfd. Each message
 * taken comes with a delivery, acknowledged only once the article's result
 * is stored by JetStream (or nak'ed, to come again). A message delivered
 * nats_max_deliver times goes to the dead-letter subject with the reason.
 *
 * Output: every message published asynchronously to sift.<topic> with a
 * Nats-Msg-Id derived from the article id and the message's position, so
 * an article delivered again publishes no duplicates within the stream's
 * duplicate window; at most nats_max_pending unacknowledged. A publish
 * refused or unacknowledged within 5 s is sent again after a backoff (100 ms
 * doubled for each retry, at most nats_publish_backoff_max, half of it
 * random), up to nats_publish_retries times and never later than
 * nats_ack_wait after its first attempt; then its article is nak'ed. */
#ifndef SIFT_JETSTREAM_H
#define SIFT_JETSTREAM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <zmq.h>

#include "config.h"

typedef struct sift_js sift_js_t;
typedef struct sift_delivery sift_delivery_t;

/* What one message published comes from, for its Nats-Msg-Id: the 128-bit
 * hash of the article id and the message's position among the article's. */
typedef struct sift_origin {
    bool keyed;                /* false: no id (stats, a message without one) */
    uint64_t key[2];
    unsigned position;
} sift_origin_t;

/* Sets origin->key from an article id. */
void sift_origin_key(sift_origin_t *origin, const char *id, size_t len);

/* Counters of the JetStream transport since start (process-wide). */
typedef struct sift_js_counters {
    uint64_t acks, naks, redeliveries, dead_lettered;
    uint64_t publish_retries, publish_failures, duplicates;
} sift_js_counters_t;
void sift_js_counters(sift_js_counters_t *out);

/* url (any endpoint) with the user information (user:password@) of each
 * server replaced by ***, for logs. */
void sift_nats_redact(const char *url, char *out, size_t size);

/* Connects to url (a comma-separated list of servers) with the settings'
 * credentials and TLS; `name` is the client name servers show. NULL after
 * logging why (never a secret). */
sift_js_t *sift_js_connect(const sift_settings_t *s, const char *url, const char *name);

/* The connection, for the sift command's own use (jetstream.c keeps it). */
struct __natsConnection *sift_js_connection(sift_js_t *js);

/* Closes the connection; *js becomes NULL. Deliveries taken from it must
 * have been settled before. */
void sift_js_destroy(sift_js_t **js);

/* Whether a request failed because JetStream cannot answer for now (no
 * reply in time, no responder, no leader while a server restarts, too few
 * servers yet for the replicas asked) rather
 * than because of the request: the same request may succeed in a moment. */
bool sift_js_unavailable(int status, int js_error);

/* One JetStream request: a natsStatus, with the JetStream error code in
 * *js_error when the server gave one. */
typedef int (*sift_js_request_fn)(void *arg, int *js_error);

#define SIFT_JS_WAIT_S 60

#define SIFT_JS_STOPPED (-1) /* never a natsStatus */

/* Makes request(arg) again, once a second, while it fails because
 * JetStream cannot answer (sift_js_unavailable): a siftd or a reader
 * started while a cluster elects its leaders waits for them instead of
 * failing. Says once, after `what`, that it waits. Gives up after
 * SIFT_JS_WAIT_S, returning the last status; or as soon as a SIGTERM or
 * SIGINT is pending (siftd blocks them while it starts), returning
 * SIFT_JS_STOPPED after saying so: the caller then logs nothing more. */
int sift_js_patiently(const char *what, sift_js_request_fn request, void *arg, int *js_error);

/* Whether a sift_js_patiently wait was ended by a stop signal: a siftd
 * stopped while it waited at start-up exits 0, as asked. */
bool sift_js_stopped_waiting(void);

/* Creates (or updates) the input, results and dead-letter streams and the
 * durable consumer the settings name; 0, or -1 after logging why. */
int sift_js_init(sift_js_t *js, const sift_settings_t *s);

/* Connects to url (NULL: the settings' nats:// input, else output), runs
 * sift_js_init and closes; 0, or -1 after logging why. */
int sift_js_init_url(const sift_settings_t *s, const char *url);

/* ----------------------------------------------------------- input */

/* Binds to the durable consumer and starts fetching; 0 or -1. */
int sift_js_input_start(sift_js_t *js, const sift_settings_t *s);

/* Readable while messages wait to be taken. */
int sift_js_input_fd(const sift_js_t *js);

/* Takes the next message without waiting: its data into msg (initialised
 * by the caller) and its delivery into *delivery, both the caller's. False
 * when none is waiting. */
bool sift_js_input_take(sift_js_t *js, zmq_msg_t *msg, sift_delivery_t **delivery);

/* Stops fetching; messages fetched and not taken are nak'ed. */
void sift_js_input_stop(sift_js_t *js);

/* Acknowledges the message (done with) or naks it (deliver again), and
 * frees the delivery; *d becomes NULL. NULL is ignored. Any thread. */
void sift_delivery_ack(sift_delivery_t **d);
void sift_delivery_nak(sift_delivery_t **d);

/* ---------------------------------------------------------- output */

/* Prepares js for publishing (asynchronous, acks awaited); 0 or -1. */
int sift_js_output_start(sift_js_t *js, const sift_settings_t *s);

/* Publishes data to sift.<topic>. settle (may be NULL) is acknowledged once
 * JetStream stored the message, nak'ed if it could not: the output owns it
 * from here. Waits while nats_max_pending publishes are unacknowledged.
 * False when the message could not be handed to the connection. */
bool sift_js_publish(sift_js_t *js, const char *topic, size_t topic_len, const void *data,
                     size_t len, const sift_origin_t *origin, sift_delivery_t *settle);

/* The same to any subject, with Nats-Msg-Id msg_id (NULL: none). */
bool sift_js_publish_to(sift_js_t *js, const char *subject, const void *data, size_t len,
                        const char *msg_id, sift_delivery_t *settle);

/* Waits up to timeout_ms for the publishes in flight, retries included, to
 * be acknowledged; false when some were not (sift_js_destroy naks their
 * deliveries). */
bool sift_js_output_flush(sift_js_t *js, int timeout_ms);

#endif
