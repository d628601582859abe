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
    // No guess from fewer than four words; past the fourth, the sample is not split to count them.
    sample.split_whitespace().nth(3)?;
    if let Some(lang) = by_function_words(sample) {
        return Some(lang);
    }
    by_trigrams(sample)
}

/// The language of `sample` by whatlang's trigrams, or `None` when it is not sure.
fn by_trigrams(sample: &str) -> Option<Lang> {
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

/// How many of a sample's function words must be of one language, how many times the
/// other's, and what share of all its words they must be (in percent), for
/// [`by_function_words`] to decide.
const FUNCTION_MIN: usize = 10;
const FUNCTION_RATIO: usize = 6;
const FUNCTION_SHARE: usize = 8;

/// French or English when the sample's function words say so without doubt, `None` to let
/// the trigrams decide: most prose says it in a few lines, at a fraction of whatlang's cost
/// (a third of its instructions went to lowercasing and counting trigrams). The thresholds
/// were chosen so that this never overrules whatlang: on every page text and selection of
/// the ingest corpus's fit and check lists and the texts of the dates corpora's tune sets,
/// at 500 and 2,000 characters (2,202 samples), it decides three in four and agrees with
/// whatlang on each. A sample mostly in another script is left to whatlang.
fn by_function_words(sample: &str) -> Option<Lang> {
    let (mut fr, mut en, mut words) = (0usize, 0usize, 0usize);
    let (mut latin, mut other) = (0usize, 0usize);
    // The word's first bytes, lowercased: no function word is longer than eight.
    let mut word = [0u8; 12];
    let mut len = 0usize;
    let count = |word: &[u8], fr: &mut usize, en: &mut usize, words: &mut usize| {
        if word.is_empty() {
            return;
        }
        *words += 1;
        match word {
            b"au" | b"aux" | b"avec" | b"ces" | b"cette" | b"dans" | b"des" | b"du" | b"elle" | b"est" | b"et"
            | b"il" | b"ils" | b"la" | b"le" | b"les" | b"leur" | b"mais" | b"ne" | b"nous" | b"ont" | b"par"
            | b"pas" | b"pour" | b"qui" | b"que" | b"sont" | b"sur" | b"une" => *fr += 1,
            _ if word == "été".as_bytes() || word == "à".as_bytes() => *fr += 1,
            b"and" | b"are" | b"be" | b"been" | b"by" | b"for" | b"from" | b"has" | b"have" | b"is" | b"it"
            | b"its" | b"not" | b"of" | b"that" | b"the" | b"their" | b"they" | b"this" | b"to" | b"was" | b"were"
            | b"which" | b"will" | b"with" | b"would" => *en += 1,
            _ => {}
        }
    };
    for c in sample.chars() {
        if c.is_ascii() {
            // Most characters: no Unicode table.
            if c.is_ascii_alphabetic() {
                latin += 1;
                if len < 8 {
                    word[len] = c.to_ascii_lowercase() as u8;
                    len += 1;
                }
            } else {
                count(&word[..len.min(word.len())], &mut fr, &mut en, &mut words);
                len = 0;
            }
        } else if c.is_alphabetic() {
            if (c as u32) < 0x250 {
                latin += 1;
            } else {
                other += 1;
            }
            if len < 8 {
                for l in c.to_lowercase() {
                    let mut buf = [0u8; 4];
                    for &b in l.encode_utf8(&mut buf).as_bytes() {
                        if len < word.len() {
                            word[len] = b;
                        }
                        len += 1;
                    }
                }
            }
        } else {
            count(&word[..len.min(word.len())], &mut fr, &mut en, &mut words);
            len = 0;
        }
    }
    count(&word[..len.min(word.len())], &mut fr, &mut en, &mut words);
    if other * 20 > latin {
        return None;
    }
    let decides =
        |a: usize, b: usize| a >= FUNCTION_MIN && a >= FUNCTION_RATIO * b && a * 100 >= FUNCTION_SHARE * words;
    if decides(fr, en) {
        Some(Lang::Fr)
    } else if decides(en, fr) {
        Some(Lang::En)
    } else {
        None
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

    #[test]
    fn function_words_decide_only_without_doubt() {
        let fr = "Le président a dit que les forces de la Russie sont dans le pays et qu'elles ne partiront pas avant la fin de l'année, selon une source qui a vu le texte des accords.";
        assert_eq!(by_function_words(fr), Some(Lang::Fr));
        assert_eq!(by_function_words(fr), by_trigrams(fr));
        let en = "The president said that the forces of Russia are in the country and that they will not leave before the end of the year, according to a source who has seen the text of the agreement.";
        assert_eq!(by_function_words(en), Some(Lang::En));
        assert_eq!(by_function_words(en), by_trigrams(en));
        // Too few function words, or two languages' alike: the trigrams decide.
        assert_eq!(by_function_words("Minsk, Moscou et Kiev le 3 mars"), None);
        let mixed = format!("{} {}", &fr[..90], &en[..100]);
        assert_eq!(by_function_words(&mixed), None);
        // Another script: whatlang's (which gives neither language).
        let other = format!("{fr} {}", "Президент сказал, что войска останутся в стране до конца года ".repeat(3));
        assert_eq!(by_function_words(&other), None);
        // Capitals and accents fold (`À`, `ÉTÉ`).
        assert_eq!(by_function_words(&fr.to_uppercase()), Some(Lang::Fr));
    }
}
