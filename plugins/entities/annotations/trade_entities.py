#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""An entity test set of 2018 trade-war news that the plugin was never
developed on: People's Daily 2018 articles from
../../../../shared/corpus/unlabelled/, annotated blind by two passes and
adjudicated (GUIDE.md). It is scored, never read for errors.

  trade_entities.py draw               the sample (fixed seed) -> sample.tsv, batches/trade-1.txt
  trade_entities.py draw2              a second test batch of as many articles that no entity
                                       set of the plugin (tests/, data/, annotations/) names
                                       -> sample-2.tsv, batches/trade-2.txt
  trade_entities.py check FILE         resolve an annotator's file, report problems
  trade_entities.py show FILE ID       every resolved mention of one article, in context
  trade_entities.py build FILE > GOLD  resolved gold JSONL in the PROTOCOL schema
  trade_entities.py agree FILE1 FILE2  shared/eval/score.py of pass 2 against pass 1

An annotator writes one JSON object per article (GUIDE.md):
  {"id": "pd2018-12", "names": [
     {"text": "China", "type": "GPE"},
     {"text": "Bank of China", "type": "ORG"},
     {"text": "Wang", "type": "PERSON", "skip": [3]}]}
Each item stands for every whole-word occurrence of its text, except the
occurrences (1-based) in `skip`; longer items are placed first and a
shorter one never overlaps them ("China" inside "Bank of China")."""
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "../../../tests"))
import testset  # noqa: E402  (the tooling the test sets share)
from testset import byte_at as b, pattern  # noqa: E402

SHARED = testset.shared_dir(HERE)
POOL, COUNT, MAX_BYTES, SEED = "peoplesdaily-2018.jsonl", 12, 4000, 20261207
TYPES = {"PERSON", "ORG", "GPE", "LOC", "NORP", "DATE", "MONEY", "PERCENT"}
FIELDS = {"text", "type", "skip", "note"}


def articles():
    return {a["id"]: a for a in testset.load_pool(SHARED, POOL)}


# batch -> the file of its article ids
SAMPLES = {"trade-1": "sample.tsv", "trade-2": "sample-2.tsv", "dev-3": "sample-dev-3.tsv", "dev-4": "sample-dev-4.tsv",
           "dev-5": "sample-dev-5.tsv"}


def draw(batch="trade-1", seed=SEED, exclude=frozenset()):
    """COUNT articles of 2018 (the trade war), at most MAX_BYTES each,
    none of exclude."""
    pick = sorted((a for a in testset.load_pool(SHARED, POOL) if a.get("published", "").startswith("2018") and
                   len(a["text"].encode()) <= MAX_BYTES and a["id"] not in exclude), key=lambda a: a["id"])
    pick = sorted(random.Random(seed).sample(pick, COUNT), key=lambda a: a["id"])
    with open(os.path.join(HERE, SAMPLES[batch]), "w") as f:
        f.write("id\n")
        f.writelines(a["id"] + "\n" for a in pick)
    testset.write_batch(os.path.join(HERE, "batches/%s.txt" % batch), pick)
    print("%d articles" % len(pick), file=sys.stderr)


def draw2():
    """The second batch: articles that no file of the plugin names, so that
    none of their sentences was ever read for errors (heldout, pool2018dev,
    the training texts, trade-1)."""
    used = set()
    plugin = os.path.dirname(HERE)
    for top in ("tests", "data", "annotations"):
        for root, _, files in os.walk(os.path.join(plugin, top)):
            for name in files:
                with open(os.path.join(root, name), encoding="utf-8", errors="replace") as f:
                    used.update(re.findall(r"pd2018-\d+", f.read()))
    draw("trade-2", SEED + 1, frozenset(used))


def resolve_names(text, names):
    """(entities in the PROTOCOL schema, problems)."""
    problems, taken, found = [], [], {}
    for item in sorted(names, key=lambda n: -len(n.get("text", ""))):
        words = item.get("text") or ""
        if set(item) - FIELDS:
            problems.append("unknown fields %s" % sorted(set(item) - FIELDS))
            continue
        if item.get("type") not in TYPES or not words.split():
            problems.append("bad item %r" % item)
            continue
        skip = set(item.get("skip") or [])
        hits = list(pattern(words).finditer(text))
        if not hits:
            problems.append("not found: %r" % words)
            continue
        for k, m in enumerate(hits, 1):
            if k in skip or any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            found.setdefault((item["type"], words), []).append([b(text, m.start()), b(text, m.end())])
        if max(skip, default=0) > len(hits):
            problems.append("skip past the %d occurrences of %r" % (len(hits), words))
    ents = [{"type": t, "name": w, "mentions": sorted(ms)} for (t, w), ms in found.items()]
    ents.sort(key=lambda e: e["mentions"][0])
    return ents, problems


def resolve_one(a, ann):
    ents, problems = resolve_names(a["text"], ann.get("names", []))
    return {"entities": ents}, problems


def count(gold):
    return sum(len(e["mentions"]) for e in gold["entities"])


def show(path, aid):
    """Every resolved mention of one article, in context."""
    for gold, _ in testset.resolve(path, articles(), resolve_one):
        if gold and gold["id"] == aid:
            t = gold["text"].encode()
            for e in gold["entities"]:
                for s, x in e["mentions"]:
                    ctx = t[max(0, s - 40):x + 40].decode("utf-8", "replace").replace("\n", " ")
                    print("%-8s %-30s | %s" % (e["type"], t[s:x].decode("utf-8", "replace"), ctx))


def sample(path):
    """The article ids of the batch an annotation file belongs to (its name)."""
    batch = os.path.splitext(os.path.basename(path))[0]
    return open(os.path.join(HERE, SAMPLES[batch])).read().split()[1:]


if __name__ == "__main__":
    testset.main(__doc__, {
        "draw": (0, draw),
        "draw2": (0, draw2),
        "check": (1, lambda path: testset.check(path, sample(path), articles(), resolve_one, count, "mentions")),
        "show": (2, show),
        "build": (1, lambda path: 1 if testset.build(path, articles(), resolve_one, count)[0] else 0),
        "agree": (2, lambda p1, p2: testset.agree(p1, p2, articles(), resolve_one, count, SHARED, "entities")),
    })
