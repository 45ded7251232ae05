#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""train.py's averaged trainings: `--seed 1` keeps the shuffles 1 … runs
the shipped weights were trained with, and each other seed gets shuffles
of its own, so that cv.py / heldout.py --seed 1, 2, 3 are three trainings
and their spread is the retraining noise (seed N used to share all but
one shuffle with seed N+1)."""
import os
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


class Seeds(unittest.TestCase):
    def test_seed_one_is_the_shipped_training(self):
        self.assertEqual(shuffles(1, 5), [1, 2, 3, 4, 5])

    def test_neighbouring_seeds_share_no_shuffle(self):
        for runs in (1, 5, 20):
            seen = [set(shuffles(s, runs)) for s in (1, 2, 3)]
            self.assertEqual(len(seen[0] | seen[1] | seen[2]), 3 * runs, runs)


if __name__ == "__main__":
    unittest.main()
