/* SPDX-License-Identifier: MIT */
/* tiny.c - test plugin whose descriptor claims to be too small to hold
 * the callbacks. */
#include <sift/plugin.h>

SIFT_PLUGIN_EXPORT const sift_plugin_t sift_plugin = {
    .abi = SIFT_ABI, .size = 8, .name = "tiny", .version = "1.0",
};
