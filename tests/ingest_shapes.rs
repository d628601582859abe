//! Raw-text article shapes, one fixture each, run through `ingest_text`.
//!
//! This table is a regression guard and a development set, not a measure: its fixtures were
//! written together with the rules they test, so its floors of 1.0 say nothing about unseen
//! pages. The measure is `benches/ingest_corpus/measure.py` on the real-page corpus, reported
//! on a held-out half the rules were not tuned on.
//!
//! Every fixture in `tests/fixtures/ingest/` is a `NAME.txt` (the raw paste) with a
//! `NAME.expect.toml`: the metadata ingestion should find (`title`, `title_guessed`, `author`,
//! `date`, `language`), the number of `sources`, sentences that must survive in the body
//! (`keep`) and strings that must not (`drop`). A seed of the example dossier is tested in
//! place through `raw = "content/articles/…"`.
//!
//! Beyond `keep`, every sentence of 40 characters or more in the raw text must survive in
//! the Markdown, unless its line is metadata (title, byline, date line, photo credit above
//! the headline), boilerplate (a `drop` or `ignore` string) or part of the source list.
//! Metadata accuracy is printed per field and must not fall below the level reached.
//!
//! Saved web pages live in `tests/fixtures/ingest_html/` (`NAME.html` and the same
//! `NAME.expect.toml`, plus `outlet` and `url`); their bodies are checked through `keep` and
//! `drop`. A fixture in another encoding names it (`encoding = "windows-1252"`), and the
//! file is read through the same decoding as a build.

use briefing::dates::Lang;
use briefing::ingest::decode::decode;
use briefing::ingest::{ingest_html, ingest_text, parse_date_line, Ingested};
use std::path::{Path, PathBuf};

/// Accuracy reached per field, out of 1: a regression guard.
const MIN_ACCURACY: [(&str, f64); 6] =
    [("title", 1.0), ("author", 1.0), ("date", 1.0), ("language", 1.0), ("outlet", 1.0), ("url", 1.0)];
/// The same for saved web pages.
const MIN_ACCURACY_HTML: [(&str, f64); 6] =
    [("title", 1.0), ("author", 1.0), ("date", 1.0), ("language", 1.0), ("outlet", 1.0), ("url", 1.0)];

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Expect {
    raw: Option<String>,
    title: Option<String>,
    #[serde(default)]
    title_guessed: bool,
    author: Option<String>,
    date: Option<String>,
    language: Option<String>,
    outlet: Option<String>,
    url: Option<String>,
    /// The file's encoding, when not UTF-8.
    encoding: Option<String>,
    #[serde(default)]
    sources: usize,
    #[serde(default)]
    keep: Vec<String>,
    #[serde(default)]
    drop: Vec<String>,
    /// Header lines that are metadata but not in `drop` (they may stay in the body).
    #[serde(default)]
    ignore: Vec<String>,
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn fixtures(folder: &str, ext: &str) -> Vec<(String, String, Expect)> {
    let dir = root().join("tests/fixtures").join(folder);
    let mut names: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".expect.toml"))
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().trim_end_matches(".expect.toml").to_string();
            let expect: Expect = toml::from_str(&read_toml(&p)).unwrap_or_else(|e| panic!("{name}: {e}"));
            let raw_path = match &expect.raw {
                Some(r) => root().join(r),
                None => dir.join(format!("{name}.{ext}")),
            };
            (name.clone(), read(&raw_path, &expect, &name), expect)
        })
        .collect()
}

fn read_toml(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// The fixture decoded as a build decodes it; the encoding found must be the one expected.
fn read(p: &Path, e: &Expect, name: &str) -> String {
    let bytes = std::fs::read(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    let html = p.extension().is_some_and(|x| x == "html");
    let d = decode(&bytes, html).unwrap_or_else(|err| panic!("{name}: {err}"));
    let norm = |s: &str| s.to_ascii_lowercase().replace("iso-8859-1", "windows-1252");
    assert_eq!(d.encoding.map(norm), e.encoding.as_deref().map(norm), "{name}: encoding");
    d.text
}

/// Whitespace collapsed; `[^N]` and `[N]` markers, Markdown links, emphasis, escapes and
/// digits glued to a word (raw note markers) removed.
fn norm(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '[' {
            // `[^12]` or `[12]`: a note marker.
            let mut j = i + 1;
            if chars.get(j) == Some(&'^') {
                j += 1;
            }
            let digits_start = j;
            while j < chars.len() && chars[j].is_ascii_digit() {
                j += 1;
            }
            if j > digits_start && chars.get(j) == Some(&']') {
                i = j + 1;
                continue;
            }
            // `[text](target)`: the text.
            if let Some(close) = chars[i + 1..].iter().position(|&c| c == ']').map(|p| p + i + 1) {
                if chars.get(close + 1) == Some(&'(') {
                    if let Some(end) = chars[close + 2..].iter().position(|&c| c == ')').map(|p| p + close + 2) {
                        out.extend(&chars[i + 1..close]);
                        i = end + 1;
                        continue;
                    }
                }
            }
        }
        if c.is_ascii_digit() && i > 0 {
            let p = chars[i - 1];
            if p.is_alphabetic() || matches!(p, '»' | '"' | '”' | ')' | '’') {
                let mut j = i;
                while j < chars.len() && chars[j].is_ascii_digit() {
                    j += 1;
                }
                let next_ok = chars.get(j).is_none_or(|n| n.is_whitespace() || ".,;:)!?".contains(*n));
                if next_ok && j - i <= 3 {
                    i = j;
                    continue;
                }
                out.extend(&chars[i..j]);
                i = j;
                continue;
            }
        }
        if c != '*' && c != '\\' {
            out.push(c);
        }
        i += 1;
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The sentences of a line: cut after `.`, `?`, `!` or `…` followed by a space.
fn sentences(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let chars: Vec<char> = line.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        cur.push(c);
        if matches!(c, '.' | '?' | '!' | '…') && chars.get(i + 1).is_some_and(|n| n.is_whitespace()) {
            out.push(std::mem::take(&mut cur));
        }
    }
    out.push(cur);
    out.into_iter().map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect()
}

const SOURCE_HEADINGS: [&str; 6] = ["sources", "source", "notes", "références", "references", "bibliographie"];

/// The raw lines that are body text by the fixture's own account.
fn body_lines<'a>(raw: &'a str, e: &Expect, got: &Ingested) -> Vec<&'a str> {
    let mut lines: Vec<&str> = raw.lines().collect();
    if e.sources > 0 {
        if let Some(at) = lines
            .iter()
            .rposition(|l| SOURCE_HEADINGS.contains(&l.trim().trim_end_matches(':').trim().to_lowercase().as_str()))
        {
            lines.truncate(at);
        }
    }
    let title = e.title.as_deref().map(norm);
    lines
        .into_iter()
        .filter(|l| {
            let t = l.trim();
            let n = norm(t);
            !t.is_empty()
                && !e.drop.iter().chain(&e.ignore).any(|d| t.contains(d.as_str()))
                && !title.as_ref().is_some_and(|ti| n.contains(ti.as_str()))
                && parse_date_line(t).is_none()
                && !e
                    .author
                    .as_ref()
                    .is_some_and(|a| t.chars().count() < 100 && t.to_lowercase().contains(&a.to_lowercase()))
                && got.credit.as_deref() != Some(t)
        })
        .collect()
}

fn check(name: &str, raw: &str, e: &Expect, got: &Ingested, whole_body: bool, failures: &mut Vec<String>) {
    let md = &got.markdown;
    let md_norm = norm(md);
    let paragraphs: Vec<String> = md.split("\n\n").map(norm).collect();
    for k in &e.keep {
        let ok = if k.starts_with("## ") {
            md.lines().any(|l| l.trim() == k)
        } else {
            let k = norm(k);
            paragraphs.iter().any(|p| p.contains(&k))
        };
        if !ok {
            failures.push(format!("{name}: kept sentence lost or split: {k:?}"));
        }
    }
    for d in &e.drop {
        if md.contains(d.as_str()) {
            failures.push(format!("{name}: boilerplate {d:?} left in the body"));
        }
    }
    let lines = if whole_body { body_lines(raw, e, got) } else { Vec::new() };
    for line in lines {
        let line = line.trim().trim_start_matches(['•', '-', '*']).trim_start();
        for s in sentences(line) {
            let s = norm(&s);
            if s.chars().count() >= 40 && !md_norm.contains(&s) {
                failures.push(format!("{name}: body sentence lost: {s:?}"));
            }
        }
    }
    if got.sources.len() != e.sources {
        failures.push(format!("{name}: {} sources, expected {}", got.sources.len(), e.sources));
    }
}

/// Runs a table, prints accuracy per field and returns what went wrong.
fn run_table(
    table: &[(String, String, Expect)],
    ingest: fn(&str) -> Ingested,
    whole_body: bool,
    min: &[(&str, f64); 6],
) -> Vec<String> {
    let mut failures = Vec::new();
    let mut right = [0usize; 6];
    for (name, raw, e) in table {
        let got = ingest(raw);
        if std::env::var_os("INGEST_SHAPES_DUMP").is_some() {
            println!("===== {name}: {:?} / {:?} / {:?}\n{}", got.title, got.author, got.credit, got.markdown);
        }
        check(name, raw, e, &got, whole_body, &mut failures);
        let title_ok = if e.title_guessed {
            got.title_guessed && got.title.is_some()
        } else {
            !got.title_guessed && got.title == e.title
        };
        let fields = [
            ("title", title_ok, format!("{:?}", got.title), format!("{:?}", e.title)),
            ("author", got.author == e.author, format!("{:?}", got.author), format!("{:?}", e.author)),
            (
                "date",
                got.date.map(|d| d.to_string()) == e.date,
                format!("{:?}", got.date.map(|d| d.to_string())),
                format!("{:?}", e.date),
            ),
            (
                "language",
                got.language == e.language.as_deref().and_then(Lang::from_code),
                format!("{:?}", got.language),
                format!("{:?}", e.language),
            ),
            ("outlet", got.outlet == e.outlet, format!("{:?}", got.outlet), format!("{:?}", e.outlet)),
            ("url", got.url == e.url, format!("{:?}", got.url), format!("{:?}", e.url)),
        ];
        for (i, (field, ok, g, x)) in fields.iter().enumerate() {
            if *ok {
                right[i] += 1;
            } else {
                println!("{name}: {field} {g}, expected {x}");
            }
        }
    }
    for (i, (field, floor)) in min.iter().enumerate() {
        let acc = right[i] as f64 / table.len() as f64;
        println!("{field:>8}: {}/{} = {:.1}%", right[i], table.len(), acc * 100.0);
        if acc + 1e-9 < *floor {
            failures.push(format!("{field} accuracy {acc:.3} below {floor:.3}"));
        }
    }
    for f in &failures {
        println!("FAIL {f}");
    }
    failures
}

#[test]
fn every_article_shape_keeps_its_body_and_finds_its_metadata() {
    let table = fixtures("ingest", "txt");
    assert!(table.len() >= 45, "only {} fixtures", table.len());
    let failures = run_table(&table, ingest_text, true, &MIN_ACCURACY);
    assert!(failures.is_empty(), "{} failures", failures.len());
}

#[test]
fn every_saved_page_keeps_its_article_and_declares_its_metadata() {
    let table = fixtures("ingest_html", "html");
    assert!(table.len() >= 10, "only {} pages", table.len());
    let failures = run_table(&table, ingest_html, false, &MIN_ACCURACY_HTML);
    assert!(failures.is_empty(), "{} failures", failures.len());
}

#[test]
fn the_sentence_splitter_and_normaliser_used_by_the_table() {
    assert_eq!(sentences("Un. Deux ? Trois"), vec!["Un.", "Deux ?", "Trois"]);
    assert_eq!(norm("des forces russes[^1]. Voir [ici](#) *et* 2\\. là"), "des forces russes. Voir ici et 2. là");
    assert_eq!(norm("des forces russes1.  Puis"), "des forces russes. Puis");
    assert_eq!(norm("plan de paix[1]."), "plan de paix.");
}
