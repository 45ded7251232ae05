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
 * the plugin and both versions. Structs the daemon and plugins exchange begin
 * with their size, and fields are only ever appended, so a plugin built
 * against an older minor keeps working.
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
#define SIFT_ABI_MINOR 0
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
     * <plugin_dir>/<name>). Writes a NUL-terminated path into buf;
     * returns 0, or -1 when the key has no value or the path does not fit. */
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
    /* Layers, NULL-terminated: "entities", "tariffs", "quotes". The daemon
     * orders plugins so that each runs after those providing what it
     * requires, and refuses a configuration where none does. */
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
} sift_plugin_t;

/* Put before the definition of the one exported descriptor:
 *   SIFT_PLUGIN_EXPORT const sift_plugin_t sift_plugin = { SIFT_ABI, ... }; */
#define SIFT_PLUGIN_EXPORT __attribute__((visibility("default")))
#define SIFT_PLUGIN_SYMBOL "sift_plugin"

#ifdef __cplusplus
}
#endif
#endif /* SIFT_PLUGIN_H */
