#!/usr/bin/env python3
"""Rebuild TimeML/TIMEX3-annotated news documents from fetched git mirrors and split them once.

The third-party text never enters this repository: this script reads the corpora straight out of
the git mirrors (git ls-tree / git show at a pinned commit) and writes one JSON file per document
under DATA_ROOT/{dev,heldout}/{fr,en}/ (default DATA_ROOT=/work/dates-data).

Sources (see SOURCES below; override a mirror path with --mirror owner/name=PATH):
  fr: ddenz/FR-TimeBank   (French TimeBank 1.1, Est Républicain news, ISO-TimeML, LGPL-LR)
  en: jspotter/TempEval-3 (TempEval-3 TBAQ-cleaned: TimeBank 1.2 + AQUAINT, news 1989-2000)
      qiangning/StructTempRel-EMNLP17 (its copy of the TempEval-3 platinum test set: 20 news
      articles of March 2013, AP, BBC, CNN, NYT, WSJ)

Split rule (decided once, before any scoring): int(sha1(doc_id).hexdigest(), 16) is even -> dev,
odd -> heldout, where doc_id is "<lang>/<DOCID>". Documents whose text is an exact duplicate of an
earlier one (by sorted doc_id) are dropped so that one text never sits in both halves.

Each document JSON: {id, lang, source: {repo, commit, path}, dct, text, timexes: [{tid, type, value,
text, start, end, bstart, bend}]} where start/end are character offsets into text and bstart/bend
UTF-8 byte offsets (the `briefing dates` CLI reports byte offsets).
"""
import argparse
import hashlib
import html
import json
import os
import re
import shutil
import subprocess
import sys

SOURCES = [
    {
        "lang": "fr",
        "repo": "ddenz/FR-TimeBank",
        "commit": "415ad6232c7752312ead32462be50eabcbfc4f5c",
        "mirror": "/work/.mirror/ddenz+FR-TimeBank/repo",
        "dirs": ["Data"],
    },
    {
        "lang": "en",
        "repo": "jspotter/TempEval-3",
        "commit": "7687471af8c0c81ee7f54edb618c6cd15c0f5dcc",
        "mirror": "/work/.mirror/jspotter+TempEval-3/repo",
        "dirs": ["data/TBAQ-cleaned/TimeBank", "data/TBAQ-cleaned/AQUAINT"],
    },
    {
        "lang": "en",
        "repo": "qiangning/StructTempRel-EMNLP17",
        "commit": "d6518a5a79d940d749c95ee5b72830714b132238",
        "mirror": "/work/.mirror/qiangning+StructTempRel-EMNLP17/repo",
        "dirs": ["data/TempEval3/Evaluation/te3-platinum"],
    },
]

TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>", re.S)
ATTR = re.compile(r'([A-Za-z_:]+)\s*=\s*"([^"]*)"')


def git(mirror, *args):
    return subprocess.run(["git", "--git-dir", mirror, *args], check=True,
                          capture_output=True).stdout


def split_half(doc_id):
    return "dev" if int(hashlib.sha1(doc_id.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "heldout"


def tml_files(mirror, repo, commit, directory, parse, suffix=".tml"):
    """(path, doc_id, dct, text, timexes) of every file ending in `suffix` under `directory` at
    `commit` whose DCT is a day; a file `parse` refuses or without such a DCT is named on stderr
    and skipped."""
    names = git(mirror, "ls-tree", "-r", "--name-only", commit, directory).decode().split("\n")
    for path in sorted(n for n in names if n.endswith(suffix)):
        raw = git(mirror, "show", f"{commit}:{path}").decode("utf-8")
        try:
            doc_id, dct, text, timexes = parse(raw)
        except ValueError as e:
            print(f"{repo}:{path}: skipped: {e}", file=sys.stderr)
            continue
        if not dct or not re.match(r"^\d{4}-\d\d-\d\d", dct):
            print(f"{repo}:{path}: skipped: no usable DCT ({dct!r})", file=sys.stderr)
            continue
        yield path, doc_id, dct, text, timexes


def tune_or_kept(doc_id):
    """The fresh sets' split, by the same hash as `split_half`: decided once, before any scoring."""
    return "tune" if int(hashlib.sha1(doc_id.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "kept"


def parse_tml(raw):
    """Return (docid, dct, text, timexes) from one TimeML document (inline annotation)."""
    m = re.search(r"<DOCID>(.*?)</DOCID>", raw, re.S)
    docid = m.group(1).strip() if m else None
    dct = None
    m = re.search(r"<DCT>(.*?)</DCT>", raw, re.S)
    if m:
        a = dict(ATTR.findall(m.group(1)))
        dct = a.get("value")
    if dct is None:
        for t in re.finditer(r"<TIMEX3([^>]*)>", raw):
            a = dict(ATTR.findall(t.group(1)))
            if a.get("functionInDocument") == "CREATION_TIME":
                dct = a.get("value")
                break
    m = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
    if not m:
        raise ValueError("no <TEXT>")
    body = m.group(1)
    out = []
    pos = 0  # characters of output so far
    stack = []
    timexes = []
    last = 0
    for t in TAG.finditer(body):
        piece = html.unescape(body[last:t.start()])
        out.append(piece)
        pos += len(piece)
        last = t.end()
        closing, name, attrs, selfclose = t.group(1), t.group(2), t.group(3), t.group(4)
        if name != "TIMEX3":
            continue
        if closing:
            if not stack:
                continue
            a, start = stack.pop()
            tx = {"tid": a.get("tid"), "type": a.get("type"), "value": a.get("value"),
                  "start": start, "end": pos}
            if a.get("mod"):
                tx["mod"] = a["mod"]  # TimeML's sub-interval or approximation marker
            timexes.append(tx)
        elif selfclose:
            continue  # empty TIMEX3 (implicit times) have no span
        else:
            stack.append((dict(ATTR.findall(attrs)), pos))
    out.append(html.unescape(body[last:]))
    text = "".join(out)
    return docid, dct, text, with_spans(text, timexes)


def with_spans(text, timexes):
    """Gives each TIMEX3 its text and UTF-8 byte offsets (the CLI speaks in bytes), in text order."""
    for tx in timexes:
        tx["text"] = text[tx["start"]:tx["end"]]
        tx["bstart"] = len(text[:tx["start"]].encode("utf-8"))
        tx["bend"] = len(text[:tx["end"]].encode("utf-8"))
    timexes.sort(key=lambda x: (x["start"], x["end"]))
    return timexes


def drop_duplicate_texts(docs):
    """The documents of `docs` (in their order) whose stripped text no earlier one has.

    One text must not sit in two halves of a split (an AQUAINT article was filed twice); each
    dropped document is named on stderr with the one it repeats. Shared with meantime.py.
    """
    seen = {}
    kept = []
    for d in docs:
        h = hashlib.sha1(d["text"].strip().encode("utf-8")).hexdigest()
        if h in seen:
            print(f"{d['id']}: dropped, same text as {seen[h]}", file=sys.stderr)
            continue
        seen[h] = d["id"]
        kept.append(d)
    return kept


def write_tune_kept(root, docs, split_part):
    """Write each English document of `docs` (repeated texts dropped) to
    `root/<tune|kept>/en/<id>.json`, the two folders emptied first, and return per part its
    counts: documents, bytes of text, TIMEX3 spans, spans of type DATE. Shared by the fresh
    sets' scripts (meantime.py and esc.py, gum.py, wikiwars.py)."""
    for part in ("tune", "kept"):
        p = os.path.join(root, part, "en")
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)
    counts = {}
    for d in drop_duplicate_texts(docs):
        part = split_part(d["id"])
        with open(os.path.join(root, part, "en", d["id"].split("/", 1)[1] + ".json"), "w",
                  encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False, indent=1)
        c = counts.setdefault(part, [0, 0, 0, 0])
        c[0] += 1
        c[1] += len(d["text"].encode("utf-8"))
        c[2] += len(d["timexes"])
        c[3] += sum(1 for t in d["timexes"] if t["type"] == "DATE")
    return counts


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default="/work/dates-data", help="data root (outside git)")
    ap.add_argument("--mirror", action="append", default=[], metavar="OWNER/NAME=PATH",
                    help="git dir of a fetched mirror (default: /work/.mirror/owner+name/repo)")
    args = ap.parse_args()
    override = dict(s.split("=", 1) for s in args.mirror)
    docs = []
    for src in SOURCES:
        mirror = override.get(src["repo"], src["mirror"])
        names = git(mirror, "ls-tree", "-r", "--name-only", src["commit"], *src["dirs"]).decode().split("\n")
        for path in sorted(n for n in names if n.endswith(".tml") and not os.path.basename(n).startswith("._")):
            raw = git(mirror, "show", f"{src['commit']}:{path}").decode("utf-8")
            try:
                docid, dct, text, timexes = parse_tml(raw)
            except ValueError as e:
                print(f"{src['repo']}:{path}: skipped: {e}", file=sys.stderr)
                continue
            docid = docid or os.path.basename(path)[:-4]
            if not dct or not re.match(r"^\d{4}-\d\d-\d\d", dct):
                print(f"{src['repo']}:{path}: skipped: no usable DCT ({dct!r})", file=sys.stderr)
                continue
            # format 2: TIMEX3 keep their `mod` (score_corpus.py --convention mod needs it)
            docs.append({"id": f"{src['lang']}/{docid}", "lang": src["lang"], "format": 2,
                         "source": {"repo": src["repo"], "commit": src["commit"], "path": path},
                         "dct": dct[:10], "text": text, "timexes": timexes})
    docs.sort(key=lambda d: d["id"])
    kept = drop_duplicate_texts(docs)
    for half in ("dev", "heldout"):
        for lang in ("fr", "en"):
            p = os.path.join(args.out, half, lang)
            if os.path.isdir(p):
                shutil.rmtree(p)
            os.makedirs(p)
    counts = {}
    for d in kept:
        half = split_half(d["id"])
        name = d["id"].split("/", 1)[1].replace("/", "_") + ".json"
        with open(os.path.join(args.out, half, d["lang"], name), "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False, indent=1)
        c = counts.setdefault((half, d["lang"]), [0, 0, 0])
        c[0] += 1
        c[1] += len(d["timexes"])
        c[2] += sum(1 for t in d["timexes"] if t["type"] == "DATE")
    for (half, lang), (n, t, dt) in sorted(counts.items()):
        print(f"{half:8s} {lang}: {n:4d} docs, {t:5d} TIMEX3 spans, {dt:5d} of type DATE")


if __name__ == "__main__":
    main()
