//! Temporal tagger throughput on about 20 MB of French news text, on one core.
//!
//! Run with `cargo bench --bench dates` (from the repository root or this crate). The five
//! articles of `content/articles` are tagged one document at a time, repeated until 20 MB
//! have gone through, best of three runs. The baseline, measured in the same run on the same
//! documents, is a plain pass that lowercases each document and splits it into words: the
//! floor any word-level tagger pays. Times are the thread's processor time where Linux gives
//! it (`/proc/thread-self/schedstat`), so that a busy machine does not count its other jobs.

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

fn main() {
    let mut docs = Vec::new();
    let mut bytes = 0;
    while bytes < TARGET_BYTES {
        for s in SEEDS {
            docs.push(s);
            bytes += s.len();
        }
    }
    let mb = bytes as f64 / 1e6;

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
    println!("  tagger    {:>8.1} ms  {:>7.1} MB/s  ({exprs} expressions)", tagger.as_secs_f64() * 1e3, rate(tagger));
    println!(
        "  baseline  {:>8.1} ms  {:>7.1} MB/s  ({words} words: lowercase + split)",
        baseline.as_secs_f64() * 1e3,
        rate(baseline)
    );
    println!("  ratio     tagger takes {:.2}x the baseline's time", tagger.as_secs_f64() / baseline.as_secs_f64());
}
