#!/usr/bin/env python3
"""Score `briefing dates` against TIMEX3-annotated news (documents built by corpus.py).

    python3 benches/dates_eval/score_corpus.py --half dev [--lang fr|en] [--bin PATH] [--errors]
    python3 benches/dates_eval/score_corpus.py --set meantime|esc|gum|wikiwars|tweets|newsen --half tune|kept   (fresh sets: meantime.py, esc.py, gum.py, wikiwars.py, tweets.py, newsen.py)

Each document's text goes to `briefing dates --lang L --ref DCT --json` on stdin. System
expressions are matched to gold TIMEX3 by byte-span overlap, and compared by VALUE: both values are
turned into the closed range of days they cover, and a match needs equal ranges (so a system
interval 1998-01-01/1998-12-31 equals gold 1998, and 1989-07/1989-09 equals gold 1989-Q3).

Gold buckets (by the gold value's granularity):
  day    YYYY-MM-DD (also YYYY-MM-DDTxx of type DATE, e.g. ...TNI: the chronology keeps the day)
  month  YYYY-MM
  year   YYYY
  other  YYYY-Qn, YYYY-Hn, YYYY-Www, YYYY-Www-WE, decades (199 -> 1990/1999), centuries (19)
  time   TIMEX3 of type TIME whose value starts with a full date (clock times give their day)
Not judged (a system expression overlapping them is neither right nor wrong): DATE values
PRESENT_REF / PAST_REF / FUTURE_REF, anything with X (XXXX-WXX, 1998-XX, XXXX-SU), seasons
(1998-SU: boundaries are a convention), durations written as DATE values (P3D), and every
DURATION / SET TIMEX3 and TIME without a date.

A system interval overlapping two or more gold TIMEX3 (TimeML writes "between 1990 and 1999" as
two TIMEX3, the tagger as one interval 1990/1999) is scored as its two ends: START against the
first gold it overlaps, END against the last.

Counting: a gold is right (TP) if an overlapping system expression has an equal range (each
system expression is used once). A system expression that overlaps a wrong-valued or missed gold
is a false positive in that gold's bucket; one overlapping a gold that another expression got
right, or only unjudged TIMEX3, is ignored; one overlapping no TIMEX3 at all is a false positive
in the bucket of its own grain (interval -> other). "D/M/Y" = day+month+year buckets: the issue's
target figure.
"""
import argparse
import datetime
import glob
import hashlib
import json
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from values import days_from_civil, month_len, part_accepts, point_range, value_range  # noqa: E402

DEFAULT_BIN = os.environ.get("BRIEFING", "/work/main/target/release/briefing")
DATA = os.environ.get("DATES_DATA", "/work/dates-data")
BUCKETS = ["day", "month", "year", "other", "time"]
# TIMEX3 `mod` values that make the gold a part of its value's period (TimeML 1.2 / ISO-TimeML).
PART_MODS = {"START": "START", "EARLY": "START", "MID": "MID", "END": "END", "LATE": "END"}
CONVENTIONS = ("mod", "value")


def gold_bucket_range(tx):
    """(bucket, range) for a gold TIMEX3, or (None, None) when not judged."""
    v = (tx.get("value") or "").strip()
    typ = tx.get("type")
    if typ == "TIME":
        m = re.match(r"(\d{4}-\d\d-\d\d)(T|$)", v)
        if m:
            return "time", point_range(m.group(1))
        return None, None
    if typ != "DATE" or "X" in v:
        return None, None
    if "/" in v:  # an interval (gum.py's TEI from/to): scored with the quarters and weeks
        r = value_range(v)
        return ("other", r) if r else (None, None)
    m = re.fullmatch(r"(\d{4}-\d\d-\d\d)T.*", v)
    if m:
        return "day", point_range(m.group(1))
    if re.fullmatch(r"\d{4}-\d\d-\d\d", v):
        return "day", point_range(v)
    if re.fullmatch(r"\d{4}-\d\d", v):
        return "month", point_range(v)
    if re.fullmatch(r"\d{4}", v):
        return "year", point_range(v)
    m = re.fullmatch(r"(\d{4})-Q([1-4])", v)
    if m:
        y, q = int(m.group(1)), int(m.group(2))
        return "other", (days_from_civil(y, 3 * q - 2, 1), days_from_civil(y, 3 * q, month_len(y, 3 * q)))
    m = re.fullmatch(r"(\d{4})-H([12])", v)
    if m:
        y, h = int(m.group(1)), int(m.group(2))
        return "other", value_range(f"{y}-01/{y}-06" if h == 1 else f"{y}-07/{y}-12")
    m = re.fullmatch(r"(\d{4})-W(\d\d)(-WE)?", v)
    if m:
        try:
            mon = datetime.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        except ValueError:
            return None, None
        a = mon + datetime.timedelta(days=5 if m.group(3) else 0)
        b = mon + datetime.timedelta(days=6)
        return "other", (days_from_civil(a.year, a.month, a.day), days_from_civil(b.year, b.month, b.day))
    if re.fullmatch(r"\d{3}", v):
        d = int(v) * 10
        return "other", value_range(f"{d}/{d + 9}")
    if re.fullmatch(r"\d{2}", v):
        c = int(v) * 100
        return "other", value_range(f"{c}/{c + 99}")
    return None, None


def run_cli(binary, lang, ref, text):
    p = subprocess.run([binary, "dates", "--lang", lang, "--ref", ref, "--json"],
                       input=text.encode("utf-8"), capture_output=True, timeout=60)
    if p.returncode != 0:
        raise RuntimeError(f"exit {p.returncode}: {p.stderr.decode('utf-8', 'replace')[:300]}")
    out = []
    for line in p.stdout.decode("utf-8").splitlines():
        if line.strip():
            out.append(json.loads(line))
    return out


def overlap(a0, a1, b0, b1):
    return a0 < b1 and b0 < a1


def gold_part(tx, bucket, convention):
    """START / MID / END when the gold names a part of its value's period and the convention
    reads `mod`; None when the gold is its whole value. A day has no part at the contract's
    grain (`early Tuesday` is the Tuesday), so only month, year and `other` golds have one."""
    if convention != "mod" or bucket not in ("month", "year", "other"):
        return None
    return PART_MODS.get((tx.get("mod") or "").strip().upper())


def accepts(g, value):
    """Does a system value match the judged gold `g` (its range, or its part when it has one)?"""
    r = value_range(value)
    if r is None:
        return False
    if g["part"]:
        return part_accepts(g["part"], g["range"], r)
    return r == g["range"]


def score_doc(doc, system, convention="mod"):
    """Returns per-bucket counts {bucket: [tp, fp, gold]} and a list of error lines.

    convention "value": a gold is its value (TimeML writes `late November` as the month, 1999-11).
    convention "mod": a gold whose TIMEX3 `mod` is START / MID / END (or EARLY / LATE) is that part
    of its value's period, read as the phrase tables read parts (values.part_window): a proper
    sub-range in the first half, clear of both fifths, or in the last half. Issue 11 asks the
    tagger for the sub-interval, so this reads the gold as the issue defines the expression."""
    counts = {b: [0, 0, 0] for b in BUCKETS}
    errors = []
    judged, unjudged = [], []
    for tx in doc["timexes"]:
        b, r = gold_bucket_range(tx)
        if b:
            judged.append({"tx": tx, "bucket": b, "range": r, "ok": False,
                           "part": gold_part(tx, b, convention)})
            counts[b][2] += 1
        else:
            unjudged.append(tx)
    # TimeML marks a range ("between 1990 and 1999", "du 3 au 6 avril") as two TIMEX3, the
    # tagger as one START/END interval: such an interval is scored as its two ends, the start
    # against the first gold it overlaps and the end against the last.
    expanded = []
    for s in system:
        v = s.get("value") or ""
        hits = sorted((g for g in judged if overlap(s["start"], s["end"], g["tx"]["bstart"], g["tx"]["bend"])),
                      key=lambda g: g["tx"]["bstart"])
        if "/" in v and len(hits) >= 2:
            a, b = v.split("/", 1)
            for g, part, label in ((hits[0], a, "start"), (hits[-1], b, "end")):
                expanded.append({"text": f"{s['text']} [{label}]", "value": part,
                                 "grain": "interval-end", "start": g["tx"]["bstart"], "end": g["tx"]["bend"]})
        else:
            expanded.append(s)
    system = expanded
    sys_used = [False] * len(system)
    for g in judged:
        tx = g["tx"]
        for i, s in enumerate(system):
            if sys_used[i] or not overlap(s["start"], s["end"], tx["bstart"], tx["bend"]):
                continue
            if accepts(g, s.get("value")):
                sys_used[i] = True
                g["ok"] = True
                counts[g["bucket"]][0] += 1
                break
    for i, s in enumerate(system):
        if sys_used[i]:
            continue
        hits = [g for g in judged if overlap(s["start"], s["end"], g["tx"]["bstart"], g["tx"]["bend"])]
        if hits:
            if all(g["ok"] for g in hits):
                continue
            g = next(g for g in hits if not g["ok"])
            counts[g["bucket"]][1] += 1
            errors.append(f"WRONG  {g['bucket']:5s} gold {g['tx']['text']!r}={gold_label(g)}  "
                          f"sys {s['text']!r}={s.get('value')}")
            continue
        if any(overlap(s["start"], s["end"], u["bstart"], u["bend"]) for u in unjudged):
            continue
        b = s.get("grain") if s.get("grain") in ("day", "month", "year") else "other"
        counts[b][1] += 1
        errors.append(f"EXTRA  {b:5s} sys {s['text']!r}={s.get('value')}")
    for g in judged:
        if not g["ok"] and not any(
                overlap(s["start"], s["end"], g["tx"]["bstart"], g["tx"]["bend"]) for s in system):
            errors.append(f"MISSED {g['bucket']:5s} gold {g['tx']['text']!r}={gold_label(g)}")
    return counts, errors


def gold_label(g):
    return f"{g['part']}:{g['tx']['value']}" if g["part"] else g["tx"]["value"]


def sub_half(doc_id):
    """Fixed split of the dev half into sub-halves A / B (md5 of "sub/<lang>/<DOCID>", even -> A),
    to check that a change tuned on dev helps both rather than fitting one."""
    return "A" if int(hashlib.md5(f"sub/{doc_id}".encode("utf-8")).hexdigest(), 16) % 2 == 0 else "B"


def source_name(doc):
    path = doc["source"]["path"]
    for key, name in (("meantime", "MEANTIME"), ("FR-TimeBank", "FTiB"), ("Data/", "FTiB"), ("/TimeBank/", "TimeBank"),
                      ("/AQUAINT/", "AQUAINT"), ("platinum", "platinum")):
        if key in path or key in doc["source"]["repo"]:
            return name
    return doc["source"]["repo"]


def bootstrap(per_doc, n):
    """2.5th and 97.5th percentiles of the micro F1 over documents resampled with replacement."""
    import random
    rng = random.Random(12345)  # fixed seed: the same run prints the same interval
    fs = []
    for _ in range(n):
        tp = fp = gold = 0
        for _ in per_doc:
            a, b, c = per_doc[rng.randrange(len(per_doc))]
            tp, fp, gold = tp + a, fp + b, gold + c
        fs.append(prf(tp, fp, gold)[2])
    fs.sort()
    return fs[int(0.025 * n)], fs[min(n - 1, int(0.975 * n))]


def prf(tp, fp, gold):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--half", choices=["dev", "heldout", "tune", "kept"], required=True,
                    help="dev / heldout of corpus.py; tune / kept of a fresh --set")
    ap.add_argument("--set", metavar="NAME",
                    help="a fresh set under DATA/NAME/{tune,kept}/ (meantime, esc, gum, wikiwars, tweets, newsen: built by meantime.py, esc.py, gum.py, wikiwars.py, tweets.py, newsen.py)")
    ap.add_argument("--lang", choices=["fr", "en"], action="append")
    ap.add_argument("--bin", default=DEFAULT_BIN)
    ap.add_argument("--data", default=DATA)
    ap.add_argument("--errors", action="store_true",
                    help="list every wrong, missed and extra expression (dev half only)")
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    ap.add_argument("--bootstrap", type=int, default=0, metavar="N",
                    help="95%% interval of the D/M/Y F1 from N resamplings of the documents")
    ap.add_argument("--convention", choices=CONVENTIONS, default="mod",
                    help="mod (default): a gold with TIMEX3 mod START/MID/END is that part of its "
                         "period; value: the gold is its value, mod ignored (the figures before round 4)")
    ap.add_argument("--sub", choices=["A", "B"],
                    help="only the dev sub-half A or B (sub_half); dev only")
    ap.add_argument("--by-source", action="store_true",
                    help="one block per sub-corpus (FTiB, TimeBank, AQUAINT, TE3 platinum) as well")
    args = ap.parse_args()
    if args.errors and args.half not in ("dev", "tune"):
        sys.exit("--errors is for the dev half and a fresh set's tune part only: held-out and "
                 "kept-aside parts are never looked at")
    if (args.set is None) != (args.half in ("dev", "heldout")):
        sys.exit("--half dev|heldout reads corpus.py's data; --half tune|kept needs --set NAME")
    data = os.path.join(args.data, args.set) if args.set else args.data
    if not os.access(args.bin, os.X_OK):
        sys.exit(f"{args.bin}: no executable briefing binary here (build it, or pass --bin / $BRIEFING)")
    if args.sub and args.half != "dev":
        sys.exit("--sub splits the dev half only")
    langs = args.lang or [lang for lang in ("fr", "en")
                          if not args.set or os.path.isdir(os.path.join(data, args.half, lang))]
    result = {}
    failures = 0
    for lang in langs:
        files = sorted(glob.glob(os.path.join(data, args.half, lang, "*.json")))
        if not files:
            sys.exit(f"no documents in {os.path.join(data, args.half, lang)}: run corpus.py "
                     "(or the fresh set's script) first")
        docs = [json.load(open(f, encoding="utf-8")) for f in files]
        if args.convention == "mod" and any(d.get("format", 1) < 2 for d in docs):
            sys.exit(f"{os.path.join(data, args.half, lang)}: built before corpus.py kept TIMEX3 "
                     "`mod`: rerun corpus.py, or pass --convention value")
        if args.sub:
            docs = [d for d in docs if sub_half(d["id"]) == args.sub]

        def one(doc):
            try:
                return doc, run_cli(args.bin, lang, doc["dct"], doc["text"]), None
            except Exception as e:  # a crash or a timeout is reported, and scores as no output
                return doc, [], str(e)

        total = {b: [0, 0, 0] for b in BUCKETS}
        per_source = {}
        per_doc = []
        with ThreadPoolExecutor(max_workers=2) as ex:
            for doc, system, err in ex.map(one, docs):
                if err:
                    failures += 1
                    print(f"{doc['id']}: CLI failed: {err}", file=sys.stderr)
                c, errs = score_doc(doc, system, args.convention)
                per_doc.append([sum(c[b][k] for b in ("day", "month", "year")) for k in range(3)])
                src = source_name(doc)
                ps = per_source.setdefault(src, {b: [0, 0, 0] for b in BUCKETS})
                for b in BUCKETS:
                    for k in range(3):
                        total[b][k] += c[b][k]
                        ps[b][k] += c[b][k]
                if args.errors and errs:
                    print(f"## {doc['id']} (dct {doc['dct']})")
                    for e in errs:
                        print("  " + e)
        result[lang] = {"docs": len(docs), "buckets": total}
        if args.bootstrap:
            result[lang]["ci"] = bootstrap(per_doc, args.bootstrap)
        if args.by_source and len(per_source) > 1:
            for src, t in sorted(per_source.items()):
                n = sum(1 for d in docs if source_name(d) == src)
                result[f"{lang}:{src}"] = {"docs": n, "buckets": t}
    rows = []
    for lang in result:
        t = result[lang]["buckets"]
        for b in BUCKETS:
            rows.append((lang, b, *t[b]))
        dmy = [sum(t[b][k] for b in ("day", "month", "year")) for k in range(3)]
        alls = [sum(t[b][k] for b in BUCKETS) for k in range(3)]
        rows.append((lang, "D/M/Y", *dmy))
        rows.append((lang, "all", *alls))
    if args.json:
        print(json.dumps({"half": args.half, "sub": args.sub, "convention": args.convention,
                          "failures": failures, "rows": [
            dict(zip(("lang", "bucket", "tp", "fp", "gold", "p", "r", "f1"), (*r, *prf(*r[2:]))))
            for r in rows]}, indent=1))
    else:
        sub = f"  sub-half={args.sub}" if args.sub else ""
        fresh = f"  set={args.set}" if args.set else ""
        print(f"half={args.half}{sub}{fresh}  convention={args.convention}  binary={args.bin}")
        print(f"{'lang':12s} {'bucket':6s} {'gold':>5s} {'tp':>5s} {'fp':>5s} {'P':>6s} {'R':>6s} {'F1':>6s}")
        for lang, b, tp, fp, gold in rows:
            p, r, f = prf(tp, fp, gold)
            print(f"{lang:12s} {b:6s} {gold:5d} {tp:5d} {fp:5d} {100*p:6.1f} {100*r:6.1f} {100*f:6.1f}")
        for lang in result:
            ci = result[lang].get("ci")
            extra = f"; D/M/Y F1 95% interval {100 * ci[0]:.1f}-{100 * ci[1]:.1f}" if ci else ""
            print(f"{lang}: {result[lang]['docs']} documents{extra}")
    if failures:
        print(f"{failures} documents where the CLI failed", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
