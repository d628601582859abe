//! Extraction: each resolved date of an article's text, with the sentence that says what
//! happened then and the words and names that tell one event from another.

use super::other_stories::OtherStories;
use super::report_text::{report_text_in, Sentence};
use super::sentences::{sentence_bounds_after, HeldBreaks, SentenceOf};
use super::words::words_names_trigger;
use super::{Candidate, Mention, ThinStr};
use crate::content::Article;
use crate::dates::{self, Anchoring, Lang};
use crate::doc::ArticleId;
use crate::text::fold_into;

/// Words before an expression that make it a duration's start, a deadline or a comparison,
/// not the date of something that happened then (`depuis 2019`, `the first since 2019`,
/// `d'ici la fin de l'année`, `jusqu'à la fin du mois`): the word just before, or the one
/// before an article.
fn is_reference_point(before: &str, scratch: &mut String) -> bool {
    const MARKS: [&str; 7] = ["depuis", "since", "jusqu'a", "until", "till", "jusqu'en", "d'ici"];
    const ARTICLES: [&str; 5] = ["le", "la", "les", "l'", "the"];
    // A word that is printable ASCII after ASCII whitespace (or the start) is its own folded
    // form: when the last word is, and is no mark and no article, or is an article after
    // such a word that is no mark, the answer is no, with nothing folded (most dates).
    fn last_word(b: &[u8]) -> (&[u8], &[u8]) {
        let b = b.trim_ascii_end();
        b.split_at(b.iter().rposition(u8::is_ascii_whitespace).map_or(0, |i| i + 1))
    }
    let plain = |w: &[u8]| !w.is_empty() && w.iter().all(u8::is_ascii_graphic);
    let among = |w: &[u8], list: &[&str]| list.iter().any(|m| w.eq_ignore_ascii_case(m.as_bytes()));
    let (head, word) = last_word(before.as_bytes());
    if plain(word) && !among(word, &MARKS) {
        if !among(word, &ARTICLES) {
            return false;
        }
        let (_, previous) = last_word(head);
        if plain(previous) && !among(previous, &MARKS) {
            return false;
        }
    }
    // Only the last words count: folding the whole paragraph before every date would make
    // extraction quadratic in a paragraph's dates.
    // Folded into `scratch`, room kept from one date to the next: every date of every
    // article is asked about.
    fold_into(last_words(before, 3), scratch);
    if scratch.split_whitespace().nth(1).is_none() {
        fold_into(before, scratch);
    }
    let mut tail = scratch.split_whitespace().rev();
    match tail.next() {
        Some(w) if MARKS.contains(&w) => true,
        Some(w) if ARTICLES.contains(&w) => tail.next().is_some_and(|w| MARKS.contains(&w)),
        _ => false,
    }
}

/// The end of `text` from the start of its last `n` words (words parted by ASCII whitespace,
/// which folding keeps as it is), or the whole text when it has fewer.
fn last_words(text: &str, n: usize) -> &str {
    let b = text.as_bytes();
    let mut seen = 0;
    for i in (1..b.len()).rev() {
        if b[i - 1].is_ascii_whitespace() && !b[i].is_ascii_whitespace() {
            seen += 1;
            if seen == n {
                return &text[i..];
            }
        }
    }
    text
}

/// The event candidates of one article: each resolved date in its text, with the sentence
/// that says what happened then. The article's date anchors relative expressions; an undated
/// article gives only the dates it writes with their year.
pub fn extract(ai: ArticleId, article: &Article, site_lang: Lang) -> Vec<Candidate> {
    // An article whose language is unknown is read in the dossier's language.
    let lang = article.lang().unwrap_or(site_lang);
    // An article dated to the month still anchors `en octobre dernier` or `le 19 décembre`;
    // only expressions that need its exact day (`hier`, `lundi`) are dropped below.
    let anchor = article.date.map(|d| d.last_day());
    let anchor_precision = article.date.map(|d| d.precision());
    let mut out: Vec<Candidate> = Vec::new();
    // Made at its size: grown by doubling, an article's text was copied again and again.
    let size = article.body.blocks.iter().map(|b| b.text.len() + 2).sum();
    let mut previous_blocks_text = String::with_capacity(size);
    // One text for the whole article, so that `le lendemain` finds the previous date; the
    // offsets map each expression back to its block.
    let mut starts = Vec::new();
    for b in article.body.blocks.iter() {
        if !previous_blocks_text.is_empty() {
            previous_blocks_text.push_str("\n\n");
        }
        starts.push(previous_blocks_text.len());
        previous_blocks_text.push_str(&b.text);
    }
    let text = previous_blocks_text;
    let tagged = dates::tag(&text, lang, anchor);
    // At most a report per date: room for them all, rather than candidates moved as it grows.
    out.reserve_exact(tagged.exprs.len());
    // One shared id per paragraph, however many dates it gives.
    let mut block_id: Option<(usize, ThinStr)> = None;
    // The article's dating words, each kept once however often it writes them (`2023`).
    let mut expressions: Vec<ThinStr> = Vec::new();
    // The paragraph the other dates below are of, and those dates: a paragraph's are found
    // once, however many dates it gives.
    let mut others: (Option<usize>, Vec<(usize, usize)>) = (None, Vec::new());
    // The paragraph and bounds of the sentence of the last candidate, whose words are read.
    let mut last_sentence_at: Option<(usize, (usize, usize))> = None;
    // The last date whose sentence was found, its paragraph and that sentence's bounds: the
    // next date of the sentence has the same ([`sentence_bounds_after`]).
    let mut bounds_at: Option<(usize, SentenceOf)> = None;
    // The sentence last judged a line of the page or a reported one ([`super::reported`]).
    let mut furniture_at: Option<(usize, (usize, usize))> = None;
    let mut furniture = false;
    // Whether the current block is another story the page points to ([`OtherStories`]):
    // judged once per block, with its other dates.
    let mut other_story = false;
    let mut other_stories = OtherStories::of(&article.body.blocks);
    // The blocks that are a biography of the article's writer ([`super::asides`]), found when
    // a dated block is first asked about.
    let mut writer_bios: Option<Vec<usize>> = None;
    // The paragraph and offset of the last date asked whether its line is a reference's entry
    // ([`reference_entry`]), and the answer: a paragraph is often one long line, which is
    // searched once, not again for each of its dates.
    let mut reference_line: (Option<(usize, usize)>, bool) = (None, false);
    // The sentence of the last report, and whether it needs the one before: asked once for a
    // sentence that gives several dates.
    let mut sentence_at =
        Sentence { bounds: (0, 0), needs_context: None, may_lean: true, first_trigger: 0, held: HeldBreaks::default() };
    // Whether a line of the current block writes a credit: read once per line, not once per
    // dated sentence on it.
    let mut credit_lines = super::reported::CreditLines::default();
    // Room for the words before a date, folded ([`is_reference_point`]).
    let mut folded = String::new();
    for ex in &tagged.exprs {
        let bi = starts.partition_point(|&s| s <= ex.start).saturating_sub(1);
        let block = &article.body.blocks[bi];
        if block.heading {
            continue;
        }
        let bstart = starts[bi];
        let (ls, le) = (ex.start - bstart, ex.end - bstart);
        // An expression the tagger read across a paragraph break belongs to no one paragraph.
        if le > block.text.len() || !block.text.is_char_boundary(ls) || !block.text.is_char_boundary(le) {
            continue;
        }
        if is_reference_point(&block.text[..ls], &mut folded) {
            continue;
        }
        // An undated article has nothing to resolve against but its own words: keep only
        // what names its year, never a year guessed from the day the site is built.
        if anchor.is_none() && !has_year(&block.text[ls..le]) {
            continue;
        }
        // `la veille du sommet`, `le lendemain de son élection`: relative to an event the
        // sentence names, not to the previous date of the text.
        if ex.anchoring == Anchoring::Previous {
            let after = block.text[le..].trim_start();
            if ["du ", "de ", "des ", "d'", "d’", "of "].iter().any(|p| after.starts_with(p)) {
                continue;
            }
        }
        let words_only = !block.text[ls..le].bytes().any(|b| b.is_ascii_digit());
        if ex.anchoring != Anchoring::Absolute
            && words_only
            && anchor_precision.is_some_and(|p| ex.value.start.precision() > p)
        {
            continue;
        }
        // The other dates of this paragraph, for cutting a sentence that gives several.
        // Expressions come in text order: the paragraph's are one run of them.
        if others.0 != Some(bi) {
            let (from, to) = (
                tagged.exprs.partition_point(|o| o.start < bstart),
                tagged.exprs.partition_point(|o| o.start < bstart + block.text.len()),
            );
            others.1.clear();
            others.1.extend(
                tagged.exprs[from..to]
                    .iter()
                    .filter(|o| o.end <= bstart + block.text.len())
                    .map(|o| (o.start - bstart, o.end - bstart)),
            );
            others.0 = Some(bi);
            credit_lines.new_block();
            other_story = other_stories.is_other_story(bi)
                || writer_bios
                    .get_or_insert_with(|| super::asides::writer_bios(&article.body.blocks, article.author.as_deref()))
                    .binary_search(&bi)
                    .is_ok();
        }
        if other_story {
            continue;
        }
        // An entry of a list of references dates the work it cites, on every date of its line
        // (its title's and its pages' too). Judged once per line.
        let same_line = match reference_line.0 {
            Some((b, at)) => b == bi && at <= ls && memchr::memchr(b'\n', &block.text.as_bytes()[at..ls]).is_none(),
            None => false,
        };
        if !same_line {
            let line_start = memchr::memrchr(b'\n', &block.text.as_bytes()[..ls]).map_or(0, |i| i + 1);
            reference_line.1 = reference_entry(&block.text[line_start..]).is_some();
        }
        reference_line.0 = Some((bi, ls));
        if reference_line.1 {
            continue;
        }
        // The sentence is found once, for the text a reader is shown and for the words.
        let last = bounds_at.and_then(|(b, last)| (b == bi).then_some(last));
        let bounds = sentence_bounds_after(&block.text, last, ls, le);
        bounds_at = Some((bi, SentenceOf { date: (ls, le), bounds }));
        // A stamp, a caption's credit, a reference, a bare date line or another label of the
        // page dates no event the article reports. Judged once per sentence, however many
        // dates it gives.
        if furniture_at != Some((bi, bounds)) {
            furniture = super::reported::is_furniture(&block.text, bounds, &others.1, &mut credit_lines)
                || is_reference_head(&block.text[bounds.0..bounds.1])
                || is_parenthesised_date(&block.text[bounds.0..bounds.1])
                || super::page_lines::is_page_line(&block.text, bounds, &others.1);
            furniture_at = Some((bi, bounds));
        }
        if furniture {
            continue;
        }
        // Reports of one event are matched on their whole sentences: more words to share. A
        // sentence that gives several dates is read once.
        let read = crate::text::trim(&block.text[bounds.0..bounds.1]);
        let same_sentence = last_sentence_at == Some((bi, bounds));
        let (words, names) = match out.last() {
            Some(c) if same_sentence => (c.words.clone(), c.names.clone()),
            _ => {
                let (words, names, trigger) = words_names_trigger(read);
                // The last report's sentence is `sentence_at`: a new sentence is asked about
                // afresh, and one with no word to lean on another by (read with its words,
                // which are those of the sentence the report shows) needs none.
                if !same_sentence {
                    let mut held = std::mem::take(&mut sentence_at.held);
                    held.clear();
                    sentence_at = Sentence {
                        bounds,
                        needs_context: trigger.is_none().then_some(false),
                        may_lean: trigger.is_some(),
                        first_trigger: trigger.unwrap_or(0),
                        held,
                    };
                }
                (words, names)
            }
        };
        let (sentence, own) = report_text_in(&article.body.blocks, bi, &mut sentence_at, ls, le, &others.1, lang);
        // Two dates of one sentence give it twice: one shared copy is kept.
        let sentence = match out.last() {
            Some(c) if c.mention.sentence == sentence => c.mention.sentence.clone(),
            _ => sentence,
        };
        last_sentence_at = Some((bi, bounds));
        let block_id = match &block_id {
            Some((i, id)) if *i == bi => id.clone(),
            _ => block_id.insert((bi, block.id.as_str().into())).1.clone(),
        };
        let mention = Mention {
            article: ai,
            block: block_id,
            sentence,
            own: Mention::own_range(own),
            expression: shared(&mut expressions, &block.text[ls..le]),
            span: ex.value,
        };
        out.push(Candidate { words, names, own_read: mention.own_words() == read, mention });
    }
    // Every article's candidates are held at once until they are merged: no room to spare.
    out.shrink_to_fit();
    out
}

/// `text` as one of `seen`'s shared copies, added there when it is new. A linear search of
/// the latest few: an article writes a few dozen dating expressions, and repeats them close.
fn shared(seen: &mut Vec<ThinStr>, text: &str) -> ThinStr {
    if let Some(s) = seen.iter().rev().take(64).find(|s| ***s == *text) {
        return s.clone();
    }
    let s = ThinStr::from(text);
    seen.push(s.clone());
    s
}

/// Whether an expression writes a year in digits (`2022`, `19/12/2022`).
fn has_year(expr: &str) -> bool {
    expr.as_bytes().split(|b| !b.is_ascii_digit()).any(|run| run.len() == 4)
}

/// Whether a sentence is the head of an entry of a list of references, author-date style, with
/// nothing after its date (`Roe, J. A., & Doe, B. (2019).`, `Martin P. (2004).`): the entry's
/// title follows as a sentence of its own ([`reference_entry`] reads the whole line).
fn is_reference_head(sentence: &str) -> bool {
    reference_entry(sentence).is_some_and(str::is_empty)
}

/// The most bytes between the parentheses of a reference entry's date (`(2021, March 3)`,
/// `(1997, p. 133-138)`): a date and at most a page, not an aside that goes on in words.
const REFERENCE_DATE_MAX: usize = 32;

/// The most bytes of a reference entry's authors before its date: a score of names with their
/// initials.
const REFERENCE_HEAD_MAX: usize = 400;

/// When `line` is an entry of a list of references, author-date style, what follows its date
/// (empty for a head alone): its authors as surnames and initials, the date in parentheses,
/// then nothing or a separator and the rest of the entry, title, outlet and pages (`Roe, J.
/// A., & Doe, B. (2019).`, `GALLO R. (1983), A title of the work, Paris, Outlet.`), after a
/// list's number or bullet. Every date of the entry is a work's, cited by the article, not an
/// event it reports (the pages `1554–1558` read as years too). The authors must end on an
/// initial (or `et al.`, `Jr`): prose that names someone before a year in parentheses (`Jane
/// Roe (2019)`, `Kong, Seo et Zhai (2018) ont montré…`, `George W. Bush (2001–2009), who…`)
/// writes the name whole, and a list of names alone may be a caption's or a result's. Prose
/// goes on in words after the parenthesis; an entry goes on after a point or a comma.
fn reference_entry(line: &str) -> Option<&str> {
    let s = strip_list_marker(crate::text::trim_start(line));
    // Most dated lines are prose with no parenthesis near their start: one byte search each
    // (a cut inside a character finds the same: `(` is never part of one).
    let reach = s.len().min(REFERENCE_HEAD_MAX + 1);
    memchr::memchr(b'(', &s.as_bytes()[..reach])?;
    // The authors are read word by word up to the date's parenthesis: prose fails on its first
    // words, and a long paragraph is not searched to its end.
    let (mut initials, mut ends_on_initial, mut open) = (0, false, None);
    for word in s.split_whitespace() {
        let at = word.as_ptr() as usize - s.as_ptr() as usize;
        if at > REFERENCE_HEAD_MAX {
            return None;
        }
        let paren = word.find('(');
        let word = paren.map_or(word, |p| &word[..p]).trim_end_matches(',');
        let letters = word.trim_end_matches('.');
        // `J.`, `J.-P.`, `J.M.W.`: capitals, each closed by a point.
        let initial = word.ends_with('.')
            && letters.split(['.', '-']).filter(|p| !p.is_empty()).all(|p| {
                let mut c = p.chars();
                c.next().is_some_and(char::is_uppercase) && c.next().is_none()
            });
        // A surname: a capital, then letters, hyphens or apostrophes (`Saint-Onge`, `O'Neil`).
        let name = word.chars().next().is_some_and(char::is_uppercase)
            && word.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'));
        let closing = matches!(word, "al." | "Jr" | "Jr.");
        if initial {
            initials += 1;
        } else if !(name || closing || matches!(word, "&" | "and" | "et" | "")) {
            return None;
        }
        if !word.is_empty() {
            ends_on_initial = initial || closing;
        }
        if let Some(p) = paren {
            open = Some(at + p);
            break;
        }
    }
    let open = open?;
    // The date: a year, and at most a page, closed on the same line.
    let date_end = s.len().min(open + 2 + REFERENCE_DATE_MAX);
    let close = open + 1 + s.as_bytes()[open + 1..date_end].iter().position(|&b| matches!(b, b')' | b'\n'))?;
    let (head, date) = (s[..open].trim(), &s[open + 1..close]);
    if s.as_bytes()[close] != b')' || head.is_empty() || head.contains('\n') || !has_year(date) {
        return None;
    }
    let rest = s[close + 1..].split('\n').next().unwrap_or_default().trim();
    let entry_goes_on = rest.is_empty() || rest.starts_with(['.', ',', ':', ';']);
    (initials > 0 && ends_on_initial && entry_goes_on).then(|| rest.trim_start_matches(['.', ',', ':', ';']).trim())
}

/// `line` without the number or bullet of a list's item that opens it (`3. `, `3\. `, `[3] `,
/// `3) `, `- `, `• `).
fn strip_list_marker(line: &str) -> &str {
    let bullet = line.strip_prefix(['-', '*', '•', '–']).filter(|r| r.starts_with(char::is_whitespace));
    if let Some(rest) = bullet {
        return rest.trim_start();
    }
    let inner = line.strip_prefix('[').unwrap_or(line);
    let digits = inner.bytes().take_while(u8::is_ascii_digit).count();
    // A year is no item's number: `2019. A title` is left as it is.
    if digits == 0 || digits > 3 {
        return line;
    }
    let after = &inner[digits..];
    let after = after.strip_prefix('\\').unwrap_or(after);
    match after.strip_prefix(['.', ')', ']']) {
        Some(rest) if rest.starts_with(char::is_whitespace) => rest.trim_start(),
        _ => line,
    }
}

/// Whether a sentence is one short parenthesis that writes a year (`(2007, December 18).`,
/// `(Roe 2007 : 250)`): the date of the work the sentence before names (an organisation's
/// report, in a list of references), or an aside citing one after a quotation. It reports
/// nothing that happened; a sentence that does goes on outside its parenthesis.
fn is_parenthesised_date(sentence: &str) -> bool {
    let s = crate::text::trim(sentence);
    let s = s.strip_suffix('.').unwrap_or(s).trim_end();
    s.strip_prefix('(')
        .and_then(|s| s.strip_suffix(')'))
        .is_some_and(|d| d.len() <= REFERENCE_DATE_MAX && has_year(d) && !d.contains(['(', ')']))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chronology::other_stories::FEED_ARTICLE_MIN;
    use crate::chronology::sentences::{clause_around, clause_in, sentence_bounds};

    /// An English article dated 15 March 2024 whose body is `text` (blocks split by blank lines).
    fn article_of(text: &str) -> Article {
        use crate::markdown::{render, Trust};
        Article {
            slug: "a".into(),
            path: std::path::PathBuf::from("content/articles/a.md"),
            sidecar: None,
            title: "The bridge".into(),
            date: crate::dates::PartialDate::day(2024, 3, 15),
            author: None,
            outlet: None,
            url: None,
            language: Some("en".into()),
            topics: Vec::new(),
            summary: String::new(),
            credit: None,
            guessed: Vec::new(),
            guessed_at: crate::content::Located { value: std::path::PathBuf::new(), line: 0 },
            body: render(text, 1, Trust::Untrusted),
            sources: Vec::new(),
        }
    }

    /// The sentences an article's dates are reported with.
    fn reported(text: &str) -> Vec<String> {
        extract(ArticleId(0), &article_of(text), Lang::En).iter().map(|c| c.mention.sentence.to_string()).collect()
    }

    #[test]
    fn the_items_of_a_feed_of_age_stamped_stories_date_no_event() {
        // The article's paragraph, long enough to be read as one (`FEED_ARTICLE_MIN`).
        let article = "The council voted on Monday to close the old bridge for repairs. Engineers had found \
                       cracks in two of its piers during an inspection, and the work should last most of the \
                       year, the council's chair told reporters outside the town hall.";
        assert!(article.len() >= FEED_ARTICLE_MIN);
        let items = [
            "Markets\n\nStocks fell on Tuesday as traders waited for the bank.",
            "Sport\n\nThe home team won on Wednesday after extra time.",
            "Weather\n\nSnow fell on Thursday across the northern hills.",
        ];
        let feed = format!(
            "{article}\n\n8h ago\n\n{}\n\n9h ago\n\n{}\n\n12h ago\n\n{}\n\n1d ago",
            items[0], items[1], items[2]
        );
        let got = reported(&feed);
        assert!(got.iter().any(|s| s.contains("council")), "{got:?}");
        assert!(got.iter().all(|s| s.contains("council")), "{got:?}");
        // Two stamps are an article's own and an update's: what lies between them stays.
        let two = format!("{article}\n\n8h ago\n\n{}\n\n9h ago", items[0]);
        assert!(reported(&two).iter().any(|s| s.contains("Stocks")), "{:?}", reported(&two));
        // Stamps far apart frame more than a feed prints: the text between them stays.
        let long = "The mayor spoke on Friday about the bridge and its future.\n\n".repeat(13);
        let apart = format!("{article}\n\n8h ago\n\n{long}9h ago\n\n{}\n\n12h ago\n\n{}\n\n1d ago", items[1], items[2]);
        assert!(reported(&apart).iter().any(|s| s.contains("mayor")), "{:?}", reported(&apart));
        // The stamp above the article's own text is its age, not a feed's: the text stays,
        // and the feed below it goes.
        let own = format!("8h ago\n\n{article}\n\n9h ago\n\n{}\n\n12h ago\n\n{}\n\n1d ago", items[1], items[2]);
        let got = reported(&own);
        assert!(got.iter().any(|s| s.contains("council")), "{got:?}");
        assert!(!got.iter().any(|s| s.contains("Snow")), "{got:?}");
    }

    #[test]
    fn the_items_of_a_feed_of_signed_stories_date_no_event() {
        let article = "Le conseil a voté lundi la fermeture du vieux pont pour travaux. Les ingénieurs avaient \
                       trouvé des fissures dans deux de ses piles lors d'une inspection, et le chantier devrait \
                       durer une grande partie de l'année, a précisé la présidente du conseil devant la mairie.";
        let feed = format!(
            "Par Jeanne Martin\n\n{article}\n\nPar Jeanne Martin\n\nLe marché\n\nLes cours ont baissé mardi \
             dans l'attente de la banque.\n\nPar Paul Durand\n\nLe sport\n\nL'équipe a gagné mercredi après \
             prolongation.\n\nPar Léa Petit\n\nLa météo\n\nLa neige est tombée jeudi sur les hauteurs.\n\nPar \
             Marc Blanc"
        );
        let mut a = article_of(&feed);
        a.language = Some("fr".into());
        let got: Vec<String> =
            extract(ArticleId(0), &a, Lang::Fr).iter().map(|c| c.mention.sentence.to_string()).collect();
        assert!(got.iter().any(|s| s.contains("conseil")), "{got:?}");
        assert!(got.iter().all(|s| s.contains("conseil")), "{got:?}");
    }

    #[test]
    fn reference_points_are_told_as_by_folding_the_last_words() {
        fn by_folding(before: &str) -> bool {
            const MARKS: [&str; 7] = ["depuis", "since", "jusqu'a", "until", "till", "jusqu'en", "d'ici"];
            let mut scratch = String::new();
            fold_into(last_words(before, 3), &mut scratch);
            if scratch.split_whitespace().nth(1).is_none() {
                fold_into(before, &mut scratch);
            }
            let mut tail = scratch.split_whitespace().rev();
            match tail.next() {
                Some(w) if MARKS.contains(&w) => true,
                Some("le" | "la" | "les" | "l'" | "the") => tail.next().is_some_and(|w| MARKS.contains(&w)),
                _ => false,
            }
        }
        let mut scratch = String::new();
        for before in [
            "",
            " ",
            "Il est là depuis ",
            "Il est là DEPUIS",
            "présent depuis le ",
            "jusqu'à la ",
            "jusqu’à ",
            "until the\u{a0}",
            "since\u{b}",
            "d'ici la ",
            "D’ici ",
            "Le ",
            "Since",
            "a été élu le ",
            "x\tuntil\n",
            "déjà depuis\u{a0}",
            "œuvre depuis ",
            "présent depuis LA ",
            "Il est élu le ",
            "le ",
            "depuis\u{b}le ",
            "depuis  \t la ",
            "jusqu'en ",
            "the ",
            "since the",
        ] {
            assert_eq!(is_reference_point(before, &mut scratch), by_folding(before), "{before:?}");
        }
    }

    #[test]
    fn a_sentence_with_no_trigger_has_no_clause_that_leans_on_another() {
        for t in [
            "Le ministre est arrivé lundi; le ministre est reparti mardi.",
            "Le ministre est arrivé lundi, puis le président est reparti mardi, et la dernière séance jeudi.",
            "Il est arrivé lundi; elle est repartie mardi.",
            "Lukashenko arrived on Monday, and she left on Tuesday, then the latter spoke on Friday.",
        ] {
            let days = ["lundi", "mardi", "jeudi", "Monday", "Tuesday", "Friday"];
            let others: Vec<(usize, usize)> =
                days.iter().filter_map(|d| t.find(d).map(|at| (at, at + d.len()))).collect();
            let (_, _, trigger) = words_names_trigger(t);
            for &(a, b) in &others {
                let sentence = sentence_bounds(t, a, b);
                let read =
                    clause_in(t, sentence, a, b, &others, trigger.is_some(), &mut HeldBreaks::default()).to_string();
                assert_eq!(read, clause_around(t, a, b, &others).to_string(), "{t:?} at {a}");
            }
        }
    }

    #[test]
    fn the_head_of_a_reference_entry_is_no_event() {
        for t in [
            "Roe, J. A., & Doe, B. (2019).",
            "Martin P. (2004).",
            "Durand, A.-B., Petit, C. et al. (2021, March 3).",
            "Saint-Onge, M. P., Jr, & O'Neil, J.M.W. (2018)",
        ] {
            assert!(is_reference_head(t), "{t:?}");
        }
        for t in [
            "Jane Roe (2019).",
            "Kong, Seo et Zhai (2018).",
            "J. Roe said it (2019).",
            "Roe, J. (2019), The title of the work.",
            "(2019).",
            "Roe, J. (page 12).",
            "",
        ] {
            assert!(!is_reference_head(t), "{t:?}");
        }
        // In an article: the entry's date gives no event, the paragraph's does.
        let got = reported("The council voted on Monday to close the bridge.\n\nRoe, J. A., & Doe, B. (2019).");
        assert_eq!(got, ["The council voted on Monday to close the bridge."]);
    }

    #[test]
    fn an_entry_of_a_list_of_references_is_no_event_on_its_whole_line() {
        for t in [
            "GALLO R. (1983), A title of the work, Paris, Outlet.",
            "DE LA TOUR F. (2005), Un titre : les questionnaires, Paris, Éditeur.",
            "SUN H.Y. & WEI N.X. (2005), « Un titre entre guillemets », Une revue, p. 143-154.",
            "3\\. Roe, K. P., Jr, Doe, A. W., & Smith, E. D. (2013). A study of light. A Journal, 23(16), 1554–1558.",
            "[12] Martin P. (2004). Un titre.",
            "- Durand, A.-B., Petit, C. et al. (2021, March 3): a title",
        ] {
            assert!(reference_entry(t).is_some(), "{t:?}");
        }
        for t in [
            // Prose: the name whole, or words after the parenthesis, or no date inside it.
            "George W. Bush (2001–2009), who left office that year, spoke on Monday.",
            "Kong, Seo et Zhai (2018), dans une étude, ont montré que la mer monte.",
            "Roe J. (2019) showed that the sea rises.",
            "Roe J. (the author of a book about the sea, published in the spring of 2019), said so.",
            "The mayor, J. Roe, said on Monday (2019) that the bridge will close.",
            "Roe, J. (page 12), a title.",
            "",
        ] {
            assert!(reference_entry(t).is_none(), "{t:?}");
        }
        // In an article: none of the entry's dates gives an event (its pages neither), the
        // paragraph's does.
        let got = reported(
            "The council voted on Monday to close the bridge.\n\n\
             2\\. Roe, J. A., & Doe, B. (2019). A study of bridges. A Journal, 12(3), 1554–1558.\n\n\
             DOE B. (2020), Another study of bridges, published on 4 May 2020, London, Outlet.",
        );
        assert_eq!(got, ["The council voted on Monday to close the bridge."]);
    }

    #[test]
    fn a_list_marker_is_stripped_but_not_a_year() {
        assert_eq!(strip_list_marker("3. Roe"), "Roe");
        assert_eq!(strip_list_marker("3\\. Roe"), "Roe");
        assert_eq!(strip_list_marker("[3] Roe"), "Roe");
        assert_eq!(strip_list_marker("12) Roe"), "Roe");
        assert_eq!(strip_list_marker("- Roe"), "Roe");
        assert_eq!(strip_list_marker("• Roe"), "Roe");
        assert_eq!(strip_list_marker("2019. Roe"), "2019. Roe");
        assert_eq!(strip_list_marker("3.5 per cent"), "3.5 per cent");
        assert_eq!(strip_list_marker("-5 degrees"), "-5 degrees");
        assert_eq!(strip_list_marker(""), "");
    }

    #[test]
    fn a_sentence_that_is_only_a_date_in_parentheses_is_no_event() {
        for t in ["(2007, December 18).", "(2019)", " (12 mai 2021). ", "(Roe 2007 : 250)"] {
            assert!(is_parenthesised_date(t), "{t:?}");
        }
        for t in ["(page 12).", "The bridge closed (2019).", "(2019) The bridge closed.", "()", "(", ""] {
            assert!(!is_parenthesised_date(t), "{t:?}");
        }
        let got =
            reported("The council voted on Monday to close the bridge.\n\nA Council of Towns. (2007, December 18).");
        assert_eq!(got, ["The council voted on Monday to close the bridge."]);
    }

    #[test]
    fn labels_of_the_page_date_no_event() {
        let got = reported(
            "The council voted on Monday to close the bridge.\n\n\
             Jane Roe attends the opening of the bridge on March 2, 2024 in London.\n\n\
             March, 2024 | 18 Comments.\n\n\
             The mayor said goodbye on 1 March 2024 (VIDEO)",
        );
        assert_eq!(got, ["The council voted on Monday to close the bridge."]);
    }

    #[test]
    fn reference_points_are_not_events() {
        assert!(is_reference_point("la première dans la capitale depuis ", &mut String::new()));
        assert!(!is_reference_point("élu en ", &mut String::new()));
        assert!(is_reference_point("une décision attendue d'ici la ", &mut String::new()));
        assert!(is_reference_point("jusqu'à la ", &mut String::new()));
        assert!(!is_reference_point("à la ", &mut String::new()));
    }
}
