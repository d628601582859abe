//! Fitted weights of the date candidates' features (see src/ingest/date_pick.rs).
//!
//! Generated, do not edit by hand: rerun
//! `python3 benches/ingest_corpus/fit.py date --l2 0.1` (or `fit.py all`)
//! Data: dev,dev3a,dev4a, whole and selection shapes. 5-fold CV over pages (l2 0.1), counted inputs: whole 85/94 (90%) (85/86 (99%) of those with a right candidate); selection 71/72 (99%) (71/71 (100%) of those with a right candidate).

use super::rank::Weights;

/// One weight per feature, in the order of the field's feature names.
pub(super) const DATE_WEIGHTS: &Weights = &[
    ("pub_cue", 0.677582),
    ("upd_cue", -0.068456),
    ("stamp_line", 0.577513),
    ("sentence", -0.263338),
    ("chars", -0.187628),
    ("in_block", -0.278921),
    ("above_head", -0.048827),
    ("head_dist", -0.189776),
    ("bs_dist", 0.020232),
    ("after_end", -0.232238),
    ("in_header", 0.334661),
    ("byline_here", 0.368606),
    ("byline_dist", -0.252408),
    ("dated_near", -0.603068),
    ("bullet", -0.082632),
    ("year_off", -0.247967),
    ("earliest", 0.545271),
    ("latest", 0.670093),
    ("first", 0.458114),
    ("clock", 0.509316),
    ("votes", 0.007955),
    ("later_in_line", -0.595327),
];
