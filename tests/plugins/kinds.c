/* SPDX-License-Identifier: MIT */
/* kinds.c - test plugin with custom event kinds: one `kinds.word` event per
 * alphabetic token (every field type, keyed by the word's case), one
 * `kinds.summary` per article; and, each article, a series of events that
 * break the declaration, which the host must refuse (else the plugin fails
 * the article, naming the one it let through). */
#include <math.h>
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

/* Events the host must refuse: {what, kind, key, fields}. */
static int s_refusals(const sift_doc_t *doc, sift_out_t *out)
{
    uint32_t len = (uint32_t)doc->text_len;
    const char *two[] = { "a", NULL };
    struct { const char *what, *kind, *key; sift_value_t v[3]; size_t n; } bad[] = {
        { "undeclared kind", "nope", NULL, { SIFT_INT("words", 1) }, 1 },
        { "bad key", "summary", "a b", { SIFT_INT("words", 1), SIFT_INT("sentences", 1) }, 2 },
        { "missing required", "summary", NULL, { SIFT_INT("words", 1) }, 1 },
        { "wrong type", "summary", NULL, { SIFT_STRING("words", "1"), SIFT_INT("sentences", 1) },
          2 },
        { "undeclared field", "summary", NULL, { SIFT_INT("words", 1),
          SIFT_INT("sentences", 1), SIFT_INT("pages", 1) }, 3 },
        { "twice", "summary", NULL, { SIFT_INT("words", 1), SIFT_INT("words", 1),
          SIFT_INT("sentences", 1) }, 3 },
        { "span outside", "word", NULL, { SIFT_STRING("text", "x"), SIFT_SPAN("at", 0, len + 1) },
          2 },
        { "NaN", "word", NULL, { SIFT_STRING("text", "x"), SIFT_SPAN("at", 0, 1),
          SIFT_NUMBER("ratio", NAN) }, 3 },
        { "NULL string", "word", NULL, { SIFT_STRING("text", NULL), SIFT_SPAN("at", 0, 1) }, 2 },
        { "bad UTF-8", "word", NULL, { SIFT_STRING("text", "\xff"), SIFT_SPAN("at", 0, 1) }, 2 },
        { "NULL in list", "word", NULL, { SIFT_STRING("text", "x"), SIFT_SPAN("at", 0, 1),
          SIFT_STRINGS("tags", two + 1, 1) }, 3 },
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        if (s_host->add_event(out, bad[i].kind, bad[i].key, bad[i].v, bad[i].n) >= 0)
            return s_host->set_error(out, "host accepted an event with %s", bad[i].what), -1;
    return 0;
}

static int s_process(void *state, const sift_doc_t *doc, sift_out_t *out)
{
    (void)state;
    if (doc->text_len && s_refusals(doc, out) < 0)
        return -1;
    int64_t words = 0;
    for (size_t i = 0; i < doc->n_tokens; i++) {
        const sift_token_t *t = &doc->tokens[i];
        if (!(t->flags & SIFT_TOKEN_ALPHA))
            continue;
        size_t n = t->end - t->start;
        char *text = s_host->scratch(out, n + 1);
        if (!text)
            return s_host->set_error(out, "out of memory"), -1;
        memcpy(text, doc->text + t->start, n);
        text[n] = '\0';
        sift_span_t both[2] = { { t->start, t->end }, { t->start, t->start + 1 } };
        const char *tags[] = { "alpha", (t->flags & SIFT_TOKEN_CAP) ? "cap" : "lower" };
        sift_value_t v[] = {
            SIFT_STRING("text", text), SIFT_SPAN("at", t->start, t->end),
            SIFT_INT("index", (int64_t)i), SIFT_NUMBER("ratio", (double)n / 2),
            SIFT_BOOL("first", words == 0), SIFT_SPANS("parts", both, 2),
            SIFT_STRINGS("tags", tags, 2),
        };
        if (s_host->add_event(out, "word", (t->flags & SIFT_TOKEN_CAP) ? "Cap" : "low", v,
                              sizeof v / sizeof v[0]) < 0)
            return s_host->set_error(out, "word event refused"), -1;
        words++;
    }
    sift_value_t sum[] = { SIFT_INT("words", words),
                           SIFT_INT("sentences", (int64_t)doc->n_sentences) };
    if (s_host->add_event(out, "summary", NULL, sum, 2) < 0)
        return s_host->set_error(out, "summary event refused"), -1;
    return 0;
}

static const sift_field_decl_t s_word[] = {
    { "text", SIFT_FIELD_STRING, false }, { "at", SIFT_FIELD_SPAN, false },
    { "index", SIFT_FIELD_INT, true }, { "ratio", SIFT_FIELD_NUMBER, true },
    { "first", SIFT_FIELD_BOOL, true }, { "parts", SIFT_FIELD_SPANS, true },
    { "tags", SIFT_FIELD_STRINGS, true }, { NULL, 0, false } };
static const sift_field_decl_t s_summary[] = {
    { "words", SIFT_FIELD_INT, false }, { "sentences", SIFT_FIELD_INT, false },
    { NULL, 0, false } };
static const sift_event_kind_t s_kinds[] = {
    { "word", "one per alphabetic token", s_word },
    { "summary", "counts, one per article", s_summary },
    { NULL, NULL, NULL } };

SIFT_PLUGIN_EXPORT const sift_plugin_t sift_plugin = {
    .abi = SIFT_ABI, .size = sizeof(sift_plugin_t), .name = "kinds", .version = "1.0",
    .description = "test: custom event kinds", .init = s_init, .process = s_process,
    .events = s_kinds,
};
