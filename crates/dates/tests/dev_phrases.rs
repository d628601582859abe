//! Scores the development table `dev_phrases.tsv` by family and language.
//!
//! The table is what the rules were tuned on, so its score only guards against regressions:
//! each family has a recorded floor, raised when the tagger improves and lowered only on
//! purpose. How the tagger does on phrases it was not tuned on is measured elsewhere.

use briefing_dates::{tag, Lang};
use chrono::NaiveDate;
use std::collections::BTreeMap;

const TABLE: &str = include_str!("dev_phrases.tsv");

/// (language, family, floor in %): the accuracy last measured, rounded down.
const FLOOR: &[(&str, &str, f64)] = &[
    ("en", "abbrev", 100.0),
    ("en", "anaphora", 100.0),
    ("en", "clock", 100.0),
    ("en", "daymonth", 100.0),
    ("en", "deictic", 100.0),
    ("en", "era", 100.0),
    ("en", "holiday", 100.0),
    ("en", "lowercase", 100.0),
    ("en", "numeric", 100.0),
    ("en", "offset", 100.0),
    ("en", "ordinal", 100.0),
    ("en", "part", 100.0),
    ("en", "range", 100.0),
    ("en", "season", 100.0),
    ("en", "span", 100.0),
    ("en", "tense", 100.0),
    ("en", "twodigit", 100.0),
    ("en", "weekref", 100.0),
    ("fr", "abbrev", 100.0),
    ("fr", "anaphora", 100.0),
    ("fr", "clock", 100.0),
    ("fr", "daymonth", 100.0),
    ("fr", "era", 100.0),
    ("fr", "holiday", 100.0),
    ("fr", "numeric", 100.0),
    ("fr", "offset", 100.0),
    ("fr", "ordinal", 100.0),
    ("fr", "part", 100.0),
    ("fr", "range", 100.0),
    ("fr", "season", 100.0),
    ("fr", "span", 100.0),
    ("fr", "tense", 100.0),
    ("fr", "twodigit", 100.0),
    ("fr", "weekref", 100.0),
];

struct Case<'a> {
    family: &'a str,
    lang: &'a str,
    reference: NaiveDate,
    text: &'a str,
    covered: &'a str,
    expected: &'a str,
}

fn cases() -> Vec<Case<'static>> {
    let mut out = Vec::new();
    for (n, line) in TABLE.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        assert_eq!(f.len(), 6, "dev_phrases.tsv:{}: expected 6 tab-separated columns", n + 1);
        let reference = NaiveDate::parse_from_str(f[2], "%Y-%m-%d")
            .unwrap_or_else(|_| panic!("dev_phrases.tsv:{}: bad reference date", n + 1));
        let covered = if f[4].is_empty() { f[3] } else { f[4] };
        assert!(f[3].contains(covered), "dev_phrases.tsv:{}: covered text not in the text", n + 1);
        out.push(Case { family: f[0], lang: f[1], reference, text: f[3], covered, expected: f[5] });
    }
    out
}

/// Whether the case passes (relaxed span, exact value), with what was found when it does not.
fn check(c: &Case) -> Result<(), String> {
    let lang = Lang::from_code(c.lang).expect("fr or en");
    let tagged = tag(c.text, lang, Some(c.reference));
    let pos = c.text.find(c.covered).unwrap_or(0);
    let end = pos + c.covered.len();
    let over: Vec<_> = tagged.exprs.iter().filter(|e| e.start < end && pos < e.end).collect();
    let ok = if c.expected.is_empty() { over.is_empty() } else { over.iter().any(|e| e.value.iso() == c.expected) };
    if ok {
        return Ok(());
    }
    let found: Vec<String> =
        tagged.exprs.iter().map(|e| format!("{:?}={}", &c.text[e.start..e.end], e.value.iso())).collect();
    Err(format!("{:?}: want {:?}={:?}, found {found:?}", c.text, c.covered, c.expected))
}

#[test]
fn dev_table_by_family() {
    let cases = cases();
    assert!(cases.len() >= 200, "the table lost cases");
    let mut per: BTreeMap<(&str, &str), (usize, usize)> = BTreeMap::new();
    for c in &cases {
        let e = per.entry((c.lang, c.family)).or_default();
        e.1 += 1;
        match check(c) {
            Ok(()) => e.0 += 1,
            Err(why) => println!("FAIL {} {}: {why}", c.lang, c.family),
        }
    }
    let mut below = Vec::new();
    for ((lang, fam), (ok, n)) in &per {
        let pct = 100.0 * *ok as f64 / *n as f64;
        println!("{lang} {fam:<10} {ok:>3}/{n:<3} {pct:5.1}%");
        match FLOOR.iter().find(|f| f.0 == *lang && f.1 == *fam) {
            Some(f) if pct + 1e-9 >= f.2 => {}
            Some(f) => below.push(format!("{lang} {fam}: {pct:.1}% < {}%", f.2)),
            None => below.push(format!("{lang} {fam}: no floor recorded")),
        }
    }
    for lang in ["en", "fr"] {
        let (ok, n) = per.iter().filter(|(k, _)| k.0 == lang).fold((0, 0), |a, (_, v)| (a.0 + v.0, a.1 + v.1));
        println!("{lang} all        {ok:>3}/{n:<3} {:5.1}%", 100.0 * ok as f64 / n.max(1) as f64);
    }
    assert!(below.is_empty(), "accuracy fell below the recorded floor: {below:?}");
}
