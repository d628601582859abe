#!/usr/bin/env python3
"""Fit the weights of a learned scored choice (title, author or date) on the development corpus.

    python3 benches/ingest_corpus/fit.py --field title --lists dev,dev3a,dev4a
    python3 benches/ingest_corpus/fit.py --field title --lists dev,dev3a,dev4a --folds 5 --l2 0.01 \\
        --write src/ingest/title_weights.rs

Each page's whole-page text (`whole.txt`) is run through `briefing import --stdout` with
`BRIEFING_RANK_DUMP=1`: the importer prints every candidate it scores for a field as one TSV
row on stderr (`field \\t line_index \\t candidate_text \\t name=value ...`, see
src/ingest/rank.rs). Each row is labelled right or wrong against the page's truth.json with
measure.py's own matching:

  title   the candidate's text equals the headline or an accepted alternative (`title_ok`);
  author  the candidate's text names a truth author with <= 12 other letters (`author_ok`);
          only pages whose byline is printed in the dump count;
  date    a text opening with `YYYY-MM-DD` is that day; any other text is right when it prints
          the truth day in one of build.py's `date_forms`; only pages whose day is printed count.

The fit is a softmax over each page's candidates (the probability of a right candidate, summed
when several are right), with an L2 penalty, by full-batch gradient descent (Adam steps) on
standardised features; the weights are then brought back to the raw features' scale (a softmax
does not see a shift of every candidate's value, so only the scale matters). The cross-validated
page accuracy (k folds over pages, deterministic: sorted page ids, every k-th page) is the honest
estimate: a page counts as right when its first best-scored candidate, in dump order (the
importer keeps the first of equal scores), is right. Python 3 standard library only.

Never give it a check list (dev3b, dev4b) nor the held-out half: it refuses them.
"""

import argparse
import concurrent.futures
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True  # no __pycache__ in the worktree
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from build import date_visible  # noqa: E402
from measure import author_ok, default_bin, pages_of, title_ok  # noqa: E402

FORBIDDEN = {"heldout", "dev3b", "dev4b"}


def list_pages(data, name):
    """The page folders of one list name: `dev` (all 74), `tune`/`check` (its round-5 parts),
    `dev3`/`dev4` (whole folders), `dev3a`/`dev4a`."""
    if name in FORBIDDEN or name.startswith("heldout"):
        sys.exit(f"fit.py: `{name}` is a check or held-out list: never fit on it")
    if name in ("dev", "tune", "check"):
        return pages_of(data, "dev", "all" if name == "dev" else name)
    if name in ("dev3a", "dev4a"):
        return pages_of(data, name[:4], name)
    if name in ("dev3", "dev4"):
        sys.exit(f"fit.py: `{name}` holds its check part {name}b: give {name}a")
    sys.exit(f"fit.py: unknown list `{name}`")


def dump_rows(binary, page_dir, field):
    """The candidate rows of `field` the importer prints for the page's whole-page text:
    [(line_index, text, {name: value})] in the order they were scored, and the feature names."""
    src = os.path.join(page_dir, "whole.txt")
    pid = os.path.basename(page_dir)
    with tempfile.TemporaryDirectory() as d:
        f = os.path.join(d, pid + ".txt")
        shutil.copyfile(src, f)
        env = dict(os.environ, BRIEFING_RANK_DUMP="1")
        p = subprocess.run([binary, "import", "--stdout", "-q", "--root", d, f], capture_output=True,
                           timeout=120, cwd=d, env=env)
    rows, names = [], None
    seen = {}
    for line in p.stderr.decode("utf-8", "replace").splitlines():
        parts = line.split("\t")
        if len(parts) < 3 or parts[0] != field or not parts[1].isdigit():
            continue
        feats = {}
        for kv in parts[3:]:
            k, _, v = kv.partition("=")
            feats[k] = float(v)
        names = names or [kv.partition("=")[0] for kv in parts[3:]]
        # A line scored twice (two passes over the page) is one candidate: its last scoring wins.
        idx = int(parts[1])
        if idx in seen:
            rows[seen[idx]] = (idx, parts[2], feats)
        else:
            seen[idx] = len(rows)
            rows.append((idx, parts[2], feats))
    return rows, names or []


def label(field, text, truth):
    """Whether a candidate's text is the right answer for `field` (measure.py's matching)."""
    if field == "title":
        return any(title_ok(text, h) for h in [truth["headline"]] + truth.get("headline_alternatives", []))
    if field == "author":
        return author_ok(text, truth["authors"])
    m = re.match(r"\s*(\d{4}-\d{2}-\d{2})", text)
    if m:
        return m.group(1) == truth["date"]
    return date_visible(text, truth["date"])


def counted(field, truth):
    """Whether the page counts for `field`, as in measure.py (author and date: only where printed)."""
    if field == "author":
        return bool(truth["byline_visible"])
    if field == "date":
        return bool(truth["date_visible"])
    return True


def collect(binary, pages, field, jobs):
    """One entry per counted page: (page id, [(line, text, values, right)]), and the names."""
    def one(d):
        truth = json.load(open(os.path.join(d, "truth.json"), encoding="utf-8"))
        if not counted(field, truth):
            return None
        rows, names = dump_rows(binary, d, field)
        return os.path.basename(d), [(i, t, f, label(field, t, truth)) for i, t, f in rows], names
    with concurrent.futures.ThreadPoolExecutor(jobs) as ex:
        got = [g for g in ex.map(one, pages) if g is not None]
    names = next((n for _, _, n in got if n), [])
    data = [(pid, [(i, t, [f.get(n, 0.0) for n in names], r) for i, t, f, r in rows]) for pid, rows, _ in got]
    return data, names


def standardise(data, k):
    """Mean and spread of each feature over every candidate row."""
    xs = [x for _, rows in data for _, _, x, _ in rows]
    n = max(1, len(xs))
    mean = [sum(x[j] for x in xs) / n for j in range(k)]
    sd = [math.sqrt(sum((x[j] - mean[j]) ** 2 for x in xs) / n) for j in range(k)]
    return mean, [s if s > 1e-12 else 0.0 for s in sd]


def fit(data, k, l2, iters, lr=0.05):
    """Softmax weights (raw feature scale) fitted on `data` (pages with a right candidate)."""
    mean, sd = standardise(data, k)
    pages = []
    for _, rows in data:
        if not any(r for *_, r in rows):
            continue
        z = [[(x[j] - mean[j]) / sd[j] if sd[j] else 0.0 for j in range(k)] for _, _, x, _ in rows]
        pages.append((z, [r for *_, r in rows]))
    w = [0.0] * k
    m1, m2 = [0.0] * k, [0.0] * k
    b1, b2 = 0.9, 0.999
    npages = max(1, len(pages))
    for step in range(1, iters + 1):
        grad = [l2 * wj for wj in w]
        for z, right in pages:
            s = [sum(wj * xj for wj, xj in zip(w, x)) for x in z]
            top = max(s)
            e = [math.exp(v - top) for v in s]
            tot = sum(e)
            p = [v / tot for v in e]
            pr = sum(pi for pi, r in zip(p, right) if r)
            for x, pi, r in zip(z, p, right):
                coef = (pi - (pi / pr if r else 0.0)) / npages
                if coef:
                    for j in range(k):
                        grad[j] += coef * x[j]
        for j in range(k):
            m1[j] = b1 * m1[j] + (1 - b1) * grad[j]
            m2[j] = b2 * m2[j] + (1 - b2) * grad[j] ** 2
            w[j] -= lr * (m1[j] / (1 - b1 ** step)) / (math.sqrt(m2[j] / (1 - b2 ** step)) + 1e-8)
    return [w[j] / sd[j] if sd[j] else 0.0 for j in range(k)]


def choose(rows, w):
    """The index of the first best-scored candidate, as the importer chooses."""
    best, at = None, None
    for n, (_, _, x, _) in enumerate(rows):
        s = sum(wj * xj for wj, xj in zip(w, x))
        if best is None or s > best:
            best, at = s, n
    return at


def accuracy(data, w):
    """(right pages, pages with some right candidate, all counted pages)."""
    right = reachable = 0
    for _, rows in data:
        if any(r for *_, r in rows):
            reachable += 1
            at = choose(rows, w)
            right += at is not None and rows[at][3]
    return right, reachable, len(data)


def pct(a, b):
    return f"{a}/{b} ({100 * a / b:.0f}%)" if b else "-"


def emit(table, path):
    """Prints the weight table, and writes it to `path` when one is given."""
    print()
    print(table)
    if path:
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(table)


def rust_table(field, names, w, command, data_desc, cv_line):
    """The weights as a Rust const table in the order of the feature names."""
    out = [f"//! Fitted weights of the {field} candidates' features (see src/ingest/rank.rs).",
           "//!",
           "//! Generated, do not edit by hand: rerun",
           f"//! `{command}`",
           f"//! Data: whole-page dumps of {data_desc}. {cv_line}",
           "",
           f"/// One weight per feature, in the order of the {field} features' names.",
           f"pub(super) const {field.upper()}_WEIGHTS: &[(&str, f64)] = &["]
    for n, wj in zip(names, w):
        out.append(f"    ({json.dumps(n)}, {wj:.6f}),")  # as rustfmt prints it
    out.append("];")
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--field", required=True, choices=["title", "author", "date"])
    ap.add_argument("--lists", default="dev,dev3a,dev4a", help="comma-separated: dev, tune, check, dev3a, dev4a")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--l2", type=float, default=0.01, help="L2 penalty on the standardised weights")
    ap.add_argument("--iters", type=int, default=300)
    ap.add_argument("--bin", default=default_bin())
    ap.add_argument("--data", default="/work/ingest-data")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("--cache", help="read the labelled rows from this JSON file if it exists, else write them")
    ap.add_argument("--write", help="write the Rust weight table to this file")
    ap.add_argument("--misses", action="store_true",
                    help="print the pages the full fit gets wrong (chosen and right candidates); fit lists only")
    a = ap.parse_args()
    binary = os.path.abspath(a.bin) if os.path.exists(a.bin) else a.bin
    lists = [x.strip() for x in a.lists.split(",") if x.strip()]
    if a.cache and os.path.exists(a.cache):
        with open(a.cache, encoding="utf-8") as fh:
            c = json.load(fh)
        data, names = [(pid, [tuple(r) for r in rows]) for pid, rows in c["data"]], c["names"]
    else:
        pages = sorted({d for name in lists for d in list_pages(a.data, name)})
        data, names = collect(binary, pages, a.field, a.jobs)
        if a.cache:
            with open(a.cache, "w", encoding="utf-8") as fh:
                json.dump({"names": names, "data": data}, fh, ensure_ascii=False)
    data.sort(key=lambda p: p[0])
    k = len(names)
    print(f"binary: {binary}\nfield: {a.field}; lists: {','.join(lists)}; {len(data)} counted pages, "
          f"{sum(len(r) for _, r in data)} candidates, {k} features")
    if not k:
        sys.exit("fit.py: the importer printed no candidate for this field (is the dump wired?)")
    # Cross-validation: every k-th page (sorted ids) in a fold.
    folds = max(2, a.folds)
    cv_right = cv_reach = 0
    for f in range(folds):
        train = [p for n, p in enumerate(data) if n % folds != f]
        test = [p for n, p in enumerate(data) if n % folds == f]
        w = fit(train, k, a.l2, a.iters)
        r, reach, _ = accuracy(test, w)
        cv_right += r
        cv_reach += reach
    w = fit(data, k, a.l2, a.iters)
    tr, reach, total = accuracy(data, w)
    if a.misses:
        for pid, rows in data:
            at = choose(rows, w)
            rights = [r for r in rows if r[3]]
            if at is None or not rows[at][3]:
                got = rows[at][1] if at is not None else None
                print(f"- {pid}: chose {got!r}; right: {[r[1] for r in rights][:2] or 'no candidate'}")
    cv_line = (f"{folds}-fold CV page accuracy (l2 {a.l2}): {pct(cv_right, cv_reach)} of pages with a right "
               f"candidate, {pct(cv_right, total)} of all counted pages.")
    print(cv_line)
    print(f"fit on all: {pct(tr, reach)} of pages with a right candidate, {pct(tr, total)} of all counted pages")
    command = f"python3 benches/ingest_corpus/fit.py --field {a.field} --lists {','.join(lists)} " \
              f"--folds {folds} --l2 {a.l2} --iters {a.iters} --write <this file>"
    table = rust_table(a.field, names, w, command, ", ".join(lists) + f" ({a.data})", cv_line)
    emit(table, a.write)


if __name__ == "__main__":
    main()
