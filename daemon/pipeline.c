/* SPDX-License-Identifier: MIT */
/* pipeline.c - the host table and the per-article run (see pipeline.h). */
#include "pipeline.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "document.h"
#include "log.h"

struct sift_runner {
    const sift_plugins_t *plugins;
    sift_limits_t limits;
    sift_document_t *document;
    sift_result_t result;
    sift_message_t message;
    char *text;                    /* NUL-terminated copy of the text */
    size_t text_cap;
    sift_progress_fn *progress;
    void *progress_ctx;
    uint64_t (*clock_us)(void);    /* what elapsed_us measures */
};

static uint64_t s_clock_us(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (uint64_t)ts.tv_sec * 1000000u + (uint64_t)ts.tv_nsec / 1000u;
}

uint64_t sift_now_us(void)
{
    return s_clock_us(CLOCK_MONOTONIC);
}

static uint64_t s_cpu_us(void)
{
    return s_clock_us(CLOCK_THREAD_CPUTIME_ID);
}

/* ------------------------------------------------------------ host table */

static void s_host_log(const char *plugin, int priority, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    sift_logv(priority, plugin, fmt, ap);
    va_end(ap);
}

static const char *s_config_get(const sift_config_t *cfg, const char *key)
{
    if (!cfg || !key)
        return NULL;
    if (strcmp(key, "data_dir") == 0)
        return cfg->data_dir;
    for (size_t i = 0; i < cfg->n_entries; i++)
        if (strcmp(cfg->entries[i].key, key) == 0)
            return cfg->entries[i].value;
    for (const sift_config_key_t *k = cfg->keys; k && k->name; k++)
        if (strcmp(k->name, key) == 0)
            return k->default_value;
    return NULL;
}

static int s_config_path(const sift_config_t *cfg, const char *key, char *buf, size_t size)
{
    const char *v = s_config_get(cfg, key);
    if (!v || !*v || !buf || !size)
        return -1;
    int n = v[0] == '/' ? snprintf(buf, size, "%s", v)
                        : snprintf(buf, size, "%s/%s", cfg->data_dir ? cfg->data_dir : ".", v);
    return n >= 0 && (size_t)n < size ? 0 : -1;
}

/* Logs why an item was dropped. The s_add_* callers take the index before
 * reading `why`, which the add call sets. */
static int s_added(sift_out_t *out, int index, const char *what, const char *why)
{
    if (index < 0)
        sift_log(LOG_WARNING, out->plugin, "%s dropped: %s", what, why);
    return index;
}

static int s_add_entity(sift_out_t *out, const sift_entity_t *e)
{
    const char *why = "";
    int index = sift_result_add_entity(out->result, e, out->doc->text_len, &why);
    return s_added(out, index, "entity", why);
}

static int s_add_tariff(sift_out_t *out, const sift_tariff_t *t)
{
    const char *why = "";
    int index = sift_result_add_tariff(out->result, t, out->doc->text_len, &why);
    return s_added(out, index, "tariff", why);
}

static int s_add_quote(sift_out_t *out, const sift_quote_t *q)
{
    const char *why = "";
    int index = sift_result_add_quote(out->result, q, out->doc->text_len, &why);
    return s_added(out, index, "quote", why);
}

static int s_add_event(sift_out_t *out, const char *kind, const char *key,
                       const sift_value_t *fields, size_t n_fields)
{
    char why[256];
    int index = sift_result_add_event(out->result, out->kinds, kind, key, fields, n_fields,
                                      out->doc->text_len, why, sizeof why);
    return s_added(out, index, "event", why);
}

static void s_set_error(sift_out_t *out, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(out->error, sizeof out->error, fmt, ap);
    va_end(ap);
    out->has_error = true;
}

static void *s_scratch(sift_out_t *out, size_t size)
{
    return sift_arena_alloc(&out->result->arena, size);
}

const sift_host_t sift_host = {
    .abi = SIFT_ABI,
    .size = sizeof(sift_host_t),
    .log = s_host_log,
    .config_get = s_config_get,
    .config_path = s_config_path,
    .add_entity = s_add_entity,
    .add_tariff = s_add_tariff,
    .add_quote = s_add_quote,
    .set_error = s_set_error,
    .scratch = s_scratch,
    .add_event = s_add_event,
};

/* ---------------------------------------------------------------- runner */

sift_runner_t *sift_runner_new(const sift_plugins_t *plugins, const sift_limits_t *limits)
{
    sift_runner_t *self = calloc(1, sizeof *self);
    if (!self)
        return NULL;
    self->plugins = plugins;
    self->limits = *limits;
    self->clock_us = sift_now_us;
    self->document = sift_document_new();
    sift_result_init(&self->result, plugins->n);
    sift_message_init(&self->message);
    if (!self->document || (plugins->n && !self->result.plugins)) {
        sift_runner_destroy(&self);
        return NULL;
    }
    for (size_t i = 0; i < plugins->n; i++) {
        self->result.plugins[i].name = plugins->items[i].desc->name;
        self->result.plugins[i].version = plugins->items[i].desc->version
                                              ? plugins->items[i].desc->version : "";
        self->result.plugins[i].kinds = plugins->items[i].events;
    }
    return self;
}

void sift_runner_destroy(sift_runner_t **self_p)
{
    if (!self_p || !*self_p)
        return;
    sift_runner_t *self = *self_p;
    sift_document_destroy(&self->document);
    sift_result_release(&self->result);
    sift_message_release(&self->message);
    free(self->text);
    free(self);
    *self_p = NULL;
}

void sift_runner_use_cpu_time(sift_runner_t *self)
{
    self->clock_us = s_cpu_us;
}

void sift_runner_set_progress(sift_runner_t *self, sift_progress_fn *fn, void *ctx)
{
    self->progress = fn;
    self->progress_ctx = ctx;
}

const sift_plugin_status_t *sift_runner_status(const sift_runner_t *self, size_t *n)
{
    *n = self->result.n_plugins;
    return self->result.plugins;
}

static const char *s_cstr(sift_arena_t *a, const sift_str_t *s)
{
    return s->ptr ? sift_arena_strndup(a, s->ptr, s->len) : NULL;
}

/* Builds the document plugins see; NULL when out of memory. */
static sift_doc_t *s_document(sift_runner_t *self)
{
    const sift_message_t *m = &self->message;
    size_t len = m->text.len;
    if (len + 1 > self->text_cap) {
        char *t = realloc(self->text, len + 1);
        if (!t)
            return NULL;
        self->text = t;
        self->text_cap = len + 1;
    }
    memcpy(self->text, m->text.ptr, len);
    self->text[len] = '\0';
    sift_doc_t *doc = sift_document_tokenize(self->document, self->text, len);
    if (!doc)
        return NULL;
    sift_arena_t *a = &self->result.arena;
    doc->id = s_cstr(a, &m->id);
    doc->title = s_cstr(a, &m->title);
    doc->published = s_cstr(a, &m->published);
    if (!doc->id)
        return NULL;
    sift_parse_date(doc->published, &doc->pub_year, &doc->pub_month, &doc->pub_day);
    return doc;
}

/* Runs plugin i; on failure its partial results are taken back. */
static void s_run_plugin(sift_runner_t *self, size_t i, sift_doc_t *doc)
{
    const sift_loaded_t *l = &self->plugins->items[i];
    sift_plugin_status_t *st = &self->result.plugins[i];
    sift_result_t *r = &self->result;
    size_t ne = r->n_entities, nt = r->n_tariffs, nq = r->n_quotes, nv = r->n_events;
    struct sift_out out = { .result = r, .doc = doc, .plugin = l->desc->name,
                            .kinds = l->events };
    r->adding = l->desc->name;
    if (self->progress)
        self->progress(self->progress_ctx, (int)i);
    uint64_t t0 = self->clock_us();
    int rc = l->desc->process(l->state, doc, &out);
    st->time_us = (uint32_t)(self->clock_us() - t0);
    st->ok = rc == 0;
    if (!st->ok) {
        st->error = sift_arena_strndup(&r->arena, out.has_error ? out.error : "failed",
                                       strlen(out.has_error ? out.error : "failed"));
        r->n_entities = ne;
        r->n_tariffs = nt;
        r->n_quotes = nq;
        r->n_events = nv;
    }
    sift_result_expose(r, doc);
}

/* Parses msg into self->message after resetting the result; on a
 * rejection adds the `error` (*code set, false returned). */
static bool s_parse(sift_runner_t *self, const void *msg, size_t len, sift_frames_t *out,
                    sift_error_code_t *code)
{
    sift_message_t *m = &self->message;
    sift_message_release(m);
    sift_message_init(m);
    sift_result_reset(&self->result);
    *code = sift_message_parse(m, msg, len, &self->limits);
    if (*code == SIFT_OK)
        return true;
    if (sift_frames_add_error(out, &m->id, *code, m->detail) < 0)
        *code = (sift_error_code_t)-1;
    return false;
}

sift_error_code_t sift_runner_give_up(sift_runner_t *self, const void *msg, size_t len,
                                      const char *reason, sift_frames_t *out)
{
    sift_error_code_t code;
    if (!s_parse(self, msg, len, out, &code))
        return code;
    sift_message_t *m = &self->message;
    sift_str_t none = { NULL, 0 };
    m->title = m->source = m->url = m->published = none;
    m->meta = NULL;
    for (size_t i = 0; i < self->result.n_plugins; i++) {
        sift_plugin_status_t *st = &self->result.plugins[i];
        st->ok = false;
        st->error = reason;
        st->time_us = 0;
    }
    if (sift_result_encode(&self->result, m, "", 0, out) < 0)
        return (sift_error_code_t)-1;
    return SIFT_OK;
}

sift_error_code_t sift_runner_process(sift_runner_t *self, const void *msg, size_t len,
                                      uint64_t skip_mask, const char *skip_reason,
                                      sift_frames_t *out)
{
    uint64_t t0 = self->clock_us();
    sift_message_t *m = &self->message;
    sift_error_code_t code;
    if (!s_parse(self, msg, len, out, &code))
        return code;
    size_t n = self->plugins->n;
    sift_doc_t *doc = n ? s_document(self) : NULL;
    for (size_t i = 0; i < n; i++) {
        sift_plugin_status_t *st = &self->result.plugins[i];
        st->error = NULL;
        st->time_us = 0;
        if (!doc) {
            st->ok = false;
            st->error = "out of memory";
        } else if (i < 64 && (skip_mask >> i & 1)) {
            st->ok = false;
            st->error = skip_reason ? skip_reason : "skipped";
        } else {
            s_run_plugin(self, i, doc);
        }
    }
    if (self->progress)
        self->progress(self->progress_ctx, -1);
    if (sift_result_encode(&self->result, m, self->text ? self->text : m->text.ptr,
                           self->clock_us() - t0, out) < 0)
        return (sift_error_code_t)-1;
    return SIFT_OK;
}
