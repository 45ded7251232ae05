/* SPDX-License-Identifier: MIT */
/* fuzz_message.c - input validation on any bytes: sift_message_parse must
 * reject or accept every input without a sanitizer report, never allocate
 * from a length the bytes cannot back (allocator_may_return_null=0 turns
 * such an allocation into a crash), and what it accepts must encode. */
#include <stddef.h>
#include <stdint.h>

#include "message.h"
#include "result.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const sift_limits_t limits = { .text = 1 << 20, .title = 4096, .meta = 65536,
                                          .meta_depth = 8 };
    sift_message_t m;
    sift_message_init(&m);
    sift_frames_t out;
    sift_frames_init(&out);
    sift_error_code_t code = sift_message_parse(&m, data, size, &limits);
    if (code != SIFT_OK) {
        sift_frames_add_error(&out, &m.id, code, m.detail);
    } else {
        sift_result_t r;
        sift_result_init(&r, 0);
        sift_result_encode(&r, &m, m.text.ptr, 0, &out);
        sift_result_release(&r);
    }
    sift_frames_release(&out);
    sift_message_release(&m);
    return 0;
}
