#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Writes the product section of cues.tsv: the words that name a product
on their own, learned from the goods of the annotated train split.

    build_products.py annotations/gold/train.jsonl > products.txt

A product named before its measure ("an oil import fee", "steel and
aluminum tariffs") is told from a word of the measure's kind or size
("heavy tariffs", "safeguard duties") by this list: every one-word goods
entry of the train split (the test split is not read), with its singular
or plural, less the words the cue lexicon already gives a class (goods,
products, imports). One line per word: word, a tab, PRODUCT."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def other_number(w):
    """The plural of a singular, the singular of a regular plural."""
    if w.endswith("ies"):
        return w[:-3] + "y"
    if w.endswith("ses") or w.endswith("shes") or w.endswith("ches"):
        return w[:-2]
    if w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    if w.endswith("y") and w[-2:-1] not in "aeiou":
        return w[:-1] + "ies"
    return w + ("es" if w.endswith(("s", "sh", "ch", "x")) else "s")


def main():
    cues = set()
    for line in open(os.path.join(HERE, "cues.tsv"), encoding="utf-8"):
        if line.strip() and not line.startswith("#") and not line.rstrip("\n").endswith("\tPRODUCT"):
            cues.add(line.split("\t")[0].lower())
    words = set()
    for path in sys.argv[1:]:
        for line in open(path, encoding="utf-8"):
            for e in json.loads(line).get("tariffs") or []:
                for g in e.get("goods") or []:
                    w = g.lower().split()
                    if len(w) == 1 and w[0].isalpha() and len(w[0]) > 2:
                        words.add(w[0])
                        words.add(other_number(w[0]))
    for w in sorted(words - cues):
        print("%s\tPRODUCT" % w)


if __name__ == "__main__":
    sys.exit(main())
