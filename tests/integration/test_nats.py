# SPDX-License-Identifier: MIT
"""NATS JetStream as siftd's transport (issue 14), with the real
nats-server on 127.0.0.1 (temporary store directories) and the real siftd;
articles go in with `sift nats send` and results are read with
`sift tail --nats`, a client of the results stream like any other.

Cluster: three nodes, replicated streams (3 replicas), two siftd sharing
the durable consumer, 20,000 articles; one siftd is SIGKILLed and one NATS
node restarted mid-stream. Every article's `article` result must be in the
results stream at least once; duplicates are reported (the goal is none).
A `sift tail --nats` started while two nodes are down waits for them.

Secured: TLS (CA, server and client certificates made with openssl), an
NKey user and a credentials file (operator, account and user JWTs made at
run time) on single nodes; siftd, `sift nats send` and `sift tail --nats`
go through with the config's keys, a wrong CA, seed or credentials is
refused in one line saying what to check, and no secret is ever printed.

Single node: the Nats-Msg-Id de-duplicates an article published twice, an
article whose results cannot be stored goes to the dead-letter subject
after nats_max_deliver deliveries with the reason, and stats count it;
publishes back off until a missing stream exists or a restarted node is
back; `sift tail --nats --since` replays from a time; one direction over
JetStream and the other over ZeroMQ works both ways, with the counters in
/metrics."""
import collections
import json
import os
import re
import shutil
import signal
import subprocess
import threading
import time
import unittest

import natsauth
import zmq

from harness import (PLUGIN_DIR, SIFT, SIFTD, free_port, free_ports, log_lines, make_tmp,
                     unpack, write_config)
from test_metrics import scrape

SANITIZE = os.environ.get("SIFT_SANITIZE", "OFF") == "ON"


class NatsServer:
    """One nats-server with JetStream, its store under tmp, loopback only."""

    def __init__(self, tc, tmp, name, port=None, jetstream=True, cluster=None, routes=(),
                 extra=()):
        self.tc, self.name, self.tmp = tc, name, tmp
        self.conf = os.path.join(tmp, name + ".conf")
        self.proc = None
        tc.addCleanup(self.kill)
        # a free port can be taken by another test before the server binds
        # it: then the server exits, and with a port of our own choosing we
        # try another (three times)
        for attempt in range(3):
            self.port = port or free_port()
            lines = ["host: 127.0.0.1", "port: %d" % self.port, "server_name: %s" % name, *extra]
            if jetstream:
                lines.append('jetstream { store_dir: "%s" }' % os.path.join(tmp, name + ".store"))
            if cluster:
                lines.append("cluster { name: sift, host: 127.0.0.1, port: %d, routes: [%s] }"
                             % (cluster, ", ".join("nats-route://127.0.0.1:%d" % r for r in routes)))
            with open(self.conf, "w", encoding="ascii") as fh:
                fh.write("\n".join(lines) + "\n")
            if self.start(raise_on_exit=port is not None or attempt == 2):
                break

    @property
    def url(self):
        return "nats://127.0.0.1:%d" % self.port

    def start(self, raise_on_exit=True):
        """Starts the server and waits for its own "Server is ready" (a port
        that answers may be another test's server). False if it exited
        before, unless raise_on_exit."""
        path = os.path.join(self.tmp, self.name + ".log")
        self.log = open(path, "ab")
        since = self.log.tell()
        self.proc = subprocess.Popen(["nats-server", "-c", self.conf], stdout=self.log,
                                     stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and self.proc.poll() is None:
            with open(path, "rb") as fh:
                fh.seek(since)
                if b"Server is ready" in fh.read():
                    return True
            time.sleep(0.05)
        if self.proc.poll() is not None and not raise_on_exit:
            self.log.close()
            return False
        raise AssertionError("nats-server %s was not ready on %d within 30 s (exit status %s)%s"
                             % (self.name, self.port, self.proc.poll(), self.log_tail()))

    def log_tail(self, lines=20):
        with open(os.path.join(self.tmp, self.name + ".log"), encoding="utf-8",
                  errors="replace") as fh:
            return "\n%s log:\n%s" % (self.name, "".join(fh.readlines()[-lines:]))

    def stop(self, sig=signal.SIGTERM):
        self.proc.send_signal(sig)
        self.proc.wait(15)
        self.log.close()

    def kill(self):
        if self.proc and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
            self.log.close()


def articles(path, n, prefix="a", tail=""):
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps({"id": "%s%d" % (prefix, i),
                                 "text": "Tariffs of 25 percent on steel, article %d.%s" % (i, tail)}))
            fh.write("\n")


def run(tc, *args, timeout=120, node=None):
    """args run to exit status 0; a failure shows node's log when given."""
    p = subprocess.run(list(args), capture_output=True, text=True, timeout=timeout)
    tc.assertEqual(p.returncode, 0, "%s: %s%s" % (" ".join(args[:3]), p.stderr,
                                                  node.log_tail(60) if node else ""))
    return p


def init_streams(tc, url, config, replicas):
    """sift nats init, which waits while a new cluster elects its leader."""
    run(tc, SIFT, "nats", "init", "--url", url, "-c", config, "--replicas", str(replicas),
        timeout=120)


def replay(tc, url, config, topic="article", idle=4):
    """Every `topic` message in the results stream: {id: times}."""
    p = run(tc, SIFT, "tail", "--nats", url, "-c", config, "--from", "1", "--idle", str(idle),
            topic, timeout=300)
    seen = collections.Counter()
    for line in p.stdout.splitlines():
        seen[json.loads(line)["id"]] += 1
    return seen


class Siftd:
    def __init__(self, tc, tmp, name, config, plugins="none", extra=()):
        self.err = open(os.path.join(tmp, name + ".err"), "w+b")
        self.proc = subprocess.Popen([SIFTD, "-c", config, "--plugins", plugins,
                                      "--plugin-dir", PLUGIN_DIR, *extra],
                                     stdout=subprocess.DEVNULL, stderr=self.err)
        tc.addCleanup(self.err.close)
        tc.addCleanup(self.kill)

    def kill(self, sig=signal.SIGKILL):
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
            self.proc.wait(30)

    def stderr(self):
        self.err.seek(0)
        return self.err.read().decode("utf-8", "replace")


class Tail:
    """A live `sift tail --nats` of `article` results, counted by id."""

    def __init__(self, tc, url, config):
        self.proc = subprocess.Popen([SIFT, "tail", "--nats", url, "-c", config, "article"],
                                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        tc.addCleanup(self.stop)
        self.ids = set()
        self.thread = threading.Thread(target=self._read, daemon=True)
        self.thread.start()

    def _read(self):
        for line in self.proc.stdout:
            self.ids.add(json.loads(line)["id"])

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(10)
        self.proc.stdout.close()


class Cluster(unittest.TestCase):
    N = 20000

    def three_nodes(self):
        """A temporary directory and a cluster of three JetStream nodes on
        127.0.0.1: (tmp, nodes, their client URLs joined by commas)."""
        tmp = make_tmp()
        self.addCleanup(shutil.rmtree, tmp, True)
        ports = free_ports(6)
        routes, clients = ports[:3], ports[3:]
        nodes = [NatsServer(self, tmp, "n%d" % i, port=clients[i], cluster=routes[i],
                            routes=[r for j, r in enumerate(routes) if j != i])
                 for i in range(3)]
        return tmp, nodes, ",".join(n.url for n in nodes)

    def test_sigkill_and_node_restart_lose_nothing(self):
        tmp, nodes, url = self.three_nodes()
        config = os.path.join(tmp, "siftd.conf")
        write_config(config, {"input": url, "output": url, "stats_interval": 1,
                              "nats_ack_wait": 5, "nats_max_deliver": 20,
                              "nats_retention": "workqueue", "log_level": "info"})
        init_streams(self, url, config, replicas=3)
        path = os.path.join(tmp, "articles.jsonl")
        articles(path, self.N, tail=" LAG")
        tail = Tail(self, url, config)
        run(self, SIFT, "nats", "send", "--url", url, "-c", config, path, timeout=300)

        def wait_for(count, limit_s):
            deadline = time.monotonic() + limit_s
            while len(tail.ids) < count and time.monotonic() < deadline:
                time.sleep(0.05)
            return len(tail.ids)

        # a runs the test plugin `slow` (20 ms an article on "LAG"), so it
        # always holds fetched articles it has not acknowledged when it is
        # killed, however loaded the machine; b runs no plugin
        a = Siftd(self, tmp, "a", config, plugins="slow")
        wait_for(50, 120)
        b = Siftd(self, tmp, "b", config)
        wait_for(self.N // 4, 120)
        a.kill()  # SIGKILL: what it fetched and did not ack comes again, to b
        killed_at = len(tail.ids)
        wait_for(self.N // 2, 120)
        nodes[1].stop()  # a JetStream node restarts: a replica and maybe a leader go
        nodes[1].start()
        restarted_at = len(tail.ids)
        wait_for(self.N, 240)
        p = run(self, SIFT, "tail", "--nats", url, "-c", config, "-n", "1", "stats")
        counters = json.loads(p.stdout)["nats"]  # b's, the one left
        b.kill(signal.SIGTERM)
        tail.stop()
        final = [ln for ln in log_lines(b.stderr()) if "acks," in ln]
        seen = replay(self, url, config)
        lost = [i for i in range(self.N) if seen["a%d" % i] == 0]
        dups = sum(n - 1 for n in seen.values() if n > 1)
        print("\n%d articles, siftd a SIGKILLed after %d results, node n1 restarted after %d; "
              "results stored: %d, lost: %d, duplicates: %d; siftd b: %s"
              % (self.N, killed_at, restarted_at, sum(seen.values()), len(lost), dups,
                 final or counters))
        self.assertEqual(lost, [], "articles without an `article` result")
        self.assertEqual(b.proc.returncode, 0, b.stderr())
        self.assertIn("stopped:", b.stderr())
        # what a had fetched and not acknowledged came to b again, counted
        self.assertGreaterEqual(counters["redeliveries"], 1, counters)
        self.assertEqual(counters["dead_lettered"], 0, counters)

    def test_readers_and_siftd_wait_while_jetstream_cannot_answer(self):
        """A reader and a siftd started while two of three nodes are down
        (no quorum: no stream can elect a leader) wait for them instead of
        exiting on the first timeout, and work once they are back. A
        SIGTERM ends a siftd's wait at once."""
        tmp, nodes, url = self.three_nodes()
        config = os.path.join(tmp, "siftd.conf")
        write_config(config, {"input": url, "output": url, "stats_interval": 1})
        init_streams(self, url, config, replicas=3)

        def said(name, ext=".err"):
            with open(os.path.join(tmp, name + ext), "rb") as fh:
                return fh.read().decode("utf-8", "replace")

        nodes[1].stop()
        nodes[2].stop()
        # until the node left knows: before, it still answers as leader
        stalled = "consumer '$G > SIFT_ARTICLES > siftd' has NO quorum"
        deadline = time.monotonic() + 90
        while stalled not in said("n0", ".log"):
            self.assertLess(time.monotonic(), deadline, "n0 never saw the quorum gone")
            time.sleep(0.2)
        with open(os.path.join(tmp, "tail.err"), "wb") as err:
            tail = subprocess.Popen([SIFT, "tail", "--nats", nodes[0].url, "-c", config,
                                     "-n", "1", "stats"], stdout=subprocess.PIPE, stderr=err)
        self.addCleanup(lambda: tail.poll() is None and tail.kill())
        b = Siftd(self, tmp, "b", config)
        c = Siftd(self, tmp, "c", config)

        deadline = time.monotonic() + 60
        for name, proc in (("tail", tail), ("b", b.proc), ("c", c.proc)):
            while "trying again" not in said(name):
                self.assertIsNone(proc.poll(), said(name))
                self.assertLess(time.monotonic(), deadline, "%s never said it waits: %r"
                                % (name, said(name)))
                time.sleep(0.1)
        c.kill(signal.SIGTERM)  # waits at most 30 s
        self.assertEqual(c.proc.returncode, 0, c.stderr())
        self.assertIn("stopped while waiting for JetStream", c.stderr())
        nodes[1].start()
        nodes[2].start()
        out, _ = tail.communicate(timeout=120)
        self.assertEqual(tail.returncode, 0, said("tail"))
        self.assertIn("nats", json.loads(out), out)
        self.assertIsNone(b.proc.poll(), b.stderr())
        b.kill(signal.SIGTERM)
        self.assertEqual(b.proc.returncode, 0, b.stderr())

class Secured(unittest.TestCase):
    N = 50

    def setUp(self):
        self.tmp = make_tmp()
        self.addCleanup(shutil.rmtree, self.tmp, True)
        self.config = os.path.join(self.tmp, "siftd.conf")

    def configure(self, node, **keys):
        settings = {"input": node.url, "output": node.url, "stats_interval": 1,
                    "log_level": "debug"}
        settings.update(keys)
        write_config(self.config, settings)

    def assertSecret(self, text, secrets):
        for secret in secrets:
            self.assertNotIn(secret, text)

    def roundtrip(self, node, secrets, **keys):
        """siftd --check, sift nats init and send, siftd and sift tail
        --nats through node with keys; no secret printed by any."""
        self.configure(node, **keys)
        printed = []
        p = run(self, SIFTD, "-c", self.config, "--plugins", "none", "--check", node=node)
        self.assertIn(": ok", p.stdout)
        printed += [p.stdout, p.stderr]
        printed.append(run(self, SIFT, "nats", "init", "-c", self.config, node=node).stderr)
        path = os.path.join(self.tmp, "a.jsonl")
        articles(path, self.N)
        p = run(self, SIFT, "nats", "send", "-c", self.config, path, node=node)
        printed += [p.stdout, p.stderr]
        d = Siftd(self, self.tmp, "d", self.config)
        seen, deadline = {}, time.monotonic() + 60
        while len(seen) < self.N and time.monotonic() < deadline:
            p = run(self, SIFT, "tail", "--nats", node.url, "-c", self.config, "--from", "1",
                    "--idle", "1", "article", node=node)
            printed.append(p.stderr)
            seen = {json.loads(line)["id"] for line in p.stdout.splitlines()}
        d.kill(signal.SIGTERM)
        printed.append(d.stderr())
        self.assertEqual(d.proc.returncode, 0, d.stderr() + node.log_tail())
        self.assertEqual(seen, {"a%d" % i for i in range(self.N)})
        self.assertIn("stopped: %d received" % self.N, d.stderr())
        self.assertSecret("\n".join(printed), secrets)

    def refused(self, node, expect, secrets, **keys):
        """siftd and sift nats send with keys: exit 1 with one error line."""
        self.configure(node, **keys)
        for argv in ([SIFTD, "-c", self.config, "--plugins", "none"],
                     [SIFT, "nats", "send", "-c", self.config, "/dev/null"]):
            p = subprocess.run(argv, capture_output=True, text=True, timeout=60)
            self.assertEqual(p.returncode, 1, p.stderr)
            errors = [ln for ln in log_lines(p.stderr) if "cannot connect" in ln]
            self.assertEqual(len(errors), 1, p.stderr)
            for text in expect:
                self.assertIn(text, errors[0])
            self.assertSecret(p.stdout + p.stderr, secrets)

    def test_tls_with_a_client_certificate(self):
        certs = natsauth.certificates(self.tmp)
        other = natsauth.certificates(self.tmp, "other-")
        node = NatsServer(self, self.tmp, "tls", extra=[
            'tls { cert_file: "%s", key_file: "%s", ca_file: "%s", verify: true, timeout: 5 }'
            % (certs["server.pem"], certs["server.key"], certs["ca.pem"])])
        with open(certs["client.key"], encoding="ascii") as fh:
            key = [ln for ln in fh.read().splitlines() if "-----" not in ln]
        tls = {"nats_tls_ca": certs["ca.pem"], "nats_tls_cert": certs["client.pem"],
               "nats_tls_key": certs["client.key"]}
        self.roundtrip(node, key, **tls)
        self.refused(node, ["nats_tls_ca (%s)" % other["ca.pem"], "certificate"], key,
                     **dict(tls, nats_tls_ca=other["ca.pem"]))
        self.refused(node, ["the server requires TLS: set nats_tls_ca"], key)
        self.refused(node, ["does it require a client certificate"], key,
                     nats_tls_ca=certs["ca.pem"])
        plain = NatsServer(self, self.tmp, "plain")
        self.refused(plain, ["the server does not offer TLS"], key, **tls)

    def test_nkey_seed_file(self):
        user, stranger = natsauth.NKey(natsauth.USER), natsauth.NKey(natsauth.USER)
        seeds = {}
        for name, key in (("user", user), ("stranger", stranger)):
            seeds[name] = os.path.join(self.tmp, name + ".nk")
            with open(seeds[name], "w", encoding="ascii") as fh:
                fh.write(key.seed + "\n")
        node = NatsServer(self, self.tmp, "nk", extra=[
            "authorization { users = [ { nkey: %s } ] }" % user.public])
        secrets = [user.seed, stranger.seed, user.seed[3:20]]
        self.roundtrip(node, secrets, nats_nkey=user.public, nats_nkey_seed=seeds["user"])
        self.refused(node, ["Authorization Violation", "refused NKey %s" % user.public,
                            seeds["stranger"]], secrets,
                     nats_nkey=user.public, nats_nkey_seed=seeds["stranger"])
        self.refused(node, ["the server wants credentials"], secrets)
        garbage = os.path.join(self.tmp, "garbage.nk")
        with open(garbage, "w", encoding="ascii") as fh:
            fh.write("SUAHUNTER2HUNTER2\n")
        self.refused(node, ["nats_nkey_seed (%s) holds no valid NKey seed" % garbage],
                     secrets + ["HUNTER2"], nats_nkey=user.public, nats_nkey_seed=garbage)

    def test_credentials_file(self):
        lines, creds, user = natsauth.operator_setup(self.tmp)
        # debug: the server says why it refuses a user only at debug level
        node = NatsServer(self, self.tmp, "op", extra=lines + ["debug: true"])
        secrets = [user.seed, user.seed[3:20]]
        self.roundtrip(node, secrets, nats_creds=creds)
        # a user of an account the server does not know
        stranger_tmp = os.path.join(self.tmp, "stranger")
        os.mkdir(stranger_tmp)
        _, stranger, other = natsauth.operator_setup(stranger_tmp)
        secrets.append(other.seed)
        self.refused(node, ["Authorization Violation", "refused the user of nats_creds (%s)"
                            % stranger], secrets, nats_creds=stranger)
        self.refused(node, ["the server wants credentials"], secrets)

    def test_user_and_password_in_the_url(self):
        node = NatsServer(self, self.tmp, "pw", extra=[
            "authorization { user: sift, password: hunter2secret }"])
        url = "nats://sift:hunter2secret@127.0.0.1:%d" % node.port
        self.configure(node, input=url, output=url)
        p = run(self, SIFT, "nats", "init", "-c", self.config)
        self.assertSecret(p.stdout + p.stderr, ["hunter2secret"])
        d = Siftd(self, self.tmp, "d", self.config)
        deadline = time.monotonic() + 30
        while "ready" not in d.stderr() and time.monotonic() < deadline:
            time.sleep(0.1)
        d.kill(signal.SIGTERM)
        self.assertIn("input nats://***@127.0.0.1", d.stderr())
        self.assertEqual(d.proc.returncode, 0, d.stderr())
        self.assertSecret(d.stderr(), ["hunter2secret"])
        url = "nats://sift:badpass7@127.0.0.1:%d" % node.port
        self.refused(node, ["refused the user and password (or token) in the URL"],
                     ["hunter2secret", "badpass7"], input=url, output=url)


class SingleNode(unittest.TestCase):
    def setUp(self):
        self.tmp = make_tmp()
        self.addCleanup(shutil.rmtree, self.tmp, True)
        self.node = NatsServer(self, self.tmp, "n0")
        self.config = os.path.join(self.tmp, "siftd.conf")

    def configure(self, **keys):
        settings = {"input": self.node.url, "output": self.node.url, "stats_interval": 1}
        settings.update(keys)
        write_config(self.config, settings)

    def test_an_article_published_twice_is_stored_once(self):
        self.configure()
        run(self, SIFT, "nats", "init", "-c", self.config)
        path = os.path.join(self.tmp, "a.jsonl")
        articles(path, 200)
        # twice: two input messages per article, the same results
        run(self, SIFT, "nats", "send", "-c", self.config, path)
        run(self, SIFT, "nats", "send", "-c", self.config, path)
        d = Siftd(self, self.tmp, "d", self.config, plugins="echo", extra=("--workers", "1"))
        deadline = time.monotonic() + 60
        stats = {}
        while time.monotonic() < deadline and stats.get("acks", 0) < 400:
            p = run(self, SIFT, "tail", "--nats", self.node.url, "-c", self.config, "-n", "1",
                    "stats")
            stats = json.loads(p.stdout)["nats"]
        d.kill(signal.SIGTERM)
        self.assertEqual(d.proc.returncode, 0, d.stderr())
        self.assertEqual(stats["acks"], 400, stats)
        seen = replay(self, self.node.url, self.config, idle=2)
        self.assertEqual(len(seen), 200)
        self.assertEqual(set(seen.values()), {1}, "an article's result stored twice")
        # the echo plugin's event and the article: both de-duplicated
        self.assertEqual(stats["duplicates"], 400, stats)
        self.assertEqual(stats["publish_failures"], 0, stats)

    def test_results_never_stored_go_to_the_dead_letter_subject(self):
        plain = NatsServer(self, self.tmp, "plain", jetstream=False)  # no results stream
        self.configure(output=plain.url, nats_max_deliver=2, nats_ack_wait=1,
                       nats_publish_retries=1)
        run(self, SIFT, "nats", "init", "-c", self.config, "--url", self.node.url)
        path = os.path.join(self.tmp, "a.jsonl")
        articles(path, 3)
        run(self, SIFT, "nats", "send", "-c", self.config, path)
        d = Siftd(self, self.tmp, "d", self.config)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and d.stderr().count("sent to sift_dead") < 3:
            time.sleep(0.1)
        d.kill(signal.SIGTERM)
        lines = [ln for ln in log_lines(d.stderr()) if "sent to sift_dead.articles" in ln]
        self.assertEqual(len(lines), 3, d.stderr())
        self.assertIn("delivered 3 times (nats_max_deliver 2) and never acknowledged", lines[0])
        self.assertIn("publishing to sift.article failed after 1 retries", d.stderr())

    def test_publishes_back_off_until_the_results_stream_is_back(self):
        """No results stream at first (every publish refused at once), then
        the results node restarts (publishes unacknowledged): each publish
        is sent again after a growing wait until it is stored - none given
        up, no article nak'ed, every result stored."""
        out = NatsServer(self, self.tmp, "out")  # JetStream, no results stream yet
        self.configure(output=out.url, nats_ack_wait=60, stats_interval=0)
        run(self, SIFT, "nats", "init", "-c", self.config)  # the input node's streams
        first, second = (os.path.join(self.tmp, n + ".jsonl") for n in "ab")
        articles(first, 300, "a")
        articles(second, 300, "b")
        run(self, SIFT, "nats", "send", "-c", self.config, first)
        d = Siftd(self, self.tmp, "d", self.config)
        deadline = time.monotonic() + 60
        while "again in" not in d.stderr() and time.monotonic() < deadline:
            time.sleep(0.1)
        self.assertIn("publishing to sift.article: No responders", d.stderr())
        run(self, SIFT, "nats", "init", "-c", self.config, "--url", out.url)  # stream back

        def stored(want):
            seen, deadline = collections.Counter(), time.monotonic() + 120
            while len(seen) < want and time.monotonic() < deadline:
                seen = replay(self, out.url, self.config, idle=1)
            return seen

        self.assertEqual(len(stored(300)), 300)
        out.stop()  # the results node restarts while articles come in
        run(self, SIFT, "nats", "send", "-c", self.config, second)
        time.sleep(6)  # longer than a publish waits for its acknowledgement
        out.start()
        seen = stored(600)
        d.kill(signal.SIGTERM)
        self.assertEqual(d.proc.returncode, 0, d.stderr())
        self.assertEqual(set(seen), {"%s%d" % (p, i) for p in "ab" for i in range(300)})
        final = [ln for ln in log_lines(d.stderr()) if "acks," in ln]
        self.assertEqual(len(final), 1, d.stderr())
        acks, naks, _, _, retries, failures, _ = map(int, re.findall(r"\d+", final[0]))
        self.assertEqual((acks, naks, failures), (600, 0, 0), final[0])
        self.assertGreater(retries, 0, final[0])
        print("\n%s" % final[0])

    def test_sift_nats_send_backs_off_until_the_stream_exists(self):
        self.configure(stats_interval=0)
        path = os.path.join(self.tmp, "a.jsonl")
        articles(path, 50)
        send = subprocess.Popen([SIFT, "nats", "send", "-c", self.config, path],
                                stderr=subprocess.PIPE, text=True)
        self.addCleanup(lambda: send.poll() is None and send.kill())
        first = send.stderr.readline()  # no stream yet: refused, sent again later
        self.assertIn("sift_in.articles: No responders available for request; again in", first)
        run(self, SIFT, "nats", "init", "-c", self.config)
        _, err = send.communicate(timeout=120)
        self.assertEqual(send.returncode, 0, first + err)
        self.assertIn("50 articles published, 0 not stored", err)
        d = Siftd(self, self.tmp, "d", self.config)
        seen, deadline = collections.Counter(), time.monotonic() + 60
        while len(seen) < 50 and time.monotonic() < deadline:
            seen = replay(self, self.node.url, self.config, idle=1)
        d.kill(signal.SIGTERM)
        self.assertEqual(set(seen), {"a%d" % i for i in range(50)})

    def test_one_direction_nats_the_other_zeromq(self):
        """input ZeroMQ, output JetStream (streams made by siftd --init-nats);
        then input JetStream, output ZeroMQ (each article acked once sent)."""
        zin = "ipc://%s/in" % self.tmp
        self.configure(input=zin, stats_interval=0)
        path = os.path.join(self.tmp, "a.jsonl")
        articles(path, 30)
        d = Siftd(self, self.tmp, "zin", self.config, extra=("--init-nats",))
        deadline = time.monotonic() + 30
        while "ready: input" not in d.stderr() and time.monotonic() < deadline:
            time.sleep(0.1)
        self.assertIn("input %s (bind), output %s (JetStream)" % (zin, self.node.url),
                      d.stderr())
        run(self, SIFT, "send", "-e", zin, path)
        seen, deadline = collections.Counter(), time.monotonic() + 60
        while len(seen) < 30 and time.monotonic() < deadline:
            seen = replay(self, self.node.url, self.config, idle=1)
        d.kill(signal.SIGTERM)
        self.assertEqual(set(seen), {"a%d" % i for i in range(30)})

        zout = "ipc://%s/out" % self.tmp
        port = free_port()
        self.configure(output=zout, stats_interval=0, metrics="127.0.0.1:%d" % port)
        ctx = zmq.Context.instance()
        sub = ctx.socket(zmq.SUB)
        self.addCleanup(sub.close, 0)
        sub.setsockopt(zmq.SUBSCRIBE, b"article")
        d = Siftd(self, self.tmp, "zout", self.config)
        sub.connect(zout)
        deadline = time.monotonic() + 30
        while "ready: input" not in d.stderr() and time.monotonic() < deadline:
            time.sleep(0.1)
        time.sleep(0.5)  # the subscription reaches siftd before the articles come
        run(self, SIFT, "nats", "send", "-c", self.config, path)
        ids = set()
        while len(ids) < 30 and sub.poll(10000):
            ids.add(unpack(sub.recv_multipart()[1])["id"])
        _, _, samples = scrape(port)  # the counters in /metrics too
        self.assertEqual(samples[("sift_nats_total", (("event", "ack"),))], 30)
        self.assertEqual(samples[("sift_nats_total", (("event", "publish_failure"),))], 0)
        d.kill(signal.SIGTERM)
        self.assertEqual(ids, {"a%d" % i for i in range(30)})
        final = [ln for ln in log_lines(d.stderr()) if "acks," in ln]
        self.assertTrue(final and final[0].startswith("[nats] 30 acks, 0 naks"), d.stderr())

    def test_tail_replays_from_a_time(self):
        self.configure(stats_interval=0)
        run(self, SIFT, "nats", "init", "-c", self.config)
        first, second = (os.path.join(self.tmp, n + ".jsonl") for n in "ab")
        articles(first, 20, "a")
        articles(second, 20, "b")
        run(self, SIFT, "nats", "send", "-c", self.config, first)
        d = Siftd(self, self.tmp, "d", self.config)

        def stored(want):
            seen, deadline = collections.Counter(), time.monotonic() + 60
            while len(seen) < want and time.monotonic() < deadline:
                seen = replay(self, self.node.url, self.config, idle=1)
            return seen

        self.assertEqual(len(stored(20)), 20)
        time.sleep(1.1)
        boundary = int(time.time())  # after every `a` result was stored, whole seconds
        time.sleep(1.1)
        run(self, SIFT, "nats", "send", "-c", self.config, second)
        self.assertEqual(len(stored(40)), 40)
        d.kill(signal.SIGTERM)
        iso = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(boundary))
        for since in (str(boundary), iso):
            p = run(self, SIFT, "tail", "--nats", self.node.url, "-c", self.config, "--since",
                    since, "--idle", "1", "article")
            ids = sorted(json.loads(line)["id"] for line in p.stdout.splitlines())
            self.assertEqual(ids, sorted("b%d" % i for i in range(20)), since)
        p = subprocess.run([SIFT, "tail", "--nats", self.node.url, "-c", self.config,
                            "--since", "yesterday"], capture_output=True, text=True, timeout=30)
        self.assertEqual(p.returncode, 2, p.stderr)
        self.assertIn("--since: 'yesterday' is neither Unix seconds nor", p.stderr)

    def test_secrets_and_bad_settings_are_reported_without_the_secret(self):
        self.configure(input="nats://sift:hunter2@127.0.0.1:%d" % free_port(),
                       nats_nkey_seed=os.path.join(self.tmp, "absent.nk"))
        p = subprocess.run([SIFTD, "-c", self.config, "--plugins", "none"], capture_output=True,
                           text=True, timeout=30)
        self.assertEqual(p.returncode, 1)
        self.assertIn("nats_nkey and nats_nkey_seed go together", p.stderr)
        self.configure(input="nats://sift:hunter2@127.0.0.1:%d" % free_port())
        p = subprocess.run([SIFTD, "-c", self.config, "--plugins", "none"], capture_output=True,
                           text=True, timeout=30)
        self.assertEqual(p.returncode, 1)
        self.assertIn("cannot connect to nats://***@127.0.0.1", p.stderr)
        self.assertNotIn("hunter2", p.stderr)
        self.configure(nats_creds=os.path.join(self.tmp, "absent.creds"))
        p = subprocess.run([SIFTD, "-c", self.config, "--plugins", "none"], capture_output=True,
                           text=True, timeout=30)
        self.assertEqual(p.returncode, 1)
        self.assertIn("absent.creds", p.stderr)
        self.configure()  # no consumer yet: says how to make one
        p = subprocess.run([SIFTD, "-c", self.config, "--plugins", "none"], capture_output=True,
                           text=True, timeout=30)
        self.assertEqual(p.returncode, 1)
        self.assertIn("sift nats init", p.stderr)


if __name__ == "__main__":
    unittest.main()
