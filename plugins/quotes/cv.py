#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""The quotes plugin's end-to-end cross-validation, the figure to develop
on: the four fifths of PolNeAR train that heldout.py does not hold out
(i % 5 != 4) split in five folds by article (j % 5), the ranker trained
by train.py on four folds and the fifth scored by shared/eval/score.py
through `sift process`. The predictions of all folds (--pred) are the
ones to read errors in: each was made by a model that never saw it.

  cv.py --sift build/sift --plugin-dir build/plugins --shared ../shared [--pred OUT.jsonl]
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sift", required=True)
    ap.add_argument("--plugin-dir", required=True)
    ap.add_argument("--shared", required=True)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--pred", help="write the cross-validated predictions here")
    ap.add_argument("--seed", default="1", help="train.py's shuffle seed")
    ap.add_argument("--train", action="append", default=[], metavar="OPT",
                    help="an option for train.py, e.g. --train=--learner=perceptron")
    a = ap.parse_args()
    lines = open(os.path.join(a.shared, "data", "polnear", "train.gold.jsonl"), encoding="utf-8").read().splitlines()
    dev = [line for i, line in enumerate(lines) if i % 5 != 4]
    with tempfile.TemporaryDirectory() as tmp:
        gold = os.path.join(tmp, "gold.jsonl")
        with open(gold, "w") as g:
            g.write("".join(line + "\n" for line in dev))
        pred = a.pred or os.path.join(tmp, "pred.jsonl")
        out = {}
        for k in range(a.folds):
            train, held = os.path.join(tmp, "train.jsonl"), os.path.join(tmp, "held.jsonl")
            with open(train, "w") as t, open(held, "w") as h:
                for j, line in enumerate(dev):
                    (h if j % a.folds == k else t).write(line + "\n")
            model = os.path.join(tmp, "ranker.tsv")
            subprocess.run([sys.executable, os.path.join(HERE, "train.py"), "--sift", a.sift, "--plugin-dir",
                            a.plugin_dir, "--shared", a.shared, "--seed", a.seed, *a.train, "--out", model, train],
                           check=True, stderr=subprocess.DEVNULL)
            conf = os.path.join(tmp, "cv.conf")
            with open(conf, "w") as f:
                f.write("[siftd]\nplugins = entities, quotes\n[quotes]\nranker = %s\n" % model)
            r = subprocess.run([a.sift, "process", "--plugin-dir", a.plugin_dir, "--config", conf, held],
                               stdout=subprocess.PIPE, check=True, text=True)
            for line in r.stdout.splitlines():
                if line.strip():
                    out[json.loads(line)["id"]] = line
        with open(pred, "w") as p:
            for line in dev:
                p.write(out[json.loads(line)["id"]] + "\n")
        r = subprocess.run([sys.executable, os.path.join(a.shared, "eval", "score.py"), "--gold", gold,
                            "--pred", pred, "--task", "quotes"], capture_output=True, text=True, check=True)
        q = json.loads(r.stdout.strip().splitlines()[-1])["quotes"]
        print("%d-fold end-to-end cross-validation on four fifths of PolNeAR train (%d quotes): detection "
              "P %.4f R %.4f F1 %.4f, attribution %.4f" % (a.folds, q["gold"], q["p"], q["r"], q["f1"],
                                                            q["attribution_accuracy"]))


if __name__ == "__main__":
    main()
