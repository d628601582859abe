//! Fitted weights of the byline candidates' features (see src/ingest/byline_rank.rs).
//!
//! Generated, do not edit by hand: rerun
//! `python3 benches/ingest_corpus/fit.py author --l2 1.0 --null-weight 1.0` (or `fit.py all`)
//! Data: dev,dev3a,dev4a,dev5a,dev6a,dev7a, whole and selection shapes. 5-fold CV over pages (l2 1.0), counted inputs: whole 171/210 (81%) (171/185 (92%) of those with a right candidate), signed wrong 35/219; selection 150/168 (89%) (150/153 (98%) of those with a right candidate), signed wrong 24/219.

use super::rank::Weights;

/// One weight per feature, in the order of the field's feature names.
pub(super) const BYLINE_WEIGHTS: &Weights = &[
    ("bias", 0.473177),
    ("prefix", 0.392008),
    ("stamp", 0.369151),
    ("segment", 0.511623),
    ("bare", -0.182245),
    ("credit", 0.196109),
    ("inline", 0.196163),
    ("piece", -0.253283),
    ("legacy", 0.484103),
    ("name_words", 0.086831),
    ("coauthors", 0.178004),
    ("common_tokens", -0.091298),
    ("lower_elsewhere", -0.202153),
    ("all_caps", -0.031746),
    ("agency", -0.071460),
    ("line_chars", 0.004332),
    ("extra_words", 0.077707),
    ("digits", 0.237243),
    ("bullet", -0.206932),
    ("no_title", 0.000000),
    ("above_title", -0.189942),
    ("title_dist", -0.109013),
    ("near_title", 0.303078),
    ("block_dist", -0.083009),
    ("in_block", -0.073440),
    ("after_block", -0.184665),
    ("date_near", 0.453965),
    ("menu_neighbours", -0.048807),
    ("line_repeats", -0.150468),
    ("name_repeats", -0.149914),
    ("by_other", -0.169087),
    ("handle", -0.150463),
    ("label", 0.068071),
    ("far", -0.129094),
    ("given_name", 0.216148),
    ("prose", -0.235114),
    ("picture_credit", -0.367976),
    ("uncued_stranger", -0.336638),
    ("place_opener", -0.843139),
    ("lone", 0.023380),
    ("pub_stamp_near", 0.203305),
    ("initials", 1.395718),
    ("name_role", -0.397776),
    ("glued", -0.182959),
    ("role_verb", -0.401031),
    ("closes_prose", 0.059106),
];
