#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Turns hand-annotated sentences ("ID<TAB>text with [words|TYPE] spans",
tokens separated by spaces, '#' comments) into CoNLL documents for
train-ner: one document per sentence, "token _ _ TAG" with B-/I- tags;
with --by-article, one document per article ID (its sentences in the
order of the file), so that the article-wide features (the first stage's
word history, the second stage's aggregates) see the article's other
sentences as they do at run time.

    python3 plugins/entities/data/markup_conll.py [--by-article] plugins/entities/data/own-policy.txt
"""
import re
import sys

SPAN = re.compile(r"\[([^\[\]|]+)\|(PER|ORG|LOC|MISC)\]")


def convert(line):
    """CoNLL lines of one annotated sentence (ValueError on bad markup)."""
    text = line.split("\t", 1)[1].strip()
    rows, pos = [], 0
    for m in list(SPAN.finditer(text)) + [None]:
        plain = text[pos:m.start()] if m else text[pos:]
        # a bracket of the text stands alone ("[ Photo / VCG ]"); one glued to a word is markup gone wrong
        if "|" in plain or any(("[" in t or "]" in t) and t not in "[]" for t in plain.split()):
            raise ValueError("unbalanced markup: " + plain)
        rows += [(t, "O") for t in plain.split()]
        if m:
            words = m.group(1).split()
            rows += [(t, ("B-" if k == 0 else "I-") + m.group(2)) for k, t in enumerate(words)]
            pos = m.end()
    return ["%s _ _ %s" % r for r in rows]


def main(args):
    by_article = "--by-article" in args
    docs = {}  # key -> sentences' rows, in the order of first appearance
    for path in (a for a in args if a != "--by-article"):
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if not line.strip() or line.startswith("#"):
                    continue
                try:
                    rows = convert(line)
                except (ValueError, IndexError) as e:
                    sys.exit("%s:%d: %s" % (path, n, e))
                key = (path, line.split("\t", 1)[0]) if by_article else (path, n)
                docs.setdefault(key, []).append(rows)
    for sents in docs.values():
        print("-DOCSTART- -X- -X- O\n")
        for rows in sents:
            print("\n".join(rows) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
