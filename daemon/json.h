/* SPDX-License-Identifier: MIT */
/* json.h - msgpack <-> JSON for the `sift` command (tail, process, send):
 * one converter each way, through jansson. */
#ifndef SIFT_JSON_H
#define SIFT_JSON_H

#include <jansson.h>
#include <msgpack.h>

/* A new JSON value for a msgpack object (bin becomes a UTF-8 string with
 * U+FFFD replacements; non-string map keys are printed). NULL on OOM. */
json_t *sift_msgpack_to_json(const msgpack_object *o);

/* Prints one msgpack buffer as one line of JSON; with a topic, as
 * {"topic": ..., "message": ...}. 0 or -1. */
int sift_print_msgpack_json(const void *buf, size_t len, const char *topic, size_t topic_len,
                            FILE *out);

/* Packs a JSON value; 0 or -1. */
int sift_json_to_msgpack(const json_t *j, msgpack_packer *pk);

#endif
