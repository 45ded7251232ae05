#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""The keep decision's figures for a variant, its candidates extracted
once (the ranker kept as shipped: --ranker-from data/ranker.tsv, so that
no speaker moves):

  keepeval.py --sift build/sift --plugin-dir build/plugins --shared ../shared \\
      [--strip q:g] [--loso] [--seed N] [--train=OPT ...]

- the nine development samples (annotations/gold/*-dev*.jsonl) pooled, by
  a keep decision trained on PolNeAR train and the pool labels (with
  --loso: and the other eight samples, one model per sample left out);
- PolNeAR dev and the seeds, by one trained on PolNeAR train and the pool
  labels (with --loso: and the nine samples);
- PolNeAR train's held-out fifth (i % 5 == 4; figures only), by one
  trained on the other four fifths (and the nine samples with --loso).
--strip PREFIX removes the keep features starting with PREFIX (the
variant's baseline: the same candidates without the new features)."""
import argparse
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import train  # noqa: E402


def run(a, tmp, model, gold):
    conf = os.path.join(tmp, "eval.conf")
    with open(conf, "w") as f:
        f.write("[siftd]\nplugins = entities, quotes\n[quotes]\nranker = %s\n" % model)
    pred = os.path.join(tmp, "pred-%s" % os.path.basename(gold))
    with open(pred, "w") as out:
        subprocess.run([a.sift, "process", "--plugin-dir", a.plugin_dir, "--config", conf, gold],
                       stdout=out, check=True)
    return pred


def score(a, gold, pred):
    r = subprocess.run([sys.executable, os.path.join(a.shared, "eval", "score.py"), "--gold", gold,
                        "--pred", pred, "--task", "quotes"], capture_output=True, text=True, check=True)
    q = json.loads(r.stdout.strip().splitlines()[-1])["quotes"]
    return "%.2f / %.2f / %.2f, %.2f%%" % (100 * q["p"], 100 * q["r"], 100 * q["f1"],
                                          100 * q["attribution_accuracy"])


def cat(paths, out):
    with open(out, "w", encoding="utf-8") as f:
        for p in paths:
            f.write(open(p, encoding="utf-8").read())
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sift", required=True)
    ap.add_argument("--plugin-dir", required=True)
    ap.add_argument("--shared", required=True)
    ap.add_argument("--strip", action="append", default=[])
    ap.add_argument("--sub", action="append", default=[], metavar="OLD->NEW",
                    help="in the genre features (q:g...), replace OLD by NEW (e.g. =mid->=pol: two buckets)")
    ap.add_argument("--loso", action="store_true")
    ap.add_argument("--tenth", action="append", default=[], help="a read gold (the tenth sample's half A) scored as dev")
    ap.add_argument("--variant", action="append", default=[], metavar="PREFIX,...",
                    help="also the figures with these features stripped (one run of extraction for all)")
    ap.add_argument("--seed", default="1")
    ap.add_argument("--train", action="append", default=[])
    ap.add_argument("--save", default=None, help="copy the weights and predictions to this folder")
    ap.add_argument("--skip", action="append", default=[], help="samples, dev, fifth, folds")
    a = ap.parse_args()
    # the nine samples: the tenth (trade-dev-10) is kept out of training and
    # of these figures, as half of it is never read (README, quo92)
    samples = sorted(g for g in glob.glob(os.path.join(HERE, "annotations", "gold", "*-dev*.jsonl"))
                     if not g.endswith("-dev-10.jsonl"))
    ptrain = os.path.join(a.shared, "data", "polnear", "train.gold.jsonl")
    with tempfile.TemporaryDirectory() as tmp:
        lines = open(ptrain, encoding="utf-8").read().splitlines()
        p45, p5 = os.path.join(tmp, "p45.jsonl"), os.path.join(tmp, "p5.jsonl")
        with open(p45, "w") as t, open(p5, "w") as h:
            for i, line in enumerate(lines):
                (h if i % 5 == 4 else t).write(line + "\n")
        base = ["--sift", a.sift, "--plugin-dir", a.plugin_dir, "--shared", a.shared, "--ranker-from",
                os.path.join(HERE, "data", "ranker.tsv"), "--seed", a.seed] + a.train
        sys.path.insert(0, os.path.join(a.shared, "eval"))
        labels = train.read_keep_labels(train.options(base + [ptrain]).keep_labels)
        pool = train.pool_articles(a.shared)
        cands = train.candidates(a.sift, a.plugin_dir, [ptrain] + samples, [pool[x["id"]] for x in labels])
        if a.sub:
            pairs = [x.split("->", 1) for x in a.sub]
            for qs in cands.values():
                for q in qs:
                    fs = []
                    for f in q["features"]:
                        if f.startswith("q:g"):
                            for old, new in pairs:
                                f = f.replace(old, new)
                        fs.append(f)
                    q["features"] = fs
        import copy
        full = cands
        for vi, variant in enumerate([a.strip] + [v.split(",") for v in a.variant]):
            cands = copy.deepcopy(full) if a.variant else full
            if variant:
                for qs in cands.values():
                    for q in qs:
                        q["features"] = [f for f in q["features"] if not any(f.startswith(s) for s in variant)]
            print("-- stripped:", " ".join(variant) or "(none)", flush=True)

            def fit(gold, guide, name, cands=cands):
                out = os.path.join(tmp, name + ".tsv")
                argv = base + ["--out", out] + [x for g in guide for x in ("--guide-gold", g)] + gold
                train.main(argv, cands=cands)
                return out

            if "folds" not in a.skip:
                # the keep decision's 5-fold figures on PolNeAR train and on the
                # pool labels (train.py --folds), the ranker not trained
                learners = train.learners
                train.learners = lambda o: (lambda exs: {}, learners(o)[1])
                train.main(base + ["--folds", "5", "--out", os.path.join(tmp, "folds.tsv"), ptrain], cands=cands)
                train.learners = learners
            if "samples" not in a.skip:
                if a.loso:
                    preds = [run(a, tmp, fit([ptrain], [o for o in samples if o != s], "loso"), s) for s in samples]
                else:
                    m = fit([ptrain], [], "all")
                    preds = [run(a, tmp, m, s) for s in samples]
                print("nine samples left out:", score(a, cat(samples, os.path.join(tmp, "nine.jsonl")),
                                                       cat(preds, os.path.join(tmp, "nine-pred.jsonl"))), flush=True)
            if "dev" not in a.skip:
                m = fit([ptrain], samples if a.loso else [], "full")
                for name, g in (("PolNeAR dev", os.path.join(a.shared, "data", "polnear", "dev.gold.jsonl")),
                                ("seeds", os.path.join(a.shared, "corpus", "seeds.gold.jsonl"))) + \
                        tuple(("tenth sample, half A", t) for t in a.tenth):
                    print(name + ":", score(a, g, run(a, tmp, m, g)), flush=True)
            if "fifth" not in a.skip:
                m = fit([p45], samples if a.loso else [], "p45")
                print("held-out fifth:", score(a, p5, run(a, tmp, m, p5)), flush=True)
            if a.save:
                os.makedirs(os.path.join(a.save, str(vi)), exist_ok=True)
                for name in os.listdir(tmp):
                    if name.endswith(".tsv") or (name.startswith("pred-") and "p5" not in name) or name == "nine-pred.jsonl":
                        shutil.copy(os.path.join(tmp, name), os.path.join(a.save, str(vi)))


if __name__ == "__main__":
    main()
