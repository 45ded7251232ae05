#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""nats_throughput.py [--build DIR] [--copies N] [--plugins P] [--workers W]
FILE... - articles/s through siftd over NATS JetStream against ZeroMQ, on
this machine (a benchmark, not a test).

ZeroMQ: `sift bench` over ipc:// (window 2000), its articles/s line.
JetStream: a one-node nats-server on 127.0.0.1 (temporary file store, 1
replica); `sift nats send` stores N articles in the input stream first, then
siftd starts and the clock runs from its "ready" line to the N-th `article`
result read back from the results stream by `sift tail --nats`: acked,
stored and delivered."""
import argparse
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time

here = os.path.dirname(os.path.abspath(__file__))
ap = argparse.ArgumentParser()
ap.add_argument("--build", default=os.path.join(here, "..", "..", "build"))
ap.add_argument("--plugins", default="none")
ap.add_argument("--workers", type=int, default=2)
ap.add_argument("--copies", type=int, default=4000)
ap.add_argument("files", nargs="+")
args = ap.parse_args()
siftd, sift = os.path.join(args.build, "siftd"), os.path.join(args.build, "sift")

tmp = tempfile.mkdtemp(prefix="sift-nb-", dir="/tmp")
texts = [open(f, encoding="utf-8").read() for f in args.files]
articles = os.path.join(tmp, "a.jsonl")
with open(articles, "w", encoding="utf-8") as f:
    for c in range(args.copies):
        for i, t in enumerate(texts):
            f.write(json.dumps({"id": "%d-%d" % (c, i), "text": t}) + "\n")
n = args.copies * len(texts)
flags = ["--plugins", args.plugins, "--workers", str(args.workers)]


def wait_ready(proc, err):
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        with open(err, encoding="utf-8", errors="replace") as fh:
            if " ready: " in fh.read():
                return
        if proc.poll() is not None:
            sys.exit("siftd exited: %s" % open(err).read())
        time.sleep(0.01)
    sys.exit("siftd not ready within 60 s")


try:
    # ZeroMQ
    err = os.path.join(tmp, "zmq.err")
    d = subprocess.Popen([siftd, *flags, "--input", "ipc://%s/in" % tmp,
                          "--output", "ipc://%s/out" % tmp], stderr=open(err, "w"))
    wait_ready(d, err)
    out = subprocess.run([sift, "bench", "--input", "ipc://%s/in" % tmp, "--output",
                          "ipc://%s/out" % tmp, "--copies", str(args.copies), "--window", "2000",
                          *args.files], capture_output=True, text=True, timeout=1800)
    d.terminate()
    d.wait(60)
    m = re.search(r"([\d.]+) articles/s", out.stdout + out.stderr)
    zmq_rate = float(m.group(1)) if m else None
    if zmq_rate is None:
        print(out.stdout, out.stderr)

    # JetStream
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = "nats://127.0.0.1:%d" % port
    server = subprocess.Popen(["nats-server", "-js", "-a", "127.0.0.1", "-p", str(port),
                               "-sd", os.path.join(tmp, "store")], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    try:
        time.sleep(1)
        conf = os.path.join(tmp, "siftd.conf")
        with open(conf, "w", encoding="ascii") as fh:
            fh.write("[siftd]\ninput = %s\noutput = %s\nstats_interval = 0\n" % (url, url))
        subprocess.run([sift, "nats", "init", "-c", conf], check=True, capture_output=True)
        subprocess.run([sift, "nats", "send", "-c", conf, articles], check=True,
                       capture_output=True, timeout=1800)
        tail = subprocess.Popen([sift, "tail", "--nats", url, "-c", conf, "-n", str(n),
                                 "article"], stdout=subprocess.DEVNULL)
        time.sleep(0.5)
        err = os.path.join(tmp, "nats.err")
        d = subprocess.Popen([siftd, "-c", conf, *flags], stderr=open(err, "w"))
        wait_ready(d, err)
        t0 = time.monotonic()
        tail.wait(1800)
        js_rate = n / (time.monotonic() - t0)
        d.terminate()
        d.wait(60)
    finally:
        server.terminate()
        server.wait(30)
    print("plugins %s, workers %d, %d articles: ZeroMQ %s articles/s, JetStream %.0f articles/s"
          % (args.plugins, args.workers, n, "%.0f" % zmq_rate if zmq_rate else "?", js_rate))
finally:
    shutil.rmtree(tmp, True)
