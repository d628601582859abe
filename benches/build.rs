//! Build throughput on a synthetic dossier of N articles (default 10,000; `BRIEFING_BENCH_N`).
//!
//! Run with `cargo bench --bench build`. Reports the build time and, as a baseline measured in
//! the same run on the same disk, the time to merely read every input file and write as many
//! output files of the same total size: the floor any generator pays.

#[path = "common/dossier.rs"]
mod dossier;

use dossier::generate;
use std::path::Path;
use std::time::Instant;

fn baseline(root: &Path, out: &Path, files: usize, bytes: u64) -> f64 {
    let t = Instant::now();
    let mut read = 0u64;
    for e in walkdir::WalkDir::new(root.join("content")).into_iter().filter_map(Result::ok) {
        if e.file_type().is_file() {
            read += std::fs::read(e.path()).unwrap().len() as u64;
        }
    }
    std::fs::create_dir_all(out).unwrap();
    let chunk = vec![b'x'; (bytes / files.max(1) as u64) as usize];
    for i in 0..files {
        std::fs::write(out.join(format!("{i}.html")), &chunk).unwrap();
    }
    assert!(read > 0);
    t.elapsed().as_secs_f64()
}

fn main() {
    let n: usize = std::env::var("BRIEFING_BENCH_N").ok().and_then(|s| s.parse().ok()).unwrap_or(10_000);
    let tmp = tempfile::tempdir().unwrap();
    // BRIEFING_BENCH_KEEP=1 keeps the generated dossier and its site for inspection.
    let base = if std::env::var_os("BRIEFING_BENCH_KEEP").is_some() {
        let kept = tmp.keep();
        eprintln!("kept {}", kept.display());
        kept
    } else {
        tmp.path().to_path_buf()
    };
    let dir = base.as_path();
    let root = dir.join("site");
    generate(&root, n);
    let mut times = Vec::new();
    let mut report = None;
    for _ in 0..3 {
        let t = Instant::now();
        let r = briefing::build(&root, None).expect("bench site builds");
        times.push(t.elapsed().as_secs_f64());
        report = Some(r);
    }
    let r = report.unwrap();
    // Where the time goes, stage by stage.
    let t = Instant::now();
    let config = briefing::config::load(&root).unwrap();
    let (tera, assets) = briefing::render::templates(&root, &config).unwrap();
    let t_config = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let (content, _) = briefing::content::load(&root);
    let t_load = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let site = briefing::site::resolve(config, content).unwrap();
    let t_resolve = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let files = briefing::render::render(site, tera, assets).unwrap();
    let t_render = t.elapsed().as_secs_f64();
    let t = Instant::now();
    briefing::output::write(&dir.join("stages"), &files).unwrap();
    let t_write = t.elapsed().as_secs_f64();
    println!("stages: config+templates={t_config:.3}s load={t_load:.3}s resolve={t_resolve:.3}s render={t_render:.3}s write={t_write:.3}s");
    let out = r.output.unwrap();
    let bytes: u64 = walkdir::WalkDir::new(&out)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| e.metadata().unwrap().len())
        .sum();
    let base = (0..3).map(|k| baseline(&root, &dir.join(format!("floor{k}")), r.files, bytes)).fold(f64::MAX, f64::min);
    let best = times.iter().copied().fold(f64::MAX, f64::min);
    println!(
        "articles={n} files={} output={:.1}MB events={} build_best={best:.3}s build_runs={times:.3?} io_floor={base:.3}s ratio_to_floor={:.2}",
        r.files,
        bytes as f64 / 1e6,
        r.counts.events,
        best / base
    );
}
