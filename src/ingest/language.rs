//! The language of a text.

use crate::dates::Lang;

/// Guesses French or English from function words; `None` when the text gives no clear sign.
pub fn guess_language(text: &str) -> Option<Lang> {
    const FR: [&str; 26] = [
        "le", "la", "les", "des", "du", "est", "une", "que", "qui", "dans", "pour", "pas", "sur", "avec", "de", "et",
        "au", "aux", "un", "ont", "sont", "été", "il", "elle", "selon", "mais",
    ];
    const EN: [&str; 26] = [
        "the", "and", "of", "is", "that", "with", "for", "was", "are", "this", "from", "have", "has", "which", "to",
        "it", "its", "by", "would", "said", "were", "be", "their", "will", "been", "after",
    ];
    let (mut fr, mut en) = (0usize, 0usize);
    for w in text.split(|c: char| !c.is_alphabetic()).filter(|w| (2..=5).contains(&w.len())) {
        fr += FR.iter().any(|f| f.eq_ignore_ascii_case(w)) as usize;
        en += EN.iter().any(|f| f.eq_ignore_ascii_case(w)) as usize;
    }
    if fr + en < 5 {
        None
    } else if fr > 2 * en {
        Some(Lang::Fr)
    } else if en > 2 * fr {
        Some(Lang::En)
    } else {
        None
    }
}
