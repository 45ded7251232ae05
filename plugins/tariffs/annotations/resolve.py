#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Turns an annotator's file into gold JSONL in the PROTOCOL schema.

An annotator writes one JSON object per article:
  {"id": "reuters-123", "events": [
     {"span": "exact words of the clause", "nth": 1,
      "action": "impose", "modality": "actual",
      "actor": {"name": "Japan", "code": "JP"}, "target": null,
      "rate": {"value": 25}, "amount": {"value": 3e8, "currency": "USD"},
      "goods": ["semiconductors"], "retaliation": false}, ...]}
`span` is copied from the text; runs of whitespace (Reuters' line breaks
and indents) match any whitespace. `nth` (1-based, optional) picks among
several occurrences. Every article of the batch gets a line, with
"events": [] when it has none.

  resolve.py --check FILE            report problems, write nothing
  resolve.py FILE... > gold.jsonl    resolved events with start/end bytes
"""
import argparse
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.environ.get("SHARED", os.path.join(HERE, "../../../../shared"))
ACTIONS = {"impose", "raise", "lower", "remove", "exempt"}
MODALITIES = {"actual", "threatened", "proposed", "demanded", "considered"}
FIELDS = {"span", "nth", "action", "modality", "actor", "target", "rate", "amount",
          "goods", "retaliation", "note"}


def articles():
    out = {}
    for name in ("reuters-trade.jsonl", "peoplesdaily-2018.jsonl"):
        for line in open(os.path.join(SHARED, "corpus/unlabelled", name), encoding="utf-8"):
            a = json.loads(line)
            out[a["id"]] = a
    for line in open(os.path.join(SHARED, "data/polnear/train.gold.jsonl"), encoding="utf-8"):
        a = json.loads(line)
        if "tariff" in a["text"].lower():
            out[a["id"]] = {k: a.get(k, "") for k in ("id", "title", "published", "text")}
    return out


def span_regex(span):
    words = span.split()
    return re.compile(r"\s+".join(re.escape(w) for w in words))


def byte_span(text, span, nth):
    """(start, end) in UTF-8 bytes of the nth match of span, or an error string."""
    if not span or not span.split():
        return "empty span"
    hits = list(span_regex(span).finditer(text))
    if not hits:
        return "span not found: %r" % span[:80]
    if nth is None and len(hits) > 1:
        nth = 1  # the first occurrence unless the annotator says otherwise
    nth = nth or 1
    if nth > len(hits):
        return "nth=%d but the span occurs %d times" % (nth, len(hits))
    m = hits[nth - 1]
    return len(text[:m.start()].encode()), len(text[:m.end()].encode())


def check_party(p, what):
    if p is None:
        return None
    if not isinstance(p, dict) or set(p) != {"name", "code"}:
        return "%s must be null or {name, code}" % what
    if not re.fullmatch(r"[A-Z]{2}", p["code"] or ""):
        return "%s code %r is not two capitals" % (what, p.get("code"))
    return None


def check_rate(r):
    if r is None:
        return None
    ok = isinstance(r, dict) and set(r) in ({"value"}, {"from", "to"}, {"min", "max"}, {"min"}, {"max"})
    if not ok or not all(isinstance(v, (int, float)) for v in r.values()):
        return "rate must be null, {value}, {from,to} or {min,max}: %r" % (r,)
    return None


def check_amount(a):
    if a is None:
        return None
    if not isinstance(a, dict) or set(a) != {"value", "currency"} or \
            not isinstance(a["value"], (int, float)) or not re.fullmatch(r"[A-Z]{3}", a["currency"] or ""):
        return "amount must be null or {value: number, currency: ISO 4217}: %r" % (a,)
    return None


def resolve(path, arts):
    """Yields (gold article, [problems])."""
    for lineno, line in enumerate(open(path, encoding="utf-8"), 1):
        if not line.strip():
            continue
        where = "%s:%d" % (path, lineno)
        try:
            rec = json.loads(line)
        except ValueError as e:
            yield None, ["%s: not JSON: %s" % (where, e)]
            continue
        art = arts.get(rec.get("id"))
        if art is None:
            yield None, ["%s: unknown article id %r" % (where, rec.get("id"))]
            continue
        problems, events = [], []
        for i, ev in enumerate(rec.get("events", [])):
            at = "%s %s event %d" % (where, rec["id"], i + 1)
            extra = set(ev) - FIELDS
            errs = ["unknown keys %s" % sorted(extra)] if extra else []
            if ev.get("action") not in ACTIONS:
                errs.append("action %r" % ev.get("action"))
            if ev.get("modality") not in MODALITIES:
                errs.append("modality %r" % ev.get("modality"))
            errs += [e for e in (check_party(ev.get("actor"), "actor"),
                                 check_party(ev.get("target"), "target"),
                                 check_rate(ev.get("rate")), check_amount(ev.get("amount"))) if e]
            if not isinstance(ev.get("goods", []), list):
                errs.append("goods must be a list")
            if not isinstance(ev.get("retaliation", False), bool):
                errs.append("retaliation must be true or false")
            where_span = byte_span(art["text"], ev.get("span", ""), ev.get("nth"))
            if isinstance(where_span, str):
                errs.append(where_span)
            if errs:
                problems += ["%s: %s" % (at, e) for e in errs]
                continue
            events.append({"action": ev["action"], "modality": ev["modality"],
                           "actor": ev.get("actor"), "target": ev.get("target"),
                           "rate": ev.get("rate"), "amount": ev.get("amount"),
                           "goods": ev.get("goods", []), "retaliation": ev.get("retaliation", False),
                           "start": where_span[0], "end": where_span[1]})
        events.sort(key=lambda e: (e["start"], e["end"]))
        gold = {k: art[k] for k in ("id", "title", "published", "text") if k in art}
        gold["tariffs"] = events
        yield gold, problems


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="report problems only")
    ap.add_argument("files", nargs="+")
    args = ap.parse_args()
    arts, bad, n_art, n_ev = articles(), 0, 0, 0
    for path in args.files:
        for gold, problems in resolve(path, arts):
            for p in problems:
                print(p, file=sys.stderr)
            bad += len(problems)
            if gold is None:
                continue
            n_art += 1
            n_ev += len(gold["tariffs"])
            if not args.check:
                print(json.dumps(gold, ensure_ascii=False))
    print("%d articles, %d events, %d problems" % (n_art, n_ev, bad), file=sys.stderr)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
