#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""The tariff plugin's figures, as the README and the closing notes give
them, from the gold sets (build_gold.py) and the shared development sets:

  report.py [--sift build/sift] [--outputs keep] [--folds 4]

1. the shipped model (data/model.tsv) and the rules alone (model = none)
   on the held-out test split of each pool, on the split as it was before
   batches 8-9 (batches 1-3), and on the development sets;
2. cross-source: a model trained on one pool's train split (with the
   development set of its era: tariffs.dev for Reuters 1987, the seeds for
   2018-19) and a timeline of measures (data/build_timeline.py) mined from
   that pool's unlabelled articles, scored on the other pool (test and
   train split together), both ways. Nothing in 2 was tuned on or mined
   from the pool it is scored on;
3. with --folds K, K-fold cross-validation on the train split (articles
   shuffled with a fixed seed): each fold scored by a model trained on the
   others and the development sets and a timeline mined from both pools
   without the fold (nor the test split), the folds' predictions scored
   together.

All scores come from ../../../shared/eval/score.py --task tariffs."""
import argparse
import json
import os
import random
import shlex
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "../../../../shared"))
TRAIN = os.path.join(HERE, "..", "train.py")
BUILD_TIMELINE = os.path.join(HERE, "..", "data", "build_timeline.py")
POOLS = {"reuters": os.path.join(SHARED, "corpus/unlabelled/reuters-trade.jsonl"),
         "pd": os.path.join(SHARED, "corpus/unlabelled/peoplesdaily-2018.jsonl")}


def gold(name):
    return os.path.join(HERE, "gold", name + ".jsonl")


def score(sift, conf, path):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as out:
        subprocess.run([sift, "process", "--config", conf, path], check=True, stdout=out)
    res = subprocess.run([sys.executable, os.path.join(SHARED, "eval/score.py"), "--gold", path, "--pred",
                          out.name, "--task", "tariffs"], check=True, capture_output=True, text=True)
    os.unlink(out.name)
    return json.loads(res.stdout.strip().splitlines()[-1])["tariffs"]


def row(name, t):
    return "| %s | %d | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |" % (
        name, t["gold"], t["pred"], t["p"], t["r"], t["f1"], t["action"], t["modality"], t["actor.code"],
        t["target.code"], t["exact"])


def first_split(out):
    """Writes to out the test split as it was before batches 8-9 (batches
    1-3), so that figures stay comparable with earlier ones; returns out.
    (The regression test scores it too.)"""
    with open(os.path.join(HERE, "sample.tsv")) as f:
        batch = {r.split("\t")[0]: r.split("\t")[3] for r in f.read().splitlines()[1:]}
    with open(out, "w") as f, open(gold("test"), encoding="utf-8") as test:
        f.writelines(line for line in test if batch[json.loads(line)["id"]] in ("1", "2", "3"))
    return out


def conf_for(tmp, model, timeline=None):
    """A configuration with this model; with the shipped timeline unless
    timeline names another."""
    path = os.path.join(tmp, os.path.basename(model) + (os.path.basename(timeline) if timeline else "") + ".conf")
    with open(path, "w") as f:
        f.write("[siftd]\nplugins = entities, tariffs\n[tariffs]\nmodel = %s\n" % model)
        if timeline:
            f.write("timeline = %s\n" % timeline)
    return path


def timeline_from(sift, tmp, name, pools, exclude):
    """A timeline mined from the pools' articles, those in the files of
    exclude left out; returns its path."""
    out = os.path.join(tmp, "timeline-%s.tsv" % name)
    with open(out, "w") as f:
        subprocess.run([sys.executable, BUILD_TIMELINE, "--sift", sift] +
                       [a for x in exclude for a in ("--exclude", x)] + pools, check=True, stdout=f)
    return out


def concat(tmp, name, paths):
    out = os.path.join(tmp, name + ".jsonl")
    with open(out, "w") as f:
        for p in paths:
            f.write(open(p, encoding="utf-8").read())
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sift", default="sift")
    ap.add_argument("--outputs", default="keep", help="the decisions the cross-source models learn")
    ap.add_argument("--folds", type=int, default=0, help="K-fold cross-validation on the train split")
    ap.add_argument("--train-args", default="", help="more train.py options, e.g. '--prior 4'")
    args = ap.parse_args()
    head = ("| set | gold | pred | P | R | F1 | action | modality | actor | target | exact |\n"
            "|---|---|---|---|---|---|---|---|---|---|---|")
    dev = {"seeds": os.path.join(SHARED, "corpus/seeds.gold.jsonl"),
           "tariffs.dev": os.path.join(SHARED, "corpus/tariffs.dev.jsonl")}
    with tempfile.TemporaryDirectory() as tmp:
        shipped = conf_for(tmp, os.path.join(HERE, "..", "data", "model.tsv"))
        rules = conf_for(tmp, "none")
        print("Held-out test split and development sets\n\n" + head)
        for label, conf in (("shipped model", shipped), ("rules alone", rules)):
            for name, path in (("test-reuters", gold("test-reuters")), ("test-pd", gold("test-pd")),
                               ("test (both)", gold("test")), ("test, batches 1-3", first_split(os.path.join(tmp, "test-first.jsonl"))),
                               ("tariffs.dev", dev["tariffs.dev"]),
                               ("seeds", dev["seeds"])):
                print(row("%s, %s" % (name, label), score(args.sift, conf, path)))
        print("\nCross-source (trained on one pool, scored on the other)\n\n" + head)
        all_pd = concat(tmp, "all-pd", [gold("test-pd"), gold("train-pd")])
        all_reuters = concat(tmp, "all-reuters", [gold("test-reuters"), gold("train-reuters")])
        for label, train, pool, scored in (
                ("Reuters 1987 -> People's Daily 2018", [gold("train-reuters"), dev["tariffs.dev"]], "reuters", all_pd),
                ("People's Daily 2018 -> Reuters 1987", [gold("train-pd"), dev["seeds"]], "pd", all_reuters)):
            model = os.path.join(tmp, "model-%d.tsv" % len(label))
            subprocess.run([sys.executable, TRAIN, "--sift", args.sift, "--outputs", args.outputs,
                            "--out", model] + shlex.split(args.train_args) + train, check=True,
                           capture_output=True)
            timeline = timeline_from(args.sift, tmp, pool, [POOLS[pool]], [gold("test")])
            print(row(label + ", learned " + args.outputs, score(args.sift, conf_for(tmp, model, timeline), scored)))
            print(row(label + ", rules alone", score(args.sift, conf_for(tmp, "none", timeline), scored)))
        if args.folds > 1:
            print("\n%d-fold cross-validation on the train split\n\n%s" % (args.folds, head))
            cross_validate(args, tmp, list(dev.values()))


def cross_validate(args, tmp, dev):
    arts = open(gold("train"), encoding="utf-8").readlines()
    random.Random(7).shuffle(arts)
    k = args.folds
    pred = {"learned": [], "rules": []}
    for f in range(k):
        held = [a for i, a in enumerate(arts) if i % k == f]
        rest = os.path.join(tmp, "fold-train.jsonl")
        with open(rest, "w", encoding="utf-8") as out:
            out.writelines(a for i, a in enumerate(arts) if i % k != f)
        fold = os.path.join(tmp, "fold-%d.jsonl" % f)
        with open(fold, "w", encoding="utf-8") as out:
            out.writelines(held)
        model = os.path.join(tmp, "fold-model-%d.tsv" % f)
        subprocess.run([sys.executable, TRAIN, "--sift", args.sift, "--outputs", args.outputs,
                        "--out", model] + shlex.split(args.train_args) + [rest] + dev, check=True,
                       capture_output=True)
        timeline = timeline_from(args.sift, tmp, "fold-%d" % f, list(POOLS.values()), [gold("test"), fold])
        for label, conf in (("learned", conf_for(tmp, model, timeline)), ("rules", conf_for(tmp, "none", timeline))):
            pred[label].append(subprocess.run([args.sift, "process", "--config", conf, fold],
                                              check=True, capture_output=True, text=True).stdout)
    for label, name in (("learned", "learned " + args.outputs), ("rules", "rules alone")):
        path = os.path.join(tmp, "cv-%s.jsonl" % label)
        with open(path, "w", encoding="utf-8") as out:
            out.write("".join(pred[label]))
        res = subprocess.run([sys.executable, os.path.join(SHARED, "eval/score.py"), "--gold",
                              gold("train"), "--pred", path, "--task", "tariffs"],
                             check=True, capture_output=True, text=True)
        print(row("train split, %s" % name, json.loads(res.stdout.strip().splitlines()[-1])["tariffs"]))


if __name__ == "__main__":
    main()
