/* SPDX-License-Identifier: MIT */
/* wordcount.c - an out-of-tree plugin with event kinds of its own:
 *   wordcount.article        one per article: words, sentences, the longest
 *                            word and where it is
 *   wordcount.hit.<term>     one per watched term found (config `watch`,
 *                            comma-separated, matched case-insensitively):
 *                            the term, how often, every span
 * It reads nothing but the tokens, so it requires nothing and runs first. */
#define _POSIX_C_SOURCE 200809L /* strdup, strtok_r, strncasecmp under -std=c17 */
#include <sift/plugin.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MAX_TERMS 16

typedef struct {
    const sift_host_t *host;
    char *terms[MAX_TERMS];        /* read-only after init */
    size_t n_terms;
} state_t;

static void destroy(void *state)
{
    state_t *s = state;
    for (size_t i = 0; i < s->n_terms; i++)
        free(s->terms[i]);
    free(s);
}

static int init(const sift_host_t *host, const sift_config_t *cfg, void **state)
{
    state_t *s = calloc(1, sizeof *s);
    char *list = s ? strdup(host->config_get(cfg, "watch")) : NULL;
    if (!list) {
        free(s);
        host->log("wordcount", SIFT_LOG_ERR, "out of memory");
        return -1;
    }
    s->host = host;
    for (char *save = NULL, *t = strtok_r(list, ", ", &save); t; t = strtok_r(NULL, ", ", &save)) {
        /* a term is a routing key in the topic: letters only */
        if (s->n_terms == MAX_TERMS || strspn(t, "abcdefghijklmnopqrstuvwxyz") != strlen(t)) {
            host->log("wordcount", SIFT_LOG_ERR, "watch: '%s' is not a lower-case word (at most "
                      "%d of them)", t, MAX_TERMS);
            free(list);
            destroy(s);
            return -1;
        }
        s->terms[s->n_terms++] = strdup(t);
    }
    free(list);
    *state = s;
    return 0;
}

static int hits(const state_t *s, const sift_doc_t *doc, sift_out_t *out)
{
    /* per-article memory from the host: released after the article */
    sift_span_t *spans = s->host->scratch(out, (doc->n_tokens + 1) * sizeof *spans);
    if (!spans)
        return s->host->set_error(out, "out of memory"), -1;
    for (size_t k = 0; k < s->n_terms; k++) {
        size_t n = 0, len = strlen(s->terms[k]);
        for (size_t i = 0; i < doc->n_tokens; i++) {
            const sift_token_t *t = &doc->tokens[i];
            if (t->end - t->start == len && strncasecmp(doc->text + t->start, s->terms[k], len) == 0)
                spans[n++] = (sift_span_t){ t->start, t->end };
        }
        if (!n)
            continue;
        sift_value_t v[] = { SIFT_STRING("term", s->terms[k]), SIFT_INT("count", (int64_t)n),
                             SIFT_SPANS("spans", spans, n) };
        if (s->host->add_event(out, "hit", s->terms[k], v, 3) < 0) /* the host copies v */
            return s->host->set_error(out, "hit event refused"), -1;
    }
    return 0;
}

static int process(void *state, const sift_doc_t *doc, sift_out_t *out)
{
    const state_t *s = state;
    int64_t words = 0;
    const sift_token_t *longest = NULL;
    for (size_t i = 0; i < doc->n_tokens; i++) {
        const sift_token_t *t = &doc->tokens[i];
        if (!(t->flags & (SIFT_TOKEN_ALPHA | SIFT_TOKEN_NUMBER)))
            continue;
        words++;
        if (!longest || t->end - t->start > longest->end - longest->start)
            longest = t;
    }
    sift_value_t v[4] = { SIFT_INT("words", words),
                          SIFT_INT("sentences", (int64_t)doc->n_sentences) };
    size_t n = 2;
    if (longest) { /* optional fields: left out of an article without words */
        size_t len = longest->end - longest->start;
        char *word = s->host->scratch(out, len + 1);
        if (!word)
            return s->host->set_error(out, "out of memory"), -1;
        memcpy(word, doc->text + longest->start, len);
        word[len] = '\0';
        v[n++] = SIFT_STRING("longest", word);
        v[n++] = SIFT_SPAN("longest_at", longest->start, longest->end);
    }
    if (s->host->add_event(out, "article", NULL, v, n) < 0)
        return s->host->set_error(out, "article event refused"), -1;
    return hits(s, doc, out);
}

static const sift_config_key_t keys[] = {
    { "watch", "tariff,tariffs,duties", "lower-case words to report as wordcount.hit.<word>" },
    { NULL, NULL, NULL } };

static const sift_field_decl_t article_fields[] = {
    { "words", SIFT_FIELD_INT, false },
    { "sentences", SIFT_FIELD_INT, false },
    { "longest", SIFT_FIELD_STRING, true },
    { "longest_at", SIFT_FIELD_SPAN, true },
    { NULL, 0, false } };
static const sift_field_decl_t hit_fields[] = {
    { "term", SIFT_FIELD_STRING, false },
    { "count", SIFT_FIELD_INT, false },
    { "spans", SIFT_FIELD_SPANS, false },
    { NULL, 0, false } };
static const sift_event_kind_t kinds[] = {
    { "article", "words and sentences of the article, its longest word", article_fields },
    { "hit", "a watched term and every place it occurs; keyed by the term", hit_fields },
    { NULL, NULL, NULL } };

SIFT_PLUGIN_EXPORT const sift_plugin_t sift_plugin = {
    .abi = SIFT_ABI, .size = sizeof(sift_plugin_t), .name = "wordcount", .version = "1.0",
    .description = "word and sentence counts, watched terms (the SDK's example)",
    .config_keys = keys, .init = init, .process = process, .destroy = destroy,
    .events = kinds };
