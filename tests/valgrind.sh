#!/bin/sh
# SPDX-License-Identifier: MIT
# valgrind.sh BUILD_DIR - starts siftd with every built plugin under
# valgrind, with the metrics page on (through a config drop-in), sends one
# article, scrapes /metrics, stops it with SIGTERM, and fails on any memory
# error or definite leak in the daemon or its workers.
set -eu
build=$1
tmp=$(mktemp -d /tmp/sift-vg.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
cp config/siftd.conf "$tmp/siftd.conf"
mkdir "$tmp/siftd.conf.d"
port=$(/usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
printf '[siftd]\nmetrics = 127.0.0.1:%s\n' "$port" >"$tmp/siftd.conf.d/50-metrics.conf"
plugins=$(ls "$build"/plugins/*.so 2>/dev/null | xargs -r -n1 basename | sed 's/\.so$//' | paste -sd, -)
valgrind --quiet --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite \
    --show-leak-kinds=definite --child-silent-after-fork=no --log-file="$tmp/vg.%p" \
    "$build/siftd" --config "$tmp/siftd.conf" --plugins "${plugins:-none}" --workers 1 \
    --input "ipc://$tmp/in" --output "ipc://$tmp/out" 2>"$tmp/err" &
pid=$!
/usr/bin/python3 - "$tmp" "$port" <<'PY'
import sys, time, urllib.request, zmq, msgpack
tmp, port = sys.argv[1], int(sys.argv[2])
ctx = zmq.Context()
sub = ctx.socket(zmq.SUB); sub.setsockopt(zmq.SUBSCRIBE, b"article"); sub.connect("ipc://%s/out" % tmp)
push = ctx.socket(zmq.PUSH); push.connect("ipc://%s/in" % tmp)
deadline = time.time() + 120
while time.time() < deadline:
    push.send(msgpack.packb({"id": "vg", "text": "The U.S. raised tariffs on Chinese steel to 25%, Wang said."}))
    if sub.poll(3000):
        print("valgrind: article came back")
        with urllib.request.urlopen("http://127.0.0.1:%d/metrics" % port, timeout=30) as r:
            if b"sift_articles_published_total" not in r.read():
                sys.exit("valgrind: /metrics has no sift_articles_published_total")
        print("valgrind: /metrics scraped")
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

# The same over NATS JetStream (a one-node nats-server on 127.0.0.1 with a
# store in $tmp): siftd's connections, fetch thread and publish acks.
nport=$(/usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
nats-server -js -a 127.0.0.1 -p "$nport" -sd "$tmp/nats" >"$tmp/nats.log" 2>&1 &
npid=$!
trap 'kill "$npid" 2>/dev/null; rm -rf "$tmp"' EXIT
url="nats://127.0.0.1:$nport"
printf '[siftd]\ninput = %s\noutput = %s\n' "$url" "$url" >"$tmp/nats.conf"
for i in $(seq 50); do "$build/sift" nats init -c "$tmp/nats.conf" 2>/dev/null && break; sleep 0.2; done
printf '{"id": "vg", "text": "The U.S. raised tariffs on Chinese steel to 25%%, Wang said."}\n' >"$tmp/a.jsonl"
"$build/sift" nats send -c "$tmp/nats.conf" "$tmp/a.jsonl"
rm -f "$tmp"/vg.*
valgrind --quiet --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite \
    --show-leak-kinds=definite --child-silent-after-fork=no --log-file="$tmp/vg.%p" \
    "$build/siftd" --config "$tmp/nats.conf" --plugins "${plugins:-none}" --workers 1 \
    2>"$tmp/err" &
pid=$!
if ! timeout 180 "$build/sift" tail --nats "$url" -c "$tmp/nats.conf" --from 1 -n 1 article >/dev/null; then
    cat "$tmp/err"
    echo "valgrind: no article over JetStream within 180 s"
    kill -KILL "$pid"
    exit 1
fi
echo "valgrind: article came back over JetStream"
kill -TERM "$pid"
rc=0
wait "$pid" || rc=$?
if [ "$rc" -ne 0 ] || cat "$tmp"/vg.* | grep -q .; then
    cat "$tmp"/vg.* "$tmp/err"
    echo "valgrind: FAILED over JetStream (siftd exit $rc)"
    exit 1
fi
echo "valgrind: no errors, no definite leaks over JetStream (siftd exit 0)"
