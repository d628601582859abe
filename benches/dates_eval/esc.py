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

- CAT XML holds tokens: the text is rebuilt with meantime.py's detokeniser rules, one line per
  sentence, plus one: ECB+'s tokeniser split `:` `/` `.` `-` `,` inside a word (`3 : 30`,
  `4 / 11 / 2007`, `a . m`, `36 - year`, `170 , 000`), so such an infix is glued back between
  the pieces it joins (digits around `:` `/` `.`, single letters around `.`, letters or digits
  around `-`, a digit and three digits around `,`).
- ECB+ (and so EventStoryLine) annotates only some sentences of each article: the text keeps the
  sentences any markable reaches (sentence 0, the article's URL, never is). A date in an
  unannotated sentence would otherwise count as a false positive.
- The DCT="TRUE" markable (a TIME_DATE or a TIME_OF_THE_DAY) becomes `--ref` (its date); when it
  is all of its sentence (`May 03 , 2013`) that line leaves the text, as TimeBank keeps its DCT
  outside <TEXT>; otherwise (`Mumbai , Nov 11 -`) it stays, a gold like any other. The 29
  articles without a usable DCT are skipped.
- Types map to TimeML: TIME_DATE -> DATE, TIME_OF_THE_DAY -> TIME, TIME_DURATION -> DURATION,
  TIME_REPETITION -> SET. Value edits (conventions, not corrections), on both parts alike:
  a one-digit month or day (`2013-05-3`, 9 values) is zero-padded; a clock time the export
  normalised to UTC (`10:04 PM ET` = `2012-07-08T03:04Z`) goes back to the local day and clock
  its text names (`local_value`: the contract gives a time the day it is written in; the DCT
  too, so `today` and weekdays count from the local day); the export has no `mod`, so a DATE
  whose text opens with `early` / `mid` / `late`, `the beginning / middle / end of` gets the
  `mod` TimeML writes (`part_mod`). Markables without token anchors (cross-document instances)
  have no span and are dropped.

Split rule (decided once, before any scoring): int(sha1("en/<doc_id>").hexdigest(), 16) even ->
tune, odd -> kept (kept aside: scored, never looked at with --errors).
"""
import datetime
import html
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus import with_spans  # noqa: E402
import meantime  # noqa: E402

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


def infix(prev, tok, nxt):
    """Was `tok` glued to both neighbours in the original text (`3:30`, `4/11`, `a.m`, `36-year`)?"""
    if tok in (":", "/", "."):
        if prev.isdigit() and nxt[:1].isdigit():
            return True
        return tok == "." and len(prev) == 1 and prev.isalpha() and len(nxt) == 1 and nxt.isalpha()
    if tok == ",":  # thousands: `170 , 000`
        return prev.isdigit() and re.match(r"\d{3}(?!\d)", nxt) is not None
    return tok == "-" and prev[-1:].isalnum() and nxt[:1].isalnum()


def detokenise(tokens, skip_sentences):
    """meantime.py's detokeniser, with ECB+'s split infixes glued back."""
    return meantime.detokenise(tokens, skip_sentences, infix)


CLOCK = re.compile(r"\b(\d{1,2})(?:[:.](\d\d))?(?:[:.]\d\d)?\s*([ap])\.?\s*m\b|\b(\d{1,2})[:.](\d\d)\b", re.I)
UTC_VALUE = re.compile(r"(\d{4}-\d\d-\d\d)T(\d\d):(\d\d)(?::\d\d)?Z")


def local_value(value, text):
    """A clock time normalised to UTC (`10:04 PM ET` = `2012-07-08T03:04Z`) back to the local day
    and clock its text names (`2012-07-07T22:04`): the CLI gives a time the day it is written in,
    and the text of the article, its `today` and its weekdays, count from the local day too.
    Unchanged when the text names no clock time or names UTC / GMT itself."""
    m = UTC_VALUE.fullmatch(value)
    c = CLOCK.search(text)
    if not m or not c or re.search(r"\b(GMT|UTC|Z)\b", text):
        return value
    if c.group(1):
        hour, minute = int(c.group(1)) % 12 + (12 if c.group(3).lower() == "p" else 0), c.group(2) or "00"
    else:
        hour, minute = int(c.group(4)), c.group(5)
    if hour > 23:
        return value
    day = datetime.date.fromisoformat(m.group(1))
    shift = hour - int(m.group(2))
    if shift > 12:
        day -= datetime.timedelta(days=1)
    elif shift < -12:
        day += datetime.timedelta(days=1)
    return f"{day.isoformat()}T{hour:02d}:{minute}"


PART_WORDS = [(re.compile(r"(?:the\s+)?(?:early|beginning\s+of|start\s+of)\b", re.I), "START"),
              (re.compile(r"(?:the\s+)?(?:mid|middle\s+of)\b", re.I), "MID"),
              (re.compile(r"(?:the\s+)?(?:late|end\s+of)\b", re.I), "END")]


def part_mod(text):
    """The TimeML `mod` the export lacks: `late 2007` is gold `2007` with no `mod`, where TimeML
    writes mod="END" (what score_corpus.py's `mod` convention reads)."""
    for pattern, mod in PART_WORDS:
        if pattern.match(text):
            return mod
    return None


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
            dct_anchors = anchors
            lines = {sentence_of[x] for x in anchors if x in sentence_of}
            skip = {s for s in lines
                    if all(t in anchors for ss, t, _ in tokens if ss == s)}
            break
    if dct is not None:
        dct = local_value(dct, detokenise([t for t in tokens if t[1] in dct_anchors], set())[0])
    skip |= {s for s, _, _ in tokens if s not in annotated}
    text, spans = detokenise(tokens, skip)
    timexes = []
    for kind, a, anchors in raw_timexes:
        anchors = [x for x in anchors if x in spans]
        if not anchors:  # the DCT line left out of the text
            continue
        start, end = min(spans[x][0] for x in anchors), max(spans[x][1] for x in anchors)
        tx = {"tid": a.get("m_id"), "type": TYPES.get(kind, kind),
              "value": local_value(pad_value(a.get("value", "")), text[start:end]),
              "start": start, "end": end}
        if tx["type"] == "DATE" and part_mod(text[start:end]):
            tx["mod"] = part_mod(text[start:end])
        timexes.append(tx)
    return doc_id, dct, text, with_spans(text, timexes)


def main():
    meantime.rebuild(SET, REPO, COMMIT, MIRROR, DIR, parse_cat, __doc__)


if __name__ == "__main__":
    main()
