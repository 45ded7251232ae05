/* SPDX-License-Identifier: MIT */
/* support.h - what several unit tests share: capturing the log, a config
 * file in a temp dir, and reading the msgpack the core encodes. */
#ifndef SIFT_TEST_SUPPORT_H
#define SIFT_TEST_SUPPORT_H

#include <msgpack.h>
#include <stdbool.h>
#include <stdint.h>

#include "message.h"

/* Redirects fd 2 to a temp file until capture_end. */
void capture_begin(void);
/* Restores fd 2 and returns what was written (static buffer, NUL-terminated). */
const char *capture_end(void);

/* cmocka group setup/teardown: a temp dir holding one config file. */
int conf_setup(void **state);
int conf_teardown(void **state);
/* Writes `content` to the config file and returns its path. */
const char *conf_write(const char *content);
/* The config file's path. */
const char *conf_path(void);

/* siftd.conf's default per-message limits, with `max_text` (static). */
const sift_limits_t *test_limits(size_t max_text);

/* The value of `key` in a map, or NULL. */
const msgpack_object *mp_get(const msgpack_object *map, const char *key);
bool mp_str_is(const msgpack_object *o, const char *s);
/* Fail the test unless o is the string s / the integer v / the boolean v. */
void mp_expect_str(const msgpack_object *o, const char *s);
void mp_expect_int(const msgpack_object *o, int64_t v);
void mp_expect_bool(const msgpack_object *o, bool v);
/* Entries of a map or an array. */
size_t mp_size(const msgpack_object *o);

#endif
