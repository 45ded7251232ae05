#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""A blind-first development batch rich in persons from a source no entity
batch had used: PolNeAR (../../../../shared/data/polnear/train.gold.jsonl,
2016 US campaign news from seven publishers; quote annotations only, its
`text` is used; never its dev or test splits, the quotes plugin's held-out
sets).

Drawing rule (written before the draw, session ent88, 2026-12-07):
  - random.Random(880001).sample of 30 articles of train.gold.jsonl
    (file order; no other filter);
  - each article's text without its first paragraph (the headline) is cut
    into sentences (a full stop, ? or ! with an optional closing quote,
    then whitespace and an upper-case letter or an opening quote);
  - of the windows of 3 consecutive sentences (within the article, at most
    900 characters), the one with the most capitalised words that do not
    open a sentence is taken (the earliest on ties); a window with fewer
    than two such words makes the article yield nothing;
  - each window is one document, id "pn1-NN-<PolNeAR id suffix>", its text
    the three sentences as written (joined by one space).

Drawing rule of polnear-2 (written before its draw, session ent89,
2026-12-07), rich in organisations and persons:
  - the 30 articles polnear-1's rule sampled (seed 880001, the one that
    gave no window included) are left out; no other entity batch or file
    of the plugin names a PolNeAR article;
  - random.Random(890002).sample of 60 of the remaining articles of
    train.gold.jsonl (file order);
  - sentences and 3-sentence windows (at most 900 characters) as above;
    a window's score is its capitalised words not opening a sentence
    plus twice its organisation cues: a word of 2-6 capital letters
    (punctuation stripped; not "I", "A", "US", "U.S." or "OK") anywhere in
    the window, or a capitalised word of ORG_HEADS below; each article
    gives its best-scoring window (the earliest on ties; none when the
    window has fewer than two inner capitalised words);
  - of those, the 30 of highest score are kept (sample order on ties),
    in sample order; id "pn2-NN-<PolNeAR id suffix>", NN the position
    in the sample (1-60).

Drawing rule of polnear-3 (written before its draw, session ent89,
2026-12-07, after polnear-2's errors were read and fixed): as polnear-2's,
with random.Random(890003), leaving out polnear-1's 30 articles and all 60
articles polnear-2's seed sampled (kept or not); id "pn3-NN-...".

Drawing rule of polnear-4 (written before its draw, session ent89,
2026-12-07, after polnear-3's errors were read and fixed): as polnear-2's,
with random.Random(890004), leaving out polnear-1's 30 articles and all
60 articles each of polnear-2's and polnear-3's seeds sampled; id
"pn4-NN-...".

Drawing rule of polnear-5 (written before its draw, session ent89,
2026-12-07, after polnear-4's errors were read and fixed): as polnear-2's,
with random.Random(890005), leaving out polnear-1's 30 articles and the
60 articles each of polnear-2's, -3's and -4's seeds sampled; id
"pn5-NN-...".

Drawing rule of polnear-6 (written before its draw, session ent90,
2026-12-07, after the session's rules read off the Reuters 1987 batches
and polnear-5's person and organisation errors): as polnear-2's, with
random.Random(890006), leaving out polnear-1's 30 articles and the 60
articles each of polnear-2's, -3's, -4's and -5's seeds sampled; id
"pn6-NN-...".

Drawing rule of polnear-7 (written before its draw, session ent90,
2026-12-07, after polnear-6's errors were read and fixed): as polnear-2's,
with random.Random(890007), leaving out polnear-1's 30 articles and the
60 articles each of polnear-2's to -6's seeds sampled; id "pn7-NN-...".

  polnear_draw.py draw          -> batches/polnear-1.txt, polnear-1.src.jsonl
  polnear_draw.py draw2         -> batches/polnear-2.txt, polnear-2.src.jsonl
  polnear_draw.py draw3         -> batches/polnear-3.txt, polnear-3.src.jsonl
  polnear_draw.py draw4         -> batches/polnear-4.txt, polnear-4.src.jsonl
  polnear_draw.py draw5         -> batches/polnear-5.txt, polnear-5.src.jsonl
  polnear_draw.py draw6         -> batches/polnear-6.txt, polnear-6.src.jsonl
  polnear_draw.py draw7         -> batches/polnear-7.txt, polnear-7.src.jsonl
  polnear_draw.py build FILE [BATCH]   annotator's file (GUIDE.md format) -> gold JSONL on stdout
                                (BATCH polnear-1, the default, or polnear-2)
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import trade_entities  # noqa: E402

SRC = os.path.join(trade_entities.SHARED, "data/polnear/train.gold.jsonl")
SEED, N, WIN, MAXLEN = 880001, 30, 3, 900
SENT = re.compile(r'(?<=[.?!])["”’]?\s+(?=[A-Z"“])')
CAP = re.compile(r"\b[A-Z][a-z]+")
SEED2, N2, KEEP2 = 890002, 60, 30
SEED3, SEED4, SEED5, SEED6, SEED7 = 890003, 890004, 890005, 890006, 890007
ACRO = re.compile(r"^[A-Z]{2,6}$")
ORG_HEADS = {"Committee", "Party", "Association", "University", "College", "Institute",
             "Foundation", "Council", "Department", "Agency", "Commission", "Bureau",
             "Court", "Senate", "House", "Congress", "News", "Times", "Post", "Journal",
             "Press", "Network", "Corp", "Inc", "Company", "Group", "Club", "League",
             "Union", "Campaign", "Center", "Fund", "Board", "Church", "Tour", "Federation"}


def sentences(text):
    body = text.split("\n\n", 1)[1] if "\n\n" in text else text
    out = []
    for para in re.split(r"\n+", body):
        para = para.strip()
        if not para:
            continue
        pos = 0
        for m in SENT.finditer(para):
            out.append(para[pos:m.end()].strip())
            pos = m.end()
        out.append(para[pos:].strip())
    return [s for s in out if s]


def inner_caps(s):
    words = s.split()
    return sum(1 for w in words[1:] if CAP.match(w.lstrip('"“(\'‘')))


def windows(text):
    """(window, capitalised words inside its sentences) for each run of WIN
    sentences of the article no longer than MAXLEN."""
    ss = sentences(text)
    for j in range(0, max(1, len(ss) - WIN + 1)):
        w = ss[j:j + WIN]
        joined = " ".join(w)
        if len(joined) <= MAXLEN:
            yield joined, sum(inner_caps(s) for s in w)


def write_batch(docs, batch):
    """polnear-N.src.jsonl (sift's input) and batches/polnear-N.txt (the
    annotator's copy)."""
    with open(os.path.join(HERE, "polnear-%d.src.jsonl" % batch), "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "batches/polnear-%d.txt" % batch), "w", encoding="utf-8") as f:
        for d in docs:
            f.write("=== %s ===\n%s\n\n" % (d["id"], d["text"]))


def draw():
    arts = [json.loads(l) for l in open(SRC, encoding="utf-8")]
    pick = random.Random(SEED).sample(range(len(arts)), N)
    docs = []
    for k, i in enumerate(pick, 1):
        a = arts[i]
        best, bestn = None, 1
        for text, n in windows(a["text"]):
            if n > bestn:
                best, bestn = text, n
        if best is None:
            continue
        docs.append({"id": "pn1-%02d-%s" % (k, a["id"][len("polnear-train-"):][:40]), "title": "",
                     "published": "", "text": best})
    write_batch(docs, 1)
    print(len(docs), "documents,", sum(len(sentences("x\n\n" + d["text"])) for d in docs), "sentences")


def org_cues(text):
    n = 0
    for w in text.split():
        w = w.strip('"“”‘’\'(),.;:!?—-')
        if ACRO.match(w) and w not in ("I", "A", "US", "OK"):
            n += 1
        elif w in ORG_HEADS:
            n += 1
    return n


def draw2(batch=2):
    arts = [json.loads(l) for l in open(SRC, encoding="utf-8")]
    used = set(random.Random(SEED).sample(range(len(arts)), N))
    rest = [i for i in range(len(arts)) if i not in used]
    pick = random.Random(SEED2).sample(rest, N2)
    for seed in {2: (), 3: (SEED3,), 4: (SEED3, SEED4), 5: (SEED3, SEED4, SEED5),
                 6: (SEED3, SEED4, SEED5, SEED6), 7: (SEED3, SEED4, SEED5, SEED6, SEED7)}[batch]:
        used |= set(pick)
        rest = [i for i in range(len(arts)) if i not in used]
        pick = random.Random(seed).sample(rest, N2)
    cands = []
    for k, i in enumerate(pick, 1):
        a = arts[i]
        best, bests = None, -1
        for text, n in windows(a["text"]):
            if n < 2:
                continue
            sc = n + 2 * org_cues(text)
            if sc > bests:
                best, bests = text, sc
        if best is None:
            continue
        cands.append((-bests, k, {"id": "pn%d-%02d-%s" % (batch, k, a["id"][len("polnear-train-"):][:40]),
                                  "title": "", "published": "", "text": best}))
    kept = sorted(sorted(cands, key=lambda c: (c[0], c[1]))[:KEEP2], key=lambda c: c[1])
    docs = [c[2] for c in kept]
    write_batch(docs, batch)
    print(len(docs), "documents of", len(cands), "candidates,",
          sum(len(sentences("x\n\n" + d["text"])) for d in docs), "sentences")


def build(path, batch="polnear-1"):
    docs = {d["id"]: d for d in map(json.loads, open(os.path.join(HERE, batch + ".src.jsonl"), encoding="utf-8"))}
    anns = {a["id"]: a for a in map(json.loads, open(path, encoding="utf-8"))}
    bad = 0
    for aid, d in docs.items():
        ents, problems = trade_entities.resolve_names(d["text"], anns.get(aid, {}).get("names", []))
        if aid not in anns:
            problems.append("no annotation")
        for p in problems:
            bad += 1
            print(aid, p, file=sys.stderr)
        print(json.dumps(dict(d, entities=ents), ensure_ascii=False))
    print(len(docs), "documents,", bad, "problems", file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    if sys.argv[1:] == ["draw"]:
        draw()
    elif sys.argv[1:] == ["draw2"]:
        draw2()
    elif sys.argv[1:] == ["draw3"]:
        draw2(3)
    elif sys.argv[1:] == ["draw4"]:
        draw2(4)
    elif sys.argv[1:] == ["draw5"]:
        draw2(5)
    elif sys.argv[1:] == ["draw6"]:
        draw2(6)
    elif sys.argv[1:] == ["draw7"]:
        draw2(7)
    elif sys.argv[1:2] == ["build"] and len(sys.argv) in (3, 4):
        sys.exit(build(*sys.argv[2:]))
    else:
        sys.exit(__doc__)
