//! The built-in chronology pages (`chronology.html` in `base.html`, including
//! `partials/timeline.html`), written from their [`ChronologyPage`] context. The entries
//! are given rendered (`years[].months[].days[].events[].html`), as the template reads them.

use super::{base, esc, link, Strings};
use crate::render::context::{ChronologyPage, Head};
use std::fmt::Write as _;

/// Chronology page `p`, with `head`, as the built-in templates render it.
pub fn write(t: &Strings, p: &ChronologyPage, head: Option<&Head>) -> String {
    let entries: usize = p
        .years
        .iter()
        .flat_map(|y| &y.months)
        .flat_map(|m| &m.days)
        .flat_map(|d| &d.events)
        .map(|e| e.html.len())
        .sum();
    let svg = p.timeline_svg.as_ref().map_or(0, String::len);
    let mut out = String::with_capacity(16384 + entries + svg);
    base::open(&mut out, t, &p.base, head, None);
    content(&mut out, t, p);
    base::footer(&mut out, t, &p.base);
    out.push_str("<script src=\"");
    esc(&mut out, p.base.root);
    out.push_str("assets/chronology.js\"></script>");
    out.push_str(base::END);
    out
}

/// `<option value="{{ url }}">{{ title }}</option>` for each of `links`.
fn options(out: &mut String, links: &[crate::render::context::Link]) {
    for l in links {
        out.push_str("<option value=\"");
        esc(out, &l.url);
        out.push_str("\">");
        esc(out, &l.title);
        out.push_str("</option>");
    }
}

/// The `content` block.
fn content(out: &mut String, t: &Strings, p: &ChronologyPage) {
    out.push_str("\n<h1>");
    esc(out, &p.base.page_title);
    out.push_str("</h1>\n");
    let has_years = !p.years.is_empty();
    if has_years {
        out.push_str("<form class=\"filters\" hidden>\n<label>");
        out.push_str(&t.topic);
        out.push_str("\n<select name=\"topic\">\n<option value=\"\">");
        out.push_str(&t.all_topics);
        out.push_str("</option>\n");
        options(out, &p.topics);
        out.push_str("\n</select>\n</label>\n<label>");
        out.push_str(&t.origin);
        out.push_str("\n<select name=\"origin\">\n<option value=\"\">");
        out.push_str(&t.all_origins);
        out.push_str("</option>\n<option value=\"curated\">");
        out.push_str(&t.curated_long);
        out.push_str("</option>\n<option value=\"extracted\">");
        out.push_str(&t.extracted_long);
        out.push_str("</option>\n</select>\n</label>\n");
        if !p.outlets.is_empty() {
            out.push_str("<label>");
            out.push_str(&t.source_filter);
            out.push_str("\n<select name=\"source\">\n<option value=\"\">");
            out.push_str(&t.all_outlets);
            out.push_str("</option>\n");
            options(out, &p.outlets);
            out.push_str("\n</select>\n</label>");
        }
        out.push_str("\n<output class=\"filter-count\" aria-live=\"polite\" data-one=\"");
        out.push_str(&t.filter_count_one);
        out.push_str("\" data-many=\"");
        out.push_str(&t.filter_count);
        out.push_str("\"></output>\n</form>\n<p class=\"legend\"><span class=\"badge curated\">");
        out.push_str(&t.curated);
        out.push_str("</span> ");
        out.push_str(&t.curated_long);
        out.push_str(" · <span class=\"badge extracted\">");
        out.push_str(&t.extracted);
        out.push_str("</span> ");
        out.push_str(&t.extracted_long);
        out.push_str("</p>");
    }
    // Then `{% include "partials/timeline.html" %}`, whose comment keeps the line break
    // after it (Tera trims none at the start of an included template).
    out.push_str("\n\n");
    if let Some(svg) = p.timeline_svg.as_deref().filter(|s| !s.is_empty()) {
        out.push_str("<figure class=\"timeline\">");
        out.push_str(svg);
        out.push_str("</figure>");
    }
    out.push_str("\n\n<nav class=\"years toc\" aria-label=\"");
    out.push_str(&t.chronology);
    out.push_str("\">");
    for (k, y) in p.year_pages.iter().enumerate() {
        if k > 0 {
            out.push_str(" · ");
        }
        if p.year == Some(y.year) && (p.month_pages.is_empty() || !has_years) {
            let _ = write!(out, "<strong aria-current=\"page\">{}</strong>", y.year);
        } else {
            out.push_str("<a href=\"");
            esc(out, &y.url);
            let _ = write!(out, "\">{}</a>", y.year);
        }
    }
    out.push_str("</nav>\n");
    if !p.month_pages.is_empty() && has_years {
        out.push_str("<nav class=\"months toc\" aria-label=\"");
        if let Some(y) = p.year {
            let _ = write!(out, "{y}");
        }
        out.push_str("\">");
        for (k, m) in p.month_pages.iter().enumerate() {
            if k > 0 {
                out.push_str(" · ");
            }
            if m.current {
                out.push_str("<strong aria-current=\"page\">");
                esc(out, &m.title);
                out.push_str("</strong>");
            } else {
                link(out, &m.url, &m.title);
            }
        }
        out.push_str("</nav>");
    }
    if has_years {
        out.push_str("<div class=\"chronology\" style=\"--sources:");
        out.push_str(&t.sources_label_css);
        out.push_str("\">\n");
        for y in &p.years {
            let _ = write!(
                out,
                "\n<section class=\"year\" id=\"y{0}\" data-year=\"{0}\">\n<h2 class=\"year-heading\">{0}</h2>\n",
                y.year
            );
            for mo in &y.months {
                out.push_str("\n<h3 class=\"month-heading\">");
                esc(out, &mo.label);
                if mo.month != 0 {
                    let _ = write!(out, " {}", y.year);
                }
                out.push_str("</h3>\n");
                for d in &mo.days {
                    out.push('\n');
                    if let Some(date) = d.date.as_deref().filter(|d| !d.is_empty()) {
                        out.push_str("<h4 class=\"day\"><time datetime=\"");
                        esc(out, &d.date_iso);
                        out.push_str("\">");
                        esc(out, date);
                        out.push_str("</time></h4>");
                    }
                    out.push_str("\n<ol class=\"events\">\n");
                    for e in &d.events {
                        out.push_str(e.html);
                    }
                    out.push_str("\n</ol>\n");
                }
                out.push('\n');
            }
            out.push_str("\n</section>\n");
        }
        out.push_str("\n</div>");
    } else if !p.month_pages.is_empty() {
        out.push_str("<ul class=\"year-index\">\n");
        for m in &p.month_pages {
            out.push_str("<li>");
            link(out, &m.url, &m.title);
            out.push_str(" · ");
            t.events.push(out, m.count);
            out.push_str("</li>");
        }
        out.push_str("\n</ul>");
    } else {
        out.push_str("<ul class=\"year-index\">\n");
        for y in &p.year_pages {
            out.push_str("<li><a href=\"");
            esc(out, &y.url);
            let _ = write!(out, "\">{}</a> · ", y.year);
            t.events.push(out, y.count);
            out.push_str("</li>");
        }
        out.push_str("\n</ul>");
    }
    out.push('\n');
}
