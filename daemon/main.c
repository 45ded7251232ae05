/* SPDX-License-Identifier: MIT */
/* main.c - siftd's command line. */
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config.h"
#include "daemon.h"
#include "loader.h"
#include "log.h"

static void s_usage(FILE *out)
{
    fprintf(out,
            "usage: siftd [--config FILE] [--input EP] [--output EP] [--plugin-dir DIR]\n"
            "             [--plugins NAME,...|none] [--workers N] [--log-level LEVEL]\n"
            "       siftd --check [--config FILE] ...   load config and plugins, then exit\n"
            "       siftd --describe                    the [siftd] keys\n"
            "       siftd --describe-plugin NAME        a plugin's keys\n"
            "Without --config, %s is read when it exists, else the built-in defaults.\n",
            SIFT_CONFIG_FILE);
}

static int s_level(const char *name)
{
    static const struct { const char *name; int level; } levels[] = {
        { "err", LOG_ERR }, { "warning", LOG_WARNING }, { "notice", LOG_NOTICE },
        { "info", LOG_INFO }, { "debug", LOG_DEBUG } };
    for (size_t i = 0; i < sizeof levels / sizeof levels[0]; i++)
        if (strcmp(levels[i].name, name) == 0)
            return levels[i].level;
    return -1;
}

int main(int argc, char **argv)
{
    const char *config = NULL, *describe_plugin = NULL, *log_level = NULL;
    sift_overrides_t o = { 0 };
    int check = 0, describe = 0;
    static const struct option opts[] = {
        { "config", required_argument, NULL, 'c' }, { "input", required_argument, NULL, 'i' },
        { "output", required_argument, NULL, 'o' },
        { "plugin-dir", required_argument, NULL, 'd' },
        { "plugins", required_argument, NULL, 'p' }, { "workers", required_argument, NULL, 'w' },
        { "log-level", required_argument, NULL, 'l' }, { "check", no_argument, NULL, 'k' },
        { "describe", no_argument, NULL, 'D' },
        { "describe-plugin", required_argument, NULL, 'P' },
        { "version", no_argument, NULL, 'V' }, { "help", no_argument, NULL, 'h' },
        { NULL, 0, NULL, 0 } };
    int c;
    while ((c = getopt_long(argc, argv, "c:i:o:d:p:w:l:h", opts, NULL)) != -1) {
        switch (c) {
        case 'c': config = optarg; break;
        case 'i': o.input = optarg; break;
        case 'o': o.output = optarg; break;
        case 'd': o.plugin_dir = optarg; break;
        case 'p': o.plugins = optarg; break;
        case 'w': o.workers = optarg; break;
        case 'l': log_level = optarg; break;
        case 'k': check = 1; break;
        case 'D': describe = 1; break;
        case 'P': describe_plugin = optarg; break;
        case 'V': puts("siftd " SIFT_VERSION); return 0;
        case 'h': s_usage(stdout); return 0;
        default: s_usage(stderr); return 2;
        }
    }
    if (optind < argc) {
        s_usage(stderr);
        return 2;
    }
    if (describe) {
        sift_settings_describe(stdout);
        return 0;
    }
    if (!config && access(SIFT_CONFIG_FILE, R_OK) == 0)
        config = SIFT_CONFIG_FILE;
    sift_settings_t *settings = sift_daemon_settings(config, &o);
    if (!settings)
        return 1;
    const char *level = log_level ? log_level : settings->log_level;
    if (s_level(level) < 0) {
        sift_log(LOG_ERR, NULL, "unknown log level '%s' (err, warning, notice, info, debug)",
                 level);
        sift_settings_destroy(&settings);
        return 1;
    }
    sift_log_set_level(s_level(level));
    if (describe_plugin) {
        char dir[PATH_MAX];
        sift_loaded_t l;
        sift_plugin_dir(settings, dir, sizeof dir);
        sift_settings_destroy(&settings);
        if (sift_plugins_open(&l, dir, describe_plugin) < 0)
            return 1;
        sift_plugin_describe(l.desc, stdout);
        sift_plugins_t one = { .n = 1 };
        one.items[0] = l;
        sift_plugins_unload(&one);
        return 0;
    }
    if (check) {
        sift_plugins_t loaded;
        int rc = sift_plugins_load(&loaded, settings);
        sift_plugins_unload(&loaded);
        sift_settings_destroy(&settings);
        if (rc == 0)
            printf("%s: ok\n", config ? config : "(defaults)");
        return rc == 0 ? 0 : 1;
    }
    return sift_daemon_run(&settings, config, &o);
}
