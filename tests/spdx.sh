#!/bin/sh
# SPDX-License-Identifier: MIT
# spdx.sh SOURCE_DIR - every source file the repository tracks (C, Python,
# shell, CMake, templates, man pages, completion) names its licence with an
# SPDX-License-Identifier line.
set -eu
cd "$1"
if ! git rev-parse --git-dir >/dev/null 2>&1; then
    echo "SKIPPED: not a git checkout, no list of tracked files"
    exit 77
fi
missing=$(git ls-files | grep -E '\.(c|h|py|sh|cmake|in|scd)$|(^|/)CMakeLists\.txt$|^\.ci/|^completions/|^debian/rules$' |
    while read -r f; do [ ! -f "$f" ] || grep -q 'SPDX-License-Identifier:' "$f" || echo "$f"; done)
if [ -n "$missing" ]; then
    echo "no SPDX-License-Identifier line in:"
    echo "$missing"
    exit 1
fi
echo "ok: every source file has an SPDX line"
