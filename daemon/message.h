/* SPDX-License-Identifier: MIT */
/* message.h - the input message of PROTOCOL.md: one msgpack map with id,
 * text and optional echoed fields, validated before any plugin sees it. */
#ifndef SIFT_MESSAGE_H
#define SIFT_MESSAGE_H

#include <msgpack.h>
#include <stdbool.h>
#include <stddef.h>

typedef enum {
    SIFT_OK = 0, SIFT_E_BAD_MSGPACK, SIFT_E_NOT_A_MAP, SIFT_E_MULTIPART,
    SIFT_E_MISSING_ID, SIFT_E_BAD_ID, SIFT_E_MISSING_TEXT, SIFT_E_BAD_UTF8,
    SIFT_E_TOO_LARGE,
    /* extensions of schema 1 (README, "Protocol extensions") */
    SIFT_E_TITLE_TOO_LARGE, SIFT_E_META_TOO_LARGE, SIFT_E_META_TOO_DEEP, SIFT_E_BAD_META,
    SIFT_E_COUNT
} sift_error_code_t;

/* Deepest nesting of containers a message may have: what msgpack-c's
 * unpacker holds (MSGPACK_EMBED_STACK_SIZE); the root map is level 1. */
#define SIFT_MAX_NESTING 32

/* What one input message may hold, in bytes (from siftd.conf). */
typedef struct sift_limits {
    size_t text, title, meta;
    int meta_depth;            /* containers inside meta: 0 = scalars only */
} sift_limits_t;

/* The wire name of an error code: "bad_msgpack" ... */
const char *sift_error_name(sift_error_code_t code);

typedef struct sift_str {
    const char *ptr;   /* into the message buffer; not NUL-terminated */
    size_t len;        /* ptr == NULL: absent */
} sift_str_t;

/* A decoded input message. Strings point into the buffer given to
 * sift_message_parse; `meta` into `unpacked`'s zone. Both must outlive it. */
typedef struct sift_message {
    msgpack_unpacked unpacked;
    sift_str_t id, text, title, source, url, published;
    const msgpack_object *meta;
    char detail[160];  /* why it was rejected */
} sift_message_t;

void sift_message_init(sift_message_t *m);
void sift_message_release(sift_message_t *m);

/* Decodes and validates buf[0..len). The buffer's structure is checked
 * before it is unpacked, so no allocation ever follows a length the bytes
 * cannot back. `meta` must be plain msgpack (string keys, valid UTF-8, no
 * reserved ext types): re-encoded from the object, it is what every client
 * decodes.
 * Returns SIFT_OK, or the error code with m->detail set and m->id set
 * whenever the id could be read. */
sift_error_code_t sift_message_parse(sift_message_t *m, const void *buf, size_t len,
                                     const sift_limits_t *limits);

/* Encodes the `error` payload {schema, id?, code, detail} into sbuf. */
int sift_message_encode_error(msgpack_sbuffer *sbuf, const sift_str_t *id,
                              sift_error_code_t code, const char *detail);

/* Appends the smallest input message {id, text} to sbuf (benchmarks,
 * tests, fuzzing); 0 or -1. */
int sift_message_encode_article(msgpack_sbuffer *sbuf, const char *id, size_t id_len,
                                const char *text, size_t text_len);

/* Strict UTF-8 check (no surrogates, no overlongs). */
bool sift_utf8_valid(const char *s, size_t len);

#endif
