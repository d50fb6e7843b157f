//! The analysis result: plain data, byte spans into the article text, links by index.
//!
//! These types serialise to the JSON of `../shared/CONTRACT.md` (`byline.analysis/1`): ids are
//! written as `a0`, `q0`, `e0`, spans as byte offsets.

use serde::ser::SerializeStruct;
use serde::{Deserialize, Serialize, Serializer};

/// A half-open byte range `[start, end)` into the analysed text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }
    /// True when the span covers no byte.
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
    /// True when `other` lies entirely inside this span.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    /// True when the two spans share at least one byte.
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
    /// The text this span covers (empty if it is out of range).
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

impl Serialize for Span {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        [self.start, self.end].serialize(s)
    }
}

/// Room for an id: a one-letter prefix and the 20 digits of the largest `u64`.
const ID_LEN: usize = 21;

/// `prefix` then `n` in decimal, written at the end of `buf`: the id as a string without
/// going through `fmt` (serde's `collect_str` formats into a temporary `String`).
fn id_str<'b>(prefix: &str, mut n: usize, buf: &'b mut [u8; ID_LEN]) -> &'b str {
    let mut at = ID_LEN;
    loop {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    at -= 1;
    buf[at] = prefix.as_bytes().first().copied().unwrap_or(b'?');
    std::str::from_utf8(&buf[at..]).unwrap_or("")
}

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident, $prefix:literal) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(pub usize);

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let mut buf = [0u8; ID_LEN];
                s.serialize_str(id_str($prefix, self.0, &mut buf))
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, concat!($prefix, "{}"), self.0)
            }
        }
    };
}

id_type!(
    /// Index of an actor in [`Analysis::actors`], written `a<N>`.
    ActorId,
    "a"
);
id_type!(
    /// Index of a quote in [`Analysis::quotes`], written `q<N>`.
    QuoteId,
    "q"
);
id_type!(
    /// Index of an event in [`Analysis::events`], written `e<N>`.
    EventId,
    "e"
);

/// What kind of entity an actor is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    /// A named human being.
    Person,
    /// A company, ministry, agency, party, newspaper...
    Organization,
    /// A country, city, region.
    Place,
    /// A collective of people: "Russian forces", "officials".
    Group,
    /// Anything else, e.g. an anonymous "source".
    Other,
}

impl ActorKind {
    /// The contract's lower-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::Person => "person",
            ActorKind::Organization => "organization",
            ActorKind::Place => "place",
            ActorKind::Group => "group",
            ActorKind::Other => "other",
        }
    }
}

/// How a mention refers to its actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MentionVia {
    /// The full name.
    Name,
    /// The surname alone.
    Surname,
    /// Another name for the actor ("Tehran" for Iran's government).
    Alias,
    /// A description standing for it ("the minister").
    Title,
    /// A personal pronoun ("he", "him").
    Pronoun,
    /// A possessive ("Sullivan's", "his").
    Possessive,
}

/// One place in the text where an actor is referred to.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Mention {
    /// Where.
    #[serde(flatten)]
    pub span: SpanFields,
    /// The words of the mention.
    pub text: String,
    /// How it refers.
    pub via: MentionVia,
}

/// A span written as `"start": .., "end": ..` fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpanFields {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl From<Span> for SpanFields {
    fn from(s: Span) -> Self {
        SpanFields {
            start: s.start,
            end: s.end,
        }
    }
}

/// Writes `start`, `end`, `text`, `via`: the fields a derive with `#[serde(flatten)]` on
/// `span` would write, without serde buffering the flattened struct as a map of `Content`.
impl Serialize for Mention {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_struct("Mention", 4)?;
        m.serialize_field("start", &self.span.start)?;
        m.serialize_field("end", &self.span.end)?;
        m.serialize_field("text", &self.text)?;
        m.serialize_field("via", &self.via)?;
        m.end()
    }
}

impl Mention {
    /// The mention's span.
    pub fn span(&self) -> Span {
        Span::new(self.span.start, self.span.end)
    }
}

/// A person, organisation, place or group in the story.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Actor {
    /// Its id.
    pub id: ActorId,
    /// Its fullest name.
    pub name: String,
    /// What it is.
    pub kind: ActorKind,
    /// Roles and titles given to it in the text ("Kremlin spokesman").
    pub roles: Vec<String>,
    /// Every mention, in text order.
    pub mentions: Vec<Mention>,
}

/// Direct (in quotation marks) or indirect (reported) speech.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// The words inside quotation marks.
    Direct,
    /// A reported clause: "said that ...".
    Indirect,
}

/// Something someone said.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// Its id.
    pub id: QuoteId,
    /// Direct or indirect.
    pub kind: QuoteKind,
    /// The quoted words (without the marks) or the reported clause.
    pub text: String,
    /// Start byte of `text`.
    pub start: usize,
    /// End byte of `text`.
    pub end: usize,
    /// Who said it, if anyone is named.
    pub speaker: Option<ActorId>,
    /// The reporting word ("said", "according to"), if any.
    pub cue: Option<String>,
    /// Start byte of the cue.
    pub cue_start: Option<usize>,
    /// End byte of the cue.
    pub cue_end: Option<usize>,
}

impl Quote {
    /// The quote's span.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
    /// The cue's span, if there is a cue.
    pub fn cue_span(&self) -> Option<Span> {
        Some(Span::new(self.cue_start?, self.cue_end?))
    }
}

/// TIMEX3 type of a temporal expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TimexType {
    /// A calendar date or period: `2022-07-19`, `2022-07`, `2022-W29`, `PAST_REF`.
    Date,
    /// A time of day: `2022-07-19T15:00`.
    Time,
    /// A length of time: `P3D`.
    Duration,
    /// A recurrence: `P1W` for "every week".
    Set,
}

/// A temporal expression with its normalised TIMEX3 value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timex {
    /// The words.
    pub text: String,
    /// Start byte.
    pub start: usize,
    /// End byte.
    pub end: usize,
    /// TIMEX3 type.
    #[serde(rename = "type")]
    pub kind: TimexType,
    /// TIMEX3 value, unknown parts as `X`.
    pub value: String,
}

impl Timex {
    /// The expression's span.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// Something that happened (or will) on a date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    /// Its id.
    pub id: EventId,
    /// TIMEX3 value of its date.
    pub date: String,
    /// Index into [`Analysis::times`] of the expression that dated it.
    pub time: usize,
    /// Index into [`Analysis::sentences`].
    pub sentence: usize,
    /// The actors taking part.
    pub actors: Vec<ActorId>,
    /// The quote it reports, if any.
    pub quote: Option<QuoteId>,
    /// A one-line summary.
    pub summary: String,
}

/// Everything byline understood about one text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Analysis {
    /// Sentences, as byte spans, in order.
    pub sentences: Vec<Span>,
    /// Actors, ordered by first mention.
    pub actors: Vec<Actor>,
    /// Quotes, in text order.
    pub quotes: Vec<Quote>,
    /// Temporal expressions, in text order.
    pub times: Vec<Timex>,
    /// Events, in chronological order (unknown dates last).
    pub events: Vec<Event>,
}

impl Analysis {
    /// The actor with this id.
    pub fn actor(&self, id: ActorId) -> Option<&Actor> {
        self.actors.get(id.0)
    }
    /// The quote with this id.
    pub fn quote(&self, id: QuoteId) -> Option<&Quote> {
        self.quotes.get(id.0)
    }
    /// Index of the sentence containing byte `pos`.
    pub fn sentence_at(&self, pos: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.end <= pos);
        (i < self.sentences.len() && self.sentences[i].start <= pos).then_some(i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json<T: Serialize>(v: T) -> String {
        serde_json::to_string(&v).unwrap()
    }

    #[test]
    fn ids_are_written_as_prefix_and_number() {
        assert_eq!(json(ActorId(0)), r#""a0""#);
        assert_eq!(json(QuoteId(10)), r#""q10""#);
        assert_eq!(json(EventId(1234567)), r#""e1234567""#);
        assert_eq!(json(ActorId(usize::MAX)), format!(r#""a{}""#, usize::MAX));
        assert_eq!(json(ActorId(7)), format!("\"{}\"", ActorId(7)));
    }

    #[test]
    fn a_mention_writes_its_span_as_start_and_end_fields() {
        let m = Mention {
            span: Span::new(3, 8).into(),
            text: "he \"x\"".into(),
            via: MentionVia::Pronoun,
        };
        assert_eq!(
            json(&m),
            r#"{"start":3,"end":8,"text":"he \"x\"","via":"pronoun"}"#
        );
        let back: Mention = serde_json::from_str(&json(&m)).unwrap();
        assert_eq!(back, m);
    }
}
