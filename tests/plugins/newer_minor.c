/* SPDX-License-Identifier: MIT */
/* newer_minor.c - test plugin built for a newer minor ABI than the host's:
 * the loader must refuse it. */
#include <sift/plugin.h>

static int s_process(void *state, const sift_doc_t *doc, sift_out_t *out)
{
    (void)state, (void)doc, (void)out;
    return 0;
}

SIFT_PLUGIN_EXPORT const sift_plugin_t sift_plugin = {
    .abi = SIFT_ABI + 1, .size = sizeof(sift_plugin_t), .name = "newer_minor",
    .version = "1.0", .process = s_process,
};
