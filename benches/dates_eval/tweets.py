#!/usr/bin/env python3
"""Rebuild the SynTime Tweets set (English tweets, TIMEX3 with values) as a FRESH English set.

Session 61 of issue 11: the five English sets in use (TimeBank/AQUAINT/platinum, MEANTIME,
EventStoryLine, GUM, WikiWars) have tune halves read until what is left on them is the
annotators' conventions. No fresh English *news* corpus with normalised values was found in the
stored repositories (see README, "Fresh set (session 61)"); the nearest is this one: 942 English
tweets of 2011-2015 (many of them news, brand and event announcements) annotated with TimeML
TIMEX3 (type, ISO value, DCT) by Zhong, Sun & Cambria (ACL 2017, SynTime), one TimeML file per
tweet. This script reads it straight out of a git mirror at a pinned commit (the third-party
text never enters this repository) and writes one JSON file per tweet, in corpus.py's format,
under DATA_ROOT/tweets/{tune,kept}/en/ (default DATA_ROOT=/work/dates-data).

Source: semantic-systems/coypu-temporal-extraction-service-machamp at COMMIT,
temporal-data/original_datasets/tweets/{trainingset,testset}/*.tml (742 + 200 files), a copy of
xszhong/syntime's syntime/resources/tweets (the repository is Apache-2.0; the tweets are
Twitter content, the annotations Zhong et al.'s).

- Document = <TEXT> with tags stripped (corpus.parse_tml), `--ref` = the DCT (the tweet's day).
- Doc id = `<trainingset|testset>/<file stem>` (the DOCID inside repeats the file name).
- Convention edit (both parts alike, as in esc.py): a value with a one-digit month or day
  (`2013-11-3`) is zero-padded. Nothing else is changed: annotation slips (a year written as the
  DCT's day, `2014` = 2014-08-29) stay and are counted.
- Not judged by score_corpus.py: PRESENT_REF (`now`, 168 in both parts), `X` values (`2014-XX-XX`), the
  week-day shapes (`2014-10-14-WXX-2`), seasons, DURATION and SET.
- Tweets whose text repeats an earlier one's are dropped (corpus.write_tune_kept).

Split rule (decided once, before any scoring): int(sha1("en/<doc_id>").hexdigest(), 16) even ->
tune, odd -> kept (kept aside: scored, never looked at with --errors).
"""
import argparse
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus import tml_files, parse_tml, write_tune_kept, tune_or_kept as split_part  # noqa: E402

REPO = "semantic-systems/coypu-temporal-extraction-service-machamp"
COMMIT = "bb14f49b5301a2e4b4b60c13a22b87eb70f3e1d5"
MIRROR = "/work/.mirror/semantic-systems+coypu-temporal-extraction-service-machamp/repo"
DIR = "temporal-data/original_datasets/tweets"



def pad_value(v):
    """`2013-11-3` -> `2013-11-03`, `2013-1` -> `2013-01`: a few values drop a leading zero."""
    if v is None:
        return v
    return re.sub(r"^(\d{4})-(\d)(?=$|-|T)", r"\1-0\2", re.sub(r"^(\d{4}-\d\d)-(\d)(?=$|T)", r"\1-0\2", v))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default="/work/dates-data", help="data root (outside git)")
    ap.add_argument("--mirror", default=MIRROR, help=f"git dir of the fetched {REPO} mirror")
    args = ap.parse_args()
    docs = []
    for path, _, dct, text, timexes in tml_files(args.mirror, REPO, COMMIT, DIR, parse_tml):
        for t in timexes:
            t["value"] = pad_value(t["value"])
        folder, stem = path.split("/")[-2], os.path.basename(path)[:-4]
        # The <TEXT> element of these files is CRLF-wrapped (`\r\n…\r\n`): only its last
        # `\n` goes, the text keeps its `\r`s and the offsets stay as parsed.
        docs.append({"id": f"en/{folder}_{stem}", "lang": "en", "format": 2,
                     "source": {"repo": REPO, "commit": COMMIT, "path": path},
                     "dct": dct[:10], "text": text.strip("\n"),
                     "timexes": shift(text, timexes)})
    docs.sort(key=lambda d: d["id"])
    counts = write_tune_kept(os.path.join(args.out, "tweets"), docs, split_part)
    for part, (n, b, t, dt) in sorted(counts.items()):
        print(f"tweets {part:5s} en: {n:4d} docs, {b:7d} bytes, {t:5d} TIMEX3 spans, {dt:5d} of type DATE")


def shift(text, timexes):
    """The TIMEX3 of `text` with offsets counted after its leading `\n`s, as the stripped text
    the document keeps (none here: each <TEXT> opens with `\r`, so nothing moves)."""
    lead = len(text) - len(text.lstrip("\n"))
    if not lead:
        return timexes
    lead_b = len(text[:lead].encode("utf-8"))
    for t in timexes:
        t["start"] -= lead
        t["end"] -= lead
        t["bstart"] -= lead_b
        t["bend"] -= lead_b
    return timexes


if __name__ == "__main__":
    main()
