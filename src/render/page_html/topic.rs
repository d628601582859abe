//! The built-in topic page (`topic.html` in `base.html`, with the `citation_notes`,
//! `backref`, `article_item`, `reference` and `timeline` macros of `macros.html` and
//! `partials/timeline.html`), written from its [`TopicPage`] context. A topic page lists up
//! to 200 articles, 200 events and the sources of both: Tera's interpretation of those
//! macros, over a `serde_json::Value` copy of the context, was a few percent of a large build.

use super::sources::{reference, SourceStrings};
use super::{base, esc, given, Counted, Strings};
use crate::render::context::{ArticleItem, Head, NoteRef, TopicPage, YearGroup};
use crate::render::i18n;
use crate::site::Site;

/// The interface strings only topic pages show, escaped as the templates show them.
pub struct TopicStrings {
    count_articles: Counted,
    count_notes: Counted,
    count_sources: Counted,
    earlier_articles: Counted,
    earlier_events: Counted,
    updated: String,
    in_this_topic: String,
    briefing: String,
    in_the_dossier: String,
    topic_chronology: String,
    source_list: String,
    notes_on_topic: String,
    no_notes: String,
    attached_articles: String,
    no_articles: String,
    all_sources: String,
    show_list: String,
    all_events: String,
    no_events: String,
    notes_heading: String,
    why_alias: String,
}

impl TopicStrings {
    /// The strings of `site`'s language, as `t()` gives them; `None` when one is missing
    /// (Tera then reports it as it does).
    pub fn new(site: &Site) -> Option<TopicStrings> {
        let esc = |k: &str| super::escaped(site, k);
        let counted = |k: &str| Counted::look(site, k);
        Some(TopicStrings {
            count_articles: counted("count_articles")?,
            count_notes: counted("count_notes")?,
            count_sources: counted("count_sources")?,
            earlier_articles: counted("earlier_articles")?,
            earlier_events: counted("earlier_events")?,
            updated: esc("updated")?,
            in_this_topic: esc("in_this_topic")?,
            briefing: esc("briefing")?,
            in_the_dossier: esc("in_the_dossier")?,
            topic_chronology: esc("topic_chronology")?,
            source_list: esc("source_list")?,
            notes_on_topic: esc("notes_on_topic")?,
            no_notes: esc("no_notes")?,
            attached_articles: esc("attached_articles")?,
            no_articles: esc("no_articles")?,
            all_sources: esc("all_sources")?,
            show_list: esc("show_list")?,
            all_events: esc("all_events")?,
            no_events: esc("no_events")?,
            notes_heading: esc("notes_heading")?,
            why_alias: esc("why_alias")?,
        })
    }
}

/// Appends `n` in decimal, as Tera prints a number.
fn num(out: &mut String, n: impl std::fmt::Display) {
    use std::fmt::Write as _;
    let _ = write!(out, "{n}");
}

/// `<p class="earlier">`: how many older items a long list leaves out, counted with their
/// word, and a link to the page `all.0` that lists them all, labelled `all.1`.
fn earlier(out: &mut String, t: &Strings, p: &TopicPage, (n, word): (usize, &Counted), all: (&str, &str)) {
    out.push_str("<p class=\"earlier\">");
    word.push(out, n);
    out.push_str(&t.colon);
    out.push_str(" <a href=\"");
    esc(out, p.base.root);
    out.push_str(all.0);
    out.push_str("\">");
    out.push_str(all.1);
    out.push_str("</a></p>");
}

/// Topic page `p`, with `head`, as the built-in templates render it.
pub fn write(t: &Strings, s: &SourceStrings, ts: &TopicStrings, p: &TopicPage, head: Option<&Head>) -> String {
    let entries: usize = p.years.iter().flat_map(|y| &y.months).flat_map(|m| &m.events).map(|e| e.html.len()).sum();
    let svg = p.timeline_svg.as_ref().map_or(0, String::len);
    let lists = (p.articles.len() + p.sources.len() + p.citation_notes.len()) * 400 + p.notes.len() * 300;
    let mut out = String::with_capacity(16384 + p.body.len() + entries + svg + lists);
    base::open(&mut out, t, &p.base, head, Some(p.topic.slug));
    content(&mut out, t, s, ts, p);
    base::footer(&mut out, t, &p.base);
    out.push_str(base::END);
    out
}

/// The `content` block.
fn content(out: &mut String, t: &Strings, s: &SourceStrings, ts: &TopicStrings, p: &TopicPage) {
    let shown_events: usize = p.years.iter().flat_map(|y| &y.months).map(|m| m.events.len()).sum();
    out.push_str("\n<article class=\"briefing\">\n  <header class=\"page-head\">\n    <p class=\"kicker\">");
    out.push_str(&t.topic);
    out.push_str("</p>\n    <h1>");
    esc(out, p.topic.title);
    out.push_str("</h1>\n    ");
    if let Some(summary) = given(Some(p.topic.summary)) {
        out.push_str("<p class=\"lede\">");
        esc(out, summary);
        out.push_str("</p>");
    }
    out.push_str("\n    <p class=\"meta\">");
    let all_articles = p.articles.len() + p.earlier_articles;
    ts.count_articles.push(out, all_articles);
    out.push_str(" · ");
    ts.count_notes.push(out, p.notes.len());
    out.push_str(" · ");
    let all_events = shown_events + p.earlier_events;
    t.events.push(out, all_events);
    out.push_str(" · ");
    ts.count_sources.push(out, p.sources.len());
    out.push_str("</p>\n    ");
    if let Some(u) = &p.updated {
        out.push_str("<p class=\"updated\">");
        out.push_str(&ts.updated);
        out.push_str(" <time datetime=\"");
        esc(out, &u.date_iso);
        out.push_str("\">");
        esc(out, &u.date);
        out.push_str("</time></p>");
    }
    out.push_str("\n    <nav class=\"toc\" aria-label=\"");
    out.push_str(&ts.in_this_topic);
    out.push_str("\">\n      <ul>\n        <li><a href=\"#briefing\">");
    out.push_str(&ts.briefing);
    out.push_str("</a></li>\n        <li><a href=\"#dossier\">");
    out.push_str(&ts.in_the_dossier);
    out.push_str("</a></li>\n        <li><a href=\"#chronology\">");
    out.push_str(&ts.topic_chronology);
    out.push_str("</a></li>\n        <li><a href=\"#sources\">");
    out.push_str(&ts.source_list);
    out.push_str("</a></li>\n      </ul>\n    </nav>\n  </header>\n  <div id=\"briefing\" class=\"body\">\n    ");
    out.push_str(&p.body);
    out.push_str("\n  </div>\n  ");
    citation_notes(out, t, s, ts, &p.citation_notes);
    out.push_str("\n</article>\n\n<section id=\"dossier\" class=\"dossier\" aria-labelledby=\"h-dossier\">\n  <h2 id=\"h-dossier\">");
    out.push_str(&ts.in_the_dossier);
    out.push_str(
        "</h2>\n  <div class=\"dossier-grid\">\n    <section aria-labelledby=\"h-notes\">\n      <h3 id=\"h-notes\">",
    );
    out.push_str(&ts.notes_on_topic);
    out.push_str("</h3>\n      ");
    if p.notes.is_empty() {
        out.push_str("<p>");
        out.push_str(&ts.no_notes);
        out.push_str("</p>");
    } else {
        out.push_str("<ul class=\"notes\">\n        ");
        for n in &p.notes {
            out.push_str("<li><a href=\"");
            esc(out, &n.url);
            out.push_str("\">");
            esc(out, n.title);
            out.push_str("</a>");
            if let Some(date) = given(n.date.as_deref()) {
                out.push_str(" <span class=\"meta\">· <time datetime=\"");
                esc(out, n.date_iso.as_deref().unwrap_or_default());
                out.push_str("\">");
                esc(out, date);
                out.push_str("</time></span>");
            }
            if let Some(summary) = given(Some(n.summary)) {
                out.push_str("<p class=\"summary\">");
                esc(out, summary);
                out.push_str("</p>");
            }
            out.push_str("</li>");
        }
        out.push_str("\n      </ul>");
    }
    out.push_str("\n    </section>\n    <section aria-labelledby=\"h-articles\">\n      <h3 id=\"h-articles\">");
    out.push_str(&ts.attached_articles);
    out.push_str("</h3>\n      ");
    if p.articles.is_empty() {
        out.push_str("<p>");
        out.push_str(&ts.no_articles);
        out.push_str("</p>");
    } else {
        out.push_str("<ul class=\"articles compact\">");
        for a in &p.articles {
            article_item(out, t, ts, a);
        }
        out.push_str("</ul>");
    }
    if p.earlier_articles > 0 {
        out.push_str("\n      ");
        earlier(out, t, p, (p.earlier_articles, &ts.earlier_articles), ("sources.html", &ts.all_sources));
    }
    out.push_str("\n    </section>\n  </div>\n</section>\n\n<section id=\"chronology\" class=\"chronology\" aria-labelledby=\"h-chrono\">\n  <h2 id=\"h-chrono\">");
    out.push_str(&ts.topic_chronology);
    out.push_str("</h2>\n  ");
    // `{% include "partials/timeline.html" %}`: Tera trims no line break at the start of an
    // included template, its comment's `-#}` notwithstanding.
    out.push('\n');
    if let Some(svg) = p.timeline_svg.as_deref().filter(|s| !s.is_empty()) {
        out.push_str("<figure class=\"timeline\">");
        out.push_str(svg);
        out.push_str("</figure>");
    }
    out.push_str("\n\n  ");
    if p.years.is_empty() {
        out.push_str("<p>");
        out.push_str(&ts.no_events);
        out.push_str("</p>");
    } else {
        out.push_str("\n  <details class=\"fold\">\n    <summary>");
        out.push_str(&ts.show_list);
        out.push_str(" <span class=\"count\">(");
        t.events.push(out, shown_events);
        out.push_str(")</span></summary>\n    ");
        if p.earlier_events > 0 {
            earlier(out, t, p, (p.earlier_events, &ts.earlier_events), ("chronology.html", &ts.all_events));
        }
        out.push_str("\n    ");
        timeline(out, &p.years);
        out.push_str("\n  </details>\n  ");
    }
    out.push_str("\n</section>\n\n<section id=\"sources\" aria-labelledby=\"h-sources\">\n  <h2 id=\"h-sources\">");
    out.push_str(&ts.source_list);
    out.push_str("</h2>\n  ");
    if !p.sources.is_empty() {
        out.push_str("<details class=\"fold\">\n    <summary>");
        out.push_str(&ts.show_list);
        out.push_str(" <span class=\"count\">(");
        i18n::push_number(out, t.lang, p.sources.len() as u64);
        out.push_str(")</span></summary>\n    <ol class=\"source-list\">");
        for src in &p.sources {
            out.push_str("<li>");
            reference(out, t, s, src);
            if let Some(url) = given(src.url) {
                out.push_str(" <span class=\"print-url\">&lt;");
                esc(out, url);
                out.push_str("&gt;</span>");
            }
            out.push_str("</li>");
        }
        out.push_str("</ol>\n  </details>");
    }
    out.push_str("\n</section>\n");
}

/// `m::citation_notes(notes=…)`, with `backref` for each way back.
fn citation_notes(out: &mut String, t: &Strings, s: &SourceStrings, ts: &TopicStrings, notes: &[NoteRef]) {
    out.push('\n');
    if !notes.is_empty() {
        out.push_str(
            "\n<section class=\"citation-notes\" aria-labelledby=\"notes-heading\">\n  <h2 id=\"notes-heading\">",
        );
        out.push_str(&ts.notes_heading);
        out.push_str("</h2>\n  <ol>\n    ");
        for n in notes {
            out.push_str("\n    <li id=\"note-");
            num(out, n.number);
            out.push_str("\">");
            reference(out, t, s, &n.source);
            if n.backrefs.len() == 1 {
                out.push(' ');
                backref(out, t, &n.backrefs[0], n.number, None);
            } else {
                const LETTERS: &[u8; 26] = b"abcdefghijklmnopqrstuvwxyz";
                for (k, b) in n.backrefs.iter().enumerate() {
                    out.push(' ');
                    backref(out, t, b, n.number, Some(char::from(LETTERS[k % 26])));
                }
            }
            out.push_str("</li>\n    ");
        }
        out.push_str("\n  </ol>\n</section>\n");
    }
    out.push('\n');
}

/// `self::backref(href, number, letter)`.
fn backref(out: &mut String, t: &Strings, href: &str, number: usize, letter: Option<char>) {
    out.push_str("<a class=\"backref\" href=\"#");
    esc(out, href);
    out.push_str("\"><span aria-hidden=\"true\">↩</span><span class=\"vh\">");
    out.push_str(&t.back_to_cite);
    out.push(' ');
    num(out, number);
    if letter.is_some() {
        out.push(' ');
    }
    out.push_str("</span>");
    if let Some(l) = letter {
        out.push_str("<span class=\"letter\">");
        out.push(l);
        out.push_str("</span>");
    }
    out.push_str("</a>");
}

/// `m::article_item(a=a, summary=false)`.
fn article_item(out: &mut String, t: &Strings, ts: &TopicStrings, a: &ArticleItem) {
    out.push_str("\n<li class=\"article-item\">\n  <a class=\"title\" href=\"");
    esc(out, &a.url);
    out.push('"');
    if let Some(l) = given(a.language) {
        out.push_str(" lang=\"");
        esc(out, l);
        out.push('"');
    }
    out.push('>');
    esc(out, a.title);
    out.push_str("</a>\n  <span class=\"meta\">");
    let outlet = given(a.outlet);
    let author = given(a.author);
    if let Some(o) = outlet {
        out.push_str("<cite>");
        esc(out, o);
        out.push_str("</cite>");
    }
    if let Some(au) = author {
        if outlet.is_some() {
            out.push_str(" · ");
        }
        esc(out, au);
    }
    if let Some(date) = given(a.date.as_deref()) {
        if outlet.is_some() || author.is_some() {
            out.push_str(" · ");
        }
        out.push_str("<time datetime=\"");
        esc(out, a.date_iso.as_deref().unwrap_or_default());
        out.push_str("\">");
        esc(out, date);
        out.push_str("</time>");
    }
    if let Some(alias) = given(a.alias) {
        out.push_str(" · <span class=\"why\">");
        out.push_str(&ts.why_alias);
        out.push(' ');
        out.push_str(&t.open_quote);
        esc(out, alias);
        out.push_str(&t.close_quote);
        out.push_str("</span>");
    }
    out.push_str("</span>\n  \n</li>\n");
}

/// `m::timeline(years=years)`, at its default level (3).
fn timeline(out: &mut String, years: &[YearGroup]) {
    out.push('\n');
    for y in years {
        out.push_str("\n<section class=\"year\" id=\"y");
        num(out, y.year);
        out.push_str("\" data-year=\"");
        num(out, y.year);
        out.push_str("\">\n  <h3 class=\"year-heading\">");
        num(out, y.year);
        out.push_str("</h3>\n  ");
        for m in &y.months {
            out.push_str("\n  <h4 class=\"month-heading\">");
            esc(out, &m.label);
            if m.month != 0 {
                out.push(' ');
                num(out, y.year);
            }
            out.push_str("</h4>\n  <ol class=\"events\">\n    ");
            for e in &m.events {
                out.push_str(e.html);
            }
            out.push_str("\n  </ol>\n  ");
        }
        out.push_str("\n</section>\n");
    }
    out.push('\n');
}
