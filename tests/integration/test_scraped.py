# SPDX-License-Identifier: MIT
"""Scraped text: punctuation double-encoded before it reached sift (UTF-8
read as Latin-1 or Windows-1252 and encoded again, "â€œ" for “) gives the
same entities, quotes and tariff events as the clean text, through the
real `sift process` and the three built-in plugins."""
import json
import subprocess
import tempfile
import unittest

from harness import SIFT

# Sentences of our own in the style of wire copy republished on the web.
CLEAN = [
    "BEIJING, June 16 \u2014 China\u2019s Ministry of Commerce said on Saturday it would impose "
    "25 percent tariffs on 659 U.S. products. \u201cWe will fight back with equal force,\u201d "
    "spokesman Gao Feng told reporters. The U.S. Trade Representative\u2019s list covers "
    "1,102 Chinese products.",
    "Canada\u2019s Finance Minister said Ottawa would not back down. \u201cThese tariffs are "
    "totally unacceptable,\u201d she said on Thursday \u2013 a day after Washington\u2019s "
    "decision to put duties on Canadian steel.",
]


def latin1(text):
    return text.encode("utf-8").decode("latin-1")


def cp1252(text):
    # what a browser shows; bytes Windows-1252 leaves undefined stay as Latin-1
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b)
                   for b in text.encode("utf-8"))


def process(texts):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8") as f:
        for i, t in enumerate(texts):
            f.write(json.dumps({"id": "s%d" % i, "text": t,
                                "published": "2018-06-16T00:00:00Z"}) + "\n")
        f.flush()
        r = subprocess.run([SIFT, "process", "--plugins", "entities,tariffs,quotes", f.name],
                           capture_output=True, text=True, timeout=60)
    if r.returncode:
        raise AssertionError(r.stderr)
    return [json.loads(ln) for ln in r.stdout.splitlines()]


def summary(article, repair):
    """What a subscriber reads, with names compared as repaired."""
    ents = sorted((e["type"], repair(e["name"])) for e in article["entities"])
    quotes = [((q.get("speaker") or {}).get("name"), q["kind"]) for q in article["quotes"]]
    tariffs = [(t["action"], t["modality"], (t["actor"] or {}).get("code"),
                (t["target"] or {}).get("code")) for t in article["tariffs"]]
    return ents, quotes, tariffs


class DoubleEncoded(unittest.TestCase):
    def test_same_results_as_clean_text(self):
        clean = [summary(a, lambda s: s) for a in process(CLEAN)]
        self.assertTrue(all(q for _, q, _ in clean), clean)  # the test has quotes to lose
        self.assertTrue(all(t for _, _, t in clean), clean)
        for name, encode in (("latin-1", latin1), ("windows-1252", cp1252)):
            with self.subTest(encoding=name):
                texts = [encode(t) for t in CLEAN]
                self.assertNotEqual(texts, CLEAN)
                got = process(texts)
                for a, text, want in zip(got, texts, clean):
                    self.assertEqual(summary(a, lambda s: _repair(s, name)), want)
                    # offsets are those of the text as sent
                    for q in a["quotes"]:
                        self.assertLessEqual(q["end"], len(text.encode("utf-8")))


def _repair(name, encoding):
    """A name as its double-encoded text is (entity names are text as sent)."""
    try:
        return name.encode(encoding).decode("utf-8")
    except UnicodeError:
        return name


if __name__ == "__main__":
    unittest.main()
