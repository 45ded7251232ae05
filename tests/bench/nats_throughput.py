#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""nats_throughput.py [--build DIR] [--copies N] [--plugins P] [--workers W]
[--replicas 1|3] [--no-zeromq] FILE... - articles/s through siftd over NATS
JetStream against ZeroMQ, on this machine (a benchmark, not a test).

ZeroMQ: `sift bench` over ipc:// (window 2000), its articles/s line.
JetStream: a one-node nats-server on 127.0.0.1 (temporary file store, 1
replica); `sift nats send` stores N articles in the input stream first, then
siftd starts and the clock runs from its "ready" line to the N-th `article`
result read back from the results stream by `sift tail --nats`: acked,
stored and delivered. --replicas 3: a three-node cluster on 127.0.0.1
instead (routes over loopback, a store each), every stream and the
consumer with 3 replicas, siftd and the clients given the three URLs."""
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
ap.add_argument("--replicas", type=int, choices=(1, 3), default=1)
ap.add_argument("--no-zeromq", action="store_true", help="JetStream only")
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


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def zeromq_rate():
    """`sift bench` over ipc://: its articles/s, or None."""
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
    if not m:
        print(out.stdout, out.stderr)
    return float(m.group(1)) if m else None


def start_servers():
    """One nats-server, or three in a cluster: (processes, URL list)."""
    if args.replicas == 1:
        port = free_port()
        return [subprocess.Popen(["nats-server", "-js", "-a", "127.0.0.1", "-p", str(port),
                                  "-sd", os.path.join(tmp, "store")],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)], \
            "nats://127.0.0.1:%d" % port
    ports, routes = [free_port() for _ in range(3)], [free_port() for _ in range(3)]
    servers = []
    for i in range(3):
        conf = os.path.join(tmp, "n%d.conf" % i)
        with open(conf, "w", encoding="ascii") as fh:
            fh.write("host: 127.0.0.1\nport: %d\nserver_name: n%d\n"
                     'jetstream { store_dir: "%s" }\n'
                     "cluster { name: bench, host: 127.0.0.1, port: %d, routes: [%s] }\n"
                     % (ports[i], i, os.path.join(tmp, "store%d" % i), routes[i],
                        ", ".join("nats-route://127.0.0.1:%d" % r
                                  for j, r in enumerate(routes) if j != i)))
        servers.append(subprocess.Popen(["nats-server", "-c", conf],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
    return servers, ",".join("nats://127.0.0.1:%d" % p for p in ports)


def jetstream_rate():
    """Articles/s from siftd's "ready" to the N-th `article` result read back."""
    servers, url = start_servers()
    try:
        conf = os.path.join(tmp, "siftd.conf")
        with open(conf, "w", encoding="ascii") as fh:
            fh.write("[siftd]\ninput = %s\noutput = %s\nstats_interval = 0\n" % (url, url))
        deadline = time.monotonic() + 60
        while True:  # again until the servers (a new cluster: its leader) answer
            p = subprocess.run([sift, "nats", "init", "-c", conf, "--replicas",
                                str(args.replicas)], capture_output=True, text=True)
            if p.returncode == 0:
                break
            if time.monotonic() > deadline:
                sys.exit("sift nats init: %s" % p.stderr)
            time.sleep(1)
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
        rate = n / (time.monotonic() - t0)
        d.terminate()
        d.wait(60)
        return rate
    finally:
        for server in servers:
            server.terminate()
        for server in servers:
            server.wait(30)


try:
    zmq_rate = None if args.no_zeromq else zeromq_rate()
    js_rate = jetstream_rate()
    zmq_text = ("" if args.no_zeromq else
                "ZeroMQ %s articles/s, " % ("%.0f" % zmq_rate if zmq_rate else "?"))
    print("plugins %s, workers %d, %d articles: %sJetStream (%d %s) %.0f articles/s"
          % (args.plugins, args.workers, n, zmq_text, args.replicas,
             "replica" if args.replicas == 1 else "replicas", js_rate))
finally:
    shutil.rmtree(tmp, True)
