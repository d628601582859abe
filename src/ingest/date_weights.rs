//! Fitted weights of the date candidates' features (see src/ingest/date_pick.rs).
//!
//! Generated, do not edit by hand: rerun
//! `python3 benches/ingest_corpus/fit_date.py --lists dev,dev3a,dev4a --shapes whole,selection --folds 5 --l2 0.1 --iters 300 --write src/ingest/date_weights.rs`
//! Data: whole-page dumps of dev, dev3a, dev4a (whole and selection). 5-fold CV over pages (l2 0.1), counted inputs: whole 84/94 (89%) (84/85 (99%) of those with a right candidate); selection 71/72 (99%) (71/71 (100%) of those with a right candidate).

/// One weight per feature, in the order of the date features' names.
pub(super) const DATE_WEIGHTS: &[(&str, f64)] = &[
    ("pub_cue", 0.672102),
    ("upd_cue", -0.069682),
    ("stamp_line", 0.579537),
    ("sentence", -0.267685),
    ("chars", -0.188483),
    ("in_block", -0.274619),
    ("above_head", -0.046818),
    ("head_dist", -0.207484),
    ("bs_dist", 0.020328),
    ("after_end", -0.225664),
    ("in_header", 0.328789),
    ("byline_here", 0.366808),
    ("byline_dist", -0.250947),
    ("dated_near", -0.595168),
    ("bullet", -0.080182),
    ("year_off", -0.248712),
    ("earliest", 0.549543),
    ("latest", 0.667476),
    ("first", 0.453495),
    ("clock", 0.508547),
    ("votes", 0.009423),
    ("later_in_line", -0.597405),
];
