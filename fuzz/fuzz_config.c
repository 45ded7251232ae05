/* SPDX-License-Identifier: MIT */
/* fuzz_config.c - siftd.conf parsing on any file content: every input is
 * a config or one error line, never a sanitizer report. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/mman.h>
#include <unistd.h>

#include "config.h"
#include "log.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int fd = -1;
    static char path[64];
    if (fd < 0) {
        sift_log_set_level(-1); /* the error lines are expected: silence */
        fd = memfd_create("siftd.conf", 0);
        if (fd < 0)
            return 0;
        snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
    }
    if (ftruncate(fd, 0) < 0 || pwrite(fd, data, size, 0) != (ssize_t)size)
        return 0;
    sift_settings_t *s = sift_settings_load(path);
    sift_settings_destroy(&s);
    return 0;
}
