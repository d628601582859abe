//! Temporal tagger throughput on about 20 MB of French news text, on one core.
//!
//! Run with `cargo bench --bench dates` (from the repository root or this crate). The five
//! articles of `content/articles` are tagged one document at a time, repeated until 20 MB
//! have gone through, best of three runs. The baseline, measured in the same run on the same
//! documents, is a plain pass that lowercases each document and splits it into words: the
//! floor any word-level tagger pays. Times are the thread's processor time where Linux gives
//! it (`/proc/thread-self/schedstat`), so that a busy machine does not count its other jobs.
//!
//! Two more figures follow the French one, which stays comparable with earlier rounds: the
//! English news texts of the ingest fixtures, repeated the same way; and, when
//! `DATES_BENCH_DIR` names a site's article folder (such as the 10,000-article bench's
//! `content/articles`), the bodies of its articles tagged once each, dated by their front
//! matter as the build dates them: the text a build's tagger actually reads.

use briefing_dates::{tag, Lang};
use std::hint::black_box;
use std::time::{Duration, Instant};

const SEEDS: [&str; 5] = [
    include_str!("../../../content/articles/000_29f968cfebea0565.txt"),
    include_str!("../../../content/articles/001_d60b50a804a2c690.txt"),
    include_str!("../../../content/articles/002_9c0742139997cf30.txt"),
    include_str!("../../../content/articles/003_e15db3514e978ff6.txt"),
    include_str!("../../../content/articles/004_ad10cebecac7c34b.txt"),
];

/// English news texts: wire copy, an op-ed, a reader-mode page and a think-tank brief,
/// headers and all, as they reach the tagger after ingest.
const EN_SEEDS: [&str; 5] = [
    include_str!("../../../tests/fixtures/ingest/en_oped_two_authors_updated.txt"),
    include_str!("../../../tests/fixtures/ingest/en_reader_mode.txt"),
    include_str!("../../../tests/fixtures/ingest/en_wire_no_title.txt"),
    include_str!("../../../tests/fixtures/ingest/en_thinktank_references.txt"),
    include_str!("../../../tests/fixtures/ingest/en_reuters_byline.txt"),
];

const TARGET_BYTES: usize = 20_000_000;

/// The processor time this thread has used, from Linux's scheduler statistics: on a machine
/// shared with other jobs, wall time measures the neighbours as much as the tagger.
fn cpu_time() -> Option<Duration> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    Some(Duration::from_nanos(s.split_whitespace().next()?.parse().ok()?))
}

/// The best of three timings of `f` (processor time where the system gives it, else wall
/// time), with what its last run returned.
fn best_of_3(mut f: impl FnMut() -> usize) -> (Duration, usize) {
    let mut best = Duration::MAX;
    let mut out = 0;
    for _ in 0..3 {
        let (t, c) = (Instant::now(), cpu_time());
        out = black_box(f());
        let took = match (c, cpu_time()) {
            (Some(a), Some(b)) => b.saturating_sub(a),
            _ => t.elapsed(),
        };
        best = best.min(took);
    }
    (best, out)
}

/// `seeds` repeated until [`TARGET_BYTES`] have been collected, with their size in MB.
fn repeated(seeds: &[&'static str]) -> (Vec<&'static str>, f64) {
    let mut docs = Vec::new();
    let mut bytes = 0;
    while bytes < TARGET_BYTES {
        for &s in seeds {
            docs.push(s);
            bytes += s.len();
        }
    }
    (docs, bytes as f64 / 1e6)
}

/// The body of each article of `dir` (what follows its `+++` front matter, paragraphs
/// joined by a blank line as the build joins its blocks) with the day of its `date`.
fn site_articles(dir: &str) -> Vec<(String, Option<chrono::NaiveDate>)> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut docs: Vec<_> = entries
        .filter_map(|e| std::fs::read_to_string(e.ok()?.path()).ok())
        .map(|s| {
            let mut parts = s.splitn(3, "+++\n").skip(1);
            let front = parts.next().unwrap_or("");
            let body = parts.next().unwrap_or("");
            let date = front
                .lines()
                .find_map(|l| l.strip_prefix("date = "))
                .and_then(|d| chrono::NaiveDate::parse_from_str(d.get(..10)?, "%Y-%m-%d").ok());
            let paragraphs: Vec<&str> = body.split("\n\n").map(str::trim).filter(|p| !p.is_empty()).collect();
            (paragraphs.join("\n\n"), date)
        })
        .collect();
    docs.sort();
    docs
}

/// Prints one line of figures: `label`, the time, the rate over `mb` and what was found.
fn report(label: &str, took: Duration, mb: f64, exprs: usize) {
    let rate = mb / took.as_secs_f64();
    println!("  {label:<9} {:>8.1} ms  {rate:>7.1} MB/s  ({exprs} expressions)", took.as_secs_f64() * 1e3);
}

fn main() {
    let (docs, mb) = repeated(&SEEDS);

    let (tagger, exprs) = best_of_3(|| docs.iter().map(|d| tag(black_box(d), Lang::Fr, None).exprs.len()).sum());
    let (baseline, words) = best_of_3(|| {
        docs.iter()
            .map(|d| {
                black_box(d).to_lowercase().split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).count()
            })
            .sum()
    });

    let rate = |d: Duration| mb / d.as_secs_f64();
    let clock = if cpu_time().is_some() { "processor time" } else { "wall time" };
    println!("dates: {} documents, {mb:.1} MB of French news, one core, best of 3 ({clock})", docs.len());
    report("tagger", tagger, mb, exprs);
    println!(
        "  baseline  {:>8.1} ms  {:>7.1} MB/s  ({words} words: lowercase + split)",
        baseline.as_secs_f64() * 1e3,
        rate(baseline)
    );
    println!("  ratio     tagger takes {:.2}x the baseline's time", tagger.as_secs_f64() / baseline.as_secs_f64());

    let (en_docs, en_mb) = repeated(&EN_SEEDS);
    let (en, en_exprs) = best_of_3(|| en_docs.iter().map(|d| tag(black_box(d), Lang::En, None).exprs.len()).sum());
    println!("dates: {} documents, {en_mb:.1} MB of English news", en_docs.len());
    report("tagger", en, en_mb, en_exprs);

    if let Ok(dir) = std::env::var("DATES_BENCH_DIR") {
        let site = site_articles(&dir);
        let site_mb = site.iter().map(|(t, _)| t.len()).sum::<usize>() as f64 / 1e6;
        let (took, n) = best_of_3(|| site.iter().map(|(t, d)| tag(black_box(t), Lang::Fr, *d).exprs.len()).sum());
        println!("dates: {} articles of {dir}, {site_mb:.1} MB, dated, in French", site.len());
        report("tagger", took, site_mb, n);
    }
}
