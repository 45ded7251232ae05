#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Word clusters for the entity tagger, learned from unlabelled text.

    python3 plugins/entities/data/build_clusters.py --shared ../shared \
        --work /tmp/clusters > plugins/entities/data/clusters.tsv

Joins the unlabelled trade articles, the CoNLL-2003 training text (words
only, no labels) and the PolNeAR texts into one tokenised corpus (case kept:
"Trump" the name and "trump" the verb are different words to the tagger), trains fastText skip-gram vectors on it (Debian `fasttext`, one
thread, fixed seed) and groups the vectors with k-means (Debian
`python3-sklearn`) at three granularities. Prints `word<TAB>c64<TAB>c256<TAB>c1024`;
`build-clusters` turns that into the mmap'ed clusters.bin the plugin reads.
"""
import argparse
import json
import os
import re
import subprocess
import sys

TOKEN = re.compile(r"\w+(?:[-.'&]\w+)*\.?|[^\w\s]")
LEVELS = (64, 256, 1024)


def texts(shared, skip=frozenset(), titles=True):
    """The unlabelled text: the pools, PolNeAR's text and CoNLL train's
    words, less the articles whose ids are in skip (titles before texts
    where titles)."""
    for name in ("corpus/unlabelled/reuters-trade.jsonl",
                 "corpus/unlabelled/peoplesdaily-2018.jsonl",
                 "data/polnear/train.gold.jsonl", "data/polnear/dev.gold.jsonl"):
        with open(os.path.join(shared, name), encoding="utf-8") as fp:
            for line in fp:
                d = json.loads(line)
                if d.get("id") not in skip:
                    yield ((d.get("title") or "") + "\n" + d["text"]) if titles else d["text"]
    sent = []
    with open(os.path.join(shared, "data/conll2003/train.txt"), encoding="utf-8") as fp:
        for line in fp:
            parts = line.split()
            if not parts or parts[0] == "-DOCSTART-":
                if sent:
                    yield " ".join(sent)
                sent = []
            else:
                sent.append(parts[0])
    if sent:
        yield " ".join(sent)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", required=True, help="the shared/ folder")
    ap.add_argument("--work", required=True, help="folder for the corpus and vectors")
    ap.add_argument("--model", choices=("skipgram", "cbow"), default="skipgram")
    ap.add_argument("--ws", type=int, default=3, help="context window")
    ap.add_argument("--dim", type=int, default=100)
    ap.add_argument("--epoch", type=int, default=10)
    ap.add_argument("--min-count", type=int, default=3)
    args = ap.parse_args()
    os.makedirs(args.work, exist_ok=True)
    corpus = os.path.join(args.work, "corpus.txt")
    ntok = 0
    with open(corpus, "w", encoding="utf-8") as out:
        for text in texts(args.shared):
            for line in text.split("\n"):
                toks = TOKEN.findall(line)
                if toks:
                    ntok += len(toks)
                    out.write(" ".join(toks) + "\n")
    print(f"build_clusters: {ntok} tokens", file=sys.stderr)
    vec = os.path.join(args.work, "vectors")
    subprocess.run(["fasttext", args.model, "-input", corpus, "-output", vec,
                    "-dim", str(args.dim), "-ws", str(args.ws), "-epoch", str(args.epoch),
                    "-minCount", str(args.min_count), "-minn", "0", "-maxn", "0",
                    "-thread", "1", "-seed", "1", "-verbose", "1"], check=True)
    import numpy as np
    from sklearn.cluster import KMeans
    words, rows = [], []
    with open(vec + ".vec", encoding="utf-8") as fp:
        next(fp)
        for line in fp:
            parts = line.rstrip("\n").split(" ")
            if len(parts) < args.dim + 1 or parts[0] == "</s>":
                continue
            words.append(parts[0])
            rows.append([float(x) for x in parts[1:args.dim + 1]])
    x = np.array(rows, dtype=np.float32)
    x /= np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-9)
    labels = []
    for k in LEVELS:
        km = KMeans(n_clusters=k, n_init=1, max_iter=50, random_state=0).fit(x)
        labels.append(km.labels_)
        print(f"build_clusters: k={k} done", file=sys.stderr)
    for i, w in enumerate(words):
        print(w + "\t" + "\t".join(str(int(lab[i])) for lab in labels))


if __name__ == "__main__":
    main()
