#!/usr/bin/env python3
"""Fit the weights of the importer's scored choices (headline, byline, date) on the fit set.

    python3 benches/ingest_corpus/fit.py all --bin target/release/briefing    # refit all three
    python3 benches/ingest_corpus/fit.py title|author|date [--l2 X] [--misses] [--dry-run]
    python3 benches/ingest_corpus/fit.py title --free crumb_echo   # fit a new feature alone
    python3 benches/ingest_corpus/fit.py title --folds 2 --lolo    # ... and leave each list out

One loader: each page of the fit lists (dev: all 74 and dev3a to dev7a by default, the lists every committed weight table was fitted on) is imported once per shape
(the whole-page dump `whole.txt` and the selection from the headline `selection.txt`) by
`briefing import --stdout` with `BRIEFING_RANK_DUMP=1`: the importer prints every candidate it
scores, for every field, as one TSV row on stderr (`field \\t line_index \\t text \\t
name=value ...`, src/ingest/rank.rs). The rows of all fields come from that one run.

One labeller per field, with measure.py's own matching:
  title   the text equals the headline or an accepted alternative (`title_ok`); every page
          counts; one candidate per line (a line scored twice: its last scoring);
  author  the text names a truth author with <= 12 other letters (`author_ok`); counted where
          the byline is printed in that shape's text; a "no byline" option of score 0 (the
          importer's rule: the best candidate signs the page only above 0; when none does, the
          rules' answer, the `legacy` candidate, stays);
  date    a text opening with `YYYY-MM-DD` is that day, other text must print the truth day in
          one of build.py's `date_forms`; counted where the day is printed in that shape's
          text; one candidate per (line, day): a line may hold a publication and an update day.

One ranker: a softmax over each input's candidates (plus the "no byline" option where the
field has one), L2 on standardised features, full-batch gradient descent with Adam steps; the
weights are brought back to the raw scale (a `bias` feature, when the field has one, takes the
means). Inputs whose candidates hold no right one are left out of the fit, except where the
field has a "no byline" option: then that option is their target (weight --null-weight, 1.0
since round 30, 0.7 in round 29) where the page's markup names an author (a page that names none says nothing
about its printed byline). For the byline, `signed wrong` counts the inputs of such pages whose
choice names none of the truth's authors: a wrong byline is worse than none. The date has a
"no date" option too (round 32): every input counts, its day printed or not, and one whose
candidates hold no right day has "no date" as its target; `dated wrong` counts the inputs
dated with another day (a wrong date misplaces every relative date of the text).
Cross-validation: k folds over pages (sorted ids, every k-th page), both shapes of a page in
the same fold; a page counts as right when its first best-scored candidate is right. The
cross-validated figure is the honest estimate; it is printed per shape and written in the
table's header. Python 3 standard library only.

Never give it a check list (dev3b, dev4b, dev5b, dev6b, dev7b) nor the held-out half: it refuses them.
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
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)
from build import date_visible  # noqa: E402
from measure import author_ok, default_bin, pages_of, title_ok  # noqa: E402

FORBIDDEN = {"heldout", "dev13", "dev13b", "dev14", "dev14b", "dev4b", "dev6", "dev6b", "dev7", "dev7b", "dev8", "dev8a", "dev8b", "dev10", "dev10a", "dev10b", "dev11", "dev11a", "dev11b", "dev15", "dev15b", "dev16", "dev16a", "dev16b"}  # dev5a and dev6a are fit data since session 25, dev7a since session 31; dev3b and dev5b since round 41 (whose split makes dev3 and dev5 fit lists whole); dev9b since round 43 (dev9 a fit list whole)
SHAPES = {"whole": "whole.txt", "selection": "selection.txt"}

# Pages whose declared day is not the day their publication stamp prints, so that fitting the
# date on them teaches the wrong stamp (measure.py still counts them): nj.com declares
# 2024-02-13T00:00Z for a stamp printed `Published: Feb. 12, 2024, 7:00 p.m.` (Eastern time);
# nbcnews.com prints `Dec. 6, 2024, 10:00 PM UTC / Updated Dec. 7` and its JSON-LD says Dec. 6,
# but the truth took a <meta> day, Dec. 7 (README, fourth list).
DATE_TRUTH_DEFECTS = {"en-nj-com-1a9a9d24", "en-nbcnews-com-41172f81"}


class Field:
    """What differs between the fields: how rows are keyed and labelled, which inputs count,
    the ranker's options, and where the table goes."""

    def __init__(self, name, shapes, l2, iters, null_option, table, const, doc, null_weight=1.0, lists=None):
        self.name, self.shapes, self.l2, self.iters = name, shapes, l2, iters
        self.lists = lists  # the field's own default fit lists, when they differ from `--lists`
        self.null_weight = null_weight
        self.null_option, self.table, self.const, self.doc = null_option, table, const, doc

    def key(self, line, text, n):
        """Rows with the same key are one candidate (the last scoring wins)."""
        return {"title": line, "date": (line, text)}.get(self.name, n)

    def label(self, text, truth):
        if self.name == "title":
            return any(title_ok(text, h) for h in [truth["headline"]] + truth.get("headline_alternatives", []))
        if self.name == "author":
            return author_ok(text, truth["authors"])
        m = re.match(r"\s*(\d{4}-\d{2}-\d{2})", text)
        return m.group(1) == truth["date"] if m else date_visible(text, truth["date"])

    def counted(self, truth, shape):
        sel = "_selection" if shape == "selection" else ""
        if self.name == "author":
            return bool(truth["byline_visible" + sel])
        if self.name == "date":
            return bool(truth["date_visible" + sel])
        return True

    def kept(self, pid, truth, shape):
        """Whether the input is one of the field's samples at all. A date input whose day is not
        printed counts too (since round 32): "no date" is its target unless a candidate is its
        day, so that the picker learns to abstain rather than date the page by the text."""
        if self.name == "date":
            return pid not in DATE_TRUTH_DEFECTS
        return True

    def named(self, truth):
        """Whether the truth says what the field's answer should be: a page whose markup names
        no author says nothing about its printed byline; every page has a publication day."""
        return True if self.name == "date" else bool(truth.get("authors"))


FIELDS = {
    "title": Field("title", ["whole", "selection"], 0.3, 300, False, "src/ingest/title_weights.rs", "TITLE_WEIGHTS",
                   "the title candidates' features (see src/ingest/title.rs)"),
    # The byline's L2: chosen by CV, 1.0 since round 25's candidates (flat from 0.3 to 30; README).
    "author": Field("author", ["whole", "selection"], 1.0, 600, True, "src/ingest/byline_weights.rs",
                    "BYLINE_WEIGHTS", "the byline candidates' features (see src/ingest/byline_rank.rs)"),
    # The date's "no date" option (round 32): the picker abstains when its best day scores at or
    # under zero (a constant `bias` feature makes pages' scores compare).
    # Its weight, 0.4: the largest that loses no right day in CV on the fit lists (round 32: 0.2
    # keeps more wrong days, 0.5 and up lose right ones).
    "date": Field("date", ["whole", "selection"], 0.1, 300, True, "src/ingest/date_weights.rs", "DATE_WEIGHTS",
                  "the date candidates' features (see src/ingest/date_pick.rs)", null_weight=0.4,
                  # Round 43: the date is fitted on round 43's fit lists only (dev, dev3, dev5,
                  # dev9 whole), so that dev4, dev6 and dev7 check it.
                  lists="dev,dev3,dev5,dev9"),
}


# ---- the loader ----

def list_pages(data, name):
    """The page folders of one list name: `dev` (all 74), `tune`/`check` (its round-5 parts),
    `dev3a`/`dev4a`."""
    if name in FORBIDDEN or name.startswith("heldout"):
        sys.exit(f"fit.py: `{name}` is a check or held-out list: never fit on it")
    if name in ("dev", "tune", "check"):
        return pages_of(data, "dev", "all" if name == "dev" else name)
    if name in ("dev3a", "dev3b", "dev4a", "dev5a", "dev5b", "dev6a", "dev7a", "dev9a"):
        return pages_of(data, name[:4], name)
    if name in ("dev3", "dev5", "dev9"):
        # Round 43's split: dev3, dev5 and dev9 are fit lists whole (dev4, dev6, dev7 check).
        return pages_of(data, name, "all")
    if name in ("dev13a", "dev14a", "dev15a"):
        # Round 45's split: dev13's even half is a fit list, its odd half dev13b a check list;
        # round 46 splits dev14 the same way, round 55 dev15.
        return pages_of(data, name[:5], name)
    if name in ("dev4", "dev6", "dev7"):
        sys.exit(f"fit.py: `{name}` holds its check part {name}b: give {name}a")
    sys.exit(f"fit.py: unknown list `{name}`")


def dump(binary, src, pid):
    """Every candidate row the importer prints for one text: [(field, line, text, {name: value})]
    in the order they were scored, and each field's feature names."""
    with tempfile.TemporaryDirectory() as d:
        f = os.path.join(d, pid + ".txt")
        shutil.copyfile(src, f)
        env = dict(os.environ, BRIEFING_RANK_DUMP="1")
        p = subprocess.run([binary, "import", "--stdout", "-q", "--root", d, f], capture_output=True,
                           timeout=120, cwd=d, env=env)
    rows, names = [], {}
    for line in p.stderr.decode("utf-8", "replace").splitlines():
        parts = line.split("\t")
        if len(parts) < 4 or parts[0] not in FIELDS or not parts[1].isdigit():
            continue
        feats = {k: float(v) for k, _, v in (kv.partition("=") for kv in parts[3:])}
        names.setdefault(parts[0], [kv.partition("=")[0] for kv in parts[3:]])
        rows.append((parts[0], int(parts[1]), parts[2], feats))
    return rows, names


def load(binary, data, lists, jobs):
    """The dumps of every (page, shape) of the fit lists: [{id, shape, truth, rows}], names."""
    pages = sorted({d for name in lists for d in list_pages(data, name)})
    work = [(d, s) for d in pages for s in SHAPES if os.path.exists(os.path.join(d, SHAPES[s]))]

    def one(w):
        d, shape = w
        rows, names = dump(binary, os.path.join(d, SHAPES[shape]), os.path.basename(d))
        truth = json.load(open(os.path.join(d, "truth.json"), encoding="utf-8"))
        return {"id": os.path.basename(d), "shape": shape, "truth": truth, "rows": rows}, names
    with concurrent.futures.ThreadPoolExecutor(jobs) as ex:
        got = list(ex.map(one, work))
    names = {}
    for _, n in got:
        for f, ns in n.items():
            names.setdefault(f, ns)
    return [g for g, _ in got], names


def samples_of(field, inputs, names):
    """The field's labelled samples: {id, shape, counted, x: [[value]], y: [right], text}."""
    fnames = names.get(field.name, [])
    out = []
    for inp in inputs:
        if inp["shape"] not in field.shapes or not field.kept(inp["id"], inp["truth"], inp["shape"]):
            continue
        by_key, cands = {}, []
        for n, (f, line, text, feats) in enumerate(inp["rows"]):
            if f != field.name:
                continue
            k = field.key(line, text, n)
            row = (line, text, [feats.get(m, 0.0) for m in fnames])
            if k in by_key:
                cands[by_key[k]] = row
            else:
                by_key[k] = len(cands)
                cands.append(row)
        out.append({"id": inp["id"], "shape": inp["shape"], "counted": field.counted(inp["truth"], inp["shape"]),
                    "named": field.named(inp["truth"]),
                    "lines": [c[0] for c in cands], "text": [c[1] for c in cands], "x": [c[2] for c in cands],
                    "y": [field.label(c[1], inp["truth"]) for c in cands]})
    return out


# ---- the ranker ----

def fit(samples, names, l2, iters, null_weight=None, lr=0.05, fixed=None):
    """Softmax weights (raw feature scale). With `null_weight`, each input has a "no candidate"
    option of score 0, the target of inputs not counted or with no right candidate. With
    `fixed` ({name: raw weight}), those features keep their weights and only the others are
    fitted (a new feature added to a table that is not refitted)."""
    d = len(names)
    fixed = fixed or {}
    frozen = [k for k in range(d) if names[k] in fixed]
    bias = names.index("bias") if "bias" in names else None
    xs = [x for s in samples for x in s["x"]]
    mean, sd = [0.0] * d, [1.0] * d
    # With the bias frozen and a "no candidate" option, a centred free feature would move
    # every other candidate's score against that option's (its mean goes into the bias):
    # the free features are then only scaled, so that what is not fitted scores as before.
    keep_bias = bias is not None and bias in frozen and null_weight is not None
    for k in range(d):
        if k == bias or not xs:
            continue
        if not keep_bias:
            mean[k] = sum(x[k] for x in xs) / len(xs)
        m = sum(x[k] for x in xs) / len(xs)
        var = sum((x[k] - m) ** 2 for x in xs) / len(xs)
        sd[k] = math.sqrt(var) if var > 1e-12 else 0.0
    work = []
    for s in samples:
        right = s["counted"] and any(s["y"])
        if not s["x"] or (null_weight is None and not right):
            continue
        # A page whose markup names no author says nothing about its printed byline: "no
        # byline" is the target only where the truth names someone the candidates miss.
        if not right and not s.get("named", True):
            continue
        # A frozen bias is in `off` already: its column stays 0, so that it keeps its weight.
        z = [[(0.0 if k in frozen else 1.0) if k == bias
              else ((x[k] - mean[k]) / sd[k] if sd[k] and k not in frozen else 0.0)
              for k in range(d)] for x in s["x"]]
        off = [sum(fixed[names[k]] * x[k] for k in frozen) for x in s["x"]]
        target = [i for i, y in enumerate(s["y"]) if y] if right else []
        work.append((z, target, 1.0 if right else null_weight, off))
    total = max(1.0, sum(wt for _, _, wt, _ in work))
    # Only the columns that are fitted move the scores; with `fixed`, an input none of whose
    # candidates has such a column has a constant loss and no gradient: both are left out (the
    # same optimum, a few times faster when one or two features are fitted alone).
    live = [k for k in range(d) if any(x[k] for z, _, _, _ in work for x in z)]
    if fixed:
        work = [(z, t, wt, off) for z, t, wt, off in work if any(x[k] for x in z for k in live)]
    work = [([[x[k] for k in live] for x in z], t, wt, off) for z, t, wt, off in work]
    w, m1, m2 = [0.0] * d, [0.0] * d, [0.0] * d
    b1, b2 = 0.9, 0.999
    for step in range(1, iters + 1):
        grad = [0.0 if k == bias else l2 * w[k] for k in range(d)]
        for z, target, wt, off in work:
            s = [o + sum(w[k] * zk for k, zk in zip(live, x)) for x, o in zip(z, off)]
            top = max(s + [0.0]) if null_weight is not None else max(s)
            e = [math.exp(v - top) for v in s]
            e0 = math.exp(-top) if null_weight is not None else 0.0
            den = e0 + sum(e)
            num = sum(e[i] for i in target) if target else e0
            for i, x in enumerate(z):
                # d(-log p(target))/d score_i = p_i - (share of i in the target)
                c = wt * (e[i] / den - (e[i] / num if i in target else 0.0)) / total
                if c:
                    for k, xk in zip(live, x):
                        grad[k] += c * xk
        for k in range(d):
            m1[k] = b1 * m1[k] + (1 - b1) * grad[k]
            m2[k] = b2 * m2[k] + (1 - b2) * grad[k] ** 2
            w[k] -= lr * (m1[k] / (1 - b1 ** step)) / (math.sqrt(m2[k] / (1 - b2 ** step)) + 1e-8)
    raw = [fixed[names[k]] if k in frozen else 0.0 if k == bias else (w[k] / sd[k] if sd[k] else 0.0)
           for k in range(d)]
    if bias is not None:
        # The free features were centred: their means go into the bias (a frozen bias keeps
        # its weight plus that shift, which leaves the frozen features' scores as they were).
        base = fixed[names[bias]] if bias in frozen else w[bias]
        raw[bias] = base - sum(w[k] * mean[k] / sd[k] for k in range(d) if k != bias and k not in frozen and sd[k])
    return raw


def choose(s, w, names, null_option):
    """The importer's choice: the first best-scored candidate; with a "no byline" option, only
    above 0, else the rules' answer (`legacy`)."""
    best, at = (0.0 if null_option else None), None
    for n, x in enumerate(s["x"]):
        v = sum(a * b for a, b in zip(w, x))
        if best is None or v > best:
            best, at = v, n
    if at is None and null_option and "legacy" in names:
        li = names.index("legacy")
        at = next((n for n, x in enumerate(s["x"]) if x[li] == 1.0), None)
    return at


def accuracy(field, samples, w, names):
    """Per shape: [right, with a right candidate, counted, signed wrong, inputs]. `signed
    wrong` counts the inputs whose truth names an author, printed in that shape or not, and
    whose choice is a candidate that names none of them (a menu item, a section label, a
    teaser's author): a wrong byline is worse than none. Pages whose markup names no author
    are left out (their printed bylines would all count as wrong)."""
    res = {s: [0, 0, 0, 0, 0] for s in field.shapes}
    for s in samples:
        r = res[s["shape"]]
        if field.null_option and s["named"]:
            at = choose(s, w, names, field.null_option)
            r[3] += at is not None and not s["y"][at]
            r[4] += 1
        if not s["counted"]:
            continue
        r[2] += 1
        if any(s["y"]):
            r[1] += 1
            at = choose(s, w, names, field.null_option)
            r[0] += at is not None and s["y"][at]
    return res


def pct(a, b):
    return f"{a}/{b} ({100 * a / b:.0f}%)" if b else "-"


def fmt(res, wrong="signed wrong"):
    def one(sh, r):
        text = f"{sh} {pct(r[0], r[2])} ({pct(r[0], r[1])} of those with a right candidate)"
        return text + (f", {wrong} {r[3]}/{r[4]}" if len(r) > 3 and r[4] else "")
    return "; ".join(one(sh, r) for sh, r in res.items())


def run_field(field, samples, names, a):
    """Cross-validates, fits on all, prints the figures; returns the table's text."""
    ids = sorted({s["id"] for s in samples})
    fold_of = {pid: n % a.folds for n, pid in enumerate(ids)}
    l2 = field.l2 if a.l2 is None else a.l2
    iters = field.iters if a.iters is None else a.iters
    nw = field.null_weight if a.null_weight is None else a.null_weight
    null = nw if field.null_option else None
    fixed = None
    if a.free:
        # Only the named features are fitted; the others keep the committed table's weights.
        table = open(os.path.join(ROOT, field.table), encoding="utf-8").read()
        free = set(a.free.split(","))
        fixed = {n: float(v) for n, v in re.findall(r'\("(\w+)", (-?[\d.]+)\)', table) if n not in free}
        print(f"fitting only {sorted(free)}; {len(fixed)} weights kept from {field.table}")
    if a.drop:
        # Features left out of the model: their values read as 0, so that their weight is 0.
        gone = [names.index(n) for n in a.drop.split(",")]
        for s in samples:
            for x in s["x"]:
                for k in gone:
                    x[k] = 0.0
    cv = {s: [0, 0, 0, 0, 0] for s in field.shapes}
    for f in range(a.folds):
        w = fit([s for s in samples if fold_of[s["id"]] != f], names, l2, iters, null, fixed=fixed)
        for sh, v in accuracy(field, [s for s in samples if fold_of[s["id"]] == f], w, names).items():
            cv[sh] = [x + y for x, y in zip(cv[sh], v)]
    w = fit(samples, names, l2, iters, null, fixed=fixed)
    wrong = "dated wrong" if field.name == "date" else "signed wrong"
    cv_line = f"{a.folds}-fold CV over pages (l2 {l2}), counted inputs: {fmt(cv, wrong)}."
    if a.lolo:
        # Leave one list out: each list is a set of sites, so a list the weights never saw tells
        # how they carry to unseen sites better than folds over pages, whose sites recur.
        list_of = {os.path.basename(d): name for name in a.lists_ for d in list_pages(a.data, name)}
        lolo = {s: [0, 0, 0, 0, 0] for s in field.shapes}
        for name in a.lists_:
            # `.get`: a --cache file may hold pages of lists not given (they are fitted on, never tested).
            wl = fit([s for s in samples if list_of.get(s["id"]) != name], names, l2, iters, null, fixed=fixed)
            got = accuracy(field, [s for s in samples if list_of.get(s["id"]) == name], wl, names)
            print(f"left out {name}: {fmt(got, wrong)}")
            for sh, v in got.items():
                lolo[sh] = [x + y for x, y in zip(lolo[sh], v)]
        cv_line += f" Leave one list out: {fmt(lolo, wrong)}."
    print(f"\n== {field.name}: {len(ids)} pages, {len(samples)} inputs, "
          f"{sum(len(s['x']) for s in samples)} candidates, {len(names)} features")
    if field.null_option and "legacy" in names:
        li = names.index("legacy")
        leg = {sh: [0, 0, 0] for sh in field.shapes}
        for s in samples:
            if s["counted"]:
                at = next((n for n, x in enumerate(s["x"]) if x[li] == 1.0), None)
                r = leg[s["shape"]]
                r[0] += at is not None and s["y"][at]
                r[1] += any(s["y"])
                r[2] += 1
        print(f"the rules' answer alone (legacy): {fmt(leg)}")
    print(cv_line)
    print(f"fit on all: {fmt(accuracy(field, samples, w, names), wrong)}")
    if a.misses:
        for s in samples:
            if not s["counted"]:
                continue
            at = choose(s, w, names, field.null_option)
            if at is None or not s["y"][at]:
                got = s["text"][at] if at is not None else None
                right = [t for t, y in zip(s["text"], s["y"]) if y][:2] or "no candidate"
                print(f"- {s['shape']} {s['id']}: chose {got!r}; right: {right}")
    opts = f" --lists {','.join(a.lists_)} --l2 {l2} --folds {a.folds}" + (f" --null-weight {nw}" if field.null_option else "")
    opts += " --lolo" if a.lolo else ""
    opts += f" --drop {a.drop}" if a.drop else ""
    opts += f" --free {a.free}" if a.free else ""
    return emit(field, names, w, f"python3 benches/ingest_corpus/fit.py {field.name}{opts}",
                f"{','.join(a.lists_)}, {' and '.join(field.shapes)} shapes", cv_line)


def emit(field, names, w, command, data_desc, cv_line):
    """The weights as a Rust table, one `(name, weight)` pair per feature in dump order."""
    out = [f"//! Fitted weights of {field.doc}.",
           "//!",
           "//! Generated, do not edit by hand: rerun",
           f"//! `{command}` (or `fit.py all`)",
           f"//! Data: {data_desc}. {cv_line}",
           "",
           "use super::rank::Weights;",
           "",
           "/// One weight per feature, in the order of the field's feature names.",
           f"pub(super) const {field.const}: &Weights = &["]
    for n, wj in zip(names, w):
        out.append(f"    ({json.dumps(n)}, {wj:.6f}),")  # as rustfmt prints it
    out.append("];")
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("field", choices=["all"] + list(FIELDS))
    ap.add_argument("--lists", help="comma-separated: dev, tune, check, dev3, dev5, dev9, dev13a, dev14a, dev15a, dev3a, dev4a, dev5a, dev6a, dev7a, dev9a "
                    "(default: the field's own lists, else dev,dev3a,dev4a,dev5a,dev6a,dev7a)")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--l2", type=float, help="L2 penalty on the standardised weights (default: the field's)")
    ap.add_argument("--iters", type=int, help="gradient steps (default: the field's)")
    ap.add_argument("--null-weight", type=float, help="weight of the 'no byline' / 'no date' targets (default: the field's)")
    ap.add_argument("--bin", default=default_bin())
    ap.add_argument("--data", default="/work/ingest-data")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("--cache", help="read the dumps from this JSON file if it exists, else write them")
    ap.add_argument("--dry-run", action="store_true", help="print the tables, do not write the *_weights.rs files")
    ap.add_argument("--free", help="comma-separated features to fit alone; the others keep the committed table's weights")
    ap.add_argument("--misses", action="store_true", help="print the fit set's inputs the full fit gets wrong")
    ap.add_argument("--lolo", action="store_true", help="also fit on all lists but one and test on that one, for each")
    ap.add_argument("--drop", help="comma-separated features left out of the model (weight 0)")
    a = ap.parse_args()
    a.folds = max(2, a.folds)
    binary = os.path.abspath(a.bin) if os.path.exists(a.bin) else a.bin
    if a.lists is None:
        own = FIELDS[a.field].lists if a.field in FIELDS else None
        a.lists = own or "dev,dev3a,dev4a,dev5a,dev6a,dev7a"
    a.lists_ = [x.strip() for x in a.lists.split(",") if x.strip()]
    for name in a.lists_:
        list_pages(a.data, name)  # refuses check and held-out lists before any work
    if a.cache and os.path.exists(a.cache):
        with open(a.cache, encoding="utf-8") as fh:
            c = json.load(fh)
        inputs, names = c["inputs"], c["names"]
    else:
        inputs, names = load(binary, a.data, a.lists_, a.jobs)
        if a.cache:
            with open(a.cache, "w", encoding="utf-8") as fh:
                json.dump({"inputs": inputs, "names": names}, fh, ensure_ascii=False)
    inputs.sort(key=lambda i: (i["id"], i["shape"]))
    print(f"binary: {binary}\nlists: {','.join(a.lists_)}; {len(inputs)} inputs")
    for name in (FIELDS if a.field == "all" else [a.field]):
        field = FIELDS[name]
        if not names.get(name):
            sys.exit(f"fit.py: the importer printed no {name} candidate (is the dump wired?)")
        table = run_field(field, samples_of(field, inputs, names), names[name], a)
        if a.dry_run:
            print(table)
        else:
            with open(os.path.join(ROOT, field.table), "w", encoding="utf-8") as fh:
                fh.write(table)
            print(f"wrote {field.table}")


if __name__ == "__main__":
    main()
