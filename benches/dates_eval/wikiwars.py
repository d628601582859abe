#!/usr/bin/env python3
"""Rebuild WikiWars (Wikipedia war histories, TIMEX3 with values) as a FRESH English set.

Round 57 of issue 11: the four English sets in use are news, three of them Wikinews or
TimeBank-like, and their tune halves were read many times. WikiWars (Mazur & Dale 2010) is
narrative text nobody tuned on: 22 English Wikipedia articles on wars, 2,671 temporal expressions
annotated by hand in TIMEX2, here in the TIMEX3 (TimeML) conversion that ships with HeidelTime's
evaluation resources (types DATE / TIME / DURATION / SET, ISO values, `mod`, BC years as `BC0490`).
This script reads it straight out of a git mirror at a pinned commit (the third-party text never
enters this repository) and writes one JSON file per document, in corpus.py's format, under
DATA_ROOT/wikiwars/{tune,kept}/en/ (default DATA_ROOT=/work/dates-data).

Source: semantic-systems/coypu-temporal-extraction-service-machamp at COMMIT,
temporal-data/original_datasets/wikiwars-tagged/*.tml (22 files; the same repository also holds
the TIMEX2 originals under .../wikiwars/). Texts CC BY-SA 3.0 (Wikipedia).

- Document = <TEXT> with tags stripped (corpus.parse_tml). The conversion opens most texts with
  a header (the document id, `HISTORY ARTICLE`, the download stamp as a TIME TIMEX3 `t0`, the DCT's
  own tid): the header leaves the text, as TimeBank keeps its DCT outside <TEXT>.
- `--ref` = the DCT, 2009-12-19 for every article: the day the authors downloaded the pages, so
  the day the text was current. Wikipedia history has no creation day of its own; the narrative
  years in the text, not the reference, should date almost every expression, and a tagger that
  reads `in April` as the April before 2009-12-19 is wrong here as a reader would be.
- Not judged by score_corpus.py (value shapes it does not read): BC values (`BC0490`, about 120),
  seasons, `X` values, PRESENT_REF / PAST_REF / FUTURE_REF, TIMEX3 without a value.

Split rule (decided once, before any scoring): int(sha1("en/<doc_id>").hexdigest(), 16) even ->
tune, odd -> kept (kept aside: scored, never looked at with --errors).
"""
import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus import tml_files, parse_tml, with_spans, write_tune_kept, tune_or_kept as split_part  # noqa: E402

REPO = "semantic-systems/coypu-temporal-extraction-service-machamp"
COMMIT = "bb14f49b5301a2e4b4b60c13a22b87eb70f3e1d5"
MIRROR = "/work/.mirror/semantic-systems+coypu-temporal-extraction-service-machamp/repo"
DIR = "temporal-data/original_datasets/wikiwars-tagged"



def drop_header(text, timexes, dct_tid="t0"):
    """(text, timexes) without the conversion's header: everything up to the end of the line of
    the download stamp (the TIMEX3 that reuses the DCT's tid). A text without one is unchanged."""
    stamp = next((t for t in timexes if t["tid"] == dct_tid), None)
    if stamp is None:
        return text, timexes
    cut = text.find("\n", stamp["end"])
    cut = len(text) if cut < 0 else cut + 1
    while cut < len(text) and text[cut] == "\n":
        cut += 1
    rest = []
    for t in timexes:
        if t["start"] < cut:
            continue
        rest.append({k: v for k, v in t.items() if k not in ("text", "bstart", "bend")}
                    | {"start": t["start"] - cut, "end": t["end"] - cut})
    return text[cut:], with_spans(text[cut:], rest)


def parse(raw):
    docid, dct, text, timexes = parse_tml(raw)
    text, timexes = drop_header(text, timexes)
    return docid, dct, text, timexes


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default="/work/dates-data", help="data root (outside git)")
    ap.add_argument("--mirror", default=MIRROR, help=f"git dir of the fetched {REPO} mirror")
    args = ap.parse_args()
    docs = []
    for path, doc_id, dct, text, timexes in tml_files(args.mirror, REPO, COMMIT, DIR, parse):
        doc_id = doc_id or os.path.basename(path).split(".")[0]
        docs.append({"id": f"en/{doc_id}", "lang": "en", "format": 2,
                     "source": {"repo": REPO, "commit": COMMIT, "path": path},
                     "dct": dct[:10], "text": text, "timexes": timexes})
    docs.sort(key=lambda d: d["id"])
    counts = write_tune_kept(os.path.join(args.out, "wikiwars"), docs, split_part)
    for part, (n, b, t, dt) in sorted(counts.items()):
        print(f"wikiwars {part:5s} en: {n:4d} docs, {b:7d} bytes, {t:5d} TIMEX3 spans, {dt:5d} of type DATE")


if __name__ == "__main__":
    main()
