#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Trains the tariff plugin's learned decisions (decide.c) from annotated
articles and writes the weights file the plugin loads (data/model.tsv).

  train.py --sift build/sift --out data/model.tsv GOLD.jsonl...

1. runs `sift process` with the rules alone (`model = none`) and the
   plugin's `features` key set, which writes every candidate event with the
   rules' reading and its features;
2. matches candidates to gold events as ../../shared/eval/score.py does
   (byte spans overlapping, one to one, largest overlap first);
3. trains averaged perceptrons: keep (a candidate with no action word on
   it that overlaps a gold event is a tariff event; one with an action word
   is an event by rule), modality (five classes), tnull (the gold event has no
   target although the article pass filled one in) and swap (the rules found the gold
   actor as target and the gold target as actor);
4. writes one line per feature with its eight weights (model.h).

GOLD files are JSONL in the PROTOCOL schema with a `tariffs` field:
annotations/gold.jsonl (the train split), the shared development sets."""
import argparse
import json
import os
import random
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
MODALITIES = ["actual", "threatened", "proposed", "demanded", "considered"]
OUTPUTS = MODALITIES + ["keep", "tnull", "swap"]


def candidates(sift, gold_paths, plugins):
    """Candidate events of the rules alone, by article id."""
    with tempfile.TemporaryDirectory() as tmp:
        feats = os.path.join(tmp, "features.jsonl")
        conf = os.path.join(tmp, "train.conf")
        with open(conf, "w") as f:
            f.write("[siftd]\nplugins = %s\n[tariffs]\nmodel = none\nfeatures = %s\n" % (plugins, feats))
        inp = os.path.join(tmp, "in.jsonl")
        with open(inp, "w") as f:
            for path in gold_paths:
                for line in open(path, encoding="utf-8"):
                    a = json.loads(line)
                    f.write(json.dumps({k: a[k] for k in ("id", "title", "published", "text") if k in a}) + "\n")
        subprocess.run([sift, "process", "--config", conf, inp], check=True, stdout=subprocess.DEVNULL)
        out = {}
        if os.path.exists(feats):
            for line in open(feats, encoding="utf-8", errors="replace"):
                c = json.loads(line)
                out.setdefault(c["id"], []).append(c)
        return out


def overlap(a, b):
    return min(a[1], b[1]) - max(a[0], b[0])


def match(gold, cands):
    """score.py's one-to-one greedy match: {candidate index: gold index}."""
    pairs = []
    for gi, g in enumerate(gold):
        for ci, c in enumerate(cands):
            ov = overlap((g["start"], g["end"]), (c["start"], c["end"]))
            if ov > 0:
                pairs.append((-ov, abs(g["start"] - c["start"]) + abs(g["end"] - c["end"]), gi, ci))
    pairs.sort()
    used_g, out = set(), {}
    for _, _, gi, ci in pairs:
        if gi in used_g or ci in out:
            continue
        used_g.add(gi)
        out[ci] = gi
    return out


def code(p):
    return (p or {}).get("code") or ""


def examples(gold_paths, cands):
    """(features, {output: label}) per candidate; labels: a class index for
    modality, +1/-1 for the binary outputs, absent when not applicable."""
    out = []
    for path in gold_paths:
        for line in open(path, encoding="utf-8"):
            a = json.loads(line)
            gold = a.get("tariffs", [])
            cs = cands.get(a["id"], [])
            m = match(gold, cs)
            for ci, c in enumerate(cs):
                labels = {}
                over = [g for g in gold if overlap((g["start"], g["end"]), (c["start"], c["end"])) > 0]
                if "cue=action_word" not in c["features"] and "cue=gapped" not in c["features"]:
                    labels["keep"] = 1 if over else -1  # decide.c learns only these
                g = gold[m[ci]] if ci in m else (over[0] if over else None)
                if g is not None:
                    labels["modality"] = MODALITIES.index(g["modality"])
                    filled = {"tsrc=dominant", "tsrc=pair", "tsrc=demander"} & set(c["features"])
                    if c["target"] and filled:  # decide.c decides only these
                        labels["tnull"] = 1 if not code(g["target"]) else -1
                    if c["actor"] and c["target"] and code(g["actor"]) and code(g["target"]):
                        if (c["actor"], c["target"]) == (code(g["target"]), code(g["actor"])):
                            labels["swap"] = 1
                        elif c["actor"] == code(g["actor"]):
                            labels["swap"] = -1
                out.append((c["features"], labels))
    return out


class Averaged:
    """An averaged perceptron's weights: w and the sums for averaging."""

    def __init__(self):
        self.w, self.total, self.stamp, self.t = {}, {}, {}, 0

    def score(self, feats, k):
        return sum(self.w.get((f, k), 0.0) for f in feats)

    def update(self, feats, k, delta):
        for f in feats:
            key = (f, k)
            self.total[key] = self.total.get(key, 0.0) + (self.t - self.stamp.get(key, 0)) * self.w.get(key, 0.0)
            self.stamp[key] = self.t
            self.w[key] = self.w.get(key, 0.0) + delta

    def averaged(self):
        out = {}
        for key, w in self.w.items():
            total = self.total.get(key, 0.0) + (self.t - self.stamp.get(key, 0)) * w
            if total:
                out[key] = total / max(self.t, 1)
        return out


def prune(exs, min_count):
    """Drops features seen in fewer than min_count candidates: with a few
    hundred events, a feature seen once only memorises its article."""
    counts = {}
    for feats, _ in exs:
        for f in set(feats):
            counts[f] = counts.get(f, 0) + 1
    return [([f for f in feats if counts[f] >= min_count], labels) for feats, labels in exs]


def train(exs, epochs, seed, prior, outputs):
    model = Averaged()
    # the rules' modality is where the model starts: it learns corrections
    if "modality" in outputs:
        for k, m in enumerate(MODALITIES):
            model.w[("rule=" + m, k)] = prior
    rng = random.Random(seed)
    order = list(range(len(exs)))
    for _ in range(epochs):
        rng.shuffle(order)
        for i in order:
            feats, labels = exs[i]
            model.t += 1
            if "modality" in labels and "modality" in outputs:
                scores = [model.score(feats, k) for k in range(5)]
                pred = max(range(5), key=lambda k: scores[k])
                gold = labels["modality"]
                if pred != gold:
                    model.update(feats, gold, 1.0)
                    model.update(feats, pred, -1.0)
            for name in ("keep", "tnull", "swap"):
                if name not in labels or name not in outputs:
                    continue
                k = OUTPUTS.index(name)
                y = labels[name]
                # the keep decision starts from "keep" (the rules' reading)
                s = model.score(feats, k) + (0.5 if name == "keep" else -0.5)
                if y * s <= 0:
                    model.update(feats, k, float(y))
    return model.averaged()


def train_runs(exs, args):
    """The mean of the weights of args.runs runs, one shuffle seed each: the
    mean scores what the runs score on average, with less of any one order's luck."""
    total = {}
    for r in range(args.runs):
        for key, w in train(exs, args.epochs, args.seed + r, args.prior, args.outputs.split(",")).items():
            total[key] = total.get(key, 0.0) + w / args.runs
    return total


def write(weights, path):
    by_feature = {}
    for (f, k), w in weights.items():
        by_feature.setdefault(f, [0.0] * len(OUTPUTS))[k] = w
    with open(path, "w", encoding="utf-8") as out:
        out.write("feature\t" + "\t".join(OUTPUTS) + "\n")
        for f in sorted(by_feature):
            ws = by_feature[f]
            if any(abs(w) >= 1e-4 for w in ws):
                out.write(f + "\t" + "\t".join("%.4g" % w for w in ws) + "\n")
    return len(by_feature)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sift", default="sift", help="the sift binary")
    ap.add_argument("--plugins", default="entities, tariffs")
    ap.add_argument("--out", default=os.path.join(HERE, "data/model.tsv"))
    ap.add_argument("--epochs", type=int, default=12)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--runs", type=int, default=8,
                    help="average the weights of this many runs (seeds SEED, SEED+1, ...): with a few "
                         "hundred events one shuffle order moves held-out exact by five points")
    ap.add_argument("--min-count", type=int, default=2, help="drop rarer features")
    ap.add_argument("--slots", default="",
                    help="learn only from features with these prefixes (comma-separated)")
    ap.add_argument("--outputs", default="keep,modality,tnull,swap",
                    help="the decisions to learn; the others stay with the rules")
    ap.add_argument("--prior", type=float, default=2.0,
                    help="starting weight of the rules' modality for its class")
    ap.add_argument("--eval", action="append", default=[], metavar="GOLD",
                    help="after training, score the new model on this set with score.py")
    ap.add_argument("--shared", default=os.path.join(HERE, "../../../shared"))
    ap.add_argument("gold", nargs="+")
    args = ap.parse_args()
    cands = candidates(args.sift, args.gold, args.plugins)
    exs = prune(examples(args.gold, cands), args.min_count)
    if args.slots:
        keep = tuple(args.slots.split(","))
        exs = [([f for f in feats if f.startswith(keep)], labels) for feats, labels in exs]
    n = write(train_runs(exs, args), args.out)
    counts = {k: sum(1 for _, l in exs if k in l) for k in ("keep", "modality", "tnull", "swap")}
    print("%d candidates (%s); %d features -> %s" % (len(exs), ", ".join("%s %d" % kv for kv in counts.items()), n, args.out), file=sys.stderr)
    for path in args.eval:
        print("%s: %s" % (os.path.basename(path), evaluate(args, path, os.path.abspath(args.out))))


def evaluate(args, gold, model):
    """score.py's tariff figures for the model on one gold set."""
    with tempfile.TemporaryDirectory() as tmp:
        conf = os.path.join(tmp, "eval.conf")
        with open(conf, "w") as f:
            f.write("[siftd]\nplugins = %s\n[tariffs]\nmodel = %s\n" % (args.plugins, model))
        pred = os.path.join(tmp, "pred.jsonl")
        with open(pred, "w") as out:
            subprocess.run([args.sift, "process", "--config", conf, gold], check=True, stdout=out)
        res = subprocess.run([sys.executable, os.path.join(args.shared, "eval/score.py"), "--gold", gold,
                              "--pred", pred, "--task", "tariffs"], check=True, capture_output=True, text=True)
        t = json.loads(res.stdout.strip().splitlines()[-1])["tariffs"]
        return "F1 %.3f exact %.3f modality %.3f actor %.3f target %.3f (gold %d, pred %d)" % (
            t["f1"], t["exact"], t["modality"], t["actor.code"], t["target.code"], t["gold"], t["pred"])


if __name__ == "__main__":
    main()
