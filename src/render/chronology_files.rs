//! How the chronology is cut into files, so that no file grows with the dossier: a short
//! chronology is one page; a long one has a page per year (`chronology-2022.html`); a year
//! with more than [`PAGE_EVENTS`] events has a page per month instead (`chronology-2022-03.html`,
//! `chronology-2022-00.html` for the events known only to the year), its year page then being
//! the index of its months; a month with more than [`PAGE_EVENTS`] events continues on
//! numbered pages (`chronology-2022-03-2.html`). The JSON export is cut the same way
//! (`chronology-2022-03.json`).
//!
//! Events are in date order ([`crate::chronology`] sorts them, coarser dates first), so a
//! year, a month and a run of a month are each a range of event indices, found by binary
//! search: nothing is stored, and every page that links an event finds its file the same way.

use crate::chronology::Event;
use crate::dates::Precision;
use crate::site::Site;
use std::ops::Range;

/// The most events one chronology file lists (page or JSON part). The whole chronology is
/// one page up to this many events.
pub const PAGE_EVENTS: usize = 1000;

/// One file of a split chronology: a year's events, or a run of at most [`PAGE_EVENTS`] of a
/// month's (month 0: the events known only to the year).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Part {
    /// The year.
    pub year: i32,
    /// The month (0 for the year's events without a month), when the year is split by month.
    pub month: Option<u32>,
    /// Which run of the month, from 1.
    pub run: usize,
}

impl Part {
    /// The file's path from the site root without its extension (`chronology-2022-03-2`).
    pub fn stem(&self) -> String {
        match (self.month, self.run) {
            (None, _) => format!("chronology-{}", self.year),
            (Some(m), 1) => format!("chronology-{}-{m:02}", self.year),
            (Some(m), r) => format!("chronology-{}-{m:02}-{r}", self.year),
        }
    }
}

/// The year and month (0 when known only to the year) an event is listed under.
pub fn key(e: &Event) -> (i32, u32) {
    let start = e.span.start;
    let month = if start.precision() == Precision::Year { 0 } else { start.get_month().unwrap_or(0) };
    (start.get_year(), month)
}

/// Whether the chronology has more than one page.
pub fn is_split(site: &Site) -> bool {
    site.events.len() > PAGE_EVENTS
}

/// The events (indices) of `year`.
pub fn year_events(site: &Site, year: i32) -> Range<usize> {
    let lo = site.events.partition_point(|e| key(e).0 < year);
    let hi = site.events.partition_point(|e| key(e).0 <= year);
    lo..hi
}

/// Whether `year` has a page per month (its page then indexes them).
pub fn year_by_month(site: &Site, year: i32) -> bool {
    is_split(site) && year_events(site, year).len() > PAGE_EVENTS
}

fn month_events(site: &Site, year: i32, month: u32) -> Range<usize> {
    let lo = site.events.partition_point(|e| key(e) < (year, month));
    let hi = site.events.partition_point(|e| key(e) <= (year, month));
    lo..hi
}

/// The part that lists event `ei` (`None` when the chronology is one page).
pub fn part_of(site: &Site, ei: usize) -> Option<Part> {
    if !is_split(site) {
        return None;
    }
    let (year, month) = key(&site.events[ei]);
    if !year_by_month(site, year) {
        return Some(Part { year, month: None, run: 1 });
    }
    let first = month_events(site, year, month).start;
    Some(Part { year, month: Some(month), run: (ei - first) / PAGE_EVENTS + 1 })
}

/// The events (indices) `part` lists.
pub fn part_events(site: &Site, part: Part) -> Range<usize> {
    match part.month {
        None => year_events(site, part.year),
        Some(m) => {
            let all = month_events(site, part.year, m);
            let lo = (all.start + (part.run - 1) * PAGE_EVENTS).min(all.end);
            lo..(lo + PAGE_EVENTS).min(all.end)
        }
    }
}

/// Every year of the chronology with its number of events, in order.
pub fn years(site: &Site) -> Vec<(i32, usize)> {
    let mut out: Vec<(i32, usize)> = Vec::new();
    let mut i = 0;
    while i < site.events.len() {
        let year = key(&site.events[i]).0;
        let r = year_events(site, year);
        out.push((year, r.len()));
        i = r.end.max(i + 1);
    }
    out
}

/// The parts of `year`, in order: one, or its months' runs.
pub fn year_parts(site: &Site, year: i32) -> Vec<Part> {
    if !year_by_month(site, year) {
        return vec![Part { year, month: None, run: 1 }];
    }
    let all = year_events(site, year);
    let mut out = Vec::new();
    let mut i = all.start;
    while i < all.end {
        let month = key(&site.events[i]).1;
        let r = month_events(site, year, month);
        out.extend((0..r.len().div_ceil(PAGE_EVENTS)).map(|k| Part { year, month: Some(month), run: k + 1 }));
        i = r.end.max(i + 1);
    }
    out
}

/// Every part of a split chronology, in date order (none when it is one page).
pub fn parts(site: &Site) -> Vec<Part> {
    if !is_split(site) {
        return Vec::new();
    }
    years(site).into_iter().flat_map(|(y, _)| year_parts(site, y)).collect()
}

/// The years of the chronology and the parts of each, with their numbers of events, found
/// once for a build: every page of a split chronology links each year and the parts of its
/// own, and finding them again per page (binary searches over the events, each step a cache
/// miss in a large dossier) made that cost grow with both the pages and the events.
pub struct Outline {
    /// Each year with its number of events, in order ([`years`]).
    years: Vec<(i32, usize)>,
    /// Each year's parts with their numbers of events ([`year_parts`]), as `years` orders them.
    parts: Vec<Vec<(Part, usize)>>,
    /// Each part's title and file name, as `parts` orders them: every page of a split year
    /// lists its year's parts, and at 100,000 articles a year has hundreds, so that making
    /// their strings again per page grew with the square of the dossier.
    names: Vec<Vec<(String, String)>>,
}

impl Outline {
    /// The outline of `site`'s chronology.
    pub fn new(site: &Site) -> Outline {
        let years = years(site);
        let parts = years
            .iter()
            .map(|&(y, _)| year_parts(site, y).into_iter().map(|p| (p, part_events(site, p).len())).collect())
            .collect::<Vec<Vec<_>>>();
        let names = parts
            .iter()
            .map(|ps| ps.iter().map(|&(p, _)| (part_title(site, p), format!("{}.html", p.stem()))).collect())
            .collect();
        Outline { years, parts, names }
    }

    /// Every year with its number of events, in order.
    pub fn years(&self) -> &[(i32, usize)] {
        &self.years
    }

    /// The parts of `year` with their numbers of events (none for a year without events).
    pub fn year_parts(&self, year: i32) -> &[(Part, usize)] {
        match self.years.binary_search_by_key(&year, |&(y, _)| y) {
            Ok(k) => &self.parts[k],
            Err(_) => &[],
        }
    }

    /// The title and file name of each of [`Outline::year_parts`], in the same order.
    pub fn part_names(&self, year: i32) -> &[(String, String)] {
        match self.years.binary_search_by_key(&year, |&(y, _)| y) {
            Ok(k) => &self.names[k],
            Err(_) => &[],
        }
    }
}

/// The index of the event with id `id`, which starts at `span`'s start (ids are unique; the
/// date narrows the search to a few events).
pub fn find(site: &Site, id: &str, span: crate::dates::DateSpan) -> Option<usize> {
    let lo = site.events.partition_point(|e| e.span.start < span.start);
    site.events[lo..].iter().take_while(|e| e.span.start == span.start).position(|e| *e.id == *id).map(|i| lo + i)
}

/// A page of the chronology.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum File {
    /// `chronology.html`: every event, or the index of the years once split.
    Main,
    /// The page of a year split by month: the index of its months.
    Months(i32),
    /// A page of events.
    Part(Part),
}

/// Every page of the chronology with its path from the site root.
pub fn files(site: &Site) -> Vec<(String, File)> {
    let mut out = vec![("chronology.html".to_string(), File::Main)];
    for (year, _) in if is_split(site) { years(site) } else { Vec::new() } {
        if year_by_month(site, year) {
            out.push((format!("chronology-{year}.html"), File::Months(year)));
        }
        out.extend(year_parts(site, year).into_iter().map(|p| (format!("{}.html", p.stem()), File::Part(p))));
    }
    out
}

/// The title of a part of a split year: its month, and the run's number past the first.
pub(super) fn part_title(site: &Site, p: Part) -> String {
    let title = month_label(site, p.month.unwrap_or(0));
    if p.run > 1 {
        format!("{title} ({})", p.run)
    } else {
        title
    }
}

/// A month's heading (`Décembre`), or `Dans l'année` for month 0.
pub(super) fn month_label(site: &Site, month: u32) -> String {
    if month == 0 {
        super::i18n::get(site.lang, "whole_year").unwrap_or("").to_string()
    } else {
        let m = crate::dates::month_name(month, site.lang);
        let mut c = m.chars();
        c.next().map(|f| f.to_uppercase().collect::<String>() + c.as_str()).unwrap_or_default()
    }
}
