/* SPDX-License-Identifier: MIT */
/* testhost.c - the SDK's fake siftd (see include/sift/testhost.h): siftd's
 * loader checks, tokeniser, host table and validation around one plugin. */
#include <sift/testhost.h>

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "document.h"
#include "loader.h"
#include "pipeline.h"
#include "result.h"

struct sift_testhost {
    sift_plugins_t plugins;        /* the one plugin, for unload */
    struct sift_config cfg;        /* its section */
    char name[80];
    sift_document_t *document;
    sift_result_t result;
    struct sift_out out;
    sift_doc_t *doc;               /* the article begun, NULL before */
    char *text;
    sift_token_t *tokens;          /* given by set_tokens */
    sift_sentence_t *sentences;
    uint64_t *hashes;
    uint32_t *chars;
};

sift_testhost_t *sift_testhost_new(const char *path)
{
    const char *slash = strrchr(path, '/'), *base = slash ? slash + 1 : path;
    size_t n = strlen(base);
    sift_testhost_t *th = calloc(1, sizeof *th);
    if (!th)
        return NULL;
    if (n < 4 || n - 3 >= sizeof th->name || strcmp(base + n - 3, ".so") != 0) {
        fprintf(stderr, "testhost: %s: want the path of NAME.so\n", path);
        free(th);
        return NULL;
    }
    memcpy(th->name, base, n - 3);
    th->name[n - 3] = '\0';
    sift_loaded_t *l = &th->plugins.items[0];
    char data_dir[PATH_MAX];
    snprintf(data_dir, sizeof data_dir, "%.*s%s%s", slash ? (int)(slash - path) : 1,
             slash ? path : ".", "/", th->name);
    th->document = sift_document_new();
    sift_result_init(&th->result, 0);
    th->cfg.name = th->name;
    th->cfg.file = "(testhost)";
    if (!th->document || !(th->cfg.data_dir = strdup(data_dir)) ||
        sift_plugins_open(l, path, th->name) < 0) {
        sift_testhost_destroy(&th);
        return NULL;
    }
    th->plugins.n = 1;
    l->cfg = &th->cfg;
    th->cfg.keys = l->desc->config_keys;
    return th;
}

int sift_testhost_set(sift_testhost_t *th, const char *key, const char *value)
{
    const sift_plugin_t *d = th->plugins.items[0].desc;
    if (strcmp(key, "data_dir") == 0) {
        char *v = strdup(value);
        if (!v)
            return -1;
        free(th->cfg.data_dir);
        th->cfg.data_dir = v;
        return 0;
    }
    const sift_config_key_t *k = d->config_keys;
    while (k && k->name && strcmp(k->name, key) != 0)
        k++;
    if (!k || !k->name) {
        fprintf(stderr, "testhost: plugin %s declares no config key '%s'\n", th->name, key);
        return -1;
    }
    char *v = strdup(value);
    if (!v)
        return -1;
    for (size_t i = 0; i < th->cfg.n_entries; i++)
        if (strcmp(th->cfg.entries[i].key, key) == 0) { /* set again: the new value */
            free(th->cfg.entries[i].value);
            th->cfg.entries[i].value = v;
            return 0;
        }
    sift_config_entry_t *e = realloc(th->cfg.entries, (th->cfg.n_entries + 1) * sizeof *e);
    char *k2 = strdup(key);
    if (e)
        th->cfg.entries = e;
    if (!e || !k2) {
        free(v);
        free(k2);
        return -1;
    }
    th->cfg.entries[th->cfg.n_entries++] = (sift_config_entry_t){ .key = k2, .value = v };
    return 0;
}

int sift_testhost_init(sift_testhost_t *th)
{
    sift_loaded_t *l = &th->plugins.items[0];
    if (l->initialised)
        return 0;
    if (l->desc->init && l->desc->init(&sift_host, &th->cfg, &l->state) != 0) {
        fprintf(stderr, "testhost: plugin %s: init failed\n", th->name);
        return -1;
    }
    l->initialised = true;
    return 0;
}

int sift_testhost_begin(sift_testhost_t *th, const char *text)
{
    size_t n = strlen(text);
    char *t = realloc(th->text, n + 1);
    if (!t)
        return -1;
    th->text = memcpy(t, text, n + 1);
    sift_result_reset(&th->result);
    th->doc = sift_document_tokenize(th->document, th->text, n);
    if (!th->doc)
        return -1;
    th->doc->id = "testhost";
    sift_result_expose(&th->result, th->doc);
    return 0;
}

int sift_testhost_set_tokens(sift_testhost_t *th, const sift_token_t *tokens, size_t n_tokens,
                             const sift_sentence_t *sentences, size_t n_sentences)
{
    if (!th->doc)
        return -1;
    sift_token_t *tk = realloc(th->tokens, (n_tokens + 1) * sizeof *tk);
    if (tk)
        th->tokens = tk;
    sift_sentence_t *se = realloc(th->sentences, (n_sentences + 1) * sizeof *se);
    if (se)
        th->sentences = se;
    uint64_t *h = realloc(th->hashes, (n_tokens + 1) * sizeof *h);
    if (h)
        th->hashes = h;
    uint32_t *ch = realloc(th->chars, (n_tokens + 1) * sizeof *ch);
    if (ch)
        th->chars = ch;
    if (!tk || !se || !h || !ch)
        return -1;
    for (size_t i = 0; i < n_tokens; i++) {
        if (tokens[i].start >= tokens[i].end || tokens[i].end > th->doc->text_len) {
            fprintf(stderr, "testhost: token %zu outside the text\n", i);
            return -1;
        }
        h[i] = sift_token_hash(th->text + tokens[i].start, tokens[i].end - tokens[i].start);
        ch[i] = sift_token_char(th->text + tokens[i].start, tokens[i].end - tokens[i].start);
    }
    memcpy(tk, tokens, n_tokens * sizeof *tk);
    memcpy(se, sentences, n_sentences * sizeof *se);
    th->doc->tokens = tk;
    th->doc->n_tokens = n_tokens;
    th->doc->sentences = se;
    th->doc->n_sentences = n_sentences;
    th->doc->lower_hashes = h;
    th->doc->token_chars = ch;
    return 0;
}

/* Adds an earlier plugin's item through the same validation as siftd. */
static int s_added(sift_testhost_t *th, int index, const char *what, const char *why)
{
    if (index < 0)
        fprintf(stderr, "testhost: %s refused: %s\n", what, why);
    else
        sift_result_expose(&th->result, th->doc);
    return index;
}

int sift_testhost_add_entity(sift_testhost_t *th, const char *by, const sift_entity_t *e)
{
    const char *why = "no article begun";
    th->result.adding = by;
    int i = th->doc ? sift_result_add_entity(&th->result, e, th->doc->text_len, &why) : -1;
    return s_added(th, i, "entity", why);
}

int sift_testhost_add_tariff(sift_testhost_t *th, const char *by, const sift_tariff_t *t)
{
    const char *why = "no article begun";
    th->result.adding = by;
    int i = th->doc ? sift_result_add_tariff(&th->result, t, th->doc->text_len, &why) : -1;
    return s_added(th, i, "tariff", why);
}

int sift_testhost_add_quote(sift_testhost_t *th, const char *by, const sift_quote_t *q)
{
    const char *why = "no article begun";
    th->result.adding = by;
    int i = th->doc ? sift_result_add_quote(&th->result, q, th->doc->text_len, &why) : -1;
    return s_added(th, i, "quote", why);
}

int sift_testhost_process(sift_testhost_t *th)
{
    sift_loaded_t *l = &th->plugins.items[0];
    if (!th->doc || (!l->initialised && sift_testhost_init(th) < 0))
        return -1;
    th->out = (struct sift_out){ .result = &th->result, .doc = th->doc, .plugin = th->name,
                                 .kinds = l->events };
    th->result.adding = th->name;
    int rc = l->desc->process(l->state, th->doc, &th->out);
    sift_result_expose(&th->result, th->doc);
    return rc;
}

int sift_testhost_run(sift_testhost_t *th, const char *text)
{
    return sift_testhost_begin(th, text) < 0 ? -1 : sift_testhost_process(th);
}

const sift_doc_t *sift_testhost_doc(const sift_testhost_t *th)
{
    return th->doc;
}

const char *sift_testhost_error(const sift_testhost_t *th)
{
    return th->out.has_error ? th->out.error : NULL;
}

const sift_value_t *sift_testhost_field(const sift_event_t *e, const char *name)
{
    for (size_t i = 0; i < e->n_fields; i++)
        if (strcmp(e->fields[i].name, name) == 0)
            return &e->fields[i];
    return NULL;
}

void sift_testhost_destroy(sift_testhost_t **th_p)
{
    if (!th_p || !*th_p)
        return;
    sift_testhost_t *th = *th_p;
    sift_plugins_unload(&th->plugins);
    for (size_t i = 0; i < th->cfg.n_entries; i++) {
        free(th->cfg.entries[i].key);
        free(th->cfg.entries[i].value);
    }
    free(th->cfg.entries);
    free(th->cfg.data_dir);
    sift_document_destroy(&th->document);
    sift_result_release(&th->result);
    free(th->text);
    free(th->tokens);
    free(th->sentences);
    free(th->hashes);
    free(th->chars);
    free(th);
    *th_p = NULL;
}
