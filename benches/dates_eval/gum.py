#!/usr/bin/env python3
"""Rebuild the Wikinews part of GUM (dates normalised in TEI `<date>`) as a FRESH English set.

Round 33 of issue 11: the English tune sets (TimeML dev, MEANTIME tune, EventStoryLine tune) are
spent as an error source, so a fourth news corpus nobody has tuned on. This script reads GUM
straight out of a git mirror at a pinned commit (the third-party text never enters this
repository) and writes one JSON file per document, in corpus.py's format, under
DATA_ROOT/gum/{tune,kept}/en/ (default DATA_ROOT=/work/dates-data).

Source: amir-zeldes/gum at COMMIT, dep/GUM_{news,interview}_*.conllu: the Georgetown University
Multilayer corpus (Zeldes 2017), Wikinews articles (24) and Wikinews interviews (19), 2006-2023;
texts CC BY 2.5 (Wikinews), annotations CC BY 4.0. Its TEI layer marks dates and times in the
text with normalised ISO values (`<date when="2006-02-23">`, `<date from=".." to="..">`,
`<date notBefore="..">`, `<time when="..">`), carried in the CoNLL-U files' MISC `XML=` field.

- The text: each sentence is its `# text =` line (the original spacing); sentences of one
  paragraph (`# newpar`) are joined by a space, paragraphs by a line break. A token's span comes
  from SpaceAfter=No; a multi-word token's words share its span.
- `--ref` = the document's `dateCreated`; the dateline sentence that is only a `<date>` with that
  value leaves the text, as TimeBank keeps its DCT outside <TEXT>.
- Values to TimeML: `when` = a date (DATE), with a clock (`...T14:00:00`, TIME) or a clock alone
  (TIME without a date: not judged); `from`/`to` = the closed interval `FROM/TO` (scored in the
  `other` bucket); `notBefore` / `notAfter` alone and `when` without a year (`--05-23`) are open
  or partial: value `XXXX`, not judged. Convention edit (as esc.py's, both parts alike): TEI has
  no `mod`, so a date whose text opens with `early` / `mid` / `late` / `the end of`... gets the
  `mod` TimeML writes, and when its value is one edge day of the period its text names (`the end
  of the year` = 2006-12-31) the value becomes that period (`2006`, with mod END).

Split rule (decided once, before any scoring): int(sha1("en/<doc_id>").hexdigest(), 16) even ->
tune, odd -> kept (kept aside: scored, never looked at with --errors).
"""
import argparse
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus import git, with_spans, write_tune_kept, tune_or_kept as split_part  # noqa: E402
from esc import part_mod  # noqa: E402
from values import month_len  # noqa: E402

REPO = "amir-zeldes/gum"
COMMIT = "72ce5ac14978a324c2fd18d49484e65292cbe316"
MIRROR = "/work/.mirror/amir-zeldes+gum/repo"
FILES = re.compile(r"dep/GUM_(news|interview)_[a-z0-9_]+\.conllu")

XML_TAG = re.compile(r'<(/?)(date|time)((?:\s+[A-Za-z]+:::"[^"]*")*)\s*>')
XML_ATTR = re.compile(r'([A-Za-z]+):::"([^"]*)"')
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")



def misc_field(misc, key):
    for item in misc.split("|"):
        if item.startswith(key + "="):
            return item[len(key) + 1:]
    return None


def read_conllu(raw):
    """(meta, paragraphs): meta = {key: value} of `# meta::`, paragraphs = [[sentence]], a
    sentence = (text, [(start, end, xml)]) with one token per surface token (character offsets in
    the sentence text; `xml` the token's MISC XML= markup, multi-word tokens merged)."""
    meta, paragraphs, sentence, text = {}, [], None, None
    mwt_end, mwt_xml = 0, ""

    def flush():
        nonlocal sentence
        if sentence is not None:
            if not paragraphs:
                paragraphs.append([])
            paragraphs[-1].append((text, sentence))
        sentence = None

    pos = 0
    for line in raw.split("\n"):
        if line.startswith("# meta::"):
            k, _, v = line[len("# meta::"):].partition(" = ")
            meta[k.strip()] = v.strip()
        elif line.startswith("# newpar") and not line.startswith("# newpar_block"):
            flush()
            paragraphs.append([])
        elif line.startswith("# text = "):
            flush()
            text, sentence, pos, mwt_end = line[len("# text = "):], [], 0, 0
        elif line and not line.startswith("#") and sentence is not None:
            cols = line.split("\t")
            if len(cols) < 10 or "." in cols[0]:
                continue
            xml = misc_field(cols[9], "XML") or ""
            if "-" in cols[0]:
                a, b = cols[0].split("-")
                mwt_end, mwt_xml = int(b), xml
                start = text.find(cols[1], pos)
                if start < 0:
                    raise ValueError(f"token {cols[1]!r} not in {text!r}")
                pos = start + len(cols[1])
                sentence.append([start, pos, xml])
                continue
            if int(cols[0]) <= mwt_end:
                sentence[-1][2] += xml  # a word of a multi-word token: the token's span
                continue
            start = text.find(cols[1], pos)
            if start < 0:
                raise ValueError(f"token {cols[1]!r} not in {text!r}")
            pos = start + len(cols[1])
            sentence.append([start, pos, xml])
        elif not line:
            flush()
    flush()
    return meta, [p for p in paragraphs if p]


def gold_of(kind, attrs):
    """(type, value) in TimeML terms for one TEI `<date>` / `<time>`."""
    when = attrs.get("when")
    if when is not None:
        if re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", when):
            return "DATE", when
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d)T(\d\d:\d\d)(:\d\d)?", when)
        if m:
            return "TIME", f"{m.group(1)}T{m.group(2)}"
        if re.fullmatch(r"\d\d:\d\d(:\d\d)?", when):
            return "TIME", "T" + when[:5]  # a clock without a day: not judged
        return "DATE", "XXXX"  # `--05-23`, a year before 1 written -YYYY: partial or open
    if "from" in attrs and "to" in attrs:
        return "DATE", f"{attrs['from']}/{attrs['to']}"
    return "DATE", "XXXX"  # notBefore / notAfter alone: an open range


def period_of(text, value):
    """The period the part `text` names, when `value` is one edge day of it or an interval inside
    it (`the end of the year` on 2006-12-31 -> 2006; `late September` on 2013-09-15/2013-09-30
    -> 2013-09), else None."""
    ends = value.split("/")
    days = [re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", e) for e in ends]
    if len(ends) > 2 or not all(days):
        return None
    y, mo = days[0].group(1), days[0].group(2)
    low = text.lower()
    names_month = re.search(r"\bmonth\b", low) or any(name in low for name in MONTHS)
    if len(ends) == 2:  # an interval inside the period the text names (`late September`)
        if names_month and all(d.group(1, 2) == (y, mo) for d in days):
            return f"{y}-{mo}"
        if not names_month and re.search(r"\byear\b|\b\d{4}\b", low) and all(d.group(1) == y for d in days):
            return y
        return None
    d = int(days[0].group(3))
    if not names_month and re.search(r"\byear\b|\b\d{4}\b", low) and (mo, d) in (("01", 1), ("12", 31)):
        return y
    if names_month and d in (1, month_len(int(y), int(mo))):
        return f"{y}-{mo}"
    return None


def parse_doc(raw):
    """(doc_id, dct, text, timexes) from one GUM CoNLL-U document."""
    m = re.search(r"^# newdoc id = (\S+)", raw, re.M)
    if not m:
        raise ValueError("no newdoc id")
    doc_id = m.group(1)
    meta, paragraphs = read_conllu(raw)
    dct = meta.get("dateCreated")
    out, timexes, pos = [], [], 0
    for p in paragraphs:
        line_parts = []
        for text, tokens in p:
            opened, found = [], []
            for start, end, xml in tokens:
                for t in XML_TAG.finditer(xml):
                    if t.group(1):
                        if opened:
                            kind, attrs, s = opened.pop()
                            found.append((kind, attrs, s, end))
                    else:
                        opened.append((t.group(2), dict(XML_ATTR.findall(t.group(3))), start))
            # the dateline: a sentence that is one date, the creation date
            if (len(found) == 1 and found[0][2] == 0 and found[0][3] == len(text)
                    and found[0][1].get("when") == dct):
                continue
            base = pos + sum(len(x) + 1 for x in line_parts)
            for kind, attrs, s, e in found:
                typ, value = gold_of(kind, attrs)
                span = text[s:e]
                tx = {"tid": f"t{len(timexes) + 1}", "type": typ, "value": value,
                      "start": base + s, "end": base + e}
                mod = part_mod(span)
                if mod and typ == "DATE":
                    value = period_of(span, value) or value
                    tx["value"], tx["mod"] = value, mod
                timexes.append(tx)
            line_parts.append(text)
        if line_parts:
            line = " ".join(line_parts)
            out.append(line)
            pos += len(line) + 1
    return doc_id, dct, "\n".join(out), timexes


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default="/work/dates-data", help="data root (outside git)")
    ap.add_argument("--mirror", default=MIRROR, help=f"git dir of the fetched {REPO} mirror")
    args = ap.parse_args()
    names = git(args.mirror, "ls-tree", "-r", "--name-only", COMMIT, "dep").decode().split("\n")
    docs = []
    for path in sorted(n for n in names if FILES.fullmatch(n)):
        raw = git(args.mirror, "show", f"{COMMIT}:{path}").decode("utf-8")
        try:
            doc_id, dct, text, timexes = parse_doc(raw)
        except ValueError as e:
            print(f"{REPO}:{path}: skipped: {e}", file=sys.stderr)
            continue
        if not dct or not re.fullmatch(r"\d{4}-\d\d-\d\d", dct):
            print(f"{REPO}:{path}: skipped: no usable dateCreated ({dct!r})", file=sys.stderr)
            continue
        docs.append({"id": f"en/{doc_id}", "lang": "en", "format": 2,
                     "source": {"repo": REPO, "commit": COMMIT, "path": path},
                     "dct": dct, "text": text, "timexes": with_spans(text, timexes)})
    docs.sort(key=lambda d: d["id"])
    counts = write_tune_kept(os.path.join(args.out, "gum"), docs, split_part)
    for part, (n, b, t, dt) in sorted(counts.items()):
        print(f"gum {part:5s} en: {n:3d} docs, {b:7d} bytes, {t:4d} date/time spans, {dt:4d} DATE")


if __name__ == "__main__":
    main()
