//! Fitted weights of the byline candidates' features (see src/ingest/byline_rank.rs).
//!
//! Generated, do not edit by hand: rerun
//! `python3 benches/ingest_corpus/fit.py author --lists dev,dev3a,dev4a,dev5a,dev6a,dev7a --l2 1.0 --null-weight 1.0` (or `fit.py all`)
//! Data: dev,dev3a,dev4a,dev5a,dev6a,dev7a, whole and selection shapes. 5-fold CV over pages (l2 1.0), counted inputs: whole 172/210 (82%) (172/185 (93%) of those with a right candidate), signed wrong 35/219; selection 150/168 (89%) (150/153 (98%) of those with a right candidate), signed wrong 23/219.

use super::rank::Weights;

/// One weight per feature, in the order of the field's feature names.
pub(super) const BYLINE_WEIGHTS: &Weights = &[
    ("bias", 0.448397),
    ("prefix", 0.416254),
    ("stamp", 0.383860),
    ("segment", 0.515576),
    ("bare", -0.184174),
    ("credit", 0.196754),
    ("inline", 0.196693),
    ("piece", -0.255802),
    ("legacy", 0.490348),
    ("name_words", 0.068920),
    ("coauthors", 0.181054),
    ("common_tokens", -0.093433),
    ("lower_elsewhere", -0.193918),
    ("all_caps", -0.033857),
    ("agency", -0.070518),
    ("line_chars", 0.005248),
    ("extra_words", 0.089330),
    ("digits", 0.244763),
    ("bullet", -0.202677),
    ("no_title", 0.000000),
    ("above_title", -0.192162),
    ("title_dist", -0.104158),
    ("near_title", 0.319514),
    ("block_dist", -0.078763),
    ("in_block", -0.071838),
    ("after_block", -0.189034),
    ("date_near", 0.464036),
    ("menu_neighbours", -0.046883),
    ("line_repeats", -0.148583),
    ("name_repeats", -0.139962),
    ("by_other", -0.168593),
    ("handle", -0.153809),
    ("label", 0.066934),
    ("far", -0.119589),
    ("given_name", 0.218320),
    ("prose", -0.249395),
    ("picture_credit", -0.366660),
    ("uncued_stranger", -0.338457),
    ("place_opener", -0.857451),
    ("lone", 0.026484),
    ("pub_stamp_near", 0.203140),
    ("initials", 1.418415),
    ("name_role", -0.388555),
    ("glued", -0.177024),
    ("role_verb", -0.407749),
    ("closes_prose", 0.046054),
];
