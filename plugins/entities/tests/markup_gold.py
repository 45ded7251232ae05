#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Turns hand-annotated sentences ("ID<TAB>text with [words|TYPE] spans",
TYPE PER ORG LOC, '#' comments) into gold JSON lines for
shared/eval/score.py (byte offsets; PER->PERSON, LOC->GPE: the conll
scheme scores GPE and LOC as one). Published dates come from the pool.

    python3 plugins/entities/tests/markup_gold.py plugins/entities/tests/pool2018dev.txt \\
        ../shared/corpus/unlabelled/peoplesdaily-2018.jsonl > plugins/entities/tests/pool2018dev.gold.jsonl
"""
import json
import re
import sys

SPAN = re.compile(r"\[([^\[\]|]+)\|(PER|ORG|LOC)\]")
TYPES = {"PER": "PERSON", "ORG": "ORG", "LOC": "GPE"}


def main(markup, pool):
    published = {}
    with open(pool, encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            published[a["id"]] = a.get("published")
    with open(markup, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            aid, text = line.rstrip("\n").split("\t", 1)
            plain, spans, pos = b"", [], 0
            for m in SPAN.finditer(text):
                plain += text[pos:m.start()].encode()
                b = len(plain)
                plain += m.group(1).encode()
                spans.append((m.group(1), TYPES[m.group(2)], [b, len(plain)]))
                pos = m.end()
            plain += text[pos:].encode()
            if b"[" in plain and b"|" in plain:
                sys.exit("%s: unbalanced markup" % aid)
            ents = {}
            for name, typ, span in spans:
                ents.setdefault((name, typ), []).append(span)
            out = {"id": aid, "text": plain.decode(), "published": published.get(aid),
                   "entities": [{"type": t, "name": n, "mentions": m} for (n, t), m in ents.items()]}
            print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
