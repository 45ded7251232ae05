/* SPDX-License-Identifier: MIT */
/* hog.c - test plugin: on text containing "HOG" it caps its worker's
 * address space at what is mapped now (RLIMIT_AS) and returns: the worker
 * then dies outside any plugin, running out of memory encoding the
 * article's large meta - the endless retry of issue 13. */
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include <sift/plugin.h>

static int s_process(void *state, const sift_doc_t *doc, sift_out_t *out)
{
    (void)state, (void)out;
    if (!strstr(doc->text, "HOG"))
        return 0;
    unsigned long pages = 0;
    FILE *fp = fopen("/proc/self/statm", "r");
    if (fp) {
        if (fscanf(fp, "%lu", &pages) != 1)
            pages = 0;
        fclose(fp);
    }
    struct rlimit rl = { (rlim_t)pages * (rlim_t)sysconf(_SC_PAGESIZE) + (1u << 20),
                         RLIM_INFINITY };
    if (pages)
        setrlimit(RLIMIT_AS, &rl);
    return 0;
}

SIFT_PLUGIN_EXPORT const sift_plugin_t sift_plugin = {
    .abi = SIFT_ABI, .size = sizeof(sift_plugin_t), .name = "hog", .version = "1.0",
    .description = "test: leaves its worker no memory on HOG", .process = s_process,
};
