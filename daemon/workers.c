/* SPDX-License-Identifier: MIT */
/* workers.c - the worker process side (see workers.h). */
#include "workers.h"

#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <bsd/unistd.h>
#include <zmq.h>

#include "log.h"
#include "pipeline.h"

typedef struct {
    sift_worker_status_t *status;
    uint64_t seq;
} progress_t;

static void s_progress(void *ctx, int plugin)
{
    progress_t *p = ctx;
    p->status->seq = plugin >= 0 ? p->seq : 0;
    p->status->plugin = plugin;
}

/* Closes sockets inherited from the main process (its listeners and ZeroMQ
 * internals): a worker must not keep siftd's ports open, nor touch them. */
static void s_close_inherited_sockets(void)
{
    DIR *d = opendir("/proc/self/fd");
    if (!d)
        return;
    int self = dirfd(d);
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        int fd = atoi(e->d_name);
        struct stat st;
        if (fd > 2 && fd != self && fstat(fd, &st) == 0 && S_ISSOCK(st.st_mode))
            close(fd);
    }
    closedir(d);
}

static int s_send_reply(void *sock, const sift_reply_header_t *hdr, const sift_frames_t *f)
{
    size_t hlen = offsetof(sift_reply_header_t, plugins) + hdr->n_plugins * sizeof hdr->plugins[0];
    if (zmq_send(sock, hdr, hlen, f && f->n ? ZMQ_SNDMORE : 0) < 0)
        return -1;
    for (size_t i = 0; f && i < f->n; i++) {
        const struct sift_frame *fr = &f->items[i];
        if (zmq_send(sock, f->buf.data + fr->topic, fr->topic_len, ZMQ_SNDMORE) < 0 ||
            zmq_send(sock, f->buf.data + fr->payload, fr->payload_len,
                     i + 1 < f->n ? ZMQ_SNDMORE : 0) < 0)
            return -1;
    }
    return 0;
}

static int s_worker_main(const char *endpoint, const char *identity,
                         const sift_plugins_t *plugins, const sift_limits_t *limits,
                         sift_worker_status_t *status)
{
    void *ctx = zmq_ctx_new();
    void *sock = ctx ? zmq_socket(ctx, ZMQ_DEALER) : NULL;
    sift_runner_t *runner = sift_runner_new(plugins, limits);
    sift_frames_t frames;
    sift_frames_init(&frames);
    zmq_msg_t hdr_msg, in_msg;
    zmq_msg_init(&hdr_msg);
    zmq_msg_init(&in_msg);
    int rc = 1, hwm = 0;
    if (!sock || !runner)
        goto done;
    zmq_setsockopt(sock, ZMQ_ROUTING_ID, identity, strlen(identity));
    zmq_setsockopt(sock, ZMQ_SNDHWM, &hwm, sizeof hwm);
    zmq_setsockopt(sock, ZMQ_RCVHWM, &hwm, sizeof hwm);
    if (zmq_connect(sock, endpoint) < 0) {
        sift_log(LOG_ERR, identity, "cannot connect to %s: %s", endpoint, zmq_strerror(errno));
        goto done;
    }
    progress_t progress = { .status = status };
    sift_runner_set_progress(runner, s_progress, &progress);
    sift_reply_header_t reply = { .seq = 0, .n_plugins = (uint32_t)plugins->n,
                                  .pid = (uint32_t)getpid() };
    if (s_send_reply(sock, &reply, NULL) < 0)
        goto done;
    for (;;) {
        if (zmq_msg_recv(&hdr_msg, sock, 0) < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        if (zmq_msg_size(&hdr_msg) != sizeof(sift_job_header_t))
            break; /* quit */
        sift_job_header_t job;
        memcpy(&job, zmq_msg_data(&hdr_msg), sizeof job);
        if (!zmq_msg_more(&hdr_msg) || zmq_msg_recv(&in_msg, sock, 0) < 0)
            break;
        progress.seq = job.seq;
        status->job = job.seq;
        sift_frames_reset(&frames);
        job.skip_reason[sizeof job.skip_reason - 1] = '\0';
        if ((int)sift_runner_process(runner, zmq_msg_data(&in_msg), zmq_msg_size(&in_msg),
                                     job.skip_mask, job.skip_reason, &frames) < 0) {
            sift_log(LOG_ERR, identity, "out of memory encoding an article");
            goto done; /* exit status 1: main counts it against the article */
        }
        size_t n;
        const sift_plugin_status_t *st = sift_runner_status(runner, &n);
        reply.seq = job.seq;
        for (size_t i = 0; i < n; i++) {
            reply.plugins[i].time_us = st[i].time_us;
            reply.plugins[i].ok = st[i].ok;
        }
        if (s_send_reply(sock, &reply, &frames) < 0)
            break;
        status->job = 0;
    }
    rc = 0;
done:
    zmq_msg_close(&hdr_msg);
    zmq_msg_close(&in_msg);
    sift_frames_release(&frames);
    sift_runner_destroy(&runner);
    if (sock) {
        int linger = 2000;
        zmq_setsockopt(sock, ZMQ_LINGER, &linger, sizeof linger);
        zmq_close(sock);
    }
    if (ctx)
        zmq_ctx_term(ctx);
    return rc;
}

pid_t sift_worker_spawn(int number, const char *endpoint, const char *identity,
                        const sift_plugins_t *plugins, const sift_limits_t *limits,
                        sift_worker_status_t *status)
{
    pid_t parent = getpid();
    pid_t pid = fork();
    if (pid != 0) {
        if (pid < 0)
            sift_log(LOG_ERR, NULL, "cannot fork a worker: %s", strerror(errno));
        return pid;
    }
    /* Child. Die with the main process; leave SIGTERM/SIGINT/SIGHUP to it:
     * it tells workers when to quit, after they have drained. */
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != parent)
        _exit(1);
    signal(SIGTERM, SIG_IGN);
    signal(SIGINT, SIG_IGN);
    signal(SIGHUP, SIG_IGN);
    signal(SIGPIPE, SIG_IGN);
    sigset_t all;
    sigfillset(&all);
    sigprocmask(SIG_UNBLOCK, &all, NULL);
    s_close_inherited_sockets();
    setproctitle("-siftd: worker %d", number); /* in ps and systemctl status */
    status->seq = 0;
    status->plugin = -1;
    status->job = 0;
    /* _exit: the parent's atexit handlers and ZeroMQ state are not ours. */
    _exit(s_worker_main(endpoint, identity, plugins, limits, status));
}
