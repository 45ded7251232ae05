/* SPDX-License-Identifier: MIT */
/* needs.c - test plugin: requires "entities" and fails when it sees none,
 * so a result with needs ok:true proves it ran after a provider. Adds two
 * tariffs (US->CN, and one with unknown parties) and a quote whose speaker
 * is entity 0. Provides "tariffs" and "quotes". */
#include <math.h>

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
    if (doc->n_entities == 0) {
        s_host->set_error(out, "needs saw no entities");
        return -1;
    }
    const sift_entity_t *e = &doc->entities[0];
    uint32_t start = e->mentions[0].start, end = e->mentions[0].end;
    static const char *const goods[] = { "steel", "aluminium" };
    sift_tariff_t t = {
        .action = SIFT_RAISE, .modality = SIFT_THREATENED,
        .actor = { "United States", "US" }, .target = { "China", "CN" },
        .rate = { SIFT_RATE_FROM_TO, 10, 25 },
        .has_amount = true, .amount = 200e9, .currency = "USD",
        .goods = goods, .n_goods = 2, .retaliation = true,
        .start = start, .end = end };
    sift_tariff_t u = {
        .action = SIFT_IMPOSE, .modality = SIFT_ACTUAL,
        .rate = { SIFT_RATE_RANGE, NAN, 60 }, .start = start, .end = end };
    sift_quote_t q = {
        .start = start, .end = end, .kind = SIFT_QUOTE_DIRECT, .has_speaker = true,
        .speaker_name = e->name, .has_speaker_span = true, .speaker_start = start,
        .speaker_end = end, .speaker_entity = 0, .cue = "said" };
    if (s_host->add_tariff(out, &t) < 0 || s_host->add_tariff(out, &u) < 0 ||
        s_host->add_quote(out, &q) < 0) {
        s_host->set_error(out, "add refused");
        return -1;
    }
    return 0;
}

static const char *const s_requires[] = { "entities", NULL };
static const char *const s_provides[] = { "tariffs", "quotes", NULL };

SIFT_PLUGIN_EXPORT const sift_plugin_t sift_plugin = {
    .abi = SIFT_ABI, .size = sizeof(sift_plugin_t), .name = "needs", .version = "0.9",
    .description = "test: requires entities", .provides = s_provides,
    .requires = s_requires, .init = s_init, .process = s_process,
};
