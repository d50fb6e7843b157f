//! Where each pane goes: all panes side by side from 100 columns, one pane at a time with
//! tabs below that. A pure function of the terminal size, shared by drawing and mouse hits.

use ratatui::layout::Rect;

/// Width from which all panes show at once.
pub const WIDE: u16 = 100;

/// The panes that can have focus.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pane {
    /// The list of open stories.
    Stories,
    /// The story text.
    Article,
    /// The actors, grouped by kind.
    Actors,
    /// The dated events.
    Timeline,
}

impl Pane {
    /// The pane's title.
    pub fn title(self) -> &'static str {
        match self {
            Pane::Stories => "Stories",
            Pane::Article => "Article",
            Pane::Actors => "Actors",
            Pane::Timeline => "Timeline",
        }
    }

    /// The panes in Tab order (the story list only when several stories are open).
    pub fn cycle(multi: bool) -> &'static [Pane] {
        if multi {
            &[Pane::Stories, Pane::Article, Pane::Actors, Pane::Timeline]
        } else {
            &[Pane::Article, Pane::Actors, Pane::Timeline]
        }
    }
}

/// The rectangles of one frame; a pane not shown has `None`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Areas {
    /// The tab bar (narrow terminals).
    pub tabs: Option<Rect>,
    /// The story list.
    pub stories: Option<Rect>,
    /// The article.
    pub article: Option<Rect>,
    /// The actors.
    pub actors: Option<Rect>,
    /// The timeline.
    pub timeline: Option<Rect>,
    /// The status line.
    pub status: Option<Rect>,
}

impl Areas {
    /// The rectangle of a pane, if shown.
    pub fn pane(&self, pane: Pane) -> Option<Rect> {
        match pane {
            Pane::Stories => self.stories,
            Pane::Article => self.article,
            Pane::Actors => self.actors,
            Pane::Timeline => self.timeline,
        }
    }

    /// The pane under a terminal cell.
    pub fn pane_at(&self, col: u16, row: u16) -> Option<Pane> {
        [Pane::Stories, Pane::Article, Pane::Actors, Pane::Timeline]
            .into_iter()
            .find(|&p| self.pane(p).is_some_and(|r| contains(r, col, row)))
    }
}

fn contains(r: Rect, col: u16, row: u16) -> bool {
    col >= r.x
        && col < r.x.saturating_add(r.width)
        && row >= r.y
        && row < r.y.saturating_add(r.height)
}

/// Lays out a frame of `area` for `focus` (which decides the one pane shown when narrow).
pub fn areas(area: Rect, multi: bool, focus: Pane) -> Areas {
    let mut out = Areas::default();
    if area.width == 0 || area.height == 0 {
        return out;
    }
    let status = Rect::new(area.x, area.bottom() - 1, area.width, 1);
    out.status = Some(status);
    if area.height < 3 {
        return out;
    }
    let body_h = area.height - 1;
    if area.width >= WIDE {
        let body = Rect::new(area.x, area.y, area.width, body_h);
        let stories_w = if multi {
            (area.width / 6).clamp(18, 28)
        } else {
            0
        };
        let right_w = (area.width * 3 / 10).clamp(30, 48);
        let article_w = area.width - stories_w - right_w;
        if multi {
            out.stories = Some(Rect::new(body.x, body.y, stories_w, body_h));
        }
        out.article = Some(Rect::new(body.x + stories_w, body.y, article_w, body_h));
        let right_x = body.x + stories_w + article_w;
        let actors_h = (body_h * 11 / 20).max(1).min(body_h);
        out.actors = Some(Rect::new(right_x, body.y, right_w, actors_h));
        if body_h > actors_h {
            out.timeline = Some(Rect::new(
                right_x,
                body.y + actors_h,
                right_w,
                body_h - actors_h,
            ));
        }
    } else {
        out.tabs = Some(Rect::new(area.x, area.y, area.width, 1));
        let pane = Rect::new(area.x, area.y + 1, area.width, body_h - 1);
        let shown = if focus == Pane::Stories && !multi {
            Pane::Article
        } else {
            focus
        };
        match shown {
            Pane::Stories => out.stories = Some(pane),
            Pane::Article => out.article = Some(pane),
            Pane::Actors => out.actors = Some(pane),
            Pane::Timeline => out.timeline = Some(pane),
        }
    }
    out
}

/// The tab under column `col` of the tab bar: tabs are drawn as ` Title ` with one space
/// between them, in [`Pane::cycle`] order.
pub fn tab_at(multi: bool, col: u16) -> Option<Pane> {
    let mut x = 0u16;
    for &p in Pane::cycle(multi) {
        let w = p.title().len() as u16 + 2;
        if col >= x && col < x + w {
            return Some(p);
        }
        x += w + 1;
    }
    None
}

/// The inside of a bordered pane.
pub fn inner(r: Rect) -> Rect {
    Rect::new(
        r.x.saturating_add(1),
        r.y.saturating_add(1),
        r.width.saturating_sub(2),
        r.height.saturating_sub(2),
    )
}

/// The text area of the article pane: inside the border, one column of margin each side.
pub fn article_text(r: Rect) -> Rect {
    let i = inner(r);
    if i.width > 4 {
        Rect::new(i.x + 1, i.y, i.width - 2, i.height)
    } else {
        i
    }
}

/// The width the article text wraps at for a terminal of `area` (the same in every layout).
pub fn article_width(area: Rect, multi: bool) -> u16 {
    areas(area, multi, Pane::Article)
        .article
        .map_or(1, |r| article_text(r).width.max(1))
}

/// First row shown of a list of `len` rows in `height` rows, so that rows `sel_start..sel_end`
/// are visible. A pure function of its inputs so that clicks find the rows drawn.
pub fn list_offset(sel_start: usize, sel_end: usize, height: usize, len: usize) -> usize {
    if height == 0 || len <= height {
        return 0;
    }
    let max = len - height;
    let want = sel_end
        .saturating_sub(height)
        .max(sel_start.saturating_sub(height.saturating_sub(1)));
    want.min(max)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_and_narrow() {
        let a = areas(Rect::new(0, 0, 160, 45), false, Pane::Article);
        assert!(a.article.is_some() && a.actors.is_some() && a.timeline.is_some());
        assert!(a.stories.is_none() && a.tabs.is_none());
        let a = areas(Rect::new(0, 0, 160, 45), true, Pane::Article);
        assert!(a.stories.is_some());
        let n = areas(Rect::new(0, 0, 60, 20), false, Pane::Actors);
        assert!(n.tabs.is_some() && n.actors.is_some() && n.article.is_none());
        for (w, h) in [
            (0, 0),
            (1, 1),
            (20, 5),
            (20, 2),
            (99, 3),
            (100, 3),
            (300, 100),
        ] {
            let a = areas(Rect::new(0, 0, w, h), true, Pane::Timeline);
            for r in [a.tabs, a.stories, a.article, a.actors, a.timeline, a.status]
                .into_iter()
                .flatten()
            {
                assert!(r.right() <= w && r.bottom() <= h, "{w}x{h}: {r:?}");
            }
        }
    }

    #[test]
    fn offsets_keep_the_selection_visible() {
        assert_eq!(list_offset(0, 1, 10, 5), 0);
        assert_eq!(list_offset(12, 14, 10, 30), 4);
        assert_eq!(list_offset(29, 30, 10, 30), 20);
        assert_eq!(list_offset(3, 4, 0, 30), 0);
    }
}
