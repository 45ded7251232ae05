/* SPDX-License-Identifier: MIT */
/* cli.c - see cli.h. */
#include "cli.h"

#include <msgpack.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "curve.h"
#include "log.h"

long sift_cli_number(struct argp_state *state, const char *name, const char *arg, long min,
                     long max)
{
    long v = 0;
    if (!sift_parse_long(arg, min, max, &v))
        argp_error(state, "--%s: '%s' is not a whole number from %ld to %ld", name, arg, min,
                   max);
    return v;
}

error_t sift_cli_files(int key, struct argp_state *state, sift_cli_files_t *files)
{
    switch (key) {
    case ARGP_KEY_ARGS:
        files->items = state->argv + state->next;
        files->n = state->argc - state->next;
        return 0;
    case ARGP_KEY_NO_ARGS:
        argp_usage(state);
        return 0;
    default:
        return ARGP_ERR_UNKNOWN;
    }
}

void sift_cli_parse(const struct argp *argp, int argc, char **argv, void *input)
{
    char name[64];
    snprintf(name, sizeof name, "sift %s", argv[0]);
    char *saved = argv[0];
    argv[0] = name; /* argp names the program after argv[0] */
    argp_parse(argp, argc, argv, 0, NULL, input);
    argv[0] = saved;
}

error_t sift_cli_parse_command(int key, char *arg, struct argp_state *state)
{
    int *command = state->input;
    (void)arg;
    switch (key) {
    case ARGP_KEY_ARG:
        *command = state->next - 1;
        state->next = state->argc; /* the rest is the command's */
        break;
    case ARGP_KEY_NO_ARGS: argp_usage(state); break;
    default: return ARGP_ERR_UNKNOWN;
    }
    return 0;
}

bool sift_msgpack_str(const void *buf, size_t len, const char *key, const char **ptr,
                      size_t *n)
{
    msgpack_unpacked u;
    msgpack_unpacked_init(&u);
    size_t off = 0, klen = strlen(key);
    bool found = false;
    if (msgpack_unpack_next(&u, buf, len, &off) == MSGPACK_UNPACK_SUCCESS &&
        u.data.type == MSGPACK_OBJECT_MAP)
        for (uint32_t i = 0; i < u.data.via.map.size && !found; i++) {
            const msgpack_object *k = &u.data.via.map.ptr[i].key;
            const msgpack_object *v = &u.data.via.map.ptr[i].val;
            if (k->type == MSGPACK_OBJECT_STR && k->via.str.size == klen &&
                memcmp(k->via.str.ptr, key, klen) == 0 && v->type == MSGPACK_OBJECT_STR) {
                /* msgpack-c's str objects point into buf */
                *ptr = v->via.str.ptr;
                *n = v->via.str.size;
                found = true;
            }
        }
    msgpack_unpacked_destroy(&u);
    return found;
}

error_t sift_cli_curve(int key, char *arg, sift_cli_curve_t *curve)
{
    switch (key) {
    case 'S': curve->server_key = arg; return 0;
    case 'K': curve->client_key = arg; return 0;
    default: return ARGP_ERR_UNKNOWN;
    }
}

int sift_cli_curve_apply(const sift_cli_curve_t *curve, void *sock)
{
    if (!curve->server_key && !curve->client_key)
        return 0;
    if (!curve->server_key || !curve->client_key) {
        sift_log(LOG_ERR, NULL, "CURVE needs both --server-key and --client-key");
        return -1;
    }
    return sift_curve_client(sock, curve->server_key, curve->client_key);
}
