/* SPDX-License-Identifier: MIT */
/* fail.c - test plugin: adds an entity, then fails (set_error, -1) on
 * articles whose text contains "FAIL"; the host must take the entity back. */
#include <string.h>

#include <sift/plugin.h>

static const sift_host_t *s_host;

static int s_init(const sift_host_t *host, const sift_config_t *cfg, void **state)
{
    (void)cfg;
    s_host = host;
    *state = NULL;
    return 0;
}

static int s_process(void *state, const sift_doc_t *doc, sift_out_t *out)
{
    (void)state;
    const char *at = strstr(doc->text, "FAIL");
    if (!at)
        return 0;
    uint32_t start = (uint32_t)(at - doc->text);
    sift_span_t m = { start, start + 4 };
    sift_entity_t e = { .type = SIFT_PERSON, .name = "Partial Result", .mentions = &m,
                        .n_mentions = 1 };
    s_host->add_entity(out, &e);
    s_host->set_error(out, "fail plugin: found FAIL at byte %u", start);
    return -1;
}

SIFT_PLUGIN_EXPORT const sift_plugin_t sift_plugin = {
    .abi = SIFT_ABI, .size = sizeof(sift_plugin_t), .name = "fail", .version = "1.0",
    .description = "test: fails on FAIL", .init = s_init, .process = s_process,
};
