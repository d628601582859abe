//! Fitted weights of the byline candidates' features (see src/ingest/byline_rank.rs).
//!
//! Generated, do not edit by hand: rerun
//! `python3 benches/ingest_corpus/fit.py author --l2 0.003 --null-weight 0.05` (or `fit.py all`)
//! Data: dev,dev3a,dev4a, whole and selection shapes. 5-fold CV over pages (l2 0.003), counted inputs: whole 79/98 (81%) (79/85 (93%) of those with a right candidate); selection 74/84 (88%) (74/75 (99%) of those with a right candidate).

use super::rank::Weights;

/// One weight per feature, in the order of the field's feature names.
pub(super) const BYLINE_WEIGHTS: &Weights = &[
    ("bias", -3.135511),
    ("prefix", 1.323308),
    ("stamp", 1.092801),
    ("segment", 2.274170),
    ("bare", 1.936769),
    ("credit", -3.823860),
    ("inline", -0.912980),
    ("piece", 0.877695),
    ("legacy", 2.150388),
    ("name_words", 3.034627),
    ("coauthors", -2.555316),
    ("common_tokens", 0.269522),
    ("lower_elsewhere", -1.824272),
    ("all_caps", 0.000000),
    ("agency", 2.904410),
    ("line_chars", -1.185945),
    ("extra_words", 1.826005),
    ("digits", 0.759416),
    ("bullet", -2.385344),
    ("no_title", 0.000000),
    ("above_title", -0.314137),
    ("title_dist", 0.366791),
    ("near_title", 0.698641),
    ("block_dist", 0.556343),
    ("in_block", -1.695404),
    ("after_block", -3.476025),
    ("date_near", 1.872992),
    ("menu_neighbours", 0.600590),
    ("line_repeats", -0.593532),
    ("name_repeats", 0.538678),
];
