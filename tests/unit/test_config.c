/* SPDX-License-Identifier: MIT */
/* test_config.c - siftd.conf parsing (config.c): defaults, values, and the
 * one-line errors that name file:line. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "support.h"
#include "config.h"

static int s_lines(const char *s)
{
    int n = 0;
    for (; *s; s++)
        n += *s == '\n';
    return n;
}

/* Loading must fail with exactly one line containing "<path>:<line>: " and `what`. */
static void s_expect_error(const char *content, int line, const char *what)
{
    const char *path = conf_write(content);
    capture_begin();
    sift_settings_t *s = sift_settings_load(path);
    const char *err = capture_end();
    if (s) {
        sift_settings_destroy(&s);
        fail_msg("config loaded, want an error at line %d", line);
    }
    char where[192];
    snprintf(where, sizeof where, "%s:%d: ", path, line);
    if (!strstr(err, where))
        fail_msg("error does not name %s: %s", where, err);
    if (what && !strstr(err, what))
        fail_msg("error does not say '%s': %s", what, err);
    assert_int_equal(s_lines(err), 1);
}

static void test_defaults(void **state)
{
    (void)state;
    sift_settings_t *s = sift_settings_load(NULL);
    assert_non_null(s);
    assert_string_equal(s->input, "tcp://127.0.0.1:5555");
    assert_string_equal(s->output, "tcp://127.0.0.1:5556");
    assert_true(s->input_bind);
    assert_true(s->output_bind);
    assert_string_equal(s->plugin_dir, "");
    assert_string_equal(s->plugins, "entities, tariffs, quotes");
    assert_int_equal(s->workers, 0);
    assert_int_equal(s->max_text_bytes, 1048576);
    assert_int_equal(s->stats_interval, 10);
    assert_int_equal(s->article_timeout, 30);
    assert_int_equal(s->input_hwm, 1000);
    assert_int_equal(s->output_hwm, 0);
    assert_int_equal(s->output_queue_bytes, 67108864);
    assert_string_equal(s->log_level, "info");
    assert_null(s->file);
    assert_int_equal(s->n_sections, 0);
    sift_settings_destroy(&s);
    assert_null(s);
}

static void test_values_and_sections(void **state)
{
    (void)state;
    const char *path = conf_write("; comment\n"
                                  "[siftd]\n"
            "input = ipc:///tmp/in\n"
            "input_mode = connect\n"
            "output = tcp://*:7000\n"
            "output_mode = CONNECT\n"
            "plugins = echo, needs\n"
            "workers = 3\n"
            "max_text_bytes = 2000000\n"
            "stats_interval = 0\n"
            "article_timeout = 5\n"
            "log_level = debug\n"
            "\n"
            "[keys]\n"
            "greeting = good day\n"
            "# another comment\n"
            "lexicon = words.txt\n");
    sift_settings_t *s = sift_settings_load(path);
    assert_non_null(s);
    assert_string_equal(s->file, path);
    assert_string_equal(s->input, "ipc:///tmp/in");
    assert_int_equal(s->input_line, 3);
    assert_false(s->input_bind);
    assert_string_equal(s->output, "tcp://*:7000");
    assert_false(s->output_bind);
    assert_string_equal(s->plugins, "echo, needs");
    assert_int_equal(s->plugins_line, 7);
    assert_int_equal(s->workers, 3);
    assert_int_equal(s->max_text_bytes, 2000000);
    assert_int_equal(s->stats_interval, 0);
    assert_int_equal(s->article_timeout, 5);
    assert_string_equal(s->log_level, "debug");
    struct sift_config *k = sift_settings_section(s, "keys");
    assert_non_null(k);
    assert_int_equal(k->line, 15);
    assert_int_equal(k->n_entries, 2);
    assert_string_equal(k->entries[0].key, "greeting");
    assert_string_equal(k->entries[0].value, "good day");
    assert_int_equal(k->entries[0].line, 15);
    assert_string_equal(k->entries[1].key, "lexicon");
    assert_int_equal(k->entries[1].line, 17);
    assert_ptr_equal(k->file, s->file);
    assert_null(sift_settings_section(s, "nope"));
    sift_settings_destroy(&s);
}

static void test_unknown_key(void **state)
{
    (void)state;
    s_expect_error("[siftd]\nworkers = 2\nbogus = 1\n", 3, "unknown key 'bogus'");
}

static void test_bad_numbers(void **state)
{
    (void)state;
    s_expect_error("[siftd]\nworkers = many\n", 2, "workers");
    s_expect_error("[siftd]\n\nstats_interval = -1\n", 3, "stats_interval");
    s_expect_error("[siftd]\nmax_text_bytes = 0\n", 2, "max_text_bytes");
    s_expect_error("[siftd]\narticle_timeout = 2x\n", 2, "article_timeout");
    s_expect_error("[siftd]\nworkers = 99999999999999999999\n", 2, "workers");
}

static void test_bad_mode(void **state)
{
    (void)state;
    s_expect_error("[siftd]\ninput_mode = listen\n", 2, "listen");
}

static void test_bad_endpoint(void **state)
{
    (void)state;
    s_expect_error("[siftd]\nworkers = 1\ninput = http://example.com\n", 3, "http://example.com");
    s_expect_error("[siftd]\noutput = tcp://127.0.0.1\n", 2, "output");
    s_expect_error("[siftd]\noutput = tcp://127.0.0.1:99999\n", 2, "output");
}

static void test_bad_section_and_duplicates(void **state)
{
    (void)state;
    s_expect_error("[siftd]\n[Bad-Name]\nx = 1\n", 3, "Bad-Name");
    s_expect_error("[keys]\ngreeting = a\ngreeting = b\n", 3, "greeting");
}

static void test_syntax_error(void **state)
{
    (void)state;
    s_expect_error("[siftd]\nworkers = 1\nthis line has no equals sign\n", 3, NULL);
}

static void test_missing_file(void **state)
{
    (void)state;
    capture_begin();
    sift_settings_t *s = sift_settings_load("/nonexistent/siftd.conf");
    const char *err = capture_end();
    assert_null(s);
    assert_non_null(strstr(err, "/nonexistent/siftd.conf"));
    assert_int_equal(s_lines(err), 1);
}

static void test_overrides(void **state)
{
    (void)state;
    sift_settings_t *s = sift_settings_load(NULL);
    assert_int_equal(sift_settings_set(s, "input", "ipc:///tmp/x"), 0);
    assert_string_equal(s->input, "ipc:///tmp/x");
    assert_int_equal(sift_settings_set(s, "workers", "4"), 0);
    assert_int_equal(s->workers, 4);
    capture_begin();
    int rc1 = sift_settings_set(s, "output", "nonsense");
    int rc2 = sift_settings_set(s, "workers", "-5");
    int rc3 = sift_settings_set(s, "no_such_key", "1");
    const char *err = capture_end();
    assert_int_equal(rc1, -1);
    assert_int_equal(rc2, -1);
    assert_int_equal(rc3, -1);
    assert_non_null(strstr(err, "--output"));
    assert_non_null(strstr(err, "--workers"));
    assert_int_equal(sift_settings_add_section(s, "extra"), 0);
    assert_non_null(sift_settings_section(s, "extra"));
    sift_settings_destroy(&s);
}

static void test_endpoint_valid(void **state)
{
    (void)state;
    static const char *const good[] = { "tcp://127.0.0.1:5555", "tcp://*:5555",
                                        "tcp://localhost:0", "tcp://[::1]:5555",
                                        "tcp://eth0:*", "ipc:///tmp/sift.sock",
                                        "ipc://@abstract", "inproc://x" };
    static const char *const bad[] = { "", "tcp://", "tcp://host", "tcp://:5555",
                                       "tcp://host:", "tcp://host:abc", "tcp://host:65536",
                                       "tcp://host:-1", "ipc://", "inproc://", "udp://x:1",
                                       "127.0.0.1:5555" };
    for (size_t i = 0; i < sizeof good / sizeof good[0]; i++)
        if (!sift_endpoint_valid(good[i]))
            fail_msg("'%s' rejected", good[i]);
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        if (sift_endpoint_valid(bad[i]))
            fail_msg("'%s' accepted", bad[i]);
}

static void test_describe(void **state)
{
    (void)state;
    char *buf = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&buf, &len);
    sift_settings_describe(fp);
    fclose(fp);
    static const char *const keys[] = { "input", "input_mode", "output", "output_mode",
                                        "plugin_dir", "plugins", "workers", "max_text_bytes",
                                        "stats_interval", "article_timeout", "input_hwm",
                                        "output_hwm", "output_queue_bytes", "log_level",
                                        "metrics" };
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
        assert_non_null(strstr(buf, keys[i]));
    free(buf);
}

/* Writes FILE.d/NAME; returns its path (static buffer). */
static const char *s_dropin(const char *name, const char *content)
{
    static char path[256];
    char dir[224];
    snprintf(dir, sizeof dir, "%s.d", conf_path());
    mkdir(dir, 0700);
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *fp = fopen(path, "w");
    assert_non_null(fp);
    fputs(content, fp);
    fclose(fp);
    return path;
}

static void s_dropins_remove(const char *const *names, size_t n)
{
    char path[256];
    for (size_t i = 0; i < n; i++) {
        snprintf(path, sizeof path, "%s.d/%s", conf_path(), names[i]);
        unlink(path);
    }
    snprintf(path, sizeof path, "%s.d", conf_path());
    rmdir(path);
}

static void test_dropins_in_order(void **state)
{
    (void)state;
    static const char *const names[] = { "20-late.conf", "10-early.conf", "ignored.txt" };
    const char *path = conf_write("[siftd]\nworkers = 2\nplugins = none\n"
                                  "[entities]\nmodel = a.model\ngazetteer = g.tsv\n");
    s_dropin(names[0], "[siftd]\nworkers = 4\n[entities]\nmodel = c.model\n");
    s_dropin(names[1], "[siftd]\nworkers = 3\nstats_interval = 5\n"
                                           "[entities]\nmodel = b.model\n[quotes]\ncues = q\n");
    s_dropin(names[2], "[siftd]\nworkers = 9\n");
    sift_settings_t *s = sift_settings_load(path);
    assert_non_null(s);
    assert_int_equal(s->workers, 4);        /* 20- after 10-, .txt not read */
    assert_int_equal(s->stats_interval, 5);
    struct sift_config *e = sift_settings_section(s, "entities");
    assert_non_null(e);
    assert_int_equal(e->n_entries, 2);
    assert_string_equal(e->entries[0].value, "c.model");
    assert_int_equal(e->entries[0].line, 4);
    assert_non_null(strstr(e->entries[0].file, "20-late.conf"));
    assert_string_equal(e->entries[1].file, path);
    struct sift_config *q = sift_settings_section(s, "quotes");
    assert_non_null(q);
    assert_non_null(strstr(q->file, "/10-early.conf"));
    sift_settings_destroy(&s);

    /* an error in a drop-in names the drop-in and its line */
    const char *bad = s_dropin(names[0], "[siftd]\n\nworkers = lots\n");
    capture_begin();
    s = sift_settings_load(path);
    const char *err = capture_end();
    assert_null(s);
    char where[300];
    snprintf(where, sizeof where, "%s:3: workers: 'lots'", bad);
    if (!strstr(err, where))
        fail_msg("error does not name %s: %s", where, err);
    /* one file still may not set a plugin key twice */
    bad = s_dropin(names[0], "[entities]\nmodel = x\nmodel = y\n");
    capture_begin();
    s = sift_settings_load(path);
    err = capture_end();
    assert_null(s);
    snprintf(where, sizeof where, "%s:3: key 'model' set twice", bad);
    if (!strstr(err, where))
        fail_msg("error does not name %s: %s", where, err);
    s_dropins_remove(names, 3);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_defaults), cmocka_unit_test(test_values_and_sections),
        cmocka_unit_test(test_unknown_key), cmocka_unit_test(test_bad_numbers),
        cmocka_unit_test(test_bad_mode), cmocka_unit_test(test_bad_endpoint),
        cmocka_unit_test(test_bad_section_and_duplicates), cmocka_unit_test(test_syntax_error),
        cmocka_unit_test(test_missing_file), cmocka_unit_test(test_overrides),
        cmocka_unit_test(test_endpoint_valid), cmocka_unit_test(test_describe),
        cmocka_unit_test(test_dropins_in_order),
    };
    return cmocka_run_group_tests_name("config", tests, conf_setup, conf_teardown);
}
