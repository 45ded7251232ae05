/* SPDX-License-Identifier: MIT */
/* fuzz_plugin.c - one plugin (FUZZ_PLUGIN, after the entities plugin it
 * may require) on any valid UTF-8 text, through the same runner siftd's
 * workers use: tokeniser, the plugins, encoding. A plugin that returns -1
 * is fine; a sanitizer report or a crash is a finding. */
#include <msgpack.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "loader.h"
#include "log.h"
#include "pipeline.h"

static sift_settings_t *s_settings;
static sift_plugins_t s_plugins;
static sift_runner_t *s_runner;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc, (void)argv;
    sift_log_set_level(LOG_ERR);
    const char *list = strcmp(FUZZ_PLUGIN, "entities") == 0 ? "entities"
                                                            : "entities, " FUZZ_PLUGIN;
    s_settings = sift_settings_load(NULL);
    sift_limits_t limits;
    if (!s_settings || sift_settings_set(s_settings, "plugin_dir", FUZZ_PLUGIN_DIR) < 0 ||
        sift_settings_set(s_settings, "plugins", list) < 0 ||
        sift_plugins_load(&s_plugins, s_settings) < 0)
        abort();
    sift_settings_limits(s_settings, &limits);
    if (!(s_runner = sift_runner_new(&s_plugins, &limits)))
        abort();
    sift_log_set_level(-1); /* plugins may log about odd input: silence */
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!sift_utf8_valid((const char *)data, size))
        return -1; /* not in the domain: keep it out of the corpus */
    msgpack_sbuffer in;
    msgpack_sbuffer_init(&in);
    sift_message_encode_article(&in, "fuzz", 4, (const char *)data, size);
    sift_frames_t out;
    sift_frames_init(&out);
    sift_runner_process(s_runner, in.data, in.size, 0, NULL, &out);
    sift_frames_release(&out);
    msgpack_sbuffer_destroy(&in);
    return 0;
}
