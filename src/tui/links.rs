//! Everything the panes look up on a key press, computed once per story when its analysis
//! arrives: the direct quotes in text order, the actors grouped by kind, and per actor, quote
//! and event the byte spans to light up and the rows to mark.

use super::dates;
use crate::analysis::{ActorId, ActorKind, Analysis, EventId, QuoteId, QuoteKind, Span};

/// One row of the actors pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActorLine {
    /// A group heading.
    Heading(ActorKind),
    /// An actor's name and counts.
    Name(ActorId),
    /// An actor's role, under its name.
    Role(ActorId),
}

/// Links between actors, quotes, events and text spans for one analysed story.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Links {
    /// Direct quotes (partial ones included), in text order.
    pub direct: Vec<QuoteId>,
    /// Per quote: its position in `direct`, if it is direct.
    pub direct_index: Vec<Option<usize>>,
    /// Actors in the order the actors pane lists them (grouped by kind).
    pub actor_order: Vec<ActorId>,
    /// Per actor: its position in `actor_order` (also its colour index).
    pub actor_rank: Vec<usize>,
    /// The rows of the actors pane.
    pub actor_lines: Vec<ActorLine>,
    /// Per actor: the row of its name in `actor_lines`.
    pub actor_line: Vec<usize>,
    /// Per actor: its mention spans, sorted.
    pub mentions: Vec<Vec<Span>>,
    /// Per actor: its quotes of any kind, in text order.
    pub actor_quotes: Vec<Vec<QuoteId>>,
    /// Per actor: the spans of its quotes, sorted.
    pub actor_quote_spans: Vec<Vec<Span>>,
    /// Per actor: the events it takes part in.
    pub actor_events: Vec<Vec<EventId>>,
    /// Per quote: the event reporting it.
    pub quote_event: Vec<Option<EventId>>,
    /// Per event: the span of its sentence.
    pub event_span: Vec<Span>,
    /// Per event: its date label (`Jul 19 2022`).
    pub event_label: Vec<String>,
}

const GROUPS: [ActorKind; 5] = [
    ActorKind::Person,
    ActorKind::Organization,
    ActorKind::Place,
    ActorKind::Group,
    ActorKind::Other,
];

/// The heading of an actor group.
pub fn group_heading(kind: ActorKind) -> &'static str {
    match kind {
        ActorKind::Person => "PEOPLE",
        ActorKind::Organization => "ORGANISATIONS",
        ActorKind::Place => "PLACES",
        ActorKind::Group => "GROUPS",
        ActorKind::Other => "OTHER",
    }
}

impl Links {
    /// Computes the links of an analysis of a text `text_len` bytes long; spans outside the
    /// text are dropped, so nothing later indexes out of range.
    pub fn new(a: &Analysis, text_len: usize) -> Links {
        let valid = |s: Span| s.start < s.end && s.end <= text_len;
        let n_actors = a.actors.len();
        let mut direct: Vec<QuoteId> = (0..a.quotes.len())
            .filter(|&i| a.quotes[i].kind == QuoteKind::Direct && valid(a.quotes[i].span()))
            .map(QuoteId)
            .collect();
        direct.sort_by_key(|q| (a.quotes[q.0].start, q.0));
        let mut direct_index = vec![None; a.quotes.len()];
        for (i, q) in direct.iter().enumerate() {
            direct_index[q.0] = Some(i);
        }

        let mut actor_order = Vec::with_capacity(n_actors);
        let mut actor_lines = Vec::new();
        let mut actor_line = vec![0; n_actors];
        for kind in GROUPS {
            let members: Vec<usize> = (0..n_actors)
                .filter(|&i| a.actors[i].kind == kind)
                .collect();
            if members.is_empty() {
                continue;
            }
            actor_lines.push(ActorLine::Heading(kind));
            for i in members {
                actor_line[i] = actor_lines.len();
                actor_lines.push(ActorLine::Name(ActorId(i)));
                if a.actors[i].roles.iter().any(|r| !r.trim().is_empty()) {
                    actor_lines.push(ActorLine::Role(ActorId(i)));
                }
                actor_order.push(ActorId(i));
            }
        }
        let mut actor_rank = vec![0; n_actors];
        for (rank, id) in actor_order.iter().enumerate() {
            actor_rank[id.0] = rank;
        }

        let mentions: Vec<Vec<Span>> = a
            .actors
            .iter()
            .map(|actor| {
                let mut v: Vec<Span> = actor
                    .mentions
                    .iter()
                    .map(|m| m.span())
                    .filter(|s| valid(*s))
                    .collect();
                v.sort();
                v.dedup();
                v
            })
            .collect();

        let mut actor_quotes = vec![Vec::new(); n_actors];
        let mut actor_quote_spans = vec![Vec::new(); n_actors];
        let mut by_start: Vec<usize> = (0..a.quotes.len()).collect();
        by_start.sort_by_key(|&i| (a.quotes[i].start, i));
        for i in by_start {
            let q = &a.quotes[i];
            if let Some(s) = q.speaker.filter(|s| s.0 < n_actors) {
                actor_quotes[s.0].push(QuoteId(i));
                if valid(q.span()) {
                    actor_quote_spans[s.0].push(q.span());
                }
            }
        }

        let mut actor_events = vec![Vec::new(); n_actors];
        let mut quote_event = vec![None; a.quotes.len()];
        let mut event_span = Vec::with_capacity(a.events.len());
        let mut event_label = Vec::with_capacity(a.events.len());
        for (i, e) in a.events.iter().enumerate() {
            for actor in &e.actors {
                if let Some(list) = actor_events.get_mut(actor.0) {
                    if !list.contains(&EventId(i)) {
                        list.push(EventId(i));
                    }
                }
            }
            if let Some(q) = e.quote {
                if let Some(slot) = quote_event.get_mut(q.0) {
                    slot.get_or_insert(EventId(i));
                }
            }
            let span = a
                .sentences
                .get(e.sentence)
                .copied()
                .filter(|s| valid(*s))
                .unwrap_or_default();
            event_span.push(span);
            event_label.push(dates::label(&e.date));
        }

        Links {
            direct,
            direct_index,
            actor_order,
            actor_rank,
            actor_lines,
            actor_line,
            mentions,
            actor_quotes,
            actor_quote_spans,
            actor_events,
            quote_event,
            event_span,
            event_label,
        }
    }

    /// Quotes of any kind whose speaker is `actor`.
    pub fn quote_count(&self, actor: ActorId) -> usize {
        self.actor_quotes.get(actor.0).map_or(0, Vec::len)
    }

    /// Mentions of `actor`.
    pub fn mention_count(&self, actor: ActorId) -> usize {
        self.mentions.get(actor.0).map_or(0, Vec::len)
    }

    /// The colour index of `actor` (its position in the actors pane).
    pub fn colour_index(&self, actor: ActorId) -> usize {
        self.actor_rank.get(actor.0).copied().unwrap_or(0)
    }
}
