/* SPDX-License-Identifier: MIT */
/*
 * sift/testhost.h - a fake siftd for a plugin's own tests (not part of the
 * plugin ABI: only test programs include it; link libsift-testhost, or use
 * sift_add_plugin(... TESTS test.c) from the CMake package).
 *
 * It loads one plugin the way siftd does (same ABI and descriptor checks),
 * gives it a config section, tokenises a text with siftd's own tokeniser
 * (or takes the tokens you give), lets you add the layers earlier plugins
 * would have added, runs process() once, and hands back the document with
 * everything the plugin added. The host table it passes is siftd's own, so
 * add_entity, add_event ... validate and copy exactly as in production.
 *
 *   sift_testhost_t *th = sift_testhost_new(SIFT_TEST_PLUGIN); // path to NAME.so
 *   sift_testhost_set(th, "word", "AFP");           // config, before init
 *   assert(sift_testhost_init(th) == 0);
 *   assert(sift_testhost_run(th, "AFP said so.") == 0);
 *   const sift_doc_t *doc = sift_testhost_doc(th);  // doc->entities, doc->events ...
 *   sift_testhost_destroy(&th);
 *
 * Errors are returned as values with a line on stderr. Single-threaded.
 */
#ifndef SIFT_TESTHOST_H
#define SIFT_TESTHOST_H

#include <sift/plugin.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct sift_testhost sift_testhost_t;

/* A check that holds in every build type (assert() vanishes under NDEBUG,
 * which CMake's Release and RelWithDebInfo set): on failure it prints where
 * and what, and exits 1. Needs <stdio.h> and <stdlib.h>. */
#define SIFT_CHECK(cond)                                                            \
    do {                                                                            \
        if (!(cond)) {                                                              \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
            exit(1);                                                                \
        }                                                                           \
    } while (0)

/* Loads and checks the plugin at `path` (".../NAME.so"). Its data_dir is
 * <directory of path>/NAME until set. NULL when it cannot be loaded. */
sift_testhost_t *sift_testhost_new(const char *path);

/* Sets a key of the plugin's config section (copied), before init. -1 for a
 * key the plugin does not declare. */
int sift_testhost_set(sift_testhost_t *th, const char *key, const char *value);

/* Runs the plugin's init. 0, or -1 when it failed. */
int sift_testhost_init(sift_testhost_t *th);

/* Starts an article: copies text (NUL-terminated UTF-8), tokenises it as
 * siftd does, and clears the layers. 0 or -1. */
int sift_testhost_begin(sift_testhost_t *th, const char *text);

/* Replaces the tokens and sentences of the article begun (copied; their
 * lower_hashes are computed). 0 or -1. */
int sift_testhost_set_tokens(sift_testhost_t *th, const sift_token_t *tokens, size_t n_tokens,
                             const sift_sentence_t *sentences, size_t n_sentences);

/* Layers of earlier plugins, added in the name of `by` (as the plugin under
 * test will see them). Return the index, or -1 when siftd would refuse it. */
int sift_testhost_add_entity(sift_testhost_t *th, const char *by, const sift_entity_t *e);
int sift_testhost_add_tariff(sift_testhost_t *th, const char *by, const sift_tariff_t *t);
int sift_testhost_add_quote(sift_testhost_t *th, const char *by, const sift_quote_t *q);

/* Runs process() on the article begun; returns what it returned. */
int sift_testhost_process(sift_testhost_t *th);

/* begin + process. */
int sift_testhost_run(sift_testhost_t *th, const char *text);

/* The document after process: the given layers and the plugin's results,
 * doc->events and doc->*_plugins included. Valid until the next begin. */
const sift_doc_t *sift_testhost_doc(const sift_testhost_t *th);

/* The message of the plugin's last set_error, or NULL. */
const char *sift_testhost_error(const sift_testhost_t *th);

/* The field `name` of an event, or NULL. */
const sift_value_t *sift_testhost_field(const sift_event_t *e, const char *name);

/* Runs destroy (after a successful init) and unloads the plugin. */
void sift_testhost_destroy(sift_testhost_t **th_p);

#ifdef __cplusplus
}
#endif
#endif /* SIFT_TESTHOST_H */
