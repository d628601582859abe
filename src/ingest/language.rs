//! The language of a text, told by whatlang (trigram profiles of 69 languages, restricted here
//! to the two the site knows). A word list cannot tell a French text quoting English sources
//! from an English one; letter trigrams over the whole body can.

use crate::dates::Lang;

/// Guesses French or English; `None` when the text is too short or too mixed to tell.
pub fn guess_language(text: &str) -> Option<Lang> {
    // The opening is enough, and keeps a long text cheap.
    guess_language_in(text, 2000)
}

/// [`guess_language`] from the first `chars` characters of `text`: an editor's prose says its
/// language in a few sentences, where a page's text may open on menus and captions. The
/// trigrams cost in proportion (loading 10,000 articles spent 6% of a build's instructions
/// on 2,000 characters each).
pub fn guess_language_in(text: &str, chars: usize) -> Option<Lang> {
    let end = text.char_indices().nth(chars).map_or(text.len(), |(i, _)| i);
    let sample = &text[..end];
    if sample.split_whitespace().count() < 4 {
        return None;
    }
    let detector = whatlang::Detector::with_allowlist(vec![whatlang::Lang::Fra, whatlang::Lang::Eng]);
    let info = detector.detect(sample)?;
    if info.confidence() < 0.2 {
        return None;
    }
    match info.lang() {
        whatlang::Lang::Fra => Some(Lang::Fr),
        whatlang::Lang::Eng => Some(Lang::En),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_and_english_bodies() {
        assert_eq!(
            guess_language("La Biélorussie est redevable à Poutine sur le plan des armes et de la dette."),
            Some(Lang::Fr)
        );
        assert_eq!(
            guess_language("The president said that the army is ready for the war and the talks."),
            Some(Lang::En)
        );
        // A French text quoting English titles is French.
        assert_eq!(
            guess_language("Selon le rapport « Belarus Says Forming Joint Military Group », publié par The Moscow Times, les forces russes seraient déjà arrivées."),
            Some(Lang::Fr)
        );
        assert_eq!(guess_language("Minsk"), None);
    }
}
