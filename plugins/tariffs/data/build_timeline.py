#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Writes timeline.tsv: when tariff measures took effect, as the news said.

A measure named without a verb of its own ("U.S. tariffs on Japanese
electronic goods", "the tariffs on $34 billion of Chinese goods") has the
status it had on the article's date (guidelines §6): proposed before it
took effect, actual after. The article rarely says which; other articles
do ("tariffs on Japanese electronic goods set to take effect April 17",
"tariffs on $200 billion worth of Chinese goods came into force on
Monday", "beginning August 23, the United States slapped ..."). This tool reads such sentences in unlabelled articles, resolves
their date against the article's `published`, takes the measure's actor,
target and amount from `sift process` itself, and keeps the date most
sentences give for each measure.

    build_timeline.py --sift build/sift --exclude annotations/gold/test.jsonl \\
        ../shared/corpus/unlabelled/*.jsonl > data/timeline.tsv

The measures of record.tsv, hand-entered from the public record (the
2018 steel, aluminum, washer and solar duties, which the pools name but
never date, and the answers to them), are appended as they are: the
learned part cannot find them.

Articles of the held-out split are excluded (--exclude), so that its
figures stay an estimate of unseen news. Conditional statements ("if the
tariffs take effect", "once the FTA comes into force") give no date. Only
measures on a named party's goods are kept: one on all imports is most
often a standing tariff, named without a date.
"""
import argparse
import collections
import datetime
import json
import os
import re
import subprocess
import sys
import tempfile

EFFECT = re.compile(
    r"\b(?P<verb>take|takes|took|taken|taking|go|goes|went|gone|going|come|comes|came|"
    r"enter|enters|entered|become|became|kick|kicks|kicked)\s+(into\s+|in\s+)?"
    r"(?P<what>effect|force|in)\b|\beffective\s+(on|from)\b", re.I)
PAST = {"took", "taken", "went", "gone", "came", "entered", "became", "kicked"}
HYPOTHETICAL = re.compile(r"\b(if|once|unless|until|could|might|may|would|not|whether)\b", re.I)
TARIFF = re.compile(r"\b(tariffs?|dut(y|ies)|levy|levies|surcharges?)\b", re.I)
MONTHS = {m: i + 1 for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
WEEKDAYS = {d: i for i, d in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
MONTH_DAY = re.compile(r"\b" + MONTH + r"\s+(\d{1,2})\b(?:,?\s+(\d{4})\b)?"
                       r"|\b(\d{1,2})\s+" + MONTH + r"(?:,?\s+(\d{4})\b)?", re.I)
# a start date: "starting from July 1", "beginning August 23", "since May 1"
START = re.compile(r"\b(?P<verb>starting(?:\s+from)?|beginning|from|since|as\s+of)\s+(?=" + MONTH +
                   r"\s+\d|\d{1,2}\s+" + MONTH + ")", re.I)
WEEKDAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
OPENING_WEEKDAY = re.compile(r"\s*(?:on\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


def nearest(mon, day, year, published, past):
    """The date of a month and day: in the year given, else the nearest to
    published on the side the tense says (None: no tense)."""
    best = None
    for y in ([year] if year else [published.year - 1, published.year, published.year + 1]):
        try:
            when = datetime.date(y, mon, day)
        except ValueError:
            return None
        slack = datetime.timedelta(days=2)
        if not year and ((past is True and when > published + slack) or
                         (past is False and when < published - slack)):
            continue
        if best is None or abs((when - published).days) < abs((best - published).days):
            best = when
    return best


def effect_date(sentence, published):
    """The date a sentence says a measure takes or took effect, or None."""
    m = EFFECT.search(sentence) or START.search(sentence)
    if not m or HYPOTHETICAL.search(sentence[:m.start()][-60:]):
        return None
    verb = (m.group("verb") or "").lower()
    past = True if verb in PAST else None if m.re is START or not verb else False
    tail = sentence[m.start():]
    d = MONTH_DAY.search(tail)
    if d:
        mon = MONTHS[(d.group(1) or d.group(5)).lower()[:3]]
        day = int(d.group(2) or d.group(4))
        year = d.group(3) or d.group(6)
        return nearest(mon, day, int(year) if year else None, published, past)
    # a weekday after the verb, or opening the sentence ("On Monday, ...");
    # one elsewhere dates something else ("announced on Tuesday ...")
    w = WEEKDAY.search(tail) or OPENING_WEEKDAY.match(sentence)
    if w:
        delta = (published.weekday() - WEEKDAYS[w.group(1).lower()]) % 7
        return published - datetime.timedelta(days=delta) if past else \
            published + datetime.timedelta(days=(7 - delta) % 7)
    return None


def sentences(text):
    """(byte start, byte end, sentence) for each sentence of text."""
    pos = byte = 0
    for part in SENTENCE_END.split(text):
        i = text.index(part, pos)
        byte += len(text[pos:i].encode())  # the space between sentences
        size = len(part.encode())
        yield byte, byte + size, part.replace("\n", " ")
        pos, byte = i + len(part), byte + size


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sift", required=True)
    ap.add_argument("--exclude", action="append", default=[], help="JSONL whose article ids are left out")
    ap.add_argument("--record", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "record.tsv"),
                    help="measures on the public record, appended as they are (default: record.tsv here)")
    ap.add_argument("pools", nargs="+")
    a = ap.parse_args()
    skip = {json.loads(l)["id"] for f in a.exclude for l in open(f)}
    found = {}  # id -> [(byte start, byte end, date)]
    articles = []
    for f in a.pools:
        for line in open(f):
            d = json.loads(line)
            if d["id"] in skip or not d.get("published"):
                continue
            pub = datetime.date.fromisoformat(d["published"][:10])
            for b0, b1, s in sentences(d["text"]):
                when = TARIFF.search(s) and effect_date(s, pub)
                if when:
                    found.setdefault(d["id"], []).append((b0, b1, when))
            if d["id"] in found:
                articles.append(d)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as tmp:
        for d in articles:
            tmp.write(json.dumps(d) + "\n")
    try:
        out = subprocess.run([a.sift, "process", "--plugins", "entities,tariffs", tmp.name],
                             check=True, capture_output=True, text=True).stdout
    finally:
        os.unlink(tmp.name)
    votes = collections.defaultdict(collections.Counter)
    for line in out.splitlines():
        p = json.loads(line)
        for e in p.get("tariffs") or []:
            actor = (e.get("actor") or {}).get("code")
            target = (e.get("target") or {}).get("code")
            # a measure on all imports is most often a standing tariff
            if e["action"] not in ("impose", "raise") or not actor or not target:
                continue
            amount = (e.get("amount") or {}).get("value")
            for b0, b1, when in found[p["id"]]:
                if e["start"] < b1 and e["end"] > b0:
                    key = (actor, target, amount or 0)
                    votes[key][when] += 1
    print("# generated by build_timeline.py: actor, target, amount of goods (0: not said),")
    print("# the date the measure took effect, sentences saying so")
    for key in sorted(votes, key=lambda k: (k[0], k[1], min(votes[k]))):
        when, n = max(votes[key].items(), key=lambda kv: (kv[1], -kv[0].toordinal()))
        print("%s\t%s\t%.0f\t%s\t%d" % (*key, when.isoformat(), n))
    print("# from the public record (%s)" % os.path.basename(a.record))
    for line in open(a.record, encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            print(line.rstrip("\n"))


if __name__ == "__main__":
    sys.exit(main())
