#!/usr/bin/env python3
"""Does a headline-over-standfirst pair carry to unseen lists? (round 59, issue 10)

    python3 benches/ingest_corpus/fit.py title --lists dev,dev3,dev5,dev9,dev13a,dev14a,dev15a \
        --dry-run --cache /tmp/title-cache.json            # the dumps, once
    python3 benches/ingest_corpus/pair_probe.py /tmp/title-cache.json --pair a|b|e [--l2 0.3]
    python3 benches/ingest_corpus/pair_probe.py /tmp/title-cache.json --stage [--threshold -1]

Reads fit.py's cached candidate dumps (whole and selection shapes of the FIT lists) and the
dumps' text (for which line stands right under which), and measures leave one list out, with
the committed table (`title_weights.rs`) held as it is:

`--pair V`: two features added to every candidate, fitted alone (fit.py's `--free`):
`over_sub`, the candidate is the upper line of a pair, and `under_head`, the lower line. A pair
is two candidates on consecutive non-empty lines, the upper headline-shaped, the lower 1.3
times as long or more, and (by variant) a: a content word of the upper comes back in the
lower, whose function-word share is over 0.15 (a sentence); b: the lower closes with a
period, the upper with no end mark; e: a shared content word and both over a byline or date
(`meta_under`).

`--stage`: a second stage over the chosen candidate and the candidate right above it: a
logistic score of a few pair features (the first stage's margin, end marks, length ratio,
shape, Title Case and function-word shares, shared words, `about`, a lower-case opening…),
fitted on the pairs where exactly one line is the headline; the choice moves up when the score
is over the threshold. Prints the moves per list: + right, - wrong, 0 neither.

Python 3 standard library only; fit lists only (the cache fit.py writes holds no other).
"""

import argparse
import collections
import json
import math
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import fit as F  # noqa: E402

LISTS = ["dev", "dev3", "dev5", "dev9", "dev13a", "dev14a", "dev15a"]
STOP = set("the a an of to in on for and or but is are was were be by with at from as that this it its "
           "de la le les des du un une et en au aux pour par sur dans est qui que ce se ne pas plus".split())


def stems(t):
    return {w.lower()[:5] for w in re.split(r"\W+", t) if len(w) >= 3 and w.lower() not in STOP}


def closed(t):
    return t.rstrip("\"”’») ").endswith((".", "!", "?", "…"))


def load(cache, data):
    c = json.load(open(cache, encoding="utf-8"))
    names = c["names"]["title"]
    samples = F.samples_of(F.FIELDS["title"], c["inputs"], c["names"])
    where = {}
    for name in LISTS:
        for d in F.list_pages(data, name):
            where[os.path.basename(d)] = (name, d)
    samples = [s for s in samples if s["id"] in where and s["x"]]
    for s in samples:
        name, d = where[s["id"]]
        s["list"] = name
        text = open(os.path.join(d, F.SHAPES[s["shape"]]), encoding="utf-8", errors="replace").read()
        lines = text.split("\n")
        at = {ln: n for n, ln in enumerate(s["lines"])}
        # The candidate on the next non-empty line under each candidate (dump lines are the
        # text's lines).
        s["below"] = [at.get(next((j for j in range(ln + 1, len(lines)) if lines[j].strip()), None))
                      for ln in s["lines"]]
    return samples, names


def committed(names):
    table = open(os.path.join(HERE, "..", "..", "src", "ingest", "title_weights.rs"), encoding="utf-8").read()
    w = dict((n, float(v)) for n, v in re.findall(r'\("(\w+)", (-?[\d.]+)\)', table))
    return [w[n] for n in names]


def right(s, w, names):
    at = F.choose(s, w, names, False)
    return at is not None and s["y"][at]


def pair_probe(samples, names, variant, l2):
    ix = {n: k for k, n in enumerate(names)}

    def pair(s, u, lo):
        tu, tl, xu, xl = s["text"][u], s["text"][lo], s["x"][u], s["x"][lo]
        if xu[ix["headline_shape"]] == 0 or len(tu.split()) < 2 or len(tl) * 10 < len(tu) * 13:
            return False
        shared = bool(stems(tu) & stems(tl))
        if variant == "a":
            return shared and xl[ix["stop_density"]] > 0.15
        if variant == "b":
            return tl.rstrip().endswith(".") and not closed(tu)
        signed = [x[ix["meta_under"]] + x[ix["teaser_list"]] > 0 for x in (xu, xl)]
        return shared and all(signed)

    for s in samples:
        extra = [[0.0, 0.0] for _ in s["x"]]
        for u, lo in enumerate(s["below"]):
            if lo is not None and pair(s, u, lo):
                extra[u][0], extra[lo][1] = 1.0, 1.0
        s["x"] = [x + e for x, e in zip(s["x"], extra)]
    names2 = names + ["over_sub", "under_head"]
    base = committed(names)
    fixed = dict(zip(names, base))
    total = collections.Counter()
    for name in LISTS:
        w = F.fit([s for s in samples if s["list"] != name], names2, l2, 300, None, fixed=fixed)
        got = collections.Counter()
        for s in (s for s in samples if s["list"] == name):
            got[s["shape"], "table"] += right(s, base + [0.0, 0.0], names2)
            got[s["shape"], "pair"] += right(s, w, names2)
        total.update(got)
        print(f"left out {name}: whole {got['whole', 'table']} -> {got['whole', 'pair']}, selection "
              f"{got['selection', 'table']} -> {got['selection', 'pair']}; weights {w[-2]:.2f} {w[-1]:.2f}")
    print(f"total: whole {total['whole', 'table']} -> {total['whole', 'pair']}, selection "
          f"{total['selection', 'table']} -> {total['selection', 'pair']}")


def stage_probe(samples, names, l2, threshold):
    ix = {n: k for k, n in enumerate(names)}
    base = committed(names)
    score = lambda x: sum(a * b for a, b in zip(base, x))  # noqa: E731
    rows = []
    for s in samples:
        k = F.choose(s, base, names, False)
        u = next((n for n, lo in enumerate(s["below"]) if lo == k), None)
        if u is None:
            continue
        tu, tl, xu, xl = s["text"][u], s["text"][k], s["x"][u], s["x"][k]
        f = [1.0, score(xu) - score(xl), float(not closed(tu) and closed(tl)), float(tl.rstrip().endswith(".")),
             math.log(max(len(tl), 1) / max(len(tu), 1)), xu[ix["headline_shape"]] - xl[ix["headline_shape"]],
             xu[ix["title_case"]] - xl[ix["title_case"]], xl[ix["stop_density"]] - xu[ix["stop_density"]],
             len(stems(tu) & stems(tl)) / max(1, len(stems(tu))), float(len(tu.split()) <= 3),
             xu[ix["about"]], xl[ix["about"]], float(tl[:1].islower())]
        rows.append((s["list"], s["shape"], f, s["y"][u], s["y"][k]))

    def logit(data):
        d, n = len(data[0][0]), len(data)
        mean = [0.0] + [sum(x[j] for x, _ in data) / n for j in range(1, d)]
        sd = [1.0] + [math.sqrt(sum((x[j] - mean[j]) ** 2 for x, _ in data) / n) or 1.0 for j in range(1, d)]
        z = [([(x[j] - mean[j]) / sd[j] for j in range(d)], y) for x, y in data]
        w, m1, m2 = [0.0] * d, [0.0] * d, [0.0] * d
        for t in range(1, 1001):
            g = [0.0] + [l2 * w[j] for j in range(1, d)]
            for x, y in z:
                p = 1 / (1 + math.exp(-max(-30.0, min(30.0, sum(a * b for a, b in zip(w, x))))))
                for j in range(d):
                    g[j] += (p - y) * x[j] / n
            for j in range(d):
                m1[j] = 0.9 * m1[j] + 0.1 * g[j]
                m2[j] = 0.999 * m2[j] + 0.001 * g[j] ** 2
                w[j] -= 0.1 * (m1[j] / (1 - 0.9 ** t)) / (math.sqrt(m2[j] / (1 - 0.999 ** t)) + 1e-8)
        raw = [w[j] / sd[j] for j in range(d)]
        raw[0] = w[0] - sum(w[j] * mean[j] / sd[j] for j in range(1, d))
        return raw

    total = collections.Counter()
    for name in LISTS:
        w = logit([(f, float(yu)) for lst, _, f, yu, yk in rows if lst != name and yu != yk])
        got = collections.Counter()
        for lst, shape, f, yu, yk in rows:
            if lst == name and sum(a * b for a, b in zip(w, f)) > threshold:
                got[shape, "+" if yu and not yk else "-" if yk and not yu else "0"] += 1
        total.update(got)
        print(f"left out {name}: moves {dict(got)}")
    print(f"total: {dict(total)}; pairs with one right line: "
          f"upper {sum(1 for r in rows if r[3] and not r[4])}, lower {sum(1 for r in rows if r[4] and not r[3])}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("cache", help="a fit.py --cache file of the title's fit lists")
    ap.add_argument("--data", default="/work/ingest-data")
    ap.add_argument("--pair", choices=["a", "b", "e"])
    ap.add_argument("--stage", action="store_true")
    ap.add_argument("--l2", type=float, help="L2 penalty (default 0.3 for --pair, as fit.py's title; 0.1 for --stage)")
    ap.add_argument("--threshold", type=float, default=0.0)
    a = ap.parse_args()
    samples, names = load(a.cache, a.data)
    if a.pair:
        pair_probe(samples, names, a.pair, 0.3 if a.l2 is None else a.l2)
    if a.stage:
        stage_probe(samples, names, 0.1 if a.l2 is None else a.l2, a.threshold)


if __name__ == "__main__":
    main()
