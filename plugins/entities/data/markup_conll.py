#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Turns hand-annotated sentences ("ID<TAB>text with [words|TYPE] spans",
tokens separated by spaces, '#' comments) into CoNLL documents for
train-ner: one document per sentence, "token _ _ TAG" with B-/I- tags.

    python3 plugins/entities/data/markup_conll.py plugins/entities/data/own-policy.txt
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


def main(paths):
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if not line.strip() or line.startswith("#"):
                    continue
                try:
                    rows = convert(line)
                except (ValueError, IndexError) as e:
                    sys.exit("%s:%d: %s" % (path, n, e))
                print("-DOCSTART- -X- -X- O\n")
                print("\n".join(rows) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
