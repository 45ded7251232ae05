/* SPDX-License-Identifier: MIT */
/* slow.c - test plugin: sleeps 60 s on text containing "SLOW" (to trip
 * article_timeout) and 20 ms on "LAG" (to keep articles in flight). */
#include <string.h>
#include <time.h>

#include <sift/plugin.h>

static void s_sleep_ms(long ms)
{
    struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };
    while (nanosleep(&ts, &ts) != 0)
        ;
}

static int s_process(void *state, const sift_doc_t *doc, sift_out_t *out)
{
    (void)state;
    (void)out;
    if (strstr(doc->text, "SLOW"))
        s_sleep_ms(60000);
    else if (strstr(doc->text, "LAG"))
        s_sleep_ms(20);
    return 0;
}

SIFT_PLUGIN_EXPORT const sift_plugin_t sift_plugin = {
    .abi = SIFT_ABI, .size = sizeof(sift_plugin_t), .name = "slow", .version = "1.0",
    .description = "test: sleeps on SLOW", .process = s_process,
};
