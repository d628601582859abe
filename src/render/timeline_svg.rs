//! The chronology drawn at build time as SVG: it prints and needs no script.
//!
//! Two panels, because one axis cannot show both a 30-year dossier and a week of summit news:
//! an *overview* from the first year to the last, one bar per month (or per longer period on
//! very long spans) whose height is the number of events starting then, with a lane for the
//! events known only to their year and a lane of diamonds where sources disagree on a date; and
//! a *zoom* on the densest stretch of [`ZOOM_DAYS`] days, one column per day, each event a dot
//! of its own (filled: the editors'; hollow: extracted; diamond: dated differently by another
//! source), or a bar per day when a day holds more than [`STACK`] events. Every mark links to
//! an event's entry; the year labels link to the years and are the only marks in the keyboard
//! order, since the list that follows the drawing holds every event as text.
//!
//! The drawing is bounded whatever the number of events: at most [`MAX_BINS`] bars and
//! diamonds in the overview, [`ZOOM_DAYS`] × [`STACK`] marks in the zoom. It is built as typed
//! [`Node`]s and written by one serialiser that escapes every text and attribute, with every
//! number in tenths of a unit, so that the same events always give the same bytes.

use crate::dates::{month_name, Lang, PartialDate, Precision};
use crate::text::{escape_html, truncate_words};
use chrono::{Datelike, NaiveDate};

/// Width of the drawing, in its own units (it scales to the column).
pub const WIDTH: i64 = 720;
/// Width of the drawing for a phone's column (about 360 px): drawn in its own units rather
/// than scaled down from [`WIDTH`], whose labels would shrink to half their size.
pub const NARROW_WIDTH: i64 = 360;
/// At most this many bars in the overview: past it, a bar counts several months.
pub const MAX_BINS: i64 = 420;
/// How many days the zoom shows.
pub const ZOOM_DAYS: i64 = 61;
/// How many days the narrow drawing's zoom shows: a day stays wide enough for its dot.
pub const NARROW_ZOOM_DAYS: i64 = 31;
/// At most this many dots stacked on a day of the zoom; a denser day is drawn as a bar.
pub const STACK: usize = 8;
/// How many day-dated events the densest stretch needs for a zoom to be worth drawing.
const ZOOM_MIN: usize = 3;

const LEFT: i64 = 8;
const BAR_H: i64 = 56;
const FONT: i64 = 12;

/// The size of a drawing: its width in its own units, and the days its zoom shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Size {
    /// Width, in the drawing's units (a unit is about a CSS pixel where the drawing is shown).
    pub width: i64,
    /// Days the zoom shows.
    pub zoom_days: i64,
}

impl Size {
    /// For a laptop's column and for print.
    pub const WIDE: Size = Size { width: WIDTH, zoom_days: ZOOM_DAYS };
    /// For a phone's column.
    pub const NARROW: Size = Size { width: NARROW_WIDTH, zoom_days: NARROW_ZOOM_DAYS };
    fn plot(self) -> i64 {
        self.width - 2 * LEFT
    }
}

/// One event as the drawing needs it: when it starts, and how to mark it. `index` is what
/// the caller's `url` and `label` take to name and link it.
#[derive(Debug, Clone, Copy)]
pub struct Mark {
    /// The caller's index of the event.
    pub index: usize,
    /// When it starts.
    pub start: PartialDate,
    /// Whether another source dates it differently.
    pub conflict: bool,
    /// Written by an editor.
    pub curated: bool,
}

/// The interface words of the drawing, in the reader's language.
pub struct Labels {
    /// The drawing's title (`Chronologie en un coup d'œil`).
    pub title: String,
    /// `événement`, and its plural.
    pub event: String,
    /// See `event`.
    pub events: String,
    /// What a diamond means (`Les sources divergent sur la date`).
    pub conflict: String,
    /// The lane of events known only to their year (`Dans l'année`).
    pub whole_year: String,
    /// The zoom's heading (`Période la plus dense`).
    pub zoom: String,
    /// What a bar of the overview counts (`Événements par mois`).
    pub per_month: String,
    /// `mois`, for bars that count several months (`événements / 3 mois`).
    pub months: String,
    /// An editors' event, in the legend.
    pub curated: String,
    /// An extracted event, in the legend.
    pub extracted: String,
    /// A colon as the language writes it (`\u{a0}:` in French).
    pub colon: String,
    /// What the drawing shows and where its text alternative is (`<desc>`).
    pub desc: String,
}

/// What the drawing links to, and how it names events.
pub struct Links<'f> {
    /// The entry of the event of this index.
    pub event: &'f dyn Fn(usize) -> String,
    /// A short label of the event of this index (date and words), for its tooltip.
    pub label: &'f dyn Fn(usize) -> String,
    /// The page or heading of a year.
    pub year: &'f dyn Fn(i32) -> String,
    /// The anchor id of the event of this index, when each mark should name the events it
    /// stands for (`data-ev`, space-separated), so that a script filtering the list can dim
    /// the marks of the events it hides. `None` on pages without such a filter.
    pub id: Option<&'f dyn Fn(usize) -> String>,
}

/// A number in tenths of a unit, written without float formatting so that output never
/// depends on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Num(i64);

impl Num {
    fn of(v: f64) -> Num {
        Num((v * 10.0).round() as i64)
    }
    fn int(v: i64) -> Num {
        Num(v * 10)
    }
}

impl std::fmt::Display for Num {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (sign, v) = if self.0 < 0 { ("-", -self.0) } else { ("", self.0) };
        if v % 10 == 0 {
            write!(f, "{sign}{}", v / 10)
        } else {
            write!(f, "{sign}{}.{}", v / 10, v % 10)
        }
    }
}

/// How a text is anchored on its position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Anchor {
    Start,
    Middle,
    End,
}

/// How a shape is painted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Paint {
    /// Filled with the text colour.
    Solid,
    /// Filled with the text colour, faint (density bars, the year-only lane).
    Faint,
    /// Outlined with the text colour.
    Hollow,
    /// The disagreement colour: red, and always on a diamond, for readers who do not see red.
    Conflict,
    /// A very light band (the zoomed stretch on the overview).
    Band,
}

/// One element of the drawing.
#[derive(Debug, Clone, PartialEq)]
enum Node {
    Rect {
        x: Num,
        y: Num,
        w: Num,
        h: Num,
        paint: Paint,
    },
    Circle {
        cx: Num,
        cy: Num,
        r: Num,
        paint: Paint,
    },
    /// A square on its point, the mark of a disagreement.
    Diamond {
        cx: Num,
        cy: Num,
        r: Num,
        paint: Paint,
    },
    Line {
        x1: Num,
        y1: Num,
        x2: Num,
        y2: Num,
        faint: bool,
    },
    Text {
        x: Num,
        y: Num,
        anchor: Anchor,
        bold: bool,
        text: String,
    },
    /// A link around `children`, named by `label` (its tooltip too); `focusable` keeps it
    /// in the keyboard order.
    Link {
        href: String,
        label: String,
        focusable: bool,
        /// The ids of the events it stands for, space-separated (empty: none written).
        ev: String,
        children: Vec<Node>,
    },
}

impl Paint {
    fn attrs(self) -> &'static str {
        match self {
            Paint::Solid => r#"fill="currentColor""#,
            Paint::Faint => r#"fill="currentColor" fill-opacity="0.55""#,
            Paint::Hollow => r#"fill="none" stroke="currentColor" stroke-width="1.5""#,
            Paint::Conflict => r##"fill="#c0392b""##,
            Paint::Band => r#"fill="currentColor" fill-opacity="0.08""#,
        }
    }
}

impl Node {
    /// A legend shape, drawn around (0, 0), moved to the legend item at (`x`, `y`).
    fn moved(self, x: i64, y: i64) -> Node {
        let (dx, dy) = (Num::int(x).0, Num::int(y).0);
        match self {
            Node::Rect { x, y, w, h, paint } => Node::Rect { x: Num(x.0 + dx), y: Num(y.0 + dy), w, h, paint },
            Node::Circle { cx, cy, r, paint } => Node::Circle { cx: Num(cx.0 + dx), cy: Num(cy.0 + dy), r, paint },
            Node::Diamond { cx, cy, r, paint } => Node::Diamond { cx: Num(cx.0 + dx), cy: Num(cy.0 + dy), r, paint },
            other => other,
        }
    }

    fn write(&self, out: &mut String) {
        use std::fmt::Write;
        // Writing to a String cannot fail.
        let _ = match self {
            Node::Rect { x, y, w, h, paint } => {
                write!(out, r#"<rect x="{x}" y="{y}" width="{w}" height="{h}" {}/>"#, paint.attrs())
            }
            Node::Circle { cx, cy, r, paint } => {
                write!(out, r#"<circle cx="{cx}" cy="{cy}" r="{r}" {}/>"#, paint.attrs())
            }
            Node::Diamond { cx, cy, r, paint } => {
                let (x, y, r) = (cx.0, cy.0, r.0);
                let p = |a: i64, b: i64| format!("{},{}", Num(a), Num(b));
                write!(
                    out,
                    r#"<polygon points="{} {} {} {}" {}/>"#,
                    p(x, y - r),
                    p(x + r, y),
                    p(x, y + r),
                    p(x - r, y),
                    paint.attrs()
                )
            }
            Node::Line { x1, y1, x2, y2, faint } => write!(
                out,
                r#"<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke="currentColor" stroke-opacity="{}"/>"#,
                if *faint { "0.3" } else { "0.7" }
            ),
            Node::Text { x, y, anchor, bold, text } => write!(
                out,
                r#"<text x="{x}" y="{y}"{}{}>{}</text>"#,
                match anchor {
                    Anchor::Start => "",
                    Anchor::Middle => r#" text-anchor="middle""#,
                    Anchor::End => r#" text-anchor="end""#,
                },
                if *bold { r#" font-weight="bold""# } else { "" },
                escape_html(text)
            ),
            Node::Link { href, label, focusable, ev, children } => {
                let _ = write!(
                    out,
                    r#"<a href="{}"{}"#,
                    escape_html(href),
                    if *focusable { "" } else { r#" tabindex="-1""# },
                );
                if !ev.is_empty() {
                    let _ = write!(out, r#" data-ev="{}""#, escape_html(ev));
                }
                let _ = write!(out, "><title>{}</title>", escape_html(label));
                for c in children {
                    c.write(out);
                }
                write!(out, "</a>")
            }
        };
    }

    /// Every link of the drawing, with its own and its children's.
    #[cfg(test)]
    fn hrefs<'s>(&'s self, out: &mut Vec<&'s str>) {
        if let Node::Link { href, children, .. } = self {
            out.push(href);
            for c in children {
                c.hrefs(out);
            }
        }
    }
}

/// A laid-out drawing: its height and its elements.
#[derive(Debug)]
pub struct Drawing {
    width: i64,
    height: i64,
    title: String,
    desc: String,
    nodes: Vec<Node>,
}

impl Drawing {
    /// The drawing as an `<svg>` element, to be placed in a page as is.
    pub fn to_svg(&self) -> String {
        let mut out = String::with_capacity(256 + self.nodes.len() * 120);
        out.push_str(&format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" class="timeline-svg {kind}" viewBox="0 0 {w} {h}" width="{w}" height="{h}" font-size="{FONT}" font-family="system-ui, -apple-system, Segoe UI, Roboto, Arial, Liberation Sans, sans-serif" fill="currentColor">"#,
            w = self.width,
            h = self.height,
            kind = if self.width < WIDTH { "narrow" } else { "wide" },
        ));
        out.push_str(&format!("<title>{}</title><desc>{}</desc>", escape_html(&self.title), escape_html(&self.desc)));
        for n in &self.nodes {
            n.write(&mut out);
        }
        out.push_str("</svg>");
        out
    }
}

/// `n` grouped by thousands and its word, as the pages write counts ([`super::i18n`]).
fn count_words(n: usize, l: &Labels, lang: Lang) -> String {
    let mut out = String::new();
    super::i18n::push_number(&mut out, lang, n as u64);
    out.push(' ');
    out.push_str(if super::i18n::takes_one(lang, n as u64) { &l.event } else { &l.events });
    out
}

/// The months a bar of the overview counts: one, or a longer period that keeps the bars
/// within [`MAX_BINS`].
fn bin_months(span_months: i64) -> i64 {
    [1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200, 2400, 6000, 12000]
        .into_iter()
        .find(|&m| (span_months + m - 1) / m <= MAX_BINS)
        .unwrap_or_else(|| (span_months + MAX_BINS - 1) / MAX_BINS)
}

/// Every how many years the overview writes a year, so that labels stay apart.
fn year_step(years: i64, plot: i64) -> i64 {
    let per_year = plot as f64 / years.max(1) as f64;
    [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000]
        .into_iter()
        .find(|&s| per_year * s as f64 >= 40.0)
        .unwrap_or(10000)
}

/// About how wide `text` is in the drawing's units: 0.55 em a character (0.6 in bold), more
/// than the average of a sans-serif, so that a text measured to fit does.
fn text_width(text: &str, bold: bool) -> i64 {
    (text.chars().count() as i64 * FONT * if bold { 60 } else { 55 } + 99) / 100
}

/// A month as a number that orders and subtracts: `year × 12 + month − 1`.
fn month_index(year: i32, month: u32) -> i64 {
    i64::from(year) * 12 + i64::from(month) - 1
}

fn month_label(mi: i64, lang: Lang) -> String {
    let (y, m) = (mi.div_euclid(12), mi.rem_euclid(12) + 1);
    format!("{} {y}", month_name(m as u32, lang))
}

/// The first mark (by date, then index) of each group, and how many each holds.
#[derive(Clone)]
struct Bin {
    count: usize,
    first: Option<(PartialDate, usize)>,
    conflicts: usize,
    first_conflict: Option<(PartialDate, usize)>,
    /// Every mark's index, then those that conflict.
    members: Vec<usize>,
    conflicting: Vec<usize>,
}

impl Bin {
    const EMPTY: Bin =
        Bin { count: 0, first: None, conflicts: 0, first_conflict: None, members: Vec::new(), conflicting: Vec::new() };
    /// Counts `m` in, keeping its index among the members when `keep` (a drawing that names
    /// its events' ids: the whole chronology's has a bin of hundreds of thousands).
    fn add(&mut self, m: &Mark, keep: bool) {
        self.count += 1;
        if keep {
            self.members.push(m.index);
            if m.conflict {
                self.conflicting.push(m.index);
            }
        }
        let key = (m.start, m.index);
        if self.first.is_none_or(|f| key < f) {
            self.first = Some(key);
        }
        if m.conflict {
            self.conflicts += 1;
            if self.first_conflict.is_none_or(|f| key < f) {
                self.first_conflict = Some(key);
            }
        }
    }
}

/// Lays out the drawing of `marks` (in any order). `None` when there is nothing to draw.
pub fn layout(marks: &[Mark], lang: Lang, labels: &Labels, links: &Links, size: Size) -> Option<Drawing> {
    let (width, plot, zoom_days) = (size.width, size.plot(), size.zoom_days);
    let ev = |members: &[usize]| match links.id {
        Some(id) => {
            let mut ids: Vec<usize> = members.to_vec();
            ids.sort_unstable();
            ids.dedup();
            ids.into_iter().map(id).collect::<Vec<_>>().join(" ")
        }
        None => String::new(),
    };
    // The members of each bin are only read to name their ids.
    let keep = links.id.is_some();
    let first_year = marks.iter().map(|m| m.start.get_year()).min()?;
    let last_year = marks.iter().map(|m| m.start.get_year()).max()?;
    let mut nodes = Vec::new();
    let c = &labels.colon;

    // The overview.
    let (m0, m1) = (month_index(first_year, 1), month_index(last_year, 12));
    let span = m1 - m0 + 1;
    let per_bin = bin_months(span);
    let nbins = (span + per_bin - 1) / per_bin;
    let mut bins = vec![Bin::EMPTY; nbins as usize];
    let years = i64::from(last_year) - i64::from(first_year) + 1;
    let mut year_only = vec![Bin::EMPTY; years as usize];
    for m in marks {
        let y = m.start.get_year();
        match m.start.get_month().filter(|_| m.start.precision() != Precision::Year) {
            Some(mo) => bins[((month_index(y, mo) - m0) / per_bin) as usize].add(m, keep),
            None => year_only[(i64::from(y) - i64::from(first_year)) as usize].add(m, keep),
        }
    }
    let x_of_month = |mi: f64| LEFT as f64 + (mi - m0 as f64) * plot as f64 / span as f64;
    let top = 20;
    let base = top + BAR_H;
    let max = bins.iter().map(|b| b.count).max().unwrap_or(0).max(1);
    nodes.push(Node::Text {
        x: Num::int(LEFT),
        y: Num::int(top - 6),
        anchor: Anchor::Start,
        bold: true,
        text: format!("{}, {}–{}", count_words(marks.len(), labels, lang), first_year, last_year),
    });
    // The scale of the bars: the tallest one's count.
    nodes.push(Node::Text {
        x: Num::int(LEFT + plot),
        y: Num::int(top - 6),
        anchor: Anchor::End,
        bold: false,
        text: {
            let mut t = String::from("max. ");
            super::i18n::push_number(&mut t, lang, max as u64);
            t
        },
    });
    let bin_w = plot as f64 / nbins as f64;
    for (bi, b) in bins.iter().enumerate() {
        let Some((_, first)) = b.first else { continue };
        let mi = m0 + bi as i64 * per_bin;
        let h = (b.count as f64 * BAR_H as f64 / max as f64).max(2.0);
        let label = if per_bin == 1 {
            format!("{}{c} {}", month_label(mi, lang), count_words(b.count, labels, lang))
        } else {
            format!(
                "{} – {}{c} {}",
                month_label(mi, lang),
                month_label(mi + per_bin - 1, lang),
                count_words(b.count, labels, lang)
            )
        };
        nodes.push(Node::Link {
            href: (links.event)(first),
            label,
            focusable: false,
            ev: ev(&b.members),
            children: vec![Node::Rect {
                x: Num::of(x_of_month(mi as f64) + bin_w * 0.1),
                y: Num::of(base as f64 - h),
                w: Num::of((bin_w * 0.8).max(1.0)),
                h: Num::of(h),
                paint: Paint::Faint,
            }],
        });
    }
    nodes.push(Node::Line {
        x1: Num::int(LEFT),
        y1: Num::int(base),
        x2: Num::int(LEFT + plot),
        y2: Num::int(base),
        faint: false,
    });
    // The lane of events known only to their year, then the lane of disagreements.
    let lane_year = base + 8;
    let lane_conflict = base + 20;
    for (yi, b) in year_only.iter().enumerate() {
        let Some((_, first)) = b.first else { continue };
        let y = first_year + yi as i32;
        let x = x_of_month(month_index(y, 1) as f64);
        nodes.push(Node::Link {
            href: (links.event)(first),
            label: format!("{y} ({}){c} {}", labels.whole_year, count_words(b.count, labels, lang)),
            focusable: false,
            ev: ev(&b.members),
            children: vec![Node::Rect {
                x: Num::of(x + 0.5),
                y: Num::int(lane_year - 3),
                w: Num::of((plot as f64 * 12.0 / span as f64 - 1.0).max(2.0)),
                h: Num::int(6),
                paint: Paint::Faint,
            }],
        });
    }
    let conflict_marks = |bins: &[Bin], x_of: &dyn Fn(usize) -> f64, y: i64, name: &dyn Fn(usize) -> String| {
        bins.iter()
            .enumerate()
            .filter_map(|(i, b)| {
                let (_, first) = b.first_conflict?;
                Some(Node::Link {
                    href: (links.event)(first),
                    label: format!("{}{c} {} ({})", name(i), labels.conflict, b.conflicts),
                    focusable: false,
                    ev: ev(&b.conflicting),
                    children: vec![Node::Diamond {
                        cx: Num::of(x_of(i)),
                        cy: Num::int(y),
                        r: Num::int(5),
                        paint: Paint::Conflict,
                    }],
                })
            })
            .collect::<Vec<_>>()
    };
    let overview_bin_x = |bi: usize| x_of_month((m0 + bi as i64 * per_bin) as f64) + bin_w / 2.0;
    let bin_name = |bi: usize| month_label(m0 + bi as i64 * per_bin, lang);
    nodes.extend(conflict_marks(&bins, &overview_bin_x, lane_conflict, &bin_name));
    let year_x = |y: i64| x_of_month(month_index(y as i32, 1) as f64);
    let year_only_x = |yi: usize| year_x(i64::from(first_year) + yi as i64) + plot as f64 * 6.0 / span as f64;
    let year_only_name = |yi: usize| format!("{} ({})", first_year + yi as i32, labels.whole_year);
    nodes.extend(conflict_marks(&year_only, &year_only_x, lane_conflict, &year_only_name));
    // The year axis: a tick at each year while they are far enough apart, a linked label at
    // every `step` years.
    let axis = lane_conflict + 10;
    let step = year_step(years, plot);
    let per_year = plot as f64 / years as f64;
    for y in i64::from(first_year)..=i64::from(last_year) {
        let x = year_x(y);
        let labelled = y.rem_euclid(step) == 0 || (y == i64::from(first_year) && years < step);
        if per_year >= 4.0 || labelled {
            nodes.push(Node::Line {
                x1: Num::of(x),
                y1: Num::int(axis),
                x2: Num::of(x),
                y2: Num::int(axis + if labelled { 6 } else { 3 }),
                faint: !labelled,
            });
        }
        if labelled {
            let y32 = y as i32;
            let has =
                bins.iter().enumerate().any(|(bi, b)| b.count > 0 && (m0 + bi as i64 * per_bin).div_euclid(12) == y)
                    || year_only[(y - i64::from(first_year)) as usize].count > 0;
            let text = Node::Text {
                x: Num::of((x + per_year.min(40.0) / 2.0).min((LEFT + plot) as f64 - 14.0)),
                y: Num::int(axis + 6 + FONT),
                anchor: Anchor::Middle,
                bold: false,
                text: y.to_string(),
            };
            // A year with events links to them; an empty one is only a label.
            nodes.push(if has {
                Node::Link {
                    href: (links.year)(y32),
                    label: y.to_string(),
                    focusable: true,
                    ev: String::new(),
                    children: vec![text],
                }
            } else {
                text
            });
        }
    }
    let mut height = axis + 6 + FONT + 6;

    // The zoom: the stretch of ZOOM_DAYS days that holds the most day-dated events, the latest
    // of equals.
    let mut days: Vec<(i64, &Mark)> = marks
        .iter()
        .filter(|m| m.start.precision() == Precision::Day)
        .map(|m| (i64::from(m.start.first_day().num_days_from_ce()), m))
        .collect();
    days.sort_by_key(|&(d, m)| (d, m.index));
    let mut best: Option<(usize, usize)> = None; // (count, start position in `days`)
    let mut j = 0;
    for i in 0..days.len() {
        if i > 0 && days[i].0 == days[i - 1].0 {
            continue;
        }
        j = j.max(i);
        while j < days.len() && days[j].0 < days[i].0 + zoom_days {
            j += 1;
        }
        if best.is_none_or(|(n, _)| j - i >= n) {
            best = Some((j - i, i));
        }
    }
    if let Some((n, i)) = best.filter(|&(n, _)| n >= ZOOM_MIN) {
        let inside = &days[i..i + n];
        let (first, last) = (inside[0].0, inside[n - 1].0);
        // Centred on its events.
        let d0 = first - (zoom_days - (last - first + 1)) / 2;
        let mut per_day: Vec<Vec<&Mark>> = vec![Vec::new(); zoom_days as usize];
        for &(d, m) in inside {
            per_day[(d - d0) as usize].push(m);
        }
        let date_of = |d: i64| NaiveDate::from_num_days_from_ce_opt(d as i32).map(PartialDate::from_naive);
        let long = |d: i64| date_of(d).map(|p| p.long(lang)).unwrap_or_default();
        let col = plot as f64 / zoom_days as f64;
        let x_of_day = |d: i64| LEFT as f64 + (d - d0) as f64 * col;
        // The zoomed stretch on the overview, joined to the zoom from below the year labels
        // (lines that cross no label).
        let (zx0, zx1) = (
            date_of(d0)
                .map_or(LEFT as f64, |p| x_of_month(month_index(p.get_year(), p.get_month().unwrap_or(1)) as f64)),
            date_of(d0 + zoom_days - 1).map_or(LEFT as f64, |p| {
                x_of_month(month_index(p.get_year(), p.get_month().unwrap_or(1)) as f64 + 1.0)
            }),
        );
        nodes.insert(
            0,
            Node::Rect {
                x: Num::of(zx0),
                y: Num::int(top),
                w: Num::of((zx1 - zx0).max(2.0)),
                h: Num::int(BAR_H),
                paint: Paint::Band,
            },
        );
        let ztop = height + 18;
        nodes.push(Node::Line {
            x1: Num::of(zx0),
            y1: Num::int(height - 3),
            x2: Num::int(LEFT),
            y2: Num::int(ztop - 14),
            faint: true,
        });
        nodes.push(Node::Line {
            x1: Num::of(zx1),
            y1: Num::int(height - 3),
            x2: Num::int(LEFT + plot),
            y2: Num::int(ztop - 14),
            faint: true,
        });
        let heading = format!(
            "{}{c} {} – {} · {}",
            labels.zoom,
            long(d0),
            long(d0 + zoom_days - 1),
            count_words(n, labels, lang)
        );
        // A heading wider than the drawing (a phone's) goes on two lines: what, then when.
        let ztop = if text_width(&heading, true) <= plot {
            nodes.push(Node::Text {
                x: Num::int(LEFT),
                y: Num::int(ztop),
                anchor: Anchor::Start,
                bold: true,
                text: heading,
            });
            ztop
        } else {
            nodes.push(Node::Text {
                x: Num::int(LEFT),
                y: Num::int(ztop),
                anchor: Anchor::Start,
                bold: true,
                text: format!("{} · {}", labels.zoom, count_words(n, labels, lang)),
            });
            nodes.push(Node::Text {
                x: Num::int(LEFT),
                y: Num::int(ztop + FONT + 3),
                anchor: Anchor::Start,
                bold: false,
                text: format!("{} – {}", long(d0), long(d0 + zoom_days - 1)),
            });
            ztop + FONT + 3
        };
        let densest = per_day.iter().map(Vec::len).max().unwrap_or(0);
        let zbase;
        if densest <= STACK {
            // One dot per event, stacked on its day.
            let pitch = 11;
            zbase = ztop + 10 + pitch * densest as i64;
            for (di, ms) in per_day.iter().enumerate() {
                let cx = x_of_day(d0 + di as i64) + col / 2.0;
                for (k, m) in ms.iter().enumerate() {
                    let cy = Num::int(zbase - 6 - pitch * k as i64);
                    let r = Num::int(4);
                    let shape = if m.conflict {
                        Node::Diamond { cx: Num::of(cx), cy, r: Num::int(5), paint: Paint::Conflict }
                    } else {
                        Node::Circle {
                            cx: Num::of(cx),
                            cy,
                            r,
                            paint: if m.curated { Paint::Solid } else { Paint::Hollow },
                        }
                    };
                    nodes.push(Node::Link {
                        href: (links.event)(m.index),
                        label: truncate_words(&(links.label)(m.index), 140),
                        focusable: false,
                        ev: ev(&[m.index]),
                        children: vec![shape],
                    });
                }
            }
        } else {
            // A bar per day, and a diamond under the days where sources disagree.
            zbase = ztop + 10 + BAR_H;
            let mut day_bins = vec![Bin::EMPTY; zoom_days as usize];
            for (di, ms) in per_day.iter().enumerate() {
                for m in ms {
                    day_bins[di].add(m, keep);
                }
                let Some((_, first)) = day_bins[di].first else { continue };
                let h = (ms.len() as f64 * BAR_H as f64 / densest as f64).max(2.0);
                nodes.push(Node::Link {
                    href: (links.event)(first),
                    label: format!("{}{c} {}", long(d0 + di as i64), count_words(ms.len(), labels, lang)),
                    focusable: false,
                    ev: ev(&ms.iter().map(|m| m.index).collect::<Vec<_>>()),
                    children: vec![Node::Rect {
                        x: Num::of(x_of_day(d0 + di as i64) + col * 0.15),
                        y: Num::of(zbase as f64 - h),
                        w: Num::of(col * 0.7),
                        h: Num::of(h),
                        paint: Paint::Faint,
                    }],
                });
            }
            let day_x = |di: usize| x_of_day(d0 + di as i64) + col / 2.0;
            let day_name = |di: usize| long(d0 + di as i64);
            nodes.extend(conflict_marks(&day_bins, &day_x, zbase + 8, &day_name));
        }
        let zaxis = zbase + 16;
        nodes.push(Node::Line {
            x1: Num::int(LEFT),
            y1: Num::int(zaxis),
            x2: Num::int(LEFT + plot),
            y2: Num::int(zaxis),
            faint: false,
        });
        let day_of = |di: i64| date_of(d0 + di).and_then(|p| p.get_day()).unwrap_or(0);
        let weekly = |day: u32| day == 1 || day % 7 == 1 && day < 29;
        // The first day is written too, with its month, unless a written one comes too soon
        // after it for both to be read.
        let first_day_label = (1..zoom_days).find(|&di| weekly(day_of(di))).is_none_or(|di| di >= 3);
        let first_month_label = (1..zoom_days).find(|&di| day_of(di) == 1).is_none_or(|di| di >= 9);
        for di in 0..zoom_days {
            let Some(p) = date_of(d0 + di) else { continue };
            let day = p.get_day().unwrap_or(1);
            let x = x_of_day(d0 + di) + col / 2.0;
            let labelled = weekly(day) || di == 0 && first_day_label;
            nodes.push(Node::Line {
                x1: Num::of(x),
                y1: Num::int(zaxis),
                x2: Num::of(x),
                y2: Num::int(zaxis + if labelled { 5 } else { 3 }),
                faint: !labelled,
            });
            if labelled {
                nodes.push(Node::Text {
                    x: Num::of(x),
                    y: Num::int(zaxis + 5 + FONT),
                    anchor: Anchor::Middle,
                    bold: false,
                    text: day.to_string(),
                });
            }
            if day == 1 || di == 0 && first_month_label {
                nodes.push(Node::Text {
                    x: Num::of(x.min((LEFT + plot) as f64 - 90.0)),
                    y: Num::int(zaxis + 8 + 2 * FONT),
                    anchor: Anchor::Start,
                    bold: false,
                    text: month_label(month_index(p.get_year(), p.get_month().unwrap_or(1)), lang),
                });
            }
        }
        height = zaxis + 8 + 2 * FONT + 8;
    }

    // The legend, wrapped to the width.
    let per = if per_bin == 1 {
        labels.per_month.clone()
    } else {
        format!("{} / {per_bin} {}", labels.events, labels.months)
    };
    let mut items = vec![(Node::Rect { x: Num(0), y: Num(-50), w: Num(60), h: Num(100), paint: Paint::Faint }, per)];
    if year_only.iter().any(|b| b.count > 0) {
        let lane = Node::Rect { x: Num(-20), y: Num(-30), w: Num(100), h: Num(60), paint: Paint::Faint };
        items.push((lane, labels.whole_year.clone()));
    }
    items.extend([
        (Node::Circle { cx: Num(30), cy: Num(0), r: Num(40), paint: Paint::Solid }, labels.curated.clone()),
        (Node::Circle { cx: Num(30), cy: Num(0), r: Num(40), paint: Paint::Hollow }, labels.extracted.clone()),
        (Node::Diamond { cx: Num(30), cy: Num(0), r: Num(50), paint: Paint::Conflict }, labels.conflict.clone()),
    ]);
    let (mut x, mut ly) = (LEFT, height + 10);
    for (shape, text) in items {
        let w = 14 + text_width(&text, false) + 18;
        if x > LEFT && x + w > width {
            x = LEFT;
            ly += FONT + 6;
        }
        nodes.push(shape.moved(x, ly));
        nodes.push(Node::Text { x: Num::int(x + 14), y: Num::int(ly + 4), anchor: Anchor::Start, bold: false, text });
        x += w;
    }
    height = ly + 12;
    Some(Drawing { width, height, title: labels.title.clone(), desc: labels.desc.clone(), nodes })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels() -> Labels {
        let s = |x: &str| x.to_string();
        Labels {
            title: s("Chronology at a glance"),
            event: s("event"),
            events: s("events"),
            conflict: s("Sources disagree on the date"),
            whole_year: s("in the year"),
            zoom: s("Densest period"),
            per_month: s("Events per month"),
            months: s("months"),
            curated: s("editors'"),
            extracted: s("extracted"),
            colon: s(" :"),
            desc: s("The list of events follows."),
        }
    }

    fn day(y: i32, m: u32, d: u32) -> PartialDate {
        PartialDate::day(y, m, d).unwrap()
    }

    fn draw(marks: &[Mark]) -> (Drawing, String) {
        draw_at(marks, Size::WIDE, false)
    }

    fn draw_at(marks: &[Mark], size: Size, ids: bool) -> (Drawing, String) {
        let url = |i: usize| format!("chronology.html#e{i}");
        let label = |i: usize| format!("event <{i}> & co");
        let year = |y: i32| format!("chronology.html#y{y}");
        let id = |i: usize| format!("e{i}");
        let links = Links { event: &url, label: &label, year: &year, id: if ids { Some(&id) } else { None } };
        let d = layout(marks, Lang::En, &labels(), &links, size).unwrap();
        let svg = d.to_svg();
        (d, svg)
    }

    fn hrefs(d: &Drawing) -> Vec<&str> {
        let mut out = Vec::new();
        for n in &d.nodes {
            n.hrefs(&mut out);
        }
        out
    }

    /// A dossier like the example: a few old events known to the year or month, a dense
    /// December 2022 with one disagreement, and a sparse 2026.
    fn example_like() -> Vec<Mark> {
        let mut dates = vec![PartialDate::year(1994), PartialDate::year(2001), PartialDate::month(2019, 2).unwrap()];
        dates.extend([15, 16, 18, 19, 19, 19, 20].map(|d| day(2022, 12, d)));
        dates.push(day(2022, 11, 19));
        dates.extend([19, 23, 24].map(|d| day(2026, 6, d)));
        dates
            .into_iter()
            .enumerate()
            .map(|(index, start)| Mark { index, start, conflict: index == 8, curated: index % 2 == 0 })
            .collect()
    }

    #[test]
    fn numbers_are_written_in_tenths_without_float_formatting() {
        assert_eq!(Num::of(12.34).to_string(), "12.3");
        assert_eq!(Num::of(-0.55).to_string(), "-0.6");
        assert_eq!(Num::int(7).to_string(), "7");
        assert_eq!(Num::of(-3.0).to_string(), "-3");
    }

    #[test]
    fn every_mark_links_to_an_event_it_was_given_or_to_a_year_with_events() {
        let marks = example_like();
        let (d, svg) = draw(&marks);
        let links = hrefs(&d);
        assert!(links.len() >= marks.len(), "{svg}");
        for h in &links {
            if let Some(i) = h.strip_prefix("chronology.html#e") {
                assert!(i.parse::<usize>().is_ok_and(|i| i < marks.len()), "{h}");
            } else {
                let y: i32 = h.strip_prefix("chronology.html#y").unwrap().parse().unwrap();
                assert!(marks.iter().any(|m| m.start.get_year() == y), "a year link to {y}, which has no event");
            }
        }
        // The zoom shows each December event as its own mark: all seven, and the summit's
        // disagreement as a diamond.
        for i in 3..10 {
            assert!(links.contains(&format!("chronology.html#e{i}").as_str()), "e{i}: {svg}");
        }
        assert!(svg.contains("Densest period : ") && svg.contains(" · 8 events"), "{svg}");
        // Titles and descriptions are there; event text is escaped.
        assert!(svg.starts_with("<svg ") && svg.contains("<title>Chronology at a glance</title><desc>"));
        assert!(svg.contains("event &lt;3&gt; &amp; co") && !svg.contains("<3>"));
    }

    #[test]
    fn disagreements_are_marked_with_a_red_diamond_that_links_to_the_event() {
        let (_, svg) = draw(&example_like());
        let at = svg.find(r##"<a href="chronology.html#e8" tabindex="-1">"##).expect("a link to e8");
        let mark = &svg[at..at + svg[at..].find("</a>").unwrap()];
        assert!(mark.contains("<polygon") && mark.contains("#c0392b"), "{mark}");
        // And on the overview, a diamond for December 2022.
        assert!(svg.contains("December 2022 : Sources disagree on the date (1)"), "{svg}");
        let mut calm = example_like();
        calm.iter_mut().for_each(|m| m.conflict = false);
        let (_, svg) = draw(&calm);
        assert_eq!(svg.matches("#c0392b").count(), 1, "only the legend's diamond: {svg}");
    }

    #[test]
    fn the_drawing_is_bounded_whatever_the_number_of_events() {
        // 200,000 events over 33 years, most in December 2022, a conflict every 7th.
        let mut marks = Vec::new();
        for i in 0..200_000usize {
            let start = if i % 3 == 0 {
                day(1994 + (i % 33) as i32, (i % 12) as u32 + 1, (i % 28) as u32 + 1)
            } else {
                day(2022, 12, (i % 31) as u32 + 1)
            };
            marks.push(Mark { index: i, start, conflict: i % 7 == 0, curated: i % 5 == 0 });
        }
        let (d, svg) = draw(&marks);
        assert!(svg.len() < 160_000, "{} bytes", svg.len());
        assert!(d.nodes.len() < 2 * MAX_BINS as usize + 6 * ZOOM_DAYS as usize + 200, "{}", d.nodes.len());
        // The dense days became bars: one per day, each linking to that day's first event.
        assert!(svg.contains("19 December 2022 : "), "a bar per day");
        // A span of millennia still makes few bars.
        let far = [PartialDate::year(-500), day(2022, 12, 19), PartialDate::year(9000)];
        let marks: Vec<Mark> = far
            .iter()
            .enumerate()
            .map(|(index, &start)| Mark { index, start, conflict: false, curated: true })
            .collect();
        let (d, svg) = draw(&marks);
        assert!(d.nodes.len() < 2 * MAX_BINS as usize, "{}", d.nodes.len());
        assert!(svg.len() < 40_000, "{}", svg.len());
    }

    #[test]
    fn the_same_events_in_any_order_make_the_same_bytes() {
        let marks = example_like();
        let mut reversed = marks.clone();
        reversed.reverse();
        assert_eq!(draw(&marks).1, draw(&reversed).1);
    }

    #[test]
    fn nothing_is_drawn_without_events_and_no_zoom_without_a_dense_stretch() {
        let url = |i: usize| i.to_string();
        let year = |y: i32| y.to_string();
        let links = Links { event: &url, label: &url, year: &year, id: None };
        assert!(layout(&[], Lang::Fr, &labels(), &links, Size::WIDE).is_none());
        let one = [Mark { index: 0, start: day(2022, 12, 19), conflict: false, curated: true }];
        let (_, svg) = draw(&one);
        assert!(!svg.contains("Densest period") && svg.contains("1 event, 2022–2022"), "{svg}");
    }

    /// Every `data-ev` of `svg`, as lists of ids.
    fn members(svg: &str) -> Vec<Vec<String>> {
        svg.split(r#" data-ev=""#)
            .skip(1)
            .map(|rest| rest[..rest.find('"').unwrap()].split(' ').map(str::to_string).collect())
            .collect()
    }

    #[test]
    fn with_ids_each_mark_names_the_events_it_stands_for_and_every_event_is_named() {
        let marks = example_like();
        let (_, plain) = draw(&marks);
        assert!(!plain.contains("data-ev"), "no ids unless asked: {plain}");
        for size in [Size::WIDE, Size::NARROW] {
            let (_, svg) = draw_at(&marks, size, true);
            let all = members(&svg);
            // Each event is named by an overview mark (a month's bar or a year's lane).
            for m in &marks {
                let id = format!("e{}", m.index);
                assert!(all.iter().any(|ids| ids.contains(&id)), "{id} in no mark: {svg}");
            }
            // A bar counts its month's events: December 2022 holds e3…e9 (seven days, eight
            // events with the 19th's three); its bar names all of them.
            assert!(all.iter().any(|ids| ids.len() == 7 && (3..10).all(|i| ids.contains(&format!("e{i}")))), "{all:?}");
            // A zoomed dot names its one event, and a disagreement's diamond the event in dispute.
            assert!(all.iter().any(|ids| ids == &["e8".to_string()]), "{all:?}");
            // Same marks, same attributes, whatever the order of the events.
            let mut reversed = marks.clone();
            reversed.reverse();
            assert_eq!(draw_at(&reversed, size, true).1, svg);
        }
    }

    #[test]
    fn the_narrow_drawing_keeps_its_texts_inside_and_its_zoom_days_apart() {
        let (d, svg) = draw_at(&example_like(), Size::NARROW, true);
        assert!(svg.contains(r#"class="timeline-svg narrow" viewBox="0 0 360 "#), "{svg}");
        for n in &d.nodes {
            let children = match n {
                Node::Link { children, .. } => children.iter().collect(),
                other => vec![other],
            };
            for t in children {
                if let Node::Text { x, anchor, bold, text, .. } = t {
                    let w = text_width(text, *bold) * 10;
                    let (from, to) = match anchor {
                        Anchor::Start => (x.0, x.0 + w),
                        Anchor::Middle => (x.0 - w / 2, x.0 + w / 2),
                        Anchor::End => (x.0 - w, x.0),
                    };
                    assert!(from >= 0 && to <= NARROW_WIDTH * 10, "{text:?} runs off: {from}..{to}");
                }
            }
        }
        // The zoom's dots: a day is wider than a dot, so that neighbours do not overlap.
        assert!((NARROW_WIDTH - 2 * LEFT) as f64 / NARROW_ZOOM_DAYS as f64 > 9.0);
        // The zoom is 31 days there: December 2022 without November's event.
        assert!(svg.contains("Densest period · 7 events</text><text"), "the heading on two lines: {svg}");
    }

    #[test]
    fn years_far_apart_are_labelled_every_few_years_and_all_labels_fit() {
        let plot = Size::WIDE.plot();
        assert_eq!(year_step(1, plot), 1);
        assert_eq!(year_step(33, plot), 2);
        assert_eq!(year_step(300, plot), 20);
        assert_eq!(bin_months(33 * 12), 1);
        assert_eq!(bin_months(100 * 12), 3);
        let (d, _) = draw(&example_like());
        for n in &d.nodes {
            let mut texts = vec![n];
            if let Node::Link { children, .. } = n {
                texts = children.iter().collect();
            }
            for t in texts {
                if let Node::Text { x, .. } = t {
                    assert!(x.0 >= 0 && x.0 <= WIDTH * 10, "{t:?}");
                }
            }
        }
    }
}
