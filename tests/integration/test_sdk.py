# SPDX-License-Identifier: MIT
"""test_sdk.py - the plugin SDK as a third-party author meets it.

Installs this build into a temporary prefix (`cmake --install`, DESTDIR),
builds plugins/wordcount out of tree against the installed SDK only (the
CMake package, then pkg-config), runs its own test in the fake host, loads
it beside the installed built-in plugins in the installed siftd (found
through plugin_path, then by absolute path), and checks its custom events
on the wire with zmq + msgpack, in `article`, and through `sift tail`.
"""
import json
import os
import shutil
import subprocess
import tempfile
import time
import unittest

import harness
from harness import Siftd

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.normpath(os.path.join(HERE, "..", ".."))
BUILD = os.environ["SIFT_BUILD_DIR"]
SANITIZE = os.environ.get("SIFT_SANITIZE", "OFF").upper() in ("ON", "1", "TRUE")
TEXT = ("Tariffs on steel rose on Monday, the Commerce Department said. "
        "China answered with duties on soybeans.")


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=280, **kw)
    if r.returncode != 0:
        raise AssertionError("%s failed (%d):\n%s\n%s" % (" ".join(cmd), r.returncode,
                                                          r.stdout[-3000:], r.stderr[-3000:]))
    return r


class Sdk(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="sift-sdk.")
        cls.prefix = os.path.join(cls.tmp, "sdk")
        # DESTDIR keeps every file, absolute destinations too, inside tmp
        run(["cmake", "--install", BUILD, "--prefix", "/sdk"],
            env=dict(os.environ, DESTDIR=cls.tmp))
        cls.wc_build = os.path.join(cls.tmp, "wordcount-build")
        flags = ["-DCMAKE_C_FLAGS=-fsanitize=address,undefined",
                 "-DCMAKE_EXE_LINKER_FLAGS=-fsanitize=address,undefined"] if SANITIZE else []
        # nothing but the installed prefix: no path into this source or build tree
        run(["cmake", "-S", os.path.join(SOURCE, "plugins", "wordcount"), "-B", cls.wc_build,
             "-DCMAKE_PREFIX_PATH=" + cls.prefix, "-DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF"]
            + flags)
        run(["cmake", "--build", cls.wc_build])

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, True)

    def siftd(self, plugins, **settings):
        harness.SIFTD = os.path.join(self.prefix, "bin", "siftd")  # the installed one
        base = {"plugin_dir": os.path.join(self.prefix, "lib", "sift", "plugins"),
                "workers": 1}
        base.update(settings)
        return Siftd(self, plugins=plugins, settings=base)

    def test_installed_files(self):
        for f in ("include/sift/plugin.h", "include/sift/testhost.h", "lib/libsift-testhost.a",
                  "lib/cmake/Sift/SiftConfig.cmake", "lib/cmake/Sift/SiftPlugin.cmake",
                  "lib/pkgconfig/sift-plugin.pc", "lib/pkgconfig/sift-testhost.pc",
                  "share/doc/sift/PROTOCOL.md", "share/doc/sift/PLUGIN-GUIDE.md"):
            self.assertTrue(os.path.isfile(os.path.join(self.prefix, f)), f)
        # the README's example is built and tested, not installed for production
        plugins = os.path.join(self.prefix, "lib", "sift", "plugins")
        self.assertTrue(os.path.isfile(os.path.join(plugins, "entities.so")))
        self.assertFalse(os.path.exists(os.path.join(plugins, "example.so")))
        self.assertFalse(os.path.exists(os.path.join(plugins, "example")))

    def test_plugin_own_tests_in_the_fake_host(self):
        r = run(["ctest", "--test-dir", self.wc_build, "--output-on-failure"])
        self.assertIn("100% tests passed", r.stdout)

    def test_pkg_config_builds_it_too(self):
        env = dict(os.environ, PKG_CONFIG_PATH=os.path.join(self.prefix, "lib", "pkgconfig"))
        cflags = run(["pkg-config", "--cflags", "sift-plugin"], env=env).stdout.split()
        out = os.path.join(self.tmp, "pc", "wordcount.so")
        os.makedirs(os.path.dirname(out), exist_ok=True)
        run(["cc", "-std=c17", "-shared", "-fPIC", "-fvisibility=hidden", "-o", out,
             os.path.join(SOURCE, "plugins", "wordcount", "wordcount.c")] + cflags)
        # loaded by absolute path from the config file, beside the built-ins
        d = self.siftd("entities, " + out)
        d.send({"id": "pc-1", "text": TEXT})
        a = d.collect(["pc-1"])[-1][1]
        self.assertEqual([(p["name"], p["ok"]) for p in a["plugins"]],
                         [("entities", True), ("wordcount", True)])
        self.assertEqual(a["events"]["wordcount"]["article"][0]["words"], 16)
        self.assertEqual(d.stop(), 0)

    def test_events_on_the_wire_beside_the_built_ins(self):
        d = self.siftd("entities, tariffs, quotes, wordcount",
                       plugin_path=os.path.join(self.wc_build, "plugins"))
        d.send({"id": "sdk-1", "text": TEXT})
        msgs = d.collect(["sdk-1"])
        topics = [t for t, _, _ in msgs]
        self.assertIn(b"wordcount.article", topics)
        self.assertEqual([t for t in topics if t.startswith(b"wordcount.hit.")],
                         [b"wordcount.hit.tariffs", b"wordcount.hit.duties"])
        wc = dict((t, m) for t, m, _ in msgs if t.startswith(b"wordcount."))
        self.assertEqual(wc[b"wordcount.article"],
                         {"schema": 1, "article_id": "sdk-1", "plugin": "wordcount",
                          "kind": "article", "words": 16, "sentences": 2,
                          "longest": "Department", "longest_at": [46, 56]})
        self.assertEqual(wc[b"wordcount.hit.tariffs"]["spans"], [[0, 7]])
        self.assertEqual(wc[b"wordcount.hit.duties"]["key"], "duties")
        a = msgs[-1][1]
        self.assertTrue(all(p["ok"] for p in a["plugins"]), a["plugins"])
        strip = lambda m: {k: v for k, v in m.items() if k not in ("schema", "article_id")}
        self.assertEqual(a["events"], {"wordcount": {
            "article": [strip(wc[b"wordcount.article"])],
            "hit": [strip(wc[b"wordcount.hit.tariffs"]), strip(wc[b"wordcount.hit.duties"])]}})
        # the built-ins ran beside it, and say so
        self.assertTrue(a["entities"])
        self.assertEqual({e["plugin"] for e in a["entities"]}, {"entities"})
        self.assertEqual(d.stop(), 0)

    def test_command_line_plugin_path(self):
        bindir = os.path.join(self.prefix, "bin")
        plugins = os.path.join(self.wc_build, "plugins")
        inp = os.path.join(self.tmp, "one.jsonl")
        with open(inp, "w") as f:
            f.write(json.dumps({"id": "cli-1", "text": TEXT}) + "\n")
        r = run([os.path.join(bindir, "sift"), "process", "--plugins", "entities,wordcount",
                 "--plugin-dir", os.path.join(self.prefix, "lib", "sift", "plugins"),
                 "--plugin-path", "/nonexistent:" + plugins, inp])
        a = json.loads(r.stdout)
        self.assertEqual(a["events"]["wordcount"]["article"][0]["words"], 16)
        r = run([os.path.join(bindir, "siftd"), "--plugin-path", plugins,
                 "--describe-plugin", "wordcount"])
        self.assertIn("event wordcount.hit:", r.stdout)
        self.assertIn("term:string count:integer spans:spans", r.stdout)
        # not found: the error names every directory searched
        r = subprocess.run([os.path.join(bindir, "siftd"), "--plugin-path", "/nonexistent/a",
                            "--plugin-dir", "/nonexistent/b", "--describe-plugin", "wordcount"],
                           capture_output=True, text=True, timeout=30)
        self.assertNotEqual(r.returncode, 0)
        self.assertIn("no wordcount.so in /nonexistent/a, /nonexistent/b", r.stderr)

    def test_sift_tail_shows_the_plugin_events(self):
        d = self.siftd("entities, wordcount", plugin_path=os.path.join(self.wc_build, "plugins"))
        sift = os.path.join(self.prefix, "bin", "sift")
        tail = subprocess.Popen([sift, "tail", "--endpoint", d.ep_out, "--count", "3",
                                 "--with-topic", "wordcount."],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.addCleanup(lambda: tail.poll() is None and tail.kill())
        time.sleep(1.0)  # let tail's subscription reach siftd
        d.send({"id": "tail-1", "text": TEXT})
        try:
            out, err = tail.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            tail.kill()
            self.fail("sift tail --count 3 wordcount. did not finish")
        self.assertEqual(tail.returncode, 0, err)
        lines = out.decode().splitlines()
        self.assertEqual(len(lines), 3, lines)
        got = [json.loads(ln) for ln in lines]
        self.assertEqual([g["topic"] for g in got],
                         ["wordcount.article", "wordcount.hit.tariffs", "wordcount.hit.duties"])
        self.assertEqual([g["message"]["kind"] for g in got], ["article", "hit", "hit"])
        self.assertEqual({g["message"]["article_id"] for g in got}, {"tail-1"})
        self.assertEqual(d.stop(), 0)


if __name__ == "__main__":
    unittest.main()
