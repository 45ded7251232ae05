#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""A blind-first batch of newswire of another era, rich in organisations
and persons: the 1987 Reuters pool
(../../../../shared/corpus/unlabelled/reuters-trade.jsonl; Reuters-21578,
research use with attribution), for issue 10's bar on unseen CoNLL-style
newswire (ORG 0.72-0.79 on every blind PolNeAR batch).

Drawing rule of reuters87-1 (written and committed before the draw,
session ent90, 2026-12-07):
  - the pool's articles, less every article that any entity batch, test
    set or trade test used: ids (reuters-NNNN) named by any file of the
    plugin's folder (README.md, annotations/, data/, tests/, the dev
    batches' own files included), and every article that shares a run of
    eight words (letters and digits only, lower-cased) with a text file
    of data/ or tests/ (own.conll and the own-*.txt sentences carry no
    ids); articles with mojibake ("\u00c3") are left out;
  - random.Random(900001).sample of 60 of the eligible articles (sorted
    by id);
  - each article's text has its wrapped lines joined (a line break
    followed by the paragraph indent starts a paragraph, any other line
    break is a space) and is cut into sentences as polnear_draw.py does;
    of its windows of 3 consecutive sentences (within the article, at
    most 900 characters), the best by: capitalised words not opening a
    sentence, plus twice its organisation cues (a word of 2-6 capitals,
    punctuation stripped, not "I", "A", "US", "OK", "UK"; or a
    capitalised organisation head of ORG_HEADS below), plus twice its
    person cues (a title or role word of PERSON_CUES directly before a
    capitalised word); the earliest on ties; none when the window has
    fewer than two inner capitalised words;
  - of those, the 30 of highest score are kept (sample order on ties),
    in sample order; id "r87-NN-reuters-NNNN", NN the position in the
    sample (1-60); "title" empty (the all-caps headlines are not part of
    the window), "published" the article's.
  Annotated by hand (PERSON, ORG, GPE, LOC only, GUIDE.md with the
  PolNeAR batches' choices where it is silent) before sift runs on it.

Drawing rule of reuters87-2 (written and committed before its draw,
session ent90, 2026-12-07, after reuters87-1's errors were read and
fixed): as reuters87-1's, from the same eligible articles (the files of
both batches aside, and the articles of reuters87-1's windows kept in,
since the unit tests' comments quote two of them: so the set repeats)
less the 60 that reuters87-1's
seed sampled (kept or not); random.Random(900002) samples 60 of the rest
(all of them when fewer are left); the 30 best windows kept; id
"r87b-NN-reuters-NNNN".

  reuters87_draw.py draw               -> batches/reuters87-1.txt, reuters87-1.src.jsonl
  reuters87_draw.py draw2              -> batches/reuters87-2.txt, reuters87-2.src.jsonl
  reuters87_draw.py build FILE [BATCH] annotator's file -> gold JSONL on stdout (BATCH
                                       reuters87-1, the default, or reuters87-2)
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

POOL = os.path.join(trade_entities.SHARED, "corpus/unlabelled/reuters-trade.jsonl")
SEED, N, KEEP, WIN, MAXLEN = 900001, 60, 30, 3, 900
ACRO = re.compile(r"^[A-Z]{2,6}$")
ORG_HEADS = {"Committee", "Party", "Association", "University", "Institute", "Foundation", "Council",
             "Department", "Agency", "Commission", "Bureau", "Board", "Bank", "Ministry", "Exchange",
             "Union", "Corp", "Corporation", "Inc", "Co", "Company", "Ltd", "Group", "Federation",
             "Reserve", "Fund", "Authority", "Office", "Administration", "Institution", "Trust",
             "Industries", "Holdings", "Organisation", "Organization", "Community", "Congress",
             "Senate", "House", "Parliament", "Cabinet", "Chamber", "Times", "Journal", "News"}
PERSON_CUES = {"Mr", "Mrs", "Ms", "Dr", "President", "Minister", "Secretary", "Chairman", "chairman",
               "spokesman", "spokeswoman", "Governor", "Senator", "Sen", "Rep", "Commissioner",
               "Director", "director", "analyst", "economist", "Prime", "Premier", "Chancellor",
               "official", "president", "executive", "Representative", "Ambassador", "ambassador"}
SHINGLE = 8


def words(text):
    return re.findall(r"[a-z0-9]+", text.lower())


def shingles(text):
    w = words(text)
    return {" ".join(w[i:i + SHINGLE]) for i in range(len(w) - SHINGLE + 1)}


def used_ids_and_shingles():
    """Ids named anywhere in the plugin's folder; 8-word runs of its
    data/ and tests/ text files (own.conll read as its tokens)."""
    plugin = os.path.dirname(HERE)
    ids, sh = set(), set()
    paths = [os.path.join(plugin, "README.md")]
    for top in ("annotations", "data", "tests"):
        for root, _, files in os.walk(os.path.join(plugin, top)):
            paths += [os.path.join(root, f) for f in files if not f.startswith("reuters87-")]
    for p in paths:
        if p.endswith((".bin", ".model")):
            continue
        with open(p, encoding="utf-8", errors="replace") as f:
            text = f.read()
        ids.update(re.findall(r"reuters-\d+", text))
        if "/data/" in p or "/tests/" in p:
            if p.endswith(".conll"):
                text = " ".join(line.split()[0] for line in text.splitlines() if line.strip())
            sh |= shingles(text)
    return ids, sh


def unwrap(text):
    paras = re.split(r"\n\s{2,}", text)
    return "\n".join(" ".join(p.split()) for p in paras)


def person_cues(text):
    n, ws = 0, text.split()
    for a, b in zip(ws, ws[1:]):
        if a.strip(".,") in PERSON_CUES and re.match(r"[A-Z][a-z]", b):
            n += 1
    return n


def org_cues(text):
    n = 0
    for w in text.split():
        w = w.strip('"“”‘’\'(),.;:!?—-')
        if ACRO.match(w) and w not in ("I", "A", "US", "OK", "UK"):
            n += 1
        elif w in ORG_HEADS:
            n += 1
    return n


def draw(batch=1):
    ids, sh = used_ids_and_shingles()
    arts = [json.loads(l) for l in open(POOL, encoding="utf-8")]
    # the articles of reuters87-1's windows were eligible when it was
    # drawn; the tests' comments quote them since
    first = set()
    if os.path.exists(os.path.join(HERE, "reuters87-1.src.jsonl")):
        first = {json.loads(l)["id"].split("-", 2)[2] for l in open(os.path.join(HERE, "reuters87-1.src.jsonl"))}
    elig = sorted((a for a in arts if a["id"] in first or (a["id"] not in ids and "\u00c3" not in a["text"]
                   and not (shingles(a["text"]) & sh))), key=lambda a: a["id"])
    print(len(arts), "articles,", len(elig), "eligible", file=sys.stderr)
    pick = random.Random(SEED).sample(elig, N)
    if batch == 2:
        done = {a["id"] for a in pick}
        rest = [a for a in elig if a["id"] not in done]
        pick = random.Random(SEED + 1).sample(rest, min(N, len(rest)))
    cands = []
    for k, a in enumerate(pick, 1):
        best, bests = None, -1
        for text, n in polnear_draw.windows("x\n\n" + unwrap(a["text"])):
            if n < 2:
                continue
            sc = n + 2 * org_cues(text) + 2 * person_cues(text)
            if sc > bests:
                best, bests = text, sc
        if best is None:
            continue
        cands.append((-bests, k, {"id": "r87%s-%02d-%s" % ("" if batch == 1 else "b", k, a["id"]), "title": "",
                                  "published": a.get("published", ""), "text": best}))
    kept = sorted(sorted(cands, key=lambda c: (c[0], c[1]))[:KEEP], key=lambda c: c[1])
    docs = [c[2] for c in kept]
    with open(os.path.join(HERE, "reuters87-%d.src.jsonl" % batch), "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "batches/reuters87-%d.txt" % batch), "w", encoding="utf-8") as f:
        for d in docs:
            f.write("=== %s ===\n%s\n\n" % (d["id"], d["text"]))
    print(len(docs), "documents of", len(cands), "candidates", file=sys.stderr)


def build(path, batch="reuters87-1"):
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
        draw(2)
    elif sys.argv[1:2] == ["build"] and len(sys.argv) in (3, 4):
        sys.exit(build(*sys.argv[2:]))
    else:
        sys.exit(__doc__)
