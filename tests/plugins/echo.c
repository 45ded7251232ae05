/* SPDX-License-Identifier: MIT */
/* echo.c - test plugin: one ORG entity per article, named after its first
 * word, so tests can see that a plugin ran and what it saw. Provides
 * "entities". */
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
    for (size_t i = 0; i < doc->n_tokens; i++) {
        const sift_token_t *t = &doc->tokens[i];
        if (!(t->flags & SIFT_TOKEN_ALPHA))
            continue;
        size_t n = t->end - t->start;
        char *name = s_host->scratch(out, n + 1);
        if (!name)
            return s_host->set_error(out, "out of memory"), -1;
        memcpy(name, doc->text + t->start, n);
        name[n] = '\0';
        sift_span_t m = { t->start, t->end };
        sift_entity_t e = { .type = SIFT_ORG, .name = name, .mentions = &m, .n_mentions = 1 };
        if (s_host->add_entity(out, &e) < 0)
            return s_host->set_error(out, "add_entity refused"), -1;
        break;
    }
    return 0;
}

static const char *const s_provides[] = { "entities", NULL };

SIFT_PLUGIN_EXPORT const sift_plugin_t sift_plugin = {
    .abi = SIFT_ABI, .size = sizeof(sift_plugin_t), .name = "echo", .version = "1.0",
    .description = "test: first word as an ORG", .provides = s_provides,
    .init = s_init, .process = s_process,
};
