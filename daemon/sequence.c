/* SPDX-License-Identifier: MIT */
/* sequence.c - per-topic sequence numbers (see sequence.h), in a uthash
 * table of at most SIFT_SEQ_TOPICS topics. */
#include "sequence.h"

#include <msgpack.h>
#include <stdlib.h>
#include <string.h>
/* out of memory growing the table: the topic is left out, siftd goes on */
#define HASH_NONFATAL_OOM 1
#include <uthash.h>

typedef struct topic {
    UT_hash_handle hh;
    uint64_t n;
    char name[]; /* the key, NUL-terminated */
} topic_t;

struct sift_sequencer {
    topic_t *topics; /* uthash head */
    size_t n_topics;
};

sift_sequencer_t *sift_sequencer_new(void)
{
    return calloc(1, sizeof(sift_sequencer_t));
}

void sift_sequencer_destroy(sift_sequencer_t **seq)
{
    if (!*seq)
        return;
    topic_t *t, *tmp;
    HASH_ITER(hh, (*seq)->topics, t, tmp) {
        HASH_DEL((*seq)->topics, t);
        free(t);
    }
    free(*seq);
    *seq = NULL;
}

uint64_t *sift_sequencer_slot(sift_sequencer_t *seq, const char *topic, size_t len)
{
    if (len > SIFT_SEQ_TOPIC_MAX || memchr(topic, 0, len))
        return NULL;
    topic_t *t;
    HASH_FIND(hh, seq->topics, topic, len, t);
    if (t)
        return &t->n;
    if (seq->n_topics == SIFT_SEQ_TOPICS || !(t = calloc(1, sizeof *t + len + 1)))
        return NULL;
    memcpy(t->name, topic, len);
    HASH_ADD_KEYPTR(hh, seq->topics, t->name, len, t);
    topic_t *added;
    HASH_FIND(hh, seq->topics, topic, len, added);
    if (added != t) {
        free(t);
        return NULL;
    }
    seq->n_topics++;
    return &t->n;
}

/* The number of pairs of the map at p and the size of its header; false
 * when p[0, len) does not start with a map. */
static bool s_map_header(const unsigned char *p, size_t len, uint32_t *pairs, size_t *head)
{
    if (len >= 1 && (p[0] & 0xf0) == 0x80) {
        *pairs = p[0] & 0x0f;
        *head = 1;
    } else if (len >= 3 && p[0] == 0xde) {
        *pairs = (uint32_t)p[1] << 8 | p[2];
        *head = 3;
    } else if (len >= 5 && p[0] == 0xdf) {
        *pairs = (uint32_t)p[1] << 24 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 8 | p[4];
        *head = 5;
    } else {
        return false;
    }
    return *pairs <= UINT32_MAX - 2;
}

/* msgpack output into a small fixed buffer: no allocation per message */
typedef struct {
    char data[32];
    size_t size;
    bool full;
} small_t;

static int s_small_write(void *data, const char *buf, size_t len)
{
    small_t *b = data;
    if (b->full || len > sizeof b->data - b->size) {
        b->full = true;
        return -1;
    }
    memcpy(b->data + b->size, buf, len);
    b->size += len;
    return 0;
}

bool sift_sequence_stamp(uint64_t seq, uint64_t epoch, const void *payload, size_t len,
                         zmq_msg_t *out)
{
    uint32_t pairs;
    size_t head;
    if (!s_map_header(payload, len, &pairs, &head))
        return false;
    /* a new header, the old pairs as they are, two pairs after them */
    small_t hd = { .size = 0 }, tl = { .size = 0 };
    msgpack_packer pk;
    msgpack_packer_init(&pk, &hd, s_small_write);
    msgpack_pack_map(&pk, pairs + 2);
    msgpack_packer_init(&pk, &tl, s_small_write);
    msgpack_pack_str_with_body(&pk, "seq", 3);
    msgpack_pack_uint64(&pk, seq);
    msgpack_pack_str_with_body(&pk, "epoch", 5);
    msgpack_pack_uint64(&pk, epoch);
    if (hd.full || tl.full || zmq_msg_init_size(out, hd.size + (len - head) + tl.size) != 0)
        return false;
    char *d = zmq_msg_data(out);
    memcpy(d, hd.data, hd.size);
    memcpy(d + hd.size, (const char *)payload + head, len - head);
    memcpy(d + hd.size + (len - head), tl.data, tl.size);
    return true;
}

bool sift_sequence_read(const void *payload, size_t len, uint64_t *seq, uint64_t *epoch)
{
    msgpack_unpacked u;
    msgpack_unpacked_init(&u);
    bool found = false;
    *epoch = 0;
    if (msgpack_unpack_next(&u, payload, len, NULL) == MSGPACK_UNPACK_SUCCESS &&
        u.data.type == MSGPACK_OBJECT_MAP) {
        const msgpack_object_map *m = &u.data.via.map;
        for (uint32_t i = 0; i < m->size; i++) {
            const msgpack_object *k = &m->ptr[i].key, *v = &m->ptr[i].val;
            if (k->type != MSGPACK_OBJECT_STR || v->type != MSGPACK_OBJECT_POSITIVE_INTEGER)
                continue;
            if (k->via.str.size == 3 && !memcmp(k->via.str.ptr, "seq", 3)) {
                *seq = v->via.u64;
                found = true;
            } else if (k->via.str.size == 5 && !memcmp(k->via.str.ptr, "epoch", 5)) {
                *epoch = v->via.u64;
            }
        }
    }
    msgpack_unpacked_destroy(&u);
    return found;
}
