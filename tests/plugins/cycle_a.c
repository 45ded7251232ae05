/* SPDX-License-Identifier: MIT */
/* cycle_a.c - test plugin: provides "quotes", requires "tariffs", which only
 * cycle_b provides, while cycle_b requires what this one provides. */
#include <sift/plugin.h>

static int s_process(void *state, const sift_doc_t *doc, sift_out_t *out)
{
    (void)state, (void)doc, (void)out;
    return 0;
}

static const char *const s_provides[] = { "quotes", NULL };
static const char *const s_requires[] = { "tariffs", NULL };

SIFT_PLUGIN_EXPORT const sift_plugin_t sift_plugin = {
    .abi = SIFT_ABI, .size = sizeof(sift_plugin_t), .name = "cycle_a", .version = "1.0",
    .provides = s_provides, .requires = s_requires, .process = s_process,
};
