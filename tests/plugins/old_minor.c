/* SPDX-License-Identifier: MIT */
/* old_minor.c - test plugin built against the ABI 1.0 header kept in
 * tests/abi/1.0 (its descriptor, host table and document are shorter than
 * today's): it must load and run. One ORG per article, its last word. */
#include <sift/plugin.h>

#if SIFT_ABI_MINOR != 0
#error "old_minor must be built against tests/abi/1.0"
#endif

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
    if (doc->size < sizeof *doc)
        return s_host->set_error(out, "document smaller than ABI 1.0's"), -1;
    for (size_t i = doc->n_tokens; i-- > 0;) {
        const sift_token_t *t = &doc->tokens[i];
        if (!(t->flags & SIFT_TOKEN_ALPHA))
            continue;
        sift_span_t m = { t->start, t->end };
        sift_entity_t e = { .type = SIFT_ORG, .name = "last word", .mentions = &m,
                            .n_mentions = 1 };
        return s_host->add_entity(out, &e) < 0 ? -1 : 0;
    }
    return 0;
}

static const char *const s_provides[] = { "entities", NULL };

SIFT_PLUGIN_EXPORT const sift_plugin_t sift_plugin = {
    .abi = SIFT_ABI, .size = sizeof(sift_plugin_t), .name = "old_minor", .version = "1.0",
    .description = "test: built against ABI 1.0", .provides = s_provides,
    .init = s_init, .process = s_process,
};
