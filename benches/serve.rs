//! `briefing serve` rebuild latency on a synthetic dossier of N articles (default 10,000;
//! `BRIEFING_BENCH_N`).
//!
//! Run with `cargo bench --bench serve`. Three measures:
//! - in process, as serve rebuilds: `prepare_cached` after editing one note, then one article,
//!   and the edited page rendered, against a cold `compile` (the baseline);
//! - in process, a full rebuild: `compile_cached`, every page rendered;
//! - end to end: the real `briefing serve` on the dossier; the time from writing the edited
//!   note to the live-reload long-poll answering (debounce + rebuild + publish), then to the
//!   page holding the edit (what the browser's reload fetches).

#[path = "common/dossier.rs"]
mod dossier;

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::time::{Duration, Instant};

fn ms(d: Duration) -> String {
    format!("{:.0}ms", d.as_secs_f64() * 1000.0)
}

fn edit(path: &Path, k: usize) {
    let text = std::fs::read_to_string(path).unwrap();
    std::fs::write(path, format!("{text}\nEdit number {k}.\n")).unwrap();
}

fn get(port: u16, target: &str) -> String {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(s, "GET {target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).unwrap();
    out
}

fn version(port: u16, since: Option<u64>) -> u64 {
    let target = since.map(|v| format!("/__briefing/poll?v={v}")).unwrap_or_else(|| "/__briefing/poll".into());
    let body = get(port, &target);
    let json = body.split_once("\r\n\r\n").unwrap().1;
    serde_json::from_str::<serde_json::Value>(json).unwrap()["version"].as_u64().unwrap()
}

fn main() {
    let n: usize = std::env::var("BRIEFING_BENCH_N").ok().and_then(|s| s.parse().ok()).unwrap_or(10_000);
    // BRIEFING_BENCH_DOSSIER=DIR writes the dossier there and stops, to try `serve` on it.
    if let Some(dir) = std::env::var_os("BRIEFING_BENCH_DOSSIER") {
        dossier::generate(Path::new(&dir), n);
        println!("dossier of {n} articles written to {}", Path::new(&dir).display());
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    dossier::generate(&root, n);
    let note = root.join("content/notes/note-3.md");
    let article = root.join("content/articles/art-1.md");

    let t = Instant::now();
    briefing::compile(&root).expect("bench site builds");
    let cold = t.elapsed();
    let mut cache = briefing::BuildCache::default();
    briefing::compile_cached(&root, &mut cache).unwrap();
    println!("articles={n} cold_compile={}", ms(cold));
    for (what, path, page) in [("note", &note, "notes/note-3.html"), ("article", &article, "articles/art-1.html")] {
        for k in 0..3 {
            edit(path, k + 100);
            let t = Instant::now();
            let (_, pages, r) = briefing::prepare_cached(&root, &mut cache).unwrap();
            let prepared = t.elapsed();
            let html = pages.get(page).expect("the page exists").unwrap();
            assert!(String::from_utf8_lossy(&html).contains(&format!("Edit number {}.", k + 100)));
            println!(
                "in-process, as serve does after one {what} edit: {} to the edited page (load {}, resolve {}, page {})",
                ms(t.elapsed()),
                ms(r.timings.load),
                ms(r.timings.resolve),
                ms(t.elapsed() - prepared)
            );
        }
        for k in 0..3 {
            edit(path, k);
            let t = Instant::now();
            let (_, _, r) = briefing::compile_cached(&root, &mut cache).unwrap();
            let s = r.timings;
            println!(
                "in-process rebuild after one {what} edit: {} (load {}, resolve {}, render {})",
                ms(t.elapsed()),
                ms(s.load),
                ms(s.resolve),
                ms(s.render)
            );
        }
    }

    let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_briefing"))
        .args(["serve", "--port", &port.to_string(), "--root"])
        .arg(&root)
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let t = Instant::now();
    let mut v = loop {
        if let Ok(s) = TcpStream::connect(("127.0.0.1", port)) {
            drop(s);
            break version(port, None);
        }
        assert!(t.elapsed() < Duration::from_secs(300), "the server did not start");
        std::thread::sleep(Duration::from_millis(50));
    };
    println!("serve: first build served after {}", ms(t.elapsed()));
    for k in 10..15 {
        let waiting = std::thread::spawn(move || version(port, Some(v)));
        std::thread::sleep(Duration::from_millis(300));
        let t = Instant::now();
        edit(&note, k);
        v = waiting.join().unwrap();
        let notified = t.elapsed();
        let page = get(port, "/notes/note-3.html");
        let shown = t.elapsed();
        assert!(page.contains(&format!("Edit number {k}.")), "the edit is not in the page");
        println!("serve: note edit -> reload signal {}, -> edited page fetched {}", ms(notified), ms(shown));
    }
    let _ = child.kill();
    let _ = child.wait();
}
