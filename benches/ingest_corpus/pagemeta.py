"""Read the truth a news page states about itself: JSON-LD, OpenGraph, <meta>, <html lang>,
and the paragraphs of its main content container.

Standard library only (html.parser), so the corpus rebuilds on any Python 3.9+.
"""

import html
import json
import re
from html.parser import HTMLParser

VOID = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
    "source", "track", "wbr",
}
# Text inside these never reaches a reader.
NEUTRAL = {"h2", "h3", "h4", "h5", "figcaption", "li", "blockquote", "dt", "dd"}
HIDDEN = {"script", "style", "noscript", "template", "svg", "head", "title"}
BLOCK_BREAK = {"br"}
# A start tag of these closes an open <p> (HTML's parsing rules): pages that never write </p>
# would otherwise nest every paragraph in the one before it, and the container chosen would be
# the first paragraph of a chain. Headings and lists close it too in a browser, but a page that
# puts them inside a <p> keeps the text after them in no paragraph at all; the truth keeps it.
CLOSES_P = {"address", "article", "aside", "div", "footer", "form", "header", "main", "nav", "p",
            "section", "table"}
# A <p> is looked for up to the nearest of these ("button scope").
P_SCOPE = {"button", "table", "td", "th", "caption", "html", "applet", "marquee", "object", "template"}


def decode_page(raw: bytes) -> str:
    """Decode saved HTML bytes the way a browser would: BOM, then <meta charset>, then UTF-8."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", "replace")
    head = raw[:4096].decode("ascii", "replace")
    m = re.search(r"""charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", head, re.I)
    cs = m.group(1).lower() if m else "utf-8"
    if cs in ("utf8",):
        cs = "utf-8"
    try:
        text = raw.decode(cs)
        return text
    except (LookupError, UnicodeDecodeError):
        pass
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", "replace")


def page_charset(raw: bytes) -> str:
    """The charset the page itself declares (for the text-mode browsers), else utf-8."""
    head = raw[:4096].decode("ascii", "replace")
    m = re.search(r"""charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", head, re.I)
    return m.group(1).lower() if m else "utf-8"


class _Node:
    __slots__ = ("tag", "attrs", "parent", "idx", "depth")

    def __init__(self, tag, attrs, parent, idx):
        self.tag = tag
        self.attrs = attrs
        self.parent = parent
        self.idx = idx
        self.depth = 0 if parent is None else parent.depth + 1


class _PageParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lang = ""
        self.meta = {}  # lower-cased name/property/itemprop -> list of contents
        self.title = ""
        self.canonical = ""
        self.ldjson = []
        self.paragraphs = []  # (node of the <p>, text)
        self.nodes = []
        self.stack = []
        self._capture = None  # "title" | "ld" | None
        self._buf = []
        self._p = None  # current <p> node
        self._pbuf = []
        self._hidden = 0
        self.h1 = []
        self._h1 = None
        self.neutral = []  # (node, text) of subheads, captions, list items: neither truth nor furniture
        self._nb = None

    # Tree bookkeeping is forgiving: close to the nearest open tag of that name.
    def handle_starttag(self, tag, attrs):
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "html" and a.get("lang") and not self.lang:
            self.lang = a["lang"].strip()
        if tag == "meta":
            content = a.get("content", "")
            for key in ("property", "name", "itemprop"):
                if a.get(key):
                    self.meta.setdefault(a[key].strip().lower(), []).append(html.unescape(content))
            return
        # Dates stated in the body markup itself (microdata, <time pubdate>), not guessed from text.
        when = a.get("datetime") or a.get("content")
        if when and (a.get("itemprop", "").lower() == "datepublished" or (tag == "time" and "pubdate" in a)):
            self.meta.setdefault("datepublished", []).append(when)
        if tag == "link":
            if "canonical" in a.get("rel", "").lower() and a.get("href") and not self.canonical:
                self.canonical = a["href"].strip()
            return
        if tag in CLOSES_P:
            self._close_open_p()
        if tag in VOID:
            if tag == "br" and self._p is not None:
                self._pbuf.append("\n")
            return
        parent = self.stack[-1] if self.stack else None
        node = _Node(tag, a, parent, len(self.nodes))
        self.nodes.append(node)
        self.stack.append(node)
        if tag in HIDDEN or "hidden" in a or a.get("aria-hidden") == "true":
            self._hidden += 1
            node.attrs["__hidden"] = "1"
        if tag == "title" and not self.title:
            self._capture, self._buf = "title", []
        elif tag == "script" and "ld+json" in a.get("type", "").lower():
            self._capture, self._buf = "ld", []
        elif tag == "h1" and self._hidden == 0 and self._h1 is None:
            self._h1 = (node, [])
        elif tag in NEUTRAL and self._hidden == 0 and self._nb is None:
            self._nb = (node, [])
        elif tag == "p" and self._hidden == 0:
            if self._p is not None:
                self._end_p()
            self._p, self._pbuf = node, []

    def _close_open_p(self):
        for node in reversed(self.stack):
            if node.tag == "p":
                self.handle_endtag("p")
                return
            if node.tag in P_SCOPE:
                return

    def _end_p(self):
        text = re.sub(r"\s+", " ", "".join(self._pbuf)).strip()
        if text:
            self.paragraphs.append((self._p, text))
        self._p, self._pbuf = None, []

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i].tag == tag:
                break
        else:
            return
        closing = self.stack[i:]
        del self.stack[i:]
        for node in closing:
            if node.attrs.get("__hidden"):
                self._hidden -= 1
            if node is self._p:
                self._end_p()
            if self._nb is not None and node is self._nb[0]:
                t = re.sub(r"\s+", " ", "".join(self._nb[1])).strip()
                if t:
                    self.neutral.append((node, t))
                self._nb = None
            if self._h1 is not None and node is self._h1[0]:
                t = re.sub(r"\s+", " ", "".join(self._h1[1])).strip()
                if t:
                    self.h1.append(t)
                self._h1 = None
        if tag == "title" and self._capture == "title":
            self.title = re.sub(r"\s+", " ", "".join(self._buf)).strip()
            self._capture = None
        elif tag == "script" and self._capture == "ld":
            self.ldjson.append("".join(self._buf))
            self._capture = None

    def handle_data(self, data):
        if self._capture:
            self._buf.append(data)
        else:
            if self._p is not None and self._hidden == 0:
                self._pbuf.append(data)
            if self._h1 is not None and self._hidden == 0:
                self._h1[1].append(data)
            if self._nb is not None and self._hidden == 0:
                self._nb[1].append(data)


def _ld_objects(raw_blocks):
    """Every dict inside the JSON-LD blocks (@graph and lists flattened)."""
    out = []

    def walk(x):
        if isinstance(x, dict):
            out.append(x)
            for k in ("@graph", "mainEntity", "itemListElement"):
                if k in x:
                    walk(x[k])
        elif isinstance(x, list):
            for y in x:
                walk(y)

    for block in raw_blocks:
        block = block.strip().rstrip(";")
        if block.startswith("<!--"):
            block = block[4:]
        if block.endswith("-->"):
            block = block[:-3]
        try:
            walk(json.loads(block, strict=False))
        except ValueError:
            continue
    return out


CREDENTIAL = re.compile(r"^(phd|ph\.d\.?|md|m\.d\.|ms|rd|mph|msc|jr\.?|sr\.?|cpa|rn|dr\.?)$", re.I)
NEWS_TYPES = {"newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
              "backgroundnewsarticle", "reviewnewsarticle", "liveblogposting", "reportage"}

ARTICLE_TYPES = {
    "newsarticle", "article", "reportage", "reportagenewsarticle", "blogposting", "analysisnewsarticle",
    "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "socialmediaposting",
    "liveblogposting", "scholarlyarticle", "techarticle", "webpage",
}


def _types(obj):
    t = obj.get("@type", "")
    if isinstance(t, list):
        return {str(x).lower() for x in t}
    return {str(t).lower()}


def _names(value):
    """Author names from a JSON-LD author value (Person, Organization, string, list)."""
    out = []
    if isinstance(value, list):
        for v in value:
            out.extend(_names(v))
    elif isinstance(value, dict):
        n = value.get("name")
        if isinstance(n, list):
            n = " ".join(str(x) for x in n)
        if n:
            out.append(str(n))
    elif isinstance(value, str):
        out.append(value)
    return out


def _clean_name(n):
    n = html.unescape(re.sub(r"\s+", " ", n)).strip()
    if not n or n.startswith("http") or "/" in n or "@" in n or len(n) > 80:
        return ""
    return n


def _first(meta, *keys):
    for k in keys:
        for v in meta.get(k, []):
            v = v.strip()
            if v:
                return v
    return ""


def _day(value):
    m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value or "")
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else ""


def _choose_container(paragraphs):
    """The element whose <p> children carry the most text (readability's idea, simplified):
    a paragraph's length counts fully for its parent and half for its grandparent."""
    score = {}
    for node, text in paragraphs:
        n = len(text)
        if n < 25:
            continue
        p1 = node.parent
        if p1 is None:
            continue
        score[p1.idx] = score.get(p1.idx, 0) + n
        if p1.parent is not None:
            score[p1.parent.idx] = score.get(p1.parent.idx, 0) + n / 2
    if not score:
        return None
    best = max(score, key=lambda k: (score[k], -k))
    return best, score


FURNITURE_BLOCK = re.compile(r"comment|forum|related|newsletter|footer|sidebar|promo|share|subscri|signup|"
                             r"outbrain|taboola|recommend|read-?more|popular|trending|"
                             r"cookie|consent|gdpr|privacy|modal|dialog", re.I)
FURNITURE_LABEL = re.compile(r"(?:^|[\s_:-])(?:" + FURNITURE_BLOCK.pattern + ")", re.I)


def _in_furniture_block(node):
    """Inside a block the page itself names as comments, related links, newsletter... (class/id)."""
    while node is not None:
        if node.tag in ("aside", "footer", "nav", "form"):
            return True
        # <body class="single comments-open"> or <article class="has-related"> say nothing, nor
        # do the settings among a wrapper's classes (`enableCommentsCountViaOpenweb`,
        # `filterNonGdprEmbeds`): the name must open a class or one of its parts.
        if node.tag not in ("html", "body", "main", "article"):
            label = node.attrs.get("class", "") + " " + node.attrs.get("id", "")
            if FURNITURE_LABEL.search(label):
                return True
        node = node.parent
    return False


def _wrapping(node):
    out, n = [], node.parent
    for _ in range(3):
        if n is None:
            break
        # First class only: "articleBodyText" and "articleBodyText version-2" wrap the same thing.
        out.append((n.tag, (n.attrs.get("class", "").split() or [""])[0]))
        n = n.parent
    return tuple(out)


def _inside(node, idx):
    while node is not None:
        if node.idx == idx:
            return True
        node = node.parent
    return False


def words(text):
    return re.findall(r"\w+", text.lower())


def trigrams(text):
    w = words(text)
    return {tuple(w[i:i + 3]) for i in range(len(w) - 2)}


def containment(text, grams):
    """Share of text's word trigrams found in grams (1.0 for texts under three words found)."""
    g = trigrams(text)
    if not g:
        return 0.0
    return sum(1 for x in g if x in grams) / len(g)


def read_page(raw: bytes):
    """Everything the page states about itself, as a dict (empty strings where absent)."""
    text = decode_page(raw)
    p = _PageParser()
    try:
        p.feed(text)
        p.close()
    except Exception:  # html.parser is lenient; a pathological page just yields less
        pass
    meta = p.meta
    objs = _ld_objects(p.ldjson)
    arts = [o for o in objs if _types(o) & ARTICLE_TYPES and (o.get("headline") or o.get("articleBody"))]
    # Prefer a real article type over a WebPage.
    arts.sort(key=lambda o: ("webpage" in _types(o) and len(_types(o)) == 1))
    art = arts[0] if arts else {}

    headline = str(art.get("headline") or "").strip()
    og_title = _first(meta, "og:title", "twitter:title")
    # JSON-LD headlines are sometimes cut at 110 characters; the OpenGraph title then has it whole.
    if headline and og_title and len(og_title) > len(headline) and og_title.startswith(headline.rstrip(".… ")):
        headline = og_title
    headline_src = "jsonld" if headline else ""
    if not headline and og_title:
        headline, headline_src = og_title, "og"
    headline = html.unescape(re.sub(r"\s+", " ", headline)).strip()

    authors = [_clean_name(n) for n in _names(art.get("author") or art.get("creator"))]
    author_src = "jsonld"
    if not any(authors):
        authors = [_clean_name(v) for k in ("author", "article:author", "dc.creator", "sailthru.author",
                                              "parsely-author", "byl", "dcterms.creator")
                   for v in meta.get(k, [])]
        author_src = "meta"
    # "By Jane Smith and John Doe" in a meta tag: split it as a reader would.
    split = []
    for a in authors:
        a = re.sub(r"^(by|par|propos recueillis par|recueilli par|written by|posted by)\s+", "", a,
                   flags=re.I).strip().rstrip(".")
        for part in re.split(r"\s*(?:,|;| and | et | & )\s*", a):
            part = part.strip()
            if not part or CREDENTIAL.match(part):
                continue
            if part.lower() not in {x.lower() for x in split}:
                split.append(part)
    authors = split

    date = _day(str(art.get("datePublished") or art.get("dateCreated") or ""))
    date_src = "jsonld" if date else ""
    if not date:
        date = _day(_first(meta, "article:published_time", "datepublished", "date", "dc.date",
                           "dc.date.issued", "dcterms.created", "og:article:published_time",
                           "sailthru.date", "publish-date", "pubdate", "parsely-pub-date",
                           "article.published", "dcterms.date"))
        date_src = "meta" if date else ""

    lang = p.lang or str(art.get("inLanguage") or "") or _first(meta, "og:locale", "content-language",
                                                                  "language", "dc.language")
    lang = lang.replace("_", "-").split("-")[0].lower().strip()

    publisher = art.get("publisher")
    outlet = ""
    if isinstance(publisher, dict):
        outlet = str(publisher.get("name") or "")
    elif isinstance(publisher, list) and publisher and isinstance(publisher[0], dict):
        outlet = str(publisher[0].get("name") or "")
    outlet = outlet or _first(meta, "og:site_name", "application-name", "cre", "twitter:site")
    url = _first(meta, "og:url") or p.canonical or str(art.get("url") or "")

    body = str(art.get("articleBody") or "")
    body = html.unescape(body)
    kept = [(n, t) for n, t in p.paragraphs if not _in_furniture_block(n)]
    # The blocks named as furniture are dropped unless that leaves no body: a page whose article
    # sits in a block with such a name (`share-wrapper`) keeps it. Long comment threads can
    # outweigh the article itself, so the test is whether what is left holds a body of its own.
    rest = _choose_container(kept)
    if (sum(len(t) for _, t in kept) >= 0.5 * sum(len(t) for _, t in p.paragraphs)
            or rest is not None and rest[1][rest[0]] >= 2000):
        p.paragraphs = kept
    chosen = _choose_container(p.paragraphs)
    containers = set()
    if chosen is not None:
        best, _ = chosen
        # Bodies cut into sections (one wrapper per paragraph, ad slots between blocks): climb
        # while at least 80% of the characters the wider block adds are in paragraphs wrapped
        # like the body's own: the same tags and classes on their three nearest ancestors, or one
        # of those a classed wrapper the body's paragraphs sit in (a first section with one more
        # wrapper, for a video, than the next ones; columns inside a section). Teasers, comments
        # and footers are wrapped differently; counted in characters, the few short odd ones of a
        # sectioned body (a subscription prompt, a tweet, an author line) do not stop the climb.
        cur = p.nodes[best]
        inside = {id(n) for n, _ in p.paragraphs if _inside(n, cur.idx)}
        shapes = {_wrapping(n) for n, _ in p.paragraphs if id(n) in inside}
        near = {s[0] for s in shapes if s and s[0][1]}
        for _ in range(10):
            up = cur.parent
            if up is None or up.tag in ("body", "html"):
                break
            added = [(n, t) for n, t in p.paragraphs if id(n) not in inside and _inside(n, up.idx)]
            if added:
                alike = sum(len(t) for n, t in added if _wrapping(n) in shapes or near & set(_wrapping(n)))
                if alike < 0.8 * sum(len(t) for _, t in added):
                    break
                inside |= {id(n) for n, _ in added}
            cur = up
        containers.add(cur.idx)
    dom_pars = [t for n, t in p.paragraphs if any(_inside(n, c) for c in containers)]
    neutral = [t for n, t in p.neutral if any(_inside(n, c) for c in containers)]

    par_src = "dom"
    pars = dom_pars
    # An articleBody that is only the article's opening (the DOM container holds it and twice as
    # much more: a ranking's intro without its entries) is not the printed article.
    dom_text = " ".join(dom_pars)
    if body and len(dom_text) >= 2 * len(body) and containment(body, trigrams(dom_text)) >= 0.8:
        body = ""
    if body:
        segs = [s.strip() for s in re.split(r"\n\s*\n|\n", body) if s.strip()]
        if len(segs) >= 3:
            pars, par_src = segs, "jsonld"
        else:
            grams = trigrams(body)
            kept = [t for t in dom_pars if containment(t, grams) >= 0.5]
            covered = sum(len(t) for t in kept)
            if kept and covered >= 0.5 * len(body):
                pars, par_src = kept, "dom∩jsonld"
            else:
                # articleBody is one string: cut it into sentence groups of about 300 characters.
                sents = re.split(r"(?<=[.!?»”\"])\s+(?=[A-ZÀ-Ý«“\"])", body.strip())
                pars, cur = [], ""
                for s in sents:
                    cur = (cur + " " + s).strip()
                    if len(cur) >= 300:
                        pars.append(cur)
                        cur = ""
                if cur:
                    pars.append(cur)
                par_src = "jsonld-sentences"

    return {
        "headline": headline,
        "headline_src": headline_src,
        "og_title": og_title,
        "html_title": p.title,
        "authors": [a for a in authors if a],
        "author_src": author_src,
        "date": date,
        "date_src": date_src,
        "lang": lang,
        "outlet": html.unescape(outlet).strip(),
        "url": url,
        "paragraphs": pars,
        "paragraphs_src": par_src,
        "has_jsonld_article": bool(art),
        "news_type": bool(_types(art) & NEWS_TYPES) if art else False,
        "h1": p.h1,
        "neutral": neutral,
        "title_candidates": [x for x in [headline, og_title, _first(meta, "twitter:title"), p.title] if x],
        "og_type": _first(meta, "og:type"),
        "description": html.unescape(_first(meta, "og:description", "description", "twitter:description")),
    }
