#!/usr/bin/env python3
"""Fit the weights of the publication date's scored choice (src/ingest/date_pick.rs).

    python3 benches/ingest_corpus/fit_date.py                       # dev, dev3a, dev4a; CV; table
    python3 benches/ingest_corpus/fit_date.py --write src/ingest/date_weights.rs

fit.py's fitter (softmax over a page's candidates, L2, Adam steps) and its labelling (a
candidate's text is its ISO day, right when it is the truth's `datePublished` day), with two
differences that a date needs:

- a line may hold two candidate days (a publication and an update stamp glued together), so
  rows are kept per (line, day), not per line;
- each page gives two inputs, its whole-page dump and its selection from the headline (each
  counted where its day is printed, as measure.py counts them), and the folds of the
  cross-validation are drawn over pages, both inputs of a page in the same fold, so that no
  page is scored by weights fitted on its other shape.

Never give it a check list (dev3b, dev4b) nor the held-out half: fit.py's list reader refuses
them. Python 3 standard library only.
"""

import argparse
import concurrent.futures
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True  # no __pycache__ in the worktree
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from fit import accuracy, emit, fit, label, list_pages, pct, rust_table  # noqa: E402
from measure import default_bin  # noqa: E402

# Pages whose declared day is not the day their publication stamp prints, so that fitting on
# them teaches the wrong stamp (they are still measured by measure.py): nj.com declares
# 2024-02-13T00:00Z for a stamp printed `Published: Feb. 12, 2024, 7:00 p.m.` (Eastern time);
# nbcnews.com prints `Dec. 6, 2024, 10:00 PM UTC / Updated Dec. 7` and its JSON-LD says Dec. 6,
# but the truth took a <meta> day, Dec. 7 (README, fourth list).
TRUTH_DEFECTS = {"en-nj-com-1a9a9d24", "en-nbcnews-com-41172f81"}

SHAPES = [("whole", "whole.txt", "date_visible"), ("selection", "selection.txt", "date_visible_selection")]


def dump_rows(binary, src, pid):
    """The date rows the importer prints for one text: [(line, day, {name: value})], and the names."""
    with tempfile.TemporaryDirectory() as d:
        f = os.path.join(d, pid + ".txt")
        shutil.copyfile(src, f)
        env = dict(os.environ, BRIEFING_RANK_DUMP="1")
        p = subprocess.run([binary, "import", "--stdout", "-q", "--root", d, f], capture_output=True,
                           timeout=120, cwd=d, env=env)
    rows, names, seen = [], None, {}
    for line in p.stderr.decode("utf-8", "replace").splitlines():
        parts = line.split("\t")
        if len(parts) < 4 or parts[0] != "date" or not parts[1].isdigit():
            continue
        feats = {k: float(v) for k, _, v in (kv.partition("=") for kv in parts[3:])}
        names = names or [kv.partition("=")[0] for kv in parts[3:]]
        key = (int(parts[1]), parts[2])
        if key in seen:
            rows[seen[key]] = (key[0], parts[2], feats)
        else:
            seen[key] = len(rows)
            rows.append((key[0], parts[2], feats))
    return rows, names or []


def collect(binary, pages, shapes, jobs):
    """One entry per counted (page, shape): (page id, shape, [(line, day, values, right)])."""
    def one(job):
        d, shape, fname, flag = job
        truth = json.load(open(os.path.join(d, "truth.json"), encoding="utf-8"))
        src = os.path.join(d, fname)
        if not truth.get(flag) or not os.path.exists(src):
            return None
        rows, names = dump_rows(binary, src, os.path.basename(d))
        return os.path.basename(d), shape, [(i, t, f, label("date", t, truth)) for i, t, f in rows], names
    jobs_ = [(d, s, f, v) for d in pages for s, f, v in SHAPES if s in shapes]
    with concurrent.futures.ThreadPoolExecutor(jobs) as ex:
        got = [g for g in ex.map(one, jobs_) if g is not None]
    names = next((n for *_, n in got if n), [])
    data = [(pid, shape, [(i, t, [f.get(n, 0.0) for n in names], r) for i, t, f, r in rows])
            for pid, shape, rows, _ in got]
    return data, names


def wrong_pages(data, w, what):
    """Prints the pages of `data` whose best candidate under `w` is wrong, or that have no right one."""
    for pid, rows in data:
        if not any(r for *_, r in rows):
            print(f"  {what}: no right candidate: {pid}")
            continue
        best = max(range(len(rows)), key=lambda n: (sum(x * y for x, y in zip(w, rows[n][2])), -n))
        if not rows[best][3]:
            right = [r for r in rows if r[3]]
            print(f"  {what}: wrong: {pid}: chose line {rows[best][0]} {rows[best][1]}; right: "
                  + ", ".join(f"line {r[0]}" for r in right[:3]))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lists", default="dev,dev3a,dev4a", help="comma-separated: dev, tune, check, dev3a, dev4a")
    ap.add_argument("--shapes", default="whole,selection")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--l2", type=float, default=0.01, help="L2 penalty on the standardised weights")
    ap.add_argument("--iters", type=int, default=300)
    ap.add_argument("--bin", default=default_bin())
    ap.add_argument("--data", default="/work/ingest-data")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("--cache", help="read the labelled rows from this JSON file if it exists, else write them")
    ap.add_argument("--write", help="write the Rust weight table to this file")
    ap.add_argument("-v", "--verbose", action="store_true", help="print the pages the full fit gets wrong")
    a = ap.parse_args()
    binary = os.path.abspath(a.bin) if os.path.exists(a.bin) else a.bin
    lists = [x.strip() for x in a.lists.split(",") if x.strip()]
    shapes = [x.strip() for x in a.shapes.split(",") if x.strip()]
    if a.cache and os.path.exists(a.cache):
        with open(a.cache, encoding="utf-8") as fh:
            c = json.load(fh)
        data, names = [(pid, s, [tuple(r) for r in rows]) for pid, s, rows in c["data"]], c["names"]
    else:
        pages = sorted({d for name in lists for d in list_pages(a.data, name)
                        if os.path.basename(d) not in TRUTH_DEFECTS})
        data, names = collect(binary, pages, shapes, a.jobs)
        if a.cache:
            with open(a.cache, "w", encoding="utf-8") as fh:
                json.dump({"names": names, "data": data}, fh, ensure_ascii=False)
    data.sort(key=lambda p: (p[0], p[1]))
    k = len(names)
    ids = sorted({pid for pid, _, _ in data})
    fold_of = {pid: n % max(2, a.folds) for n, pid in enumerate(ids)}
    print(f"binary: {binary}\nlists: {','.join(lists)}; shapes: {','.join(shapes)}; {len(ids)} pages, "
          f"{len(data)} counted inputs, {sum(len(r) for *_, r in data)} candidates, {k} features")
    if not k:
        sys.exit("fit_date.py: the importer printed no date candidate (is the dump wired?)")
    folds = max(2, a.folds)
    per_shape = {s: [0, 0, 0] for s in shapes}
    for f in range(folds):
        train = [(pid, rows) for pid, _, rows in data if fold_of[pid] != f]
        w = fit(train, k, a.l2, a.iters)
        for s in shapes:
            test = [(pid, rows) for pid, sh, rows in data if fold_of[pid] == f and sh == s]
            r, reach, total = accuracy(test, w)
            for j, v in enumerate((r, reach, total)):
                per_shape[s][j] += v
            if a.verbose:
                wrong_pages(test, w, f"CV {s}")
    w = fit([(pid, rows) for pid, _, rows in data], k, a.l2, a.iters)
    cv = "; ".join(f"{s} {pct(r, t)} ({pct(r, reach)} of those with a right candidate)"
                   for s, (r, reach, t) in per_shape.items())
    cv_line = f"{folds}-fold CV over pages (l2 {a.l2}), counted inputs: {cv}."
    print(cv_line)
    for s in shapes:
        r, reach, t = accuracy([(pid, rows) for pid, sh, rows in data if sh == s], w)
        print(f"fit on all, {s}: {pct(r, t)} ({pct(r, reach)} of those with a right candidate)")
    if a.verbose:
        for s in shapes:
            wrong_pages([(pid, rows) for pid, sh, rows in data if sh == s], w, f"fit on all, {s}")
    command = (f"python3 benches/ingest_corpus/fit_date.py --lists {','.join(lists)} --shapes {','.join(shapes)} "
               f"--folds {folds} --l2 {a.l2} --iters {a.iters} --write src/ingest/date_weights.rs")
    table = rust_table("date", names, w, command, ", ".join(lists) + " (" + " and ".join(shapes) + ")", cv_line)
    table = table.replace("//! Fitted weights of the date candidates' features (see src/ingest/rank.rs).",
                          "//! Fitted weights of the date candidates' features (see src/ingest/date_pick.rs).")
    emit(table, a.write)


if __name__ == "__main__":
    main()
