/* SPDX-License-Identifier: MIT */
/* sequence.h - per-topic sequence numbers on every published message, so a
 * subscriber can count exactly what it missed (docs/PROTOCOL.md, "seq"):
 * siftd numbers and stamps, `sift tail` reads and reports gaps. */
#ifndef SIFT_SEQUENCE_H
#define SIFT_SEQUENCE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <zmq.h>

/* Topics numbered at most; messages of later new topics carry no seq. */
#define SIFT_SEQ_TOPICS 65536
/* Longer topics (custom events with long keys) carry no seq. */
#define SIFT_SEQ_TOPIC_MAX 255

/* A table from topic to a number, fixed in size. */
typedef struct sift_sequencer sift_sequencer_t;

/* NULL when out of memory. */
sift_sequencer_t *sift_sequencer_new(void);
void sift_sequencer_destroy(sift_sequencer_t **seq);

/* The topic's number (0 for a topic new to the table), for the caller to
 * read and set; NULL when the topic is too long or the table is full. */
uint64_t *sift_sequencer_slot(sift_sequencer_t *seq, const char *topic, size_t len);

/* Writes the msgpack map payload[0, len) with "seq" and "epoch" added into
 * out, which it initialises (the caller closes it). False, out untouched,
 * when the payload is not a map or memory runs out. */
bool sift_sequence_stamp(uint64_t seq, uint64_t epoch, const void *payload, size_t len,
                         zmq_msg_t *out);

/* Reads "seq" and "epoch" from the msgpack map payload[0, len); false when
 * it has no seq (a topic beyond the table, or not from siftd). */
bool sift_sequence_read(const void *payload, size_t len, uint64_t *seq, uint64_t *epoch);

#endif
