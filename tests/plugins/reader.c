/* SPDX-License-Identifier: MIT */
/* reader.c - test plugin that requires another plugin's kind
 * ("kinds.summary") and reads it back from doc->events: it publishes
 * `reader.seen` with the summary's word count and its provenance. */
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
    for (size_t i = 0; i < doc->n_events; i++) {
        const sift_event_t *e = &doc->events[i];
        if (strcmp(e->kind, "summary") != 0)
            continue;
        for (size_t f = 0; f < e->n_fields; f++)
            if (strcmp(e->fields[f].name, "words") == 0) {
                sift_value_t v[] = { SIFT_INT("words", e->fields[f].v.i),
                                     SIFT_STRING("from", e->plugin) };
                return s_host->add_event(out, "seen", NULL, v, 2) < 0 ? -1 : 0;
            }
    }
    return s_host->set_error(out, "no kinds.summary event before me"), -1;
}

static const char *const s_requires[] = { "kinds.summary", NULL };
static const sift_field_decl_t s_seen[] = {
    { "words", SIFT_FIELD_INT, false }, { "from", SIFT_FIELD_STRING, false },
    { NULL, 0, false } };
static const sift_event_kind_t s_kinds[] = {
    { "seen", "the summary another plugin published", s_seen }, { NULL, NULL, NULL } };

SIFT_PLUGIN_EXPORT const sift_plugin_t sift_plugin = {
    .abi = SIFT_ABI, .size = sizeof(sift_plugin_t), .name = "reader", .version = "1.0",
    .description = "test: requires kinds.summary", .requires = s_requires,
    .init = s_init, .process = s_process, .events = s_kinds,
};
