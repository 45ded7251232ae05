#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Builds the gold sets from the adjudicated batches:

  gold/train.jsonl, gold/test.jsonl            both pools, by split
  gold/train-reuters.jsonl, gold/test-pd.jsonl ... each pool and split

Articles keep the producer fields (id, title, published, text) and gain
`tariffs` with byte offsets (resolve.py). test.jsonl is for figures only:
it is never read for errors."""
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import resolve  # noqa: E402


def main():
    rows = [l.rstrip("\n").split("\t") for l in open(os.path.join(HERE, "sample.tsv"))][1:]
    meta = {r[0]: (r[1], r[2]) for r in rows}
    arts = resolve.articles()
    gold, bad = {}, 0
    for path in sorted(glob.glob(os.path.join(HERE, "adjudicated", "batch-*.jsonl"))):
        for g, problems in resolve.resolve(path, arts):
            for p in problems:
                print(p, file=sys.stderr)
            bad += len(problems)
            if g is not None:
                gold[g["id"]] = g
    missing = sorted(set(meta) - set(gold))
    if missing:
        print("not adjudicated yet: %d articles" % len(missing), file=sys.stderr)
    os.makedirs(os.path.join(HERE, "gold"), exist_ok=True)
    sets = {}
    for aid in sorted(gold):
        pool, split = meta[aid]
        for name in (split, "%s-%s" % (split, pool)):
            sets.setdefault(name, []).append(gold[aid])
    for name, arts_ in sorted(sets.items()):
        with open(os.path.join(HERE, "gold", name + ".jsonl"), "w", encoding="utf-8") as f:
            for a in arts_:
                f.write(json.dumps(a, ensure_ascii=False) + "\n")
        print("%-16s %3d articles %4d events" % (name, len(arts_), sum(len(a["tariffs"]) for a in arts_)),
              file=sys.stderr)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
