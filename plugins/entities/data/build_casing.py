#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""How a word is written inside a sentence, learned from unlabelled text.

    python3 plugins/entities/data/build_casing.py --shared ../shared \
        > plugins/entities/data/casing.tsv

Reads the texts build_clusters.py reads and counts, for every word seen
inside a sentence (not its first word, not in an all-caps line), how often
it is capitalised. Prints `word<TAB>flags`, the word lower-cased in A-Z
only (as the core's token hash is): 16 capitalised in 90% or more of 3 or
more such uses (a name: "Trump" at the start of a sentence or in an
all-caps headline is still one), 32 lower-case in 90% or more (a common
word: "PRICES" in a table row is not an organisation for being all-caps).
"""
import argparse
import collections
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_clusters import TOKEN, texts  # noqa: E402

LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
ENDS = {".", "!", "?", ":", ";", '"', "'", "“", "”", "‘", "’", "(", "-", "--"}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", required=True, help="the shared/ folder")
    a = ap.parse_args()
    cap = collections.Counter()
    low = collections.Counter()
    for text in texts(a.shared):
        for line in text.split("\n"):
            toks = TOKEN.findall(line)
            letters = [t for t in toks if t[0].isalpha()]
            if not letters or all(t.isupper() for t in letters):
                continue
            for k in range(1, len(toks)):
                t = toks[k]
                if not t[0].isalpha() or toks[k - 1] in ENDS or (t.isupper() and len(t) > 1):
                    continue
                key = t.translate(LOWER)
                if t[0].isupper():
                    cap[key] += 1
                elif t.islower():
                    low[key] += 1
    for w in sorted(set(cap) | set(low)):
        c, l = cap[w], low[w]
        if c + l < 3:
            continue
        flags = 16 if c >= 0.9 * (c + l) else 32 if l >= 0.9 * (c + l) else 0
        if flags:
            print("%s\t%d" % (w, flags))


if __name__ == "__main__":
    main()
