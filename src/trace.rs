//! Per-stage timings for profiling a build: with `BRIEFING_TRACE` set in the environment,
//! each [`span`] prints, when it ends, its wall time and the process's CPU time over it to
//! stderr. CPU time near wall time marks a stage that runs on one thread: on a machine with
//! N processors, the stage that keeps N-1 of them idle is the one to parallelise. The CPU time
//! is the whole process's: a span that runs beside another (the search index beside the page
//! rendering) counts the other's CPU too, so time such a stage alone (`RAYON_NUM_THREADS=1`).
//! Each line also gives the resident memory at the end of the span and the peak so far
//! (`VmRSS` and `VmHWM`), to find the stage that holds a build's peak.

use std::time::{Duration, Instant};

/// Whether tracing is on (read once).
fn enabled() -> bool {
    static ON: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *ON.get_or_init(|| std::env::var_os("BRIEFING_TRACE").is_some_and(|v| !v.is_empty()))
}

/// The CPU time (user + system) the process has used so far, from `/proc/self/stat`; `None`
/// where there is no such file.
fn cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name (which may hold spaces, and ends at the last ')').
    let rest = &stat[stat.rfind(')')? + 2..];
    let mut fields = rest.split(' ');
    let utime: u64 = fields.nth(11)?.parse().ok()?;
    let stime: u64 = fields.next()?.parse().ok()?;
    // Linux reports clock ticks of 1/100 s to user space (USER_HZ) on every architecture.
    Some(Duration::from_millis((utime + stime) * 10))
}

/// The process's resident memory now and at its peak so far, in MiB, from
/// `/proc/self/status`; `None` where there is no such file.
fn memory() -> Option<(u64, u64)> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let kib = |key: &str| -> Option<u64> {
        let line = status.lines().find(|l| l.starts_with(key))?;
        line[key.len()..].trim().trim_end_matches("kB").trim().parse().ok()
    };
    Some((kib("VmRSS:")? / 1024, kib("VmHWM:")? / 1024))
}

/// A stage being timed; prints on drop.
pub struct Span {
    name: &'static str,
    start: Option<(Instant, Option<Duration>)>,
}

/// Starts timing the stage `name` (does nothing unless `BRIEFING_TRACE` is set).
pub fn span(name: &'static str) -> Span {
    Span { name, start: enabled().then(|| (Instant::now(), cpu_time())) }
}

impl Drop for Span {
    fn drop(&mut self) {
        let Some((t0, c0)) = self.start else { return };
        let wall = t0.elapsed();
        let cpu = match (c0, cpu_time()) {
            (Some(a), Some(b)) => format!(", cpu {:>7.0} ms", (b.saturating_sub(a)).as_secs_f64() * 1000.0),
            _ => String::new(),
        };
        let mem = memory().map(|(rss, peak)| format!(", rss {rss:>5} MiB, peak {peak:>5} MiB")).unwrap_or_default();
        eprintln!("trace: {:<28} wall {:>7.0} ms{cpu}{mem}", self.name, wall.as_secs_f64() * 1000.0);
    }
}
