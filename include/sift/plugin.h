/* SPDX-License-Identifier: MIT */
/*
 * sift/plugin.h - the one header a sift plugin includes.
 *
 * A plugin is a shared object that exports one const data symbol,
 * `sift_plugin` (see SIFT_PLUGIN_EXPORT), describing itself: its name and
 * version, the annotation layers it provides and requires, the config keys
 * it accepts, and three callbacks (init, process, destroy).
 *
 * The daemon never links a plugin against its own symbols: at init it hands
 * the plugin a table of functions (sift_host_t) through which the plugin
 * reads its config, logs, and adds its results. Everything a plugin needs is
 * in this file.
 *
 * Versioning. SIFT_ABI packs a major and a minor number. The loader refuses
 * a plugin whose major differs from its own or whose minor is newer, naming
 * the plugin and both versions; a plugin built against an older minor of
 * the same major loads and runs unchanged. Two rules make that hold:
 *  - The three structs passed by pointer, sift_plugin_t, sift_host_t and
 *    sift_doc_t, carry their size and only grow at the end, by a minor
 *    version. The host reads a descriptor's later fields only when its
 *    `size` covers them; fields marked "ABI 1.1" exist from that minor on.
 *  - Every other struct (tokens, sentences, spans, entities, tariffs,
 *    quotes, values, events ...) travels in arrays, where a new field would
 *    move every element after the first: they are frozen for the whole of
 *    major 1, and siftd checks their sizes when it is built. What a later
 *    minor adds to them goes into a new array of sift_doc_t instead.
 *
 * History: 1.0 the first; 1.1 doc->lower_hashes, provenance (doc->*_plugins),
 * custom events (sift_plugin_t.events, host->add_event, doc->events); 1.2
 * doc->token_chars, double-encoded punctuation read as what it stands for.
 *
 * Ownership, once for the whole API:
 *  - Everything the host passes to a plugin (document, tokens, layers, config
 *    strings) is borrowed: valid for the duration of the call only, never
 *    written, never freed by the plugin.
 *  - Everything a plugin passes to an add_* function is copied by the host
 *    before it returns; the plugin keeps ownership of what it passed (stack
 *    or plugin memory is fine).
 *  - The state returned by init belongs to the plugin; the host hands it back
 *    to process and releases it only by calling destroy, exactly once.
 *  - Nothing is freed on the other side of the boundary.
 *
 * Threads and processes. process() may run concurrently on different
 * articles with the same state (siftd runs several workers; a future
 * version may run them as threads). Treat the state as read-only after
 * init, and keep per-article scratch on the stack or in memory from
 * host->scratch(), which the host releases after the article. siftd calls
 * init in its main process and forks its workers afterwards: memory and
 * mappings are inherited, sockets are not, so open no socket in init.
 *
 * Offsets. Every start/end is a half-open range of UTF-8 *byte* offsets
 * into doc->text.
 */
#ifndef SIFT_PLUGIN_H
#define SIFT_PLUGIN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define SIFT_ABI_MAJOR 1
#ifndef SIFT_ABI_TEST_NEXT_MINOR
#define SIFT_ABI_MINOR 2
#else /* tests/unit/test_abi.c: a host of the next minor, one field appended */
#define SIFT_ABI_MINOR 3
#define SIFT_ABI_TEST_FIELD uint64_t test_appended;
#endif
#ifndef SIFT_ABI_TEST_FIELD
#define SIFT_ABI_TEST_FIELD
#endif
#define SIFT_ABI ((uint32_t)((SIFT_ABI_MAJOR << 16) | SIFT_ABI_MINOR))

/* Syslog priorities for host->log (the same numbers as <syslog.h>). */
enum { SIFT_LOG_ERR = 3, SIFT_LOG_WARNING = 4, SIFT_LOG_NOTICE = 5,
       SIFT_LOG_INFO = 6, SIFT_LOG_DEBUG = 7 };

/* ------------------------------------------------------------------ text */

/* Token facts, computed once per article by the core. */
enum {
    SIFT_TOKEN_ALPHA      = 1u << 0,  /* only letters (and inner ' - .)   */
    SIFT_TOKEN_DIGIT      = 1u << 1,  /* contains a digit                 */
    SIFT_TOKEN_NUMBER     = 1u << 2,  /* a number: 60, 1,500, 3.5, 1987/88 */
    SIFT_TOKEN_CAP        = 1u << 3,  /* first letter upper case          */
    SIFT_TOKEN_UPPER      = 1u << 4,  /* every letter upper case (>= 1)   */
    SIFT_TOKEN_LOWER      = 1u << 5,  /* every letter lower case (>= 1)   */
    SIFT_TOKEN_PUNCT      = 1u << 6,  /* punctuation or symbol only       */
    SIFT_TOKEN_QUOTE      = 1u << 7,  /* a quotation mark: " “ ” ‘ ’ ' « » „ `` '' */
    SIFT_TOKEN_SPACE_BEFORE = 1u << 8, /* white space precedes it         */
    SIFT_TOKEN_LINE_START = 1u << 9,  /* first token on its line          */
    SIFT_TOKEN_PARA_START = 1u << 10, /* first token of a paragraph       */
    SIFT_TOKEN_SENT_START = 1u << 11, /* first token of a sentence        */
    SIFT_TOKEN_SPACE_AFTER = 1u << 12, /* white space follows it          */
    SIFT_TOKEN_POSSESSIVE = 1u << 13, /* ABI 1.2: 's ’s split off a word    */
};

typedef struct sift_token {
    uint32_t start, end;   /* byte range in doc->text */
    uint32_t flags;        /* SIFT_TOKEN_* */
    uint32_t sentence;     /* index into doc->sentences */
} sift_token_t;

typedef struct sift_sentence {
    uint32_t start, end;            /* byte range in doc->text */
    uint32_t tok_begin, tok_end;    /* token range [begin, end) */
} sift_sentence_t;

/* ---------------------------------------------------------------- layers */

typedef struct sift_span {
    uint32_t start, end;
} sift_span_t;

typedef enum sift_entity_type {
    SIFT_PERSON, SIFT_ORG, SIFT_GPE, SIFT_LOC, SIFT_NORP,
    SIFT_MONEY, SIFT_PERCENT, SIFT_DATE,
    SIFT_ENTITY_TYPES
} sift_entity_type_t;

/* One real-world thing in the article with all its mentions. Optional
 * strings are NULL when absent; value is meaningful when has_value. */
typedef struct sift_entity {
    sift_entity_type_t type;
    const char *name;              /* canonical: the fullest form          */
    const sift_span_t *mentions;   /* sorted by start                      */
    size_t n_mentions;
    const char *code;              /* GPE/NORP: ISO 3166-1 alpha-2, "EU"   */
    const char *title;             /* PERSON: "Vice Premier"               */
    bool has_value;
    double value;                  /* MONEY: units; PERCENT: 25            */
    const char *currency;          /* MONEY: ISO 4217                      */
    const char *date;              /* DATE: ISO 8601 "2019-05-10", "2019-05" */
} sift_entity_t;

typedef enum { SIFT_IMPOSE, SIFT_RAISE, SIFT_LOWER, SIFT_REMOVE, SIFT_EXEMPT }
    sift_tariff_action_t;
typedef enum { SIFT_ACTUAL, SIFT_THREATENED, SIFT_PROPOSED, SIFT_DEMANDED,
               SIFT_CONSIDERED } sift_tariff_modality_t;

/* A party to a tariff; name == NULL means "null" on the wire. */
typedef struct sift_party {
    const char *name;              /* canonical: "United States"           */
    const char *code;              /* ISO 3166-1 alpha-2, "EU", "XX"       */
} sift_party_t;

typedef enum { SIFT_RATE_NONE, SIFT_RATE_VALUE, SIFT_RATE_FROM_TO,
               SIFT_RATE_RANGE } sift_rate_kind_t;

/* A rate in percent. VALUE uses a; FROM_TO uses a (from) and b (to);
 * RANGE uses a (min) and b (max), either may be NAN when the text gives
 * only one bound ("a high of almost 60 pct" -> min NAN, max 60). */
typedef struct sift_rate {
    sift_rate_kind_t kind;
    double a, b;
} sift_rate_t;

typedef struct sift_tariff {
    sift_tariff_action_t action;
    sift_tariff_modality_t modality;
    sift_party_t actor, target;    /* who levies it; whose goods it hits  */
    sift_rate_t rate;
    bool has_amount;
    double amount;                 /* value of the goods covered          */
    const char *currency;          /* ISO 4217, with has_amount           */
    const char *const *goods;      /* product phrases                     */
    size_t n_goods;
    bool retaliation;
    uint32_t start, end;           /* the clause that states it           */
} sift_tariff_t;

typedef enum { SIFT_QUOTE_DIRECT, SIFT_QUOTE_PARTIAL } sift_quote_kind_t;

typedef struct sift_quote {
    uint32_t start, end;           /* the quoted words, inside the marks  */
    sift_quote_kind_t kind;
    bool has_speaker;              /* false: "speaker": null              */
    const char *speaker_name;      /* canonical name, NULL if unresolved  */
    bool has_speaker_span;
    uint32_t speaker_start, speaker_end; /* the mention it rests on ("he") */
    int32_t speaker_entity;        /* index into doc->entities, or -1     */
    const char *cue;               /* reporting verb, or NULL             */
} sift_quote_t;

/* --------------------------------------------------------- custom events */

/* ABI 1.1. A plugin may publish kinds of event of its own beside the
 * built-in layers: it declares each kind and its fields in its descriptor
 * (sift_plugin_t.events) and adds events with host->add_event, which checks
 * them against the declaration and copies them. An event of kind K added by
 * plugin P is published on topic "P.K" (or "P.K.<key>") and listed in the
 * `article` result under events.P.K; see docs/PROTOCOL.md. */
typedef enum sift_field_type {
    SIFT_FIELD_STRING = 1,         /* UTF-8 string                        */
    SIFT_FIELD_INT,                /* int64                               */
    SIFT_FIELD_NUMBER,             /* double, finite; always a float64    */
    SIFT_FIELD_BOOL,
    SIFT_FIELD_SPAN,               /* [start, end] inside doc->text       */
    SIFT_FIELD_SPANS,              /* list of spans                       */
    SIFT_FIELD_STRINGS,            /* list of UTF-8 strings               */
} sift_field_type_t;

/* One field of a kind: its name ([a-z0-9_]+, none of the payload's own
 * keys: schema, article_id, plugin, kind, key) and type. A required field
 * must be in every event; an optional one may be left out. */
typedef struct sift_field_decl {
    const char *name;
    sift_field_type_t type;
    bool optional;
} sift_field_decl_t;

typedef struct sift_event_kind {
    const char *name;              /* [a-z0-9_]+                          */
    const char *description;
    const sift_field_decl_t *fields; /* ends with {NULL}                   */
} sift_event_kind_t;

/* One field of an event, as passed to add_event and as read back from
 * doc->events. Build them with SIFT_STRING(...) and the other macros. */
typedef struct sift_value {
    const char *name;              /* a field its kind declares           */
    sift_field_type_t type;        /* the declared type                   */
    union {
        const char *s;             /* STRING                              */
        int64_t i;                 /* INT                                 */
        double d;                  /* NUMBER                              */
        bool b;                    /* BOOL                                */
        sift_span_t span;          /* SPAN                                */
        struct { const sift_span_t *items; size_t n; } spans;   /* SPANS  */
        struct { const char *const *items; size_t n; } strings; /* STRINGS */
    } v;
} sift_value_t;

#define SIFT_STRING(n, x) ((sift_value_t){ .name = (n), .type = SIFT_FIELD_STRING, .v.s = (x) })
#define SIFT_INT(n, x) ((sift_value_t){ .name = (n), .type = SIFT_FIELD_INT, .v.i = (x) })
#define SIFT_NUMBER(n, x) ((sift_value_t){ .name = (n), .type = SIFT_FIELD_NUMBER, .v.d = (x) })
#define SIFT_BOOL(n, x) ((sift_value_t){ .name = (n), .type = SIFT_FIELD_BOOL, .v.b = (x) })
#define SIFT_SPAN(n, a, z) ((sift_value_t){ .name = (n), .type = SIFT_FIELD_SPAN, \
                                            .v.span = { (a), (z) } })
#define SIFT_SPANS(n, p, k) ((sift_value_t){ .name = (n), .type = SIFT_FIELD_SPANS, \
                                             .v.spans = { (p), (k) } })
#define SIFT_STRINGS(n, p, k) ((sift_value_t){ .name = (n), .type = SIFT_FIELD_STRINGS, \
                                               .v.strings = { (p), (k) } })

/* A custom event as the host stored it (in doc->events). */
typedef struct sift_event {
    const char *plugin;            /* the plugin that added it            */
    const char *kind;              /* one of that plugin's kinds          */
    const char *key;               /* routing key, NULL when none         */
    const sift_value_t *fields;    /* in the order they were given        */
    size_t n_fields;
} sift_event_t;

/* ------------------------------------------------------------- document */

/* What process() sees: the article, tokenised once by the core, and the
 * layers added by the plugins that ran before this one. */
typedef struct sift_doc {
    uint32_t size;                 /* sizeof(sift_doc_t) of the host      */
    const char *id;                /* NUL-terminated                      */
    const char *text;              /* valid UTF-8, NUL-terminated         */
    size_t text_len;               /* bytes, without the NUL              */
    const char *title;             /* NULL when absent                    */
    const char *published;         /* RFC 3339 as sent, NULL when absent  */
    int pub_year, pub_month, pub_day; /* from published; 0 when unknown   */
    const sift_token_t *tokens;
    size_t n_tokens;
    const sift_sentence_t *sentences;
    size_t n_sentences;
    const sift_entity_t *entities; /* index = entity number on the wire   */
    size_t n_entities;
    const sift_tariff_t *tariffs;
    size_t n_tariffs;
    const sift_quote_t *quotes;
    size_t n_quotes;
    /* ABI 1.1: one per token, computed once by the core so that no plugin
     * hashes the text again: XXH3_64bits (libxxhash, seed 0) of the token's
     * bytes with ASCII A-Z lower-cased, 1 where that is 0. A plugin keying
     * its word lists the same way looks a token up with one probe. */
    const uint64_t *lower_hashes;
    /* ABI 1.1: provenance, the name of the plugin that added each item
     * (parallel to entities, tariffs, quotes), and the custom events added
     * so far, in the order they were added. */
    const char *const *entity_plugins;
    const char *const *tariff_plugins;
    const char *const *quote_plugins;
    const struct sift_event *events;
    size_t n_events;
    /* ABI 1.2: one per token, the Unicode code point of a token that is
     * one punctuation character (a quote mark, apostrophe, dash ...), else
     * 0. A character double-encoded in the text ("â€œ" for “, "â€™" for ’:
     * UTF-8 read as Latin-1 or Windows-1252 and encoded again, common in
     * scraped news) is one token and gets the character it stands for, and
     * lower_hashes hash such tokens as if repaired ("â€™s" as "’s"). */
    const uint32_t *token_chars;
    SIFT_ABI_TEST_FIELD
} sift_doc_t;

/* ------------------------------------------------------------------ host */

typedef struct sift_config sift_config_t; /* a plugin's config section   */
typedef struct sift_out sift_out_t;       /* where one article's results go */

/* The functions the daemon hands a plugin. All are safe to call from
 * process() on any worker; config_* only during init. */
typedef struct sift_host {
    uint32_t abi;                  /* SIFT_ABI of the host                */
    uint32_t size;                 /* sizeof(sift_host_t) of the host     */

    /* Logs one line, "[plugin] message", with a syslog priority. */
    void (*log)(const char *plugin, int priority, const char *fmt, ...)
        __attribute__((format(printf, 3, 4)));

    /* The value of `key` in the plugin's config section, else the default
     * declared in its config_keys table, else NULL. Borrowed until init
     * returns. */
    const char *(*config_get)(const sift_config_t *cfg, const char *key);

    /* Like config_get, for a file name: a relative value is resolved
     * against the plugin's data directory (its `data_dir` key, by default
     * <the directory NAME.so was found in>/<name>). Writes a NUL-terminated
     * path into buf; returns 0, or -1 when the key has no value or the path
     * does not fit. */
    int (*config_path)(const sift_config_t *cfg, const char *key,
                       char *buf, size_t size);

    /* Add one result to the article. The host copies *e / *t / *q, its
     * strings and arrays. Returns the new item's index in its layer (for
     * entities: the number quotes refer to), or -1 when the item is
     * invalid (bad span, missing name); the host logs why. */
    int (*add_entity)(sift_out_t *out, const sift_entity_t *e);
    int (*add_tariff)(sift_out_t *out, const sift_tariff_t *t);
    int (*add_quote)(sift_out_t *out, const sift_quote_t *q);

    /* Explains why process() is about to return -1; published as the
     * plugin's `error` in the article result. */
    void (*set_error)(sift_out_t *out, const char *fmt, ...)
        __attribute__((format(printf, 2, 3)));

    /* Scratch memory for this article, 16-byte aligned, released by the
     * host after the article; NULL when out of memory. */
    void *(*scratch)(sift_out_t *out, size_t size);

    /* ABI 1.1. Adds one event of a kind the plugin declares. key: NULL, or
     * 1-64 bytes of [A-Za-z0-9_.-], appended to the topic ("P.K.key").
     * fields: each a declared field of the declared type, none twice, every
     * required one present. The host copies everything. Returns the event's
     * index in doc->events, or -1 when it does not match the declaration
     * (the host logs why). */
    int (*add_event)(sift_out_t *out, const char *kind, const char *key,
                     const sift_value_t *fields, size_t n_fields);
    SIFT_ABI_TEST_FIELD
} sift_host_t;

/* ---------------------------------------------------------------- plugin */

/* One accepted config key: `siftd --describe-plugin NAME` prints them, and
 * the config loader rejects keys a plugin does not declare. */
typedef struct sift_config_key {
    const char *name;
    const char *default_value;     /* NULL: no default                    */
    const char *description;
} sift_config_key_t;

typedef struct sift_plugin {
    uint32_t abi;                  /* SIFT_ABI the plugin was built with  */
    uint32_t size;                 /* sizeof(sift_plugin_t) at build time */
    const char *name;              /* [a-z0-9_]+, its config section name */
    const char *version;
    const char *description;
    /* NULL-terminated: the layers "entities", "tariffs", "quotes", and in
     * `requires` also "<plugin>.<kind>", a kind another plugin declares in
     * its `events` (provided implicitly). The daemon orders plugins so that
     * each runs after all those providing what it requires, and refuses a
     * configuration where none does. */
    const char *const *provides;
    const char *const *requires;
    const sift_config_key_t *config_keys; /* ends with {NULL, ...}         */

    /* Builds the plugin's state from its config section. Called once per
     * configuration, before any article. host stays valid until destroy.
     * Returns 0 and sets *state (may be NULL), or -1 after logging why. */
    int (*init)(const sift_host_t *host, const sift_config_t *cfg,
                void **state);

    /* Annotates one article: reads doc, adds results through the host.
     * Finding nothing is success. Returns 0, or -1 after host->set_error;
     * a failure costs this plugin's results for this article only. */
    int (*process)(void *state, const sift_doc_t *doc, sift_out_t *out);

    /* Releases the state returned by init. May be NULL. */
    void (*destroy)(void *state);

    /* ABI 1.1: the kinds of event it adds, ends with {NULL}; may be NULL.
     * Each kind "K" is also provided as "<name>.K" for other plugins'
     * `requires`. */
    const sift_event_kind_t *events;
    SIFT_ABI_TEST_FIELD
} sift_plugin_t;

/* Put before the definition of the one exported descriptor:
 *   SIFT_PLUGIN_EXPORT const sift_plugin_t sift_plugin = { SIFT_ABI, ... }; */
#define SIFT_PLUGIN_EXPORT __attribute__((visibility("default")))
#define SIFT_PLUGIN_SYMBOL "sift_plugin"

#ifdef __cplusplus
}
#endif
#endif /* SIFT_PLUGIN_H */
