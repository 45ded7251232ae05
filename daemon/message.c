/* SPDX-License-Identifier: MIT */
/* message.c - input validation (see message.h). */
#include "message.h"

#include <string.h>
#include <utf8proc.h>

static const char *const s_error_names[SIFT_E_COUNT] = {
    "ok", "bad_msgpack", "not_a_map", "multipart", "missing_id", "bad_id",
    "missing_text", "bad_utf8", "too_large" };

const char *sift_error_name(sift_error_code_t code)
{
    return code < SIFT_E_COUNT ? s_error_names[code] : "unknown";
}

bool sift_utf8_valid(const char *s, size_t len)
{
    const unsigned char *p = (const unsigned char *)s, *end = p + len;
    while (p < end) {
        /* Most news is ASCII: skip it eight bytes at a time. */
        while (end - p >= 8) {
            uint64_t w;
            memcpy(&w, p, 8);
            if (w & 0x8080808080808080ull)
                break;
            p += 8;
        }
        if (p >= end)
            break;
        if (*p < 0x80) {
            p++;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate(p, end - p, &cp);
        if (n <= 0)
            return false;
        p += n;
    }
    return true;
}

void sift_message_init(sift_message_t *m)
{
    memset(m, 0, sizeof *m);
    msgpack_unpacked_init(&m->unpacked);
}

void sift_message_release(sift_message_t *m)
{
    msgpack_unpacked_destroy(&m->unpacked);
}

static bool s_key_is(const msgpack_object *k, const char *name)
{
    size_t n = strlen(name);
    if (k->type == MSGPACK_OBJECT_STR)
        return k->via.str.size == n && memcmp(k->via.str.ptr, name, n) == 0;
    if (k->type == MSGPACK_OBJECT_BIN)
        return k->via.bin.size == n && memcmp(k->via.bin.ptr, name, n) == 0;
    return false;
}

/* A str (or, for text, a bin) value as a string; false for other types. */
static bool s_as_str(const msgpack_object *v, bool allow_bin, sift_str_t *out)
{
    if (v->type == MSGPACK_OBJECT_STR) {
        out->ptr = v->via.str.ptr ? v->via.str.ptr : "";
        out->len = v->via.str.size;
        return true;
    }
    if (allow_bin && v->type == MSGPACK_OBJECT_BIN) {
        out->ptr = v->via.bin.ptr ? v->via.bin.ptr : "";
        out->len = v->via.bin.size;
        return true;
    }
    return false;
}

static sift_error_code_t s_reject(sift_message_t *m, sift_error_code_t code, const char *detail)
{
    snprintf(m->detail, sizeof m->detail, "%s", detail);
    return code;
}

sift_error_code_t sift_message_parse(sift_message_t *m, const void *buf, size_t len,
                                     size_t max_text)
{
    size_t off = 0;
    msgpack_unpack_return rc = msgpack_unpack_next(&m->unpacked, buf, len, &off);
    if (rc != MSGPACK_UNPACK_SUCCESS)
        return s_reject(m, SIFT_E_BAD_MSGPACK, len ? "not a complete msgpack value"
                                                   : "empty message");
    if (off != len) {
        snprintf(m->detail, sizeof m->detail, "%zu trailing bytes after the msgpack map",
                 len - off);
        return SIFT_E_BAD_MSGPACK;
    }
    const msgpack_object *root = &m->unpacked.data;
    if (root->type != MSGPACK_OBJECT_MAP)
        return s_reject(m, SIFT_E_NOT_A_MAP, "the message must be one msgpack map");

    const msgpack_object *id = NULL, *text = NULL;
    const msgpack_object_map *map = &root->via.map;
    for (uint32_t i = 0; i < map->size; i++) {
        const msgpack_object *k = &map->ptr[i].key, *v = &map->ptr[i].val;
        sift_str_t s;
        if (s_key_is(k, "id"))
            id = v;
        else if (s_key_is(k, "text"))
            text = v;
        else if (s_key_is(k, "meta"))
            m->meta = v;
        /* Echoed strings of the wrong type or encoding are not echoed. */
        else if (s_key_is(k, "title") && s_as_str(v, false, &s) && sift_utf8_valid(s.ptr, s.len))
            m->title = s;
        else if (s_key_is(k, "source") && s_as_str(v, false, &s) && sift_utf8_valid(s.ptr, s.len))
            m->source = s;
        else if (s_key_is(k, "url") && s_as_str(v, false, &s) && sift_utf8_valid(s.ptr, s.len))
            m->url = s;
        else if (s_key_is(k, "published") && s_as_str(v, false, &s) &&
                 sift_utf8_valid(s.ptr, s.len))
            m->published = s;
    }
    if (!id)
        return s_reject(m, SIFT_E_MISSING_ID, "the map has no \"id\"");
    sift_str_t ids;
    if (!s_as_str(id, false, &ids))
        return s_reject(m, SIFT_E_BAD_ID, "\"id\" must be a string");
    if (ids.len < 1 || ids.len > 256)
        return s_reject(m, SIFT_E_BAD_ID, "\"id\" must be 1 to 256 bytes");
    if (!sift_utf8_valid(ids.ptr, ids.len))
        return s_reject(m, SIFT_E_BAD_ID, "\"id\" is not valid UTF-8");
    m->id = ids;
    if (!text)
        return s_reject(m, SIFT_E_MISSING_TEXT, "the map has no \"text\"");
    if (!s_as_str(text, true, &m->text))
        return s_reject(m, SIFT_E_MISSING_TEXT, "\"text\" must be a string");
    if (m->text.len > max_text) {
        snprintf(m->detail, sizeof m->detail, "text is %zu bytes, the limit is %zu",
                 m->text.len, max_text);
        return SIFT_E_TOO_LARGE;
    }
    if (!sift_utf8_valid(m->text.ptr, m->text.len))
        return s_reject(m, SIFT_E_BAD_UTF8, "\"text\" is not valid UTF-8");
    return SIFT_OK;
}

int sift_message_encode_error(msgpack_sbuffer *sbuf, const sift_str_t *id,
                              sift_error_code_t code, const char *detail)
{
    msgpack_packer pk;
    msgpack_packer_init(&pk, sbuf, msgpack_sbuffer_write);
    bool has_id = id && id->ptr;
    int rc = msgpack_pack_map(&pk, has_id ? 4 : 3);
    rc |= msgpack_pack_str_with_body(&pk, "schema", 6);
    rc |= msgpack_pack_int(&pk, 1);
    if (has_id) {
        rc |= msgpack_pack_str_with_body(&pk, "id", 2);
        rc |= msgpack_pack_str_with_body(&pk, id->ptr, id->len);
    }
    const char *name = sift_error_name(code);
    rc |= msgpack_pack_str_with_body(&pk, "code", 4);
    rc |= msgpack_pack_str_with_body(&pk, name, strlen(name));
    rc |= msgpack_pack_str_with_body(&pk, "detail", 6);
    rc |= msgpack_pack_str_with_body(&pk, detail, strlen(detail));
    return rc ? -1 : 0;
}
