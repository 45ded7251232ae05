/* SPDX-License-Identifier: MIT */
/* test_sequence.c - per-topic sequence numbers: the table's slots and cap,
 * stamping "seq" and "epoch" onto maps of every header size, reading them. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <msgpack.h>

#include "sequence.h"

static void test_slots_per_topic(void **state)
{
    (void)state;
    sift_sequencer_t *s = sift_sequencer_new();
    assert_non_null(s);
    uint64_t *a = sift_sequencer_slot(s, "tariff.US.CN", 12);
    assert_non_null(a);
    assert_int_equal(*a, 0);
    *a = 41;
    assert_ptr_equal(sift_sequencer_slot(s, "tariff.US.CN", 12), a);
    uint64_t *b = sift_sequencer_slot(s, "tariff.US.CNX", 12); /* the first 12 bytes */
    assert_ptr_equal(b, a);
    b = sift_sequencer_slot(s, "tariff.US.C", 11);
    assert_ptr_not_equal(b, a);
    assert_int_equal(*b, 0);
    /* too long, or a NUL inside: no number */
    char big[SIFT_SEQ_TOPIC_MAX + 1];
    memset(big, 'x', sizeof big);
    assert_null(sift_sequencer_slot(s, big, sizeof big));
    assert_null(sift_sequencer_slot(s, "a\0b", 3));
    sift_sequencer_destroy(&s);
    assert_null(s);
}

static void test_the_table_is_capped(void **state)
{
    (void)state;
    sift_sequencer_t *s = sift_sequencer_new();
    char t[32];
    for (int i = 0; i < SIFT_SEQ_TOPICS; i++) {
        int n = snprintf(t, sizeof t, "custom.kind.%d", i);
        assert_non_null(sift_sequencer_slot(s, t, (size_t)n));
    }
    assert_null(sift_sequencer_slot(s, "one.more", 8));
    assert_non_null(sift_sequencer_slot(s, "custom.kind.7", 13)); /* old ones still count */
    sift_sequencer_destroy(&s);
}

/* A map of n pairs "k<i>": i, packed by msgpack-c (fixmap, map16, map32). */
static void s_map(msgpack_sbuffer *sb, uint32_t n)
{
    msgpack_packer pk;
    msgpack_packer_init(&pk, sb, msgpack_sbuffer_write);
    msgpack_pack_map(&pk, n);
    for (uint32_t i = 0; i < n; i++) {
        char k[16];
        int len = snprintf(k, sizeof k, "k%u", i);
        msgpack_pack_str_with_body(&pk, k, (size_t)len);
        msgpack_pack_uint32(&pk, i);
    }
}

static void test_stamp_and_read(void **state)
{
    (void)state;
    const uint32_t sizes[] = { 0, 3, 14, 15, 16, 65534, 65535, 70000 };
    for (size_t k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
        msgpack_sbuffer sb;
        msgpack_sbuffer_init(&sb);
        s_map(&sb, sizes[k]);
        zmq_msg_t out;
        assert_true(sift_sequence_stamp(7, 1796000000000000ull, sb.data, sb.size, &out));
        /* one complete map: the old pairs as they were, then the two */
        msgpack_unpacked u;
        msgpack_unpacked_init(&u);
        size_t off = 0;
        assert_int_equal(msgpack_unpack_next(&u, zmq_msg_data(&out), zmq_msg_size(&out), &off),
                         MSGPACK_UNPACK_SUCCESS);
        assert_int_equal(off, zmq_msg_size(&out));
        assert_int_equal(u.data.type, MSGPACK_OBJECT_MAP);
        assert_int_equal(u.data.via.map.size, sizes[k] + 2);
        if (sizes[k])
            assert_int_equal(u.data.via.map.ptr[sizes[k] - 1].val.via.u64, sizes[k] - 1);
        uint64_t seq, epoch;
        assert_true(sift_sequence_read(zmq_msg_data(&out), zmq_msg_size(&out), &seq, &epoch));
        assert_int_equal(seq, 7);
        assert_int_equal(epoch, 1796000000000000ull);
        msgpack_unpacked_destroy(&u);
        zmq_msg_close(&out);
        msgpack_sbuffer_destroy(&sb);
    }
}

static void test_not_a_map(void **state)
{
    (void)state;
    zmq_msg_t out;
    const char arr[] = "\x91\x01", empty[] = "";
    assert_false(sift_sequence_stamp(1, 1, arr, 2, &out));
    assert_false(sift_sequence_stamp(1, 1, empty, 0, &out));
    assert_false(sift_sequence_stamp(1, 1, "\xde\x00", 2, &out)); /* truncated map16 */
    uint64_t seq, epoch;
    assert_false(sift_sequence_read(arr, 2, &seq, &epoch));
    assert_false(sift_sequence_read("\x80", 1, &seq, &epoch)); /* a map without seq */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_slots_per_topic),
        cmocka_unit_test(test_the_table_is_capped),
        cmocka_unit_test(test_stamp_and_read),
        cmocka_unit_test(test_not_a_map),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
