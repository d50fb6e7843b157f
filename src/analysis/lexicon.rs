//! Word lists the analysis reads, compiled into the binary from `assets/lexicon/`.
//!
//! Every lookup key is lower case; callers lower-case with [`lower`]. Each file names its origin
//! in its first line; `scripts/build_lexicon.py` regenerates the derived ones.

use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::OnceLock;

/// Grammatical gender as far as pronouns are concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Gender {
    /// he / him / his.
    Male,
    /// she / her.
    Female,
}

/// What a place name stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlaceName {
    /// A country, by its canonical name; `alias` when the words are another name for it
    /// (its capital, an abbreviation).
    Country {
        /// The canonical country name.
        country: String,
        /// True for "US", "Britain", "Tehran".
        alias: bool,
    },
    /// A city, region or state.
    Other,
}

/// A cheap superset test over a list of keys: one bit per (first letter, last letter,
/// length), so most words are turned away without hashing. Words outside what the table
/// covers (not starting and ending with `a`-`z`, or long) always pass.
#[derive(Debug, Default)]
pub struct KeyFilter {
    bits: Vec<u32>,
}

impl KeyFilter {
    /// The filter over `keys`.
    pub fn new<'k>(keys: impl IntoIterator<Item = &'k str>) -> Self {
        let mut bits = vec![0u32; 26 * 26];
        for k in keys {
            match Self::slot(k.as_bytes()) {
                Some((i, bit)) => bits[i] |= bit,
                None => {
                    // a key the table cannot hold: let every word through
                    bits.iter_mut().for_each(|b| *b = u32::MAX);
                }
            }
        }
        KeyFilter { bits }
    }

    fn slot(w: &[u8]) -> Option<(usize, u32)> {
        let (&f, &l) = (w.first()?, w.last()?);
        if w.len() >= 32 || !f.is_ascii_lowercase() || !l.is_ascii_lowercase() {
            return None;
        }
        Some(((f - b'a') as usize * 26 + (l - b'a') as usize, 1 << w.len()))
    }

    /// False only when `key` is surely not one of the keys.
    #[inline]
    pub fn may_hold(&self, key: &str) -> bool {
        match Self::slot(key.as_bytes()) {
            Some((i, bit)) => self.bits.get(i).is_none_or(|b| b & bit != 0),
            None => true,
        }
    }
}

/// A packed key ([`pack_key`], [`pack_wide`]) as a table slot's key: zero is never one.
pub trait PackedKey: Copy + Default + Eq {
    /// The key mixed into 64 bits, well spread in the high ones.
    fn mix(self) -> u64;
}

impl PackedKey for u64 {
    #[inline]
    fn mix(self) -> u64 {
        self.wrapping_mul(0x9E37_79B9_7F4A_7C15)
    }
}

impl PackedKey for u128 {
    #[inline]
    fn mix(self) -> u64 {
        ((self as u64) ^ ((self >> 64) as u64).rotate_left(29)).wrapping_mul(0x9E37_79B9_7F4A_7C15)
    }
}

/// Facts by packed key: open addressing with linear probing in a table at most a quarter
/// full, key and value side by side, so a look-up is one multiply and usually one slot.
///
/// Hand-written rather than a crate because it is the tokenizer's per-word look-up and its
/// shape is the point: it replaced `FxHashMap<u64, u32>` (hashbrown), which probes control
/// bytes before the slot and cost more per word under callgrind, and `phf` needs the keys at
/// compile time, while the word lists are read from `assets/` when the lexicon is built.
/// Some fifty lines, tested below.
#[derive(Debug, Default)]
pub struct PackedTable<K> {
    /// `(key, facts)`, the zero key marking an empty slot.
    slots: Vec<(K, u32)>,
    /// 64 less the bits of the hash that pick a slot (`slots.len()` is `1 << (64 - shift)`);
    /// 0 in the empty default table, whose every slot index is then out of range.
    shift: u32,
    /// The facts of the zero key, kept aside (a packed key is never zero; zero all the same).
    zero: u32,
}

impl<K: PackedKey> PackedTable<K> {
    /// The table of `entries` (the first value of a key repeated wins).
    pub fn new(entries: impl Iterator<Item = (K, u32)>) -> Self {
        let entries: Vec<(K, u32)> = entries.collect();
        let mut bits = 4;
        while (1usize << bits) < entries.len() * 4 {
            bits += 1;
        }
        let mut t = PackedTable {
            slots: vec![(K::default(), 0); 1 << bits],
            shift: 64 - bits,
            zero: 0,
        };
        let mask = t.slots.len() - 1;
        for (k, v) in entries {
            if k == K::default() {
                t.zero = v;
                continue;
            }
            let mut i = t.slot(k);
            while let Some(s) = t.slots.get_mut(i) {
                if s.0 == K::default() {
                    *s = (k, v);
                    break;
                }
                if s.0 == k {
                    break;
                }
                i = (i + 1) & mask;
            }
        }
        t
    }

    #[inline]
    fn slot(&self, k: K) -> usize {
        (k.mix() >> self.shift) as usize
    }

    /// The facts of `k`, 0 when it is not in the table.
    #[inline]
    pub fn get(&self, k: K) -> u32 {
        if k == K::default() {
            return self.zero;
        }
        let mask = self.slots.len().wrapping_sub(1);
        let mut i = self.slot(k);
        while let Some(&(key, v)) = self.slots.get(i) {
            if key == k {
                return v;
            }
            if key == K::default() {
                return 0;
            }
            i = (i + 1) & mask;
        }
        0
    }
}

/// What the lexicon and the spelling say about one word, as bits: computed once per token
/// when a document is segmented, so the analysis asks a bit instead of a hash map.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Facts(pub u32);

impl Facts {
    /// A given name ([`Lexicon::given_names`]).
    pub const GIVEN: u32 = 1 << 0;
    /// A given name mostly a man's.
    pub const GIVEN_MALE: u32 = 1 << 1;
    /// A given name mostly a woman's.
    pub const GIVEN_FEMALE: u32 = 1 << 2;
    /// A frequent surname ([`Lexicon::surnames`]).
    pub const SURNAME: u32 = 1 << 3;
    /// A place name ([`Lexicon::places`]).
    pub const PLACE: u32 = 1 << 4;
    /// A nationality adjective ([`Lexicon::demonyms`]).
    pub const DEMONYM: u32 = 1 << 5;
    /// A role head noun ([`Lexicon::titles`]).
    pub const TITLE: u32 = 1 << 6;
    /// An honorific ([`Lexicon::honorifics`]).
    pub const HONORIFIC: u32 = 1 << 7;
    /// A reporting verb form ([`Lexicon::reporting_verbs`]).
    pub const REPORTING: u32 = 1 << 8;
    /// A known organisation's name ([`Lexicon::organizations`]).
    pub const ORGANIZATION: u32 = 1 << 9;
    /// An organisation word ([`Lexicon::org_words`]).
    pub const ORG_WORD: u32 = 1 << 10;
    /// A noun introducing an organisation ([`Lexicon::org_prefixes`]).
    pub const ORG_PREFIX: u32 = 1 << 11;
    /// A place noun ([`Lexicon::place_nouns`]).
    pub const PLACE_NOUN: u32 = 1 << 12;
    /// A place word ([`Lexicon::place_words`]).
    pub const PLACE_WORD: u32 = 1 << 13;
    /// A collective noun ([`Lexicon::group_nouns`]).
    pub const GROUP_NOUN: u32 = 1 << 14;
    /// An anonymous source noun ([`Lexicon::anonymous_sources`]).
    pub const ANONYMOUS: u32 = 1 << 15;
    /// One of the frequent English words ([`Lexicon::common_words`]).
    pub const COMMON: u32 = 1 << 16;
    /// One of the 3,000 most frequent of them: rarely part of a person's name.
    pub const VERY_COMMON: u32 = 1 << 17;
    /// A function word ([`Lexicon::stopwords`]).
    pub const STOPWORD: u32 = 1 << 18;
    /// A calendar word ([`Lexicon::calendar_words`]).
    pub const CALENDAR: u32 = 1 << 19;
    /// A role modifier ([`Lexicon::role_modifiers`]).
    pub const ROLE_MODIFIER: u32 = 1 << 20;
    /// A fixture word in some case ([`Lexicon::fixture_words`], lower-cased): the exact
    /// spelling is then asked of the list.
    pub const FIXTURE: u32 = 1 << 21;
    /// A name particle ([`Lexicon::name_particles`]).
    pub const NAME_PARTICLE: u32 = 1 << 22;
    /// A stance verb form ([`Lexicon::stance_verbs`]).
    pub const STANCE: u32 = 1 << 23;
    /// A word token starting with an upper-case letter.
    pub const CAP: u32 = 1 << 24;
    /// A token starting with a lower-case letter.
    pub const LOWER_INITIAL: u32 = 1 << 25;
    /// A token in capitals: at least two letters, none small ("NATO", "U.S.").
    pub const ALL_CAPS: u32 = 1 << 26;
    /// A number token of ASCII digits only ("3", "49"; not "6-0" or "1,000").
    pub const PLAIN_INT: u32 = 1 << 27;
    /// A noun of a stance owned by its source ([`QuoteWords::cue_nouns_that`] and the lists after it).
    pub const CUE_NOUN: u32 = 1 << 28;
    /// A word token of ASCII letters only ("Tehran"; not "U.S.", "F-16" or "Zürich").
    pub const PLAIN_WORD: u32 = 1 << 29;
    /// A word a temporal expression can start with (the time grammar's start words).
    pub const TIME_START: u32 = 1 << 30;
    /// The surname of a well-known person ([`Lexicon::well_known`]): a name even when it is
    /// also a common word ("Trump", "Obama").
    pub const WELL_KNOWN: u32 = 1 << 31;

    /// True when any of the `bits` is set.
    #[inline]
    pub fn has(self, bits: u32) -> bool {
        self.0 & bits != 0
    }

    /// The gender a given name carries, if it is one: `Some(gender)` as in [`Lexicon::given_names`].
    #[inline]
    pub fn given(self) -> Option<Option<Gender>> {
        if !self.has(Self::GIVEN) {
            None
        } else if self.has(Self::GIVEN_MALE) {
            Some(Some(Gender::Male))
        } else if self.has(Self::GIVEN_FEMALE) {
            Some(Some(Gender::Female))
        } else {
            Some(None)
        }
    }
}

/// All word lists, parsed once.
#[derive(Debug, Default)]
pub struct Lexicon {
    /// Given names with a gender when the name is mostly one.
    pub given_names: FxHashMap<String, Option<Gender>>,
    /// Frequent surnames.
    pub surnames: FxHashSet<String>,
    /// Surnames of well-known people, which news gives alone ("Obama said"), with the gender
    /// of the best-known bearer when it is clear.
    pub well_known: FxHashMap<String, Option<Gender>>,
    /// Countries, their aliases and capitals, cities and states.
    pub places: FxHashMap<String, PlaceName>,
    /// Nationality adjectives to their country ("iranian" -> "Iran").
    pub demonyms: FxHashMap<String, String>,
    /// Role head nouns ("minister") with a gender when the title has one.
    pub titles: FxHashMap<String, Option<Gender>>,
    /// Honorifics before a name ("mr.", "gen.").
    pub honorifics: FxHashMap<String, Option<Gender>>,
    /// Reporting verb forms to their lemma ("said" -> "say").
    pub reporting_verbs: FxHashMap<String, String>,
    /// A quick filter over the keys of `reporting_verbs`.
    pub reporting_filter: KeyFilter,
    /// Stance verb forms to their lemma ("championed" -> "champion"): cues of reported
    /// content only, not of direct quotes.
    pub stance_verbs: FxHashMap<&'static str, &'static str>,
    /// Known organisations: every surface form to the canonical name.
    pub organizations: FxHashMap<String, String>,
    /// Words that make a name an organisation ("ministry").
    pub org_words: FxHashSet<String>,
    /// Lower-case nouns naming an organisation after a name or demonym, longest first.
    pub org_nouns: Vec<Vec<String>>,
    /// Indices into `org_nouns` (in its order) by the noun's first word.
    pub org_nouns_by_first: FxHashMap<String, Vec<usize>>,
    /// Lower-case nouns that introduce an organisation's name ("the daily Granma").
    pub org_prefixes: FxHashSet<String>,
    /// Lower-case nouns that make a name beside them a place ("Guangdong province").
    pub place_nouns: FxHashSet<String>,
    /// Last words of a name that make it a place ("Changi Airport", "Wall Street").
    pub place_words: FxHashSet<String>,
    /// Plural nouns for collective actors ("officials").
    pub group_nouns: FxHashSet<String>,
    /// Singular nouns for anonymous speakers ("source").
    pub anonymous_sources: FxHashSet<String>,
    /// Frequent English words (lower case) with their frequency rank (0 = most frequent).
    pub common_words: FxHashMap<String, u32>,
    /// Function words.
    pub stopwords: FxHashSet<String>,
    /// Capitalised calendar words (months, weekdays, holidays) that are never actors.
    pub calendar_words: FxHashSet<String>,
    /// Lower-case words that may stand inside a role ("national security adviser").
    pub role_modifiers: FxHashSet<String>,
    /// Words that point the compass inside a place name ("east", "northern").
    pub compass_words: WordList,
    /// Last words of a competition or prize named after an organisation ("cup").
    pub event_words: WordList,
    /// Nouns that, right after a name, say it is a company's ("Acme shares").
    pub company_nouns: WordList,
    /// Particles that join the parts of a person's name ("van", "bin").
    pub name_particles: WordList,
    /// Party words that stand before a name like a nationality ("democrat").
    pub party_words: WordList,
    /// Words between two teams in results and fixtures, as written ("v", "AT", "beat").
    pub fixture_words: WordList,
    /// Participles after a hyphen that make a word qualify the name after it ("based").
    pub hyphen_participles: WordList,
    /// Short names of a country, listed as its aliases, that are not its capital, as
    /// written ("Britain").
    pub country_short_names: WordList,
    /// Words that open the phrase a later date of a sentence belongs to ("after").
    pub phrase_openers: WordList,
    /// Words that open a subordinate or introductory phrase ("when", "however").
    pub subordinators: WordList,
    /// Words that make the date after them a bound ("since").
    pub bound_words: WordList,
    /// Words that open a range of dates ("from", "between").
    pub range_openers: WordList,
    /// Prepositions cut from a summary with the date they introduce ("on").
    pub date_prepositions: WordList,
    /// Modifiers cut before a date's preposition ("early").
    pub date_modifiers: WordList,
    /// Nouns for documents that report things ("the report said", "a new poll found").
    pub document_nouns: FxHashSet<&'static str>,
    /// The quote reader's word lists.
    pub quote_words: QuoteWords,
    /// Verb forms whose infinitive reports an intention ("wants to", "plans to"); they are
    /// cues only before "to".
    pub intention_verbs: FxHashSet<&'static str>,
    /// Head nouns of descriptions of a story's main person ("the businessman said"), with
    /// the gender some tell.
    pub speaker_nouns: FxHashMap<&'static str, Option<Gender>>,
    /// Every single-word key of the lists above with its [`Facts`] (lexical bits only).
    pub word_facts: FxHashMap<String, u32>,
    /// [`Lexicon::word_facts`] of the keys of at most 7 bytes, by [`pack_key`].
    short_facts: PackedTable<u64>,
    /// [`Lexicon::word_facts`] of the keys of 8 to 15 bytes, by [`pack_wide`].
    wide_facts: PackedTable<u128>,
    /// [`Lexicon::word_facts`] of every one-byte ASCII key, by its byte.
    pub byte_facts: Vec<u32>,
}

/// The lookup key of a word: borrowed when it is already lower-case ASCII (most words), else
/// [`lower`]ed.
pub fn key(s: &str) -> std::borrow::Cow<'_, str> {
    if s.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        std::borrow::Cow::Borrowed(s)
    } else {
        std::borrow::Cow::Owned(lower(s))
    }
}

/// Calls `f` with the lookup [`key`] of `s`, lower-cased on the stack when `s` is a short
/// ASCII word (most words), so no allocation is made.
fn with_key<R>(s: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 32];
    match buf.get_mut(..s.len()) {
        Some(low) if s.is_ascii() => {
            low.copy_from_slice(s.as_bytes());
            low.make_ascii_lowercase();
            match std::str::from_utf8(low) {
                Ok(k) => f(k),
                Err(_) => f(key(s).as_ref()),
            }
        }
        _ => f(key(s).as_ref()),
    }
}

/// A key of at most 7 bytes as one number (its bytes, and its length in the top byte), so
/// most words are looked up by an integer; `None` for longer keys.
#[inline]
pub fn pack_key(key: &str) -> Option<u64> {
    pack_bytes(key.as_bytes(), 0, key.len())
}

/// [`pack_key`] of the key `bytes[start..end]`, reading 8 bytes at once when they are there.
#[inline]
pub fn pack_bytes(bytes: &[u8], start: usize, end: usize) -> Option<u64> {
    let len = end.checked_sub(start)?;
    if len > 7 {
        return None;
    }
    let mut v = (len as u64) << 56;
    if let Some(eight) = bytes.get(start..start + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(eight);
        let mask = (1u64 << (8 * len)) - 1;
        return Some(v | (u64::from_le_bytes(word) & mask));
    }
    for (i, &x) in bytes.get(start..end)?.iter().enumerate() {
        v |= u64::from(x) << (8 * i);
    }
    Some(v)
}

/// A key of 8 to 15 bytes as one number (its bytes, and its length in the top byte), as
/// [`pack_key`] does for shorter keys: long words are looked up without hashing a string.
/// `None` for other lengths.
#[inline]
pub fn pack_wide(bytes: &[u8], start: usize, end: usize) -> Option<u128> {
    let len = end.checked_sub(start)?;
    if !(8..=15).contains(&len) {
        return None;
    }
    let v = (len as u128) << 120;
    if let Some(sixteen) = bytes.get(start..start + 16) {
        let mut word = [0u8; 16];
        word.copy_from_slice(sixteen);
        let mask = (1u128 << (8 * len)) - 1;
        return Some(v | (u128::from_le_bytes(word) & mask));
    }
    // (near the end of the buffer: the bytes copied into a zeroed word)
    let mut word = [0u8; 16];
    word.get_mut(..len)?.copy_from_slice(bytes.get(start..end)?);
    Some(v | u128::from_le_bytes(word))
}

/// True for an article or possessive determiner before a noun ("the", "a", "this", "its",
/// "their"...): the word before it is a common noun's, not a name's.
pub fn is_determiner(low: &str) -> bool {
    matches!(
        low,
        "the" | "a" | "an" | "this" | "that" | "its" | "his" | "her" | "their"
    )
}

/// Lower-cases a word, folding the typographic apostrophe to `'`.
pub fn lower(s: &str) -> String {
    // ASCII (most words) holds no typographic apostrophe: one pass over the bytes
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    lower_into(s, &mut out);
    out
}

/// Appends the [`lower`]ed form of `s` to `out` (no allocation when `out` has room).
pub fn lower_into(s: &str, out: &mut String) {
    if s.is_ascii() {
        let from = out.len();
        out.push_str(s);
        out[from..].make_ascii_lowercase();
        return;
    }
    out.reserve(s.len());
    for c in s.chars() {
        if c == '’' {
            out.push('\'');
        } else if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
}

fn lines(file: &'static str) -> impl Iterator<Item = &'static str> {
    file.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The quote reader's word lists, from `assets/lexicon/quote-words.txt` (one list a line,
/// "name: word word ...", lower case); each field is the list of that name.
#[derive(Debug, Default)]
pub struct QuoteWords {
    /// Words between a speaker and the reporting verb ("X also said").
    pub between_subject_and_verb: FxHashSet<&'static str>,
    /// Verbs of headlines written in title case ("Roe Says ...").
    pub headline_verbs: FxHashSet<&'static str>,
    /// Lemmas whose infinitive reports a commitment or intention ("vowed to").
    pub commitment_lemmas: FxHashSet<&'static str>,
    /// Lemmas whose object states a position ("called for a ban").
    pub object_lemmas: FxHashSet<&'static str>,
    /// Lemmas that report what a document or figure shows ("the poll shows").
    pub finding_lemmas: FxHashSet<&'static str>,
    /// First words of a described speaker ("the retired engineer").
    pub described_starts: FxHashSet<&'static str>,
    /// Shares of a group that can speak ("a majority", "58 percent").
    pub shares: FxHashSet<&'static str>,
    /// Words in -ly that are not adverbs ("family").
    pub not_adverbs: FxHashSet<&'static str>,
    /// Words that open an introductory phrase before a clause's subject ("In Columbia, ...").
    pub introducers: FxHashSet<&'static str>,
    /// Words before a quotation that make it the title of a work ("the documentary “…”").
    pub work_nouns: FxHashSet<&'static str>,
    /// Words after a quotation that make it the title of a work ("the “…” show").
    pub after_title: FxHashSet<&'static str>,
    /// Nouns of something said or written ("his statement: …").
    pub speech_nouns: FxHashSet<&'static str>,
    /// Words before a participle cue that hang it on the clause before ("…, saying").
    pub participle_hosts: FxHashSet<&'static str>,
    /// Words of a short tail between a cue and the end of its sentence ("said in a statement.").
    pub sentence_tail: FxHashSet<&'static str>,
    /// Words that do not open a reported clause after "said" ("said so").
    pub not_clause_openers: FxHashSet<&'static str>,
    /// Nouns of a stance owned by its source stating a clause ("Roe's claim that …").
    pub cue_nouns_that: FxHashSet<&'static str>,
    /// Such nouns before an infinitive ("his promise to …").
    pub cue_nouns_to: FxHashSet<&'static str>,
    /// Such nouns before "for" ("her call for …").
    pub cue_nouns_for: FxHashSet<&'static str>,
    /// Such nouns before "of" ("his criticism of …").
    pub cue_nouns_of: FxHashSet<&'static str>,
    /// Such nouns before "on" ("her attacks on …").
    pub cue_nouns_on: FxHashSet<&'static str>,
    /// Lemmas of belief whose object is a clause, not a noun phrase ("X believes …").
    pub clause_object_lemmas: FxHashSet<&'static str>,
    /// Words that open an indirect question after a cue ("asked whether …").
    pub question_openers: FxHashSet<&'static str>,
    /// Prepositions whose object is what a cue verb reports ("complained about …").
    pub object_prepositions: FxHashSet<&'static str>,
    /// Lemmas that take no object as content ("added", "continued").
    pub no_object_lemmas: FxHashSet<&'static str>,
    /// Phrasal reporting verbs as `verb:particle` ("went:on", "shot:back").
    pub phrasal_cues: FxHashSet<&'static str>,
    /// Forms of verbs of thought rather than speech ("believes", "would find"): in a clause
    /// reported by a verb of speech, their quote is the reporter's.
    pub thought_verbs: FxHashSet<&'static str>,
    /// Head nouns of a person described after an inverted cue ("said the woman, who …").
    pub described_heads: FxHashSet<&'static str>,
    /// Verbs that report what a document says when a document is their subject ("the letter
    /// reads").
    pub document_verbs: FxHashSet<&'static str>,
    /// Verbs of saying that may open a sentence before the speaker's name and a quotation
    /// ("Said Roe, “…”").
    pub inverted_openers: FxHashSet<&'static str>,
    /// Adverbs set off by commas between a subject and its verb ("Roe, however, argued").
    pub aside_adverbs: FxHashSet<&'static str>,
    /// Adverbs that may open a description of a number or share ("nearly half").
    pub approximators: FxHashSet<&'static str>,
    /// Pronouns and determiners that open a subject ("said the …", "said he …").
    pub subject_openers: FxHashSet<&'static str>,
    /// Lemmas of taking a side whose object may be as short as "the bill" or "him" ("X
    /// opposed the bill", "Y endorsed him").
    pub short_object_lemmas: FxHashSet<&'static str>,
    /// Lemmas whose "on" names where something was said, not what about ("wrote on
    /// Facebook", "voted on the bill").
    pub medium_on_lemmas: FxHashSet<&'static str>,
    /// Lemmas whose "to" names who was addressed, not what about ("wrote to the mayor").
    pub addressee_to_lemmas: FxHashSet<&'static str>,
    /// Lemmas whose object is only what follows one of their prepositions, each with those
    /// prepositions ("talk" -> "about", "of": "talked about the border", never "spoke at a
    /// rally"); written "lemma:preposition" in the file.
    pub topic_lemmas: FxHashMap<&'static str, Vec<&'static str>>,
}

impl QuoteWords {
    /// The lists of a quote-words file.
    fn load(file: &'static str) -> Self {
        let list = |name: &str| -> FxHashSet<&'static str> {
            file.lines()
                .filter(|l| !l.starts_with('#'))
                .filter_map(|l| l.split_once(':'))
                .filter(|(n, _)| n.trim() == name)
                .flat_map(|(_, ws)| ws.split_whitespace())
                .collect()
        };
        QuoteWords {
            between_subject_and_verb: list("between-subject-and-verb"),
            headline_verbs: list("headline-verbs"),
            commitment_lemmas: list("commitment-lemmas"),
            object_lemmas: list("object-lemmas"),
            finding_lemmas: list("finding-lemmas"),
            described_starts: list("described-starts"),
            shares: list("shares"),
            not_adverbs: list("not-adverbs"),
            introducers: list("introducers"),
            work_nouns: list("work-nouns"),
            after_title: list("after-title"),
            speech_nouns: list("speech-nouns"),
            participle_hosts: list("participle-hosts"),
            sentence_tail: list("sentence-tail"),
            not_clause_openers: list("not-clause-openers"),
            cue_nouns_that: list("cue-nouns-that"),
            cue_nouns_to: list("cue-nouns-to"),
            cue_nouns_for: list("cue-nouns-for"),
            cue_nouns_of: list("cue-nouns-of"),
            cue_nouns_on: list("cue-nouns-on"),
            clause_object_lemmas: list("clause-object-lemmas"),
            question_openers: list("question-openers"),
            object_prepositions: list("object-prepositions"),
            no_object_lemmas: list("no-object-lemmas"),
            phrasal_cues: list("phrasal-cues"),
            thought_verbs: list("thought-verbs"),
            described_heads: list("described-heads"),
            document_verbs: list("document-verbs"),
            inverted_openers: list("inverted-openers"),
            aside_adverbs: list("aside-adverbs"),
            approximators: list("approximators"),
            subject_openers: list("subject-openers"),
            short_object_lemmas: list("short-object-lemmas"),
            medium_on_lemmas: list("medium-on-lemmas"),
            addressee_to_lemmas: list("addressee-to-lemmas"),
            topic_lemmas: {
                let mut by_lemma: FxHashMap<&'static str, Vec<&'static str>> = FxHashMap::default();
                for (lemma, preposition) in list("topic-lemmas")
                    .into_iter()
                    .filter_map(|pair| pair.split_once(':'))
                {
                    by_lemma.entry(lemma).or_default().push(preposition);
                }
                by_lemma
            },
        }
    }
}

/// A short list of words, as written, with a quick test of their first bytes so most
/// words are turned away without a comparison.
#[derive(Debug, Default)]
pub struct WordList {
    words: Vec<String>,
    /// One bit per byte value that starts a word of the list.
    firsts: [u128; 2],
}

impl WordList {
    /// The words of a list file, as written.
    fn load(file: &'static str) -> Self {
        let words: Vec<String> = lines(file).map(str::to_owned).collect();
        let mut firsts = [0u128; 2];
        for w in &words {
            if let Some(&b) = w.as_bytes().first() {
                firsts[usize::from(b >> 7)] |= 1 << (b & 127);
            }
        }
        WordList { words, firsts }
    }

    /// True when `word` is one of the words, exactly as written.
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        word.as_bytes()
            .first()
            .is_some_and(|&b| self.firsts[usize::from(b >> 7)] & (1 << (b & 127)) != 0)
            && self.words.iter().any(|w| w == word)
    }

    /// The words, in file order.
    pub fn words(&self) -> &[String] {
        &self.words
    }
}

fn gendered(line: &str) -> (String, Option<Gender>) {
    match line.split_once('|') {
        Some((w, "m")) => (lower(w), Some(Gender::Male)),
        Some((w, "f")) => (lower(w), Some(Gender::Female)),
        Some((w, _)) => (lower(w), None),
        None => (lower(line), None),
    }
}

impl Lexicon {
    /// The lexicon built into the binary.
    pub fn get() -> &'static Lexicon {
        static LEX: OnceLock<Lexicon> = OnceLock::new();
        LEX.get_or_init(Lexicon::build)
    }

    fn build() -> Lexicon {
        let mut lex = Lexicon {
            stopwords: lines(include_str!("../../assets/lexicon/stopwords.txt"))
                .map(lower)
                .collect(),
            ..Lexicon::default()
        };
        for l in lines(include_str!("../../assets/lexicon/given-names.tsv")) {
            let (name, g) = l.split_once('\t').unwrap_or((l, "u"));
            let g = match g {
                "m" => Some(Gender::Male),
                "f" => Some(Gender::Female),
                _ => None,
            };
            let name = lower(name);
            // "In", "An", "Will": a function word is no one's name in running text
            if !lex.stopwords.contains(&name) {
                lex.given_names.insert(name, g);
            }
        }
        lex.surnames = lines(include_str!("../../assets/lexicon/surnames.txt"))
            .map(lower)
            .collect();
        lex.well_known = lines(include_str!("../../assets/lexicon/well-known-names.txt"))
            .map(gendered)
            .collect();
        let places = lines(include_str!("../../assets/lexicon/cities.txt"))
            .chain(lines(include_str!("../../assets/lexicon/regions.txt")));
        for l in places {
            lex.places.insert(lower(l), PlaceName::Other);
        }
        for l in lines(include_str!("../../assets/lexicon/countries.tsv")) {
            let mut f = l.split('\t');
            let (Some(name), code, capital) = (f.next(), f.next(), f.next()) else {
                continue;
            };
            let _ = code;
            lex.insert_country(name, name, false);
            if let Some(cap) = capital.filter(|c| !c.is_empty()) {
                lex.insert_country(cap, name, true);
            }
        }
        for l in lines(include_str!("../../assets/lexicon/country-aliases.tsv")) {
            if let Some((alias, country)) = l.split_once('\t') {
                lex.insert_country(alias, country, true);
            }
        }
        for l in lines(include_str!("../../assets/lexicon/demonyms.tsv")) {
            if let Some((dem, country)) = l.split_once('\t') {
                lex.demonyms.insert(lower(dem), country.to_owned());
            }
        }
        lex.titles = lines(include_str!("../../assets/lexicon/titles.txt"))
            .map(gendered)
            .collect();
        lex.honorifics = lines(include_str!("../../assets/lexicon/honorifics.txt"))
            .map(gendered)
            .collect();
        for l in lines(include_str!("../../assets/lexicon/reporting-verbs.txt")) {
            if let Some((lemma, forms)) = l.split_once(':') {
                for f in forms.split_whitespace() {
                    lex.reporting_verbs
                        .insert(lower(f), lemma.trim().to_owned());
                }
            }
        }
        lex.reporting_filter = KeyFilter::new(lex.reporting_verbs.keys().map(String::as_str));
        for l in lines(include_str!("../../assets/lexicon/stance-verbs.txt")) {
            if let Some((lemma, forms)) = l.split_once(':') {
                for f in forms.split_whitespace() {
                    lex.stance_verbs.insert(f, lemma.trim());
                }
            }
        }
        let organizations = lines(include_str!("../../assets/lexicon/organizations.txt"))
            .chain(lines(include_str!("../../assets/lexicon/sports-clubs.txt")));
        for l in organizations {
            let mut names = l.split('|');
            let Some(canonical) = names.next() else {
                continue;
            };
            lex.organizations
                .insert(lower(canonical), canonical.to_owned());
            for alias in names {
                lex.organizations.insert(lower(alias), canonical.to_owned());
            }
        }
        lex.org_words = lines(include_str!("../../assets/lexicon/org-words.txt"))
            .map(lower)
            .collect();
        lex.org_nouns = lines(include_str!("../../assets/lexicon/org-nouns.txt"))
            .map(|l| l.split_whitespace().map(lower).collect())
            .collect();
        lex.org_nouns
            .sort_by_key(|n: &Vec<String>| std::cmp::Reverse(n.len()));
        for (i, noun) in lex.org_nouns.iter().enumerate() {
            if let Some(first) = noun.first() {
                lex.org_nouns_by_first
                    .entry(first.clone())
                    .or_default()
                    .push(i);
            }
        }
        lex.org_prefixes = lines(include_str!("../../assets/lexicon/org-prefixes.txt"))
            .map(lower)
            .collect();
        lex.place_nouns = lines(include_str!("../../assets/lexicon/place-nouns.txt"))
            .map(lower)
            .collect();
        lex.place_words = lines(include_str!("../../assets/lexicon/place-words.txt"))
            .map(lower)
            .collect();
        lex.group_nouns = lines(include_str!("../../assets/lexicon/group-nouns.txt"))
            .map(lower)
            .collect();
        lex.anonymous_sources = lines(include_str!("../../assets/lexicon/anonymous-sources.txt"))
            .map(lower)
            .collect();
        lex.common_words = lines(include_str!("../../assets/lexicon/common-words.txt"))
            .enumerate()
            .map(|(rank, w)| (lower(w), rank as u32))
            .collect();
        lex.calendar_words = lines(include_str!("../../assets/lexicon/calendar-words.txt"))
            .map(lower)
            .collect();
        lex.role_modifiers = lines(include_str!("../../assets/lexicon/role-modifiers.txt"))
            .map(lower)
            .collect();
        lex.compass_words = WordList::load(include_str!("../../assets/lexicon/compass-words.txt"));
        lex.event_words = WordList::load(include_str!("../../assets/lexicon/event-words.txt"));
        lex.company_nouns = WordList::load(include_str!("../../assets/lexicon/company-nouns.txt"));
        lex.name_particles =
            WordList::load(include_str!("../../assets/lexicon/name-particles.txt"));
        lex.party_words = WordList::load(include_str!("../../assets/lexicon/party-words.txt"));
        lex.fixture_words = WordList::load(include_str!("../../assets/lexicon/fixture-words.txt"));
        lex.hyphen_participles =
            WordList::load(include_str!("../../assets/lexicon/hyphen-participles.txt"));
        lex.country_short_names =
            WordList::load(include_str!("../../assets/lexicon/country-short-names.txt"));
        lex.phrase_openers =
            WordList::load(include_str!("../../assets/lexicon/phrase-openers.txt"));
        lex.subordinators = WordList::load(include_str!("../../assets/lexicon/subordinators.txt"));
        lex.bound_words = WordList::load(include_str!("../../assets/lexicon/bound-words.txt"));
        lex.range_openers = WordList::load(include_str!("../../assets/lexicon/range-openers.txt"));
        lex.date_prepositions =
            WordList::load(include_str!("../../assets/lexicon/date-prepositions.txt"));
        lex.date_modifiers =
            WordList::load(include_str!("../../assets/lexicon/date-modifiers.txt"));
        lex.document_nouns =
            lines(include_str!("../../assets/lexicon/document-sources.txt")).collect();
        lex.quote_words = QuoteWords::load(include_str!("../../assets/lexicon/quote-words.txt"));
        lex.intention_verbs = lines(include_str!("../../assets/lexicon/intention-verbs.txt"))
            .flat_map(str::split_whitespace)
            .collect();
        for line in lines(include_str!("../../assets/lexicon/speaker-nouns.txt")) {
            let (word, gender) = match line.split_once('|') {
                Some((w, "m")) => (w, Some(Gender::Male)),
                Some((w, "f")) => (w, Some(Gender::Female)),
                Some((w, _)) => (w, None),
                None => (line, None),
            };
            lex.speaker_nouns.entry(word).or_insert(gender);
        }
        lex.word_facts = lex.collect_facts();
        lex.short_facts = PackedTable::new(
            lex.word_facts
                .iter()
                .filter_map(|(k, &f)| pack_key(k).map(|p| (p, f))),
        );
        lex.wide_facts = PackedTable::new(
            lex.word_facts
                .iter()
                .filter_map(|(k, &f)| pack_wide(k.as_bytes(), 0, k.len()).map(|p| (p, f))),
        );
        lex.byte_facts = (0u8..128)
            .map(|b| {
                let key = [b];
                std::str::from_utf8(&key).map_or(0, |k| lex.facts_of_key(k))
            })
            .collect();
        lex
    }

    /// The [`Facts`] of every key of the word lists.
    fn collect_facts(&self) -> FxHashMap<String, u32> {
        let mut f: FxHashMap<String, u32> = FxHashMap::default();
        let mut set = |k: &str, bits: u32| {
            if let Some(v) = f.get_mut(k) {
                *v |= bits;
            } else {
                f.insert(k.to_owned(), bits);
            }
        };
        for (k, g) in &self.given_names {
            let bits = match g {
                Some(Gender::Male) => Facts::GIVEN | Facts::GIVEN_MALE,
                Some(Gender::Female) => Facts::GIVEN | Facts::GIVEN_FEMALE,
                None => Facts::GIVEN,
            };
            set(k, bits);
        }
        let sets: [(&FxHashSet<String>, u32); 10] = [
            (&self.surnames, Facts::SURNAME),
            (&self.org_words, Facts::ORG_WORD),
            (&self.org_prefixes, Facts::ORG_PREFIX),
            (&self.place_nouns, Facts::PLACE_NOUN),
            (&self.place_words, Facts::PLACE_WORD),
            (&self.group_nouns, Facts::GROUP_NOUN),
            (&self.anonymous_sources, Facts::ANONYMOUS),
            (&self.stopwords, Facts::STOPWORD),
            (&self.calendar_words, Facts::CALENDAR),
            (&self.role_modifiers, Facts::ROLE_MODIFIER),
        ];
        for (keys, bits) in sets {
            keys.iter().for_each(|k| set(k, bits));
        }
        self.places.keys().for_each(|k| set(k, Facts::PLACE));
        self.well_known
            .keys()
            .for_each(|k| set(k, Facts::WELL_KNOWN));
        self.demonyms.keys().for_each(|k| set(k, Facts::DEMONYM));
        self.titles.keys().for_each(|k| set(k, Facts::TITLE));
        self.honorifics
            .keys()
            .for_each(|k| set(k, Facts::HONORIFIC));
        self.reporting_verbs
            .keys()
            .for_each(|k| set(k, Facts::REPORTING));
        self.organizations
            .keys()
            .for_each(|k| set(k, Facts::ORGANIZATION));
        self.stance_verbs.keys().for_each(|k| set(k, Facts::STANCE));
        let q = &self.quote_words;
        for nouns in [
            &q.cue_nouns_that,
            &q.cue_nouns_to,
            &q.cue_nouns_for,
            &q.cue_nouns_of,
            &q.cue_nouns_on,
        ] {
            nouns.iter().for_each(|k| set(k, Facts::CUE_NOUN));
        }
        for w in self.fixture_words.words() {
            set(&lower(w), Facts::FIXTURE);
        }
        for w in self.name_particles.words() {
            set(w, Facts::NAME_PARTICLE);
        }
        for w in super::times::start_words() {
            set(w, Facts::TIME_START);
        }
        for (k, &rank) in &self.common_words {
            let very = if rank < 3000 { Facts::VERY_COMMON } else { 0 };
            set(k, Facts::COMMON | very);
        }
        f
    }

    /// The lexical [`Facts`] of a lookup key (a `Document::low` key).
    #[inline]
    pub fn facts_of_key(&self, key: &str) -> u32 {
        if let Some(p) = pack_key(key) {
            return self.facts_of_packed(p);
        }
        match pack_wide(key.as_bytes(), 0, key.len()) {
            Some(w) => self.facts_of_wide(w),
            None => self.word_facts.get(key).copied().unwrap_or(0),
        }
    }

    /// [`Lexicon::facts_of_key`] of a key of 8 to 15 bytes given [`pack_wide`]d.
    #[inline]
    pub fn facts_of_wide(&self, packed: u128) -> u32 {
        self.wide_facts.get(packed)
    }

    /// [`Lexicon::facts_of_key`] of a key of at most 7 bytes given [`pack_key`]ed.
    #[inline]
    pub fn facts_of_packed(&self, packed: u64) -> u32 {
        self.short_facts.get(packed)
    }

    /// Records `words` as a name of `country` (another name when `alias`).
    fn insert_country(&mut self, words: &str, country: &str, alias: bool) {
        self.places.insert(
            lower(words),
            PlaceName::Country {
                country: country.to_owned(),
                alias,
            },
        );
    }

    /// True for a role head noun ("minister", "Spokesman").
    pub fn is_title(&self, word: &str) -> bool {
        with_key(word, |k| self.titles.contains_key(k))
    }

    /// The lemma of a reporting verb form ("said" -> "say").
    pub fn reporting_lemma(&self, word: &str) -> Option<&str> {
        with_key(word, |k| self.reporting_verbs.get(k)).map(String::as_str)
    }

    /// The lemma of a reporting verb form given by its key (a `Document::low` key).
    #[inline]
    pub fn reporting_lemma_key(&self, key: &str) -> Option<&String> {
        if !self.reporting_filter.may_hold(key) {
            return None;
        }
        self.reporting_verbs.get(key)
    }

    /// True for a function word.
    pub fn is_stopword(&self, word: &str) -> bool {
        with_key(word, |k| self.stopwords.contains(k))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_load() {
        let lex = Lexicon::get();
        assert_eq!(lex.given_names.get("john"), Some(&Some(Gender::Male)));
        assert_eq!(
            Facts(lex.facts_of_key(&lower("JOHN"))).given(),
            Some(Some(Gender::Male))
        );
        assert_eq!(
            lex.places.get("tehran"),
            Some(&PlaceName::Country {
                country: "Iran".into(),
                alias: true
            })
        );
        assert_eq!(
            lex.demonyms.get("ukrainian").map(String::as_str),
            Some("Ukraine")
        );
        assert_eq!(lex.reporting_lemma("Said"), Some("say"));
        assert!(lex.is_title("Spokesman"));
        assert_eq!(
            lex.organizations.get("kremlin").map(String::as_str),
            Some("Kremlin")
        );
        assert!(Facts(lex.facts_of_key("however")).has(Facts::COMMON));
        assert!(Facts(lex.facts_of_key("obama")).has(Facts::WELL_KNOWN));
        assert!(!Facts(lex.facts_of_key("rice")).has(Facts::WELL_KNOWN));
        assert_eq!(lex.well_known.get("merkel"), Some(&Some(Gender::Female)));
        assert!(lex.is_stopword("the"));
        // the quick filter lets every reporting verb through and turns most words away
        assert!(lex
            .reporting_verbs
            .keys()
            .all(|k| lex.reporting_filter.may_hold(k)));
        assert_eq!(
            lex.reporting_lemma_key("said").map(String::as_str),
            Some("say")
        );
        assert!(lex.reporting_lemma_key("the").is_none());
        // the short lists load, lower case where case does not matter
        assert!(lex.name_particles.contains("van"));
        assert!(Facts(lex.facts_of_key("van")).has(Facts::NAME_PARTICLE));
        assert!(Facts(lex.facts_of_key("at")).has(Facts::FIXTURE));
        assert!(lex.fixture_words.contains("AT") && !lex.fixture_words.contains("at"));
        for l in [
            &lex.compass_words,
            &lex.event_words,
            &lex.company_nouns,
            &lex.name_particles,
            &lex.party_words,
            &lex.hyphen_participles,
            &lex.phrase_openers,
            &lex.subordinators,
            &lex.bound_words,
            &lex.range_openers,
            &lex.date_prepositions,
            &lex.date_modifiers,
        ] {
            assert!(
                !l.words().is_empty() && l.words().iter().all(|w| *w == lower(w)),
                "{l:?}"
            );
        }
        // census given names that are function words are left out
        assert!(!lex.given_names.contains_key("in"));
    }

    /// Every key gets its own facts back whatever its length (packed in a `u64`, in a
    /// `u128`, or hashed as a string), and a longer word sharing a prefix gets none of them.
    #[test]
    fn packed_tables_find_exactly_their_keys() {
        let t = PackedTable::new((1u64..2000).map(|k| (k * 7, k as u32)));
        for k in 1u64..2000 {
            assert_eq!(t.get(k * 7), k as u32);
            assert_eq!(t.get(k * 7 + 1), 0);
        }
        assert_eq!(t.get(0), 0);
        let empty = PackedTable::<u128>::default();
        assert_eq!(empty.get(5), 0);
        let wide = PackedTable::new([(1u128 << 100, 3), (0, 9)].into_iter());
        assert_eq!(
            (wide.get(1u128 << 100), wide.get(0), wide.get(1)),
            (3, 9, 0)
        );
    }

    #[test]
    fn facts_of_keys_of_every_length() {
        let lex = Lexicon::get();
        let mut lengths = [false; 3];
        for (k, &f) in &lex.word_facts {
            assert_eq!(lex.facts_of_key(k), f, "{k:?}");
            lengths[match k.len() {
                0..=7 => 0,
                8..=15 => 1,
                _ => 2,
            }] = true;
        }
        assert_eq!(lengths, [true; 3]);
        // (a padded key or a prefix is another key)
        assert_ne!(
            pack_wide(b"spokesman\0", 0, 10),
            pack_wide(b"spokesman", 0, 9)
        );
        assert_ne!(pack_wide(b"spokesmen", 0, 9), pack_wide(b"spokesman", 0, 9));
        assert_eq!(
            pack_wide(b"spokesman", 0, 9),
            pack_wide(b"xspokesmanxxxxxxxxx", 1, 10)
        );
        assert_eq!(pack_wide(b"short", 0, 5), None);
    }
}
