/* SPDX-License-Identifier: MIT */
/* bad_kinds.c - test plugin declaring a kind with a reserved field name
 * ("plugin"): the loader must refuse it, naming the kind and the field. */
#include <sift/plugin.h>

static int s_process(void *state, const sift_doc_t *doc, sift_out_t *out)
{
    (void)state, (void)doc, (void)out;
    return 0;
}

static const sift_field_decl_t s_fields[] = {
    { "count", SIFT_FIELD_INT, false }, { "plugin", SIFT_FIELD_STRING, false },
    { NULL, 0, false } };
static const sift_event_kind_t s_kinds[] = { { "hit", "", s_fields }, { NULL, NULL, NULL } };

SIFT_PLUGIN_EXPORT const sift_plugin_t sift_plugin = {
    .abi = SIFT_ABI, .size = sizeof(sift_plugin_t), .name = "bad_kinds", .version = "1.0",
    .process = s_process, .events = s_kinds,
};
