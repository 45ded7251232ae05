# SPDX-License-Identifier: MIT
"""What the plugins' annotated test sets share (plugins/quotes/annotations,
plugins/entities/annotations): annotators copy words from an article, and
these turn them into gold JSONL in the PROTOCOL schema with UTF-8 byte
offsets, check a pass against the sample, and score two passes against
each other with shared/eval/score.py. Each set's script says only how one
article's annotation resolves (`resolve_one(article, annotation)` ->
(fields to add, problems)) and how many items its gold holds."""
import json
import os
import re
import subprocess
import sys
import tempfile

PRODUCER = ("id", "title", "published", "text")


def shared_dir(here):
    """../shared as seen from a plugin's annotations folder, or $SHARED."""
    return os.environ.get("SHARED", os.path.join(here, "../../../../shared"))


def load_pool(shared, name):
    """The articles of one unlabelled pool, in file order."""
    path = os.path.join(shared, "corpus/unlabelled", name)
    return [json.loads(l) for l in open(path, encoding="utf-8")]


def write_batch(path, arts):
    """The texts as annotators read them: a header line per article."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        for a in arts:
            f.write("=== %s | %s | published %s ===\n%s\n\n" % (a["id"], a.get("title", ""), a.get("published", ""),
                                                              a["text"]))


def pattern(words):
    """A regex for words as written, any whitespace between them, whole
    words at the ends (ASCII letters and digits: the People's Daily's
    broken marks, "â" and invisible bytes, may touch the words)."""
    ws = words.split()
    core = r"\s+".join(re.escape(w) for w in ws)
    lead = r"(?<![A-Za-z0-9])" if re.match(r"[A-Za-z0-9]", ws[0]) else ""
    tail = r"(?![A-Za-z0-9])" if re.search(r"[A-Za-z0-9]$", ws[-1]) else ""
    return re.compile(lead + core + tail)


def byte_at(text, i):
    """The UTF-8 byte offset of character index i."""
    return len(text[:i].encode("utf-8"))


def resolve(path, arts, resolve_one):
    """Yields (gold article, problems) per line of an annotator's file."""
    for no, line in enumerate(open(path, encoding="utf-8"), 1):
        if not line.strip():
            continue
        ann = json.loads(line)
        a = arts.get(ann.get("id"))
        if a is None:
            yield None, ["line %d: unknown id %r" % (no, ann.get("id"))]
            continue
        fields, problems = resolve_one(a, ann)
        gold = {k: a.get(k, "") for k in PRODUCER}
        gold.update(fields)
        yield gold, ["%s: %s" % (a["id"], p) for p in problems]


def build(path, arts, resolve_one, count, out=sys.stdout):
    """Writes the gold of an annotator's file; returns (problems, items)."""
    bad = n = 0
    for gold, problems in resolve(path, arts, resolve_one):
        for p in problems:
            print(p, file=sys.stderr)
        bad += len(problems)
        if gold:
            out.write(json.dumps(gold, ensure_ascii=False) + "\n")
            n += count(gold)
    return bad, n


def check(path, sample, arts, resolve_one, count, items):
    """Reports the file's articles, items and problems (a sample article
    without a line is one); 1 when there is any problem."""
    with open(os.devnull, "w") as null:
        ids = {json.loads(l)["id"] for l in open(path, encoding="utf-8") if l.strip()}
        bad, n = build(path, arts, resolve_one, count, null)
    missing = set(sample) - ids
    for m in sorted(missing):
        print("no line for %s" % m, file=sys.stderr)
    print("%d articles, %d %s, %d problems" % (len(ids), n, items, bad + len(missing)))
    return 1 if bad or missing else 0


def agree(p1, p2, arts, resolve_one, count, shared, task):
    """shared/eval/score.py of pass 2 (as prediction) against pass 1."""
    with tempfile.TemporaryDirectory() as tmp:
        g1, g2 = os.path.join(tmp, "1.jsonl"), os.path.join(tmp, "2.jsonl")
        for src, dst in ((p1, g1), (p2, g2)):
            with open(dst, "w", encoding="utf-8") as f:
                build(src, arts, resolve_one, count, f)
        return subprocess.run([sys.executable, os.path.join(shared, "eval/score.py"), "--gold", g1,
                               "--pred", g2, "--task", task]).returncode


def main(doc, commands):
    """Runs the command named on the command line: commands maps a name to
    (its number of arguments, the function); usage is the script's doc."""
    args = sys.argv[1:]
    if not args or args[0] not in commands or len(args) - 1 != commands[args[0]][0]:
        sys.exit(doc)
    rc = commands[args[0]][1](*args[1:])
    sys.exit(rc or 0)
