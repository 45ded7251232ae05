/* SPDX-License-Identifier: MIT */
/* log.c - stderr logging with syslog priority prefixes (see log.h). */
#include "log.h"

#include <stdio.h>
#include <unistd.h>

static int s_level = LOG_INFO;

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
    if (!isatty(STDERR_FILENO))
        n = snprintf(line, sizeof line, "<%d>", priority);
    if (who)
        n += snprintf(line + n, sizeof line - (size_t)n, "[%s] ", who);
    int m = vsnprintf(line + n, sizeof line - (size_t)n, fmt, ap);
    size_t len = (size_t)n + (m < 0 ? 0 : (size_t)m);
    if (len > sizeof line - 2)
        len = sizeof line - 2;
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
