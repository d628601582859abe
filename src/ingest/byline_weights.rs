//! Fitted weights of the byline candidates' features (see src/ingest/byline_rank.rs).
//!
//! Generated, do not edit by hand: rerun
//! `python3 benches/ingest_corpus/fit.py author --l2 1.0 --null-weight 0.7` (or `fit.py all`)
//! Data: dev,dev3a,dev4a,dev5a, whole and selection shapes. 5-fold CV over pages (l2 1.0), counted inputs: whole 124/151 (82%) (124/133 (93%) of those with a right candidate), signed wrong 28/159; selection 106/119 (89%) (106/109 (97%) of those with a right candidate), signed wrong 22/159.

use super::rank::Weights;

/// One weight per feature, in the order of the field's feature names.
pub(super) const BYLINE_WEIGHTS: &Weights = &[
    ("bias", 0.856002),
    ("prefix", 0.361589),
    ("stamp", 0.359005),
    ("segment", 0.579861),
    ("bare", -0.176693),
    ("credit", 0.100616),
    ("inline", 0.181037),
    ("piece", -0.230065),
    ("legacy", 0.498909),
    ("name_words", 0.140183),
    ("coauthors", 0.171751),
    ("common_tokens", 0.029094),
    ("lower_elsewhere", -0.180194),
    ("all_caps", 0.178286),
    ("agency", 0.314378),
    ("line_chars", -0.082603),
    ("extra_words", 0.008596),
    ("digits", 0.135154),
    ("bullet", -0.270769),
    ("no_title", 0.000000),
    ("above_title", -0.223679),
    ("title_dist", -0.095902),
    ("near_title", 0.291406),
    ("block_dist", -0.078453),
    ("in_block", -0.110023),
    ("after_block", -0.174625),
    ("date_near", 0.446366),
    ("menu_neighbours", -0.055680),
    ("line_repeats", -0.157200),
    ("name_repeats", -0.051443),
    ("by_other", -0.144927),
    ("handle", -0.112242),
    ("label", 0.464689),
    ("far", -0.060946),
    ("given_name", 0.141595),
    ("prose", -0.203058),
    ("picture_credit", -0.287774),
    ("uncued_stranger", -0.311425),
    ("place_opener", -0.695114),
];
