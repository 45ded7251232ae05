#!/bin/sh
# SPDX-License-Identifier: MIT
# valgrind.sh BUILD_DIR - starts siftd with every built plugin under
# valgrind, sends one article, stops it with SIGTERM, and fails on any
# memory error or definite leak in the daemon or its workers.
set -eu
build=$1
tmp=$(mktemp -d /tmp/sift-vg.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
plugins=$(ls "$build"/plugins/*.so 2>/dev/null | xargs -r -n1 basename | sed 's/\.so$//' | paste -sd, -)
valgrind --quiet --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite \
    --show-leak-kinds=definite --child-silent-after-fork=no --log-file="$tmp/vg.%p" \
    "$build/siftd" --config config/siftd.conf --plugins "${plugins:-none}" --workers 1 \
    --input "ipc://$tmp/in" --output "ipc://$tmp/out" 2>"$tmp/err" &
pid=$!
/usr/bin/python3 - "$tmp" <<'PY'
import sys, time, zmq, msgpack
tmp = sys.argv[1]
ctx = zmq.Context()
sub = ctx.socket(zmq.SUB); sub.setsockopt(zmq.SUBSCRIBE, b"article"); sub.connect("ipc://%s/out" % tmp)
push = ctx.socket(zmq.PUSH); push.connect("ipc://%s/in" % tmp)
deadline = time.time() + 120
while time.time() < deadline:
    push.send(msgpack.packb({"id": "vg", "text": "The U.S. raised tariffs on Chinese steel to 25%, Wang said."}))
    if sub.poll(3000):
        print("valgrind: article came back")
        sys.exit(0)
sys.exit("valgrind: no article within 120 s")
PY
kill -TERM "$pid"
rc=0
wait "$pid" || rc=$?
if [ "$rc" -ne 0 ] || cat "$tmp"/vg.* | grep -q .; then  # --quiet: valgrind writes only problems
    cat "$tmp"/vg.* "$tmp/err"
    echo "valgrind: FAILED (siftd exit $rc)"
    exit 1
fi
echo "valgrind: no errors, no definite leaks (siftd exit 0, plugins: ${plugins:-none})"
