//! Where the page reader found the page's parts. A leaf that the readers of the fields around
//! them (the byline and date choices) share, so that neither imports the other for it.

/// Where the page's parts are, as the page reader found them (line indices of the input).
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Layout {
    /// The headline's line.
    pub headline: Option<usize>,
    /// The first and last lines of the main block.
    pub block: Option<(usize, usize)>,
    /// The lines of the next best headline candidates (see [`super::title::TitleChoice`]).
    pub others: [Option<usize>; 2],
}
