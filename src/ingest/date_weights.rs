//! Fitted weights of the date candidates' features (see src/ingest/date_pick.rs).
//!
//! Generated, do not edit by hand: rerun
//! `python3 benches/ingest_corpus/fit.py date --l2 0.1` (or `fit.py all`)
//! Data: dev,dev3a,dev4a, whole and selection shapes. 5-fold CV over pages (l2 0.1), counted inputs: whole 85/94 (90%) (85/87 (98%) of those with a right candidate); selection 72/72 (100%) (72/72 (100%) of those with a right candidate).

use super::rank::Weights;

/// One weight per feature, in the order of the field's feature names.
pub(super) const DATE_WEIGHTS: &Weights = &[
    ("pub_cue", 0.738660),
    ("upd_cue", 0.097881),
    ("stamp_line", 0.613757),
    ("sentence", -0.321981),
    ("chars", -0.228186),
    ("in_block", -0.285903),
    ("above_head", -0.366882),
    ("head_dist", -0.208038),
    ("bs_dist", 0.015433),
    ("after_end", -0.211237),
    ("in_header", 0.367848),
    ("byline_here", 0.432343),
    ("byline_dist", -0.332831),
    ("dated_near", -0.603528),
    ("bullet", -0.067229),
    ("year_off", 0.021332),
    ("earliest", 0.561503),
    ("latest", 0.455657),
    ("first", 0.457376),
    ("clock", 0.590765),
    ("votes", 0.030435),
    ("later_in_line", -0.482743),
    ("by_other", -0.425821),
];
