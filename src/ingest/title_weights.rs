//! Fitted weights of the title candidates' features (see src/ingest/title.rs).
//!
//! Generated, do not edit by hand: rerun
//! `python3 benches/ingest_corpus/fit.py title --l2 0.3 --free under_like,short,rights_word` (or `fit.py all`)
//! Data: dev,dev3a,dev4a,dev5a,dev6a,dev7a, whole shapes. 5-fold CV over pages (l2 0.3), counted inputs: whole 244/276 (88%) (244/262 (93%) of those with a right candidate).

use super::rank::Weights;

/// One weight per feature, in the order of the field's feature names.
pub(super) const TITLE_WEIGHTS: &Weights = &[
    ("headline_shape", 0.388072),
    ("one_sentence", -0.707029),
    ("two_part", -0.128457),
    ("caption", -0.564988),
    ("copied", 0.664815),
    ("teased", 0.569955),
    ("copied_about", 1.130754),
    ("label_repeat", -0.263084),
    ("site_name", 2.052502),
    ("crumb_echo", 5.062340),
    ("captioned", -1.530086),
    ("meta_under", 0.687040),
    ("meta_under_about", 1.793923),
    ("teaser_list", 0.583857),
    ("title_run_off", -0.848618),
    ("meta_over", 0.747275),
    ("meta_over_headline", -0.541114),
    ("text_next", 0.155720),
    ("long", -0.537661),
    ("continuation", -1.743859),
    ("cut_short", 0.759510),
    ("cut_whole", -1.013762),
    ("no_stop_short", -0.387613),
    ("bullet", -0.252536),
    ("lower_start", -0.410320),
    ("link_row", -0.235237),
    ("pipe", -0.489908),
    ("among_short", -0.086992),
    ("indent_left", 1.151473),
    ("distance", 0.025561),
    ("seen", -0.085195),
    ("below_start", -0.217744),
    ("text_above", -0.110350),
    ("about", 1.818169),
    ("before_standfirst", 0.558329),
    ("is_standfirst", -1.176029),
    ("under_like", -0.752457),
    ("stop_density", 0.429022),
    ("title_case", -0.166126),
    ("digits_bars", -0.933444),
    ("words_5", 0.568325),
    ("words", 0.149959),
    ("chars", 0.035482),
    ("top_lines", -0.374159),
    ("short", -0.388092),
    ("rights_word", -0.043303),
];
