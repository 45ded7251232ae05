/* SPDX-License-Identifier: MIT */
/* loader.h - finds, checks, orders and initialises the configured plugins.
 * Every failure is reported once, in one line naming the plugin (and the
 * config file and line where one is at fault), before any socket exists. */
#ifndef SIFT_LOADER_H
#define SIFT_LOADER_H

#include <sift/plugin.h>

#include "config.h"

typedef struct sift_loaded {
    void *handle;                  /* dlopen handle */
    const sift_plugin_t *desc;     /* the plugin's exported descriptor */
    const sift_event_kind_t *events; /* desc->events when its size has them */
    struct sift_config *cfg;       /* its section, borrowed from settings */
    void *state;                   /* from init, released by destroy */
    bool initialised;
} sift_loaded_t;

typedef struct sift_plugins {
    sift_loaded_t items[SIFT_MAX_PLUGINS];
    size_t n;                      /* in run order */
} sift_plugins_t;

/* The host table handed to every plugin. */
extern const sift_host_t sift_host;

/* The plugin directory: settings->plugin_dir, else plugins/ beside the
 * running binary when it exists, else the installed one. Writes buf. */
void sift_plugin_dir(const sift_settings_t *settings, char *buf, size_t size);

/* Loads settings->plugins (names, comma-separated, or "none"), checks each
 * (file, symbol, ABI, name, config keys), sorts them so that requirements
 * come first, and runs init. Settings must outlive the result.
 * Returns 0, or -1 after logging the one-line reason (all unloaded). */
int sift_plugins_load(sift_plugins_t *out, sift_settings_t *settings);

/* The file of plugin `name`: the first <dir>/<name>.so that exists, dir
 * taken from settings->plugin_path (colon-separated) in order, then the
 * plugin directory. Returns 0, or -1 after logging every directory searched. */
int sift_plugin_find(const sift_settings_t *settings, const char *name, char *path,
                     size_t size);

/* Only loads and checks the plugin `name` at path (for --describe-plugin). */
int sift_plugins_open(sift_loaded_t *out, const char *path, const char *name);

/* destroy()s and dlclose()s every plugin; idempotent. */
void sift_plugins_unload(sift_plugins_t *p);

/* Prints a plugin's description and config keys. */
void sift_plugin_describe(const sift_plugin_t *desc, FILE *out);

#endif
