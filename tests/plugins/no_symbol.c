/* SPDX-License-Identifier: MIT */
/* no_symbol.c - test plugin that exports no `sift_plugin`. */
#include <sift/plugin.h>

__attribute__((visibility("default"))) int not_a_sift_plugin(void)
{
    return 42;
}
