/* SPDX-License-Identifier: MIT */
/* curve.c - CURVE keys and the ZAP handler (see curve.h). */
#include "curve.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zmq.h>

#include "log.h"

#define KEY_BYTES 32
#define ZAP_ENDPOINT "inproc://zeromq.zap.01" /* fixed by ZeroMQ's ZAP (RFC 27) */
#define ZAP_DOMAIN "siftd"

struct sift_curve_server {
    char secret[SIFT_Z85_KEY];
    uint8_t (*allowed)[KEY_BYTES];
    size_t n_allowed;
    void *zap;                      /* REP bound at ZAP_ENDPOINT */
    unsigned long refused;
};

/* The first line of fp that is not blank or a comment, trimmed; false at
 * the end. */
static bool s_next_line(FILE *fp, char *buf, size_t size, int *line)
{
    while (fgets(buf, (int)size, fp)) {
        (*line)++;
        char *p = buf + strspn(buf, " \t");
        size_t n = strcspn(p, "\r\n");
        while (n && (p[n - 1] == ' ' || p[n - 1] == '\t'))
            n--;
        p[n] = '\0';
        if (*p && *p != '#') {
            memmove(buf, p, n + 1);
            return true;
        }
    }
    return false;
}

static bool s_key_valid(const char *z85, uint8_t out[KEY_BYTES])
{
    return strlen(z85) == SIFT_Z85_KEY - 1 && zmq_z85_decode(out, z85) != NULL;
}

int sift_curve_read_key(const char *path, char z85[SIFT_Z85_KEY])
{
    FILE *fp = fopen(path, "r");
    if (!fp) {
        sift_log(LOG_ERR, NULL, "%s: cannot read key: %s", path, strerror(errno));
        return -1;
    }
    char buf[256];
    int line = 0;
    uint8_t bin[KEY_BYTES];
    bool ok = s_next_line(fp, buf, sizeof buf, &line) && s_key_valid(buf, bin);
    fclose(fp);
    if (!ok) {
        sift_log(LOG_ERR, NULL, "%s: no CURVE key (40 Z85 characters, as `sift keygen` "
                 "writes)", path);
        return -1;
    }
    memcpy(z85, buf, SIFT_Z85_KEY);
    return 0;
}

static int s_write_key(const char *path, const char *what, const char *z85, mode_t mode)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, mode);
    FILE *fp = fd >= 0 ? fdopen(fd, "w") : NULL;
    if (!fp) {
        sift_log(LOG_ERR, NULL, "%s: %s", path, strerror(errno));
        if (fd >= 0)
            close(fd);
        return -1;
    }
    fprintf(fp, "# sift CURVE %s key (sift keygen)\n%s\n", what, z85);
    return fclose(fp) == 0 ? 0 : -1;
}

int sift_curve_keygen(const char *base)
{
    char pub[SIFT_Z85_KEY], sec[SIFT_Z85_KEY], path[4096];
    if (zmq_curve_keypair(pub, sec) != 0) {
        sift_log(LOG_ERR, NULL, "cannot make a CURVE key pair: %s", zmq_strerror(errno));
        return -1;
    }
    snprintf(path, sizeof path, "%s.key", base);
    if (s_write_key(path, "secret", sec, 0600) < 0)
        return -1;
    snprintf(path, sizeof path, "%s.pub", base);
    return s_write_key(path, "public", pub, 0644);
}

int sift_curve_client(void *sock, const char *server_key_file, const char *client_key_file)
{
    char server[SIFT_Z85_KEY], secret[SIFT_Z85_KEY], public[SIFT_Z85_KEY];
    if (sift_curve_read_key(server_key_file, server) < 0 ||
        sift_curve_read_key(client_key_file, secret) < 0)
        return -1;
    if (zmq_curve_public(public, secret) != 0) {
        sift_log(LOG_ERR, NULL, "%s: not a secret key", client_key_file);
        return -1;
    }
    zmq_setsockopt(sock, ZMQ_CURVE_SERVERKEY, server, SIFT_Z85_KEY - 1);
    zmq_setsockopt(sock, ZMQ_CURVE_PUBLICKEY, public, SIFT_Z85_KEY - 1);
    zmq_setsockopt(sock, ZMQ_CURVE_SECRETKEY, secret, SIFT_Z85_KEY - 1);
    return 0;
}

/* Reads the allowed client keys; -1 after logging the file and line. */
static int s_read_allowed(sift_curve_server_t *self, const char *path)
{
    FILE *fp = fopen(path, "r");
    if (!fp) {
        sift_log(LOG_ERR, NULL, "%s: cannot read the allowed client keys: %s", path,
                 strerror(errno));
        return -1;
    }
    char buf[256];
    int line = 0, rc = 0;
    while (rc == 0 && s_next_line(fp, buf, sizeof buf, &line)) {
        uint8_t (*grown)[KEY_BYTES] = realloc(self->allowed,
                                              (self->n_allowed + 1) * sizeof *grown);
        if (!grown) {
            rc = -1;
            break;
        }
        self->allowed = grown;
        if (!s_key_valid(buf, self->allowed[self->n_allowed])) {
            sift_log(LOG_ERR, NULL, "%s:%d: not a CURVE public key (40 Z85 characters)", path,
                     line);
            rc = -1;
        }
        self->n_allowed++;
    }
    fclose(fp);
    return rc;
}

sift_curve_server_t *sift_curve_server_new(void *ctx, const sift_settings_t *s, bool *failed)
{
    *failed = false;
    bool has_key = s->curve_secret_key && *s->curve_secret_key;
    bool has_clients = s->curve_allowed_clients && *s->curve_allowed_clients;
    if (!has_key && !has_clients)
        return NULL;
    *failed = true;
    if (!has_key || !has_clients) {
        sift_log(LOG_ERR, NULL, "%s: CURVE needs both curve_secret_key and "
                 "curve_allowed_clients", s->file ? s->file : "(defaults)");
        return NULL;
    }
    sift_curve_server_t *self = calloc(1, sizeof *self);
    if (!self)
        return NULL;
    if (sift_curve_read_key(s->curve_secret_key, self->secret) < 0 ||
        s_read_allowed(self, s->curve_allowed_clients) < 0)
        goto fail;
    if (ctx) {
        self->zap = zmq_socket(ctx, ZMQ_REP);
        int zero = 0;
        zmq_setsockopt(self->zap, ZMQ_LINGER, &zero, sizeof zero);
        if (!self->zap || zmq_bind(self->zap, ZAP_ENDPOINT) < 0) {
            sift_log(LOG_ERR, NULL, "cannot start the ZAP handler: %s", zmq_strerror(errno));
            goto fail;
        }
    }
    *failed = false;
    return self;
fail:
    sift_curve_server_destroy(&self);
    return NULL;
}

void sift_curve_server_destroy(sift_curve_server_t **self_p)
{
    sift_curve_server_t *self = *self_p;
    if (!self)
        return;
    if (self->zap)
        zmq_close(self->zap);
    free(self->allowed);
    free(self);
    *self_p = NULL;
}

void sift_curve_server_apply(const sift_curve_server_t *self, void *sock)
{
    int one = 1;
    zmq_setsockopt(sock, ZMQ_CURVE_SERVER, &one, sizeof one);
    zmq_setsockopt(sock, ZMQ_CURVE_SECRETKEY, self->secret, SIFT_Z85_KEY - 1);
    zmq_setsockopt(sock, ZMQ_ZAP_DOMAIN, ZAP_DOMAIN, strlen(ZAP_DOMAIN));
}

void *sift_curve_server_socket(const sift_curve_server_t *self)
{
    return self->zap;
}

static bool s_allowed(const sift_curve_server_t *self, zmq_msg_t *key)
{
    if (zmq_msg_size(key) != KEY_BYTES)
        return false;
    for (size_t i = 0; i < self->n_allowed; i++)
        if (memcmp(self->allowed[i], zmq_msg_data(key), KEY_BYTES) == 0)
            return true;
    return false;
}

void sift_curve_server_handle(sift_curve_server_t *self)
{
    /* A ZAP request: version, request id, domain, address, routing id,
     * mechanism, then the credentials (CURVE: the client's public key). */
    zmq_msg_t part[7];
    int n = 0;
    bool more = true;
    while (more) {
        zmq_msg_t m;
        zmq_msg_init(&m);
        if (zmq_msg_recv(&m, self->zap, ZMQ_DONTWAIT) < 0) {
            zmq_msg_close(&m);
            break;
        }
        more = zmq_msg_more(&m);
        if (n < 7)
            part[n++] = m;
        else
            zmq_msg_close(&m);
    }
    if (n == 0)
        return;
    bool ok = n == 7 && zmq_msg_size(&part[5]) == 5 &&
              memcmp(zmq_msg_data(&part[5]), "CURVE", 5) == 0 && s_allowed(self, &part[6]);
    char user[SIFT_Z85_KEY] = "";
    if (ok)
        zmq_z85_encode(user, zmq_msg_data(&part[6]), KEY_BYTES);
    else if (self->refused++ % 1000 == 0) /* a flood of them must not flood the log */
        sift_log(LOG_WARNING, NULL, "refused a client whose CURVE key is not allowed "
                 "(%lu so far)", self->refused);
    zmq_send(self->zap, "1.0", 3, ZMQ_SNDMORE);
    if (n >= 2)
        zmq_send(self->zap, zmq_msg_data(&part[1]), zmq_msg_size(&part[1]), ZMQ_SNDMORE);
    else
        zmq_send(self->zap, "", 0, ZMQ_SNDMORE);
    zmq_send(self->zap, ok ? "200" : "400", 3, ZMQ_SNDMORE);
    const char *text = ok ? "OK" : "client key not allowed";
    zmq_send(self->zap, text, strlen(text), ZMQ_SNDMORE);
    zmq_send(self->zap, user, strlen(user), ZMQ_SNDMORE);
    zmq_send(self->zap, "", 0, 0);
    for (int i = 0; i < n; i++)
        zmq_msg_close(&part[i]);
}

/* True for an endpoint other hosts can reach: tcp, not loopback. */
static bool s_exposed(const char *ep)
{
    if (strncmp(ep, "tcp://", 6) != 0)
        return false;
    const char *host = ep + 6;
    static const char *const loopback[] = { "127.", "localhost:", "[::1]:", "lo:", NULL };
    for (const char *const *l = loopback; *l; l++)
        if (strncmp(host, *l, strlen(*l)) == 0)
            return false;
    return true;
}

void sift_curve_warn_exposed(const sift_settings_t *s)
{
    if (s->curve_secret_key && *s->curve_secret_key)
        return;
    const struct { const char *ep; bool bind; const char *name; } eps[] = {
        { s->input, s->input_bind, "input" }, { s->output, s->output_bind, "output" } };
    for (size_t i = 0; i < 2; i++)
        if (eps[i].bind && s_exposed(eps[i].ep))
            sift_log(LOG_WARNING, NULL, "%s %s is reachable from other hosts and CURVE is off: "
                     "anyone who reaches it can %s (set curve_secret_key and "
                     "curve_allowed_clients)", eps[i].name, eps[i].ep,
                     i == 0 ? "inject articles" : "read every result");
}
