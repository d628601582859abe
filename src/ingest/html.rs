//! Saved web pages turned into articles.
//!
//! A page declares much of what raw text makes us guess: JSON-LD (`NewsArticle` and kin),
//! OpenGraph and `<meta>` tags, `<link rel="canonical">`, `<html lang>`. Those are read
//! first. The main text is found by dom_smoothie (a port of Firefox's Reader View), then
//! written out as plain paragraphs and handed to the raw-text ingestion, so that footnote
//! markers, boilerplate inside the article (`Lire aussi`) and bylines are handled by one set
//! of rules whatever the input. Nothing of the page is executed or copied: scripts, styles,
//! forms and embeds are dropped, and the text is escaped when rendered like any article.

use super::{clean_title, is_agency, normalise_name, Ingested};
use crate::dates::{Lang, PartialDate};
use dom_query::{Document, NodeRef};
use serde_json::Value;

/// What a page says about itself.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Declared {
    /// `headline` from JSON-LD.
    pub headline: Option<String>,
    /// `og:title` or `twitter:title`.
    pub og_title: Option<String>,
    /// `<title>`.
    pub title_tag: Option<String>,
    /// The first `<h1>` that reads as a headline.
    pub h1: Option<String>,
    /// Authors' names, in order.
    pub authors: Vec<String>,
    /// The publication date as written (`2022-12-19T10:05:12+01:00`).
    pub date: Option<String>,
    /// The publication's name.
    pub outlet: Option<String>,
    /// The canonical address.
    pub url: Option<String>,
    /// The language code (`fr`, `en-GB`, …).
    pub lang: Option<String>,
}

/// Which fields were read off the visible page rather than its declarations.
#[derive(Default)]
struct Visible {
    date: bool,
    authors: bool,
}

/// Ingests a saved web page: declared metadata, then the main text through [`super::ingest_text`].
pub fn ingest_html(raw: &str) -> Ingested {
    let doc = Document::from(raw);
    let mut declared = declared(&doc);
    let notes = take_notes(&doc);
    let bibliography = take_bibliography(&doc);
    strip_furniture(&doc);
    // Read off the page's text rather than declared: guesses.
    let mut visible = Visible::default();
    if declared.date.is_none() {
        declared.date = visible_date(&doc);
        visible.date = declared.date.is_some();
    }
    if declared.authors.is_empty() {
        declared.authors = visible_authors(&doc);
        visible.authors = !declared.authors.is_empty();
    }
    let captions = captions(&doc);
    let mut body = main_text(&doc);
    // Reader View drops most pictures, and their captions with them: an editor keeps those.
    let flat = squash(&body.replace(['*', '\\'], ""));
    let missing: Vec<&String> = captions.iter().filter(|c| !flat.contains(c.as_str())).collect();
    if !missing.is_empty() {
        let mut with = String::new();
        for c in missing {
            with.push_str(&format!("*{}*\n\n", c.replace('*', "\\*")));
        }
        with.push_str(&body);
        body = with;
    }

    let title = pick_title(&declared);
    // The headline goes first so that the text rules find it, and drop a repeat of it.
    let mut text = String::with_capacity(body.len() + 256);
    if let Some(t) = &title {
        text.push_str(t);
        text.push_str("\n\n");
    }
    text.push_str(&body);
    if !notes.is_empty() {
        text.push_str("\n\nNotes\n\n");
        for (i, n) in notes.iter().enumerate() {
            text.push_str(&format!("{}. {}\n", i + 1, n));
        }
    }
    let mut out = super::ingest_text_with(&text, false);
    // After the notes and any list the text closes with, numbered on from them.
    for entry in bibliography {
        let label = (out.sources.len() + 1).to_string();
        out.sources.push(super::parse_source_entry(&label, &entry));
    }
    if let Some(t) = title {
        out.title = Some(t);
        out.title_guessed = false;
        out.declared.push("title");
    }
    // A wire's or an outlet's credit (`AFP`, `Le Monde avec AFP`) signs the page as printed, as
    // the text's own credit line does: its capitals are the wire's name, not a shouted name.
    let authors: Vec<String> =
        declared.authors.iter().map(|a| if is_agency(a) { a.trim().to_string() } else { normalise_name(a) }).collect();
    if !authors.is_empty() {
        out.author = Some(authors.join(", "));
        if !visible.authors {
            out.declared.push("author");
        }
    }
    if let Some(d) = declared.date.as_deref().and_then(declared_date) {
        out.date = Some(d);
        if !visible.date {
            out.declared.push("date");
        }
    }
    if let Some(l) = declared.lang.as_deref().and_then(|l| Lang::from_code(&l[..l.len().min(2)].to_lowercase())) {
        out.language = Some(l);
        out.declared.push("language");
    }
    if declared.outlet.is_some() {
        out.outlet = declared.outlet;
        out.declared.push("outlet");
    }
    if declared.url.is_some() {
        out.url = declared.url;
        out.declared.push("url");
    }
    out
}

/// Reads the metadata a page declares.
pub fn declared(doc: &Document) -> Declared {
    let mut d = Declared::default();
    for script in doc.select(r#"script[type="application/ld+json"]"#).nodes() {
        let text = script.text();
        let text = text.trim().trim_start_matches("<![CDATA[").trim_end_matches("]]>").trim().trim_end_matches(';');
        if let Some(v) = parse_json_ld(text) {
            if let Some(a) = find_article(&v) {
                read_json_ld(a, &v, &mut d);
            }
        }
    }
    let meta = |keys: &[&str]| -> Option<String> {
        keys.iter().find_map(|k| doc.select(&meta_selector(k)).nodes().iter().find_map(|n| clean(&n.attr("content")?)))
    };
    d.og_title = meta(&["og:title", "twitter:title"]);
    d.title_tag = doc.select("head title").nodes().first().and_then(|n| clean(&n.text()));
    d.h1 = headline_h1(doc, d.outlet.as_deref());
    if d.authors.is_empty() {
        let named = meta(&["author", "article:author", "og:article:author", "dc.creator", "dcterms.creator", "byl"])
            .or_else(|| meta(&["parsely-author", "sailthru.author"]));
        if let Some(a) = named.filter(|a| !a.contains("://")) {
            d.authors = split_names(&a);
        }
    }
    // The first declared day that reads as one: a JSON-LD `datePublished` printed as `5:26 PM,
    // Jul 05, 2022` or `12/21/2023 4:30:26 PM` gives way to the page's `article:published_time`
    // (`2022-07-05T22:26:25.764`), and a `<span itemprop="datePublished" content="…">` counts.
    // A microdata property of another item than the one holding the headline (a teaser's
    // `<meta itemprop="datePublished">` in a list of links) is read only when nothing else
    // declares a day.
    let dated = |s: &String| declared_date(s).is_some();
    let h1s = doc.select("h1").nodes().to_vec();
    let day_of = |own_only: bool| {
        let pick = |sel: &str, attr: &str| {
            doc.select(sel)
                .nodes()
                .iter()
                .filter(|n| !own_only || !foreign_item(n, &h1s))
                .find_map(|n| clean(&n.attr(attr)?).filter(dated))
        };
        DATE_KEYS
            .iter()
            .find_map(|k| pick(&meta_selector(k), "content"))
            .or_else(|| {
                let sel = r#"time[itemprop="datePublished"], time[pubdate], article time[datetime], header time[datetime], time[datetime]"#;
                pick(sel, "datetime")
            })
            .or_else(|| pick(r#"[itemprop="datePublished"][content]"#, "content"))
    };
    d.date = d.date.take().filter(dated).or_else(|| day_of(true)).or_else(|| day_of(false));
    d.outlet = d
        .outlet
        .take()
        .or_else(|| meta(&["og:site_name", "dc.publisher", "dcterms.publisher", "application-name", "publisher"]));
    let canonical = doc.select(r#"link[rel="canonical"]"#).nodes().iter().find_map(|n| clean(&n.attr("href")?));
    let og_url = meta(&["og:url"]);
    d.url = [canonical, og_url, d.url.take()]
        .into_iter()
        .flatten()
        .map(|u| unarchived(&u).to_string())
        .find(|u| crate::text::is_web_url(u));
    d.lang = d.lang.take().or_else(|| {
        doc.select("html").nodes().first().and_then(|n| clean(&n.attr("lang")?)).or_else(|| meta(&["og:locale"]))
    });
    if d.outlet.is_none() {
        d.outlet = title_suffix(&d);
    }
    d
}

/// The `<meta>` elements that declare `key`, as a property, a name or a microdata property,
/// whatever its case.
fn meta_selector(key: &str) -> String {
    format!(r#"meta[property="{key}" i], meta[name="{key}" i], meta[itemprop="{key}" i]"#)
}

/// Whether `n` is a microdata property (`itemprop`) of an item (its nearest `itemscope`) that
/// holds none of the page's `<h1>`: another text's, a teaser's in a list of links.
fn foreign_item(n: &NodeRef, h1s: &[NodeRef]) -> bool {
    if !n.has_attr("itemprop") || h1s.is_empty() {
        return false;
    }
    let Some(scope) = n.ancestors_it(None).find(|a| a.has_attr("itemscope")) else { return false };
    !h1s.iter().any(|h| h.ancestors_it(None).any(|a| a.id == scope.id))
}

const ARTICLE_TYPES: [&str; 11] = [
    "NewsArticle",
    "Article",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "ReviewNewsArticle",
    "BlogPosting",
    "LiveBlogPosting",
    "Report",
    "ScholarlyArticle",
];

/// Whether a JSON-LD `@type` names an article. Pages write the type in lower case too
/// (`"@type": "article"`): schema.org's names are case-sensitive, but no other type is spelt so.
fn is_article_type(t: &str) -> bool {
    ARTICLE_TYPES.iter().any(|a| a.eq_ignore_ascii_case(t))
}

/// A JSON-LD block's value. Pages print raw line breaks and tabs inside its strings (a
/// description typed over two lines), which JSON forbids: such a block is read again with every
/// control character as a space, which changes nothing outside a string.
fn parse_json_ld(text: &str) -> Option<Value> {
    let mut v = serde_json::from_str::<Value>(text).ok().or_else(|| {
        text.contains(char::is_control)
            .then(|| text.replace(char::is_control, " "))
            .and_then(|t| serde_json::from_str::<Value>(&t).ok())
    })?;
    decode_entities(&mut v);
    Some(v)
}

/// Decodes HTML character references in every string of a JSON-LD value. A `<script>` body is raw
/// text, so the HTML parser leaves the `&#039;` or `&amp;` that many sites escape their JSON-LD with
/// (`O&#039;Donnell`); the page itself shows the character.
fn decode_entities(v: &mut Value) {
    match v {
        Value::String(s) if s.contains('&') => {
            if let std::borrow::Cow::Owned(d) = html_escape::decode_html_entities(s.as_str()) {
                *s = d;
            }
        }
        Value::Array(items) => items.iter_mut().for_each(decode_entities),
        Value::Object(o) => o.values_mut().for_each(decode_entities),
        _ => {}
    }
}

/// The article object of a JSON-LD block: the block itself, an array item or a `@graph` node.
fn find_article(v: &Value) -> Option<&Value> {
    match v {
        Value::Array(items) => items.iter().find_map(find_article),
        Value::Object(o) => {
            let is_article = match o.get("@type") {
                Some(Value::String(t)) => is_article_type(t),
                Some(Value::Array(ts)) => ts.iter().any(|t| t.as_str().is_some_and(is_article_type)),
                _ => false,
            };
            if is_article {
                Some(v)
            } else {
                o.get("@graph").and_then(find_article).or_else(|| o.get("mainEntity").and_then(find_article))
            }
        }
        _ => None,
    }
}

fn read_json_ld(a: &Value, whole: &Value, d: &mut Declared) {
    let s = |k: &str| a.get(k).and_then(Value::as_str).and_then(clean);
    d.headline = d.headline.take().or_else(|| s("headline")).or_else(|| s("name"));
    if d.authors.is_empty() {
        d.authors = names_of(a.get("author"), whole);
    }
    d.date = d.date.take().or_else(|| s("datePublished")).or_else(|| s("dateCreated"));
    if d.outlet.is_none() {
        d.outlet = match a.get("publisher") {
            Some(Value::String(p)) => clean(p),
            Some(p @ Value::Object(_)) => resolve(p, whole).get("name").and_then(Value::as_str).and_then(clean),
            _ => None,
        };
    }
    let page = match a.get("mainEntityOfPage") {
        Some(Value::String(u)) => Some(u.clone()),
        Some(Value::Object(o)) => o.get("@id").or_else(|| o.get("url")).and_then(Value::as_str).map(str::to_string),
        _ => None,
    };
    d.url = d.url.take().or_else(|| s("url")).or(page);
    d.lang = d.lang.take().or_else(|| s("inLanguage"));
}

/// The original address of a page seen through the Wayback Machine
/// (`https://web.archive.org/web/20221220081530/https://…`).
fn unarchived(u: &str) -> &str {
    let Some(rest) =
        u.strip_prefix("https://web.archive.org/web/").or_else(|| u.strip_prefix("http://web.archive.org/web/"))
    else {
        return u;
    };
    match rest.split_once('/') {
        Some((stamp, orig)) if stamp.starts_with(|c: char| c.is_ascii_digit()) && crate::text::is_web_url(orig) => orig,
        _ => u,
    }
}

/// A node that only points (`{"@id": "#author"}`) to one defined elsewhere in the `@graph`.
fn resolve<'a>(v: &'a Value, whole: &'a Value) -> &'a Value {
    let Some(id) = v.get("@id").and_then(Value::as_str) else { return v };
    if v.as_object().is_some_and(|o| o.len() > 1) {
        return v;
    }
    let graph = whole.get("@graph").and_then(Value::as_array);
    graph.and_then(|g| g.iter().find(|n| n.get("@id").and_then(Value::as_str) == Some(id))).unwrap_or(v)
}

fn names_of(v: Option<&Value>, whole: &Value) -> Vec<String> {
    match v {
        Some(Value::String(s)) => split_names(s),
        Some(Value::Array(items)) => items.iter().flat_map(|i| names_of(Some(i), whole)).collect(),
        Some(o @ Value::Object(_)) => {
            let o = resolve(o, whole);
            o.get("name").and_then(Value::as_str).and_then(clean).into_iter().collect()
        }
        _ => Vec::new(),
    }
    .into_iter()
    .filter(|n| !n.contains("://"))
    .collect()
}

/// Picture captions of the article, in page order, each once.
fn captions(doc: &Document) -> Vec<String> {
    let sel = r#"figcaption, [class*="caption"], [class*="legende"], [class*="legend"], [class*="photo"] i, [class*="photo"] em"#;
    let mut out: Vec<String> = Vec::new();
    for n in doc.select(sel).nodes() {
        let mut text = String::new();
        inline_text(n, &mut text, true);
        let Some(t) = clean(&text) else { continue };
        if t.split_whitespace().count() < 4 || out.iter().any(|o| o.contains(&t) || t.contains(o.as_str())) {
            continue;
        }
        out.push(t);
    }
    out
}

/// Authors named in the page's visible byline (`rel=author`, a `byline` or `author` class).
fn visible_authors(doc: &Document) -> Vec<String> {
    let sel = r#"[itemprop="author"] [itemprop="name"], [rel="author"], [class*="byline"], [class*="author"], [class*="signature"]"#;
    doc.select(sel).nodes().iter().find_map(|n| byline_text(&n.text())).map(|a| split_names(&a)).unwrap_or_default()
}

/// A publication date shown on the page (`Publié le 19/12/2022 à 18h05`), inside the article
/// first; related-article lists are gone by then.
fn visible_date(doc: &Document) -> Option<String> {
    let sel = r#"article time, article [class*="date"], article [class*="publi"], time, [class*="date"], [class*="publi"], [class*="dateline"]"#;
    doc.select(sel).nodes().iter().find_map(|n| {
        if let Some(dt) = n.attr("datetime").and_then(|d| declared_date(&d)) {
            return Some(dt.to_string());
        }
        let t = squash(&n.text());
        // An update stamp (`Mis à jour le …`) is not the publication date.
        if t.is_empty() || t.chars().count() > 80 || super::is_update_line(&t) {
            return None;
        }
        super::parse_date_line(&t).or_else(|| super::parse_written_date(&t)).map(|d| d.to_string())
    })
}

/// Class and id words that mark page furniture around an article: sharing, related links,
/// newsletters, comments, author boxes, reading times, ads.
const FURNITURE: [&str; 45] = [
    "related",
    "recommended",
    "recommendations",
    "newsletter",
    "newsletters",
    "subscribe",
    "subscription",
    "signup",
    "share",
    "sharing",
    "shares",
    "social",
    "comment",
    "comments",
    "commentlist",
    "respond",
    "bio",
    "breadcrumb",
    "breadcrumbs",
    "outbrain",
    "taboola",
    "paywall",
    "cookie",
    "cookies",
    "consent",
    "gdpr",
    "promo",
    "advert",
    "advertisement",
    "ad",
    "ads",
    "sidebar",
    "widget",
    "popular",
    "trust",
    "reading",
    "readtime",
    "tags",
    "toolbar",
    "disclaimer",
    "modal",
    "popup",
    "updated",
    "button",
    "btn",
];
/// Whole class names of the same, written as one word.
const FURNITURE_TOKENS: [&str; 18] = [
    "more-",
    "latest",
    "trending",
    "wm-ipp",
    "readnext",
    "read-next",
    "readmore",
    "read-more",
    "mostread",
    "most-read",
    "more-from",
    "about-author",
    "author-box",
    "authorbox",
    "cite-this",
    "__cite",
    "further-reading",
    "lire-aussi",
];

fn is_furniture(n: &NodeRef) -> bool {
    let mut names = String::new();
    for a in ["class", "id"] {
        if let Some(v) = n.attr(a) {
            names.push_str(&v.to_ascii_lowercase());
            names.push(' ');
        }
    }
    if n.attrs().iter().any(|a| a.name.local.contains("newsletter")) {
        return true;
    }
    if let Some(r) = n.attr("role") {
        if matches!(&*r, "complementary" | "navigation" | "banner" | "contentinfo" | "dialog") {
            return true;
        }
    }
    names.split_whitespace().any(|token| {
        FURNITURE_TOKENS.iter().any(|f| token.contains(f))
            || token.split(['-', '_']).any(|part| FURNITURE.contains(&part))
    })
}

/// Removes furniture that is not the article: never an element holding most of the page's
/// paragraphs (a `<body class="has-sidebar">` or `<main id="comments-enabled">`).
fn strip_furniture(doc: &Document) {
    // Paragraph text when the page has paragraphs; all its text when it is written in
    // `<div>`s and `<br>`s (old layouts), so that the article is protected either way.
    let para_len =
        |n: &NodeRef| -> usize { n.descendants().iter().filter(|d| node_is(d, "p")).map(|p| p.text().len()).sum() };
    let body = doc.select("body").nodes().first().copied();
    let by_paragraphs = body.is_some_and(|b| para_len(&b) > 0);
    let text_len = |n: &NodeRef| if by_paragraphs { para_len(n) } else { n.text().len() };
    let total = body.map_or(0, |b| text_len(&b));
    // The element where the page's longest run of paragraphs stands, and every element
    // around it, hold the article whatever their class names say (`article-paywall`,
    // `elementor-widget`, `disableReadMore`): only what lies beside or inside it may go.
    let run = article_run(doc);
    let holding: std::collections::HashSet<dom_query::NodeId> =
        run.map(|n| std::iter::once(n.id).chain(n.ancestors(None).iter().map(|a| a.id)).collect()).unwrap_or_default();
    // A container dressed exactly as one of the article's own (same tag, same class words
    // but for numbered ones) holds more of its text, whatever those words say: a page
    // builder's `elementor-widget` around each paragraph, the two halves of a paywalled text.
    // Only beside the article, under the highest of the containers compared.
    let dress = run.map(|n| article_dress(&n)).unwrap_or_default();
    let near = run.and_then(|n| {
        n.ancestors(Some(DRESS_LEVELS)).into_iter().filter(|a| !["body", "html"].iter().any(|t| node_is(a, t))).last()
    });
    let dressed_near = |n: &NodeRef| {
        near.is_some_and(|top| n.ancestors(None).iter().any(|a| a.id == top.id))
            && dress_of(n).is_some_and(|d| dress.contains(&d))
    };
    let candidates: Vec<NodeRef> = doc
        .select("[class], [id], [role]")
        .nodes()
        .iter()
        .filter(|n| {
            !["html", "body", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6"].iter().any(|t| node_is(n, t))
        })
        .filter(|n| is_furniture(n) && !dressed_near(n))
        .cloned()
        .collect();
    for n in candidates {
        // Already gone with an ancestor, or holding the article.
        if n.parent().is_none() || holding.contains(&n.id) || (total > 0 && text_len(&n) * 2 > total) {
            continue;
        }
        n.remove_from_parent();
    }
}

/// The dress ([`dress_of`]) of the element holding an article's paragraphs and of its
/// ancestors up to [`DRESS_LEVELS`] above it; not the page's `<body>` or `<html>`, whose
/// classes name the whole page.
fn article_dress(n: &NodeRef) -> std::collections::HashSet<String> {
    std::iter::once(*n)
        .chain(n.ancestors(Some(DRESS_LEVELS)))
        .filter(|a| !["body", "html"].iter().any(|t| node_is(a, t)))
        .filter_map(|a| dress_of(&a))
        .collect()
}

/// How many levels above the article's paragraphs their containers are compared with the
/// page's furniture: a page builder wraps each paragraph in three or four.
const DRESS_LEVELS: usize = 3;

/// An element's tag and its class words, sorted, without those holding a digit (an element's
/// own number, `elementor-element-6340b44c`, a generated `sc-1a18e57c-0`): the same dress
/// on two elements marks two of a kind. None for an element with no other class word.
fn dress_of(n: &NodeRef) -> Option<String> {
    let class = n.attr("class")?.to_ascii_lowercase();
    let mut words: Vec<&str> = class.split_whitespace().filter(|w| !w.chars().any(|c| c.is_ascii_digit())).collect();
    if words.is_empty() {
        return None;
    }
    words.sort_unstable();
    words.dedup();
    let tag = n.node_name().map(|t| t.to_ascii_lowercase()).unwrap_or_default();
    Some(format!("{tag}.{}", words.join(".")))
}

/// The names in a byline element's text (`Par Jeanne Martin`, `Jeanne Martin, à Minsk`).
fn byline_text(t: &str) -> Option<String> {
    let t = squash(t);
    match super::byline(&t) {
        Some(Some(n)) => Some(n),
        Some(None) => None,
        None => super::names(&t)
            .or_else(|| (t.split_whitespace().count() <= 4 && !t.contains(char::is_numeric)).then_some(t)),
    }
}

/// `Jeanne Martin et Paul Durand`, `By A and B`, `A, B`: one name each.
fn split_names(s: &str) -> Vec<String> {
    let s = s.trim();
    let s = ["Par ", "par ", "By ", "by "].iter().find_map(|p| s.strip_prefix(p)).unwrap_or(s);
    s.split([',', ';', '&']).flat_map(|p| p.split(" et ").flat_map(|q| q.split(" and "))).filter_map(clean).collect()
}

/// An `<h1>` that reads as the article's headline: inside the article if one is marked,
/// at least three words, and not the site's name.
fn headline_h1(doc: &Document, outlet: Option<&str>) -> Option<String> {
    let in_article = doc.select("article h1, main h1, [itemprop=\"headline\"]");
    let all = doc.select("h1");
    in_article.nodes().iter().chain(all.nodes()).find_map(|n| {
        let t = clean(&n.text())?;
        let words = t.split_whitespace().count();
        (words >= 3 && t.chars().count() <= 300 && outlet.is_none_or(|o| !t.eq_ignore_ascii_case(o))).then_some(t)
    })
}

/// The headline an editor would record. The visible `<h1>` wins when the declared titles
/// agree with it (they often carry the site's name or an SEO variant); otherwise the
/// JSON-LD headline, `og:title` or `<title>`, without the site's name.
fn pick_title(d: &Declared) -> Option<String> {
    let declared: Vec<String> =
        [&d.headline, &d.og_title, &d.title_tag].into_iter().flatten().map(|t| strip_site(t, d)).collect();
    // A `<title>` alone is often generic (`Accueil`); a headline or `og:title` is the article's.
    let article_level = d.headline.is_some() || d.og_title.is_some();
    let chosen = match &d.h1 {
        Some(h1) if !article_level || declared.iter().any(|t| similar(h1, t)) => Some(h1.clone()),
        _ => declared.into_iter().find(|t| !t.is_empty()).or_else(|| d.h1.clone()),
    };
    chosen.map(|t| clean_title(&t)).filter(|t| !t.is_empty())
}

const SEPARATORS: [&str; 6] = [" | ", " - ", " – ", " — ", " :: ", " · "];

/// `Headline | Le Monde` → `Headline`, when what follows the last separator is the outlet
/// or short enough to be a site's name.
fn strip_site(t: &str, d: &Declared) -> String {
    for sep in SEPARATORS {
        if let Some((head, tail)) = t.rsplit_once(sep) {
            let tail = tail.trim();
            let is_outlet = d.outlet.as_deref().is_some_and(|o| crate::text::fold(o) == crate::text::fold(tail));
            let short = tail.split_whitespace().count() <= 4 && head.split_whitespace().count() >= 3;
            if is_outlet || (short && d.h1.as_deref().is_none_or(|h| !h.contains(tail))) {
                return head.trim().to_string();
            }
        }
    }
    t.trim().to_string()
}

/// The site's name from `<title>`, when it ends with one after a separator and the rest is
/// the headline.
fn title_suffix(d: &Declared) -> Option<String> {
    let t = d.title_tag.as_deref()?;
    SEPARATORS.iter().find_map(|sep| {
        let (head, tail) = t.rsplit_once(sep)?;
        let tail = tail.trim();
        let headline = d.h1.as_deref().or(d.og_title.as_deref()).or(d.headline.as_deref())?;
        (similar(head, headline) && (1..=5).contains(&tail.split_whitespace().count())).then(|| tail.to_string())
    })
}

/// Two titles that share most of their words.
fn similar(a: &str, b: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        crate::text::fold(s).split(|c: char| !c.is_alphanumeric()).filter(|w| w.len() > 2).map(str::to_string).collect()
    };
    let (wa, wb) = (words(a), words(b));
    if wa.is_empty() || wb.is_empty() {
        return false;
    }
    let common = wa.iter().filter(|w| wb.contains(w)).count();
    common * 3 >= wa.len().min(wb.len()) * 2
}

/// The metadata that may declare the publication day, in the order they are trusted.
const DATE_KEYS: [&str; 11] = [
    "article:published_time",
    "og:article:published_time",
    "datePublished",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "pubdate",
    "publish-date",
    "parsely-pub-date",
    "sailthru.date",
];

fn declared_date(s: &str) -> Option<PartialDate> {
    let t = s.trim();
    // The date as the page wrote it, in its own time zone: `2022-12-19T23:30:00-05:00` is
    // the 19th where it was published, whatever UTC says.
    let head: String = t.chars().take(10).collect();
    let iso = head.replace('/', "-");
    if let Ok(d) = chrono::NaiveDate::parse_from_str(&iso, "%Y-%m-%d") {
        return Some(PartialDate::from_naive(d));
    }
    if let Ok(dt) = chrono::DateTime::parse_from_rfc2822(t) {
        return Some(PartialDate::from_naive(dt.date_naive()));
    }
    super::parse_written_date(t)
}

/// Finds an endnote list (`<ol>` of notes, `.footnotes`), takes its entries as text (with
/// their first web address) and removes it from the page so it is not read as body.
fn take_notes(doc: &Document) -> Vec<String> {
    const SEL: &str = r#".footnotes, #footnotes, .endnotes, #endnotes, .notes, #notes, [role="doc-endnotes"], section.references, ol.references, .article-notes, .footnote-list, .footnote, [role="doc-footnote"]"#;
    take_entries(doc, SEL)
}

/// Finds a bibliography and takes its entries as [`take_notes`] does. A scholarly article's
/// bibliography stands in a section of its own beside the text (`<div id="bibliography">`,
/// ARIA's `doc-bibliography`), which Reader View leaves out with every entry: as the article's
/// sources, it is printed under its text (round 61: a journal article's hundred references
/// lost in the saved page, kept in its text dumps). Kept apart from the notes: the text's
/// markers (`mot12`) count the notes only.
fn take_bibliography(doc: &Document) -> Vec<String> {
    take_entries(doc, r#"[role="doc-bibliography"], #bibliography, .bibliography"#)
}

/// The entries of the blocks `sel` finds, each block removed from the page.
fn take_entries(doc: &Document, sel: &str) -> Vec<String> {
    let mut notes = Vec::new();
    let blocks: Vec<NodeRef> = doc.select(sel).nodes().to_vec();
    let mut taken: Vec<NodeRef> = Vec::new();
    for block in blocks {
        // Inside a block already taken.
        if block.ancestors(None).iter().any(|a| taken.iter().any(|t| t.id == a.id)) {
            continue;
        }
        let items: Vec<NodeRef> = block.descendants().into_iter().filter(|n| node_is(n, "li")).collect();
        let items = if !items.is_empty() {
            items
        } else if starts_with_number(&block) {
            // One note a block (`<div class="footnote"><a>1</a><p>…</p></div>`).
            vec![block]
        } else {
            block.descendants().into_iter().filter(|n| node_is(n, "p")).collect()
        };
        let before = notes.len();
        for item in items {
            let mut text = String::new();
            inline_text(&item, &mut text, true);
            let mut text = squash(&text);
            // `1. ` or `[1] ` written inside the item: the list numbers it already.
            let digits = text.trim_start_matches(['[', '(']).chars().take_while(char::is_ascii_digit).count();
            if digits > 0 {
                let skip = text.find(|c: char| c.is_ascii_digit()).unwrap_or(0) + digits;
                let rest = text[skip..].trim_start_matches([']', ')', '.', ' ', '\u{a0}']);
                text = rest.to_string();
            }
            let text = text.trim_start_matches(['↑', '^', ' ']).trim_end_matches(['↩', '↑', ' ']).trim().to_string();
            if let Some(url) = first_web_link(&item).filter(|u| !text.contains(u.as_str())) {
                notes.push(format!("{text} {url}"));
            } else if !text.is_empty() {
                notes.push(text);
            }
        }
        if notes.len() > before {
            taken.push(block);
        }
    }
    for t in taken {
        t.remove_from_parent();
    }
    notes
}

/// Whether a block's text opens with a note number (`1`, `[1]`, `1.`).
fn starts_with_number(n: &NodeRef) -> bool {
    let t = squash(&n.text());
    let t = t.trim_start_matches(['[', '(']);
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    (1..=3).contains(&digits)
}

fn first_web_link(n: &NodeRef) -> Option<String> {
    n.descendants().into_iter().filter(|d| node_is(d, "a")).find_map(|a| {
        let h = a.attr("href")?;
        crate::text::is_web_url(&h).then(|| h.trim().to_string())
    })
}

/// The article's text as plain paragraphs: dom_smoothie's pick of the main content, or,
/// when it finds none, the `<article>`, `<main>` or `<body>` without page furniture.
fn main_text(doc: &Document) -> String {
    let fallback = doc.clone();
    let cfg = dom_smoothie::Config { max_elements_to_parse: 200_000, ..Default::default() };
    // Reader View drops headings whose classes look like widgets (`header-with-anchor-widget`):
    // a heading inside the article is the article's.
    for h in doc.select("h1, h2, h3, h4, h5, h6").nodes() {
        h.remove_attrs(&["class", "id"]);
    }
    let extracted = dom_smoothie::Readability::with_document(doc.clone(), None, Some(cfg))
        .ok()
        .and_then(|mut r| r.parse().ok())
        .map(|a| a.content.to_string())
        .map(|html| blocks_text(&Document::fragment(html).root()))
        .filter(|t| t.split_whitespace().count() >= 30);
    // Reader View sometimes picks a box of teasers or an audio player's blurb beside the
    // article: the element whose own paragraphs hold far more prose is the article then.
    let densest = densest_parent(&fallback).map(|n| blocks_text(&n));
    let extracted = match (extracted, densest) {
        (Some(e), Some(d)) if prose_chars(&d) >= DENSER_FACTOR * prose_chars(&e).max(DENSER_MIN) => Some(d),
        (e, _) => e,
    };
    // Reader View leaves out some of the article's own paragraphs (one in a box of its own, a
    // section folded in an accordion): those inside the element that holds the paragraphs it
    // kept come back in their place.
    let extracted = extracted.map(|e| restore_paragraphs(e, &fallback));
    extracted.unwrap_or_else(|| {
        fallback
            .select("script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button")
            .remove();
        let root = ["article", "main", "body"]
            .iter()
            .find_map(|s| fallback.select(s).nodes().first().cloned())
            .unwrap_or_else(|| fallback.root());
        blocks_text(&root)
    })
}

/// How many times the prose of Reader View's pick the paragraphs of one element must hold
/// for that element to be the article instead, and the least prose counted for the pick.
const DENSER_FACTOR: usize = 2;
const DENSER_MIN: usize = 400;

/// Characters a block must hold to count as a paragraph of prose.
const PROSE_BLOCK: usize = 80;

/// The characters of a text's paragraphs (blocks as [`blocks_text`] writes them, long enough
/// and closed by a sentence's stop): list items, headings and captions are not counted.
fn prose_chars(text: &str) -> usize {
    text.lines()
        .map(str::trim)
        .filter(|l| l.chars().count() >= PROSE_BLOCK && !l.starts_with(['-', '#', '*', '|']))
        .filter(|l| l.ends_with(['.', '!', '?', '…', '"', '”', '»', ')', ':']))
        .map(str::len)
        .sum()
}

/// The element whose own `<p>` children hold the most prose: where an article's paragraphs
/// stand side by side.
fn densest_parent<'a>(doc: &'a Document) -> Option<NodeRef<'a>> {
    let mut by_parent: std::collections::HashMap<dom_query::NodeId, (NodeRef<'a>, usize)> =
        std::collections::HashMap::new();
    for p in doc.select("p").nodes() {
        let len = p.text().trim().len();
        if len < PROSE_BLOCK {
            continue;
        }
        if let Some(parent) = p.parent() {
            by_parent.entry(parent.id).or_insert((parent, 0)).1 += len;
        }
    }
    by_parent.into_values().max_by_key(|(n, len)| (*len, std::cmp::Reverse(n.id))).map(|(n, _)| n)
}

/// [`densest_parent`] among the paragraphs a page's layout does not set apart as furniture:
/// none under a page's header, footer, navigation or aside (by tag or ARIA role), a dialog,
/// a hidden element or a form, nor in a comment thread.
fn article_run<'a>(doc: &'a Document) -> Option<NodeRef<'a>> {
    let mut by_parent: std::collections::HashMap<dom_query::NodeId, (NodeRef<'a>, usize)> =
        std::collections::HashMap::new();
    let mut apart: std::collections::HashMap<dom_query::NodeId, bool> = std::collections::HashMap::new();
    for p in doc.select("p").nodes() {
        let len = p.text().trim().len();
        if len < PROSE_BLOCK {
            continue;
        }
        let Some(parent) = p.parent() else { continue };
        let set_apart = *apart
            .entry(parent.id)
            .or_insert_with(|| std::iter::once(parent).chain(parent.ancestors(None)).any(|a| laid_out_apart(&a)));
        if !set_apart {
            by_parent.entry(parent.id).or_insert((parent, 0)).1 += len;
        }
    }
    // An article written as text and `<br>`s in one element, with no `<p>` (old layouts,
    // `<div class="article-paywall">`): its runs between line breaks are its paragraphs.
    let mut seen: std::collections::HashSet<dom_query::NodeId> = std::collections::HashSet::new();
    for br in doc.select("br").nodes() {
        let Some(parent) = br.parent() else { continue };
        if node_is(&parent, "p") || !seen.insert(parent.id) {
            continue;
        }
        let len = br_prose(&parent);
        if len == 0 || std::iter::once(parent).chain(parent.ancestors(None)).any(|a| laid_out_apart(&a)) {
            continue;
        }
        by_parent.entry(parent.id).or_insert((parent, 0)).1 += len;
    }
    by_parent.into_values().max_by_key(|(n, len)| (*len, std::cmp::Reverse(n.id))).map(|(n, _)| n)
}

/// The characters of the runs of text an element holds itself between its `<br>`s, each
/// counted when it is as long as a paragraph of prose: inline elements (a link, an emphasis)
/// belong to their run, any other element ends it.
fn br_prose(n: &NodeRef) -> usize {
    let mut total = 0;
    let mut run = String::new();
    let close = |run: &mut String, total: &mut usize| {
        let len = squash(run).len();
        if len >= PROSE_BLOCK {
            *total += len;
        }
        run.clear();
    };
    for c in n.children() {
        if c.is_text() {
            run.push_str(&c.text());
        } else if c.is_element() {
            let name = c.node_name().map(|t| t.to_ascii_lowercase()).unwrap_or_default();
            if INLINE.contains(&name.as_str()) {
                run.push_str(&c.text());
            } else {
                close(&mut run, &mut total);
            }
        }
    }
    close(&mut run, &mut total);
    total
}

/// Elements that sit inside a run of text rather than end it.
const INLINE: [&str; 12] = ["a", "em", "strong", "b", "i", "u", "span", "small", "sup", "sub", "abbr", "q"];

/// Whether an element is set apart from an article by what it is rather than what it is
/// named: a page's header, footer, navigation or aside, a dialog, a hidden element, a form,
/// or a comment thread.
fn laid_out_apart(n: &NodeRef) -> bool {
    let name = n.node_name().map(|t| t.to_ascii_lowercase()).unwrap_or_default();
    if ["header", "footer", "nav", "aside", "form", "dialog"].contains(&name.as_str())
        || SKIP.contains(&name.as_str())
        || n.attr("hidden").is_some()
        || n.attr("aria-hidden").is_some_and(|v| &*v == "true")
    {
        return true;
    }
    if n.attr("role").is_some_and(|r| {
        matches!(&*r, "complementary" | "navigation" | "banner" | "contentinfo" | "dialog" | "comment")
    }) {
        return true;
    }
    ["class", "id"].iter().any(|a| {
        n.attr(a).is_some_and(|v| {
            v.to_ascii_lowercase()
                .split_whitespace()
                .any(|t| t.split(['-', '_']).any(|w| matches!(w, "comment" | "comments" | "commentlist" | "respond")))
        })
    })
}

/// The text `extracted` with the paragraphs of prose it lacks that stand inside the element
/// holding all the paragraphs it kept (their nearest common ancestor in `doc`), each put
/// back after the paragraph it follows on the page. A paragraph mostly of links (a teaser)
/// or under a hidden element or a form stays out; so does everything outside that element
/// (comments, teasers beside the article).
fn restore_paragraphs(extracted: String, doc: &Document) -> String {
    let kept: std::collections::HashSet<&str> = extracted.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    let paragraphs: Vec<(NodeRef, Vec<String>)> = doc
        .select("p")
        .nodes()
        .iter()
        .map(|p| (*p, blocks_text(p).lines().map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect()))
        .filter(|(_, lines): &(NodeRef, Vec<String>)| !lines.is_empty())
        .collect();
    let present = |lines: &[String]| lines.iter().all(|l| kept.contains(l.as_str()));
    // The chain of ancestors of each paragraph kept, the nearest first.
    let chain = |n: &NodeRef| -> Vec<dom_query::NodeId> {
        let mut ids = Vec::new();
        let mut at = n.parent();
        while let Some(a) = at {
            ids.push(a.id);
            at = a.parent();
        }
        ids
    };
    let held: Vec<Vec<dom_query::NodeId>> = paragraphs
        .iter()
        .filter(|(_, l)| present(l) && prose_chars(&l.join("\n")) > 0)
        .map(|(p, _)| chain(p))
        .collect();
    if held.len() < RESTORE_MIN_KEPT {
        return extracted;
    }
    // The nearest ancestor all the kept paragraphs share.
    let Some(root) = held[0].iter().find(|id| held[1..].iter().all(|c| c.contains(id))).copied() else {
        return extracted;
    };
    // The elements that hold a paragraph kept: the article's own sections.
    let holding: std::collections::HashSet<dom_query::NodeId> = held.iter().flatten().copied().collect();
    let mut after: std::collections::HashMap<String, Vec<String>> = std::collections::HashMap::new();
    let mut before_first: Vec<String> = Vec::new();
    let mut anchor: Option<String> = None;
    for (p, lines) in &paragraphs {
        if present(lines) {
            anchor = lines.last().cloned();
            continue;
        }
        let text = lines.join(" ");
        if prose_chars(&text) == 0
            || super::block::is_offer(&text)
            || super::boilerplate::is_boilerplate(&text)
            || !chain(p).contains(&root)
            || !restorable(p, root, &holding)
        {
            continue;
        }
        match &anchor {
            Some(a) => after.entry(a.clone()).or_default().push(text),
            None => before_first.push(text),
        }
    }
    if after.is_empty() && before_first.is_empty() {
        return extracted;
    }
    let mut out = String::with_capacity(extracted.len() + 1024);
    for t in before_first {
        out.push_str(&t);
        out.push_str("\n\n");
    }
    for block in extracted.split("\n\n") {
        if !out.is_empty() && !out.ends_with("\n\n") {
            out.push_str("\n\n");
        }
        out.push_str(block);
        let last = block.lines().map(str::trim).rfind(|l| !l.is_empty()).unwrap_or("");
        if let Some(more) = after.remove(last) {
            for t in more {
                out.push_str("\n\n");
                out.push_str(&t);
            }
        }
    }
    out
}

/// Paragraphs Reader View must have kept in one element before the others in that element
/// are put back: with one, the element is no more than that paragraph's own.
const RESTORE_MIN_KEPT: usize = 3;

/// Whether a paragraph left out under `root` may come back: no more than half its words in
/// links, and nothing above it up to `root` that a reader does not see, a form, a page's
/// header, footer or aside (a chart's notes, a byline box), nor a box of its own holding a
/// linked heading or named for related posts (a teaser's excerpt). `holding` are the
/// elements that hold paragraphs kept: the article's sections, whose headings may be links.
fn restorable(p: &NodeRef, root: dom_query::NodeId, holding: &std::collections::HashSet<dom_query::NodeId>) -> bool {
    let all = squash(&p.text()).len();
    let linked: usize = p.descendants().iter().filter(|d| node_is(d, "a")).map(|a| squash(&a.text()).len()).sum();
    if linked * 2 > all {
        return false;
    }
    let mut at = p.parent();
    while let Some(a) = at {
        if a.id == root {
            return true;
        }
        let name = a.node_name().map(|t| t.to_ascii_lowercase()).unwrap_or_default();
        if SKIP.contains(&name.as_str())
            || ["footer", "aside", "nav", "header"].contains(&name.as_str())
            || a.attr("hidden").is_some()
            || a.attr("aria-hidden").is_some_and(|v| &*v == "true")
            || is_furniture(&a)
        {
            return false;
        }
        if names_box(&a) || (!holding.contains(&a.id) && holds_linked_heading(&a)) {
            return false;
        }
        at = a.parent();
    }
    false
}

/// Whether an element's class or id names a box that is not the text, inside any longer
/// name (`jp-relatedposts`, `InlinePromo_root`, `inline-banner`): Reader View left its
/// paragraphs out for that name.
fn names_box(n: &NodeRef) -> bool {
    ["class", "id"].iter().any(|a| {
        n.attr(a).is_some_and(|v| {
            let v = v.to_ascii_lowercase();
            BOX_NAMES.iter().any(|b| v.contains(b))
        })
    })
}

/// Parts of class names that mark a box inside an article (see [`names_box`]).
const BOX_NAMES: [&str; 11] = [
    "related",
    "promo",
    "banner",
    "newsletter",
    "subscri",
    "signup",
    "sign-up",
    "member",
    "teaser",
    "sponsor",
    "donat",
];

/// Whether an element holds a heading that is a link (a teaser's title).
fn holds_linked_heading(n: &NodeRef) -> bool {
    n.descendants().iter().any(|d| {
        ["h1", "h2", "h3", "h4", "h5", "h6"].iter().any(|h| node_is(d, h))
            && (d.descendants().iter().any(|x| node_is(x, "a")) || d.parent().is_some_and(|p| node_is(&p, "a")))
    })
}

fn node_is(n: &NodeRef, name: &str) -> bool {
    n.node_name().is_some_and(|t| t.eq_ignore_ascii_case(name))
}

const SKIP: [&str; 14] = [
    "script", "style", "noscript", "template", "iframe", "svg", "button", "form", "input", "select", "textarea",
    "object", "embed", "canvas",
];
const BLOCKS: [&str; 31] = [
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "aside",
    "nav",
    "blockquote",
    "figure",
    "figcaption",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "pre",
    "table",
    "tr",
    "hr",
    "address",
    "details",
    "summary",
];

/// Writes the text under `root` one block a paragraph, list items as `- `, table rows with
/// their cells apart.
fn blocks_text(root: &NodeRef) -> String {
    let mut out = String::new();
    let mut line = String::new();
    walk(root, &mut out, &mut line);
    flush(&mut out, &mut line, "");
    out
}

fn walk(n: &NodeRef, out: &mut String, line: &mut String) {
    for c in n.children() {
        if c.is_text() {
            line.push_str(&c.text());
            continue;
        }
        if !c.is_element() {
            continue;
        }
        let name = c.node_name().map(|t| t.to_ascii_lowercase()).unwrap_or_default();
        if SKIP.contains(&name.as_str())
            || c.attr("hidden").is_some()
            || c.attr("aria-hidden").is_some_and(|v| &*v == "true")
        {
            continue;
        }
        match name.as_str() {
            "br" => line.push('\n'),
            // Dates and times sit in their own boxes on screen: keep their words apart.
            "time" => {
                line.push(' ');
                walk(&c, out, line);
                line.push(' ');
            }
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                flush(out, line, "");
                let mut heading = String::new();
                walk(&c, out, &mut heading);
                flush(out, &mut heading, "## ");
            }
            "figcaption" => {
                flush(out, line, "");
                let mut caption = String::new();
                walk(&c, out, &mut caption);
                let t = squash(&caption).replace('*', "\\*");
                if !t.is_empty() {
                    flush(out, &mut format!("*{t}*"), "");
                }
            }
            "img" | "amp-img" | "picture" | "video" | "audio" | "source" => {}
            "li" => {
                flush(out, line, "");
                let mut item = String::new();
                walk(&c, out, &mut item);
                flush(out, &mut item, "- ");
            }
            "td" | "th" => {
                if !line.trim().is_empty() {
                    line.push_str(" ; ");
                }
                walk(&c, out, line);
            }
            "a" if is_note_anchor(&c) => {
                let t = squash(&c.text());
                let t = t.trim_matches(['[', ']', '(', ')']);
                let trimmed = line.trim_end().len();
                line.truncate(trimmed);
                line.push_str(t);
            }
            "a" => inline_link(&c, line),
            "sup" => {
                // A note marker glued to its word, as raw text writes it.
                let t = squash(&c.text());
                let t = t.trim().trim_matches(['[', ']']);
                if !t.is_empty() && t.len() <= 4 && t.chars().all(|ch| ch.is_ascii_digit()) {
                    let trimmed = line.trim_end().len();
                    line.truncate(trimmed);
                    line.push_str(t);
                } else {
                    walk(&c, out, line);
                }
            }
            _ if BLOCKS.contains(&name.as_str()) => {
                flush(out, line, "");
                walk(&c, out, line);
                flush(out, line, "");
            }
            _ => walk(&c, out, line),
        }
    }
}

/// `<a href="#fn1">1</a>`: a note marker written as a link to the notes.
fn is_note_anchor(a: &NodeRef) -> bool {
    let t = squash(&a.text());
    let t = t.trim_matches(['[', ']', '(', ')']);
    a.attr("href").is_some_and(|h| h.starts_with('#'))
        && (1..=3).contains(&t.len())
        && t.chars().all(|c| c.is_ascii_digit())
}

/// A link keeps its words; a web address is kept as a Markdown link when its words are not
/// the address itself.
fn inline_link(a: &NodeRef, line: &mut String) {
    let mut text = String::new();
    let mut ignored = String::new();
    walk(a, &mut ignored, &mut text);
    // `<a>Just Stop Oil </a>protesters`: the space written inside the link parts the words.
    if text.starts_with(char::is_whitespace) && !line.is_empty() && !line.ends_with(char::is_whitespace) {
        line.push(' ');
    }
    let after = text.ends_with(char::is_whitespace);
    let text = squash(&text);
    match a.attr("href").map(|h| unarchived(h.trim()).to_string()) {
        Some(h) if crate::text::is_web_url(&h) && !text.is_empty() && text != h && !text.contains(['[', ']']) => {
            line.push_str(&format!("[{text}]({})", h.replace(')', "%29").replace('(', "%28")));
        }
        _ => line.push_str(&text),
    }
    if after && !text.is_empty() {
        line.push(' ');
    }
}

/// Inline text of a node, links as their words (for note entries).
fn inline_text(n: &NodeRef, out: &mut String, top: bool) {
    for c in n.children() {
        if c.is_text() {
            out.push_str(&c.text());
        } else if c.is_element() {
            let name = c.node_name().map(|t| t.to_ascii_lowercase()).unwrap_or_default();
            if SKIP.contains(&name.as_str()) {
                continue;
            }
            if BLOCKS.contains(&name.as_str()) && !top {
                out.push(' ');
            }
            inline_text(&c, out, false);
        }
    }
}

fn flush(out: &mut String, line: &mut String, prefix: &str) {
    for part in line.split('\n') {
        let t = squash(part);
        if t.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push_str(if prefix == "- " { "\n" } else { "\n\n" });
        }
        out.push_str(prefix);
        out.push_str(&t);
    }
    line.clear();
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn clean(s: &str) -> Option<String> {
    let t = squash(s);
    (!t.is_empty()).then_some(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_ld_strings_are_read_as_the_page_shows_them() {
        let html = r#"<html><head><script type="application/ld+json">{"@type": "NewsArticle",
            "headline": "Crime &amp; punishment: O&#039;Brien&#x2019;s caf&eacute;",
            "author": {"@type": "Person", "name": "Lindsey O&#039;Donnell"}}</script></head><body></body></html>"#;
        let d = declared(&Document::from(html));
        assert_eq!(d.headline.as_deref(), Some("Crime & punishment: O'Brien\u{2019}s café"));
        assert_eq!(d.authors, ["Lindsey O'Donnell"]);
    }

    #[test]
    fn prose_counts_paragraphs_only() {
        let text = "## A heading long enough to be counted if headings were counted as paragraphs, which they are not\n\n\
                    - a list item long enough to be counted if items were counted as paragraphs, which they are not.\n\n\
                    A paragraph of the article, long enough to be one and closed by a stop as sentences are.\n";
        assert_eq!(prose_chars(text), text.lines().last().map_or(0, str::len));
    }

    #[test]
    fn a_space_written_inside_a_link_parts_the_words_around_it() {
        let doc = Document::from(
            r#"<p>The <a href="/a">Just Stop Oil </a>protesters and<a href="/b"> climbers</a> met.</p>"#,
        );
        let mut line = String::new();
        for a in doc.select("a").nodes() {
            inline_link(a, &mut line);
        }
        assert_eq!(line, "Just Stop Oil climbers");
        let mut text = String::new();
        let mut ignored = String::new();
        walk(&doc.select("p").nodes()[0], &mut ignored, &mut text);
        let all = format!("{ignored}{text}");
        assert!(all.contains("Oil protesters and climbers met"), "{all}");
    }

    #[test]
    fn the_element_whose_paragraphs_hold_most_prose_is_found() {
        let long = "A paragraph of the article, long enough to be one and closed by a stop as sentences are.";
        let html = format!(
            "<html><body><div id=teasers><p>{long}</p></div><div id=story><p>{long}</p><p>{long}</p></div></body></html>"
        );
        let doc = Document::from(html.as_str());
        assert_eq!(densest_parent(&doc).and_then(|n| n.attr("id")).as_deref(), Some("story"));
    }

    /// The publication day a page with this `<head>` and `<body>` declares.
    fn declared_day(head: &str, body: &str) -> Option<String> {
        let html = format!("<html><head>{head}</head><body>{body}</body></html>");
        let doc = Document::from(html.as_str());
        declared(&doc).date.as_deref().and_then(declared_date).map(|d| d.to_string())
    }

    #[test]
    fn a_teasers_microdata_day_yields_to_the_headlines_item() {
        let day = |body: &str| declared_day("", body);
        let teaser = r#"<ul itemscope itemtype="http://schema.org/ItemList"><li itemprop="itemListElement"><a href="/x">Other</a><meta itemprop="datePublished" content="2014-11-20T16:00:49Z"></li></ul>"#;
        let own = r#"<article><h1>Headline</h1><time datetime="2014-12-23T10:24-05:00">Published December 23, 2014</time></article>"#;
        assert_eq!(day(&format!("{teaser}{own}")), Some("2014-12-23".to_string()));
        // The item holding the headline declares its own day.
        let item = r#"<div itemscope itemtype="http://schema.org/NewsArticle"><h1>Headline</h1><meta itemprop="datePublished" content="2014-12-22"></div>"#;
        assert_eq!(day(&format!("{teaser}{item}")), Some("2014-12-22".to_string()));
        // Alone, the teaser's day is still read.
        assert_eq!(day(&format!("{teaser}<h1>Headline</h1>")), Some("2014-11-20".to_string()));
    }

    #[test]
    fn the_first_declared_day_that_reads_as_one_is_taken() {
        let day = declared_day;
        // A JSON-LD day no reader reads gives way to the page's own declaration.
        let ld = r#"<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","datePublished":"5:26 PM, Jul 05, 2022 "}</script>"#;
        let og = r#"<meta property="article:published_time" content="2022-07-05T22:26:25.764">"#;
        assert_eq!(day(&format!("{ld}{og}"), ""), Some("2022-07-05".to_string()));
        // A JSON-LD day that reads stays first.
        let ld2 = r#"<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","datePublished":"2022-07-04T10:00:00Z"}</script>"#;
        assert_eq!(day(&format!("{ld2}{og}"), ""), Some("2022-07-04".to_string()));
        // A span declaring its day in `content`.
        let span = r#"<span itemprop="datePublished" content="2014-12-22">December 22, 2014 Issue</span>"#;
        assert_eq!(day("", span), Some("2014-12-22".to_string()));
        // Nothing declared, nothing read.
        assert_eq!(day("", "<p>No day here.</p>"), None);
    }

    const PAGE: &str = r##"<!doctype html><html lang="fr"><head>
<meta charset="utf-8"><title>Sommet de Minsk : Poutine et Loukachenko affichent leur unité | Le Quotidien</title>
<meta property="og:title" content="Sommet de Minsk : Poutine et Loukachenko affichent leur unité">
<meta property="og:site_name" content="Le Quotidien">
<link rel="canonical" href="https://quotidien.example/monde/sommet-minsk">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
 {"@type":"WebPage","@id":"https://quotidien.example/monde/sommet-minsk"},
 {"@type":"NewsArticle","headline":"Sommet de Minsk : Poutine et Loukachenko affichent leur unité",
  "author":[{"@type":"Person","name":"Jeanne MARTIN"},{"@id":"#p2"}],"datePublished":"2022-12-19T23:30:00-05:00",
  "publisher":{"@type":"Organization","name":"Le Quotidien"}},
 {"@type":"Person","@id":"#p2","name":"Paul Durand"}]}</script>
<script>var tracking = "document.write('ne doit pas apparaître')";</script>
<style>.x{color:red}</style></head><body>
<nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>
<article><h1>Sommet de Minsk : Poutine et Loukachenko affichent leur unité</h1>
<p>Le président russe s'est rendu lundi à Minsk<sup><a href="#n1">1</a></sup>, pour la première fois depuis trois ans, afin de rencontrer son homologue biélorusse.</p>
<p>Les deux dirigeants ont évoqué la coopération militaire, les prix du gaz et la situation en Ukraine, selon un communiqué publié le soir même par la présidence.</p>
<h2>Une alliance sous tension</h2>
<p>Plusieurs analystes estiment que Minsk cherche à éviter un engagement direct dans la guerre, malgré la pression de Moscou et la présence de troupes russes sur son sol.</p>
<ul><li>Un accord sur le gaz</li><li>Des exercices conjoints</li></ul>
<p>Lire aussi : <a href="/autre">Un autre article sans rapport</a></p>
</article>
<div class="notes"><ol><li>Voir <a href="https://source.example/doc">« Le communiqué », Présidence, 19 décembre 2022</a>.</li></ol></div>
<aside class="related"><h3>À lire également</h3><p>Un titre de teaser qui ne fait pas partie de l'article.</p></aside>
<footer>© Le Quotidien, tous droits réservés.</footer>
</body></html>"##;

    #[test]
    fn the_element_holding_the_article_is_never_furniture_by_its_name() {
        let para = |w: &str, n: usize| "<p>".to_string() + &format!("{w} ").repeat(n) + "</p>";
        let html = [
            "<html><body><div class=\"article-paywall\">".to_string(),
            para("storyone", 20),
            para("storytwo", 20),
            para("storythree", 20),
            "</div><aside>".to_string(),
            para("teaser", 60),
            "</aside><div class=\"comments\">".to_string(),
            para("replyone", 30),
            para("replytwo", 30),
            para("replythree", 30),
            "</div></body></html>".to_string(),
        ]
        .concat();
        let doc = Document::from(html.as_str());
        strip_furniture(&doc);
        let text = doc.select("body").text().to_string();
        // The paywall's box holds the story: it stays; the thread beside it goes.
        assert!(text.contains("storyone") && text.contains("storythree"), "{text}");
        assert!(!text.contains("replyone"), "{text}");
    }

    #[test]
    fn an_article_written_with_line_breaks_holds_the_page_s_run_of_text() {
        let run = |w: &str, n: usize| format!("{w} ").repeat(n) + "<br><br>";
        let para = |w: &str, n: usize| "<p>".to_string() + &format!("{w} ").repeat(n) + "</p>";
        let html = [
            "<html><body><div class=\"article-paywall\">".to_string(),
            run("storyone", 20),
            run("storytwo", 20),
            run("storythree", 20),
            "<em>storyend</em> closes it, ".to_string(),
            run("storyfour", 20),
            "</div><div class=\"listing\">".to_string(),
            para("house", 20),
            para("flat", 20),
            "</div></body></html>".to_string(),
        ]
        .concat();
        let doc = Document::from(html.as_str());
        // Its runs between line breaks are its paragraphs: more prose than the listing's.
        let run_at = article_run(&doc).expect("a run");
        assert!(run_at.attr("class").is_some_and(|c| &*c == "article-paywall"));
        strip_furniture(&doc);
        let text = doc.select("body").text().to_string();
        assert!(text.contains("storyone") && text.contains("storyfour"), "{text}");
    }

    #[test]
    fn containers_dressed_as_the_article_s_own_beside_it_are_kept() {
        let card = |n: usize, w: &str, len: usize| {
            format!("<div class=\"page-widget w-{n}\"><div class=\"page-widget-container\"><p>")
                + &format!("{w} ").repeat(len)
                + "</p></div></div>"
        };
        let html = [
            "<html><body><div class=\"col\"><div class=\"page-widget-wrap\">".to_string(),
            card(1, "intro", 40),
            card(2, "cardone", 20),
            card(3, "cardtwo", 20),
            "<div class=\"share-widget\"><p>".to_string(),
            "shareit ".repeat(20),
            "</p></div></div></div><div class=\"other\">".to_string(),
            card(4, "faraway", 20),
            "</div></body></html>".to_string(),
        ]
        .concat();
        let doc = Document::from(html.as_str());
        strip_furniture(&doc);
        let text = doc.select("body").text().to_string();
        // Each paragraph in a `widget` of its own: those dressed as the intro's are the text.
        assert!(text.contains("intro") && text.contains("cardone") && text.contains("cardtwo"), "{text}");
        // Another box beside it, and the same dress far from the article, still go.
        assert!(!text.contains("shareit") && !text.contains("faraway"), "{text}");
    }

    #[test]
    fn an_element_s_dress_is_its_tag_and_unnumbered_classes() {
        let doc = Document::from(
            "<div id=a class=\"b-widget elementor-element-6340b44c a-widget a-widget\"></div><div id=b class=\"x-1\"></div>",
        );
        let a = doc.select("#a").nodes()[0];
        assert_eq!(dress_of(&a).as_deref(), Some("div.a-widget.b-widget"));
        assert_eq!(dress_of(&doc.select("#b").nodes()[0]), None);
    }

    #[test]
    fn declared_metadata_wins_and_the_body_is_clean() {
        let a = ingest_html(PAGE);
        assert_eq!(a.title.as_deref(), Some("Sommet de Minsk : Poutine et Loukachenko affichent leur unité"));
        assert!(!a.title_guessed);
        assert_eq!(a.author.as_deref(), Some("Jeanne Martin, Paul Durand"));
        // The page's own day, not UTC's.
        assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2022-12-19"));
        assert_eq!(a.language, Some(Lang::Fr));
        assert_eq!(a.outlet.as_deref(), Some("Le Quotidien"));
        assert_eq!(a.url.as_deref(), Some("https://quotidien.example/monde/sommet-minsk"));
        let md = &a.markdown;
        assert!(md.contains("Le président russe s'est rendu lundi à Minsk[^1], pour la première fois"), "{md}");
        assert!(md.contains("## Une alliance sous tension"), "{md}");
        assert!(md.contains("- Un accord sur le gaz\n- Des exercices conjoints"), "{md}");
        for junk in ["Accueil", "tracking", "color:red", "teaser", "tous droits", "Lire aussi", "Sommet de Minsk"] {
            assert!(!md.contains(junk), "{junk} in {md}");
        }
        assert_eq!(a.sources.len(), 1);
        assert_eq!(a.sources[0].url.as_deref(), Some("https://source.example/doc"));
        assert_eq!(a.sources[0].date.map(|d| d.to_string()).as_deref(), Some("2022-12-19"));
    }

    #[test]
    fn a_bibliography_beside_the_text_becomes_its_sources() {
        let text = "<p>Le texte, assez long pour être un article, dit que les langues de la région gardent des mots \
            anciens venus de plusieurs familles, comme l'ont montré plusieurs études depuis un siècle.</p>\
            <p>Les chercheurs ont relevé ces mots dans les villages de la côte, où les pêcheurs les emploient encore \
            chaque jour pour nommer les poissons, les bateaux et les vents de la saison.</p>";
        let page = format!(
            "<html><body><div id=\"text\"><h1>Les langues de la région et leur histoire</h1>{text}</div>\
            <div id=\"bibliography\"><h2>Bibliographie</h2>\
            <p class=\"bibliographie\">Martin J. (2004), Histoire comparée des langues. Lyon : Presses.</p>\
            <p class=\"bibliographie\">Durand P. (2011), Parlers côtiers, <a href=\"https://example.org/p\">en ligne</a>.</p>\
            </div><div id=\"notes\"><p class=\"notesbaspage\">1 Une note du texte, sur les villages.</p></div></body></html>"
        );
        let a = ingest_html(&page);
        assert_eq!(a.sources.len(), 3, "{:?}", a.sources);
        // The note first, as the text's markers count it; then the bibliography's entries.
        assert_eq!(a.sources[0].text, "Une note du texte, sur les villages.");
        assert_eq!(a.sources[2].url.as_deref(), Some("https://example.org/p"));
        assert!(a.markdown.contains("gardent des mots"), "{}", a.markdown);
    }

    #[test]
    fn a_bare_page_falls_back_to_its_h1_and_text() {
        let page = "<html><head><title>Accueil</title></head><body><h1>Le gaz russe reste au cœur des négociations</h1>\
            <p class=\"byline\">Par Jeanne Martin</p><p>Le texte, assez long pour être un article, dit que les négociations continuent \
            entre les deux pays sans que rien ne soit décidé pour l'instant, et que les prix restent bas.</p></body></html>";
        let a = ingest_html(page);
        assert_eq!(a.title.as_deref(), Some("Le gaz russe reste au cœur des négociations"));
        assert_eq!(a.author.as_deref(), Some("Jeanne Martin"));
        assert!(a.date.is_none());
        assert!(a.markdown.contains("les négociations continuent"), "{}", a.markdown);
    }

    #[test]
    fn site_names_come_off_titles() {
        let d = Declared { outlet: Some("Reuters".into()), ..Default::default() };
        assert_eq!(strip_site("Belarus says troops stay home | Reuters", &d), "Belarus says troops stay home");
        assert_eq!(
            strip_site("Belarus says troops stay home - Minsk Today", &Declared::default()),
            "Belarus says troops stay home"
        );
        assert_eq!(strip_site("Poutine - Loukachenko", &Declared::default()), "Poutine - Loukachenko");
    }

    #[test]
    fn a_page_without_paragraphs_keeps_its_text_and_update_stamps_are_not_dates() {
        let page = "<html><body><div class=\"content with-sidebar\"><h1>Le gaz russe reste au cœur des négociations</h1>\
            <div class=\"article-update\">Mis à jour le 21 décembre 2022</div>\
            <div class=\"date\">19 décembre 2022</div>\
            Les négociations continuent entre les deux pays sans que rien ne soit décidé pour l'instant,<br><br>\
            et les prix restent bas selon les deux ministères, qui se retrouveront en janvier à Minsk pour un nouveau cycle.\
            <div class=\"sidebar\">Les plus lus du jour</div></div></body></html>";
        let a = ingest_html(page);
        assert!(a.markdown.contains("Les négociations continuent"), "{}", a.markdown);
        assert!(!a.markdown.contains("Les plus lus"), "{}", a.markdown);
        assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2022-12-19"));
    }

    #[test]
    fn a_json_ld_block_with_raw_line_breaks_in_its_strings_is_read() {
        let page = "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\",\n\
            \"description\": \"Two\nlines\", \"author\": {\"@type\": \"Person\", \"name\": \"Jose Roe\"}}\
            </script></head><body><p>Text.</p></body></html>";
        let d = declared(&Document::from(page));
        assert_eq!(d.authors, vec!["Jose Roe"]);
    }

    #[test]
    fn a_json_ld_article_type_in_lower_case_is_an_article() {
        let v: Value = serde_json::from_str(
            r#"{"@graph":[{"@type":"Website","name":"Radio"},{"@type":"article","headline":"A fair opens","author":{"@type":"Person","name":"Jane Roe"}}]}"#,
        )
        .unwrap();
        let a = find_article(&v).expect("the lower-case type");
        assert_eq!(a.get("headline").and_then(Value::as_str), Some("A fair opens"));
        assert!(is_article_type("NEWSARTICLE") && !is_article_type("Website"));
    }

    #[test]
    fn odd_json_ld_never_panics() {
        for s in ["[]", "{}", "{\"@type\":[\"NewsArticle\"],\"author\":\"By A and B\"}", "{\"@graph\":3}", "not json"] {
            let page = format!("<script type=\"application/ld+json\">{s}</script><p>x</p>");
            let _ = ingest_html(&page);
        }
        let d = declared(&Document::from(
            "<script type=\"application/ld+json\">{\"@type\":[\"NewsArticle\"],\"author\":\"By A and B\"}</script>",
        ));
        assert_eq!(d.authors, vec!["A", "B"]);
    }
}
