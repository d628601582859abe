//! Fitted weights of the byline candidates' features (see src/ingest/byline_rank.rs).
//!
//! Generated, do not edit by hand: rerun
//! `python3 benches/ingest_corpus/fit.py author --l2 1.0 --null-weight 0.05` (or `fit.py all`)
//! Data: dev,dev3a,dev4a,dev5a, whole and selection shapes. 5-fold CV over pages (l2 1.0), counted inputs: whole 120/151 (79%) (120/130 (92%) of those with a right candidate); selection 103/119 (87%) (103/107 (96%) of those with a right candidate).

use super::rank::Weights;

/// One weight per feature, in the order of the field's feature names.
pub(super) const BYLINE_WEIGHTS: &Weights = &[
    ("bias", 2.184279),
    ("prefix", 0.363892),
    ("stamp", 0.274944),
    ("segment", 0.488209),
    ("bare", -0.148726),
    ("credit", 0.114136),
    ("inline", 0.131653),
    ("piece", -0.184241),
    ("legacy", 0.542447),
    ("name_words", 0.086048),
    ("coauthors", 0.163875),
    ("common_tokens", -0.143693),
    ("lower_elsewhere", -0.223619),
    ("all_caps", 0.046486),
    ("agency", 0.251357),
    ("line_chars", -0.056154),
    ("extra_words", 0.050725),
    ("digits", 0.103847),
    ("bullet", -0.255194),
    ("no_title", 0.000000),
    ("above_title", -0.237068),
    ("title_dist", -0.100013),
    ("near_title", 0.323931),
    ("block_dist", -0.085060),
    ("in_block", -0.077608),
    ("after_block", -0.167136),
    ("date_near", 0.424269),
    ("menu_neighbours", -0.102124),
    ("line_repeats", -0.251239),
    ("name_repeats", -0.035949),
    ("by_other", -0.162930),
    ("handle", -0.095562),
    ("label", 0.521143),
    ("far", -0.079528),
];
