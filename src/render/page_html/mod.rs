//! The built-in article page (`article.html`), chronology pages (`chronology.html`), sources
//! page (`sources.html`) and topic pages (`topic.html`) written straight from their typed
//! contexts ([`ArticlePage`](super::context::ArticlePage),
//! [`ChronologyPage`](super::context::ChronologyPage),
//! [`SourcesPage`](super::context::SourcesPage), [`TopicPage`](super::context::TopicPage)):
//! the same bytes as Tera renders from
//! the same struct, without turning the context into a `serde_json::Value` tree nor
//! interpreting the templates. A 10,000-article dossier has 10,000 article pages and a few
//! hundred chronology pages of up to a thousand entries each: Tera's share of the build went
//! mostly there. [`super::Pages`] takes this path only when the site has not overridden the
//! page's template nor any template it extends, imports or includes ([`Fast::new`]), and
//! Tera's otherwise. `tests/page_fast_path.rs` renders every such page of several sites both
//! ways and compares the bytes: a change to one of those templates must be made here too.
//!
//! [`base`] writes what `base.html` wraps around every page; [`article`], [`chronology`],
//! [`sources`] and [`topic`] the `content` (and `scripts`) blocks of each page. The sources page,
//! which lists every source twice, was the peak of a large build's memory as Tera's context.

pub mod article;
pub mod base;
pub mod chronology;
pub mod sources;
pub mod topic;

use super::i18n;
use crate::site::Site;
use tera::Tera;

/// The templates an article page reads: its own, the one it extends, the macros it calls.
const ARTICLE: &[&str] = &["article.html", "base.html", "macros.html"];

/// The templates a chronology page reads: its own, the one it extends, the macros it
/// imports, the partial it includes.
const CHRONOLOGY: &[&str] = &["chronology.html", "base.html", "macros.html", "partials/timeline.html"];

/// The templates the sources page reads: its own, the one it extends, the macros it imports.
const SOURCES: &[&str] = &["sources.html", "base.html", "macros.html"];

/// The templates the index of a split sources page reads: its own, the one it extends.
const SOURCES_INDEX: &[&str] = &[sources::INDEX, "base.html"];

/// The templates a topic page reads: its own, the one it extends, the macros it imports, the
/// partial it includes.
const TOPIC: &[&str] = &["topic.html", "base.html", "macros.html", "partials/timeline.html"];

/// Which pages are written by this module, and the interface strings they show.
pub struct Fast {
    /// The strings, escaped as the templates show them.
    pub strings: Strings,
    /// Whether article pages are (every template they read is the built-in one).
    pub article: bool,
    /// Whether chronology pages are.
    pub chronology: bool,
    /// The sources page's own strings, when it is written here (`None`: by Tera, its
    /// templates not the built-in ones, or one of its strings missing).
    pub sources: Option<sources::SourceStrings>,
    /// The strings of the index of a split sources page, when it is written here.
    pub sources_index: Option<sources::IndexStrings>,
    /// The strings of topic pages (theirs, and the references' they list), when topic pages
    /// are written here.
    pub topic: Option<(sources::SourceStrings, topic::TopicStrings)>,
}

impl Fast {
    /// The fast paths `tera` allows for `site`: `None` when neither page kind's templates are
    /// all the built-in ones (a site that copied one unchanged counts), or when an
    /// interface string is missing (Tera then reports it as it does).
    pub fn new(tera: &Tera, site: &Site) -> Option<Fast> {
        // Each template compared once (a comparison parses the built-in one again).
        let mut known: Vec<(&str, bool)> = Vec::new();
        let mut all_builtin = |names: &[&'static str]| {
            names.iter().all(|&n| match known.iter().find(|(k, _)| *k == n) {
                Some(&(_, b)) => b,
                None => {
                    let b = super::templates::is_builtin(tera, n);
                    known.push((n, b));
                    b
                }
            })
        };
        let article = all_builtin(ARTICLE);
        let chronology = all_builtin(CHRONOLOGY);
        let sources = all_builtin(SOURCES);
        let sources_index = all_builtin(SOURCES_INDEX);
        let topic = all_builtin(TOPIC);
        if !article && !chronology && !sources && !sources_index && !topic {
            return None;
        }
        let strings = Strings::new(site)?;
        let sources = if sources { sources::SourceStrings::new(site) } else { None };
        let sources_index = if sources_index { sources::IndexStrings::new(site) } else { None };
        let topic = if topic { sources::SourceStrings::new(site).zip(topic::TopicStrings::new(site)) } else { None };
        Some(Fast { strings, article, chronology, sources, sources_index, topic })
    }
}

/// `key`'s string for `site` as `t()` gives it: the site's `[translations]` first, then the
/// built-in string of its language ([`i18n::lookup`]).
fn raw<'s>(site: &'s Site, key: &str) -> Option<&'s str> {
    i18n::lookup(&site.config.translations, site.config.lang(), key)
}

/// `key`'s string for `site` ([`raw`]), escaped once as the templates show it.
fn escaped(site: &Site, key: &str) -> Option<String> {
    raw(site, key).map(super::templates::escape)
}

/// A string `t(key=…, n=…)` gives: the `<key>_one` form when `n` takes the singular in the
/// site's language ([`i18n::takes_one`]) and there is one.
pub struct Counted {
    one: Option<String>,
    other: String,
    lang: crate::dates::Lang,
}

impl Counted {
    /// The two forms of `key` for `site`, escaped, as `t()` looks them up; `None` when the
    /// plain form is missing.
    pub fn look(site: &Site, key: &str) -> Option<Counted> {
        Some(Counted {
            one: escaped(site, &format!("{key}_one")),
            other: escaped(site, key)?,
            lang: site.config.lang(),
        })
    }

    /// The form for a count of `n`, escaped.
    pub fn of(&self, n: usize) -> &str {
        match &self.one {
            Some(one) if i18n::takes_one(self.lang, n as u64) => one,
            _ => &self.other,
        }
    }

    /// `n` grouped by thousands, a space and its form: what `{{ n | num }} {{ t(key=…, n=n) }}`
    /// writes.
    pub fn push(&self, out: &mut String, n: usize) {
        i18n::push_number(out, self.lang, n as u64);
        out.push(' ');
        out.push_str(self.of(n));
    }
}

/// The interface strings the pages show, each escaped once, as `t()` gives them (the site's
/// `[translations]` first, then the built-in strings: [`i18n::lookup`], as `t()` reads them).
#[allow(missing_docs)]
pub struct Strings {
    /// The site's language, for the forms of counts and how numbers are grouped.
    pub lang: crate::dates::Lang,
    // base.html
    pub skip: String,
    pub site_nav: String,
    pub home: String,
    pub chronology: String,
    pub actors: String,
    pub sources: String,
    pub search: String,
    pub topics_nav: String,
    pub feed: String,
    pub generated: String,
    // article.html and the macros it calls
    pub article: String,
    pub author: String,
    pub date: String,
    pub language: String,
    pub original: String,
    pub topics: String,
    pub see_source: String,
    pub guessed_note: String,
    pub photo: String,
    pub colon: String,
    pub article_sources: String,
    pub open_quote: String,
    pub close_quote: String,
    pub back_to_cite: String,
    pub guessed: String,
    pub cited_by: String,
    pub events_in_article: String,
    pub dates_in_text: Counted,
    pub article_dates_hint: String,
    pub no_events: String,
    // chronology.html
    pub topic: String,
    pub all_topics: String,
    pub origin: String,
    pub all_origins: String,
    pub curated: String,
    pub curated_long: String,
    pub extracted: String,
    pub extracted_long: String,
    pub source_filter: String,
    pub all_outlets: String,
    pub filter_count: String,
    pub filter_count_one: String,
    pub events: Counted,
    /// `sources_label | css_string`, escaped: the label of every entry's sources.
    pub sources_label_css: String,
}

impl Strings {
    /// The strings of `site`'s language; `None` when one is missing.
    pub fn new(site: &Site) -> Option<Strings> {
        let lang = site.config.lang();
        let raw = |k: &str| raw(site, k);
        let esc = |k: &str| escaped(site, k);
        let counted = |k: &str| Counted::look(site, k);
        // `{% set sources_label = t(key="sources") ~ t(key="colon") ~ " " %}`, then
        // `{{ sources_label | css_string }}`: made of the strings as they are, escaped last.
        let label = format!("{}{} ", raw("sources")?, raw("colon")?);
        Some(Strings {
            lang,
            skip: esc("skip")?,
            site_nav: esc("site_nav")?,
            home: esc("home")?,
            chronology: esc("chronology")?,
            actors: esc("actors")?,
            sources: esc("sources")?,
            search: esc("search")?,
            topics_nav: esc("topics_nav")?,
            feed: esc("feed")?,
            generated: esc("generated")?,
            article: esc("article")?,
            author: esc("author")?,
            date: esc("date")?,
            language: esc("language")?,
            original: esc("original")?,
            topics: esc("topics")?,
            see_source: esc("see_source")?,
            guessed_note: esc("guessed_note")?,
            photo: esc("photo")?,
            colon: esc("colon")?,
            article_sources: esc("article_sources")?,
            open_quote: esc("open_quote")?,
            close_quote: esc("close_quote")?,
            back_to_cite: esc("back_to_cite")?,
            guessed: esc("guessed")?,
            cited_by: esc("cited_by")?,
            events_in_article: esc("events_in_article")?,
            dates_in_text: counted("dates_in_text")?,
            article_dates_hint: esc("article_dates_hint")?,
            no_events: esc("no_events")?,
            topic: esc("topic")?,
            all_topics: esc("all_topics")?,
            origin: esc("origin")?,
            all_origins: esc("all_origins")?,
            curated: esc("curated")?,
            curated_long: esc("curated_long")?,
            extracted: esc("extracted")?,
            extracted_long: esc("extracted_long")?,
            source_filter: esc("source_filter")?,
            all_outlets: esc("all_outlets")?,
            filter_count: esc("filter_count")?,
            filter_count_one: esc("filter_count_one")?,
            events: counted("events")?,
            sources_label_css: super::templates::escape(&super::templates::css_string(&label)),
        })
    }
}

/// Appends `s` escaped as the templates escape text ([`super::templates::escape`]).
fn esc(out: &mut String, s: &str) {
    crate::text::push_escaped(out, s);
}

/// Appends `<a href="url">text</a>`, both escaped: the templates' plain link.
fn link(out: &mut String, url: &str, text: &str) {
    out.push_str("<a href=\"");
    esc(out, url);
    out.push_str("\">");
    esc(out, text);
    out.push_str("</a>");
}

/// A value the templates test with `{% if %}`: absent and empty are false alike.
fn given(s: Option<&str>) -> Option<&str> {
    s.filter(|s| !s.is_empty())
}
