//! Full-text search: the index files a build writes, their determinism, and the search page
//! driven in a real browser (headless Chromium through playwright-core,
//! `tests/browser/search.mjs`). `.ci/run` installs what the browser test needs; without it
//! the test fails and says how to install it.

mod common;
use common::{repo, run_env};
use std::path::{Path, PathBuf};
use std::process::Command;

fn build(threads: &str) -> (tempfile::TempDir, PathBuf) {
    let out = tempfile::tempdir().unwrap();
    let public = out.path().join("public");
    let (code, _, err) =
        run_env(&["build", "--output", public.to_str().unwrap()], &repo(), &[("RAYON_NUM_THREADS", threads)]);
    assert_eq!(code, 0, "{err}");
    (out, public)
}

fn files_under(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<(String, Vec<u8>)> = walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().is_file())
        .map(|e| (e.path().strip_prefix(dir).unwrap().display().to_string(), std::fs::read(e.path()).unwrap()))
        .collect();
    out.sort();
    out
}

#[test]
fn the_index_is_sharded_and_byte_identical_whatever_the_threads() {
    let (_a, one) = build("1");
    let (_b, two) = build("2");
    let (x, y) = (files_under(&one.join("search")), files_under(&two.join("search")));
    assert!(x.iter().any(|(p, _)| p.starts_with("t/")) && x.iter().any(|(p, _)| p.starts_with("d/")), "{x:?}");
    assert_eq!(x.len(), y.len());
    for ((p, a), (q, b)) in x.iter().zip(&y) {
        assert_eq!(p, q);
        assert!(a == b, "search/{p} differs between one and two threads");
    }
    // The manifest names every shard that was written, and no file is large for this dossier.
    let manifest: serde_json::Value =
        serde_json::from_slice(&x.iter().find(|(p, _)| p == "manifest.json").unwrap().1).unwrap();
    let terms = manifest["terms"].as_u64().unwrap() as usize;
    let docs = manifest["shards"].as_array().unwrap().len();
    assert_eq!(x.iter().filter(|(p, _)| p.starts_with("t/")).count(), terms);
    assert_eq!(x.iter().filter(|(p, _)| p.starts_with("d/")).count(), docs);
    // Name variants meet on one key: the transliteration of Loukachenko is indexed.
    let all: String =
        x.iter().filter(|(p, _)| p.starts_with("t/")).map(|(_, b)| String::from_utf8_lossy(b).into_owned()).collect();
    assert!(all.contains("\"~lukachenko\""), "no name key for Loukachenko");
    assert!(all.contains("\"#sommet-minsk-2022\""), "no topic key for the topic filter");
}

#[test]
fn the_search_page_finds_text_variants_and_filters_in_a_browser() {
    let node = Command::new("node").arg("--version").output();
    assert!(
        node.is_ok_and(|o| o.status.success()),
        "node is missing: install Node.js 20 (Debian: `apt-get install -y nodejs npm`), as .ci/run expects"
    );
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    assert!(
        Path::new(&chromium).exists(),
        "Chromium is missing at {chromium}: run `apt-get install -y chromium` (as .ci/run does), or set CHROMIUM"
    );
    assert!(
        repo().join("node_modules/playwright-core/package.json").exists(),
        "playwright-core is missing: run `npm install --no-save --no-audit --no-fund playwright-core@1` in the \
         repository (as .ci/run does)"
    );
    let (out, public) = build("2");
    // Screenshots of the results at 1280 and 390 px, kept when SEARCH_SCREENSHOTS names a folder.
    let shots = std::env::var("SEARCH_SCREENSHOTS").unwrap_or_else(|_| out.path().join("shots").display().to_string());
    let res = Command::new("node")
        .arg(repo().join("tests/browser/search.mjs"))
        .arg(&public)
        .arg(&shots)
        .env("CHROMIUM", &chromium)
        .current_dir(repo())
        .output()
        .expect("run node");
    let (stdout, stderr) = (String::from_utf8_lossy(&res.stdout), String::from_utf8_lossy(&res.stderr));
    assert!(res.status.success(), "the browser test failed:\n{stdout}\n{stderr}");
    assert!(stdout.contains("every check passed"), "{stdout}\n{stderr}");
}

/// Articles enough that a word all of them hold has a postings list of several pieces (two
/// characters a posting past the first few: 18,000 where a piece holds 16,384) and that the
/// fallback index is cut into parts (an entry of about 200 bytes each, parts of 200 KB).
const MANY: usize = 9_000;

/// The most bytes of a term or document shard (`FILE_BYTES` in the crate), and of a part of
/// `search-index.js` (parts are cut at about 200 KB, `PART_BYTES`).
const SHARD_BYTES: usize = 64 * 1024;
const PART_BYTES: usize = 256 * 1024;

/// [`MANY`] short articles of one outlet, each with "bulletin" in its title and text, "pair"
/// in every other one and "tiers" in every third, and a topic that every one is attached to
/// by its keyword: lists of every length, the longest cut into pieces.
fn many_articles() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let mut files: Vec<(String, String)> = vec![
        ("config.toml".into(), "title = \"Veille\"\nlanguage = \"fr\"\n".into()),
        (
            "content/topics/veille.md".into(),
            "+++\ntitle = \"Veille\"\nsummary = \"Les bulletins.\"\nkeywords = [\"bulletin\"]\n+++\n\nLa veille.\n"
                .into(),
        ),
    ];
    for i in 0..MANY {
        let w = unique(i);
        let pair = if i % 2 == 0 { " Un jour pair." } else { "" };
        let tiers = if i % 3 == 0 { " Le tiers du mois." } else { "" };
        files.push((
            format!("content/articles/a{i:05}.md"),
            format!(
                "+++\ntitle = \"Bulletin {w}\"\ndate = \"{}-{:02}-{:02}\"\noutlet = \"Le Veilleur\"\n+++\n\nLe bulletin {w} \
                 est paru.{pair}{tiers}\n",
                2020 + i % 4,
                1 + i % 12,
                1 + i % 28
            ),
        ));
    }
    let files: Vec<(&str, &[u8])> = files.iter().map(|(p, c)| (p.as_str(), c.as_bytes())).collect();
    common::write_files(dir.path(), &files);
    dir
}

/// A word of `many_articles` for article `i` alone, of letters (numbers are other keys): its
/// first three letters vary, as a dossier's vocabulary does.
fn unique(i: usize) -> String {
    let w = common::word(i + 26 * 26);
    format!("x{}", &w[3..w.len() - 3])
}

/// The same index whole, as a build wrote it before files were bounded: each key's pieces
/// joined into its shard's `p`, the fallback's parts into one `search-index.js`. The joining
/// follows the format, not the crate's code.
fn unsplit(public: &Path, to: &Path) {
    let read = |p: &Path| -> serde_json::Value { serde_json::from_slice(&std::fs::read(p).unwrap()).unwrap() };
    std::fs::create_dir_all(to.join("search/t")).unwrap();
    std::fs::create_dir_all(to.join("assets")).unwrap();
    std::fs::copy(public.join("assets/search.js"), to.join("assets/search.js")).unwrap();
    let copy = |dir: &str| {
        for e in std::fs::read_dir(public.join(dir)).unwrap() {
            let e = e.unwrap();
            if !e.file_type().unwrap().is_file() {
                continue;
            }
            std::fs::create_dir_all(to.join(dir)).unwrap();
            std::fs::copy(e.path(), to.join(dir).join(e.file_name())).unwrap();
        }
    };
    copy("search");
    copy("search/d");
    let manifest = read(&public.join("search/manifest.json"));
    let terms = manifest["terms"].as_u64().unwrap() as usize;
    let shards: Vec<serde_json::Value> = (0..terms).map(|n| read(&public.join(format!("search/t/{n}.json")))).collect();
    for (n, shard) in shards.iter().enumerate() {
        let mut p = serde_json::Map::new();
        for (key, head) in shard["p"].as_object().unwrap() {
            let mut list = head.as_str().unwrap().to_string();
            let mut taken: std::collections::HashMap<usize, usize> = Default::default();
            for holder in shard.get("s").and_then(|s| s.get(key)).and_then(|s| s.as_array()).into_iter().flatten() {
                let h = holder.as_u64().unwrap() as usize;
                let at = taken.entry(h).or_default();
                list.push_str(shards[h]["c"][key][*at].as_str().unwrap());
                *at += 1;
            }
            p.insert(key.clone(), list.into());
        }
        let whole = serde_json::json!({ "p": p, "w": shard["w"] });
        std::fs::write(to.join(format!("search/t/{n}.json")), serde_json::to_vec(&whole).unwrap()).unwrap();
    }
    let entry = std::fs::read_to_string(public.join("search-index.js")).unwrap();
    let names: Vec<String> = serde_json::from_str(
        entry.strip_prefix("window.BRIEFING_SEARCH_PARTS = ").and_then(|e| e.strip_suffix(";\n")).unwrap(),
    )
    .unwrap();
    let mut all = Vec::new();
    for (k, name) in names.iter().enumerate() {
        let part = std::fs::read_to_string(public.join(name)).unwrap();
        let head = format!("window.BRIEFING_SEARCH_PART({}, ", k + 1);
        let json = part.strip_prefix(&head).and_then(|p| p.strip_suffix(");\n")).unwrap();
        all.extend(serde_json::from_str::<Vec<serde_json::Value>>(json).unwrap());
    }
    let whole = format!("window.BRIEFING_SEARCH = {};\n", serde_json::to_string(&all).unwrap());
    std::fs::write(to.join("search-index.js"), whole).unwrap();
}

/// Every result of `queries` ([query, topic]), in order, from `assets/search.js` run under
/// node on `public` (`tests/browser/search-node.mjs`), in `mode` (`http` or `file`).
fn results_in_node(public: &Path, mode: &str, queries: &serde_json::Value) -> serde_json::Value {
    let res = Command::new("node")
        .arg(repo().join("tests/browser/search-node.mjs"))
        .arg(public)
        .arg(mode)
        .arg(queries.to_string())
        .output()
        .expect("node: install Node.js 20, as .ci/run expects");
    assert!(res.status.success(), "{}", String::from_utf8_lossy(&res.stderr));
    serde_json::from_slice(&res.stdout).unwrap()
}

#[test]
fn a_large_index_is_cut_into_bounded_files_and_finds_what_it_found_whole() {
    let dir = many_articles();
    let (code, _, err) = run_env(&["build"], dir.path(), &[("RAYON_NUM_THREADS", "2")]);
    assert_eq!(code, 0, "{err}");
    let public = dir.path().join("public");
    // Bounded: every shard, and every part of the fallback; search-index.js only names them.
    for (p, bytes) in files_under(&public.join("search")) {
        assert!(bytes.len() <= SHARD_BYTES, "search/{p}: {} bytes", bytes.len());
    }
    let entry = std::fs::read_to_string(public.join("search-index.js")).unwrap();
    assert!(
        entry.starts_with("window.BRIEFING_SEARCH_PARTS = [\"search-index-1.js\"") && entry.len() < 1000,
        "{entry}"
    );
    let parts: Vec<(String, Vec<u8>)> =
        files_under(&public).into_iter().filter(|(p, _)| p.starts_with("search-index-")).collect();
    assert!(parts.len() >= 5, "{} parts", parts.len());
    assert!(parts.iter().all(|(_, b)| b.len() <= PART_BYTES), "a part over {PART_BYTES} bytes");
    // Cut: the lists of "bulletin" and of the topic continue in other shards.
    let shards: Vec<serde_json::Value> =
        files_under(&public.join("search/t")).iter().map(|(_, b)| serde_json::from_slice(b).unwrap()).collect();
    let cut: Vec<&str> =
        shards.iter().filter_map(|s| s.get("s")?.as_object()).flat_map(|s| s.keys()).map(|k| k.as_str()).collect();
    assert!(cut.contains(&"bulletin") && cut.contains(&"#veille"), "{cut:?}");
    // Found as they were whole: every result, in order, with its score (all pages of them),
    // and from file:// the fallback's.
    let whole = dir.path().join("whole");
    unsplit(&public, &whole);
    let seventh = unique(7);
    let queries = serde_json::json!([
        ["bulletin", ""],
        ["bulletin", "veille"],
        ["pair", ""],
        ["tiers pair", ""],
        ["Veilleur", ""],
        ["bull", ""],
        [seventh, ""],
        ["pair", "veille"],
        ["paru tiers", ""]
    ]);
    for mode in ["http", "file"] {
        let (cut, joined) = (results_in_node(&public, mode, &queries), results_in_node(&whole, mode, &queries));
        assert!(cut == joined, "{mode}: the results differ once the index is cut");
        let first = &cut[0];
        let expected = if mode == "http" { MANY } else { 200 };
        assert!(first["results"].as_array().unwrap().len() >= expected, "{mode}: {}", first["status"]);
    }
}
