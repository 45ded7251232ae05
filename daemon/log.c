/* SPDX-License-Identifier: MIT */
/* log.c - stderr logging, with syslog priority prefixes for journald (see log.h). */
#include "log.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

static int s_level = LOG_INFO;
static int s_prefix = -1; /* -1: not decided yet */

void sift_log_set_prefix(bool on)
{
    s_prefix = on;
}

/* journald passes "DEV:INODE" of the stream it reads in JOURNAL_STREAM;
 * stderr is that stream only when the two match (a redirect or a pipe
 * inherits the variable but not the stream). */
static bool s_stderr_is_journal(void)
{
    const char *js = getenv("JOURNAL_STREAM");
    unsigned long long dev, ino;
    struct stat st;
    return js && sscanf(js, "%llu:%llu", &dev, &ino) == 2 &&
           fstat(STDERR_FILENO, &st) == 0 && (unsigned long long)st.st_dev == dev &&
           (unsigned long long)st.st_ino == ino;
}

void sift_log_set_level(int priority)
{
    s_level = priority;
}

void sift_logv(int priority, const char *who, const char *fmt, va_list ap)
{
    if (priority > s_level)
        return;
    /* One buffer and one write, so lines from several workers never mix. */
    char line[2048];
    int n = 0;
    if (s_prefix < 0)
        s_prefix = s_stderr_is_journal(); /* the same answer in every worker */
    if (s_prefix)
        n = snprintf(line, sizeof line, "<%d>", priority);
    if (who)
        n += snprintf(line + n, sizeof line - (size_t)n, "[%s] ", who);
    char msg[1024];
    int m = vsnprintf(msg, sizeof msg, fmt, ap);
    size_t mlen = m < 0 ? 0 : (size_t)m < sizeof msg ? (size_t)m : sizeof msg - 1;
    /* Messages carry input (ids, plugin errors): a control character would
     * end the line, and "\n<0>" forge an emergency, so each is escaped. */
    size_t len = (size_t)n;
    for (size_t i = 0; i < mlen && len < sizeof line - 5; i++) {
        unsigned char ch = (unsigned char)msg[i];
        if (ch < 0x20 || ch == 0x7f)
            len += (size_t)snprintf(line + len, 5, "\\x%02x", ch);
        else
            line[len++] = (char)ch;
    }
    line[len++] = '\n';
    ssize_t w = write(STDERR_FILENO, line, len);
    (void)w;
}

void sift_log(int priority, const char *who, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    sift_logv(priority, who, fmt, ap);
    va_end(ap);
}
