# SPDX-License-Identifier: MIT
"""siftd's /metrics page, scraped over HTTP and read with the Prometheus
text-format parser of python3-prometheus-client; the `stats` message's
new keys; worker process titles."""
import os
import signal
import socket
import subprocess
import time
import unittest
import urllib.error
import urllib.request

from prometheus_client.parser import text_string_to_metric_families

from harness import SIFTD, Siftd, free_port, make_tmp, write_config


def scrape(port):
    with urllib.request.urlopen("http://127.0.0.1:%d/metrics" % port, timeout=10) as r:
        ctype = r.headers["Content-Type"]
        text = r.read().decode("utf-8")
    samples = {}
    types = {}
    for family in text_string_to_metric_families(text):
        types[family.name] = family.type
        for s in family.samples:
            samples[(s.name, tuple(sorted(s.labels.items())))] = s.value
    return ctype, types, samples


class Metrics(unittest.TestCase):
    def test_scrape_and_parse(self):
        port = free_port()
        d = Siftd(self, plugins="echo, fail, crash",
                  settings={"metrics": "127.0.0.1:%d" % port, "stats_interval": 1})
        _, _, before = scrape(port)
        ids = ["m-%d" % i for i in range(6)] + ["m-fail", "m-crash"]
        for i in ids:
            d.send({"id": i, "text": {"m-fail": "FAIL here.", "m-crash": "CRASH here."}
                    .get(i, "Delta %s." % i)})
        d.send({"text": "no id"})
        d.collect(ids)
        d.wait_log("crashed")
        ctype, types, after = scrape(port)

        def delta(name, **labels):
            key = (name, tuple(sorted(labels.items())))
            self.assertIn(key, after, "no sample %s%s" % (name, labels))
            return after[key] - before.get(key, 0)

        self.assertTrue(ctype.startswith("text/plain; version=0.0.4"), ctype)
        self.assertEqual(types["sift_article_duration_seconds"], "histogram")
        self.assertEqual(types["sift_plugin_duration_seconds"], "histogram")
        self.assertEqual(types["sift_articles_received"], "counter")
        self.assertEqual(types["sift_articles_in_flight"], "gauge")
        self.assertEqual(delta("sift_articles_received_total"), 9)
        self.assertEqual(delta("sift_articles_published_total"), 8)
        self.assertEqual(delta("sift_articles_rejected_total", code="missing_id"), 1)
        self.assertEqual(delta("sift_articles_rejected_total", code="too_large"), 0)
        self.assertEqual(delta("sift_article_duration_seconds_count"), 8)
        self.assertEqual(after[("sift_article_duration_seconds_bucket", (("le", "+Inf"),))],
                         after[("sift_article_duration_seconds_count", ())])
        self.assertGreater(delta("sift_article_duration_seconds_sum"), 0)
        for p in ("echo", "fail", "crash"):
            self.assertEqual(delta("sift_plugin_duration_seconds_count", plugin=p), 8)
        self.assertEqual(delta("sift_plugin_failures_total", plugin="fail"), 1)
        self.assertEqual(delta("sift_plugin_failures_total", plugin="echo"), 0)
        self.assertEqual(delta("sift_plugin_crashes_total", plugin="crash"), 1)
        self.assertEqual(delta("sift_plugin_crashes_total", plugin="echo"), 0)
        self.assertEqual(delta("sift_worker_restarts_total"), 1)
        self.assertEqual(after[("sift_articles_in_flight", ())], 0)
        self.assertEqual(after[("sift_queue_depth", (("queue", "pending"),))], 0)
        self.assertEqual(after[("sift_workers", ())], 2)
        info = [k for k in after if k[0] == "sift_info"]
        self.assertEqual(len(info), 1)
        labels = dict(info[0][1])
        self.assertEqual(labels["host"], socket.gethostname())
        self.assertRegex(labels["instance"], r"^[0-9a-f]{32}$")

        # the stats message carries the same counters, instance and host
        deadline = time.monotonic() + 5
        stats = None
        while time.monotonic() < deadline and stats is None:
            m = d.recv(0.2)
            if m and m[0] == b"stats" and m[1]["worker_restarts"] == 1:
                stats = m[1]
        self.assertIsNotNone(stats, "no stats message within 5 s")
        self.assertEqual(stats["instance"], labels["instance"])
        self.assertEqual(stats["host"], labels["host"])
        self.assertEqual(stats["received"], after[("sift_articles_received_total", ())])
        crash = [p for p in stats["plugins"] if p["name"] == "crash"][0]
        self.assertEqual(crash["crashes"], 1)

        # workers are titled, the main process is not
        children = subprocess.run(["pgrep", "-P", str(d.proc.pid)], capture_output=True,
                                  text=True).stdout.split()
        self.assertEqual(len(children), 2)
        for pid in children:
            with open("/proc/%s/cmdline" % pid, "rb") as fh:
                self.assertRegex(fh.read().decode(), r"^siftd: worker \d+\0")

        # a reload is counted; another path is a 404
        d.signal(signal.SIGHUP)
        d.wait_log("reload complete")
        self.assertEqual(scrape(port)[2][("sift_reloads_total", (("result", "ok"),))], 1)
        with self.assertRaises(urllib.error.HTTPError) as cm:
            urllib.request.urlopen("http://127.0.0.1:%d/" % port, timeout=10)
        self.assertEqual(cm.exception.code, 404)
        self.assertEqual(d.stop(), 0)

    def test_status_lines_for_systemd(self):
        tmp = make_tmp()
        self.addCleanup(lambda: subprocess.run(["rm", "-rf", tmp]))
        notify = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.addCleanup(notify.close)
        notify.bind(os.path.join(tmp, "notify"))
        notify.settimeout(10)
        conf = os.path.join(tmp, "siftd.conf")
        write_config(conf, {"input": "ipc://%s/in" % tmp, "output": "ipc://%s/out" % tmp,
                            "plugins": "none", "stats_interval": 0})
        env = dict(os.environ, NOTIFY_SOCKET=os.path.join(tmp, "notify"))
        p = subprocess.Popen([SIFTD, "--config", conf], env=env, stdin=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
        self.addCleanup(lambda: p.poll() is None and p.kill())
        seen = []
        deadline = time.monotonic() + 15  # the first STATUS= comes after 5 s
        while time.monotonic() < deadline and not any(m.startswith("STATUS=") for m in seen):
            try:
                seen += notify.recv(4096).decode().splitlines()
            except socket.timeout:
                break
        self.assertIn("READY=1", seen)
        status = [m for m in seen if m.startswith("STATUS=")]
        self.assertTrue(status, "no STATUS= line: %r" % seen)
        self.assertRegex(status[0], r"^STATUS=\d+\.\d articles/s; 0 published, 0 rejected "
                                    r"since start; 0 in flight; 0 workers$")
        p.send_signal(signal.SIGTERM)
        self.assertEqual(p.wait(15), 0)

    def test_off_by_default_and_bad_address(self):
        d = Siftd(self, plugins="echo")
        self.assertNotIn("metrics", d.stderr())
        self.assertEqual(d.stop(), 0)
        tmp = make_tmp()
        conf = os.path.join(tmp, "bad.conf")
        write_config(conf, {"plugins": "none", "metrics": "localhost:9108"})
        r = subprocess.run([SIFTD, "--check", "--config", conf], capture_output=True,
                           text=True, timeout=20)
        self.assertEqual(r.returncode, 1)
        self.assertIn("bad.conf:3: metrics: bad address 'localhost:9108'", r.stderr)


if __name__ == "__main__":
    unittest.main()
