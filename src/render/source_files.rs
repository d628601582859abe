//! How the sources page is cut into files, so that no file grows with the dossier (as the
//! chronology is, [`super::chronology_files`]). Up to [`PAGE_SOURCES`] sources, `sources.html`
//! lists them all. Past it, `sources.html` is the index of parts of at most [`PAGE_SOURCES`]
//! sources each, laid out as the whole list is (by outlet, then by date):
//!
//! - the dossier's articles in the list's own order (outlets alphabetically, unknown last,
//!   newest first within one), whole outlets packed into a part while they fit and an outlet
//!   of more cut into runs: `sources-articles-1.html`, `sources-articles-2.html`…;
//! - then the sources the articles cite, in the order of the articles that cite them:
//!   `sources-cited-1.html`…
//!
//! A cited source's part is its place in the registry (articles, then what each cites, in
//! article order), found from the source alone by a binary search: [`super::urls::source_path`]
//! is given only the site and the source (the exports and the search index call it as they
//! walk the list), and links a cited source to its entry. An article's entry is linked only
//! through [`super::urls::Urls`], which carries the [`Plan`] a build makes once.

use crate::doc::{ArticleId, SourceId};
use crate::site::Site;
use crate::text::slugify;

/// The most sources one file of the sources page lists (about 500 bytes each: a part is at
/// most about half a megabyte, as the chronology's pages of [`super::chronology_files::PAGE_EVENTS`]
/// events are a few hundred kilobytes). The whole list is one page up to this many.
pub const PAGE_SOURCES: usize = 1000;

/// One file of a split sources page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The `k`-th part of the dossier's articles, from 1.
    Articles(usize),
    /// The `k`-th part of the sources they cite, from 1.
    Cited(usize),
}

impl Part {
    /// The file's path from the site root (`sources-articles-2.html`).
    pub fn path(&self) -> String {
        match self {
            Part::Articles(k) => format!("sources-articles-{k}.html"),
            Part::Cited(k) => format!("sources-cited-{k}.html"),
        }
    }
}

/// Whether the sources page is cut into parts.
pub fn is_split(site: &Site) -> bool {
    site.sources.len() > PAGE_SOURCES
}

/// The positions in `ids` (sources in registry order) in the list's order by outlet: named
/// outlets by slug, then the unknown ones; newest first within an outlet, then in registry
/// order. With each source's outlet slug, by position (`None`: no outlet).
pub fn by_outlet(site: &Site, ids: &[SourceId]) -> (Vec<usize>, Vec<Option<String>>) {
    let slugs: Vec<Option<String>> = ids.iter().map(|&i| site.sources[i].outlet.as_deref().map(slugify)).collect();
    // Compared by reference: a key made at each comparison copied the slug twice, millions of
    // copies for a large dossier's sources.
    let dates: Vec<_> = ids.iter().map(|&i| site.sources[i].date).collect();
    let outlet_key = |k: usize| (slugs[k].is_none(), slugs[k].as_deref());
    let mut order: Vec<usize> = (0..ids.len()).collect();
    order.sort_unstable_by(|&a, &b| {
        outlet_key(a).cmp(&outlet_key(b)).then_with(|| dates[b].cmp(&dates[a])).then_with(|| a.cmp(&b))
    });
    (order, slugs)
}

/// The parts of a split sources page, found once for a build.
#[derive(Default)]
pub struct Plan {
    /// Each part of the articles: its sources, in the list's order.
    articles: Vec<Vec<SourceId>>,
    /// Whether each part of the articles is a run of an outlet of more than one part.
    runs: Vec<bool>,
    /// For each article, the index in `articles` of its part.
    of_article: Vec<u32>,
}

impl Plan {
    /// The parts of `site`'s sources page (none while it is one page).
    pub fn new(site: &Site) -> Plan {
        if !is_split(site) {
            return Plan::default();
        }
        let ids = &site.article_sources;
        let (order, slugs) = by_outlet(site, ids);
        let slug = |k: usize| slugs[k].as_deref().unwrap_or_default();
        let mut articles: Vec<Vec<SourceId>> = Vec::new();
        let mut runs: Vec<bool> = Vec::new();
        let mut current: Vec<SourceId> = Vec::new();
        let mut start = 0;
        while start < order.len() {
            let end = start + order[start..].iter().take_while(|&&k| slug(k) == slug(order[start])).count();
            let outlet: Vec<SourceId> = order[start..end].iter().map(|&k| ids[k]).collect();
            if current.len() + outlet.len() > PAGE_SOURCES && !current.is_empty() {
                articles.push(std::mem::take(&mut current));
                runs.push(false);
            }
            if outlet.len() > PAGE_SOURCES {
                // An outlet of more than a part: runs of its own, newest first.
                for run in outlet.chunks(PAGE_SOURCES) {
                    articles.push(run.to_vec());
                    runs.push(true);
                }
            } else {
                current.extend(outlet);
            }
            start = end.max(start + 1);
        }
        if !current.is_empty() {
            articles.push(current);
            runs.push(false);
        }
        let mut of_article = vec![0; site.articles.len()];
        for (k, part) in articles.iter().enumerate() {
            for &s in part {
                if let crate::sources::SourceKind::Article(a) = site.sources[s].kind {
                    of_article[a.index()] = u32::try_from(k).unwrap_or(u32::MAX);
                }
            }
        }
        Plan { articles, runs, of_article }
    }

    /// Every part, in the index's order: the articles', then the cited sources'.
    pub fn parts(&self, site: &Site) -> Vec<Part> {
        let cited = if is_split(site) { cited_count(site).div_ceil(PAGE_SOURCES) } else { 0 };
        (1..=self.articles.len()).map(Part::Articles).chain((1..=cited).map(Part::Cited)).collect()
    }

    /// The sources `part` lists, in registry order (none for a part the site has not).
    pub fn sources(&self, site: &Site, part: Part) -> Vec<SourceId> {
        match part {
            Part::Articles(k) => {
                let mut ids = k.checked_sub(1).and_then(|k| self.articles.get(k)).cloned().unwrap_or_default();
                ids.sort_unstable();
                ids
            }
            Part::Cited(k) => cited_range(site, k).map(SourceId).collect(),
        }
    }

    /// The first and last sources of `part` in the list's order, and how many it lists
    /// (`None` for a part the site has not).
    pub fn ends(&self, site: &Site, part: Part) -> Option<(SourceId, SourceId, usize)> {
        match part {
            Part::Articles(k) => {
                let p = self.articles.get(k.checked_sub(1)?)?;
                Some((*p.first()?, *p.last()?, p.len()))
            }
            Part::Cited(k) => {
                let r = cited_range(site, k);
                (!r.is_empty()).then(|| (SourceId(r.start), SourceId(r.end - 1), r.len()))
            }
        }
    }

    /// Whether `part` is a run of an outlet of more than one part (whose parts its dates then
    /// tell apart).
    pub fn is_run(&self, part: Part) -> bool {
        match part {
            Part::Articles(k) => k.checked_sub(1).and_then(|k| self.runs.get(k)).copied().unwrap_or(false),
            Part::Cited(_) => false,
        }
    }

    /// The page that holds article `a`'s entry, from the site root.
    pub fn article_page(&self, a: ArticleId) -> String {
        match self.of_article.get(a.index()) {
            Some(&k) => Part::Articles(k as usize + 1).path(),
            None => "sources.html".to_string(),
        }
    }
}

/// How many sources the articles cite.
fn cited_count(site: &Site) -> usize {
    site.sources.len().saturating_sub(site.articles.len())
}

/// The registry indices of the sources cited part `k` lists.
fn cited_range(site: &Site, k: usize) -> std::ops::Range<usize> {
    let first = site.articles.len();
    let lo = (first + k.saturating_sub(1) * PAGE_SOURCES).min(site.sources.len());
    lo..(lo + PAGE_SOURCES).min(site.sources.len())
}

/// The page that holds the entry of source `e` cited by article `a`, from the site root.
pub fn cited_page(site: &Site, a: ArticleId, e: usize) -> String {
    if !is_split(site) {
        return "sources.html".to_string();
    }
    // The registry lists what the articles cite after them, by article and then in each
    // article's order: sorted by (article, entry).
    let first = site.articles.len().min(site.sources.len());
    let key = |s: &crate::sources::Source| match s.kind {
        crate::sources::SourceKind::Cited(b, f) => (b.index(), f),
        crate::sources::SourceKind::Article(b) => (b.index(), 0),
    };
    match site.sources[first..].binary_search_by_key(&(a.index(), e), key) {
        Ok(i) => Part::Cited(i / PAGE_SOURCES + 1).path(),
        Err(_) => "sources.html".to_string(),
    }
}
