/* SPDX-License-Identifier: MIT */
/* cycle_b.c - test plugin: provides "tariffs", requires "quotes", which only
 * cycle_a provides, while cycle_a requires what this one provides. */
#include <sift/plugin.h>

static int s_process(void *state, const sift_doc_t *doc, sift_out_t *out)
{
    (void)state, (void)doc, (void)out;
    return 0;
}

static const char *const s_provides[] = { "tariffs", NULL };
static const char *const s_requires[] = { "quotes", NULL };

SIFT_PLUGIN_EXPORT const sift_plugin_t sift_plugin = {
    .abi = SIFT_ABI, .size = sizeof(sift_plugin_t), .name = "cycle_b", .version = "1.0",
    .provides = s_provides, .requires = s_requires, .process = s_process,
};
