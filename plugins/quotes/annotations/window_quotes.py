#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""The tenth quote development sample: windows of pool articles around
quote sentences no earlier quote sample held (ORIGIN.md, "tenth sample").

  window_quotes.py draw10          the windows -> dev-sample-10.tsv (id, pool, half),
                                   batches/dev-10.txt, dev/trade-10.text.jsonl
  window_quotes.py check10 FILE    resolve an annotator's file (GUIDE.md), report problems
  window_quotes.py build10 FILE > GOLD   the gold JSONL (dev/trade-dev-10.ann.jsonl -> gold/trade-dev-10.jsonl)
  window_quotes.py half10 A|B GOLD|PRED > OUT   the lines of one half"""
import glob
import json
import math
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "../../../tests"))
import testset  # noqa: E402
import trade_quotes  # noqa: E402

SEED10 = 20261216
TSV, BATCH, TEXTS = "dev-sample-10.tsv", "batches/dev-10.txt", "dev/trade-10.text.jsonl"
MARKS = trade_quotes.DOUBLE_MARKS
ENTITIES = os.path.join(HERE, "../../entities/annotations")
SENT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"\u201c\u00e2])")


def quotes_used():
    ids = set(trade_quotes.sample())
    for f in glob.glob(os.path.join(HERE, "dev-sample*.tsv")):
        if os.path.basename(f) != TSV:
            ids |= set(trade_quotes.sample(os.path.basename(f)))
    with open(os.path.join(HERE, "keep/pool-short.jsonl")) as f:
        ids |= {json.loads(l)["id"] for l in f}
    return ids


def entities_used():
    ids = set()
    for f in (glob.glob(ENTITIES + "/*.tsv") + glob.glob(ENTITIES + "/batches/*")
              + glob.glob(ENTITIES + "/*.src.jsonl")):
        ids |= set(re.findall(r"\b(?:reuters|pd2018)-\d+\b", open(f, encoding="utf-8").read()))
    return ids


def sentences(text):
    """(start, end) character spans of the text's sentences."""
    out, i = [], 0
    for m in SENT.finditer(text):
        out.append((i, m.start()))
        i = m.end()
    out.append((i, len(text)))
    return out


def windows():
    arts = trade_quotes.articles()
    qused = quotes_used()
    seen = set().union(*(trade_quotes.grams(arts[i]["text"]) for i in qused if i in arts))
    skip = qused | entities_used()
    out = []
    for i in sorted(arts):
        if i in skip:
            continue
        t = arts[i]["text"]
        sp = sentences(t)
        new = []
        for k, (s, e) in enumerate(sp):
            g = trade_quotes.grams(t[s:e])
            if any(m in t[s:e] for m in MARKS) and g and len(g & seen) < 0.5 * len(g):
                new.append(k)
        if new:
            s, e = sp[max(0, new[0] - 1)][0], sp[min(len(sp) - 1, new[-1] + 1)][1]
            out.append({"id": i + "-w", "title": "", "published": arts[i].get("published", ""),
                        "text": t[s:e]})
    return out


def draw10():
    ws = windows()
    ids = sorted(w["id"] for w in ws)
    order = ids[:]
    random.Random(SEED10).shuffle(order)
    half = {w: ("A" if k < math.ceil(len(order) / 2) else "B") for k, w in enumerate(order)}
    with open(os.path.join(HERE, TSV), "w") as f:
        f.write("id\tpool\thalf\n")
        f.writelines("%s\t%s\t%s\n" % (i, "reuters" if i.startswith("reuters") else "pd", half[i]) for i in ids)
    with open(os.path.join(HERE, TEXTS), "w", encoding="utf-8") as f:
        f.writelines(json.dumps(w, ensure_ascii=False) + "\n" for w in ws)
    testset.write_batch(os.path.join(HERE, BATCH), ws)
    print("%d windows, %d bytes" % (len(ws), sum(len(w["text"].encode()) for w in ws)), file=sys.stderr)


def articles():
    return {a["id"]: a for a in map(json.loads, open(os.path.join(HERE, TEXTS), encoding="utf-8"))}


def sample():
    return [l.split("\t")[0] for l in open(os.path.join(HERE, TSV)).read().splitlines()[1:]]


def half10(which, path):
    keep = {l.split("\t")[0] for l in open(os.path.join(HERE, TSV)).read().splitlines()[1:]
            if l.split("\t")[2] == which}
    for line in open(path, encoding="utf-8"):
        if line.strip() and json.loads(line)["id"] in keep:
            sys.stdout.write(line)


def commands():
    return {
        "draw10": (0, draw10),
        "check10": (1, lambda path: testset.check(path, sample(), articles(), trade_quotes.resolve_one,
                                                  trade_quotes.count, "quotes")),
        "build10": (1, lambda path: 1 if testset.build(path, articles(), trade_quotes.resolve_one,
                                                       trade_quotes.count)[0] else 0),
        "half10": (2, half10),
    }


if __name__ == "__main__":
    testset.main(__doc__, commands())
