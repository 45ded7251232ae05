/* capture.c - stderr capture for the unit tests (see capture.h). */
#include "capture.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static int s_saved = -1;
static FILE *s_tmp;
static char s_buf[65536];

void capture_begin(void)
{
    fflush(stderr);
    s_tmp = tmpfile();
    if (!s_tmp)
        abort();
    s_saved = dup(2);
    dup2(fileno(s_tmp), 2);
}

const char *capture_end(void)
{
    fflush(stderr);
    dup2(s_saved, 2);
    close(s_saved);
    s_saved = -1;
    rewind(s_tmp);
    size_t n = fread(s_buf, 1, sizeof s_buf - 1, s_tmp);
    s_buf[n] = '\0';
    fclose(s_tmp);
    s_tmp = NULL;
    /* echo it, so a failing test shows what the code logged */
    fprintf(stderr, "%s", s_buf);
    return s_buf;
}
