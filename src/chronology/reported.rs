//! Whether a dated sentence of an article's body is a reported sentence, or a line of the
//! page around the article that reached the body: a publication or update stamp, a bare date,
//! a comment header, the signature of an embedded post, a bibliography entry, a caption's
//! credit, a copyright line. A date on such a line dates the page, a picture or a comment, not
//! something the article reports, and becomes no event.
//!
//! Each cue is a shape, in French and English, never a site's wording; each was kept only
//! where it cut more mentions from outside the article text than from inside it on the fit
//! lists of the ingestion corpus (benches/ingest_corpus, round 31). One cue is enough.

use super::runs::char_runs;

/// French and English function words: running text has them, labels, stamps and lists of
/// names have few.
const FUNCTION_WORDS: &[&str] = &[
    "a", "about", "after", "an", "and", "are", "as", "at", "au", "aux", "avec", "be", "been", "but", "by", "ce", "ces",
    "cette", "dans", "de", "des", "du", "elle", "en", "est", "et", "for", "from", "had", "has", "have", "he", "il",
    "ils", "in", "is", "it", "its", "l", "la", "le", "les", "leur", "mais", "ne", "not", "of", "on", "ont", "or", "ou",
    "par", "pas", "plus", "pour", "qu", "que", "qui", "sa", "se", "she", "son", "sont", "sur", "that", "the", "their",
    "they", "this", "to", "un", "une", "was", "were", "which", "who", "will", "with", "would", "y", "à", "été",
];

/// How a publication or update stamp opens (`Publié le`, `Updated on`, `(Published …)`),
/// folded to lower case.
const STAMP_CUES: &[&str] = &[
    "published",
    "first published",
    "originally published",
    "updated",
    "last updated",
    "last modified",
    "posted",
    "publié",
    "publiée",
    "mis à jour",
    "mise à jour",
    "modifié",
    "modifiée",
    "mis en ligne",
    "paru",
    "dernière mise à jour",
    "dernière modification",
    "actualisé",
    "actualisée",
    "last update",
    "rédigé",
    "rédigée",
];

/// What a picture's credit or a copyright line writes, lower case: a sentence of a block that
/// holds one is a caption's or the page's, not the article's.
const CREDIT_CUES: &[&str] = &[
    "getty images",
    "ap photo",
    "afp via",
    "via reuters",
    "file pic",
    "file photo",
    "crédit photo",
    "photo d'illustration",
    "photo d’illustration",
    "©",
    "all rights reserved",
    "tous droits réservés",
];

/// How a caption or an editor's note opens its line (`In this photo issued by ITV, …`, `FILE -
/// Mike and Jane Roberts …`, `(*) Source : sondage …`), lower case.
const NOTE_OPENERS: &[&str] = &[
    "in this photo",
    "in this file photo",
    "in this image",
    "in this undated",
    "in this handout",
    "this photo provided",
    "this image provided",
    "this photo released",
    "this image released",
    "this undated photo",
    "sur cette photo",
    "sur cette image",
    "file -",
    "file –",
    "file photo",
    "photo :",
    "photo:",
    "editor's note",
    "editor’s note",
    "note de la rédaction",
    "source :",
    "source:",
    "sources :",
];

/// How a note that the article was published first elsewhere opens (`Cet article a été publié
/// le 6 mars 2023 sur le site de The Conversation`, `A version of this article appeared in
/// print on March 8, 2023`), lower case: its day is the article's own, not one it reports. The
/// same words open an article of a law or another story reported on (`Cet article a été
/// adopté le 12 mars`, `A version of this bill passed the House`, `This story was first broken
/// by the Post`): a note says it was published within its next few words
/// ([`PUBLICATION_WORDS`]).
const PUBLICATION_NOTE_OPENERS: &[&str] = &[
    "cet article",
    "article",
    "une version de cet article",
    "this article",
    "this story",
    "a version of this article",
    "a version of this story",
];

/// What a note of a first publication says of the article within three words of its opener
/// (`a été initialement publié`, `was originally published`, `first appeared`), lower case.
const PUBLICATION_WORDS: &[&str] = &[
    "publié",
    "publiée",
    "paru",
    "parue",
    "initialement",
    "d'abord",
    "d’abord",
    "published",
    "appeared",
    "originally",
    // An update is the article's day too (`This story was updated on August 25.`); not
    // `modifié`, which a law's article is as well.
    "updated",
    "actualisé",
    "actualisée",
];

/// How a line pointing to another story of the site opens (`À lire aussi : Grève du 7 mars…`,
/// `READ MORE: Strike on March 7…`), lower case: the line is that story's headline, and its
/// dates are that story's.
const POINTER_LABELS: &[&str] = &[
    "à lire aussi",
    "a lire aussi",
    "lire aussi",
    "à lire également",
    "lire également",
    "à voir aussi",
    "voir aussi",
    "à voir également",
    "read more",
    "read also",
    "also read",
    "see also",
    "related",
];

/// The [`POINTER_LABELS`] that running text writes as well, before a name, a dash or a
/// quotation: a pointer's only before `:`, `|` or `>`.
const BARE_LABELS: &[&str] = &["related", "see also", "voir aussi"];

/// The longest line, in bytes, whose every sentence is read as the pointer's
/// ([`points_elsewhere`]): a headline with a rubric or two (`Lire aussi. TÉMOIGNAGES. « C'est
/// le chaos » : …`). A longer line is a pointer glued to a paragraph of the article, whose
/// sentences after the first are the article's.
const POINTER_LINE_MAX: usize = 300;

/// A full address, with its scheme: what a reference or a link line writes, not running
/// text, which names a site without it (`sur le site www.…`, which counts only where the
/// date closes the line).
const ADDRESS_CUES: &[&str] = &["http://", "https://"];

/// When a reference was read, just before that date (`Accessed 11 Apr. 2025`, `retrieved 3
/// January 2024`, `consulté le 4 mai 2023`), lower case.
const READ_ON_CUES: &[&str] = &["accessed", "retrieved", "consulté le", "consulté"];

/// Whether the sentence `bounds` of `block`, which writes the dates `dates` (byte ranges in
/// `block`, in order; those outside the sentence are ignored), is a line of the page rather
/// than a sentence the article reports.
pub(crate) fn is_furniture(
    block: &str,
    bounds: (usize, usize),
    dates: &[(usize, usize)],
    lines: &mut CreditLines,
) -> bool {
    let (s, e) = bounds;
    let Some(raw) = block.get(s..e) else { return false };
    let lead = raw.len() - crate::text::trim_start(raw).len();
    let sentence = crate::text::trim(raw);
    if sentence.is_empty() {
        return false;
    }
    let (s, e) = (s + lead, s + lead + sentence.len());
    // The sentence's own dates, in room kept from one sentence to the next.
    let mut own = std::mem::take(&mut lines.own);
    own.clear();
    own.extend(
        dates
            .iter()
            .copied()
            .filter(|&(a, b)| a >= s && b <= e && a <= b && block.is_char_boundary(a) && block.is_char_boundary(b)),
    );
    let verdict = judge(block, sentence, (s, e), &own, lines);
    lines.own = own;
    verdict
}

/// What [`judge`] counts of a sentence's words: those outside its dating words (what it
/// says besides the date), and those after its last date (a word the date ends inside counts
/// from there).
#[derive(Clone, Copy)]
struct WordCounts {
    words: usize,
    function: usize,
    long: usize,
    capitals: usize,
    tail_words: usize,
    tail_function: usize,
}

impl WordCounts {
    /// The counts of `sentence`, a slice of `block`, whose own dates are `own` and whose last
    /// date ends at `last_end`: both sets in one pass, a word's function looked up once where
    /// it is whole in both.
    fn of(block: &str, sentence: &str, own: &[(usize, usize)], last_end: usize) -> WordCounts {
        let mut c = WordCounts { words: 0, function: 0, long: 0, capitals: 0, tail_words: 0, tail_function: 0 };
        for w in char_runs(sentence, char::is_alphabetic) {
            let start = w.as_ptr() as usize - block.as_ptr() as usize;
            let end = start + w.len();
            let mut is_function = None;
            if end > last_end {
                c.tail_words += 1;
                let f = match start >= last_end {
                    true => *is_function.insert(is_function_word(w)),
                    false => is_function_word(&block[last_end..end]),
                };
                c.tail_function += usize::from(f);
            }
            if own.iter().any(|&(a, b)| start >= a && start < b) {
                continue;
            }
            c.words += 1;
            if is_function.unwrap_or_else(|| is_function_word(w)) {
                c.function += 1;
            } else if w.len() >= 4 && (w.is_ascii() || w.chars().nth(3).is_some()) {
                c.long += 1;
                c.capitals += usize::from(w.chars().next().is_some_and(char::is_uppercase));
            }
        }
        c
    }
}

/// [`is_furniture`] for the trimmed `sentence`, at `s..e` of `block`, and its own dates.
fn judge(block: &str, sentence: &str, (s, e): (usize, usize), own: &[(usize, usize)], lines: &mut CreditLines) -> bool {
    let Some(&(first, _)) = own.first() else { return false };
    let last_end = own.last().map_or(e, |&(_, b)| b);
    // Ended as a sentence is; a colon ends one (a lead-in) unless it closes a name or two
    // (`December 30, 2014 zackw:`, a comment's header).
    let marked = sentence.ends_with(['.', '!', '?', '…', '»', '"', '”', '’', '\'', ')', ']', ';']);
    // The words are counted at most once, and only when a cue asks: most dated sentences have
    // an end mark, and then only the rarer cues below need their words.
    let counted = std::cell::OnceCell::new();
    let counts = || *counted.get_or_init(|| WordCounts::of(block, sentence, own, last_end));
    let ended = marked || (sentence.ends_with(':') && counts().words > 2);
    // Led by its date: the date is the line's first words (`7:00 a.m. Why …`, `27 décembre`).
    let led = from_alphanumeric(&block[s..first]).is_empty();
    // A stamp: a publication or update cue opening the sentence, its date just after it.
    let opening = from_alphanumeric(sentence);
    let opening_at = s + (sentence.len() - opening.len());
    // What follows the last date: a stamp's is a name, a separator or nothing (`à 17h23,
    // Justin Schroeder, 6Medias`, `: vérification des informations`), not a sentence's rest
    // (`Mis en ligne à la mi-mars, le site des éditions … offre une vitrine`).
    let tail = &block[last_end..e];
    // After the last date, at most two words: the date closes the line.
    let closes = || counts().tail_words <= 2;
    // A label and its value (`Dates : du 1er au 5 novembre`) is a fact sheet's line, not one.
    // The last colon found as a byte (it is ASCII): `rsplit_once(':')` set up a character
    // searcher for each dated sentence.
    let labelled = !led && {
        let head = &block[s..first];
        memchr::memrchr(b':', head.as_bytes()).is_some_and(|c| head[c + 1..].split_whitespace().count() <= 1)
    };
    // A timeline's entry: its date, a separator, then what happened (`1er mars 2022 : l'armée
    // russe entre à Kherson`, `March 3 – Talks resume`), however short or Title-Case.
    let first_end = own.first().map_or(first, |&(_, b)| b);
    let entry = led && block[first_end..e].trim_start().starts_with([':', '–', '—', '-', ',']);
    // A line: no sentence's end, and little besides its date, few function words, a date that
    // closes it (a teaser's headline, a comment's header, a caption), or a date opening a
    // Title-Case headline (a teaser's stamp).
    let line = !ended && !labelled && !entry && {
        let c = counts();
        let density = if c.words == 0 { 0.0 } else { c.function as f64 / c.words as f64 };
        let title_case = c.long > 0 && c.capitals * 5 >= c.long * 3;
        c.words <= 4 || density < 0.2 || c.tail_words <= 2 || (led && (density < 0.25 || title_case))
    };
    let stamp = may_open_with(opening, STAMP_FIRSTS)
        && STAMP_CUES.iter().any(|c| {
            opening_of(opening, c).is_some_and(|n| {
                block.get(opening_at + n..first).is_some_and(|gap| gap.split_whitespace().count() <= 2)
            })
        })
        && (closes() || tail.trim_start().starts_with([':', '|', '•', '/', ')', ']']) || opens_stamp(tail) || {
            let c = counts();
            c.tail_function * 5 < c.tail_words
        });
    // Both cues are found at the sentence's dots, in one pass over them.
    let (twitter, www) = dotted_cues(sentence);
    // An embedded post's signature (`— Name (@handle) October 12, 2023`).
    let signature = (has_handle(sentence) || twitter) && closes();
    // A bibliography entry: a quoted title, then an outlet in capitals, then the date that
    // closes it (`« Title », Outlet, 4 juillet 2022.`).
    let bibliography = quoted_title_then_outlet(&block[s..first]) && closes();
    // A reference: the day it was read, or an address.
    let read_on = own.iter().any(|&(a, _)| {
        let before = block[s..a].trim_end();
        // A cue it ends with ends with what its last character lowers to: most dates are told
        // apart by that one character, with no cue's characters counted back.
        let last = before.chars().next_back();
        READ_ON_CUES
            .iter()
            .any(|c| last.is_some_and(|l| lowers_to(l, c.chars().next_back())) && folded_ends_with(before, c))
    });
    let citation = read_on || has_address(sentence) || (www && closes());
    let copyright = may_open_with(opening, COPYRIGHT_FIRSTS) && opening_of(opening, "copyright").is_some();
    // A programme's entry (`11h30 à 13h : le jeu vidéo responsable de tous les maux ?`) dates
    // a session, whatever it asks: its dates lead, a separator follows the last of them.
    let slot = led && tail.trim_start().starts_with([':', '–', '—', '-']);
    let question = !entry && !slot && asks(sentence);
    if line || stamp || signature || bibliography || citation || copyright || question {
        return true;
    }
    // A caption's credit is judged on the block's line that holds the sentence: a caption
    // may stand just above a paragraph in one block. Read last: the line is searched whole.
    let (line_start, line_end) = lines.line_of(block, (s, e));
    let text_line = &block[line_start..line_end];
    let line_opening = from_alphanumeric(text_line);
    lines.credit(line_start, text_line)
        || points_elsewhere(line_opening, text_line.len() <= POINTER_LINE_MAX || s <= line_end - line_opening.len())
        || ends_with_credit(text_line)
        || ends_with_unmarked_credit(text_line)
        || (may_open_with(line_opening, NOTE_FIRSTS)
            && NOTE_OPENERS.iter().any(|o| opening_of(line_opening, o).is_some()))
        // Judged on the sentence alone: a note's paragraph may go on with the article's own
        // sentences, whose days it reports.
        || notes_first_publication(opening)
}

/// Whether a sentence that opens with `opening` (from its first letter or digit) notes that
/// the article was published first elsewhere ([`PUBLICATION_NOTE_OPENERS`]): a publication
/// word follows the opener within three words. A law's publication is the law's day, one the
/// article reports (`Article publié au Journal officiel le 13 mars 2024, le décret …`).
fn notes_first_publication(opening: &str) -> bool {
    if !may_open_with(opening, PUBLICATION_FIRSTS) {
        return false;
    }
    PUBLICATION_NOTE_OPENERS.iter().any(|o| {
        opening_of(opening, o).is_some_and(|n| {
            let rest = &opening[n..];
            // The opener is a word of its own (`article`, not `articles`).
            rest.starts_with(char::is_whitespace)
                && rest.split_whitespace().take(3).any(|w| {
                    let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
                    PUBLICATION_WORDS.iter().any(|p| opening_of(w, p) == Some(w.len()))
                })
        })
    }) && !folded_contains(opening, "journal officiel")
}

/// Whether what follows a stamp's date is a second stamp after a comma (`Rédigé le 29/10/2019
/// , mis à jour`, `Published March 3, updated March 4`): the page's two days, where a
/// sentence would go on in its own words (`Mis en ligne à la mi-mars, le site … offre`).
fn opens_stamp(tail: &str) -> bool {
    let t = tail.trim_start().strip_prefix(',').map_or("", str::trim_start);
    may_open_with(t, STAMP_FIRSTS) && STAMP_CUES.iter().any(|c| opening_of(t, c).is_some())
}

/// Whether a line that opens with `opening` (from its first letter or digit) points to
/// another story ([`POINTER_LABELS`]), for a sentence of it that is the pointer's (`whole`:
/// the line is short, or the sentence opens it). The label is one: a separator, a capital
/// or a link follows it (`Lire aussi | Le 1er février…`, `À LIRE AUSSI Massacre du 7
/// octobre…`, `À LIRE AUSSI [Massacre du 7 octobre…](…)` from a saved page); a
/// word in lower case goes on a sentence (`Read more about ad blocking here.`, `Related to
/// the strike, …`).
fn points_elsewhere(opening: &str, whole: bool) -> bool {
    // Every dated line not told before is asked: one byte rules out most, those opening with
    // an ASCII byte other than a label's (`l`, `a`, `r`, `s`, `v`).
    if !whole || !may_open_with(opening, POINTER_FIRSTS) {
        return false;
    }
    POINTER_LABELS.iter().any(|l| {
        opening_of(opening, l).is_some_and(|n| {
            let rest = &opening[n..];
            let after = rest.trim_start();
            if BARE_LABELS.contains(l) {
                // Words of running text too (`Related Companies, the developer…`, `Related —
                // and just as costly — was…`, `Voir aussi « Le Monde », qui a publié…`): a
                // label only before a separator a menu writes, or alone on its line.
                return after.is_empty() || after.starts_with([':', '|', '>']);
            }
            after.starts_with([':', '|', '.', '–', '—', '-', '»', '>', '«', '"', '“', '['])
                || (after.len() < rest.len() && after.chars().next().is_some_and(char::is_uppercase))
        })
    })
}

/// `text` from its first letter or digit (`text.trim_start_matches(|c| !c.is_alphanumeric())`),
/// itself at once when it opens with an ASCII one: most sentences and lines do, and each is
/// asked three times.
#[inline]
fn from_alphanumeric(text: &str) -> &str {
    match text.as_bytes().first() {
        Some(b) if b.is_ascii_alphanumeric() => text,
        _ => text.trim_start_matches(|c: char| !c.is_alphanumeric()),
    }
}

/// The first bytes of a list of cues, lowered, as bits of a mask ([`may_open_with`]); every
/// bit when a cue opens with a byte that is not ASCII, which the test cannot rule out.
const fn first_bytes(cues: &[&str]) -> u128 {
    let mut mask = 0u128;
    let mut i = 0;
    while i < cues.len() {
        match cues[i].as_bytes().first() {
            Some(&b) if b.is_ascii() => mask |= 1 << b.to_ascii_lowercase(),
            _ => return u128::MAX,
        }
        i += 1;
    }
    mask
}

/// [`first_bytes`] of [`STAMP_CUES`].
const STAMP_FIRSTS: u128 = first_bytes(STAMP_CUES);
/// [`first_bytes`] of [`NOTE_OPENERS`].
const NOTE_FIRSTS: u128 = first_bytes(NOTE_OPENERS);
/// [`first_bytes`] of [`PUBLICATION_NOTE_OPENERS`].
const PUBLICATION_FIRSTS: u128 = first_bytes(PUBLICATION_NOTE_OPENERS);
/// The first bytes of [`POINTER_LABELS`] that are ASCII ([`first_bytes`] gives every bit for a
/// list holding `à lire aussi`): a line opening with a byte that is not ASCII is asked
/// anyway ([`may_open_with`]).
const POINTER_FIRSTS: u128 = first_bytes(&["l", "a", "v", "r", "s"]);
/// [`first_bytes`] of the copyright cue.
const COPYRIGHT_FIRSTS: u128 = first_bytes(&["copyright"]);

/// Whether `text` may open with one of the cues whose [`first_bytes`] are `firsts`: false
/// only when its first byte is ASCII and lowers to none of theirs, as [`opening_of`] tells
/// each cue apart. Every dated sentence is asked of some thirty cues, and most open with
/// none of their letters: one test for them all.
#[inline(always)]
fn may_open_with(text: &str, firsts: u128) -> bool {
    match text.as_bytes().first() {
        Some(&t) if t.is_ascii() => firsts >> t.to_ascii_lowercase() & 1 == 1,
        _ => true,
    }
}

/// Whether `sentence` writes `pic.twitter.com`, and whether it writes `www.`, ASCII case
/// aside ([`folded_contains`] of each): both are looked for at the sentence's dots (each
/// cue's dot is its fourth byte), found once for the two.
fn dotted_cues(sentence: &str) -> (bool, bool) {
    const TWITTER: &[u8] = b"pic.twitter.com";
    const WWW: &[u8] = b"www.";
    let t = sentence.as_bytes();
    let (mut twitter, mut www) = (false, false);
    for i in memchr::memchr_iter(b'.', t) {
        let Some(at) = i.checked_sub(3) else { continue };
        twitter = twitter || t.get(at..at + TWITTER.len()).is_some_and(|w| w.eq_ignore_ascii_case(TWITTER));
        www = www || t.get(at..at + WWW.len()).is_some_and(|w| w.eq_ignore_ascii_case(WWW));
        if twitter && www {
            break;
        }
    }
    (twitter, www)
}

/// Whether `sentence` is a question the page itself asks (`What is X's net worth in 2023?`,
/// `Où en est-on aujourd'hui ?`): a teaser's or a FAQ's heading, an interview's question, a
/// headline; it asks, it reports nothing, and its date is not when something happened. A
/// question someone is quoted asking stays: it is reported (`Fans asked « PES or FIFA ? »`).
fn asks(sentence: &str) -> bool {
    crate::text::trim_end(sentence).ends_with('?') && !sentence.contains(['«', '»', '“', '”', '"'])
}

/// Whether `w` is one of [`FUNCTION_WORDS`], in any case. This runs on every word of every
/// dated sentence: a word is looked up as an integer, its bytes lowered in place, and only a
/// short word that is not ASCII is lowered into a new string.
fn is_function_word(w: &str) -> bool {
    // The longest function word is five bytes, and no longer word lowers to one: only ASCII
    // letters, `À` and `É` lower to their letters, each to as many bytes as it has.
    if w.is_empty() || w.len() > 5 {
        return false;
    }
    let key = if w.is_ascii() {
        let mut buf = [0u8; 5];
        let low = &mut buf[..w.len()];
        low.copy_from_slice(w.as_bytes());
        low.make_ascii_lowercase();
        function_key(low)
    } else {
        function_key(w.to_lowercase().as_bytes())
    };
    key.is_some_and(|k| FUNCTION_KEYS.contains(k))
}

/// [`FUNCTION_WORDS`] by [`function_key`], in an open-addressed table: one probe or two per
/// word, where a binary search of the words was most of this test's cost.
static FUNCTION_KEYS: std::sync::LazyLock<KeyTable> =
    std::sync::LazyLock::new(|| KeyTable::new(FUNCTION_WORDS.iter().filter_map(|f| function_key(f.as_bytes()))));

/// A set of non-zero integer keys: slots found by a multiplicative hash, probed in turn, 0
/// for an empty slot.
struct KeyTable {
    slots: Box<[u64; KeyTable::SLOTS]>,
}

impl KeyTable {
    /// Four times as many slots as [`FUNCTION_WORDS`]: most probes end at the first.
    const SLOTS: usize = 512;

    fn new(keys: impl Iterator<Item = u64>) -> Self {
        let mut slots = Box::new([0u64; Self::SLOTS]);
        for k in keys.filter(|&k| k != 0) {
            let mut at = Self::slot(k);
            while slots[at] != 0 && slots[at] != k {
                at = (at + 1) % Self::SLOTS;
            }
            slots[at] = k;
        }
        KeyTable { slots }
    }

    fn slot(k: u64) -> usize {
        // The top nine bits of a Fibonacci hash: the table's 512 slots.
        (k.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 55) as usize
    }

    fn contains(&self, k: u64) -> bool {
        let mut at = Self::slot(k);
        loop {
            match self.slots[at] {
                0 => return false,
                s if s == k => return true,
                _ => at = (at + 1) % Self::SLOTS,
            }
        }
    }
}

/// A word of up to five bytes as one integer, its bytes in order and zeros after them: a word
/// holds no zero byte, so two words have one key only if they are one word.
fn function_key(w: &[u8]) -> Option<u64> {
    let mut k = [0u8; 8];
    k.get_mut(..w.len())?.copy_from_slice(w);
    (w.len() <= 5).then(|| u64::from_le_bytes(k))
}

/// What [`credit_cue`] said of the last line read in one block, by the line's start: the
/// dated sentences of a paragraph are judged one after the other, and each asks of its line.
/// A new block needs [`CreditLines::new_block`].
#[derive(Default)]
pub(crate) struct CreditLines {
    last: Option<(usize, bool)>,
    /// Whether the block has a line break, once asked: most are one line, and then each of
    /// their dated sentences is on the whole block's line, with no search back from it.
    broken: Option<bool>,
    /// Room for a sentence's own dates, kept from one sentence to the next.
    own: Vec<(usize, usize)>,
    /// Room for a line lowered for [`credit_cue`], kept from one line to the next.
    lowered: Vec<u8>,
}

impl CreditLines {
    /// Forgets the last block's line, for the sentences of another block.
    pub(crate) fn new_block(&mut self) {
        self.last = None;
        self.broken = None;
    }

    /// The bounds of the line of `block` that holds the sentence `s..e`: from after the last
    /// line break before it to the first one after it.
    fn line_of(&mut self, block: &str, (s, e): (usize, usize)) -> (usize, usize) {
        if !*self.broken.get_or_insert_with(|| memchr::memchr(b'\n', block.as_bytes()).is_some()) {
            return (0, block.len());
        }
        let start = memchr::memrchr(b'\n', &block.as_bytes()[..s]).map_or(0, |i| i + 1);
        let end = memchr::memchr(b'\n', &block.as_bytes()[e..]).map_or(block.len(), |i| e + i);
        (start, end)
    }

    fn credit(&mut self, start: usize, line: &str) -> bool {
        match self.last {
            Some((at, credit)) if at == start => credit,
            _ => {
                let credit = credit_cue(line, &mut self.lowered);
                self.last = Some((start, credit));
                credit
            }
        }
    }
}

/// Whether `line` writes one of [`CREDIT_CUES`], in any case. Every line that gives a date is
/// read: one pass of a searcher over the cues' ASCII parts rules out nearly all of them.
/// `lowered` is room for the line with its ASCII lowered.
fn credit_cue(line: &str, lowered: &mut Vec<u8>) -> bool {
    probes_match(line, lowered) && CREDIT_CUES.iter().any(|c| folded_contains(line, c))
}

/// [`CREDIT_CUES`]' probes: each cue's longest ASCII part, lower case, or the cue itself
/// where it has no letter (`©`).
fn credit_probes() -> impl Iterator<Item = &'static str> {
    CREDIT_CUES.iter().map(|c| if has_letter(c) { ascii_probe(c) } else { c }).filter(|p| !p.is_empty())
}

/// Whether `line` holds one of [`credit_probes`], ASCII case aside. The line is lowered
/// (ASCII only) into `lowered` and searched by a packed (SIMD) searcher for the lower-case
/// probes: the same matches as an automaton that ignores ASCII case, at twice its speed; the
/// automaton where no packed searcher can be made. A probe with no letter (`©`) has no case:
/// it is looked for in the line as it is, and kept out of the packed searcher, whose
/// fingerprints are then the four first bytes of the other probes rather than the two of the
/// shortest, so that far fewer of a line's places are checked.
fn probes_match(line: &str, lowered: &mut Vec<u8>) -> bool {
    static PACKED: std::sync::LazyLock<Option<aho_corasick::packed::Searcher>> = std::sync::LazyLock::new(|| {
        aho_corasick::packed::Config::new().builder().extend(credit_probes().filter(|p| has_letter(p))).build()
    });
    // Searchers made once: `memmem::find` made one for each line asked about.
    static PLAIN: std::sync::LazyLock<Vec<memchr::memmem::Finder<'static>>> = std::sync::LazyLock::new(|| {
        credit_probes().filter(|p| !has_letter(p)).map(|p| memchr::memmem::Finder::new(p.as_bytes())).collect()
    });
    static AUTOMATON: std::sync::LazyLock<Option<aho_corasick::AhoCorasick>> = std::sync::LazyLock::new(|| {
        aho_corasick::AhoCorasick::builder().ascii_case_insensitive(true).build(credit_probes()).ok()
    });
    match PACKED.as_ref() {
        Some(packed) => {
            if PLAIN.iter().any(|p| p.find(line.as_bytes()).is_some()) {
                return true;
            }
            lowered.clear();
            lowered.extend_from_slice(line.as_bytes());
            lowered.make_ascii_lowercase();
            packed.find(lowered.as_slice()).is_some()
        }
        None => AUTOMATON.as_ref().is_none_or(|p| p.is_match(line)),
    }
}

/// Whether `text` has a letter (a character with a case, for [`credit_probes`]).
fn has_letter(text: &str) -> bool {
    text.chars().any(char::is_alphabetic)
}

/// The longest run of ASCII characters in `cue`.
fn ascii_probe(cue: &str) -> &str {
    cue.split(|c: char| !c.is_ascii()).max_by_key(|p| p.len()).unwrap_or_default()
}

/// Whether the lower-case form of `text` contains `cue` (lower case). It runs on every line
/// that gives a date, for a dozen cues: the text is lowered into a new string only when the
/// cue's longest ASCII part is found in it, ASCII case aside.
fn folded_contains(text: &str, cue: &str) -> bool {
    // An ASCII cue (`www.`, `pic.twitter.com`, asked of every dated sentence) is its own
    // probe: neither its letters nor its parts are looked for through `char`s.
    if cue.is_ascii() {
        if !cue.bytes().any(|b| b.is_ascii_alphabetic()) {
            return text.contains(cue);
        }
        return ascii_folded_contains(text, cue) && (!cue.contains('k') || text.to_lowercase().contains(cue));
    }
    if !has_letter(cue) {
        return text.contains(cue);
    }
    let probe = ascii_probe(cue);
    if !probe.is_empty() && !ascii_folded_contains(text, probe) {
        return false;
    }
    // Lowering maps no other character to an ASCII letter but the Kelvin sign, to `k`.
    if probe.len() == cue.len() && !cue.contains('k') {
        return true;
    }
    text.to_lowercase().contains(cue)
}

/// Whether `text` contains `probe` (ASCII, lower case), ASCII case aside.
fn ascii_folded_contains(text: &str, probe: &str) -> bool {
    let (t, p) = (text.as_bytes(), probe.as_bytes());
    let Some(&first) = p.first() else { return true };
    // A probe's byte that is no letter has one case and is rarer in running text than its
    // first letter (the `.` of `www.`, `pic.twitter.com`): windows are tried where it is.
    if let Some(k) = p.iter().position(|b| b.is_ascii_punctuation()) {
        return memchr::memchr_iter(p[k], t).any(|i| {
            i.checked_sub(k).and_then(|at| t.get(at..at + p.len())).is_some_and(|w| w.eq_ignore_ascii_case(p))
        });
    }
    memchr::memchr2_iter(first, first.to_ascii_uppercase(), t)
        .any(|i| t.get(i..i + p.len()).is_some_and(|w| w.eq_ignore_ascii_case(p)))
}

/// Whether `c` lowers to `want` and to nothing else, as [`opening_of`] matches a character.
fn lowers_to(c: char, want: Option<char>) -> bool {
    match (c.is_ascii(), want) {
        (_, None) => false,
        (true, Some(w)) => c.to_ascii_lowercase() == w,
        (false, Some(w)) => c.to_lowercase().eq(std::iter::once(w)),
    }
}

/// Whether the lower-case form of `text` ends with `cue` (lower case).
fn folded_ends_with(text: &str, cue: &str) -> bool {
    // `opening_of` matches a character to one of the cue's: the cue is the last as many.
    let n = cue.chars().count().max(1);
    let Some((from, _)) = text.char_indices().rev().nth(n - 1) else { return cue.is_empty() };
    opening_of(&text[from..], cue) == Some(text.len() - from)
}

/// How many bytes of `text`'s opening write `cue` (lower case), in any case; `None` when it
/// does not open with it.
#[inline(always)]
fn opening_of(text: &str, cue: &str) -> Option<usize> {
    // Most openings are told apart by their first byte: an ASCII one lowers to its ASCII
    // lower case only, which is the cue's first character or not. Tested where it is asked
    // (every dated sentence, of thirty cues), with no call.
    if let (Some(t), Some(c)) = (text.as_bytes().first(), cue.as_bytes().first()) {
        if t.is_ascii() && c.is_ascii() && t.to_ascii_lowercase() != *c {
            return None;
        }
    }
    // And by their second: a sentence that opens with a cue's first letter (`Le`, `La`,
    // `Les` for `last updated`, `Pour` for `published`) seldom opens with its second. Where
    // the first two bytes are ASCII in both, they are the first two characters.
    if let (Some(&[t0, t1]), Some(&[c0, c1])) = (text.as_bytes().get(..2), cue.as_bytes().get(..2)) {
        if t0.is_ascii() && c0.is_ascii() && t1.is_ascii() && c1.is_ascii() && t1.to_ascii_lowercase() != c1 {
            return None;
        }
    }
    opening_chars(text, cue)
}

/// [`opening_of`] past its first byte's test: character by character.
#[inline(never)]
fn opening_chars(text: &str, cue: &str) -> Option<usize> {
    // An ASCII opening as long as an ASCII cue is compared as bytes: each of its characters
    // lowers to its ASCII lower case only, which the cue's (lower case) is or is not.
    if cue.is_ascii() {
        if let Some(head) = text.as_bytes().get(..cue.len()).filter(|h| h.is_ascii()) {
            return head.eq_ignore_ascii_case(cue.as_bytes()).then_some(cue.len());
        }
    }
    let mut chars = text.char_indices();
    let mut end = 0;
    for c in cue.chars() {
        let (i, t) = chars.next()?;
        // An ASCII character lowers to its ASCII lower case, and to nothing else: every
        // dated sentence is asked of a few dozen cues, most of them told apart here.
        let same = if t.is_ascii() { t.to_ascii_lowercase() == c } else { t.to_lowercase().eq(std::iter::once(c)) };
        if !same {
            return None;
        }
        end = i + t.len_utf8();
    }
    Some(end)
}

/// Whether `text` writes one of [`ADDRESS_CUES`], in any case: each `://` of it (few
/// sentences write one) is looked at, rather than each `h` of every dated sentence.
fn has_address(text: &str) -> bool {
    // Found from each `:`, not by a `memmem` searcher: starting a search of a sentence cost
    // more than the search (copying the searcher's state to start each was a `memcpy` call).
    // `://` cannot overlap itself, so these are the places `memmem::find_iter` gives.
    let b = text.as_bytes();
    memchr::memchr_iter(b':', b).filter(|&at| b[at..].starts_with(b"://")).any(|at| {
        ADDRESS_CUES.iter().any(|cue| {
            let scheme = cue.strip_suffix("://").unwrap_or(cue).as_bytes();
            at.checked_sub(scheme.len())
                .and_then(|from| b.get(from..at))
                .is_some_and(|s| s.eq_ignore_ascii_case(scheme))
        })
    })
}

/// Whether `text` writes a social network handle (`@name`, not an address's `x@y`).
fn has_handle(text: &str) -> bool {
    let b = text.as_bytes();
    memchr::memchr_iter(b'@', b).any(|i| {
        (i == 0 || !b[i - 1].is_ascii_alphanumeric())
            && b.get(i + 1).is_some_and(|n| n.is_ascii_alphanumeric() || *n == b'_')
    })
}

/// Whether `before` (what precedes a date) ends with a closing quote, a comma and a name in
/// capitals with its comma (`« Title », Le Monde, `): a reference, not a quote and its
/// speaker (`« … », a-t-il dit le`).
fn quoted_title_then_outlet(before: &str) -> bool {
    let Some((q, quote_len)) = last_closing_quote(before) else { return false };
    let after = &before[q + quote_len..];
    let Some(outlet) = after.trim_start().strip_prefix(',') else { return false };
    let outlet = outlet.trim();
    let Some(outlet) = outlet.strip_suffix(',') else { return false };
    let words: Vec<&str> = outlet.split_whitespace().collect();
    !words.is_empty() && words.len() <= 5 && words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// Where the last `»`, `”` or `"` of `text` starts, and its length: `str::rfind` of the three,
/// by their last bytes (asked of what precedes every dated sentence's date, which it decoded
/// a character at a time). In valid UTF-8 a byte `BB` after `C2` is `»`, and `9D` after
/// `E2 80` is `”`: each lead byte starts its character.
fn last_closing_quote(text: &str) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let mut end = b.len();
    while let Some(i) = memchr::memrchr3(b'"', 0xBB, 0x9D, &b[..end]) {
        match b[i] {
            b'"' => return Some((i, 1)),
            0xBB if i >= 1 && b[i - 1] == 0xC2 => return Some((i - 1, 2)),
            0x9D if i >= 2 && b[i - 2] == 0xE2 && b[i - 1] == 0x80 => return Some((i - 2, 3)),
            _ => end = i,
        }
    }
    None
}

/// Whether a block ends with a photographer's or agency's credit: a last parenthesis or
/// bracket of a few words that holds a slash (`(Elias Funez/The Union via AP)`, `[Kenzo
/// TRIBOUILLARD / AFP]`).
fn ends_with_credit(block: &str) -> bool {
    let t = crate::text::trim_end(block);
    let open = match t.chars().next_back() {
        Some(')') => '(',
        Some(']') => '[',
        _ => return false,
    };
    let Some(o) = t.rfind(open) else { return false };
    let inner = &t[o + 1..t.len() - 1];
    inner.contains('/') && !inner.contains("://") && inner.split_whitespace().count() <= 8
}

/// Characters of a line read for a credit with no brackets: a caption and its credit. A
/// paragraph that runs on is the article's, whatever its last words.
const UNMARKED_CREDIT_LINE_MAX: usize = 500;

/// Words of such a credit: a photographer and an outlet or two.
const UNMARKED_CREDIT_WORDS: usize = 8;

/// Words that name a picture before `by` in a credit (`Screenshot by Jane Roe/Outlet`).
const PICTURE_BY: &[&str] = &["photo", "photos", "picture", "pictures", "image", "images", "screenshot", "photograph"];

/// Labels of a credit before its colon (`Photo: Jane Roe/Outlet`, `Crédit : Jeanne Roe`).
const CREDIT_LABELS: &[&str] = &["photo", "photos", "image", "images", "credit", "credits", "crédit", "crédits"];

/// Lower-case words a credit's names may hold (`Jane Roe via Getty Images for Vogue`).
const CREDIT_LINKS: &[&str] = &["of", "de", "du", "des", "via", "for", "pour", "and", "et", "courtesy"];

/// Whether a line ends with a credit printed with no brackets, after the caption's last
/// sentence or its last word: a name and an outlet parted by a slash after a sentence's end
/// (`… press conference. Jane Roe / The Daily Globe`), a picture's word and `by` (`… game two
/// Screenshot by Jane Roe/Outlet`), or `By` opening a sentence of names (`… 2023. By Jane Roe
/// via example.org`). Only names after the cue, no end mark: a sentence saying `a photo by`
/// goes on in lower-case words.
fn ends_with_unmarked_credit(line: &str) -> bool {
    let t = crate::text::trim_end(line);
    if t.len() > UNMARKED_CREDIT_LINE_MAX || t.ends_with(['.', '!', '?', ':', ';', ',', '…', '"', '”', '»']) {
        return false;
    }
    // The credit's words, read back from the line's end while they are names, slashes,
    // links or addresses.
    let mut words = t.split_whitespace().rev();
    let (mut count, mut slash) = (0, false);
    // The credit's first word so far: the last one read back.
    let mut first = "";
    for w in words.by_ref() {
        if count > UNMARKED_CREDIT_WORDS {
            return false;
        }
        if w.eq_ignore_ascii_case("by") {
            // `Screenshot by …`, `Photo by …`, or `By …` after a sentence's end.
            let before = words.next();
            return count >= 1
                && (before.is_some_and(|p| PICTURE_BY.contains(&p.to_lowercase().as_str()))
                    || (w == "By" && before.is_some_and(sentence_end)));
        }
        if !credit_word(w) {
            // A label (`Photo: Jane Roe/Outlet`, `Crédit : …`), or a name and an outlet
            // parted by a slash after a sentence's end.
            let label = match w {
                ":" => words.next().unwrap_or_default(),
                _ => w.strip_suffix(':').unwrap_or_default(),
            };
            // Capitalised: a sentence's `the mayor's photo: …` goes on about the photo.
            let labelled =
                label.starts_with(char::is_uppercase) && CREDIT_LABELS.contains(&label.to_lowercase().as_str());
            // A picture's word opening the credit after a sentence's end, then a link or a
            // name (`… his rise. Photo via Jane Roe Academy`, `Photo courtesy Jane Roe`).
            let picture_first =
                first.starts_with(char::is_uppercase) && PICTURE_BY.contains(&first.to_lowercase().as_str());
            return count >= 1 && (labelled || (count >= 2 && sentence_end(w) && (slash || picture_first)));
        }
        slash |= w.contains('/');
        count += 1;
        first = w;
    }
    false
}

/// Whether a word may stand in a credit's names: capitalised, a slash, a link word or an
/// address, and no sentence's end or clause's mark after it.
fn credit_word(w: &str) -> bool {
    let address = w.contains('.') && w.chars().all(|c| c.is_alphanumeric() || c == '.' || c == '-');
    (w.starts_with(char::is_uppercase) || w.contains('/') || CREDIT_LINKS.contains(&w) || address)
        && !w.ends_with(['.', '!', '?', ',', ';', ':', ')'])
}

/// Whether a word closes a sentence (`conference.`, `2023.`, `said.”`).
fn sentence_end(w: &str) -> bool {
    w.trim_end_matches(['"', '”', '»', '\'', '’', ')']).ends_with(['.', '!', '?'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn from_alphanumeric_is_trimming_what_is_not() {
        for t in ["", "a", "Le 3 mai", "« Le 3 mai »", "  3 mai", "... é", "É", "—", "\u{a0}x", "x y", "½ pour", "ª"]
        {
            assert_eq!(from_alphanumeric(t), t.trim_start_matches(|c: char| !c.is_alphanumeric()), "{t:?}");
        }
    }

    /// `is_furniture` on a one-sentence block whose dates are the given words.
    fn furniture(text: &str, dates: &[&str]) -> bool {
        let spans: Vec<(usize, usize)> = dates
            .iter()
            .map(|d| {
                let a = text.find(d).expect("date in text");
                (a, a + d.len())
            })
            .collect();
        is_furniture(text, (0, text.len()), &spans, &mut CreditLines::default())
    }

    #[test]
    fn byte_tests_answer_as_the_character_tests_did() {
        let texts = [
            "",
            "Www.example.org, le 3 mai",
            "pic.twitter.com/abc March 3, 2023",
            "PIC.TWITTER.COM and WWW. too.",
            "www",
            ".www.",
            "« Titre », Le Monde, 4 juillet 2022",
            "“Title”, The Outlet, 4 July 2022",
            "\"Title\", Outlet,",
            "ǻ ǝ »x",
            "\u{212A}ELVIN Published",
            "Publié le 3 mai",
            "published",
            "PUBLISHED on",
            "Copyright 2020",
            "copy",
            "İn this photo",
            "In This Photo, a man",
            "Le 3 mai",
            "La semaine",
            "Pa",
            "Up",
            "MIS À JOUR le 3",
            "Mise en ligne",
            "p\u{212A}",
        ];
        for t in texts {
            assert_eq!(dotted_cues(t), (folded_contains(t, "pic.twitter.com"), folded_contains(t, "www.")), "{t}");
            let q = t.rfind(['»', '”', '"']).map(|q| (q, t[q..].chars().next().map_or(0, char::len_utf8)));
            assert_eq!(last_closing_quote(t), q, "{t}");
            for cue in STAMP_CUES
                .iter()
                .chain(NOTE_OPENERS)
                .chain(PUBLICATION_NOTE_OPENERS)
                .chain(PUBLICATION_WORDS)
                .chain(READ_ON_CUES)
                .chain(&["copyright"])
            {
                let by_chars = {
                    let mut chars = t.char_indices();
                    let mut end = Some(0);
                    for c in cue.chars() {
                        match chars.next() {
                            Some((i, x)) if x.to_lowercase().eq(std::iter::once(c)) => end = Some(i + x.len_utf8()),
                            _ => {
                                end = None;
                                break;
                            }
                        }
                    }
                    end
                };
                assert_eq!(opening_chars(t, cue), by_chars, "{t} {cue}");
                assert_eq!(opening_of(t, cue), by_chars, "{t} {cue}");
                assert!(may_open_with(t, first_bytes(&[cue])) || by_chars.is_none(), "{t} {cue}");
            }
        }
    }

    #[test]
    fn folded_search_reads_as_lowering_does() {
        assert!(FUNCTION_WORDS.windows(2).all(|w| w[0] < w[1]), "sorted, for binary search");
        assert!(FUNCTION_WORDS.iter().all(|w| is_function_word(w)));
        for w in ["The", "THE", "été", "Été", "à", "À", "qu", "with"] {
            assert!(is_function_word(w), "{w}");
        }
        for w in ["", "Theory", "étés", "Ébène", "withheld"] {
            assert!(!is_function_word(w), "{w}");
        }
        assert!(folded_contains("Photo : GETTY IMAGES", "getty images"));
        assert!(folded_contains("© CRÉDIT PHOTO AFP", "crédit photo"));
        assert!(folded_contains("Tous Droits Réservés ©", "©"));
        assert!(folded_contains("Tous Droits Réservés", "tous droits réservés"));
        assert!(folded_contains("see HTTPS://example.org", "https://"));
        // An address is found as every cue's folded search finds it.
        assert!(ADDRESS_CUES.iter().all(|c| c.ends_with("://")));
        for t in
            ["see HTTPS://example.org", "http://a", "Http://", "://x", "ftp://x", "ttp://", "é://", "a https:/ b", ""]
        {
            assert_eq!(has_address(t), ADDRESS_CUES.iter().any(|c| folded_contains(t, c)), "{t:?}");
        }
        assert!(!folded_contains("Getty Image", "getty images"));
        assert!(!folded_contains("Crédit: photo", "crédit photo"));
        assert!(credit_cue("Photo : GETTY IMAGES", &mut Vec::new()));
        assert!(credit_cue("© 2024", &mut Vec::new()));
        assert!(credit_cue("TOUS DROITS RÉSERVÉS", &mut Vec::new()));
        assert!(!credit_cue("Le sommet s'est ouvert lundi.", &mut Vec::new()));
        // The packed search of the lowered line finds what an automaton ignoring ASCII case does.
        let automaton =
            aho_corasick::AhoCorasick::builder().ascii_case_insensitive(true).build(credit_probes()).expect("probes");
        for line in [
            "Photo : GETTY IMAGES",
            "(AP PHOTO/Jane Doe)",
            "AFP Via Getty",
            "via REUTERS",
            "FiLe PiC",
            "Crédit PHOTO : X",
            "Photo D’illustration",
            "© 2024",
            "All Rights Reserved",
            "TOUS DROITS RÉSERVÉS",
            "photograph of an apartment",
            "Le sommet s'est ouvert lundi.",
            "",
        ] {
            assert_eq!(probes_match(line, &mut Vec::new()), automaton.is_match(line), "{line:?}");
        }
        assert!(folded_ends_with("Le site, Consulté le", "consulté le"));
        assert!(folded_ends_with("ACCESSED", "accessed"));
        assert!(!folded_ends_with("ssed", "accessed"));
        assert!(!folded_ends_with("accessed it", "accessed"));
    }

    /// [`is_function_word`] gives up on words over five bytes: no character lowers to the
    /// letters of the function words in fewer bytes than it has.
    #[test]
    fn no_character_lowers_to_function_letters_in_fewer_bytes() {
        let letters: Vec<char> = FUNCTION_WORDS.iter().flat_map(|w| w.chars()).collect();
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let low = c.to_lowercase().to_string();
            if low.chars().all(|l| letters.contains(&l)) {
                assert!(low.len() >= c.len_utf8(), "{c:?}");
            }
        }
    }

    #[test]
    fn stamps_and_bare_dates_are_lines() {
        assert!(furniture("Publié le 13 juin 2023 à 17h23", &["13 juin 2023", "17h23"]));
        assert!(furniture("(Published Monday, Nov. 18, 2019)", &["Monday, Nov. 18, 2019"]));
        assert!(furniture("Updated on September 19 at 3:15 p.m.", &["September 19", "3:15 p.m."]));
        assert!(furniture("Mercredi 6 décembre 2023", &["Mercredi 6 décembre 2023"]));
        assert!(furniture("December 30, 2014 zackw:", &["December 30, 2014"]));
        assert!(furniture("7:00 a.m. Why a Clinton Win Would Be a Boon to the GOP", &["7:00 a.m."]));
        // A teaser's headline, whose date closes it.
        assert!(furniture("Comment la mort de Thomas a mobilisé l'ultradroite ce week-end", &["ce week-end"]));
        assert!(furniture("Répondre Signaler un abus chatnoir09 Le 07/02/2008 à 14:04", &["07/02/2008", "14:04"]));
    }

    #[test]
    fn signatures_references_and_credits_are_not_reports() {
        assert!(furniture("— Jane Doe (@janedoe) October 12, 2023", &["October 12, 2023"]));
        assert!(furniture("« La fin d'un monde », Le Monde, 4 juillet 2022.", &["4 juillet 2022"]));
        assert!(furniture(
            "“M&A Opportunities.” FP Transitions, https://example.org/ma. Accessed 11 Apr. 2025.",
            &["11 Apr. 2025"]
        ));
        assert!(furniture(
            "A shopper looks at extension cords, Tuesday, Nov. 19, 2019. (Elias Funez/The Union via AP)",
            &["Tuesday, Nov. 19, 2019"]
        ));
        assert!(furniture("Copyright 2023 Nexstar Media Inc.", &["2023"]));
        assert!(furniture(
            "In this photo issued by ITV, Boris Johnson reacts during the debate in Salford, Tuesday, Nov. 19, 2019.",
            &["Tuesday, Nov. 19, 2019"]
        ));
        assert!(furniture("(*) Source : sondage Circana, septembre 2023.", &["septembre 2023"]));
        assert!(furniture(
            "This photo provided by the fire department shows the plant in Goseong, Wednesday, Nov. 8, 2023.",
            &["Wednesday, Nov. 8, 2023"]
        ));
        assert!(furniture("Sur cette photo prise le 12 juillet 2023, des manifestants à Paris.", &["12 juillet 2023"]));
    }

    #[test]
    fn a_caption_closed_by_a_credit_with_no_brackets_is_no_report() {
        for (t, d) in [
            ("The mayor speaks at Wednesday's press conference. Jane Roe / The Daily Globe", "Wednesday"),
            ("The 2023 finals, the pick and ban phase for game two Screenshot by Jane Roe/Games Desk", "2023"),
            ("Rescuers search the rubble on February 1, 2023. By Jane Roe via example.org", "February 1, 2023"),
            ("Le maire à la tribune, lundi 3 mars 2025. Jeanne Roe / Le Courrier du Nord", "lundi 3 mars 2025"),
            ("Aang in the 2024 series Photo: Jane Roe/Studio", "2024"),
            ("Le maire à la tribune en 2024 Crédit : Jeanne Roe", "2024"),
            ("A player, winner of the award in 2017. An illness stopped his rise. Photo via Jane Roe Academy", "2017"),
            ("The team at the 2019 final. Photo courtesy Jane Roe", "2019"),
        ] {
            assert!(furniture(t, &[d]), "{t}");
        }
        for t in [
            // A sentence that names a photographer goes on in words; a slash in a sentence; an
            // end mark; a paragraph's last words capitalised but with no slash.
            "The exhibition opened on Monday with a photo by Jane Roe of the harbour",
            "The band played AC/DC songs on Friday at the Town Hall",
            "The mayor spoke on Wednesday. Jane Roe / The Daily Globe.",
            "The mayor spoke on Wednesday. Then Came The Storm",
            "Le groupe a joué lundi. Par Jeanne Roe et Paul Doe",
            "The mayor's photo: Jane Roe",
            // A picture's word that does not open the credit, or in lower case: a sentence.
            "The mayor spoke on Wednesday. Then Photo Booth Came",
            "The mayor spoke on Wednesday. photo via Jane Roe",
        ] {
            assert!(!ends_with_unmarked_credit(t), "{t}");
        }
    }

    #[test]
    fn pointer_firsts_admit_every_pointer_label() {
        // POINTER_FIRSTS is written by hand (the accented labels would make `first_bytes` admit
        // every byte): a label added later must not be ruled out before it is read.
        for l in POINTER_LABELS {
            assert!(may_open_with(l, POINTER_FIRSTS), "{l}");
        }
    }

    #[test]
    fn update_stamps_led_by_their_label_are_lines() {
        assert!(furniture("Dernière mise à jour : 14/03/2023 10:12", &["14/03/2023", "10:12"]));
        assert!(furniture("Last update: 03/14/2023", &["03/14/2023"]));
        // Ended as sentences are, so that only the label's cue tells them (unended, they are
        // lines without it).
        assert!(furniture("Actualisé le 3 mars 2023 à 10h12.", &["3 mars 2023", "10h12"]));
        assert!(furniture("Dernière mise à jour le 14 mars 2023.", &["14 mars 2023"]));
        assert!(furniture("Last update on March 14, 2023.", &["March 14, 2023"]));
        assert!(furniture("Rédigé le 29/10/2019 , mis à jour", &["29/10/2019"]));
        assert!(furniture("Published March 3, 2023, updated with the mayor's reply", &["March 3, 2023"]));
        // Prose that opens on the same words goes on after its date.
        assert!(!furniture(
            "Actualisé le 3 mars, le plan prévoit désormais deux cents logements de plus dans le quartier.",
            &["3 mars"]
        ));
    }

    #[test]
    fn notes_of_a_first_publication_elsewhere_are_no_reports() {
        for (t, d) in [
            ("Cet article a été initialement publié le 6 mars 2023 sur le site de The Conversation.", "6 mars 2023"),
            ("Article publié le 8 mars 2023 dans Le Monde.", "8 mars 2023"),
            ("This article was originally published on March 6, 2023 by The Conversation.", "March 6, 2023"),
            ("This story first appeared in The Guardian on March 5, 2023.", "March 5, 2023"),
            ("A version of this article appeared in print on March 8, 2023, Section A, Page 1.", "March 8, 2023"),
            ("This story was updated on August 25.", "August 25"),
        ] {
            assert!(furniture(t, &[d]), "{t}");
        }
        // An article of a law, or another story, opens on the same words: the sentence says
        // no publication of this article.
        for (t, d) in [
            ("Cet article a été adopté par les députés le 12 mars 2024.", "12 mars 2024"),
            (
                "Cet article a été censuré par le Conseil constitutionnel le 25 janvier 2024, a-t-il rappelé.",
                "25 janvier 2024",
            ),
            (
                "Article publié au Journal officiel le 13 mars 2024, le décret entre en vigueur le lendemain.",
                "13 mars 2024",
            ),
            (
                "A version of this bill passed the House on March 3, 2024, with support from both parties.",
                "March 3, 2024",
            ),
            ("This story was first broken by the Post on March 9, 2024, and others followed.", "March 9, 2024"),
            ("Articles publiés le 3 mars dans la presse régionale, ils ont relancé le débat.", "3 mars"),
        ] {
            assert!(!furniture(t, &[d]), "{t}");
        }
        // A note's paragraph going on: its other sentences are the article's.
        let block =
            "Cet article a été initialement publié sur The Conversation. Le Sénat l'examinera le 15 avril 2024.";
        let at = block.find("15 avril 2024").expect("in block");
        let start = block.find("Le Sénat").expect("in block");
        assert!(!is_furniture(block, (start, block.len()), &[(at, at + 13)], &mut CreditLines::default()));
        // An article the text reports on is no note of this one's.
        assert!(!furniture("Un article publié le 3 mars dans Le Monde a révélé l'affaire.", &["3 mars"]));
        assert!(!furniture("The article, published on March 3, revealed the deal.", &["March 3"]));
    }

    #[test]
    fn a_pointer_to_another_story_dates_that_story() {
        for (t, d) in [
            ("À lire aussi : Le gouvernement a annoncé le 3 février une réforme des retraites", "3 février"),
            ("Lire aussi | Le 1er février, la mobilisation a rassemblé un million de personnes", "1er février"),
            ("READ MORE: Strike on March 7 sees unions call for a new day of action", "March 7"),
            ("Related: On Feb. 1, one million people marched against the plan", "Feb. 1"),
            ("See also: The mayor resigned on January 30 after a scandal", "January 30"),
            ("À LIRE AUSSI Massacre du 7 octobre : comment les défenseurs s'inspirent de la rhétorique", "7 octobre"),
            ("À LIRE AUSSI [Massacre du 7 octobre : comment les défenseurs s'inspirent de la rhétorique]", "7 octobre"),
        ] {
            assert!(furniture(t, &[d]), "{t}");
        }
        // Every label may open a line that `may_open_with` lets through.
        for l in POINTER_LABELS {
            assert!(may_open_with(l, POINTER_FIRSTS), "{l}");
        }
        // The label's words going on as a sentence: the article's.
        assert!(!furniture("Read more about the strike of March 7 in our special report.", &["March 7"]));
        assert!(!furniture("Related to the strike, the unions met again on March 9.", &["March 9"]));
        assert!(!furniture("Voir aussi les villes qui ont voté le 3 mars un budget en hausse.", &["3 mars"]));
        // A name, a dash or a quotation after the bare labels: running text.
        for (t, d) in [
            ("Related Companies, the developer behind Hudson Yards, bought the site on March 4, 2024 for a new tower.", "March 4, 2024"),
            ("Related — and just as costly — was the decision on March 7, 2024 to close the plant.", "March 7, 2024"),
            ("Voir aussi « Le Monde », qui a publié le 12 mars 2024 une enquête sur le sujet.", "12 mars 2024"),
            ("Related-party loans rose sharply, the bank said on March 5, 2024 in its annual report.", "March 5, 2024"),
            ("See also Smith v. Jones, decided on March 6, 2024 by the same court.", "March 6, 2024"),
        ] {
            assert!(!furniture(t, &[d]), "{t}");
        }
        assert!(furniture("Related | The mayor resigned on January 30 after a scandal", &["January 30"]));
        assert!(furniture("Voir aussi > Le maire a démissionné le 30 janvier après un scandale", &["30 janvier"]));
        // A pointer glued to a long paragraph: the paragraph's later sentences stay.
        let block = format!(
            "À LIRE AUSSI Massacre du 7 octobre : la rhétorique en question. {} Le procès s'est ouvert le 2 novembre.",
            "Les témoins se succèdent à la barre et décrivent un homme calme et discret. ".repeat(4)
        );
        let at = block.find("2 novembre").expect("in block");
        let start = block.find("Le procès").expect("in block");
        assert!(!is_furniture(&block, (start, block.len()), &[(at, at + 10)], &mut CreditLines::default()));
        let first = block.find("7 octobre").expect("in block");
        let end = block.find("question.").expect("in block") + 9;
        assert!(is_furniture(&block, (0, end), &[(first, first + 9)], &mut CreditLines::default()));
    }

    #[test]
    fn questions_the_page_asks_are_not_reports() {
        assert!(furniture("What is Tom Holland's Net Worth in 2023?", &["2023"]));
        assert!(furniture("Théorie de l'évolution : où en est-on aujourd'hui ?", &["aujourd'hui"]));
        assert!(!furniture(
            "Chaque année de 2005 à 2010, les fans se demandaient « PES ou FIFA, qui est le meilleur ?",
            &["de 2005 à 2010"]
        ));
        assert!(!furniture("\"Why now?\" she asked on Monday.", &["Monday"]));
        assert!(!furniture("14h30 : quelles pratiques collectives du jeu vidéo ?", &["14h30"]));
        assert!(!furniture("11h30 à 13h: le jeu vidéo, responsable de tous les maux ?", &["11h30", "13h"]));
    }

    #[test]
    fn reported_sentences_stay() {
        assert!(!furniture("Le sommet s'est ouvert lundi 19 décembre à Bruxelles.", &["lundi 19 décembre"]));
        assert!(!furniture("« C'est fini », a-t-il dit le 4 juillet 2022.", &["4 juillet 2022"]));
        assert!(!furniture("12 mars 2020 : l'OMS déclare que la situation est une pandémie", &["12 mars 2020"]));
        assert!(!furniture("1er mars 2022 : Kherson tombe", &["1er mars 2022"]));
        assert!(!furniture(
            "Le formulaire est en ligne sur www.service-public.fr depuis le 3 mai, précise la préfecture.",
            &["3 mai"]
        ));
        assert!(!furniture("March 3 – Talks Resume In Geneva", &["March 3"]));
        assert!(!furniture("Une étude publiée le 5 juin dans la revue Scientific Reports le montre.", &["5 juin"]));
        assert!(!furniture(
            "Ils étaient plusieurs centaines à se retrouver pour l'édition 2012, à Bordeaux:",
            &["2012"]
        ));
        assert!(!furniture("", &[]));
        // Case that changes a character's length, and dates out of the sentence: no panic.
        assert!(!furniture("İstanbul a reçu le sommet lundi 19 décembre, dit-on.", &["lundi 19 décembre"]));
        assert!(!is_furniture("Le 3 mai, rien.", (0, 400), &[(3, 8), (300, 310), (5, 2)], &mut CreditLines::default()));
        assert!(!furniture(
            "Dates : du mercredi 1er au dimanche 5 novembre 2023",
            &["mercredi 1er au dimanche 5 novembre 2023"]
        ));
        assert!(!furniture(
            "Mis en ligne à la mi-mars, le site des éditions offre une vitrine sur une production de livres d’art.",
            &["mi-mars"]
        ));
        // A caption above a paragraph, in one block: the paragraph's sentence stays.
        let block = "Ebrard spoke on Tuesday. (Mario Jasso/Cuartoscuro)\nThe minister said Tuesday that tariffs were a bad idea.";
        let at = block.find("said Tuesday").expect("in block") + 5;
        let start = block.find('\n').expect("two lines") + 1;
        assert!(!is_furniture(block, (start, block.len()), &[(at, at + 7)], &mut CreditLines::default()));
        let caption = block.find("Tuesday").expect("in block");
        assert!(is_furniture(block, (0, start - 1), &[(caption, caption + 7)], &mut CreditLines::default()));
    }
}
