#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""A blind-first batch of both unlabelled pools, rich in organisations,
to measure session ent91's organisation work on text it never saw: half
1987 Reuters wire copy (issue 10's unseen CoNLL-style newswire), half
People's Daily 2018 (issue 10's unseen 2018 trade news).

Drawing rule of ent91-1 (written and committed before the draw, session
ent91, 2026-12-07):
  - eligible: the articles of ../../../../shared/corpus/unlabelled/
    reuters-trade.jsonl and of peoplesdaily-2018.jsonl (only those
    published in 2018) that no entity batch, test set or trade test
    used: ids (reuters-NNNN, pd2018-NNN) named by any file of the
    plugin's folder (README.md, annotations/ - the reuters87 and polnear
    batches' files, sample.tsv and sample-2.tsv of both trade tests
    included - data/, tests/), less every article that shares a run of
    eight words (letters and digits, lower-cased) with a text file of
    data/ or tests/ (own.conll and the own-*.txt sentences carry no
    ids); articles with mojibake ("\\u00c3") are left out; this batch's
    own files (ent91-*) are not read, so the draw repeats;
  - Reuters: random.Random(910001).sample of 30 of the eligible articles
    (sorted by id; all of them when fewer), windows as reuters87_draw.py
    (wrapped lines joined, 3 consecutive sentences, at most 900
    characters), each article's best window by inner capitalised words
    plus twice its organisation cues plus twice its person cues
    (reuters87_draw.org_cues / person_cues), none with fewer than two
    inner capitalised words; the 15 of highest score kept (sample order
    on ties); id "e91r-NN-reuters-NNNN";
  - People's Daily 2018: the same with random.Random(910002), 30 sampled,
    15 kept; the text's line breaks are paragraph breaks; id
    "e91p-NN-pd2018-NNN";
  - "title" empty, "published" the article's; Reuters windows first,
    each half in sample order.
  Amended before the People's Daily half was drawn again (the same
  session; the first draw gave only 1 eligible People's Daily 2018
  article - 6 of all years - and was not read): People's Daily 2018
  articles named by no file but data/own-trade.txt (one sentence each,
  annotated 2026-12-06 for a training experiment that was not kept;
  never trained on, never a test) are eligible too, the 8-word runs
  then checked on the window instead of the article (a window sharing
  one with a text file of data/ or tests/ is passed over). The
  Reuters half is as first drawn (the same rule gives the same windows).
  To be annotated by hand (PERSON, ORG, GPE, LOC only; GUIDE.md with the
  reuters87 and polnear batches' choices where it is silent) and
  committed before sift runs on it; then scored once blind with main's
  plugin (micro over the four types, per type, --scheme conll F1_PLO),
  and again at the end of the session.

  ent91_draw.py draw         -> ent91-1.src.jsonl, batches/ent91-1.txt
  ent91_draw.py build FILE   annotator's file -> gold JSONL on stdout
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import trade_entities  # noqa: E402
import polnear_draw  # noqa: E402
import reuters87_draw as r87  # noqa: E402

UNL = os.path.join(trade_entities.SHARED, "corpus/unlabelled")
BATCH = "ent91-1"
N, KEEP = 30, 15


def used_ids_and_shingles(skip=()):
    plugin = os.path.dirname(HERE)
    ids, sh = set(), set()
    paths = [os.path.join(plugin, "README.md")]
    for top in ("annotations", "data", "tests"):
        for root, _, files in os.walk(os.path.join(plugin, top)):
            paths += [os.path.join(root, f) for f in files if not f.startswith("ent91-")]
    for p in paths:
        if p.endswith((".bin", ".model")) or os.path.basename(p) in skip:
            continue
        with open(p, encoding="utf-8", errors="replace") as f:
            text = f.read()
        ids.update(re.findall(r"(?:reuters|pd2018)-\d+", text))
        if "/data/" in p or "/tests/" in p:
            if p.endswith(".conll"):
                text = " ".join(line.split()[0] for line in text.splitlines() if line.strip())
            sh |= r87.shingles(text)
    return ids, sh


def best_window(text, sh=None):
    best, bests = None, -1
    for w, n in polnear_draw.windows("x\n\n" + text):
        if n < 2 or (sh and r87.shingles(w) & sh):
            continue
        sc = n + 2 * r87.org_cues(w) + 2 * r87.person_cues(w)
        if sc > bests:
            best, bests = w, sc
    return best, bests


def half(arts, seed, prefix, prep, sh=None):
    pick = random.Random(seed).sample(arts, min(N, len(arts)))
    cands = []
    for k, a in enumerate(pick, 1):
        w, sc = best_window(prep(a["text"]), sh)
        if w is None:
            continue
        cands.append((-sc, k, {"id": "%s-%02d-%s" % (prefix, k, a["id"]), "title": "",
                               "published": a.get("published", ""), "text": w}))
    kept = sorted(sorted(cands, key=lambda c: (c[0], c[1]))[:KEEP], key=lambda c: c[1])
    return [c[2] for c in kept], len(cands)


def draw():
    ids, sh = used_ids_and_shingles()

    def ok(a):
        return a["id"] not in ids and "\u00c3" not in a["text"] and not (r87.shingles(a["text"]) & sh)

    reu = sorted((a for a in map(json.loads, open(os.path.join(UNL, "reuters-trade.jsonl"), encoding="utf-8"))
                  if ok(a)), key=lambda a: a["id"])
    ids2, sh2 = used_ids_and_shingles(skip=("own-trade.txt",))
    pd = sorted((a for a in map(json.loads, open(os.path.join(UNL, "peoplesdaily-2018.jsonl"), encoding="utf-8"))
                 if a.get("published", "").startswith("2018") and a["id"] not in ids2 and "\u00c3" not in a["text"]
                 and not (r87.shingles(a["text"]) & sh2)), key=lambda a: a["id"])
    print(len(reu), "Reuters and", len(pd), "People's Daily 2018 articles eligible", file=sys.stderr)
    d1, n1 = half(reu, 910001, "e91r", r87.unwrap)
    d2, n2 = half(pd, 910002, "e91p", lambda t: "\n".join(" ".join(p.split()) for p in t.split("\n")), sh)
    docs = d1 + d2
    print(len(d1), "of", n1, "and", len(d2), "of", n2, "windows kept", file=sys.stderr)
    with open(os.path.join(HERE, BATCH + ".src.jsonl"), "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "batches", BATCH + ".txt"), "w", encoding="utf-8") as f:
        for d in docs:
            f.write("=== %s ===\n%s\n\n" % (d["id"], d["text"]))


if __name__ == "__main__":
    if sys.argv[1:] == ["draw"]:
        draw()
    elif sys.argv[1:2] == ["build"] and len(sys.argv) == 3:
        sys.exit(r87.build(sys.argv[2], BATCH))
    else:
        sys.exit(__doc__)
