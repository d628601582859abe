//! Fitted weights of the byline candidates' features (see src/ingest/byline_rank.rs).
//!
//! Generated, do not edit by hand: rerun
//! `python3 benches/ingest_corpus/fit.py author --l2 1.0 --null-weight 0.05` (or `fit.py all`)
//! Data: dev,dev3a,dev4a,dev5a, whole and selection shapes. 5-fold CV over pages (l2 1.0), counted inputs: whole 124/151 (82%) (124/133 (93%) of those with a right candidate); selection 106/119 (89%) (106/109 (97%) of those with a right candidate).

use super::rank::Weights;

/// One weight per feature, in the order of the field's feature names.
pub(super) const BYLINE_WEIGHTS: &Weights = &[
    ("bias", 2.291791),
    ("prefix", 0.361362),
    ("stamp", 0.326222),
    ("segment", 0.729206),
    ("bare", -0.168312),
    ("credit", -0.015063),
    ("inline", 0.117143),
    ("piece", -0.169997),
    ("legacy", 0.514061),
    ("name_words", 0.092526),
    ("coauthors", 0.136415),
    ("common_tokens", -0.051415),
    ("lower_elsewhere", -0.212883),
    ("all_caps", 0.042543),
    ("agency", 0.249621),
    ("line_chars", -0.058201),
    ("extra_words", 0.040414),
    ("digits", 0.129817),
    ("bullet", -0.253467),
    ("no_title", 0.000000),
    ("above_title", -0.257430),
    ("title_dist", -0.099970),
    ("near_title", 0.304509),
    ("block_dist", -0.088039),
    ("in_block", -0.072303),
    ("after_block", -0.170006),
    ("date_near", 0.429776),
    ("menu_neighbours", -0.094751),
    ("line_repeats", -0.245229),
    ("name_repeats", -0.040652),
    ("by_other", -0.173344),
    ("handle", -0.104112),
    ("label", 0.503212),
    ("far", -0.071303),
    ("site", 0.277702),
    ("site_votes", 0.472634),
];
