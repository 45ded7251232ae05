#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The CoNLL train fold: held-out documents for choices made without testa.

    conll_fold.py --train shared/data/conll2003/train.txt --out-dir DIR

Every fifth document of train.txt, from the fifth (189 documents), goes to
DIR/fold.gold.jsonl, written like testa.gold.jsonl (tokens joined by one
space, sentences by a newline; PER->PERSON, LOC->GPE, ORG, MISC->NORP);
the other four fifths to DIR/train4.txt (CoNLL, to train on and to count
unseen names against with unseen_recall.py).
"""
import argparse
import json
import os

TYPES = {"PER": "PERSON", "LOC": "GPE", "ORG": "ORG", "MISC": "NORP"}


def documents(path):
    """Lists of lines, one list per -DOCSTART- document."""
    doc = []
    with open(path, encoding="utf-8") as fp:
        for line in fp:
            if line.startswith("-DOCSTART-"):
                if doc:
                    yield doc
                doc = [line]
            else:
                doc.append(line)
    if doc:
        yield doc


def to_json(doc, ident):
    """The document's text and its names, spans in characters."""
    sentences, cur = [], []
    for line in doc[1:]:
        p = line.split()
        if not p:
            if cur:
                sentences.append(cur)
            cur = []
        else:
            cur.append((p[0], p[-1]))
    if cur:
        sentences.append(cur)
    text, names = "", []
    for s in sentences:
        if text:
            text += "\n"
        prev = None
        for k, (tok, tag) in enumerate(s):
            if k:
                text += " "
            start = len(text)
            text += tok
            typ = tag[2:] if tag != "O" else None
            if typ and prev == typ and not tag.startswith("B-"):
                names[-1][2] = len(text)
            elif typ:
                names.append([typ, start, len(text)])
            prev = typ
    ents = {}
    for typ, b, e in names:
        key = (TYPES[typ], text[b:e])
        ents.setdefault(key, []).append([b, e])
    return {"schema": 1, "id": ident, "text": text,
            "entities": [{"type": t, "name": n, "mentions": m} for (t, n), m in ents.items()]}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--train", required=True)
    ap.add_argument("--out-dir", required=True)
    a = ap.parse_args()
    os.makedirs(a.out_dir, exist_ok=True)
    held = 0
    with open(os.path.join(a.out_dir, "train4.txt"), "w", encoding="utf-8") as tr, \
            open(os.path.join(a.out_dir, "fold.gold.jsonl"), "w", encoding="utf-8") as fo:
        for i, doc in enumerate(documents(a.train)):
            if i % 5 == 4:
                held += 1
                fo.write(json.dumps(to_json(doc, "conll-fold-%04d" % held)) + "\n")
            else:
                tr.writelines(doc)
    print("conll_fold: %d documents held out" % held)


if __name__ == "__main__":
    main()
