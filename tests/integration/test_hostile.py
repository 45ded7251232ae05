"""test_hostile.py - siftd against hostile input and hostile networks
(issue 13): each TestCase is one finding, and each test failed on the code
before its fix. The real siftd and sift binaries over real ipc:// sockets.

Run one class:  SIFTD=... SIFT=... SIFT_TEST_PLUGIN_DIR=... \
                /usr/bin/python3 -m unittest -v test_hostile.PluginNames
"""

import os
import subprocess
import unittest

from harness import PLUGIN_DIR, SIFT, SIFTD, log_lines, make_tmp, write_config


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


if __name__ == "__main__":
    unittest.main()
