#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Draws the sentences of pool2018dev.txt and pool1987dev.txt (before hand
correction): a seeded shuffle of the articles of a pool of the unlabelled
corpus, leaving out those of heldout.gold.jsonl, blind1987.gold.jsonl,
data/own-policy.txt and the other development set, and articles with
broken encoding; one random sentence per article of 8-45 words with a
capitalised word after its first, none already in own.conll; 40 of them,
as JSON lines (id, text, published) for `sift process`.

    python3 plugins/entities/tests/pick_dev.py > dev_raw.jsonl      # 2018
    python3 plugins/entities/tests/pick_dev.py 1987 > dev_raw.jsonl # Reuters 1987
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "data")
sys.path.insert(0, os.path.join(HERE, "..", "annotations"))
import trade_entities  # noqa: E402  (own.conll's document openings)
POOLS = {"2018": ("peoplesdaily-2018.jsonl", 2051, "pool1987dev.gold.jsonl"),
         "1987": ("reuters-trade.jsonl", 1987, "pool2018dev.gold.jsonl")}


def main(which):
    pool, seed, other = POOLS[which]
    skip = set()
    for name in ("heldout.gold.jsonl", "blind1987.gold.jsonl", other):
        if os.path.exists(os.path.join(HERE, name)):
            with open(os.path.join(HERE, name), encoding="utf-8") as f:
                skip |= {re.sub(r"-s$", "", json.loads(line)["id"]) for line in f}
    with open(os.path.join(DATA, "own-policy.txt"), encoding="utf-8") as f:
        skip |= {line.split("\t")[0] for line in f if not line.startswith("#") and line.strip()}
    own = trade_entities.own_openings()
    path = os.path.join(HERE, "..", "..", "..", "..", "shared", "corpus", "unlabelled", pool)
    with open(os.environ.get("POOL", path), encoding="utf-8") as f:
        arts = [json.loads(line) for line in f]
    random.seed(seed)
    random.shuffle(arts)
    n = 0
    for a in arts:
        if a["id"] in skip or "\u00c3" in a["text"] or "\u00e2" in a["text"]:
            continue
        text = a["text"]
        if which == "1987":  # wrapped lines: a line break inside a sentence is a space
            text = re.sub(r"(?<=\S)\n(?=\S)", " ", text).replace("\n    ", "\n")
        sents = [s.strip() for s in re.split(r'(?<=[.!?])\s+(?=[A-Z"])|\n+', text)]
        sents = [s for s in sents if 8 <= len(s.split()) <= 45 and re.search(r"\s[A-Z]", s)]
        if not sents:
            continue
        s = random.choice(sents)
        if any(o in " ".join(re.findall(r"\w+|[^\w\s]", s)) for o in own):
            continue
        print(json.dumps({"id": a["id"], "text": s, "published": a["published"]}))
        n += 1
        if n == 40:
            break


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "2018")
