//! Fitted weights of the byline candidates' features (see src/ingest/byline_rank.rs).
//!
//! Generated, do not edit by hand: rerun
//! `python3 benches/ingest_corpus/fit.py author --l2 0.001 --null-weight 0.05` (or `fit.py all`)
//! Data: dev,dev3a,dev4a, whole and selection shapes. 5-fold CV over pages (l2 0.001), counted inputs: whole 80/98 (82%) (80/86 (93%) of those with a right candidate); selection 74/84 (88%) (74/75 (99%) of those with a right candidate).

use super::rank::Weights;

/// One weight per feature, in the order of the field's feature names.
pub(super) const BYLINE_WEIGHTS: &Weights = &[
    ("bias", -4.034142),
    ("prefix", 2.228987),
    ("stamp", 1.840672),
    ("segment", 2.826358),
    ("bare", 3.036578),
    ("credit", -6.410695),
    ("inline", 0.140657),
    ("piece", 1.668376),
    ("legacy", 2.165406),
    ("name_words", 3.563699),
    ("coauthors", -2.962556),
    ("common_tokens", -0.148232),
    ("lower_elsewhere", -1.872109),
    ("all_caps", 0.000000),
    ("agency", 3.970069),
    ("line_chars", -2.192332),
    ("extra_words", 1.955999),
    ("digits", 1.021842),
    ("bullet", -2.498337),
    ("no_title", 0.000000),
    ("above_title", -0.672683),
    ("title_dist", 0.576420),
    ("near_title", 0.805028),
    ("block_dist", 0.095256),
    ("in_block", -1.694327),
    ("after_block", -4.203058),
    ("date_near", 2.058793),
    ("menu_neighbours", -0.340549),
    ("line_repeats", -0.676613),
    ("name_repeats", 1.395518),
    ("by_other", -1.064684),
];
