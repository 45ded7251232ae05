#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Agreement between two independent annotation passes, per field, and a
review printout of every disagreement for adjudication.

  agree.py pass1/batch-1.jsonl pass2/batch-1.jsonl [--review review-1.txt]

Events are paired as score.py pairs predictions with gold (byte spans
overlapping, one to one, largest overlap first). Reports event-level F1
between the passes and, over paired events, the share with the same
action, modality, actor, target, rate, amount and all of them (exact), as
score.py computes them, plus Cohen's kappa for action and modality."""
import argparse
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import resolve  # noqa: E402

FIELDS = ["action", "modality", "actor", "target", "rate", "amount"]


def load(path, arts):
    out = {}
    for gold, problems in resolve.resolve(path, arts):
        if problems:
            sys.exit("\n".join(problems))
        out[gold["id"]] = gold
    return out


def same(field, a, b):
    if field in ("actor", "target"):
        return ((a[field] or {}).get("code")) == ((b[field] or {}).get("code"))
    if field == "amount":
        x, y = (a["amount"] or {}).get("value"), (b["amount"] or {}).get("value")
        return x == y or (x and y and abs(x - y) <= 0.005 * abs(x))
    return a[field] == b[field]


def pair(ea, eb):
    cands = []
    for i, a in enumerate(ea):
        for j, b in enumerate(eb):
            ov = min(a["end"], b["end"]) - max(a["start"], b["start"])
            if ov > 0:
                cands.append((-ov, abs(a["start"] - b["start"]) + abs(a["end"] - b["end"]), i, j))
    cands.sort()
    ua, ub, out = set(), set(), []
    for _, _, i, j in cands:
        if i not in ua and j not in ub:
            ua.add(i)
            ub.add(j)
            out.append((i, j))
    return out


def kappa(pairs):
    n = len(pairs)
    if not n:
        return float("nan")
    po = sum(a == b for a, b in pairs) / n
    ca, cb = collections.Counter(a for a, _ in pairs), collections.Counter(b for _, b in pairs)
    pe = sum(ca[k] * cb[k] for k in ca) / (n * n)
    return (po - pe) / (1 - pe) if pe < 1 else 1.0


def brief(e, text):
    def party(p):
        return p["code"] if p else "-"
    span = text.encode()[e["start"]:e["end"]].decode("utf-8", "replace")
    return "%s/%s %s->%s rate=%s amount=%s goods=%s ret=%s\n      «%s»" % (
        e["action"], e["modality"], party(e["actor"]), party(e["target"]),
        json.dumps(e["rate"]), (e["amount"] or {}).get("value"), e["goods"], e["retaliation"], span)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("first")
    ap.add_argument("second")
    ap.add_argument("--review", help="write the disagreements here")
    args = ap.parse_args()
    arts = resolve.articles()
    A, B = load(args.first, arts), load(args.second, arts)
    na = nb = npair = 0
    agree = collections.Counter()
    act, mod = [], []
    review = []
    for aid in sorted(set(A) | set(B)):
        ea = A.get(aid, {}).get("tariffs", [])
        eb = B.get(aid, {}).get("tariffs", [])
        text = (A.get(aid) or B.get(aid))["text"]
        na, nb = na + len(ea), nb + len(eb)
        ps = pair(ea, eb)
        npair += len(ps)
        lines = []
        for i, j in ps:
            ok = [f for f in FIELDS if same(f, ea[i], eb[j])]
            for f in ok:
                agree[f] += 1
            agree["exact"] += len(ok) == len(FIELDS)
            act.append((ea[i]["action"], eb[j]["action"]))
            mod.append((ea[i]["modality"], eb[j]["modality"]))
            if len(ok) < len(FIELDS):
                lines.append("  DIFFER (%s)\n    1: %s\n    2: %s" % (
                    ",".join(f for f in FIELDS if f not in ok), brief(ea[i], text), brief(eb[j], text)))
        for i in set(range(len(ea))) - {i for i, _ in ps}:
            lines.append("  ONLY 1: %s" % brief(ea[i], text))
        for j in set(range(len(eb))) - {j for _, j in ps}:
            lines.append("  ONLY 2: %s" % brief(eb[j], text))
        if lines:
            review.append("=== %s (published %s)\n%s" % (aid, (A.get(aid) or B.get(aid)).get("published"),
                                                         "\n".join(lines)))
    p = npair / nb if nb else 0
    r = npair / na if na else 0
    f1 = 2 * p * r / (p + r) if p + r else 0
    print("events: first %d, second %d, paired %d, F1 %.3f" % (na, nb, npair, f1))
    for f in FIELDS + ["exact"]:
        print("  %-8s %.3f" % (f, agree[f] / npair if npair else 0))
    print("  kappa action %.3f, modality %.3f" % (kappa(act), kappa(mod)))
    if args.review:
        with open(args.review, "w", encoding="utf-8") as f:
            f.write("\n\n".join(review) + "\n")


if __name__ == "__main__":
    main()
