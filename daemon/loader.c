/* SPDX-License-Identifier: MIT */
/* loader.c - plugin loading and ordering (see loader.h). */
#include "loader.h"

#include <dlfcn.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "log.h"

#ifndef SIFT_PLUGIN_DIR
#define SIFT_PLUGIN_DIR "/usr/lib/sift/plugins"
#endif

/* The smallest descriptor the loader can use: up to and including process. */
#define MIN_PLUGIN_SIZE (offsetof(sift_plugin_t, destroy) + sizeof(void (*)(void *)))
/* A descriptor built against ABI 1.1 or later has `events`. */
#define EVENTS_PLUGIN_SIZE (offsetof(sift_plugin_t, events) + sizeof(void *))

/* Structs that travel in arrays are frozen for ABI major 1 (plugin.h): a
 * change of size here is an ABI break, not a minor version. */
#if UINTPTR_MAX == UINT64_MAX
_Static_assert(sizeof(sift_token_t) == 16, "sift_token_t is frozen for ABI 1");
_Static_assert(sizeof(sift_sentence_t) == 16, "sift_sentence_t is frozen for ABI 1");
_Static_assert(sizeof(sift_span_t) == 8, "sift_span_t is frozen for ABI 1");
_Static_assert(sizeof(sift_entity_t) == 80, "sift_entity_t is frozen for ABI 1");
_Static_assert(sizeof(sift_tariff_t) == 120, "sift_tariff_t is frozen for ABI 1");
_Static_assert(sizeof(sift_quote_t) == 48, "sift_quote_t is frozen for ABI 1");
_Static_assert(sizeof(sift_config_key_t) == 24, "sift_config_key_t is frozen for ABI 1");
_Static_assert(sizeof(sift_field_decl_t) == 16, "sift_field_decl_t is frozen for ABI 1");
_Static_assert(sizeof(sift_event_kind_t) == 24, "sift_event_kind_t is frozen for ABI 1");
_Static_assert(sizeof(sift_value_t) == 32, "sift_value_t is frozen for ABI 1");
_Static_assert(sizeof(sift_event_t) == 40, "sift_event_t is frozen for ABI 1");
#endif

/* Topics a plugin's own "<name>.<kind>" must not start with: a subscriber
 * to a built-in topic would receive its events. */
static const char *const s_builtin_topics[] = { "entity", "tariff", "quote", "article",
                                                "error", NULL };

static bool s_is_name_n(const char *s, size_t n)
{
    return n >= 1 && n <= 64 && strspn(s, "abcdefghijklmnopqrstuvwxyz0123456789_") >= n;
}

static bool s_is_name(const char *s)
{
    return s && s_is_name_n(s, strlen(s));
}

void sift_plugin_dir(const sift_settings_t *settings, char *buf, size_t size)
{
    if (settings->plugin_dir && *settings->plugin_dir) {
        snprintf(buf, size, "%s", settings->plugin_dir);
        return;
    }
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = '\0';
        char *slash = strrchr(exe, '/');
        if (slash) {
            *slash = '\0';
            struct stat st;
            snprintf(buf, size, "%s/plugins", exe);
            if (stat(buf, &st) == 0 && S_ISDIR(st.st_mode))
                return;
        }
    }
    snprintf(buf, size, "%s", SIFT_PLUGIN_DIR);
}


/* Checks the custom kinds a descriptor declares; -1 with why in buf. */
static int s_check_kinds(const sift_plugin_t *d, char *buf, size_t size)
{
    static const char *const reserved[] = { "schema", "article_id", "plugin", "kind", "key",
                                            NULL };
    if (!s_is_name(d->name))
        return snprintf(buf, size, "declares event kinds, so its name must be 1-64 of "
                        "[a-z0-9_]"), -1;
    for (const char *const *t = s_builtin_topics; *t; t++)
        if (strncmp(d->name, *t, strlen(*t)) == 0)
            return snprintf(buf, size, "declares event kinds, so its name must not start with "
                            "'%s' (a subscriber to the built-in topic would get them)", *t), -1;
    for (const sift_event_kind_t *k = d->events; k->name; k++) {
        if (!s_is_name(k->name))
            return snprintf(buf, size, "event kind '%.64s' is not 1-64 of [a-z0-9_]",
                            k->name), -1;
        for (const sift_event_kind_t *o = d->events; o != k; o++)
            if (strcmp(o->name, k->name) == 0)
                return snprintf(buf, size, "event kind '%s' declared twice", k->name), -1;
        for (const sift_field_decl_t *f = k->fields; f && f->name; f++) {
            if (!s_is_name(f->name))
                return snprintf(buf, size, "event kind '%s': field '%.64s' is not 1-64 of "
                                "[a-z0-9_]", k->name, f->name), -1;
            if ((unsigned)f->type < SIFT_FIELD_STRING || f->type > SIFT_FIELD_STRINGS)
                return snprintf(buf, size, "event kind '%s': field '%s' has unknown type %d",
                                k->name, f->name, (int)f->type), -1;
            for (const char *const *r = reserved; *r; r++)
                if (strcmp(f->name, *r) == 0)
                    return snprintf(buf, size, "event kind '%s': field name '%s' is reserved "
                                    "(schema, article_id, plugin, kind, key)", k->name,
                                    f->name), -1;
            for (const sift_field_decl_t *o = k->fields; o != f; o++)
                if (strcmp(o->name, f->name) == 0)
                    return snprintf(buf, size, "event kind '%s': field '%s' declared twice",
                                    k->name, f->name), -1;
        }
    }
    return 0;
}

int sift_plugin_find(const sift_settings_t *settings, const char *name, char *path,
                     size_t size)
{
    if (!s_is_name(name)) {
        sift_log(LOG_ERR, NULL, "'%.80s' is not a plugin name (1-64 of [a-z0-9_])", name);
        return -1;
    }
    char dir[PATH_MAX], searched[1024] = "";
    sift_plugin_dir(settings, dir, sizeof dir);
    /* plugin_path's directories in order, then plugin_dir */
    struct { const char *p; size_t n; } dirs[SIFT_MAX_PLUGINS + 1];
    size_t nd = 0;
    for (const char *p = settings->plugin_path ? settings->plugin_path : ""; *p;) {
        size_t n = strcspn(p, ":");
        if (n && nd < SIFT_MAX_PLUGINS)
            dirs[nd].p = p, dirs[nd++].n = n;
        p += n + (p[n] == ':');
    }
    dirs[nd].p = dir, dirs[nd++].n = strlen(dir);
    for (size_t i = 0; i < nd; i++) {
        struct stat st;
        if (snprintf(path, size, "%.*s/%s.so", (int)dirs[i].n, dirs[i].p, name) >= (int)size) {
            sift_log(LOG_ERR, NULL, "plugin %s: path too long", name);
            return -1;
        }
        if (stat(path, &st) == 0)
            return 0;
        snprintf(searched + strlen(searched), sizeof searched - strlen(searched), "%s%.*s",
                 i ? ", " : "", (int)dirs[i].n, dirs[i].p);
    }
    sift_log(LOG_ERR, NULL, "plugin %s: no %s.so in %s (searched plugin_path, then plugin_dir; "
             "or give its absolute path in `plugins =`)", name, name, searched);
    return -1;
}

int sift_plugins_open(sift_loaded_t *out, const char *path, const char *name)
{
    memset(out, 0, sizeof *out);
    /* RTLD_NOW: a missing symbol fails here, not in the middle of an
     * article; RTLD_LOCAL: plugins cannot see or clash with each other. */
    out->handle = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (!out->handle) {
        sift_log(LOG_ERR, NULL, "plugin %s: cannot load %s: %s", name, path, dlerror());
        return -1;
    }
    const sift_plugin_t *d = dlsym(out->handle, SIFT_PLUGIN_SYMBOL);
    const char *why = NULL;
    char buf[512];
    if (!d) {
        why = "exports no `" SIFT_PLUGIN_SYMBOL "` symbol (see include/sift/plugin.h)";
    } else if (d->abi >> 16 != SIFT_ABI_MAJOR || (d->abi & 0xffff) > SIFT_ABI_MINOR) {
        snprintf(buf, sizeof buf, "ABI %u.%u, siftd expects %u.%u (rebuild it against this "
                 "sift/plugin.h)", d->abi >> 16, d->abi & 0xffff, SIFT_ABI_MAJOR, SIFT_ABI_MINOR);
        why = buf;
    } else if (d->size < MIN_PLUGIN_SIZE) {
        snprintf(buf, sizeof buf, "descriptor is %u bytes, too small for ABI %u", d->size,
                 SIFT_ABI_MAJOR);
        why = buf;
    } else if (!d->name || strcmp(d->name, name) != 0) {
        snprintf(buf, sizeof buf, "%s.so declares the name '%.64s'", name, d->name ? d->name : "");
        why = buf;
    } else if (!d->process) {
        why = "has no process function";
    } else if (d->size >= EVENTS_PLUGIN_SIZE && d->events &&
               s_check_kinds(d, buf, sizeof buf) < 0) {
        why = buf;
    }
    if (why) {
        sift_log(LOG_ERR, NULL, "plugin %s: %s", name, why);
        dlclose(out->handle);
        out->handle = NULL;
        return -1;
    }
    out->desc = d;
    out->events = d->size >= EVENTS_PLUGIN_SIZE ? d->events : NULL;
    return 0;
}

static bool s_has_layer(const char *const *list, const char *layer)
{
    for (; list && *list; list++)
        if (strcmp(*list, layer) == 0)
            return true;
    return false;
}

/* Does the plugin provide `what`: a layer it lists, or "<name>.<kind>"
 * for one of its custom kinds? */
static bool s_provides(const sift_loaded_t *l, const char *what)
{
    if (s_has_layer(l->desc->provides, what))
        return true;
    size_t n = strlen(l->desc->name);
    if (strncmp(what, l->desc->name, n) != 0 || what[n] != '.')
        return false;
    for (const sift_event_kind_t *k = l->events; k && k->name; k++)
        if (strcmp(k->name, what + n + 1) == 0)
            return true;
    return false;
}

static bool s_declares_key(const sift_plugin_t *d, const char *key)
{
    if (strcmp(key, "data_dir") == 0)
        return true;
    for (const sift_config_key_t *k = d->config_keys; k && k->name; k++)
        if (strcmp(k->name, key) == 0)
            return true;
    return false;
}

/* One entry of `plugins`: a name looked up in the search path, or, in the
 * config file only, the absolute path of NAME.so. */
typedef struct {
    const char *path;              /* absolute .so path, NULL for a name */
    char name[65];
} plugin_entry_t;

/* Splits the comma-separated list into entries; returns the count or -1.
 * Names are [a-z0-9_] (they become file names and topics); an absolute
 * path is trusted only from the config file, never from --plugins. */
static int s_split_names(char *list, plugin_entry_t *e, const sift_settings_t *settings)
{
    char where[PATH_MAX + 16] = "--plugins";
    if (settings->plugins_line > 0)
        snprintf(where, sizeof where, "%s:%d", settings->plugins_file, settings->plugins_line);
    int n = 0;
    for (char *save = NULL, *tok = strtok_r(list, ", \t", &save); tok;
         tok = strtok_r(NULL, ", \t", &save)) {
        if (strcmp(tok, "none") == 0)
            continue;
        const char *name = tok, *path = NULL;
        size_t len = strlen(tok);
        if (tok[0] == '/' && settings->plugins_line > 0) {
            name = strrchr(tok, '/') + 1;
            len = strlen(name);
            if (len < 4 || strcmp(name + len - 3, ".so") != 0 || !s_is_name_n(name, len - 3)) {
                sift_log(LOG_ERR, NULL, "%s: plugin path '%s' must end in /NAME.so, NAME of "
                         "1-64 [a-z0-9_]", where, tok);
                return -1;
            }
            len -= 3;
            path = tok;
        } else if (!s_is_name_n(tok, len)) {
            sift_log(LOG_ERR, NULL, "%s: '%s' is not a plugin name (1-64 of [a-z0-9_])%s",
                     where, tok, tok[0] == '/' ? "; an absolute path is accepted only in the "
                     "config file's `plugins =`" : "");
            return -1;
        }
        bool dup = false;
        for (int i = 0; i < n && !dup; i++)
            dup = strncmp(e[i].name, name, len) == 0 && e[i].name[len] == '\0';
        if (dup)
            continue;
        if (n == SIFT_MAX_PLUGINS) {
            sift_log(LOG_ERR, NULL, "%s: more than %d plugins", where, SIFT_MAX_PLUGINS);
            return -1;
        }
        e[n].path = path;
        memcpy(e[n].name, name, len);
        e[n++].name[len] = '\0';
    }
    return n;
}

/* Orders p->items so that every plugin runs after the providers of what it
 * requires (a stable topological sort: configured order otherwise). */
static int s_order(sift_plugins_t *p)
{
    sift_loaded_t sorted[SIFT_MAX_PLUGINS];
    bool placed[SIFT_MAX_PLUGINS] = { false };
    size_t n = 0;
    for (size_t i = 0; i < p->n; i++) {
        for (const char *const *r = p->items[i].desc->requires; r && *r; r++) {
            bool found = false;
            for (size_t j = 0; j < p->n && !found; j++)
                found = j != i && s_provides(&p->items[j], *r);
            if (!found) {
                sift_log(LOG_ERR, NULL, "plugin %s requires '%s', which no configured plugin "
                         "provides (add the plugin that provides it to `plugins`)",
                         p->items[i].desc->name, *r);
                return -1;
            }
        }
    }
    while (n < p->n) {
        size_t before = n;
        for (size_t i = 0; i < p->n; i++) {
            if (placed[i])
                continue;
            bool ready = true;
            for (const char *const *r = p->items[i].desc->requires; r && *r && ready; r++)
                for (size_t j = 0; j < p->n; j++)
                    if (j != i && !placed[j] && s_provides(&p->items[j], *r))
                        ready = false;
            if (ready) {
                sorted[n++] = p->items[i];
                placed[i] = true;
            }
        }
        if (n == before) {
            char names[512] = "";
            for (size_t i = 0; i < p->n; i++)
                if (!placed[i])
                    snprintf(names + strlen(names), sizeof names - strlen(names), " %s",
                             p->items[i].desc->name);
            sift_log(LOG_ERR, NULL, "plugins require each other in a cycle:%s", names);
            return -1;
        }
    }
    memcpy(p->items, sorted, n * sizeof sorted[0]);
    return 0;
}

int sift_plugins_load(sift_plugins_t *out, sift_settings_t *settings)
{
    memset(out, 0, sizeof *out);
    char *list = strdup(settings->plugins ? settings->plugins : "");
    plugin_entry_t entries[SIFT_MAX_PLUGINS];
    const char *file = settings->file ? settings->file : "(defaults)";
    if (!list)
        return -1;
    int n = s_split_names(list, entries, settings);
    if (n < 0)
        goto fail;
    /* Every plugin gets a section, so sections exist before we point at them. */
    for (int i = 0; i < n; i++)
        if (!sift_settings_section(settings, entries[i].name) &&
            sift_settings_add_section(settings, entries[i].name) < 0)
            goto fail;
    for (int i = 0; i < n; i++) {
        sift_loaded_t *l = &out->items[out->n];
        const char *name = entries[i].name;
        char path[PATH_MAX];
        if (entries[i].path)
            snprintf(path, sizeof path, "%s", entries[i].path);
        else if (sift_plugin_find(settings, name, path, sizeof path) < 0)
            goto fail;
        if (sift_plugins_open(l, path, name) < 0)
            goto fail;
        out->n++;
        l->cfg = sift_settings_section(settings, name);
        l->cfg->keys = l->desc->config_keys;
        for (size_t k = 0; k < l->cfg->n_entries; k++)
            if (!s_declares_key(l->desc, l->cfg->entries[k].key)) {
                sift_log(LOG_ERR, NULL, "%s:%d: unknown key '%s' for plugin %s (see `siftd "
                         "--describe-plugin %s`)", l->cfg->entries[k].file, l->cfg->entries[k].line,
                         l->cfg->entries[k].key, name, name);
                goto fail;
            }
        const char *data_dir = NULL;
        for (size_t k = 0; k < l->cfg->n_entries; k++)
            if (strcmp(l->cfg->entries[k].key, "data_dir") == 0)
                data_dir = l->cfg->entries[k].value;
        char buf[2 * PATH_MAX];
        if (!data_dir) { /* <the directory it was found in>/<name> */
            snprintf(buf, sizeof buf, "%.*s/%s", (int)(strrchr(path, '/') - path), path, name);
            data_dir = buf;
        }
        free(l->cfg->data_dir);
        if (!(l->cfg->data_dir = strdup(data_dir)))
            goto fail;
    }
    if (s_order(out) < 0)
        goto fail;
    for (size_t i = 0; i < out->n; i++) {
        sift_loaded_t *l = &out->items[i];
        if (l->desc->init && l->desc->init(&sift_host, l->cfg, &l->state) != 0) {
            sift_log(LOG_ERR, NULL, "plugin %s: init failed (%s, section [%s])", l->desc->name,
                     file, l->desc->name);
            goto fail;
        }
        l->initialised = true;
    }
    free(list);
    return 0;
fail:
    free(list);
    sift_plugins_unload(out);
    return -1;
}

void sift_plugins_unload(sift_plugins_t *p)
{
    for (size_t i = p->n; i-- > 0;) {
        sift_loaded_t *l = &p->items[i];
        if (l->initialised && l->desc->destroy)
            l->desc->destroy(l->state);
        if (l->handle)
            dlclose(l->handle);
        memset(l, 0, sizeof *l);
    }
    p->n = 0;
}

void sift_plugin_describe(const sift_plugin_t *d, FILE *out)
{
    fprintf(out, "%s %s: %s\n", d->name, d->version ? d->version : "?",
            d->description ? d->description : "");
    fprintf(out, "  provides:");
    for (const char *const *l = d->provides; l && *l; l++)
        fprintf(out, " %s", *l);
    fprintf(out, "\n  requires:");
    for (const char *const *l = d->requires; l && *l; l++)
        fprintf(out, " %s", *l);
    if (d->size >= EVENTS_PLUGIN_SIZE)
        for (const sift_event_kind_t *k = d->events; k && k->name; k++) {
            fprintf(out, "\n  event %s.%s: %s\n   ", d->name, k->name,
                    k->description ? k->description : "");
            static const char *const types[] = { "?", "string", "integer", "number",
                                                 "boolean", "span", "spans", "strings" };
            for (const sift_field_decl_t *f = k->fields; f && f->name; f++)
                fprintf(out, " %s:%s%s", f->name,
                        (unsigned)f->type <= SIFT_FIELD_STRINGS ? types[f->type] : "?",
                        f->optional ? "?" : "");
        }
    fprintf(out, "\n[%s]\n  %-16s default '<directory of %s.so>/%s'\n      directory relative "
            "file names are resolved against\n", d->name, "data_dir", d->name, d->name);
    for (const sift_config_key_t *k = d->config_keys; k && k->name; k++)
        fprintf(out, "  %-16s default '%s'\n      %s\n", k->name,
                k->default_value ? k->default_value : "", k->description ? k->description : "");
}
