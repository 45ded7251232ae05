/* SPDX-License-Identifier: MIT */
/* example.c - the plugin of the README: tags every occurrence of one word
 * (config key `word`, default "Reuters") as an ORG. Kept small on purpose:
 * it is what a newcomer copies. */
#include <sift/plugin.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    const sift_host_t *host;
    char *word;
} state_t;

static int init(const sift_host_t *host, const sift_config_t *cfg, void **state)
{
    state_t *s = calloc(1, sizeof *s); /* read-only after init: process() runs concurrently */
    if (!s || !(s->word = strdup(host->config_get(cfg, "word")))) {
        free(s);
        host->log("example", SIFT_LOG_ERR, "out of memory");
        return -1;
    }
    s->host = host;
    *state = s;
    return 0;
}

static int process(void *state, const sift_doc_t *doc, sift_out_t *out)
{
    state_t *s = state;
    size_t n = strlen(s->word);
    for (size_t i = 0; i < doc->n_tokens; i++) {
        const sift_token_t *t = &doc->tokens[i];
        if (t->end - t->start == n && memcmp(doc->text + t->start, s->word, n) == 0) {
            sift_span_t m = { t->start, t->end };
            sift_entity_t e = { .type = SIFT_ORG, .name = s->word, .mentions = &m,
                                .n_mentions = 1 };
            if (s->host->add_entity(out, &e) < 0) { /* the host copies e */
                s->host->set_error(out, "could not add an entity");
                return -1; /* ok: false for this article, the others carry on */
            }
        }
    }
    return 0;
}

static void destroy(void *state)
{
    state_t *s = state;
    free(s->word);
    free(s);
}

static const char *const provides[] = { "entities", NULL };
static const sift_config_key_t keys[] = {
    { "word", "Reuters", "the word to tag" },
    { NULL, NULL, NULL } };

SIFT_PLUGIN_EXPORT const sift_plugin_t sift_plugin = {
    .abi = SIFT_ABI, .size = sizeof(sift_plugin_t), .name = "example", .version = "1.0",
    .description = "tags one word as an ORG (the README's example)", .provides = provides,
    .config_keys = keys, .init = init, .process = process, .destroy = destroy };
