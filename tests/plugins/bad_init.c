/* SPDX-License-Identifier: MIT */
/* bad_init.c - test plugin whose init fails (after logging why). */
#include <sift/plugin.h>

static int s_init(const sift_host_t *host, const sift_config_t *cfg, void **state)
{
    (void)cfg;
    *state = NULL;
    host->log("bad_init", SIFT_LOG_ERR, "cannot open the test model on purpose");
    return -1;
}

static int s_process(void *state, const sift_doc_t *doc, sift_out_t *out)
{
    (void)state, (void)doc, (void)out;
    return 0;
}

SIFT_PLUGIN_EXPORT const sift_plugin_t sift_plugin = {
    .abi = SIFT_ABI, .size = sizeof(sift_plugin_t), .name = "bad_init",
    .version = "1.0", .init = s_init, .process = s_process,
};
