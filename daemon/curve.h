/* SPDX-License-Identifier: MIT */
/* curve.h - ZeroMQ CURVE for siftd's input and output: key files, the
 * client side of `sift send/tail`, and the daemon's ZAP handler, which
 * admits only the client public keys listed in the allowed-clients file.
 *
 * A key file holds one Z85 key (40 characters) on its first line that is
 * not blank or a # comment; `sift keygen NAME` writes NAME.key (the secret
 * key, mode 0600) and NAME.pub (the public key). The allowed-clients file
 * lists public keys, one per line, # comments allowed. */
#ifndef SIFT_CURVE_H
#define SIFT_CURVE_H

#include <stdbool.h>

#include "config.h"

#define SIFT_Z85_KEY 41 /* 40 characters and the NUL */

/* Reads the key in `path` into z85. 0, or -1 after logging why. */
int sift_curve_read_key(const char *path, char z85[SIFT_Z85_KEY]);

/* Writes a new key pair to BASE.key and BASE.pub. 0, or -1 after logging. */
int sift_curve_keygen(const char *base);

/* Makes `sock` a CURVE client of the server whose public key is in
 * server_key_file, with the secret key in client_key_file (its public key
 * is derived). Before connect. 0, or -1 after logging. */
int sift_curve_client(void *sock, const char *server_key_file, const char *client_key_file);

/* The daemon's side: its secret key and the allowed client keys. */
typedef struct sift_curve_server sift_curve_server_t;

/* NULL with *failed false when settings name no key (CURVE off); else
 * loads both files and binds the ZAP handler in ctx (NULL and *failed
 * true after logging why). */
sift_curve_server_t *sift_curve_server_new(void *ctx, const sift_settings_t *settings,
                                           bool *failed);
void sift_curve_server_destroy(sift_curve_server_t **self_p);

/* Makes `sock` a CURVE server checked by the ZAP handler. Before bind. */
void sift_curve_server_apply(const sift_curve_server_t *self, void *sock);

/* The ZAP socket, to poll; sift_curve_server_handle answers what it has. */
void *sift_curve_server_socket(const sift_curve_server_t *self);
void sift_curve_server_handle(sift_curve_server_t *self);

/* Logs a warning when an endpoint siftd binds is reachable from other
 * hosts (tcp, not loopback) and CURVE is off. */
void sift_curve_warn_exposed(const sift_settings_t *settings);

#endif
