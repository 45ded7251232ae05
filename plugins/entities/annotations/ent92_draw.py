#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""A blind-first batch of both unlabelled pools, rich in organisations
and companies, to measure session ent92's work (company names with no
cue word in their window) on text no rule was read off.

Drawing rule of ent92-1 (written and committed before the draw, session
ent92, 2026-12-07):
  - Reuters 1987 (../../../../shared/corpus/unlabelled/reuters-trade.jsonl):
    eligible as in ent91_draw.py - the articles whose id (reuters-NNNN)
    no file of the plugin's folder names (README.md, annotations/ - every
    earlier batch's files, ent91-1's included - data/, tests/), that share
    no run of eight words (letters and digits, lower-cased) with a text
    file of data/ or tests/ (own.conll read as its tokens), without
    mojibake ("\\u00c3"); this batch's own files (ent92-*) are not read,
    so the draw repeats;
  - random.Random(920001).sample of 60 of them (sorted by id; all when
    fewer); windows as reuters87_draw.py (wrapped lines joined, 3
    consecutive sentences, at most 900 characters, at least two inner
    capitalised words); each article's best window by
        inner capitalised words + 3 x organisation cues
        + 2 x company words + person cues
    (organisation and person cues: reuters87_draw.org_cues /
    person_cues; company words: COMPANY_WORDS below, lower case, as
    whole words); the 30 of highest score kept (sample order on ties),
    in sample order; id "e92r-NN-reuters-NNNN";
  - People's Daily 2018 (peoplesdaily-2018.jsonl, published in 2018):
    ent91's amended rule, widened to every data file that no shipped
    model was trained on: articles named by no file of the plugin's
    folder but data/own-trade.txt, data/own-org.txt or
    data/own-person.txt (sentences annotated for training experiments
    that were not kept; data/ORIGIN.md), a window sharing a run of eight
    words with a text file of data/ or tests/ passed over;
    random.Random(920002) samples 30, the same score, the 10 best kept;
    id "e92p-NN-pd2018-NNN"; the text's line breaks are paragraph
    breaks;
  - "title" empty, "published" the article's; Reuters windows first.
  - The two halves, fixed before any score: within each source, in file
    order, the 1st, 3rd, 5th ... window is half A (read for errors after
    the blind score), the 2nd, 4th, 6th ... half B (scored at the start
    and at the end of the session, its errors never read).
  To be annotated by hand (PERSON, ORG, GPE, LOC only; GUIDE.md, with the
  reuters87, polnear and ent91-1 batches' choices where it is silent) and
  committed before sift runs on it; then scored once blind with main's
  plugin (micro over the four types, per type, --scheme conll F1_PLO).

  ent92_draw.py draw          -> ent92-1.src.jsonl, ent92-1a/b.src.jsonl, batches/ent92-1.txt
  ent92_draw.py build FILE    annotator's file -> gold/ent92-1.jsonl, gold/ent92-1a.jsonl, gold/ent92-1b.jsonl
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
BATCH = "ent92-1"
NR, KEEPR, NP, KEEPP = 60, 30, 30, 10
COMPANY_WORDS = {"company", "companies", "shares", "stake", "subsidiary", "unit", "merger", "acquisition",
                 "acquire", "acquired", "takeover", "bid", "dividend", "firm", "group", "bank", "corporation"}
UNTRAINED = ("own-trade.txt", "own-org.txt", "own-person.txt")


def used_ids_and_shingles(skip=()):
    plugin = os.path.dirname(HERE)
    ids, sh = set(), set()
    paths = [os.path.join(plugin, "README.md")]
    for top in ("annotations", "data", "tests"):
        for root, _, files in os.walk(os.path.join(plugin, top)):
            paths += [os.path.join(root, f) for f in files if not f.startswith("ent92-")]
    for p in paths:
        if p.endswith((".bin", ".model")):
            continue
        with open(p, encoding="utf-8", errors="replace") as f:
            text = f.read()
        if os.path.basename(p) not in skip:
            ids.update(re.findall(r"(?:reuters|pd2018)-\d+", text))
        if "/data/" in p or "/tests/" in p:
            if p.endswith(".conll"):
                text = " ".join(line.split()[0] for line in text.splitlines() if line.strip())
            sh |= r87.shingles(text)
    return ids, sh


def company_words(text):
    return sum(1 for w in re.findall(r"[A-Za-z]+", text) if w in COMPANY_WORDS)


def best_window(text, sh=None):
    best, bests = None, -1
    for w, n in polnear_draw.windows("x\n\n" + text):
        if n < 2 or (sh and r87.shingles(w) & sh):
            continue
        sc = n + 3 * r87.org_cues(w) + 2 * company_words(w) + r87.person_cues(w)
        if sc > bests:
            best, bests = w, sc
    return best, bests


def half(arts, seed, n, keep, prefix, prep, sh=None):
    pick = random.Random(seed).sample(arts, min(n, len(arts)))
    cands = []
    for k, a in enumerate(pick, 1):
        w, sc = best_window(prep(a["text"]), sh)
        if w is None:
            continue
        cands.append((-sc, k, {"id": "%s-%02d-%s" % (prefix, k, a["id"]), "title": "",
                               "published": a.get("published", ""), "text": w}))
    kept = sorted(sorted(cands, key=lambda c: (c[0], c[1]))[:keep], key=lambda c: c[1])
    return [c[2] for c in kept], len(cands)


def write(name, docs):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")


def halves(docs):
    a, b = [], []
    for src in ("e92r-", "e92p-"):
        part = [d for d in docs if d["id"].startswith(src)]
        a += part[0::2]
        b += part[1::2]
    return a, b


def draw():
    ids, sh = used_ids_and_shingles()
    reu = sorted((a for a in map(json.loads, open(os.path.join(UNL, "reuters-trade.jsonl"), encoding="utf-8"))
                  if a["id"] not in ids and "\u00c3" not in a["text"] and not (r87.shingles(a["text"]) & sh)),
                 key=lambda a: a["id"])
    ids2, _ = used_ids_and_shingles(skip=UNTRAINED)
    pd = sorted((a for a in map(json.loads, open(os.path.join(UNL, "peoplesdaily-2018.jsonl"), encoding="utf-8"))
                 if a.get("published", "").startswith("2018") and a["id"] not in ids2
                 and "\u00c3" not in a["text"]), key=lambda a: a["id"])
    print(len(reu), "Reuters and", len(pd), "People's Daily 2018 articles eligible", file=sys.stderr)
    d1, n1 = half(reu, 920001, NR, KEEPR, "e92r", r87.unwrap)
    d2, n2 = half(pd, 920002, NP, KEEPP, "e92p",
                  lambda t: "\n".join(" ".join(p.split()) for p in t.split("\n")), sh)
    docs = d1 + d2
    print(len(d1), "of", n1, "and", len(d2), "of", n2, "windows kept", file=sys.stderr)
    write(BATCH + ".src.jsonl", docs)
    a, b = halves(docs)
    write(BATCH + "a.src.jsonl", a)
    write(BATCH + "b.src.jsonl", b)
    with open(os.path.join(HERE, "batches", BATCH + ".txt"), "w", encoding="utf-8") as f:
        for d in docs:
            f.write("=== %s ===\n%s\n\n" % (d["id"], d["text"]))


def build(path):
    import contextlib
    import io
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        rc = r87.build(path, BATCH)
    lines = out.getvalue().splitlines(True)
    gold = os.path.join(HERE, "gold")
    with open(os.path.join(gold, BATCH + ".jsonl"), "w", encoding="utf-8") as f:
        f.writelines(lines)
    a, b = halves([json.loads(l) for l in lines])
    write(os.path.join(gold, BATCH + "a.jsonl"), a)
    write(os.path.join(gold, BATCH + "b.jsonl"), b)
    return rc


if __name__ == "__main__":
    if sys.argv[1:] == ["draw"]:
        draw()
    elif sys.argv[1:2] == ["build"] and len(sys.argv) == 3:
        sys.exit(build(sys.argv[2]))
    else:
        sys.exit(__doc__)
