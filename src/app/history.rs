//! The restore list ("Previous work"): the last states of the work that "Load example",
//! "Clear all", a share link, an opened file or a restore replaced, each with when and
//! what, kept in the browser's storage across reloads.
//!
//! Plain Rust (no browser calls), tested natively; `super::storage` keeps the list's
//! index under [`super::saved::Keys::history`] and each kept input under a key of its own.
//!
//! The rule that protects the user's own work: the list keeps up to [`OWN_KEPT`] states of
//! work the user typed or opened from a file and, apart from them, up to [`LINK_KEPT`]
//! states that arrived through a share link unedited. Adding one of either kind only ever
//! pushes out the oldest of its own kind, so no number of links opened in a row (by the
//! user, or by a hostile page) can push the user's typed work out of the list.

use chrono::{DateTime, Datelike, Duration, Timelike};

use super::format;
use super::keep::Cause;
use crate::engine::input::Input;
use crate::engine::report::InputKind;

/// How many states of the user's own work the list keeps.
pub const OWN_KEPT: usize = 5;
/// How many states that arrived through share links (unedited) the list keeps, apart
/// from the user's own.
pub const LINK_KEPT: usize = 3;
/// The most characters of the listing's first line shown to say what a state held.
const FIRST_LINE_CHARS: usize = 48;

/// Where the work on the page came from since it was last replaced.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Origin {
    /// Typed (or edited) by the user; also work saved before origins were recorded.
    #[default]
    Typed,
    /// A share link, not edited since.
    Link,
    /// An analysis file the user opened, not edited since.
    File,
    /// The example, not edited since (not worth keeping: "Load example" brings it back).
    Example,
}

impl Origin {
    /// The key written to storage.
    pub fn key(self) -> &'static str {
        match self {
            Origin::Typed => "typed",
            Origin::Link => "link",
            Origin::File => "file",
            Origin::Example => "example",
        }
    }

    /// Reads a key written by [`Origin::key`]; anything else is [`Origin::Typed`], so that
    /// work of unknown origin is protected as the user's own.
    pub fn from_key(key: &str) -> Origin {
        [Origin::Link, Origin::File, Origin::Example]
            .into_iter()
            .find(|o| o.key() == key)
            .unwrap_or(Origin::Typed)
    }

    /// Whether work of this origin counts as content that arrived through a link.
    pub fn from_link(self) -> bool {
        self == Origin::Link
    }
}

/// One kept state: which key holds its input, when and why it was replaced, and what it
/// held.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The end of its storage key (unique within the list).
    pub id: String,
    /// When it was replaced, in milliseconds since 1970 (UTC).
    pub when_ms: u64,
    /// What replaced it.
    pub cause: Cause,
    /// Where it had come from.
    pub origin: Origin,
    /// What it held, in a few words ([`describe`]).
    pub what: String,
}

/// The kept states, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct History {
    /// Newest first.
    pub entries: Vec<Entry>,
}

/// A field of an index line made safe: no tab, no line break.
fn field(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}

impl History {
    /// Reads the index written by [`History::to_text`]; a line it cannot read is left out
    /// (its input stays in storage under its own key).
    pub fn parse(text: &str) -> History {
        let entries = text
            .lines()
            .filter_map(|line| {
                let mut it = line.splitn(5, '\t');
                let id = it.next()?.to_owned();
                let when_ms = it.next()?.parse().ok()?;
                let cause = Cause::from_key(it.next()?)?;
                let origin = Origin::from_key(it.next()?);
                let what = it.next()?.to_owned();
                (!id.is_empty()).then_some(Entry {
                    id,
                    when_ms,
                    cause,
                    origin,
                    what,
                })
            })
            .collect();
        History { entries }
    }

    /// The index as stored: one line per entry, fields separated by tabs.
    pub fn to_text(&self) -> String {
        self.entries
            .iter()
            .map(|e| {
                format!(
                    "{}\t{}\t{}\t{}\t{}\n",
                    field(&e.id),
                    e.when_ms,
                    e.cause.key(),
                    e.origin.key(),
                    field(&e.what)
                )
            })
            .collect()
    }

    /// Adds `entry` as the newest and returns the entries it pushed out: the oldest of its
    /// own kind (link or own work) beyond [`LINK_KEPT`] or [`OWN_KEPT`], never one of the
    /// other kind.
    pub fn add(&mut self, entry: Entry) -> Vec<Entry> {
        let from_link = entry.origin.from_link();
        let cap = if from_link { LINK_KEPT } else { OWN_KEPT };
        self.entries.insert(0, entry);
        let mut evicted = Vec::new();
        while self.count(from_link) > cap {
            match self.oldest(from_link) {
                Some(i) => evicted.push(self.entries.remove(i)),
                None => break,
            }
        }
        evicted
    }

    /// How many entries are (`true`) or are not of work that arrived through a link.
    fn count(&self, from_link: bool) -> usize {
        self.entries
            .iter()
            .filter(|e| e.origin.from_link() == from_link)
            .count()
    }

    /// The position of the oldest entry of the given kind.
    fn oldest(&self, from_link: bool) -> Option<usize> {
        self.entries
            .iter()
            .rposition(|e| e.origin.from_link() == from_link)
    }

    /// Removes the oldest entry that arrived through a link (to make room in storage),
    /// returning it.
    pub fn drop_oldest_link(&mut self) -> Option<Entry> {
        let i = self.oldest(true)?;
        Some(self.entries.remove(i))
    }

    /// Removes the entry with `id`, returning it.
    pub fn remove(&mut self, id: &str) -> Option<Entry> {
        let i = self.entries.iter().position(|e| e.id == id)?;
        Some(self.entries.remove(i))
    }
}

/// What `input` holds, in a few words: the listing's first line (shortened) and how many
/// lines each other box has, e.g. `“Title: Acme Invoice Sync” · 12 review lines · 4 note
/// lines`. Presentation only: lines are counted, nothing is parsed.
pub fn describe(input: &Input) -> String {
    let mut parts = Vec::new();
    if let Some(first) = input.listing.lines().map(str::trim).find(|l| !l.is_empty()) {
        let mut shown: String = first.chars().take(FIRST_LINE_CHARS).collect();
        if first.chars().nth(FIRST_LINE_CHARS).is_some() {
            shown.push('\u{2026}');
        }
        parts.push(format!("\u{201c}{shown}\u{201d}"));
    }
    let lines = |kind: InputKind| {
        kind.text(input)
            .lines()
            .filter(|l| !l.trim().is_empty())
            .count()
    };
    for (kind, singular, plural) in [
        (InputKind::Reviews, "review line", "review lines"),
        (InputKind::SecurityReview, "note line", "note lines"),
    ] {
        let n = lines(kind);
        if n > 0 {
            parts.push(format::count(
                u32::try_from(n).unwrap_or(u32::MAX),
                singular,
                plural,
            ));
        }
    }
    if parts.is_empty() {
        "choices only, no pasted text".to_owned()
    } else {
        parts.join(" \u{b7} ")
    }
}

/// When an entry was replaced, as the user's clock shows it: "today at 12:40",
/// "yesterday at 09:05" or "3 Dec 2026 at 18:00". `offset_minutes` is JavaScript's
/// `getTimezoneOffset()` (UTC minus local time, in minutes).
pub fn when_label(when_ms: u64, now_ms: u64, offset_minutes: i64) -> String {
    let local = |ms: u64| {
        let ms = i64::try_from(ms).unwrap_or(i64::MAX);
        DateTime::from_timestamp_millis(ms)
            .and_then(|t| t.checked_sub_signed(Duration::minutes(offset_minutes)))
            .map(|t| t.naive_utc())
    };
    let (Some(when), Some(now)) = (local(when_ms), local(now_ms)) else {
        return "at an unknown time".to_owned();
    };
    let time = format!("{:02}:{:02}", when.hour(), when.minute());
    let (day, today) = (when.date(), now.date());
    if day == today {
        format!("today at {time}")
    } else if today.pred_opt() == Some(day) {
        format!("yesterday at {time}")
    } else if day.year() == today.year() {
        format!("{} {} at {time}", day.day(), format::month(day))
    } else {
        format!("{} at {time}", format::date(day))
    }
}
