//! Fitted weights of the byline candidates' features (see src/ingest/byline_rank.rs).
//!
//! Generated, do not edit by hand: rerun
//! `python3 benches/ingest_corpus/fit.py author --l2 1.0 --null-weight 1.0` (or `fit.py all`)
//! Data: dev,dev3a,dev4a,dev5a, whole and selection shapes. 5-fold CV over pages (l2 1.0), counted inputs: whole 127/151 (84%) (127/136 (93%) of those with a right candidate), signed wrong 24/159; selection 108/119 (91%) (108/111 (97%) of those with a right candidate), signed wrong 18/159.

use super::rank::Weights;

/// One weight per feature, in the order of the field's feature names.
pub(super) const BYLINE_WEIGHTS: &Weights = &[
    ("bias", 0.628773),
    ("prefix", 0.363441),
    ("stamp", 0.375741),
    ("segment", 0.529598),
    ("bare", -0.185380),
    ("credit", 0.113766),
    ("inline", 0.178997),
    ("piece", -0.246741),
    ("legacy", 0.476010),
    ("name_words", 0.128126),
    ("coauthors", 0.177459),
    ("common_tokens", 0.047910),
    ("lower_elsewhere", -0.157576),
    ("all_caps", 0.156325),
    ("agency", 0.300244),
    ("line_chars", -0.082679),
    ("extra_words", 0.010769),
    ("digits", 0.136578),
    ("bullet", -0.258505),
    ("no_title", 0.000000),
    ("above_title", -0.210870),
    ("title_dist", -0.094455),
    ("near_title", 0.282653),
    ("block_dist", -0.072937),
    ("in_block", -0.131204),
    ("after_block", -0.159425),
    ("date_near", 0.460432),
    ("menu_neighbours", -0.060984),
    ("line_repeats", -0.139508),
    ("name_repeats", -0.063670),
    ("by_other", -0.139154),
    ("handle", -0.046279),
    ("label", 0.596134),
    ("far", -0.066305),
    ("given_name", 0.180019),
    ("prose", -0.213644),
    ("picture_credit", -0.393233),
    ("uncued_stranger", -0.343643),
    ("place_opener", -0.794954),
    ("lone", 0.020522),
    ("pub_stamp_near", 0.144861),
];
