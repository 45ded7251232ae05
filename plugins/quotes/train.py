#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Trains the quotes plugin's attribution ranker (ranker.h) and writes the
weights file the plugin loads (data/ranker.tsv).

  train.py --sift build/sift --plugin-dir build/plugins \\
           --shared ../shared --out data/ranker.tsv GOLD.jsonl...

1. runs `sift process --plugins entities,quotes` with the ranker off
   (`ranker = none`) and the plugin's `features` key set: for each quote the
   sieve attributes, every speaker candidate with its span, its resolved
   name and its features;
2. matches predicted quotes to gold quotes as shared/eval/score.py does
   (overlap of at least half the shorter span, one to one, largest first)
   and marks a candidate right when score.py would count it right
   (speaker_correct: the spans overlap, or the names agree);
3. trains an averaged perceptron ranker: on each quote with a right and a
   wrong candidate, when the best-scoring candidate is wrong, the best
   right one gains its features and the predicted one loses them. The
   sieve's own choice ("rule") starts with a prior weight, so the model
   learns corrections to it;
3b. trains the keep decision ("q:" features of the quote itself), an
   averaged perceptron whose label is whether the quote matches a gold
   quote: titles of shows and books, slogans and scare quotes that PolNeAR
   does not count as speech are dropped; and, with --keep-labels, on the
   short quotes of trade news labelled speech or not by GUIDE.md
   (annotations/keep/, articles of shared/corpus/unlabelled): PolNeAR
   counts many terms and titles the guide does not, so a model trained on
   PolNeAR alone keeps them;
   each of the two is the mean of 100 trainings on different shuffles
   (--runs): one perceptron's weights depend on the order it saw the
   quotes in, and at 5 trainings that moved attribution by 0.1-0.4
   points from one set of shuffles to another, more than a rule gains;
4. writes one line per feature: its string and weight.

GOLD files are JSONL in the PROTOCOL schema with a `quotes` field (PolNeAR
train). Keep PolNeAR dev out of training: it gives the figures."""
import argparse
import itertools
import json
import os
import random
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def candidates(sift, plugin_dir, gold_paths, extra=()):
    """The candidates of each attributed quote, by article id; extra: more
    articles (producer fields) to run."""
    with tempfile.TemporaryDirectory() as tmp:
        feats = os.path.join(tmp, "features.jsonl")
        conf = os.path.join(tmp, "train.conf")
        with open(conf, "w") as f:
            f.write("[siftd]\nplugins = entities, quotes\n[quotes]\nranker = none\nfeatures = %s\n" % feats)
        inp = os.path.join(tmp, "in.jsonl")
        gold = (json.loads(line) for path in gold_paths for line in open(path, encoding="utf-8"))
        with open(inp, "w") as f:
            for a in itertools.chain(gold, extra):
                f.write(json.dumps({k: a[k] for k in ("id", "title", "published", "text") if k in a}) + "\n")
        cmd = [sift, "process", "--config", conf, inp]
        if plugin_dir:
            cmd[2:2] = ["--plugin-dir", plugin_dir]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        out = {}
        for line in open(feats, encoding="utf-8", errors="replace"):
            q = json.loads(line)
            out.setdefault(q["id"], []).append(q)
        return out


def matched(score, gold_paths, cands):
    """Per article: its id, gold quotes, predicted quotes and score.py's
    one-to-one matching [(gold index, predicted index)]."""
    for path in gold_paths:
        for line in open(path, encoding="utf-8"):
            a = json.loads(line)
            gq = a.get("quotes", [])
            pq = cands.get(a["id"], [])
            pairs = score.greedy_match([(q["start"], q["end"]) for q in gq],
                                       [(q["start"], q["end"]) for q in pq], score.half_of_shorter)
            yield a["id"], gq, pq, pairs


def keep_examples(score, gold_paths, cands):
    """(quote features, +1 when the quote matches a gold quote else -1)."""
    out = []
    for aid, _, pq, pairs in matched(score, gold_paths, cands):
        hit = {pi for _, pi in pairs}
        out.extend((q["features"], 1 if pi in hit else -1, aid) for pi, q in enumerate(pq) if q["features"])
    return out


def pool_articles(shared):
    """The articles of shared/corpus/unlabelled, by id."""
    d = os.path.join(shared, "corpus", "unlabelled")
    return {a["id"]: a for name in sorted(os.listdir(d)) if name.endswith(".jsonl")
            for a in map(json.loads, open(os.path.join(d, name), encoding="utf-8"))}


def read_keep_labels(path):
    """annotations/keep/*.jsonl: per article its id and its short quotes
    ("short": start, end, quote, speech), as labelled by GUIDE.md."""
    return [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]


def labelled_keep_examples(score, labels, cands, weight=1):
    """(quote features, +1 speech / -1 not, article id) for each predicted
    quote that matches a labelled one (score.py's matching), weight times;
    quotes nobody labelled (longer ones, or found only by later code) are
    left out."""
    out = []
    for art in labels:
        lq = art["short"]
        pq = [q for q in cands.get(art["id"], []) if q["features"]]
        pairs = score.greedy_match([(q["start"], q["end"]) for q in lq],
                                   [(q["start"], q["end"]) for q in pq], score.half_of_shorter)
        for li, pi in pairs:
            out.extend([(pq[pi]["features"], 1 if lq[li]["speech"] else -1, art["id"])] * weight)
    return out


def perceptron(exs, epochs, seed, prior, step):
    """Averaged perceptron epochs over exs in shuffled order; prior is the
    starting weights, step(model, example) makes one update."""
    model = Averaged()
    model.w.update(prior)
    rng = random.Random(seed)
    order = list(range(len(exs)))
    for _ in range(epochs):
        rng.shuffle(order)
        for i in order:
            model.t += 1
            step(model, exs[i])
    return model.averaged()


def train_keep(exs, epochs, seed, prior):
    """The keep decision: it starts by keeping every quote."""
    def step(model, ex):
        feats, y = ex[:2]
        if y * model.score(feats) <= 0:
            model.update(feats, float(y))
    return perceptron(exs, epochs, seed, {"q:bias": prior}, step)


KEEP_MIN = 1.0  # rank.c: a quote not in Title Case is dropped below +1


def kept(model, feats):
    """The plugin's decision: Title Case dropped below 0, else below +1."""
    title = any(f.startswith("q:title=") for f in feats)
    return model.score(feats) >= (0 if title else KEEP_MIN)


def keep_figures(weights, exs):
    """Kept share of true quotes and of spurious ones."""
    m = Averaged()
    m.w = weights
    tp = sum(1 for f, y, _ in exs if y > 0 and kept(m, f))
    fp = sum(1 for f, y, _ in exs if y < 0 and kept(m, f))
    pos = sum(1 for _, y, _ in exs if y > 0)
    return tp, pos, fp, len(exs) - pos


def examples(score, gold_paths, cands):
    """(list of feature lists, list of right flags, article id) per
    trainable quote."""
    out = []
    for aid, gq, pq, pairs in matched(score, gold_paths, cands):
        for gi, pi in pairs:
            gsp = gq[gi].get("speaker")
            cs = pq[pi]["cands"]
            if not cs or not isinstance(gsp, dict) or not (gsp.get("name") or gsp.get("start") is not None):
                continue
            right = [bool(score.speaker_correct(gsp, {"name": c["name"], "start": c["start"], "end": c["end"]}))
                     for c in cs]
            out.append(([c["features"] for c in cs], right, aid))
    return out


class Averaged:
    """An averaged perceptron's weights: w and the sums for averaging."""

    def __init__(self):
        self.w, self.total, self.stamp, self.t = {}, {}, {}, 0

    def score(self, feats):
        return sum(self.w.get(f, 0.0) for f in feats)

    def update(self, feats, delta):
        for f in feats:
            self.total[f] = self.total.get(f, 0.0) + (self.t - self.stamp.get(f, 0)) * self.w.get(f, 0.0)
            self.stamp[f] = self.t
            self.w[f] = self.w.get(f, 0.0) + delta

    def averaged(self):
        out = {}
        for f, w in self.w.items():
            total = self.total.get(f, 0.0) + (self.t - self.stamp.get(f, 0)) * w
            if total:
                out[f] = total / max(self.t, 1)
        return out


def argmax(model, feats):
    """The first candidate with the highest score (as the plugin picks)."""
    best, best_s = 0, None
    for i, f in enumerate(feats):
        s = model.score(f)
        if best_s is None or s > best_s:
            best, best_s = i, s
    return best


def train(exs, epochs, seed, prior):
    """The ranker: when the best-scoring candidate is wrong, the best right
    one gains its features and the predicted one loses them."""
    def step(model, ex):
        feats, right = ex[:2]
        if not any(right) or all(right):
            return
        p = argmax(model, feats)
        if right[p]:
            return
        g = max((k for k in range(len(feats)) if right[k]), key=lambda k: model.score(feats[k]))
        model.update(feats[g], 1.0)
        model.update(feats[p], -1.0)
    return perceptron(exs, epochs, seed, {"rule": prior}, step)


def bagged(exs, share, seed):
    """The examples of a random share of the articles (bagging): each
    training of the mean then sees other articles."""
    if share >= 1:
        return exs
    arts = sorted(set(ex[2] for ex in exs))
    pick = set(random.Random(seed).sample(arts, max(1, round(share * len(arts)))))
    return [ex for ex in exs if ex[2] in pick]


def averaged_over_seeds(fn, exs, epochs, seed, prior, runs, share=1.0):
    """The mean of the weights of runs trainings with different shuffles:
    one perceptron's weights depend on the order it saw the quotes in.
    Seed s takes the shuffles (s-1)*runs+1 … s*runs: seed 1 the shipped
    weights' 1 … runs, and no two seeds one in common. share < 1: each
    training sees that share of the articles, drawn by its seed."""
    total = {}
    for r in range(runs):
        s = (seed - 1) * runs + 1 + r
        for f, w in fn(bagged(exs, share, -s), epochs, s, prior).items():
            total[f] = total.get(f, 0.0) + w / runs
    return total


def ranker_weights(path):
    """The ranker's weights in weights file path (main() writes them):
    every line but the header and the keep decision's (q:)."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()[1:]
    return {f: float(w) for f, w in (line.split("\t") for line in lines if line) if not f.startswith("q:")}


def accuracy(weights, exs):
    m = Averaged()
    m.w = weights
    return sum(ex[1][argmax(m, ex[0])] for ex in exs) / max(len(exs), 1)


def learners(a):
    """The ranker's and the keep decision's training for the options a:
    functions from examples to weights."""
    return (lambda exs: averaged_over_seeds(train, exs, a.epochs, a.seed, a.prior, a.runs, a.bag),
            lambda exs: averaged_over_seeds(train_keep, exs, a.epochs, a.seed, a.prior, a.runs, a.keep_bag))


def options(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sift", default="sift", help="the sift binary")
    ap.add_argument("--plugin-dir", default=None)
    ap.add_argument("--shared", default=os.path.join(HERE, "../../../shared"), help="the shared/ folder (eval/score.py)")
    ap.add_argument("--out", default=os.path.join(HERE, "data/ranker.tsv"))
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--runs", type=int, default=100,
                    help="trainings (shuffles) whose weights are averaged")
    ap.add_argument("--prior", type=float, default=1.0, help="the sieve's choice's starting weight")
    ap.add_argument("--min-count", type=int, default=3, help="drop features seen in fewer quotes")
    ap.add_argument("--min-weight", type=float, default=0.09,
                    help="write only weights at least this large: 100 averaged trainings give many features a "
                    "tiny weight, and the plugin's table (twice the lines, rounded up to a power of two) should "
                    "stay at 8,192 slots (at 0.05 the keep decision's trade labels made it 4,166 lines; at 0.06 "
                    "the word features Title-Case quotes share with the others, 4,264; at 0.08 with the entities "
                    "plugin of 4d29326, 4,113)")
    ap.add_argument("--bag", type=float, default=1.0,
                    help="each training of the ranker sees this share of the articles (bagging)")
    ap.add_argument("--keep-bag", type=float, default=1.0,
                    help="each training of the keep decision sees this share of the articles")
    ap.add_argument("--keep-min-count", type=int, default=1,
                    help="drop keep-decision features seen in fewer quotes")
    ap.add_argument("--no-keep", dest="keep", action="store_false", help="do not learn the keep decision")
    ap.add_argument("--keep-labels", default=os.path.join(HERE, "annotations", "keep", "pool-short.jsonl"),
                    help="short quotes of trade news labelled speech or not, for the keep decision ('none': "
                    "PolNeAR alone)")
    ap.add_argument("--keep-label-weight", type=int, default=1,
                    help="how many times each labelled quote counts against one of PolNeAR")
    ap.add_argument("--guide-gold", action="append", default=None, metavar="GOLD",
                    help="gold JSONL labelled by GUIDE.md (the development samples, annotations/gold/): its quotes "
                    "train the keep decision like PolNeAR's (default: none; repeat for several files)")
    ap.add_argument("--guide-weight", type=int, default=1,
                    help="how many times each quote of --guide-gold counts for the keep decision")
    ap.add_argument("--guide-ranker", action="store_true",
                    help="train the ranker on the quotes of --guide-gold too")
    ap.add_argument("--domains", type=float, default=None, metavar="SHARE",
                    help="the keep decision learns a copy of each feature per convention (PolNeAR's gold; "
                    "GUIDE.md's: the trade labels and --guide-gold) besides the shared one, and the weights "
                    "written are the shared plus SHARE times GUIDE.md's (feature augmentation, Daume 2007)")
    ap.add_argument("--domains-polnear", type=float, default=0.0, metavar="SHARE",
                    help="with --domains: add SHARE times PolNeAR's copy too (a mixture of the conventions)")
    ap.add_argument("--ranker-from", default=None, metavar="TSV",
                    help="keep the ranker's weights of this weights file (its lines not prefixed q:) and train "
                    "the keep decision alone: a change to the keep features then moves no speaker")
    ap.add_argument("--folds", type=int, default=0, help="report k-fold cross-validated accuracy first")
    ap.add_argument("gold", nargs="+")
    return ap.parse_args(argv)


DOMAIN_POLNEAR, DOMAIN_GUIDE = "P|", "G|"


def in_domain(kexs, prefix):
    """Keep examples with a copy of each feature prefixed by their
    convention's prefix (--domains)."""
    return [(feats + [prefix + f for f in feats], y, aid) for feats, y, aid in kexs]


def folded(weights, share=1.0, polnear_share=0.0):
    """The keep weights the plugin scores with under --domains: each
    feature's shared weight plus share times its GUIDE.md copy's and
    polnear_share times its PolNeAR copy's (0: left out, the plugin judges
    news by the guide)."""
    out = {}
    for f, w in weights.items():
        if f.startswith(DOMAIN_POLNEAR):
            f, w = f[len(DOMAIN_POLNEAR):], w * polnear_share
        elif f.startswith(DOMAIN_GUIDE):
            f, w = f[len(DOMAIN_GUIDE):], w * share
        out[f] = out.get(f, 0.0) + w
    return out


def pruned(exs, min_count):
    """The ranker's examples without the features seen in fewer than
    min_count quotes."""
    counts = {}
    for feats, _, _ in exs:
        for f in set(x for fs in feats for x in fs):
            counts[f] = counts.get(f, 0) + 1
    return [([[x for x in fs if counts[x] >= min_count] for fs in feats], right, aid)
            for feats, right, aid in exs]


def pruned_keep(kexs, min_count):
    """The keep decision's examples without the features seen in fewer
    than min_count quotes (once per quote; a labelled quote counted
    --keep-label-weight times counts that often)."""
    counts = {}
    for feats, _, _ in kexs:
        for f in set(feats):
            counts[f] = counts.get(f, 0) + 1
    return [([x for x in feats if counts[x] >= min_count], y, aid) for feats, y, aid in kexs]


def main(argv=None, cands=None):
    """cands: the candidates of each article when already extracted (the
    sieve's output does not depend on the weights)."""
    a = options(argv)
    sys.path.insert(0, os.path.join(a.shared, "eval"))
    import score
    labels = read_keep_labels(a.keep_labels) if a.keep_labels != "none" else []
    pool = pool_articles(a.shared) if labels else {}
    guide = a.guide_gold or []
    if cands is None:
        cands = candidates(a.sift, a.plugin_dir, a.gold + guide, [pool[art["id"]] for art in labels])
    exs = examples(score, a.gold + (guide if a.guide_ranker else []), cands)
    lexs = labelled_keep_examples(score, labels, cands, a.keep_label_weight)
    pexs = keep_examples(score, a.gold, cands)
    gexs = keep_examples(score, guide, cands) * a.guide_weight
    if a.domains is not None:
        pexs = in_domain(pexs, DOMAIN_POLNEAR)
        gexs, lexs = in_domain(gexs, DOMAIN_GUIDE), in_domain(lexs, DOMAIN_GUIDE)
    kexs = pexs + gexs + lexs
    if a.keep_min_count > 1:
        kexs = pruned_keep(kexs, a.keep_min_count)
        lexs = kexs[len(kexs) - len(lexs):]
    exs = pruned(exs, a.min_count)
    base = sum(right[0] and "rule" in feats[0] for feats, right, _ in exs) / max(len(exs), 1)
    oracle = sum(any(r) for _, r, _ in exs) / max(len(exs), 1)
    rank_fn, keep_fn = learners(a)
    if a.folds > 1:
        # cross-validation by article: the figure to tune on (not dev)
        arts = sorted(set(aid for _, _, aid in exs))
        random.Random(a.seed).shuffle(arts)
        fold = {aid: i % a.folds for i, aid in enumerate(arts)}
        # the labelled trade articles in folds of their own
        parts = [art["id"] for art in labels]
        random.Random(a.seed).shuffle(parts)
        fold.update((aid, i % a.folds) for i, aid in enumerate(parts))
        right = total = 0
        kfig, lfig = [0] * 4, [0] * 4
        for k in range(a.folds):
            w = rank_fn([e for e in exs if fold[e[2]] != k])
            held = [e for e in exs if fold[e[2]] == k]
            right += accuracy(w, held) * len(held)
            total += len(held)
            kw = keep_fn([e for e in kexs if fold.get(e[2], -1) != k])
            kheld = [e for e in kexs[:len(kexs) - len(lexs)] if fold.get(e[2], -1) == k]
            kfig = [x + y for x, y in zip(kfig, keep_figures(kw, kheld))]
            lheld = [e for e in lexs[::a.keep_label_weight] if fold[e[2]] == k]
            lfig = [x + y for x, y in zip(lfig, keep_figures(kw, lheld))]
        print("%d-fold cross-validation: ranker right %.4f; keep: %d/%d true quotes kept, %d/%d spurious kept; "
              "labelled trade quotes: %d/%d speech kept, %d/%d not speech kept"
              % (a.folds, right / total, *kfig, *lfig), file=sys.stderr)
    weights = ranker_weights(a.ranker_from) if a.ranker_from else rank_fn(exs)
    if a.keep:
        weights.update(folded(keep_fn(kexs), a.domains, a.domains_polnear) if a.domains is not None
                       else keep_fn(kexs))
    print("quotes %d, sieve right %.4f, ranker right %.4f (on its training data), a right candidate %.4f"
          % (len(exs), base, accuracy(weights, exs), oracle), file=sys.stderr)
    with open(a.out, "w", encoding="utf-8") as out:
        out.write("feature\tweight\n")
        for f in sorted(weights):
            if abs(weights[f]) >= a.min_weight:
                out.write("%s\t%.4g\n" % (f, weights[f]))


if __name__ == "__main__":
    main()
