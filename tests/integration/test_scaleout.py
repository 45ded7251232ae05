# SPDX-License-Identifier: MIT
"""The README's ZeroMQ scale-out, as shipped: `sift send --bind` as the
producer, two siftd (input_mode = connect, output_mode = connect) and
`sift proxy` as the forwarder, all on 127.0.0.1, with a pyzmq subscriber.

It checks that every article is processed and published exactly once, and
measures what ZeroMQ loses when one siftd is SIGKILLed mid-stream: at most
that instance's in-flight window, because ZeroMQ acknowledges nothing."""
import json
import os
import signal
import subprocess
import time
import unittest

import zmq

from harness import SIFT, Proxy, Siftd, free_port, make_tmp, unpack

WORKERS = 2
WINDOW = 16       # articles queued in one worker (daemon.c)
INPUT_HWM = 100   # siftd's input queue, set small to keep the window small
SEND_HWM = 1000   # sift send's PUSH: ZeroMQ's default per peer


def kernel_bytes(port, pid):
    """Bytes the kernel holds on the producer's connection to siftd `pid`:
    its receive queue plus the producer's send queue toward it."""
    inodes = set()
    for fd in os.listdir("/proc/%d/fd" % pid):
        try:
            link = os.readlink("/proc/%d/fd/%s" % (pid, fd))
        except OSError:
            continue
        if link.startswith("socket:["):
            inodes.add(link[8:-1])
    rows = []
    with open("/proc/net/tcp", encoding="ascii") as fh:
        for ln in fh.readlines()[1:]:
            f = ln.split()
            tx, rx = (int(x, 16) for x in f[4].split(":"))
            rows.append((int(f[1].split(":")[1], 16), int(f[2].split(":")[1], 16), tx, rx, f[9]))
    total = 0
    for local, remote, _, rx, inode in rows:
        if remote == port and inode in inodes:  # siftd's end
            total += rx
            total += sum(t for lo, re_, t, _, _ in rows if lo == port and re_ == local)
    return total


def instance(plugins):
    """Which siftd published a message: b runs `keys`, a does not."""
    return "b" if any(p["name"] == "keys" for p in plugins) else "a"


class ZeroMQ(unittest.TestCase):
    def start(self, b_plugins):
        self.tmp = make_tmp()
        self.addCleanup(lambda: subprocess.run(["rm", "-rf", self.tmp]))
        self.proxy = Proxy(self)
        self.port = free_port()
        self.producer = "tcp://127.0.0.1:%d" % self.port
        common = {"input": self.producer, "input_mode": "connect", "input_hwm": INPUT_HWM,
                  "output": self.proxy.frontend, "output_mode": "connect",
                  "workers": WORKERS, "stats_interval": 1}
        # different plugins tell which instance published an article
        self.a = Siftd(self, plugins="echo", tmp=self.tmp, name="a", settings=common,
                       connect=False)
        self.b = Siftd(self, plugins=b_plugins, tmp=self.tmp, name="b", settings=common,
                       connect=False)
        self.ctx = zmq.Context()
        self.addCleanup(self.ctx.destroy, 0)
        self.sub = self.ctx.socket(zmq.SUB)
        self.sub.setsockopt(zmq.RCVHWM, 0)
        self.sub.setsockopt(zmq.SUBSCRIBE, b"article")
        self.sub.setsockopt(zmq.SUBSCRIBE, b"stats")
        self.sub.connect(self.proxy.backend)
        # a `stats` from each instance through the proxy: both publish to us
        seen, deadline = set(), time.monotonic() + 20
        while seen != {"a", "b"} and time.monotonic() < deadline:
            m = self.recv(0.2)
            if m and m[0] == b"stats":
                seen.add(instance(m[1]["plugins"]))
        self.assertEqual(seen, {"a", "b"}, self.a.stderr() + self.b.stderr())

    def recv(self, timeout):
        if self.sub.poll(int(timeout * 1000)):
            topic, payload = self.sub.recv_multipart()
            return topic, unpack(payload)
        return None

    def send(self, ids, text, timeout=10):
        path = os.path.join(self.tmp, "articles.jsonl")
        with open(path, "w", encoding="utf-8") as fh:
            fh.writelines(json.dumps({"id": i, "text": text}) + "\n" for i in ids)
        proc = subprocess.Popen([SIFT, "send", "--bind", "--peers", "2", "--timeout",
                                 str(timeout), "--endpoint", self.producer, "--wait-results",
                                 "--results", self.proxy.backend, path],
                                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, text=True)
        self.addCleanup(lambda: proc.poll() is None and proc.kill())
        return proc

    def collect(self, ids, on_result=None, quiet=5.0):
        """id -> the instance ("a" or "b") that published its `article`,
        until all came or none for `quiet` s; fails on a duplicate."""
        want, got = set(ids), {}
        last = time.monotonic()
        while len(got) < len(want) and time.monotonic() - last < quiet:
            m = self.recv(0.05)
            if on_result:
                on_result(got)
            if not m or m[0] != b"article" or m[1]["id"] not in want:
                continue
            self.assertNotIn(m[1]["id"], got, "published twice")
            got[m[1]["id"]] = instance(m[1]["plugins"])
            last = time.monotonic()
        return got

    def test_every_article_published_once_by_one_of_them(self):
        self.start("keys")
        ids = ["k-%d" % i for i in range(2000)]
        send = self.send(ids, "Clustered news from Reuters.")
        got = self.collect(ids)
        _, err = send.communicate(timeout=30)
        self.assertEqual(send.returncode, 0, err)
        self.assertEqual(sorted(got), sorted(ids))
        by = [list(got.values()).count(n) for n in ("a", "b")]
        self.assertTrue(all(n > 100 for n in by), by)
        self.assertEqual(self.a.stop(), 0)
        self.assertEqual(self.b.stop(), 0)
        stats = self.proxy.stop()
        self.assertGreaterEqual(stats["backend"]["out"], len(ids))

    def test_sigkill_loses_at_most_the_killed_instances_window(self):
        # b lags (20 ms an article), so at the kill its queues hold what the
        # producer got ahead of it, up to their limits; a does not lag
        self.start("keys,slow")
        n, text = 6000, "LAG mid-stream news. " * 160  # 3.4 KB: the kernel's share is small
        ids = ["z-%d" % i for i in range(n)]
        wire = len(json.dumps({"id": ids[-1], "text": text})) + 16
        # (the timeout also bounds one blocked send: short enough that the
        # lost results are not waited for long, long enough that a busy
        # machine does not stop the producer early, which would lose more)
        send = self.send(ids, text, timeout=15)
        kernel = [0]
        killed_at = []
        sampled = [0.0]

        def kill_b_midway(got):
            if killed_at or time.monotonic() - sampled[0] < 0.05:
                return
            sampled[0] = time.monotonic()
            by_b = sum(1 for v in got.values() if v == "b")
            if by_b >= 1:  # b is streaming: its buffers are as full as they get
                kernel[0] = max(kernel[0], kernel_bytes(self.port, self.b.proc.pid))
            if by_b >= 5:  # early: what b holds was sent well before the tail
                self.b.proc.send_signal(signal.SIGKILL)
                killed_at.append(len(got))
        got = self.collect(ids, kill_b_midway)
        self.assertTrue(killed_at, "siftd b was never killed: %d results" % len(got))
        _, err = send.communicate(timeout=30)
        rc = send.returncode
        lost = n - len(got)
        # accepted (+1 waiting for a worker), queued at b's input and at the
        # producer, in ZeroMQ's 8 KB I/O batches either side, and in the kernel
        batches = 2 * (8192 // wire + 1)
        window = (WORKERS * WINDOW + 1 + INPUT_HWM + SEND_HWM + batches
                  + -(-kernel[0] // wire))
        print("\nZeroMQ, SIGKILL of one of two siftd after %d of %d results: %d articles "
              "lost; its window: %d workers x %d + 1 + input_hwm %d + the producer's hwm %d "
              "+ %d in I/O batches + %d kernel bytes = %d articles"
              % (killed_at[0], n, lost, WORKERS, WINDOW, INPUT_HWM, SEND_HWM, batches,
                 kernel[0], window))
        self.assertLessEqual(lost, window, err)
        # the producer counted the same loss, and said so
        self.assertEqual(rc, 1 if lost else 0, err)
        if lost:
            self.assertIn("%d of %d articles got no result" % (lost, n), err)
        # what was lost was b's: a published everything after the kill was noticed
        tail = ids[-(n // 4):]
        self.assertEqual([i for i in tail if i not in got], [])
        self.assertTrue(all(got[i] == "a" for i in tail))
        self.assertEqual(self.a.stop(), 0)
        self.proxy.stop()


if __name__ == "__main__":
    unittest.main()
