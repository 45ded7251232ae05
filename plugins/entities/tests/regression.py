#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Regression test of the entities plugin against the issue's quality bars.

    regression.py --sift BUILD/sift --plugin-dir BUILD/plugins --shared SHARED

Runs `sift process --plugins entities` on the seed articles and on the
CoNLL-2003 dev set, scores both with shared/eval/score.py and fails (exit 1)
when seeds micro F1 < 0.95 or CoNLL dev F1_PLO (--scheme conll) < 0.91.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

BARS = [
    # gold file, scheme, headline key, bar
    ("corpus/seeds.gold.jsonl", "native", "micro", 0.95),
    ("data/conll2003/testa.gold.jsonl", "conll", "F1_PLO", 0.91),
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sift", default=os.environ.get("SIFT"), required="SIFT" not in os.environ)
    ap.add_argument("--plugin-dir", default=os.environ.get("SIFT_PLUGIN_DIR"), required="SIFT_PLUGIN_DIR" not in os.environ)
    ap.add_argument("--shared", default=os.environ.get("SIFT_SHARED_DIR"), required="SIFT_SHARED_DIR" not in os.environ)
    a = ap.parse_args()
    failed = False
    for rel, scheme, key, bar in BARS:
        gold = os.path.join(a.shared, rel)
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
            pred = f.name
        try:
            with open(pred, "w") as out:
                subprocess.run([a.sift, "process", "--plugins", "entities", "--plugin-dir",
                                a.plugin_dir, gold], stdout=out, check=True)
            p = subprocess.run([sys.executable, os.path.join(a.shared, "eval", "score.py"),
                                "--gold", gold, "--pred", pred, "--task", "entities",
                                "--scheme", scheme], capture_output=True, text=True, check=True)
        finally:
            os.unlink(pred)
        ent = json.loads(p.stdout.strip().splitlines()[-1])["entities"]
        score = ent[key] if key == "F1_PLO" else ent[key]["f1"]
        ok = score >= bar
        failed |= not ok
        print("%-34s %-6s %-7s %.4f (bar %.2f) %s" % (rel, scheme, key, score, bar,
                                                     "ok" if ok else "BELOW THE BAR"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
