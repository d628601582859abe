//! Learned scored choices: a field's candidates (title lines, bylines, dates) described by named
//! features, scored by a weighted sum whose weights are fitted offline on the development
//! corpus (`benches/ingest_corpus/fit.py`), never tuned by hand.
//!
//! A field module names its features once (`&'static [&'static str]`), computes one `f64` per
//! name for each candidate, scores it with [`score`] against its fitted table (a
//! `*_weights.rs` file: `(name, weight)` pairs in the same order) and keeps the best. When the
//! environment variable `BRIEFING_RANK_DUMP` is set (to anything but nothing), [`dump`] prints every scored candidate as
//! one TSV row on stderr, which is what the fitter reads:
//!
//! ```text
//! field \t line_index \t candidate_text \t name=value \t name=value ...
//! ```
//!
//! `field` is `title`, `author` or `date`; tabs and newlines in the text become spaces.

use std::sync::OnceLock;

/// A fitted weight table: one `(feature name, weight)` pair per feature, in the order of the
/// field's feature names.
pub(super) type Weights = [(&'static str, f64)];

/// The weighted sum of a candidate's feature values. `values[k]` is the value of the feature
/// named `weights[k].0`; a missing value or weight counts as zero (the tables are checked
/// against the names by each field's tests).
pub(super) fn score(weights: &Weights, values: &[f64]) -> f64 {
    debug_assert_eq!(weights.len(), values.len(), "a feature without its weight");
    weights.iter().zip(values).map(|((_, w), v)| w * v).sum()
}

/// Whether candidates are dumped: `BRIEFING_RANK_DUMP` is read once, so that a run without it
/// pays one load of a flag per candidate.
pub(super) fn dumping() -> bool {
    static ON: OnceLock<bool> = OnceLock::new();
    *ON.get_or_init(|| std::env::var_os("BRIEFING_RANK_DUMP").is_some_and(|v| !v.is_empty()))
}

/// Prints one candidate's row on stderr when `BRIEFING_RANK_DUMP` is set (see the module's
/// documentation); costs nothing else when it is not.
pub(super) fn dump(field: &str, line_index: usize, text: &str, names: &[&str], values: &[f64]) {
    if !dumping() {
        return;
    }
    eprintln!("{}", row(field, line_index, text, names, values));
}

/// One TSV row of the dump.
fn row(field: &str, line_index: usize, text: &str, names: &[&str], values: &[f64]) -> String {
    let text: String = text.chars().map(|c| if matches!(c, '\t' | '\n' | '\r') { ' ' } else { c }).collect();
    let mut out = format!("{field}\t{line_index}\t{text}");
    for (n, v) in names.iter().zip(values) {
        // `{}` on an f64 prints the shortest text that reads back to the same value.
        out.push_str(&format!("\t{n}={v}"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_score_is_the_weighted_sum_of_the_values() {
        let w: &Weights = &[("a", 2.0), ("b", -0.5), ("c", 0.0)];
        assert_eq!(score(w, &[1.0, 4.0, 9.0]), 0.0);
        assert_eq!(score(w, &[0.5, 0.0, 1.0]), 1.0);
    }

    #[test]
    fn a_row_is_one_line_of_tab_separated_fields() {
        let r = row("title", 12, "Two\tarrested\nafter", &["shape", "len"], &[1.0, 0.25]);
        assert_eq!(r, "title\t12\tTwo arrested after\tshape=1\tlen=0.25");
        assert_eq!(r.lines().count(), 1);
    }
}
