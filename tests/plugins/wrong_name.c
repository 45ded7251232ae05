/* SPDX-License-Identifier: MIT */
/* wrong_name.c - test plugin whose descriptor names another plugin. */
#include <sift/plugin.h>

static int s_process(void *state, const sift_doc_t *doc, sift_out_t *out)
{
    (void)state, (void)doc, (void)out;
    return 0;
}

SIFT_PLUGIN_EXPORT const sift_plugin_t sift_plugin = {
    .abi = SIFT_ABI, .size = sizeof(sift_plugin_t), .name = "somebody_else",
    .version = "1.0", .process = s_process,
};
