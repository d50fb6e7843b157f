//! [`App::update`]: the one place the reader's state changes, and the navigation it does
//! (quotes, speakers, actors, events, search, mouse, scrolling).

use super::action::{Action, Command};
use super::app::{actor_cursor_lines, App, Ready, Request, Search, Selection, Story, StoryState};
use super::layout::{self, Pane};
use super::links::{ActorLine, Links};
use super::wrap;
use crate::analysis::{ActorId, EventId, QuoteId, QuoteKind, Span};
use ratatui::layout::Rect;

const WHEEL_LINES: isize = 3;

impl App {
    /// Applies one action: the only place the state changes.
    pub fn update(&mut self, action: Action) {
        match action {
            Action::Command(c) => {
                self.message = None;
                if self.help && !matches!(c, Command::Quit) {
                    self.help = false;
                    if matches!(c, Command::Help | Command::Clear) {
                        return;
                    }
                }
                self.command(c);
            }
            Action::SearchInput(ch) => {
                if let Some(s) = &mut self.search_input {
                    if !ch.is_control() {
                        s.push(ch);
                    }
                }
            }
            Action::SearchBackspace => {
                if let Some(s) = &mut self.search_input {
                    s.pop();
                }
            }
            Action::SearchCancel => self.search_input = None,
            Action::SearchSubmit => {
                if let Some(q) = self.search_input.take() {
                    self.run_search(q);
                }
            }
            Action::Click(col, row) => {
                self.message = None;
                self.help = false;
                self.click(col, row);
            }
            Action::ScrollUp(col, row) => self.wheel(col, row, -WHEEL_LINES),
            Action::ScrollDown(col, row) => self.wheel(col, row, WHEEL_LINES),
            Action::Resize(w, h) => {
                self.size = (w, h);
                self.rewrap();
                self.clamp_scroll();
            }
            Action::Analysed(key, analysis) => {
                if let Some(story) = self.story_by_key(key) {
                    let links = Links::new(&analysis, story.article.text.len());
                    story.state = StoryState::Ready(Box::new(Ready {
                        analysis: *analysis,
                        links,
                    }));
                }
            }
            Action::AnalysisFailed(key, reason) => {
                if let Some(story) = self.story_by_key(key) {
                    story.state = StoryState::Failed(reason);
                }
            }
            Action::TextLoaded(key, text) => {
                if let Some(i) = self.index_of(key) {
                    self.text_loaded(i, text);
                }
            }
            Action::Problem(line) => self.message = Some(line),
            Action::RefreshProgress(line) => self.message = Some(line),
            Action::Refreshed(rows, options, line) => {
                self.refreshing = false;
                self.take_refreshed(&rows, options);
                self.message = Some(line);
            }
        }
    }

    /// The story with this key, if it is still open.
    fn story_by_key(&mut self, key: usize) -> Option<&mut Story> {
        let i = self.index_of(key)?;
        self.stories.get_mut(i)
    }

    /// The library's stories after a refresh (`rows`, newest first) become the list, in that
    /// order: stories already open keep their state and key, new ones join where their date puts
    /// them (mostly at the top), and the reader stays on the story it was on. Open stories the
    /// library no longer lists stay, at the end.
    fn take_refreshed(&mut self, rows: &[crate::library::StoryRow], options: crate::Options) {
        let known: std::collections::HashSet<_> = self
            .stories
            .iter()
            .filter_map(|s| s.stored.as_ref().map(|st| st.id))
            .collect();
        if rows.iter().all(|r| known.contains(&r.id)) {
            return;
        }
        let current_key = self.story().key;
        let mut next_key = self.stories.iter().map(|s| s.key + 1).max().unwrap_or(0);
        let mut open: std::collections::HashMap<_, Story> = std::collections::HashMap::new();
        let mut others = Vec::new();
        for story in std::mem::take(&mut self.stories) {
            match story.stored.as_ref().map(|st| st.id) {
                Some(id) => {
                    open.insert(id, story);
                }
                None => others.push(story),
            }
        }
        let mut listed = Vec::with_capacity(rows.len() + others.len());
        for row in rows {
            let story = open.remove(&row.id).unwrap_or_else(|| {
                let key = next_key;
                next_key += 1;
                Story {
                    key,
                    ..Story::from_row(row, options)
                }
            });
            listed.push(story);
        }
        // Open stories gone from the library keep their place relative to each other.
        let mut gone: Vec<Story> = open.into_values().chain(others).collect();
        gone.sort_by_key(|s| s.key);
        listed.extend(gone);
        // An empty placeholder (a library that had no story) gives way to the real ones.
        listed.retain(|s| s.stored.is_some() || !s.article.text.is_empty());
        self.stories = listed;
        self.current = self.index_of(current_key).unwrap_or(0);
        if self.story().key != current_key {
            self.opened();
        }
        self.rewrap();
        self.clamp_scroll();
    }

    /// The text of library story `i` arrived: wrap it and go back to where the reader was.
    fn text_loaded(&mut self, i: usize, text: String) {
        let Some(story) = self.stories.get_mut(i) else {
            return;
        };
        let Some(stored) = &mut story.stored else {
            return;
        };
        stored.loaded = true;
        let position = stored.position;
        story.article.text = text;
        story.wrapped = wrap::Wrapped::default();
        if i == self.current {
            self.rewrap();
            if position > 0 && position < self.story().article.text.len() {
                let line = self.story().wrapped.line_of(position);
                self.story_mut().view.scroll = line;
            }
            self.clamp_scroll();
        }
    }

    /// The story now shown was opened: queue its text if the library has not given it yet,
    /// and mark it read.
    pub(super) fn opened(&mut self) {
        let key = self.story().key;
        let Some(stored) = &mut self.story_mut().stored else {
            return;
        };
        let mut requests = Vec::new();
        if !stored.loaded {
            requests.push(Request::Load(key));
        }
        if !stored.read {
            stored.read = true;
            requests.push(Request::MarkRead(stored.id));
        }
        self.requests.extend(requests);
    }

    /// The reader leaves the story shown (for another, or to quit): queue its reading
    /// position if it moved.
    fn leave(&mut self) {
        let position = self.top_byte();
        if let Some(stored) = &mut self.story_mut().stored {
            if stored.loaded && stored.position != position {
                stored.position = position;
                let id = stored.id;
                self.requests.push(Request::SavePosition(id, position));
            }
        }
    }

    /// The body byte at the top of the text pane (0 while the title shows).
    pub fn top_byte(&self) -> usize {
        let s = self.story();
        let w = &s.wrapped;
        if s.view.scroll <= w.body_first {
            return 0;
        }
        w.lines.get(s.view.scroll).map_or(0, |l| l.start)
    }

    fn command(&mut self, c: Command) {
        match c {
            Command::Quit => {
                self.leave();
                self.quit = true;
            }
            Command::Help => self.help = true,
            Command::NextPane => self.cycle_focus(1),
            Command::PrevPane => self.cycle_focus(-1),
            Command::Down => self.move_by(1),
            Command::Up => self.move_by(-1),
            Command::PageDown => self.move_by(self.page(1)),
            Command::PageUp => self.move_by(-self.page(1)),
            Command::HalfPageDown => self.move_by(self.page(2)),
            Command::HalfPageUp => self.move_by(-self.page(2)),
            Command::Top => self.move_by(isize::MIN / 2),
            Command::Bottom => self.move_by(isize::MAX / 2),
            Command::NextQuote => self.next_quote(true),
            Command::PrevQuote => self.next_quote(false),
            Command::Speaker => self.go_to_speaker(),
            Command::Activate => self.activate(),
            Command::Event => self.go_to_event(),
            Command::NextStory => self.switch_story(self.current as isize + 1),
            Command::PrevStory => self.switch_story(self.current as isize - 1),
            Command::Search => self.search_input = Some(String::new()),
            Command::Clear => {
                let v = &mut self.story_mut().view;
                v.search = None;
                v.selection = Selection::None;
                v.focus_span = None;
            }
            Command::OpenUrl => match self.story().article.url.clone() {
                Some(url) if !url.trim().is_empty() => {
                    self.message = Some(format!("opening {url}"));
                    self.open_request = Some(url);
                }
                _ => self.message = Some("this story has no URL".to_owned()),
            },
            Command::Refresh => {
                if self.refreshing {
                    self.message = Some("a refresh is already running".to_owned());
                } else if self.stories.iter().any(|s| s.stored.is_some()) {
                    self.message = Some("refreshing the feeds…".to_owned());
                    self.refresh_request = true;
                } else {
                    self.message = Some(
                        "refresh works on the library: run byline without a SOURCE".to_owned(),
                    );
                }
            }
        }
    }

    fn page(&self, divisor: usize) -> isize {
        let h = match self.focus {
            Pane::Article => self.text_height(),
            p => self.list_height(p),
        };
        ((h / divisor).max(1)) as isize
    }

    fn cycle_focus(&mut self, step: isize) {
        let panes = Pane::cycle(self.multi());
        let at = panes.iter().position(|&p| p == self.focus).unwrap_or(0) as isize;
        let n = panes.len() as isize;
        self.focus = panes[(at + step).rem_euclid(n) as usize];
    }

    /// Moves in the focused pane by `delta` rows (clamped).
    fn move_by(&mut self, delta: isize) {
        match self.focus {
            Pane::Article => {
                let v = &mut self.story_mut().view;
                v.scroll = clamp_add(v.scroll, delta, usize::MAX);
                self.clamp_scroll();
            }
            Pane::Stories => {
                let target = clamp_add(self.current, delta, self.stories.len() - 1);
                self.switch_story(target as isize);
            }
            Pane::Actors => {
                let Some(n) = self.story().ready().map(|r| r.links.actor_order.len()) else {
                    return;
                };
                if n == 0 {
                    return;
                }
                let cur = self.story().view.actor_cursor;
                let next = if self.story().view.selection == Selection::None && delta.abs() == 1 {
                    cur.min(n - 1)
                } else {
                    clamp_add(cur, delta, n - 1)
                };
                self.select_actor_row(next);
            }
            Pane::Timeline => {
                let Some(n) = self.story().ready().map(|r| r.analysis.events.len()) else {
                    return;
                };
                if n == 0 {
                    return;
                }
                let cur = self.story().view.event_cursor;
                let next = if self.story().view.selection == Selection::None && delta.abs() == 1 {
                    cur.min(n - 1)
                } else {
                    clamp_add(cur, delta, n - 1)
                };
                self.select_event(EventId(next));
            }
        }
    }

    fn switch_story(&mut self, target: isize) {
        let n = self.stories.len() as isize;
        if target < 0 || target >= n {
            self.message = Some(if n == 1 {
                "only one story is open".to_owned()
            } else if target < 0 {
                "this is the first story".to_owned()
            } else {
                "this is the last story".to_owned()
            });
            return;
        }
        self.leave();
        self.current = target as usize;
        self.search_input = None;
        self.opened();
        self.rewrap();
    }

    /// Re-wraps the current story if the width changed.
    pub(super) fn rewrap(&mut self) {
        let width = layout::article_width(Rect::new(0, 0, self.size.0, self.size.1), self.multi());
        let story = self.story_mut();
        if story.wrapped.width != width || story.wrapped.lines.is_empty() {
            story.wrapped = wrap::wrap_story(&story.title, &story.meta, &story.article.text, width);
        }
    }

    fn max_scroll(&self) -> usize {
        self.story()
            .wrapped
            .lines
            .len()
            .saturating_sub(self.text_height())
    }

    fn clamp_scroll(&mut self) {
        let max = self.max_scroll();
        let v = &mut self.story_mut().view;
        v.scroll = v.scroll.min(max);
    }

    /// Scrolls so that `span` is in view (a third down the pane) if it is not already.
    fn scroll_to(&mut self, span: Span) {
        let h = self.text_height();
        let max = self.max_scroll();
        let story = self.story_mut();
        let first = story.wrapped.line_of(span.start);
        let last = story
            .wrapped
            .line_of(span.end.saturating_sub(1).max(span.start));
        let v = &mut story.view;
        if first < v.scroll || last >= v.scroll + h {
            let above = if last - first + 1 >= h { 0 } else { h / 3 };
            v.scroll = first.saturating_sub(above).min(max);
        }
    }

    /// Where "next" starts from: the span the reader is on, else the top of the text shown.
    fn anchor(&self) -> usize {
        if let Some(f) = self.story().view.focus_span {
            return f.start;
        }
        self.top_byte()
    }

    fn next_quote(&mut self, forward: bool) {
        if self
            .story()
            .view
            .search
            .as_ref()
            .is_some_and(|s| !s.matches.is_empty())
        {
            self.next_match(forward);
            return;
        }
        let anchor = self.anchor();
        let Some(r) = self.story().ready() else {
            return;
        };
        let direct = &r.links.direct;
        if direct.is_empty() {
            self.message = Some("no direct quote in this story".to_owned());
            return;
        }
        let n = direct.len();
        let start_of = |i: usize| r.analysis.quotes[direct[i].0].start;
        let current = match self.story().view.selection {
            Selection::Quote(q) => r.links.direct_index.get(q.0).copied().flatten(),
            _ => None,
        };
        let i = match (current, forward) {
            (Some(i), true) => (i + 1) % n,
            (Some(i), false) => (i + n - 1) % n,
            (None, true) => (0..n).find(|&i| start_of(i) >= anchor).unwrap_or(0),
            (None, false) => (0..n)
                .rev()
                .find(|&i| start_of(i) < anchor)
                .unwrap_or(n - 1),
        };
        let q = direct[i];
        self.select_quote(q);
    }

    /// Selects a quote: lights it and its speaker, puts the actor and event cursors on them,
    /// and scrolls it into view.
    fn select_quote(&mut self, q: QuoteId) {
        let Some(r) = self.story().ready() else {
            return;
        };
        let Some(quote) = r.analysis.quotes.get(q.0) else {
            return;
        };
        let span = quote.span();
        let rank = quote.speaker.map(|s| r.links.colour_index(s));
        let event = r.links.quote_event.get(q.0).copied().flatten();
        let v = &mut self.story_mut().view;
        v.selection = Selection::Quote(q);
        v.focus_span = Some(span);
        if let Some(rank) = rank {
            v.actor_cursor = rank;
        }
        if let Some(e) = event {
            v.event_cursor = e.0;
        }
        self.scroll_to(span);
    }

    fn go_to_speaker(&mut self) {
        let Selection::Quote(q) = self.story().view.selection else {
            self.message = Some("no quote selected: n goes to the next one".to_owned());
            return;
        };
        let Some(r) = self.story().ready() else {
            return;
        };
        match r.analysis.quotes.get(q.0).and_then(|x| x.speaker) {
            Some(speaker) if speaker.0 < r.analysis.actors.len() => {
                let rank = r.links.colour_index(speaker);
                self.focus = Pane::Actors;
                let v = &mut self.story_mut().view;
                v.selection = Selection::Actor(speaker);
                v.actor_cursor = rank;
            }
            _ => self.message = Some("this quote names no speaker".to_owned()),
        }
    }

    fn select_actor_row(&mut self, row: usize) {
        let Some(r) = self.story().ready() else {
            return;
        };
        let Some(&actor) = r.links.actor_order.get(row) else {
            return;
        };
        let mentions = r.links.mentions.get(actor.0).cloned().unwrap_or_default();
        let v = &mut self.story_mut().view;
        v.actor_cursor = row;
        v.selection = Selection::Actor(actor);
        v.focus_span = None;
        // Bring a mention into view if none is visible.
        let s = self.story();
        let top = s.view.scroll;
        let bottom = top + self.text_height();
        let visible = mentions.iter().any(|m| {
            let l = s.wrapped.line_of(m.start);
            l >= top && l < bottom
        });
        if !visible {
            if let Some(first) = mentions.first() {
                self.scroll_to(*first);
            }
        }
    }

    fn select_event(&mut self, e: EventId) {
        let Some(r) = self.story().ready() else {
            return;
        };
        let Some(span) = r.links.event_span.get(e.0).copied() else {
            return;
        };
        let v = &mut self.story_mut().view;
        v.event_cursor = e.0;
        v.selection = Selection::Event(e);
        v.focus_span = (!span.is_empty()).then_some(span);
        if !span.is_empty() {
            self.scroll_to(span);
        }
    }

    fn activate(&mut self) {
        match self.focus {
            Pane::Actors => self.actor_next(),
            Pane::Timeline => {
                let e = self.story().view.event_cursor;
                self.select_event(EventId(e));
            }
            Pane::Stories => {
                self.focus = Pane::Article;
            }
            Pane::Article => {}
        }
    }

    /// The selected actor's next quote after the reader's place, or its next mention.
    fn actor_next(&mut self) {
        let anchor = self.anchor();
        let Some(r) = self.story().ready() else {
            return;
        };
        let Some(&actor) = r.links.actor_order.get(self.story().view.actor_cursor) else {
            return;
        };
        let quotes = &r.links.actor_quotes[actor.0];
        let on_own_quote =
            matches!(self.story().view.selection, Selection::Quote(q) if quotes.contains(&q));
        let after = |start: usize| {
            if on_own_quote {
                start > anchor
            } else {
                start >= anchor
            }
        };
        if !quotes.is_empty() {
            let q = quotes
                .iter()
                .copied()
                .find(|q| after(r.analysis.quotes[q.0].start))
                .unwrap_or(quotes[0]);
            self.select_quote(q);
            return;
        }
        let mentions = &r.links.mentions[actor.0];
        if mentions.is_empty() {
            self.message = Some("no mention of this actor in the text".to_owned());
            return;
        }
        let on_mention = self
            .story()
            .view
            .focus_span
            .is_some_and(|f| mentions.contains(&f));
        let m = mentions
            .iter()
            .copied()
            .find(|m| {
                if on_mention {
                    m.start > anchor
                } else {
                    m.start >= anchor
                }
            })
            .unwrap_or(mentions[0]);
        let v = &mut self.story_mut().view;
        v.selection = Selection::Actor(actor);
        v.focus_span = Some(m);
        self.scroll_to(m);
    }

    fn go_to_event(&mut self) {
        let anchor = self.anchor();
        let Some(r) = self.story().ready() else {
            return;
        };
        let by_quote = match self.story().view.selection {
            Selection::Quote(q) => r.links.quote_event.get(q.0).copied().flatten(),
            _ => None,
        };
        let event = by_quote.or_else(|| {
            let sentence = r.analysis.sentence_at(anchor)?;
            r.analysis
                .events
                .iter()
                .position(|e| e.sentence == sentence)
                .map(EventId)
        });
        match event {
            Some(e) => {
                self.focus = Pane::Timeline;
                self.select_event(e);
            }
            None => self.message = Some("no dated event here".to_owned()),
        }
    }

    fn run_search(&mut self, query: String) {
        let story = self.story();
        if query.is_empty() {
            self.story_mut().view.search = None;
            return;
        }
        let matches: Vec<Span> = match aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build([query.as_str()])
        {
            Ok(ac) => ac
                .find_iter(story.article.text.as_str())
                .map(|m| Span::new(m.start(), m.end()))
                .collect(),
            Err(_) => Vec::new(),
        };
        if matches.is_empty() {
            self.message = Some(format!("no match for “{query}”"));
            self.story_mut().view.search = None;
            return;
        }
        let anchor = self.anchor();
        let current = matches.iter().position(|m| m.start >= anchor).unwrap_or(0);
        let span = matches[current];
        let v = &mut self.story_mut().view;
        v.search = Some(Search {
            query,
            matches,
            current: Some(current),
        });
        v.focus_span = Some(span);
        self.scroll_to(span);
    }

    fn next_match(&mut self, forward: bool) {
        let v = &mut self.story_mut().view;
        let Some(search) = &mut v.search else {
            return;
        };
        let n = search.matches.len();
        if n == 0 {
            return;
        }
        let i = match (search.current, forward) {
            (Some(i), true) => (i + 1) % n,
            (Some(i), false) => (i + n - 1) % n,
            (None, _) => 0,
        };
        search.current = Some(i);
        let span = search.matches[i];
        v.focus_span = Some(span);
        self.scroll_to(span);
    }

    fn click(&mut self, col: u16, row: u16) {
        let areas = self.areas();
        if let Some(tabs) = areas.tabs.filter(|t| row == t.y) {
            if let Some(p) = layout::tab_at(self.multi(), col.saturating_sub(tabs.x)) {
                self.focus = p;
            }
            return;
        }
        let Some(pane) = areas.pane_at(col, row) else {
            return;
        };
        self.focus = pane;
        let Some(rect) = areas.pane(pane) else {
            return;
        };
        match pane {
            Pane::Article => {
                let t = layout::article_text(rect);
                if row < t.y || col < t.x {
                    return;
                }
                let line = self.story().view.scroll + usize::from(row - t.y);
                let s = self.story();
                let Some(pos) = s
                    .wrapped
                    .byte_at(&s.article.text, line, usize::from(col - t.x))
                else {
                    return;
                };
                self.click_text(pos);
            }
            Pane::Actors => {
                let inner = layout::inner(rect);
                if row < inner.y || row >= inner.bottom() {
                    return;
                }
                let Some(r) = self.story().ready() else {
                    return;
                };
                let v = &self.story().view;
                let len = r.links.actor_lines.len();
                let (s, e) = actor_cursor_lines(&r.links, v.actor_cursor);
                let offset = layout::list_offset(s, e, usize::from(inner.height), len);
                let line = offset + usize::from(row - inner.y);
                let actor = match r.links.actor_lines.get(line) {
                    Some(ActorLine::Name(a) | ActorLine::Role(a)) => *a,
                    _ => return,
                };
                let rank = r.links.colour_index(actor);
                self.select_actor_row(rank);
            }
            Pane::Timeline => {
                let inner = layout::inner(rect);
                if row < inner.y || row >= inner.bottom() {
                    return;
                }
                let Some(r) = self.story().ready() else {
                    return;
                };
                let cur = self.story().view.event_cursor;
                let len = r.analysis.events.len();
                let offset = layout::list_offset(cur, cur + 1, usize::from(inner.height), len);
                let e = offset + usize::from(row - inner.y);
                if e < len {
                    self.select_event(EventId(e));
                }
            }
            Pane::Stories => {
                let inner = layout::inner(rect);
                if row < inner.y || row >= inner.bottom() {
                    return;
                }
                let len = self.stories.len();
                let offset = layout::list_offset(
                    self.current,
                    self.current + 1,
                    usize::from(inner.height),
                    len,
                );
                let i = offset + usize::from(row - inner.y);
                if i < len {
                    self.switch_story(i as isize);
                }
            }
        }
    }

    /// A click on body byte `pos`: selects the quote there, else the actor mentioned there.
    fn click_text(&mut self, pos: usize) {
        let Some(r) = self.story().ready() else {
            return;
        };
        let at = Span::new(pos, pos + 1);
        let quote = r
            .analysis
            .quotes
            .iter()
            .filter(|q| q.span().overlaps(at))
            .min_by_key(|q| (q.kind != QuoteKind::Direct, q.end - q.start))
            .map(|q| q.id);
        let actor = r
            .links
            .mentions
            .iter()
            .position(|ms| ms.iter().any(|m| m.overlaps(at)))
            .map(ActorId);
        if let Some(a) = actor {
            let rank = r.links.colour_index(a);
            self.select_actor_row(rank);
        } else if let Some(q) = quote {
            self.select_quote(q);
        } else {
            let v = &mut self.story_mut().view;
            v.selection = Selection::None;
            v.focus_span = None;
        }
    }

    fn wheel(&mut self, col: u16, row: u16, delta: isize) {
        let Some(pane) = self.areas().pane_at(col, row) else {
            return;
        };
        match pane {
            Pane::Article => {
                let v = &mut self.story_mut().view;
                v.scroll = clamp_add(v.scroll, delta, usize::MAX);
                self.clamp_scroll();
            }
            other => {
                let saved = self.focus;
                self.focus = other;
                self.move_by(delta.signum());
                self.focus = saved;
            }
        }
    }
}

fn clamp_add(value: usize, delta: isize, max: usize) -> usize {
    let v = if delta < 0 {
        value.saturating_sub(delta.unsigned_abs())
    } else {
        value.saturating_add(delta as usize)
    };
    v.min(max)
}
