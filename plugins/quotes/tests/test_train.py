#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""train.py's averaged trainings: `--seed 1` keeps the shuffles 1 … runs
the shipped weights were trained with, and each other seed gets shuffles
of its own, so that cv.py / heldout.py --seed 1, 2, 3 are three trainings
and their spread is the retraining noise (seed N used to share all but
one shuffle with seed N+1)."""
import os
import random
import sys
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import train  # noqa: E402


def shuffles(seed, runs):
    """The shuffle seeds averaged_over_seeds hands its trainings."""
    seen = []

    def fn(exs, epochs, s, prior):
        seen.append(s)
        return {"w": float(s)}

    w = train.averaged_over_seeds(fn, [], 1, seed, 1.0, runs)
    assert abs(w["w"] - sum(seen) / runs) < 1e-9
    return seen


def synthetic(n, seed):
    """n quotes of 2-6 candidates: "good" marks the right one 80% of the
    time (and a wrong one 20%), "rule" the first; noise features shared
    across quotes. And n quotes for the keep decision."""
    rng = random.Random(seed)
    exs = []
    for q in range(n):
        k = rng.randint(2, 6)
        right = [False] * k
        right[rng.randrange(k)] = True
        feats = []
        for c in range(k):
            fs = ["n%d" % rng.randrange(12), "m%d" % rng.randrange(5)]
            if right[c] == (rng.random() < 0.8):
                fs.append("good")
            if c == 0:
                fs.append("rule")
            feats.append(fs)
        exs.append((feats, right, "a%d" % (q % 17)))
    keep = []
    for _ in range(n):
        y = rng.choice((1, -1))
        fs = ["q:bias", "q:n=%d" % rng.randrange(4), "q:w%d" % rng.randrange(9)]
        if (y > 0) == (rng.random() < 0.8):
            fs.append("q:title=1")
        keep.append((fs, y, "a"))
    return exs, keep


def largest_difference(a, b):
    return max(abs(a.get(f, 0.0) - b.get(f, 0.0)) for f in set(a) | set(b))


class Steady(unittest.TestCase):
    """train.py's default training (100 shuffles averaged, no two seeds
    sharing one) barely depends on the shuffles: two seeds' ranker weights
    differ by under 0.05 (at 5 shuffles by 0.13) against a learnt weight of
    3.7, the keep decision's by under 0.1 (0.33) against 4.5, so
    retraining noise no longer hides what a rule gains."""

    def test_two_seeds_give_nearly_the_same_weights(self):
        exs, keep = synthetic(200, 11)
        w = []
        for seed in ("1", "2"):
            rank, keep_fn = train.learners(train.options(["--seed", seed, "gold.jsonl"]))
            w.append((rank(exs), keep_fn(keep)))
        self.assertGreater(w[0][0]["good"], 3.0)
        self.assertLess(largest_difference(w[0][0], w[1][0]), 0.05)
        self.assertGreater(w[0][1]["q:title=1"], 3.0)
        self.assertLess(largest_difference(w[0][1], w[1][1]), 0.1)


class Seeds(unittest.TestCase):
    def test_seed_one_is_the_shipped_training(self):
        self.assertEqual(shuffles(1, 5), [1, 2, 3, 4, 5])

    def test_neighbouring_seeds_share_no_shuffle(self):
        for runs in (1, 5, 20):
            seen = [set(shuffles(s, runs)) for s in (1, 2, 3)]
            self.assertEqual(len(seen[0] | seen[1] | seen[2]), 3 * runs, runs)


class KeepLabels(unittest.TestCase):
    """Short quotes of trade news labelled speech or not train the keep
    decision: a predicted quote takes the label of the labelled quote it
    matches as score.py matches quotes; one nobody labelled teaches
    nothing."""

    def test_labels_reach_the_matching_quotes(self):
        sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../../shared/eval"))
        import score
        labels = [{"id": "p1", "short": [{"start": 10, "end": 20, "quote": "open berth", "speech": False},
                                         {"start": 40, "end": 52, "quote": "unworkable,", "speech": True}]}]
        cands = {"p1": [{"start": 10, "end": 20, "features": ["q:bias", "q:nocue"]},
                        {"start": 40, "end": 51, "features": ["q:bias", "q:last=w"]},
                        {"start": 60, "end": 200, "features": []},
                        {"start": 300, "end": 310, "features": ["q:bias", "q:twice"]}],
                 "p2": [{"start": 10, "end": 20, "features": ["q:bias"]}]}
        exs = train.labelled_keep_examples(score, labels, cands, weight=2)
        self.assertEqual(sorted(exs), [(["q:bias", "q:last=w"], 1, "p1")] * 2 + [(["q:bias", "q:nocue"], -1, "p1")] * 2)


class RankerFrom(unittest.TestCase):
    """--ranker-from keeps a weights file's ranker and retrains the keep
    decision alone, so that a change to the keep features is measured
    without the ranker's retraining noise (retrained on the same data,
    the ranker alone moved PolNeAR dev's attribution by 0.2 points)."""

    def test_the_ranker_weights_of_a_file(self):
        import tempfile
        with tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False) as f:
            f.write("feature\tweight\nq:bias\t2.5\nq:prev=so-called\t-4.5\nrule\t1\nt=person\t0.75\n")
        w = train.ranker_weights(f.name)
        os.unlink(f.name)
        self.assertEqual(w, {"rule": 1.0, "t=person": 0.75})
        self.assertEqual(train.options(["--ranker-from", "x.tsv", "g.jsonl"]).ranker_from, "x.tsv")


class Pruning(unittest.TestCase):
    """--keep-min-count drops the keep decision's features seen in fewer
    quotes (as --min-count does the ranker's); --bag and --keep-bag give
    each training of the mean a share of the articles."""

    def test_rare_keep_features_are_dropped(self):
        kexs = [(["q:bias", "q:prev=Meet"], -1, "a1"), (["q:bias", "q:prev=said", "q:prev=said"], 1, "a1"),
                (["q:bias", "q:prev=said"], 1, "a2")]
        self.assertEqual(train.pruned_keep(kexs, 2), [(["q:bias"], -1, "a1"),
                                                      (["q:bias", "q:prev=said", "q:prev=said"], 1, "a1"),
                                                      (["q:bias", "q:prev=said"], 1, "a2")])
        self.assertEqual(train.pruned_keep(kexs, 1), kexs)
        self.assertEqual(train.options(["g.jsonl"]).keep_min_count, 1)

    def test_a_bag_is_a_share_of_whole_articles(self):
        exs = [([], [True], "a%d" % (i % 10)) for i in range(40)]
        bag = train.bagged(exs, 0.5, -3)
        self.assertEqual(len(set(ex[2] for ex in bag)), 5)
        self.assertEqual(len(bag), 20)
        self.assertEqual(bag, train.bagged(exs, 0.5, -3))
        self.assertNotEqual(set(ex[2] for ex in bag), set(ex[2] for ex in train.bagged(exs, 0.5, -4)))
        self.assertIs(train.bagged(exs, 1.0, -3), exs)


class GuideConvention(unittest.TestCase):
    """--guide-gold trains the keep decision on the development samples
    labelled by GUIDE.md as well; --domains SHARE gives each keep feature a
    copy per convention (PolNeAR's, the guide's) and writes the shared
    weight plus SHARE times the guide's copy."""

    def test_domain_copies_and_folding(self):
        kexs = [(["q:bias", "q:n=1"], 1, "a")]
        self.assertEqual(train.in_domain(kexs, train.DOMAIN_GUIDE),
                         [(["q:bias", "q:n=1", "G|q:bias", "G|q:n=1"], 1, "a")])
        w = {"q:bias": 1.0, "P|q:bias": 3.0, "G|q:bias": -2.0, "G|q:n=1": 0.5, "rule": 1.0}
        self.assertEqual(train.folded(w), {"q:bias": -1.0, "q:n=1": 0.5, "rule": 1.0})
        self.assertEqual(train.folded(w, 0.5), {"q:bias": 0.0, "q:n=1": 0.25, "rule": 1.0})
        self.assertEqual(train.folded(w, 0.5, 0.5), {"q:bias": 1.5, "q:n=1": 0.25, "rule": 1.0})

    def test_options(self):
        a = train.options(["--guide-gold", "s1.jsonl", "--guide-gold", "s2.jsonl", "--domains", "0.5", "g.jsonl"])
        self.assertEqual((a.guide_gold, a.domains, a.guide_weight, a.guide_ranker), (["s1.jsonl", "s2.jsonl"], 0.5, 1, False))
        a = train.options(["g.jsonl"])
        self.assertEqual((a.guide_gold, a.domains), (None, None))


if __name__ == "__main__":
    unittest.main()
