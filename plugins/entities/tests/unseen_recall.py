#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Recall on names the tagger never saw: the estimate of unseen performance.

    unseen_recall.py --train shared/data/conll2003/train.txt \
        --gold shared/data/conll2003/testa.gold.jsonl --pred testa.out

A gold PER/ORG/LOC mention is "unseen" when its text is not the text of
any PER/ORG/LOC/MISC phrase of the CoNLL training file. Prints the recall
(exact span and type, the --scheme conll mapping of score.py) on unseen
and on seen names, per type.
"""
import argparse
import collections
import json

CONLL = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}


def train_names(path):
    names, cur, prev = set(), [], None
    with open(path, encoding="utf-8") as fp:
        for line in fp:
            p = line.split()
            tag = p[-1] if len(p) >= 4 else "O"
            typ = tag[2:] if tag != "O" else None
            if cur and (typ is None or typ != prev or tag.startswith("B-")):
                names.add(" ".join(cur))
                cur = []
            if typ:
                cur.append(p[0])
            prev = typ
    if cur:
        names.add(" ".join(cur))
    return names


def mentions(path):
    out = {}
    with open(path, encoding="utf-8") as fp:
        for line in fp:
            a = json.loads(line)
            s = set()
            for e in a.get("entities") or []:
                t = CONLL.get(e.get("type"))
                if t:
                    s.update((t, m[0], m[1]) for m in e.get("mentions") or [])
            out[a["id"]] = (a.get("text", ""), s)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", required=True)
    ap.add_argument("--gold", required=True)
    ap.add_argument("--pred", required=True)
    a = ap.parse_args()
    seen = train_names(a.train)
    gold, pred = mentions(a.gold), mentions(a.pred)
    hit = collections.Counter()
    tot = collections.Counter()
    for aid, (text, g) in gold.items():
        p = pred.get(aid, ("", set()))[1]
        for m in g:
            k = "seen" if text[m[1]:m[2]] in seen else "unseen"
            for key in (k, k + " " + m[0]):
                tot[key] += 1
                hit[key] += m in p
    res = {k: round(hit[k] / tot[k], 4) for k in sorted(tot)}
    for k in sorted(tot):
        print("%-12s recall %.4f  (%d of %d)" % (k, hit[k] / tot[k], hit[k], tot[k]))
    print(json.dumps({"recall": res, "unseen_share": round(tot["unseen"] / sum(
        tot[k] for k in ("seen", "unseen")), 4)}))


if __name__ == "__main__":
    main()
