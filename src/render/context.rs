//! What templates see: the typed contexts of every page and fragment, and the one place where
//! the resolved [`Site`] is mapped into them. These structs are the contract for a site's own
//! templates (README, "Writing templates"): a field renamed here breaks users' templates.
//!
//! Every page context carries [`Base`] at its top level (`root`, `site`, `page_title`), then
//! its own fields. Links are already relative to the page ([`Urls`]); dates come twice, as the
//! reader's language writes them (`date`) and in ISO form (`date_iso`). Text is plain and
//! escaped by the templates; only the fields documented as HTML (`body`, an event's `html`,
//! a rendered event list entry's `html`) are markup, made from the site's own Markdown or
//! escaped text.

use super::chronology_files;
use super::i18n;
use super::source_files::{self, Part, Plan};
use super::urls::{source_anchor, Urls};
use crate::chronology::Event;
use crate::dates::{Lang, Precision};
use crate::doc::{ArticleId, NoteId, SourceId, TopicId};
use crate::site::{DocRef, Site};
use crate::sources::{Source, SourceKind};
use crate::text::slugify;
use crate::topics::Reason;
use serde::Serialize;
use std::borrow::Cow;

/// How many topics the masthead of every page names.
const NAV_TOPICS: usize = 8;

/// How many sources an event shows outside the chronology page: an event that a thousand
/// articles report must not repeat a thousand links on each of their pages.
pub const EVENT_LINKS_ELSEWHERE: usize = 3;

/// How many articles a topic page lists, the most recent, for the same reason.
pub const TOPIC_ARTICLES: usize = 200;

/// How many events a topic page lists, the most recent: a topic that ten thousand articles
/// report must not make one page that grows with them (the chronology page lists them all).
pub const TOPIC_EVENTS: usize = 200;

/// About how many characters of an event's text its compact form shows.
pub(super) const SHORT_TEXT: usize = 60;

/// About how many characters of a page's summary its `<meta name="description">` keeps.
const DESCRIPTION_CHARS: usize = 200;

/// About how many characters of a source's title the compact form of an event shows.
pub(super) const SHORT_TITLE: usize = 48;

/// A link: its text and its address, relative to the page.
#[derive(Serialize, Clone)]
pub struct Link<'a> {
    /// The text.
    pub title: Cow<'a, str>,
    /// The address, relative to the page.
    pub url: String,
}

/// What every page has: `root`, `site`, `page_title`.
#[derive(Serialize)]
pub struct Base<'a> {
    /// The way back to the site root: `""` or `"../"`. Links in the contexts already carry it;
    /// templates use it for their own (`{{ root }}assets/style.css`).
    pub root: &'static str,
    /// The site.
    pub site: SiteCtx<'a>,
    /// The page's title (the site's title on the home page).
    pub page_title: Cow<'a, str>,
    /// The kind of page (`index`, `topic`, `article`, `note`, `sources`, `chronology`,
    /// `search`; empty for a page a site adds): the masthead marks its own link as current.
    pub page: &'static str,
}

impl Base<'_> {
    /// The same, for a page of kind `page`.
    pub fn on(self, page: &'static str) -> Self {
        Base { page, ..self }
    }
}

/// The site as every page sees it (`site`).
#[derive(Serialize)]
pub struct SiteCtx<'a> {
    /// `title` of config.toml.
    pub title: &'a str,
    /// `description` of config.toml.
    pub description: &'a str,
    /// The interface language code (`fr`, `en`).
    pub lang: &'static str,
    /// The masthead's topics: the first eight, in the editors' order.
    pub topics: Vec<Link<'a>>,
    /// The index of actors (people, places, organisations), when the editors declared any.
    pub actors: Option<String>,
}

/// An event, as `partials/event.html` sees it (`e`; with `full`, true on the chronology page,
/// and `root`).
#[derive(Serialize)]
pub struct EventCtx<'a> {
    /// Anchor id on the chronology page.
    pub id: &'a str,
    /// The date as the reader's language writes it, at the event's precision.
    pub date: String,
    /// ISO value (`2022-12-19`, `2022-12`, `2001/2020`).
    pub iso: String,
    /// ISO start date (what `<time datetime>` accepts: HTML has no interval form).
    pub start_iso: String,
    /// `day`, `month`, `year`.
    pub precision: &'static str,
    /// Whether the event spans a range (its precision then goes without saying).
    pub range: bool,
    /// Written by an editor (true) or extracted from the articles.
    pub curated: bool,
    /// What happened, plain text.
    pub text: &'a str,
    /// What happened, HTML: escaped text, the words that date it in `<mark>`.
    pub html: Cow<'a, str>,
    /// Its sources, as short links (outlet or author); at most three outside the chronology.
    pub sources: Vec<Link<'a>>,
    /// How many distinct sources report it.
    pub count: usize,
    /// Where the articles say it: the dating words, linking to the paragraph.
    pub mentions: Vec<Link<'a>>,
    /// Topic slugs, space-separated (for the chronology's filter).
    pub topic_slugs: String,
    /// The slugs of the outlets of all its sources, space-separated (for the chronology's
    /// filter by source).
    pub outlet_slugs: String,
    /// Its topics.
    pub topics: Vec<Link<'a>>,
    /// Other dates sources give for it, linking to those events.
    pub conflicts: Vec<Link<'a>>,
    /// The page that declares a curated event.
    pub declared_in: Option<Link<'a>>,
    /// Its sources named in full, each once: the editors' first, then the articles that
    /// report it; at most three outside the chronology.
    pub reports: Vec<EventReport<'a>>,
    /// Sources and reports left out of this view (the chronology page lists them all).
    pub more: usize,
    /// Its entry on the chronology page.
    pub url: String,
    /// What happened, plain text cut at a word to about 60 characters (the compact form's
    /// text: the page that lists it is one click away from the whole).
    pub short: String,
    /// The language of `text` (an extracted event's is its article's) when it is not the
    /// site's, for its `lang`.
    pub lang: Option<&'a str>,
}

/// A source of an event (`e.reports[]`), named so that a reader can tell two apart: title,
/// outlet, date, each linking to its own page; and where the article says it.
#[derive(Serialize)]
pub struct EventReport<'a> {
    /// Its title.
    pub title: &'a str,
    /// Its title cut at a word to about 48 characters (for the compact form, which names a
    /// source by its title only when the outlet is missing or unknown).
    pub short_title: Cow<'a, str>,
    /// Its page: the article, or its entry on the sources page.
    pub url: String,
    /// Outlet.
    pub outlet: Option<&'a str>,
    /// Author.
    pub author: Option<&'a str>,
    /// Date, in the reader's language.
    pub date: Option<String>,
    /// ISO date.
    pub date_iso: Option<String>,
    /// The paragraph of the article that reports the event, its text being the words that
    /// date it there (`hier`: read with the article's date).
    pub passage: Option<Link<'a>>,
    /// The source's language when it is not the site's, for the `lang` of its title and
    /// passage.
    pub lang: Option<&'a str>,
}

/// An event in a page's list (`years[].months[].events[]`): a few fields, and the event as
/// `partials/event.html` rendered it (rendered once per event, not once per page).
#[derive(Serialize)]
pub struct EventEntry<'a> {
    /// Anchor id on the chronology page.
    pub id: &'a str,
    /// ISO value (`iso` to templates): kept as the span and written as text only when a
    /// template's context is made, which a page written by [`super::page_html`] never is
    /// (hundreds of thousands of strings made and dropped unread).
    #[serde(rename = "iso", serialize_with = "span_iso")]
    pub span: crate::dates::DateSpan,
    /// Written by an editor.
    pub curated: bool,
    /// The rendered fragment (HTML).
    pub html: &'a str,
    /// The event's index in the site's chronology (not for templates).
    #[serde(skip)]
    pub index: usize,
}

/// Events grouped by year (`years`).
#[derive(Serialize)]
pub struct YearGroup<'a> {
    /// The year.
    pub year: i32,
    /// Its months, in order; month 0 holds events known only to the year.
    pub months: Vec<MonthGroup<'a>>,
}

/// The events of one month.
#[derive(Serialize)]
pub struct MonthGroup<'a> {
    /// 1–12, or 0 for the year's events without a month.
    pub month: u32,
    /// The heading (`Décembre`, or `Dans l'année` for month 0).
    pub label: String,
    /// The events (empty on the chronology's pages, which list them in `days`).
    pub events: Vec<EventEntry<'a>>,
    /// On the chronology's pages, the events by date: its full entries leave their date to
    /// their day's heading, written once (empty on other pages).
    pub days: Vec<DayGroup<'a>>,
}

/// The chronology's events of one date (one day, or a month, a year, a range: the events'
/// own precision), in a month's `days`.
#[derive(Serialize)]
pub struct DayGroup<'a> {
    /// The date as the reader's language writes it (`7 septembre 2023`, a range); none when
    /// the month's heading says it all (the events of the month, or of the year, with no
    /// closer date: they come first in their month).
    pub date: Option<String>,
    /// Its ISO start (what `<time datetime>` accepts).
    pub date_iso: String,
    /// The events.
    pub events: Vec<EventEntry<'a>>,
}

/// An article in a list.
#[derive(Serialize)]
pub struct ArticleItem<'a> {
    /// Title.
    pub title: &'a str,
    /// Its page.
    pub url: String,
    /// Outlet.
    pub outlet: Option<&'a str>,
    /// Author.
    pub author: Option<&'a str>,
    /// Date, in the reader's language.
    pub date: Option<String>,
    /// ISO date.
    pub date_iso: Option<String>,
    /// Summary.
    pub summary: &'a str,
    /// Language code (`en`) when it is not the site's, for the `lang` of its title and summary.
    pub language: Option<&'a str>,
    /// On a topic page, the alias that attached it (none when filed by front matter).
    pub alias: Option<&'a str>,
    /// On a topic page, whether its front matter files it there.
    pub filed: bool,
}

/// A note in a list.
#[derive(Serialize)]
pub struct NoteItem<'a> {
    /// Title.
    pub title: &'a str,
    /// Its page.
    pub url: String,
    /// Date, in the reader's language.
    pub date: Option<String>,
    /// ISO date.
    pub date_iso: Option<String>,
    /// Summary.
    pub summary: &'a str,
}

/// A source (an article of the dossier, or what one cites): `macros.html`'s `reference(s)`
/// formats it as `Author, « Title », Outlet, date.`
#[derive(Serialize)]
pub struct SourceCtx<'a> {
    /// Anchor of its entry on the sources page.
    pub anchor: String,
    /// Its entry on the sources page.
    pub entry: String,
    /// Citation id (`@key` in Markdown).
    pub key: &'a str,
    /// `article` or `cited`.
    pub kind: &'static str,
    /// Title.
    pub title: &'a str,
    /// Its best page: the article, or its entry on the sources page.
    pub page: String,
    /// Outlet.
    pub outlet: Option<&'a str>,
    /// Author.
    pub author: Option<&'a str>,
    /// Date in the reader's language.
    pub date: Option<String>,
    /// ISO date.
    pub date_iso: Option<String>,
    /// Language code.
    pub language: Option<&'a str>,
    /// The language's name in the reader's language (`anglais`), only when it is not the
    /// site's: a reader needs to be told that a source is in English, not that each is in French.
    pub language_name: Option<Cow<'a, str>>,
    /// Original address (outside the site).
    pub url: Option<&'a str>,
    /// For a cited source, the article that cites it.
    pub via: Option<Link<'a>>,
    /// The pages that cite it.
    pub cited_by: Vec<Link<'a>>,
}

/// A numbered note under a briefing (`citation_notes`).
#[derive(Serialize)]
pub struct NoteRef<'a> {
    /// Its number.
    pub number: usize,
    /// The source it refers to.
    pub source: SourceCtx<'a>,
    /// Ids of the citations that point to it (`cite-3`), for the way back.
    pub backrefs: Vec<String>,
}

/// One citation in a body, as `partials/cite.html` sees it.
#[derive(Serialize)]
pub struct CiteCtx<'a> {
    /// 1-based position of the citation in the body (its anchor is `cite-<id>`).
    pub id: usize,
    /// The notes it points to.
    pub items: Vec<CiteItem<'a>>,
}

/// A note a citation points to, with its locator (`p. 4`).
#[derive(Serialize)]
pub struct CiteItem<'a> {
    /// The note's number.
    pub number: usize,
    /// Where in the source, when the citation says.
    pub locator: Option<&'a str>,
}

/// `index.html`.
#[derive(Serialize)]
pub struct IndexPage<'a> {
    /// What every page has.
    #[serde(flatten)]
    pub base: Base<'a>,
    /// Every topic, in the editors' order.
    pub topics: Vec<TopicCard<'a>>,
    /// The eight latest events, most recent first.
    pub latest_events: Vec<EventEntry<'a>>,
    /// The eight latest articles.
    pub latest_articles: Vec<ArticleItem<'a>>,
    /// Every note, newest first.
    pub notes: Vec<NoteItem<'a>>,
    /// How many articles, sources and events the site has.
    pub article_count: usize,
    /// See `article_count`.
    pub source_count: usize,
    /// See `article_count`.
    pub event_count: usize,
}

/// A topic on the home page.
#[derive(Serialize)]
pub struct TopicCard<'a> {
    /// Title.
    pub title: &'a str,
    /// Its page.
    pub url: String,
    /// Summary.
    pub summary: &'a str,
    /// How many articles, notes and events it has.
    pub articles: usize,
    /// See `articles`.
    pub notes: usize,
    /// See `articles`.
    pub events: usize,
}

/// `topics/<slug>.html`.
#[derive(Serialize)]
pub struct TopicPage<'a> {
    /// What every page has.
    #[serde(flatten)]
    pub base: Base<'a>,
    /// The topic: `title`, `summary`, `slug`.
    pub topic: TopicCtx<'a>,
    /// The briefing (HTML), citations numbered.
    pub body: String,
    /// The numbered notes under it.
    pub citation_notes: Vec<NoteRef<'a>>,
    /// Its notes.
    pub notes: Vec<NoteItem<'a>>,
    /// Its articles, newest first (at most 200).
    pub articles: Vec<ArticleItem<'a>>,
    /// How many older articles of the topic the page leaves out (the sources page lists
    /// every article).
    pub earlier_articles: usize,
    /// Its most recent events (at most 200).
    pub years: Vec<YearGroup<'a>>,
    /// How many earlier events of the topic the page leaves to the chronology.
    pub earlier_events: usize,
    /// Everything cited in the briefing, then each article the page lists, once each.
    pub sources: Vec<SourceCtx<'a>>,
    /// When the briefing was last updated: the latest date of its notes and articles.
    pub updated: Option<Updated>,
    /// All the topic's events drawn as SVG (markup), each mark linking to the chronology.
    pub timeline_svg: Option<String>,
}

/// A topic's own fields.
#[derive(Serialize)]
pub struct TopicCtx<'a> {
    /// Title.
    pub title: &'a str,
    /// Summary.
    pub summary: &'a str,
    /// Slug (the page is `topics/<slug>.html`).
    pub slug: &'a str,
}

/// `notes/<slug>.html`.
#[derive(Serialize)]
pub struct NotePage<'a> {
    /// What every page has.
    #[serde(flatten)]
    pub base: Base<'a>,
    /// The note's own fields.
    pub note: NoteCtx<'a>,
    /// Its topics.
    pub topics: Vec<Link<'a>>,
    /// The text (HTML), citations numbered.
    pub body: String,
    /// The numbered notes under it.
    pub citation_notes: Vec<NoteRef<'a>>,
    /// The events it declares.
    pub years: Vec<YearGroup<'a>>,
}

/// A note's own fields.
#[derive(Serialize)]
pub struct NoteCtx<'a> {
    /// Title.
    pub title: &'a str,
    /// Summary.
    pub summary: &'a str,
    /// Author.
    pub author: Option<&'a str>,
    /// Date, in the reader's language.
    pub date: Option<String>,
    /// ISO date.
    pub date_iso: Option<String>,
}

/// `articles/<slug>.html`.
#[derive(Serialize)]
pub struct ArticlePage<'a> {
    /// What every page has.
    #[serde(flatten)]
    pub base: Base<'a>,
    /// The article's own fields.
    pub article: ArticleCtx<'a>,
    /// The text (HTML), the first mention of each actor in each section linking to its page.
    pub body: Cow<'a, str>,
    /// Its topics, with the alias that attached it when no front matter did (`alias`).
    pub topics: Vec<TopicLink<'a>>,
    /// The numbered sources the article lists at its end.
    pub own_sources: Vec<OwnSource<'a>>,
    /// The events it reports or is cited for, in date order (each entry carries its date:
    /// the list is flat), but those `marked` in the text.
    pub events: Vec<ArticleEvent<'a>>,
    /// How many of its events are marked in `body` instead: their dating words link to
    /// their chronology entries, followed by the resolved date when the words do not give
    /// it whole (`mardi <small>(16 septembre 2025)</small>`).
    pub marked: usize,
    /// The pages that cite it.
    pub cited_by: Vec<Link<'a>>,
}

/// An event in its article's list (`events[]` of an article page). The article's own
/// sentences are on the page already: an entry is the date, linking to the chronology, and
/// the paragraphs that give it, rather than the sentence again.
#[derive(Serialize)]
pub struct ArticleEvent<'a> {
    /// Its entry on the chronology page.
    pub url: String,
    /// The date as the reader's language writes it, at the event's precision.
    pub date: String,
    /// ISO start date (for `<time datetime>`).
    pub start_iso: String,
    /// Written by an editor.
    pub curated: bool,
    /// Where this article reports it, one per paragraph, in the text's order; none when the
    /// article is only cited for it (an editors' event).
    pub passages: Vec<Passage<'a>>,
    /// What happened, cut at a word to about 60 characters: only when no passage of the
    /// article says it (the text is not on the page then).
    pub short: Option<String>,
    /// The language of `short` when it is not the site's.
    pub lang: Option<&'a str>,
    /// How many distinct sources report it.
    pub count: usize,
    /// Whether sources give it other dates.
    pub conflict: bool,
    /// The entry as `partials/article_event.html` renders it (left out of the context that
    /// template renders the entry from, where it is still empty).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub html: String,
    /// The event (not a template field).
    #[serde(skip)]
    pub event: usize,
}

/// An entry of a list given as its rendered HTML alone (`e.html`), for a built-in template
/// that reads nothing else of it.
#[derive(Serialize)]
pub struct Rendered<'a> {
    /// The entry's HTML.
    pub html: &'a str,
}

/// A paragraph of the page's own text that reports an event.
#[derive(Serialize)]
pub struct Passage<'a> {
    /// The paragraph's anchor on the page (`#p3`).
    pub url: String,
    /// Its name for a reader: the paragraph's number (`3`), or a heading's text.
    pub label: &'a str,
    /// The article's words for the date when they need the article's date to be read
    /// (`hier`, `le 17 juillet`: no year in them); `None` when they give the year.
    pub words: Option<&'a str>,
}

/// An article's own fields.
#[derive(Serialize)]
pub struct ArticleCtx<'a> {
    /// Title.
    pub title: &'a str,
    /// Slug (the page is `articles/<slug>.html`, the citation id `@<slug>`).
    pub slug: &'a str,
    /// Author.
    pub author: Option<&'a str>,
    /// Outlet.
    pub outlet: Option<&'a str>,
    /// Original address.
    pub url: Option<&'a str>,
    /// The language's name in the reader's language (`anglais`).
    pub language: Option<Cow<'a, str>>,
    /// The language code (`en`).
    pub language_code: Option<&'a str>,
    /// Date, in the reader's language.
    pub date: Option<String>,
    /// ISO date.
    pub date_iso: Option<String>,
    /// Summary.
    pub summary: &'a str,
    /// Photo credit.
    pub credit: Option<&'a str>,
    /// Which fields import guessed (`title`, `author`, `date`), for the editor to check.
    pub guessed: &'a [&'static str],
    /// Its entry on the sources page.
    pub entry: String,
}

/// A topic link with why it is attached.
#[derive(Serialize)]
pub struct TopicLink<'a> {
    /// The topic's title.
    pub title: &'a str,
    /// Its page.
    pub url: String,
    /// The alias found in the text, when the front matter does not file it.
    pub alias: Option<&'a str>,
}

/// A numbered source at the end of an article.
#[derive(Serialize)]
pub struct OwnSource<'a> {
    /// Its number (label) in the article.
    pub label: &'a str,
    /// The entry's text as written.
    pub text: &'a str,
    /// Title, when the entry gives one.
    pub title: Option<&'a str>,
    /// Outlet.
    pub outlet: Option<&'a str>,
    /// Date, in the reader's language.
    pub date: Option<String>,
    /// Original address.
    pub url: Option<&'a str>,
    /// Its entry on the sources page.
    pub entry: Option<String>,
    /// Whether the text refers to it (a footnote marker), so the way back exists.
    pub referenced: bool,
    /// The language of its title when it is not the site's (guessed from the title when the
    /// article does not say), for its `lang`.
    pub language: Option<&'a str>,
}

/// `sources.html` listing every source, or one part of a split list (`sources-articles-2.html`,
/// `sources-cited-1.html`: `source_files.rs`), rendered by the same template.
#[derive(Serialize)]
pub struct SourcesPage<'a> {
    /// What every page has.
    #[serde(flatten)]
    pub base: Base<'a>,
    /// Every source of the page, in registry order.
    pub sources: Vec<SourceCtx<'a>>,
    /// Outlets alphabetically (unknown last), each with the indices in `sources` of its own.
    pub outlets: Vec<OutletGroup<'a>>,
    /// Indices in `sources`, newest first (undated last).
    pub by_date: Vec<usize>,
    /// On a part of a split list (`sources-articles-2.html`): which part, and the way to the
    /// others; none on the whole list.
    pub part: Option<SourcesPartNav>,
}

/// Where a part of a split sources page stands among the others.
#[derive(Serialize)]
pub struct SourcesPartNav {
    /// This part, as the index names it.
    pub current: SourcePart,
    /// The index of the parts (`sources.html`).
    pub index: String,
    /// The part before, in the index's order (none for the first).
    pub prev: Option<SourcePart>,
    /// The part after (none for the last).
    pub next: Option<SourcePart>,
}

/// A part of a split sources page.
#[derive(Serialize)]
pub struct SourcePart {
    /// `article` (a part of the dossier's articles) or `cited` (of the sources they cite).
    pub kind: &'static str,
    /// Where it starts and ends in the list's order, as a reader looks for it: its first and
    /// last outlets (`Le Monde – Libération`), or its one outlet (`Le Monde`), with the dates of
    /// its first and last articles when that outlet runs over several parts (`Le Monde (3 mars
    /// 2025 – 2 janvier 2024)`); for cited sources, the articles that cite its first and last
    /// (`Cité dans « A » – « B »`).
    pub label: String,
    /// Its page.
    pub url: String,
    /// How many sources it lists.
    pub count: usize,
}

/// `sources.html` once the list is split (past 1,000 sources): the index of its parts.
#[derive(Serialize)]
pub struct SourcesIndexPage<'a> {
    /// What every page has.
    #[serde(flatten)]
    pub base: Base<'a>,
    /// How many sources the dossier has, in all parts.
    pub count: usize,
    /// How many of them are the dossier's articles.
    pub articles: usize,
    /// How many are sources the articles cite.
    pub cited: usize,
    /// The parts of the articles, in the list's order: by outlet, newest first.
    pub article_parts: Vec<SourcePart>,
    /// The parts of the sources the articles cite, in the order of the articles that cite them.
    pub cited_parts: Vec<SourcePart>,
}

/// An outlet's sources.
#[derive(Serialize)]
pub struct OutletGroup<'a> {
    /// The outlet's name (empty: unknown).
    pub name: &'a str,
    /// Its anchor.
    pub anchor: String,
    /// Indices in `sources`.
    pub sources: Vec<usize>,
}

/// `chronology.html`, and `chronology-<year>.html` once the chronology is split by year.
#[derive(Serialize)]
pub struct ChronologyPage<'a> {
    /// What every page has.
    #[serde(flatten)]
    pub base: Base<'a>,
    /// The year of this page, on a split chronology: a year's page, the index of a year's
    /// months, or one of its months' pages.
    pub year: Option<i32>,
    /// Every year of the chronology: `title` (the year), `url` (its page, or its heading on
    /// this page), `count` (its events).
    pub year_pages: Vec<YearLink>,
    /// When this page's year has a page per month (past 1,000 events): those pages, in order.
    /// On the year's index, every one; on a month's page, each month's first page and every
    /// page of this page's month, so that the list stays short whatever the dossier's size.
    pub month_pages: Vec<PartLink<'a>>,
    /// The events of this page: every event, the year's, or a month's (none on an index).
    pub years: Vec<YearGroup<'a>>,
    /// Every topic, for the filter: `url` holds the slug.
    pub topics: Vec<Link<'a>>,
    /// Every outlet that reports an event, for the filter by source: `title` the outlet,
    /// `url` its slug (as in an event's `outlet_slugs`), alphabetically.
    pub outlets: Vec<Link<'a>>,
    /// The whole chronology drawn as SVG (markup: `timeline_svg.rs`), on every page of it.
    pub timeline_svg: Option<String>,
}

/// A page of a year split by month.
#[derive(Serialize)]
pub struct PartLink<'a> {
    /// The month (`Mars`, `Dans l'année`), and the run's number when a month of more than
    /// 1,000 events continues on further pages (`Mars (2)`).
    pub title: Cow<'a, str>,
    /// Its page.
    pub url: Cow<'a, str>,
    /// How many events it lists.
    pub count: usize,
    /// Whether it is this page.
    pub current: bool,
}

/// A year of the chronology.
#[derive(Serialize)]
pub struct YearLink {
    /// The year.
    pub year: i32,
    /// Its page, or its heading on an unsplit chronology.
    pub url: String,
    /// How many events start in it.
    pub count: usize,
}

/// `search.html`: the choices of its filters.
#[derive(Serialize)]
pub struct SearchPage<'a> {
    /// What every page has.
    #[serde(flatten)]
    pub base: Base<'a>,
    /// The kinds of documents, for the type filter: `title` is the label, `url` the value
    /// (`topic`, `note`, `article`, `event`, `source`).
    pub kinds: Vec<Link<'a>>,
    /// The topics, for the topic filter: `title`, and `url` holding the slug.
    pub topics: Vec<Link<'a>>,
}

/// `feed.xml` (Atom): notes and articles, newest first, at most 50. Addresses are absolute
/// when the site has a `base_url`.
#[derive(Serialize)]
pub struct FeedCtx<'a> {
    /// The site.
    pub site: SiteCtx<'a>,
    /// The feed's title: the site's, or the topic's then the site's.
    pub title: Cow<'a, str>,
    /// What it is: the site's description, or the topic's summary.
    pub subtitle: &'a str,
    /// The feed's own address (also its id).
    pub feed_url: String,
    /// The home page's address.
    pub home_url: String,
    /// RFC 3339 time of the newest entry.
    pub updated: String,
    /// The feed's author: `author` of config.toml, or the title.
    pub author: &'a str,
    /// The entries.
    pub entries: Vec<FeedEntry<'a>>,
}

/// An entry of a feed.
#[derive(Serialize)]
pub struct FeedEntry<'a> {
    /// Title.
    pub title: &'a str,
    /// Address (also its id).
    pub url: String,
    /// RFC 3339 time.
    pub updated: String,
    /// Author.
    pub author: Option<&'a str>,
    /// Summary.
    pub summary: &'a str,
}

/// `sitemap.xml`: the absolute address of every page.
#[derive(Serialize)]
pub struct SitemapCtx {
    /// The addresses, sorted (none in a sitemap index).
    pub urls: Vec<String>,
    /// In `sitemap.xml` of a site of more than 50,000 pages: the sitemaps it indexes
    /// (`sitemap-1.xml`…, 50,000 addresses each); empty otherwise.
    pub sitemaps: Vec<String>,
}

// ------------------------------------------------------------------------------------------
// From the site into the contexts: the one place that reads the resolved `Site` for pages.

fn date_long(d: Option<crate::dates::PartialDate>, lang: Lang) -> Option<String> {
    d.map(|d| d.long(lang))
}

fn date_iso(d: Option<crate::dates::PartialDate>) -> Option<String> {
    d.map(|d| d.to_string())
}

fn doc_title(site: &Site, d: DocRef) -> &str {
    match d {
        DocRef::Article(i) => &site.articles[i].title,
        DocRef::Note(i) => &site.notes[i].title,
        DocRef::Topic(i) => &site.topics[i].title,
    }
}

fn doc_link<'a>(site: &'a Site, u: &Urls, d: DocRef) -> Link<'a> {
    Link { title: Cow::Borrowed(doc_title(site, d)), url: u.doc(d) }
}

/// [`Base`] for a page whose links are made by `u`.
pub fn base<'a>(site: &'a Site, u: &Urls, page_title: impl Into<Cow<'a, str>>) -> Base<'a> {
    Base { root: u.root(), site: site_ctx(site, u), page_title: page_title.into(), page: "" }
}

/// [`SiteCtx`] for a page whose links are made by `u`.
pub fn site_ctx<'a>(site: &'a Site, u: &Urls) -> SiteCtx<'a> {
    SiteCtx {
        title: &site.config.title,
        description: &site.config.description,
        lang: site.lang.code(),
        topics: TopicId::all(site.topics.len().min(NAV_TOPICS))
            .map(|t| Link { title: Cow::Borrowed(&site.topics[t].title), url: u.topic(t) })
            .collect(),
        actors: (!site.actors.is_empty()).then(|| u.path(super::urls::ACTORS)),
    }
}

/// Event `ei` for `partials/event.html`, with at most `limit` sources and reports each.
pub fn event<'a>(site: &'a Site, u: &Urls<'a>, ei: usize, limit: usize) -> EventCtx<'a> {
    let e: &Event = &site.events[ei];
    let lang = site.lang;
    // Short link texts: an event lists several sources on one line.
    let short_name = |src: &'a Source| match (&src.outlet, &src.author) {
        (Some(o), _) => Cow::Borrowed(o.as_str()),
        (None, Some(a)) => Cow::Borrowed(a.as_str()),
        (None, None) => Cow::Owned(crate::text::truncate_words(&src.title, 48)),
    };
    let mut sources: Vec<Link> = e
        .sources
        .iter()
        .take(limit)
        .map(|&s| Link { title: short_name(&site.sources[s]), url: u.source(&site.sources[s]) })
        .collect();
    sources.dedup_by(|a, b| a.url == b.url);
    EventCtx {
        id: &e.id,
        date: e.span.long(lang),
        iso: e.span.iso(),
        start_iso: e.span.start.to_string(),
        precision: e.span.start.precision().name(),
        range: e.span.end.is_some(),
        curated: e.curated,
        text: &e.text,
        html: e.html(),
        sources,
        count: e.reports,
        mentions: e
            .mentions
            .iter()
            .take(limit)
            .map(|m| Link { title: Cow::Borrowed(&m.expression[..]), url: u.article_block(m.article, &m.block) })
            .collect(),
        topic_slugs: e.topics.iter().map(|&t| site.topics[t].slug.as_str()).collect::<Vec<_>>().join(" "),
        outlet_slugs: outlets_of(site, e).into_keys().collect::<Vec<_>>().join(" "),
        topics: e
            .topics
            .iter()
            .map(|&t| Link { title: Cow::Borrowed(&site.topics[t].title), url: u.topic(t) })
            .collect(),
        conflicts: e
            .conflicts()
            .iter()
            .map(|c| Link { title: Cow::Owned(c.span.long(lang)), url: u.event_by_id(&c.other, c.span) })
            .collect(),
        declared_in: e.declared_in().map(|d| doc_link(site, u, d)),
        reports: reports(site, u, ei, limit),
        more: e.sources.len().saturating_sub(limit) + e.mentions.len().saturating_sub(limit),
        url: u.event(ei),
        short: crate::text::truncate_words(&e.text, SHORT_TEXT),
        lang: event_lang(site, e),
    }
}

/// The language of `e`'s text when it is not the site's: an editor writes in the site's
/// language; an extracted event is its article's words.
pub(super) fn event_lang<'a>(site: &'a Site, e: &Event) -> Option<&'a str> {
    if e.curated {
        None
    } else {
        e.mentions.first().and_then(|m| other_language(site, site.articles[m.article].language.as_deref()))
    }
}

/// The sources of `e` named in full, at most `limit`: the editors' sources, then the articles
/// of its reports; each with the first passage of its article that reports the event.
pub(super) fn reports<'a>(site: &'a Site, u: &Urls<'a>, ei: usize, limit: usize) -> Vec<EventReport<'a>> {
    let e = &site.events[ei];
    report_ids(site, e, limit)
        .into_iter()
        .map(|i| {
            let s = &site.sources[i];
            let passage = match s.kind {
                SourceKind::Article(a) => u.mentions_in(ei, a).next().map(|m| Link {
                    title: Cow::Borrowed(&m.expression[..]),
                    url: u.article_block(m.article, &m.block),
                }),
                SourceKind::Cited(..) => None,
            };
            EventReport {
                title: &s.title,
                short_title: if s.title.chars().count() <= SHORT_TITLE {
                    Cow::Borrowed(&s.title[..])
                } else {
                    Cow::Owned(crate::text::truncate_words(&s.title, SHORT_TITLE))
                },
                url: u.source(s),
                outlet: s.outlet.as_deref(),
                author: s.author.as_deref(),
                date: date_long(s.date, site.lang),
                date_iso: date_iso(s.date),
                passage,
                lang: other_language(site, s.language.as_deref()),
            }
        })
        .collect()
}

/// The sources [`reports`] names, in its order: the editors' sources, then the articles of
/// its reports, each once, at most `limit`.
pub(super) fn report_ids(site: &Site, e: &Event, limit: usize) -> Vec<SourceId> {
    let all = e.sources.iter().copied().chain(e.mentions.iter().map(|m| site.article_sources[m.article]));
    first_of_each(all, limit)
}

/// The first occurrence of each item of `items`, in their order, at most `limit` (a limit
/// of 0 is none, as it always was here).
fn first_of_each<T: Copy + Eq + std::hash::Hash>(items: impl Iterator<Item = T>, limit: usize) -> Vec<T> {
    /// How many items are compared one by one before a set holds them: a merged event's
    /// full entry names hundreds of sources, and comparing each with all before it was
    /// quadratic.
    const SCANNED: usize = 16;
    // Made at the size it most often ends at: grown from empty, it was a third of the
    // fragments' reallocations.
    let most = if limit == 0 { SCANNED } else { limit.min(SCANNED) };
    let mut out: Vec<T> = Vec::with_capacity(items.size_hint().0.min(most));
    let mut seen: crate::fast_hash::FastMap<T, ()> = Default::default();
    for x in items {
        let new = if out.len() < SCANNED {
            !out.contains(&x)
        } else {
            if seen.is_empty() {
                seen.extend(out.iter().map(|&i| (i, ())));
            }
            seen.insert(x, ()).is_none()
        };
        if new {
            out.push(x);
        }
        if out.len() == limit {
            break;
        }
    }
    out
}

/// Event `ei` in a page's list, `html` being its rendered fragment.
pub fn event_entry<'a>(site: &'a Site, ei: usize, html: &'a str) -> EventEntry<'a> {
    let e = &site.events[ei];
    EventEntry { id: &e.id, span: e.span, curated: e.curated, html, index: ei }
}

/// A span as its ISO text ([`EventEntry::span`]).
fn span_iso<S: serde::Serializer>(span: &crate::dates::DateSpan, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&span.iso())
}

/// Groups events (already in date order) by year and month; `html` gives each event's
/// rendered fragment.
pub fn years<'a>(
    site: &'a Site,
    events: impl IntoIterator<Item = usize>,
    html: &dyn Fn(usize) -> &'a str,
) -> Vec<YearGroup<'a>> {
    let mut years: Vec<YearGroup> = Vec::new();
    for ei in events {
        let start = site.events[ei].span.start;
        let (year_n, month_n) =
            (start.get_year(), if start.precision() == Precision::Year { 0 } else { start.get_month().unwrap_or(0) });
        if years.last().is_none_or(|y| y.year != year_n) {
            years.push(YearGroup { year: year_n, months: Vec::new() });
        }
        let Some(year) = years.last_mut() else {
            continue;
        };
        if year.months.last().is_none_or(|m| m.month != month_n) {
            year.months.push(MonthGroup {
                month: month_n,
                label: chronology_files::month_label(site, month_n),
                events: Vec::new(),
                days: Vec::new(),
            });
        }
        if let Some(m) = year.months.last_mut() {
            m.events.push(event_entry(site, ei, html(ei)));
        }
    }
    years
}

/// [`years`] for the chronology's pages: each month's events grouped by date (`days`), the
/// date written once for all the events of that date (events come sorted by date, equal
/// dates together).
pub fn days<'a>(
    site: &'a Site,
    events: impl IntoIterator<Item = usize>,
    html: &dyn Fn(usize) -> &'a str,
) -> Vec<YearGroup<'a>> {
    let mut years = years(site, events, html);
    for m in years.iter_mut().flat_map(|y| y.months.iter_mut()) {
        let entries = std::mem::take(&mut m.events);
        let span_of = |k: usize| site.events[entries[k].index].span;
        // Each run of one date, counted first: its list is made at its size (grown an entry
        // at a time, a date's tens of entries were copied again at each doubling).
        let mut runs = Vec::new();
        let mut k = 0;
        while k < entries.len() {
            let span = span_of(k);
            let end = k + 1 + (k + 1..entries.len()).take_while(|&j| span_of(j) == span).count();
            runs.push((span, end - k));
            k = end;
        }
        let mut entries = entries.into_iter();
        m.days.reserve_exact(runs.len());
        for (span, n) in runs {
            let said = span.end.is_none() && span.start.precision() != Precision::Day;
            m.days.push(DayGroup {
                date: (!said).then(|| span.long(site.lang)),
                date_iso: span.start.iso_form().as_str().to_string(),
                events: entries.by_ref().take(n).collect(),
            });
        }
    }
    years
}

/// Source `i`.
pub fn source<'a>(site: &'a Site, u: &Urls, i: SourceId) -> SourceCtx<'a> {
    let s: &'a Source = &site.sources[i];
    SourceCtx {
        anchor: source_anchor(site, s),
        entry: u.source_entry(s),
        key: &s.key,
        kind: match s.kind {
            SourceKind::Article(_) => "article",
            SourceKind::Cited(..) => "cited",
        },
        title: &s.title,
        page: u.source(s),
        outlet: s.outlet.as_deref(),
        author: s.author.as_deref(),
        date: date_long(s.date, site.lang),
        date_iso: date_iso(s.date),
        language: s.language.as_deref(),
        language_name: s.language.as_deref().filter(|&l| l != site.lang.code()).map(|l| language_name(l, site.lang)),
        url: s.url.as_deref(),
        via: match s.kind {
            SourceKind::Cited(a, _) => Some(Link { title: Cow::Borrowed(&site.articles[a].title), url: u.article(a) }),
            SourceKind::Article(_) => None,
        },
        cited_by: site.cited_by[i].iter().map(|&d| doc_link(site, u, d)).collect(),
    }
}

/// Article `ai` in a list; `why` is how it is attached, on a topic page.
pub fn article_item<'a>(site: &'a Site, u: &Urls, ai: ArticleId, why: Option<&'a Reason>) -> ArticleItem<'a> {
    let a = &site.articles[ai];
    ArticleItem {
        title: &a.title,
        url: u.article(ai),
        outlet: a.outlet.as_deref(),
        author: a.author.as_deref(),
        date: date_long(a.date, site.lang),
        date_iso: date_iso(a.date),
        summary: &a.summary,
        language: a.language.as_deref().filter(|&l| l != site.lang.code()),
        alias: match why {
            Some(Reason::Alias(s)) => Some(s.as_str()),
            _ => None,
        },
        filed: matches!(why, Some(Reason::FrontMatter)),
    }
}

/// Note `ni` in a list.
pub fn note_item<'a>(site: &'a Site, u: &Urls, ni: NoteId) -> NoteItem<'a> {
    let n = &site.notes[ni];
    NoteItem {
        title: &n.title,
        url: u.note(ni),
        date: date_long(n.date, site.lang),
        date_iso: date_iso(n.date),
        summary: &n.summary,
    }
}

/// The citations of a body for `partials/cite.html`, and the numbered notes under it.
pub fn citations<'a>(
    site: &'a Site,
    u: &Urls,
    n: &'a crate::sources::Numbering,
) -> (Vec<CiteCtx<'a>>, Vec<NoteRef<'a>>) {
    let cites = n
        .citations
        .iter()
        .enumerate()
        .map(|(ci, group)| CiteCtx {
            id: ci + 1,
            items: group.iter().map(|(num, loc)| CiteItem { number: *num, locator: loc.as_deref() }).collect(),
        })
        .collect();
    let notes = n
        .notes
        .iter()
        .enumerate()
        .map(|(i, &s)| {
            let number = i + 1;
            NoteRef {
                number,
                source: source(site, u, s),
                backrefs: n
                    .citations
                    .iter()
                    .enumerate()
                    .filter(|(_, g)| g.iter().any(|(num, _)| *num == number))
                    .map(|(ci, _)| format!("cite-{}", ci + 1))
                    .collect(),
            }
        })
        .collect();
    (cites, notes)
}

/// The home page; `latest` gives the rendered fragment of each of the latest events.
pub fn index_page<'a>(site: &'a Site, u: &Urls, latest: &[(usize, &'a str)]) -> IndexPage<'a> {
    let mut articles: Vec<ArticleId> = ArticleId::all(site.articles.len()).collect();
    articles.sort_by(|&a, &b| site.articles[b].date.cmp(&site.articles[a].date).then(a.cmp(&b)));
    articles.truncate(8);
    let mut notes: Vec<NoteId> = NoteId::all(site.notes.len()).collect();
    notes.sort_by(|&a, &b| site.notes[b].date.cmp(&site.notes[a].date).then(a.cmp(&b)));
    IndexPage {
        base: base(site, u, site.config.title.as_str()).on("index"),
        topics: site
            .topics
            .iter()
            .zip(TopicId::all(site.topics.len()))
            .map(|(t, i)| TopicCard {
                title: &t.title,
                url: u.topic(i),
                summary: &t.summary,
                articles: site.topic_articles[i].len(),
                notes: site.topic_notes[i].len(),
                events: site.topic_events[i].len(),
            })
            .collect(),
        latest_events: latest.iter().map(|&(ei, html)| event_entry(site, ei, html)).collect(),
        latest_articles: articles.into_iter().map(|a| article_item(site, u, a, None)).collect(),
        notes: notes.into_iter().map(|n| note_item(site, u, n)).collect(),
        article_count: site.articles.len(),
        source_count: site.sources.len(),
        event_count: site.events.len(),
    }
}

/// The latest events, most recent first; at equal dates in chronology order (curated first).
pub fn latest_events(site: &Site, n: usize) -> Vec<usize> {
    let newest = |&a: &usize, &b: &usize| site.events[b].span.last().cmp(&site.events[a].span.last()).then(a.cmp(&b));
    let mut latest: Vec<usize> = (0..site.events.len()).collect();
    // The first `n` picked out before they are sorted: the order is total (ties go by
    // number), so these are the `n` a sort of all would put first, for a fraction of the
    // instructions (a sort of every event was about 1% of a 10,000-article build).
    if n == 0 {
        return Vec::new();
    }
    if n < latest.len() {
        latest.select_nth_unstable_by(n - 1, newest);
        latest.truncate(n);
    }
    latest.sort_by(newest);
    latest
}

/// Topic `i`'s page; `body` is its briefing with citations rendered.
pub fn topic_page<'a>(
    site: &'a Site,
    u: &Urls,
    i: TopicId,
    body: String,
    citation_notes: Vec<NoteRef<'a>>,
    events: &dyn Fn(usize) -> &'a str,
) -> TopicPage<'a> {
    let t = &site.topics[i];
    let mut arts: Vec<&(ArticleId, Reason)> = site.topic_articles[i].iter().collect();
    arts.sort_by(|a, b| site.articles[b.0].date.cmp(&site.articles[a.0].date).then(a.0.cmp(&b.0)));
    let earlier_articles = arts.len().saturating_sub(TOPIC_ARTICLES);
    arts.truncate(TOPIC_ARTICLES);
    let mut srcs: Vec<SourceId> = site.topic_citations[i].notes.clone();
    let cited: std::collections::HashSet<SourceId> = srcs.iter().copied().collect();
    srcs.extend(arts.iter().map(|(a, _)| site.article_sources[*a]).filter(|s| !cited.contains(s)));
    let all = &site.topic_events[i];
    let earlier_events = all.len().saturating_sub(TOPIC_EVENTS);
    TopicPage {
        base: base(site, u, t.title.as_str()).on("topic"),
        topic: TopicCtx { title: &t.title, summary: &t.summary, slug: &t.slug },
        body,
        citation_notes,
        notes: site.topic_notes[i].iter().map(|&n| note_item(site, u, n)).collect(),
        articles: arts.into_iter().map(|(a, why)| article_item(site, u, *a, Some(why))).collect(),
        earlier_articles,
        years: years(site, all[earlier_events..].iter().map(|e| e.index()), events),
        earlier_events,
        sources: srcs.into_iter().map(|s| source(site, u, s)).collect(),
        updated: topic_updated(site, i),
        timeline_svg: timeline(site, u, all.iter().map(|e| e.index()), false),
    }
}

/// Note `i`'s page; `body` is its text with citations rendered.
pub fn note_page<'a>(
    site: &'a Site,
    u: &Urls,
    i: NoteId,
    body: String,
    citation_notes: Vec<NoteRef<'a>>,
    events: &dyn Fn(usize) -> &'a str,
) -> NotePage<'a> {
    let n = &site.notes[i];
    NotePage {
        base: base(site, u, n.title.as_str()).on("note"),
        note: NoteCtx {
            title: &n.title,
            summary: &n.summary,
            author: n.author.as_deref(),
            date: date_long(n.date, site.lang),
            date_iso: date_iso(n.date),
        },
        topics: site.note_topics[i]
            .iter()
            .map(|&t| Link { title: Cow::Borrowed(&site.topics[t].title), url: u.topic(t) })
            .collect(),
        body,
        citation_notes,
        years: years(site, site.note_events[i].iter().map(|e| e.index()), events),
    }
}

/// `code` when it names another language than the site's (a text in it needs its `lang`).
pub(super) fn other_language<'a>(site: &Site, code: Option<&'a str>) -> Option<&'a str> {
    code.filter(|&c| !c.is_empty() && c != site.lang.code())
}

/// The name of language `code` in the reader's language `lang` (the code itself when unknown).
fn language_name(code: &str, lang: Lang) -> Cow<'_, str> {
    Cow::Borrowed(match (code, lang) {
        ("fr", Lang::Fr) => "français",
        ("en", Lang::Fr) => "anglais",
        ("fr", Lang::En) => "French",
        ("en", Lang::En) => "English",
        (other, _) => other,
    })
}

/// Article `i`'s page.
pub fn article_page<'a>(site: &'a Site, u: &Urls<'a>, i: ArticleId) -> ArticlePage<'a> {
    let mut page = article_page_unlisted(site, u, i);
    page.events = site.article_events[i].iter().map(|e| article_event(site, u, i, e.index())).collect();
    page
}

/// [`article_page`] without its list of events: a build lists only the events whose dating
/// words it could not link in the text (a few in a thousand), and makes only their entries.
pub(super) fn article_page_unlisted<'a>(site: &'a Site, u: &Urls, i: ArticleId) -> ArticlePage<'a> {
    let a = &site.articles[i];
    let language = a.language.as_deref().map(|l| language_name(l, site.lang));
    let own = a
        .sources
        .iter()
        .map(|s| {
            let idx = site.source_index.get(&format!("{}:{}", a.slug, s.entry.label)).copied();
            OwnSource {
                label: &s.entry.label,
                text: &s.entry.text,
                title: s.entry.title.as_deref(),
                outlet: s.entry.outlet.as_deref(),
                date: date_long(s.entry.date, site.lang),
                url: s.entry.url.as_deref(),
                entry: idx.map(|x| u.source_entry(&site.sources[x])),
                referenced: a.body.footnote_refs.contains(&s.entry.label),
                language: idx.and_then(|x| other_language(site, site.sources[x].language.as_deref())),
            }
        })
        .collect();
    ArticlePage {
        base: base(site, u, a.title.as_str()).on("article"),
        article: ArticleCtx {
            title: &a.title,
            slug: &a.slug,
            author: a.author.as_deref(),
            outlet: a.outlet.as_deref(),
            url: a.url.as_deref(),
            language,
            language_code: a.language.as_deref(),
            date: date_long(a.date, site.lang),
            date_iso: date_iso(a.date),
            summary: &a.summary,
            credit: a.credit.as_deref(),
            guessed: &a.guessed,
            entry: u.source_entry(&site.sources[site.article_sources[i]]),
        },
        body: a.body.html(),
        topics: site.article_topics[i]
            .iter()
            .map(|(t, why)| TopicLink {
                title: &site.topics[*t].title,
                url: u.topic(*t),
                alias: match why {
                    Reason::Alias(s) => Some(s.as_str()),
                    _ => None,
                },
            })
            .collect(),
        own_sources: own,
        events: Vec::new(),
        marked: 0,
        cited_by: site.cited_by[site.article_sources[i]]
            .iter()
            .filter(|d| **d != DocRef::Article(i))
            .map(|&d| doc_link(site, u, d))
            .collect(),
    }
}

/// Whether `words` holds `part` (`str::contains`), by a plain scan: dating words are a few
/// bytes long, and the standard search's set-up (made for long texts) was most of the cost of
/// the test, made for each of hundreds of thousands of mentions.
pub(super) fn contains_short(words: &str, part: &str) -> bool {
    // The places of the part's first byte only: a comparison of every window (a call to
    // `memcmp` each) was most of what each dating expression of a page cost here.
    let (w, p) = (words.as_bytes(), part.as_bytes());
    let Some(&first) = p.first() else { return true };
    let Some(last) = w.len().checked_sub(p.len()) else { return false };
    memchr::memchr_iter(first, &w[..=last]).any(|i| w[i..].starts_with(p))
}

/// Event `ei` in the list of article `ai`'s page.
pub(super) fn article_event<'a>(site: &'a Site, u: &Urls<'a>, ai: ArticleId, ei: usize) -> ArticleEvent<'a> {
    let e = &site.events[ei];
    let blocks = &site.articles[ai].body.blocks;
    let year = e.span.start.get_year().to_string();
    // Nearly every entry has one passage: made at that size, not grown from empty.
    let mut passages: Vec<Passage> = Vec::with_capacity(1);
    for m in u.mentions_in(ei, ai) {
        if passages.iter().any(|p| p.url[1..] == *m.block) {
            continue;
        }
        let label = match m.block.strip_prefix('p') {
            Some(n) if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) => n,
            _ => blocks.iter().find(|b| *b.id == *m.block).map_or(&m.block[..], |b| &*b.text),
        };
        let words = (!contains_short(&m.expression, &year)).then_some(&m.expression[..]);
        let mut url = String::with_capacity(1 + m.block.len());
        url.push('#');
        url.push_str(&m.block);
        passages.push(Passage { url, label, words });
    }
    if passages.len() > 1 {
        passages.sort_by_key(|p| blocks.iter().position(|b| b.id == p.url[1..]));
    }
    let (short, lang) = if passages.is_empty() {
        let lang = if e.curated {
            None
        } else {
            e.mentions.first().and_then(|m| other_language(site, site.articles[m.article].language.as_deref()))
        };
        (Some(crate::text::truncate_words(&e.text, SHORT_TEXT)), lang)
    } else {
        (None, None)
    };
    ArticleEvent {
        url: u.event(ei),
        date: e.span.long(site.lang),
        start_iso: e.span.start.iso_form().as_str().to_string(),
        curated: e.curated,
        passages,
        short,
        lang,
        count: e.reports,
        conflict: !e.conflicts().is_empty(),
        html: String::new(),
        event: ei,
    }
}

/// The sources page: every source, on one page.
pub fn sources_page<'a>(site: &'a Site, u: &Urls) -> SourcesPage<'a> {
    let ids: Vec<SourceId> = SourceId::all(site.sources.len()).collect();
    sources_list(site, u, &ids, None)
}

/// Part `part` of the split sources page that `plan` cuts.
pub fn sources_part_page<'a>(site: &'a Site, u: &Urls, plan: &Plan, part: Part) -> SourcesPage<'a> {
    let parts = plan.parts(site);
    let at = parts.iter().position(|&p| p == part);
    let near = |k: Option<usize>| k.and_then(|k| parts.get(k)).map(|&p| source_part(site, u, plan, p));
    let nav = SourcesPartNav {
        current: source_part(site, u, plan, part),
        index: u.path("sources.html"),
        prev: near(at.and_then(|k| k.checked_sub(1))),
        next: near(at.map(|k| k + 1)),
    };
    let title = format!(
        "{}{} {}",
        i18n::get(site.lang, "sources").unwrap_or("Sources"),
        i18n::get(site.lang, "colon").unwrap_or(":"),
        nav.current.label
    );
    let mut page = sources_list(site, u, &plan.sources(site, part), Some(nav));
    page.base.page_title = Cow::Owned(title);
    page
}

/// `sources.html` of a split list: the index of the parts `plan` cuts it into.
pub fn sources_index_page<'a>(site: &'a Site, u: &Urls, plan: &Plan) -> SourcesIndexPage<'a> {
    let (articles, cited): (Vec<Part>, Vec<Part>) =
        plan.parts(site).into_iter().partition(|p| matches!(p, Part::Articles(_)));
    let links = |parts: Vec<Part>| parts.into_iter().map(|p| source_part(site, u, plan, p)).collect();
    SourcesIndexPage {
        base: base(site, u, i18n::get(site.lang, "sources").unwrap_or("Sources")).on("sources"),
        count: site.sources.len(),
        articles: site.articles.len(),
        cited: site.sources.len().saturating_sub(site.articles.len()),
        article_parts: links(articles),
        cited_parts: links(cited),
    }
}

/// Part `part` as the index names it.
fn source_part(site: &Site, u: &Urls, plan: &Plan, part: Part) -> SourcePart {
    let (first, last, count) = plan.ends(site, part).unwrap_or_default();
    let t = |k: &str| i18n::lookup(&site.config.translations, site.lang, k).unwrap_or_default();
    let label = match part {
        Part::Articles(_) => {
            let src = |s: SourceId| &site.sources[s];
            let outlet =
                |s: SourceId| src(s).outlet.as_deref().filter(|o| !o.is_empty()).unwrap_or(t("unknown_outlet"));
            let date = |s: SourceId| date_long(src(s).date, site.lang).unwrap_or_else(|| t("undated").to_string());
            let slug = |s: SourceId| src(s).outlet.as_deref().map(slugify).unwrap_or_default();
            if slug(first) != slug(last) {
                format!("{} – {}", outlet(first), outlet(last))
            } else if !plan.is_run(part) {
                outlet(first).to_string()
            } else if date(first) == date(last) {
                format!("{} ({})", outlet(first), date(first))
            } else {
                format!("{} ({} – {})", outlet(first), date(first), date(last))
            }
        }
        Part::Cited(_) => {
            let citing = |s: SourceId| {
                let a = site.sources.get(s.index()).map(|x| match x.kind {
                    SourceKind::Article(a) | SourceKind::Cited(a, _) => a,
                });
                a.map_or("", |a| site.articles[a].title.as_str())
            };
            let quoted = |s: SourceId| format!("{}{}{}", t("open_quote"), citing(s), t("close_quote"));
            let cited_in = capitalized(t("cited_in"));
            if citing(first) == citing(last) {
                format!("{cited_in} {}", quoted(first))
            } else {
                format!("{cited_in} {} – {}", quoted(first), quoted(last))
            }
        }
    };
    SourcePart {
        kind: match part {
            Part::Articles(_) => "article",
            Part::Cited(_) => "cited",
        },
        label,
        url: u.path(&part.path()),
        count,
    }
}

/// `s` with its first letter upper-case (`cité dans` → `Cité dans`), for a label that opens
/// with an interface string written to follow other words.
fn capitalized(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().collect::<String>() + c.as_str()).unwrap_or_default()
}

/// The sources page listing `ids` (in registry order): by outlet and by date.
fn sources_list<'a>(site: &'a Site, u: &Urls, ids: &[SourceId], part: Option<SourcesPartNav>) -> SourcesPage<'a> {
    let sources: Vec<SourceCtx> = ids.iter().map(|&i| source(site, u, i)).collect();
    // By outlet: named outlets alphabetically (folded), then the unknown ones.
    let (order, slugs) = source_files::by_outlet(site, ids);
    let mut outlets: Vec<OutletGroup> = Vec::new();
    let mut last_slug: Option<String> = None;
    for k in order {
        let name = site.sources[ids[k]].outlet.as_deref().unwrap_or("");
        let slug = slugs[k].clone().unwrap_or_default();
        // One group, and one anchor, per outlet slug: `Le Monde` and `Le-Monde` are one.
        if outlets.is_empty() || last_slug.as_deref() != Some(slug.as_str()) {
            outlets.push(OutletGroup { name, anchor: format!("o-{slug}"), sources: Vec::new() });
            last_slug = Some(slug);
        }
        if let Some(last) = outlets.last_mut() {
            last.sources.push(k);
        }
    }
    let dates: Vec<_> = ids.iter().map(|&i| site.sources[i].date).collect();
    let mut by_date: Vec<usize> = (0..sources.len()).collect();
    by_date.sort_unstable_by_key(|&k| (dates[k].is_none(), std::cmp::Reverse(dates[k]), k));
    SourcesPage {
        base: base(site, u, i18n::get(site.lang, "sources").unwrap_or("Sources")).on("sources"),
        sources,
        outlets,
        by_date,
        part,
    }
}

/// A chronology page (see [`chronology_files`] for how a long chronology is cut);
/// `whole(ids)` is [`timeline`] of every event (drawn the same on several pages, so made once
/// by the caller).
pub fn chronology_page<'a>(
    site: &'a Site,
    u: &Urls,
    outline: &'a chronology_files::Outline,
    file: chronology_files::File,
    events: &dyn Fn(usize) -> &'a str,
    whole: &dyn Fn(bool) -> Option<String>,
) -> ChronologyPage<'a> {
    use chronology_files::File;
    let split = chronology_files::is_split(site);
    let title = i18n::get(site.lang, "chronology").unwrap_or("Chronology");
    let (year, part) = match file {
        File::Main => (None, None),
        File::Months(y) => (Some(y), None),
        File::Part(p) => (Some(p.year), Some(p)),
    };
    let shown = match file {
        File::Main if !split => 0..site.events.len(),
        File::Main | File::Months(_) => 0..0,
        File::Part(p) => chronology_files::part_events(site, p),
    };
    let by_month = year.is_some_and(|y| chronology_files::year_by_month(site, y));
    let month_pages: Vec<PartLink> = match year {
        // A month's page names each month once (its first page) and every page of its own
        // month: listing all of a year's pages on each of them made the navigation grow with
        // the square of the dossier (350 links on each of 350 pages of a year at 100k
        // articles). The year's index (no `part`) still lists them all.
        Some(y) if by_month => outline
            .year_parts(y)
            .iter()
            .zip(outline.part_names(y))
            .filter(|((p, _), _)| part.is_none_or(|c| p.run == 1 || p.month == c.month))
            .map(|(&(p, count), (title, file))| PartLink {
                title: Cow::Borrowed(title),
                url: match u.root() {
                    "" => Cow::Borrowed(file),
                    root => Cow::Owned(format!("{root}{file}")),
                },
                count,
                current: part == Some(p),
            })
            .collect(),
        _ => Vec::new(),
    };
    let page_title = match (year, part.and_then(|p| p.month.map(|m| (m, p.run)))) {
        (None, _) => Cow::Borrowed(title),
        (Some(y), None) => Cow::Owned(format!("{title} {y}")),
        (Some(y), Some((m, run))) => {
            let label = chronology_files::month_label(site, m);
            let label = if m == 0 { label.to_lowercase() } else { label };
            let run = if run > 1 { format!(" ({run})") } else { String::new() };
            Cow::Owned(format!("{title} {y} · {label}{run}"))
        }
    };
    ChronologyPage {
        base: base(site, u, page_title).on("chronology"),
        year,
        year_pages: outline
            .years()
            .iter()
            .map(|&(y, count)| YearLink { year: y, url: if split { u.chronology(y) } else { format!("#y{y}") }, count })
            .collect(),
        month_pages,
        years: days(site, shown.clone(), events),
        topics: site.topics.iter().map(|t| Link { title: Cow::Borrowed(&t.title), url: t.slug.clone() }).collect(),
        // The filter acts on the events this page lists, so it offers their outlets only
        // (bounded like the page, and none on an index of years or months).
        outlets: {
            // Each source once, each outlet's name slugified once: a page lists a thousand
            // events from a few hundred outlets. Sources are told apart by a flag each (a
            // sort of the thousands of reports' sources was most of the filter's cost); the
            // names are sorted below, so the order they are found in does not matter.
            let firsts = first_of_each_below(
                site.sources.len(),
                site.events[shown.clone()]
                    .iter()
                    .flat_map(|e| e.sources.iter().chain(e.mentions.iter().map(|m| &site.article_sources[m.article])))
                    .map(|s| s.index()),
            );
            let mut names: Vec<&str> = firsts.into_iter().filter_map(|s| site.sources[s].outlet.as_deref()).collect();
            names.sort_unstable();
            names.dedup();
            let all: std::collections::BTreeMap<String, &str> =
                names.into_iter().map(|o| (slugify(o), o)).filter(|(slug, _)| !slug.is_empty()).collect();
            all.into_iter().map(|(slug, name)| Link { title: Cow::Borrowed(name), url: slug }).collect()
        },
        // The whole chronology drawn on its entry page and on a split year's index of months,
        // not again on each of the (bounded) pages of events.
        timeline_svg: match file {
            // Where the page lists every event (an unsplit chronology), its filter dims the
            // marks of the events it hides: each mark names its events.
            File::Main => whole(!split),
            File::Months(_) => whole(false),
            File::Part(_) => None,
        },
    }
}

/// The numbers of `items` (each under `n`) without repeats, in the order they first come:
/// [`first_of_each`] of small dense numbers, told apart by a flag each in a table this thread keeps and clears after use: a table made
/// for each chronology page, one flag per source of the site, made the pages' cost grow with
/// the square of the dossier.
fn first_of_each_below(n: usize, items: impl Iterator<Item = usize>) -> Vec<usize> {
    thread_local! {
        static SEEN: std::cell::RefCell<Vec<bool>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    let pick = |seen: &mut Vec<bool>| {
        if seen.len() < n {
            seen.resize(n, false);
        }
        let firsts: Vec<usize> = items.filter(|&i| !std::mem::replace(&mut seen[i], true)).collect();
        for &i in &firsts {
            seen[i] = false;
        }
        firsts
    };
    SEEN.with(|cell| match cell.try_borrow_mut() {
        Ok(mut seen) => pick(&mut seen),
        Err(_) => pick(&mut Vec::new()),
    })
}

/// The outlets of every source of `e` (the editors' and its reports'), by slug.
fn outlets_of<'a>(site: &'a Site, e: &Event) -> std::collections::BTreeMap<String, &'a str> {
    e.sources
        .iter()
        .chain(e.mentions.iter().map(|m| &site.article_sources[m.article]))
        .filter_map(|&s| site.sources[s].outlet.as_deref())
        .map(|o| (slugify(o), o))
        .filter(|(slug, _)| !slug.is_empty())
        .collect()
}

/// An interface string, as the site's `[translations]` replace it.
fn tr(site: &Site, key: &str) -> String {
    i18n::lookup(&site.config.translations, site.lang, key).unwrap_or(key).to_string()
}

/// The events `events` drawn as SVG (see [`super::timeline_svg`]), each mark linking to its
/// entry on the chronology, twice: for a laptop's column and print, and for a phone's (the
/// style sheet shows one); `None` without events. With `ids`, each mark names the events it
/// stands for (`data-ev`), for the chronology's filter.
pub fn timeline(site: &Site, u: &Urls, events: impl IntoIterator<Item = usize>, ids: bool) -> Option<String> {
    use super::timeline_svg::{layout, Labels, Links, Mark, Size};
    let marks: Vec<Mark> = events
        .into_iter()
        .map(|ei| {
            let e = &site.events[ei];
            Mark { index: ei, start: e.span.start, conflict: !e.conflicts().is_empty(), curated: e.curated }
        })
        .collect();
    let labels = Labels {
        title: tr(site, "timeline_title"),
        event: tr(site, "events_one"),
        events: tr(site, "events"),
        conflict: tr(site, "conflict"),
        whole_year: tr(site, "whole_year"),
        zoom: tr(site, "timeline_zoom"),
        per_month: tr(site, "per_month"),
        months: tr(site, "months_lower"),
        curated: tr(site, "curated"),
        extracted: tr(site, "extracted"),
        colon: tr(site, "colon"),
        desc: tr(site, "timeline_desc"),
    };
    let event = |ei: usize| u.event(ei);
    let label = |ei: usize| format!("{} — {}", site.events[ei].span.long(site.lang), site.events[ei].text);
    // A year split by month has an index page without the year's own heading to land on.
    let year = |y: i32| {
        if chronology_files::year_by_month(site, y) {
            u.chronology(y)
        } else {
            format!("{}#y{y}", u.chronology(y))
        }
    };
    let id = |ei: usize| site.events[ei].id.to_string();
    let links = Links { event: &event, label: &label, year: &year, id: if ids { Some(&id) } else { None } };
    let wide = layout(&marks, site.lang, &labels, &links, Size::WIDE)?;
    let narrow = layout(&marks, site.lang, &labels, &links, Size::NARROW)?;
    Some(wide.to_svg() + &narrow.to_svg())
}

/// The search page.
pub fn search_page<'a>(site: &'a Site, u: &Urls) -> SearchPage<'a> {
    SearchPage {
        base: base(site, u, i18n::get(site.lang, "search").unwrap_or("Search")).on("search"),
        kinds: super::search::Plan::kind_labels(site.lang)
            .into_iter()
            .map(|(value, label)| Link { title: Cow::Borrowed(label), url: value.to_string() })
            .collect(),
        topics: site.topics.iter().map(|t| Link { title: Cow::Borrowed(&t.title), url: t.slug.clone() }).collect(),
    }
}

/// The Atom feed of the whole site (`feed.xml`): notes and articles, newest first.
pub fn feed(site: &Site) -> FeedCtx<'_> {
    let mut entries: Vec<(crate::dates::PartialDate, DocRef)> = Vec::new();
    entries.extend(site.notes.iter().enumerate().filter_map(|(i, n)| Some((n.date?, DocRef::Note(NoteId(i))))));
    entries
        .extend(site.articles.iter().enumerate().filter_map(|(i, a)| Some((a.date?, DocRef::Article(ArticleId(i))))));
    feed_of(site, "feed.xml", "index.html", Cow::Borrowed(&site.config.title), &site.config.description, entries)
}

/// A feed at `path` (from the site root) of the newest 50 of `entries`, its alternate page
/// being `home`. Addresses are absolute with a `base_url`, else relative to the feed.
fn feed_of<'a>(
    site: &'a Site,
    path: &str,
    home: &str,
    title: Cow<'a, str>,
    subtitle: &'a str,
    mut entries: Vec<(crate::dates::PartialDate, DocRef)>,
) -> FeedCtx<'a> {
    use super::urls::doc_path;
    let address = |to: &str| match site.config.base_url() {
        Some(b) => format!("{b}{to}"),
        None => format!("{}{to}", "../".repeat(path.matches('/').count())),
    };
    entries.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    entries.truncate(50);
    let stamp = |d: crate::dates::PartialDate| format!("{}T00:00:00Z", d.first_day().format("%Y-%m-%d"));
    let updated =
        entries.iter().map(|e| e.0).max_by_key(|d| d.first_day()).map_or("1970-01-01T00:00:00Z".into(), stamp);
    let top = Urls::top(site);
    FeedCtx {
        site: site_ctx(site, &top),
        title,
        subtitle,
        feed_url: address(path),
        home_url: address(home),
        updated,
        author: site.config.author.as_deref().unwrap_or(&site.config.title),
        entries: entries
            .into_iter()
            .map(|(date, d)| {
                let (summary, author) = match d {
                    DocRef::Note(i) => (site.notes[i].summary.as_str(), site.notes[i].author.as_deref()),
                    DocRef::Article(i) => (site.articles[i].summary.as_str(), site.articles[i].author.as_deref()),
                    DocRef::Topic(i) => (site.topics[i].summary.as_str(), None),
                };
                FeedEntry {
                    title: doc_title(site, d),
                    url: address(&doc_path(site, d)),
                    updated: stamp(date),
                    author,
                    summary,
                }
            })
            .collect(),
    }
}

/// How many addresses one sitemap lists (the sitemaps protocol's limit).
pub const SITEMAP_URLS: usize = 50_000;

/// How many sitemaps `sitemap.xml` indexes for a site of `pages` pages: none while it lists
/// them all itself.
pub fn sitemap_parts(pages: usize) -> usize {
    if pages > SITEMAP_URLS {
        pages.div_ceil(SITEMAP_URLS)
    } else {
        0
    }
}

/// The sitemap of the pages among `paths`: `sitemap.xml` (every page, or past
/// [`SITEMAP_URLS`] the index of the sitemaps), or `part`, one of those sitemaps.
pub fn sitemap<'p>(site: &Site, paths: impl Iterator<Item = &'p str>, part: Option<usize>) -> SitemapCtx {
    let mut pages: Vec<&str> = paths.filter(|p| p.ends_with(".html") && *p != NOT_FOUND).collect();
    pages.sort();
    let n = sitemap_parts(pages.len());
    let (pages, sitemaps) = match part {
        Some(k) => (pages.chunks(SITEMAP_URLS).nth(k - 1).unwrap_or_default().to_vec(), Vec::new()),
        None if n > 0 => {
            (Vec::new(), (1..=n).map(|k| super::urls::absolute(site, &format!("sitemap-{k}.xml"))).collect())
        }
        None => (pages, Vec::new()),
    };
    SitemapCtx { urls: pages.into_iter().map(|p| super::urls::absolute(site, p)).collect(), sitemaps }
}

// ------------------------------------------------------------------------------------------
// What a page's `<head>` says of it, its topic feeds, the 404 page, a briefing's freshness.

/// What `base.html`'s `<head>` says of the page (`head`, on every page): its canonical
/// address, its Open Graph description, and the feeds it offers besides the site's.
#[derive(Serialize)]
pub struct Head<'a> {
    /// The page's absolute address, from `base_url`; none without one (a relative canonical
    /// link would be wrong under a sub-path and from file://).
    pub canonical: Option<String>,
    /// Open Graph type: `article` for an article or a note, `website` otherwise.
    pub og_type: &'static str,
    /// The page's summary cut at a word to about 200 characters, or the site's description.
    pub description: Cow<'a, str>,
    /// The language as Open Graph writes it (`fr_FR`, `en_GB`).
    pub locale: &'static str,
    /// Feeds of this page's own (a topic's), each { `title`, `url` }, relative to the page.
    pub feeds: Vec<Link<'a>>,
}

/// [`Head`] for the page at `path` (from the site root), showing `doc` if it is one.
pub fn head<'a>(site: &'a Site, path: &str, doc: Option<DocRef>) -> Head<'a> {
    let u = Urls::for_page(site, path);
    let summary = match doc {
        Some(DocRef::Topic(i)) => site.topics[i].summary.as_str(),
        Some(DocRef::Note(i)) => site.notes[i].summary.as_str(),
        Some(DocRef::Article(i)) => site.articles[i].summary.as_str(),
        None => "",
    };
    let feeds = match doc {
        Some(DocRef::Topic(i)) => vec![Link {
            title: Cow::Owned(format!("{} · {}", site.topics[i].title, site.config.title)),
            url: u.path(&super::urls::topic_feed_path(site, i)),
        }],
        _ => Vec::new(),
    };
    Head {
        // The 404 page is served at every missing address: none of them is its own.
        canonical: site.config.base_url().filter(|_| path != NOT_FOUND).map(|b| format!("{b}{path}")),
        og_type: if matches!(doc, Some(DocRef::Article(_) | DocRef::Note(_))) { "article" } else { "website" },
        // Cut as search engines and link cards cut it anyway (about 160 to 200 characters):
        // the whole summary is the opening of the text, on the page already.
        description: if summary.trim().is_empty() {
            Cow::Borrowed(site.config.description.as_str())
        } else if summary.chars().count() <= DESCRIPTION_CHARS {
            Cow::Borrowed(summary)
        } else {
            Cow::Owned(crate::text::truncate_words(summary, DESCRIPTION_CHARS))
        },
        locale: match site.lang {
            Lang::Fr => "fr_FR",
            Lang::En => "en_GB",
        },
        feeds,
    }
}

/// The page a static host serves at a missing address.
pub const NOT_FOUND: &str = "404.html";

/// `404.html`: the common fields, and the topics to go on with.
#[derive(Serialize)]
pub struct NotFoundPage<'a> {
    /// What every page has. Its links are written from the site root; the template sets
    /// `<base href>` to `base_url` when there is one, so that they hold at any missing address.
    #[serde(flatten)]
    pub base: Base<'a>,
    /// `base_url` of config.toml, if set.
    pub base_url: Option<String>,
    /// Every topic, in the editors' order.
    pub topics: Vec<Link<'a>>,
}

/// The 404 page.
pub fn not_found_page<'a>(site: &'a Site, u: &Urls) -> NotFoundPage<'a> {
    NotFoundPage {
        base: base(site, u, i18n::get(site.lang, "not_found").unwrap_or("Page not found")),
        base_url: site.config.base_url(),
        topics: TopicId::all(site.topics.len())
            .map(|t| Link { title: Cow::Borrowed(&site.topics[t].title), url: u.topic(t) })
            .collect(),
    }
}

/// When a briefing was last updated (`updated` on a topic page): the latest date among the
/// topic's notes and attached articles, as the reader reads it and in ISO form.
#[derive(Serialize)]
pub struct Updated {
    /// As the reader reads it.
    pub date: String,
    /// ISO form.
    pub date_iso: String,
}

/// [`Updated`] of topic `i`: computed from the content, so that a rebuild changes nothing.
pub fn topic_updated(site: &Site, i: TopicId) -> Option<Updated> {
    let notes = site.topic_notes[i].iter().filter_map(|&n| site.notes[n].date);
    let articles = site.topic_articles[i].iter().filter_map(|(a, _)| site.articles[*a].date);
    // The latest by its last day: a month-only date counts as late as it may be.
    let latest = notes.chain(articles).max_by(|a, b| a.last_day().cmp(&b.last_day()).then(a.cmp(b)))?;
    Some(Updated { date: latest.long(site.lang), date_iso: latest.to_string() })
}

/// Topic `i`'s Atom feed (`topics/<slug>.xml`): its notes and attached articles, newest first.
pub fn topic_feed(site: &Site, i: TopicId) -> FeedCtx<'_> {
    let mut entries: Vec<(crate::dates::PartialDate, DocRef)> = Vec::new();
    entries.extend(site.topic_notes[i].iter().filter_map(|&n| Some((site.notes[n].date?, DocRef::Note(n)))));
    entries.extend(
        site.topic_articles[i].iter().filter_map(|(a, _)| Some((site.articles[*a].date?, DocRef::Article(*a)))),
    );
    let t = &site.topics[i];
    let title = Cow::Owned(format!("{} · {}", t.title, site.config.title));
    feed_of(
        site,
        &super::urls::topic_feed_path(site, i),
        &format!("topics/{}.html", t.slug),
        title,
        &t.summary,
        entries,
    )
}

// ------------------------------------------------------------------------------------------
// People, places and organisations: a page per actor, and their index.

/// How many articles and events an actor's page lists, the most recent: an actor every
/// article names must not make a page that grows with the dossier.
pub const ACTOR_LIST: usize = 200;

/// An actor in a list, and its own fields on its page (`actor`).
#[derive(Serialize)]
pub struct ActorCtx<'a> {
    /// The name its page goes by.
    pub name: &'a str,
    /// Its slug (the page is `actors/<slug>.html`).
    pub slug: &'a str,
    /// `person`, `place` or `organisation`.
    pub kind: &'static str,
    /// The kind in the reader's language.
    pub kind_label: &'static str,
    /// The other names it goes by.
    pub aliases: Vec<&'a str>,
    /// The editor's one-sentence description (may be empty).
    pub description: &'a str,
    /// Its page.
    pub url: String,
    /// How many articles, notes and briefings mention it.
    pub mentions: usize,
}

/// A topic an actor belongs to (`topics` of an actor's page).
#[derive(Serialize)]
pub struct ActorTopicLink<'a> {
    /// The topic's title.
    pub title: &'a str,
    /// Its page.
    pub url: String,
    /// How many of the documents that mention the actor are on this topic.
    pub mentions: usize,
    /// Whether the editor filed the actor under it.
    pub declared: bool,
}

/// `actors/<slug>.html`.
#[derive(Serialize)]
pub struct ActorPage<'a> {
    /// What every page has.
    #[serde(flatten)]
    pub base: Base<'a>,
    /// The actor.
    pub actor: ActorCtx<'a>,
    /// Who they are: the editor's text (HTML, cleaned as notes are), other actors linked.
    pub body: String,
    /// Its topics: those the editor filed it under, then those of the documents that
    /// mention it, most mentions first.
    pub topics: Vec<ActorTopicLink<'a>>,
    /// The articles that mention it, newest first (at most 200).
    pub articles: Vec<ArticleItem<'a>>,
    /// How many more articles mention it than are listed.
    pub earlier_articles: usize,
    /// The notes and topic briefings that mention it.
    pub notes: Vec<Link<'a>>,
    /// The events whose text mentions it, in date order (the latest 200), each a compact
    /// entry rendered by `partials/event.html`.
    pub events: Vec<EventEntry<'a>>,
    /// How many more events mention it than are listed.
    pub earlier_events: usize,
}

/// A group of actors of one kind on the index (`groups`).
#[derive(Serialize)]
pub struct ActorGroup<'a> {
    /// `person`, `place` or `organisation`.
    pub kind: &'static str,
    /// Its heading, in the reader's language.
    pub label: &'static str,
    /// The actors, by name.
    pub actors: Vec<ActorCtx<'a>>,
}

/// `actors.html`: every actor, by kind.
#[derive(Serialize)]
pub struct ActorsPage<'a> {
    /// What every page has.
    #[serde(flatten)]
    pub base: Base<'a>,
    /// The kinds that have actors, people first.
    pub groups: Vec<ActorGroup<'a>>,
}

fn kind_label(site: &Site, kind: crate::content::entity::ActorKind, plural: bool) -> &'static str {
    let key = format!("actor_{}{}", kind.name(), if plural { "s" } else { "" });
    i18n::get(site.lang, &key).unwrap_or(kind.name())
}

/// Actor `a` in a list, or at the head of its page.
pub fn actor_ctx<'a>(site: &'a Site, u: &Urls, a: crate::doc::ActorId) -> ActorCtx<'a> {
    let e = &site.actors.list[a];
    ActorCtx {
        name: &e.name,
        slug: &e.slug,
        kind: e.kind.name(),
        kind_label: kind_label(site, e.kind, false),
        aliases: e.aliases.iter().map(|(al, _)| al.value.as_str()).collect(),
        description: &e.description,
        url: u.actor(a),
        mentions: site.actors.mentions(a),
    }
}

/// Actor `a`'s page; `body` is the editor's text, ready; `events` renders an event's compact
/// entry.
pub fn actor_page<'a>(
    site: &'a Site,
    u: &Urls,
    a: crate::doc::ActorId,
    body: String,
    events: &dyn Fn(usize) -> &'a str,
) -> ActorPage<'a> {
    let actors = &site.actors;
    let e = &actors.list[a];
    let all_events = &actors.events[a];
    let shown_events = &all_events[all_events.len().saturating_sub(ACTOR_LIST)..];
    let notes = actors.notes[a]
        .iter()
        .map(|&n| doc_link(site, u, DocRef::Note(n)))
        .chain(actors.briefings[a].iter().map(|&t| doc_link(site, u, DocRef::Topic(t))))
        .collect();
    ActorPage {
        base: base(site, u, e.name.as_str()).on("actor"),
        actor: actor_ctx(site, u, a),
        body,
        topics: actors.topics[a]
            .iter()
            .map(|t| ActorTopicLink {
                title: &site.topics[t.topic].title,
                url: u.topic(t.topic),
                mentions: t.mentions,
                declared: t.declared,
            })
            .collect(),
        articles: actors.articles[a].iter().take(ACTOR_LIST).map(|&ai| article_item(site, u, ai, None)).collect(),
        earlier_articles: actors.articles[a].len().saturating_sub(ACTOR_LIST),
        notes,
        events: shown_events.iter().map(|e| event_entry(site, e.index(), events(e.index()))).collect(),
        earlier_events: all_events.len() - shown_events.len(),
    }
}

/// The index of actors.
pub fn actors_page<'a>(site: &'a Site, u: &Urls) -> ActorsPage<'a> {
    use crate::content::entity::ActorKind;
    let groups = ActorKind::ALL
        .iter()
        .filter_map(|&kind| {
            let mut actors: Vec<ActorCtx> = crate::doc::ActorId::all(site.actors.len())
                .filter(|&a| site.actors.list[a].kind == kind)
                .map(|a| actor_ctx(site, u, a))
                .collect();
            actors.sort_by(|x, y| crate::text::fold(x.name).cmp(&crate::text::fold(y.name)).then(x.slug.cmp(y.slug)));
            (!actors.is_empty()).then(|| ActorGroup { kind: kind.name(), label: kind_label(site, kind, true), actors })
        })
        .collect();
    ActorsPage { base: base(site, u, i18n::get(site.lang, "actors").unwrap_or("Actors")).on("actors"), groups }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The short search answers as `str::contains` does.
    #[test]
    fn contains_short_is_contains() {
        let words = ["", "2025", "le 3 mai 2025", "mai", "é2025", "20252", "août 2024"];
        let parts = ["", "2025", "5", "mai 2025", "é", "2024", "20252025", "x"];
        for w in words {
            for p in parts {
                assert_eq!(contains_short(w, p), w.contains(p), "{w:?} {p:?}");
            }
        }
    }

    /// Sources are named once each, in their first order, however many there are.
    #[test]
    fn first_of_each_keeps_first_occurrences_in_order() {
        let items: Vec<u32> = (0..200).map(|k| (k * 37) % 53).collect();
        let mut want: Vec<u32> = Vec::new();
        for &x in &items {
            if !want.contains(&x) {
                want.push(x);
            }
        }
        assert_eq!(first_of_each(items.iter().copied(), usize::MAX), want);
        assert_eq!(first_of_each(items.iter().copied(), 20), want[..20]);
        assert_eq!(first_of_each(items.iter().copied(), 0), want);
        // The dense form gives the same, and leaves its table clear for the next call.
        let dense = || items.iter().map(|&x| x as usize);
        let want: Vec<usize> = want.iter().map(|&x| x as usize).collect();
        assert_eq!(first_of_each_below(53, dense()), want);
        assert_eq!(first_of_each_below(53, dense()), want);
        assert_eq!(first_of_each_below(60, dense().rev().take(3)), [49, 12, 28]);
    }
}
