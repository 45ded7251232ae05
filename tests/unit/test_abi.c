/* SPDX-License-Identifier: MIT */
/* test_abi.c - the ABI survives a minor version. This program and its host
 * (siftcore_next) are built with SIFT_ABI_TEST_NEXT_MINOR: a siftd of ABI
 * 1.3 whose sift_doc_t, sift_host_t and sift_plugin_t each have one field
 * appended. The test plugins are the ordinary ones, built against 1.2
 * (echo, kinds, reader) and against the verbatim 1.0 header (old_minor):
 * all of them must load and run, with everything they add published. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "loader.h"
#include "pipeline.h"
#include "support.h"

#if SIFT_ABI_MINOR != 3
#error "test_abi is built as the next minor (SIFT_ABI_TEST_NEXT_MINOR)"
#endif

static void test_older_plugins_run_on_the_next_minor(void **state)
{
    (void)state;
    sift_settings_t *s = sift_settings_load(NULL);
    assert_non_null(s);
    assert_int_equal(sift_settings_set(s, "plugin_dir", SIFT_TEST_PLUGIN_DIR), 0);
    assert_int_equal(sift_settings_set(s, "plugins", "reader, old_minor, kinds, echo"), 0);
    sift_plugins_t p;
    capture_begin();
    int rc = sift_plugins_load(&p, s);
    const char *log = capture_end();
    if (rc != 0)
        fail_msg("plugins built for 1.0 and 1.2 refused by a 1.3 host: %s", log);
    for (size_t i = 0; i < p.n; i++) /* their descriptors are shorter than ours */
        assert_true(p.items[i].desc->size < sizeof(sift_plugin_t));

    sift_runner_t *runner = sift_runner_new(&p, test_limits(1 << 20));
    assert_non_null(runner);
    msgpack_sbuffer in;
    msgpack_sbuffer_init(&in);
    assert_int_equal(sift_message_encode_article(&in, "n1", 2, "Tariffs rose. Prices fell.", 26), 0);
    sift_frames_t f;
    sift_frames_init(&f);
    capture_begin();
    assert_int_equal(sift_runner_process(runner, in.data, in.size, 0, NULL, &f), SIFT_OK);
    capture_end();

    msgpack_unpacked u;
    msgpack_unpacked_init(&u);
    const struct sift_frame *last = &f.items[f.n - 1];
    assert_int_equal(msgpack_unpack_next(&u, f.buf.data + last->payload, last->payload_len,
                                         NULL), MSGPACK_UNPACK_SUCCESS);
    const msgpack_object *ps = mp_get(&u.data, "plugins");
    assert_int_equal(mp_size(ps), 4);
    for (size_t i = 0; i < 4; i++)
        mp_expect_bool(mp_get(&ps->via.array.ptr[i], "ok"), true);
    const msgpack_object *ents = mp_get(&u.data, "entities");
    assert_int_equal(mp_size(ents), 2); /* old_minor's last word (it runs first), echo's first */
    mp_expect_str(mp_get(&ents->via.array.ptr[0], "plugin"), "old_minor");
    mp_expect_str(mp_get(&ents->via.array.ptr[0], "name"), "last word");
    mp_expect_str(mp_get(&ents->via.array.ptr[1], "plugin"), "echo");
    const msgpack_object *ev = mp_get(&u.data, "events");
    assert_int_equal(mp_size(mp_get(mp_get(ev, "kinds"), "word")), 4);
    const msgpack_object *seen = mp_get(mp_get(ev, "reader"), "seen");
    assert_int_equal(mp_size(seen), 1);
    mp_expect_int(mp_get(&seen->via.array.ptr[0], "words"), 4);

    msgpack_unpacked_destroy(&u);
    sift_frames_release(&f);
    msgpack_sbuffer_destroy(&in);
    sift_runner_destroy(&runner);
    sift_plugins_unload(&p);
    sift_settings_destroy(&s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_older_plugins_run_on_the_next_minor),
    };
    return cmocka_run_group_tests_name("abi", tests, NULL, NULL);
}
