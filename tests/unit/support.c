/* SPDX-License-Identifier: MIT */
/* support.c - helpers shared by the unit tests (see support.h). */
#include "support.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

static int s_saved = -1;
static FILE *s_tmp;
static char s_buf[65536];

void capture_begin(void)
{
    fflush(stderr);
    s_tmp = tmpfile();
    if (!s_tmp)
        abort();
    s_saved = dup(2);
    dup2(fileno(s_tmp), 2);
}

const char *capture_end(void)
{
    fflush(stderr);
    dup2(s_saved, 2);
    close(s_saved);
    s_saved = -1;
    rewind(s_tmp);
    size_t n = fread(s_buf, 1, sizeof s_buf - 1, s_tmp);
    s_buf[n] = '\0';
    fclose(s_tmp);
    s_tmp = NULL;
    /* echo it, so a failing test shows what the code logged */
    fprintf(stderr, "%s", s_buf);
    return s_buf;
}

static char s_dir[64];
static char s_path[128];

int conf_setup(void **state)
{
    (void)state;
    snprintf(s_dir, sizeof s_dir, "/tmp/sift-test.XXXXXX");
    if (!mkdtemp(s_dir))
        return -1;
    snprintf(s_path, sizeof s_path, "%s/siftd.conf", s_dir);
    return 0;
}

int conf_teardown(void **state)
{
    (void)state;
    unlink(s_path);
    rmdir(s_dir);
    return 0;
}

const char *conf_write(const char *content)
{
    FILE *fp = fopen(s_path, "w");
    assert_non_null(fp);
    fputs(content, fp);
    fclose(fp);
    return s_path;
}

const char *conf_path(void)
{
    return s_path;
}

const msgpack_object *mp_get(const msgpack_object *map, const char *key)
{
    assert_int_equal(map->type, MSGPACK_OBJECT_MAP);
    for (uint32_t i = 0; i < map->via.map.size; i++)
        if (mp_str_is(&map->via.map.ptr[i].key, key))
            return &map->via.map.ptr[i].val;
    return NULL;
}

bool mp_str_is(const msgpack_object *o, const char *s)
{
    return o && o->type == MSGPACK_OBJECT_STR && o->via.str.size == strlen(s) &&
           memcmp(o->via.str.ptr, s, strlen(s)) == 0;
}

void mp_expect_str(const msgpack_object *o, const char *s)
{
    if (!o)
        fail_msg("missing string '%s'", s);
    assert_int_equal(o->type, MSGPACK_OBJECT_STR);
    if (!mp_str_is(o, s))
        fail_msg("got '%.*s', want '%s'", (int)o->via.str.size, o->via.str.ptr, s);
}

void mp_expect_int(const msgpack_object *o, int64_t v)
{
    assert_non_null(o);
    if (v >= 0) {
        assert_int_equal(o->type, MSGPACK_OBJECT_POSITIVE_INTEGER);
        assert_int_equal(o->via.u64, (uint64_t)v);
    } else {
        assert_int_equal(o->type, MSGPACK_OBJECT_NEGATIVE_INTEGER);
        assert_int_equal(o->via.i64, v);
    }
}

void mp_expect_bool(const msgpack_object *o, bool v)
{
    assert_non_null(o);
    assert_int_equal(o->type, MSGPACK_OBJECT_BOOLEAN);
    assert_int_equal(o->via.boolean, v);
}

size_t mp_size(const msgpack_object *o)
{
    assert_non_null(o);
    return o->type == MSGPACK_OBJECT_MAP ? o->via.map.size : o->via.array.size;
}

const sift_limits_t *test_limits(size_t max_text)
{
    static sift_limits_t l;
    l = (sift_limits_t){ .text = max_text, .title = 4096, .meta = 65536, .meta_depth = 8 };
    return &l;
}
