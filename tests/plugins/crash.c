/* SPDX-License-Identifier: MIT */
/* crash.c - test plugin: SIGSEGV on text containing "CRASH", abort() on
 * "ABORT". siftd must survive it and publish the article without it. */
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include <sift/plugin.h>

static int s_process(void *state, const sift_doc_t *doc, sift_out_t *out)
{
    (void)state;
    (void)out;
    if (strstr(doc->text, "CRASH"))
        raise(SIGSEGV);
    if (strstr(doc->text, "ABORT"))
        abort();
    return 0;
}

SIFT_PLUGIN_EXPORT const sift_plugin_t sift_plugin = {
    .abi = SIFT_ABI, .size = sizeof(sift_plugin_t), .name = "crash", .version = "1.0",
    .description = "test: crashes on CRASH", .process = s_process,
};
