/* SPDX-License-Identifier: MIT */
/* cli.h - what the sift subcommands share: argp conventions (--help on
 * stdout and exit 0; usage errors on stderr and exit 2), checked numbers,
 * and reading one string field of a msgpack map. */
#ifndef SIFT_CLI_H
#define SIFT_CLI_H

#include <argp.h>
#include <stdbool.h>
#include <stddef.h>

#define SIFT_DEFAULT_INPUT "tcp://127.0.0.1:5555"
#define SIFT_DEFAULT_OUTPUT "tcp://127.0.0.1:5556"

/* Parses `arg` (the value of option `name`) as a whole number in
 * [min, max]; on anything else reports a usage error and exits 2. */
long sift_cli_number(struct argp_state *state, const char *name, const char *arg, long min,
                     long max);

/* The FILE... operands of send, process and bench. */
typedef struct {
    char **items;
    int n;
} sift_cli_files_t;

/* The end of their argp parsers: takes the operands (at least one, else a
 * usage error) and leaves every other key unknown. */
error_t sift_cli_files(int key, struct argp_state *state, sift_cli_files_t *files);

/* Runs a subcommand's argp: argv[0] is the subcommand's name, shown in its
 * usage as "sift NAME". Exits on --help, --version and usage errors. */
void sift_cli_parse(const struct argp *argp, int argc, char **argv, void *input);

/* The parser of a command with subcommands (with ARGP_IN_ORDER): stores
 * the index of the subcommand's name in the int `input`; the rest of argv
 * is the subcommand's. */
error_t sift_cli_parse_command(int key, char *arg, struct argp_state *state);

/* The string `key` of the msgpack map in buf (borrowed), or false. */
bool sift_msgpack_str(const void *buf, size_t len, const char *key, const char **ptr,
                      size_t *n);

/* CURVE client keys of send and tail (--server-key, --client-key). */
typedef struct {
    const char *server_key, *client_key;
} sift_cli_curve_t;

#define SIFT_CLI_CURVE_OPTIONS                                                              \
    { "server-key", 'S', "FILE", 0, "siftd's CURVE public key (its .pub from sift keygen): " \
      "talk CURVE, with --client-key", 0 },                                                 \
    { "client-key", 'K', "FILE", 0, "this client's CURVE secret key (a .key from sift "      \
      "keygen; its public key must be in siftd's curve_allowed_clients)", 0 }

/* Takes the keys of SIFT_CLI_CURVE_OPTIONS; ARGP_ERR_UNKNOWN for others. */
error_t sift_cli_curve(int key, char *arg, sift_cli_curve_t *curve);

/* Makes sock a CURVE client when both keys were given. Before connect. 0,
 * or -1 after logging (a key file unreadable, one key without the other). */
int sift_cli_curve_apply(const sift_cli_curve_t *curve, void *sock);

int sift_send_main(int argc, char **argv);
int sift_bench_main(int argc, char **argv);
int sift_proxy_main(int argc, char **argv);
int sift_nats_main(int argc, char **argv);

/* `sift tail --nats URL`: the results stream from the start time (since,
 * Unix seconds or YYYY-MM-DDTHH:MM:SSZ) or stream sequence (from), else
 * new messages; stops after count messages (-1: no limit) or idle_s
 * seconds without one (0: never). Exit status. */
int sift_tail_nats(const char *url, const char *config, const char *since, const char *from,
                   long count, long idle_s, bool with_topic, char **topics, int n_topics);

#endif
