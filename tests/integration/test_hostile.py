# SPDX-License-Identifier: MIT
"""test_hostile.py - siftd against hostile input and hostile networks
(issue 13): each TestCase is one finding, and each test failed on the code
before its fix. The real siftd and sift binaries over real ipc:// sockets.

Run one class:  SIFTD=... SIFT=... SIFT_TEST_PLUGIN_DIR=... \
                /usr/bin/python3 -m unittest -v test_hostile.PluginNames
"""

import json
import os
import signal
import subprocess
import threading
import time
import unittest

import msgpack
import zmq

from harness import (PLUGIN_DIR, SIFT, SIFTD, Siftd, articles, free_port, log_lines, make_tmp,
                     pack, write_config)
from test_metrics import scrape


SANITIZE = os.environ.get("SIFT_SANITIZE", "OFF").upper() in ("ON", "1", "TRUE")


def vm_mb(pid, field):
    """A memory figure of the process from /proc (VmHWM: peak resident,
    VmRSS: resident now) in MB."""
    with open("/proc/%d/status" % pid) as fh:
        for line in fh:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024.0
    raise AssertionError("no %s for %d" % (field, pid))


def vm_hwm_mb(pid):
    return vm_mb(pid, "VmHWM")


def vm_rss_mb(pid):
    return vm_mb(pid, "VmRSS")


def no_asan_quarantine(tc):
    """In the sanitizer build, freed memory waits in ASan's quarantine and
    counts as resident: turn it off for a siftd whose memory is measured."""
    old = os.environ.get("ASAN_OPTIONS")
    os.environ["ASAN_OPTIONS"] = (old + ":" if old else "") + "quarantine_size_mb=0"
    tc.addCleanup(lambda: os.environ.pop("ASAN_OPTIONS") if old is None
                  else os.environ.__setitem__("ASAN_OPTIONS", old))


def errors_by_id(msgs):
    return {m.get("id"): m for t, m, _ in msgs if t == b"error"}


class PluginNames(unittest.TestCase):
    """A plugin name is a name: `--plugins ../x/evil` must never dlopen
    (and run the constructors of) a file outside plugin_dir."""

    def setUp(self):
        self.tmp = make_tmp()
        self.addCleanup(subprocess.run, ["rm", "-rf", self.tmp])
        self.plugin_dir = os.path.join(self.tmp, "plugins")
        os.mkdir(self.plugin_dir)
        self.marker = os.path.join(self.tmp, "loaded")
        # the test plugin `marker`, reached through a relative path
        self.path_name = os.path.relpath(os.path.join(PLUGIN_DIR, "marker"), self.plugin_dir)
        self.env = dict(os.environ, SIFT_TEST_MARKER=self.marker)

    def run_cmd(self, argv):
        r = subprocess.run(argv, capture_output=True, timeout=15, stdin=subprocess.DEVNULL,
                           env=self.env)
        return r.returncode, log_lines(r.stderr.decode("utf-8", "replace"))

    def assert_refused(self, rc, lines, name):
        self.assertFalse(os.path.exists(self.marker), "the file was dlopened")
        self.assertNotEqual(rc, 0)
        self.assertEqual(len(lines), 1, lines)
        self.assertIn("not a plugin name", lines[0])
        self.assertIn(name, lines[0])

    def test_check_refuses_a_path(self):
        conf = os.path.join(self.tmp, "siftd.conf")
        write_config(conf, {"input": "ipc://%s/in" % self.tmp, "output": "ipc://%s/out" % self.tmp,
                            "plugin_dir": self.plugin_dir, "plugins": "echo"})
        for plugins in (self.path_name, "marker/../" + self.path_name):
            with self.subTest(plugins=plugins):
                rc, lines = self.run_cmd([SIFTD, "--config", conf, "--plugins", plugins,
                                          "--check"])
                self.assert_refused(rc, lines, plugins)

    def test_path_in_config_file(self):
        conf = os.path.join(self.tmp, "siftd.conf")
        write_config(conf, {"input": "ipc://%s/in" % self.tmp, "output": "ipc://%s/out" % self.tmp,
                            "plugin_dir": self.plugin_dir, "plugins": self.path_name})
        rc, lines = self.run_cmd([SIFTD, "--config", conf])
        self.assert_refused(rc, lines, self.path_name)

    def test_describe_plugin_refuses_a_path(self):
        rc, lines = self.run_cmd([SIFTD, "--plugin-dir", self.plugin_dir, "--describe-plugin",
                                  self.path_name])
        self.assert_refused(rc, lines, self.path_name)

    def test_sift_process_refuses_a_path(self):
        text = os.path.join(self.tmp, "a.txt")
        with open(text, "w") as fh:
            fh.write("Some news.\n")
        rc, lines = self.run_cmd([SIFT, "process", "--plugin-dir", self.plugin_dir,
                                  "--plugins", self.path_name, text])
        self.assert_refused(rc, lines, self.path_name)

    def test_a_name_still_loads(self):
        rc, lines = self.run_cmd([SIFTD, "--plugin-dir", PLUGIN_DIR, "--describe-plugin",
                                  "marker"])
        self.assertEqual(rc, 0, lines)
        self.assertTrue(os.path.exists(self.marker))


class Limits(unittest.TestCase):
    """Bytes, not counts: no allocation from an untrusted length, a maximum
    message size, limits on title and meta, a byte budget in flight."""

    def test_huge_length_header(self):
        # 5 bytes claiming 4 G elements: msgpack-c allocated 96 GB for it
        d = Siftd(self, plugins="echo")
        cases = [b"\xdd\xff\xff\xff\xff", b"\xdf\xff\xff\xff\xff",
                 b"\x82\xa2id\xa1h\xa4text\xdb\xff\xff\xff\xff"]
        for i, raw in enumerate(cases):
            d.push.send(raw)
            d.send({"id": "after-%d" % i, "text": "Still here."})
        msgs = d.collect(["after-%d" % i for i in range(len(cases))], quiet=0.3)
        errs = [m for t, m, _ in msgs if t == b"error"]
        self.assertEqual(len(errs), len(cases), errs)
        for e in errs:
            self.assertEqual(e["code"], "bad_msgpack")
            self.assertRegex(e["detail"], r"claims \d+ (elements|bytes) but only \d+")
        self.assertTrue(d.alive())
        self.assertEqual(d.stop(), 0)

    def test_nesting_depth_says_what_it_is(self):
        d = Siftd(self, plugins="echo")
        deep = 40
        d.push.send(b"\x83\xa2id\xa4deep\xa4text\xa1x\xa4meta" + b"\x91" * deep + b"\xc0")
        d.send({"id": "after", "text": "x"})
        msgs = d.collect(["after"])
        errs = [m for t, m, _ in msgs if t == b"error"]
        self.assertEqual(len(errs), 1, errs)
        e = errs[0]
        self.assertEqual(e["code"], "bad_msgpack")
        self.assertIn("nested deeper than 32 levels", e["detail"])

    def test_title_and_meta_limits(self):
        d = Siftd(self, plugins="echo", settings={"max_title_bytes": 100,
                                                  "max_meta_bytes": 1000, "max_meta_depth": 3})
        cases = {
            "title-ok": ({"title": "t" * 100}, None),
            "title-big": ({"title": "t" * 101}, "title_too_large"),
            "meta-ok": ({"meta": {"k": "v" * 900}}, None),
            "meta-big": ({"meta": {"k": "v" * 1000}}, "meta_too_large"),
            "meta-deep-ok": ({"meta": {"a": {"b": [1]}}}, None),
            "meta-deep": ({"meta": {"a": {"b": [[1]]}}}, "meta_too_deep"),
        }
        for mid, (extra, _) in cases.items():
            msg = {"id": mid, "text": "News."}
            msg.update(extra)
            d.send(msg)
        msgs = d.collect(list(cases))
        errs, arts = errors_by_id(msgs), articles(msgs)
        for mid, (_, code) in cases.items():
            with self.subTest(case=mid):
                if code is None:
                    self.assertIn(mid, arts)
                else:
                    self.assertNotIn(mid, arts)
                    self.assertEqual(errs[mid]["code"], code)
                    self.assertTrue(errs[mid]["detail"])

    def test_max_message_bytes(self):
        # a message over max_message_bytes never reaches siftd's memory
        no_asan_quarantine(self)
        d = Siftd(self, plugins="echo", settings={"max_message_bytes": 2 << 20})
        before = vm_hwm_mb(d.proc.pid)
        ctx = zmq.Context()
        self.addCleanup(ctx.destroy, 0)
        push = ctx.socket(zmq.PUSH)
        push.connect(d.ep_in)
        push.send(pack({"id": "huge", "text": "x" * (96 << 20)}))
        time.sleep(1.5)
        push.close(0)
        d.send({"id": "after", "text": "Small news."})
        msgs = d.collect(["after"], quiet=0.5)
        self.assertNotIn("huge", articles(msgs))
        self.assertNotIn("huge", errors_by_id(msgs))
        self.assertLess(vm_hwm_mb(d.proc.pid) - before, 24,
                        "the main process buffered the 96 MiB message")
        self.assertEqual(d.stop(), 0)

    def test_in_flight_byte_budget(self):
        # a busy worker: large articles wait in the producers' queue, not in siftd
        big = 8 << 20
        no_asan_quarantine(self)
        d = Siftd(self, plugins="slow", workers=1, settings={
            "max_text_bytes": big, "max_message_bytes": big + 4096, "input_hwm": 1,
            "max_in_flight_bytes": big, "article_timeout": 3})
        before = vm_hwm_mb(d.proc.pid)
        d.send({"id": "stuck", "text": "SLOW"})
        time.sleep(0.3)
        ids = ["big-%d" % i for i in range(12)]
        text = "LAG " + "y" * (big - 8)

        def sender():
            for i in ids:
                d.push.send(pack({"id": i, "text": text}))
        t = threading.Thread(target=sender, daemon=True)
        t.start()
        msgs = d.collect(["stuck"] + ids, timeout=30)
        t.join(10)
        self.assertEqual(set(articles(msgs)), set(["stuck"] + ids))
        grew = vm_hwm_mb(d.proc.pid) - before
        self.assertLess(grew, 60, "main process grew %.0f MB for 12 x 8 MiB in flight" % grew)
        self.assertEqual(d.stop(), 0)


def s_stalled_subscriber(d):
    """A subscriber to `article` that reads nothing until asked, its queue
    as short as ZeroMQ allows; connected once siftd has its subscription."""
    stalled = d.ctx.socket(zmq.SUB)
    stalled.setsockopt(zmq.RCVHWM, 1)
    stalled.setsockopt(zmq.LINGER, 0)
    stalled.setsockopt(zmq.SUBSCRIBE, b"article")
    stalled.connect(d.ep_out)
    time.sleep(0.5)  # its subscription reaches siftd
    d.drain(0.2)
    return stalled


def s_padded_articles(d, name, n, pad):
    """n articles whose meta (echoed) pads each result by pad bytes, in a
    file for `sift send`: (ids, path)."""
    ids = ["%s-%d" % (name, i) for i in range(n)]
    path = os.path.join(d.tmp, name + ".jsonl")
    with open(path, "w") as fh:
        for i in ids:
            fh.write(json.dumps({"id": i, "text": "Acme news.", "meta": {"pad": "m" * pad}}) + "\n")
    return ids, path


def s_send_collected(tc, d, name, n, pad, chunk):
    """Sends n padded articles with `sift send`, chunk at a time, each chunk
    collected by the harness's subscriber before the next is sent: its queue
    then holds at most a chunk however loaded the machine (one burst outran
    the Python reader on a busy CI machine and it missed messages). A
    subscriber that never reads fills its queue all the same.
    The chunk is far below the queue limit (output_queue_bytes over the mean
    message, 256 messages for 1 MiB of 4 KiB; two messages an article)
    because ZeroMQ's sender learns what the reader took only every half
    queue or so: under the sanitizer on a loaded machine 64-article chunks
    of 16 KiB against 4 MiB still lost ten.
    Returns (ids, the collected messages)."""
    ids, msgs = [], []
    for c in range((n + chunk - 1) // chunk):
        cids, path = s_padded_articles(d, "%s%d" % (name, c), min(chunk, n - c * chunk), pad)
        tc.assertEqual(subprocess.run([SIFT, "send", "-e", d.ep_in, path],
                                      capture_output=True, timeout=60).returncode, 0)
        msgs += d.collect(cids, timeout=60)
        ids += cids
    return ids, msgs


class SlowSubscribers(unittest.TestCase):
    """Finding 3: a subscriber that stopped reading cost 0.9 GB and lost
    messages with nothing said. Its queue is now bounded by
    output_queue_bytes; what it misses is counted by topic in stats and
    logged at most once per 10 s; the other subscribers get everything."""

    def test_a_stalled_subscriber_is_bounded_counted_and_holds_nobody_back(self):
        no_asan_quarantine(self)
        # 4 MiB: 256 articles of slack for the reading subscriber, which may
        # fall that far behind on a loaded machine; 16 times less than is sent
        budget = 4 << 20
        port = free_port()
        d = Siftd(self, plugins="echo", workers=1,
                  settings={"output_queue_bytes": budget, "stats_interval": 1,
                            "metrics": "127.0.0.1:%d" % port})
        # subscribes to the articles (16 KiB each) and never reads; the
        # topic of the message refused first is then always "article"
        stalled = s_stalled_subscriber(d)
        before = vm_rss_mb(d.proc.pid)
        # 4000 articles of 16 KiB each (meta is echoed): 64 MiB through the
        # output, in chunks of 16 (see s_send_collected); the reading
        # subscriber misses nothing
        ids, msgs = s_send_collected(self, d, "slow", 4000, 16384, 16)
        self.assertEqual(set(ids), set(articles(msgs)))
        grew = vm_hwm_mb(d.proc.pid) - before
        # the stalled queue and the reader's each hold at most the budget:
        # far less than the 64 MiB an unbounded queue keeps (allocator and
        # sanitizer overheads included)
        self.assertLess(grew, 32, "siftd grew %.0f MB for a stalled subscriber with a 4 MiB "
                        "budget (64 MiB published)" % grew)
        # counted by topic in stats ...
        stats = None
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and not (stats and stats["dropped"].get("article")):
            m = d.recv(0.5)
            if m and m[0] == b"stats":
                stats = m[1]
        self.assertTrue(stats and stats.get("dropped", {}).get("article", 0) >= 1,
                        "stats do not count what the stalled subscriber missed: %r" % stats)
        self.assertLessEqual(stats["dropped"]["article"], len(ids))
        # ... and in /metrics
        _, _, samples = scrape(port)
        self.assertGreaterEqual(samples[("sift_subscriber_drops_total",
                                         (("topic", "article"),))], 1)
        # ... and logged once, not once per message
        d.wait_log("behind and missed messages", timeout=15)
        self.assertLessEqual(d.stderr().count("behind and missed messages"), 2)
        # when it goes, what its queue held is given back (within 10 s); not
        # under the sanitizer, whose allocator keeps what glibc's gives back
        held = vm_rss_mb(d.proc.pid) - before
        stalled.close(0)
        if SANITIZE:
            self.assertEqual(d.stop(), 0)
            return
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and vm_rss_mb(d.proc.pid) - before > held / 2:
            time.sleep(0.2)
        self.assertLess(vm_rss_mb(d.proc.pid) - before, max(held / 2, 1.0),
                        "siftd kept the %.1f MB the stalled subscriber's queue held" % held)
        self.assertEqual(d.stop(), 0)

    def test_a_subscriber_that_keeps_up_is_not_cut_off_when_messages_grow(self):
        # libzmq applies a changed send limit to subscribers already
        # connected; one that has read up to a lowered limit since it last
        # told the sender (ZeroMQ acknowledges reads in batches of half the
        # limit) then looks full for good and gets nothing more. siftd
        # fitted the limit to the average message every 10 s, lowering it
        # when messages grew: a reader that kept up was cut off for good.
        # (Raising it cut off the stalled subscriber that then read its
        # queue: test_every_subscriber_counts_exactly_what_it_missed.) The
        # limit is now set once, at start.
        d = Siftd(self, plugins="echo", workers=1,
                  settings={"output_queue_bytes": 1 << 20, "stats_interval": 0,
                            "max_meta_bytes": 1 << 20})
        # 40 results of 128 KiB, all read: about 90 messages with the
        # warm-ups, fewer than the 128 ZeroMQ reads before it tells the
        # sender (the limit was 256 messages of 4 KiB); then the 10 s check
        # sees the larger average
        ids, path = s_padded_articles(d, "grow", 40, 131072)
        self.assertEqual(subprocess.run([SIFT, "send", "-e", d.ep_in, path],
                                        capture_output=True, timeout=60).returncode, 0)
        d.collect(ids, timeout=60)
        time.sleep(11)
        # the reader still gets everything published after it
        later = ["grow-later-%d" % i for i in range(5)]
        for i in later:
            d.send({"id": i, "text": "Acme news."})
        d.collect(later, timeout=20)
        self.assertEqual(d.stop(), 0)

    def test_every_subscriber_counts_exactly_what_it_missed(self):
        # every message carries seq (per topic, from 1, counted whether or
        # not anyone got it) and epoch (the daemon's start): a subscriber's
        # gaps are exactly the messages it missed
        no_asan_quarantine(self)
        d = Siftd(self, plugins="echo", workers=1,
                  settings={"output_queue_bytes": 1 << 20, "stats_interval": 1})
        stalled = s_stalled_subscriber(d)
        # 1500 articles of 4 KiB in chunks of 16 (see s_send_collected)
        ids, got = s_send_collected(self, d, "gap", 1500, 4096, 16)
        # (the harness takes seq and epoch out of what it decodes)
        msgs = [(t, msgpack.unpackb(raw), raw) for t, _, raw in got]
        # the subscriber that keeps up: one epoch, no gap on any topic
        epochs = {m.get("epoch") for _, m, _ in msgs}
        self.assertEqual(len(epochs), 1, epochs)
        self.assertTrue(all(isinstance(e, int) and e > 0 for e in epochs), epochs)
        last = {}
        for topic, m, _ in msgs:
            if topic in last:
                self.assertEqual(m["seq"], last[topic] + 1, "a gap on %r for a reader" % topic)
            last[topic] = m["seq"]
        seq_of = {m["id"]: m["seq"] for t, m, _ in msgs if t == b"article"}
        # the stalled one reads what its queue kept, then one more article
        got = []
        while stalled.poll(1000):
            got.append(msgpack.unpackb(stalled.recv_multipart()[1]))
        d.send({"id": "gap-end", "text": "Acme news."})
        end = [(t, msgpack.unpackb(raw), raw) for t, _, raw in d.collect(["gap-end"], timeout=20)]
        self.assertTrue(stalled.poll(10000), "the stalled subscriber never got gap-end")
        got.append(msgpack.unpackb(stalled.recv_multipart()[1]))
        stalled.close(0)
        seqs = [m["seq"] for m in got]
        self.assertEqual(seqs, sorted(set(seqs)), "seq goes up on a topic")
        self.assertEqual(got[-1]["id"], "gap-end")
        self.assertEqual(got[-1]["seq"], [m["seq"] for t, m, _ in end if t == b"article"][0])
        published = got[-1]["seq"] - seq_of[ids[0]] + 1
        received = len([s for s in seqs if s >= seq_of[ids[0]]])
        gaps = sum(b - a - 1 for a, b in zip(seqs, seqs[1:]) if a >= seq_of[ids[0]])
        self.assertGreater(gaps, 0, "the stalled subscriber missed nothing: no test")
        self.assertEqual(gaps, published - received)
        # the daemon sees that it fell behind, not how far: ZeroMQ skips a
        # full subscriber silently after the message it refused
        counted = None
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and not counted:
            m = d.recv(0.5)
            if m and m[0] == b"stats":
                counted = m[1].get("dropped", {}).get("article")
        self.assertTrue(counted and 1 <= counted <= gaps, (counted, gaps))
        self.assertEqual(d.stop(), 0)


class Meta(unittest.TestCase):
    """meta is echoed as plain msgpack that every client decodes, or the
    message gets error bad_meta."""

    def test_undecodable_meta_rejected(self):
        d = Siftd(self, plugins="echo")
        raw = {
            # fixext 1 of type -5; ext 8 of type -1 (timestamp) with 3 bytes
            "neg-ext": b"\x83\xa2id\xa7neg-ext\xa4text\xa1x\xa4meta\xd4\xfb\x78",
            "bad-ts": b"\x83\xa2id\xa6bad-ts\xa4text\xa1x\xa4meta\xc7\x03\xff\x01\x02\x03",
            "bad-utf8": b"\x83\xa2id\xa8bad-utf8\xa4text\xa1x\xa4meta\x91\xa1\xff",
            "int-key": pack({"id": "int-key", "text": "x", "meta": {1: "a"}}),
        }
        for b in raw.values():
            d.push.send(b)
        d.send({"id": "plain", "text": "x", "meta": {"a": [1, 2.5, None, "é", b"\x00"]}})
        msgs = d.collect(list(raw) + ["plain"])
        errs = errors_by_id(msgs)
        for mid in raw:
            with self.subTest(case=mid):
                self.assertEqual(errs[mid]["code"], "bad_meta")
        # what is published decodes with msgpack's strictest defaults
        for t, _, payload in msgs:
            msgpack.unpackb(payload)
        self.assertEqual(articles(msgs)["plain"][0]["meta"], {"a": [1, 2.5, None, "é", b"\x00"]})


class LogLines(unittest.TestCase):
    """Input never forges a log line: control characters are escaped."""

    def test_newline_in_id_cannot_forge_a_line(self):
        d = Siftd(self, plugins="echo", settings={"log_level": "debug"})
        forged = "x\n<0>siftd: forged emergency\r\x1b[2J"
        d.send({"id": forged, "text": 42})  # missing_text: rejected, logged at debug
        msgs = d.collect([forged])
        self.assertEqual(errors_by_id(msgs)[forged]["code"], "missing_text")
        d.wait_log("forged emergency")
        err = d.stderr()
        for line in err.splitlines():
            self.assertFalse(line.startswith("<0>"), "a forged line: %r" % line)
            self.assertNotIn("\r", line)
            self.assertNotIn("\x1b", line)
        self.assertIn("x\\x0a<0>siftd: forged emergency\\x0d\\x1b[2J", err)


class Retries(unittest.TestCase):
    """Every retry is bounded: an article that kills workers, for any
    reason, is published with ok: false, and shutdown ends in time."""

    def test_death_outside_plugin_code_is_counted(self):
        # the worker dies encoding the article (out of memory), after every
        # plugin returned: it used to be re-run forever, and the articles
        # behind it never came back
        # (article_timeout: under ASan a worker out of address space may
        # hang reporting it instead of dying; a timeout is a death too)
        d = Siftd(self, plugins="echo, hog", workers=1, settings={
            "max_meta_bytes": 8 << 20, "max_message_bytes": 8 << 20, "article_timeout": 3})
        d.send({"id": "hog", "text": "A HOG article.", "meta": {"blob": "m" * (3 << 20)}})
        ids = ["behind-%d" % i for i in range(3)]
        for i in ids:
            d.send({"id": i, "text": "Quick one."})
        msgs = d.collect(["hog"] + ids, timeout=40)
        arts = articles(msgs)
        for i in ["hog"] + ids:
            self.assertEqual(len(arts.get(i, [])), 1, i)
        for p in arts["hog"][0]["plugins"]:
            self.assertIs(p["ok"], False, p)
            self.assertIn("worker", p["error"])
        for i in ids:
            self.assertTrue(all(p["ok"] for p in arts[i][0]["plugins"]), arts[i][0])
        self.assertTrue(d.alive())
        self.assertEqual(d.stop(), 0)

    def test_shutdown_within_stop_timeout(self):
        # a worker stuck in a plugin (article_timeout is a minute away)
        d = Siftd(self, plugins="echo, slow", workers=1, settings={
            "article_timeout": 60, "stop_timeout": 2})
        ids = ["stuck", "behind"]
        d.send({"id": "stuck", "text": "A SLOW one."})
        d.send({"id": "behind", "text": "Quick one."})
        time.sleep(0.5)
        t0 = time.monotonic()
        d.signal(signal.SIGTERM)
        msgs = d.collect(ids, timeout=15)
        self.assertEqual(d.stop(timeout=10), 0)
        took = time.monotonic() - t0
        self.assertLess(took, 10, "siftd took %.1f s to stop" % took)
        arts = articles(msgs)
        for i in ids:
            a = arts[i][0]
            for p in a["plugins"]:
                self.assertIs(p["ok"], False, p)
                self.assertIn("stopped", p["error"])
        self.assertIn("still in flight after stop_timeout", d.stderr())


class Reloads(unittest.TestCase):
    """A SIGHUP during a reload is applied after it, never lost."""

    def test_sighup_during_a_reload_is_applied(self):
        d = Siftd(self, plugins="echo, slow", workers=1, settings={"stats_interval": 1})
        ids = ["lag-%d" % i for i in range(60)]
        for i in ids:  # 20 ms each: the old worker drains its window for ~0.3 s
            d.send({"id": i, "text": "Markets LAG."})
        time.sleep(0.2)
        d.rewrite_config({"plugins": "echo, slow, keys"}, {"keys": {"greeting": "first"}})
        d.signal(signal.SIGHUP)
        d.wait_log("reloading")
        # while the first reload drains: a new file and three more SIGHUPs
        d.rewrite_config({"plugins": "echo, keys"}, {"keys": {"greeting": "second"}})
        for _ in range(3):
            d.signal(signal.SIGHUP)
        d.collect(ids, timeout=30)
        deadline = time.monotonic() + 15
        names, n = None, 0
        while time.monotonic() < deadline and names != ["echo", "keys"]:
            n += 1
            d.send({"id": "after-%d" % n, "text": "Now."})
            a = articles(d.collect(["after-%d" % n]))["after-%d" % n][0]
            names = [p["name"] for p in a["plugins"]]
        self.assertEqual(names, ["echo", "keys"], d.stderr())
        self.assertEqual(a["entities"][-1]["name"], "second")
        # stats: four SIGHUPs, two reloads applied (the last three coalesced)
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            m = d.recv(0.2)
            if m and m[0] == b"stats" and m[1].get("reloads") == 2:
                break
        else:
            self.fail("no stats with two reloads applied")
        # (the kernel merges SIGHUPs that arrive before siftd reads one)
        self.assertEqual(m[1]["reload_failures"], 0)
        self.assertIn(m[1]["reloads_requested"], (2, 3, 4), m[1])
        self.assertEqual(d.stop(), 0)


def read_key(path):
    with open(path) as fh:
        return [ln.strip() for ln in fh if ln.strip() and not ln.startswith("#")][0].encode()


class Curve(unittest.TestCase):
    """With CURVE on, only clients whose public key is allowed get in, on
    the input and on the output; everyone else is refused."""

    def setUp(self):
        self.tmp = make_tmp()
        self.addCleanup(subprocess.run, ["rm", "-rf", self.tmp])
        for name in ("server", "client", "stranger"):
            r = subprocess.run([SIFT, "keygen", os.path.join(self.tmp, name)],
                               capture_output=True, timeout=10)
            self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(os.stat(os.path.join(self.tmp, "server.key")).st_mode & 0o777, 0o600)
        allowed = os.path.join(self.tmp, "allowed")
        with open(allowed, "w") as fh:
            fh.write("# the one client\n%s\n" % read_key(self.key("client.pub")).decode())
        self.d = Siftd(self, plugins="echo", tmp=self.tmp, connect=False, settings={
            "curve_secret_key": self.key("server.key"), "curve_allowed_clients": allowed})
        self.ctx = zmq.Context()
        self.addCleanup(self.ctx.destroy, 0)

    def key(self, name):
        return os.path.join(self.tmp, name)

    def socket(self, kind, who):
        s = self.ctx.socket(kind)
        s.setsockopt(zmq.LINGER, 0)
        if who:
            s.curve_serverkey = read_key(self.key("server.pub"))
            s.curve_secretkey = read_key(self.key(who + ".key"))
            s.curve_publickey = read_key(self.key(who + ".pub"))
        if kind == zmq.SUB:
            s.setsockopt(zmq.SUBSCRIBE, b"")
            s.connect(self.d.ep_out)
        else:
            s.connect(self.d.ep_in)
        return s

    def wait_for(self, sub, aid, timeout):
        """The `article` for aid on sub, or None after timeout s."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if sub.poll(100):
                topic, payload = sub.recv_multipart()
                m = msgpack.unpackb(payload)
                if topic == b"article" and m.get("id") == aid:
                    return m
        return None

    def test_only_allowed_clients_get_in(self):
        sub = self.socket(zmq.SUB, "client")
        push = self.socket(zmq.PUSH, "client")
        # the authorised client works (resent until the subscription is up)
        got = None
        for n in range(100):
            push.send(pack({"id": "ok-%d" % n, "text": "Hello World."}))
            if self.wait_for(sub, "ok-%d" % n, 0.2):
                got = n
                break
        self.assertIsNotNone(got, self.d.stderr())
        plain_sub, stranger_sub = self.socket(zmq.SUB, None), self.socket(zmq.SUB, "stranger")
        plain_push, stranger_push = self.socket(zmq.PUSH, None), self.socket(zmq.PUSH, "stranger")
        for s in (plain_push, stranger_push):  # never connected: the message stays queued
            s.send(pack({"id": "intruder", "text": "Injected."}), zmq.NOBLOCK)
        time.sleep(1.0)
        push.send(pack({"id": "after", "text": "Still here."}))
        self.assertIsNotNone(self.wait_for(sub, "after", 10))
        # nothing the intruders pushed was processed, nothing reached their SUBs
        self.assertIsNone(self.wait_for(sub, "intruder", 0.5))
        for s in (plain_sub, stranger_sub):
            self.assertFalse(s.poll(200), "an unauthenticated SUB received a message")
        self.assertIn("not allowed", self.d.stderr())
        self.assertEqual(self.d.stop(), 0)

    def test_sift_send_and_tail_with_keys(self):
        art = os.path.join(self.tmp, "a.jsonl")
        with open(art, "w") as fh:
            fh.write('{"id": "cli-1", "text": "From the command line."}\n')
        keys = ["--server-key", self.key("server.pub"), "--client-key", self.key("client.key")]
        tail = subprocess.Popen([SIFT, "tail", "--endpoint", self.d.ep_out, "--count", "1"]
                                + keys + ["article"], stdout=subprocess.PIPE)
        self.addCleanup(lambda: tail.poll() is None and tail.kill())
        deadline = time.monotonic() + 20
        out = b""
        while time.monotonic() < deadline and tail.poll() is None:
            r = subprocess.run([SIFT, "send", "--endpoint", self.d.ep_in] + keys + [art],
                               capture_output=True, timeout=20)
            self.assertEqual(r.returncode, 0, r.stderr)
            try:
                out, _ = tail.communicate(timeout=0.5)
            except subprocess.TimeoutExpired:
                continue
        self.assertIn(b'"cli-1"', out)
        # without keys, sift send is not let in
        r = subprocess.run([SIFT, "send", "--endpoint", self.d.ep_in, "--timeout", "2", art],
                           capture_output=True, timeout=20)
        self.assertNotEqual(r.returncode, 0)

    def test_warning_for_exposed_bind_without_curve(self):
        conf = os.path.join(self.tmp, "open.conf")
        write_config(conf, {"input": "tcp://0.0.0.0:5999", "output": "ipc://%s/o" % self.tmp,
                            "plugin_dir": PLUGIN_DIR, "plugins": "echo"})
        r = subprocess.run([SIFTD, "--config", conf, "--check"], capture_output=True, timeout=15)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn(b"tcp://0.0.0.0:5999 is reachable from other hosts and CURVE is off",
                      r.stderr)
        write_config(conf, {"input": "tcp://127.0.0.1:5999", "output": "ipc://%s/o" % self.tmp,
                            "plugin_dir": PLUGIN_DIR, "plugins": "echo"})
        r = subprocess.run([SIFTD, "--config", conf, "--check"], capture_output=True, timeout=15)
        self.assertNotIn(b"reachable", r.stderr)


if __name__ == "__main__":
    unittest.main()
