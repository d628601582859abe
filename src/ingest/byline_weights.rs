//! Fitted weights of the byline candidates' features (see src/ingest/byline_rank.rs).
//!
//! Generated, do not edit by hand: rerun
//! `python3 benches/ingest_corpus/fit.py author --l2 1.0 --null-weight 1.0` (or `fit.py all`)
//! Data: dev,dev3a,dev4a,dev5a, whole and selection shapes. 5-fold CV over pages (l2 1.0), counted inputs: whole 128/151 (85%) (128/136 (94%) of those with a right candidate), signed wrong 23/159; selection 109/119 (92%) (109/111 (98%) of those with a right candidate), signed wrong 17/159.

use super::rank::Weights;

/// One weight per feature, in the order of the field's feature names.
pub(super) const BYLINE_WEIGHTS: &Weights = &[
    ("bias", 0.626838),
    ("prefix", 0.365305),
    ("stamp", 0.379271),
    ("segment", 0.536789),
    ("bare", -0.183204),
    ("credit", 0.113867),
    ("inline", 0.149663),
    ("piece", -0.243014),
    ("legacy", 0.478167),
    ("name_words", 0.122308),
    ("coauthors", 0.179786),
    ("common_tokens", 0.049211),
    ("lower_elsewhere", -0.156715),
    ("all_caps", 0.155749),
    ("agency", 0.300287),
    ("line_chars", -0.086769),
    ("extra_words", 0.007013),
    ("digits", 0.136839),
    ("bullet", -0.258591),
    ("no_title", 0.000000),
    ("above_title", -0.209656),
    ("title_dist", -0.094414),
    ("near_title", 0.283750),
    ("block_dist", -0.072650),
    ("in_block", -0.130574),
    ("after_block", -0.159918),
    ("date_near", 0.459626),
    ("menu_neighbours", -0.059631),
    ("line_repeats", -0.139911),
    ("name_repeats", -0.064249),
    ("by_other", -0.139062),
    ("handle", -0.040043),
    ("label", 0.597693),
    ("far", -0.065603),
    ("given_name", 0.181685),
    ("prose", -0.215743),
    ("picture_credit", -0.391792),
    ("uncued_stranger", -0.349943),
    ("place_opener", -0.792750),
    ("lone", 0.020660),
    ("pub_stamp_near", 0.144841),
];
