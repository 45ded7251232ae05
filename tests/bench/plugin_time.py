#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""plugin_time.py [--sift BIN] [--copies N] FILE... - how much each plugin
adds to the pipeline's per-article time.

Runs `sift process` with every extraction plugin over N copies of the given
articles and sums, from the `article` results, each plugin's `elapsed_us`
and the whole article's. A plugin's overhead is its time over the time of
everything else (tokenising, the other plugins, encoding): what the
pipeline would take without it."""
import argparse
import json
import os
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
ap = argparse.ArgumentParser()
ap.add_argument("--sift", default=os.path.join(here, "..", "..", "build", "sift"))
ap.add_argument("--plugins", default="entities,tariffs,quotes")
ap.add_argument("--copies", type=int, default=200)
ap.add_argument("files", nargs="+")
args = ap.parse_args()

texts = [open(f, encoding="utf-8").read() for f in args.files]
with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
    for c in range(args.copies):
        for i, t in enumerate(texts):
            f.write(json.dumps({"id": "%d-%d" % (c, i), "text": t}) + "\n")
out = subprocess.run([args.sift, "process", "--plugins", args.plugins, f.name],
                     capture_output=True, text=True, check=True).stdout
os.unlink(f.name)

total, per_plugin, n = 0, {}, 0
for line in out.splitlines():
    a = json.loads(line)
    n += 1
    total += a["elapsed_us"]
    for p in a["plugins"]:
        per_plugin[p["name"]] = per_plugin.get(p["name"], 0) + p["elapsed_us"]
print("%d articles, pipeline %.1f us/article" % (n, total / n))
for name, t in per_plugin.items():
    print("  %-10s %7.1f us/article  adds %5.1f%% to the rest of the pipeline"
          % (name, t / n, 100.0 * t / (total - t)))
sys.exit(0 if n == args.copies * len(texts) else 1)
