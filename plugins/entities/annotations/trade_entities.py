#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""An entity test set of 2018 trade-war news that the plugin was never
developed on: People's Daily 2018 articles from
../../../../shared/corpus/unlabelled/, annotated blind by two passes and
adjudicated (GUIDE.md). It is scored, never read for errors.

  trade_entities.py draw               the sample (fixed seed) -> sample.tsv, batches/trade-1.txt
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
import json
import os
import random
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.environ.get("SHARED", os.path.join(HERE, "../../../../shared"))
POOL, COUNT, MAX_BYTES, SEED = "peoplesdaily-2018.jsonl", 12, 4000, 20261207
TYPES = {"PERSON", "ORG", "GPE", "LOC", "NORP", "DATE", "MONEY", "PERCENT"}
FIELDS = {"text", "type", "skip", "note"}


def articles():
    path = os.path.join(SHARED, "corpus/unlabelled", POOL)
    return {a["id"]: a for a in (json.loads(l) for l in open(path, encoding="utf-8"))}


def draw():
    """COUNT articles of 2018 (the trade war), at most MAX_BYTES each."""
    arts = articles()
    pick = sorted((a for a in arts.values() if a.get("published", "").startswith("2018") and
                   len(a["text"].encode()) <= MAX_BYTES), key=lambda a: a["id"])
    pick = sorted(random.Random(SEED).sample(pick, COUNT), key=lambda a: a["id"])
    with open(os.path.join(HERE, "sample.tsv"), "w") as f:
        f.write("id\n")
        f.writelines(a["id"] + "\n" for a in pick)
    os.makedirs(os.path.join(HERE, "batches"), exist_ok=True)
    with open(os.path.join(HERE, "batches/trade-1.txt"), "w", encoding="utf-8") as f:
        for a in pick:
            f.write("=== %s | %s | published %s ===\n%s\n\n" % (a["id"], a.get("title", ""), a.get("published", ""),
                                                              a["text"]))
    print("%d articles" % len(pick), file=sys.stderr)


def pattern(words):
    """Words as written, any whitespace between them, whole words at the
    ends (ASCII letters and digits: broken marks may touch a name)."""
    ws = words.split()
    core = r"\s+".join(re.escape(w) for w in ws)
    lead = r"(?<![A-Za-z0-9])" if re.match(r"[A-Za-z0-9]", ws[0]) else ""
    tail = r"(?![A-Za-z0-9])" if re.search(r"[A-Za-z0-9]$", ws[-1]) else ""
    return re.compile(lead + core + tail)


def b(text, i):
    return len(text[:i].encode("utf-8"))


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


def resolve(path, arts):
    for no, line in enumerate(open(path, encoding="utf-8"), 1):
        if not line.strip():
            continue
        ann = json.loads(line)
        a = arts.get(ann.get("id"))
        if a is None:
            yield None, ["line %d: unknown id %r" % (no, ann.get("id"))]
            continue
        ents, problems = resolve_names(a["text"], ann.get("names", []))
        gold = {k: a.get(k, "") for k in ("id", "title", "published", "text")}
        gold["entities"] = ents
        yield gold, ["%s: %s" % (a["id"], p) for p in problems]


def build(path, out=sys.stdout):
    bad = n = 0
    for gold, problems in resolve(path, articles()):
        for p in problems:
            print(p, file=sys.stderr)
        bad += len(problems)
        if gold:
            out.write(json.dumps(gold, ensure_ascii=False) + "\n")
            n += sum(len(e["mentions"]) for e in gold["entities"])
    return bad, n


def check(path):
    with open(os.devnull, "w") as null:
        ids = {json.loads(l)["id"] for l in open(path, encoding="utf-8") if l.strip()}
        bad, n = build(path, null)
    sample = set(open(os.path.join(HERE, "sample.tsv")).read().split()[1:])
    for m in sorted(sample - ids):
        print("no line for %s" % m, file=sys.stderr)
    print("%d articles, %d mentions, %d problems" % (len(ids), n, bad + len(sample - ids)))
    return 1 if bad or sample - ids else 0


def show(path, aid):
    for gold, _ in resolve(path, articles()):
        if gold and gold["id"] == aid:
            t = gold["text"].encode()
            for e in gold["entities"]:
                for s, x in e["mentions"]:
                    ctx = t[max(0, s - 40):x + 40].decode("utf-8", "replace").replace("\n", " ")
                    print("%-8s %-30s | %s" % (e["type"], t[s:x].decode("utf-8", "replace"), ctx))


def agree(p1, p2):
    with tempfile.TemporaryDirectory() as tmp:
        g1, g2 = os.path.join(tmp, "1.jsonl"), os.path.join(tmp, "2.jsonl")
        for src, dst in ((p1, g1), (p2, g2)):
            with open(dst, "w", encoding="utf-8") as f:
                build(src, f)
        return subprocess.run([sys.executable, os.path.join(SHARED, "eval/score.py"), "--gold", g1,
                               "--pred", g2, "--task", "entities"]).returncode


if __name__ == "__main__":
    args = sys.argv[1:]
    if args == ["draw"]:
        draw()
    elif len(args) == 2 and args[0] == "check":
        sys.exit(check(args[1]))
    elif len(args) == 3 and args[0] == "show":
        show(args[1], args[2])
    elif len(args) == 2 and args[0] == "build":
        sys.exit(1 if build(args[1])[0] else 0)
    elif len(args) == 3 and args[0] == "agree":
        sys.exit(agree(args[1], args[2]))
    else:
        sys.exit(__doc__)
