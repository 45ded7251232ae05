#!/bin/sh
# SPDX-License-Identifier: MIT
# fuzz.sh [SECONDS] - builds the libFuzzer targets of fuzz/ with clang
# (ASan + UBSan, everything instrumented) into build-fuzz and runs each for
# SECONDS (default 30) from its seed corpus in fuzz/corpus, which also holds
# every input that once crashed a target (run first, as regression tests).
# Allocation failure is a crash (allocator_may_return_null=0): siftd must
# never allocate from a length the input claims. Fails on any finding and
# prints the executions per target and in total.
set -eu
seconds=${1:-30}
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
cmake -S . -B build-fuzz -DCMAKE_C_COMPILER=clang -DSIFT_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build-fuzz -j"$(nproc)" --target fuzz >/dev/null
tmp=$(mktemp -d /tmp/sift-fuzz.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
total=0
for target in message config entities tariffs quotes; do
    case $target in message|config) seeds=fuzz/corpus/$target ;; *) seeds=fuzz/corpus/text ;; esac
    mkdir -p "$tmp/$target"
    # new corpus entries go to the temp dir; the seeds are only read
    if ! ASAN_OPTIONS=allocator_may_return_null=0:detect_leaks=1 \
         UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
         "build-fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 \
         -max_len=65536 -print_final_stats=1 -artifact_prefix="$tmp/" \
         "$tmp/$target" "$seeds" >"$tmp/$target.log" 2>&1; then
        tail -60 "$tmp/$target.log"
        for a in "$tmp"/crash-* "$tmp"/leak-* "$tmp"/timeout-* "$tmp"/oom-*; do
            [ -e "$a" ] && { echo "fuzz: finding kept as fuzz-finding-$target-$(basename "$a")";
                             cp "$a" "$top/fuzz-finding-$target-$(basename "$a")"; }
        done
        echo "fuzz: fuzz_$target FAILED"
        exit 1
    fi
    n=$(sed -n 's/^stat::number_of_executed_units: *//p' "$tmp/$target.log")
    total=$((total + ${n:-0}))
    echo "fuzz: fuzz_$target ${n:-?} executions in ${seconds} s, no finding"
done
echo "fuzz: $total executions in total, no finding"
