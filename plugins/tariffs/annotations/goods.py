#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""The goods sift names for each tariff event, against the gold's:

  goods.py --sift build/sift GOLD.jsonl...

score.py does not score goods, but they are what a subscriber reads. Events
are paired as score.py pairs them (byte spans overlapping, one to one,
largest overlap first); over the paired events, each goods item counts as
found when the gold lists the same text (case aside). Prints, per file,
item precision, recall and F1 and the share of events whose goods are the
gold's exactly (both empty included)."""
import argparse
import json
import os
import subprocess
import sys

SHARED = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../../shared"))
sys.path.insert(0, os.path.join(SHARED, "eval"))
import score  # noqa: E402


def goods_of(event):
    return {g.lower() for g in event.get("goods") or []}


def compare(gold_path, pred_lines):
    pred = {p["id"]: p for p in map(json.loads, pred_lines)}
    found = predicted = wanted = same = pairs = 0
    for line in open(gold_path, encoding="utf-8"):
        gold = json.loads(line)
        ge, pe = gold.get("tariffs") or [], pred.get(gold["id"], {}).get("tariffs") or []
        matched = score.greedy_match([(e["start"], e["end"]) for e in ge], [(e["start"], e["end"]) for e in pe],
                                     score.any_overlap)
        for gi, pi in matched:
            g, p = goods_of(ge[gi]), goods_of(pe[pi])
            found += len(g & p)
            predicted += len(p)
            wanted += len(g)
            same += g == p
            pairs += 1
    prec = found / predicted if predicted else 0.0
    rec = found / wanted if wanted else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return prec, rec, f1, same / pairs if pairs else 0.0, pairs


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sift", default="sift")
    ap.add_argument("gold", nargs="+")
    args = ap.parse_args()
    print("| set | events paired | goods P | R | F1 | events with the gold's goods |\n|---|---|---|---|---|---|")
    for path in args.gold:
        out = subprocess.run([args.sift, "process", "--plugins", "entities,tariffs", path], check=True,
                             capture_output=True, text=True).stdout.splitlines()
        prec, rec, f1, same, pairs = compare(path, out)
        print("| %s | %d | %.3f | %.3f | %.3f | %.3f |" % (os.path.basename(path), pairs, prec, rec, f1, same))


if __name__ == "__main__":
    main()
