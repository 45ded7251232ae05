# SPDX-License-Identifier: MIT
"""The command-line conventions of sift and siftd, and `sift send`'s
delivery guarantees, against the real binaries and a real siftd."""
import json
import os
import re
import subprocess
import tempfile
import time
import unittest

import zmq

from harness import SIFT, SIFTD, Proxy, Siftd, articles, make_tmp, unpack

OPTION = re.compile(r"^\s+(?:-\S, )?(--[a-z-]+)(?:=\S+)?(.*)$")


def run(argv, timeout=20, **kw):
    return subprocess.run(argv, capture_output=True, text=True, timeout=timeout, **kw)


def subcommands():
    """The commands `sift --help` lists, so a new one is tested too."""
    text = run([SIFT, "--help"]).stdout
    listed = text.split("Commands:\n", 1)[1].split("\n\n", 1)[0]
    return [ln.split()[0] for ln in listed.splitlines() if ln.strip()]


COMMANDS = ([[SIFT]] + [[SIFT, c] for c in subcommands()] +
            [[SIFT, "nats", "init"], [SIFT, "nats", "send"]] + [[SIFTD]])


class Conventions(unittest.TestCase):
    def test_every_help_on_stdout_with_every_option_described(self):
        self.assertLessEqual({"send", "tail", "process", "bench", "proxy"},
                             {c[1] for c in COMMANDS[1:-1]})
        for cmd in COMMANDS:
            with self.subTest(cmd=" ".join(os.path.basename(c) for c in cmd)):
                r = run(cmd + ["--help"])
                self.assertEqual(r.returncode, 0, r.stderr)
                self.assertEqual(r.stderr, "")
                self.assertTrue(r.stdout.startswith("Usage: "), r.stdout)
                lines = r.stdout.splitlines()
                options = 0
                for i, ln in enumerate(lines):
                    m = OPTION.match(ln)
                    if not m:
                        continue
                    options += 1
                    described = m.group(2).strip() or (
                        i + 1 < len(lines) and lines[i + 1].startswith(" " * 20)
                        and lines[i + 1].strip())
                    self.assertTrue(described, "option %s has no description" % m.group(1))
                self.assertGreaterEqual(options, 3)  # --help, --usage, --version at least

    def test_version_everywhere(self):
        for cmd in COMMANDS:
            with self.subTest(cmd=cmd[1:] or cmd):
                r = run(cmd + ["--version"])
                self.assertEqual(r.returncode, 0, r.stderr)
                self.assertRegex(r.stdout, r"^sift(d)? \d+\.\d+\.\d+\n$")

    def test_usage_errors_exit_2_with_usage(self):
        cases = [
            ([SIFT, "tail", "--count", "abc"], "--count: 'abc' is not a whole number"),
            ([SIFT, "tail", "--count", "-1"], "--count: '-1' is not a whole number"),
            ([SIFT, "send"], "Usage: sift send"),
            ([SIFT, "send", "--timeout", "0", "x"], "--timeout: '0'"),
            ([SIFT, "bench", "--copies", "1e3", "x"], "--copies: '1e3'"),
            ([SIFT, "process", "--nope", "x"], "unrecognized option '--nope'"),
            ([SIFT, "proxy", "--hwm", "0"], "--hwm: '0'"),
            ([SIFT, "proxy", "extra"], "Usage: sift proxy"),
            ([SIFT], "Usage: sift"),
            ([SIFT, "frobnicate"], "unknown command 'frobnicate'"),
            ([SIFTD, "--workers", "many"], "--workers: 'many'"),
            ([SIFTD, "--log-level", "loud"], "unknown level 'loud'"),
            ([SIFTD, "extra"], "Try `siftd --help'"),
        ]
        for argv, needle in cases:
            with self.subTest(argv=argv[1:]):
                r = run(argv)
                self.assertEqual(r.returncode, 2, r.stderr)
                self.assertEqual(r.stdout, "")
                self.assertIn(needle, r.stderr)
                self.assertRegex(r.stderr, r"(Usage|Try) `?sift")

    def test_priority_prefix_only_for_the_journal(self):
        tmp = tempfile.mkdtemp(prefix="sift-t-", dir="/tmp")
        err_path = os.path.join(tmp, "err")
        missing = os.path.join(tmp, "missing.jsonl")

        def stderr_of(journal_stream):
            env = dict(os.environ)
            env.pop("JOURNAL_STREAM", None)
            with open(err_path, "w") as err:
                st = os.fstat(err.fileno())
                if journal_stream == "match":
                    env["JOURNAL_STREAM"] = "%d:%d" % (st.st_dev, st.st_ino)
                elif journal_stream == "other":
                    env["JOURNAL_STREAM"] = "%d:%d" % (st.st_dev, st.st_ino + 1)
                r = subprocess.run([SIFT, "send", missing], stderr=err, env=env, timeout=20)
            self.assertEqual(r.returncode, 1)
            with open(err_path) as fh:
                return fh.read()

        self.assertRegex(stderr_of(None), r"^" + re.escape(missing))
        self.assertRegex(stderr_of("other"), r"^" + re.escape(missing))
        self.assertRegex(stderr_of("match"), r"^<3>" + re.escape(missing))
        r = run([SIFTD, "--log-prefix", "--config", missing])
        self.assertEqual(r.returncode, 1)
        self.assertRegex(r.stderr, r"^<3>" + re.escape(missing))


TOP = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
BASH_COMPLETION = "/usr/share/bash-completion/bash_completion"


def long_options(cmd):
    out = run(cmd + ["--help"]).stdout
    return {m.group(1) for m in map(OPTION.match, out.splitlines()) if m} - {
        "--help", "--usage", "--version"}


class Docs(unittest.TestCase):
    """The man pages and the bash completion know every option --help shows."""

    def read(self, *path):
        with open(os.path.join(TOP, *path), encoding="utf-8") as fh:
            return fh.read()

    def test_man_pages_and_completion_cover_every_option(self):
        docs = {SIFT: (self.read("man", "sift.1.scd"), self.read("completions", "sift")),
                SIFTD: (self.read("man", "siftd.8.scd"), self.read("completions", "siftd"))}
        for cmd in COMMANDS:
            man, completion = docs[cmd[0]]
            for opt in long_options(cmd):
                with self.subTest(cmd=cmd[1:], option=opt):
                    self.assertRegex(man, r"(\*|, )%s\*" % re.escape(opt))
                    self.assertRegex(completion, r"(^|\s|')%s(\s|'|$)" % re.escape(opt))

    @unittest.skipUnless(os.path.exists(BASH_COMPLETION), "bash-completion is not installed")
    def test_completion_completes(self):
        def complete(script, func, *words):
            line = ("source %s; source %s; COMP_WORDS=(%s); COMP_CWORD=%d; "
                    "COMP_LINE='%s'; COMP_POINT=${#COMP_LINE}; %s; echo \"${COMPREPLY[*]}\""
                    % (BASH_COMPLETION, os.path.join(TOP, "completions", script),
                       " ".join("'%s'" % w for w in words), len(words) - 1, " ".join(words),
                       func))
            r = subprocess.run(["bash", "-c", line], capture_output=True, text=True, timeout=20)
            self.assertEqual(r.returncode, 0, r.stderr)
            return r.stdout.split()

        self.assertEqual(complete("sift", "_sift", "sift", "ta"), ["tail"])
        self.assertIn("--wait-results", complete("sift", "_sift", "sift", "send", "--w"))
        self.assertEqual(complete("siftd", "_siftd", "siftd", "--log-level", "wa"), ["warning"])
        self.assertIn("--check", complete("siftd", "_siftd", "siftd", "--ch"))


class Send(unittest.TestCase):
    def write(self, d, name, lines):
        path = os.path.join(d, name)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write("".join(ln + "\n" for ln in lines))
        return path

    def test_dead_endpoint_fails_within_its_timeout(self):
        tmp = make_tmp()
        path = self.write(tmp, "a.jsonl", [json.dumps({"id": "x", "text": "Hello."})])
        t0 = time.monotonic()
        r = run([SIFT, "send", "--timeout", "2", "--endpoint", "ipc://%s/nobody" % tmp, path])
        elapsed = time.monotonic() - t0
        self.assertEqual(r.returncode, 1, r.stderr)
        self.assertIn("no siftd took an article within 2 s", r.stderr)
        self.assertIn("the rest were not sent", r.stderr)
        self.assertLess(elapsed, 2 + 8)  # its timeout, plus a margin for a loaded machine

    def test_dead_results_endpoint_fails_before_sending(self):
        d = Siftd(self, plugins="echo")
        path = self.write(d.tmp, "a.jsonl", [json.dumps({"id": "never", "text": "Hello."})])
        r = run([SIFT, "send", "--timeout", "1", "--endpoint", d.ep_in, "--wait-results",
                 "--results", "ipc://%s/nobody" % d.tmp, path])
        self.assertEqual(r.returncode, 1, r.stderr)
        self.assertIn("no siftd output reachable within 1 s", r.stderr)
        self.assertEqual(d.drain(0.5), [])
        self.assertEqual(d.stop(), 0)

    def test_bad_lines_reported_and_the_rest_sent(self):
        d = Siftd(self, plugins="echo")
        path = self.write(d.tmp, "mixed.jsonl", [
            json.dumps({"id": "s-1", "text": "Alpha came."}),
            "{not json",
            "[1, 2]",
            json.dumps({"id": "s-2", "text": "Beta came."}),
        ])
        r = run([SIFT, "send", "--endpoint", d.ep_in, path])
        self.assertEqual(r.returncode, 1, r.stderr)
        self.assertIn("mixed.jsonl:2: skipped", r.stderr)
        self.assertIn("mixed.jsonl:3: skipped", r.stderr)
        self.assertIn("2 lines skipped", r.stderr)
        got = articles(d.collect(["s-1", "s-2"]))
        self.assertEqual(sorted(got), ["s-1", "s-2"])
        self.assertEqual(d.stop(), 0)

    def test_wait_results(self):
        d = Siftd(self, plugins="echo")
        good = self.write(d.tmp, "good.jsonl",
                          [json.dumps({"id": "w-%d" % i, "text": "Gamma %d." % i})
                           for i in range(50)] + [json.dumps({"id": "w-1", "text": "Again."})])
        r = run([SIFT, "send", "--endpoint", d.ep_in, "--results", d.ep_out, "--wait-results",
                 good])
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stderr, "")
        bad = self.write(d.tmp, "bad.jsonl", [
            json.dumps({"id": "r-1", "text": "Fine."}),
            json.dumps({"id": "r-2", "text": 7}),
            json.dumps({"text": "No id."}),
        ])
        r = run([SIFT, "send", "--endpoint", d.ep_in, "--results", d.ep_out, "--wait-results",
                 bad])
        self.assertEqual(r.returncode, 1, r.stderr)
        rejected = [json.loads(ln[len("rejected: "):]) for ln in r.stderr.splitlines()
                    if ln.startswith("rejected: ")]
        self.assertEqual(sorted(e["code"] for e in rejected), ["missing_id", "missing_text"])
        self.assertIn("2 of 3 articles rejected", r.stderr)
        self.assertEqual(d.stop(), 0)

    def test_bind_waits_for_its_peers(self):
        tmp = make_tmp()
        path = self.write(tmp, "a.jsonl", [json.dumps({"id": "x", "text": "Hello."})])
        r = run([SIFT, "send", "--bind", "--peers", "2", "--timeout", "1",
                 "--endpoint", "ipc://%s/producer" % tmp, path])
        self.assertEqual(r.returncode, 1, r.stderr)
        self.assertIn("bound to ipc://%s/producer, waiting for 2 siftd" % tmp, r.stderr)
        self.assertIn("0 of 2 siftd connected within 1 s", r.stderr)

    def test_bind_shares_the_articles_between_connecting_siftd(self):
        tmp = make_tmp()
        producer = "ipc://%s/producer" % tmp
        common = {"input": producer, "input_mode": "connect", "stats_interval": 1}
        instances = [Siftd(self, plugins=p, tmp=tmp, name=p, settings=common, connect=False)
                     for p in ("echo", "keys")]
        ctx = zmq.Context()
        self.addCleanup(ctx.destroy, 0)
        poller = zmq.Poller()
        subs = []
        for d in instances:
            sub = ctx.socket(zmq.SUB)
            sub.setsockopt(zmq.SUBSCRIBE, b"")
            sub.connect(d.ep_out)
            poller.register(sub, zmq.POLLIN)
            subs.append(sub)

        def recv(timeout):
            for sock, _ in poller.poll(int(timeout * 1000)):
                topic, payload = sock.recv_multipart()
                return topic, unpack(payload)
            return None
        # a `stats` from each instance: both subscriptions are in place
        seen, deadline = set(), time.monotonic() + 20
        while len(seen) < 2 and time.monotonic() < deadline:
            m = recv(0.2)
            if m and m[0] == b"stats":
                seen.add(m[1]["plugins"][0]["name"])
        self.assertEqual(seen, {"echo", "keys"})
        ids = ["b-%d" % i for i in range(200)]
        path = self.write(tmp, "a.jsonl",
                          [json.dumps({"id": i, "text": "Shared news."}) for i in ids])
        r = run([SIFT, "send", "--bind", "--peers", "2", "--endpoint", producer, path])
        self.assertEqual(r.returncode, 0, r.stderr)
        got, by = {}, {"echo": 0, "keys": 0}
        last = time.monotonic()
        while len(got) < len(ids) and time.monotonic() - last < 20:
            m = recv(0.2)
            if not m or m[0] != b"article":
                continue
            self.assertNotIn(m[1]["id"], got, "published twice")
            got[m[1]["id"]] = m[1]
            by[m[1]["plugins"][0]["name"]] += 1
            last = time.monotonic()
        self.assertEqual(sorted(got), sorted(ids))
        # --peers 2: both were connected before the first article, so both got a share
        self.assertGreater(by["echo"], 20, by)
        self.assertGreater(by["keys"], 20, by)
        for d in instances:
            self.assertEqual(d.stop(), 0)
        for sub in subs:
            sub.close(0)



class ProxyCommand(unittest.TestCase):
    """`sift proxy` between the real siftd and its peers, over loopback TCP."""

    def test_forwards_results_and_counts_them(self):
        proxy = Proxy(self)
        d = Siftd(self, plugins="echo", connect=False,
                  settings={"output": proxy.frontend, "output_mode": "connect"})
        d.ep_out = proxy.backend  # subscribe at the proxy, warm up through it
        d.connect()
        ids = ["p-%d" % i for i in range(40)]
        for i in ids:
            d.send({"id": i, "text": "Proxied news %s." % i})
        got = d.collect(ids)
        self.assertEqual(sorted(articles(got)), sorted(ids))
        self.assertEqual(d.stop(), 0)
        stats = proxy.stop()
        # one subscriber to every topic: each message in at the frontend goes out once
        self.assertGreaterEqual(stats["frontend"]["in"], len(got))
        self.assertEqual(stats["backend"]["out"], stats["frontend"]["in"])
        self.assertEqual(stats["backend"]["out_bytes"], stats["frontend"]["in_bytes"])
        self.assertGreater(stats["backend"]["in"], 0)  # the subscription, upstream

    def test_stream_feeds_a_connecting_siftd(self):
        proxy = Proxy(self, stream=True)
        d = Siftd(self, plugins="echo", connect=False,
                  settings={"input": proxy.backend, "input_mode": "connect"})
        d.ep_in = proxy.frontend  # the harness's own PUSH goes through it too
        d.connect()
        path = os.path.join(d.tmp, "a.jsonl")
        ids = ["q-%d" % i for i in range(60)]
        with open(path, "w", encoding="utf-8") as fh:
            fh.writelines(json.dumps({"id": i, "text": "Streamed."}) + "\n" for i in ids)
        r = run([SIFT, "send", "--endpoint", proxy.frontend, path])
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(sorted(articles(d.collect(ids))), sorted(ids))
        self.assertEqual(d.stop(), 0)
        stats = proxy.stop()
        self.assertGreaterEqual(stats["frontend"]["in"], len(ids) + 1)  # and the warm-up
        self.assertEqual(stats["backend"]["out"], stats["frontend"]["in"])

    def test_busy_endpoint_is_an_error(self):
        proxy = Proxy(self)
        r = run([SIFT, "proxy", "--frontend", "tcp://127.0.0.1:*", "--backend", proxy.backend])
        self.assertEqual(r.returncode, 1, r.stderr)
        self.assertIn("backend: cannot bind %s: Address already in use" % proxy.backend,
                      r.stderr)
        self.assertEqual(r.stdout, "")
        proxy.stop()


if __name__ == "__main__":
    unittest.main()
