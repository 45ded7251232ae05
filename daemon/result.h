/* SPDX-License-Identifier: MIT */
/* result.h - one article's results: the layers plugins add (copied into an
 * arena the result owns) and their msgpack encoding. Every event topic and
 * every output payload is written here and nowhere else. */
#ifndef SIFT_RESULT_H
#define SIFT_RESULT_H

#include <msgpack.h>
#include <sift/plugin.h>

#include "arena.h"
#include "message.h"

typedef struct sift_plugin_status {
    const char *name, *version;   /* borrowed from the plugin descriptor */
    const sift_event_kind_t *kinds; /* its custom kinds, or NULL; borrowed */
    bool ok;
    const char *error;            /* in the arena, NULL when ok */
    uint32_t time_us;
} sift_plugin_status_t;

typedef struct sift_result {
    sift_arena_t arena;
    sift_entity_t *entities; size_t n_entities, cap_entities;
    sift_tariff_t *tariffs;  size_t n_tariffs, cap_tariffs;
    sift_quote_t *quotes;    size_t n_quotes, cap_quotes;
    sift_event_t *events;    size_t n_events, cap_events;
    /* provenance: the plugin that added each item, grown with its layer */
    const char **entity_by, **tariff_by, **quote_by;
    const char *adding;           /* the plugin whose items are being added */
    sift_plugin_status_t *plugins; size_t n_plugins;
} sift_result_t;

/* Encoded output: (topic, payload) pairs in one buffer, in publishing order
 * (events, then `article`). */
typedef struct sift_frames {
    msgpack_sbuffer buf;
    struct sift_frame { size_t topic, topic_len, payload, payload_len; } *items;
    size_t n, cap;
} sift_frames_t;

void sift_result_init(sift_result_t *r, size_t n_plugins);
void sift_result_reset(sift_result_t *r);
void sift_result_release(sift_result_t *r);

/* Validate and copy one item into the result (host->add_* behind the
 * plugin API). text/len bound the spans. Return the index or -1 with *why. */
int sift_result_add_entity(sift_result_t *r, const sift_entity_t *e, size_t text_len,
                           const char **why);
int sift_result_add_tariff(sift_result_t *r, const sift_tariff_t *t, size_t text_len,
                           const char **why);
int sift_result_add_quote(sift_result_t *r, const sift_quote_t *q, size_t text_len,
                          const char **why);

/* Validates one custom event against the kinds its plugin declares
 * (r->adding) and copies it; host->add_event behind the plugin API.
 * Returns its index, or -1 with the reason written into why. */
int sift_result_add_event(sift_result_t *r, const sift_event_kind_t *kinds, const char *kind,
                          const char *key, const sift_value_t *fields, size_t n_fields,
                          size_t text_len, char *why, size_t why_size);

/* Points the document's layer fields at the result's layers. */
void sift_result_expose(const sift_result_t *r, sift_doc_t *doc);

void sift_frames_init(sift_frames_t *f);
void sift_frames_reset(sift_frames_t *f);
void sift_frames_release(sift_frames_t *f);
/* Records one message whose topic (topic_len bytes) and payload were
 * written into f->buf from offset `mark` on. Returns 0 or -1. */
int sift_frames_add(sift_frames_t *f, size_t topic_len, size_t mark);

/* Encodes the event messages and the `article` message of one article. */
int sift_result_encode(const sift_result_t *r, const sift_message_t *m, const char *text,
                       uint64_t elapsed_us, sift_frames_t *out);

/* Encodes one error message (topic `error`). */
int sift_frames_add_error(sift_frames_t *out, const sift_str_t *id, sift_error_code_t code,
                          const char *detail);

#endif
