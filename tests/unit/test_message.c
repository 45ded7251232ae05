/* SPDX-License-Identifier: MIT */
/* test_message.c - input validation (message.c): every error code of
 * PROTOCOL.md, the echoed fields and the `error` payload. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "message.h"
#include "support.h"

#define MAX_TEXT 1048576

/* ---------------------------------------------------------------- helpers */

typedef struct {
    msgpack_sbuffer sb;
    msgpack_packer pk;
    sift_message_t m;
} fx_t;

static int s_setup(void **state)
{
    static fx_t fx;
    msgpack_sbuffer_init(&fx.sb);
    msgpack_packer_init(&fx.pk, &fx.sb, msgpack_sbuffer_write);
    sift_message_init(&fx.m);
    *state = &fx;
    return 0;
}

static int s_teardown(void **state)
{
    fx_t *fx = *state;
    sift_message_release(&fx->m);
    msgpack_sbuffer_destroy(&fx->sb);
    return 0;
}

static void s_str(fx_t *fx, const char *s)
{
    msgpack_pack_str_with_body(&fx->pk, s, strlen(s));
}

static void s_strn(fx_t *fx, const char *s, size_t n)
{
    msgpack_pack_str_with_body(&fx->pk, s, n);
}

static sift_error_code_t s_parse(fx_t *fx, size_t max_text)
{
    return sift_message_parse(&fx->m, fx->sb.data, fx->sb.size, test_limits(max_text));
}

/* {"id": id, "text": text(len)} */
static void s_article(fx_t *fx, const char *id, const char *text, size_t len)
{
    msgpack_pack_map(&fx->pk, 2);
    s_str(fx, "id");
    s_str(fx, id);
    s_str(fx, "text");
    s_strn(fx, text, len);
}

static void s_expect_id(const sift_message_t *m, const char *id)
{
    assert_non_null(m->id.ptr);
    assert_int_equal(m->id.len, strlen(id));
    assert_memory_equal(m->id.ptr, id, m->id.len);
}

/* ------------------------------------------------------------------ ok */

static void test_minimal_ok(void **state)
{
    fx_t *fx = *state;
    s_article(fx, "a1", "Hello world.", 12);
    assert_int_equal(s_parse(fx, MAX_TEXT), SIFT_OK);
    s_expect_id(&fx->m, "a1");
    assert_int_equal(fx->m.text.len, 12);
    assert_memory_equal(fx->m.text.ptr, "Hello world.", 12);
    assert_null(fx->m.title.ptr);
    assert_null(fx->m.source.ptr);
    assert_null(fx->m.url.ptr);
    assert_null(fx->m.published.ptr);
    assert_null(fx->m.meta);
}

static void test_optional_fields_and_unknown_keys(void **state)
{
    fx_t *fx = *state;
    msgpack_pack_map(&fx->pk, 8);
    s_str(fx, "unknown"); msgpack_pack_int(&fx->pk, 7);
    s_str(fx, "title"); s_str(fx, "A title");
    s_str(fx, "source"); s_str(fx, "Reuters");
    s_str(fx, "url"); s_str(fx, "https://example.com/a");
    s_str(fx, "published"); s_str(fx, "2019-05-10T12:00:00Z");
    s_str(fx, "meta"); msgpack_pack_array(&fx->pk, 2); msgpack_pack_int(&fx->pk, 1);
    msgpack_pack_nil(&fx->pk);
    s_str(fx, "text"); s_str(fx, "Body.");
    s_str(fx, "id"); s_str(fx, "x");
    assert_int_equal(s_parse(fx, MAX_TEXT), SIFT_OK);
    s_expect_id(&fx->m, "x");
    assert_int_equal(fx->m.title.len, 7);
    assert_memory_equal(fx->m.title.ptr, "A title", 7);
    assert_memory_equal(fx->m.source.ptr, "Reuters", 7);
    assert_int_equal(fx->m.url.len, strlen("https://example.com/a"));
    assert_memory_equal(fx->m.published.ptr, "2019-05-10T12:00:00Z", 20);
    assert_non_null(fx->m.meta);
    assert_int_equal(fx->m.meta->type, MSGPACK_OBJECT_ARRAY);
    assert_int_equal(fx->m.meta->via.array.size, 2);
}

static void test_echoed_field_of_wrong_type_is_dropped(void **state)
{
    fx_t *fx = *state;
    msgpack_pack_map(&fx->pk, 4);
    s_str(fx, "id"); s_str(fx, "x");
    s_str(fx, "text"); s_str(fx, "Body.");
    s_str(fx, "title"); msgpack_pack_int(&fx->pk, 3);
    s_str(fx, "source"); s_strn(fx, "\xff\xfe", 2);
    assert_int_equal(s_parse(fx, MAX_TEXT), SIFT_OK);
    assert_null(fx->m.title.ptr);
    assert_null(fx->m.source.ptr);
}

static void test_bin_text_accepted(void **state)
{
    fx_t *fx = *state;
    msgpack_pack_map(&fx->pk, 2);
    s_str(fx, "id"); s_str(fx, "b");
    s_str(fx, "text"); msgpack_pack_bin_with_body(&fx->pk, "Caf\xc3\xa9 au lait.", 15);
    assert_int_equal(s_parse(fx, MAX_TEXT), SIFT_OK);
    assert_int_equal(fx->m.text.len, 15);
    assert_memory_equal(fx->m.text.ptr, "Caf\xc3\xa9 au lait.", 15);
}

static void test_bin_text_invalid_utf8(void **state)
{
    fx_t *fx = *state;
    msgpack_pack_map(&fx->pk, 2);
    s_str(fx, "id"); s_str(fx, "b");
    s_str(fx, "text"); msgpack_pack_bin_with_body(&fx->pk, "abc\xff", 4);
    assert_int_equal(s_parse(fx, MAX_TEXT), SIFT_E_BAD_UTF8);
    s_expect_id(&fx->m, "b");
}

static void test_empty_text_ok(void **state)
{
    fx_t *fx = *state;
    s_article(fx, "e", "", 0);
    assert_int_equal(s_parse(fx, MAX_TEXT), SIFT_OK);
    assert_int_equal(fx->m.text.len, 0);
    assert_non_null(fx->m.text.ptr);
}

/* ---------------------------------------------------------- bad_msgpack */

static void test_bad_msgpack_empty(void **state)
{
    fx_t *fx = *state;
    assert_int_equal(sift_message_parse(&fx->m, "", 0, test_limits(MAX_TEXT)), SIFT_E_BAD_MSGPACK);
    assert_null(fx->m.id.ptr);
    assert_true(strlen(fx->m.detail) > 0);
}

static void test_bad_msgpack_trailing_bytes(void **state)
{
    fx_t *fx = *state;
    s_article(fx, "t", "Text.", 5);
    msgpack_pack_int(&fx->pk, 1);
    assert_int_equal(s_parse(fx, MAX_TEXT), SIFT_E_BAD_MSGPACK);
    assert_non_null(strstr(fx->m.detail, "trailing"));
}

static void test_bad_msgpack_truncated(void **state)
{
    fx_t *fx = *state;
    s_article(fx, "t", "Text.", 5);
    assert_int_equal(sift_message_parse(&fx->m, fx->sb.data, fx->sb.size - 2, test_limits(MAX_TEXT)),
                     SIFT_E_BAD_MSGPACK);
}

static void test_bad_msgpack_reserved_byte(void **state)
{
    fx_t *fx = *state;
    assert_int_equal(sift_message_parse(&fx->m, "\xc1", 1, test_limits(MAX_TEXT)), SIFT_E_BAD_MSGPACK);
}

static void test_bad_msgpack_json(void **state)
{
    fx_t *fx = *state;
    const char *json = "{\"id\": \"x\", \"text\": \"y\"}";
    sift_error_code_t c = sift_message_parse(&fx->m, json, strlen(json), test_limits(MAX_TEXT));
    /* '{' is a fixint 123: one complete value followed by trailing bytes */
    assert_int_equal(c, SIFT_E_BAD_MSGPACK);
}

/* ------------------------------------------------------------ not_a_map */

static void test_not_a_map(void **state)
{
    fx_t *fx = *state;
    msgpack_pack_array(&fx->pk, 2);
    s_str(fx, "id");
    s_str(fx, "text");
    assert_int_equal(s_parse(fx, MAX_TEXT), SIFT_E_NOT_A_MAP);
    assert_null(fx->m.id.ptr);
}

static void test_not_a_map_scalars(void **state)
{
    fx_t *fx = *state;
    static const char *const bufs[] = { "\xc0", "\x05", "\xa3" "abc", "\xc3" };
    static const size_t lens[] = { 1, 1, 4, 1 };
    for (size_t i = 0; i < 4; i++) {
        sift_message_release(&fx->m);
        sift_message_init(&fx->m);
        assert_int_equal(sift_message_parse(&fx->m, bufs[i], lens[i], test_limits(MAX_TEXT)),
                         SIFT_E_NOT_A_MAP);
    }
}

/* --------------------------------------------------------------- ids */

static void test_missing_id(void **state)
{
    fx_t *fx = *state;
    msgpack_pack_map(&fx->pk, 1);
    s_str(fx, "text"); s_str(fx, "x");
    assert_int_equal(s_parse(fx, MAX_TEXT), SIFT_E_MISSING_ID);
    assert_null(fx->m.id.ptr);
}

static void test_missing_id_empty_map(void **state)
{
    fx_t *fx = *state;
    msgpack_pack_map(&fx->pk, 0);
    assert_int_equal(s_parse(fx, MAX_TEXT), SIFT_E_MISSING_ID);
}

static void test_bad_id_not_string(void **state)
{
    fx_t *fx = *state;
    msgpack_pack_map(&fx->pk, 2);
    s_str(fx, "id"); msgpack_pack_int(&fx->pk, 17);
    s_str(fx, "text"); s_str(fx, "x");
    assert_int_equal(s_parse(fx, MAX_TEXT), SIFT_E_BAD_ID);
    assert_null(fx->m.id.ptr);
}

static void test_bad_id_nil(void **state)
{
    fx_t *fx = *state;
    msgpack_pack_map(&fx->pk, 2);
    s_str(fx, "id"); msgpack_pack_nil(&fx->pk);
    s_str(fx, "text"); s_str(fx, "x");
    assert_int_equal(s_parse(fx, MAX_TEXT), SIFT_E_BAD_ID);
}

static void test_bad_id_empty(void **state)
{
    fx_t *fx = *state;
    s_article(fx, "", "x", 1);
    assert_int_equal(s_parse(fx, MAX_TEXT), SIFT_E_BAD_ID);
    assert_null(fx->m.id.ptr);
}

static void test_id_256_ok_257_bad(void **state)
{
    fx_t *fx = *state;
    char id[258];
    memset(id, 'i', sizeof id);
    id[256] = '\0';
    s_article(fx, id, "x", 1);
    assert_int_equal(s_parse(fx, MAX_TEXT), SIFT_OK);
    assert_int_equal(fx->m.id.len, 256);

    sift_message_release(&fx->m);
    sift_message_init(&fx->m);
    fx->sb.size = 0;
    id[256] = 'i';
    id[257] = '\0';
    s_article(fx, id, "x", 1);
    assert_int_equal(s_parse(fx, MAX_TEXT), SIFT_E_BAD_ID);
    assert_null(fx->m.id.ptr);
}

static void test_id_256_bytes_multibyte(void **state)
{
    fx_t *fx = *state;
    /* 128 two-byte characters = 256 bytes: allowed (the limit is bytes) */
    char id[257];
    for (int i = 0; i < 128; i++)
        memcpy(id + 2 * i, "\xc3\xa9", 2);
    id[256] = '\0';
    s_article(fx, id, "x", 1);
    assert_int_equal(s_parse(fx, MAX_TEXT), SIFT_OK);
}

static void test_bad_id_invalid_utf8(void **state)
{
    fx_t *fx = *state;
    s_article(fx, "ab\xff", "x", 1);
    assert_int_equal(s_parse(fx, MAX_TEXT), SIFT_E_BAD_ID);
    assert_null(fx->m.id.ptr);
}

static void test_bad_id_bin(void **state)
{
    fx_t *fx = *state;
    msgpack_pack_map(&fx->pk, 2);
    s_str(fx, "id"); msgpack_pack_bin_with_body(&fx->pk, "abc", 3);
    s_str(fx, "text"); s_str(fx, "x");
    assert_int_equal(s_parse(fx, MAX_TEXT), SIFT_E_BAD_ID);
}

/* -------------------------------------------------------------- text */

static void test_missing_text_absent(void **state)
{
    fx_t *fx = *state;
    msgpack_pack_map(&fx->pk, 1);
    s_str(fx, "id"); s_str(fx, "no-text");
    assert_int_equal(s_parse(fx, MAX_TEXT), SIFT_E_MISSING_TEXT);
    s_expect_id(&fx->m, "no-text");
}

static void test_missing_text_not_string(void **state)
{
    fx_t *fx = *state;
    msgpack_pack_map(&fx->pk, 2);
    s_str(fx, "id"); s_str(fx, "t-int");
    s_str(fx, "text"); msgpack_pack_int(&fx->pk, 5);
    assert_int_equal(s_parse(fx, MAX_TEXT), SIFT_E_MISSING_TEXT);
    s_expect_id(&fx->m, "t-int");

    sift_message_release(&fx->m);
    sift_message_init(&fx->m);
    fx->sb.size = 0;
    msgpack_pack_map(&fx->pk, 2);
    s_str(fx, "text"); msgpack_pack_array(&fx->pk, 0);
    s_str(fx, "id"); s_str(fx, "t-arr");
    assert_int_equal(s_parse(fx, MAX_TEXT), SIFT_E_MISSING_TEXT);
    s_expect_id(&fx->m, "t-arr");
}

static void test_bad_utf8_cases(void **state)
{
    fx_t *fx = *state;
    static const struct { const char *s; size_t n; const char *what; } bad[] = {
        { "abc\xff", 4, "0xff" },
        { "\x80", 1, "lone continuation" },
        { "ab\xed\xa0\x80", 5, "surrogate U+D800" },
        { "\xed\xbf\xbf", 3, "surrogate U+DFFF" },
        { "\xc0\xaf", 2, "overlong /" },
        { "\xc1\xbf", 2, "overlong 2-byte" },
        { "\xe0\x80\xaf", 3, "overlong 3-byte" },
        { "\xf0\x80\x80\xaf", 4, "overlong 4-byte" },
        { "\xf4\x90\x80\x80", 4, "above U+10FFFF" },
        { "\xe2\x82", 2, "truncated at the end" },
        { "\xe2\x82 more", 7, "truncated in the middle" },
        { "\xf8\x88\x80\x80\x80", 5, "5-byte form" },
        /* invalid byte right after the 8-byte ASCII fast path */
        { "abcdefgh\xff", 9, "after 8 ASCII" },
        { "abcdefghijklmnop\xc3", 17, "truncated after 16 ASCII" },
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        sift_message_release(&fx->m);
        sift_message_init(&fx->m);
        fx->sb.size = 0;
        s_article(fx, "u", bad[i].s, bad[i].n);
        sift_error_code_t c = s_parse(fx, MAX_TEXT);
        if (c != SIFT_E_BAD_UTF8)
            fail_msg("%s: got %s, want bad_utf8", bad[i].what, sift_error_name(c));
        s_expect_id(&fx->m, "u");
        assert_false(sift_utf8_valid(bad[i].s, bad[i].n));
    }
}

static void test_utf8_valid_cases(void **state)
{
    (void)state;
    static const char *const good[] = {
        "", "plain ASCII that is longer than eight bytes",
        "caf\xc3\xa9", "\xe2\x80\x9cquoted\xe2\x80\x9d", "\xf0\x9f\x98\x80 emoji",
        "\xed\x9f\xbf" /* U+D7FF */, "\xee\x80\x80" /* U+E000 */,
        "\xf4\x8f\xbf\xbf" /* U+10FFFF */, "\xef\xbb\xbf" /* BOM */ };
    for (size_t i = 0; i < sizeof good / sizeof good[0]; i++)
        if (!sift_utf8_valid(good[i], strlen(good[i])))
            fail_msg("valid UTF-8 #%zu rejected", i);
}

static void test_too_large(void **state)
{
    fx_t *fx = *state;
    s_article(fx, "big", "0123456789", 10);
    assert_int_equal(s_parse(fx, 10), SIFT_OK);
    sift_message_release(&fx->m);
    sift_message_init(&fx->m);
    fx->sb.size = 0;
    s_article(fx, "big", "0123456789A", 11);
    assert_int_equal(s_parse(fx, 10), SIFT_E_TOO_LARGE);
    s_expect_id(&fx->m, "big");
    assert_non_null(strstr(fx->m.detail, "11"));
    assert_non_null(strstr(fx->m.detail, "10"));
}

static void test_too_large_bin(void **state)
{
    fx_t *fx = *state;
    msgpack_pack_map(&fx->pk, 2);
    s_str(fx, "id"); s_str(fx, "bigbin");
    s_str(fx, "text"); msgpack_pack_bin_with_body(&fx->pk, "0123456789AB", 12);
    assert_int_equal(s_parse(fx, 10), SIFT_E_TOO_LARGE);
}

/* -------------------------------------------------- hostile input (issue 13) */

/* A header claiming more elements or bytes than follow is refused before
 * anything is unpacked: msgpack-c would allocate from the claim. */
static void test_huge_length_header(void **state)
{
    fx_t *fx = *state;
    static const struct { const char *buf; size_t len; const char *why; } cases[] = {
        { "\xdd\xff\xff\xff\xff", 5, "4294967295 elements" },  /* array32 */
        { "\xdf\xff\xff\xff\xff", 5, "8589934590 elements" },  /* map32 */
        { "\x81\xa2id\xdd\x7f\xff\xff\xff", 9, "2147483647 elements" },
        { "\xdb\xff\xff\xff\xff", 5, "4294967295 bytes" },     /* str32 */
        { "\xc6\x7f\xff\xff\xff", 5, "2147483647 bytes" },     /* bin32 */
        { "\xc9\xff\xff\xff\xff\x01", 6, "bytes" },           /* ext32 */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        sift_message_release(&fx->m);
        sift_message_init(&fx->m);
        assert_int_equal(sift_message_parse(&fx->m, cases[i].buf, cases[i].len,
                                            test_limits(MAX_TEXT)), SIFT_E_BAD_MSGPACK);
        assert_non_null(strstr(fx->m.detail, cases[i].why));
    }
}

/* Nesting deeper than the unpacker can hold says so (it used to be "not a
 * complete msgpack value"); as deep as it can hold still parses. */
static void test_nesting_depth(void **state)
{
    fx_t *fx = *state;
    for (int depth = SIFT_MAX_NESTING - 1; depth <= SIFT_MAX_NESTING + 5; depth++) {
        sift_message_release(&fx->m);
        sift_message_init(&fx->m);
        fx->sb.size = 0;
        msgpack_pack_map(&fx->pk, 1);
        s_str(fx, "x");
        for (int i = 1; i < depth; i++)
            msgpack_pack_array(&fx->pk, 1);
        msgpack_pack_nil(&fx->pk);
        sift_error_code_t c = s_parse(fx, MAX_TEXT);
        if (depth <= SIFT_MAX_NESTING) {
            assert_int_equal(c, SIFT_E_MISSING_ID);
        } else {
            assert_int_equal(c, SIFT_E_BAD_MSGPACK);
            assert_non_null(strstr(fx->m.detail, "nested deeper than 32 levels"));
        }
    }
}

/* {"id": "t", "text": "x", key: <packed by fn>} */
static void s_with(fx_t *fx, const char *key)
{
    sift_message_release(&fx->m);
    sift_message_init(&fx->m);
    fx->sb.size = 0;
    msgpack_pack_map(&fx->pk, 3);
    s_str(fx, "id"); s_str(fx, "t");
    s_str(fx, "text"); s_str(fx, "x");
    s_str(fx, key);
}

static void test_title_limit(void **state)
{
    fx_t *fx = *state;
    char title[4097];
    memset(title, 'a', sizeof title);
    s_with(fx, "title"); s_strn(fx, title, 4096);
    assert_int_equal(s_parse(fx, MAX_TEXT), SIFT_OK);
    s_with(fx, "title"); s_strn(fx, title, 4097);
    assert_int_equal(s_parse(fx, MAX_TEXT), SIFT_E_TITLE_TOO_LARGE);
    s_expect_id(&fx->m, "t");
    assert_non_null(strstr(fx->m.detail, "4097"));
}

static void test_meta_limits(void **state)
{
    fx_t *fx = *state;
    static char big[65536];
    memset(big, 'm', sizeof big);
    /* a str of n bytes re-encodes to n + 3 (n < 65536) */
    s_with(fx, "meta"); s_strn(fx, big, 65533);
    assert_int_equal(s_parse(fx, MAX_TEXT), SIFT_OK);
    s_with(fx, "meta"); s_strn(fx, big, 65534);
    assert_int_equal(s_parse(fx, MAX_TEXT), SIFT_E_META_TOO_LARGE);
    assert_non_null(strstr(fx->m.detail, "65537"));
    /* depth: 8 containers inside meta pass, 9 do not */
    for (int depth = 8; depth <= 9; depth++) {
        s_with(fx, "meta");
        for (int i = 0; i < depth; i++) {
            msgpack_pack_map(&fx->pk, 1);
            s_str(fx, "k");
        }
        msgpack_pack_int(&fx->pk, 1);
        assert_int_equal(s_parse(fx, MAX_TEXT), depth == 8 ? SIFT_OK : SIFT_E_META_TOO_DEEP);
    }
    assert_non_null(strstr(fx->m.detail, "meta"));
}

/* The four variants of issue 13 that made msgpack.unpackb raise. */
static void test_bad_meta(void **state)
{
    fx_t *fx = *state;
    s_with(fx, "meta"); msgpack_pack_ext_with_body(&fx->pk, "\x01", 1, -5);
    assert_int_equal(s_parse(fx, MAX_TEXT), SIFT_E_BAD_META);
    assert_non_null(strstr(fx->m.detail, "ext"));
    s_with(fx, "meta"); msgpack_pack_ext_with_body(&fx->pk, "\x01\x02\x03", 3, -1);
    assert_int_equal(s_parse(fx, MAX_TEXT), SIFT_E_BAD_META);
    s_with(fx, "meta"); msgpack_pack_map(&fx->pk, 1); s_str(fx, "k"); s_strn(fx, "\xff", 1);
    assert_int_equal(s_parse(fx, MAX_TEXT), SIFT_E_BAD_META);
    assert_non_null(strstr(fx->m.detail, "UTF-8"));
    s_with(fx, "meta"); msgpack_pack_map(&fx->pk, 1); msgpack_pack_int(&fx->pk, 7);
    s_str(fx, "v");
    assert_int_equal(s_parse(fx, MAX_TEXT), SIFT_E_BAD_META);
    assert_non_null(strstr(fx->m.detail, "key"));
    s_with(fx, "meta"); msgpack_pack_map(&fx->pk, 1); s_strn(fx, "\xc0\xaf", 2);
    s_str(fx, "v");
    assert_int_equal(s_parse(fx, MAX_TEXT), SIFT_E_BAD_META);
    /* plain msgpack of every other kind passes */
    s_with(fx, "meta"); msgpack_pack_map(&fx->pk, 6);
    s_str(fx, "n"); msgpack_pack_nil(&fx->pk);
    s_str(fx, "b"); msgpack_pack_true(&fx->pk);
    s_str(fx, "i"); msgpack_pack_int64(&fx->pk, -5);
    s_str(fx, "f"); msgpack_pack_double(&fx->pk, 1.5);
    s_str(fx, "bin"); msgpack_pack_bin_with_body(&fx->pk, "\xff", 1);
    s_str(fx, "a"); msgpack_pack_array(&fx->pk, 2); s_str(fx, "é");
    msgpack_pack_ext_with_body(&fx->pk, "xy", 2, 5); /* an application type: schema 1 echoes it */
    assert_int_equal(s_parse(fx, MAX_TEXT), SIFT_OK);
}

/* ------------------------------------------------------------- encoding */

static void test_error_names(void **state)
{
    (void)state;
    static const char *const names[] = { "ok", "bad_msgpack", "not_a_map", "multipart",
                                         "missing_id", "bad_id", "missing_text", "bad_utf8",
                                         "too_large", "title_too_large", "meta_too_large",
                                         "meta_too_deep", "bad_meta" };
    for (int c = 0; c < SIFT_E_COUNT; c++)
        assert_string_equal(sift_error_name((sift_error_code_t)c), names[c]);
}

static void test_encode_error(void **state)
{
    fx_t *fx = *state;
    sift_str_t id = { "art-9", 5 };
    assert_int_equal(sift_message_encode_error(&fx->sb, &id, SIFT_E_BAD_UTF8, "why"), 0);
    msgpack_unpacked u;
    msgpack_unpacked_init(&u);
    size_t off = 0;
    assert_int_equal(msgpack_unpack_next(&u, fx->sb.data, fx->sb.size, &off),
                     MSGPACK_UNPACK_SUCCESS);
    assert_int_equal(off, fx->sb.size);
    assert_int_equal(u.data.type, MSGPACK_OBJECT_MAP);
    assert_int_equal(u.data.via.map.size, 4);
    const msgpack_object *schema = mp_get(&u.data, "schema");
    assert_non_null(schema);
    assert_int_equal(schema->type, MSGPACK_OBJECT_POSITIVE_INTEGER);
    assert_int_equal(schema->via.u64, 1);
    mp_expect_str(mp_get(&u.data, "id"), "art-9");
    mp_expect_str(mp_get(&u.data, "code"), "bad_utf8");
    mp_expect_str(mp_get(&u.data, "detail"), "why");
    msgpack_unpacked_destroy(&u);

    /* without an id: no id key at all */
    fx->sb.size = 0;
    sift_str_t none = { NULL, 0 };
    assert_int_equal(sift_message_encode_error(&fx->sb, &none, SIFT_E_NOT_A_MAP, "d"), 0);
    msgpack_unpacked_init(&u);
    off = 0;
    assert_int_equal(msgpack_unpack_next(&u, fx->sb.data, fx->sb.size, &off),
                     MSGPACK_UNPACK_SUCCESS);
    assert_int_equal(u.data.via.map.size, 3);
    assert_null(mp_get(&u.data, "id"));
    mp_expect_str(mp_get(&u.data, "code"), "not_a_map");
    msgpack_unpacked_destroy(&u);
}

static void test_reuse_after_error(void **state)
{
    fx_t *fx = *state;
    /* a parse after a rejected one must not keep the old id or detail */
    assert_int_equal(sift_message_parse(&fx->m, "", 0, test_limits(MAX_TEXT)), SIFT_E_BAD_MSGPACK);
    sift_message_release(&fx->m);
    sift_message_init(&fx->m);
    s_article(fx, "next", "ok", 2);
    assert_int_equal(s_parse(fx, MAX_TEXT), SIFT_OK);
    s_expect_id(&fx->m, "next");
}

#define T(f) cmocka_unit_test_setup_teardown(f, s_setup, s_teardown)

int main(void)
{
    const struct CMUnitTest tests[] = {
        T(test_minimal_ok), T(test_optional_fields_and_unknown_keys),
        T(test_echoed_field_of_wrong_type_is_dropped), T(test_bin_text_accepted),
        T(test_bin_text_invalid_utf8), T(test_empty_text_ok),
        T(test_bad_msgpack_empty), T(test_bad_msgpack_trailing_bytes),
        T(test_bad_msgpack_truncated), T(test_bad_msgpack_reserved_byte),
        T(test_bad_msgpack_json), T(test_not_a_map), T(test_not_a_map_scalars),
        T(test_missing_id), T(test_missing_id_empty_map), T(test_bad_id_not_string),
        T(test_bad_id_nil), T(test_bad_id_empty), T(test_id_256_ok_257_bad),
        T(test_id_256_bytes_multibyte), T(test_bad_id_invalid_utf8), T(test_bad_id_bin),
        T(test_missing_text_absent), T(test_missing_text_not_string),
        T(test_bad_utf8_cases), T(test_utf8_valid_cases), T(test_too_large),
        T(test_too_large_bin), T(test_error_names), T(test_encode_error),
        T(test_reuse_after_error), T(test_huge_length_header), T(test_nesting_depth),
        T(test_title_limit), T(test_meta_limits), T(test_bad_meta),
    };
    return cmocka_run_group_tests_name("message", tests, NULL, NULL);
}
