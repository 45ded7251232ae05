#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Regression test of the quotes plugin against the issue's quality bars.

Runs `sift process --plugins entities,quotes` over the PolNeAR dev split and
the seed articles and scores them with shared/eval/score.py:

  PolNeAR dev:  detection F1 >= 0.97, attribution accuracy >= 0.93
  seeds:        detection F1 >= 0.95, >= 0.90 of matched gold quotes with
                the right canonical speaker name (score.py's names_agree;
                a null gold speaker needs a null prediction)

Exits non-zero, naming the bar, when any is missed.

    regression.py --sift BUILD/sift --plugin-dir BUILD/plugins --shared SHARED
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile


def predict(sift, plugin_dir, gold):
    p = subprocess.run([sift, "process", "--plugin-dir", plugin_dir, "--plugins",
                        "entities,quotes", gold], capture_output=True, timeout=600)
    if p.returncode != 0:
        sys.exit("sift process failed on %s: %s" % (gold, p.stderr.decode(errors="replace")[-2000:]))
    fd, path = tempfile.mkstemp(suffix=".jsonl")
    with os.fdopen(fd, "wb") as f:
        f.write(p.stdout)
    return path


def score(score_py, gold, pred):
    p = subprocess.run([sys.executable, score_py, "--gold", gold, "--pred", pred, "--task", "quotes"],
                       capture_output=True, timeout=600)
    out = p.stdout.decode()
    print(out)
    return json.loads(out.strip().splitlines()[-1])["quotes"]


def name_accuracy(score_mod, gold, pred):
    """Share of matched gold quotes whose predicted speaker name agrees."""
    golds = {json.loads(l)["id"]: json.loads(l) for l in open(gold, encoding="utf-8")}
    preds = {json.loads(l)["id"]: json.loads(l) for l in open(pred, encoding="utf-8")}
    matched = right = 0
    for aid, g in golds.items():
        gq = g.get("quotes", [])
        pq = preds.get(aid, {}).get("quotes", [])
        pairs = score_mod.greedy_match([(q["start"], q["end"]) for q in gq],
                                       [(q["start"], q["end"]) for q in pq],
                                       score_mod.half_of_shorter)
        for gi, pi in pairs:
            matched += 1
            gs, ps = gq[gi].get("speaker"), pq[pi].get("speaker")
            gn = (gs or {}).get("name")
            pn = (ps or {}).get("name")
            if not gn:
                right += not pn
            elif pn and score_mod.names_agree(gn, pn):
                right += 1
    return right / matched if matched else 0.0, right, matched


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sift", default=os.environ.get("SIFT"), required="SIFT" not in os.environ)
    ap.add_argument("--plugin-dir", default=os.environ.get("SIFT_PLUGIN_DIR"), required="SIFT_PLUGIN_DIR" not in os.environ)
    ap.add_argument("--shared", default=os.environ.get("SIFT_SHARED_DIR"), required="SIFT_SHARED_DIR" not in os.environ)
    a = ap.parse_args()
    score_py = os.path.join(a.shared, "eval", "score.py")
    if not os.path.exists(score_py):
        sys.exit("regression.py: no %s (is --shared the shared/ folder?)" % score_py)
    sys.path.insert(0, os.path.dirname(score_py))
    import score as score_mod

    failures = []
    dev = os.path.join(a.shared, "data", "polnear", "dev.gold.jsonl")
    pred = predict(a.sift, a.plugin_dir, dev)
    try:
        r = score(score_py, dev, pred)
    finally:
        os.unlink(pred)
    print("PolNeAR dev: detection F1 %.4f, attribution accuracy %.4f" % (r["f1"], r["attribution_accuracy"]))
    if r["f1"] < 0.97:
        failures.append("PolNeAR dev detection F1 %.4f < 0.97" % r["f1"])
    if r["attribution_accuracy"] < 0.93:
        failures.append("PolNeAR dev attribution accuracy %.4f < 0.93" % r["attribution_accuracy"])

    seeds = os.path.join(a.shared, "corpus", "seeds.gold.jsonl")
    pred = predict(a.sift, a.plugin_dir, seeds)
    try:
        r = score(score_py, seeds, pred)
        acc, right, matched = name_accuracy(score_mod, seeds, pred)
    finally:
        os.unlink(pred)
    print("seeds: detection F1 %.4f, speaker name right %d/%d = %.4f" % (r["f1"], right, matched, acc))
    if r["f1"] < 0.95:
        failures.append("seeds detection F1 %.4f < 0.95" % r["f1"])
    if acc < 0.90:
        failures.append("seeds speaker-name accuracy %.4f < 0.90" % acc)

    for f in failures:
        print("FAIL: " + f)
    print("%d passed, %d failed" % (4 - len(failures), len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
