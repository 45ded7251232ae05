#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Resolve the span strings of a probe set's probes.src.py to UTF-8 byte
offsets and write the set's probes.gold.jsonl, for each set folder given
(set2 to set6 share this format; set1 has its own build.py). Fails loudly
on a missing or ambiguous span, overlapping spans of different events, or
malformed fields.

    /usr/bin/python3 plugins/tariffs/annotations/probes/build.py plugins/tariffs/annotations/probes/set3
"""
import json, os, re, runpy, sys

ACTIONS = {"impose", "raise", "lower", "remove", "exempt"}
MODALITIES = {"actual", "threatened", "proposed", "demanded", "considered"}


def resolve(text, span, nth, where):
    # The 1987 texts keep the wire's hard line wrapping and paragraph
    # indents, so a span's single spaces match any run of whitespace.
    tb = text.encode("utf-8")
    words = span.encode("utf-8").split()
    pat = re.compile(rb"\s+".join(re.escape(w) for w in words))
    occ = [(m.start(), m.end()) for m in pat.finditer(tb)]
    if not occ:
        sys.exit(f"{where}: span not found: {span!r}")
    if nth is None:
        if len(occ) > 1:
            sys.exit(f"{where}: span occurs {len(occ)} times, give nth: {span!r}")
        nth = 1
    if not 1 <= nth <= len(occ):
        sys.exit(f"{where}: nth={nth} but span occurs {len(occ)} times: {span!r}")
    return occ[nth - 1]


def check_event(e, where):
    if e["action"] not in ACTIONS or e["modality"] not in MODALITIES:
        sys.exit(f"{where}: bad action/modality")
    for role in ("actor", "target"):
        x = e[role]
        if x is not None and not (isinstance(x.get("name"), str) and isinstance(x.get("code"), str) and
                                  len(x["code"]) == 2):
            sys.exit(f"{where}: bad {role} {x}")
    r = e["rate"]
    if r is not None:
        ok = isinstance(r, dict) and set(r) and (set(r) <= {"value"} or set(r) <= {"from", "to"} or
                                                 set(r) <= {"min", "max"})
        if not ok or not all(isinstance(v, (int, float)) for v in r.values()):
            sys.exit(f"{where}: bad rate {r}")
    a = e["amount"]
    if a is not None and not (isinstance(a.get("value"), (int, float)) and isinstance(a.get("currency"), str)):
        sys.exit(f"{where}: bad amount {a}")


def style(p):
    """The probe's era: its `style`, or the one its id names ("p2-87-01")."""
    if "style" in p:
        return p["style"]
    era = p["id"].split("-")[1]
    return ("19" if era >= "50" else "20") + era


def build(folder):
    probes = runpy.run_path(os.path.join(folder, "probes.src.py"))["PROBES"]
    ids = [p["id"] for p in probes]
    if len(set(ids)) != len(ids):
        sys.exit(f"{folder}: duplicate ids")
    out = []
    for p in probes:
        text = p["text"]
        evs, seen = [], {}
        for k, e in enumerate(p["events"]):
            where = f"{p['id']} event {k}"
            check_event(e, where)
            s, t = resolve(text, e["span"], e.get("nth"), where)
            seen.setdefault((s, t), []).append(k)
            a = e["amount"]
            evs.append({"start": s, "end": t, "action": e["action"], "modality": e["modality"],
                        "actor": e["actor"], "target": e["target"], "rate": e["rate"],
                        "amount": ({"value": int(a["value"]) if float(a["value"]).is_integer() else a["value"],
                                    "currency": a["currency"]} if a else None),
                        "goods": e["goods"], "retaliation": e["retaliation"]})
        spans = sorted(seen)
        for (s1, t1), (s2, t2) in zip(spans, spans[1:]):
            if s2 < t1:
                sys.exit(f"{p['id']}: spans overlap: {text.encode()[s1:t1]!r} / {text.encode()[s2:t2]!r}")
        evs.sort(key=lambda ev: (ev["start"], ev["end"]))
        out.append({"id": p["id"], "title": p["title"], "published": p["published"] + "T00:00:00Z",
                    "text": text, "tariffs": evs})
    with open(os.path.join(folder, "probes.gold.jsonl"), "w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    for era in ("1987", "2016", "2018"):
        arts = [o for o, p in zip(out, probes) if style(p) == era]
        n = sum(len(o["tariffs"]) for o in arts)
        empty = sum(1 for o in arts if not o["tariffs"])
        print(f"{os.path.basename(folder.rstrip('/'))} era {era}: {len(arts)} snippets, {n} events, "
              f"{empty} without events")
    print(f"total: {len(out)} snippets, {sum(len(o['tariffs']) for o in out)} events")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    for folder in sys.argv[1:]:
        build(folder)
