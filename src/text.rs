//! Small text helpers shared by every stage: slugs, accent folding, escaping.

/// A URL- and file-safe slug: ASCII lowercase, digits and single hyphens; accents folded
/// (`Biélorussie armée` → `bielorussie-armee`).
pub fn slugify(s: &str) -> String {
    let folded = deunicode::deunicode(s).to_ascii_lowercase();
    let mut out = String::with_capacity(folded.len());
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// Whether `s` is already a valid slug (what `slugify` would leave unchanged).
pub fn is_slug(s: &str) -> bool {
    !s.is_empty() && slugify(s) == s
}

/// Lowercase ASCII folding for matching names whatever their accents and case
/// (`Loukachenko`, `LOUKACHENKO`, `Łukašenka` → `lukasenka`).
pub fn fold(s: &str) -> String {
    let mut out = String::new();
    fold_into(s, &mut out);
    out
}

/// [`fold`] into `out` (cleared first), reusing its room.
pub fn fold_into(s: &str, out: &mut String) {
    out.clear();
    out.reserve(s.len());
    for c in s.chars() {
        fold_char_into(c, out);
    }
}

/// Appends `c` folded as [`fold`] folds it: the one rule every name matcher shares.
fn fold_char_into(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else if let Some(t) = deunicode::deunicode_char(c) {
        out.extend(t.chars().map(|c| c.to_ascii_lowercase()));
    }
}

/// What deunicode makes of a character of two UTF-8 bytes (U+0080–U+07FF: the accented
/// letters of French and the Latin-1 punctuation, `«`, `»` and the no-break space among
/// them), looked up once: the word readers of the search index and of extraction meet one at
/// every few words of French text, where decoding it and asking deunicode and the Unicode
/// tables each time cost more than the ASCII around it.
#[derive(Clone, Copy, Default)]
pub(crate) struct TwoByte {
    /// Its transliteration, when [`TwoByte::SHORT`]: up to three bytes, `len` of them.
    bytes: [u8; 3],
    len: u8,
    flags: u8,
}

impl TwoByte {
    /// deunicode knows the character.
    pub(crate) const KNOWN: u8 = 1;
    /// Every byte of the transliteration is an ASCII letter or digit (or it has none).
    pub(crate) const ALNUM: u8 = 2;
    /// No byte of the transliteration is an ASCII letter or digit.
    pub(crate) const NO_ALNUM: u8 = 4;
    /// The character is uppercase (`char::is_uppercase`).
    pub(crate) const UPPER: u8 = 8;
    /// The transliteration has at most three bytes, all in [`TwoByte::bytes`].
    pub(crate) const SHORT: u8 = 16;

    /// Whether it has all of `flags`.
    #[inline]
    pub(crate) fn has(&self, flags: u8) -> bool {
        self.flags & flags == flags
    }

    /// The transliteration (empty unless [`TwoByte::SHORT`]).
    #[inline]
    pub(crate) fn bytes(&self) -> &[u8] {
        self.bytes.get(..usize::from(self.len)).unwrap_or_default()
    }
}

/// The [`TwoByte`] of the character that starts at `b[i]` when it is one of two bytes; `None`
/// otherwise (ASCII, three or four bytes, or not a character's start).
#[inline]
pub(crate) fn two_byte(b: &[u8], i: usize) -> Option<&'static TwoByte> {
    static TABLE: std::sync::OnceLock<Box<[TwoByte]>> = std::sync::OnceLock::new();
    let lead = *b.get(i)?;
    if !(0xC2..=0xDF).contains(&lead) {
        return None;
    }
    let next = *b.get(i + 1)?;
    if next & 0xC0 != 0x80 {
        return None;
    }
    let at = ((usize::from(lead & 0x1F) << 6) | usize::from(next & 0x3F)) - 0x80;
    let table = TABLE.get_or_init(|| {
        (0x80u32..0x800)
            .map(|cp| {
                let Some(c) = char::from_u32(cp) else { return TwoByte::default() };
                let mut e = TwoByte { flags: if c.is_uppercase() { TwoByte::UPPER } else { 0 }, ..TwoByte::default() };
                if let Some(t) = deunicode::deunicode_char(c) {
                    let t = t.as_bytes();
                    e.flags |= TwoByte::KNOWN;
                    if t.iter().all(u8::is_ascii_alphanumeric) {
                        e.flags |= TwoByte::ALNUM;
                    }
                    if !t.iter().any(u8::is_ascii_alphanumeric) {
                        e.flags |= TwoByte::NO_ALNUM;
                    }
                    if t.len() <= e.bytes.len() {
                        e.flags |= TwoByte::SHORT;
                        e.bytes[..t.len()].copy_from_slice(t);
                        e.len = t.len() as u8;
                    }
                }
                e
            })
            .collect()
    });
    table.get(at)
}

/// A text folded as [`fold`] folds it (and each run of whitespace read as one space), which
/// remembers where each folded byte came from, so
/// that a match found in the folded text is a range of the original (to wrap it in a link).
pub struct Folded {
    /// The folded text.
    pub text: String,
    /// For each byte of `text`, the offset in the original of the character it came from;
    /// one more entry, the original's length.
    from: Vec<u32>,
}

impl Folded {
    /// `s` folded.
    pub fn new(s: &str) -> Folded {
        Folded::build(s, false)
    }

    /// `s`, the text of an HTML fragment, folded: each character reference (`&amp;`,
    /// `&#39;`) is read as one space, so that no match starts or ends inside one.
    pub fn html_text(s: &str) -> Folded {
        Folded::build(s, true)
    }

    fn build(s: &str, html: bool) -> Folded {
        let mut text = String::with_capacity(s.len());
        let mut from = Vec::with_capacity(s.len() + 1);
        let mut chars = s.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if html && c == '&' {
                let reference = s[i + 1..].find(';').filter(|&n| n <= 10 && n > 0);
                if let Some(n) = reference {
                    while chars.peek().is_some_and(|&(j, _)| j <= i + 1 + n) {
                        chars.next();
                    }
                    text.push(' ');
                    from.push(i as u32);
                    continue;
                }
            }
            if c.is_whitespace() {
                // A line break or a no-break space inside a name is still the name.
                if !text.ends_with(' ') {
                    text.push(' ');
                    from.push(i as u32);
                }
                continue;
            }
            fold_char_into(c, &mut text);
            from.resize(text.len(), i as u32);
        }
        from.push(s.len() as u32);
        Folded { text, from }
    }

    /// The range of the original that folded range `r` came from (`r` on whole folded
    /// characters, as a match on word boundaries is).
    pub fn original(&self, r: std::ops::Range<usize>) -> std::ops::Range<usize> {
        let at = |i: usize| self.from.get(i).or(self.from.last()).copied().unwrap_or(0) as usize;
        // The end is where the next original character starts.
        at(r.start)..at(r.end)
    }
}

/// `s` with every run of whitespace turned into one space, and no space at either end.
pub fn squash_spaces(s: &str) -> String {
    squash_spaces_cow(s).into_owned()
}

/// [`squash_spaces`], borrowing `s` when it is squashed already: most texts (every paragraph
/// of every article comes here) are, and a copy of each was one more of the whole dossier.
pub fn squash_spaces_cow(s: &str) -> std::borrow::Cow<'_, str> {
    // Told by their bytes, without reading them as characters.
    if is_squashed(s) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    std::borrow::Cow::Owned(out)
}

/// The searcher for two spaces in a row, made once: `memmem::find` made one for each text
/// asked about (every paragraph of every article), which cost more than searching it.
static DOUBLE_SPACE: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"  "));

/// Whether `s` has no whitespace but single ASCII spaces between other characters: what
/// [`squash_spaces`] leaves as it is. Every other whitespace character (`char::is_whitespace`)
/// is ASCII or starts with one of the lead bytes checked; only those are decoded.
fn is_squashed(s: &str) -> bool {
    let b = s.as_bytes();
    if b.first() == Some(&b' ') || b.last() == Some(&b' ') {
        return false;
    }
    // Each test a vectorised search (memchr): the text is read a few times, fast.
    if memchr::memchr3(b'\t', b'\n', b'\r', b).is_some()
        || memchr::memchr2(0x0B, 0x0C, b).is_some()
        || DOUBLE_SPACE.find(b).is_some()
    {
        return false;
    }
    let wide = |i: usize| s.get(i..).and_then(|t| t.chars().next()).is_some_and(char::is_whitespace);
    !memchr::memchr3_iter(0xC2, 0xE1, 0xE2, b).chain(memchr::memchr_iter(0xE3, b)).any(wide)
}

/// `s.trim()`, told from its two end bytes when neither is whitespace: an ASCII byte that
/// is no ASCII whitespace is a whole character that `char::is_whitespace` does not take (no
/// other character is ASCII). Every dated sentence, clause and dating expression is trimmed,
/// several times, and nearly all have nothing to cut: `str::trim` decodes a character at
/// each end (about fifty instructions a call) to find that out.
#[inline]
pub fn trim(s: &str) -> &str {
    match s.as_bytes() {
        [a, .., z] if is_ascii_solid(*a) && is_ascii_solid(*z) => s,
        _ => s.trim(),
    }
}

/// [`trim`] of the start only: `s.trim_start()`.
#[inline]
pub fn trim_start(s: &str) -> &str {
    match s.as_bytes().first() {
        Some(&a) if is_ascii_solid(a) => s,
        _ => s.trim_start(),
    }
}

/// [`trim`] of the end only: `s.trim_end()`.
#[inline]
pub fn trim_end(s: &str) -> &str {
    match s.as_bytes().last() {
        Some(&z) if is_ascii_solid(z) => s,
        _ => s.trim_end(),
    }
}

/// An ASCII byte that is not whitespace as `char::is_whitespace` has it (tab, line feed,
/// vertical tab, form feed, carriage return, space).
#[inline(always)]
fn is_ascii_solid(b: u8) -> bool {
    b.is_ascii() && !matches!(b, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ')
}

/// Escapes text for HTML element content and attribute values.
///
/// Characters that may not appear in HTML or XML at all (C0 controls other than tab, newline
/// and carriage return; U+FFFE, U+FFFF) are dropped rather than escaped.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    push_escaped(&mut out, s);
    out
}

/// Escapes text for HTML element content only, as [`escape_html`] does but leaving quotes
/// as they are: they need no escape outside an attribute, and `&#39;` is five bytes where
/// French text has an apostrophe every few words (a large dossier's chronology writes
/// hundreds of thousands of its sentences).
pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 16);
    push_escaped_as(&mut out, s, false);
    out
}

/// Appends `s` to `out`, escaped as [`escape_html`] escapes it, without a new allocation.
pub fn push_escaped(out: &mut String, s: &str) {
    push_escaped_as(out, s, true);
}

/// What [`push_escaped_as`] does with each byte: 0 copy it, 1 look at it (a byte to escape
/// or drop, or 0xEF, which starts U+FFFE and U+FFFF), 2 look at it only when quotes are
/// escaped.
static ESCAPE_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 0x20 {
        t[i] = 1;
        i += 1;
    }
    t[b'\t' as usize] = 0;
    t[b'\n' as usize] = 0;
    t[b'\r' as usize] = 0;
    t[b'&' as usize] = 1;
    t[b'<' as usize] = 1;
    t[b'>' as usize] = 1;
    t[0xEF] = 1;
    t[b'"' as usize] = 2;
    t[b'\'' as usize] = 2;
    t
};

/// Appends `s` to `out`, escaped as [`escape_text`] escapes it, without a new allocation.
pub fn push_escaped_text(out: &mut String, s: &str) {
    push_escaped_as(out, s, false);
}

/// [`push_escaped`], or with `quotes` false, [`escape_text`]'s escape. Read a byte at a time
/// through a table: every text of every page is escaped here, and decoding each character
/// to test it was 3% of a build's instructions.
fn push_escaped_as(out: &mut String, s: &str, quotes: bool) {
    let bytes = s.as_bytes();
    let look = if quotes { 2 } else { 1 };
    let mut from = 0;
    let mut i = 0;
    loop {
        i = skip_plain(bytes, i, quotes);
        if i >= bytes.len() {
            break;
        }
        let class = ESCAPE_CLASS[usize::from(bytes[i])];
        if class == 0 || class > look {
            i += 1;
            continue;
        }
        let (with, len): (&str, usize) = match bytes[i] {
            b'&' => ("&amp;", 1),
            b'<' => ("&lt;", 1),
            b'>' => ("&gt;", 1),
            b'"' => ("&quot;", 1),
            b'\'' => ("&#39;", 1),
            // U+FFFE and U+FFFF (EF BF BE, EF BF BF) are dropped; another character that
            // starts with 0xEF is kept.
            0xEF => match bytes.get(i + 1..i + 3) {
                Some([0xBF, 0xBE | 0xBF]) => ("", 3),
                _ => {
                    i += 1;
                    continue;
                }
            },
            // A C0 control: dropped.
            _ => ("", 1),
        };
        // `from` and `i` are on character boundaries: only ASCII bytes and whole
        // characters starting with 0xEF end a copied run.
        out.push_str(&s[from..i]);
        out.push_str(with);
        i += len;
        from = i;
    }
    out.push_str(&s[from..]);
}

/// The first index from `i` on whose byte [`push_escaped_as`] must look at (class 1 of
/// [`ESCAPE_CLASS`], or 2 with `quotes`), or a tab, newline or carriage return, which it
/// copies; `bytes.len()` when there is none. Sixteen bytes at a time where SSE2 is (every
/// x86_64): runs of plain text between two escapes are tens of bytes long, and testing them a
/// byte at a time through the table was most of the escape's cost.
#[inline]
fn skip_plain(bytes: &[u8], i: usize, quotes: bool) -> usize {
    let scanned = if quotes {
        scan_blocks(bytes, i, [b'&', b'<', b'>', 0xEF, b'"', b'\''])
    } else {
        scan_blocks(bytes, i, [b'&', b'<', b'>', 0xEF])
    };
    let mut i = match scanned {
        Ok(hit) => return hit,
        Err(tail) => tail,
    };
    let look = if quotes { 2 } else { 1 };
    while let Some(&b) = bytes.get(i) {
        let class = ESCAPE_CLASS[usize::from(b)];
        if class != 0 && class <= look {
            return i;
        }
        i += 1;
    }
    i
}

/// Scans `bytes` from `i` in blocks of sixteen for a C0 control or one of `needles`: `Ok` of
/// the first one's index (`bytes.len()` when there is none), or, without SSE2, `Err(i)`: the
/// escapes keep their own byte-at-a-time scans for that. The tail under sixteen bytes is one
/// more block too (see [`tail_block`]): most texts escaped are short (ids, dates, titles) or
/// end in one, and a byte at a time through a table it was a third of what escaping cost.
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[inline(always)]
fn scan_blocks<const N: usize>(bytes: &[u8], mut i: usize, needles: [u8; N]) -> Result<usize, usize> {
    use std::arch::x86_64::{
        __m128i, _mm_cmpeq_epi8, _mm_loadu_si128, _mm_max_epu8, _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8,
    };
    // SAFETY: SSE2 is enabled (the cfg above); each load reads the 16 bytes at `i..i + 16`,
    // inside `bytes` by the loop's condition, or the 16 of a local array, and `loadu` takes
    // any alignment.
    unsafe {
        let below = _mm_set1_epi8(0x1F);
        let splats = needles.map(|b| _mm_set1_epi8(b as i8));
        while i + 16 <= bytes.len() {
            let v = _mm_loadu_si128(bytes.as_ptr().add(i).cast::<__m128i>());
            // A byte at most 0x1F is the one whose unsigned maximum with 0x1F is 0x1F.
            let mut hit = _mm_cmpeq_epi8(_mm_max_epu8(v, below), below);
            for s in splats {
                hit = _mm_or_si128(hit, _mm_cmpeq_epi8(v, s));
            }
            let mask = _mm_movemask_epi8(hit) as u32;
            if mask != 0 {
                return Ok(i + mask.trailing_zeros() as usize);
            }
            i += 16;
        }
        if i >= bytes.len() {
            return Ok(bytes.len());
        }
        let (block, base) = tail_block(bytes);
        let v = _mm_loadu_si128(block.as_ptr().cast::<__m128i>());
        let mut hit = _mm_cmpeq_epi8(_mm_max_epu8(v, below), below);
        for s in splats {
            hit = _mm_or_si128(hit, _mm_cmpeq_epi8(v, s));
        }
        // Only the places from `i` on count: an overlapping block repeats some before it.
        let mask = (_mm_movemask_epi8(hit) as u32) >> (i - base) << (i - base);
        Ok(if mask != 0 { base + mask.trailing_zeros() as usize } else { bytes.len() })
    }
}

/// [`scan_blocks`] without SSE2: the whole text is left to the callers' byte-at-a-time scans.
#[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
#[inline(always)]
fn scan_blocks<const N: usize>(_bytes: &[u8], i: usize, _needles: [u8; N]) -> Result<usize, usize> {
    Err(i)
}

/// The sixteen bytes that hold the tail of `bytes` a block scan leaves (under sixteen), and the
/// index in `bytes` of the block's first: the text's last sixteen bytes when it has as many
/// (read again in part, never past its end), else the whole text followed by bytes that no
/// scan stops at (`a`: no needle, no control).
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[inline(always)]
fn tail_block(bytes: &[u8]) -> ([u8; 16], usize) {
    match bytes.len().checked_sub(16) {
        Some(base) => {
            let mut block = [0u8; 16];
            block.copy_from_slice(&bytes[base..]);
            (block, base)
        }
        None => {
            // Copied in two pieces of a fixed size that overlap (the same bytes to the same
            // places): a copy of the text's own length was a call to `memcpy` for each.
            let mut block = [b'a'; 16];
            let n = bytes.len();
            if n >= 8 {
                block[..8].copy_from_slice(&bytes[..8]);
                block[n - 8..n].copy_from_slice(&bytes[n - 8..]);
            } else if n >= 4 {
                block[..4].copy_from_slice(&bytes[..4]);
                block[n - 4..n].copy_from_slice(&bytes[n - 4..]);
            } else {
                for (to, &b) in block.iter_mut().zip(bytes) {
                    *to = b;
                }
            }
            (block, 0)
        }
    }
}

/// The first index from `i` on of a byte a JSON string escapes (`"`, `\\`, a C0 control),
/// or `bytes.len()`; sixteen bytes at a time where SSE2 is, as [`skip_plain`].
#[inline]
pub fn json_plain_until(bytes: &[u8], i: usize) -> usize {
    let mut i = match scan_blocks(bytes, i, [b'"', b'\\']) {
        Ok(hit) => return hit,
        Err(tail) => tail,
    };
    while let Some(&b) = bytes.get(i) {
        if b < 0x20 || b == b'"' || b == b'\\' {
            return i;
        }
        i += 1;
    }
    i
}

/// Cuts `s` to at most `max` characters at a word boundary, adding `…` when cut.
pub fn truncate_words(s: &str, max: usize) -> String {
    // Where the first `max` characters end, found in one pass: counting them all, then
    // collecting them one by one into a new string, was most of a page's description.
    let Some((at, _)) = s.char_indices().nth(max) else { return s.to_string() };
    let cut = &s[..at];
    let end = cut.rfind(char::is_whitespace).unwrap_or(cut.len());
    // Never end on an opening quote or bracket: `d’un «…` reads as broken.
    format!("{}…", cut[..end].trim_end_matches([',', ';', ':', ' ', '«', '“', '‘', '(', '[', '"', '\u{a0}']))
}

/// An address a reader can follow: http(s) only, never `javascript:` or `data:`.
pub fn is_web_url(u: &str) -> bool {
    let l = u.trim().to_ascii_lowercase();
    (l.starts_with("http://") || l.starts_with("https://")) && !u.contains(char::is_whitespace)
}

/// `n` in decimal, written at the end of `buf` and borrowed from it: page ids, counts and
/// exported numbers are written by the hundred thousand, and `format!` allocated for each.
pub fn decimal(mut n: usize, buf: &mut [u8; 20]) -> &str {
    let mut at = buf.len();
    loop {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    // SAFETY: `buf[at..]` holds only the ASCII digits written above: always UTF-8 (checked,
    // it cost as much as writing them, for every page id and count).
    unsafe { std::str::from_utf8_unchecked(&buf[at..]) }
}

/// The first place of `needle` in `hay` (`None` for an empty needle), as `memmem::find` finds
/// it, searched from the places of its rarest byte ([`matches_at`]).
#[inline]
pub fn find_in_prose(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return None;
    }
    matches_at(hay, needle, rarest(needle)).next()
}

/// The places of `needle` in `hay` as `memmem::find_iter` gives them (the leftmost, none
/// overlapping), found from the places of its byte `at` (none for an empty needle or an `at`
/// past its end). The texts searched are a sentence or a paragraph and the needles a few words
/// (a dating expression), where building a vectorised searcher for each cost more than its
/// searches (and a match of whole characters starts on a character boundary, as
/// `match_indices` would find it). Every match has that byte at the same offset, so each is
/// found, in order; from [`rarest`], the candidates are few, where the places of a first byte
/// (`e` of `en mars`, `l` of `le 3 mai`) were a candidate every few words.
#[inline]
pub fn matches_at<'h>(hay: &'h [u8], needle: &'h [u8], at: usize) -> impl Iterator<Item = usize> + 'h {
    let (first, last, key, hay) = match (needle.first(), needle.last(), needle.get(at)) {
        (Some(&first), Some(&last), Some(&key)) => (first, last, key, hay),
        _ => (0, 0, 0, &hay[..0]),
    };
    let mut next = 0;
    // The first and last bytes are compared before the whole: most candidates fail there,
    // without a call to `memcmp` each.
    memchr::memchr_iter(key, hay).filter_map(move |p| {
        let i = p.checked_sub(at)?;
        let found = i >= next
            && hay.get(i) == Some(&first)
            && hay.get(i + needle.len() - 1) == Some(&last)
            && hay[i..].starts_with(needle);
        if found {
            next = i + needle.len();
        }
        found.then_some(i)
    })
}

/// The offset in `needle` (0 when it is empty) of its byte least common in prose ([`COMMONNESS`]),
/// the first of them.
#[inline]
pub fn rarest(needle: &[u8]) -> usize {
    // The best rank is kept beside its place: read back through the needle and the table
    // for each byte, it was two dependent loads a byte on every dating link's search.
    let (mut best, mut rank) = (0, u8::MAX);
    for (k, &b) in needle.iter().enumerate() {
        let r = COMMONNESS[usize::from(b)];
        if r < rank {
            (best, rank) = (k, r);
        }
    }
    best
}

/// How common each byte is in prose, as a rank: digits and capitals least, then letters by
/// their frequency in French and English text, the space most.
static COMMONNESS: [u8; 256] = {
    let mut t = [100u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = match c {
            b' ' => 255,
            b'e' => 250,
            b'a' | b's' | b'i' | b't' | b'n' | b'r' => 240,
            b'u' | b'l' | b'o' => 230,
            b'd' | b'c' | b'p' | b'm' => 210,
            // The lead byte of `é`, `è`, `à`, `ç` and the other accented Latin letters.
            0xC3 => 200,
            b'h' | b'v' | b'g' | b'f' | b'b' | b',' | b'.' | b'\'' => 180,
            b'q' | b'y' | b'x' | b'j' | b'k' | b'w' | b'z' => 120,
            b'A'..=b'Z' => 90,
            b'0'..=b'9' => 80,
            _ => 100,
        };
        b += 1;
    }
    t
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trim_is_str_trim() {
        // Every character below U+0300 (ASCII, Latin-1, Latin Extended) and the whitespace
        // characters past it, alone, paired and around words, at either end.
        let chars: Vec<char> = (0u32..0x300)
            .chain([0x1680, 0x2000, 0x200A, 0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF])
            .filter_map(char::from_u32)
            .collect();
        let mut texts = vec![String::new()];
        for &a in &chars {
            texts.push(format!("{a}"));
            for &z in &chars[..0x80] {
                texts.push(format!("{a}x{z}"));
                texts.push(format!("{z}é {a}"));
                texts.push(format!("{a}{z}"));
            }
        }
        for t in &texts {
            assert_eq!(trim(t), t.trim(), "{t:?}");
            assert_eq!(trim_start(t), t.trim_start(), "{t:?}");
            assert_eq!(trim_end(t), t.trim_end(), "{t:?}");
        }
        // The fast answer is the text itself, not a copy.
        let s = "Le 3 mai.";
        assert_eq!(trim(s).as_ptr(), s.as_ptr());
        assert_eq!(trim(" Le 3 mai. "), "Le 3 mai.");
        assert_eq!(trim("\u{a0}Le 3 mai.\u{2009}"), "Le 3 mai.");
        assert_eq!(trim_start("\u{b}x "), "x ");
    }

    #[test]
    fn find_in_prose_finds_what_memmem_finds_and_nothing_for_an_empty_needle() {
        let hay = "le 3 mai, puis le 13 mai 2025 et le 3 mai encore".as_bytes();
        for needle in [
            "3 mai",
            "13 mai 2025",
            "le",
            "e",
            "encore",
            "mai encore!",
            "le 3 mai, puis le 13 mai 2025 et le 3 mai encore+",
        ] {
            assert_eq!(find_in_prose(hay, needle.as_bytes()), memchr::memmem::find(hay, needle.as_bytes()), "{needle}");
        }
        assert_eq!(find_in_prose(hay, b""), None);
        assert_eq!(matches_at(hay, b"3 mai", 9).count(), 0, "a byte past the needle's end finds nothing");
        assert_eq!(matches_at(hay, b"3 mai", 0).collect::<Vec<_>>(), [3, 19, 36]);
    }

    #[test]
    fn decimal_writes_what_format_writes() {
        for n in [0, 7, 10, 99, 100, 12_345, usize::MAX] {
            assert_eq!(decimal(n, &mut [0; 20]), n.to_string());
        }
    }

    #[test]
    fn squash_spaces_fast_path_agrees() {
        let slow = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        for s in [
            "",
            "a b",
            " a",
            "a ",
            "a  b",
            "a\tb",
            "a\nb",
            "le 2\u{a0}mai",
            "x\u{202f}:",
            "\u{3000}y",
            "\u{85}",
            "déjà vu « oui »",
            "a\u{1c}b",
        ] {
            assert_eq!(squash_spaces(s), slow(s), "{s:?}");
        }
    }

    #[test]
    fn slugs_fold_accents_and_punctuation() {
        assert_eq!(slugify("Biélorussie : l'armée !"), "bielorussie-l-armee");
        assert_eq!(slugify("000_29f968cfebea0565"), "000-29f968cfebea0565");
        assert_eq!(slugify("  "), "");
        assert!(is_slug("sommet-minsk-2022"));
        assert!(!is_slug("Sommet"));
    }

    #[test]
    fn escaping_and_truncation() {
        assert_eq!(escape_html("<a href=\"x\">&'"), "&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
        assert_eq!(escape_text("<a href=\"x\">&'\u{1}"), "&lt;a href=\"x\"&gt;&amp;'");
        assert_eq!(escape_html("a\u{0}b\u{7}\tc\u{FFFF}"), "ab\tc");
        assert_eq!(truncate_words("un deux trois quatre", 10), "un deux…");
        // As it was first written: the characters counted, then collected.
        let former = |s: &str, max: usize| {
            if s.chars().count() <= max {
                return s.to_string();
            }
            let cut: String = s.chars().take(max).collect();
            let end = cut.rfind(char::is_whitespace).unwrap_or(cut.len());
            format!("{}…", cut[..end].trim_end_matches([',', ';', ':', ' ', '«', '“', '‘', '(', '[', '"', '\u{a0}']))
        };
        for s in ["", "é", "un deux", "d’un « été » très, long (vraiment)", "abcdef", "a\u{a0}b c"] {
            for max in 0..12 {
                assert_eq!(truncate_words(s, max), former(s, max), "{s:?} {max}");
            }
        }
        assert_eq!(fold("Łukašenka Loukachenko"), "lukasenka loukachenko");
    }

    /// The escape as it was written first, a character at a time: the table must agree.
    fn escaped_by_chars(s: &str, quotes: bool) -> String {
        let mut out = String::new();
        for c in s.chars() {
            match c {
                '&' => out.push_str("&amp;"),
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '"' if quotes => out.push_str("&quot;"),
                '\'' if quotes => out.push_str("&#39;"),
                '\u{FFFE}' | '\u{FFFF}' => {}
                c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
                c => out.push(c),
            }
        }
        out
    }

    #[test]
    fn the_escape_table_agrees_with_the_characters() {
        let pieces = [
            "a",
            "é",
            "<",
            ">",
            "&",
            "\"",
            "'",
            "\u{1}",
            "\u{1F}",
            "\t",
            "\n",
            "\r",
            "\u{7F}",
            "\u{FFFE}",
            "\u{FFFF}",
            "\u{FFFD}",
            "\u{FEFF}",
            "\u{F000}",
            "\u{FFEE}",
            "’",
            "«\u{A0}»",
            "😀",
            "",
        ];
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    let s = format!("{a}{b}x{c}");
                    assert_eq!(escape_html(&s), escaped_by_chars(&s, true), "{s:?}");
                    assert_eq!(escape_text(&s), escaped_by_chars(&s, false), "{s:?}");
                }
            }
        }
    }

    #[test]
    fn the_escape_agrees_across_runs_of_plain_text() {
        // Every piece at every offset of runs long enough to be read sixteen bytes at a time,
        // with another piece after it, so that each lands at each place of a block.
        let pieces = [
            "<", "&", ">", "\"", "'", "\u{1}", "\u{1F}", "\t", "\n", "\r", "\u{FFFF}", "\u{FFFE}", "\u{FEFF}", "é",
            "’", " ", "\u{7F}",
        ];
        for a in pieces {
            for b in pieces {
                for before in 0..40 {
                    let s = format!("{}{a}{}{b}{}", "x".repeat(before), "y".repeat(before % 19), "z".repeat(17));
                    assert_eq!(escape_html(&s), escaped_by_chars(&s, true), "{s:?}");
                    assert_eq!(escape_text(&s), escaped_by_chars(&s, false), "{s:?}");
                }
            }
        }
    }

    #[test]
    fn the_escape_agrees_on_short_texts_and_tails() {
        // Texts under sixteen bytes are read as one padded block, longer ones end with a block
        // that overlaps the one before: each piece at each place of both, and scans that
        // start past a first piece.
        let pieces = ["<", "&", "\"", "'", "\u{1}", "\t", "\n", "\u{FFFF}", "\u{FEFF}", "é", "a", "\\"];
        for a in pieces {
            for b in pieces {
                for len in 0..36 {
                    for at in 0..=len {
                        let x = "x".repeat(len);
                        let s = format!("{}{a}{}{b}", &x[..at], &x[at..]);
                        assert_eq!(escape_html(&s), escaped_by_chars(&s, true), "{s:?}");
                        assert_eq!(escape_text(&s), escaped_by_chars(&s, false), "{s:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn the_rarest_byte_is_the_first_of_the_least_common() {
        let by_table = |n: &[u8]| {
            let mut best = 0;
            for (k, &b) in n.iter().enumerate() {
                if COMMONNESS[usize::from(b)] < COMMONNESS[usize::from(n[best])] {
                    best = k;
                }
            }
            best
        };
        for n in ["", " ", "  a", " e", "en mars", "le 3 mai", "16 septembre 2025", "aab", "bab", "été", "X", "ee  "]
        {
            assert_eq!(rarest(n.as_bytes()), by_table(n.as_bytes()), "{n:?}");
        }
        for a in 0..=255u8 {
            for b in [b' ', b'e', b'3', 0xC3, a] {
                assert_eq!(rarest(&[a, b, a]), by_table(&[a, b, a]), "{a} {b}");
            }
        }
    }

    #[test]
    fn json_plain_runs_end_where_a_scan_ends_them() {
        let special = |b: u8| b < 0x20 || b == b'"' || b == b'\\';
        for c in [b'"', b'\\', 0u8, 0x1F, b'\n', 0x20, b'a', 0x7F, 0xC3, 0xFF] {
            for at in 0..40 {
                for len in at..at + 20 {
                    let mut v = vec![b'x'; len + 1];
                    v[at] = c;
                    for from in [0, 1, at.saturating_sub(1), at] {
                        let want = (from..v.len()).find(|&i| special(v[i])).unwrap_or(v.len());
                        assert_eq!(json_plain_until(&v, from), want, "{c} at {at} of {} from {from}", v.len());
                    }
                }
            }
        }
    }

    #[test]
    fn folded_ranges_map_back_to_the_original() {
        let s = "Ça, Œuvre d’Łukašenka";
        assert_eq!(Folded::new("a \n\u{a0}b").text, "a b");
        let f = Folded::new(s);
        assert_eq!(f.text, fold(s));
        let at = f.text.find("lukasenka").unwrap();
        assert_eq!(&s[f.original(at..at + "lukasenka".len())], "Łukašenka");
        let at = f.text.find("oeuvre").unwrap();
        assert_eq!(&s[f.original(at..at + 6)], "Œuvre");
        let h = "A&amp;B &#39;Minsk&#39;";
        let f = Folded::html_text(h);
        assert_eq!(f.text, "a b  minsk ");
        let at = f.text.find("minsk").unwrap();
        assert_eq!(&h[f.original(at..at + 5)], "Minsk");
    }
}
