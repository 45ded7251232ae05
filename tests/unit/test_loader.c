/* SPDX-License-Identifier: MIT */
/* test_loader.c - plugin loading (loader.c): every broken plugin fails the
 * load with one clear line naming it; ordering by requirements; config
 * keys; and the pipeline (pipeline.c) running loaded test plugins. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "support.h"
#include "loader.h"
#include "pipeline.h"

/* Settings from `content` (NULL: defaults) with the test plugin dir. */
static sift_settings_t *s_settings(const char *content, const char *plugins)
{
    sift_settings_t *s;
    if (content) {
        s = sift_settings_load(conf_write(content));
    } else {
        s = sift_settings_load(NULL);
    }
    assert_non_null(s);
    assert_int_equal(sift_settings_set(s, "plugin_dir", SIFT_TEST_PLUGIN_DIR), 0);
    if (plugins)
        assert_int_equal(sift_settings_set(s, "plugins", plugins), 0);
    return s;
}

static const char *s_last_line(const char *log)
{
    size_t n = strlen(log);
    while (n && log[n - 1] == '\n')
        n--;
    while (n && log[n - 1] != '\n')
        n--;
    return log + n;
}

static int s_lines(const char *s)
{
    int n = 0;
    for (; *s; s++)
        n += *s == '\n';
    return n;
}

/* Loading `plugins` must fail, the last log line containing every needle. */
static void s_expect_fail(const char *content, const char *plugins, int max_lines,
                          const char *n1, const char *n2, const char *n3)
{
    sift_settings_t *s = s_settings(content, plugins);
    sift_plugins_t p;
    capture_begin();
    int rc = sift_plugins_load(&p, s);
    const char *log = capture_end();
    if (rc == 0) {
        sift_plugins_unload(&p);
        sift_settings_destroy(&s);
        fail_msg("'%s' loaded, want a failure", plugins);
    }
    assert_int_equal(p.n, 0);
    const char *line = s_last_line(log);
    const char *needles[] = { n1, n2, n3 };
    for (int i = 0; i < 3; i++)
        if (needles[i] && !strstr(line, needles[i]))
            fail_msg("'%s': error line lacks '%s': %s", plugins, needles[i], line);
    if (s_lines(log) > max_lines)
        fail_msg("'%s': %d lines logged, want at most %d:\n%s", plugins, s_lines(log),
                 max_lines, log);
    sift_settings_destroy(&s);
}

/* ------------------------------------------------------- failure modes */

static void test_missing_plugin(void **state)
{
    (void)state;
    s_expect_fail(NULL, "does_not_exist", 1, "plugin does_not_exist",
                  "no does_not_exist.so in " SIFT_TEST_PLUGIN_DIR, NULL);
}

static void test_bad_abi(void **state)
{
    (void)state;
    s_expect_fail(NULL, "bad_abi", 1, "plugin bad_abi", "2.0", "expects 1.2");
}

static void test_newer_minor(void **state)
{
    (void)state;
    s_expect_fail(NULL, "newer_minor", 1, "plugin newer_minor", "ABI 1.3", "expects 1.2");
}

static void test_no_symbol(void **state)
{
    (void)state;
    s_expect_fail(NULL, "no_symbol", 1, "plugin no_symbol", "sift_plugin", NULL);
}

static void test_wrong_name(void **state)
{
    (void)state;
    s_expect_fail(NULL, "wrong_name", 1, "plugin wrong_name", "somebody_else", NULL);
}

static void test_no_process(void **state)
{
    (void)state;
    s_expect_fail(NULL, "no_process", 1, "plugin no_process", "process", NULL);
}

static void test_tiny_descriptor(void **state)
{
    (void)state;
    s_expect_fail(NULL, "tiny", 1, "plugin tiny", "too small", NULL);
}

static void test_bad_init(void **state)
{
    (void)state;
    /* the plugin's own line, then the loader's */
    s_expect_fail(NULL, "bad_init", 2, "plugin bad_init", "init failed", NULL);
}

static void test_bad_init_after_good_one(void **state)
{
    (void)state;
    /* keys is initialised first and must be destroyed (ASan sees a leak if not) */
    s_expect_fail(NULL, "keys, bad_init", 2, "plugin bad_init", "init failed", NULL);
}

static void test_cycle(void **state)
{
    (void)state;
    s_expect_fail(NULL, "cycle_a, cycle_b", 1, "cycle", "cycle_a", "cycle_b");
}

static void test_unmet_requirement(void **state)
{
    (void)state;
    s_expect_fail(NULL, "needs", 1, "plugin needs", "requires 'entities'", NULL);
    s_expect_fail(NULL, "needs, fail", 1, "plugin needs", "'entities'", NULL);
}

static void test_unknown_plugin_key(void **state)
{
    (void)state;
    char where[192];
    snprintf(where, sizeof where, "%s:4:", conf_path());
    s_expect_fail("[keys]\ngreeting = hi\n\nbogus = 1\n", "keys", 1, where, "'bogus'",
                  "keys");
}

static void test_failure_in_second_plugin_unloads_first(void **state)
{
    (void)state;
    s_expect_fail(NULL, "echo, bad_abi", 1, "plugin bad_abi", NULL, NULL);
}

/* ------------------------------------------------------------ ordering */

static void s_expect_order(const char *plugins, const char *const *want, size_t n)
{
    sift_settings_t *s = s_settings(NULL, plugins);
    sift_plugins_t p;
    capture_begin();
    int rc = sift_plugins_load(&p, s);
    capture_end();
    assert_int_equal(rc, 0);
    assert_int_equal(p.n, n);
    for (size_t i = 0; i < n; i++)
        if (strcmp(p.items[i].desc->name, want[i]) != 0)
            fail_msg("'%s': position %zu is %s, want %s", plugins, i, p.items[i].desc->name,
                     want[i]);
    sift_plugins_unload(&p);
    assert_int_equal(p.n, 0);
    sift_plugins_unload(&p); /* idempotent */
    sift_settings_destroy(&s);
}

static void test_order(void **state)
{
    (void)state;
    const char *const a[] = { "echo", "needs" };
    s_expect_order("needs,echo", a, 2);
    s_expect_order("echo, needs", a, 2);
    s_expect_order("needs echo echo", a, 2); /* duplicates load once */
    const char *const b[] = { "fail", "echo", "needs" };
    s_expect_order("fail,needs,echo", b, 3);
    /* any order with echo before needs; the others keep their order */
    sift_settings_t *s = s_settings(NULL, "slow, needs, echo, keys");
    sift_plugins_t p;
    capture_begin();
    assert_int_equal(sift_plugins_load(&p, s), 0);
    capture_end();
    assert_int_equal(p.n, 4);
    int at[4] = { -1, -1, -1, -1 };
    const char *const names[] = { "slow", "echo", "needs", "keys" };
    for (size_t i = 0; i < p.n; i++)
        for (int k = 0; k < 4; k++)
            if (strcmp(p.items[i].desc->name, names[k]) == 0)
                at[k] = (int)i;
    assert_true(at[0] >= 0 && at[1] >= 0 && at[2] >= 0 && at[3] >= 0);
    assert_true(at[1] < at[2]);
    assert_true(at[0] < at[1] && at[1] < at[3]);
    sift_plugins_unload(&p);
    sift_settings_destroy(&s);
    s_expect_order("none", NULL, 0);
    s_expect_order("", NULL, 0);
}

/* ------------------------------------------------------------ pipeline */

typedef struct {
    sift_settings_t *settings;
    sift_plugins_t plugins;
    sift_runner_t *runner;
    sift_frames_t frames;
    msgpack_sbuffer in;
    msgpack_unpacked u;
} run_t;

static void s_run_open(run_t *r, const char *content, const char *plugins)
{
    memset(r, 0, sizeof *r);
    r->settings = s_settings(content, plugins);
    capture_begin();
    int rc = sift_plugins_load(&r->plugins, r->settings);
    capture_end();
    assert_int_equal(rc, 0);
    sift_limits_t limits;
    sift_settings_limits(r->settings, &limits);
    r->runner = sift_runner_new(&r->plugins, &limits);
    assert_non_null(r->runner);
    sift_frames_init(&r->frames);
    msgpack_sbuffer_init(&r->in);
    msgpack_unpacked_init(&r->u);
}

static void s_run_close(run_t *r)
{
    msgpack_unpacked_destroy(&r->u);
    msgpack_sbuffer_destroy(&r->in);
    sift_frames_release(&r->frames);
    sift_runner_destroy(&r->runner);
    sift_plugins_unload(&r->plugins);
    sift_settings_destroy(&r->settings);
}

static sift_error_code_t s_run(run_t *r, const char *id, const char *text, uint64_t skip,
                               const char *reason)
{
    r->in.size = 0;
    sift_message_encode_article(&r->in, id, strlen(id), text, strlen(text));
    sift_frames_reset(&r->frames);
    capture_begin();
    sift_error_code_t c = sift_runner_process(r->runner, r->in.data, r->in.size, skip, reason,
                                              &r->frames);
    capture_end();
    return c;
}

static void s_expect_topics(run_t *r, const char *const *topics, size_t n)
{
    assert_int_equal(r->frames.n, n);
    for (size_t i = 0; i < n; i++) {
        const struct sift_frame *f = &r->frames.items[i];
        if (f->topic_len != strlen(topics[i]) ||
            memcmp(r->frames.buf.data + f->topic, topics[i], f->topic_len) != 0)
            fail_msg("frame %zu: '%.*s', want '%s'", i, (int)f->topic_len,
                     r->frames.buf.data + f->topic, topics[i]);
    }
}

/* The payload of the last frame (the article). */
static const msgpack_object *s_article(run_t *r)
{
    const struct sift_frame *f = &r->frames.items[r->frames.n - 1];
    size_t off = 0;
    int rc = msgpack_unpack_next(&r->u, r->frames.buf.data + f->payload, f->payload_len, &off);
    if (rc != MSGPACK_UNPACK_SUCCESS || off != f->payload_len)
        fail_msg("last frame: payload is not exactly one complete msgpack value (unpack "
                 "returned %d, used %zu of %zu bytes)", rc, off, f->payload_len);
    return &r->u.data;
}

/* Checks plugin i of the article: name and ok (and error substring). */
static void s_expect_plugin(const msgpack_object *a, size_t i, const char *name, bool ok,
                            const char *error)
{
    const msgpack_object *ps = mp_get(a, "plugins");
    assert_non_null(ps);
    assert_true(i < ps->via.array.size);
    const msgpack_object *p = &ps->via.array.ptr[i];
    if (!mp_str_is(mp_get(p, "name"), name))
        fail_msg("plugin %zu is not %s", i, name);
    const msgpack_object *o = mp_get(p, "ok");
    assert_non_null(o);
    if (o->via.boolean != ok)
        fail_msg("plugin %s: ok is %d, want %d", name, o->via.boolean, ok);
    const msgpack_object *e = mp_get(p, "error");
    if (ok) {
        assert_null(e);
    } else {
        assert_non_null(e);
        assert_int_equal(e->type, MSGPACK_OBJECT_STR);
        if (error && !(e->via.str.size >= strlen(error) &&
                       memmem(e->via.str.ptr, e->via.str.size, error, strlen(error))))
            fail_msg("plugin %s: error '%.*s' lacks '%s'", name, (int)e->via.str.size,
                     e->via.str.ptr, error);
    }
}

static void test_pipeline_runs_in_dependency_order(void **state)
{
    (void)state;
    run_t r;
    s_run_open(&r, NULL, "needs,echo");
    assert_int_equal(s_run(&r, "p1", "Huawei said it would fight.", 0, NULL), SIFT_OK);
    const char *const topics[] = { "entity.ORG", "tariff.US.CN", "tariff.XX.XX", "quote",
                                   "article" };
    s_expect_topics(&r, topics, 5);
    /* needs fails when it runs before a provider of entities */
    size_t n;
    const sift_plugin_status_t *st = sift_runner_status(r.runner, &n);
    assert_int_equal(n, 2);
    assert_string_equal(st[0].name, "echo");
    assert_string_equal(st[1].name, "needs");
    assert_true(st[0].ok);
    if (!st[1].ok)
        fail_msg("needs failed: %s", st[1].error ? st[1].error : "?");
    s_run_close(&r);
}

static void test_pipeline_output_decodes(void **state)
{
    (void)state;
    run_t r;
    s_run_open(&r, NULL, "needs,echo");
    assert_int_equal(s_run(&r, "p1", "Huawei said it would fight.", 0, NULL), SIFT_OK);
    const msgpack_object *a = s_article(&r);
    s_expect_plugin(a, 0, "echo", true, NULL);
    s_expect_plugin(a, 1, "needs", true, NULL);
    const msgpack_object *ents = mp_get(a, "entities");
    assert_non_null(ents);
    assert_int_equal(ents->via.array.size, 1);
    assert_true(mp_str_is(mp_get(&ents->via.array.ptr[0], "name"), "Huawei"));
    assert_int_equal(mp_get(a, "tariffs")->via.array.size, 2);
    const msgpack_object *q = &mp_get(a, "quotes")->via.array.ptr[0];
    assert_true(mp_str_is(mp_get(mp_get(q, "speaker"), "name"), "Huawei"));
    s_run_close(&r);
}

static void test_pipeline_plugin_failure_is_contained(void **state)
{
    (void)state;
    run_t r;
    s_run_open(&r, NULL, "echo,fail");
    assert_int_equal(s_run(&r, "f1", "Boeing will FAIL today.", 0, NULL), SIFT_OK);
    const msgpack_object *a = s_article(&r);
    s_expect_plugin(a, 0, "echo", true, NULL);
    s_expect_plugin(a, 1, "fail", false, "found FAIL at byte 12");
    /* the entity fail added before failing was taken back */
    const msgpack_object *ents = mp_get(a, "entities");
    assert_int_equal(ents->via.array.size, 1);
    assert_true(mp_str_is(mp_get(&ents->via.array.ptr[0], "name"), "Boeing"));
    const char *const topics[] = { "entity.ORG", "article" };
    s_expect_topics(&r, topics, 2);
    /* the next article is not affected */
    assert_int_equal(s_run(&r, "f2", "Airbus is fine.", 0, NULL), SIFT_OK);
    a = s_article(&r);
    s_expect_plugin(a, 1, "fail", true, NULL);
    s_run_close(&r);
}

static void test_pipeline_skip_mask(void **state)
{
    (void)state;
    run_t r;
    s_run_open(&r, NULL, "echo,needs");
    assert_int_equal(s_run(&r, "s1", "Nokia rose.", 1, "plugin crashed (test)"), SIFT_OK);
    const msgpack_object *a = s_article(&r);
    s_expect_plugin(a, 0, "echo", false, "plugin crashed (test)");
    s_expect_plugin(a, 1, "needs", false, "no entities");
    assert_int_equal(mp_get(a, "entities")->via.array.size, 0);
    /* the mask applies to one article only */
    assert_int_equal(s_run(&r, "s2", "Nokia rose.", 0, NULL), SIFT_OK);
    size_t n;
    const sift_plugin_status_t *st = sift_runner_status(r.runner, &n);
    assert_int_equal(n, 2);
    assert_true(st[0].ok);
    assert_true(st[1].ok);
    assert_null(st[0].error);
    s_run_close(&r);
}

static void test_pipeline_rejects_before_plugins(void **state)
{
    (void)state;
    run_t r;
    s_run_open(&r, NULL, "echo");
    assert_int_equal(s_run(&r, "bad", "caf\xc3", 0, NULL), SIFT_E_BAD_UTF8);
    const char *const topics[] = { "error" };
    s_expect_topics(&r, topics, 1);
    const msgpack_object *e = s_article(&r);
    assert_true(mp_str_is(mp_get(e, "code"), "bad_utf8"));
    assert_true(mp_str_is(mp_get(e, "id"), "bad"));
    s_run_close(&r);
}

static void test_pipeline_no_plugins(void **state)
{
    (void)state;
    run_t r;
    s_run_open(&r, NULL, "none");
    assert_int_equal(s_run(&r, "n1", "Plain text.", 0, NULL), SIFT_OK);
    const char *const topics[] = { "article" };
    s_expect_topics(&r, topics, 1);
    const msgpack_object *a = s_article(&r);
    assert_true(mp_str_is(mp_get(a, "id"), "n1"));
    assert_int_equal(mp_get(a, "plugins")->via.array.size, 0);
    s_run_close(&r);
}

static void test_pipeline_empty_text(void **state)
{
    (void)state;
    run_t r;
    s_run_open(&r, NULL, "echo,keys");
    assert_int_equal(s_run(&r, "empty", "", 0, NULL), SIFT_OK);
    const msgpack_object *a = s_article(&r);
    s_expect_plugin(a, 0, "echo", true, NULL);
    s_expect_plugin(a, 1, "keys", true, NULL);
    assert_int_equal(mp_get(a, "entities")->via.array.size, 0);
    s_run_close(&r);
}

static void test_plugin_config_values(void **state)
{
    (void)state;
    run_t r;
    s_run_open(&r, "[keys]\ngreeting = good day\nlexicon = words.txt\n", "keys");
    assert_int_equal(s_run(&r, "k1", "Text.", 0, NULL), SIFT_OK);
    const msgpack_object *e = &mp_get(s_article(&r), "entities")->via.array.ptr[0];
    assert_true(mp_str_is(mp_get(e, "name"), "good day"));
    assert_true(mp_str_is(mp_get(e, "title"), SIFT_TEST_PLUGIN_DIR "/keys/words.txt"));
    s_run_close(&r);

    s_run_open(&r, "[keys]\ndata_dir = /srv/data\n", "keys");
    assert_int_equal(s_run(&r, "k2", "Text.", 0, NULL), SIFT_OK);
    e = &mp_get(s_article(&r), "entities")->via.array.ptr[0];
    assert_true(mp_str_is(mp_get(e, "name"), "hello")); /* the declared default */
    assert_true(mp_str_is(mp_get(e, "title"), "(none)")); /* lexicon has no value */
    s_run_close(&r);

    s_run_open(&r, "[keys]\ndata_dir = /srv/data\nlexicon = lex/a.txt\n", "keys");
    assert_int_equal(s_run(&r, "k3", "Text.", 0, NULL), SIFT_OK);
    e = &mp_get(s_article(&r), "entities")->via.array.ptr[0];
    assert_true(mp_str_is(mp_get(e, "title"), "/srv/data/lex/a.txt"));
    s_run_close(&r);

    s_run_open(&r, "[keys]\nlexicon = /abs/file\n", "keys");
    assert_int_equal(s_run(&r, "k4", "Text.", 0, NULL), SIFT_OK);
    e = &mp_get(s_article(&r), "entities")->via.array.ptr[0];
    assert_true(mp_str_is(mp_get(e, "title"), "/abs/file"));
    s_run_close(&r);
}

static void test_open_and_describe(void **state)
{
    (void)state;
    sift_loaded_t l;
    assert_int_equal(sift_plugins_open(&l, SIFT_TEST_PLUGIN_DIR "/keys.so", "keys"), 0);
    char *buf = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&buf, &len);
    sift_plugin_describe(l.desc, fp);
    fclose(fp);
    assert_non_null(strstr(buf, "keys 1.0"));
    assert_non_null(strstr(buf, "greeting"));
    assert_non_null(strstr(buf, "hello"));
    assert_non_null(strstr(buf, "lexicon"));
    assert_non_null(strstr(buf, "data_dir"));
    free(buf);
    sift_plugins_t one = { .n = 1 };
    one.items[0] = l;
    sift_plugins_unload(&one);
}

/* ------------------------------------------------------- search path */

/* Loads settings from `content` (plugins from the file) and returns the
 * data_dir of the one plugin loaded, copied into buf. */
static const char *s_load_one(const char *content, char *buf, size_t size)
{
    sift_settings_t *s = sift_settings_load(conf_write(content));
    assert_non_null(s);
    sift_plugins_t p;
    assert_int_equal(sift_plugins_load(&p, s), 0);
    assert_int_equal(p.n, 1);
    snprintf(buf, size, "%s", p.items[0].cfg->data_dir);
    sift_plugins_unload(&p);
    sift_settings_destroy(&s);
    return buf;
}

static void test_plugin_path_in_order(void **state)
{
    (void)state;
    char tmp[] = "/tmp/sift-path.XXXXXX", link[64], conf[512], buf[512], want[64];
    assert_non_null(mkdtemp(tmp));
    snprintf(link, sizeof link, "%s/keys.so", tmp);
    snprintf(want, sizeof want, "%s/keys", tmp);
    assert_int_equal(symlink(SIFT_TEST_PLUGIN_DIR "/keys.so", link), 0);
    /* plugin_dir empty of plugins: found in the second plugin_path entry,
     * its data dir beside it */
    snprintf(conf, sizeof conf, "[siftd]\nplugin_dir = /nonexistent/dir\n"
             "plugin_path = /nonexistent/a::%s\nplugins = keys\n", tmp);
    assert_string_equal(s_load_one(conf, buf, sizeof buf), want);
    /* plugin_path comes before plugin_dir */
    snprintf(conf, sizeof conf, "[siftd]\nplugin_dir = %s\nplugin_path = %s\n"
             "plugins = keys\n", SIFT_TEST_PLUGIN_DIR, tmp);
    assert_string_equal(s_load_one(conf, buf, sizeof buf), want);
    unlink(link);
    rmdir(tmp);
}

static void test_not_found_names_every_directory(void **state)
{
    (void)state;
    s_expect_fail("[siftd]\nplugin_path = /x/one:/x/two\n", "echo, nowhere", 1,
                  "plugin nowhere", "no nowhere.so in /x/one, /x/two, " SIFT_TEST_PLUGIN_DIR,
                  "plugin_path");
}

static void test_absolute_path_from_config_only(void **state)
{
    (void)state;
    char buf[512];
    assert_string_equal(s_load_one("[siftd]\nplugin_dir = /nonexistent\n"
                                   "plugins = " SIFT_TEST_PLUGIN_DIR "/keys.so\n", buf,
                                   sizeof buf), SIFT_TEST_PLUGIN_DIR "/keys");
    /* from the command line, only names */
    s_expect_fail(NULL, SIFT_TEST_PLUGIN_DIR "/keys.so", 1, "--plugins", "not a plugin name",
                  "only in the config file");
    /* a path must name NAME.so */
    s_expect_fail("[siftd]\nplugins = /tmp/Keys.so\n", NULL, 1, ":2:", "/tmp/Keys.so",
                  "NAME.so");
    s_expect_fail("[siftd]\nplugins = /tmp/keys\n", NULL, 1, ":2:", "/tmp/keys", "NAME.so");
}

static void test_names_are_strict(void **state)
{
    (void)state;
    s_expect_fail(NULL, "../plugins/echo", 1, "'../plugins/echo'", "not a plugin name", NULL);
    s_expect_fail(NULL, "Echo", 1, "'Echo'", "[a-z0-9_]", NULL);
    s_expect_fail("[siftd]\nplugins = echo, e.cho\n", NULL, 1, ":2:", "'e.cho'", NULL);
}

static void test_describe_lists_event_kinds(void **state)
{
    (void)state;
    sift_loaded_t l;
    assert_int_equal(sift_plugins_open(&l, SIFT_TEST_PLUGIN_DIR "/kinds.so", "kinds"), 0);
    assert_non_null(l.events);
    char *buf = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&buf, &len);
    sift_plugin_describe(l.desc, fp);
    fclose(fp);
    assert_non_null(strstr(buf, "event kinds.word: one per alphabetic token"));
    assert_non_null(strstr(buf, "text:string at:span index:integer?"));
    assert_non_null(strstr(buf, "event kinds.summary"));
    free(buf);
    sift_plugins_t one = { .n = 1 };
    one.items[0] = l;
    sift_plugins_unload(&one);
    /* a descriptor built for ABI 1.0 has no `events`: never read past it */
    assert_int_equal(sift_plugins_open(&l, SIFT_TEST_PLUGIN_DIR "/old_minor.so", "old_minor"), 0);
    assert_null(l.events);
    assert_true(l.desc->size < sizeof(sift_plugin_t));
    one.items[0] = l;
    sift_plugins_unload(&one);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_missing_plugin), cmocka_unit_test(test_bad_abi),
        cmocka_unit_test(test_newer_minor), cmocka_unit_test(test_no_symbol),
        cmocka_unit_test(test_wrong_name), cmocka_unit_test(test_no_process),
        cmocka_unit_test(test_tiny_descriptor), cmocka_unit_test(test_bad_init),
        cmocka_unit_test(test_bad_init_after_good_one), cmocka_unit_test(test_cycle),
        cmocka_unit_test(test_unmet_requirement), cmocka_unit_test(test_unknown_plugin_key),
        cmocka_unit_test(test_failure_in_second_plugin_unloads_first),
        cmocka_unit_test(test_order),
        cmocka_unit_test(test_pipeline_runs_in_dependency_order),
        cmocka_unit_test(test_pipeline_output_decodes),
        cmocka_unit_test(test_pipeline_plugin_failure_is_contained),
        cmocka_unit_test(test_pipeline_skip_mask),
        cmocka_unit_test(test_pipeline_rejects_before_plugins),
        cmocka_unit_test(test_pipeline_no_plugins), cmocka_unit_test(test_pipeline_empty_text),
        cmocka_unit_test(test_plugin_config_values), cmocka_unit_test(test_open_and_describe),
        cmocka_unit_test(test_plugin_path_in_order),
        cmocka_unit_test(test_not_found_names_every_directory),
        cmocka_unit_test(test_absolute_path_from_config_only),
        cmocka_unit_test(test_names_are_strict),
        cmocka_unit_test(test_describe_lists_event_kinds),
    };
    return cmocka_run_group_tests_name("loader", tests, conf_setup, conf_teardown);
}
