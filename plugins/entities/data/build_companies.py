#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Which capitalised words unlabelled text uses as companies, learned from
how it writes them where a cue says what they are.

    python3 plugins/entities/data/build_companies.py --shared ../shared \
        > plugins/entities/data/companies.tsv

Reads the unlabelled pools (shared/corpus/unlabelled/: 1987 Reuters wire
copy, People's Daily), the text of PolNeAR train and dev (campaign news)
and of CoNLL-2003 train (their words only, never their tags), as
build_clusters.py does, less every pool article a test names (the trade tests'
sample.tsv and sample-2.tsv, the ent92-1 batch, tests/): it is learned
from text no figure is taken on. For every capitalised word it counts

  company cues: the word alone before a company's legal form ("Exxon
    Corp"; not the first word of a longer name: "Deutsche Bank AG",
    "Turkish Airlines"); the word before
    "shares" or "stock", or its "'s" before a company's noun ("Exxon 's
    annual meeting", "Boeing 's board"); the word alone after "shares
    of", "stake in", "unit of", "subsidiary of", "chairman of",
    "acquisition of", "merger with", "bid for", "takeover of"; the word
    before "said it" / "said its";
  person cues: a title or honorific before it ("Mr", "President"), a
    given name of data/namelists.tsv before it ("Lee Iacocca"), "said
    he/she" or ", who" after it;
  place cues: "in", "at", "from", "near", "to" before it and a
    punctuation mark after it ("in Houston ,").

and prints `word<TAB>64` (CL_COMPANY, clusters.h; the word lower-cased in
A-Z only, as the core's hash) for every word with at least MIN company
cues and at most one person or place cue for every RATIO company cues,
only words data/casing.tsv says are usually capitalised inside a
sentence (a name, not "International" or "Intelligence"), less the given
names and place words of data/namelists.tsv. MIN and
RATIO were chosen on CoNLL train and testa through the plugin (README.md,
session ent92).
"""
import argparse
import collections
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_clusters import TOKEN, texts  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
PLUGIN = os.path.dirname(HERE)
LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
FORMS = {"Corp", "Corp.", "Corporation", "Inc", "Inc.", "Co", "Co.", "Ltd", "Ltd.", "Plc", "PLC", "plc", "AG",
         "SA", "S.A.", "NV", "N.V.", "AB", "SpA", "Bhd", "GmbH", "Cos", "Cos.", "Holdings", "Group", "LLC", "Limited",
         "Incorporated", "Pty", "KK", "AS", "A/S", "ASA", "Oyj", "BV"}
NOUNS_AFTER_POSS = {"shares", "stock", "board", "chairman", "president", "annual", "subsidiary", "unit",
                    "shareholders", "profit", "profits", "net", "earnings", "sales", "revenue", "revenues",
                    "stake", "directors", "management", "offer", "bid", "plant", "plants", "products"}
BEFORE_OF = {("shares", "of"), ("stake", "in"), ("unit", "of"), ("subsidiary", "of"), ("chairman", "of"),
             ("acquisition", "of"), ("merger", "with"), ("bid", "for"), ("takeover", "of"),
             ("shareholders", "of"), ("division", "of")}
TITLES = {"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "President", "Minister", "Senator", "Sen.",
          "Governor", "Gov.", "Secretary", "Chancellor", "Premier", "Judge", "Rep.", "General", "Gen.",
          "King", "Queen", "Prince", "Pope", "Father", "Sir", "Lord", "Lady", "Chairman", "Ambassador"}
PLACE_PREP = {"in", "at", "from", "near", "to"}
MIN, RATIO = 2, 3


def test_ids():
    ids = set()
    paths = [os.path.join(PLUGIN, "annotations", f) for f in ("sample.tsv", "sample-2.tsv", "ent92-1.src.jsonl")]
    for root, _, files in os.walk(os.path.join(PLUGIN, "tests")):
        paths += [os.path.join(root, f) for f in files]
    for p in paths:
        if os.path.exists(p):
            with open(p, encoding="utf-8", errors="replace") as f:
                ids.update(re.findall(r"(?:reuters|pd2018|pd\d+)-\d+", f.read()))
    return ids


def tokens(text):
    out = []
    for t in TOKEN.findall(text):
        if len(t) > 2 and t.endswith(("'s", "’s")) and t[0].isupper():
            out += [t[:-2], "'s"]
        else:
            out.append(t)
    return out


def cap(t):
    return t[:1].isupper() and t[1:2].islower()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", required=True, help="the shared/ folder")
    ap.add_argument("--min", type=int, default=MIN)
    ap.add_argument("--ratio", type=float, default=RATIO)
    ap.add_argument("--counts", action="store_true", help="print the counts instead")
    a = ap.parse_args()
    flags = {}
    for name in ("casing.tsv", "namelists.tsv"):
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            for line in f:
                w, fl = line.rstrip("\n").split("\t")
                flags[w] = flags.get(w, 0) | int(fl)
    comp, pers, place = collections.Counter(), collections.Counter(), collections.Counter()
    for text in texts(a.shared, test_ids(), titles=False):
        for line in text.split("\n"):
            t = tokens(line)
            n = len(t)
            for j, w in enumerate(t):
                if not cap(w) or w in FORMS:
                    continue
                key = w.translate(LOWER)
                nxt = t[j + 1] if j + 1 < n else ""
                nx2 = t[j + 2] if j + 2 < n else ""
                prv = t[j - 1] if j > 0 else ""
                pp = t[j - 2] if j > 1 else ""
                alone = not cap(nxt) and not cap(prv)
                # company cues
                if nxt in FORMS and not cap(prv):
                    comp[key] += 1
                elif nxt in ("shares", "stock") and not cap(prv):
                    comp[key] += 1
                elif nxt == "'s" and nx2 in NOUNS_AFTER_POSS and not cap(prv):
                    comp[key] += 1
                elif (pp, prv) in BEFORE_OF and (not cap(nxt) or nxt in FORMS):
                    comp[key] += 1
                elif nxt == "said" and nx2 in ("it", "its") and not cap(prv):
                    comp[key] += 1
                # person cues
                if prv in TITLES or (cap(prv) and flags.get(prv.translate(LOWER), 0) & 1 and not cap(nxt)
                                     and nxt not in FORMS):
                    pers[key] += 1
                elif nxt == "said" and nx2 in ("he", "she"):
                    pers[key] += 1
                elif nxt == "," and nx2 == "who" and alone:
                    pers[key] += 1
                # place cues
                if prv in PLACE_PREP and alone and nxt in (",", ".", ";") :
                    place[key] += 1
    for w in sorted(comp):
        c, o = comp[w], pers[w] + place[w]
        fl = flags.get(w, 0)
        if a.counts:
            print("%s\t%d\t%d\t%d\t%d" % (w, c, pers[w], place[w], fl))
            continue
        if c < a.min or o * a.ratio > c or fl & (1 | 2 | 4 | 32) or not fl & 16 or len(w) < 3:
            continue
        print("%s\t64" % w)


if __name__ == "__main__":
    main()
