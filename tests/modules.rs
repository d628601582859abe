//! The module map has no circle: data flows one way (DESIGN.md), so no group of modules uses
//! each other round. Checked by reading every `crate::…` path in `src/` (code, not comments),
//! at two levels: the crate's top-level modules (`site`, `chronology`, `render`…), and the
//! sibling files inside each module folder (`chronology/merge.rs` and `chronology/edits.rs`;
//! a folder's `mod.rs` is its front and may gather its children).
//!
//! `cargo test --test modules -- --nocapture` prints the map.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

type Graph = BTreeMap<String, BTreeSet<String>>;

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let p = entry.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// The code of a file without its comments (line comments and doc comments; block comments
/// are not used in this crate) and without string literals' contents.
fn code(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let mut in_str = false;
        let mut prev = ' ';
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            if !in_str && c == '/' && chars.peek() == Some(&'/') {
                break;
            }
            if c == '"' && prev != '\\' && prev != '\'' {
                in_str = !in_str;
            } else if !in_str {
                out.push(c);
            }
            prev = c;
        }
        out.push('\n');
    }
    out
}

/// Every path `code` names after `prefix::` (`crate::`, `super::`), with `{a, b::c}` groups
/// opened: `crate::{site::Site, text}` names `site::Site` and `text`.
fn paths_after(code: &str, prefix: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find(prefix) {
        let before = rest[..at].chars().next_back();
        rest = &rest[at + prefix.len()..];
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        if let Some(group) = rest.strip_prefix('{') {
            let mut depth = 1;
            let end = group
                .char_indices()
                .find(|&(_, c)| {
                    match c {
                        '{' => depth += 1,
                        '}' => depth -= 1,
                        _ => {}
                    }
                    depth == 0
                })
                .map_or(group.len(), |(i, _)| i);
            let mut depth = 0;
            let mut item = String::new();
            for c in group[..end].chars().chain([',']) {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        let name = item.trim().trim_start_matches("self::").to_string();
                        if !name.is_empty() {
                            out.push(name);
                        }
                        item.clear();
                        continue;
                    }
                    _ => {}
                }
                item.push(c);
            }
        } else {
            let name: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':').collect();
            out.push(name);
        }
    }
    out
}

fn first_segment(path: &str) -> String {
    path.split("::").next().unwrap_or("").trim().to_string()
}

/// The crate's module map at both levels: top-level modules, and siblings inside folders.
fn map() -> (Graph, BTreeMap<String, Graph>) {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    let mut top: Graph = BTreeMap::new();
    let mut inner: BTreeMap<String, Graph> = BTreeMap::new();
    for f in files {
        let rel = f.strip_prefix(&src).unwrap();
        let parts: Vec<String> = rel.iter().map(|p| p.to_string_lossy().trim_end_matches(".rs").to_string()).collect();
        if parts == ["main"] {
            continue; // the binary: it uses the library by its name, not `crate::`
        }
        let module = if parts == ["lib"] { "crate".to_string() } else { parts[0].clone() };
        let text = code(&std::fs::read_to_string(&f).unwrap());
        let deps = top.entry(module.clone()).or_default();
        for p in paths_after(&text, "crate::") {
            let m = first_segment(&p);
            let known = src.join(format!("{m}.rs")).is_file() || src.join(&m).join("mod.rs").is_file();
            if known && m != module {
                deps.insert(m);
            }
        }
        // Siblings inside a folder: `super::x` from `folder/y.rs`, or `crate::folder::x`.
        if parts.len() == 2 && parts[1] != "mod" {
            let (folder, me) = (&parts[0], &parts[1]);
            let siblings = inner.entry(folder.clone()).or_default();
            let mine = siblings.entry(me.clone()).or_default();
            let named = paths_after(&text, "super::").into_iter().chain(
                paths_after(&text, "crate::")
                    .into_iter()
                    .filter_map(|p| p.strip_prefix(&format!("{folder}::")).map(str::to_string)),
            );
            for p in named {
                let m = first_segment(&p);
                if m != *me && src.join(folder).join(format!("{m}.rs")).is_file() {
                    mine.insert(m);
                }
            }
        }
    }
    (top, inner)
}

/// Every circle of `graph` (its strongly connected groups of more than one module), found by
/// Tarjan's algorithm.
fn circles(graph: &Graph) -> Vec<Vec<String>> {
    struct T<'a> {
        g: &'a Graph,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on: BTreeSet<&'a str>,
        out: Vec<Vec<String>>,
    }
    fn visit<'a>(t: &mut T<'a>, v: &'a str) {
        let i = t.index.len();
        t.index.insert(v, i);
        t.low.insert(v, i);
        t.stack.push(v);
        t.on.insert(v);
        for w in t.g.get(v).into_iter().flatten() {
            let w = w.as_str();
            if !t.index.contains_key(w) {
                visit(t, w);
                let l = t.low[w].min(t.low[v]);
                t.low.insert(v, l);
            } else if t.on.contains(w) {
                let l = t.index[w].min(t.low[v]);
                t.low.insert(v, l);
            }
        }
        if t.low[v] == t.index[v] {
            let mut group = Vec::new();
            while let Some(w) = t.stack.pop() {
                t.on.remove(w);
                group.push(w.to_string());
                if w == v {
                    break;
                }
            }
            if group.len() > 1 {
                group.sort();
                t.out.push(group);
            }
        }
    }
    let mut t =
        T { g: graph, index: BTreeMap::new(), low: BTreeMap::new(), stack: vec![], on: BTreeSet::new(), out: vec![] };
    for v in graph.keys() {
        if !t.index.contains_key(v.as_str()) {
            visit(&mut t, v);
        }
    }
    t.out
}

fn show(graph: &Graph) -> String {
    graph
        .iter()
        .map(|(m, deps)| format!("  {m} -> {}\n", deps.iter().cloned().collect::<Vec<_>>().join(", ")))
        .collect()
}

#[test]
fn the_module_map_has_no_circle() {
    let (top, inner) = map();
    println!("crate:\n{}", show(&top));
    for (folder, g) in &inner {
        println!("{folder}/:\n{}", show(g));
    }
    let mut found: Vec<String> = circles(&top).into_iter().map(|c| format!("crate: {}", c.join(" <-> "))).collect();
    for (folder, g) in &inner {
        found.extend(circles(g).into_iter().map(|c| format!("{folder}/: {}", c.join(" <-> "))));
    }
    assert!(found.is_empty(), "modules that use each other round:\n{}", found.join("\n"));
}

#[test]
fn the_checker_sees_circles_and_grouped_imports() {
    let code = code(
        "use crate::{site::Site, text};\n// crate::nothing\nlet s = \"crate::quoted\"; crate::chronology::build(x);",
    );
    let mut got = paths_after(&code, "crate::");
    got.sort();
    assert_eq!(got, ["chronology::build", "site::Site", "text"]);
    let g: Graph =
        [("a", "b"), ("b", "c"), ("c", "a"), ("d", "a")].into_iter().fold(BTreeMap::new(), |mut g, (x, y)| {
            g.entry(x.to_string()).or_default().insert(y.to_string());
            g
        });
    assert_eq!(circles(&g), vec![vec!["a".to_string(), "b".to_string(), "c".to_string()]]);
}
