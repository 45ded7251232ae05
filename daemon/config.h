/* SPDX-License-Identifier: MIT */
/* config.h - siftd.conf: the [siftd] section and one section per plugin.
 * Every key of [siftd] is declared once, in the table in config.c, which
 * fills the struct, rejects unknown keys and prints `siftd --describe`. */
#ifndef SIFT_CONFIG_H
#define SIFT_CONFIG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <sys/socket.h>

#define SIFT_MAX_PLUGINS 32

/* One `key = value` of a plugin section, with where it was written. */
typedef struct sift_config_entry {
    char *key, *value;
    const char *file;              /* the file it was set in (settings own it) */
    int line;
} sift_config_entry_t;

/* A plugin's section ([entities] ...). This is the sift_config_t that
 * plugins see through host->config_get. */
struct sift_config {
    char *name;
    const char *file;              /* where the section began, for messages */
    sift_config_entry_t *entries;
    size_t n_entries;
    int line;                      /* line of the [section] header */
    /* Filled by the loader: the plugin's declared keys and data dir. */
    const struct sift_config_key *keys;
    char *data_dir;
};

typedef struct sift_settings {
    char *file;                    /* path of the config file, owned */
    char **dropins;                /* FILE.d/NAME.conf read after it, owned */
    size_t n_dropins;
    char *input, *output;          /* endpoints */
    bool input_bind, output_bind;
    int input_line, output_line;   /* where they were set, 0 = default */
    const char *input_file, *output_file;
    char *plugin_dir;              /* "" = beside the binary, else installed */
    char *plugin_path;             /* more directories, colon-separated, first */
    char *plugins;                 /* comma-separated names, or "none" */
    int plugins_line;
    const char *plugins_file;
    int workers;                   /* 0 = number of cores */
    long max_text_bytes, max_message_bytes, max_title_bytes, max_meta_bytes;
    int max_meta_depth;
    long max_in_flight_bytes;
    long output_queue_bytes;
    int stats_interval;            /* seconds, 0 = off */
    int article_timeout;           /* seconds a worker may spend on one article */
    int stop_timeout;              /* seconds to drain after SIGTERM */
    int input_hwm, output_hwm;
    char *log_level;
    char *metrics;                 /* HOST:PORT of /metrics, "" = off */
    int metrics_line;
    const char *metrics_file;
    char *curve_secret_key, *curve_allowed_clients; /* files; "" = CURVE off */
    /* NATS JetStream, when input or output is a nats:// URL (jetstream.h) */
    char *nats_stream, *nats_subject, *nats_consumer, *nats_results_stream;
    char *nats_dead_letter, *nats_retention;
    int nats_replicas, nats_max_age, nats_ack_wait, nats_max_deliver;
    int nats_max_pending, nats_publish_retries, nats_publish_backoff_max;
    char *nats_creds, *nats_nkey, *nats_nkey_seed;  /* files and a public key, never logged */
    char *nats_tls_ca, *nats_tls_cert, *nats_tls_key;
    struct sift_config *sections;  /* every non-[siftd] section */
    size_t n_sections;
} sift_settings_t;

/* Reads FILE, then the drop-ins FILE.d/NAME.conf in order (a later file's
 * value wins; one file may not set a plugin key twice), into a new settings
 * object. On error, logs one line naming the file and line and returns
 * NULL. `path` NULL gives the built-in defaults. */
sift_settings_t *sift_settings_load(const char *path);
void sift_settings_destroy(sift_settings_t **self_p);

/* Command-line overrides: replaces a string setting (copies value). */
int sift_settings_set(sift_settings_t *self, const char *key, const char *value);

/* Adds an empty section `name`; 0 or -1. Pointers to sections obtained
 * before are invalidated. */
int sift_settings_add_section(sift_settings_t *self, const char *name);

/* The section called `name`, or NULL. */
struct sift_config *sift_settings_section(sift_settings_t *self, const char *name);

/* The per-message limits of the settings. */
struct sift_limits;
void sift_settings_limits(const sift_settings_t *self, struct sift_limits *out);

/* Prints the [siftd] keys with defaults and descriptions. */
void sift_settings_describe(FILE *out);

/* Parses HOST:PORT (numeric host, [v6] in brackets) into sa; 0 or -1. */
int sift_listen_address(const char *address, struct sockaddr_storage *sa);

/* A whole number in [min, max], all of s; false for anything else. */
bool sift_parse_long(const char *s, long min, long max, long *out);

/* Endpoint syntax check: "tcp://host:port", "ipc://path", "inproc://name",
 * or NATS server URLs (sift_nats_url). */
bool sift_endpoint_valid(const char *ep);

/* True for a NATS server URL or a comma-separated list of them
 * ("nats://host:port", "tls://host:port", user info allowed). */
bool sift_nats_url(const char *ep);

#endif
