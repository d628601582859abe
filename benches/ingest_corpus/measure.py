#!/usr/bin/env python3
"""Measure `briefing import` on the real-page corpus built by build.py.

    python3 benches/ingest_corpus/measure.py dev                 # fields, per shape
    python3 benches/ingest_corpus/measure.py heldout -v          # ... and every failure
    python3 benches/ingest_corpus/measure.py dev --events        # dossier: events from furniture
    python3 benches/ingest_corpus/measure.py dev --bin target/release/briefing

Three shapes per page: the whole-page text dump (`whole.txt`), the same dump cut from the
headline down (`selection.txt`), and the saved HTML (`page.html`). Each is copied alone into a
temporary folder and run through `briefing import --stdout`; the `+++` TOML front matter and
the Markdown body are compared with truth.json.

Fields:
  title     normalised equality (case, quotes, dashes, spaces) with the printed headline or an
            agreeing declared one / <h1> (headline_alternatives); a `| Site` suffix is wrong
  author    one of the answer's names is a truth author, with <= 12 other letters; only
            pages whose byline is visible in that shape's text
  date      same day; only pages whose publication day is printed in that shape's text
  language  always counted
  furniture share of body characters in blocks not found in any truth paragraph (nor in the
            headline or the standfirst): word-trigram containment < 0.5
  lost      truth paragraphs of >= 80 characters visible in the dump whose word trigrams are
            less than 60% present in the output body and the article's own `[[sources]]` (a
            reference list the importer made structured sources is kept; --body-lost: in the
            body only, as before round 61); with --reader-lost, not those a reader
            would not call the article's text (see not_article_text): a pointer to another
            story, a call to sign up, a credit or caption line, an author's bio
"""

import argparse
import concurrent.futures
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib

sys.dont_write_bytecode = True  # no __pycache__ in the worktree
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from build import BODY_EXCLUDE, norm  # noqa: E402
from pagemeta import containment, trigrams  # noqa: E402

SHAPES = [("whole", "whole.txt", ".txt"), ("selection", "selection.txt", ".txt"),
          ("html", "page.html", ".html")]
FIELDS = ["title", "author", "date", "language"]


def default_bin():
    for c in (os.path.join(HERE, "..", "..", "target", "release", "briefing"),
              "/work/main/target/release/briefing"):
        if os.path.exists(c):
            return os.path.abspath(c)
    return "briefing"


def run_import(binary, src, ext, pid):
    with tempfile.TemporaryDirectory() as d:
        f = os.path.join(d, pid + ext)
        shutil.copyfile(src, f)
        try:
            p = subprocess.run([binary, "import", "--stdout", "-q", "--root", d, f], capture_output=True,
                               timeout=120, cwd=d)
        except subprocess.TimeoutExpired:
            return None, "timeout"
    if p.returncode != 0:
        return None, f"exit {p.returncode}: {p.stderr.decode('utf-8', 'replace')[:300]}"
    return p.stdout.decode("utf-8", "replace"), None


def split_front(md):
    m = re.match(r"\ufeff?\+\+\+\s*\n(.*?)\n\+\+\+\s*\n?(.*)", md, re.S)
    if not m:
        return {}, md
    try:
        front = tomllib.loads(m.group(1))
    except tomllib.TOMLDecodeError:
        front = {}
    return front, m.group(2)


def plain(markdown_line):
    s = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", markdown_line)
    s = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", s)
    s = re.sub(r"^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+", "", s)
    s = s.replace("**", "").replace("__", "")
    return s.strip()


def body_blocks(body):
    """Non-empty text blocks of the Markdown body (one per line: the importer writes one
    paragraph per line), sources sections included: they are body characters too."""
    return [b for b in (plain(x) for x in body.splitlines()) if b and not re.fullmatch(r"[-=*_\s]+", b)]


def title_ok(got, want):
    return bool(got) and norm(got).strip(" .\"'") == norm(want).strip(" .\"'")


def author_ok(got, authors):
    """Right when one of the answer's names (split on `,` `;` `and` `et` `&`) is a truth author,
    give or take 12 letters of wrapping (`Par`, `avec AFP`, a role)."""
    if not got:
        return False
    want = [norm(a) for a in authors if norm(a)]
    for part in re.split(r"\s*(?:,|;|&|\band\b|\bet\b)\s*", norm(got)):
        for a in want:
            if a and a in part:
                rest = re.sub(r"\b(by|par|avec|with)\b", " ", part.replace(a, " "))
                if len(re.sub(r"[\W_]", "", rest)) <= 12:
                    return True
    return False


# Truth paragraphs that the page printed in the article's container but that a reader would
# not call the article's text (round 46's census of lost paragraphs: a quarter of those lost on
# the FIT lists' whole pages). Whether they are kept is still scored: they stay "allowed", so
# keeping them is never counted as furniture; only losing them is no longer counted.
POINTER = re.compile(r"^\W*(read more|more|next|related|also read|see also|lire aussi|à lire aussi|a lire aussi"
                     r"|voir aussi|recommended|watch|listen)\s*:", re.I)
SIGN_UP = re.compile(r"(newsletter|sign up|subscribe|subscri|inscri|abonne|click here|cliquez|download the"
                     r"|share it with|advertis|waitlist|to your inbox|republish|creative commons|licensed under"
                     r"|copyright|all rights reserved|tous droits)", re.I)
CREDIT = re.compile(r"(^reporting by|editing by|^feature photo|^photo:|image credit|^credits?:|photographer$|/photo:"
                    r"|\(photo|\bphoto by\b|^figure \d|getty images|\bAP Photo\b|^file -)", re.I)
BIO = re.compile(r"^[A-Z][\w.'’ -]{2,40} (is|est) (a|an|the|une?|la|le) [^.]{0,80}(writer|reporter|editor|journalist"
                 r"|analyst|contributor|columnist|correspondent|author|journaliste|rédact)", re.I)


def not_article_text(p):
    """Whether a truth paragraph is furniture printed inside the article's container: a pointer
    to another story (`Read more: …`), a call to sign up or a licence notice, a credit or a
    caption line, an author's bio."""
    return bool(POINTER.search(p) or SIGN_UP.search(p) or CREDIT.search(p) or BIO.search(p))


READER_LOST = False  # set by --reader-lost
BODY_LOST = False  # set by --body-lost


def source_texts(front):
    """The text of each entry of the front matter's `[[sources]]`: a closing reference list or
    an HTML page's notes that the importer turned into the article's own sources, which the
    article's page prints under its text (templates/article.html). A truth paragraph found there
    was kept, not lost (round 61: a blog's 17 references, a newsletter's 18 notes)."""
    out = []
    for s in front.get("sources", []) if isinstance(front.get("sources"), list) else []:
        if not isinstance(s, dict):
            continue
        text = s.get("text") or " ".join(str(s.get(k, "")) for k in ("title", "outlet", "url"))
        out.append(str(text))
    return out


def score_page(binary, page_dir):
    truth = json.load(open(os.path.join(page_dir, "truth.json"), encoding="utf-8"))
    pid = os.path.basename(page_dir)
    pars = truth["paragraphs"]
    truth_text = " ".join(p["text"] for p in pars)
    # Subheads, captions and list items of the article container, the headline and the standfirst
    # are neither required nor furniture.
    allowed = " ".join([truth_text, truth["headline"], truth.get("standfirst", "")] + truth.get("neutral", []))
    truth_grams = trigrams(allowed)
    truth_norm = norm(allowed)
    long_visible = [p["text"] for p in pars if p["in_dump"] and len(p["text"]) >= 80]
    if READER_LOST:
        long_visible = [p for p in long_visible if not not_article_text(p)]
    if truth["url"] in BODY_EXCLUDE:
        long_visible = []
    out = {}
    for shape, fname, ext in SHAPES:
        src = os.path.join(page_dir, fname)
        if not os.path.exists(src):
            continue
        md, err = run_import(binary, src, ext, pid)
        r = {"error": err, "fails": []}
        if md is None:
            r.update({"title": False, "language": False, "author": None, "date": None,
                      "body_chars": 0, "furniture_chars": 0, "lost": len(long_visible),
                      "pars": len(long_visible), "furniture_samples": []})
            r["fails"].append(("run", err, ""))
            out[shape] = r
            continue
        front, body = split_front(md)
        sel = shape == "selection"
        byline_vis = truth["byline_visible_selection"] if sel else truth["byline_visible"]
        date_vis = truth["date_visible_selection"] if sel else truth["date_visible"]
        got_title = str(front.get("title", ""))
        got_author = front.get("author", "")
        if isinstance(got_author, list):
            got_author = " and ".join(str(a) for a in got_author)
        got_date = str(front.get("date", ""))[:10]
        got_lang = str(front.get("language", ""))
        r["title"] = any(title_ok(got_title, h) for h in [truth["headline"]] + truth.get("headline_alternatives", []))
        r["author"] = author_ok(str(got_author), truth["authors"]) if byline_vis else None
        r["date"] = (got_date == truth["date"]) if date_vis else None
        r["language"] = got_lang.split("-")[0].lower() == truth["language"]
        for field, got, want in (("title", got_title, truth["headline"]),
                                 ("author", got_author, "; ".join(truth["authors"])),
                                 ("date", got_date, truth["date"]),
                                 ("language", got_lang, truth["language"])):
            if r[field] is False:
                r["fails"].append((field, got, want))
        blocks = body_blocks(body)
        furniture = []
        for b in blocks:
            if len(re.findall(r"\w+", b)) >= 3:
                inside = containment(b, truth_grams) >= 0.5
            else:
                inside = norm(b) in truth_norm
            if not inside:
                furniture.append(b)
        if truth["url"] in BODY_EXCLUDE:  # the truth body is not the printed article (build.py)
            blocks, furniture = [], []
        r["body_chars"] = sum(len(b) for b in blocks)
        r["furniture_chars"] = sum(len(b) for b in furniture)
        r["furniture_samples"] = furniture[:8]
        body_grams = trigrams(" ".join(blocks if BODY_LOST else blocks + source_texts(front)))
        lost = [p for p in long_visible if containment(p, body_grams) < 0.6]
        r["lost"], r["pars"] = len(lost), len(long_visible)
        for p in lost[:3]:
            r["fails"].append(("lost", "", p[:100]))
        out[shape] = r
    return pid, truth, out


def list_of(page_dir):
    """`dev1` for a page of the first list (split by URL hash), `dev2` for one of the second
    list (added to the development half later, see build.py)."""
    with open(os.path.join(page_dir, "truth.json"), encoding="utf-8") as fh:
        return json.load(fh).get("list", "dev1")


def round5_part(page_dir):
    """`tune` or `check`: a fixed split of every page by a bit of sha1("round5:" + url), made once
    (round 5) before any rule changed, so that a rule written while looking at the tune part is
    judged on pages nobody tuned on."""
    import hashlib
    with open(os.path.join(page_dir, "truth.json"), encoding="utf-8") as fh:
        url = json.load(fh).get("url", os.path.basename(page_dir))
    return "tune" if hashlib.sha1(("round5:" + url).encode()).digest()[0] % 2 == 0 else "check"


def pages_of(data, half, which="all"):
    root = os.path.join(data, half)
    pages = sorted(os.path.join(root, d) for d in os.listdir(root)
                   if os.path.exists(os.path.join(root, d, "truth.json")))
    if which in ("tune", "check"):
        return [d for d in pages if round5_part(d) == which]
    if which in ("dev2a", "dev2b"):
        # Two fixed sub-halves of the second list (alternate page ids in sorted order), so a rule
        # written while looking at one can be checked on the other.
        dev2 = [d for d in pages if list_of(d) == "dev2"]
        return dev2[0::2] if which == "dev2a" else dev2[1::2]
    if which in ("dev3a", "dev3b", "dev4a", "dev4b", "dev5a", "dev5b", "dev6a", "dev6b", "dev7a", "dev7b",
                 "dev8a", "dev8b", "dev9a", "dev9b", "dev10a", "dev10b", "dev11a", "dev11b", "dev13a", "dev13b", "dev14a", "dev14b", "dev15a", "dev15b", "dev16a", "dev16b"):
        # The third to fifth lists' fixed parts (sha1(url) even / odd, see build.py): study
        # the `a` part, check on the `b` part (dev5: both parts are the lead's check set).
        return [d for d in pages if part_of(d) == which]
    if which == "dev12":
        return [d for d in pages if list_of(d) in ("dev1", "dev2")]
    return pages if which == "all" else [d for d in pages if list_of(d) == which]


def part_of(page_dir):
    """`dev3a`/`dev3b` to `dev11a`/`dev11b` for a page of the third to eleventh list, else None."""
    with open(os.path.join(page_dir, "truth.json"), encoding="utf-8") as fh:
        return json.load(fh).get("part")


def sub_list(page_dir, pages):
    """`dev1`, `dev2a` or `dev2b` for one of `pages` (all of a half)."""
    which = list_of(page_dir)
    if which != "dev2":
        return which
    dev2 = [d for d in pages if list_of(d) == "dev2"]
    return "dev2a" if dev2.index(page_dir) % 2 == 0 else "dev2b"


def fmt(right, total):
    return f"{right}/{total} ({100 * right / total:.0f}%)" if total else "-"


def report(half, results, verbose):
    print(f"\n## {half}: {len(results)} pages "
          f"({sum(1 for _, t, _ in results if t['language'] == 'fr')} fr, "
          f"{sum(1 for _, t, _ in results if t['language'] == 'en')} en)\n")
    head = ["shape", "pages", "title", "author*", "date*", "language", "furniture chars",
            "pages >5% furn.", "paragraphs lost", "pages losing", "errors"]
    rows = [head]
    for shape, _, _ in SHAPES:
        rs = [(pid, t, o[shape]) for pid, t, o in results if shape in o]
        if not rs:
            continue
        cells = [shape, str(len(rs))]
        for f in FIELDS:
            counted = [r[f] for _, _, r in rs if r[f] is not None]
            cells.append(fmt(sum(1 for x in counted if x), len(counted)))
        bc = sum(r["body_chars"] for _, _, r in rs)
        fc = sum(r["furniture_chars"] for _, _, r in rs)
        cells.append(f"{100 * fc / bc:.1f}%" if bc else "-")
        cells.append(str(sum(1 for _, _, r in rs if r["body_chars"] and r["furniture_chars"] > 0.05 * r["body_chars"])))
        cells.append(f"{sum(r['lost'] for _, _, r in rs)}/{sum(r['pars'] for _, _, r in rs)}")
        cells.append(str(sum(1 for _, _, r in rs if r["lost"])))
        cells.append(str(sum(1 for _, _, r in rs if r["error"])))
        rows.append(cells)
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    for i, r in enumerate(rows):
        print("| " + " | ".join(c.ljust(w) for c, w in zip(r, widths)) + " |")
        if i == 0:
            print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    print("\n*author counted where a truth author's name is printed in that shape's text; date where "
          "the publication day is printed (formats: see build.py date_forms).")
    if verbose:
        for shape, _, _ in SHAPES:
            print(f"\n### failures, {half}, {shape}")
            for pid, t, o in results:
                r = o.get(shape)
                if not r:
                    continue
                lines = [f"  {f}: got {g!r}, want {w!r}" for f, g, w in r["fails"]]
                if r["body_chars"] and r["furniture_chars"] > 0.05 * r["body_chars"]:
                    lines.append(f"  furniture {100 * r['furniture_chars'] / r['body_chars']:.0f}%: "
                                 + " ⏎ ".join(s[:60] for s in r["furniture_samples"][:5]))
                if lines:
                    print(f"- {pid}")
                    print("\n".join(lines))


# ---------------------------------------------------------------------------------------------
# --events: build a dossier from the pages of a half, count events drawn from outside the body

CONFIG = """title = "Corpus d'évaluation"
description = "Dossier construit pour mesurer l'import sur des pages réelles."
language = "{lang}"
author = "benches/ingest_corpus"
base_url = "https://example.org/corpus/"
output_dir = "public"
"""


def events(binary, pages, shape, lang, keep):
    fname, ext = {s: (f, e) for s, f, e in SHAPES}[shape]
    site = tempfile.mkdtemp(prefix="ingest-dossier-")
    os.makedirs(os.path.join(site, "content", "articles"))
    with open(os.path.join(site, "config.toml"), "w", encoding="utf-8") as fh:
        fh.write(CONFIG.format(lang=lang))
    truths, slug_of = {}, {}
    articles = os.path.join(site, "content", "articles")
    for d in pages:
        src = os.path.join(d, fname)
        if not os.path.exists(src):
            continue
        pid = os.path.basename(d)
        with open(os.path.join(d, "truth.json"), encoding="utf-8") as fh:
            if json.load(fh)["url"] in BODY_EXCLUDE:  # no truth body to tell furniture by
                continue
        # Each page is imported alone, then stored under its corpus id: two pages whose
        # guessed titles collide (two "Skip to main content") must not overwrite each other.
        with tempfile.TemporaryDirectory() as one:
            os.makedirs(os.path.join(one, "content", "articles"))
            f = os.path.join(one, pid + ext)
            shutil.copyfile(src, f)
            p = subprocess.run([binary, "import", "-q", "--root", one, f], capture_output=True, cwd=one)
            written = [os.path.join(one, "content", "articles", x)
                       for x in os.listdir(os.path.join(one, "content", "articles")) if x.endswith(".md")]
            if p.returncode != 0 or len(written) != 1:
                print(f"import failed for {pid}: {p.stderr.decode('utf-8', 'replace')[:200]}", file=sys.stderr)
                continue
            shutil.copyfile(written[0], os.path.join(articles, pid + ".md"))
        slug_of[pid] = pid
        truths[pid] = json.load(open(os.path.join(d, "truth.json"), encoding="utf-8"))
    b = subprocess.run([binary, "build", "-q", "--root", site], capture_output=True, cwd=site)
    if b.returncode != 0:
        print("build failed:\n" + b.stderr.decode("utf-8", "replace")[:3000], file=sys.stderr)
        return site, None
    chron = json.load(open(os.path.join(site, "public", "chronology.json"), encoding="utf-8"))
    # Past 1,000 events chronology.json keeps only the editors' events and names its parts,
    # which hold every event (the editors' too).
    if chron.get("parts"):
        chron["events"] = [ev for part in chron["parts"] for ev in json.load(
            open(os.path.join(site, "public", part["file"]), encoding="utf-8"))["events"]]
    def article_text(t):
        # The headline, the standfirst and the container's subheads and list items are article
        # text too, not furniture (as for the body's furniture share).
        return " ".join([t["headline"], t.get("standfirst", "")] + [p["text"] for p in t["paragraphs"]]
                        + t.get("neutral", []))
    grams = {pid: trigrams(article_text(t)) for pid, t in truths.items()}
    normtext = {pid: norm(article_text(t)) for pid, t in truths.items()}
    mentions, outside, samples, inside_samples = 0, 0, [], []
    ev_total, ev_outside = 0, 0
    for ev in chron.get("events", []):
        if isinstance(ev, list):  # written as `[text, mentions, value?, rare?]` (README, "Bounded files")
            ev = {"text": ev[0], "mentions": ev[1] if len(ev) > 1 else [],
                  **(ev[3] if len(ev) > 3 and isinstance(ev[3], dict) else {})}
        ev_total += 1
        all_out = True
        for m in ev.get("mentions", []):
            if isinstance(m, list):  # written as `[article, block, expression, value?, sentence?]`
                m = {"article": m[0], "expression": m[2], "sentence": m[4] if len(m) > 4 else None}
            pid = slug_of.get(m.get("article"))
            if pid is None:
                continue
            mentions += 1
            # chronology.json writes each distinct sentence once per event; a mention gives its
            # index, or nothing when its sentence is the event's text.
            sent = m.get("sentence")
            sent = ev.get("text", "") if sent is None else ev.get("sentences", [""])[sent]
            sent = sent.replace("…", " ").strip()
            if len(re.findall(r"\w+", sent)) >= 3:
                inside = containment(sent, grams[pid]) >= 0.6
            else:
                inside = norm(sent) in normtext[pid]
            if inside:
                all_out = False
                inside_samples.append((pid, m.get("expression", ""), sent[:140]))
            else:
                outside += 1
                samples.append((pid, m.get("expression", ""), sent[:140]))
        if all_out and ev.get("mentions"):
            ev_outside += 1
    return site, {"articles": len(slug_of), "events": ev_total, "events_outside": ev_outside,
                  "mentions": mentions, "mentions_outside": outside, "samples": samples,
                  "inside_samples": inside_samples}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("half", choices=["dev", "heldout", "both", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9",
                                     "dev10", "dev11", "dev13", "dev14", "dev15", "dev16"],
                    help="dev3 to dev7: the third to seventh development lists, each in its own "
                         "folder (see build.py; dev5 is a check set, never tuned on; dev6: live "
                         "reports and timelines; dev7: fresh news pages, half French; dev8: the lead's second set kept aside, measured at merge time only, never with -v; dev9: English pages of sites no other list holds, dev9a fit, dev9b check; dev10: news pages of repositories and sites no other list holds, the lead's check set, never with -v; dev11: the same from more repositories, a third of it French, the lead's, never with -v; dev13: news pages of 2015-2025, half French, of sites no set kept aside holds, development data; dev14: the same rules on new repositories and sites no list holds, for the next round's split; dev15: long pages of many short paragraphs (live blogs, transcripts, Q&A, lists) no list holds, dev15a fit, dev15b check; dev16: news pages of repositories no other list read, a fresh set, dev16a and dev16b)")
    ap.add_argument("--bin", default=default_bin())
    ap.add_argument("--data", default="/work/ingest-data")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("--events", action="store_true", help="build a dossier and count events from furniture")
    ap.add_argument("--shape", default="whole", choices=[s for s, _, _ in SHAPES],
                    help="shape imported for --events")
    ap.add_argument("--audit", type=int, default=0, metavar="N",
                    help="with --events: print N sampled mentions of each verdict to check by eye")
    ap.add_argument("--keep", action="store_true", help="keep the --events site")
    ap.add_argument("--by-lang", action="store_true", help="also one table per language")
    ap.add_argument("--list", default="all", choices=["all", "dev1", "dev2", "dev2a", "dev2b", "tune", "check", "dev12", "dev3a", "dev3b", "dev4a", "dev4b", "dev5a", "dev5b", "dev6a", "dev6b", "dev7a", "dev7b", "dev8a", "dev8b", "dev9a", "dev9b", "dev10a", "dev10b", "dev11a", "dev11b", "dev13a", "dev13b", "dev14a", "dev14b", "dev15a", "dev15b", "dev16a", "dev16b"],
                    help="only the pages of the first list (dev1), of the second one (dev2), or of one"
                         " of its fixed sub-halves (dev2a, dev2b: alternate page ids), or of the round-5 split by URL"
                         " hash (tune, check)")
    ap.add_argument("--by-list", action="store_true",
                    help="also one table per list (dev1, dev2, and dev2's sub-halves dev2a, dev2b)")
    ap.add_argument("--json", help="also write the per-page results here")
    ap.add_argument("--reader-lost", action="store_true",
                    help="paragraphs lost: leave out truth paragraphs that are not the article's text")
    ap.add_argument("--body-lost", action="store_true",
                    help="paragraphs lost: look for them in the body only, not in the article's [[sources]]")
    a = ap.parse_args()
    global READER_LOST, BODY_LOST
    READER_LOST = a.reader_lost
    BODY_LOST = a.body_lost
    binary = os.path.abspath(a.bin) if os.path.exists(a.bin) else a.bin
    print(f"binary: {binary}")
    halves = ["dev", "heldout"] if a.half == "both" else [a.half]
    for half in halves:
        pages = pages_of(a.data, half, a.list)
        if a.events:
            for lang in ("fr", "en"):
                sub = [d for d in pages if os.path.basename(d).startswith(lang + "-")]
                site, r = events(binary, sub, a.shape, lang, a.keep)
                if r is None:
                    print(f"{half} {lang}: build failed (site kept in {site})")
                    continue
                print(f"\n## {half}, {lang}, shape {a.shape}: {r['articles']} articles, {r['events']} events, "
                      f"{r['mentions']} mentions")
                print(f"mentions whose sentence is not in a truth paragraph: {r['mentions_outside']}/{r['mentions']}"
                      f" ({100 * r['mentions_outside'] / max(1, r['mentions']):.0f}%); events with no mention "
                      f"inside: {r['events_outside']}/{r['events']} ({100 * r['events_outside'] / max(1, r['events']):.0f}%)")
                if a.verbose:
                    for pid, expr, sent in r["samples"]:
                        print(f"  - {pid}: [{expr}] {sent}")
                if a.audit:
                    # A fixed sample of each verdict, for a person to check the classifier by eye.
                    import random
                    rnd = random.Random(half + lang + a.shape)
                    for name, pool in (("outside", r["samples"]), ("inside", r["inside_samples"])):
                        print(f"  audit sample, judged {name}:")
                        for pid, expr, sent in rnd.sample(pool, min(a.audit, len(pool))):
                            print(f"    - {pid}: [{expr}] {sent}")
                if a.keep:
                    print(f"site kept in {site}")
                else:
                    shutil.rmtree(site, ignore_errors=True)
            continue
        with concurrent.futures.ThreadPoolExecutor(a.jobs) as ex:
            results = list(ex.map(lambda d: score_page(binary, d), pages))
        report(half, results, a.verbose)
        if a.by_list and half in ("dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev13", "dev14", "dev15",
                                  "dev16"):
            for which in (half + "a", half + "b"):
                report(f"{half}, {which}", [x for x, d in zip(results, pages) if part_of(d) == which], False)
        elif a.by_list:
            for which in ("dev1", "dev2"):
                report(f"{half}, {which}", [x for x in results if x[1].get("list", "dev1") == which], False)
            for which in ("dev2a", "dev2b"):
                report(f"{half}, {which}", [x for x, d in zip(results, pages) if sub_list(d, pages) == which],
                       False)
            for which in ("tune", "check"):
                report(f"{half}, {which}", [x for x, d in zip(results, pages) if round5_part(d) == which], False)
        if a.by_lang:
            for lang in ("fr", "en"):
                report(f"{half}, {lang}", [x for x in results if x[1]["language"] == lang], False)
        if a.json:
            with open(a.json if len(halves) == 1 else a.json.replace(".json", f".{half}.json"), "w") as fh:
                json.dump([{"id": pid, "results": o} for pid, _, o in results], fh, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
