#!/bin/sh
# SPDX-License-Identifier: MIT
# The whole test suite, from a clean checkout: installs what is missing,
# builds with -Werror, runs every test, then again under ASan+UBSan, then
# checks the daemon's start-up and shutdown under valgrind, then runs each
# libFuzzer target for SIFT_FUZZ_SECONDS (30) under ASan+UBSan (tests/fuzz.sh).
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
.ci/deps
jobs=$(nproc)

cmake -S . -B build -DSIFT_WERROR=ON
cmake --build build -j"$jobs"
ctest --test-dir build --output-on-failure -j"$jobs"

cmake -S . -B build-sanitize -DSIFT_WERROR=ON -DSIFT_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug
cmake --build build-sanitize -j"$jobs"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir build-sanitize --output-on-failure -j"$jobs"

tests/valgrind.sh build

tests/fuzz.sh "${SIFT_FUZZ_SECONDS:-30}"
