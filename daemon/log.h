/* SPDX-License-Identifier: MIT */
/* log.h - one logging function for the daemon, the CLI and plugins.
 * Lines go to stderr. A syslog priority prefix ("<3>") that journald reads
 * is added when stderr is the journal (JOURNAL_STREAM) or when asked. */
#ifndef SIFT_LOG_H
#define SIFT_LOG_H

#include <stdarg.h>
#include <stdbool.h>
#include <syslog.h>

/* Lines below this priority are dropped (default LOG_INFO). */
void sift_log_set_level(int priority);

/* Forces the "<N>" prefix on or off (default: on when stderr is the
 * journal). Call before any worker is started. */
void sift_log_set_prefix(bool on);

/* Logs one line. `who` is a component or plugin name, printed as "[who] ";
 * NULL for none. Safe from any thread. */
void sift_log(int priority, const char *who, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void sift_logv(int priority, const char *who, const char *fmt, va_list ap)
    __attribute__((format(printf, 3, 0)));

#endif
