/* SPDX-License-Identifier: MIT */
/* no_process.c - test plugin without a process function. */
#include <sift/plugin.h>

SIFT_PLUGIN_EXPORT const sift_plugin_t sift_plugin = {
    .abi = SIFT_ABI, .size = sizeof(sift_plugin_t), .name = "no_process",
    .version = "1.0",
};
