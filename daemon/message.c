/* SPDX-License-Identifier: MIT */
/* message.c - input validation (see message.h). */
#include "message.h"

#include <string.h>
#include <utf8proc.h>

static const char *const s_error_names[SIFT_E_COUNT] = {
    "ok", "bad_msgpack", "not_a_map", "multipart", "missing_id", "bad_id",
    "missing_text", "bad_utf8", "too_large", "title_too_large", "meta_too_large",
    "meta_too_deep", "bad_meta" };

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

/* Walks the first msgpack value of buf[0..len) without unpacking it:
 * every length and element count must fit in the bytes that follow (so
 * the unpacker, which allocates a container's elements from its header,
 * never allocates more than the message's own size can back), and
 * containers nest at most SIFT_MAX_NESTING deep. Fills detail and returns
 * false otherwise; true also for a truncated value, which the unpacker
 * then reports. */
static bool s_structure_ok(const unsigned char *p, size_t len, char *detail, size_t size)
{
    const unsigned char *end = p + len;
    uint64_t left[SIFT_MAX_NESTING + 1] = { 1 }; /* values still to read per level */
    int depth = 0;
    while (depth >= 0) {
        if (left[depth] == 0) {
            depth--;
            continue;
        }
        left[depth]--;
        if (p >= end)
            return true;
        unsigned b = *p++;
        uint64_t skip = 0, items = 0;
        int nlen = 0; /* bytes of a big-endian length/count after the type byte */
        bool container = false;
        if (b <= 0x7f || b >= 0xe0 || (b >= 0xc0 && b <= 0xc3)) {
            skip = 0;
        } else if (b <= 0x8f) {
            items = 2u * (b & 0x0f), container = true;
        } else if (b <= 0x9f) {
            items = b & 0x0f, container = true;
        } else if (b <= 0xbf) {
            skip = b & 0x1f;
        } else {
            switch (b) {
            case 0xc4: case 0xd9: nlen = 1; break;                /* bin8 str8 */
            case 0xc5: case 0xda: nlen = 2; break;                /* bin16 str16 */
            case 0xc6: case 0xdb: nlen = 4; break;                /* bin32 str32 */
            case 0xc7: nlen = 1, skip = 1; break;                 /* ext8: + type */
            case 0xc8: nlen = 2, skip = 1; break;
            case 0xc9: nlen = 4, skip = 1; break;
            case 0xca: skip = 4; break;                           /* float32 */
            case 0xcb: skip = 8; break;
            case 0xcc: case 0xd0: skip = 1; break;
            case 0xcd: case 0xd1: skip = 2; break;
            case 0xce: case 0xd2: skip = 4; break;
            case 0xcf: case 0xd3: skip = 8; break;
            case 0xd4: skip = 2; break;                           /* fixext 1 .. 16 */
            case 0xd5: skip = 3; break;
            case 0xd6: skip = 5; break;
            case 0xd7: skip = 9; break;
            case 0xd8: skip = 17; break;
            case 0xdc: nlen = 2, container = true; break;         /* array16 */
            case 0xdd: nlen = 4, container = true; break;
            case 0xde: nlen = 2, container = true, items = 2; break; /* map16 */
            case 0xdf: nlen = 4, container = true, items = 2; break;
            }
        }
        if (nlen) {
            if (end - p < nlen)
                return true;
            uint64_t n = 0;
            for (int i = 0; i < nlen; i++)
                n = n << 8 | *p++;
            if (container)
                items = items ? 2 * n : n;
            else
                skip += n;
        }
        if (container) {
            /* each element takes at least one byte */
            if (items > (uint64_t)(end - p)) {
                snprintf(detail, size, "a container claims %llu elements but only %zu bytes "
                         "follow", (unsigned long long)items, (size_t)(end - p));
                return false;
            }
            if (items && ++depth > SIFT_MAX_NESTING) {
                snprintf(detail, size, "msgpack nested deeper than %d levels", SIFT_MAX_NESTING);
                return false;
            }
            if (items)
                left[depth] = items;
        } else if (skip > (uint64_t)(end - p)) {
            snprintf(detail, size, "a value claims %llu bytes but only %zu follow",
                     (unsigned long long)skip, (size_t)(end - p));
            return false;
        } else {
            p += skip;
        }
    }
    return true;
}

/* msgpack_packer writer that only counts: meta's encoded size, unbuffered. */
static int s_count_bytes(void *data, const char *buf, size_t len)
{
    (void)buf;
    *(size_t *)data += len;
    return 0;
}

/* Plain msgpack only: string keys, valid UTF-8, no reserved ext; at most
 * `depth_left` containers deep. A code and m->detail, or SIFT_OK. */
static sift_error_code_t s_check_meta(sift_message_t *m, const msgpack_object *o, int depth_left,
                                      int limit)
{
    switch (o->type) {
    case MSGPACK_OBJECT_STR:
        if (!sift_utf8_valid(o->via.str.ptr, o->via.str.size)) {
            snprintf(m->detail, sizeof m->detail, "\"meta\" holds a string that is not valid "
                     "UTF-8");
            return SIFT_E_BAD_META;
        }
        return SIFT_OK;
    case MSGPACK_OBJECT_EXT:
        /* Application types (0..127) are opaque to every decoder and schema
         * 1 echoes them; the reserved ones (-1 timestamp) are decoded, and
         * a malformed one makes the subscriber's decoder raise. */
        if (o->via.ext.type >= 0)
            return SIFT_OK;
        snprintf(m->detail, sizeof m->detail, "\"meta\" holds an ext value of reserved type "
                 "%d; only plain msgpack and application ext types 0-127 are echoed",
                 o->via.ext.type);
        return SIFT_E_BAD_META;
    case MSGPACK_OBJECT_ARRAY:
    case MSGPACK_OBJECT_MAP: {
        bool map = o->type == MSGPACK_OBJECT_MAP;
        uint32_t n = map ? o->via.map.size : o->via.array.size;
        if (n && depth_left == 0) {
            snprintf(m->detail, sizeof m->detail, "\"meta\" nests containers deeper than "
                     "the limit of %d", limit);
            return SIFT_E_META_TOO_DEEP;
        }
        for (uint32_t i = 0; i < n; i++) {
            const msgpack_object *v = map ? &o->via.map.ptr[i].val : &o->via.array.ptr[i];
            if (map && o->via.map.ptr[i].key.type != MSGPACK_OBJECT_STR) {
                snprintf(m->detail, sizeof m->detail, "\"meta\" has a map key that is not a "
                         "string");
                return SIFT_E_BAD_META;
            }
            sift_error_code_t code;
            if ((map && (code = s_check_meta(m, &o->via.map.ptr[i].key, 0, limit)) != SIFT_OK) ||
                (code = s_check_meta(m, v, depth_left - 1, limit)) != SIFT_OK)
                return code;
        }
        return SIFT_OK;
    }
    default:
        return SIFT_OK;
    }
}

sift_error_code_t sift_message_parse(sift_message_t *m, const void *buf, size_t len,
                                     const sift_limits_t *limits)
{
    size_t off = 0;
    if (!s_structure_ok(buf, len, m->detail, sizeof m->detail))
        return SIFT_E_BAD_MSGPACK;
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
    if (m->text.len > limits->text) {
        snprintf(m->detail, sizeof m->detail, "text is %zu bytes, the limit is %zu",
                 m->text.len, limits->text);
        return SIFT_E_TOO_LARGE;
    }
    if (!sift_utf8_valid(m->text.ptr, m->text.len))
        return s_reject(m, SIFT_E_BAD_UTF8, "\"text\" is not valid UTF-8");
    if (m->title.ptr && m->title.len > limits->title) {
        snprintf(m->detail, sizeof m->detail, "title is %zu bytes, the limit is %zu",
                 m->title.len, limits->title);
        return SIFT_E_TITLE_TOO_LARGE;
    }
    if (m->meta) {
        sift_error_code_t code = s_check_meta(m, m->meta, limits->meta_depth,
                                              limits->meta_depth);
        if (code != SIFT_OK)
            return code;
        size_t size = 0;
        msgpack_packer pk;
        msgpack_packer_init(&pk, &size, s_count_bytes);
        msgpack_pack_object(&pk, *m->meta);
        if (size > limits->meta) {
            snprintf(m->detail, sizeof m->detail, "meta is %zu bytes, the limit is %zu", size,
                     limits->meta);
            return SIFT_E_META_TOO_LARGE;
        }
    }
    return SIFT_OK;
}

int sift_message_encode_article(msgpack_sbuffer *sbuf, const char *id, size_t id_len,
                                const char *text, size_t text_len)
{
    msgpack_packer pk;
    msgpack_packer_init(&pk, sbuf, msgpack_sbuffer_write);
    int rc = msgpack_pack_map(&pk, 2);
    rc |= msgpack_pack_str_with_body(&pk, "id", 2);
    rc |= msgpack_pack_str_with_body(&pk, id, id_len);
    rc |= msgpack_pack_str_with_body(&pk, "text", 4);
    rc |= msgpack_pack_str_with_body(&pk, text, text_len);
    return rc ? -1 : 0;
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
