//! Fitted weights of the byline choice ([`super::byline_rank`]), one per feature, in the order
//! of [`super::byline_rank::FEATURES`].
//!
//! Made by `python3 benches/ingest_corpus/fit_author.py --l2 0.5 --null-weight 0.05 --folds 5
//! --write src/ingest/byline_weights.rs` on the fit lists dev (74 pages), dev3a, dev4a, whole and
//! selection shapes (135 pages). Cross-validated accuracy: whole 79/98 (81%), selection 74/84 (88%).

use super::rank::Weights;

/// The weight of each byline feature.
pub(super) static WEIGHTS: &Weights = &[
    ("bias", -3.0473),
    ("prefix", 1.3673),
    ("stamp", 1.0122),
    ("segment", 2.2481),
    ("bare", 1.9125),
    ("credit", -3.7713),
    ("inline", -0.8995),
    ("piece", 0.8854),
    ("legacy", 2.1263),
    ("name_words", 3.1035),
    ("coauthors", -2.6056),
    ("common_tokens", 0.0007),
    ("lower_elsewhere", -1.8078),
    ("all_caps", 0.0000),
    ("agency", 2.8469),
    ("line_chars", -1.2420),
    ("extra_words", 1.7583),
    ("digits", 0.8805),
    ("bullet", -2.3825),
    ("no_title", 0.0000),
    ("above_title", -0.3377),
    ("title_dist", 0.3476),
    ("near_title", 0.6204),
    ("block_dist", 0.5372),
    ("in_block", -1.7262),
    ("after_block", -3.5255),
    ("date_near", 1.8631),
    ("menu_neighbours", 0.6505),
    ("line_repeats", -0.5910),
    ("name_repeats", 0.5890),
];
