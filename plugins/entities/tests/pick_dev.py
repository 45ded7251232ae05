#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Draws the sentences of pool2018dev.txt (before hand correction): a
seeded shuffle of the People's Daily 2018 articles of the unlabelled pool,
leaving out those of heldout.gold.jsonl and data/own-policy.txt and
articles with broken encoding; one random sentence per article of 8-45
words with a capitalised word after its first, none already in own.conll;
40 of them, as JSON lines (id, text, published) for `sift process`.

    python3 plugins/entities/tests/pick_dev.py > dev_raw.jsonl
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "data")
POOL = os.path.join(HERE, "..", "..", "..", "..", "shared", "corpus", "unlabelled",
                    "peoplesdaily-2018.jsonl")


def main():
    with open(os.path.join(HERE, "heldout.gold.jsonl"), encoding="utf-8") as f:
        skip = {json.loads(line)["id"] for line in f}
    with open(os.path.join(DATA, "own-policy.txt"), encoding="utf-8") as f:
        skip |= {line.split("\t")[0] for line in f if not line.startswith("#") and line.strip()}
    own, toks = set(), []
    with open(os.path.join(DATA, "own.conll"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("-DOCSTART"):
                if toks:
                    own.add(" ".join(toks[:6]))
                toks = []
            elif line.strip():
                toks.append(line.split()[0])
    with open(os.environ.get("POOL", POOL), encoding="utf-8") as f:
        arts = [json.loads(line) for line in f]
    random.seed(2051)
    random.shuffle(arts)
    n = 0
    for a in arts:
        if a["id"] in skip or "\u00c3" in a["text"] or "\u00e2" in a["text"]:
            continue
        sents = [s.strip() for s in re.split(r'(?<=[.!?])\s+(?=[A-Z"])|\n+', a["text"])]
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
    main()
