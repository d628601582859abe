//! Which way a clause looks in time, from the verb forms and time words nearest a date.
//!
//! A month or a weekday without a year only gets one when we know whether the sentence
//! reports something done (`a déclaré jeudi`, `said on Thursday`) or announces something to
//! come (`se rendra jeudi`, `will meet on Thursday`). Reported speech mixes both in one
//! sentence, so the cue nearest to the expression wins rather than a sentence-wide vote.
//!
//! A cue is a verb group read for its aspect as well as its tense: a plan in the past perfect
//! looks back (`had been scheduled for Friday`), a timetable present looks ahead (`the leaders
//! meet Monday`, `le procès s'ouvre jeudi`), as do `is to`, `va` + infinitive and verbs of
//! intention (`compte réformer`, `wants to`); a participle in apposition is a done event
//! (`le projet, présenté en janvier`). Every underspecified expression (weekday, bare day,
//! month, part of a period) takes its direction from here.

use super::lexicon::{in_list, is_in, words, Kw, Lex, MAX_WORD};
use super::tokens::{Kind, Tok, ACCENT, CAP, SENT_START};
use crate::Lang;

/// The time orientation of the clause around an expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tense {
    Past,
    Future,
    /// No cue in the sentence: news defaults to the past, with the nuance in the resolver.
    Unknown,
}

/// How far, in tokens, a cue may sit from the expression.
const REACH: usize = 40;

/// What crossing a clause boundary costs, in tokens: a verb in the same clause beats a nearer
/// one across `et`, `que` or a comma (`a voyagé en mai et reviendra en juillet`).
const CLAUSE_COST: usize = 8;

/// What [`tense_and_cost`] learnt of each token of one text: its [`cue`] and whether it is
/// a clause boundary or a quotation mark. Both depend on the text alone, and a text dense in
/// dates had the same words of a sentence read again for each of its dates (a cue was about
/// 370 instructions): each is now read once per text.
pub(crate) struct Cues {
    memo: std::cell::OnceCell<Box<[std::cell::Cell<u8>]>>,
}

/// [`Cues`] bits: the cue was read, its value (2 bits), the boundary was read, its value.
const CUE_READ: u8 = 1;
const CUE_SHIFT: u8 = 1;
const CUE_MASK: u8 = 3 << CUE_SHIFT;
const STOP_READ: u8 = 8;
const STOP: u8 = 16;

impl Cues {
    /// Nothing read yet; the memo is made at the first question.
    pub(crate) fn new() -> Cues {
        Cues { memo: std::cell::OnceCell::new() }
    }

    /// One cell a token of the text, made at the first question: [`tense_and_cost`] takes it
    /// once and reads a token's cell once a step, where the cue and the boundary each
    /// fetched it (two checks of the memo and of the index a token, up to 80 tokens a date).
    fn memo(&self, toks: &[Tok]) -> &[std::cell::Cell<u8>] {
        self.memo.get_or_init(|| vec![std::cell::Cell::new(0u8); toks.len()].into_boxed_slice())
    }

    /// [`cue`] at `j`, read once into `slot`, its cell.
    fn cue(slot: &std::cell::Cell<u8>, text: &str, toks: &[Tok], lang: Lang, j: usize) -> Option<Tense> {
        let m = slot.get();
        if m & CUE_READ != 0 {
            return match (m & CUE_MASK) >> CUE_SHIFT {
                1 => Some(Tense::Past),
                2 => Some(Tense::Future),
                3 => Some(Tense::Unknown),
                _ => None,
            };
        }
        let t = cue(text, toks, lang, j);
        let v = match t {
            None => 0,
            Some(Tense::Past) => 1,
            Some(Tense::Future) => 2,
            Some(Tense::Unknown) => 3,
        };
        slot.set(m | CUE_READ | (v << CUE_SHIFT));
        t
    }

    /// Whether `j` is a clause boundary ([`is_boundary`]) or a quotation mark, read once into
    /// `slot`, its cell.
    fn stop(slot: &std::cell::Cell<u8>, text: &str, toks: &[Tok], j: usize) -> bool {
        let m = slot.get();
        if m & STOP_READ != 0 {
            return m & STOP != 0;
        }
        let stop = is_boundary(text, toks, j) || is_quote(toks, j);
        slot.set(m | STOP_READ | if stop { STOP } else { 0 });
        stop
    }
}

/// The tense of the clause around tokens `first..=last`.
#[cfg(test)]
pub(crate) fn tense_near(text: &str, toks: &[Tok], lang: Lang, first: usize, last: usize) -> Tense {
    tense_and_cost(text, toks, lang, first, last, &Cues::new()).0
}

/// [`tense_near`] and how far its cue sits, in tokens plus [`CLAUSE_COST`] for each clause
/// boundary crossed (0 with no cue): a verb next to the date says more than one three clauses
/// away (`has invited the ministers of Poland, the Czech Republic and Hungary to a ceremony
/// on March 12`).
pub(crate) fn tense_and_cost(
    text: &str,
    toks: &[Tok],
    lang: Lang,
    first: usize,
    last: usize,
    cues: &Cues,
) -> (Tense, usize) {
    let Some(sent) = toks.get(first).map(|t| t.sent) else {
        return (Tense::Unknown, 0);
    };
    let memo = cues.memo(toks);
    let mut best: Option<(usize, Tense)> = None;
    // A date that opens its sentence, alone or after one preposition (`In April, the
    // minister visited China`), is an adverbial of the clause after its comma: that comma
    // is no clause boundary.
    let starts = |k: usize| k == 0 || toks[k - 1].sent != sent;
    // An adverb may open the sentence before the preposition (`Back in January, Kim
    // Kardashian also snapped up`, `Later on Friday, police said`): still fronted.
    let adverb_first = first >= 2
        && starts(first - 2)
        && toks[first - 2].kind == Kind::Word
        && matches!(toks[first - 1].lex, Lex::Kw(Kw::In | Kw::On | Kw::At | Kw::During));
    let fronted = starts(first) || (starts(first - 1) && toks[first - 1].kind == Kind::Word) || adverb_first;
    let attributed = attributed_noun(text, toks, lang, first, last);
    // Left first, so that on equal cost the verb before the date wins.
    for dir in [-1isize, 1] {
        let mut crossed = 0;
        // A half-open range: an inclusive one keeps a flag of its own, checked every step.
        for d in 1..REACH + 1 {
            let j = if dir < 0 { first.checked_sub(d) } else { Some(last + d) };
            let Some(j) = j.filter(|&j| j < toks.len() && toks[j].sent == sent) else {
                break;
            };
            // A verb just before the date's preposition owns the date (`the treaty signed in
            // April will take effect`): it counts as next to it, and wins the tie with a verb
            // right after the date, the left being searched first.
            let owner = dir < 0
                && d == 2
                && matches!(
                    toks[first - 1].lex,
                    Lex::Kw(Kw::In | Kw::On | Kw::At | Kw::During | Kw::En | Kw::Au | Kw::Le | Kw::Dans)
                );
            let cost = d - usize::from(owner) + crossed * CLAUSE_COST;
            if best.is_some_and(|(c, _)| c <= cost) {
                break;
            }
            if Some(j) == attributed {
                continue;
            }
            // One cell a token: never missing.
            let Some(slot) = memo.get(j) else { break };
            if let Some(t) = Cues::cue(slot, text, toks, lang, j) {
                // A fronted date is an adverbial of the main verb, not of the infinitive
                // after it: in `On Friday, the government planned to pay`, the plan stood
                // on Friday. A plan in a finite past form then looks back.
                let t = if fronted && dir > 0 && t == Tense::Future && finite_past(text, toks, lang, j) {
                    Tense::Past
                } else {
                    t
                };
                best = Some((cost, t));
                break;
            }
            if fronted && d == 1 && dir > 0 && toks[j].is_punct(',') {
                continue;
            }
            // A verb of saying outside a quotation dates what is said inside it less than
            // the quotation's own verb does (`"He will leave Thursday," Castro said`).
            if Cues::stop(slot, text, toks, j) {
                crossed += 1;
            }
        }
    }
    best.map_or((Tense::Unknown, 0), |(c, t)| (t, c))
}

fn raw_word<'t>(text: &'t str, t: &Tok) -> &'t str {
    &text[t.start..t.end]
}

/// Whether a French word ends in an accented `é`, as a past participle does (`débuté`,
/// `menacé`), where an accent in the stem (`débute`) leaves a present.
fn participle_accent(raw: &str) -> bool {
    raw.ends_with('é') || raw.ends_with('É')
}

/// The conjunction opening the English clause of the present `j`, when it is one of time
/// (`before the report is released Monday`, `until the plant is reopened`): a present
/// there stands for what is to come.
fn temporal_conjunction(text: &str, toks: &[Tok], j: usize) -> Option<usize> {
    for k in (j.saturating_sub(6)..j).rev() {
        if toks[k].sent != toks[j].sent || toks[k].kind == Kind::Punct || is_boundary(text, toks, k) {
            return None;
        }
        let mut buf = [0u8; MAX_WORD];
        if matches!(folded(text, toks, k, &mut buf), Some(b"before" | b"until" | b"till" | b"once" | b"after")) {
            return Some(k);
        }
    }
    None
}

/// The tense of a clause of time opened at `k` (`before`, `avant que`): it follows the main
/// clause, so it looks ahead unless the main clause, before it, only reports the past (`came
/// before the report is released`); one future there wins over a participle (`will stay shut
/// until`).
fn clause_after(text: &str, toks: &[Tok], lang: Lang, k: usize) -> Tense {
    let sent = toks[k].sent;
    let mut past = false;
    for i in (k.saturating_sub(REACH)..k).rev().take_while(|&i| toks[i].sent == sent) {
        match cue(text, toks, lang, i) {
            Some(Tense::Future) => return Tense::Future,
            Some(Tense::Past) => past = true,
            _ => {}
        }
    }
    if past {
        Tense::Past
    } else {
        Tense::Future
    }
}

/// Whether the verb at `j` is a finite past form (`planned`, `expected`, `prévoyait`), not
/// a participle after an auxiliary (`is expected`) nor `devait`, which in French news
/// announces a plan more than it reports one (`Vendredi, le ministre devait signer`).
fn finite_past(text: &str, toks: &[Tok], lang: Lang, j: usize) -> bool {
    let mut buf = [0u8; MAX_WORD];
    let Some(w) = folded(text, toks, j, &mut buf) else { return false };
    match lang {
        Lang::Fr => !w.starts_with(b"dev") && fr_suffix(w) == Some(Tense::Past),
        Lang::En => {
            let mut pb = [0u8; MAX_WORD];
            let after_aux =
                j > 0 && folded(text, toks, j - 1, &mut pb).is_some_and(|p| AUXILIARIES.contains(&p) || p == b"be");
            let past = irregular_past(w) || (w.len() >= 5 && w.ends_with(b"ed"));
            past && !after_aux
        }
    }
}

/// Whether the English clause before `by` (token `by`, the date after it) says a thing was
/// done by the date, which is then behind (`crews restored power by Saturday`, `the repairs
/// were finished by Friday`), rather than that a deadline was set for it, still ahead
/// (`ordered them to leave by Friday`, `said it would pay by June`, `demanded payment by
/// Friday`): a past form of the clause's own verb, with no infinitive, modal or verb of
/// asking between it and `by`.
pub(crate) fn done_by(text: &str, toks: &[Tok], by: usize) -> bool {
    const MODALS: [&[u8]; 9] = [b"will", b"would", b"shall", b"can", b"could", b"may", b"might", b"must", b"should"];
    let Some(sent) = toks.get(by).map(|t| t.sent) else { return false };
    let setters = words(Lang::En).deadline_setters;
    for k in (by.saturating_sub(12)..by).rev() {
        let t = &toks[k];
        // A comma inside a number (`5,000`) is no clause boundary.
        let in_number = k > 0
            && toks.get(k + 1).is_some_and(|n| n.kind == Kind::Num && n.start == t.end)
            && toks[k - 1].kind == Kind::Num
            && toks[k - 1].end == t.start;
        let stop = t.punct().is_some_and(|c| matches!(c, ',' | ';' | ':' | '(' | ')')) && !in_number;
        if t.sent != sent || is_quote(toks, k) || stop {
            return false;
        }
        let mut buf = [0u8; MAX_WORD];
        let Some(w) = folded(text, toks, k, &mut buf) else { continue };
        if w == b"to" {
            // `to` before a verb is an infinitive (`to leave`), before a noun phrase or a
            // number a preposition (`restored power to the city`, `to 5,000 homes`).
            let mut nb = [0u8; MAX_WORD];
            let next = folded(text, toks, k + 1, &mut nb);
            if next.is_some_and(|n| !DETERMINERS.contains(&n)) && !toks[k + 1].has(CAP) {
                // `managed to`, `failed to`, `was able to` tell what was (not) done.
                let mut pb = [0u8; MAX_WORD];
                let mut qb = [0u8; MAX_WORD];
                return match folded(text, toks, k.wrapping_sub(1), &mut pb) {
                    Some(b"managed" | b"failed") => true,
                    Some(b"able" | b"unable") => {
                        matches!(folded(text, toks, k.wrapping_sub(2), &mut qb), Some(b"was" | b"were"))
                    }
                    _ => false,
                };
            }
            continue;
        }
        if MODALS.contains(&w) || is_in(setters, w) || is_boundary(text, toks, k) {
            return false;
        }
        if irregular_past(w) || (w.len() >= 5 && w.ends_with(b"ed")) {
            return true;
        }
    }
    false
}

/// The noun an English date modifies, when it stands as an attribute: after a determiner or
/// a possessive (`the Jan. 15 vote`, `the company's Feb. 20 start`) or as a possessive itself
/// (`Wednesday's vote`). That word is a noun even where it could be a verb (`vote`, `start`,
/// `return`, `cut`), so it says nothing of the clause's tense: the verb after it does (`the
/// Jan. 15 vote was held` is past).
fn attributed_noun(text: &str, toks: &[Tok], lang: Lang, first: usize, last: usize) -> Option<usize> {
    if lang != Lang::En {
        return None;
    }
    let apostrophe = |k: usize| toks.get(k).is_some_and(|t| matches!(t.punct(), Some('\'' | '’')));
    let s_at = |k: usize| toks.get(k).is_some_and(|t| text[t.start..t.end].eq_ignore_ascii_case("s"));
    let glued = |a: usize, b: usize| toks.get(a).zip(toks.get(b)).is_some_and(|(x, y)| x.end == y.start);
    // `Wednesday's vote`: the date owns the noun after its `'s`.
    if apostrophe(last + 1) && s_at(last + 2) && glued(last, last + 1) && glued(last + 1, last + 2) {
        return Some(last + 3).filter(|&k| toks.get(k).is_some_and(|t| t.kind == Kind::Word));
    }
    let mut buf = [0u8; MAX_WORD];
    let determiner = first.checked_sub(1).is_some_and(|p| {
        folded(text, toks, p, &mut buf).is_some_and(|w| DETERMINERS.contains(&w))
            || (p >= 1 && s_at(p) && apostrophe(p - 1) && glued(p - 1, p))
    });
    // Only a word that is a noun as well as a verb: after `the first quarter` the determiner
    // is the date's own and `will` is the clause's verb.
    let noun = last + 1;
    let mut nb = [0u8; MAX_WORD];
    let lexicon = words(Lang::En);
    let both = folded(text, toks, noun, &mut nb)
        .is_some_and(|w| is_in(lexicon.scheduled_presents, w) || is_in(lexicon.same_form_pasts, w));
    (determiner && both && toks[noun].sent == toks[last].sent).then_some(noun)
}

/// Whether token `j` opens or closes a quotation: `"`, `“`, `”`, `«`, `»`, or a pair of
/// glued apostrophes or backquotes (` ``…'' `).
fn is_quote(toks: &[Tok], j: usize) -> bool {
    let Some(c) = toks[j].punct() else { return false };
    if matches!(c, '"' | '“' | '”' | '«' | '»') {
        return true;
    }
    let twin = |k: usize| toks.get(k).is_some_and(|t| t.punct() == Some(c));
    matches!(c, '\'' | '`')
        && ((j + 1 < toks.len() && twin(j + 1) && toks[j].end == toks[j + 1].start)
            || (j > 0 && twin(j - 1) && toks[j - 1].end == toks[j].start))
}

/// Whether token `j` is a word in capitals glued to a contraction (`WON'T`, `DIDN'T`,
/// `WE'LL`): a verb set in capitals for emphasis, as no name or acronym takes `n't` or `'ll`.
fn shouted_contraction(text: &str, toks: &[Tok], j: usize) -> bool {
    let glued = |a: usize, b: usize| toks.get(a).zip(toks.get(b)).is_some_and(|(x, y)| x.end == y.start);
    let mut buf = [0u8; MAX_WORD];
    all_caps(text, toks, j)
        && toks.get(j + 1).is_some_and(|t| matches!(t.punct(), Some('\'' | '’')))
        && glued(j, j + 1)
        && glued(j + 1, j + 2)
        && matches!(folded(text, toks, j + 2, &mut buf), Some(b"t" | b"ll"))
}

/// Whether token `j` is a word of two letters or more written in capitals only.
fn all_caps(text: &str, toks: &[Tok], j: usize) -> bool {
    let t = &toks[j];
    let w = &text[t.start..t.end];
    t.kind == Kind::Word && w.chars().count() > 1 && !w.chars().any(char::is_lowercase)
}

fn is_boundary(text: &str, toks: &[Tok], j: usize) -> bool {
    let t = &toks[j];
    if let Some(c) = t.punct() {
        return matches!(c, ',' | ';' | ':' | '(' | ')' | '—' | '–');
    }
    // A match rather than a scan of a list: compiled to a test of the length and a few
    // bytes, where the scan compared every entry (asked for most words near a date).
    let mut buf = [0u8; MAX_WORD];
    folded(text, toks, j, &mut buf).is_some_and(|w| {
        matches!(
            w,
            b"et"
                | b"mais"
                | b"ou"
                | b"car"
                | b"tandis"
                | b"que"
                | b"qu"
                | b"qui"
                | b"lorsque"
                | b"quand"
                | b"puis"
                | b"and"
                | b"but"
                | b"while"
                | b"whereas"
                | b"because"
                | b"although"
                | b"though"
                | b"that"
                | b"which"
                | b"who"
                | b"when"
                | b"then"
        )
    })
}

/// The folded word at `j`, copied into `buf`.
fn folded<'b>(text: &str, toks: &[Tok], j: usize, buf: &'b mut [u8; MAX_WORD]) -> Option<&'b [u8]> {
    let t = toks.get(j)?;
    if t.kind != Kind::Word {
        return None;
    }
    t.fold(text, buf)
}

/// The next word after `j`, skipping negation and adverbs that sit between an auxiliary and
/// its participle or infinitive (`n'a pas encore été`, `va bientôt signer`).
fn next_content<'b>(text: &str, toks: &[Tok], j: usize, buf: &'b mut [u8; MAX_WORD]) -> Option<&'b [u8]> {
    const SKIP: [&[u8]; 16] = [
        b"ne",
        b"n",
        b"pas",
        b"plus",
        b"deja",
        b"bien",
        b"alors",
        b"egalement",
        b"aussi",
        b"toujours",
        b"encore",
        b"en",
        b"y",
        b"not",
        b"also",
        b"already",
    ];
    let mut k = j + 1;
    while k < toks.len() && k <= j + 5 {
        if toks[k].kind == Kind::Word {
            let mut tmp = [0u8; MAX_WORD];
            let w = toks[k].fold(text, &mut tmp)?;
            if !SKIP.contains(&w) {
                let n = w.len();
                buf[..n].copy_from_slice(w);
                return Some(&buf[..n]);
            }
        } else if toks[k].kind != Kind::Punct {
            return None;
        }
        k += 1;
    }
    None
}

pub(crate) fn cue(text: &str, toks: &[Tok], lang: Lang, j: usize) -> Option<Tense> {
    let t = &toks[j];
    if t.kind != Kind::Word {
        return None;
    }
    // Capitalised words inside a sentence are names, whatever they end with; but in a
    // headline set in capitals (`LE VILLAGE FERA LA FÊTE DIMANCHE`) they are words.
    let headline = all_caps(text, toks, j) && j > 0 && all_caps(text, toks, j - 1);
    if t.has(CAP) && !t.has(SENT_START) && !headline && !shouted_contraction(text, toks, j) {
        return None;
    }
    match lang {
        Lang::Fr => cue_fr(text, toks, j),
        Lang::En => cue_en(text, toks, j),
    }
}

fn cue_fr(text: &str, toks: &[Tok], j: usize) -> Option<Tense> {
    use Tense::*;
    let t = &toks[j];
    match t.lex {
        Lex::Kw(Kw::Prochain) | Lex::Kw(Kw::Demain) => return Some(Future),
        Lex::Kw(Kw::Dernier) | Lex::Kw(Kw::Hier) => return Some(Past),
        Lex::Kw(Kw::A) if !t.has(ACCENT) => {
            // `il y a` states a fact or measures a delay; it is not a perfect tense.
            let existential = j > 0 && toks[j - 1].lex == Lex::Kw(Kw::Y);
            return (!existential && !avoir_is_main_verb(text, toks, j)).then_some(Past);
        }
        _ => {}
    }
    let mut buf = [0u8; MAX_WORD];
    let w = folded(text, toks, j, &mut buf)?;
    match w {
        b"ont" | b"avons" | b"avez" | b"ai" if avoir_is_main_verb(text, toks, j) => return None,
        b"ont" | b"avait" | b"avaient" | b"avais" | b"eut" | b"eurent" | b"avons" | b"avez" | b"ai" | b"etait"
        | b"etaient" | b"fut" | b"furent" | b"deja" | b"recemment" | b"auparavant" => return Some(Past),
        b"doit" | b"doivent" | b"devra" | b"devront" | b"devrait" | b"devraient" | b"devait" | b"devaient"
        | b"bientot" | b"prochainement" | b"venir" | b"futur" | b"future" | b"futurs" | b"futures" => {
            return Some(Future)
        }
        b"est" | b"sont" => {
            let mut nb = [0u8; MAX_WORD];
            let next = next_content(text, toks, j, &mut nb)?;
            let participle = [&b"e"[..], b"ee", b"es", b"ees", b"u", b"ue", b"us", b"ues", b"i", b"is", b"it", b"ie"]
                .iter()
                .any(|s| next.ends_with(s))
                && next.len() > 3;
            if !participle || is_future_word(next) {
                return None;
            }
            // `s'est tenu`, `est arrivé`: a compound past. Other verbs make a passive of the
            // present, a state (`sont ouvertes jusqu'au 31`), which says nothing of time.
            // `s'est`, not `c'est`.
            let elided_se = j > 1
                && toks[j - 1].punct().is_some_and(|c| matches!(c, '\'' | '’'))
                && matches!(folded(text, toks, j - 2, &mut [0u8; MAX_WORD]), Some(b"s"));
            let pronominal = j > 0
                && (elided_se
                    || matches!(folded(text, toks, j - 1, &mut [0u8; MAX_WORD]), Some(b"se" | b"nous" | b"vous")));
            const ETRE_VERBS: [&[u8]; 20] = [
                b"all",
                b"venu",
                b"arriv",
                b"parti",
                b"entr",
                b"rentr",
                b"sorti",
                b"mont",
                b"descend",
                b"mort",
                b"rest",
                b"tomb",
                b"retourn",
                b"devenu",
                b"revenu",
                b"pass",
                b"decede",
                b"intervenu",
                b"parvenu",
                b"survenu",
            ];
            let born = matches!(next, b"ne" | b"nee" | b"nes" | b"nees");
            let etre_verb = born || ETRE_VERBS.iter().any(|p| next.starts_with(p));
            return (pronominal || etre_verb).then_some(Past);
        }
        // `peut-être` is an adverb.
        b"peut" if toks.get(j + 1).and_then(|t| t.punct()).is_some_and(|c| c == '-') => return None,
        // Verbs of intention before an infinitive look ahead as `va` does (`compte réformer`,
        // `entend reprendre`); `s'apprête à` whatever follows.
        b"apprete" | b"appretent" => return Some(Future),
        // `avant que`, `jusqu'à ce que`, `en attendant que`: the subjunctive after them is of
        // what comes after the main clause (`interviennent avant que le bilan soit rendu
        // public lundi`).
        b"que" | b"qu" if j > 0 => {
            let mut pb = [0u8; MAX_WORD];
            let opens = match folded(text, toks, j - 1, &mut pb) {
                Some(b"avant" | b"attendant") => true,
                // `jusqu'à ce que`: the apostrophe is a token of its own.
                Some(b"ce") => (j.saturating_sub(4)..j - 1)
                    .any(|k| matches!(folded(text, toks, k, &mut [0u8; MAX_WORD]), Some(b"jusqu" | b"jusque"))),
                _ => false,
            };
            return opens.then(|| clause_after(text, toks, Lang::Fr, j - 1));
        }
        _ => {}
    }
    // A threat or a call in the present, like a promise, is of something to come (`menace de
    // faire grève lundi`, `appellent à manifester jeudi`); `a menacé de` is told by its
    // auxiliary.
    // The tests below that read the word alone, answered once per word ([`FrWord`]).
    let word = FrWord::of(t, w);
    if word.has(FrWord::INTENT) && !participle_accent(raw_word(text, t)) {
        let mut nb = [0u8; MAX_WORD];
        if matches!(folded(text, toks, j + 1, &mut nb), Some(b"de" | b"d" | b"a")) {
            return Some(Future);
        }
    }
    match w {
        b"va" | b"vont" | b"vais" | b"allons" | b"allez" | b"allait" | b"allaient" | b"peut" | b"peuvent"
        | b"compte" | b"comptent" | b"entend" | b"entendent" | b"veut" | b"veulent" | b"souhaite" | b"souhaitent"
        | b"projette" | b"projettent" => {
            let mut nb = [0u8; MAX_WORD];
            let next = after_clitics(text, toks, j, &mut nb)?;
            let infinitive = [&b"er"[..], b"ir", b"re", b"oir"].iter().any(|s| next.ends_with(s));
            return infinitive.then_some(Future);
        }
        _ => {}
    }
    if word.has(FrWord::FUTURE_WORD) {
        // `avait été prévu pour vendredi`: a plan of the past, for a day now gone.
        return Some(if after_pluperfect(text, toks, j) { Past } else { Future });
    }
    // Tagger words (`jusqu`, `depuis`) that end like participles are not verbs.
    let verb_like = matches!(t.lex, Lex::None | Lex::Kw(Kw::Passe));
    let raw = &text[t.start..t.end];
    let e_participle = ["é", "ée", "és", "ées", "É", "ÉE", "ÉS", "ÉES"].iter().any(|s| raw.ends_with(s));
    if verb_like && e_participle && w.len() > 3 && bare_participle(text, toks, j) {
        return Some(Past);
    }
    if verb_like && word.has(FrWord::PARTICIPLE) && after_avoir(text, toks, j) {
        return Some(Past);
    }
    // The verbs conjugated with `être`: `est reparti`, `sont arrivés`, `était mort`.
    if verb_like && word.has(FrWord::ETRE) && after_etre(text, toks, j) {
        return Some(Past);
    }
    // A timetable present (`se rencontrent lundi`); an accent at the end makes `rencontré` a
    // participle, one in the stem does not (`débute`, `se réunit`, `reçoit`).
    // After a determiner or `de` the word is a noun (`cette rencontre`, `lors du vote`).
    if word.has(FrWord::SCHEDULED) && !participle_accent(raw_word(text, t)) {
        let mut pb = [0u8; MAX_WORD];
        let prev = j.checked_sub(1).and_then(|p| folded(text, toks, p, &mut pb));
        let noun = prev.is_some_and(|p| {
            is_in(words(Lang::Fr).event_determiners, p)
                || matches!(p, b"du" | b"des" | b"de" | b"d" | b"au" | b"aux" | b"ces" | b"chaque" | b"nos" | b"vos")
        });
        if !noun {
            return Some(Future);
        }
    }
    // The future of `vous` (`vous n'entendrez pas le signal ce mercredi`, `vous pourrez`),
    // in the endings no present shares: `découvrez`, `préparez`, `espérez` are presents or
    // imperatives. Lowercase, as the surnames in `-rez` are capitalised (`Suarez`).
    let vous_future = word.has(FrWord::VOUS_FUTURE) || (word.has(FrWord::EREZ) && !raw_word(text, t).ends_with("érez"));
    if vous_future && !t.has(CAP) {
        return Some(Tense::Future);
    }
    word.suffix()
}

/// The futures of `vous` that [`FrWord::VOUS_FUTURE`] knows by their whole form, where their
/// ending is no future's (`aurez`, `ferez`).
const VOUS_FUTURES: [&[u8]; 9] =
    [b"aurez", b"serez", b"saurez", b"irez", b"direz", b"devrez", b"recevrez", b"lirez", b"ferez"];

/// What [`cue_fr`] asks of a folded word alone, with no look at the words around it: the
/// answers of the list, prefix and ending tests, as bits. A verb-like word went through all
/// of them (the 21 prefixes of `être` verbs, two hashed lists, the endings), about 250
/// instructions, and the words near dates repeat: each thread keeps the answers of the last
/// words it saw ([`FrWord::of`]), so most are read, not worked out again.
#[derive(Clone, Copy)]
struct FrWord(u16);

impl FrWord {
    /// A present of threat or call (`menace`, `appellent`): `intent_presents`.
    const INTENT: u16 = 1;
    /// [`is_future_word`].
    const FUTURE_WORD: u16 = 2;
    /// [`is_participle`].
    const PARTICIPLE: u16 = 4;
    /// Starts like a participle of a verb conjugated with `être` (`etre_participles`).
    const ETRE: u16 = 8;
    /// A timetable present (`scheduled_presents`).
    const SCHEDULED: u16 = 16;
    /// A future of `vous` by its form: `-rrez`, `-drez` or one of [`VOUS_FUTURES`].
    const VOUS_FUTURE: u16 = 32;
    /// Six letters or more in `-erez`: a future of `vous` unless the text writes `-érez`.
    const EREZ: u16 = 64;
    /// [`fr_suffix`] in two bits from here: 0 none, 1 past, 2 future, 3 unknown.
    const SUFFIX_SHIFT: u16 = 7;
    /// Set in every answer, so that a cache slot of zeros holds none.
    const KNOWN: u16 = 1 << 9;

    /// The answers for the folded word `w`.
    fn read(w: &[u8]) -> FrWord {
        let mut bits = FrWord::KNOWN;
        let mut set = |bit: u16, yes: bool| {
            if yes {
                bits |= bit;
            }
        };
        set(FrWord::INTENT, in_list!(Lang::Fr, intent_presents, w));
        set(FrWord::FUTURE_WORD, is_future_word(w));
        set(FrWord::PARTICIPLE, is_participle(w));
        set(FrWord::ETRE, words(Lang::Fr).etre_participles.iter().any(|p| w.starts_with(p.as_bytes())));
        set(FrWord::SCHEDULED, in_list!(Lang::Fr, scheduled_presents, w));
        set(FrWord::VOUS_FUTURE, w.ends_with(b"rrez") || w.ends_with(b"drez") || VOUS_FUTURES.contains(&w));
        set(FrWord::EREZ, w.len() >= 6 && w.ends_with(b"erez"));
        let suffix: u16 = match fr_suffix(w) {
            None => 0,
            Some(Tense::Past) => 1,
            Some(Tense::Future) => 2,
            Some(Tense::Unknown) => 3,
        };
        FrWord(bits | (suffix << FrWord::SUFFIX_SHIFT))
    }

    /// The answers for the word of `t`, folded as `w`: from the thread's cache when `t` keeps
    /// its folded key ([`Tok::key`], which holds `w`), else worked out.
    fn of(t: &Tok, w: &[u8]) -> FrWord {
        let key = u128::from_le_bytes(t.key);
        if key == 0 {
            return FrWord::read(w);
        }
        // Direct-mapped: a slot holds the last word that hashed to it. A key is the word's
        // bytes (never zero) followed by zeros, so equal keys are equal words.
        let x = (key as u64) ^ ((key >> 64) as u64).rotate_left(29);
        let slot = (x.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - FR_WORD_BITS)) as usize;
        FR_WORDS
            .try_with(|slots| {
                let cell = &slots[slot];
                let (k, bits) = cell.get();
                if k == key && bits != 0 {
                    return FrWord(bits);
                }
                let word = FrWord::read(w);
                cell.set((key, word.0));
                word
            })
            .unwrap_or_else(|_| FrWord::read(w))
    }

    fn has(self, bit: u16) -> bool {
        self.0 & bit != 0
    }

    /// [`fr_suffix`] of the word.
    fn suffix(self) -> Option<Tense> {
        match (self.0 >> FrWord::SUFFIX_SHIFT) & 3 {
            1 => Some(Tense::Past),
            2 => Some(Tense::Future),
            3 => Some(Tense::Unknown),
            _ => None,
        }
    }
}

/// The cache of [`FrWord::of`]: 2^11 slots of 32 bytes a thread.
const FR_WORD_BITS: u32 = 11;

thread_local! {
    static FR_WORDS: [std::cell::Cell<(u128, u16)>; 1 << FR_WORD_BITS] =
        const { [const { std::cell::Cell::new((0, 0)) }; 1 << FR_WORD_BITS] };
}

/// Whether the participle at `j` stands without an auxiliary, in apposition (`le projet,
/// présenté en janvier, sera voté`, `le maire, réélu en mars`): a done event. Not after an
/// auxiliary or an adverb (`sera officiellement installé`), nor after a determiner or a
/// preposition, which make it a noun (`la société`, `en été`, `l'entrée`).
fn bare_participle(text: &str, toks: &[Tok], j: usize) -> bool {
    const NOT_BEFORE: [&[u8]; 66] = [
        b"est",
        b"sont",
        b"sera",
        b"seront",
        b"serait",
        b"seraient",
        b"etait",
        b"etaient",
        b"etre",
        b"ete",
        b"soit",
        b"soient",
        b"fut",
        b"furent",
        b"suis",
        b"sommes",
        b"etes",
        b"es",
        b"serons",
        b"serez",
        b"ai",
        b"as",
        b"a",
        b"avons",
        b"avez",
        b"ont",
        b"avait",
        b"avaient",
        b"aura",
        b"auront",
        b"aurait",
        b"auraient",
        b"eu",
        b"ne",
        b"n",
        b"pas",
        b"plus",
        b"jamais",
        b"deja",
        b"bien",
        b"encore",
        b"tres",
        b"trop",
        b"si",
        b"mal",
        b"le",
        b"la",
        b"les",
        b"l",
        b"un",
        b"une",
        b"du",
        b"de",
        b"des",
        b"d",
        b"au",
        b"aux",
        b"en",
        b"ce",
        b"cet",
        b"cette",
        b"son",
        b"sa",
        b"ses",
        b"leur",
        b"leurs",
    ];
    let Some(p) = j.checked_sub(1) else { return false };
    if toks[p].kind == Kind::Punct {
        return toks[p].punct() == Some(',');
    }
    let mut buf = [0u8; MAX_WORD];
    let Some(prev) = folded(text, toks, p, &mut buf) else { return false };
    let preposition = matches!(toks[p].lex, Lex::Kw(_));
    !NOT_BEFORE.contains(&prev) && !prev.ends_with(b"ment") && !preposition
}

/// The word after `j` past the negation, adverbs and object pronouns that sit between an
/// auxiliary and its infinitive (`va se rendre`, `vont lui demander`, `va s'exprimer`).
fn after_clitics<'b>(text: &str, toks: &[Tok], j: usize, buf: &'b mut [u8; MAX_WORD]) -> Option<&'b [u8]> {
    const CLITICS: [&[u8]; 10] = [b"se", b"s", b"me", b"m", b"te", b"t", b"lui", b"leur", b"nous", b"vous"];
    let mut k = j;
    for _ in 0..3 {
        let mut nb = [0u8; MAX_WORD];
        let w = next_content(text, toks, k, &mut nb)?;
        if !CLITICS.contains(&w) {
            let n = w.len();
            buf[..n].copy_from_slice(w);
            return Some(&buf[..n]);
        }
        k = (k + 1..toks.len()).find(|&i| toks[i].kind == Kind::Word && fold_eq(text, toks, i, w))?;
    }
    None
}

fn fold_eq(text: &str, toks: &[Tok], i: usize, w: &[u8]) -> bool {
    folded(text, toks, i, &mut [0u8; MAX_WORD]) == Some(w)
}

/// Whether a past perfect or a past adverb governs the word at `j`: `had been scheduled`,
/// `had expected`, `as previously planned`, `avait été prévu`. A plan made then for a day
/// that the writer does not present as still ahead is read as past.
fn after_pluperfect(text: &str, toks: &[Tok], j: usize) -> bool {
    let mut k = j;
    for _ in 0..4 {
        let Some(p) = k.checked_sub(1) else { return false };
        k = p;
        if toks[k].kind == Kind::Punct {
            continue;
        }
        let mut buf = [0u8; MAX_WORD];
        match folded(text, toks, k, &mut buf) {
            Some(b"had" | b"hadn" | b"avait" | b"avaient" | b"previously" | b"originally" | b"auparavant") => {
                return true
            }
            Some(
                b"been" | b"ete" | b"not" | b"ne" | b"n" | b"pas" | b"already" | b"deja" | b"also" | b"initialement",
            ) => continue,
            _ => return false,
        }
    }
    false
}

/// The present of `avoir` at `j` is the verb itself, not an auxiliary: `ont jusqu'au 15 mars`,
/// `a des troupes`, `ont lieu` (present tense, so no cue).
fn avoir_is_main_verb(text: &str, toks: &[Tok], j: usize) -> bool {
    const NOT_PARTICIPLE: [&[u8]; 17] = [
        b"jusqu", b"lieu", b"besoin", b"droit", b"peur", b"raison", b"tort", b"un", b"une", b"le", b"la", b"les",
        b"des", b"du", b"l", b"d", b"pour",
    ];
    let mut nb = [0u8; MAX_WORD];
    next_content(text, toks, j, &mut nb).is_some_and(|w| NOT_PARTICIPLE.contains(&w))
}

fn is_participle(w: &[u8]) -> bool {
    w != b"lieu"
        && w.len() > 3
        && [&b"e"[..], b"ee", b"es", b"ees", b"u", b"ue", b"us", b"i", b"is", b"it", b"ert", b"int"]
            .iter()
            .any(|s| w.ends_with(s))
}

/// The word before `j` (past negation and adverbs) is a form of `avoir` or `être` used as
/// an auxiliary: `a annoncé`, `n'a pas encore signé`, `ont été`. The participle then marks
/// the past where the verb group ends, which is what sits next to the date.
fn after_avoir(text: &str, toks: &[Tok], j: usize) -> bool {
    const SKIP: [&[u8]; 9] = [b"ne", b"n", b"pas", b"plus", b"deja", b"bien", b"encore", b"jamais", b"ensuite"];
    let mut k = j;
    for _ in 0..4 {
        let Some(p) = k.checked_sub(1) else {
            return false;
        };
        k = p;
        let t = &toks[k];
        if t.kind == Kind::Punct {
            continue;
        }
        if t.lex == Lex::Kw(Kw::A) && !t.has(ACCENT) {
            return true;
        }
        let mut buf = [0u8; MAX_WORD];
        match folded(text, toks, k, &mut buf) {
            Some(b"ont" | b"avait" | b"avaient" | b"eu" | b"ete") => return true,
            Some(w) if SKIP.contains(&w) => continue,
            _ => return false,
        }
    }
    false
}

/// The word before `j` (past negation) is a form of `être`: the participle of a verb of
/// motion or state after it is a past (`il est reparti`), not a passive present.
fn after_etre(text: &str, toks: &[Tok], j: usize) -> bool {
    let mut k = j;
    for _ in 0..3 {
        let Some(p) = k.checked_sub(1) else {
            return false;
        };
        k = p;
        let mut buf = [0u8; MAX_WORD];
        match folded(text, toks, k, &mut buf) {
            Some(b"est" | b"sont" | b"etait" | b"etaient" | b"suis" | b"sommes" | b"etes") => return true,
            Some(b"ne" | b"n" | b"pas" | b"deja" | b"bien" | b"encore" | b"jamais") => continue,
            _ if toks[k].kind == Kind::Punct => continue,
            _ => return false,
        }
    }
    false
}

/// The beginnings of the words that look ahead whatever their own tense.
const FUTURE_PREFIXES: [&[u8]; 14] = [
    b"prevu",
    b"prevoi",
    b"prevoy",
    b"prevision",
    b"prepar",
    b"envisag",
    b"attendu",
    b"attend",
    b"redout",
    b"craign",
    b"programm",
    b"planifi",
    b"esper",
    b"promet",
];

/// Words that look ahead whatever their own tense (`prévu`, `se préparait à`, `attendue`).
fn is_future_word(w: &[u8]) -> bool {
    // Every entry starts with one of these letters: most words are ruled out by their first
    // (tested in `future_words_start_with_their_letters`).
    w.first().is_some_and(|&b| future_first(b))
        && (FUTURE_PREFIXES.iter().any(|p| w.starts_with(p)) || w == b"craint" || w == b"craignent")
}

/// Whether `b` is the first letter of a word [`is_future_word`] may know.
fn future_first(b: u8) -> bool {
    matches!(b, b'p' | b'e' | b'a' | b'r' | b'c')
}

/// Tense from French verb endings: imperfect and simple past look back, future and
/// conditional look ahead.
fn fr_suffix(w: &[u8]) -> Option<Tense> {
    use Tense::*;
    let n = w.len();
    if n >= 6 && (w.ends_with(b"erent") || w.ends_with(b"irent") || w.ends_with(b"urent")) {
        return Some(Past);
    }
    if w.ends_with(b"rait") || w.ends_with(b"raient") {
        const NOT_CONDITIONAL: [&[u8]; 13] = [
            b"portrait",
            b"retrait",
            b"extrait",
            b"attrait",
            b"trait",
            b"distrait",
            b"abstrait",
            b"soustrait",
            b"parait",
            b"apparait",
            b"disparait",
            b"vrait",
            b"trait",
        ];
        // `aurait`/`serait` mostly build conditional pasts and hearsay (`aurait tué`), not plans.
        const NEUTRAL: [&[u8]; 4] = [b"aurait", b"auraient", b"serait", b"seraient"];
        if NEUTRAL.contains(&w) {
            return None;
        }
        if n >= 5 && !NOT_CONDITIONAL.contains(&w) {
            return Some(Future);
        }
        return None;
    }
    if (n >= 6 && w.ends_with(b"aient")) || (n >= 5 && w.ends_with(b"ait")) {
        const NOT_IMPERFECT: [&[u8]; 15] = [
            b"fait",
            b"refait",
            b"parfait",
            b"satisfait",
            b"bienfait",
            b"mefait",
            b"forfait",
            b"souhait",
            b"plait",
            b"connait",
            b"reconnait",
            b"nait",
            b"sait",
            b"tait",
            b"lait",
        ];
        return (!NOT_IMPERFECT.contains(&w)).then_some(Past);
    }
    if n >= 6 && w.ends_with(b"ront") && w != b"affront" {
        return Some(Future);
    }
    if n >= 5 && w.ends_with(b"rai") {
        return Some(Future);
    }
    if w.ends_with(b"ra") {
        const SHORT: [&[u8]; 7] = [b"aura", b"saura", b"sera", b"fera", b"ira", b"dira", b"lira"];
        const NOUNS: [&[u8]; 12] = [
            b"camera", b"opera", b"cholera", b"chimera", b"extra", b"ultra", b"contra", b"mantra", b"sierra",
            b"guerra", b"vera", b"era",
        ];
        let future_ending = [&b"era"[..], b"ira", b"dra", b"rra", b"vra", b"ttra"].iter().any(|s| w.ends_with(s));
        if SHORT.contains(&w) || (n >= 5 && future_ending && !NOUNS.contains(&w)) {
            return Some(Future);
        }
    }
    None
}

fn cue_en(text: &str, toks: &[Tok], j: usize) -> Option<Tense> {
    use Tense::*;
    let mut buf = [0u8; MAX_WORD];
    let w = folded(text, toks, j, &mut buf)?;
    let apostrophe_before = j > 0 && matches!(toks[j - 1].punct(), Some('\'' | '’'));
    // After a determiner, a word is a noun or an adjective, not a verb: `announced the plan
    // Aug. 21`, `its preferred shares`, `passed on a 250-180 vote Thursday`.
    let determined = noun_phrase_head(text, toks, j, w);
    // A plan in the past perfect is one made then, for a day now gone (`had been scheduled
    // for Friday`, `as previously planned Saturday night`); `has scheduled` still looks ahead.
    const SCHEDULE: [&[u8]; 8] = [b"plan", b"schedul", b"slated", b"expect", b"due", b"set", b"intend", b"anticipat"];
    if !determined && SCHEDULE.iter().any(|p| w.starts_with(p)) && after_pluperfect(text, toks, j) {
        return Some(Past);
    }
    let mut pb = [0u8; MAX_WORD];
    let prev = j.checked_sub(1).and_then(|p| folded(text, toks, p, &mut pb));
    // A timetable present or progressive (`the leaders meet Monday`, `is meeting his
    // counterpart Friday`); not after `to`, `did` or a negation, which the words before say.
    if !determined && in_list!(Lang::En, scheduled_presents, w) {
        let progressive = w.ends_with(b"ing");
        let ok = if progressive {
            matches!(prev, Some(b"is" | b"are" | b"am" | b"re"))
                || (prev == Some(b"s") && apostrophe_before_prev(toks, j))
        } else {
            // After `was` it is an adjective of the past (`the road was open until November`).
            !matches!(
                prev,
                Some(
                    b"to" | b"did" | b"didn" | b"t" | b"not" | b"never" | b"had" | b"has" | b"have" | b"was" | b"were"
                )
            )
        };
        if ok {
            return Some(Future);
        }
    }
    // `set`, `cut`: past unless an auxiliary, a modal or `to` before them carries the tense.
    if !determined && w != b"set" && in_list!(Lang::En, same_form_pasts, w) {
        return (!prev.is_some_and(|p| AUXILIARIES.contains(&p))).then_some(Past);
    }
    match w {
        // `next to`: a place.
        b"next" if matches!(folded(text, toks, j + 1, &mut [0u8; MAX_WORD]), Some(b"to")) => return None,
        b"plan" | b"plans" if determined => return None,
        // Before a finite verb, `plans` is the subject noun, not the verb (`by May the landing
        // plans were dropped`): the verb after it gives the tense.
        b"plan" | b"plans"
            if matches!(
                folded(text, toks, j + 1, &mut [0u8; MAX_WORD]),
                Some(b"was" | b"were" | b"is" | b"are" | b"had" | b"have" | b"has" | b"failed" | b"collapsed")
            ) =>
        {
            return None
        }
        // A modal with a perfect looks back: `could have emerged`, `would have been`. With a
        // noun after `have` it is the verb of owning, and the modal keeps its own way (`will
        // have an arraignment hearing on Dec. 28`).
        b"will" | b"shall" | b"would" | b"could" | b"should" | b"might" | b"must" | b"may"
            if next_content(text, toks, j, &mut [0u8; MAX_WORD]) == Some(b"have") && modal_perfect(text, toks, j) =>
        {
            return Some(Past)
        }
        // `due to` + a noun gives a cause (`has not played since Nov. 5 due to an injury`); a
        // schedule is `is due to start`, `due Friday`.
        b"due" if causal_due(text, toks, j, prev) => return None,
        b"will" | b"shall" | b"would" | b"upcoming" | b"forthcoming" | b"soon" | b"tomorrow" | b"next" | b"plan"
        | b"plans" | b"planned" | b"planning" | b"due" | b"coming" => return Some(Future),
        // Modals and hopes look ahead: `could take place in March`, `hopes to ... before June`.
        b"could" | b"should" | b"might" | b"must" | b"may" | b"hope" | b"hopes" | b"hoping" => return Some(Future),
        b"ll" if apostrophe_before => return Some(Future),
        b"won" if matches!(toks.get(j + 1).and_then(|t| t.punct()), Some('\'' | '’')) => return Some(Future),
        // `is set to`, `was set for`: scheduled.
        b"set" if j > 0 => {
            let mut pb = [0u8; MAX_WORD];
            let mut nb = [0u8; MAX_WORD];
            let before = folded(text, toks, j - 1, &mut pb);
            let aux = matches!(before, Some(b"is" | b"are" | b"was" | b"were"));
            let next = next_content(text, toks, j, &mut nb);
            if aux && matches!(next, Some(b"to" | b"for")) {
                return Some(Future);
            }
            return (!determined && !before.is_some_and(|p| AUXILIARIES.contains(&p))).then_some(Past);
        }
        b"going" => {
            let mut nb = [0u8; MAX_WORD];
            return (next_content(text, toks, j, &mut nb)? == b"to").then_some(Future);
        }
        // An infinitive after a noun of intent names what is to come (`announced an agreement
        // to acquire the bank in January`), whatever the tense of the verb that announced it.
        b"to"
            if matches!(
                prev,
                Some(
                    b"agreement"
                        | b"plan"
                        | b"plans"
                        | b"bid"
                        | b"deal"
                        | b"offer"
                        | b"proposal"
                        | b"decision"
                        | b"intention"
                        | b"pledge"
                        | b"promise"
                        | b"commitment"
                )
            ) =>
        {
            return Some(Future)
        }
        // An infinitive set off by a comma or a bracket names what is to come of the noun
        // before it (`the results, to be announced Friday, are awaited`, `the plan, to take
        // effect in March, was approved`), whatever the main verb's tense.
        // Not a figure's new level (`fell 1.4%, or 6.43, on Friday, to 437.68`).
        b"to" if j > 0 && matches!(toks[j - 1].punct(), Some(',' | '(')) && infinitive_after(text, toks, j) => {
            return Some(Future)
        }
        // A present of wanting or promising before `to` looks ahead (`wants to resume the
        // strike on Monday`); `did not want to` is told by the words before.
        b"want" | b"wants" | b"seek" | b"seeks" | b"vow" | b"vows" | b"pledge" | b"pledges" | b"promise"
        | b"promises" | b"threaten" | b"threatens"
            if !determined && !matches!(prev, Some(b"did" | b"didn" | b"t" | b"not")) =>
        {
            let mut nb = [0u8; MAX_WORD];
            return (next_content(text, toks, j, &mut nb)? == b"to").then_some(Future);
        }
        b"has" | b"have" => {
            let mut nb = [0u8; MAX_WORD];
            let next = next_content(text, toks, j, &mut nb)?;
            // A plan in the present perfect still looks ahead (`a hearing has been scheduled`,
            // `has set a date`), as `is scheduled` does; `had been scheduled` looks back.
            let mut pb = [0u8; MAX_WORD];
            let participle = if next == b"been" {
                (j + 1..toks.len().min(j + 6))
                    .find(|&k| toks[k].kind == Kind::Word && fold_eq(text, toks, k, b"been"))
                    .and_then(|k| next_content(text, toks, k, &mut pb))
            } else {
                Some(next)
            };
            // `set` whole: `has settled` is a past.
            let plan = |p: &[u8]| SCHEDULE.iter().any(|s| if *s == b"set" { p == b"set" } else { p.starts_with(s) });
            if participle.is_some_and(plan) {
                return Some(Future);
            }
            return (next == b"been" || next.ends_with(b"ed") || irregular_past(next)).then_some(Past);
        }
        // A present next to the date says it is neither reported past nor announced (`when
        // the case is heard in May`); before a word of schedule the words after it tell (`are
        // expected to march`, `is set for`).
        b"is" | b"are" => {
            // A date that is the predicate names when the subject comes (`the funeral is
            // Saturday`, `the vote is on Dec. 12`): one already past would be `was`. Not
            // after a deictic (`today is Monday`).
            let date_word = |k: usize| {
                toks.get(k).is_some_and(|t| matches!(t.lex, Lex::Weekday(_) | Lex::Month(_) | Lex::MonthAbbr(_)))
            };
            // A time of day or a preposition may come first (`the deadline is midnight
            // Sunday`, `the vote is at 10 a.m. Tuesday`, `the election is in November`).
            let mut at = j + 1;
            while at < toks.len().min(j + 8) {
                let clock = match toks[at].kind {
                    Kind::Num => true,
                    Kind::Punct => matches!(toks[at].punct(), Some(':' | '.')),
                    Kind::Word => matches!(
                        folded(text, toks, at, &mut [0u8; MAX_WORD]),
                        Some(b"on" | b"in" | b"at" | b"midnight" | b"noon" | b"a" | b"p" | b"m" | b"am" | b"pm")
                    ),
                    _ => false,
                };
                if !clock {
                    break;
                }
                at += 1;
            }
            let deictic_before = matches!(prev, Some(b"today" | b"yesterday" | b"tomorrow" | b"it"));
            if date_word(at) && !deictic_before {
                return Some(Future);
            }
            if let Some(k) = temporal_conjunction(text, toks, j) {
                return Some(clause_after(text, toks, Lang::En, k));
            }
            let mut nb = [0u8; MAX_WORD];
            let Some(next) = next_content(text, toks, j, &mut nb) else { return Some(Unknown) };
            let open = matches!(
                next,
                b"expected" | b"scheduled" | b"slated" | b"planned" | b"set" | b"due" | b"going" | b"about" | b"likely"
            );
            // `are to meet in April`: an arrangement, as `is due to` is.
            if next == b"to" {
                let mut vb = [0u8; MAX_WORD];
                let after = (j + 1..toks.len().min(j + 4))
                    .find(|&k| toks[k].kind == Kind::Word && fold_eq(text, toks, k, b"to"));
                let verb = after.and_then(|k| folded(text, toks, k + 1, &mut vb));
                if verb.is_some_and(|v| !DETERMINERS.contains(&v) && !v.ends_with(b"ing")) {
                    return Some(Future);
                }
            }
            return (!open).then_some(Unknown);
        }
        // After a determiner or a possessive `last` is `final`, no tense (`the orbiter's last
        // flight, which launches June 28`).
        b"last" if determined || after_possessive_s(text, toks, j) => {}
        b"ago" | b"yesterday" | b"last" | b"had" | b"did" | b"didn" | b"was" | b"were" | b"wasn" | b"weren"
        | b"hadn" | b"previously" | b"recently" => return Some(Past),
        _ => {}
    }
    const AHEAD: [&[u8]; 8] =
        [b"expect", b"schedul", b"prepar", b"forecast", b"predict", b"intend", b"anticipat", b"aim"];
    // An infinitive of purpose (`launched a process over the summer to prepare for the
    // vote`) has no tense of its own: the finite verb of the clause places the date.
    if AHEAD.iter().any(|p| w.starts_with(p)) {
        return (prev != Some(b"to")).then_some(Future);
    }
    // Words of a date set in advance (`is slated to meet Thursday`, `poised to`, `a dividend
    // payable Dec. 15`); whole words, as `slate` and `poise` are nouns.
    if matches!(w, b"slated" | b"poised" | b"payable") {
        return Some(Future);
    }
    // Words in -ed that are no verb, or in news mostly an adjective (`preferred shares`,
    // `limited partners`, `listed companies`).
    const NOT_PAST: [&[u8]; 18] = [
        b"indeed",
        b"hundred",
        b"united",
        b"speed",
        b"proceed",
        b"exceed",
        b"succeed",
        b"breed",
        b"greed",
        b"embed",
        b"naked",
        b"wicked",
        b"sacred",
        b"preferred",
        b"limited",
        b"listed",
        b"related",
        b"unrelated",
    ];
    // Four-letter pasts in `-ied` (`died`, `tied`) are as regular as the longer ones.
    let short_ied = w.len() == 4 && w.ends_with(b"ied");
    let past_form = irregular_past(w) || short_ied || (w.len() >= 5 && w.ends_with(b"ed") && !NOT_PAST.contains(&w));
    if !past_form || determined {
        return None;
    }
    // After an auxiliary the participle is passive or perfect: the auxiliary carries tense.
    let mut pb = [0u8; MAX_WORD];
    let after_aux = j > 0
        && matches!(
            folded(text, toks, j - 1, &mut pb),
            Some(b"be" | b"been" | b"being" | b"is" | b"are" | b"am" | b"will" | b"would" | b"to" | b"get" | b"gets")
        );
    (!after_aux).then_some(Past)
}

/// Whether the English word `w` at `j` heads a noun phrase rather than being a verb: a
/// determiner or a possessive `'s` opens the phrase, either right before it (`the plan`, `the
/// Senate's vote Tuesday`) or before modifiers that cannot stand between a subject and its
/// verb: numbers and hyphenated compounds (`a 250-180 vote`, `the 5-4 vote`, `a two-day visit
/// Monday`), or, after `a` / `an`, one word before the base form of a verb of timetable (`a
/// final vote Thursday`: a subject taking `a` would need `votes`). Such a noun gives no tense:
/// the clause's own verb does (`passed on a … vote Thursday` is past).
fn noun_phrase_head(text: &str, toks: &[Tok], j: usize, w: &[u8]) -> bool {
    let opens = |k: usize| {
        let mut b = [0u8; MAX_WORD];
        folded(text, toks, k, &mut b).is_some_and(|p| DETERMINERS.contains(&p)) || possessive_at(text, toks, k)
    };
    let Some(first) = j.checked_sub(1) else { return false };
    if opens(first) {
        // `he's leaving`, `it's set`: a contraction of `is` / `has`, not a possessive.
        return !possessive_at(text, toks, first) || !w.ends_with(b"ing");
    }
    // Numbers and hyphenated words between the opener and the word.
    let glued = |a: usize, b: usize| toks[a].end == toks[b].start;
    let hyphen = |k: usize| matches!(toks[k].punct(), Some('-' | '–' | '/'));
    let mut k = first;
    let mut skipped = 0;
    while skipped < 6 {
        let t = &toks[k];
        let modifier = match t.kind {
            Kind::Num => true,
            Kind::Punct => hyphen(k),
            Kind::Word => {
                (k + 1 < j && hyphen(k + 1) && glued(k, k + 1))
                    || (k > 0 && hyphen(k - 1) && glued(k - 1, k))
                    || name_modifier(text, toks, k, w)
                    || (k + 1 == j && w.ends_with(b"ed") && ly_adverb(text, toks, k))
            }
            _ => false,
        };
        if !modifier {
            break;
        }
        skipped += 1;
        let Some(p) = k.checked_sub(1) else { return false };
        k = p;
    }
    if skipped > 0 && opens(k) {
        return true;
    }
    // `a final vote`: one word after `a` / `an`, the word itself the base form of a verb of
    // timetable (`a bomb hit` is a past, `a man meets` a verb).
    // The cheap tests first: this runs for every word near every date.
    toks[k].kind == Kind::Word
        && !w.ends_with(b"s")
        && !w.ends_with(b"ing")
        && k.checked_sub(1).is_some_and(|p| {
            let raw = &text.as_bytes()[toks[p].start..toks[p].end];
            raw.eq_ignore_ascii_case(b"a") || raw.eq_ignore_ascii_case(b"an")
        })
        && in_list!(Lang::En, scheduled_presents, w)
}

/// Whether token `k` is an adverb in `-ly` of the kind that stands between a determiner and
/// a participle used as an adjective (`the newly launched classes`, `a recently opened
/// store`, `the previously announced sale`): endings nouns in `-ly` do not have (`the family
/// moved`, `the rally ended`, `the assembly voted`).
fn ly_adverb(text: &str, toks: &[Tok], k: usize) -> bool {
    const ENDINGS: [&[u8]; 16] = [
        b"ntly", b"ously", b"ively", b"ically", b"edly", b"ewly", b"ctly", b"tely", b"fully", b"idly", b"ghly",
        b"ngly", b"rtly", b"ckly", b"dely", b"sely",
    ];
    let t = &toks[k];
    let w = &text.as_bytes()[t.start..t.end];
    t.kind == Kind::Word && !t.has(CAP) && w.len() >= 5 && ENDINGS.iter().any(|e| w.ends_with(e))
}

/// Whether the capitalised word at `k`, inside its sentence, names what the timetable word
/// `w` after it is about (`the Nostrand vote`, `the Senate meet`): a base form after a
/// singular name is a noun, where a plural name is a subject (`the Democrats vote Monday`) and a form in
/// `-s` a verb (`the Knesset votes Monday`).
fn name_modifier(text: &str, toks: &[Tok], k: usize, w: &[u8]) -> bool {
    let t = &toks[k];
    if !t.has(CAP) || t.has(SENT_START) || w.ends_with(b"s") || w.ends_with(b"ing") || w.ends_with(b"ed") {
        return false;
    }
    let raw = &text.as_bytes()[t.start..t.end];
    !raw.ends_with(b"s") && !raw.ends_with(b"S") && in_list!(Lang::En, scheduled_presents, w)
}

/// Whether token `k` is the `s` of a possessive `'s` after a noun (`the Senate's`), not the
/// contraction of `is` or `has` after a pronoun (`he's`, `it's`, `there's`).
fn possessive_at(text: &str, toks: &[Tok], k: usize) -> bool {
    const PRONOUNS: [&[u8]; 10] = [b"he", b"she", b"it", b"that", b"there", b"what", b"who", b"where", b"here", b"let"];
    let mut b = [0u8; MAX_WORD];
    k >= 2
        && matches!(toks[k - 1].punct(), Some('\'' | '’'))
        && fold_eq(text, toks, k, b"s")
        && !folded(text, toks, k - 2, &mut b).is_some_and(|p| PRONOUNS.contains(&p))
}

/// Whether a lower-case word that is no determiner follows `to` at `j`: a verb (`to be
/// announced`), not a figure or a noun phrase (`to 437.68`, `to the board`, `to date`, `to
/// some extent`).
fn infinitive_after(text: &str, toks: &[Tok], j: usize) -> bool {
    const NOT_VERBS: [&[u8]; 8] = [b"date", b"some", b"many", b"most", b"all", b"what", b"which", b"whom"];
    let mut b = [0u8; MAX_WORD];
    toks.get(j + 1).is_some_and(|t| t.kind == Kind::Word && !t.has(CAP))
        && folded(text, toks, j + 1, &mut b).is_some_and(|w| !DETERMINERS.contains(&w) && !NOT_VERBS.contains(&w))
}

/// Whether the token before `j` follows an apostrophe (`he's leaving`, `they're meeting`).
fn apostrophe_before_prev(toks: &[Tok], j: usize) -> bool {
    j >= 2 && matches!(toks[j - 2].punct(), Some('\'' | '’'))
}

/// The word at `j` follows a possessive `'s` (`the orbiter's last flight`).
fn after_possessive_s(text: &str, toks: &[Tok], j: usize) -> bool {
    j >= 2 && fold_eq(text, toks, j - 1, b"s") && matches!(toks[j - 2].punct(), Some('\'' | '’'))
}

/// Words before a verb that carry its tense themselves: auxiliaries, modals, `to`, negation.
const AUXILIARIES: [&[u8]; 27] = [
    b"to", b"will", b"would", b"shall", b"can", b"could", b"may", b"might", b"must", b"should", b"do", b"does", b"did",
    b"not", b"ll", b"is", b"are", b"was", b"were", b"be", b"been", b"being", b"has", b"have", b"had", b"s", b"t",
];

const DETERMINERS: [&[u8]; 14] = [
    b"the", b"a", b"an", b"its", b"their", b"his", b"her", b"our", b"this", b"these", b"those", b"each", b"every",
    b"no",
];

/// Irregular English past forms, sorted for a binary search (the tense scan looks up every
/// word near an underspecified date).
const IRREGULAR_PAST: [&[u8]; 96] = [
    b"arose",
    b"ate",
    b"became",
    b"been",
    b"began",
    b"blew",
    b"bought",
    b"broke",
    b"brought",
    b"built",
    b"came",
    b"caught",
    b"chose",
    b"dealt",
    b"done",
    b"drank",
    b"drew",
    b"drove",
    b"dug",
    b"fell",
    b"felt",
    b"fled",
    b"flew",
    b"foresaw",
    b"forgave",
    b"forgot",
    b"fought",
    b"found",
    b"froze",
    b"gave",
    b"given",
    b"gone",
    b"got",
    b"grew",
    b"heard",
    b"held",
    b"hid",
    b"hung",
    b"kept",
    b"knew",
    b"laid",
    b"led",
    b"left",
    b"lost",
    b"made",
    b"meant",
    b"met",
    b"misled",
    b"mistook",
    b"oversaw",
    b"overtook",
    b"paid",
    b"ran",
    b"rang",
    b"rode",
    b"rose",
    b"said",
    b"sang",
    b"sank",
    b"sat",
    b"saw",
    b"seen",
    b"sent",
    b"shook",
    b"shot",
    b"slept",
    b"slid",
    b"sold",
    b"sought",
    b"spent",
    b"spoke",
    b"stole",
    b"stood",
    b"struck",
    b"stuck",
    b"swept",
    b"swore",
    b"swung",
    b"taken",
    b"taught",
    b"thought",
    b"threw",
    b"told",
    b"took",
    b"tore",
    b"understood",
    b"undertook",
    b"underwent",
    b"upheld",
    b"went",
    b"wept",
    b"withdrew",
    b"withheld",
    b"won",
    b"wore",
    b"wrote",
];

/// Whether the `have` after the modal at `j` makes a perfect: a participle follows it
/// (`would have won`, `could have been`), not a noun (`will have a hearing`).
fn modal_perfect(text: &str, toks: &[Tok], j: usize) -> bool {
    let Some(h) =
        (j + 1..toks.len().min(j + 6)).find(|&k| toks[k].kind == Kind::Word && fold_eq(text, toks, k, b"have"))
    else {
        return false;
    };
    let mut b = [0u8; MAX_WORD];
    next_content(text, toks, h, &mut b)
        .is_some_and(|w| w.ends_with(b"ed") || w.ends_with(b"en") || w == b"had" || irregular_past(w))
}

/// Whether `due` at `j` (after `prev`) opens a cause: `to` follows, then no verb of
/// schedule, and no form of `be` comes before (`injured due to a fall`), where `is due to
/// start` and `the election due to be held` are schedules.
fn causal_due(text: &str, toks: &[Tok], j: usize, prev: Option<&[u8]>) -> bool {
    const BE: [&[u8]; 9] = [b"is", b"are", b"was", b"were", b"be", b"been", b"being", b"s", b"re"];
    let mut b = [0u8; MAX_WORD];
    if folded(text, toks, j + 1, &mut b) != Some(b"to") || prev.is_some_and(|p| BE.contains(&p)) {
        return false;
    }
    let mut vb = [0u8; MAX_WORD];
    if folded(text, toks, j + 2, &mut vb).is_some_and(|v| v == b"be" || in_list!(Lang::En, scheduled_presents, v)) {
        return false;
    }
    // `is also due to`, `are now due to`.
    let mut pb = [0u8; MAX_WORD];
    let before = j.checked_sub(2).and_then(|k| folded(text, toks, k, &mut pb));
    !(matches!(prev, Some(b"also" | b"now" | b"not" | b"still" | b"originally"))
        && before.is_some_and(|p| BE.contains(&p)))
}

pub(super) fn irregular_past(w: &[u8]) -> bool {
    IRREGULAR_PAST.binary_search(&w).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagger::tokens::tokenize;

    #[test]
    fn future_words_start_with_their_letters() {
        assert!(FUTURE_PREFIXES.iter().chain([&b"craint"[..], b"craignent"].iter()).all(|w| future_first(w[0])));
    }

    #[test]
    fn cached_word_answers_equal_the_answers_worked_out() {
        // The words of the lists the answers come from, each with endings that change them,
        // and more words than the cache has slots, twice over: the second pass reads what the
        // first left, in slots overwritten by other words.
        let fr = words(Lang::Fr);
        let mut stems: Vec<String> = [fr.intent_presents, fr.scheduled_presents, fr.etre_participles]
            .iter()
            .flat_map(|l| l.iter().map(|w| w.to_string()))
            .collect();
        stems.extend(FUTURE_PREFIXES.iter().chain(&VOUS_FUTURES).map(|w| String::from_utf8_lossy(w).into_owned()));
        stems.extend(
            ["portrait", "fait", "lieu", "trait", "aurait", "serait", "rencontre", "part", "vend"].map(String::from),
        );
        let endings = [
            "", "e", "ee", "es", "ait", "aient", "rait", "raient", "erent", "irent", "ra", "ront", "erez", "drez",
            "rrez", "u", "is", "it", "ert", "int", "ent",
        ];
        let mut all = Vec::new();
        for (n, stem) in stems.iter().enumerate() {
            for e in endings {
                all.push(format!("{stem}{e}"));
                all.push(format!("{}{stem}{e}", ["x", "re", "dé", "ab"][n % 4]));
            }
        }
        assert!(all.len() > 2 << FR_WORD_BITS);
        let text = all.join(" ");
        let mut toks = Vec::new();
        tokenize(&text, Lang::Fr, &mut toks);
        for _ in 0..2 {
            for t in &toks {
                let mut buf = [0u8; MAX_WORD];
                let Some(w) = t.fold(&text, &mut buf) else { continue };
                assert_eq!(FrWord::of(t, w).0, FrWord::read(w).0, "{}", &text[t.start..t.end]);
            }
        }
        // The bits are the tests' own answers.
        for w in ["menace", "prevu", "annonce", "parti", "reunit", "aurez", "preparerez", "voterent", "lieu", "long"] {
            let bits = FrWord::read(w.as_bytes());
            let w = w.as_bytes();
            assert_eq!(bits.has(FrWord::INTENT), in_list!(Lang::Fr, intent_presents, w));
            assert_eq!(bits.has(FrWord::FUTURE_WORD), is_future_word(w));
            assert_eq!(bits.has(FrWord::PARTICIPLE), is_participle(w));
            assert_eq!(bits.has(FrWord::SCHEDULED), in_list!(Lang::Fr, scheduled_presents, w));
            assert_eq!(bits.suffix(), fr_suffix(w));
        }
    }

    #[test]
    fn irregular_pasts_are_sorted() {
        assert!(IRREGULAR_PAST.windows(2).all(|p| p[0] < p[1]));
        assert!(irregular_past(b"laid") && irregular_past(b"said") && !irregular_past(b"lay"));
    }

    fn tense_of(text: &str, lang: Lang, at: &str) -> Tense {
        let mut toks = Vec::new();
        tokenize(text, lang, &mut toks);
        let i = toks.iter().position(|t| &text[t.start..t.end] == at).unwrap();
        tense_near(text, &toks, lang, i, i)
    }

    /// The tense around the tokens from the one written `from` to the next one written `to`.
    fn tense_of_span(text: &str, lang: Lang, from: &str, to: &str) -> Tense {
        let mut toks = Vec::new();
        tokenize(text, lang, &mut toks);
        let i = toks.iter().position(|t| &text[t.start..t.end] == from).unwrap();
        let j = (i..toks.len()).find(|&k| &text[toks[k].start..toks[k].end] == to).unwrap();
        tense_near(text, &toks, lang, i, j)
    }

    #[test]
    fn nearest_cue_decides() {
        use Tense::*;
        assert_eq!(tense_of("Il a déclaré jeudi qu'il se rendra à Moscou.", Lang::Fr, "jeudi"), Past);
        assert_eq!(tense_of("Il a dit qu'il se rendra jeudi à Moscou.", Lang::Fr, "jeudi"), Future);
        assert_eq!(tense_of("Le sommet aura lieu en février.", Lang::Fr, "février"), Future);
        assert_eq!(tense_of("Le pays va frustrer le Kremlin en mars.", Lang::Fr, "mars"), Future);
        assert_eq!(tense_of("Loukachenko annonçait en octobre un groupe.", Lang::Fr, "octobre"), Past);
        assert_eq!(tense_of("Ils se sont engagés en juin.", Lang::Fr, "juin"), Past);
        assert_eq!(tense_of("The summit will be held on Thursday.", Lang::En, "Thursday"), Future);
        assert_eq!(tense_of("Officials said on Thursday that talks would resume.", Lang::En, "Thursday"), Past);
        assert_eq!(tense_of("The vote is expected in March.", Lang::En, "March"), Future);
        assert_eq!(tense_of("Talks resumed in March.", Lang::En, "March"), Past);
        assert_eq!(tense_of("Rien en mars.", Lang::Fr, "mars"), Unknown);
        assert_eq!(tense_of("He traveled to Moscow in May and will return in July.", Lang::En, "May"), Past);
        assert_eq!(tense_of("He traveled to Moscow in May and will return in July.", Lang::En, "July"), Future);
        assert_eq!(tense_of("Il a dit qu'il viendrait en mars.", Lang::Fr, "mars"), Future);
        // A noun or an adjective after a determiner is no verb; `next to` is a place.
        assert_eq!(tense_of("The thrift announced the plan Aug. 21.", Lang::En, "Aug"), Past);
        assert_eq!(tense_of("Ten were wounded in the blasts next to the embassy on Friday.", Lang::En, "Friday"), Past);
        assert_eq!(tense_of("It will redeem the preferred shares on Oct. 31.", Lang::En, "Oct"), Future);
        assert_eq!(tense_of("It will redeem Series H preferred shares on Oct. 31.", Lang::En, "Oct"), Future);
        // A present stops the search for a farther verb, unless it announces a schedule.
        assert_eq!(tense_of("He had not signed it when the case is heard in May.", Lang::En, "May"), Unknown);
        assert_eq!(tense_of("Thousands are expected to march in May.", Lang::En, "May"), Future);
        // A headline in capitals has verbs; `c'est` is no compound past; `peuvent` + infinitive
        // looks ahead as `va` + infinitive does.
        assert_eq!(tense_of("LE VILLAGE FERA LA FÊTE DIMANCHE.", Lang::Fr, "DIMANCHE"), Future);
        assert_eq!(tense_of("C'est en mai que la fête a lieu.", Lang::Fr, "mai"), Unknown);
        assert_eq!(tense_of("Ils sont troisièmes et peuvent rêver du podium dimanche.", Lang::Fr, "dimanche"), Future);
        assert_eq!(tense_of("On April 8 he could have emerged from the woods.", Lang::En, "April"), Past);
        assert_eq!(tense_of("On April 8 he could emerge from the woods.", Lang::En, "April"), Future);
        // A date before a noun modifies it: the noun is no timetable present, the verb after
        // it tells (`vote`, `start` are verbs elsewhere: `the two houses vote Friday`).
        assert_eq!(tense_of_span("The Jan. 15 vote was held.", Lang::En, "Jan", "15"), Past);
        assert_eq!(tense_of_span("The two houses vote on Jan. 15.", Lang::En, "Jan", "15"), Future);
        assert_eq!(tense_of("Wednesday's vote was delayed.", Lang::En, "Wednesday"), Past);
        assert_eq!(tense_of("The company's Friday start was delayed.", Lang::En, "Friday"), Past);
        assert_eq!(tense_of("The two houses vote Friday.", Lang::En, "Friday"), Future);
        assert_eq!(tense_of("Wednesday's vote will decide it.", Lang::En, "Wednesday"), Future);
        // A date that is the predicate of `is` looks ahead, a time of day before it or not.
        assert_eq!(tense_of("The deadline is midnight Sunday.", Lang::En, "Sunday"), Future);
        assert_eq!(tense_of("The vote is at 10 a.m. Tuesday.", Lang::En, "Tuesday"), Future);
        assert_eq!(tense_of("The deadline was midnight Sunday.", Lang::En, "Sunday"), Past);
        // A fronted date is the main verb's: a plan in a finite past stood then; after an
        // auxiliary, or in the French `devait`, the plan still looks ahead.
        assert_eq!(tense_of("On Friday, the government planned to pay.", Lang::En, "Friday"), Past);
        assert_eq!(tense_of("The government planned to pay on Friday.", Lang::En, "Friday"), Future);
        assert_eq!(tense_of("On Friday, the government is expected to pay.", Lang::En, "Friday"), Future);
        assert_eq!(tense_of("Vendredi, le gouvernement prévoyait de payer.", Lang::Fr, "Vendredi"), Past);
        assert_eq!(tense_of("Vendredi, le ministre devait signer le texte.", Lang::Fr, "Vendredi"), Future);
        // A verb just before the date's preposition owns it, over a verb right after it.
        assert_eq!(tense_of("The treaty signed in April will take effect.", Lang::En, "April"), Past);
        assert_eq!(tense_of("The summit in April will focus on trade.", Lang::En, "April"), Future);
        assert_eq!(tense_of("Le traité signé en avril entrera en vigueur.", Lang::Fr, "avril"), Past);
        // A threat in the present looks ahead; in the compound past its auxiliary tells.
        assert_eq!(tense_of("Le syndicat menace de faire grève lundi.", Lang::Fr, "lundi"), Future);
        assert_eq!(tense_of("Le syndicat a menacé lundi de faire grève.", Lang::Fr, "lundi"), Past);
    }
}
