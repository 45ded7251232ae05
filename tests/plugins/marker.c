/* SPDX-License-Identifier: MIT */
/* marker.c - test plugin whose constructor creates the file named by
 * $SIFT_TEST_MARKER: proves whether siftd or sift ever dlopened it (the
 * tests load it through a path in place of a name, which must not work). */
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

#include <sift/plugin.h>

__attribute__((constructor)) static void s_loaded(void)
{
    const char *path = getenv("SIFT_TEST_MARKER");
    int fd = path ? open(path, O_WRONLY | O_CREAT, 0600) : -1;
    if (fd >= 0)
        close(fd);
}

static int s_process(void *state, const sift_doc_t *doc, sift_out_t *out)
{
    (void)state, (void)doc, (void)out;
    return 0;
}

SIFT_PLUGIN_EXPORT const sift_plugin_t sift_plugin = {
    .abi = SIFT_ABI, .size = sizeof(sift_plugin_t), .name = "marker", .version = "1.0",
    .process = s_process,
};
