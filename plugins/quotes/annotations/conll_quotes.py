#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""A quote development sample of Reuters 1996 wire copy: documents of
CoNLL-2003 English train (../../../../shared/data/conll2003/train.txt, its
ORIGIN.md), detokenised to plain text. No quote sample before it used this
source; testa is left alone (the entities plugin scores on it).

  conll_quotes.py draw             the sample -> conll-sample.tsv, batches/dev-7.txt,
                                   dev/conll-7.text.jsonl (the articles, PROTOCOL schema)
  conll_quotes.py check FILE       resolve an annotator's file (GUIDE.md), report problems
  conll_quotes.py build FILE > GOLD    the gold JSONL (dev/conll-7.ann.jsonl -> gold/conll-dev-7.jsonl)
  conll_quotes.py draw8, check8, build8    the eighth sample: the same rule, seed SEED8, away from
                                   the seventh, up to MAX_DOCS8 documents or MAX_MARKS8 marks
                                   -> conll-sample-8.tsv, batches/dev-8.txt, dev/conll-8.text.jsonl
  conll_quotes.py draw9, check9, build9    the ninth sample (rule below), away from the seventh
                                   and eighth -> conll-sample-9.tsv, batches/dev-9.txt, dev/conll-9.text.jsonl

The rule, written down before sift was run on any of these documents:
every document of train.txt (946; the first has no -DOCSTART- line) with at
least two double quote tokens (`"`) whose tokens include a word of trade,
tariffs, the economy, government or politics (WORDS below, lower-cased
tokens), taken in a random order of seed SEED until MAX_DOCS documents or
MAX_MARKS quote marks (about 80 quotes) are reached; kept in file order.

The ninth sample's rule (written down before it was drawn; the brief
asks for economy, trade, markets and government documents with several
quotation marks): every train document that is in neither the seventh
nor the eighth sample, with at least four `"` tokens, whose tokens
include a word of WORDS or of WORDS9 (markets, shares, prices, exports,
imports, ministers: lower-cased tokens), in a random order of seed
SEED9 until MAX_DOCS9 documents or MAX_MARKS9 quote marks (about 70
quotes); kept in file order.

Detokenisation (detok): the tokens of a sentence joined by single spaces,
except no space before closing punctuation (. , ; : ! ? ) ] %) and the
clitics ('s n't 're 've 'll 'd 'm, and a lone '), none after an opening
bracket or "$"; a `"` opens when the line so far holds an even number of
them (no space after it), else closes (no space before it). Each sentence
starts a line (a paragraph to sift: the text has no blank or indented
lines), unless the line before holds an unclosed `"`: then the sentence
goes on that line after a space (none after an opening mark the
tokeniser left at the end of the sentence before, nor before a closing
mark it put at the start of the next), so that a quotation of several
sentences stays one paragraph; but a sentence that opens with a `"` and
a capitalised word starts a line and the mark opens (a quotation over
paragraphs in Reuters' style, whose earlier paragraph has no closing
mark); and a sentence that starts in lower case after a line ending with a
closing mark goes on that line ("…," / "he said." is one sentence the
tokeniser split). The document's first sentence (its headline) is the title as well
as the first line. Ids: conll-train-NNNN, the 1-based document
number in train.txt."""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "../../../tests"))
import testset  # noqa: E402
import trade_quotes  # noqa: E402  (resolve_one, count: the same annotation format)

SHARED = testset.shared_dir(HERE)
TRAIN = os.path.join(SHARED, "data/conll2003/train.txt")
SEED, MAX_DOCS, MAX_MARKS = 20261213, 40, 160
# the eighth sample: the same rule, its own seed, away from the seventh, fewer documents
SEED8, MAX_DOCS8, MAX_MARKS8 = 20261214, 24, 100
# the ninth sample: its own seed, away from the seventh and eighth, at least four marks, markets words too
SEED9, MAX_DOCS9, MAX_MARKS9, MIN_MARKS9 = 20261215, 30, 150, 4
WORDS9 = re.compile(r"^(markets?|shares|stocks?|bonds?|prices?|exports?|imports?|ministers?|ministry|tax(es)?|"
                    r"budget|inflation|currency|dollar|bank)$")
WORDS = re.compile(r"^(trade|trading|tariffs?|econom(y|ies|ic|ics)|governments?|politics|political)$")
FILES = {7: ("conll-sample.tsv", "batches/dev-7.txt", "dev/conll-7.text.jsonl"),
         8: ("conll-sample-8.tsv", "batches/dev-8.txt", "dev/conll-8.text.jsonl"),
         9: ("conll-sample-9.tsv", "batches/dev-9.txt", "dev/conll-9.text.jsonl")}
NO_SPACE_BEFORE = {".", ",", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "'S", "n't", "N'T", "'re", "'ve",
                   "'ll", "'d", "'m", "'"}
NO_SPACE_AFTER = {"(", "[", "{", "$"}


def documents(path=TRAIN):
    """The documents of a CoNLL file: lists of sentences, each a list of tokens."""
    docs, doc, sent = [], [], []
    for line in open(path, encoding="ascii"):
        line = line.rstrip("\r\n")
        if line.startswith("-DOCSTART-"):
            if doc or sent:
                docs.append(doc + ([sent] if sent else []))
            doc, sent = [], []
        elif not line.strip():
            if sent:
                doc.append(sent)
            sent = []
        else:
            sent.append(line.split(" ")[0])
    if doc or sent:
        docs.append(doc + ([sent] if sent else []))
    return [d for d in docs if d]


def detok_sentence(tokens, open_marks):
    """A sentence's text and the parity of `"` after it (open_marks: how
    many the line held before it)."""
    out, glue = "", True
    for t in tokens:
        if t == '"':
            opening = open_marks % 2 == 0
            open_marks += 1
            if opening:
                out += ("" if glue or not out else " ") + t
                glue = True
            else:
                out += t
                glue = False
            continue
        if out and not glue and t not in NO_SPACE_BEFORE:
            out += " "
        out += t
        glue = t in NO_SPACE_AFTER
    return out, open_marks


def detok(doc):
    """The document's text (module docstring)."""
    lines, marks = [], 0
    for sent in doc:
        if marks % 2 and sent[0] == '"' and len(sent) > 1 and sent[1][:1].isupper():
            marks = 0  # a paragraph of a quotation over paragraphs: it opens again
        text, after = detok_sentence(sent, marks if lines and marks % 2 else 0)
        if lines and not marks % 2 and sent[0][:1].islower() and lines[-1].endswith('"'):
            lines[-1] += " " + text  # "…," ¶ "he said.": one sentence the tokeniser split
            marks = after
            continue
        if lines and marks % 2:
            # the tokeniser may end a sentence with the next quote's opening
            # mark, or start one with the closing mark of the one before
            lines[-1] += ("" if lines[-1].endswith('"') or text.startswith('"') else " ") + text
        else:
            lines.append(text)
        marks = after
    return "\n".join(lines)


def article(n, doc):
    return {"id": "conll-train-%04d" % n, "title": detok_sentence(doc[0], 0)[0], "text": detok(doc)}


def eligible(doc, n_sample=7):
    toks = [t for s in doc for t in s]
    if n_sample == 9:
        return toks.count('"') >= MIN_MARKS9 and any(WORDS.match(t.lower()) or WORDS9.match(t.lower()) for t in toks)
    return toks.count('"') >= 2 and any(WORDS.match(t.lower()) for t in toks)


def draw(n_sample=7):
    """Sample 7 (SEED, MAX_DOCS, MAX_MARKS), 8 (SEED8, …, away from 7) or 9 (SEED9, …, away from 7 and 8)."""
    seed, max_docs, max_marks = {7: (SEED, MAX_DOCS, MAX_MARKS), 8: (SEED8, MAX_DOCS8, MAX_MARKS8),
                                 9: (SEED9, MAX_DOCS9, MAX_MARKS9)}[n_sample]
    tsv, batch, texts = FILES[n_sample]
    held = set(sample(7)) | set(sample(8)) if n_sample == 9 else set(sample(7)) if n_sample == 8 else set()
    docs = documents()
    pick = [n for n, d in enumerate(docs, 1) if eligible(d, n_sample) and "conll-train-%04d" % n not in held]
    random.Random(seed).shuffle(pick)
    chosen, marks = [], 0
    for n in pick:
        if len(chosen) >= max_docs or marks >= max_marks:
            break
        chosen.append(n)
        marks += sum(s.count('"') for s in docs[n - 1])
    chosen.sort()
    arts = [article(n, docs[n - 1]) for n in chosen]
    with open(os.path.join(HERE, tsv), "w") as f:
        f.write("id\tpool\n")
        f.writelines("%s\tconll-train\n" % a["id"] for a in arts)
    with open(os.path.join(HERE, texts), "w", encoding="utf-8") as f:
        f.writelines(json.dumps(a, ensure_ascii=False) + "\n" for a in arts)
    testset.write_batch(os.path.join(HERE, batch), arts)
    print("%d eligible, %d drawn, %d quote marks" % (len(pick), len(arts), marks), file=sys.stderr)


def articles(n_sample=7):
    return {a["id"]: a for a in map(json.loads, open(os.path.join(HERE, FILES[n_sample][2]), encoding="utf-8"))}


def sample(n_sample=7):
    return [l.split("\t")[0] for l in open(os.path.join(HERE, FILES[n_sample][0])).read().splitlines()[1:]]


def commands():
    verbs = {}
    for n in (7, 8, 9):
        sfx = "" if n == 7 else str(n)
        verbs["draw" + sfx] = (0, lambda n=n: draw(n))
        verbs["check" + sfx] = (1, lambda path, n=n: testset.check(path, sample(n), articles(n), trade_quotes.resolve_one,
                                                                    trade_quotes.count, "quotes"))
        verbs["build" + sfx] = (1, lambda path, n=n: 1 if testset.build(path, articles(n), trade_quotes.resolve_one,
                                                                        trade_quotes.count)[0] else 0)
    return verbs


if __name__ == "__main__":
    testset.main(__doc__, commands())
