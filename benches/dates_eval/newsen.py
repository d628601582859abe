#!/usr/bin/env python3
"""Build NEWSEN: English web news of 2011-2026, hand-annotated here with TIMEX3 values (issue 11).

Round 62 of issue 11: no fresh English news corpus with normalised values is in reach (round 61,
README "Fresh set (session 61)"), so this one is annotated by hand, as stand-off annotations on
the article bodies of the ingestion corpus (benches/ingest_corpus/build.py, pages fetched from
public repositories). The article text never enters this repository: it is rebuilt from the
truth JSON of each page under INGEST (default /work/ingest-data), and newsen_gold.tsv holds only
(doc id, character offset, length, the expression's own words, type, value) rows, joined to the
rebuilt text here; a row whose words are not at its offset stops the build.

Selection (deterministic, decided before any annotation or scoring):
- pages of the ingestion FIT lists dev, dev3, dev5, dev9 only (no other list is opened: they are
  kept or check sets of the ingestion measures);
- `language` en, a `date` (the page's JSON-LD / meta datePublished: the DCT, `--ref`);
- body = the truth paragraphs joined by a blank line, of 300-4000 characters;
- doc id `en/<list>_<page folder>`; the first N (default 72) by sha1 of the doc id;
- minus DROPPED: documents whose text contradicts their date (a page first published then
  rewritten), found while annotating, before any scoring: every relative expression would
  resolve against a wrong DCT.

Split rule (decided once, before any scoring): corpus.tune_or_kept, int(sha1(doc id)) even ->
tune, odd -> kept (kept aside: scored, never looked at with --errors).

Writes corpus.py's JSON format (format 2) under DATA_ROOT/newsen/{tune,kept}/en/.
`--show` prints the selected documents' text with offsets instead (for annotating; not stored).
"""
import argparse
import hashlib
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus import with_spans, write_tune_kept, tune_or_kept as split_part  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "newsen_gold.tsv")
LISTS = ("dev", "dev3", "dev5", "dev9")
MIN_BODY, MAX_BODY = 300, 4000
DEFAULT_N = 72

# Documents whose text contradicts their truth date (read while annotating, before scoring).
DROPPED = {
    "en/dev_en-boingboing-net-7dff478d": "dated 2013-07-19, tells of April 13, 2019 as past (a listing page)",
    "en/dev5_en-vice-com-b6d99963": "dated 2019-08-21, a republished article: `Monday` and "
                                    "`3:15 PM yesterday` are the same afternoon, so it was written on the 20th",
    "en/dev_en-usnews-com-0593d898": "dated 2014-10-31, says its data are current through Monday, Nov. 3",
}


def body_of(truth):
    """The article text: the truth paragraphs, one blank line between them."""
    return "\n\n".join(p["text"] for p in truth["paragraphs"])


def candidates(ingest):
    """[(doc id, list, page folder, truth)] of every English page with a date and a body in
    range, in the fixed order of sha1(doc id)."""
    out = []
    for lst in LISTS:
        folder = os.path.join(ingest, lst)
        for page in sorted(os.listdir(folder)):
            path = os.path.join(folder, page, "truth.json")
            if not os.path.exists(path):
                continue
            with open(path, encoding="utf-8") as f:
                truth = json.load(f)
            if truth.get("language") != "en" or not truth.get("date"):
                continue
            if not MIN_BODY <= len(body_of(truth)) <= MAX_BODY:
                continue
            out.append((f"en/{lst}_{page}", lst, page, truth))
    out.sort(key=lambda c: hashlib.sha1(c[0].encode("utf-8")).hexdigest())
    return out


def read_gold(path):
    """{doc id: [(start, length, words, type, value, mod)]} from the stand-off TSV (`#` lines are
    comments; columns: doc, start, length, text, type, value and an optional mod; offsets in
    characters)."""
    gold = {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) not in (6, 7):
                raise ValueError(f"{path}:{n}: {len(cols)} columns, 6 or 7 expected")
            doc, start, length, words, typ, value = cols[:6]
            mod = cols[6] if len(cols) == 7 else ""
            if typ not in ("DATE", "TIME", "DURATION", "SET"):
                raise ValueError(f"{path}:{n}: type {typ!r}")
            if mod not in ("", "START", "MID", "END"):
                raise ValueError(f"{path}:{n}: mod {mod!r}")
            gold.setdefault(doc, []).append((int(start), int(length), words, typ, value, mod))
    return gold


def timexes_of(doc_id, text, rows):
    """corpus.py's TIMEX3 dicts for the gold rows of one document; raises ValueError when a
    row's words are not the text at its offset, or two rows overlap."""
    out = []
    for i, (start, length, words, typ, value, mod) in enumerate(sorted(rows)):
        if text[start:start + length] != words:
            raise ValueError(f"{doc_id}: offset {start}: gold says {words!r}, "
                             f"text has {text[start:start + length]!r}")
        if out and start < out[-1]["end"]:
            raise ValueError(f"{doc_id}: offset {start}: overlaps "
                             f"{text[out[-1]['start']:out[-1]['end']]!r}")
        tx = {"tid": f"t{i + 1}", "type": typ, "value": value, "start": start, "end": start + length}
        if mod:
            tx["mod"] = mod  # score_corpus.py --convention mod reads the part
        out.append(tx)
    return with_spans(text, out)


def build(ingest, n, gold):
    """The documents (corpus.py's format) of the selection, with their gold."""
    chosen = candidates(ingest)[:n]
    ids = {c[0] for c in chosen}
    stray = sorted(set(gold) - ids) + sorted(set(DROPPED) - ids)
    if stray:
        raise ValueError(f"gold or DROPPED rows for documents outside the selection: {stray}")
    docs = []
    for doc_id, lst, page, truth in chosen:
        if doc_id in DROPPED:
            if doc_id in gold:
                raise ValueError(f"{doc_id}: dropped, yet has gold rows")
            continue
        text = body_of(truth)
        docs.append({"id": doc_id, "lang": "en", "format": 2,
                     "source": {"repo": truth.get("repo"), "commit": truth.get("commit"),
                                "path": truth.get("path"), "ingest": f"{lst}/{page}"},
                     "dct": truth["date"][:10], "text": text,
                     "timexes": timexes_of(doc_id, text, gold.get(doc_id, []))})
    docs.sort(key=lambda d: d["id"])
    return docs


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default="/work/dates-data", help="data root (outside git)")
    ap.add_argument("--ingest", default="/work/ingest-data", help="the ingestion corpus's pages")
    ap.add_argument("-n", type=int, default=DEFAULT_N, help="documents taken (before DROPPED)")
    ap.add_argument("--gold", default=GOLD)
    ap.add_argument("--show", action="store_true", help="print the selection's texts, no build")
    args = ap.parse_args()
    if args.show:
        for doc_id, _, _, truth in candidates(args.ingest)[:args.n]:
            print(f"## {doc_id}  dct={truth['date']}  part={split_part(doc_id)}"
                  f"{'  DROPPED' if doc_id in DROPPED else ''}\n{body_of(truth)}\n")
        return
    docs = build(args.ingest, args.n, read_gold(args.gold))
    counts = write_tune_kept(os.path.join(args.out, "newsen"), docs, split_part)
    for part, (n, b, t, dt) in sorted(counts.items()):
        print(f"newsen {part:5s} en: {n:4d} docs, {b:7d} bytes, {t:5d} TIMEX3 spans, {dt:5d} of type DATE")


if __name__ == "__main__":
    main()
