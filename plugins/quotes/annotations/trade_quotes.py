#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""A quote test set of trade news that the plugin was never developed on:
Reuters 1987 and People's Daily 2018 articles from
../../../../shared/corpus/unlabelled/, annotated blind by two passes and
adjudicated (GUIDE.md). It is scored, never read for errors.

  trade_quotes.py draw                 the sample (fixed seed) -> sample.tsv, batches/trade-1.txt
  trade_quotes.py check FILE           resolve an annotator's file, report problems
  trade_quotes.py build FILE > GOLD    resolved gold JSONL in the PROTOCOL schema
  trade_quotes.py agree FILE1 FILE2    shared/eval/score.py of pass 2 against pass 1

An annotator writes one JSON object per article (GUIDE.md):
  {"id": "reuters-123", "quotes": [
     {"quote": "words inside the marks", "nth": 1, "kind": "direct",
      "speaker": {"name": "Clayton Yeutter", "mention": "he", "mention_nth": 3},
      "cue": "said"}]}
`quote` and `mention` are copied from the text; runs of whitespace match
any whitespace. `nth` (1-based) picks among several occurrences of the
quote; a mention without `mention_nth` is the occurrence nearest the quote
outside it."""
import json
import os
import random
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.environ.get("SHARED", os.path.join(HERE, "../../../../shared"))
POOLS = [("reuters", "reuters-trade.jsonl"), ("pd", "peoplesdaily-2018.jsonl")]
PER_POOL, MAX_BYTES, SEED = 15, 6000, 20261206
KINDS = {"direct", "partial"}
FIELDS = {"quote", "nth", "kind", "speaker", "cue", "note"}


def load(name):
    return [json.loads(l) for l in open(os.path.join(SHARED, "corpus/unlabelled", name), encoding="utf-8")]


def articles():
    return {a["id"]: a for _, name in POOLS for a in load(name)}


def draw():
    """Articles with at least two quotation marks and at most MAX_BYTES, PER_POOL of each pool."""
    rng = random.Random(SEED)
    rows, arts = [], {}
    for pool, name in POOLS:
        pick = [a for a in load(name) if a["text"].count('"') >= 2 and len(a["text"].encode()) <= MAX_BYTES]
        for a in sorted(rng.sample(pick, PER_POOL), key=lambda a: a["id"]):
            rows.append((a["id"], pool))
            arts[a["id"]] = a
    with open(os.path.join(HERE, "sample.tsv"), "w") as f:
        f.write("id\tpool\n")
        f.writelines("%s\t%s\n" % r for r in rows)
    os.makedirs(os.path.join(HERE, "batches"), exist_ok=True)
    with open(os.path.join(HERE, "batches/trade-1.txt"), "w", encoding="utf-8") as f:
        for aid, _ in rows:
            a = arts[aid]
            f.write("=== %s | %s | published %s ===\n%s\n\n" % (aid, a.get("title", ""), a.get("published", ""),
                                                              a["text"]))
    print("%d articles" % len(rows), file=sys.stderr)


def pattern(words):
    """A regex for words as written, any whitespace between them, whole
    words at the ends (ASCII letters and digits: the People's Daily's
    broken marks, "â" and invisible bytes, may touch a quote's words)."""
    ws = words.split()
    core = r"\s+".join(re.escape(w) for w in ws)
    lead = r"(?<![A-Za-z0-9])" if re.match(r"[A-Za-z0-9]", ws[0]) else ""
    tail = r"(?![A-Za-z0-9])" if re.search(r"[A-Za-z0-9]$", ws[-1]) else ""
    return re.compile(lead + core + tail)


def b(text, i):
    """Byte offset of character index i."""
    return len(text[:i].encode("utf-8"))


def resolve_quote(text, q):
    """The quote in the PROTOCOL schema with byte offsets, or an error string."""
    extra = set(q) - FIELDS
    if extra:
        return "unknown fields %s" % sorted(extra)
    words = q.get("quote") or ""
    if not words.split():
        return "empty quote"
    hits = list(pattern(words).finditer(text))
    nth = q.get("nth") or 1
    if not hits:
        return "quote not found: %r" % words[:60]
    if nth > len(hits):
        return "nth %d but %d occurrences: %r" % (nth, len(hits), words[:60])
    m = hits[nth - 1]
    if q.get("kind") not in KINDS:
        return "kind must be direct or partial: %r" % words[:40]
    out = {"text": m.group(0), "start": b(text, m.start()), "end": b(text, m.end()), "kind": q["kind"]}
    sp = q.get("speaker")
    if sp is None:
        out["speaker"] = None
    else:
        if not isinstance(sp, dict) or not sp.get("name"):
            return "speaker needs a name (or null): %r" % words[:40]
        spk = {"name": sp["name"]}
        if sp.get("mention"):
            ms = [x for x in pattern(sp["mention"]).finditer(text)
                  if x.end() <= m.start() - 1 or x.start() >= m.end() + 1]
            if not ms:
                return "mention not found outside the quote: %r" % sp["mention"]
            k = sp.get("mention_nth")
            if k:
                ms = list(pattern(sp["mention"]).finditer(text))
                if k > len(ms):
                    return "mention_nth %d but %d occurrences: %r" % (k, len(ms), sp["mention"])
                x = ms[k - 1]
            else:
                x = min(ms, key=lambda x: min(abs(x.start() - m.end()), abs(m.start() - x.end())))
            spk["start"], spk["end"] = b(text, x.start()), b(text, x.end())
        out["speaker"] = spk
    if q.get("cue"):
        out["cue"] = q["cue"]
    return out


def resolve(path, arts):
    """Yields (gold article, problems) per line of an annotator's file."""
    for no, line in enumerate(open(path, encoding="utf-8"), 1):
        if not line.strip():
            continue
        ann = json.loads(line)
        a = arts.get(ann.get("id"))
        if a is None:
            yield None, ["line %d: unknown id %r" % (no, ann.get("id"))]
            continue
        quotes, problems = [], []
        for q in ann.get("quotes", []):
            r = resolve_quote(a["text"], q)
            if isinstance(r, str):
                problems.append("%s: %s" % (a["id"], r))
            else:
                quotes.append(r)
        quotes.sort(key=lambda q: q["start"])
        gold = {k: a.get(k, "") for k in ("id", "title", "published", "text")}
        gold["quotes"] = quotes
        yield gold, problems


def build(path, out=sys.stdout):
    arts, bad, n = articles(), 0, 0
    for gold, problems in resolve(path, arts):
        for p in problems:
            print(p, file=sys.stderr)
        bad += len(problems)
        if gold:
            out.write(json.dumps(gold, ensure_ascii=False) + "\n")
            n += len(gold["quotes"])
    return bad, n


def check(path):
    with open(os.devnull, "w") as null:
        ids = {json.loads(l)["id"] for l in open(path, encoding="utf-8") if l.strip()}
        bad, n = build(path, null)
    sample = {l.split("\t")[0] for l in open(os.path.join(HERE, "sample.tsv")).read().splitlines()[1:]}
    missing = sample - ids
    for m in sorted(missing):
        print("no line for %s" % m, file=sys.stderr)
    print("%d articles, %d quotes, %d problems" % (len(ids), n, bad + len(missing)))
    return 1 if bad or missing else 0


def agree(p1, p2):
    with tempfile.TemporaryDirectory() as tmp:
        g1, g2 = os.path.join(tmp, "1.jsonl"), os.path.join(tmp, "2.jsonl")
        for src, dst in ((p1, g1), (p2, g2)):
            with open(dst, "w", encoding="utf-8") as f:
                build(src, f)
        return subprocess.run([sys.executable, os.path.join(SHARED, "eval/score.py"), "--gold", g1,
                               "--pred", g2, "--task", "quotes"]).returncode


if __name__ == "__main__":
    args = sys.argv[1:]
    if args == ["draw"]:
        draw()
    elif len(args) == 2 and args[0] == "check":
        sys.exit(check(args[1]))
    elif len(args) == 2 and args[0] == "build":
        sys.exit(1 if build(args[1])[0] else 0)
    elif len(args) == 3 and args[0] == "agree":
        sys.exit(agree(args[1], args[2]))
    else:
        sys.exit(__doc__)
