#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Draws the sentences of own-person.txt (before hand correction): person-
and company-rich sentences of the unlabelled pools (People's Daily 2018,
Reuters 1987; People's Daily of 2014-2017
when the 2018 articles run out) from articles that no file of the plugin names (tests/,
data/, annotations/, README.md, every sample-*.tsv: so neither test batch
nor any development batch) and whose text own.conll does not hold.

A sentence qualifies by a cue of a person (a title or honorific before a
capitalised word, a capitalised pair next to "said"/"told"/"says", an
apposition after a capitalised pair, a Chinese name in pinyin) or of a
company (a legal form, "shares", "brand", "company", "chief executive");
at most eight sentences a People's Daily article and three a
Reuters one (the 2018 pool has few articles left), seeded, so no one article weighs much.
Prints the sentences pre-tagged by sift in the markup of own-*.txt
("ID<TAB>tokens with [words|TYPE] spans"), to be corrected by hand:

    build/sift process --plugins entities ... (done by this script, given --sift)
    python3 plugins/entities/data/draw_persons.py --sift build/sift > own-person.raw

The held-out part: the sentences of every article whose id's CRC-32 is 0
mod 4 (22 of 84 articles, 52 of 186 sentences), never trained on;
--split writes the rest as markup for markup_conll.py and the held-out
part as gold JSON lines for score.py (--scheme conll; text = the tokens
joined by spaces, PER/ORG/LOC -> PERSON/ORG/GPE, MISC left out):

    python3 plugins/entities/data/draw_persons.py --split plugins/entities/data/own-person.txt \
        --train-out person-train.txt --gold-out plugins/entities/tests/ownperson_held.gold.jsonl
"""
import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
PLUGIN = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(PLUGIN, "annotations"))
import trade_entities as te  # noqa: E402

SEED = 86
TITLE = (r"(?:President|Premier|Vice Premier|Minister|Secretary|Ambassador|Chairman|Chairwoman|Governor|Senator|Sen\.|"
         r"Rep\.|Mayor|Director|Professor|Prof\.|Dr\.|Mr\.|Mrs\.|Ms\.|Mr|Ms|Mrs|Dr|spokesman|spokeswoman|spokesperson|"
         r"chairman|president|director|economist|analyst|professor|researcher|chief executive|CEO|founder|"
         r"vice president|minister|secretary|ambassador|official|head|councilor|Councilor|Chancellor|King|Prince)")
PERSON = re.compile(r"\b%s [A-Z][a-z]+|[A-Z][a-z]+ [A-Z][a-z]+(?:-[a-z]+)?,? (?:said|says|told|added|noted|stressed)\b|"
                    r"\b(?:said|says|according to) [A-Z][a-z]+ [A-Z][a-z]+|[A-Z][a-z]+ [A-Z][a-z]+, (?:a|an|the|who|"
                    r"deputy|vice|chief|head|senior|director|professor|chairman|president)\b" % TITLE)
COMPANY = re.compile(r"\b(?:Inc|Corp|Co|Ltd|Group|brand|brands|company|companies|firm|shares|stake|chief executive|"
                     r"automaker|carmaker|chipmaker|retailer|maker|giant|subsidiary)\b")
ABBREV = {"Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Sen.", "Rep.", "Gov.", "St.", "Jr.", "Inc.", "Corp.", "Co.", "Ltd.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.", "No.", "Gen.", "Lt.", "Col.", "Bros.",
          "vs.", "Mt.", "Ave.", "a.m.", "p.m."}
TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[A-Z][a-z]{0,4}\.(?=\s+[A-Z0-9])|\d+(?:[.,:]\d+)*(?:st|nd|rd|th|s)?|"
                   r"n't|'s|'re|'ve|'ll|'m|'d|\w+(?:[-&.]\w+|'(?!s\b)\w+)*|[^\w\s]")
TAGS = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "NORP": "MISC"}


def tokens(s):
    """CoNLL-style tokens with their offsets: "China 's", "U.S.", "Mr."."""
    out = []
    for m in TOKEN.finditer(s):
        t = m.group(0)
        if t.endswith(".") and 1 < len(t) <= 6 and t not in ABBREV and not re.fullmatch(r"(?:[A-Za-z]\.){2,}", t):
            out += [(t[:-1], m.start(), m.end() - 1), (".", m.end() - 1, m.end())]
        else:
            out.append((t, m.start(), m.end()))
    return out


def sentences(a):
    text = a["text"]
    if a["id"].startswith("reuters"):  # wrapped lines: a line break inside a sentence is a space
        text = re.sub(r"(?<=\S)\n(?=\S)", " ", text).replace("\n    ", "\n")
    sents = [s.strip() for s in re.split(r'(?<![ .][A-Z]\.)(?<=[.!?"])\s+(?=[A-Z"])|\n+', text)]
    return [s for s in sents if 8 <= len(s.split()) <= 50 and "http" not in s and "\u00e2" not in s]


def markup(sent, ents):
    spans = []
    for e in ents:
        if e["type"] in TAGS:
            spans += [(s, t, TAGS[e["type"]]) for s, t in e["mentions"]]
    toks, out, i = tokens(sent), [], 0
    while i < len(toks):
        hit = [sp for sp in spans if toks[i][1] <= sp[0] < toks[i][2] or sp[0] <= toks[i][1] < sp[1]]
        if hit:
            s, t, ty = hit[0]
            j = i
            while j + 1 < len(toks) and toks[j + 1][1] < t:
                j += 1
            out.append("[%s|%s]" % (" ".join(x[0] for x in toks[i:j + 1]), ty))
            i = j + 1
        else:
            out.append(toks[i][0])
            i += 1
    return " ".join(out)


SPAN = re.compile(r"\[([^\[\]|]+)\|(PER|ORG|LOC|MISC)\]")
GOLD_TYPES = {"PER": "PERSON", "ORG": "ORG", "LOC": "GPE"}


def held_out(aid):
    return zlib.crc32(aid.encode()) % 4 == 0


def split(src, train_out, gold_out):
    """The training part as markup, the held-out part as gold JSON lines."""
    n = 0
    with open(src, encoding="utf-8") as f, open(train_out, "w", encoding="utf-8") as tr, \
            open(gold_out, "w", encoding="utf-8") as go:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            aid, text = line.rstrip("\n").split("\t", 1)
            if not held_out(aid):
                tr.write(line)
                continue
            plain, spans, pos = b"", [], 0
            for m in list(SPAN.finditer(text)) + [None]:
                plain += (text[pos:m.start()] if m else text[pos:]).encode()
                if m:
                    w = m.group(1).encode()
                    if m.group(2) in GOLD_TYPES:
                        spans.append((GOLD_TYPES[m.group(2)], m.group(1), len(plain), len(plain) + len(w)))
                    plain += w
                    pos = m.end()
            ents = {}
            for t, name, s, e in spans:
                ents.setdefault((t, name), []).append([s, e])
            n += 1
            go.write(json.dumps({"id": "%s-h%d" % (aid, n), "text": plain.decode(), "entities": [
                {"type": t, "name": k, "mentions": v} for (t, k), v in ents.items()]}) + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sift", default="build/sift")
    ap.add_argument("--split", help="an annotated file: write its two parts instead of drawing")
    ap.add_argument("--train-out")
    ap.add_argument("--gold-out")
    ap.add_argument("--n2018", type=int, default=200)
    ap.add_argument("--n1987", type=int, default=110)
    args = ap.parse_args()
    if args.split:
        split(args.split, args.train_out, args.gold_out)
        return
    used = te.named_ids()
    for name in os.listdir(os.path.join(PLUGIN, "annotations")):
        if name.startswith("sample") and name.endswith(".tsv"):
            used.update(open(os.path.join(PLUGIN, "annotations", name)).read().split()[1:])
    own = te.own_openings()
    rng, pick = random.Random(SEED), []
    for pool, n, per in ((te.POOL, args.n2018, 8), (te.POOL87, args.n1987, 3)):
        arts = [a for a in te.testset.load_pool(te.SHARED, pool) if a["id"] not in used and "\u00c3" not in a["text"]]
        rng.shuffle(arts)
        arts.sort(key=lambda a: not a.get("published", "").startswith(("2018", "1987")))  # the pool's year first
        got = 0
        for a in arts:
            sents = [s for s in sentences(a) if (PERSON.search(s) or COMPANY.search(s) and re.search(r" [A-Z]", s))
                     and not any(o in " ".join(t[0] for t in tokens(s)) for o in own)]
            rng.shuffle(sents)
            for s in sents[:per]:
                pick.append({"id": a["id"] + "-p%d" % len(pick), "text": s, "src": a["id"]})
                got += 1
            if got >= n:
                break
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        for p in pick:
            f.write(json.dumps({"id": p["id"], "text": p["text"]}) + "\n")
    out = subprocess.run([args.sift, "process", "--plugins", "entities", f.name], capture_output=True, text=True,
                         check=True).stdout
    os.unlink(f.name)
    ents = {}
    for line in out.splitlines():
        d = json.loads(line)
        ents[d["id"]] = d.get("entities", [])
    for p in pick:
        print("%s\t%s" % (p["src"], markup(p["text"], ents.get(p["id"], []))))


if __name__ == "__main__":
    main()
