#!/usr/bin/env python3
"""Fit the weights of the byline choice (src/ingest/byline_rank.rs) on the development corpus.

    python3 benches/ingest_corpus/fit_author.py                       # dump, fit, cross-validate
    python3 benches/ingest_corpus/fit_author.py --write src/ingest/byline_weights.rs
    python3 benches/ingest_corpus/fit_author.py --cached              # refit the last dumps

Each page of the fit lists (dev: all 74, dev3a, dev4a) is imported in two shapes, the whole-page
dump (`whole.txt`) and the selection from the headline (`selection.txt`), by `briefing import
--stdout` with `BRIEFING_RANK_DUMP=1`: the importer prints every byline candidate it scores as
one TSV row on stderr (`author \\t line_index \\t text \\t name=value ...`, src/ingest/rank.rs).
A candidate is right when measure.py's `author_ok` accepts its text against truth.json.

The importer keeps the rules' answer (the `legacy` candidate) when no candidate scores above 0;
the accuracies printed here do the same.

The model is a softmax over each page's candidates plus a "no byline" option of score 0, so the
importer's rule (the best candidate signs the page when its score is above 0) is the one fitted:
  - byline printed in that shape's text and some candidate right: the right ones are the target;
  - otherwise (no byline printed, or none of the candidates right): "no byline" is the target
    (weight --null-weight: the measure does not count these pages, the reader does).
L2 penalty, full-batch gradient descent (Adam) on standardised features, weights brought back
to the raw scale. Cross-validation: --folds k folds over pages (sorted ids, every k-th page;
both shapes of a page in the same fold); a shape's accuracy counts the pages whose byline is
printed in it, as measure.py does. Python 3 standard library only.

Never give it a check list (dev3b, dev4b) nor the held-out half: it has no option to.
"""

import argparse
import concurrent.futures
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True  # no __pycache__ in the worktree
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from measure import author_ok, default_bin, pages_of  # noqa: E402

# The fit set of session 22 (S22-COMMON.md); dev3b, dev4b and heldout are never read here.
FIT_LISTS = [("dev", "all"), ("dev3", "dev3a"), ("dev4", "dev4a")]
SHAPES = [("whole", "whole.txt"), ("selection", "selection.txt")]
CACHE = "/tmp/fit_author_dumps.json"
NAMES = []  # the feature names, in dump order


def dump(binary, page_dir, fname):
    pid = os.path.basename(page_dir)
    with tempfile.TemporaryDirectory() as d:
        f = os.path.join(d, pid + ".txt")
        shutil.copyfile(os.path.join(page_dir, fname), f)
        env = dict(os.environ, BRIEFING_RANK_DUMP="1")
        p = subprocess.run([binary, "import", "--stdout", "-q", "--root", d, f], capture_output=True,
                           timeout=120, cwd=d, env=env)
    rows = []
    for line in p.stderr.decode("utf-8", "replace").splitlines():
        parts = line.split("\t")
        if len(parts) < 4 or parts[0] != "author":
            continue
        feats = {}
        for kv in parts[3:]:
            k, _, v = kv.partition("=")
            feats[k] = float(v)
        rows.append((int(parts[1]), parts[2], feats))
    return rows


def collect(binary, data, jobs):
    pages = []
    for folder, which in FIT_LISTS:
        pages += pages_of(data, folder, which)
    work = [(d, s, f) for d in pages for s, f in SHAPES if os.path.exists(os.path.join(d, f))]
    with concurrent.futures.ThreadPoolExecutor(jobs) as ex:
        dumps = list(ex.map(lambda w: dump(binary, w[0], w[2]), work))
    out = []
    for (d, shape, _), rows in zip(work, dumps):
        truth = json.load(open(os.path.join(d, "truth.json"), encoding="utf-8"))
        visible = truth["byline_visible_selection"] if shape == "selection" else truth["byline_visible"]
        out.append({
            "id": os.path.basename(d), "shape": shape, "visible": bool(visible),
            "rows": [{"line": ln, "text": t, "f": f, "right": author_ok(t, truth["authors"])} for ln, t, f in rows],
        })
    return out


def matrix(samples, names):
    for s in samples:
        s["x"] = [[r["f"].get(n, 0.0) for n in names] for r in s["rows"]]
        s["y"] = [r["right"] for r in s["rows"]]
        s["target_null"] = not (s["visible"] and any(s["y"]))


def fit(samples, names, l2, null_weight, steps=600, lr=0.05):
    d = len(names)
    # Standardise (the bias stays 1).
    allx = [x for s in samples for x in s["x"]]
    mean = [0.0] * d
    sd = [1.0] * d
    if allx:
        for k in range(d):
            if names[k] == "bias":
                continue
            col = [x[k] for x in allx]
            mean[k] = sum(col) / len(col)
            var = sum((c - mean[k]) ** 2 for c in col) / len(col)
            sd[k] = math.sqrt(var) if var > 1e-12 else 1.0
    # A softmax with a null option of score 0 sees the bias and the shift of each feature, so
    # the standardised model keeps a separate bias that absorbs the means.
    zs = [[[(x[k] - mean[k]) / sd[k] if names[k] != "bias" else 1.0 for k in range(d)] for x in s["x"]]
          for s in samples]
    w = [0.0] * d
    m = [0.0] * d
    v = [0.0] * d
    b1, b2, eps = 0.9, 0.999, 1e-8
    for t in range(1, steps + 1):
        g = [l2 * w[k] if names[k] != "bias" else 0.0 for k in range(d)]
        total = 0.0
        for s, z in zip(samples, zs):
            if not z:
                continue
            scores = [sum(wk * zk for wk, zk in zip(w, zi)) for zi in z]
            top = max(0.0, max(scores))
            e = [math.exp(sc - top) for sc in scores]
            e0 = math.exp(-top)
            den = e0 + sum(e)
            if s["target_null"]:
                weight = null_weight
                num_idx = []
            else:
                weight = 1.0
                num_idx = [i for i, y in enumerate(s["y"]) if y]
            total += weight
            # d(-log p_target)/d score_i = p_i - q_i, q = target share among the right ones.
            if num_idx:
                num = sum(e[i] for i in num_idx)
            else:
                num = e0
            for i, zi in enumerate(z):
                p = e[i] / den
                q = (e[i] / num) if i in num_idx else 0.0
                c = weight * (p - q)
                if c:
                    for k in range(d):
                        g[k] += c * zi[k]
        n = max(total, 1.0)
        for k in range(d):
            gk = g[k] / n if names[k] == "bias" else g[k] / n + 0.0
            m[k] = b1 * m[k] + (1 - b1) * gk
            v[k] = b2 * v[k] + (1 - b2) * gk * gk
            w[k] -= lr * (m[k] / (1 - b1 ** t)) / (math.sqrt(v[k] / (1 - b2 ** t)) + eps)
    # Back to raw features: w_k / sd_k, and the bias takes the means.
    raw = [0.0] * d
    bias = 0.0
    for k in range(d):
        if names[k] == "bias":
            bias += w[k]
        else:
            raw[k] = w[k] / sd[k]
            bias -= w[k] * mean[k] / sd[k]
    raw[names.index("bias")] = bias
    return raw


def choose(s, w):
    best, bi = 0.0, None
    for i, x in enumerate(s["x"]):
        sc = sum(a * b for a, b in zip(w, x))
        if sc > best:
            best, bi = sc, i
    return bi


def accuracy(samples, w, legacy_idx=None):
    res = {}
    for shape, _ in SHAPES:
        ss = [s for s in samples if s["shape"] == shape and s["visible"]]
        right = 0
        for s in ss:
            if legacy_idx is not None:
                i = next((i for i, x in enumerate(s["x"]) if x[legacy_idx] == 1.0), None)
            else:
                i = choose(s, w)
                if i is None and "legacy" in NAMES:
                    # The importer keeps the rules' answer when nothing outscores "no byline".
                    i = next((i for i, x in enumerate(s["x"]) if x[NAMES.index("legacy")] == 1.0), None)
            right += bool(i is not None and s["y"][i])
        res[shape] = (right, len(ss))
    return res


def fmt(res):
    return ", ".join(f"{k} {r}/{n} ({100 * r / max(n, 1):.0f}%)" for k, (r, n) in res.items())


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default=default_bin())
    ap.add_argument("--data", default="/work/ingest-data")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--l2", type=float, default=0.02)
    ap.add_argument("--null-weight", type=float, default=0.5)
    ap.add_argument("--steps", type=int, default=600)
    ap.add_argument("--cached", action="store_true", help=f"reuse the dumps of the last run ({CACHE})")
    ap.add_argument("--write", help="write the fitted table to this Rust file")
    a = ap.parse_args()
    if a.cached:
        samples = json.load(open(CACHE))
    else:
        samples = collect(os.path.abspath(a.bin), a.data, a.jobs)
        json.dump(samples, open(CACHE, "w"))
    names = NAMES
    for s in samples:
        for r in s["rows"]:
            for k in r["f"]:
                if k not in names:
                    names.append(k)
    matrix(samples, names)
    ids = sorted({s["id"] for s in samples})
    reach = {shape: (sum(1 for s in samples if s["shape"] == shape and s["visible"] and any(s["y"])),
                     sum(1 for s in samples if s["shape"] == shape and s["visible"])) for shape, _ in SHAPES}
    print(f"pages: {len(ids)}; a right candidate exists on: {fmt(reach)}")
    if "legacy" in names:
        print(f"the rules' answer (legacy): {fmt(accuracy(samples, None, names.index('legacy')))}")
    cv = {shape: [0, 0] for shape, _ in SHAPES}
    for f in range(a.folds):
        test_ids = set(ids[f::a.folds])
        train = [s for s in samples if s["id"] not in test_ids]
        test = [s for s in samples if s["id"] in test_ids]
        w = fit(train, names, a.l2, a.null_weight, a.steps)
        for shape, (r, n) in accuracy(test, w).items():
            cv[shape][0] += r
            cv[shape][1] += n
    print(f"cross-validated ({a.folds} folds): {fmt({k: tuple(v) for k, v in cv.items()})}")
    w = fit(samples, names, a.l2, a.null_weight, a.steps)
    print(f"fitted on all (training accuracy): {fmt(accuracy(samples, w))}")
    table = "\n".join(f'    ("{n}", {x:.4f}),' for n, x in zip(names, w))
    print(table)
    if a.write:
        cvs = fmt({k: tuple(v) for k, v in cv.items()})
        with open(a.write, "w", encoding="utf-8") as fh:
            fh.write(f"""//! Fitted weights of the byline choice ([`super::byline_rank`]), one per feature, in the order
//! of [`super::byline_rank::FEATURES`].
//!
//! Made by `python3 benches/ingest_corpus/fit_author.py --l2 {a.l2} --null-weight {a.null_weight} --folds {a.folds}
//! --write src/ingest/byline_weights.rs` on the fit lists dev (74 pages), dev3a, dev4a, whole and
//! selection shapes ({len(ids)} pages). Cross-validated accuracy: {cvs}.

use super::rank::Weights;

/// The weight of each byline feature.
pub(super) static WEIGHTS: &Weights = &[
{table}
];
""")
        print(f"wrote {a.write}")


if __name__ == "__main__":
    main()
