#!/usr/bin/env python3
"""Rebuild the English NewsReader MEANTIME corpus (Wikinews, TIMEX3 with values) as a FRESH set.

Round 5 of issue 11: the dev half of corpus.py is saturated, so a corpus nobody tuned on measures
how the tagger generalises. This script reads MEANTIME straight out of a git mirror at a pinned
commit (the third-party text never enters this repository) and writes one JSON file per document,
in corpus.py's format, under DATA_ROOT/meantime/{tune,kept}/en/ (default DATA_ROOT=/work/dates-data).

Source: qiangning/StructTempRel-EMNLP17 at COMMIT, directory
data/meantime_newsreader_english_oct15/intra-doc_annotation/corpus_{airbus,apple,gm,stock}/*.xml:
120 Wikinews articles (2004-2013) annotated in CAT XML by FBK / VUA / EHU (CC BY 4.0).

CAT XML gives tokens, not the original text, so the text is rebuilt by a detokeniser (one line per
sentence; no space before closing punctuation and clitics, none after opening brackets and quotes)
and each TIMEX3 span runs from the first character of its first token anchor to the last of its
last. The dateline sentence that only holds the CREATION_TIME TIMEX3 (`December 10 , 2013`) is
left out of the text, as TimeBank keeps its DCT outside <TEXT>: it becomes `--ref`. TIMEX3 without
token anchors (implicit times) have no span and are dropped. MEANTIME annotates only the title and
the first sentences of each article (sentences 0-5 of the token layer; one article up to 6), so the
text stops there: later sentences carry no gold, and a date tagged in them would count as extra.

Split rule (decided once, before any scoring): int(sha1("en/<doc_id>").hexdigest(), 16) even ->
tune, odd -> kept (kept aside: scored, never looked at with --errors).
"""
import argparse
import html
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus import tml_files, with_spans, write_tune_kept, tune_or_kept as split_part  # noqa: E402

REPO = "qiangning/StructTempRel-EMNLP17"
COMMIT = "d6518a5a79d940d749c95ee5b72830714b132238"
MIRROR = "/work/.mirror/qiangning+StructTempRel-EMNLP17/repo"
DIR = "data/meantime_newsreader_english_oct15/intra-doc_annotation"

TOKEN = re.compile(r'<token number="\d+" sentence="(\d+)" t_id="(\d+)">(.*?)</token>', re.S)
TIMEX = re.compile(r"<TIMEX3 ([^>]*?)(?:/>()|>(.*?)</TIMEX3>)", re.S)
ATTR = re.compile(r'([A-Za-z_:]+)="([^"]*)"')
ANCHOR = re.compile(r'<token_anchor t_id="(\d+)"/>')
# Tokens glued to the token before them, and tokens the next token is glued to.
NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "''", "'s", "'S", "n't", "'re",
                   "'ve", "'ll", "'d", "'m", "'"}
NO_SPACE_AFTER = {"(", "[", "{", "``", "$", "#"}
QUOTES = {"``": '"', "''": '"'}  # PTB quote tokens back to the plain quote


def detokenise(tokens, skip_sentences, infix=None):
    """tokens: [(sentence, t_id, text)] -> (text, {t_id: (start, end)}) in characters.
    `infix(prev, tok, next)`, when given, says a token was glued to both neighbours in the
    original text (a tokeniser that split `3:30` into `3 : 30`): no space around it."""
    kept = [t for t in tokens if t[0] not in skip_sentences]
    glued = set()
    if infix is not None:
        for i in range(1, len(kept) - 1):
            if kept[i - 1][0] == kept[i][0] == kept[i + 1][0] and infix(kept[i - 1][2], kept[i][2], kept[i + 1][2]):
                glued |= {i, i + 1}
    out, spans, pos = [], {}, 0
    prev_sentence, prev_tok = None, None
    for i, (sentence, tid, tok) in enumerate(kept):
        if prev_sentence is not None and sentence != prev_sentence:
            sep = "\n"
        elif prev_tok is None or i in glued or tok in NO_SPACE_BEFORE or prev_tok in NO_SPACE_AFTER:
            sep = ""
        else:
            sep = " "
        out.append(sep)
        pos += len(sep)
        shown = QUOTES.get(tok, tok)
        spans[tid] = (pos, pos + len(shown))
        out.append(shown)
        pos += len(shown)
        prev_sentence, prev_tok = sentence, tok
    return "".join(out), spans


def parse_cat(raw):
    """Return (doc_id, dct, text, timexes) from one MEANTIME CAT XML document."""
    m = re.search(r'<Document doc_id="([^"]*)"', raw)
    if not m:
        raise ValueError("no doc_id")
    doc_id = m.group(1)
    tokens = [(int(s), int(t), html.unescape(w)) for s, t, w in TOKEN.findall(raw)]
    sentence_of = {t: s for s, t, _ in tokens}
    markables = raw[raw.find("<Markables>"):]
    raw_timexes = []
    for t in TIMEX.finditer(markables):
        a = dict(ATTR.findall(t.group(1)))
        anchors = [int(x) for x in ANCHOR.findall(t.group(3) or "")]
        raw_timexes.append((a, anchors))
    def whole_sentences(anchors):
        sentences = {sentence_of[x] for x in anchors if x in sentence_of}
        return {s for s in sentences if all(t in anchors for ss, t, _ in tokens if ss == s)}

    dct, skip = None, set()
    for a, anchors in raw_timexes:
        if a.get("functionInDocument") == "CREATION_TIME":
            dct = a.get("value")
            skip = whole_sentences(anchors)  # the dateline sentence goes when the DCT is all of it
    if dct is None:
        # Two articles carry no CREATION_TIME: their dateline (a TIMEX3 that is a whole sentence
        # among the first three, with a full date value) is the DCT.
        for a, anchors in raw_timexes:
            lines = whole_sentences(anchors)
            if lines and max(lines) <= 2 and re.fullmatch(r"\d{4}-\d\d-\d\d", a.get("value", "")):
                dct, skip = a["value"], lines
                break
    # MEANTIME annotates the title and the first sentences only (sentences 0-5, one article 0-6):
    # the text stops at the last sentence any markable reaches, or sentence 5 if that is later,
    # so that a date in the unannotated rest never counts as a false positive.
    last = max([5] + [sentence_of[int(x)] for x in ANCHOR.findall(markables)
                      if int(x) in sentence_of])
    skip |= {s for s, _, _ in tokens if s > last}
    text, spans = detokenise(tokens, skip)
    timexes = []
    for a, anchors in raw_timexes:
        anchors = [x for x in anchors if x in spans]
        if not anchors:  # implicit TIMEX3, or the DCT on the dateline left out of the text
            continue
        start = min(spans[x][0] for x in anchors)
        end = max(spans[x][1] for x in anchors)
        tx = {"tid": a.get("m_id"), "type": a.get("type"), "value": a.get("value"),
              "start": start, "end": end}
        if a.get("mod"):
            tx["mod"] = a["mod"]
        timexes.append(tx)
    return doc_id, dct, text, with_spans(text, timexes)


def rebuild(set_name, repo, commit, mirror, directory, parse, description):
    """The command line of a fresh English set: read every CAT XML file of `directory` in the
    mirror of `repo` at `commit`, `parse` each into (doc_id, dct, text, timexes), and write
    one JSON file per document under DATA_ROOT/<set_name>/{tune,kept}/en/."""
    ap = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default="/work/dates-data", help="data root (outside git)")
    ap.add_argument("--mirror", default=mirror, help=f"git dir of the fetched {repo} mirror")
    args = ap.parse_args()
    docs = []
    for path, doc_id, dct, text, timexes in tml_files(args.mirror, repo, commit, directory, parse, ".xml"):
        docs.append({"id": f"en/{doc_id}", "lang": "en", "format": 2,
                     "source": {"repo": repo, "commit": commit, "path": path},
                     "dct": dct[:10], "text": text, "timexes": timexes})
    docs.sort(key=lambda d: d["id"])
    counts = write_tune_kept(os.path.join(args.out, set_name), docs, split_part)
    for part, (n, _, t, dt) in sorted(counts.items()):
        print(f"{set_name} {part:5s} en: {n:4d} docs, {t:5d} TIMEX3 spans, {dt:5d} of type DATE")


def main():
    rebuild("meantime", REPO, COMMIT, MIRROR, DIR, parse_cat, __doc__)


if __name__ == "__main__":
    main()
