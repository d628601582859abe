//! The built-in article page (`article.html` in `base.html`, with the `guessed` and
//! `backref` macros of `macros.html`), written from its [`ArticlePage`] context. Its list of
//! events is given rendered (`events[].html`), as the template reads it.

use super::{base, esc, given, link, Strings};
use crate::render::context::{ArticlePage, Head};

/// Article page `p`, with `head`, as the built-in templates render it.
pub fn write(t: &Strings, p: &ArticlePage, head: Option<&Head>) -> String {
    let mut out = String::with_capacity(8192 + p.body.len() + p.events.iter().map(|e| e.html.len()).sum::<usize>());
    base::open(&mut out, t, &p.base, head, None);
    content(&mut out, t, p);
    base::footer(&mut out, t, &p.base);
    out.push_str(base::END);
    out
}

/// `m::guessed()`.
fn guessed(out: &mut String, t: &Strings) {
    out.push_str("<sup class=\"guessed\"><span aria-hidden=\"true\">*</span><span class=\"vh\">(");
    out.push_str(&t.guessed);
    out.push_str(")</span></sup>");
}

/// The `content` block.
fn content(out: &mut String, t: &Strings, p: &ArticlePage) {
    let a = &p.article;
    let lang = p.base.site.lang;
    let is_guessed = |field: &str| a.guessed.contains(&field);
    let code = given(a.language_code);
    // `article.language_code and article.language_code != site.lang`
    let foreign = code.is_some_and(|c| c != lang);
    out.push_str("<article class=press");
    if let Some(c) = code {
        out.push_str(" lang=\"");
        esc(out, c);
        out.push('"');
    }
    out.push_str(">\n<header class=page-head>\n<p class=kicker>");
    out.push_str(&t.article);
    if let Some(o) = given(a.outlet) {
        out.push_str(" · <cite>");
        esc(out, o);
        out.push_str("</cite>");
    }
    out.push_str("</p>\n<h1>");
    esc(out, a.title);
    if is_guessed("title") {
        guessed(out, t);
    }
    out.push_str("</h1>\n<dl class=metadata");
    if foreign {
        out.push_str(" lang=\"");
        esc(out, lang);
        out.push('"');
    }
    out.push('>');
    if let Some(author) = given(a.author) {
        out.push_str("\n<div><dt>");
        out.push_str(&t.author);
        out.push_str("<dd>");
        esc(out, author);
        if is_guessed("author") {
            guessed(out, t);
        }
        out.push_str("</div>");
    }
    if let Some(date) = given(a.date.as_deref()) {
        out.push_str("\n<div><dt>");
        out.push_str(&t.date);
        out.push_str("<dd><time datetime=");
        esc(out, a.date_iso.as_deref().unwrap_or_default());
        out.push('>');
        esc(out, date);
        out.push_str("</time>");
        if is_guessed("date") {
            guessed(out, t);
        }
        out.push_str("</div>");
    }
    if foreign {
        out.push_str("\n<div><dt>");
        out.push_str(&t.language);
        out.push_str("<dd>");
        esc(out, a.language.as_deref().unwrap_or_default());
        out.push_str("</div>");
    }
    if let Some(url) = given(a.url) {
        out.push_str("\n<div><dt>");
        out.push_str(&t.original);
        out.push_str("<dd><a href=\"");
        esc(out, url);
        out.push_str("\" rel=\"noopener\">");
        // `article.url | split(pat="/") | nth(n=2) | trim_start_matches(pat="www.")`
        esc(out, url.split('/').nth(2).unwrap_or("").trim_start_matches("www."));
        out.push_str("</a></div>");
    }
    if !p.topics.is_empty() {
        out.push_str("\n<div><dt>");
        out.push_str(&t.topics);
        out.push_str("<dd>");
        for (k, tp) in p.topics.iter().enumerate() {
            if k > 0 {
                out.push_str(" · ");
            }
            link(out, &tp.url, tp.title);
        }
        out.push_str("</div>");
    }
    out.push_str("\n<div><dt>");
    out.push_str(&t.sources);
    out.push_str("<dd><a href=\"");
    esc(out, &a.entry);
    out.push_str("\">");
    out.push_str(&t.see_source);
    out.push_str("</a></div>\n</dl>\n");
    if !a.guessed.is_empty() {
        out.push_str("<p class=guessed-note");
        if foreign {
            out.push_str(" lang=\"");
            esc(out, lang);
            out.push('"');
        }
        out.push_str("><span aria-hidden=true>*</span> ");
        out.push_str(&t.guessed_note);
        out.push_str("</p>");
    }
    out.push('\n');
    if let Some(credit) = given(a.credit) {
        out.push_str("<p class=\"credit\">");
        out.push_str(&t.photo);
        out.push_str(&t.colon);
        out.push(' ');
        esc(out, credit);
        out.push_str("</p>");
    }
    out.push_str("\n</header>\n<div class=body>\n");
    out.push_str(&p.body);
    out.push_str("\n</div>");
    own_sources(out, t, p);
    out.push_str("\n</article>");
    if !p.cited_by.is_empty() {
        out.push_str("\n<section aria-labelledby=\"h-cited\"><h2 id=\"h-cited\">");
        out.push_str(&t.cited_by);
        out.push_str("</h2>\n<ul class=\"plain\">");
        for c in &p.cited_by {
            out.push_str("<li>");
            link(out, &c.url, &c.title);
            out.push_str("</li>");
        }
        out.push_str("</ul>\n</section>\n");
    }
    out.push_str("<section class=chronology aria-labelledby=h-chrono>\n<h2 id=h-chrono>");
    out.push_str(&t.events_in_article);
    out.push_str("</h2>\n");
    if p.marked != 0 {
        out.push_str("<p class=hint>");
        t.dates_in_text.push(out, p.marked);
        out.push_str("</p>\n");
    }
    if !p.events.is_empty() {
        out.push_str("<p class=\"hint\">");
        out.push_str(&t.article_dates_hint);
        out.push_str("</p>\n<ol class=\"dates\">\n");
        for e in &p.events {
            out.push_str(&e.html);
        }
        out.push_str("</ol>");
    } else if p.marked == 0 {
        out.push_str("<p>");
        out.push_str(&t.no_events);
        out.push_str("</p>");
    }
    out.push_str("\n</section>\n");
}

/// The numbered sources at the article's end, when it has any.
fn own_sources(out: &mut String, t: &Strings, p: &ArticlePage) {
    if p.own_sources.is_empty() {
        return;
    }
    out.push_str("\n<section class=\"article-sources\" aria-labelledby=\"h-own\" lang=\"");
    esc(out, p.base.site.lang);
    out.push_str("\">\n<h2 id=\"h-own\">");
    out.push_str(&t.article_sources);
    out.push_str("</h2>\n<ol>\n");
    for s in &p.own_sources {
        out.push_str("\n<li id=\"fn-");
        esc(out, s.label);
        out.push_str("\" value=\"");
        esc(out, s.label);
        out.push_str("\">");
        let outlet = given(s.outlet);
        let date = given(s.date.as_deref());
        let quoted = outlet.is_some() || date.is_some();
        if let Some(title) = given(s.title) {
            if quoted {
                out.push_str(&t.open_quote);
            }
            match given(s.language) {
                Some(l) => {
                    out.push_str("<span lang=\"");
                    esc(out, l);
                    out.push_str("\">");
                    esc(out, title);
                    out.push_str("</span>");
                }
                None => esc(out, title),
            }
            if quoted {
                out.push_str(&t.close_quote);
            }
        }
        if let Some(o) = outlet {
            out.push_str(", <cite>");
            esc(out, o);
            out.push_str("</cite>");
        }
        if let Some(d) = date {
            out.push_str(", ");
            esc(out, d);
        }
        out.push_str(".\n");
        if let Some(url) = given(s.url) {
            out.push_str("<a href=\"");
            esc(out, url);
            out.push_str("\" rel=\"noopener\">");
            out.push_str(&t.original);
            out.push_str("</a>");
        }
        out.push('\n');
        if let Some(entry) = given(s.entry.as_deref()) {
            out.push_str("<a class=\"entry\" href=\"");
            esc(out, entry);
            out.push_str("\">");
            out.push_str(&t.see_source);
            out.push_str("</a>");
        }
        out.push('\n');
        if s.referenced {
            // `m::backref(href="fnref-" ~ s.label, number=s.label)`
            out.push_str("<a class=\"backref\" href=\"#fnref-");
            esc(out, s.label);
            out.push_str("\"><span aria-hidden=\"true\">↩</span><span class=\"vh\">");
            out.push_str(&t.back_to_cite);
            out.push(' ');
            esc(out, s.label);
            out.push_str("</span></a>");
        }
        out.push_str("</li>\n");
    }
    out.push_str("\n</ol>\n</section>");
}
