#!/usr/bin/env python3
"""Score `briefing dates` on the held-out phrase tables (heldout_fr.tsv, heldout_en.tsv).

    python3 benches/dates_eval/score_phrases.py [--bin PATH] [--lang fr|en] [--json]

Each row is one short news sentence run through `briefing dates --lang L --ref REF --json`.
Columns: family, phrase, ref, expected, grain, expression (the date expression inside the phrase).

A row is right when some system expression overlapping `expression` (byte spans) has a value that
one alternative of `expected` accepts; for `NONE` rows (scores, fractions, ratios, verbs, names),
when no system expression overlaps `expression`. Expected values (alternatives split by `|`):
  2013-02-15, 2013-04, 2013, 2001/2020   equal as day ranges (2013-01/2013-03 = 2013-01-01/2013-03-31)
  ~N:VALUE                               each end of the range within N days (season and span edges)
  START:P, END:P                         a proper sub-range of period P lying in its first / last half
  MID:P                                  a proper sub-range of P clear of its first and last fifth
  -0043|-0044                            years before 1: ISO 8601 (1 BC = 0000) or historical (1 BC = -1)
Bare weekdays, day-months, months and holidays accept both the coming and the past one (issue 11:
"a bare weekday or day–month read as the past one counts as right in news").
The expected grain is printed as a count of mismatches but does not decide right or wrong.

These tables are held out: written from issue 11's family list, not from the tagger's rules, and
not to be tuned on. `--failures` lists wrong rows: it exists to audit the table's own expectations,
not to steer the tagger.
"""
import argparse
import json
import os
import subprocess
import sys
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from values import matches  # noqa: E402

DEFAULT_BIN = os.environ.get("BRIEFING", "/work/main/target/release/briefing")


def load(lang):
    rows = []
    path = os.path.join(HERE, f"heldout_{lang}.tsv")
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        assert header[:6] == ["family", "phrase", "ref", "expected", "grain", "expression"], header
        for n, line in enumerate(f, 2):
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) != 6:
                sys.exit(f"{path}:{n}:1: expected 6 tab-separated columns, got {len(cols)}")
            fam, phrase, ref, expected, grain, expr = cols
            i = phrase.find(expr)
            if i < 0:
                sys.exit(f"{path}:{n}:1: expression {expr!r} is not in the phrase")
            b0 = len(phrase[:i].encode("utf-8"))
            rows.append({"line": n, "family": fam, "phrase": phrase, "ref": ref, "expected": expected,
                         "grain": grain, "expr": expr, "bstart": b0, "bend": b0 + len(expr.encode("utf-8"))})
    return rows


def run(binary, lang, row):
    p = subprocess.run([binary, "dates", "--lang", lang, "--ref", row["ref"], "--json"],
                       input=row["phrase"].encode("utf-8"), capture_output=True, timeout=30)
    if p.returncode != 0:
        return None, f"exit {p.returncode}: {p.stderr.decode('utf-8', 'replace')[:200]}"
    return [json.loads(l) for l in p.stdout.decode("utf-8").splitlines() if l.strip()], None


def judge(row, system):
    over = [s for s in system if s["start"] < row["bend"] and row["bstart"] < s["end"]]
    if row["expected"] == "NONE":
        return not over, over, False
    alts = row["expected"].split("|")
    for s in over:
        if any(matches(a, s.get("value")) for a in alts):
            return True, over, s.get("grain") != row["grain"]
    return False, over, False


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default=DEFAULT_BIN)
    ap.add_argument("--lang", choices=["fr", "en"], action="append")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--failures", action="store_true", help="list the wrong rows (table audit)")
    args = ap.parse_args()
    if not os.access(args.bin, os.X_OK):
        sys.exit(f"{args.bin}: no executable briefing binary here (build it, or pass --bin / $BRIEFING)")
    langs = args.lang or ["fr", "en"]
    table = OrderedDict()
    grain_off = {}
    failures = []
    crashed = 0
    for lang in langs:
        rows = load(lang)
        with ThreadPoolExecutor(max_workers=2) as ex:
            results = list(ex.map(lambda r: run(args.bin, lang, r), rows))
        grain_off[lang] = 0
        for row, (system, err) in zip(rows, results):
            if err:
                crashed += 1
                print(f"heldout_{lang}.tsv:{row['line']}: CLI failed: {err}", file=sys.stderr)
                system = []
            ok, over, gmis = judge(row, system)
            grain_off[lang] += gmis
            cell = table.setdefault(row["family"], {}).setdefault(lang, [0, 0])
            cell[0] += ok
            cell[1] += 1
            if not ok:
                failures.append((lang, row, over))
    if args.json:
        print(json.dumps({"families": table, "grain_mismatches": grain_off, "crashes": crashed}, indent=1))
    else:
        print(f"binary={args.bin}")
        head = f"{'family':10s}" + "".join(f" {lang + ' right':>14s} {'%':>6s}" for lang in langs)
        print(head)
        tot = {lang: [0, 0] for lang in langs}
        for fam, cells in table.items():
            line = f"{fam:10s}"
            for lang in langs:
                r, n = cells.get(lang, [0, 0])
                tot[lang][0] += r
                tot[lang][1] += n
                line += f" {f'{r}/{n}':>14s} {100 * r / n if n else 0:6.1f}"
            print(line)
        line = f"{'TOTAL':10s}"
        for lang in langs:
            r, n = tot[lang]
            line += f" {f'{r}/{n}':>14s} {100 * r / n:6.1f}"
        print(line)
        print("right rows whose grain differs from the expected one: " +
              ", ".join(f"{lang} {grain_off[lang]}" for lang in langs))
    if args.failures:
        for lang, row, over in failures:
            got = "; ".join(f"{s['text']!r}={s.get('value')}" for s in over) or "nothing"
            print(f"heldout_{lang}.tsv:{row['line']}: [{row['family']}] {row['expr']!r} "
                  f"expected {row['expected']} got {got}")
    if crashed:
        print(f"{crashed} rows where the CLI failed", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
