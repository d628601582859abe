#!/usr/bin/env python3
"""Which rule dropped each lost paragraph (issue 10: never drop a real paragraph).

    python3 benches/ingest_corpus/lost.py dev9 --list dev9a [--shape whole] [-v]

Runs `briefing import` as measure.py does, with BRIEFING_DROPS=1 set: a binary built with the
drop trace (`git apply benches/ingest_corpus/droptrace.patch`, build into a separate target
directory, never commit it) prints `DROP<TAB>rule<TAB>line` on stderr for every line a rule
takes out (and `BLOCK`, `LINE`, `OPENING` lines: the main block, each line's classes, the
text's opening kept after the block). Each
paragraph measure.py counts as lost (>= 80 characters, visible in the dump, < 60% of its word
trigrams in the body) is put down to the dropped line that holds most of its trigrams, and
the rules are counted by cause. A binary without the trace puts every loss under `untraced`;
a truth paragraph that is furniture itself (what `measure.py --reader-lost` leaves out) is
counted apart; in the html shape `other` is mostly the markup reader's own choice.
"""

import argparse
import collections
import concurrent.futures
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from measure import (BODY_EXCLUDE, SHAPES, body_blocks, default_bin, not_article_text, pages_of,  # noqa: E402
                     source_texts, split_front)
from pagemeta import containment, trigrams  # noqa: E402

CAUSES = {
    "body ended early (block end / tail)": {"tail", "paywall"},
    "teaser or story-list cut": {"teaser_tail", "story_lists", "stamped_teasers", "signed_thread"},
    "caption": {"caption_alt", "caption_credit", "alt_text", "doubled_caption", "caption_copy", "repeats", "captions",
                "lone_credits"},
    "boilerplate phrase": {"boilerplate", "signup", "closing_credit", "bio"},
    "duplicate": {"dup_seen", "cut_copy", "cut_alike", "stamp_or_title", "stamp_lines"},
    "short line / furniture": {"furn_inside", "furn_above"},
    "inside an inline box": {"box", "inner_box", "teaser_runs", "card", "table", "embed_junk"},
    "body started late": {"head"},
    "header or metadata strip": {"header", "header_scrub"},
    "comments": {"comments", "closing_name"},
    "sources list": {"sources"},
    "truth paragraph is furniture": {"truth_furniture"},
}


def cause_of(rule):
    return next((c for c, rules in CAUSES.items() if rule in rules), "other")


def run(binary, src, ext, pid):
    with tempfile.TemporaryDirectory() as d:
        f = os.path.join(d, pid + ext)
        shutil.copyfile(src, f)
        env = dict(os.environ, BRIEFING_DROPS="1")
        p = subprocess.run([binary, "import", "--stdout", "-q", "--root", d, f], capture_output=True,
                           timeout=120, cwd=d, env=env)
    drops = []
    for line in p.stderr.decode("utf-8", "replace").splitlines():
        parts = line.split("\t", 2)
        if len(parts) == 3 and parts[0] == "DROP":
            drops.append((parts[1], parts[2]))
    return p.stdout.decode("utf-8", "replace"), drops


def page_losses(binary, page_dir, shapes):
    truth = json.load(open(os.path.join(page_dir, "truth.json"), encoding="utf-8"))
    pid = os.path.basename(page_dir)
    long_visible = [p["text"] for p in truth["paragraphs"] if p["in_dump"] and len(p["text"]) >= 80]
    if truth["url"] in BODY_EXCLUDE:
        long_visible = []
    out = []
    for shape, fname, ext in SHAPES:
        src = os.path.join(page_dir, fname)
        if shape not in shapes or not os.path.exists(src):
            continue
        md, drops = run(binary, src, ext, pid)
        front, body = split_front(md)
        # As measure.py counts: a paragraph kept as one of the article's sources is not lost.
        body_grams = trigrams(" ".join(body_blocks(body) + source_texts(front)))
        drop_grams = [(rule, line, trigrams(line)) for rule, line in drops]
        for p in long_visible:
            if containment(p, body_grams) >= 0.6:
                continue
            best, rule, line = 0.0, "untraced" if not drops else "other", ""
            for r, l, g in drop_grams:
                c = containment(p, g)
                if c > best:
                    best, rule, line = c, r, l
            if best < 0.3:
                rule, line = ("untraced" if not drops else "other"), ""
            # A truth paragraph that is furniture itself (`--reader-lost` leaves it out) is
            # counted apart from the rule that dropped it.
            if not_article_text(p):
                rule = "truth_furniture"
            out.append((shape, pid, rule, p, line))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("half")
    ap.add_argument("--list", default="all")
    ap.add_argument("--bin", default=default_bin())
    ap.add_argument("--data", default="/work/ingest-data")
    ap.add_argument("--shape", action="append", help="whole, selection or html (default: whole and selection)")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("-v", "--verbose", action="store_true", help="print every lost paragraph with its rule")
    a = ap.parse_args()
    shapes = a.shape or ["whole", "selection"]
    pages = pages_of(a.data, a.half, a.list)
    with concurrent.futures.ThreadPoolExecutor(a.jobs) as ex:
        losses = [x for r in ex.map(lambda d: page_losses(a.bin, d, shapes), pages) for x in r]
    for shape in shapes:
        mine = [x for x in losses if x[0] == shape]
        by_cause = collections.Counter(cause_of(r) for _, _, r, _, _ in mine)
        by_rule = collections.Counter(r for _, _, r, _, _ in mine)
        print(f"## {a.half} {a.list} {shape}: {len(mine)} lost")
        for c, n in by_cause.most_common():
            rules = ", ".join(f"{r} {k}" for r, k in by_rule.most_common() if cause_of(r) == c)
            print(f"  {c}: {n} ({rules})")
        if a.verbose:
            for _, pid, rule, p, line in mine:
                print(f"- [{rule}] {pid}: {p[:110]!r}")
                if line and line[:110] != p[:110]:
                    print(f"      dropped line: {line[:150]!r}")


if __name__ == "__main__":
    main()
