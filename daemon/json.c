/* SPDX-License-Identifier: MIT */
/* json.c - see json.h. */
#include "json.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "message.h"

static json_t *s_string(const char *p, size_t n)
{
    if (sift_utf8_valid(p, n))
        return json_stringn_nocheck(p, n); /* checked just now */
    /* Replace every invalid byte, as the Python tools do. */
    char *buf = malloc(n * 3 + 1);
    size_t k = 0;
    if (!buf)
        return NULL;
    for (size_t i = 0; i < n;) {
        size_t j = i + 1;
        while (j < n && j - i < 4 && ((unsigned char)p[j] & 0xC0) == 0x80)
            j++;
        if (sift_utf8_valid(p + i, j - i)) {
            memcpy(buf + k, p + i, j - i);
            k += j - i;
            i = j;
        } else {
            memcpy(buf + k, "\xEF\xBF\xBD", 3);
            k += 3;
            i++;
        }
    }
    json_t *s = json_stringn(buf, k);
    free(buf);
    return s;
}

json_t *sift_msgpack_to_json(const msgpack_object *o)
{
    switch (o->type) {
    case MSGPACK_OBJECT_NIL: return json_null();
    case MSGPACK_OBJECT_BOOLEAN: return json_boolean(o->via.boolean);
    case MSGPACK_OBJECT_POSITIVE_INTEGER:
        if (o->via.u64 > (uint64_t)INT64_MAX)
            return json_real((double)o->via.u64);
        return json_integer((json_int_t)o->via.u64);
    case MSGPACK_OBJECT_NEGATIVE_INTEGER: return json_integer((json_int_t)o->via.i64);
    case MSGPACK_OBJECT_FLOAT32:
    case MSGPACK_OBJECT_FLOAT64:
        return isfinite(o->via.f64) ? json_real(o->via.f64) : json_null();
    case MSGPACK_OBJECT_STR: return s_string(o->via.str.ptr, o->via.str.size);
    case MSGPACK_OBJECT_BIN: return s_string(o->via.bin.ptr, o->via.bin.size);
    case MSGPACK_OBJECT_ARRAY: {
        json_t *a = json_array();
        for (uint32_t i = 0; a && i < o->via.array.size; i++)
            if (json_array_append_new(a, sift_msgpack_to_json(&o->via.array.ptr[i])) < 0) {
                json_decref(a);
                return NULL;
            }
        return a;
    }
    case MSGPACK_OBJECT_MAP: {
        json_t *m = json_object();
        for (uint32_t i = 0; m && i < o->via.map.size; i++) {
            const msgpack_object *k = &o->via.map.ptr[i].key;
            json_t *v = sift_msgpack_to_json(&o->via.map.ptr[i].val);
            if ((k->type == MSGPACK_OBJECT_STR || k->type == MSGPACK_OBJECT_BIN) &&
                sift_utf8_valid(k->via.str.ptr, k->via.str.size)) {
                json_object_setn_new_nocheck(m, k->via.str.ptr, k->via.str.size, v);
                continue;
            }
            /* other keys (integers, invalid UTF-8) as JSON can have them */
            json_t *key = sift_msgpack_to_json(k);
            char num[32];
            const char *ks = key ? json_string_value(key) : NULL;
            if (!ks) {
                snprintf(num, sizeof num, "%lld", (long long)k->via.i64);
                ks = num;
            }
            json_object_set_new(m, ks, v);
            json_decref(key);
        }
        return m;
    }
    case MSGPACK_OBJECT_EXT: {
        json_t *e = json_object();
        json_object_set_new(e, "ext", json_integer(o->via.ext.type));
        return e;
    }
    }
    return json_null();
}

int sift_print_msgpack_json(const void *buf, size_t len, const char *topic, size_t topic_len,
                            FILE *out)
{
    msgpack_unpacked u;
    msgpack_unpacked_init(&u);
    size_t off = 0;
    int rc = -1;
    if (msgpack_unpack_next(&u, buf, len, &off) == MSGPACK_UNPACK_SUCCESS) {
        json_t *j = sift_msgpack_to_json(&u.data);
        if (j && topic) {
            json_t *wrap = json_pack("{s:s%,s:o}", "topic", topic, topic_len, "message", j);
            j = wrap;
        }
        /* one string, one write: json_dumpf writes piece by piece */
        char *line = j ? json_dumps(j, JSON_COMPACT) : NULL;
        if (line && fputs(line, out) != EOF && fputc('\n', out) != EOF)
            rc = 0;
        free(line);
        json_decref(j);
    }
    msgpack_unpacked_destroy(&u);
    return rc;
}

int sift_json_to_msgpack(const json_t *j, msgpack_packer *pk)
{
    switch (json_typeof(j)) {
    case JSON_OBJECT: {
        const char *k;
        json_t *v;
        int rc = msgpack_pack_map(pk, json_object_size(j));
        json_object_foreach((json_t *)j, k, v)
            rc |= msgpack_pack_str_with_body(pk, k, strlen(k)) | sift_json_to_msgpack(v, pk);
        return rc;
    }
    case JSON_ARRAY: {
        int rc = msgpack_pack_array(pk, json_array_size(j));
        for (size_t i = 0; i < json_array_size(j); i++)
            rc |= sift_json_to_msgpack(json_array_get(j, i), pk);
        return rc;
    }
    case JSON_STRING:
        return msgpack_pack_str_with_body(pk, json_string_value(j), json_string_length(j));
    case JSON_INTEGER: return msgpack_pack_int64(pk, json_integer_value(j));
    case JSON_REAL: return msgpack_pack_double(pk, json_real_value(j));
    case JSON_TRUE: return msgpack_pack_true(pk);
    case JSON_FALSE: return msgpack_pack_false(pk);
    case JSON_NULL: return msgpack_pack_nil(pk);
    }
    return -1;
}
