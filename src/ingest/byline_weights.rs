//! Fitted weights of the byline candidates' features (see src/ingest/byline_rank.rs).
//!
//! Generated, do not edit by hand: rerun
//! `python3 benches/ingest_corpus/fit.py author --lists dev,dev3a,dev4a,dev5a,dev6a,dev7a --l2 1.0 --null-weight 1.0` (or `fit.py all`)
//! Data: dev,dev3a,dev4a,dev5a,dev6a,dev7a, whole and selection shapes. 5-fold CV over pages (l2 1.0), counted inputs: whole 175/210 (83%) (175/186 (94%) of those with a right candidate), signed wrong 33/219; selection 152/168 (90%) (152/155 (98%) of those with a right candidate), signed wrong 23/219.

use super::rank::Weights;

/// One weight per feature, in the order of the field's feature names.
pub(super) const BYLINE_WEIGHTS: &Weights = &[
    ("bias", 0.368532),
    ("prefix", 0.408577),
    ("stamp", 0.353055),
    ("segment", 0.506307),
    ("bare", -0.181449),
    ("credit", 0.159298),
    ("inline", 0.194681),
    ("piece", -0.253781),
    ("legacy", 0.450412),
    ("name_words", 0.068436),
    ("coauthors", 0.175268),
    ("common_tokens", -0.087059),
    ("lower_elsewhere", -0.184142),
    ("all_caps", -0.042692),
    ("agency", -0.095854),
    ("line_chars", -0.006664),
    ("extra_words", 0.095839),
    ("digits", 0.232105),
    ("bullet", -0.196395),
    ("no_title", 0.000000),
    ("above_title", -0.180876),
    ("title_dist", -0.100554),
    ("near_title", 0.308663),
    ("block_dist", -0.076845),
    ("in_block", -0.059216),
    ("after_block", -0.180992),
    ("date_near", 0.411917),
    ("menu_neighbours", -0.033326),
    ("line_repeats", -0.146027),
    ("name_repeats", -0.139796),
    ("by_other", -0.178067),
    ("handle", -0.176266),
    ("label", 0.061522),
    ("far", -0.116317),
    ("given_name", 0.210503),
    ("prose", -0.284463),
    ("picture_credit", -0.383486),
    ("uncued_stranger", -0.324861),
    ("place_opener", -0.921175),
    ("lone", 0.020445),
    ("pub_stamp_near", 0.155796),
    ("initials", 1.428572),
    ("name_role", -0.394380),
    ("glued", 0.027557),
    ("role_verb", -0.413345),
    ("closes_prose", 0.039679),
    ("vouched", 0.345605),
    ("date_close", 0.302888),
];
