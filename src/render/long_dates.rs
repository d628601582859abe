//! Each event date's long form (`16 septembre 2025`), made once for each date the events
//! have. An article page shows the date after each dating expression that does not give it
//! whole ([`super::dating_links::date_after`]): made there for each event of each article,
//! the long form and its string were about 0.7% of a 10,000-article build's instructions,
//! for a few thousand different dates.

use crate::dates::{DateSpan, Lang};
use crate::fast_hash::FastMap;
use crate::site::Site;
use std::borrow::Cow;

/// The long form of every date the site's events have, by date.
#[derive(Default)]
pub struct LongDates {
    by_span: FastMap<DateSpan, Box<str>>,
    lang: Option<Lang>,
}

impl LongDates {
    /// The long forms of `site`'s event dates, in the site's language. Events come sorted by
    /// date, so each run of one date is looked up once.
    pub fn new(site: &Site) -> LongDates {
        let mut by_span: FastMap<DateSpan, Box<str>> = FastMap::default();
        let mut last = None;
        for e in &site.events {
            if last == Some(e.span) {
                continue;
            }
            last = Some(e.span);
            by_span.entry(e.span).or_insert_with(|| e.span.long(site.lang).into_boxed_str());
        }
        by_span.shrink_to_fit();
        LongDates { by_span, lang: Some(site.lang) }
    }

    /// `span` in `lang` as [`DateSpan::long`] writes it: from the table when it was made in
    /// that language and has the date, else made now.
    pub fn get(&self, span: DateSpan, lang: Lang) -> Cow<'_, str> {
        match self.by_span.get(&span).filter(|_| self.lang == Some(lang)) {
            Some(s) => Cow::Borrowed(s),
            None => Cow::Owned(span.long(lang)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::PartialDate;

    #[test]
    fn a_date_outside_the_table_or_in_another_language_is_made_as_asked() {
        let day = DateSpan::at(PartialDate::day(2025, 8, 17).unwrap());
        let mut t = LongDates::default();
        assert_eq!(t.get(day, Lang::Fr), day.long(Lang::Fr));
        t.by_span.insert(day, day.long(Lang::Fr).into());
        t.lang = Some(Lang::Fr);
        assert!(matches!(t.get(day, Lang::Fr), Cow::Borrowed("17 août 2025")));
        assert_eq!(t.get(day, Lang::En), "17 August 2025");
    }
}
