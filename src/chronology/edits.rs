//! The editors' part of the chronology: their own events, their words on extracted ones
//! (`at = "article#p3"`: confirm, correct, hide, or rule a disagreement known), and the
//! joining of extracted reports to the editors' events they report.

use super::merge::{matches_curated, Group, ReportWords};
use super::words::{content_words, Words};
use super::{Curated, Edit, Event, EventNotes, Input, Mention};
use crate::diagnostics::Diagnostic;
use crate::doc::{ArticleId, SourceId};
use crate::markdown;
use rayon::prelude::*;
use std::path::PathBuf;

/// The editors' own events, not yet in date order.
pub fn curated_events(curated: &[Curated<'_>]) -> Vec<Event> {
    curated
        .iter()
        .map(|c| {
            let def = c.def;
            Event {
                id: Box::default(),
                span: def.span,
                text: def.text.as_str().into(),
                curated: true,
                sources: c.sources.as_slice().into(),
                topics: c.topics.as_slice().into(),
                mentions: Box::default(),
                reports: 0,
                report_words: None,
                notes: Some(Box::new(EventNotes {
                    html: Some(markdown::inline(&def.text)),
                    declared_in: Some(c.declared),
                    declared_line: def.line,
                    conflicts: Vec::new(),
                    known_disagreement: def.known_disagreement.map(|line| (def.path.clone(), line)),
                })),
            }
        })
        .collect()
}

/// What the editors said of each group.
struct Rulings {
    /// The edit that confirms or corrects it.
    edited: Vec<Option<usize>>,
    hidden: Vec<bool>,
    /// Where its disagreements were ruled known.
    known: Vec<Option<Box<(PathBuf, usize)>>>,
}

/// Applies the editors' words to the merged `groups` and adds them to `events`: hidden groups
/// go, confirmed or corrected ones become editors' events that keep their reports, and the
/// others join the editor's event they report, or stand as extracted events. An edit that
/// points at nothing is an error.
///
/// The groups come in runs (one per start date, or one for all): group `g` is the `g`-th of
/// them all. Each run is freed as soon as its events are made.
pub fn apply(input: &Input<'_>, groups: Vec<Vec<Group>>, events: &mut Vec<Event>) -> Result<(), Vec<Diagnostic>> {
    let mut groups = groups;
    let mut rulings = rule(input, &groups)?;
    for (g, k) in rulings.edited.iter().enumerate() {
        let Some(k) = *k else { continue };
        if rulings.hidden[g] {
            continue;
        }
        let Some(group) = nth(&mut groups, g) else { continue };
        let mentions = std::mem::take(&mut group.mentions);
        events.push(edited_event(input, &input.edits[k], mentions, rulings.known[g].take()));
    }
    let curated_words: Vec<Words> = events.iter().map(|e| content_words(&e.text)).collect();
    let curated_count = events.len();
    let total: usize = groups.iter().map(Vec::len).sum();
    // Each group is matched in parallel; only the joining of reports to an editor's event
    // goes one by one, in group order.
    let matched: Vec<Option<usize>> = if curated_count == 0 {
        vec![None; total]
    } else {
        let curated: &[Event] = events;
        groups
            .par_iter()
            .flat_map_iter(|run| run.iter())
            .map(|group| {
                let span = group.mentions.first()?.span;
                // The editor's event this report matches best, if any matches at all.
                let score = |c: usize| super::similarity(&curated_words[c], &group.words);
                (0..curated_count)
                    .filter(|&c| {
                        let e = &curated[c];
                        e.span.overlaps(&span)
                            && e.span.start.precision() <= span.start.precision()
                            && matches_curated(&curated_words[c], &group.words)
                    })
                    .max_by(|&a, &b| {
                        let (sa, sb) = (score(a), score(b));
                        (sa.1, sa.0).partial_cmp(&(sb.1, sb.0)).unwrap_or(std::cmp::Ordering::Equal).then(b.cmp(&a))
                    })
            })
            .collect()
    };
    let mut known = std::mem::take(&mut rulings.known);
    // Only hidden groups and those that join an editor's event are touched one by one, in
    // group order; the others are left to the parallel pass below.
    for (g, group) in groups.iter_mut().flatten().enumerate() {
        if rulings.hidden[g] {
            group.mentions = Vec::new();
            continue;
        }
        let Some(c) = matched[g] else { continue };
        if group.mentions.is_empty() {
            continue;
        }
        let mentions = std::mem::take(&mut group.mentions);
        let e = &mut events[c];
        let mut sources = std::mem::take(&mut e.sources).into_vec();
        for s in article_sources(input, &mentions) {
            if !sources.contains(&s) {
                sources.push(s);
            }
        }
        e.sources = sources.into();
        let mut all = std::mem::take(&mut e.mentions).into_vec();
        all.extend(mentions);
        e.mentions = all.into();
        if e.known_disagreement().is_none() {
            if let Some(k) = known[g].take() {
                e.notes_mut().known_disagreement = Some(*k);
            }
        }
    }
    drop((matched, rulings));
    // Matching is done: the words go before the events they would crowd are made (freed
    // among the events' own blocks, they left holes the heap could not give back), but for
    // those that are also the ones disagreements are found by.
    // The groups left are counted in the same pass, not in a second pass over them all on
    // one thread.
    let left: usize = groups
        .par_iter_mut()
        .flat_map_iter(|run| run.iter_mut())
        .map(|group| {
            let words = std::mem::take(&mut group.words);
            if matches!(group.report_words, ReportWords::Words) && !group.mentions.is_empty() {
                group.report_words = ReportWords::Own(Box::new(words));
            }
            usize::from(!group.mentions.is_empty())
        })
        .sum();
    // The groups left stand as events of their own, made straight into the chronology, in
    // parallel, a batch of runs at a time: each batch is freed once its events are made, so
    // that the groups and their events are never both held whole. Batches rather than runs:
    // a run is a start date's groups, most often a few, and thousands of parallel passes
    // over a few groups each cost more in handing out work than in the work.
    events.reserve_exact(left);
    let mut runs = groups.into_iter();
    let mut known = known.into_iter();
    // The batch's groups, moved out of their runs (each run freed as it is emptied) and made
    // into events straight into the chronology's room, in parallel and in order: lists of
    // a batch's events, moved into the chronology after, each event written twice and the
    // lists' room left held by the heap (20 MB more after this step).
    let mut batch: Vec<(Group, Known)> = Vec::with_capacity(BATCH);
    loop {
        while batch.len() < BATCH {
            let Some(run) = runs.next() else { break };
            for group in run {
                let known = known.next().flatten();
                if !group.mentions.is_empty() {
                    batch.push((group, known));
                }
            }
        }
        if batch.is_empty() {
            break;
        }
        events.par_extend(batch.par_drain(..).map(|(group, known)| {
            let sources = article_sources(input, &group.mentions);
            extracted_event(group, sources, known)
        }));
    }
    Ok(())
}

/// Where an editor ruled a group's disagreements known, if they did.
type Known = Option<Box<(PathBuf, usize)>>;

/// How many groups [`apply`] makes events of in one parallel pass: enough to share out
/// between threads, few enough that the batch's groups and events are a small part of all.
const BATCH: usize = 16 * 1024;

/// The `g`-th group of all the runs.
fn nth(groups: &mut [Vec<Group>], mut g: usize) -> Option<&mut Group> {
    for run in groups.iter_mut() {
        if g < run.len() {
            return run.get_mut(g);
        }
        g -= run.len();
    }
    None
}

/// The sources of the articles that report an event, each once, in article order.
fn article_sources(input: &Input<'_>, mentions: &[Mention]) -> Vec<SourceId> {
    // Most events have one report: its source alone, with no list of articles to sort.
    if let [one] = mentions {
        return vec![input.registry.of_article[one.article]];
    }
    let mut arts: Vec<ArticleId> = mentions.iter().map(|m| m.article).collect();
    arts.sort_unstable();
    arts.dedup();
    arts.into_iter().map(|a| input.registry.of_article[a]).collect()
}

/// An event as the articles report it: dated and worded by its first report, filed under
/// the topics its reports name.
fn extracted_event(group: Group, sources: Vec<SourceId>, known: Option<Box<(PathBuf, usize)>>) -> Event {
    // Hundreds of thousands of events outlive the build's other work: none keeps room grown
    // while its reports were merged (a boxed slice is of its length).
    Event {
        id: Box::default(),
        span: group.mentions[0].span,
        text: group.text,
        curated: false,
        sources: sources.into(),
        topics: group.topics,
        mentions: group.mentions.into(),
        reports: 0,
        report_words: match group.report_words {
            ReportWords::Own(w) => Some(w),
            ReportWords::Unknown | ReportWords::Words => None,
        },
        notes: known.map(|k| Box::new(EventNotes { known_disagreement: Some(*k), ..EventNotes::default() })),
    }
}

/// An extracted event an editor confirmed or corrected: theirs now, with its reports.
fn edited_event(
    input: &Input<'_>,
    edit: &Edit<'_>,
    mentions: Vec<Mention>,
    known: Option<Box<(PathBuf, usize)>>,
) -> Event {
    let ed = edit.edit;
    let mut sources = article_sources(input, &mentions);
    sources.extend(&edit.sources);
    sources.sort_unstable();
    sources.dedup();
    let mut topics = edit.topics.clone();
    topics.sort_unstable();
    topics.dedup();
    let (text, html) = match &ed.text {
        Some(t) => (t.as_str().into(), Some(markdown::inline(t))),
        None => (mentions[0].sentence.clone().into(), None),
    };
    Event {
        id: Box::default(),
        span: ed.span.unwrap_or(mentions[0].span),
        text,
        curated: true,
        sources: sources.into(),
        topics: topics.into(),
        mentions: mentions.into(),
        reports: 0,
        report_words: None,
        notes: Some(Box::new(EventNotes {
            html,
            declared_in: Some(edit.declared),
            declared_line: ed.line,
            conflicts: Vec::new(),
            known_disagreement: known.map(|k| *k),
        })),
    }
}

/// Which groups each edit points at, and what it rules on them.
fn rule(input: &Input<'_>, groups: &[Vec<Group>]) -> Result<Rulings, Vec<Diagnostic>> {
    let n = groups.iter().map(Vec::len).sum();
    let mut r = Rulings { edited: vec![None; n], hidden: vec![false; n], known: vec![None; n] };
    let mut errors = Vec::new();
    for (k, edit) in input.edits.iter().enumerate() {
        let ed = edit.edit;
        match point(input, ed, groups) {
            Ok(gs) => {
                for g in gs {
                    if let Some(line) = ed.known_disagreement {
                        r.known[g] = Some(Box::new((ed.path.clone(), line)));
                    }
                    if ed.hide {
                        r.hidden[g] = true;
                    } else if ed.only_acknowledges() {
                        // Known, not confirmed: the event stays an extracted one.
                    } else {
                        r.edited[g] = Some(k);
                    }
                }
            }
            Err(d) => errors.push(d),
        }
    }
    if errors.is_empty() {
        Ok(r)
    } else {
        Err(errors)
    }
}

/// The merged groups an edit points at: those reporting from the named article's paragraph
/// (and with the named words, when given). Pointing at nothing is an error that lists what
/// the paragraph does report.
fn point(input: &Input<'_>, ed: &crate::content::EventEdit, groups: &[Vec<Group>]) -> Result<Vec<usize>, Diagnostic> {
    let err = |m: String| Diagnostic::error(&ed.path, ed.at_line, m).with_span(ed.at_span);
    let Some(ai) = input.registry.article(&ed.article) else {
        let d = err(format!("at: no article \"{}\"", ed.article));
        return Err(match crate::sources::suggest(&ed.article, input.articles.iter().map(|a| a.slug.as_str())) {
            Some(s) => d.with_help(format!("did you mean \"{s}\"?")),
            None => d,
        });
    };
    let wanted = ed.expression.as_deref().map(crate::text::fold);
    let here = |m: &Mention| m.article == ai && *m.block == *ed.block;
    let mut found = Vec::new();
    let mut offered: Vec<String> = Vec::new();
    for (g, group) in groups.iter().flatten().enumerate() {
        for m in group.mentions.iter().filter(|m| here(m)) {
            let say = format!("« {} » ({})", m.expression, m.span.iso());
            if !offered.contains(&say) {
                offered.push(say);
            }
            if wanted.as_ref().is_none_or(|w| crate::text::fold(&m.expression).contains(w.as_str()))
                && !found.contains(&g)
            {
                found.push(g);
            }
        }
    }
    let place = format!("{}#{}", ed.article, ed.block);
    match found.len() {
        0 if offered.is_empty() => Err(err(format!(
            "at: {place} reports no dated event (the chronology links each extracted event to its paragraph)"
        ))),
        0 => Err(err(format!(
            "at: {place} has no date matching \"{}\"; it reports {}",
            ed.expression.as_deref().unwrap_or(""),
            offered.join(", ")
        ))),
        1 => Ok(found),
        _ if ed.expression.is_none() => Err(err(format!("at: {place} reports several events, {}", offered.join(", ")))
            .with_help("add expression = \"…\" to choose one")),
        _ => Ok(found),
    }
}

/// A reported sentence as HTML, with the words that date the event marked: a sentence can
/// date several events (`élu en 1994 … réélu entre 2001 et 2020`).
pub fn marked_sentence(sentence: &str, expression: &str) -> String {
    let mut out = String::with_capacity(sentence.len() + sentence.len() / 16 + 13);
    push_marked_sentence(&mut out, sentence, expression);
    out
}

/// [`marked_sentence`] appended to `out`: every extracted event of a chronology page is
/// written through here, straight into its fragment rather than into a string of its own.
pub fn push_marked_sentence(out: &mut String, sentence: &str, expression: &str) {
    // An event's dating words are a few bytes of a sentence of a few hundred, nearly always
    // found at the first place their first byte is: `memmem::find` made a searcher for each
    // event shown, and picking their rarest byte cost more than the candidates it spares.
    let at = crate::text::matches_at(sentence.as_bytes(), expression.as_bytes(), 0).next();
    match at {
        Some(at) => {
            crate::text::push_escaped_text(out, &sentence[..at]);
            out.push_str("<mark>");
            crate::text::push_escaped_text(out, expression);
            out.push_str("</mark>");
            crate::text::push_escaped_text(out, &sentence[at + expression.len()..]);
        }
        None => crate::text::push_escaped_text(out, sentence),
    }
}
