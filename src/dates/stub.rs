// Temporary stand-in until the tagger lands.
use super::{DateSpan, Lang};
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum Anchoring {
    Absolute,
    Anchor,
    Previous,
}
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeExpr {
    pub start: usize,
    pub end: usize,
    pub value: DateSpan,
    pub anchoring: Anchoring,
}
pub struct Tagged {
    pub exprs: Vec<TimeExpr>,
    pub anchor: Option<chrono::NaiveDate>,
    pub anchor_inferred: bool,
}
pub fn tag(_text: &str, _lang: Lang, anchor: Option<chrono::NaiveDate>) -> Tagged {
    Tagged {
        exprs: vec![],
        anchor,
        anchor_inferred: false,
    }
}
