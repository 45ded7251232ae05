/* SPDX-License-Identifier: MIT */
/* daemon.h - siftd's main process: sockets, dispatch to workers, results
 * to subscribers, stats, signals, systemd notification. */
#ifndef SIFT_DAEMON_H
#define SIFT_DAEMON_H

#include "config.h"

/* Command-line settings that override the config file, re-applied on every
 * reload. NULL fields are not set. */
typedef struct sift_overrides {
    const char *input, *output, *plugin_dir, *plugin_path, *plugins, *workers;
} sift_overrides_t;

/* Loads `config_file` with the overrides; NULL after logging why. */
sift_settings_t *sift_daemon_settings(const char *config_file, const sift_overrides_t *o);

/* Runs siftd until SIGTERM/SIGINT. Takes ownership of *settings.
 * Returns the process exit code. */
int sift_daemon_run(sift_settings_t **settings, const char *config_file,
                    const sift_overrides_t *overrides);

#endif
