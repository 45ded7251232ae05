/* capture.h - captures what the code under test writes to stderr (the
 * log), so tests can check the one-line error messages. */
#ifndef SIFT_TEST_CAPTURE_H
#define SIFT_TEST_CAPTURE_H

/* Redirects fd 2 to a temp file until capture_end. */
void capture_begin(void);
/* Restores fd 2 and returns what was written (static buffer, NUL-terminated). */
const char *capture_end(void);

#endif
