//! Fitted weights of the date candidates' features (see src/ingest/date_pick.rs).
//!
//! Generated, do not edit by hand: rerun
//! `python3 benches/ingest_corpus/fit.py date --l2 0.1` (or `fit.py all`)
//! Data: dev,dev3a,dev4a, whole and selection shapes. 5-fold CV over pages (l2 0.1), counted inputs: whole 85/94 (90%) (85/87 (98%) of those with a right candidate); selection 72/72 (100%) (72/72 (100%) of those with a right candidate).

use super::rank::Weights;

/// One weight per feature, in the order of the field's feature names.
pub(super) const DATE_WEIGHTS: &Weights = &[
    ("pub_cue", 0.660442),
    ("upd_cue", 0.070612),
    ("stamp_line", 0.610015),
    ("sentence", -0.332433),
    ("chars", -0.226039),
    ("in_block", -0.285875),
    ("above_head", -0.367730),
    ("head_dist", -0.178032),
    ("bs_dist", 0.023266),
    ("after_end", -0.167433),
    ("in_header", 0.351067),
    ("byline_here", 0.274159),
    ("byline_dist", -0.412359),
    ("dated_near", -0.544084),
    ("bullet", -0.083477),
    ("year_off", 0.035552),
    ("earliest", 0.558597),
    ("latest", 0.401117),
    ("first", 0.450524),
    ("clock", 0.565592),
    ("votes", -0.029971),
    ("later_in_line", -0.505919),
    ("by_other", -0.442489),
];
