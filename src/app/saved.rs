//! Where saved work lives in the browser's storage and who may overwrite it.
//!
//! Plain Rust (no browser calls), so the rules are tested natively; `super::storage` does
//! the reading and writing.
//!
//! * The input itself is stored as the input JSON (the documented input shape, readable by
//!   the command line), under [`Keys::input`].
//! * Beside it, [`Keys::stamp`] holds a small [`Stamp`]: how many saves the work has seen
//!   and which tab made the last one. A tab remembers the version it loaded or last saved
//!   and never overwrites a newer version made by another tab: that would silently undo
//!   the other tab's work. The stamp is tiny so that checking it on every save is cheap.
//! * A page running inside a frame uses its own keys ([`Keys::framed`]), so that a page
//!   that frames the app neither shows nor replaces the work saved first-party.

use std::fmt;

/// The storage keys of one place (first-party or framed).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Keys {
    /// The input JSON.
    pub input: &'static str,
    /// The [`Stamp`] of the input.
    pub stamp: &'static str,
    /// Where the saved input came from ([`super::history::Origin`]).
    pub origin: &'static str,
    /// The work a share link (or "start empty") replaced, as kept before the restore
    /// list existed: read once into the list, then removed.
    pub previous: &'static str,
    /// The restore list's index ([`super::history::History`]); each kept input is under
    /// [`Keys::history_entry`].
    pub history: &'static str,
    /// The start of the keys under which unreadable values are kept, one key per value.
    pub unreadable_prefix: &'static str,
}

impl Keys {
    /// The keys of the page opened directly (not inside a frame).
    pub const FIRST_PARTY: Keys = Keys {
        input: "listing-analyzer.input",
        stamp: "listing-analyzer.input.stamp",
        origin: "listing-analyzer.input.origin",
        previous: "listing-analyzer.input.previous",
        history: "listing-analyzer.history",
        unreadable_prefix: "listing-analyzer.input.unreadable",
    };

    /// The keys of the page running inside a frame.
    pub const FRAMED: Keys = Keys {
        input: "listing-analyzer.framed.input",
        stamp: "listing-analyzer.framed.input.stamp",
        origin: "listing-analyzer.framed.input.origin",
        previous: "listing-analyzer.framed.input.previous",
        history: "listing-analyzer.framed.history",
        unreadable_prefix: "listing-analyzer.framed.input.unreadable",
    };

    /// The keys for a page that is (`true`) or is not inside a frame.
    pub fn framed(in_frame: bool) -> Keys {
        if in_frame {
            Keys::FRAMED
        } else {
            Keys::FIRST_PARTY
        }
    }

    /// The key of the restore-list entry `id`.
    pub fn history_entry(&self, id: &str) -> String {
        format!("{}.{id}", self.history)
    }

    /// A key for an unreadable value found at `millis` (ms since 1970); `attempt` makes
    /// it unique when that key is taken, so copies never overwrite each other.
    pub fn unreadable(&self, millis: u64, attempt: u32) -> String {
        if attempt == 0 {
            format!("{}.{millis}", self.unreadable_prefix)
        } else {
            format!("{}.{millis}-{attempt}", self.unreadable_prefix)
        }
    }
}

/// Which save of the work is stored, and by which tab.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stamp {
    /// Counts the saves of this work, from 1.
    pub version: u64,
    /// The id of the tab that made the save.
    pub tab: String,
}

impl fmt::Display for Stamp {
    /// `version:tab`, as stored.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.version, self.tab)
    }
}

impl Stamp {
    /// Reads a stamp written by its `Display`; anything else is `None` (an input saved
    /// before stamps existed has none, and counts as version 0).
    pub fn parse(s: &str) -> Option<Stamp> {
        let (version, tab) = s.split_once(':')?;
        Some(Stamp {
            version: version.parse().ok()?,
            tab: tab.to_owned(),
        })
    }

    /// The stored version: the stamp's, or 0 when there is none.
    pub fn version_of(stamp: Option<&Stamp>) -> u64 {
        stamp.map_or(0, |s| s.version)
    }
}

/// Whether tab `tab`, which last loaded or saved version `base`, may save over what is
/// stored (stamped `stored`): only when nobody else saved a newer version since.
pub fn may_overwrite(stored: Option<&Stamp>, base: u64, tab: &str) -> bool {
    match stored {
        None => true,
        Some(s) => s.version <= base || s.tab == tab,
    }
}

/// The stamp for the next save by `tab` over `stored`, when this tab's own version was
/// `base`.
pub fn next_stamp(stored: Option<&Stamp>, base: u64, tab: &str) -> Stamp {
    Stamp {
        version: Stamp::version_of(stored).max(base).saturating_add(1),
        tab: tab.to_owned(),
    }
}

/// How many UTF-16 code units `text` takes in the browser's storage (what its quota
/// counts), from its bytes alone: every byte that starts a character is one unit, and a
/// four-byte character (outside the Basic Multilingual Plane) one more. Equal to
/// `text.encode_utf16().count()`, several times faster on megabytes (no decoding).
pub fn utf16_len(text: &str) -> usize {
    text.bytes()
        .map(|b| usize::from(b & 0xC0 != 0x80) + usize::from(b >= 0xF0))
        .sum()
}

/// Whether input JSON may hold a `\udXXX` escape of a UTF-16 surrogate, which a Rust
/// `String` cannot hold (see `super::exact`). Generous: an escaped backslash followed by
/// such letters also counts, so a `false` is certain and a `true` only worth a closer look.
pub fn may_hold_surrogates(json: &str) -> bool {
    json.as_bytes().windows(4).any(|w| {
        matches!(w, [b'\\', b'u', b'd' | b'D', c] if matches!(c, b'8'..=b'9' | b'a'..=b'f' | b'A'..=b'F'))
    })
}
