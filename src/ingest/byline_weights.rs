//! Fitted weights of the byline choice ([`super::byline_rank`]), one per feature, in the order
//! of [`super::byline_rank::FEATURES`].
//!
//! Placeholder before the first fit: the rules' answer alone (`legacy`).

use super::rank::Weights;

/// The weight of each byline feature.
pub(super) static WEIGHTS: &Weights = &[
    ("bias", 0.0),
    ("prefix", 0.0),
    ("stamp", 0.0),
    ("segment", 0.0),
    ("bare", 0.0),
    ("credit", 0.0),
    ("inline", 0.0),
    ("piece", 0.0),
    ("legacy", 1.0),
    ("name_words", 0.0),
    ("coauthors", 0.0),
    ("common_tokens", 0.0),
    ("lower_elsewhere", 0.0),
    ("all_caps", 0.0),
    ("agency", 0.0),
    ("line_chars", 0.0),
    ("extra_words", 0.0),
    ("digits", 0.0),
    ("bullet", 0.0),
    ("no_title", 0.0),
    ("above_title", 0.0),
    ("title_dist", 0.0),
    ("near_title", 0.0),
    ("block_dist", 0.0),
    ("in_block", 0.0),
    ("after_block", 0.0),
    ("date_near", 0.0),
    ("menu_neighbours", 0.0),
    ("line_repeats", 0.0),
    ("name_repeats", 0.0),
];
