#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""The article's genre for the keep decision (context.c `genre`): the
words most distinctive of trade news against political news, and how the
signal falls on each set.

  genre.py words    [--shared ../shared]   # writes data/genre-trade.txt, data/genre-politics.txt
  genre.py measure  [--shared ../shared]   # the signal's separation, per set

The two lists are learned from unlabelled text alone: the trade pools of
shared/corpus/unlabelled (Reuters-21578 trade and People's Daily 2018)
less the trade test set's 30 articles (annotations/sample.tsv) and the
development samples' (dev-sample*.tsv), against PolNeAR train's four
fifths (i % 5 != 4; the held-out fifth is left out). A word counts once
per article; a word is a candidate when it is in at least 20 articles of
the two, has at least three letters and is capitalised in at most half of
its uses (proper names, "Clinton", "Li", name the years and the desks
rather than the genre); it is ranked by the log-odds of its document
frequency in the trade pools against PolNeAR's (add-one), and the top K of
each side are written (K = 150).

The plugin counts the article's tokens in either list, t and p, and
takes r = (t + 1) / (t + p + 2): "pol" below 0.35, "trade" above 0.65,
else "mid" (genre_bucket below; context.c does the same)."""
import argparse
import collections
import glob
import json
import math
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
WORD = re.compile(r"[A-Za-z]+(?:[-'][A-Za-z]+)*")
K, MIN_DF, LO, HI = 150, 20, 0.35, 0.65


def jl(path):
    return [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]


def ids(tsv):
    return {line.split("\t")[0] for line in open(tsv, encoding="utf-8") if not line.startswith("id\t")}


def sources(shared):
    pol = jl(os.path.join(shared, "data", "polnear", "train.gold.jsonl"))
    pool = {a["id"]: a for p in sorted(glob.glob(os.path.join(shared, "corpus", "unlabelled", "*.jsonl")))
            for a in jl(p)}
    ann = os.path.join(HERE, "annotations")
    out = ids(os.path.join(ann, "sample.tsv")).union(*[ids(p) for p in glob.glob(os.path.join(ann, "dev-sample*.tsv"))])
    return pol, pool, [a for k, a in sorted(pool.items()) if k not in out]


def learn(pol45, trade):
    cap, tot = collections.Counter(), collections.Counter()
    dp, dt = collections.Counter(), collections.Counter()
    for arts, df in ((pol45, dp), (trade, dt)):
        for a in arts:
            seen = set()
            for m in WORD.finditer(a["text"]):
                w = m.group(0)
                lw = w.lower()
                tot[lw] += 1
                cap[lw] += w[0].isupper()
                seen.add(lw)
            df.update(seen)
    lo = {}
    for w in set(dp) | set(dt):
        if dp[w] + dt[w] < MIN_DF or cap[w] > tot[w] / 2 or len(w) < 3:
            continue
        lo[w] = math.log((dt[w] + 1) / (len(trade) + 2)) - math.log((dp[w] + 1) / (len(pol45) + 2))
    tw = sorted((w for w in lo if lo[w] > 0), key=lambda w: (-lo[w], w))[:K]
    pw = sorted((w for w in lo if lo[w] < 0), key=lambda w: (lo[w], w))[:K]
    return tw, pw


def ratio(text, tw, pw):
    ws = [w.lower() for w in WORD.findall(text)]
    t = sum(w in tw for w in ws)
    p = sum(w in pw for w in ws)
    return (t + 1) / (t + p + 2)


def genre_bucket(r):
    return "pol" if r < LO else "trade" if r > HI else "mid"


def read_list(name):
    return {line.strip() for line in open(os.path.join(HERE, "data", name), encoding="utf-8")
            if line.strip() and not line.startswith("#")}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("what", choices=("words", "measure"))
    ap.add_argument("--shared", default=os.path.join(HERE, "../../../shared"))
    a = ap.parse_args()
    pol, pool, trade = sources(a.shared)
    pol45 = [x for i, x in enumerate(pol) if i % 5 != 4]
    if a.what == "words":
        tw, pw = learn(pol45, trade)
        for name, ws, side in (("genre-trade.txt", tw, "trade pools"), ("genre-politics.txt", pw, "PolNeAR")):
            with open(os.path.join(HERE, "data", name), "w", encoding="utf-8") as f:
                f.write("# genre.py words: the %d words most distinctive of the %s (see genre.py)\n" % (K, side))
                f.write("\n".join(ws) + "\n")
        return
    tw, pw = read_list("genre-trade.txt"), read_list("genre-politics.txt")
    ann = os.path.join(HERE, "annotations")
    labels = {x["id"] for x in jl(os.path.join(ann, "keep", "pool-short.jsonl"))}
    sets = [("PolNeAR train 4/5 (learned on)", pol45),
            ("  of them with 'trade'", [x for x in pol45 if re.search(r"\btrade\b", x["text"], re.I)]),
            ("  of them with 'tariff(s)'", [x for x in pol45 if re.search(r"\btariffs?\b", x["text"], re.I)]),
            ("PolNeAR train held-out fifth", [x for i, x in enumerate(pol) if i % 5 == 4]),
            ("PolNeAR dev", jl(os.path.join(a.shared, "data", "polnear", "dev.gold.jsonl"))),
            ("pool labels (learned on)", [pool[k] for k in sorted(labels)])]
    sets += [(os.path.basename(p)[:-6], jl(p)) for p in sorted(glob.glob(os.path.join(ann, "gold", "*-dev*.jsonl")))]
    sets += [("seeds", jl(os.path.join(a.shared, "corpus", "seeds.gold.jsonl")))]
    print("| set | articles | r: p10 / median / p90 | pol / mid / trade |")
    print("|---|---|---|---|")
    for name, arts in sets:
        v = sorted(ratio(x["text"], tw, pw) for x in arts)
        n = len(v)
        b = collections.Counter(genre_bucket(r) for r in v)
        print("| %s | %d | %.2f / %.2f / %.2f | %d / %d / %d |"
              % (name, n, v[n // 10], v[n // 2], v[9 * n // 10], b["pol"], b["mid"], b["trade"]))


if __name__ == "__main__":
    main()
