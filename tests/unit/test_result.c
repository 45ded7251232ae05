/* SPDX-License-Identifier: MIT */
/* test_result.c - result layers (add_* validation, copying) and their
 * msgpack encoding: topics, order and field names/types of PROTOCOL.md. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "result.h"
#include "support.h"

static const char TEXT[] = "Trump said China would pay. \xe2\x80\x9cWe will win,\xe2\x80\x9d he said.";

/* ---------------------------------------------------------------- helpers */

typedef struct {
    msgpack_sbuffer in;
    sift_message_t m;
    sift_result_t r;
    sift_frames_t f;
    msgpack_unpacked u[64];
    size_t n_u;
} fx_t;

static void s_pack_str(msgpack_packer *pk, const char *s)
{
    msgpack_pack_str_with_body(pk, s, strlen(s));
}

static int s_setup(void **state)
{
    fx_t *fx = calloc(1, sizeof *fx);
    msgpack_sbuffer_init(&fx->in);
    msgpack_packer pk;
    msgpack_packer_init(&pk, &fx->in, msgpack_sbuffer_write);
    msgpack_pack_map(&pk, 5);
    s_pack_str(&pk, "id"); s_pack_str(&pk, "doc-1");
    s_pack_str(&pk, "text"); s_pack_str(&pk, TEXT);
    s_pack_str(&pk, "title"); s_pack_str(&pk, "Trade");
    s_pack_str(&pk, "published"); s_pack_str(&pk, "2019-05-10T00:00:00Z");
    s_pack_str(&pk, "meta");
    msgpack_pack_map(&pk, 2);
    s_pack_str(&pk, "n"); msgpack_pack_int(&pk, -3);
    s_pack_str(&pk, "bin"); msgpack_pack_bin_with_body(&pk, "\x00\x01", 2);
    sift_message_init(&fx->m);
    if (sift_message_parse(&fx->m, fx->in.data, fx->in.size, test_limits(1 << 20)) != SIFT_OK)
        return -1;
    sift_result_init(&fx->r, 2);
    fx->r.plugins[0] = (sift_plugin_status_t){ .name = "alpha", .version = "1.2", .ok = true,
                                              .time_us = 77 };
    fx->r.plugins[1] = (sift_plugin_status_t){ .name = "beta", .version = "0.1", .ok = false,
                                               .error = "it broke" };
    sift_frames_init(&fx->f);
    *state = fx;
    return 0;
}

static int s_teardown(void **state)
{
    fx_t *fx = *state;
    for (size_t i = 0; i < fx->n_u; i++)
        msgpack_unpacked_destroy(&fx->u[i]);
    sift_frames_release(&fx->f);
    sift_result_release(&fx->r);
    sift_message_release(&fx->m);
    msgpack_sbuffer_destroy(&fx->in);
    free(fx);
    return 0;
}

/* Decodes frame i's payload (exactly one value) and checks its topic. */
static const msgpack_object *s_frame(fx_t *fx, size_t i, const char *topic)
{
    assert_true(i < fx->f.n);
    const struct sift_frame *fr = &fx->f.items[i];
    const char *buf = fx->f.buf.data;
    if (fr->topic_len != strlen(topic) || memcmp(buf + fr->topic, topic, fr->topic_len) != 0)
        fail_msg("frame %zu: topic '%.*s', want '%s'", i, (int)fr->topic_len, buf + fr->topic,
                 topic);
    assert_true(fx->n_u < 64);
    msgpack_unpacked *u = &fx->u[fx->n_u++];
    msgpack_unpacked_init(u);
    size_t off = 0;
    int rc = msgpack_unpack_next(u, buf + fr->payload, fr->payload_len, &off);
    if (rc != MSGPACK_UNPACK_SUCCESS || off != fr->payload_len)
        fail_msg("frame %zu (%s): payload is not exactly one complete msgpack value "
                 "(unpack returned %d, used %zu of %zu bytes): a map header counts more "
                 "or fewer keys than were written", i, topic, rc, off, fr->payload_len);
    assert_int_equal(u->data.type, MSGPACK_OBJECT_MAP);
    /* no duplicate keys (a wrong map count would show up as garbage keys) */
    const msgpack_object_map *m = &u->data.via.map;
    for (uint32_t a = 0; a < m->size; a++) {
        assert_int_equal(m->ptr[a].key.type, MSGPACK_OBJECT_STR);
        for (uint32_t b = a + 1; b < m->size; b++)
            assert_false(m->ptr[a].key.via.str.size == m->ptr[b].key.via.str.size &&
                         memcmp(m->ptr[a].key.via.str.ptr, m->ptr[b].key.via.str.ptr,
                                m->ptr[a].key.via.str.size) == 0);
    }
    return &u->data;
}

/* An entity (PERSON "Donald Trump", two mentions, given out of order and
 * with a duplicate), a tariff US->CN, one with unknown parties, a quote. */
static void s_fill(fx_t *fx)
{
    const char *why = NULL;
    sift_span_t mentions[] = { { 47, 49 }, { 0, 5 }, { 47, 49 } };
    sift_entity_t person = { .type = SIFT_PERSON, .name = "Donald Trump", .mentions = mentions,
                             .n_mentions = 3, .title = "President" };
    assert_int_equal(sift_result_add_entity(&fx->r, &person, strlen(TEXT), &why), 0);
    sift_span_t cm = { 11, 16 };
    sift_entity_t china = { .type = SIFT_GPE, .name = "China", .mentions = &cm, .n_mentions = 1,
                            .code = "CN" };
    assert_int_equal(sift_result_add_entity(&fx->r, &china, strlen(TEXT), &why), 1);
    sift_entity_t money = { .type = SIFT_MONEY, .name = "$60 billion", .mentions = &cm,
                            .n_mentions = 1, .has_value = true, .value = 60e9,
                            .currency = "USD" };
    assert_int_equal(sift_result_add_entity(&fx->r, &money, strlen(TEXT), &why), 2);
    sift_entity_t pct = { .type = SIFT_PERCENT, .name = "2.5 percent", .mentions = &cm,
                          .n_mentions = 1, .has_value = true, .value = 2.5 };
    assert_int_equal(sift_result_add_entity(&fx->r, &pct, strlen(TEXT), &why), 3);
    sift_entity_t date = { .type = SIFT_DATE, .name = "May 2019", .mentions = &cm,
                           .n_mentions = 1, .date = "2019-05" };
    assert_int_equal(sift_result_add_entity(&fx->r, &date, strlen(TEXT), &why), 4);

    const char *goods[] = { "steel", "solar panels" };
    sift_tariff_t t = { .action = SIFT_RAISE, .modality = SIFT_THREATENED,
                        .actor = { "United States", "US" }, .target = { "China", "CN" },
                        .rate = { SIFT_RATE_FROM_TO, 10, 25 }, .has_amount = true,
                        .amount = 200e9, .currency = "USD", .goods = goods, .n_goods = 2,
                        .retaliation = true, .start = 0, .end = 27 };
    assert_int_equal(sift_result_add_tariff(&fx->r, &t, strlen(TEXT), &why), 0);
    sift_tariff_t u = { .action = SIFT_IMPOSE, .modality = SIFT_ACTUAL,
                        .rate = { SIFT_RATE_RANGE, NAN, 60 }, .start = 0, .end = 5 };
    assert_int_equal(sift_result_add_tariff(&fx->r, &u, strlen(TEXT), &why), 1);

    sift_quote_t q = { .start = 31, .end = 43, .kind = SIFT_QUOTE_DIRECT, .has_speaker = true,
                       .speaker_name = "Donald Trump", .has_speaker_span = true,
                       .speaker_start = 47, .speaker_end = 49, .speaker_entity = 0,
                       .cue = "said" };
    assert_int_equal(sift_result_add_quote(&fx->r, &q, strlen(TEXT), &why), 0);
    sift_quote_t q2 = { .start = 31, .end = 43, .kind = SIFT_QUOTE_PARTIAL,
                        .has_speaker = false, .speaker_entity = -1 };
    assert_int_equal(sift_result_add_quote(&fx->r, &q2, strlen(TEXT), &why), 1);
}

/* --------------------------------------------------------------- tests */

static void test_encode_topics_and_order(void **state)
{
    fx_t *fx = *state;
    s_fill(fx);
    assert_int_equal(sift_result_encode(&fx->r, &fx->m, TEXT, 1234, &fx->f), 0);
    static const char *const topics[] = {
        "entity.PERSON", "entity.GPE", "entity.MONEY", "entity.PERCENT", "entity.DATE",
        "tariff.US.CN", "tariff.XX.XX", "quote", "quote", "article" };
    assert_int_equal(fx->f.n, 10);
    for (size_t i = 0; i < 10; i++) {
        const msgpack_object *o = s_frame(fx, i, topics[i]);
        if (i < 9) {
            mp_expect_int(mp_get(o, "schema"), 1);
            mp_expect_str(mp_get(o, "article_id"), "doc-1");
            assert_null(mp_get(o, "id"));
        }
    }
}

static void test_encode_entity_event(void **state)
{
    fx_t *fx = *state;
    s_fill(fx);
    assert_int_equal(sift_result_encode(&fx->r, &fx->m, TEXT, 0, &fx->f), 0);
    const msgpack_object *e = s_frame(fx, 0, "entity.PERSON");
    assert_int_equal(mp_size(e), 6); /* schema article_id type name mentions title */
    mp_expect_str(mp_get(e, "type"), "PERSON");
    mp_expect_str(mp_get(e, "name"), "Donald Trump");
    mp_expect_str(mp_get(e, "title"), "President");
    const msgpack_object *m = mp_get(e, "mentions");
    assert_int_equal(m->type, MSGPACK_OBJECT_ARRAY);
    assert_int_equal(m->via.array.size, 2); /* sorted, duplicate removed */
    mp_expect_int(&m->via.array.ptr[0].via.array.ptr[0], 0);
    mp_expect_int(&m->via.array.ptr[0].via.array.ptr[1], 5);
    mp_expect_int(&m->via.array.ptr[1].via.array.ptr[0], 47);
    mp_expect_int(&m->via.array.ptr[1].via.array.ptr[1], 49);
    assert_null(mp_get(e, "code"));
    assert_null(mp_get(e, "value"));

    const msgpack_object *g = s_frame(fx, 1, "entity.GPE");
    mp_expect_str(mp_get(g, "code"), "CN");
    const msgpack_object *money = s_frame(fx, 2, "entity.MONEY");
    mp_expect_int(mp_get(money, "value"), 60000000000LL);
    mp_expect_str(mp_get(money, "currency"), "USD");
    const msgpack_object *pct = s_frame(fx, 3, "entity.PERCENT");
    const msgpack_object *v = mp_get(pct, "value");
    assert_non_null(v);
    assert_true(v->type == MSGPACK_OBJECT_FLOAT64 || v->type == MSGPACK_OBJECT_FLOAT32);
    assert_true(fabs(v->via.f64 - 2.5) < 1e-9);
    const msgpack_object *d = s_frame(fx, 4, "entity.DATE");
    mp_expect_str(mp_get(d, "date"), "2019-05");
}

static void test_encode_tariff_event(void **state)
{
    fx_t *fx = *state;
    s_fill(fx);
    assert_int_equal(sift_result_encode(&fx->r, &fx->m, TEXT, 0, &fx->f), 0);
    const msgpack_object *t = s_frame(fx, 5, "tariff.US.CN");
    /* schema, article_id and the ten tariff fields of PROTOCOL.md */
    assert_int_equal(mp_size(t), 12);
    mp_expect_str(mp_get(t, "action"), "raise");
    mp_expect_str(mp_get(t, "modality"), "threatened");
    const msgpack_object *actor = mp_get(t, "actor");
    mp_expect_str(mp_get(actor, "name"), "United States");
    mp_expect_str(mp_get(actor, "code"), "US");
    mp_expect_str(mp_get(mp_get(t, "target"), "code"), "CN");
    const msgpack_object *rate = mp_get(t, "rate");
    assert_int_equal(mp_size(rate), 2);
    mp_expect_int(mp_get(rate, "from"), 10);
    mp_expect_int(mp_get(rate, "to"), 25);
    const msgpack_object *amount = mp_get(t, "amount");
    mp_expect_int(mp_get(amount, "value"), 200000000000LL);
    mp_expect_str(mp_get(amount, "currency"), "USD");
    const msgpack_object *goods = mp_get(t, "goods");
    assert_int_equal(goods->type, MSGPACK_OBJECT_ARRAY);
    assert_int_equal(goods->via.array.size, 2);
    mp_expect_str(&goods->via.array.ptr[1], "solar panels");
    mp_expect_bool(mp_get(t, "retaliation"), true);
    mp_expect_int(mp_get(t, "start"), 0);
    mp_expect_int(mp_get(t, "end"), 27);

    const msgpack_object *u = s_frame(fx, 6, "tariff.XX.XX");
    assert_int_equal(mp_get(u, "actor")->type, MSGPACK_OBJECT_NIL);
    assert_int_equal(mp_get(u, "target")->type, MSGPACK_OBJECT_NIL);
    assert_int_equal(mp_get(u, "amount")->type, MSGPACK_OBJECT_NIL);
    mp_expect_bool(mp_get(u, "retaliation"), false);
    const msgpack_object *r = mp_get(u, "rate");
    assert_int_equal(mp_size(r), 1); /* min unknown (NAN): left out */
    assert_null(mp_get(r, "min"));
    mp_expect_int(mp_get(r, "max"), 60);
    assert_int_equal(mp_size(mp_get(u, "goods")), 0);
}

static void test_encode_quote_event(void **state)
{
    fx_t *fx = *state;
    s_fill(fx);
    assert_int_equal(sift_result_encode(&fx->r, &fx->m, TEXT, 0, &fx->f), 0);
    const msgpack_object *q = s_frame(fx, 7, "quote");
    mp_expect_str(mp_get(q, "text"), "We will win,");
    mp_expect_int(mp_get(q, "start"), 31);
    mp_expect_int(mp_get(q, "end"), 43);
    mp_expect_str(mp_get(q, "kind"), "direct");
    mp_expect_str(mp_get(q, "cue"), "said");
    const msgpack_object *sp = mp_get(q, "speaker");
    assert_int_equal(mp_size(sp), 4);
    mp_expect_str(mp_get(sp, "name"), "Donald Trump");
    mp_expect_int(mp_get(sp, "start"), 47);
    mp_expect_int(mp_get(sp, "end"), 49);
    mp_expect_int(mp_get(sp, "entity"), 0);

    const msgpack_object *q2 = s_frame(fx, 8, "quote");
    mp_expect_str(mp_get(q2, "kind"), "partial");
    assert_int_equal(mp_get(q2, "speaker")->type, MSGPACK_OBJECT_NIL);
    assert_null(mp_get(q2, "cue"));
}

static void test_encode_article(void **state)
{
    fx_t *fx = *state;
    s_fill(fx);
    assert_int_equal(sift_result_encode(&fx->r, &fx->m, TEXT, 4321, &fx->f), 0);
    const msgpack_object *a = s_frame(fx, fx->f.n - 1, "article");
    mp_expect_int(mp_get(a, "schema"), 1);
    mp_expect_str(mp_get(a, "id"), "doc-1");
    mp_expect_str(mp_get(a, "title"), "Trade");
    mp_expect_str(mp_get(a, "published"), "2019-05-10T00:00:00Z");
    assert_null(mp_get(a, "source"));
    assert_null(mp_get(a, "url"));
    assert_null(mp_get(a, "article_id"));
    assert_null(mp_get(a, "text"));
    /* meta verbatim: the same bytes as sent */
    const msgpack_object *meta = mp_get(a, "meta");
    assert_non_null(meta);
    msgpack_sbuffer sb;
    msgpack_sbuffer_init(&sb);
    msgpack_packer pk;
    msgpack_packer_init(&pk, &sb, msgpack_sbuffer_write);
    msgpack_pack_object(&pk, *meta);
    assert_memory_equal(sb.data, "\x82\xa1n\xfd\xa3" "bin\xc4\x02\x00\x01", sb.size);
    msgpack_sbuffer_destroy(&sb);
    assert_int_equal(mp_size(mp_get(a, "entities")), 5);
    assert_int_equal(mp_size(mp_get(a, "tariffs")), 2);
    assert_int_equal(mp_size(mp_get(a, "quotes")), 2);
    /* entities inside the article carry no schema/article_id */
    const msgpack_object *e0 = &mp_get(a, "entities")->via.array.ptr[0];
    assert_null(mp_get(e0, "article_id"));
    mp_expect_str(mp_get(e0, "name"), "Donald Trump");
    const msgpack_object *t0 = &mp_get(a, "tariffs")->via.array.ptr[0];
    assert_int_equal(mp_size(t0), 10); /* the ten tariff fields */
    const msgpack_object *plugins = mp_get(a, "plugins");
    assert_int_equal(mp_size(plugins), 2);
    const msgpack_object *p0 = &plugins->via.array.ptr[0], *p1 = &plugins->via.array.ptr[1];
    assert_int_equal(mp_size(p0), 4);
    mp_expect_str(mp_get(p0, "name"), "alpha");
    mp_expect_int(mp_get(p0, "elapsed_us"), 77);
    mp_expect_str(mp_get(p0, "version"), "1.2");
    mp_expect_bool(mp_get(p0, "ok"), true);
    assert_null(mp_get(p0, "error"));
    mp_expect_bool(mp_get(p1, "ok"), false);
    mp_expect_str(mp_get(p1, "error"), "it broke");
    mp_expect_int(mp_get(a, "elapsed_us"), 4321);
}

static void test_encode_empty_article(void **state)
{
    fx_t *fx = *state;
    sift_result_release(&fx->r);
    sift_result_init(&fx->r, 0);
    assert_int_equal(sift_result_encode(&fx->r, &fx->m, TEXT, 0, &fx->f), 0);
    assert_int_equal(fx->f.n, 1);
    const msgpack_object *a = s_frame(fx, 0, "article");
    assert_int_equal(mp_size(mp_get(a, "entities")), 0);
    assert_int_equal(mp_size(mp_get(a, "tariffs")), 0);
    assert_int_equal(mp_size(mp_get(a, "quotes")), 0);
    assert_int_equal(mp_size(mp_get(a, "plugins")), 0);
}

static void test_encode_error_frame(void **state)
{
    fx_t *fx = *state;
    sift_str_t id = { "zz", 2 };
    assert_int_equal(sift_frames_add_error(&fx->f, &id, SIFT_E_TOO_LARGE, "big"), 0);
    const msgpack_object *e = s_frame(fx, 0, "error");
    mp_expect_str(mp_get(e, "code"), "too_large");
    mp_expect_str(mp_get(e, "id"), "zz");
    mp_expect_str(mp_get(e, "detail"), "big");
}

static void test_add_rejects_invalid(void **state)
{
    fx_t *fx = *state;
    size_t len = strlen(TEXT);
    const char *why = NULL;
    sift_span_t ok = { 0, 5 }, past = { 0, (uint32_t)len + 1 }, empty = { 3, 3 };
    sift_entity_t e = { .type = SIFT_ORG, .name = "X", .mentions = &ok, .n_mentions = 1 };
    sift_entity_t bad = e;
    bad.mentions = &past;
    assert_int_equal(sift_result_add_entity(&fx->r, &bad, len, &why), -1);
    assert_non_null(why);
    bad.mentions = &empty;
    assert_int_equal(sift_result_add_entity(&fx->r, &bad, len, &why), -1);
    bad = e;
    bad.name = NULL;
    assert_int_equal(sift_result_add_entity(&fx->r, &bad, len, &why), -1);
    bad.name = "";
    assert_int_equal(sift_result_add_entity(&fx->r, &bad, len, &why), -1);
    bad = e;
    bad.n_mentions = 0;
    assert_int_equal(sift_result_add_entity(&fx->r, &bad, len, &why), -1);
    bad = e;
    bad.type = SIFT_ENTITY_TYPES;
    assert_int_equal(sift_result_add_entity(&fx->r, &bad, len, &why), -1);
    bad = e;
    bad.name = "bad \xff utf8";
    assert_int_equal(sift_result_add_entity(&fx->r, &bad, len, &why), -1);
    assert_int_equal(fx->r.n_entities, 0);

    sift_tariff_t t = { .action = SIFT_IMPOSE, .start = 0, .end = (uint32_t)len + 1 };
    assert_int_equal(sift_result_add_tariff(&fx->r, &t, len, &why), -1);
    t.end = 4;
    t.action = (sift_tariff_action_t)9;
    assert_int_equal(sift_result_add_tariff(&fx->r, &t, len, &why), -1);
    assert_int_equal(fx->r.n_tariffs, 0);

    sift_quote_t q = { .start = 0, .end = (uint32_t)len + 1, .speaker_entity = -1 };
    assert_int_equal(sift_result_add_quote(&fx->r, &q, len, &why), -1);
    q.end = 3;
    q.has_speaker = true;
    q.speaker_entity = 5; /* no entities yet */
    assert_int_equal(sift_result_add_quote(&fx->r, &q, len, &why), -1);
    assert_int_equal(fx->r.n_quotes, 0);
}

static void test_add_copies(void **state)
{
    fx_t *fx = *state;
    const char *why = NULL;
    char name[] = "Mutable Name";
    sift_span_t m = { 0, 5 };
    sift_entity_t e = { .type = SIFT_ORG, .name = name, .mentions = &m, .n_mentions = 1 };
    assert_int_equal(sift_result_add_entity(&fx->r, &e, strlen(TEXT), &why), 0);
    name[0] = 'X';
    m.start = 3;
    assert_string_equal(fx->r.entities[0].name, "Mutable Name");
    assert_int_equal(fx->r.entities[0].mentions[0].start, 0);
    /* a party with a name and no code is published with code XX */
    sift_tariff_t t = { .action = SIFT_IMPOSE, .actor = { "Somewhere", NULL }, .start = 0,
                        .end = 5 };
    assert_int_equal(sift_result_add_tariff(&fx->r, &t, strlen(TEXT), &why), 0);
    assert_string_equal(fx->r.tariffs[0].actor.code, "XX");
    assert_int_equal(sift_result_encode(&fx->r, &fx->m, TEXT, 0, &fx->f), 0);
    s_frame(fx, 1, "tariff.XX.XX");
}

static void test_many_items_grow(void **state)
{
    fx_t *fx = *state;
    const char *why = NULL;
    sift_span_t m = { 0, 5 };
    for (int i = 0; i < 1000; i++) {
        char name[32];
        snprintf(name, sizeof name, "Entity %d", i);
        sift_entity_t e = { .type = SIFT_ORG, .name = name, .mentions = &m, .n_mentions = 1 };
        assert_int_equal(sift_result_add_entity(&fx->r, &e, strlen(TEXT), &why), i);
    }
    assert_string_equal(fx->r.entities[999].name, "Entity 999");
    assert_string_equal(fx->r.entities[0].name, "Entity 0");
    sift_result_reset(&fx->r);
    assert_int_equal(fx->r.n_entities, 0);
}

/* add_event: each way an event can break its declaration has its reason. */
static void test_add_event_reasons(void **state)
{
    fx_t *fx = *state;
    static const sift_field_decl_t fields[] = {
        { "n", SIFT_FIELD_INT, false }, { "at", SIFT_FIELD_SPAN, true },
        { "x", SIFT_FIELD_NUMBER, true }, { NULL, 0, false } };
    static const sift_event_kind_t kinds[] = { { "hit", "", fields }, { NULL, NULL, NULL } };
    char why[256];
    size_t len = strlen(TEXT);
    fx->r.adding = "alpha";
    struct { const char *key; sift_value_t v[2]; size_t n; const char *reason; } bad[] = {
        { NULL, { SIFT_INT("m", 1) }, 1, "hit event: undeclared field 'm'" },
        { NULL, { SIFT_STRING("n", "1") }, 1, "field 'n' is declared integer, given string" },
        { NULL, { SIFT_INT("n", 1), SIFT_INT("n", 2) }, 2, "field 'n' given twice" },
        { NULL, { SIFT_SPAN("at", 0, 1) }, 1, "required field 'n' missing" },
        { NULL, { SIFT_INT("n", 1), SIFT_SPAN("at", 3, 3) }, 2, "'at' is a span outside" },
        { NULL, { SIFT_INT("n", 1), SIFT_NUMBER("x", INFINITY) }, 2, "not a finite number" },
        { "a/b", { SIFT_INT("n", 1) }, 1, "key 'a/b' is not 1-64 of [A-Za-z0-9_.-]" },
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        why[0] = '\0';
        assert_int_equal(sift_result_add_event(&fx->r, kinds, "hit", bad[i].key, bad[i].v,
                                               bad[i].n, len, why, sizeof why), -1);
        assert_non_null(strstr(why, bad[i].reason));
    }
    assert_int_equal(sift_result_add_event(&fx->r, kinds, "miss", NULL, NULL, 0, len, why,
                                           sizeof why), -1);
    assert_string_equal(why, "event of undeclared kind 'miss'");
    char key[] = "US.CN";
    sift_value_t ok[] = { SIFT_SPAN("at", 0, 5), SIFT_INT("n", 7) };
    assert_int_equal(sift_result_add_event(&fx->r, kinds, "hit", key, ok, 2, len, why,
                                           sizeof why), 0);
    key[0] = 'X'; /* the host copied it */
    assert_string_equal(fx->r.events[0].key, "US.CN");
    assert_string_equal(fx->r.events[0].plugin, "alpha");
    assert_int_equal(fx->r.n_events, 1);
}

#define T(f) cmocka_unit_test_setup_teardown(f, s_setup, s_teardown)

int main(void)
{
    const struct CMUnitTest tests[] = {
        T(test_encode_topics_and_order), T(test_encode_entity_event),
        T(test_encode_tariff_event), T(test_encode_quote_event), T(test_encode_article),
        T(test_encode_empty_article), T(test_encode_error_frame), T(test_add_rejects_invalid),
        T(test_add_copies), T(test_many_items_grow), T(test_add_event_reasons),
    };
    return cmocka_run_group_tests_name("result", tests, NULL, NULL);
}
