//! The tagger over many texts in one process: for comparing two builds' outputs on a whole
//! corpus, and for counting instructions (valgrind's callgrind) without a process per text.
//!
//! `cargo run --release -p briefing-dates --example dates_batch -- MANIFEST [--repeat N] [--quiet]`
//!
//! Each line of MANIFEST is `lang<TAB>reference<TAB>path` (`-` for no reference): the text of
//! `path` is tagged with that language and document date. Unless `--quiet`, the output is each
//! path on a `# ` line followed by the JSON lines of `briefing dates --json`. `--repeat N` tags
//! the whole list N times (output once), and the processor time and rate go to stderr.

use briefing_dates::{tag, to_json_lines, Lang};
use std::io::Write;
use std::time::Instant;

fn main() {
    let mut manifest = None;
    let (mut repeat, mut quiet) = (1usize, false);
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--repeat" => repeat = args.next().and_then(|n| n.parse().ok()).unwrap_or(1).max(1),
            "--quiet" => quiet = true,
            _ => manifest = Some(a),
        }
    }
    let Some(list) = manifest.and_then(|m| std::fs::read_to_string(m).ok()) else {
        eprintln!("usage: dates_batch MANIFEST [--repeat N] [--quiet]");
        std::process::exit(2);
    };
    let docs: Vec<(Lang, Option<chrono::NaiveDate>, String, String)> = list
        .lines()
        .filter_map(|l| {
            let mut f = l.splitn(3, '\t');
            let lang = Lang::from_code(f.next()?)?;
            let reference = chrono::NaiveDate::parse_from_str(f.next()?, "%Y-%m-%d").ok();
            let path = f.next()?.to_string();
            let text = std::fs::read_to_string(&path).ok()?;
            Some((lang, reference, path, text))
        })
        .collect();
    let bytes: usize = docs.iter().map(|d| d.3.len()).sum();
    let started = Instant::now();
    let mut found = 0usize;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for round in 0..repeat {
        for (lang, reference, path, text) in &docs {
            let tagged = tag(text, *lang, *reference);
            found += tagged.exprs.len();
            if round == 0 && !quiet {
                let _ = writeln!(out, "# {path}");
                let _ = out.write_all(to_json_lines(text, &tagged).as_bytes());
            }
        }
    }
    let _ = out.flush();
    if repeat > 1 {
        let secs = started.elapsed().as_secs_f64();
        let mb = (bytes * repeat) as f64 / 1e6;
        eprintln!(
            "{} texts x {repeat}, {mb:.1} MB, {found} expressions, {secs:.3} s, {:.1} MB/s",
            docs.len(),
            mb / secs
        );
    }
}
