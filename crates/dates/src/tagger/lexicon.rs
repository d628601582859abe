//! Per-language word tables for the tagger.
//!
//! Words are looked up by their folded form (lowercase ASCII, accents stripped) so that
//! `Décembre`, `decembre` and `DÉCEMBRE` are one entry; the few French pairs that folding
//! merges (`a`/`à`, `des`/`dès`, `la`/`là`) are told apart by the token's accent flag.

use crate::Lang;
use std::sync::OnceLock;

/// Longest folded word the tables hold; longer words are never date words.
pub(crate) const MAX_WORD: usize = 24;

/// What a word means to the tagger.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lex {
    /// Not a date word.
    None,
    /// A month name (1–12).
    Month(u8),
    /// A month abbreviation: only a date next to a day or a year.
    MonthAbbr(u8),
    /// A weekday, 0 = Monday.
    Weekday(u8),
    /// A weekday abbreviation: only a date in front of a day and month.
    WeekdayAbbr(u8),
    /// A number word.
    Count(u16),
    /// French `sept`: seven, or September's abbreviation after a day.
    Sept,
    /// An ordinal word (`first`, `troisième`): its rank.
    Ordinal(u8),
    /// A decade of the twentieth century named in words (`the nineties`): its tens digit.
    Decade(u8),
    /// The first word of a holiday's name (`Noël`, `Christmas`, `New`): the name is read
    /// from [`Words::holidays`].
    Holiday,
    /// A function or time word.
    Kw(Kw),
}

/// Function and time words the patterns look for.
#[allow(missing_docs)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kw {
    // Determiners.
    Le,
    La,
    L,
    Les,
    The,
    A,
    Ce,
    Cet,
    Cette,
    Ces,
    This,
    That,
    Same,
    Meme,
    Chaque,
    Every,
    // Prepositions and connectives.
    En,
    In,
    On,
    Of,
    At,
    By,
    Depuis,
    Since,
    De,
    D,
    Du,
    Des,
    From,
    Entre,
    Between,
    Au,
    To,
    Et,
    And,
    Or,
    Ou,
    Until,
    Through,
    Jusqu,
    Dans,
    Ici,
    Vers,
    Avant,
    Apres,
    Before,
    After,
    Pendant,
    During,
    For,
    Within,
    // Deictic words.
    Aujourd,
    Hui,
    Hier,
    Demain,
    Today,
    Yesterday,
    Tomorrow,
    Tonight,
    Lendemain,
    Surlendemain,
    Veille,
    // Units.
    Jour,
    Semaine,
    Mois,
    An,
    Annee,
    Annees,
    Decennie,
    Day,
    Week,
    Month,
    Year,
    Decade,
    Weekend,
    End,
    Nuit,
    Night,
    Matin,
    Soir,
    Midi,
    Morning,
    Afternoon,
    Evening,
    // Modifiers.
    Dernier,
    Prochain,
    Passe,
    Suivant,
    Precedent,
    Last,
    /// `final`: the last of its parts (`the final quarter of 2009`).
    Final,
    Next,
    Past,
    Following,
    Previous,
    Plus,
    Tard,
    Tot,
    Auparavant,
    Later,
    Earlier,
    Ago,
    Now,
    Il,
    Y,
    Voici,
    Ci,
    Debut,
    Fin,
    Mi,
    Milieu,
    Courant,
    Early,
    Late,
    Mid,
    Beginning,
    Start,
    Middle,
    Premier,
    Ier,
    // Parts of a year.
    Season,
    Quarter,
    Half,
    Fortnight,
    Century,
    /// `quinzaine`: half a month.
    Quinzaine,
    /// `few`, `quelques`: about three, in counted spans only.
    Few,
    /// `hence`: from now.
    Hence,
    /// `huit`, `quinze` after a weekday: a week, two weeks further on.
    Huit,
    Quinze,
    /// A clock-time noun: `midi`, `minuit`, `noon`, `midnight`.
    Noon,
}

use Kw::*;
use Lex::{Count, Month as M, MonthAbbr as MA, Weekday as W, WeekdayAbbr as WA};

const FR: &[(&str, Lex)] = &[
    ("janvier", M(1)),
    ("janv", MA(1)),
    ("fevrier", M(2)),
    ("fevr", MA(2)),
    ("fev", MA(2)),
    ("mars", M(3)),
    ("avril", M(4)),
    ("avr", MA(4)),
    ("mai", M(5)),
    ("juin", M(6)),
    ("juillet", M(7)),
    ("juil", MA(7)),
    ("aout", M(8)),
    ("septembre", M(9)),
    ("octobre", M(10)),
    ("oct", MA(10)),
    ("novembre", M(11)),
    ("nov", MA(11)),
    ("decembre", M(12)),
    ("dec", MA(12)),
    ("lun", WA(0)),
    ("mar", WA(1)),
    ("mer", WA(2)),
    ("jeu", WA(3)),
    ("ven", WA(4)),
    ("sam", WA(5)),
    ("dim", WA(6)),
    ("lundi", W(0)),
    ("mardi", W(1)),
    ("mercredi", W(2)),
    ("jeudi", W(3)),
    ("vendredi", W(4)),
    ("samedi", W(5)),
    ("dimanche", W(6)),
    ("un", Count(1)),
    ("une", Count(1)),
    ("deux", Count(2)),
    ("trois", Count(3)),
    ("quatre", Count(4)),
    ("cinq", Count(5)),
    ("six", Count(6)),
    ("sept", Lex::Sept),
    ("huit", Lex::Kw(Huit)),
    ("neuf", Count(9)),
    ("dix", Count(10)),
    ("onze", Count(11)),
    ("douze", Count(12)),
    ("treize", Count(13)),
    ("quatorze", Count(14)),
    ("quinze", Lex::Kw(Quinze)),
    ("seize", Count(16)),
    ("vingt", Count(20)),
    ("trente", Count(30)),
    ("quarante", Count(40)),
    ("cinquante", Count(50)),
    ("soixante", Count(60)),
    ("cent", Count(100)),
    ("le", Lex::Kw(Le)),
    ("la", Lex::Kw(La)),
    ("l", Lex::Kw(L)),
    ("les", Lex::Kw(Les)),
    ("ce", Lex::Kw(Ce)),
    ("cet", Lex::Kw(Cet)),
    ("cette", Lex::Kw(Cette)),
    ("ces", Lex::Kw(Ces)),
    ("meme", Lex::Kw(Meme)),
    ("chaque", Lex::Kw(Chaque)),
    ("en", Lex::Kw(En)),
    ("depuis", Lex::Kw(Depuis)),
    ("de", Lex::Kw(De)),
    ("d", Lex::Kw(D)),
    ("du", Lex::Kw(Du)),
    ("des", Lex::Kw(Des)),
    ("entre", Lex::Kw(Entre)),
    ("au", Lex::Kw(Au)),
    ("a", Lex::Kw(A)),
    ("et", Lex::Kw(Et)),
    ("ou", Lex::Kw(Ou)),
    ("jusqu", Lex::Kw(Jusqu)),
    ("dans", Lex::Kw(Dans)),
    ("ici", Lex::Kw(Ici)),
    ("vers", Lex::Kw(Vers)),
    ("avant", Lex::Kw(Avant)),
    ("apres", Lex::Kw(Apres)),
    ("pendant", Lex::Kw(Pendant)),
    ("durant", Lex::Kw(Pendant)),
    ("aujourd", Lex::Kw(Aujourd)),
    ("hui", Lex::Kw(Hui)),
    ("hier", Lex::Kw(Hier)),
    ("demain", Lex::Kw(Demain)),
    ("lendemain", Lex::Kw(Lendemain)),
    ("surlendemain", Lex::Kw(Surlendemain)),
    ("veille", Lex::Kw(Veille)),
    ("jour", Lex::Kw(Jour)),
    ("jours", Lex::Kw(Jour)),
    ("journee", Lex::Kw(Jour)),
    ("semaine", Lex::Kw(Semaine)),
    ("semaines", Lex::Kw(Semaine)),
    ("mois", Lex::Kw(Mois)),
    ("an", Lex::Kw(An)),
    ("ans", Lex::Kw(An)),
    ("annee", Lex::Kw(Annee)),
    ("annees", Lex::Kw(Annees)),
    ("decennie", Lex::Kw(Decennie)),
    ("decennies", Lex::Kw(Decennie)),
    ("week", Lex::Kw(Week)),
    ("end", Lex::Kw(End)),
    ("weekend", Lex::Kw(Weekend)),
    ("nuit", Lex::Kw(Nuit)),
    ("matin", Lex::Kw(Matin)),
    ("matinee", Lex::Kw(Matin)),
    ("soir", Lex::Kw(Soir)),
    ("soiree", Lex::Kw(Soir)),
    ("midi", Lex::Kw(Midi)),
    ("minuit", Lex::Kw(Noon)),
    ("quinzaine", Lex::Kw(Quinzaine)),
    ("quelques", Lex::Kw(Few)),
    ("premiere", Lex::Ordinal(1)),
    ("deuxieme", Lex::Ordinal(2)),
    ("second", Lex::Ordinal(2)),
    ("seconde", Lex::Ordinal(2)),
    ("troisieme", Lex::Ordinal(3)),
    ("quatrieme", Lex::Ordinal(4)),
    ("cinquieme", Lex::Ordinal(5)),
    ("noel", Lex::Holiday),
    ("fete", Lex::Holiday),
    ("toussaint", Lex::Holiday),
    ("paques", Lex::Holiday),
    ("pentecote", Lex::Holiday),
    ("ascension", Lex::Holiday),
    ("assomption", Lex::Holiday),
    ("armistice", Lex::Holiday),
    ("nouvel", Lex::Holiday),
    ("saint", Lex::Holiday),
    ("st", Lex::Holiday),
    ("dernier", Lex::Kw(Dernier)),
    ("derniere", Lex::Kw(Dernier)),
    ("derniers", Lex::Kw(Dernier)),
    ("dernieres", Lex::Kw(Dernier)),
    ("prochain", Lex::Kw(Prochain)),
    ("prochaine", Lex::Kw(Prochain)),
    ("prochains", Lex::Kw(Prochain)),
    ("prochaines", Lex::Kw(Prochain)),
    ("passe", Lex::Kw(Passe)),
    ("passee", Lex::Kw(Passe)),
    ("suivant", Lex::Kw(Suivant)),
    ("suivante", Lex::Kw(Suivant)),
    ("precedent", Lex::Kw(Precedent)),
    ("precedente", Lex::Kw(Precedent)),
    ("plus", Lex::Kw(Plus)),
    ("tard", Lex::Kw(Tard)),
    ("tot", Lex::Kw(Tot)),
    ("auparavant", Lex::Kw(Auparavant)),
    ("il", Lex::Kw(Il)),
    ("voici", Lex::Kw(Voici)),
    ("voila", Lex::Kw(Voici)),
    ("y", Lex::Kw(Y)),
    ("ci", Lex::Kw(Ci)),
    ("debut", Lex::Kw(Debut)),
    ("fin", Lex::Kw(Fin)),
    ("mi", Lex::Kw(Mi)),
    ("milieu", Lex::Kw(Milieu)),
    ("courant", Lex::Kw(Courant)),
    ("premier", Lex::Kw(Premier)),
    ("ier", Lex::Kw(Ier)),
    ("maintenant", Lex::Kw(Now)),
    ("printemps", Lex::Kw(Season)),
    ("ete", Lex::Kw(Season)),
    ("automne", Lex::Kw(Season)),
    ("hiver", Lex::Kw(Season)),
    ("trimestre", Lex::Kw(Quarter)),
    ("semestre", Lex::Kw(Half)),
    ("siecle", Lex::Kw(Century)),
    ("siecles", Lex::Kw(Century)),
];

const EN: &[(&str, Lex)] = &[
    ("january", M(1)),
    ("jan", MA(1)),
    ("february", M(2)),
    ("feb", MA(2)),
    ("march", M(3)),
    ("mar", MA(3)),
    ("april", M(4)),
    ("apr", MA(4)),
    ("may", M(5)),
    ("june", M(6)),
    ("jun", MA(6)),
    ("july", M(7)),
    ("jul", MA(7)),
    ("august", M(8)),
    ("aug", MA(8)),
    ("september", M(9)),
    ("sep", MA(9)),
    ("sept", MA(9)),
    ("october", M(10)),
    ("oct", MA(10)),
    ("november", M(11)),
    ("nov", MA(11)),
    ("december", M(12)),
    ("dec", MA(12)),
    ("monday", W(0)),
    ("tuesday", W(1)),
    ("wednesday", W(2)),
    ("thursday", W(3)),
    ("friday", W(4)),
    ("saturday", W(5)),
    ("sunday", W(6)),
    ("mon", WA(0)),
    ("tue", WA(1)),
    ("tues", WA(1)),
    ("wed", WA(2)),
    ("thu", WA(3)),
    ("thur", WA(3)),
    ("thurs", WA(3)),
    ("fri", WA(4)),
    ("sat", WA(5)),
    ("sun", WA(6)),
    ("one", Count(1)),
    ("two", Count(2)),
    ("three", Count(3)),
    ("four", Count(4)),
    ("five", Count(5)),
    ("six", Count(6)),
    ("seven", Count(7)),
    ("eight", Count(8)),
    ("nine", Count(9)),
    ("ten", Count(10)),
    ("eleven", Count(11)),
    ("twelve", Count(12)),
    ("thirteen", Count(13)),
    ("fourteen", Count(14)),
    ("fifteen", Count(15)),
    ("sixteen", Count(16)),
    ("seventeen", Count(17)),
    ("eighteen", Count(18)),
    ("nineteen", Count(19)),
    ("twenty", Count(20)),
    ("thirty", Count(30)),
    ("forty", Count(40)),
    ("fifty", Count(50)),
    ("sixty", Count(60)),
    ("seventy", Count(70)),
    ("eighty", Count(80)),
    ("ninety", Count(90)),
    ("hundred", Count(100)),
    ("first", Lex::Ordinal(1)),
    ("second", Lex::Ordinal(2)),
    ("third", Lex::Ordinal(3)),
    ("fourth", Lex::Ordinal(4)),
    ("fifth", Lex::Ordinal(5)),
    ("sixth", Lex::Ordinal(6)),
    ("seventh", Lex::Ordinal(7)),
    ("eighth", Lex::Ordinal(8)),
    ("ninth", Lex::Ordinal(9)),
    ("tenth", Lex::Ordinal(10)),
    ("eleventh", Lex::Ordinal(11)),
    ("twelfth", Lex::Ordinal(12)),
    ("thirteenth", Lex::Ordinal(13)),
    ("fourteenth", Lex::Ordinal(14)),
    ("fifteenth", Lex::Ordinal(15)),
    ("sixteenth", Lex::Ordinal(16)),
    ("seventeenth", Lex::Ordinal(17)),
    ("eighteenth", Lex::Ordinal(18)),
    ("nineteenth", Lex::Ordinal(19)),
    ("twentieth", Lex::Ordinal(20)),
    ("thirtieth", Lex::Ordinal(30)),
    ("few", Lex::Kw(Few)),
    ("twenties", Lex::Decade(2)),
    ("thirties", Lex::Decade(3)),
    ("forties", Lex::Decade(4)),
    ("fifties", Lex::Decade(5)),
    ("sixties", Lex::Decade(6)),
    ("seventies", Lex::Decade(7)),
    ("eighties", Lex::Decade(8)),
    ("nineties", Lex::Decade(9)),
    ("hence", Lex::Kw(Hence)),
    ("noon", Lex::Kw(Noon)),
    ("midnight", Lex::Kw(Noon)),
    ("midday", Lex::Kw(Noon)),
    ("christmas", Lex::Holiday),
    ("mardi", Lex::Holiday),
    ("shrove", Lex::Holiday),
    ("ash", Lex::Holiday),
    ("palm", Lex::Holiday),
    ("maundy", Lex::Holiday),
    ("holy", Lex::Holiday),
    ("xmas", Lex::Holiday),
    ("new", Lex::Holiday),
    ("halloween", Lex::Holiday),
    ("valentine", Lex::Holiday),
    ("st", Lex::Holiday),
    ("saint", Lex::Holiday),
    ("easter", Lex::Holiday),
    ("good", Lex::Holiday),
    ("pentecost", Lex::Holiday),
    ("whit", Lex::Holiday),
    ("ascension", Lex::Holiday),
    ("independence", Lex::Holiday),
    ("thanksgiving", Lex::Holiday),
    ("labor", Lex::Holiday),
    ("labour", Lex::Holiday),
    ("memorial", Lex::Holiday),
    ("boxing", Lex::Holiday),
    ("bastille", Lex::Holiday),
    ("all", Lex::Holiday),
    ("armistice", Lex::Holiday),
    ("remembrance", Lex::Holiday),
    ("veterans", Lex::Holiday),
    ("presidents", Lex::Holiday),
    ("columbus", Lex::Holiday),
    ("martin", Lex::Holiday),
    ("the", Lex::Kw(The)),
    ("a", Lex::Kw(A)),
    ("an", Lex::Kw(A)),
    ("this", Lex::Kw(This)),
    ("current", Lex::Kw(This)),
    ("that", Lex::Kw(That)),
    ("same", Lex::Kw(Same)),
    ("every", Lex::Kw(Every)),
    ("each", Lex::Kw(Every)),
    ("in", Lex::Kw(In)),
    ("on", Lex::Kw(On)),
    ("of", Lex::Kw(Of)),
    ("at", Lex::Kw(At)),
    ("by", Lex::Kw(By)),
    ("since", Lex::Kw(Since)),
    ("from", Lex::Kw(From)),
    ("between", Lex::Kw(Between)),
    ("to", Lex::Kw(To)),
    ("and", Lex::Kw(And)),
    ("or", Lex::Kw(Or)),
    ("until", Lex::Kw(Until)),
    ("till", Lex::Kw(Until)),
    ("through", Lex::Kw(Through)),
    ("thru", Lex::Kw(Through)),
    ("before", Lex::Kw(Before)),
    ("after", Lex::Kw(After)),
    ("during", Lex::Kw(During)),
    ("for", Lex::Kw(For)),
    ("within", Lex::Kw(Within)),
    ("today", Lex::Kw(Today)),
    ("yesterday", Lex::Kw(Yesterday)),
    ("tomorrow", Lex::Kw(Tomorrow)),
    ("tonight", Lex::Kw(Tonight)),
    // Chat spellings, in posts that news quotes and in social media text: they take every
    // phrase their full words take (`6pm tmr`, `tmr night`, `nxt yr`, `last nite`).
    ("tmr", Lex::Kw(Tomorrow)),
    ("tmrw", Lex::Kw(Tomorrow)),
    ("tmrrw", Lex::Kw(Tomorrow)),
    ("trmw", Lex::Kw(Tomorrow)),
    ("tmw", Lex::Kw(Tomorrow)),
    ("tdy", Lex::Kw(Today)),
    ("tonite", Lex::Kw(Tonight)),
    ("nite", Lex::Kw(Night)),
    ("nxt", Lex::Kw(Next)),
    ("yr", Lex::Kw(Year)),
    ("yrs", Lex::Kw(Year)),
    ("wk", Lex::Kw(Week)),
    ("wks", Lex::Kw(Week)),
    ("day", Lex::Kw(Day)),
    ("days", Lex::Kw(Day)),
    ("week", Lex::Kw(Week)),
    ("weeks", Lex::Kw(Week)),
    ("month", Lex::Kw(Month)),
    ("months", Lex::Kw(Month)),
    ("year", Lex::Kw(Year)),
    ("years", Lex::Kw(Year)),
    ("decade", Lex::Kw(Decade)),
    ("decades", Lex::Kw(Decade)),
    ("weekend", Lex::Kw(Weekend)),
    ("end", Lex::Kw(End)),
    ("night", Lex::Kw(Night)),
    ("morning", Lex::Kw(Morning)),
    ("afternoon", Lex::Kw(Afternoon)),
    ("evening", Lex::Kw(Evening)),
    ("last", Lex::Kw(Last)),
    ("final", Lex::Kw(Final)),
    ("next", Lex::Kw(Next)),
    ("past", Lex::Kw(Past)),
    ("following", Lex::Kw(Following)),
    ("previous", Lex::Kw(Previous)),
    ("prior", Lex::Kw(Previous)),
    ("preceding", Lex::Kw(Previous)),
    ("later", Lex::Kw(Later)),
    ("earlier", Lex::Kw(Earlier)),
    ("ago", Lex::Kw(Ago)),
    ("now", Lex::Kw(Now)),
    ("early", Lex::Kw(Early)),
    ("late", Lex::Kw(Late)),
    ("mid", Lex::Kw(Mid)),
    ("beginning", Lex::Kw(Beginning)),
    ("start", Lex::Kw(Start)),
    ("middle", Lex::Kw(Middle)),
    ("spring", Lex::Kw(Season)),
    ("summer", Lex::Kw(Season)),
    ("autumn", Lex::Kw(Season)),
    ("fall", Lex::Kw(Season)),
    ("winter", Lex::Kw(Season)),
    ("quarter", Lex::Kw(Quarter)),
    ("half", Lex::Kw(Half)),
    ("fortnight", Lex::Kw(Fortnight)),
    ("fortnights", Lex::Kw(Fortnight)),
    ("century", Lex::Kw(Century)),
    ("centuries", Lex::Kw(Century)),
];

/// A holiday: a fixed day, a day counted from Easter Sunday, or the `n`-th weekday of a
/// month (from the end when `n` < 0).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Holiday {
    Fixed(u8, u8),
    Easter(i16),
    Nth { m: u8, wd: u8, n: i8 },
}

/// Multi-word phrases of one language, each a list of folded words; punctuation between them
/// (`l'an`, `J.-C.`, `New Year's`) is skipped when matching.
pub(crate) struct Words {
    /// Holiday names; each starts with a word the table marks [`Lex::Holiday`] (or a weekday,
    /// or `jour`).
    pub holidays: &'static [(&'static [&'static str], Holiday)],
    /// Era markers after a year or a century: before our era.
    pub era_bc: &'static [&'static [&'static str]],
    /// Era markers of our era (`apr. J.-C.`, `AD`).
    pub era_ad: &'static [&'static [&'static str]],
    /// Clock-hour marks after a number (`18 h`, `6 pm`).
    pub hour_marks: &'static [&'static str],
    /// Nouns of hours after a number, which make it a count or a time (`15 heures`).
    pub hour_nouns: &'static [&'static str],
    /// Words of a game or a bout, whose clock (`stopped the fight at 2:56`, `scored at 12:34
    /// of the second period`) counts the time played, not the time of day.
    pub game_words: &'static [&'static str],
    /// Words before a clock time that make it one (`around`, `à partir de`).
    pub clock_preps: &'static [&'static str],
    /// Time zones after a clock time, which make it one (`14:48 UTC`, `0800 GMT`).
    pub time_zones: &'static [&'static str],
    /// Season words and their season: 0 spring, 1 summer, 2 autumn, 3 winter.
    pub seasons: &'static [(&'static str, u8)],
    /// Prepositions that make an English season a time (`in the summer`).
    pub season_preps: &'static [&'static str],
    /// Words after a season that make it a name (`le printemps arabe`).
    pub season_names: &'static [&'static str],
    /// Month names that are also the name of something else when capitalised (`Mars`).
    pub month_homonyms: &'static [&'static str],
    /// Capitalised words before a weekday that make a named day (`Black Friday`).
    pub weekday_names_before: &'static [&'static str],
    /// Words after a weekday that make a named day (`Mardi gras`, `vendredi saint`).
    pub weekday_names_after: &'static [&'static str],
    /// Feasts after `weekday de` that make a named day (`lundi de Pâques`).
    pub weekday_feasts: &'static [&'static str],
    /// Weekday abbreviations that are also words (`mer`, `sun`), taken alone only with a
    /// capital and a dot.
    pub weekday_abbr_homonyms: &'static [&'static str],
    /// Endings of adjectives after `veille`, `lendemain` that make them nouns (`la veille
    /// technologique`).
    pub adjective_endings: &'static [&'static str],
    /// Prepositions before `the weekend` that make it the one the tense points to.
    pub weekend_preps: &'static [&'static str],
    /// Words that make the verb of the word after them (`to`, `will`, `could`): `to last a
    /// week` is a verb, not a span.
    pub verb_auxiliaries: &'static [&'static str],
    /// Words before `the day` that make it the day a report is about (`for the day`, `ending
    /// the day`, `on the day`).
    pub day_frames: &'static [&'static str],
    /// Words after such a `the day` that close its phrase (`ending the day at 8,017`, `down on
    /// the day by 3%`), where a noun or a pronoun would make it another day (`the day he left`).
    pub day_frame_ends: &'static [&'static str],
    /// Nouns of `au cours du week-end`.
    pub during_nouns: &'static [&'static str],
    /// Words before a day that open a span counted from it (`starting`, `à partir du`).
    pub start_words: &'static [&'static str],
    /// Words before a number that make it a code, a page or an approximate amount.
    pub not_year_before: &'static [&'static str],
    /// Capitalised nouns of events named by their year (`Expo 2010`, `the World Cup 2006`):
    /// a year after them is a date, where after another name it is a code (`Windows 2000`).
    pub event_nouns: &'static [&'static str],
    /// Words next to `2008-09` that make it a span across a year end (`the 2008-09 season`,
    /// `fiscal 2011-12`) rather than ISO's month: a noun after it or a word before it.
    pub span_after: &'static [&'static str],
    pub span_before: &'static [&'static str],
    /// Words before `de` + number that make it an amount (`près de 2000`).
    pub amount_before_de: &'static [&'static str],
    /// Nouns after a number that make it a count (`2000 soldats`, `2000 km`).
    pub count_nouns: &'static [&'static str],
    /// Plural verbs after a number that make it a count of people or things.
    pub plural_verbs: &'static [&'static str],
    /// Words before a four-digit number that make it a year whatever follows (`fiscal 1989
    /// were`, `fiscal 1990 earnings`, `the 8% notes due 1995 were priced`): a number there
    /// names a reporting or a maturity year, never an amount.
    pub year_before: &'static [&'static str],
    /// Plural nouns of a period's results that a year qualifies and no number counts
    /// (`1990 earnings`, `1989 results`): after a year they keep it a year.
    pub year_nouns: &'static [&'static str],
    /// Function words that end like plural nouns (`dans`, `this`).
    pub function_words: &'static [&'static str],
    /// Words that make `in three years` a span rather than a point (`the first in`).
    pub span_words: &'static [&'static str],
    /// Words ending in `-est` that are not superlatives.
    pub not_superlative: &'static [&'static str],
    /// Fraction and ratio nouns after `2/3`.
    pub ratio_nouns: &'static [&'static str],
    /// Possessives before a year used as a modifier (`its 2019 budget`).
    pub possessives: &'static [&'static str],
    /// Determiners that open a noun phrase naming an event: after `before`/`after`, a count
    /// of days runs from that event, which has no date of its own (`10 days before the
    /// murder`, `deux jours après son élection`).
    pub event_determiners: &'static [&'static str],
    /// Words after which a bare `M/D` or `D/M` is a date unless it reads as a common fraction
    /// (`due 12/1`, `dated 2/9`; not `rated 4/5`).
    pub numeric_date_cues: &'static [&'static str],
    /// Beginnings of words of change before `de X à Y`: the numbers are amounts, not years
    /// (`le taux est passé de 10 à 20`, `une hausse de 25 à 30`).
    pub change_words: &'static [&'static str],
    /// Past verbs of reporting, deciding or scheduling, whose object may be a coming day
    /// (`invited them to a ceremony on March 12`).
    pub report_verbs: &'static [&'static str],
    /// Words just before a count back that make it the far side of a comparison of figures
    /// (`from $4 million a year earlier`, `compared with a year earlier`).
    pub comparison_before: &'static [&'static str],
    /// Beginnings of the participles of verbs conjugated with `être` (`est reparti`).
    pub etre_participles: &'static [&'static str],
    /// Present forms (and, in English, `-ing` forms after `is`/`are`) of verbs of scheduled
    /// events: with a day and no other cue they announce it, as a timetable does (`the two
    /// leaders meet Monday`, `le procès s'ouvre jeudi`, `is meeting his counterpart Friday`).
    pub scheduled_presents: &'static [&'static str],
    /// Verbs whose simple past is their base form (`set`, `cut`): without an auxiliary or
    /// `to` before them, news uses them as pasts (`ruled … and set Friday as the deadline`).
    pub same_form_pasts: &'static [&'static str],
    /// Nouns of one-off events that a weekday may modify after `the` (`the Monday morning
    /// attack`, `the Tuesday vote`): that weekday is a date, where a bare `the Monday` is a
    /// habit or an anaphora (`the Monday after`). Habits (`Friday prayers`) are not listed.
    pub day_event_nouns: &'static [&'static str],
    /// Determiners of a thing someone owns or one of a kind (`his`, `a`): a year between one
    /// of them and a name that ends the phrase is a model year (`his 2008 Bentley`,
    /// `a 1967 Mustang`), not a date; `the` and `its` are left out (`the 2008 Olympics`,
    /// `its 1997 Annual Report` name events and periods).
    pub model_determiners: &'static [&'static str],
    /// Past forms of verbs of a lasting state: before `until` + a date they tell when the
    /// state ended (`remained closed until Monday`), where another past verb sets a
    /// deadline still ahead (`postponed until Tuesday`).
    pub state_pasts: &'static [&'static str],
    /// Past forms of verbs that ask for, set or move a deadline: before `by` + a date the
    /// date is still ahead of them (`demanded payment by Friday`), where another past verb
    /// tells a thing done by then (`crews restored power by Saturday`).
    pub deadline_setters: &'static [&'static str],
    /// Participles of putting off, before `au` / `to` + a date (`reporté au 3 avril`,
    /// `adjourned to March 3`): the new date, set then and still ahead, as after `until`.
    pub postponements: &'static [&'static str],
    /// Presents of threatening, calling, urging, before `de` / `à` and an infinitive
    /// (`menace de faire grève lundi`, `appellent à manifester jeudi`): what they call for
    /// is to come.
    pub intent_presents: &'static [&'static str],
    /// Subject pronouns: after `before`/`after` they open a clause that tells an event
    /// (`two days after it was signed`, `deux jours après qu'il a été élu`).
    pub subject_pronouns: &'static [&'static str],
    /// Prepositions and conjunctions that end a noun phrase (`his 2008 Bentley about 1:30
    /// a.m.`); a lowercase word not listed may be its head (`her 2016 Senate race`).
    pub phrase_closers: &'static [&'static str],
    /// Words after `N days later than` or `earlier than` that make it a gap against a plan,
    /// not a count from the date before (`three days later than originally planned`).
    pub plan_words: &'static [&'static str],
    /// Words of the present near a count ahead (`N years later`) that has no date to count
    /// from: the clause tells the time of writing, the far end of a gap from an event the
    /// text does not date (`Fifty-five years later, Oman has none`), not a time ahead of it.
    pub now_words: &'static [&'static str],
    /// Words of a game's score and play: near a half or a quarter with no year, that part is
    /// a period of the match (`the first half ended 1 – 1`), not of the year. Results news
    /// does not use them (`scored`, not `score`, which also rates; no `game`, a trade).
    pub score_words: &'static [&'static str],
    /// Verbs of a state that lasts, after `still` and before `today` (`the mill still stands
    /// today`, `which I still own today`): the state holds in the present at large, so
    /// `today` is "nowadays", not the day of writing. Event verbs stay out (`still plans to
    /// report results today`), and so do `is` (`shares are still lower today`) and the
    /// states news reports of the day (`rebels still hold the town today`, `still live`).
    pub lasting_states: &'static [&'static str],
    /// Nouns of things a holiday's name may qualify (`a Christmas tree`, `its Christmas ad`,
    /// `Halloween costumes`): the name then names a kind of thing, no day. Times and events
    /// held on the day are left out (`Christmas morning`, `the Christmas party`); a market is
    /// in, as it runs for weeks before the day, and so are a special and an episode, which
    /// are things broadcast, whenever they air.
    pub holiday_things: &'static [&'static str],
}

/// Whether `w` (folded) is one of `list`.
pub(crate) fn is_in(list: &[&str], w: &[u8]) -> bool {
    list.iter().any(|x| x.as_bytes() == w)
}

/// A word list as a small open-addressing set of packed keys ([`pack`]), for the lists asked
/// about for most words of a text: a hash and a probe or two instead of a comparison with
/// every entry. [`WordSet::contains`] answers as [`is_in`] does.
pub(crate) struct WordSet {
    /// Packed keys, 0 for an empty slot; a power of two long, at most a quarter full.
    slots: Vec<u128>,
    /// Entries that do not pack (longer than a key, or holding a zero byte), compared one by
    /// one.
    others: Vec<&'static str>,
}

impl WordSet {
    pub(crate) fn new(list: &'static [&'static str]) -> WordSet {
        let size = (list.len() * 4).next_power_of_two().max(8);
        let mut slots = vec![0u128; size];
        let mut others = Vec::new();
        for &w in list {
            match pack(w.as_bytes()) {
                Some(k) if !w.as_bytes().contains(&0) => {
                    let mut h = hash(k) & (size - 1);
                    while slots[h] != 0 && slots[h] != k {
                        h = (h + 1) & (size - 1);
                    }
                    slots[h] = k;
                }
                _ => others.push(w),
            }
        }
        WordSet { slots, others }
    }

    /// Whether `w` (folded) is in the list.
    pub(crate) fn contains(&self, w: &[u8]) -> bool {
        if w.is_empty() || w.len() > MAX_KEY {
            return self.others.iter().any(|x| x.as_bytes() == w);
        }
        let k = pack_le(w);
        let mask = self.slots.len() - 1;
        let mut h = hash(k) & mask;
        loop {
            let s = self.slots[h];
            if s == 0 {
                break;
            }
            if s == k {
                // A stored word has no zero byte, so its length is where its zeros start:
                // `a\0` packs as `a` does but is not `a`.
                return MAX_KEY - (s.leading_zeros() / 8) as usize == w.len();
            }
            h = (h + 1) & mask;
        }
        // A word with a zero byte packs as no stored word; it may still be an entry that did
        // not pack.
        !self.others.is_empty() && self.others.iter().any(|x| x.as_bytes() == w)
    }
}

/// [`is_in`] for the list `$list` of [`Words`] in language `$lang`, through a [`WordSet`]
/// built once for this call site and language.
macro_rules! in_list {
    ($lang:expr, $list:ident, $w:expr) => {{
        static SETS: [std::sync::OnceLock<$crate::tagger::lexicon::WordSet>; 2] =
            [std::sync::OnceLock::new(), std::sync::OnceLock::new()];
        let lang: $crate::Lang = $lang;
        SETS[lang as usize]
            .get_or_init(|| $crate::tagger::lexicon::WordSet::new($crate::tagger::lexicon::words(lang).$list))
            .contains($w)
    }};
}
pub(crate) use in_list;

use Holiday::{Easter as E, Fixed as F};

const FR_WORDS: Words = Words {
    holidays: &[
        (&["noel"], F(12, 25)),
        (&["jour", "de", "noel"], F(12, 25)),
        (&["toussaint"], F(11, 1)),
        (&["jour", "de", "l", "an"], F(1, 1)),
        (&["nouvel", "an"], F(1, 1)),
        (&["saint", "sylvestre"], F(12, 31)),
        (&["st", "sylvestre"], F(12, 31)),
        (&["saint", "valentin"], F(2, 14)),
        (&["st", "valentin"], F(2, 14)),
        (&["assomption"], F(8, 15)),
        (&["fete", "du", "travail"], F(5, 1)),
        (&["fete", "nationale"], F(7, 14)),
        (&["fete", "de", "la", "musique"], F(6, 21)),
        (&["armistice"], F(11, 11)),
        (&["paques"], E(0)),
        (&["mardi", "gras"], E(-47)),
        (&["mercredi", "des", "cendres"], E(-46)),
        (&["dimanche", "des", "rameaux"], E(-7)),
        (&["jeudi", "saint"], E(-3)),
        (&["dimanche", "de", "paques"], E(0)),
        (&["lundi", "de", "paques"], E(1)),
        (&["vendredi", "saint"], E(-2)),
        (&["samedi", "saint"], E(-1)),
        (&["ascension"], E(39)),
        (&["pentecote"], E(49)),
        (&["lundi", "de", "pentecote"], E(50)),
    ],
    era_bc: &[
        &["av", "j", "c"],
        &["avant", "j", "c"],
        &["av", "jc"],
        &["avant", "jc"],
        &["avant", "jesus", "christ"],
        &["av", "notre", "ere"],
        &["avant", "notre", "ere"],
    ],
    era_ad: &[&["apr", "j", "c"], &["ap", "j", "c"], &["apres", "j", "c"], &["apres", "jesus", "christ"]],
    hour_marks: &["h", "heure", "heures"],
    hour_nouns: &["h", "heure", "heures"],
    game_words: &[
        "round",
        "rounds",
        "reprise",
        "reprises",
        "combat",
        "arbitre",
        "chrono",
        "chronometre",
        "prolongation",
        "prolongations",
        "manche",
        "ko",
    ],
    clock_preps: &["partir"],
    time_zones: &["utc", "gmt", "tu"],
    seasons: &[("printemps", 0), ("ete", 1), ("automne", 2), ("hiver", 3)],
    season_preps: &[],
    season_names: &["arabe"],
    month_homonyms: &["mars"],
    weekday_names_before: &[],
    weekday_names_after: &["gras", "saint", "noir"],
    weekday_feasts: &["paques", "pentecote"],
    weekday_abbr_homonyms: &["mer", "jeu", "sam", "dim", "mar"],
    adjective_endings: &["ique", "iques", "ale", "ales", "elle", "elles", "aire", "aires", "ive", "ives", "iste"],
    weekend_preps: &[],
    verb_auxiliaries: &[],
    day_frames: &[],
    day_frame_ends: &[],
    during_nouns: &["cours"],
    start_words: &["partir"],
    span_after: &[
        "saison",
        "exercice",
        "campagne",
        "budget",
        "hiver",
        "scolaire",
        "universitaire",
        "crise",
        "recession",
    ],
    span_before: &["saison", "exercice", "campagne", "budget", "hiver", "annee", "annees", "crise", "recession"],
    event_nouns: &["expo", "mondial", "coupe", "jeux", "sommet", "salon", "festival", "championnats", "euro"],
    not_year_before: &[
        "n", "no", "numero", "page", "p", "article", "art", "route", "vol", "boeing", "airbus", "environ", "quelque",
        "moins", "plus", "pres",
    ],
    amount_before_de: &["pres", "plus", "moins", "autour"],
    count_nouns: &[
        "euros",
        "euro",
        "dollars",
        "dollar",
        "livres",
        "km",
        "kilometres",
        "metres",
        "m",
        "kg",
        "tonnes",
        "hectares",
        "ha",
        "pour",
        "personnes",
        "habitants",
        "morts",
        "soldats",
        "hommes",
        "gmt",
        "utc",
        "h",
        "heures",
        "minutes",
        "points",
        "voix",
        "barils",
        "emplois",
        "membres",
        "victimes",
    ],
    plural_verbs: &["ont", "sont", "avaient", "etaient", "seront"],
    year_before: &[],
    year_nouns: &[],
    function_words: &[
        "dans", "sous", "vers", "chez", "sans", "puis", "mais", "plus", "moins", "alors", "tous", "toutes", "lors",
        "elles", "nous", "vous", "leurs", "apres",
    ],
    span_words: &[],
    not_superlative: &[],
    ratio_nouns: &["majorite", "chances", "vote"],
    possessives: &[],
    numeric_date_cues: &["date", "datee", "prevu", "prevue", "echeance", "valable", "expire"],
    change_words: &[
        "pass", "augment", "port", "grimp", "baiss", "chut", "mont", "recul", "progress", "diminu", "redui", "elev",
        "oscill", "vari", "bondi", "tomb", "rehauss", "relev", "abaiss", "gonfl", "evolu", "hausse", "ramen", "fix",
    ],
    event_determiners: &[
        "le", "la", "l", "les", "son", "sa", "ses", "leur", "leurs", "un", "une", "ce", "cet", "cette", "notre",
    ],
    report_verbs: &[],
    comparison_before: &["contre", "millions", "milliards", "euros", "francs", "points"],
    scheduled_presents: &[
        "rencontre",
        "rencontrent",
        "presente",
        "presentent",
        "tient",
        "tiennent",
        "reunit",
        "reunissent",
        "ouvre",
        "ouvrent",
        "rouvre",
        "rouvrent",
        "debute",
        "debutent",
        "commence",
        "commencent",
        "reprend",
        "reprennent",
        "joue",
        "jouent",
        "affronte",
        "affrontent",
        "recoit",
        "recoivent",
        "accueille",
        "accueillent",
        "vote",
        "votent",
        "signe",
        "signent",
        "rend",
        "rendent",
        "part",
        "partent",
        "arrive",
        "arrivent",
        "rentre",
        "rentrent",
        "retrouve",
        "retrouvent",
        "termine",
        "terminent",
        "acheve",
        "achevent",
        "expire",
        "expirent",
        "ferme",
        "ferment",
    ],
    same_form_pasts: &[],
    day_event_nouns: &[],
    model_determiners: &[],
    subject_pronouns: &["qu", "que", "quand"],
    state_pasts: &[],
    deadline_setters: &[],
    postponements: &[
        "reporte",
        "reportee",
        "reportes",
        "reportees",
        "renvoye",
        "renvoyee",
        "renvoyes",
        "renvoyees",
        "repousse",
        "repoussee",
        "repousses",
        "repoussees",
        "ajourne",
        "ajournee",
        "ajournes",
        "ajournees",
        "differe",
        "differee",
        "differes",
        "differees",
        "decale",
        "decalee",
        "decales",
        "decalees",
        "delibere",
    ],
    intent_presents: &[
        "menace",
        "menacent",
        "appelle",
        "appellent",
        "exhorte",
        "exhortent",
        "invite",
        "invitent",
        "engage",
        "engagent",
        "propose",
        "proposent",
        "decide",
        "decident",
    ],
    phrase_closers: &[],
    plan_words: &[],
    now_words: &[
        "est",
        "sont",
        "reste",
        "restent",
        "demeure",
        "demeurent",
        "toujours",
        "encore",
        "aujourd",
        "desormais",
        "maintenant",
    ],
    score_words: &[],
    lasting_states: &[],
    etre_participles: &[
        "parti",
        "reparti",
        "arrive",
        "venu",
        "revenu",
        "devenu",
        "intervenu",
        "parvenu",
        "survenu",
        "mort",
        "decede",
        "alle",
        "rentre",
        "retourne",
        "sorti",
        "ressorti",
        "tombe",
        "reste",
        "ne",
        "nee",
        "nes",
    ],
    holiday_things: &[],
};

const EN_WORDS: Words = Words {
    holidays: &[
        (&["christmas"], F(12, 25)),
        (&["xmas"], F(12, 25)),
        (&["christmas", "day"], F(12, 25)),
        (&["christmas", "eve"], F(12, 24)),
        (&["new", "year", "s", "day"], F(1, 1)),
        (&["new", "year", "day"], F(1, 1)),
        (&["new", "year", "s", "eve"], F(12, 31)),
        (&["halloween"], F(10, 31)),
        (&["valentine", "s", "day"], F(2, 14)),
        (&["st", "valentine", "s", "day"], F(2, 14)),
        (&["saint", "valentine", "s", "day"], F(2, 14)),
        (&["st", "patrick", "s", "day"], F(3, 17)),
        (&["saint", "patrick", "s", "day"], F(3, 17)),
        (&["independence", "day"], F(7, 4)),
        (&["bastille", "day"], F(7, 14)),
        (&["boxing", "day"], F(12, 26)),
        (&["all", "saints", "day"], F(11, 1)),
        (&["armistice", "day"], F(11, 11)),
        (&["remembrance", "day"], F(11, 11)),
        (&["veterans", "day"], F(11, 11)),
        (&["easter"], E(0)),
        (&["easter", "sunday"], E(0)),
        (&["easter", "monday"], E(1)),
        (&["good", "friday"], E(-2)),
        // `Easter Saturday` in news is the eve of Easter, the day of the vigil.
        (&["easter", "saturday"], E(-1)),
        (&["holy", "saturday"], E(-1)),
        (&["holy", "thursday"], E(-3)),
        (&["mardi", "gras"], E(-47)),
        (&["shrove", "tuesday"], E(-47)),
        (&["ash", "wednesday"], E(-46)),
        (&["palm", "sunday"], E(-7)),
        (&["maundy", "thursday"], E(-3)),
        (&["ascension", "day"], E(39)),
        (&["pentecost"], E(49)),
        (&["whit", "sunday"], E(49)),
        (&["whit", "monday"], E(50)),
        (&["thanksgiving"], Holiday::Nth { m: 11, wd: 3, n: 4 }),
        (&["labor", "day"], Holiday::Nth { m: 9, wd: 0, n: 1 }),
        (&["memorial", "day"], Holiday::Nth { m: 5, wd: 0, n: -1 }),
        // The other Monday holidays of the United States.
        (&["presidents", "day"], Holiday::Nth { m: 2, wd: 0, n: 3 }),
        (&["columbus", "day"], Holiday::Nth { m: 10, wd: 0, n: 2 }),
        (&["martin", "luther", "king", "day"], Holiday::Nth { m: 1, wd: 0, n: 3 }),
        (&["martin", "luther", "king", "jr", "day"], Holiday::Nth { m: 1, wd: 0, n: 3 }),
    ],
    era_bc: &[&["bc"], &["b", "c"], &["bce"], &["b", "c", "e"]],
    era_ad: &[&["ad"], &["a", "d"], &["ce"], &["c", "e"]],
    hour_marks: &["pm", "am", "p", "a", "o"],
    hour_nouns: &["h", "hour", "hours", "clock"],
    game_words: &[
        "round", "rounds", "fight", "bout", "referee", "period", "inning", "innings", "overtime", "lap", "laps",
        "knockout", "ko", "tko", "stoppage", "halftime", "shootout",
    ],
    clock_preps: &["around", "about"],
    time_zones: &[
        "utc", "gmt", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "et", "pt", "cet", "cest", "bst",
    ],
    seasons: &[("spring", 0), ("summer", 1), ("autumn", 2), ("fall", 2), ("winter", 3)],
    season_preps: &["in", "during", "over", "since", "until", "through", "by", "throughout", "for", "into"],
    season_names: &[],
    month_homonyms: &[],
    weekday_names_before: &[
        "black", "good", "super", "bloody", "cyber", "holy", "easter", "ash", "palm", "boxing", "fat", "blue",
    ],
    weekday_names_after: &[],
    weekday_feasts: &[],
    weekday_abbr_homonyms: &["sat", "sun", "wed"],
    adjective_endings: &[],
    weekend_preps: &["over", "during", "at", "on", "throughout"],
    verb_auxiliaries: &[
        "to", "will", "would", "shall", "can", "could", "may", "might", "must", "should", "do", "does", "did", "not",
        "ll",
    ],
    day_frames: &[
        "for",
        "on",
        "during",
        "throughout",
        "end",
        "ends",
        "ended",
        "ending",
        "finish",
        "finished",
        "finishes",
        "finishing",
        "close",
        "closed",
        "closes",
        "closing",
    ],
    day_frame_ends: &["at", "down", "up", "higher", "lower", "with", "flat", "unchanged", "by"],
    during_nouns: &[],
    start_words: &["starting", "beginning"],
    span_after: &[
        "season",
        "seasons",
        "fiscal",
        "financial",
        "budget",
        "budgets",
        "school",
        "academic",
        "tax",
        "crop",
        "winter",
        "term",
        "campaign",
        "session",
        "recession",
        "crisis",
        "downturn",
        "year",
    ],
    span_before: &["fiscal", "fy", "season", "seasons", "financial", "school", "academic", "tax", "crop", "budget"],
    event_nouns: &[
        "expo",
        "cup",
        "games",
        "olympics",
        "summit",
        "conference",
        "festival",
        "championship",
        "championships",
        "show",
        "fair",
        "forum",
        "congress",
        "convention",
        "open",
        "awards",
        "award",
        "prize",
        "medal",
        "election",
        "elections",
        "census",
    ],
    not_year_before: &[
        "n",
        "no",
        "number",
        "page",
        "p",
        "article",
        "art",
        "route",
        "vol",
        "boeing",
        "airbus",
        "flight",
        "room",
        "suite",
        "highway",
        "interstate",
        "exit",
        "channel",
        "gate",
        "platform",
        "apartment",
        "about",
        "some",
        "nearly",
        "almost",
        "over",
        "than",
        "approximately",
        "roughly",
        "least",
        "totalling",
        "plus",
    ],
    amount_before_de: &[],
    count_nouns: &[
        "euros",
        "euro",
        "dollars",
        "dollar",
        "km",
        "kilometres",
        "kilometers",
        "metres",
        "meters",
        "m",
        "kg",
        "tonnes",
        "tons",
        "hectares",
        "ha",
        "percent",
        "per",
        "people",
        "deaths",
        "soldiers",
        "troops",
        "men",
        "gmt",
        "utc",
        "h",
        "hours",
        "minutes",
        "points",
        "votes",
        "barrels",
        "jobs",
        "members",
        "cases",
        "victims",
        "residents",
    ],
    plural_verbs: &["were", "are", "have", "had"],
    year_before: &["fiscal", "fy", "calendar", "due"],
    year_nouns: &["earnings", "results", "profits", "revenues", "figures", "losses", "sales"],
    function_words: &["this", "was", "has", "its", "always", "thus", "plus", "minus"],
    span_words: &["first", "most", "least", "best", "worst", "record", "ever", "time", "times", "only", "once", "last"],
    not_superlative: &[
        "interest", "protest", "request", "contest", "harvest", "forest", "arrest", "unrest", "honest", "modest",
        "inquest", "conquest", "suggest", "invest",
    ],
    ratio_nouns: &["majority", "chance", "chances", "vote", "split"],
    possessives: &["its", "their", "his", "her", "our"],
    event_determiners: &["the", "a", "an", "its", "their", "his", "her", "our", "this", "that"],
    change_words: &[],
    numeric_date_cues: &[
        "due",
        "dated",
        "effective",
        "expires",
        "expiring",
        "ending",
        "starting",
        "beginning",
        "thru",
        "til",
        "till",
        "happened",
        "occurred",
        "closed",
        "opened",
        "released",
        "filed",
        "signed",
        "held",
        "scheduled",
        "slated",
    ],
    comparison_before: &[
        "from", "with", "against", "than", "versus", "vs", "million", "billion", "trillion", "cents", "share",
        "percent", "points",
    ],
    report_verbs: &[
        "said",
        "told",
        "announced",
        "invited",
        "decided",
        "extended",
        "scheduled",
        "set",
        "setting",
        "planned",
        "agreed",
        "called",
        "calling",
        "asked",
        "ordered",
        "postponed",
        "delayed",
        "moved",
        "allowed",
        "approved",
        "proposed",
        "urged",
    ],
    // Base and `-s` forms only where they are no common noun or adjective (not `open`,
    // `vote`, `visits`, `heads`); `-ing` forms count only after `is`/`are`.
    scheduled_presents: &[
        "appear",
        "appears",
        "appearing",
        "go",
        "goes",
        "meet",
        "meets",
        "opens",
        "reopens",
        "begin",
        "begins",
        "resume",
        "resumes",
        "convene",
        "convenes",
        "arrive",
        "arrives",
        "depart",
        "departs",
        "fly",
        "flies",
        "travel",
        "travels",
        "faces",
        "meeting",
        "opening",
        "reopening",
        "beginning",
        "starting",
        "resuming",
        "convening",
        "arriving",
        "leaving",
        "departing",
        "flying",
        "traveling",
        "travelling",
        "visiting",
        "returning",
        "playing",
        "facing",
        "hosting",
        "voting",
        "signing",
        "launching",
        "heading",
        "votes",
        "ends",
        "expires",
        "plays",
        "visits",
        "closes",
        "hosts",
        "starts",
        "takes",
        // The present forms of verbs above that had only one (`returning`, `leaving`,
        // `visits`, `heading`, `signing`, `convening`): a verb's forms come as a set.
        "return",
        "returns",
        "leave",
        "leaves",
        "visit",
        "heads",
        "signs",
        "reconvene",
        "reconvenes",
        "reconvening",
        "testify",
        "testifies",
        "testifying",
        // The plural presents of `expires`, `hosts`, `starts`, `takes`, `votes`, `reopens`
        // (`the cuts take effect Friday`); not `end`, a market report's past (`stocks end
        // lower Monday`).
        "expire",
        "host",
        "start",
        "take",
        "vote",
        "reopen",
        // Courts hear cases and bonds mature on a calendar set in advance.
        "hear",
        "hears",
        "mature",
        "matures",
    ],
    same_form_pasts: &[
        "set", "cut", "put", "let", "hit", "quit", "shut", "cast", "spread", "hurt", "bid", "split", "upset",
    ],
    day_event_nouns: &[
        "attack",
        "attacks",
        "shooting",
        "shootings",
        "bombing",
        "blast",
        "explosion",
        "raid",
        "crash",
        "collision",
        "accident",
        "quake",
        "earthquake",
        "fire",
        "storm",
        "robbery",
        "heist",
        "killing",
        "killings",
        "murder",
        "arrest",
        "vote",
        "election",
        "referendum",
        "meeting",
        "talks",
        "summit",
        "hearing",
        "ruling",
        "verdict",
        "announcement",
        "statement",
        "speech",
        "debate",
        "protest",
        "protests",
        "rally",
        "strike",
        "game",
        "match",
        "race",
        "final",
        "incident",
        "deadline",
    ],
    model_determiners: &["his", "her", "their", "my", "your", "our", "a", "an"],
    subject_pronouns: &["it", "he", "she", "they", "we", "i", "you"],
    state_pasts: &[
        "remained",
        "stayed",
        "lasted",
        "continued",
        "persisted",
        "lingered",
        "survived",
        "lived",
        "served",
        "ran",
    ],
    deadline_setters: &[
        "asked",
        "demanded",
        "ordered",
        "urged",
        "requested",
        "required",
        "sought",
        "called",
        "gave",
        "set",
        "extended",
        "postponed",
        "delayed",
        "deferred",
        "promised",
        "pledged",
        "vowed",
        "expected",
        "planned",
        "scheduled",
        "agreed",
        "told",
        "instructed",
        "directed",
        "wanted",
        "hoped",
        "needed",
        "insisted",
    ],
    intent_presents: &[],
    postponements: &["postponed", "adjourned", "delayed", "deferred", "rescheduled", "pushed", "moved"],
    phrase_closers: &[
        "about", "with", "into", "near", "when", "who", "which", "while", "as", "along", "down", "up", "across",
        "toward", "towards", "outside", "inside", "without", "because", "onto", "off", "past",
    ],
    now_words: &[
        "is", "are", "has", "have", "isn", "aren", "hasn", "haven", "does", "doesn", "remains", "remain", "still",
        "now", "today", "nowadays",
    ],
    plan_words: &[
        "originally",
        "initially",
        "first",
        "previously",
        "planned",
        "expected",
        "scheduled",
        "anticipated",
        "forecast",
        "predicted",
        "intended",
        "announced",
        "usual",
        "normal",
        "hoped",
        "thought",
        "projected",
    ],
    score_words: &[
        "scored",
        "scoring",
        "scoreboard",
        "goals",
        "halftime",
        "inning",
        "innings",
        "touchdown",
        "touchdowns",
        "kickoff",
        "overtime",
        "referee",
        "equaliser",
        "equalizer",
        "equalising",
        "equalizing",
    ],
    lasting_states: &[
        "own",
        "owns",
        "stand",
        "stands",
        "exist",
        "exists",
        "survive",
        "survives",
        "remember",
        "remembers",
        "use",
        "uses",
    ],
    etre_participles: &[],
    holiday_things: &[
        "tree",
        "trees",
        "ad",
        "ads",
        "advert",
        "adverts",
        "advertisement",
        "commercial",
        "campaign",
        "card",
        "cards",
        "jumper",
        "jumpers",
        "sweater",
        "sweaters",
        "lights",
        "decorations",
        "ornament",
        "ornaments",
        "wreath",
        "stocking",
        "stockings",
        "costume",
        "costumes",
        "candy",
        "eggs",
        "movie",
        "movies",
        "film",
        "films",
        "music",
        "song",
        "songs",
        "carol",
        "carols",
        "album",
        "single",
        "tunes",
        "special",
        "episode",
        "spirit",
        "deals",
        "gifts",
        "presents",
        "cracker",
        "crackers",
        "pudding",
        "market",
        "markets",
        "list",
        "shopping",
    ],
};

/// The phrase tables of `lang`.
pub(crate) fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::Fr => &FR_WORDS,
        Lang::En => &EN_WORDS,
    }
}

/// Open-addressing table over keys packed into a `u128`: every table word fits in 16 bytes,
/// so a probe is one multiply and one integer compare, which matters because every word
/// token of the text is looked up.
pub(crate) struct Table {
    /// A fixed size, so that a probe needs neither a bounds check nor a mask from memory.
    slots: Box<[(u128, Lex); SLOTS]>,
}

/// Slots of a [`Table`]: a power of two, over twice the longest word list.
const SLOTS: usize = 1024;
const MASK: usize = SLOTS - 1;

/// Folded words up to this length can be table words.
pub(crate) const MAX_KEY: usize = 16;

pub(crate) fn pack(key: &[u8]) -> Option<u128> {
    if key.is_empty() || key.len() > MAX_KEY {
        return None;
    }
    Some(pack_le(key))
}

/// The bytes of `key` (1 to [`MAX_KEY`] of them) little-endian, zeros after: read in two
/// overlapping fixed-size loads rather than copied at their length, which was a call to
/// `memcpy` in every word list asked about most words of a text ([`WordSet::contains`]).
#[inline]
fn pack_le(key: &[u8]) -> u128 {
    fn load<const N: usize>(s: &[u8]) -> [u8; N] {
        let mut b = [0u8; N];
        b.copy_from_slice(&s[..N]);
        b
    }
    let n = key.len();
    if n >= 8 {
        let lo = u64::from_le_bytes(load(key));
        // Bytes 8..n are the top n - 8 bytes of the last eight.
        let hi = u64::from_le_bytes(load(&key[n - 8..]));
        let hi = if n == 8 { 0 } else { hi >> (8 * (16 - n)) };
        u128::from(lo) | (u128::from(hi) << 64)
    } else if n >= 4 {
        let lo = u32::from_le_bytes(load(key));
        let hi = u32::from_le_bytes(load(&key[n - 4..]));
        let hi = if n == 4 { 0 } else { hi >> (8 * (8 - n)) };
        u128::from(lo) | (u128::from(hi) << 32)
    } else {
        key.iter().rev().fold(0u128, |k, &b| (k << 8) | u128::from(b))
    }
}

fn hash(k: u128) -> usize {
    let x = (k as u64) ^ ((k >> 64) as u64).rotate_left(29);
    (x.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 40) as usize
}

impl Table {
    fn build(list: &[(&'static str, Lex)]) -> Table {
        let mut slots = Box::new([(0u128, Lex::None); SLOTS]);
        for &(word, lex) in list {
            let Some(key) = pack(word.as_bytes()) else {
                continue;
            };
            let mut h = hash(key) & MASK;
            while slots[h].0 != 0 && slots[h].0 != key {
                h = (h + 1) & MASK;
            }
            slots[h] = (key, lex);
        }
        Table { slots }
    }

    fn get(&self, key: &[u8]) -> Lex {
        match pack(key) {
            Some(key) => self.get_packed(key),
            None => Lex::None,
        }
    }

    /// The meaning of a folded word of 1 to [`MAX_KEY`] bytes packed as [`pack`] does (its
    /// bytes little-endian, zeros after): the tokenizer builds the key straight from the text.
    #[inline]
    pub(crate) fn get_packed(&self, key: u128) -> Lex {
        let mut h = hash(key) & MASK;
        loop {
            let (k, lex) = self.slots[h];
            if k == key {
                return lex;
            }
            if k == 0 {
                return Lex::None;
            }
            h = (h + 1) & MASK;
        }
    }
}

/// The chat spellings of the English table (`tmr`, `nxt`, `yr`): the same letters in
/// capitals are acronyms as often (`TMR`, `NXT`).
const CHAT: [&str; 13] =
    ["tmr", "tmrw", "tmrrw", "trmw", "tmw", "tdy", "tonite", "nite", "nxt", "yr", "yrs", "wk", "wks"];

/// Whether the word `w` (any case) is a chat spelling.
pub(crate) fn is_chat(w: &[u8]) -> bool {
    CHAT.iter().any(|c| c.as_bytes().eq_ignore_ascii_case(w))
}

/// The meaning of a folded word in `lang`.
pub(crate) fn lookup(lang: Lang, folded: &[u8]) -> Lex {
    table(lang).get(folded)
}

/// The word table of `lang`, for a caller that looks up every word of a text.
pub(crate) fn table(lang: Lang) -> &'static Table {
    static TABLES: OnceLock<[Table; 2]> = OnceLock::new();
    let tables = TABLES.get_or_init(|| [Table::build(FR), Table::build(EN)]);
    match lang {
        Lang::Fr => &tables[0],
        Lang::En => &tables[1],
    }
}

/// Folds one character to lowercase unaccented ASCII (up to two bytes, for `œ`); `None` for
/// characters no table word contains.
const fn fold_char(c: char) -> Option<(u8, u8)> {
    let b = match c {
        'a'..='z' | '0'..='9' => c as u8,
        'A'..='Z' => c as u8 + 32,
        'à' | 'â' | 'ä' | 'á' | 'À' | 'Â' | 'Ä' | 'Á' => b'a',
        'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => b'e',
        'î' | 'ï' | 'í' | 'Î' | 'Ï' | 'Í' => b'i',
        'ô' | 'ö' | 'ó' | 'Ô' | 'Ö' | 'Ó' => b'o',
        'ù' | 'û' | 'ü' | 'ú' | 'Ù' | 'Û' | 'Ü' | 'Ú' => b'u',
        'ç' | 'Ç' => b'c',
        'ÿ' => b'y',
        'œ' | 'Œ' => return Some((b'o', b'e')),
        'æ' | 'Æ' => return Some((b'a', b'e')),
        _ => return None,
    };
    Some((b, 0))
}

/// Each ASCII letter and digit folded (lowercase); 0 for every other byte.
static ASCII_FOLD: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 128 {
        let b = i as u8;
        if b.is_ascii_alphanumeric() {
            t[i] = b.to_ascii_lowercase();
        }
        i += 1;
    }
    t
};

/// [`fold_char`] of U+00C0 + n, the characters whose UTF-8 is `0xC3, 0x80 + n`; (0, 0)
/// where it gives none.
static LATIN1_FOLD: [(u8, u8); 64] = {
    let mut t = [(0u8, 0u8); 64];
    let mut n = 0;
    while n < 64 {
        if let Some(c) = char::from_u32(0xC0 + n as u32) {
            if let Some(f) = fold_char(c) {
                t[n] = f;
            }
        }
        n += 1;
    }
    t
};

/// The fold of the character `0xC3, n` (U+00C0 + `n & 0x3F`): one or two ASCII bytes, or
/// (0, 0) when no table word holds it.
#[inline]
pub(crate) fn latin1_fold(n: u8) -> (u8, u8) {
    LATIN1_FOLD[usize::from(n & 0x3F)]
}

/// Folds `word` into `buf`; `None` when it is too long or holds a letter outside Latin-1.
pub(crate) fn fold<'b>(word: &str, buf: &'b mut [u8; MAX_WORD]) -> Option<&'b [u8]> {
    // A byte at a time through tables, without decoding characters: ASCII, and the
    // accented letters of French (two bytes, the first 0xC3). Every word token that is not
    // plain ASCII is folded once or more.
    let bytes = word.as_bytes();
    let mut n = 0;
    let mut k = 0;
    while k < bytes.len() {
        let b = bytes[k];
        // No table word holds a character that folds to nothing, nor is longer than the
        // buffer.
        if b < 0x80 {
            let a = ASCII_FOLD[usize::from(b)];
            if a == 0 || n == MAX_WORD {
                return None;
            }
            buf[n] = a;
            n += 1;
            k += 1;
        } else if b == 0xC3 && k + 1 < bytes.len() {
            let (a, c) = LATIN1_FOLD[usize::from(bytes[k + 1] & 0x3F)];
            let need = if c == 0 { 1 } else { 2 };
            if a == 0 || n + need > MAX_WORD {
                return None;
            }
            buf[n] = a;
            if c != 0 {
                buf[n + 1] = c;
            }
            n += need;
            k += 2;
        } else {
            return fold_chars(word, buf);
        }
    }
    Some(&buf[..n])
}

/// [`fold`] a character at a time: for any character outside ASCII and U+00C0–U+00FF.
fn fold_chars<'b>(word: &str, buf: &'b mut [u8; MAX_WORD]) -> Option<&'b [u8]> {
    let mut n = 0;
    for c in word.chars() {
        let (a, b) = fold_char(c)?;
        let need = if b == 0 { 1 } else { 2 };
        if n + need > MAX_WORD {
            return None;
        }
        buf[n] = a;
        if b != 0 {
            buf[n + 1] = b;
        }
        n += need;
    }
    Some(&buf[..n])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packed_loads_equal_a_copy() {
        let bytes: Vec<u8> = (1..=40u8).map(|b| b.wrapping_mul(97) | 1).collect();
        for start in 0..8 {
            for n in 1..=MAX_KEY {
                let w = &bytes[start..start + n];
                let mut b = [0u8; MAX_KEY];
                b[..n].copy_from_slice(w);
                assert_eq!(pack_le(w), u128::from_le_bytes(b), "{n}");
            }
        }
    }

    #[test]
    fn byte_fold_equals_char_fold() {
        let chars: Vec<char> = ('\u{0}'..='\u{17F}').chain(['’', '━', 'Ω', '中', '😀']).collect();
        let (mut a, mut b) = ([0u8; MAX_WORD], [0u8; MAX_WORD]);
        for &c in &chars {
            for &d in &chars {
                let w = format!("{c}{d}e");
                assert_eq!(fold(&w, &mut a), fold_chars(&w, &mut b), "{w:?}");
            }
        }
        for w in ["", "œuvre", "ŒUVRE", "Æsop", "Noël", "ééééééééééééé", "éééééééééééé", "aaaaaaaaaaaaaaaaaaaaaaaæ"]
        {
            assert_eq!(fold(w, &mut a), fold_chars(w, &mut b), "{w:?}");
        }
    }

    #[test]
    fn folds_accents_and_case() {
        let mut buf = [0u8; MAX_WORD];
        assert_eq!(fold("Décembre", &mut buf), Some(&b"decembre"[..]));
        assert_eq!(fold("AOÛT", &mut buf), Some(&b"aout"[..]));
        assert_eq!(fold("Москва", &mut buf), None);
        // The ASCII path answers as the character path does.
        assert_eq!(fold("Covid-19", &mut buf), None);
        assert_eq!(fold("ABCDEFGHIJKLMNOPQRSTUVWX", &mut buf), Some(&b"abcdefghijklmnopqrstuvwx"[..]));
        assert_eq!(fold("ABCDEFGHIJKLMNOPQRSTUVWXY", &mut buf), None);
        assert_eq!(fold("", &mut buf), Some(&b""[..]));
        assert_eq!(fold("Noël", &mut buf), Some(&b"noel"[..]));
        assert_eq!(fold("œuvre", &mut buf), Some(&b"oeuvre"[..]));
        assert_eq!(fold("aujourd'hui", &mut buf), None);
        assert_eq!(fold("Jusqu’à", &mut buf), None);
        // Over 24 bytes, but 24 letters once folded.
        assert_eq!(fold("ééééééééééééé", &mut buf), Some(&b"eeeeeeeeeeeee"[..]));
        assert_eq!(lookup(Lang::Fr, b"decembre"), Lex::Month(12));
        assert_eq!(lookup(Lang::En, b"decembre"), Lex::None);
        assert_eq!(lookup(Lang::En, b"thursday"), Lex::Weekday(3));
        assert_eq!(lookup(Lang::Fr, b"sept"), Lex::Sept);
        // Every chat spelling the acronym check knows is one the English table reads.
        for w in CHAT {
            assert!(matches!(lookup(Lang::En, w.as_bytes()), Lex::Kw(_)), "{w}");
        }
        assert!(is_chat(b"TMR") && is_chat(b"Nxt") && !is_chat(b"tomorrow"));
    }

    #[test]
    fn word_sets_answer_as_the_lists() {
        for lang in [Lang::Fr, Lang::En] {
            let w = words(lang);
            for list in [w.scheduled_presents, w.intent_presents, w.same_form_pasts] {
                let set = WordSet::new(list);
                let mut probes: Vec<Vec<u8>> = list.iter().map(|x| x.as_bytes().to_vec()).collect();
                for x in list {
                    let b = x.as_bytes();
                    probes.push(b[..b.len() - 1].to_vec());
                    probes.push([b, b"s"].concat());
                    probes.push([b, b"\0"].concat());
                }
                probes.extend([b"".to_vec(), b"abcdefghijklmnopq".to_vec(), b"a\0".to_vec()]);
                for p in probes {
                    assert_eq!(set.contains(&p), is_in(list, &p), "{:?}", String::from_utf8_lossy(&p));
                }
            }
        }
    }

    #[test]
    fn every_table_word_is_found() {
        for (lang, list) in [(Lang::Fr, FR), (Lang::En, EN)] {
            for &(w, lex) in list {
                assert_eq!(lookup(lang, w.as_bytes()), lex, "{w}");
            }
        }
    }
}
