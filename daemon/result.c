/* SPDX-License-Identifier: MIT */
/* result.c - result layers and their msgpack encoding (see result.h). */
#include "result.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const s_entity_types[SIFT_ENTITY_TYPES] = {
    "PERSON", "ORG", "GPE", "LOC", "NORP", "MONEY", "PERCENT", "DATE" };
static const char *const s_actions[] = { "impose", "raise", "lower", "remove", "exempt" };
static const char *const s_modalities[] = { "actual", "threatened", "proposed", "demanded",
                                            "considered" };

void sift_result_init(sift_result_t *r, size_t n_plugins)
{
    memset(r, 0, sizeof *r);
    r->n_plugins = n_plugins;
    r->plugins = n_plugins ? calloc(n_plugins, sizeof *r->plugins) : NULL;
}

void sift_result_reset(sift_result_t *r)
{
    sift_arena_reset(&r->arena);
    r->n_entities = r->n_tariffs = r->n_quotes = r->n_events = 0;
    r->adding = NULL;
}

void sift_result_release(sift_result_t *r)
{
    sift_arena_release(&r->arena);
    free(r->entities);
    free(r->tariffs);
    free(r->quotes);
    free(r->events);
    free(r->entity_by);
    free(r->tariff_by);
    free(r->quote_by);
    free(r->plugins);
    memset(r, 0, sizeof *r);
}

/* Grows a layer array (and, unless by is NULL, its provenance array) by
 * one slot, recording r->adding as its plugin; returns the slot or NULL. */
static void *s_slot(const sift_result_t *r, void **arr, const char ***by, size_t *n,
                    size_t *cap, size_t size)
{
    if (*n == *cap) {
        size_t c = *cap ? *cap * 2 : 32;
        void *p = realloc(*arr, c * size);
        if (!p)
            return NULL;
        *arr = p;
        if (by) {
            const char **b = realloc(*by, c * sizeof *b);
            if (!b)
                return NULL;
            *by = b;
        }
        *cap = c;
    }
    if (by)
        (*by)[*n] = r->adding;
    return (char *)*arr + (*n)++ * size;
}

/* Copies an optional string into the arena; *ok cleared on bad UTF-8/OOM. */
static const char *s_copy(sift_result_t *r, const char *s, bool *ok)
{
    if (!s)
        return NULL;
    size_t n = strlen(s);
    if (!sift_utf8_valid(s, n)) {
        *ok = false;
        return NULL;
    }
    char *c = sift_arena_strndup(&r->arena, s, n);
    if (!c)
        *ok = false;
    return c;
}

static int s_cmp_span(const void *a, const void *b)
{
    const sift_span_t *x = a, *y = b;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    return (x->end > y->end) - (x->end < y->end);
}

static bool s_span_ok(uint32_t start, uint32_t end, size_t text_len)
{
    return start < end && end <= text_len;
}

int sift_result_add_entity(sift_result_t *r, const sift_entity_t *e, size_t text_len,
                           const char **why)
{
    if ((unsigned)e->type >= SIFT_ENTITY_TYPES)
        return *why = "unknown entity type", -1;
    if (!e->name || !*e->name)
        return *why = "entity without a name", -1;
    if (!e->n_mentions || !e->mentions)
        return *why = "entity without mentions", -1;
    for (size_t i = 0; i < e->n_mentions; i++)
        if (!s_span_ok(e->mentions[i].start, e->mentions[i].end, text_len))
            return *why = "entity mention outside the text", -1;
    bool ok = true;
    sift_entity_t c = *e;
    c.name = s_copy(r, e->name, &ok);
    c.code = s_copy(r, e->code, &ok);
    c.title = s_copy(r, e->title, &ok);
    c.currency = s_copy(r, e->currency, &ok);
    c.date = s_copy(r, e->date, &ok);
    sift_span_t *m = sift_arena_alloc(&r->arena, e->n_mentions * sizeof *m);
    if (!ok || !m)
        return *why = "entity string not UTF-8, or out of memory", -1;
    memcpy(m, e->mentions, e->n_mentions * sizeof *m);
    qsort(m, e->n_mentions, sizeof *m, s_cmp_span);
    size_t n = 1;
    for (size_t i = 1; i < e->n_mentions; i++)
        if (m[i].start != m[n - 1].start || m[i].end != m[n - 1].end)
            m[n++] = m[i];
    c.mentions = m;
    c.n_mentions = n;
    sift_entity_t *slot = s_slot(r, (void **)&r->entities, &r->entity_by, &r->n_entities,
                                 &r->cap_entities, sizeof *slot);
    if (!slot)
        return *why = "out of memory", -1;
    *slot = c;
    return (int)(r->n_entities - 1);
}

static bool s_copy_party(sift_result_t *r, sift_party_t *p, bool *ok)
{
    if (!p->name)
        return p->code = NULL, true;
    p->name = s_copy(r, p->name, ok);
    p->code = s_copy(r, p->code && *p->code ? p->code : "XX", ok);
    return *ok;
}

int sift_result_add_tariff(sift_result_t *r, const sift_tariff_t *t, size_t text_len,
                           const char **why)
{
    if ((unsigned)t->action > SIFT_EXEMPT || (unsigned)t->modality > SIFT_CONSIDERED ||
        (unsigned)t->rate.kind > SIFT_RATE_RANGE)
        return *why = "tariff with an unknown action, modality or rate kind", -1;
    if (!s_span_ok(t->start, t->end, text_len))
        return *why = "tariff span outside the text", -1;
    bool ok = true;
    sift_tariff_t c = *t;
    s_copy_party(r, &c.actor, &ok);
    s_copy_party(r, &c.target, &ok);
    c.currency = t->has_amount ? s_copy(r, t->currency ? t->currency : "USD", &ok) : NULL;
    const char **goods = NULL;
    if (t->n_goods) {
        goods = sift_arena_alloc(&r->arena, t->n_goods * sizeof *goods);
        if (!goods)
            return *why = "out of memory", -1;
        for (size_t i = 0; i < t->n_goods && ok; i++)
            if (!(goods[i] = s_copy(r, t->goods[i] ? t->goods[i] : "", &ok)))
                ok = false;
    }
    if (!ok)
        return *why = "tariff string not UTF-8, or out of memory", -1;
    c.goods = goods;
    sift_tariff_t *slot = s_slot(r, (void **)&r->tariffs, &r->tariff_by, &r->n_tariffs,
                                 &r->cap_tariffs, sizeof *slot);
    if (!slot)
        return *why = "out of memory", -1;
    *slot = c;
    return (int)(r->n_tariffs - 1);
}

int sift_result_add_quote(sift_result_t *r, const sift_quote_t *q, size_t text_len,
                          const char **why)
{
    if (q->start > q->end || q->end > text_len)
        return *why = "quote span outside the text", -1;
    if ((unsigned)q->kind > SIFT_QUOTE_PARTIAL)
        return *why = "unknown quote kind", -1;
    if (q->has_speaker && q->has_speaker_span &&
        !s_span_ok(q->speaker_start, q->speaker_end, text_len))
        return *why = "speaker span outside the text", -1;
    if (q->has_speaker && q->speaker_entity >= (int32_t)r->n_entities)
        return *why = "speaker entity index out of range", -1;
    bool ok = true;
    sift_quote_t c = *q;
    c.speaker_name = q->has_speaker ? s_copy(r, q->speaker_name, &ok) : NULL;
    c.cue = s_copy(r, q->cue, &ok);
    if (!ok)
        return *why = "quote string not UTF-8, or out of memory", -1;
    sift_quote_t *slot = s_slot(r, (void **)&r->quotes, &r->quote_by, &r->n_quotes,
                                &r->cap_quotes, sizeof *slot);
    if (!slot)
        return *why = "out of memory", -1;
    *slot = c;
    return (int)(r->n_quotes - 1);
}

static const char *const s_field_types[] = { "?", "string", "integer", "number", "boolean",
                                              "span", "list of spans", "list of strings" };

static const sift_event_kind_t *s_find_kind(const sift_event_kind_t *kinds, const char *kind)
{
    for (; kinds && kinds->name; kinds++)
        if (kind && strcmp(kinds->name, kind) == 0)
            return kinds;
    return NULL;
}

static bool s_key_ok(const char *key)
{
    size_t n = strlen(key);
    return n >= 1 && n <= 64 && strspn(key, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                            "0123456789_.-") == n;
}

/* Checks one value against its declaration; NULL when fine, else why. */
static const char *s_value_problem(const sift_value_t *v, size_t text_len)
{
    switch (v->type) {
    case SIFT_FIELD_STRING:
        return !v->v.s ? "is NULL" : !sift_utf8_valid(v->v.s, strlen(v->v.s)) ? "is not UTF-8"
                                                                              : NULL;
    case SIFT_FIELD_NUMBER:
        return isfinite(v->v.d) ? NULL : "is not a finite number";
    case SIFT_FIELD_SPAN:
        return s_span_ok(v->v.span.start, v->v.span.end, text_len) ? NULL
                                                                   : "is a span outside the text";
    case SIFT_FIELD_SPANS:
        if (v->v.spans.n && !v->v.spans.items)
            return "has items NULL";
        for (size_t i = 0; i < v->v.spans.n; i++)
            if (!s_span_ok(v->v.spans.items[i].start, v->v.spans.items[i].end, text_len))
                return "has a span outside the text";
        return NULL;
    case SIFT_FIELD_STRINGS:
        if (v->v.strings.n && !v->v.strings.items)
            return "has items NULL";
        for (size_t i = 0; i < v->v.strings.n; i++)
            if (!v->v.strings.items[i] ||
                !sift_utf8_valid(v->v.strings.items[i], strlen(v->v.strings.items[i])))
                return "has a string NULL or not UTF-8";
        return NULL;
    default:
        return NULL;
    }
}

/* Copies the arrays and strings of a checked value into the arena. */
static bool s_copy_value(sift_result_t *r, sift_value_t *c, const sift_value_t *v)
{
    bool ok = true;
    *c = *v;
    if (v->type == SIFT_FIELD_STRING) {
        c->v.s = s_copy(r, v->v.s, &ok);
    } else if (v->type == SIFT_FIELD_SPANS && v->v.spans.n) {
        sift_span_t *p = sift_arena_alloc(&r->arena, v->v.spans.n * sizeof *p);
        if (!p)
            return false;
        memcpy(p, v->v.spans.items, v->v.spans.n * sizeof *p);
        c->v.spans.items = p;
    } else if (v->type == SIFT_FIELD_STRINGS && v->v.strings.n) {
        const char **p = sift_arena_alloc(&r->arena, v->v.strings.n * sizeof *p);
        if (!p)
            return false;
        for (size_t i = 0; i < v->v.strings.n && ok; i++)
            p[i] = s_copy(r, v->v.strings.items[i], &ok);
        c->v.strings.items = p;
    }
    return ok;
}

int sift_result_add_event(sift_result_t *r, const sift_event_kind_t *kinds, const char *kind,
                          const char *key, const sift_value_t *fields, size_t n_fields,
                          size_t text_len, char *why, size_t why_size)
{
    const sift_event_kind_t *k = s_find_kind(kinds, kind);
    if (!k)
        return snprintf(why, why_size, "event of undeclared kind '%.64s'", kind ? kind : ""), -1;
    if (key && !s_key_ok(key))
        return snprintf(why, why_size, "%s event: key '%.64s' is not 1-64 of [A-Za-z0-9_.-]",
                        k->name, key), -1;
    if (n_fields && !fields)
        return snprintf(why, why_size, "%s event: fields NULL", k->name), -1;
    size_t required = 0;
    for (size_t i = 0; i < n_fields; i++) {
        const sift_value_t *v = &fields[i];
        const sift_field_decl_t *d = k->fields;
        while (d && d->name && !(v->name && strcmp(d->name, v->name) == 0))
            d++;
        if (!d || !d->name)
            return snprintf(why, why_size, "%s event: undeclared field '%.64s'", k->name,
                            v->name ? v->name : ""), -1;
        for (size_t j = 0; j < i; j++)
            if (strcmp(fields[j].name, v->name) == 0)
                return snprintf(why, why_size, "%s event: field '%s' given twice", k->name,
                                d->name), -1;
        if (v->type != d->type)
            return snprintf(why, why_size, "%s event: field '%s' is declared %s, given %s",
                            k->name, d->name, s_field_types[d->type],
                            (unsigned)v->type <= SIFT_FIELD_STRINGS ? s_field_types[v->type]
                                                                    : "an unknown type"), -1;
        const char *problem = s_value_problem(v, text_len);
        if (problem)
            return snprintf(why, why_size, "%s event: field '%s' %s", k->name, d->name,
                            problem), -1;
        required += !d->optional;
    }
    size_t declared = 0;
    for (const sift_field_decl_t *d = k->fields; d && d->name; d++)
        declared += !d->optional;
    for (const sift_field_decl_t *d = k->fields; required < declared && d->name; d++) {
        size_t i = 0;
        while (i < n_fields && strcmp(fields[i].name, d->name) != 0)
            i++;
        if (!d->optional && i == n_fields)
            return snprintf(why, why_size, "%s event: required field '%s' missing", k->name,
                            d->name), -1;
    }
    bool ok = true;
    sift_event_t c = { .plugin = r->adding, .kind = k->name, .key = s_copy(r, key, &ok),
                       .n_fields = n_fields };
    sift_value_t *vs = n_fields ? sift_arena_alloc(&r->arena, n_fields * sizeof *vs) : NULL;
    if (n_fields && !vs)
        ok = false;
    for (size_t i = 0; i < n_fields && ok; i++)
        ok = s_copy_value(r, &vs[i], &fields[i]);
    c.fields = vs;
    sift_event_t *slot = ok ? s_slot(r, (void **)&r->events, NULL, &r->n_events,
                                     &r->cap_events, sizeof *slot) : NULL;
    if (!slot)
        return snprintf(why, why_size, "%s event: out of memory", k->name), -1;
    *slot = c;
    return (int)(r->n_events - 1);
}

void sift_result_expose(const sift_result_t *r, sift_doc_t *doc)
{
    doc->entities = r->entities;
    doc->n_entities = r->n_entities;
    doc->tariffs = r->tariffs;
    doc->n_tariffs = r->n_tariffs;
    doc->quotes = r->quotes;
    doc->n_quotes = r->n_quotes;
    doc->entity_plugins = r->entity_by;
    doc->tariff_plugins = r->tariff_by;
    doc->quote_plugins = r->quote_by;
    doc->events = r->events;
    doc->n_events = r->n_events;
}

/* ------------------------------------------------------------- frames */

void sift_frames_init(sift_frames_t *f)
{
    memset(f, 0, sizeof *f);
    msgpack_sbuffer_init(&f->buf);
}

void sift_frames_reset(sift_frames_t *f)
{
    f->buf.size = 0;
    f->n = 0;
}

void sift_frames_release(sift_frames_t *f)
{
    msgpack_sbuffer_destroy(&f->buf);
    free(f->items);
    memset(f, 0, sizeof *f);
}

/* The topic is written into the buffer before the payload it names. */
static int s_topic(sift_frames_t *f, const char *topic, size_t len, size_t *at)
{
    *at = f->buf.size;
    return msgpack_sbuffer_write(&f->buf, topic, len);
}

int sift_frames_add(sift_frames_t *f, size_t topic_len, size_t mark)
{
    if (f->n == f->cap) {
        size_t cap = f->cap ? f->cap * 2 : 64;
        struct sift_frame *p = realloc(f->items, cap * sizeof *p);
        if (!p)
            return -1;
        f->items = p;
        f->cap = cap;
    }
    f->items[f->n++] = (struct sift_frame){ .topic = mark, .topic_len = topic_len,
                                            .payload = mark + topic_len,
                                            .payload_len = f->buf.size - mark - topic_len };
    return 0;
}

/* ----------------------------------------------------------- encoding */

static int s_str(msgpack_packer *pk, const char *s)
{
    return msgpack_pack_str_with_body(pk, s, strlen(s));
}

static int s_kv_str(msgpack_packer *pk, const char *k, const char *v)
{
    return s_str(pk, k) | s_str(pk, v);
}

static int s_kv_int(msgpack_packer *pk, const char *k, int64_t v)
{
    return s_str(pk, k) | msgpack_pack_int64(pk, v);
}

/* Whole numbers go out as integers ("value": 60000000000), others as floats. */
static int s_number(msgpack_packer *pk, double v)
{
    if (isfinite(v) && v == floor(v) && fabs(v) < 9.0e15)
        return msgpack_pack_int64(pk, (int64_t)v);
    return msgpack_pack_double(pk, v);
}

/* "plugin": who added an item (written when known: always, in siftd). */
static int s_by(msgpack_packer *pk, const char *by)
{
    return by ? s_kv_str(pk, "plugin", by) : 0;
}

static int s_entity_body(msgpack_packer *pk, const sift_entity_t *e, const char *by,
                         size_t extra)
{
    size_t n = 3 + extra + !!by + !!e->code + !!e->title + e->has_value + !!e->currency +
               !!e->date;
    int rc = msgpack_pack_map(pk, n);
    rc |= s_kv_str(pk, "type", s_entity_types[e->type]);
    rc |= s_kv_str(pk, "name", e->name);
    rc |= s_str(pk, "mentions");
    rc |= msgpack_pack_array(pk, e->n_mentions);
    for (size_t i = 0; i < e->n_mentions; i++) {
        rc |= msgpack_pack_array(pk, 2);
        rc |= msgpack_pack_uint32(pk, e->mentions[i].start);
        rc |= msgpack_pack_uint32(pk, e->mentions[i].end);
    }
    if (e->code) rc |= s_kv_str(pk, "code", e->code);
    if (e->title) rc |= s_kv_str(pk, "title", e->title);
    if (e->has_value) rc |= s_str(pk, "value") | s_number(pk, e->value);
    if (e->currency) rc |= s_kv_str(pk, "currency", e->currency);
    if (e->date) rc |= s_kv_str(pk, "date", e->date);
    return rc | s_by(pk, by);
}

static int s_party(msgpack_packer *pk, const sift_party_t *p)
{
    if (!p->name)
        return msgpack_pack_nil(pk);
    return msgpack_pack_map(pk, 2) | s_kv_str(pk, "name", p->name) |
           s_kv_str(pk, "code", p->code);
}

static int s_rate(msgpack_packer *pk, const sift_rate_t *r)
{
    switch (r->kind) {
    case SIFT_RATE_VALUE:
        return msgpack_pack_map(pk, 1) | s_str(pk, "value") | s_number(pk, r->a);
    case SIFT_RATE_FROM_TO:
        return msgpack_pack_map(pk, 2) | s_str(pk, "from") | s_number(pk, r->a) |
               s_str(pk, "to") | s_number(pk, r->b);
    case SIFT_RATE_RANGE: {
        int rc = msgpack_pack_map(pk, !isnan(r->a) + !isnan(r->b));
        if (!isnan(r->a)) rc |= s_str(pk, "min") | s_number(pk, r->a);
        if (!isnan(r->b)) rc |= s_str(pk, "max") | s_number(pk, r->b);
        return rc;
    }
    default:
        return msgpack_pack_nil(pk);
    }
}

static int s_tariff_body(msgpack_packer *pk, const sift_tariff_t *t, const char *by,
                         size_t extra)
{
    int rc = msgpack_pack_map(pk, 10 + extra + !!by);
    rc |= s_kv_str(pk, "action", s_actions[t->action]);
    rc |= s_kv_str(pk, "modality", s_modalities[t->modality]);
    rc |= s_str(pk, "actor") | s_party(pk, &t->actor);
    rc |= s_str(pk, "target") | s_party(pk, &t->target);
    rc |= s_str(pk, "rate") | s_rate(pk, &t->rate);
    rc |= s_str(pk, "amount");
    if (t->has_amount)
        rc |= msgpack_pack_map(pk, 2) | s_str(pk, "value") | s_number(pk, t->amount) |
              s_kv_str(pk, "currency", t->currency);
    else
        rc |= msgpack_pack_nil(pk);
    rc |= s_str(pk, "goods") | msgpack_pack_array(pk, t->n_goods);
    for (size_t i = 0; i < t->n_goods; i++)
        rc |= s_str(pk, t->goods[i]);
    rc |= s_str(pk, "retaliation");
    rc |= t->retaliation ? msgpack_pack_true(pk) : msgpack_pack_false(pk);
    rc |= s_kv_int(pk, "start", t->start) | s_kv_int(pk, "end", t->end);
    return rc | s_by(pk, by);
}

static int s_quote_body(msgpack_packer *pk, const sift_quote_t *q, const char *text,
                        const char *by, size_t extra)
{
    int rc = msgpack_pack_map(pk, 5 + extra + !!q->cue + !!by);
    rc |= s_str(pk, "text") | msgpack_pack_str_with_body(pk, text + q->start, q->end - q->start);
    rc |= s_kv_int(pk, "start", q->start) | s_kv_int(pk, "end", q->end);
    rc |= s_kv_str(pk, "kind", q->kind == SIFT_QUOTE_DIRECT ? "direct" : "partial");
    rc |= s_str(pk, "speaker");
    if (!q->has_speaker) {
        rc |= msgpack_pack_nil(pk);
    } else {
        rc |= msgpack_pack_map(pk, 1 + 2 * q->has_speaker_span + (q->speaker_entity >= 0));
        rc |= s_str(pk, "name");
        rc |= q->speaker_name ? s_str(pk, q->speaker_name) : msgpack_pack_nil(pk);
        if (q->has_speaker_span)
            rc |= s_kv_int(pk, "start", q->speaker_start) | s_kv_int(pk, "end", q->speaker_end);
        if (q->speaker_entity >= 0)
            rc |= s_kv_int(pk, "entity", q->speaker_entity);
    }
    if (q->cue)
        rc |= s_kv_str(pk, "cue", q->cue);
    return rc | s_by(pk, by);
}

static int s_span(msgpack_packer *pk, sift_span_t s)
{
    return msgpack_pack_array(pk, 2) | msgpack_pack_uint32(pk, s.start) |
           msgpack_pack_uint32(pk, s.end);
}

static int s_value(msgpack_packer *pk, const sift_value_t *v)
{
    int rc = s_str(pk, v->name);
    switch (v->type) {
    case SIFT_FIELD_STRING: return rc | s_str(pk, v->v.s);
    case SIFT_FIELD_INT: return rc | msgpack_pack_int64(pk, v->v.i);
    case SIFT_FIELD_NUMBER: return rc | msgpack_pack_double(pk, v->v.d);
    case SIFT_FIELD_BOOL: return rc | (v->v.b ? msgpack_pack_true(pk) : msgpack_pack_false(pk));
    case SIFT_FIELD_SPAN: return rc | s_span(pk, v->v.span);
    case SIFT_FIELD_SPANS:
        rc |= msgpack_pack_array(pk, v->v.spans.n);
        for (size_t i = 0; i < v->v.spans.n; i++)
            rc |= s_span(pk, v->v.spans.items[i]);
        return rc;
    case SIFT_FIELD_STRINGS:
        rc |= msgpack_pack_array(pk, v->v.strings.n);
        for (size_t i = 0; i < v->v.strings.n; i++)
            rc |= s_str(pk, v->v.strings.items[i]);
        return rc;
    default:
        return rc | msgpack_pack_nil(pk);
    }
}

/* {plugin, kind, key?, ...fields}: a custom event. */
static int s_event_body(msgpack_packer *pk, const sift_event_t *ev, size_t extra)
{
    int rc = msgpack_pack_map(pk, extra + 2 + !!ev->key + ev->n_fields);
    rc |= s_kv_str(pk, "plugin", ev->plugin) | s_kv_str(pk, "kind", ev->kind);
    if (ev->key)
        rc |= s_kv_str(pk, "key", ev->key);
    for (size_t i = 0; i < ev->n_fields; i++)
        rc |= s_value(pk, &ev->fields[i]);
    return rc;
}

/* "events": {plugin: {kind: [event...]}} for the plugins that declare kinds;
 * every declared kind is there, with an empty list when none occurred. */
static size_t s_plugins_with_kinds(const sift_result_t *r)
{
    size_t n = 0;
    for (size_t i = 0; i < r->n_plugins; i++)
        n += r->plugins[i].kinds && r->plugins[i].kinds->name;
    return n;
}

static int s_article_events(msgpack_packer *pk, const sift_result_t *r)
{
    size_t n = s_plugins_with_kinds(r);
    if (!n)
        return 0;
    int rc = s_str(pk, "events") | msgpack_pack_map(pk, n);
    for (size_t i = 0; i < r->n_plugins; i++) {
        const sift_plugin_status_t *p = &r->plugins[i];
        if (!p->kinds || !p->kinds->name)
            continue;
        size_t nk = 0;
        while (p->kinds[nk].name)
            nk++;
        rc |= s_str(pk, p->name) | msgpack_pack_map(pk, nk);
        for (const sift_event_kind_t *k = p->kinds; k->name; k++) {
            size_t ne = 0;
            for (size_t e = 0; e < r->n_events; e++)
                ne += r->events[e].kind == k->name && r->events[e].plugin == p->name;
            rc |= s_str(pk, k->name) | msgpack_pack_array(pk, ne);
            for (size_t e = 0; e < r->n_events; e++)
                if (r->events[e].kind == k->name && r->events[e].plugin == p->name)
                    rc |= s_event_body(pk, &r->events[e], 0);
        }
    }
    return rc;
}

/* {schema, article_id, ...} of an event message. */
static int s_event_head(msgpack_packer *pk, const sift_str_t *id)
{
    return s_kv_int(pk, "schema", 1) | s_str(pk, "article_id") |
           msgpack_pack_str_with_body(pk, id->ptr, id->len);
}

static int s_echo(msgpack_packer *pk, const char *key, const sift_str_t *s)
{
    if (!s->ptr)
        return 0;
    return s_str(pk, key) | msgpack_pack_str_with_body(pk, s->ptr, s->len);
}

int sift_result_encode(const sift_result_t *r, const sift_message_t *m, const char *text,
                       uint64_t elapsed_us, sift_frames_t *out)
{
    msgpack_packer pk;
    msgpack_packer_init(&pk, &out->buf, msgpack_sbuffer_write);
    int rc = 0;
    size_t at;
    char topic[256]; /* plugin and kind names are at most 64 bytes, keys 64 */

    for (size_t i = 0; i < r->n_entities; i++) {
        const sift_entity_t *e = &r->entities[i];
        size_t len = (size_t)snprintf(topic, sizeof topic, "entity.%s", s_entity_types[e->type]);
        rc |= s_topic(out, topic, len, &at);
        /* the map header counts the two head keys; they follow it */
        rc |= s_entity_body(&pk, e, r->entity_by[i], 2) | s_event_head(&pk, &m->id);
        rc |= sift_frames_add(out, len, at);
    }
    for (size_t i = 0; i < r->n_tariffs; i++) {
        const sift_tariff_t *t = &r->tariffs[i];
        size_t len = (size_t)snprintf(topic, sizeof topic, "tariff.%.8s.%.8s",
                                      t->actor.name ? t->actor.code : "XX",
                                      t->target.name ? t->target.code : "XX");
        rc |= s_topic(out, topic, len, &at);
        rc |= s_tariff_body(&pk, t, r->tariff_by[i], 2) | s_event_head(&pk, &m->id);
        rc |= sift_frames_add(out, len, at);
    }
    for (size_t i = 0; i < r->n_quotes; i++) {
        rc |= s_topic(out, "quote", 5, &at);
        rc |= s_quote_body(&pk, &r->quotes[i], text, r->quote_by[i], 2) |
              s_event_head(&pk, &m->id);
        rc |= sift_frames_add(out, 5, at);
    }
    for (size_t i = 0; i < r->n_events; i++) {
        const sift_event_t *ev = &r->events[i];
        size_t len = (size_t)snprintf(topic, sizeof topic, "%.64s.%.64s%s%.64s", ev->plugin,
                                      ev->kind, ev->key ? "." : "", ev->key ? ev->key : "");
        rc |= s_topic(out, topic, len, &at);
        rc |= s_event_body(&pk, ev, 2) | s_event_head(&pk, &m->id);
        rc |= sift_frames_add(out, len, at);
    }

    rc |= s_topic(out, "article", 7, &at);
    size_t n = 7 + !!m->title.ptr + !!m->source.ptr + !!m->url.ptr + !!m->published.ptr +
               !!m->meta;
    n += s_plugins_with_kinds(r) > 0; /* "events" */
    rc |= msgpack_pack_map(&pk, n);
    rc |= s_kv_int(&pk, "schema", 1);
    rc |= s_str(&pk, "id") | msgpack_pack_str_with_body(&pk, m->id.ptr, m->id.len);
    rc |= s_echo(&pk, "title", &m->title) | s_echo(&pk, "source", &m->source);
    rc |= s_echo(&pk, "url", &m->url) | s_echo(&pk, "published", &m->published);
    if (m->meta)
        rc |= s_str(&pk, "meta") | msgpack_pack_object(&pk, *m->meta);
    rc |= s_str(&pk, "entities") | msgpack_pack_array(&pk, r->n_entities);
    for (size_t i = 0; i < r->n_entities; i++)
        rc |= s_entity_body(&pk, &r->entities[i], r->entity_by[i], 0);
    rc |= s_str(&pk, "tariffs") | msgpack_pack_array(&pk, r->n_tariffs);
    for (size_t i = 0; i < r->n_tariffs; i++)
        rc |= s_tariff_body(&pk, &r->tariffs[i], r->tariff_by[i], 0);
    rc |= s_str(&pk, "quotes") | msgpack_pack_array(&pk, r->n_quotes);
    for (size_t i = 0; i < r->n_quotes; i++)
        rc |= s_quote_body(&pk, &r->quotes[i], text, r->quote_by[i], 0);
    rc |= s_article_events(&pk, r);
    rc |= s_str(&pk, "plugins") | msgpack_pack_array(&pk, r->n_plugins);
    for (size_t i = 0; i < r->n_plugins; i++) {
        const sift_plugin_status_t *p = &r->plugins[i];
        rc |= msgpack_pack_map(&pk, 4 + !p->ok);
        rc |= s_kv_str(&pk, "name", p->name) | s_kv_str(&pk, "version", p->version);
        rc |= s_str(&pk, "ok") | (p->ok ? msgpack_pack_true(&pk) : msgpack_pack_false(&pk));
        if (!p->ok)
            rc |= s_kv_str(&pk, "error", p->error ? p->error : "failed");
        /* an extension of PROTOCOL.md: where an article's time went */
        rc |= s_kv_int(&pk, "elapsed_us", p->time_us);
    }
    rc |= s_kv_int(&pk, "elapsed_us", (int64_t)elapsed_us);
    rc |= sift_frames_add(out, 7, at);
    return rc ? -1 : 0;
}

int sift_frames_add_error(sift_frames_t *out, const sift_str_t *id, sift_error_code_t code,
                          const char *detail)
{
    size_t at;
    int rc = s_topic(out, "error", 5, &at);
    rc |= sift_message_encode_error(&out->buf, id, code, detail);
    return rc | sift_frames_add(out, 5, at);
}
