#!/usr/bin/env python3
"""Rebuild EventStoryLine v1.5 (ECB+ news, TIMEX3-like markables with values) as a FRESH English set.

Session 23 of issue 11: the English dev half is tuned to ~95 while the held-out half sits at ~86,
so development needs news nobody has tuned on. This script reads EventStoryLine straight out of a
git mirror at a pinned commit (the third-party text never enters this repository) and writes one
JSON file per document, in corpus.py's format, under DATA_ROOT/esc/{tune,kept}/en/ (default
DATA_ROOT=/work/dates-data).

Source: tommasoc80/EventStoryLine at COMMIT, annotated_data/v1.5/<topic>/<doc>.xml.xml: 258 ECB+
web news articles (2005-2013; Caselli & Vossen 2017, CC BY 3.0) in CAT XML, with TIME_DATE,
TIME_OF_THE_DAY, TIME_DURATION and TIME_REPETITION markables carrying ISO-TimeML values and one
DCT="TRUE" TIME_DATE per article.

- CAT XML holds tokens: the text is rebuilt by meantime.py's detokeniser, one line per sentence.
- ECB+ (and so EventStoryLine) annotates only some sentences of each article: the text keeps the
  sentences any markable reaches (sentence 0, the article's URL, never is). A date in an
  unannotated sentence would otherwise count as a false positive.
- The DCT="TRUE" markable (a TIME_DATE or a TIME_OF_THE_DAY) becomes `--ref` (its date); when it is all of its sentence (`May 03 , 2013`) that line
  leaves the text, as TimeBank keeps its DCT outside <TEXT>; otherwise (`Mumbai , Nov 11 -`) it
  stays, a gold like any other. The 29 articles without a usable DCT are skipped.
- Types map to TimeML: TIME_DATE -> DATE, TIME_OF_THE_DAY -> TIME, TIME_DURATION -> DURATION,
  TIME_REPETITION -> SET. Values with a one-digit month or day (`2013-05-3`, 6 of them) are
  zero-padded, the only value edit. Markables without token anchors (cross-document instances)
  have no span and are dropped.

Split rule (decided once, before any scoring): int(sha1("en/<doc_id>").hexdigest(), 16) even ->
tune, odd -> kept (kept aside: scored, never looked at with --errors).
"""
import argparse
import html
import json
import os
import re
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus import drop_duplicate_texts, with_spans  # noqa: E402
from meantime import detokenise, split_part  # noqa: E402

REPO = "tommasoc80/EventStoryLine"
COMMIT = "46edefee5e82e0917b823abe0a18bf8c7770f15c"
MIRROR = "/work/.mirror/tommasoc80+EventStoryLine/repo"
DIR = "annotated_data/v1.5"
SET = "esc"

TOKEN = re.compile(r'<token t_id="(\d+)" sentence="(\d+)" number="\d+">(.*?)</token>', re.S)
MARKABLE = re.compile(r"<(TIME_[A-Z_]+) (m_id=[^>]*?)(?:/>|>(.*?)</\1>)", re.S)
ANY_ANCHOR = re.compile(r'<token_anchor t_id="(\d+)"/>')
ATTR = re.compile(r'([A-Za-z_:]+)="([^"]*)"')
TYPES = {"TIME_DATE": "DATE", "TIME_OF_THE_DAY": "TIME", "TIME_DURATION": "DURATION",
         "TIME_REPETITION": "SET"}


def git(*args):
    return subprocess.run(["git", "--git-dir", MIRROR_PATH, *args], check=True,
                          capture_output=True).stdout


def pad_value(v):
    """`2013-05-3` -> `2013-05-03`, `2011-5` -> `2011-05`: a few values drop a leading zero."""
    return re.sub(r"^(\d{4})-(\d)(?=$|-|T)", r"\1-0\2", re.sub(r"^(\d{4}-\d\d)-(\d)(?=$|T)", r"\1-0\2", v))


def parse_cat(raw):
    """Return (doc_id, dct, text, timexes) from one EventStoryLine CAT XML document."""
    m = re.search(r'<Document doc_name="([^"]*?)(?:\.xml)*"', raw)
    if not m:
        raise ValueError("no doc_name")
    doc_id = m.group(1)
    tokens = [(int(s), int(t), html.unescape(w)) for t, s, w in TOKEN.findall(raw)]
    sentence_of = {t: s for s, t, _ in tokens}
    markables = raw[raw.find("<Markables>"):]
    annotated = {sentence_of[int(x)] for x in ANY_ANCHOR.findall(markables) if int(x) in sentence_of}
    annotated.discard(0)  # the URL line
    raw_timexes = []
    for kind, attrs, body in MARKABLE.findall(markables):
        anchors = [int(x) for x in ANY_ANCHOR.findall(body or "")]
        if anchors:
            raw_timexes.append((kind, dict(ATTR.findall(attrs)), anchors))
    dct, skip = None, set()
    for kind, a, anchors in raw_timexes:
        if a.get("DCT") == "TRUE":  # a TIME_DATE or a TIME_OF_THE_DAY
            dct = pad_value(a.get("value", ""))
            lines = {sentence_of[x] for x in anchors if x in sentence_of}
            skip = {s for s in lines
                    if all(t in anchors for ss, t, _ in tokens if ss == s)}
            break
    skip |= {s for s, _, _ in tokens if s not in annotated}
    text, spans = detokenise(tokens, skip)
    timexes = []
    for kind, a, anchors in raw_timexes:
        anchors = [x for x in anchors if x in spans]
        if not anchors:  # the DCT line left out of the text
            continue
        tx = {"tid": a.get("m_id"), "type": TYPES.get(kind, kind),
              "value": pad_value(a.get("value", "")),
              "start": min(spans[x][0] for x in anchors), "end": max(spans[x][1] for x in anchors)}
        timexes.append(tx)
    return doc_id, dct, text, with_spans(text, timexes)


def main():
    global MIRROR_PATH
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default="/work/dates-data", help="data root (outside git)")
    ap.add_argument("--mirror", default=MIRROR, help=f"git dir of the fetched {REPO} mirror")
    args = ap.parse_args()
    MIRROR_PATH = args.mirror
    names = git("ls-tree", "-r", "--name-only", COMMIT, DIR).decode().split("\n")
    docs = []
    for path in sorted(n for n in names if n.endswith(".xml")):
        raw = git("show", f"{COMMIT}:{path}").decode("utf-8")
        try:
            doc_id, dct, text, timexes = parse_cat(raw)
        except ValueError as e:
            print(f"{REPO}:{path}: skipped: {e}", file=sys.stderr)
            continue
        if not dct or not re.match(r"^\d{4}-\d\d-\d\d", dct):
            print(f"{REPO}:{path}: skipped: no usable DCT ({dct!r})", file=sys.stderr)
            continue
        docs.append({"id": f"en/{doc_id}", "lang": "en", "format": 2,
                     "source": {"repo": REPO, "commit": COMMIT, "path": path},
                     "dct": dct[:10], "text": text, "timexes": timexes})
    docs.sort(key=lambda d: d["id"])
    root = os.path.join(args.out, SET)
    for part in ("tune", "kept"):
        p = os.path.join(root, part, "en")
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)
    counts = {}
    for d in drop_duplicate_texts(docs):
        part = split_part(d["id"])
        name = d["id"].split("/", 1)[1] + ".json"
        with open(os.path.join(root, part, "en", name), "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False, indent=1)
        c = counts.setdefault(part, [0, 0, 0])
        c[0] += 1
        c[1] += len(d["timexes"])
        c[2] += sum(1 for t in d["timexes"] if t["type"] == "DATE")
    for part, (n, t, dt) in sorted(counts.items()):
        print(f"{SET} {part:5s} en: {n:4d} docs, {t:5d} TIMEX3 spans, {dt:5d} of type DATE")


MIRROR_PATH = MIRROR

if __name__ == "__main__":
    main()
