/* SPDX-License-Identifier: MIT */
/* keys.c - test plugin with config keys: `greeting` (default "hello") and
 * `lexicon` (a file name resolved against data_dir). Adds one PERSON
 * entity named after the greeting, titled with the resolved lexicon path,
 * so tests can see the values init read. */
#include <stdlib.h>
#include <string.h>

#include <sift/plugin.h>

typedef struct {
    const sift_host_t *host;
    char greeting[64];
    char lexicon[512];
} state_t;

static int s_init(const sift_host_t *host, const sift_config_t *cfg, void **state)
{
    state_t *s = calloc(1, sizeof *s);
    if (!s)
        return -1;
    s->host = host;
    const char *g = host->config_get(cfg, "greeting");
    strncpy(s->greeting, g ? g : "(null)", sizeof s->greeting - 1);
    if (host->config_path(cfg, "lexicon", s->lexicon, sizeof s->lexicon) < 0)
        strcpy(s->lexicon, "(none)");
    *state = s;
    return 0;
}

static int s_process(void *state, const sift_doc_t *doc, sift_out_t *out)
{
    state_t *s = state;
    if (doc->n_tokens == 0)
        return 0;
    sift_span_t m = { doc->tokens[0].start, doc->tokens[0].end };
    sift_entity_t e = { .type = SIFT_PERSON, .name = s->greeting, .title = s->lexicon,
                        .mentions = &m, .n_mentions = 1 };
    return s->host->add_entity(out, &e) < 0 ? -1 : 0;
}

static void s_destroy(void *state)
{
    free(state);
}

static const sift_config_key_t s_keys[] = {
    { "greeting", "hello", "what to call the entity" },
    { "lexicon", NULL, "a data file name" },
    { NULL, NULL, NULL } };

SIFT_PLUGIN_EXPORT const sift_plugin_t sift_plugin = {
    .abi = SIFT_ABI, .size = sizeof(sift_plugin_t), .name = "keys", .version = "1.0",
    .description = "test: config keys", .config_keys = s_keys,
    .init = s_init, .process = s_process, .destroy = s_destroy,
};
