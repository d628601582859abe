//! Fitted weights of the date candidates' features (see src/ingest/date_pick.rs).
//!
//! Generated, do not edit by hand: rerun
//! `python3 benches/ingest_corpus/fit.py date --lists dev,dev3,dev5,dev9,dev13a,dev14a --l2 0.1 --null-weight 0.4 --free title_copy` (or `fit.py all`)
//! Data: dev,dev3,dev5,dev9,dev13a,dev14a, whole and selection shapes. 5-fold CV over pages (l2 0.1), counted inputs: whole 420/428 (98%) (420/424 (99%) of those with a right candidate), dated wrong 46/552; selection 347/352 (99%) (347/350 (99%) of those with a right candidate), dated wrong 44/552.

use super::rank::Weights;

/// One weight per feature, in the order of the field's feature names.
pub(super) const DATE_WEIGHTS: &Weights = &[
    ("bias", 0.628169),
    ("pub_cue", 0.805077),
    ("upd_cue", -0.222936),
    ("stamp_line", 0.562984),
    ("sentence", -0.454021),
    ("chars", -0.270041),
    ("in_block", 0.020172),
    ("above_head", 0.134196),
    ("head_dist", -0.228839),
    ("bs_dist", -0.006462),
    ("after_end", -0.696580),
    ("in_header", 0.192533),
    ("byline_here", 0.296758),
    ("byline_dist", -0.312640),
    ("dated_near", -0.514934),
    ("bullet", -0.060883),
    ("year_off", 0.665980),
    ("earliest", 0.787484),
    ("latest", 0.165593),
    ("first", 0.304696),
    ("clock", 0.556173),
    ("votes", 0.275453),
    ("later_in_line", 0.174687),
    ("by_other", -0.454364),
    ("embed", -0.497160),
    ("before_update", 1.513720),
    ("kin", -0.795180),
    ("upd_clock", 0.206142),
    ("title_copy", 0.989702),
];
