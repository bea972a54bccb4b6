//! What the page says about keeping the user's work: why a save failed, what was kept
//! aside when something replaced the work, and which control to use instead.
//!
//! Plain Rust (no browser calls), so that two promises are tested natively: no sentence
//! claims a save that did not happen, and no sentence names a control the page does not
//! show ([`Ways`]: the widget has no "Copy link", a page with its toolbar hidden has no
//! toolbar button at all).

use super::config::{AppConfig, View};
use super::state::{NoticeAction, NoticeKind, StartNotice};

/// The toolbar button that copies a share link.
pub const COPY_LINK: &str = "Copy link";
/// The toolbar button that downloads the analysis file (the input, openable again).
pub const SAVE_FILE: &str = "Save analysis file";
/// The toolbar button that opens an analysis file (a file picker).
pub const OPEN_FILE: &str = "Open analysis file";
/// The toolbar's list of replaced work, each one click from being restored.
pub const PREVIOUS_WORK: &str = "Previous work";
/// The widget's link to the full analysis in a new tab.
pub const OPEN_FULL: &str = "Open the full analysis";

/// The controls this page shows that keep work elsewhere than in this browser's storage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Ways {
    /// The toolbar's [`COPY_LINK`] and [`SAVE_FILE`] (the full view with its toolbar).
    pub toolbar: bool,
    /// The widget's [`OPEN_FULL`] link.
    pub open_full: bool,
}

impl Ways {
    /// The ways the page configured by `config` shows.
    pub fn of(config: &AppConfig) -> Ways {
        match config.view {
            View::Summary => Ways {
                toolbar: false,
                open_full: true,
            },
            View::Full => Ways {
                toolbar: !config.hide.toolbar,
                open_full: false,
            },
        }
    }

    /// The sentence that tells the user how to keep work this browser does not save,
    /// naming only controls the page shows.
    pub fn advice(self) -> String {
        if self.toolbar {
            format!("To keep it, use \u{201c}{SAVE_FILE}\u{201d} or \u{201c}{COPY_LINK}\u{201d}.")
        } else if self.open_full {
            format!("To keep it, use \u{201c}{OPEN_FULL}\u{201d}: it opens the analysis in a page of its own, which can save it.")
        } else {
            "To keep it, copy your text somewhere else before you leave.".to_owned()
        }
    }
}

/// Why a save failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveError {
    /// The browser offers no storage here.
    Unavailable,
    /// The browser refused the write because the storage quota is full.
    Full,
    /// The browser forbids storage for this page (a `SecurityError`: blocked cookies and
    /// site data, a sandbox, a policy).
    Blocked,
    /// Another tab saved newer work, which this save would have overwritten.
    Newer,
    /// Autosave is paused until the user decides, or the app crashed.
    Paused,
}

impl SaveError {
    /// Why, as a clause ("this browser does not allow saving here").
    pub fn reason(self) -> &'static str {
        match self {
            SaveError::Unavailable => "this browser does not allow saving here",
            SaveError::Full => "the inputs are larger than this browser's storage allows",
            SaveError::Blocked => {
                "this browser does not allow this page to store data (site data may be blocked)"
            }
            SaveError::Newer => "another tab saved newer work, which saving here would overwrite",
            SaveError::Paused => "autosave is paused",
        }
    }

    /// A sentence for the notice shown when autosave fails, naming only the controls in
    /// `ways`.
    pub fn message(self, ways: Ways) -> String {
        match self {
            SaveError::Newer => "This analysis was changed in another tab after this tab last saved it. Autosave here is paused so that the newer work is not overwritten.".to_owned(),
            SaveError::Paused => "Autosave is paused.".to_owned(),
            _ => format!(
                "Autosave failed: {}. Your work is still on this page, but it will not survive a reload. {}",
                self.reason(),
                ways.advice()
            ),
        }
    }
}

/// What replaced the work.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cause {
    /// "Load example".
    Example,
    /// "Clear all".
    Clear,
    /// A share link.
    Link,
    /// An analysis file the user opened.
    File,
    /// "Start empty" on the crash screen.
    StartEmpty,
    /// Restoring earlier work.
    Restore,
}

impl Cause {
    /// Every cause.
    pub const ALL: [Cause; 6] = [
        Cause::Example,
        Cause::Clear,
        Cause::Link,
        Cause::File,
        Cause::StartEmpty,
        Cause::Restore,
    ];

    /// The key written to storage.
    pub fn key(self) -> &'static str {
        match self {
            Cause::Example => "example",
            Cause::Clear => "clear",
            Cause::Link => "link",
            Cause::File => "file",
            Cause::StartEmpty => "start-empty",
            Cause::Restore => "restore",
        }
    }

    /// Reads a key written by [`Cause::key`].
    pub fn from_key(key: &str) -> Option<Cause> {
        Cause::ALL.into_iter().find(|c| c.key() == key)
    }

    /// What replaced the work, as the list of previous work says it ("replaced by a
    /// share link").
    pub fn replaced_by(self) -> &'static str {
        match self {
            Cause::Example => "replaced by Load example",
            Cause::Clear => "replaced by Clear all",
            Cause::Link => "replaced by a share link",
            Cause::File => "replaced by an opened file",
            Cause::StartEmpty => "replaced by Start empty",
            Cause::Restore => "replaced by a restore",
        }
    }

    /// What happened, as the start of a notice ("Opened the shared analysis."); empty for
    /// the example, which has a notice of its own.
    pub fn done(self) -> &'static str {
        match self {
            Cause::Example => "",
            Cause::Clear => "Everything was cleared.",
            Cause::Link => "Opened the shared analysis.",
            Cause::File => "Opened the analysis file.",
            Cause::StartEmpty => "Started empty.",
            Cause::Restore => "Your previous work is back.",
        }
    }
}

/// The notice of a failed save: [`SaveError::message`], with the choice between tabs when
/// another tab saved newer work. Autosave shows the same sentence, so the two never
/// stack (a notice replaces an older one with the same words).
pub fn save_failed_notice(e: SaveError, ways: Ways) -> StartNotice {
    let actions = if e == SaveError::Newer {
        vec![NoticeAction::LoadNewer, NoticeAction::KeepMine]
    } else {
        Vec::new()
    };
    (NoticeKind::Warning, e.message(ways), actions)
}

/// The notices after `cause` replaced the work: whether the replaced work was `kept` in
/// the restore list, and whether the new work was `saved` in this browser (`None`: there
/// was nothing to save, as after a clear, or no save was tried). Only a save that
/// happened is claimed; a failed one gets its own notice ([`save_failed_notice`]). Names
/// only the controls in `ways`.
pub fn replaced_notices(
    cause: Cause,
    kept: Result<bool, SaveError>,
    saved: Option<Result<(), SaveError>>,
    ways: Ways,
) -> Vec<StartNotice> {
    let mut text = cause.done().to_owned();
    let mut kind = NoticeKind::Success;
    let mut actions = Vec::new();
    let replaced = if cause == Cause::Example {
        " What the example replaced"
    } else {
        " What it replaced"
    };
    match kept {
        Ok(true) => {
            text.push_str(replaced);
            text.push_str(" was kept \u{2014} restore it with the button");
            if ways.toolbar {
                text.push_str(&format!(", or later under \u{201c}{PREVIOUS_WORK}\u{201d}"));
            }
            text.push('.');
            actions.push(NoticeAction::RestorePrevious);
        }
        Ok(false) => {}
        Err(e) => {
            kind = NoticeKind::Warning;
            text.push_str(&format!(
                "{replaced} could not be kept aside ({}), so nothing is saved over it: your saved work stays as it was and autosave is paused, so what the page shows now is not saved. {}",
                e.reason(),
                ways.advice()
            ));
            actions.extend([NoticeAction::DownloadSaved, NoticeAction::KeepMine]);
        }
    }
    let mut notices = Vec::new();
    match saved {
        Some(Ok(())) if kept.is_ok() => text.push_str(" It is saved in this browser."),
        Some(Err(e)) if kept.is_ok() => notices.push(save_failed_notice(e, ways)),
        _ => {}
    }
    notices.insert(0, (kind, text.trim_start().to_owned(), actions));
    notices
}
