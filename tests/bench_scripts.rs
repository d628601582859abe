//! The benchmark scripts' own unit tests, run by `cargo test` so that CI runs them too.
//!
//! `benches/dates_eval/` scores the date tagger on annotated corpora; its parsers and the
//! stand-off gold's checks are Python with tests beside them. They need only Python 3's standard
//! library and no corpus on disk, so a missing `python3` is a failure here, never a skip: a
//! measure whose parser is broken reports wrong figures silently.

use std::path::Path;
use std::process::Command;

#[test]
fn dates_eval_python_tests_pass() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/dates_eval");
    let out = Command::new("python3")
        .args(["-m", "unittest", "-q", "test_dates_eval"])
        .current_dir(&dir)
        .output()
        .expect("python3 must be installed to run benches/dates_eval's tests");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "benches/dates_eval tests failed:\n{stderr}");
    // unittest prints `Ran N tests`: zero tests found would pass silently otherwise.
    let ran = stderr
        .lines()
        .find_map(|l| l.strip_prefix("Ran ")?.split_whitespace().next()?.parse::<u32>().ok())
        .unwrap_or(0);
    assert!(ran > 0, "no test ran in benches/dates_eval:\n{stderr}");
}
