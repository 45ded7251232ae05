/* SPDX-License-Identifier: MIT */
/* main.c - siftd's command line. */
#include <argp.h>
#include <signal.h>
#include <bsd/unistd.h>
#include <stdbool.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config.h"
#include "curve.h"
#include "daemon.h"
#include "jetstream.h"
#include "loader.h"
#include "log.h"

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

typedef struct {
    const char *config, *describe_plugin, *log_level;
    sift_overrides_t o;
    bool check, describe, init_nats;
} options_t;

enum { OPT_DESCRIBE = 0x100, OPT_DESCRIBE_PLUGIN, OPT_LOG_PREFIX, OPT_INIT_NATS };

static error_t s_parse(int key, char *arg, struct argp_state *state)
{
    options_t *o = state->input;
    switch (key) {
    case 'c': o->config = arg; break;
    case 'i': o->o.input = arg; break;
    case 'o': o->o.output = arg; break;
    case 'd': o->o.plugin_dir = arg; break;
    case 'P': o->o.plugin_path = arg; break;
    case 'p': o->o.plugins = arg; break;
    case 'w':
        /* checked here for the usage error; the settings check it again */
        if (!sift_parse_long(arg, 0, 256, &(long){ 0 }))
            argp_error(state, "--workers: '%s' is not a whole number from 0 to 256", arg);
        o->o.workers = arg;
        break;
    case 'l':
        if (s_level(arg) < 0)
            argp_error(state, "--log-level: unknown level '%s' (err, warning, notice, info, "
                       "debug)", arg);
        o->log_level = arg;
        break;
    case 'k': o->check = true; break;
    case OPT_DESCRIBE: o->describe = true; break;
    case OPT_DESCRIBE_PLUGIN: o->describe_plugin = arg; break;
    case OPT_LOG_PREFIX: sift_log_set_prefix(true); break;
    case OPT_INIT_NATS: o->init_nats = true; break;
    default: return ARGP_ERR_UNKNOWN;
    }
    return 0;
}

const char *argp_program_version = "siftd " SIFT_VERSION;

/* SIGTERM, SIGINT and SIGHUP wait from the first instruction: one sent as
 * siftd starts (the config still loading) is handled by the daemon loop, not
 * by the default action. The commands that only print unblock them. */
static void s_block_signals(int how)
{
    sigset_t mask;
    sigemptyset(&mask);
    sigaddset(&mask, SIGTERM);
    sigaddset(&mask, SIGINT);
    sigaddset(&mask, SIGHUP);
    sigprocmask(how, &mask, NULL);
}

int main(int argc, char **argv)
{
    s_block_signals(SIG_BLOCK);
    static const struct argp_option options[] = {
        { "config", 'c', "FILE", 0, "configuration file (default " SIFT_CONFIG_FILE
          " when it exists, else the built-in defaults)", 0 },
        { "input", 'i', "EP", 0, "endpoint of the input PULL socket, instead of the config's",
          0 },
        { "output", 'o', "EP", 0, "endpoint of the output PUB socket, instead of the config's",
          0 },
        { "plugin-dir", 'd', "DIR", 0, "where NAME.so plugins are, instead of the config's", 0 },
        { "plugin-path", 'P', "DIR:...", 0, "directories searched for plugins before the plugin "
          "dir, instead of the config's plugin_path", 0 },
        { "plugins", 'p', "NAME,...", 0, "plugins to run, instead of the config's; none: the "
          "core alone", 0 },
        { "workers", 'w', "N", 0, "worker processes, instead of the config's; 0: one per core",
          0 },
        { "log-level", 'l', "LEVEL", 0, "err, warning, notice, info or debug, instead of the "
          "config's", 0 },
        { "log-prefix", OPT_LOG_PREFIX, NULL, 0, "start every log line with its syslog "
          "priority (<3>); the default only when stderr is the journal", 0 },
        { "check", 'k', NULL, 0, "load the configuration and the plugins, then exit: 0 when "
          "they are fine", 0 },
        { "describe", OPT_DESCRIBE, NULL, 0, "print the [siftd] keys with their defaults", 0 },
        { "init-nats", OPT_INIT_NATS, NULL, 0, "create or update the JetStream streams and "
          "consumer the nats_* keys name (as `sift nats init`) before starting", 0 },
        { "describe-plugin", OPT_DESCRIBE_PLUGIN, "NAME", 0, "print a plugin's keys", 0 },
        { 0 } };
    static const struct argp argp = {
        options, s_parse, NULL,
        "siftd - the sift news extraction daemon: pulls articles over ZeroMQ, runs the "
        "plugins in worker processes, publishes the results by topic.\v"
        "Signals: SIGHUP reloads the configuration, SIGTERM finishes the articles in "
        "flight and stops. See siftd(8) and siftd.conf(5). Exit status: 0 on success, 1 "
        "on a configuration or start-up error, 2 on a usage error.", NULL, NULL, NULL };
    argp_err_exit_status = 2;
    setproctitle_init(argc, argv, environ); /* workers retitle themselves */
    options_t opt = { 0 };
    argp_parse(&argp, argc, argv, 0, NULL, &opt);
    const char *config = opt.config, *describe_plugin = opt.describe_plugin,
               *log_level = opt.log_level;
    sift_overrides_t o = opt.o;
    bool check = opt.check, describe = opt.describe;
    if (describe || describe_plugin || check)
        s_block_signals(SIG_UNBLOCK);
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
        char path[PATH_MAX];
        sift_loaded_t l;
        int found = sift_plugin_find(settings, describe_plugin, path, sizeof path);
        sift_settings_destroy(&settings);
        if (found < 0 || sift_plugins_open(&l, path, describe_plugin) < 0)
            return 1;
        sift_plugin_describe(l.desc, stdout);
        sift_plugins_t one = { .n = 1 };
        one.items[0] = l;
        sift_plugins_unload(&one);
        return 0;
    }
    if (check) {
        sift_plugins_t loaded;
        bool curve_failed;
        sift_curve_server_t *curve = sift_curve_server_new(NULL, settings, &curve_failed);
        sift_curve_server_destroy(&curve);
        sift_curve_warn_exposed(settings);
        int rc = curve_failed ? -1 : sift_plugins_load(&loaded, settings);
        if (rc == 0)
            sift_plugins_unload(&loaded);
        sift_settings_destroy(&settings);
        if (rc == 0)
            printf("%s: ok\n", config ? config : "(defaults)");
        return rc == 0 ? 0 : 1;
    }
    if (opt.init_nats && sift_js_init_url(settings, NULL) < 0) {
        sift_settings_destroy(&settings);
        return 1;
    }
    return sift_daemon_run(&settings, config, &o);
}
