//! Labelled text, Markdown and Word/Google-Docs layouts, read line by line into entries.
//!
//! A heading on a line of its own (Word, Google Docs) is recognised as follows, and only
//! when the text has no Markdown heading that names a known section:
//! - a line that names a known section (after bold markers and bracketed hints are
//!   dropped), with no colon and no bullet, is a heading wherever it stands;
//! - once the text has at least two such headings, a line in capitals of up to six words,
//!   or a capitalised line of up to four words after a blank line, opens an unknown
//!   section (bounds in [`SHAPE`]) — when the current section already has content, the line ends in no punctuation and holds no
//!   colon, URL or address, and (for a plain line) the current section is not a list
//!   unless its last line was a bullet.

use super::labels::{heading, lookup, plausible_unknown, split_label, strip_bullet};
use super::{Entry, Target, PREAMBLE_LABEL};
use crate::engine::model::ListingField;
use crate::engine::parse::numbered_lines;

/// Bounds on a heading written on a line of its own (Word, Google Docs).
struct HeadingShape {
    /// Known headings on lines of their own that make the text a headings document.
    min_known: usize,
    /// The most words of an unknown heading in capitals.
    max_caps_words: usize,
    /// The most words of an unknown heading in ordinary case.
    max_plain_words: usize,
    /// The longest line taken as a heading, in bytes.
    max_bytes: usize,
    /// The fewest letters of a heading in capitals ("LINKS" is one, "PDF" alone is not).
    min_caps_letters: usize,
    /// The level such a heading gets: that of a top-level Markdown heading.
    level: usize,
}

/// The bounds in force.
const SHAPE: HeadingShape = HeadingShape {
    min_known: 2,
    max_caps_words: 6,
    max_plain_words: 4,
    max_bytes: 80,
    min_caps_letters: 4,
    level: 1,
};

/// How the previous line was read, for the label-versus-prose rule.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Prev {
    Start,
    Blank,
    LabelWithValue,
    Other,
}

/// What the whole text looks like, decided before reading it.
struct Style {
    /// Some Markdown heading names a known section: headings are explicit.
    markdown: bool,
    /// Not Markdown, and at least two lines of their own name known sections.
    headings_doc: bool,
}

/// Reading state.
struct State {
    entries: Vec<Entry>,
    /// Heading level that opened the current entry (0: a `Label:` line or none).
    level: usize,
    /// Whether the current entry was opened by a heading that owns its lines.
    owned: bool,
    prev: Prev,
    /// Whether the last content line was a bullet.
    last_bullet: bool,
    /// Whether any non-blank line was read.
    seen: bool,
}

/// Splits labelled text into entries.
pub(super) fn entries(text: &str) -> Vec<Entry> {
    let style = style(text);
    let mut s = State {
        entries: Vec::new(),
        level: 0,
        owned: false,
        prev: Prev::Start,
        last_bullet: false,
        seen: false,
    };
    for (no, line) in numbered_lines(text) {
        let t = line.trim();
        if t.is_empty() || is_rule(t) {
            if let Some(e) = s.entries.last_mut() {
                e.push_line("");
            }
            s.prev = Prev::Blank;
            continue;
        }
        match s.start(no, line, t, &style) {
            Some((entry, level, owned)) => {
                s.prev = if entry.value.is_empty() {
                    Prev::Other
                } else {
                    Prev::LabelWithValue
                };
                s.level = level;
                s.owned = owned;
                s.last_bullet = false;
                s.entries.push(entry);
            }
            None => {
                s.prev = Prev::Other;
                s.last_bullet = strip_bullet(t).is_some();
                match s.entries.last_mut() {
                    Some(e) => e.push_line(line.trim_end()),
                    None => s.entries.push(Entry::new(
                        Target::Preamble,
                        PREAMBLE_LABEL,
                        no,
                        line.trim_end(),
                    )),
                }
            }
        }
        s.seen = true;
    }
    s.entries
}

impl State {
    /// The entry that `line` starts, with its heading level and whether it owns its lines,
    /// or `None` when the line continues the current value.
    fn start(&self, no: usize, line: &str, t: &str, style: &Style) -> Option<(Entry, usize, bool)> {
        if let Some((lvl, text)) = heading(t) {
            return self.markdown_heading(no, lvl, text);
        }
        if !style.markdown {
            if let Some(target) = standalone_known(t) {
                let entry = Entry::new(target, t, no, "");
                return Some((entry, SHAPE.level, target.owns_content()));
            }
            let current = self.entries.last();
            let list_ok = current.is_none_or(|e| !e.target.is_list()) || self.last_bullet;
            if style.headings_doc
                && current.is_some_and(Entry::has_content)
                && unknown_heading(t, self.prev == Prev::Blank, list_ok)
            {
                let entry = Entry::new(Target::Unknown, t, no, "");
                return Some((entry, SHAPE.level, false));
            }
        }
        if self.owned {
            return None;
        }
        if let Some(item) = strip_bullet(t) {
            // Bullets inside a heading's unknown section stay in it; `resolve` reads the
            // fields they name.
            let in_list = self.entries.last().is_some_and(|e| {
                matches!(e.target, Target::Known(f) | Target::StandIn(f)
                    if matches!(f, ListingField::Highlights | ListingField::Screenshots))
            });
            if self.level > 0 || in_list {
                return None;
            }
            let (label, value) = split_label(item)?;
            let target = lookup(label)?;
            return Some((Entry::new(target, label, no, value), 0, false));
        }
        let (label, value) = split_label(t)?;
        let target = match lookup(label) {
            Some(target) => target,
            None => {
                let new_field_ok =
                    matches!(self.prev, Prev::Start | Prev::Blank | Prev::LabelWithValue)
                        && !line.starts_with([' ', '\t']);
                if !(new_field_ok && plausible_unknown(label)) {
                    return None;
                }
                Target::Unknown
            }
        };
        Some((Entry::new(target, label, no, value), 0, false))
    }

    /// The entry a Markdown heading starts: a known section unless it is a sub-heading of
    /// a section that owns its lines; an unknown one unless it is deeper than the current
    /// heading; a first `# X` naming nothing known is a guess at the title.
    fn markdown_heading(&self, no: usize, lvl: usize, text: &str) -> Option<(Entry, usize, bool)> {
        let target = lookup(text);
        if !self.seen && lvl == 1 && target.is_none() {
            return Some((Entry::new(Target::TopHeading, text, no, ""), lvl, false));
        }
        let starts = match target {
            Some(_) => !(self.owned && lvl > self.level),
            None => self.level == 0 || lvl <= self.level,
        };
        starts.then(|| {
            let target = target.unwrap_or(Target::Unknown);
            (Entry::new(target, text, no, ""), lvl, target.owns_content())
        })
    }
}

/// Decides the style of the whole text.
fn style(text: &str) -> Style {
    let mut markdown = false;
    let mut standalone = 0usize;
    for (_, line) in numbered_lines(text) {
        let t = line.trim();
        match heading(t) {
            Some((_, h)) => markdown |= lookup(h).is_some(),
            None => standalone += usize::from(standalone_known(t).is_some()),
        }
    }
    Style {
        markdown,
        headings_doc: !markdown && standalone >= SHAPE.min_known,
    }
}

/// A line of its own that names a known section: no colon, no bullet, bold or not.
fn standalone_known(t: &str) -> Option<Target> {
    if t.is_empty() || t.len() > SHAPE.max_bytes || t.contains(':') || strip_bullet(t).is_some() {
        return None;
    }
    lookup(t.trim_matches(['*', '_']).trim())
}

/// Whether a line of its own that names nothing known is an unknown heading (see the
/// module documentation).
fn unknown_heading(t: &str, after_blank: bool, list_ok: bool) -> bool {
    let plain_shape = t.len() <= SHAPE.max_bytes
        && !t.contains(':')
        && !t.contains('@')
        && strip_bullet(t).is_none()
        && !t.ends_with(['.', ',', ';', '!', '?'])
        && t.chars().next().is_some_and(char::is_uppercase);
    if !plain_shape {
        return false;
    }
    let words = t.split_whitespace().count();
    let letters = t.chars().filter(|c| c.is_alphabetic()).count();
    let caps = letters >= SHAPE.min_caps_letters && !t.chars().any(char::is_lowercase);
    if caps {
        return words <= SHAPE.max_caps_words;
    }
    after_blank && list_ok && words <= SHAPE.max_plain_words
}

/// A horizontal rule (`---`, `***`, `___`), read as a blank line.
fn is_rule(t: &str) -> bool {
    let mut chars = t.chars().filter(|c| !c.is_whitespace());
    match chars.next() {
        Some(first @ ('-' | '*' | '_' | '=')) => {
            let rest = chars.clone().count();
            rest >= 2 && chars.all(|c| c == first)
        }
        _ => false,
    }
}
