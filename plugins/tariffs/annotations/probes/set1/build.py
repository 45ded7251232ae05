#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Build probes.gold.jsonl from probes.src.py (tarprobe, issue 9).

Each event's span string is resolved to half-open UTF-8 byte offsets in the
snippet text. Fails loudly when a span is missing, ambiguous (occurs more than
once and no `nth` is given), out of range for `nth`, not on word boundaries,
or overlaps another event's span (identical spans = tranches/parties are
allowed), and when a field has a value outside the protocol.
Usage: /usr/bin/python3 build.py [--out probes.gold.jsonl]
"""
import json
import os
import re
import runpy
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ACTIONS = {"impose", "raise", "lower", "remove", "exempt"}
MODALITIES = {"actual", "threatened", "proposed", "demanded", "considered"}


class BuildError(Exception):
    pass


def find_span(text, span, nth, pid):
    starts = [m.start() for m in re.finditer(re.escape(span), text)]
    if not starts:
        raise BuildError("%s: span not found: %r" % (pid, span))
    if nth is None:
        if len(starts) > 1:
            raise BuildError("%s: span occurs %d times, give nth: %r" % (pid, len(starts), span))
        i = starts[0]
    else:
        if not 1 <= nth <= len(starts):
            raise BuildError("%s: nth=%d but span occurs %d times: %r" % (pid, nth, len(starts), span))
        i = starts[nth - 1]
    j = i + len(span)
    if span != span.strip() or not span[0].isalnum() and span[0] not in "$" or not (span[-1].isalnum() or span[-1] in ")%"):
        raise BuildError("%s: span must start and end on a word: %r" % (pid, span))
    if i > 0 and text[i - 1].isalnum() or j < len(text) and text[j].isalnum():
        raise BuildError("%s: span cuts a word: %r" % (pid, span))
    b0 = len(text[:i].encode("utf-8"))
    b1 = b0 + len(span.encode("utf-8"))
    assert text.encode("utf-8")[b0:b1].decode("utf-8") == span
    return b0, b1


def num(x):
    return int(x) if isinstance(x, float) and x.is_integer() else x


def check_party(p, pid, what):
    if p is None:
        return None
    if not (isinstance(p, dict) and isinstance(p.get("name"), str)
            and re.fullmatch(r"[A-Z]{2}", p.get("code") or "")):
        raise BuildError("%s: bad %s %r" % (pid, what, p))
    return {"name": p["name"], "code": p["code"]}


def check_rate(r, pid):
    if r is None:
        return None
    keys = set(r)
    if keys not in ({"value"}, {"from", "to"}, {"min", "max"}, {"min"}, {"max"}):
        raise BuildError("%s: bad rate %r" % (pid, r))
    for v in r.values():
        if not isinstance(v, (int, float)) or isinstance(v, bool):
            raise BuildError("%s: bad rate %r" % (pid, r))
    return {k: num(v) for k, v in r.items()}


def check_amount(a, pid):
    if a is None:
        return None
    if isinstance(a, (int, float)):
        a = (a, "USD")
    v, cur = a
    if not isinstance(v, (int, float)) or v <= 0 or not re.fullmatch(r"[A-Z]{3}", cur):
        raise BuildError("%s: bad amount %r" % (pid, a))
    return {"value": num(round(v, 2)), "currency": cur}


def build(src):
    probes = runpy.run_path(src)["PROBES"]
    out, seen = [], set()
    for p in probes:
        pid, text = p["id"], p["text"]
        if pid in seen:
            raise BuildError("duplicate id " + pid)
        seen.add(pid)
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", p["published"]):
            raise BuildError("%s: bad published %r" % (pid, p["published"]))
        tariffs, spans = [], []
        for e in p["events"]:
            if e["action"] not in ACTIONS or e["modality"] not in MODALITIES:
                raise BuildError("%s: bad action/modality %r" % (pid, e))
            s, t = find_span(text, e["span"], e["nth"], pid)
            for (s2, t2) in spans:
                if (s, t) != (s2, t2) and s < t2 and s2 < t:
                    raise BuildError("%s: overlapping spans %r" % (pid, e["span"]))
            spans.append((s, t))
            tariffs.append({
                "start": s, "end": t,
                "action": e["action"], "modality": e["modality"],
                "actor": check_party(e["actor"], pid, "actor"),
                "target": check_party(e["target"], pid, "target"),
                "rate": check_rate(e["rate"], pid),
                "amount": check_amount(e["amount"], pid),
                "goods": list(e["goods"]),
                "retaliation": bool(e["retaliation"]),
            })
        out.append({"id": pid, "title": p["title"],
                    "published": p["published"] + "T00:00:00Z",
                    "text": text, "tariffs": tariffs})
    return out, probes


def main(argv):
    outp = os.path.join(HERE, "probes.gold.jsonl")
    if len(argv) == 2 and argv[0] == "--out":
        outp = argv[1]
    try:
        arts, probes = build(os.path.join(HERE, "probes.src.py"))
    except BuildError as e:
        sys.exit("build.py: " + str(e))
    with open(outp, "w", encoding="utf-8") as f:
        for a in arts:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    era = Counter(); ev = Counter(); empty = Counter(); sents = Counter()
    for a in arts:
        k = a["id"].split("-")[1]
        era[k] += 1; ev[k] += len(a["tariffs"]); empty[k] += not a["tariffs"]
    for k in sorted(era):
        print("era %s: %d snippets, %d events, %d with no event" % (k, era[k], ev[k], empty[k]))
    print("total: %d snippets, %d events -> %s" % (len(arts), sum(ev.values()), outp))


if __name__ == "__main__":
    main(sys.argv[1:])
