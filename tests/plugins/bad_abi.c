/* SPDX-License-Identifier: MIT */
/* bad_abi.c - test plugin built for ABI 2.0: the loader must refuse it,
 * naming both versions. */
#include <sift/plugin.h>

static int s_process(void *state, const sift_doc_t *doc, sift_out_t *out)
{
    (void)state, (void)doc, (void)out;
    return 0;
}

SIFT_PLUGIN_EXPORT const sift_plugin_t sift_plugin = {
    .abi = (2u << 16) | 0u, .size = sizeof(sift_plugin_t), .name = "bad_abi",
    .version = "1.0", .process = s_process,
};
