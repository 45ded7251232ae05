#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""The quotes plugin's estimate on text it has never seen: PolNeAR train
split by article (every fifth article, i % 5 == 4, held out; its errors
are never looked at), the ranker trained by train.py on the other four
fifths, and the held-out fifth scored by shared/eval/score.py through
`sift process`. Also scores the sieve alone (`ranker = none`).

  heldout.py --sift build/sift --plugin-dir build/plugins --shared ../shared
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def score(a, tmp, model, gold):
    conf = os.path.join(tmp, "heldout.conf")
    with open(conf, "w") as f:
        f.write("[siftd]\nplugins = entities, quotes\n[quotes]\nranker = %s\n" % model)
    pred = os.path.join(tmp, "pred.jsonl")
    with open(pred, "w") as out:
        subprocess.run([a.sift, "process", "--plugin-dir", a.plugin_dir, "--config", conf, gold],
                       stdout=out, check=True)
    r = subprocess.run([sys.executable, os.path.join(a.shared, "eval", "score.py"), "--gold", gold,
                        "--pred", pred, "--task", "quotes"], capture_output=True, text=True, check=True)
    return json.loads(r.stdout.strip().splitlines()[-1])["quotes"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sift", required=True)
    ap.add_argument("--plugin-dir", required=True)
    ap.add_argument("--shared", required=True)
    ap.add_argument("--seed", default="1", help="train.py's shuffle seed")
    ap.add_argument("--train", action="append", default=[], metavar="OPT",
                    help="an option for train.py, e.g. --train=--learner=perceptron")
    a = ap.parse_args()
    lines = open(os.path.join(a.shared, "data", "polnear", "train.gold.jsonl"), encoding="utf-8").read().splitlines()
    with tempfile.TemporaryDirectory() as tmp:
        train, held = os.path.join(tmp, "train.jsonl"), os.path.join(tmp, "held.jsonl")
        with open(train, "w") as t, open(held, "w") as h:
            for i, line in enumerate(lines):
                (h if i % 5 == 4 else t).write(line + "\n")
        model = os.path.join(tmp, "ranker.tsv")
        subprocess.run([sys.executable, os.path.join(HERE, "train.py"), "--sift", a.sift, "--plugin-dir",
                        a.plugin_dir, "--shared", a.shared, "--seed", a.seed, *a.train, "--out", model, train],
                       check=True)
        for name, m in (("sieve alone", "none"), ("ranker trained on the other 4/5", model)):
            q = score(a, tmp, m, held)
            print("held-out fifth of PolNeAR train (%d quotes), %s: detection P %.4f R %.4f F1 %.4f, "
                  "attribution %.4f" % (q["gold"], name, q["p"], q["r"], q["f1"], q["attribution_accuracy"]))


if __name__ == "__main__":
    main()
