# SPDX-License-Identifier: MIT
"""harness.py - starts the real siftd over ipc:// sockets for the
integration tests and talks to it with pyzmq + msgpack, a third-party
client that knows nothing of sift's C code.

Paths come from the environment (set by tests/CMakeLists.txt):
  SIFTD, SIFT, SIFT_TEST_PLUGIN_DIR, SIFT_SHARED_DIR.
"""

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time

import msgpack
import zmq

HERE = os.path.dirname(os.path.abspath(__file__))
BUILD = os.environ.get("SIFT_BUILD_DIR", os.path.join(HERE, "..", "..", "build"))
SIFTD = os.environ.get("SIFTD", os.path.join(BUILD, "siftd"))
SIFT = os.environ.get("SIFT", os.path.join(BUILD, "sift"))
PLUGIN_DIR = os.environ.get("SIFT_TEST_PLUGIN_DIR", os.path.join(BUILD, "tests", "plugins"))
SHARED_DIR = os.environ.get("SIFT_SHARED_DIR", os.path.join(HERE, "..", "..", "..", "shared"))

WARMUP = "__warmup__"


def is_warmup(msg):
    """Whether a decoded output message belongs to the harness's warm-up."""
    mid = msg.get("id", msg.get("article_id")) if isinstance(msg, dict) else None
    return isinstance(mid, str) and mid.startswith(WARMUP)


def pack(obj):
    return msgpack.packb(obj, use_bin_type=True)


def unpack(payload):
    """A siftd output payload, checked to carry its per-topic `seq` and its
    `epoch` (docs/PROTOCOL.md), which are taken out so that tests compare
    the rest as the schema-1 baseline gives it (the raw bytes keep them)."""
    msg = msgpack.unpackb(payload, raw=False, strict_map_key=False)
    if isinstance(msg, dict):
        seq, epoch = msg.pop("seq", None), msg.pop("epoch", None)
        if not (type(seq) is int and seq > 0 and type(epoch) is int and epoch > 0):
            raise AssertionError("an output message without a valid seq/epoch (%r, %r): %r"
                                 % (seq, epoch, msg))
    return msg


def log_lines(text):
    """stderr lines without the syslog priority prefix ("<3>")."""
    return [re.sub(r"^<\d>", "", ln) for ln in text.splitlines() if ln.strip()]


def free_ports(n):
    """n distinct loopback TCP ports free now: all held open until all are
    chosen, so that no two of them are the same port."""
    held = [socket.socket() for _ in range(n)]
    try:
        for s in held:
            s.bind(("127.0.0.1", 0))
        return [s.getsockname()[1] for s in held]
    finally:
        for s in held:
            s.close()


def free_port():
    return free_ports(1)[0]


def make_tmp():
    # unix socket paths are limited to ~107 bytes: stay short, under /tmp
    return tempfile.mkdtemp(prefix="sift-t-", dir="/tmp")


def write_config(path, siftd=None, sections=None):
    """[siftd] keys from the dict `siftd`, then {section: {key: value}}."""
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("[siftd]\n")
        for k, v in (siftd or {}).items():
            fh.write("%s = %s\n" % (k, v))
        for name, keys in (sections or {}).items():
            fh.write("\n[%s]\n" % name)
            for k, v in keys.items():
                fh.write("%s = %s\n" % (k, v))


class Siftd:
    """One siftd process with its own temp dir, config and endpoints.

    Always registered for cleanup with the TestCase: the process is killed
    and the temp dir removed whatever happens."""

    def __init__(self, tc, plugins="echo", workers=2, tmp=None, name="siftd",
                 settings=None, sections=None, connect=True, subscribe=(b"",), env=None):
        self.tc = tc
        self.env = dict(os.environ, **(env or {}))
        self.tmp = tmp or make_tmp()
        if tmp is None:
            tc.addCleanup(shutil.rmtree, self.tmp, True)
        self.name = name
        self.ep_in = "ipc://%s/%s.in" % (self.tmp, name)
        self.ep_out = "ipc://%s/%s.out" % (self.tmp, name)
        self.config = os.path.join(self.tmp, name + ".conf")
        self.settings = {
            "input": self.ep_in, "output": self.ep_out, "plugin_dir": PLUGIN_DIR,
            "plugins": plugins, "workers": workers, "stats_interval": 0,
        }
        self.settings.update(settings or {})
        self.sections = sections or {}
        write_config(self.config, self.settings, self.sections)
        self.err_path = os.path.join(self.tmp, name + ".stderr")
        self.proc = None
        self.ctx = zmq.Context()
        tc.addCleanup(self.close)
        self.sub = self.push = None
        self.poller = zmq.Poller()
        self.warm_seq = 0
        self.start()
        if connect:
            self.connect(subscribe)

    # ----------------------------------------------------------- process
    def start(self):
        self.err = open(self.err_path, "ab")
        self.proc = subprocess.Popen([SIFTD, "--config", self.config],
                                     stdin=subprocess.DEVNULL, stdout=self.err,
                                     stderr=self.err, env=self.env)

    def rewrite_config(self, settings=None, sections=None):
        self.settings.update(settings or {})
        if sections is not None:
            self.sections = sections
        write_config(self.config, self.settings, self.sections)

    def stderr(self):
        self.err.flush()
        with open(self.err_path, "rb") as fh:
            return fh.read().decode("utf-8", "replace")

    def wait_log(self, needle, timeout=10.0, count=1):
        """Waits until stderr contains `needle` `count` times."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.stderr().count(needle) >= count:
                return True
            time.sleep(0.02)
        self.tc.fail("siftd never logged %r; stderr:\n%s" % (needle, self.stderr()))

    def alive(self):
        return self.proc is not None and self.proc.poll() is None

    def signal(self, sig):
        self.proc.send_signal(sig)

    def stop(self, timeout=15.0):
        """SIGTERM; returns the exit code (fails the test on a hang)."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            self.tc.fail("siftd did not exit within %.0f s of SIGTERM; stderr:\n%s"
                         % (timeout, self.stderr()))

    def close(self):
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        for s in (self.sub, self.push):
            if s is not None:
                s.close(0)
        self.ctx.destroy(0)
        self.err.close()

    # ----------------------------------------------------------- sockets
    def connect(self, subscribe=(b"",)):
        self.sub = self.ctx.socket(zmq.SUB)
        self.sub.setsockopt(zmq.RCVHWM, 0)
        for t in subscribe:
            self.sub.setsockopt(zmq.SUBSCRIBE, t)
        self.sub.connect(self.ep_out)
        self.push = self.ctx.socket(zmq.PUSH)
        self.push.setsockopt(zmq.LINGER, 0)
        self.push.connect(self.ep_in)
        self.poller.register(self.sub, zmq.POLLIN)
        self.warmup()

    def warmup(self, timeout=20.0):
        """Beats the PUB/SUB slow joiner: sends warm-up articles until one
        comes back."""
        t0 = time.monotonic()
        next_send = t0
        while time.monotonic() - t0 < timeout:
            if not self.alive():
                self.tc.fail("siftd exited during warm-up (%s); stderr:\n%s"
                             % (self.proc.returncode, self.stderr()))
            if time.monotonic() >= next_send:
                self.warm_seq += 1
                try:
                    self.push.send(pack({"id": "%s%d" % (WARMUP, self.warm_seq),
                                         "text": "Warm up."}), zmq.NOBLOCK)
                except zmq.Again:
                    pass
                next_send = time.monotonic() + 0.1
            m = self.recv(0.05)
            if m and m[0] == b"article" and str(m[1].get("id", "")).startswith(WARMUP):
                self.drain(0.05)
                return
        self.tc.fail("no warm-up result within %.0f s; stderr:\n%s" % (timeout, self.stderr()))

    def send(self, obj):
        self.push.send(obj if isinstance(obj, bytes) else pack(obj))

    def recv(self, timeout):
        """(topic, decoded payload, raw payload) or None after timeout s."""
        if not self.poller.poll(int(timeout * 1000)):
            return None
        frames = self.sub.recv_multipart()
        self.tc.assertEqual(len(frames), 2, "output messages have two frames: %r" % frames)
        try:
            msg = unpack(frames[1])
        except Exception as e:  # noqa: BLE001 - any decoding failure is the finding
            self.tc.fail("topic %r: payload is not one valid msgpack value (%s): %r"
                         % (frames[0], e, frames[1][:300]))
        return frames[0], msg, frames[1]

    def drain(self, quiet=0.2):
        """Everything published until nothing arrives for `quiet` s, warm-ups
        left out: a warm-up sent before the subscription joined may still be
        in a worker when warmup() returns (seen on a loaded CI machine)."""
        out = []
        while True:
            m = self.recv(quiet)
            if m is None:
                return out
            if not is_warmup(m[1]):
                out.append(m)

    def collect(self, ids, timeout=20.0, quiet=0.0):
        """Messages until every id in `ids` has its `article` or `error`
        (or no progress for `timeout` s); then `quiet` s more. Returns a
        list of (topic, msg, raw), warm-ups left out."""
        want = set(ids)
        done = set()
        out = []
        last = time.monotonic()
        while done != want and time.monotonic() - last < timeout:
            m = self.recv(0.1)
            if m is None:
                continue
            topic, msg, _ = m
            if is_warmup(msg):
                continue
            mid = msg.get("id", msg.get("article_id")) if isinstance(msg, dict) else None
            out.append(m)
            if topic in (b"article", b"error") and mid in want:
                done.add(mid)
                last = time.monotonic()
        if quiet:
            out += self.drain(quiet)
        missing = want - done
        if missing:
            self.tc.fail("%d of %d articles never came back (e.g. %s); alive=%s; stderr:\n%s"
                         % (len(missing), len(want), sorted(missing)[:5], self.alive(),
                            self.stderr()[-3000:]))
        return out


def articles(msgs):
    """id -> list of `article` payloads."""
    out = {}
    for topic, msg, _ in msgs:
        if topic == b"article":
            out.setdefault(msg["id"], []).append(msg)
    return out


def statuses(article):
    """The article's plugin entries without their timing, which is checked."""
    out = []
    for p in article["plugins"]:
        p = dict(p)
        t = p.pop("elapsed_us")
        assert isinstance(t, int) and t >= 0, "bad elapsed_us %r" % (t,)
        out.append(p)
    return out


def plugin(article, name):
    for p in statuses(article):
        if p["name"] == name:
            return p
    raise AssertionError("no plugin %s in %r" % (name, article["plugins"]))


class Proxy:
    """`sift proxy` on two free loopback ports (its `--stream` with
    stream=True). frontend and backend are the endpoints it bound; stop()
    returns its counters. Killed at cleanup whatever happens."""

    def __init__(self, tc, stream=False):
        self.tc = tc
        argv = [SIFT, "proxy", "--frontend", "tcp://127.0.0.1:*",
                "--backend", "tcp://127.0.0.1:*"] + (["--stream"] if stream else [])
        self.proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True)
        tc.addCleanup(self.close)
        bound = {}
        for _ in range(2):
            line = self.proc.stderr.readline()  # ends at EOF if the proxy exits
            m = re.search(r"(frontend|backend) bound to (\S+)", line)
            if not m:
                tc.fail("sift proxy did not start: %r" % (line + self.proc.stderr.read()))
            bound[m.group(1)] = m.group(2)
        self.frontend, self.backend = bound["frontend"], bound["backend"]

    def stop(self, timeout=10.0):
        """SIGTERM; the counters it printed (fails the test unless it exits 0)."""
        self.proc.send_signal(signal.SIGTERM)
        out, err = self.proc.communicate(timeout=timeout)
        self.tc.assertEqual(self.proc.returncode, 0, err)
        return json.loads(out.splitlines()[-1])

    def close(self):
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.communicate()
