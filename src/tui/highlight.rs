//! What lights up in the text for the current selection: layers of byte spans with a style,
//! taken from the story's precomputed [`Links`](super::links::Links), and the cutting of one
//! screen line into styled pieces.

use super::app::{Selection, Story};
use super::theme::Theme;
use crate::analysis::Span;
use ratatui::style::{Modifier, Style};
use std::borrow::Cow;

/// Spans sharing one style; later layers are patched over earlier ones.
#[derive(Debug, Clone, PartialEq)]
pub struct Layer<'a> {
    /// Byte spans of the body, sorted by start.
    pub spans: Cow<'a, [Span]>,
    /// The style patched over the text there.
    pub style: Style,
}

/// The layers to draw for a story's selection and search.
pub fn layers<'a>(story: &'a Story, theme: &Theme) -> Vec<Layer<'a>> {
    let mut out = Vec::new();
    let view = &story.view;
    if let Some(r) = story.ready() {
        let links = &r.links;
        let a = &r.analysis;
        let colour = |actor: crate::analysis::ActorId| theme.actor(links.colour_index(actor));
        match view.selection {
            Selection::None => {}
            Selection::Actor(actor) => {
                let c = colour(actor);
                if let Some(q) = links.actor_quote_spans.get(actor.0) {
                    out.push(Layer {
                        spans: Cow::Borrowed(q),
                        style: c.patch(theme.quote_marked),
                    });
                }
                if let Some(m) = links.mentions.get(actor.0) {
                    out.push(Layer {
                        spans: Cow::Borrowed(m),
                        style: c.patch(theme.mention),
                    });
                }
                if let Some(f) = view.focus_span {
                    out.push(Layer {
                        spans: Cow::Owned(vec![f]),
                        style: theme.focus,
                    });
                }
            }
            Selection::Quote(q) => {
                if let Some(quote) = a.quotes.get(q.0) {
                    let c = quote.speaker.map_or(Style::new(), colour);
                    out.push(Layer {
                        spans: Cow::Owned(vec![quote.span()]),
                        style: c.patch(theme.quote),
                    });
                    if let Some(cue) = quote.cue_span() {
                        out.push(Layer {
                            spans: Cow::Owned(vec![cue]),
                            style: c.add_modifier(Modifier::BOLD),
                        });
                    }
                    if let Some(m) = quote.speaker.and_then(|s| links.mentions.get(s.0)) {
                        out.push(Layer {
                            spans: Cow::Borrowed(m),
                            style: c.patch(theme.mention),
                        });
                    }
                }
            }
            Selection::Event(e) => {
                if let Some(&sentence) = links.event_span.get(e.0) {
                    out.push(Layer {
                        spans: Cow::Owned(vec![sentence]),
                        style: theme.sentence,
                    });
                    if let Some(event) = a.events.get(e.0) {
                        for actor in &event.actors {
                            let Some(ms) = links.mentions.get(actor.0) else {
                                continue;
                            };
                            let inside: Vec<Span> = ms
                                .iter()
                                .copied()
                                .filter(|m| sentence.contains(*m))
                                .collect();
                            if !inside.is_empty() {
                                out.push(Layer {
                                    spans: Cow::Owned(inside),
                                    style: colour(*actor).patch(theme.mention),
                                });
                            }
                        }
                    }
                }
            }
        }
    }
    if let Some(search) = &view.search {
        out.push(Layer {
            spans: Cow::Borrowed(&search.matches),
            style: theme.search,
        });
        if let Some(cur) = search.current.and_then(|i| search.matches.get(i)) {
            out.push(Layer {
                spans: Cow::Owned(vec![*cur]),
                style: theme.focus,
            });
        }
    }
    out
}

/// Cuts body bytes `start..end` into pieces of one style each: `(start, end, style)`.
pub fn pieces(
    start: usize,
    end: usize,
    base: Style,
    layers: &[Layer],
) -> Vec<(usize, usize, Style)> {
    let mut cuts = vec![start, end];
    let mut hits: Vec<(&Layer, Vec<Span>)> = Vec::new();
    for layer in layers {
        let spans = &layer.spans;
        // Spans are sorted by start: those starting before `end` may overlap the line.
        let upto = spans.partition_point(|s| s.start < end);
        let inside: Vec<Span> = spans[..upto]
            .iter()
            .filter(|s| s.end > start)
            .copied()
            .collect();
        for s in &inside {
            cuts.push(s.start.clamp(start, end));
            cuts.push(s.end.clamp(start, end));
        }
        if !inside.is_empty() {
            hits.push((layer, inside));
        }
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut out = Vec::with_capacity(cuts.len());
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        if a >= b {
            continue;
        }
        let mut style = base;
        for (layer, spans) in &hits {
            if spans.iter().any(|s| s.start <= a && b <= s.end) {
                style = style.patch(layer.style);
            }
        }
        out.push((a, b, style));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::Color;

    #[test]
    fn pieces_split_at_span_edges() {
        let red = Style::new().fg(Color::Red);
        let bold = Style::new().add_modifier(Modifier::BOLD);
        let layers = vec![
            Layer {
                spans: Cow::Owned(vec![Span::new(2, 8)]),
                style: red,
            },
            Layer {
                spans: Cow::Owned(vec![Span::new(0, 3), Span::new(6, 20)]),
                style: bold,
            },
        ];
        let p = pieces(1, 10, Style::new(), &layers);
        let spans: Vec<(usize, usize)> = p.iter().map(|x| (x.0, x.1)).collect();
        assert_eq!(spans, vec![(1, 2), (2, 3), (3, 6), (6, 8), (8, 10)]);
        assert_eq!(p[1].2, red.patch(bold));
        assert_eq!(p[2].2, red);
        assert_eq!(p[4].2, bold);
        assert_eq!(pieces(5, 5, Style::new(), &layers), vec![]);
    }
}
