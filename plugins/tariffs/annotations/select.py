#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Draws the annotation sample from ../../../../shared/corpus/unlabelled/.

80 articles from each pool, drawn with a fixed seed so the sample can be
rebuilt; People's Daily articles over 6,000 bytes are left out of the draw
(a few scraped pages run to 35 KB of unrelated copy). A quarter of each pool
becomes the test split, which is scored and never read for errors.

Writes sample.tsv (id, pool, split, batch) and batches/batch-N.txt, the
texts as annotators read them.

  select.py           the first 160 articles, batches 1-3
  select.py --extra   batch 4: 20 Reuters and 30 People's Daily articles more,
                      for training only (the first draw held too few events)
  select.py --extra5  batch 5: 16 People's Daily articles more, for training
  select.py --extra6  batch 6: 60 Reuters articles more, for training (1987
                      newswire had a quarter of the training events)
  select.py --polnear7 batch 7: every PolNeAR train article (2016 campaign
                      news, ../../../../shared/data/polnear) that mentions
                      a tariff, for training: the only 2016 text we have
  select.py --test8   batch 8: 40 Reuters articles more, for the test split
                      (its 20 Reuters articles held 14 events, too few for
                      a figure)
  select.py --test9   batch 9: 40 Reuters articles more that name a tariff,
                      for the test split (batch 8, drawn from all, held 14
                      events in 40 articles; the unseen eras are measured
                      on articles with events)
  select.py --extra10 batch 10: 21 articles more that name a tariff, for
                      training (more events to learn the keep and no-target
                      decisions from). Drawn as 20 Reuters and 20 People's
                      Daily against batches 1-3 only (a slip: the sample
                      had been rewritten); the 19 already annotated in
                      batches 4-9 are left out, leaving 6 and 15
  select.py --extra11 batch 11: 14 Reuters and 5 People's Daily articles
                      more that name a tariff, for training, to even the
                      pools out after batch 10
  select.py --extra12 batch 12: 10 Reuters and 10 People's Daily articles
                      more that name a tariff, for training; scored before
                      anyone reads them, as a fresh look at unseen text
  select.py --extra13 batch 13: the same again (10 and 10), for training
  select.py --extra14 batch 14: the last 5 Reuters articles that name a
                      tariff and 15 People's Daily articles, for training
  select.py --extra15 batch 15: 20 People's Daily articles more, for
                      training (no Reuters article naming a tariff is left)
  select.py --extra16 ... --extra24
                      batches 16 to 24: the same again, one each
  select.py --extra25, --extra26
                      batches 25 and 26: 23 Reuters articles each that name
                      a duty but not a tariff, for training. 1987 newswire
                      mostly writes "duties" (every Reuters article naming
                      a tariff was drawn by batch 14); these are also its
                      confusers (excise, duty-free, port dues)
  select.py --extra27 batch 27: 20 People's Daily articles more that name a
                      tariff, for training
  select.py --extra28 batch 28: the 21 People's Daily articles of 6,000 to
                      12,000 bytes that name a tariff, for training (no
                      shorter one is left); the five longer ones are
                      mostly unrelated scraped copy"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "../../../tests"))
import testset  # noqa: E402  (the tooling the test sets share)

SHARED = testset.shared_dir(HERE)
POOLS = [("reuters", "reuters-trade.jsonl", None), ("pd", "peoplesdaily-2018.jsonl", 6000)]
PER_POOL, TEST_PER_POOL, BATCHES = 80, 20, 3


def main():
    rng = random.Random(20261204)
    rows, arts = [], {}
    for pool, name, cap in POOLS:
        pick = [a for a in testset.load_pool(SHARED, name) if cap is None or len(a["text"].encode()) <= cap]
        pick = rng.sample(pick, PER_POOL)
        for i, a in enumerate(pick):
            arts[a["id"]] = a
            rows.append([a["id"], pool, "test" if i < TEST_PER_POOL else "train"])
    rng.shuffle(rows)
    for i, r in enumerate(rows):
        r.append(str(i % BATCHES + 1))
    rows.sort(key=lambda r: (int(r[3]), r[0]))
    with open(os.path.join(HERE, "sample.tsv"), "w") as f:
        f.write("id\tpool\tsplit\tbatch\n")
        f.writelines("\t".join(r) + "\n" for r in rows)
    for b in range(1, BATCHES + 1):
        testset.write_batch(os.path.join(HERE, "batches/batch-%d.txt" % b),
                            [arts[r[0]] for r in rows if r[3] == str(b)])
    print("%d articles in %d batches" % (len(rows), BATCHES), file=sys.stderr)


def extra(seed=202612042, counts=(20, 30), batch="4", split="train", must=None, against=None, caps=None):
    """Draws counts[i] articles from each pool that the sample lacks; with
    against, the draw excludes only the sample rows of those batches and
    what else the sample has is dropped afterwards (batch 10); caps
    replaces the pools' size limits."""
    rng = random.Random(seed)
    sample = [l.split("\t") for l in open(os.path.join(HERE, "sample.tsv")).read().splitlines()[1:]]
    have = {r[0] for r in sample}
    drawn_against = {r[0] for r in sample if against is None or r[3] in against}
    rows, arts = [], {}
    for (pool, name, _), n, cap in zip(POOLS, counts, caps or [p[2] for p in POOLS]):
        pick = [a for a in testset.load_pool(SHARED, name) if a["id"] not in drawn_against and
                (cap is None or len(a["text"].encode()) <= cap) and (must is None or re.search(must, a["text"]))]
        for a in rng.sample(pick, n):
            if a["id"] in have:
                continue
            arts[a["id"]] = a
            rows.append([a["id"], pool, split, batch])
    write_batch(rows, arts, batch)


def polnear(batch="7"):
    path = os.path.join(SHARED, "data/polnear/train.gold.jsonl")
    arts = {}
    for line in open(path, encoding="utf-8"):
        a = json.loads(line)
        if re.search(r"(?i)tariff", a["text"]):
            arts[a["id"]] = {k: a.get(k, "") for k in ("id", "title", "published", "text")}
    write_batch([[aid, "polnear", "train", batch] for aid in arts], arts, batch)


def write_batch(rows, arts, batch):
    """Appends rows to sample.tsv and writes batches/batch-BATCH.txt."""
    rows.sort()
    with open(os.path.join(HERE, "sample.tsv"), "a") as f:
        f.writelines("\t".join(r) + "\n" for r in rows)
    testset.write_batch(os.path.join(HERE, "batches/batch-%s.txt" % batch), [arts[r[0]] for r in rows])


NAMES_TARIFF = r"(?i)\btariff"
NAMES_DUTY = r"(?i)\bdut(?:y|ies)\b"
# The later draws (see the usage above): option -> extra()'s arguments.
DRAWS = {
    "--extra": dict(),
    "--extra5": dict(seed=202612043, counts=(0, 16), batch="5"),
    "--extra6": dict(seed=202612044, counts=(60, 0), batch="6"),
    "--test8": dict(seed=202612051, counts=(40, 0), batch="8", split="test"),
    "--test9": dict(seed=202612052, counts=(40, 0), batch="9", split="test", must=NAMES_TARIFF),
    "--extra10": dict(seed=202612061, counts=(20, 20), batch="10", must=NAMES_TARIFF,
                      against=("1", "2", "3")),
    "--extra11": dict(seed=202612062, counts=(14, 5), batch="11", must=NAMES_TARIFF),
    "--extra12": dict(seed=202612063, counts=(10, 10), batch="12", must=NAMES_TARIFF),
    "--extra13": dict(seed=202612064, counts=(10, 10), batch="13", must=NAMES_TARIFF),
    "--extra14": dict(seed=202612065, counts=(5, 15), batch="14", must=NAMES_TARIFF),
}
# batches 15-24: 20 People's Daily articles each, seeded in turn
DRAWS.update({"--extra%d" % b: dict(seed=202612051 + b, counts=(0, 20), batch=str(b), must=NAMES_TARIFF)
              for b in range(15, 25)})
DRAWS.update({"--extra%d" % b: dict(seed=202612051 + b, counts=(23, 0), batch=str(b), must=NAMES_DUTY)
              for b in (25, 26)})
DRAWS["--extra27"] = dict(seed=202612078, counts=(0, 20), batch="27", must=NAMES_TARIFF)
DRAWS["--extra28"] = dict(seed=202612079, counts=(0, 21), batch="28", must=NAMES_TARIFF, caps=(None, 12000))

if __name__ == "__main__":
    args = sys.argv[1:]
    if len(args) == 1 and args[0] in DRAWS:
        extra(**DRAWS[args[0]])
    elif args == ["--polnear7"]:
        polnear()
    elif not args:
        main()
    else:
        sys.exit(__doc__)
