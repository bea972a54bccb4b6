//! What the buttons on notices do: restore the work a share link replaced, settle a save
//! conflict between tabs, or deal with a saved value autosave is holding on to.

use crate::app::browser;
use crate::app::storage::{self, Loaded};
use crate::app::store::{Action, NoticeAction, NoticeKind, StoreContext};
use crate::engine::input::Input;

/// The file name of a downloaded saved value.
const SAVED_FILE: &str = "listing-analyzer-saved-work.json";

fn say(store: &StoreContext, kind: NoticeKind, text: &str) {
    store.dispatch(Action::Notify(kind, text.to_owned()));
}

/// The notice to show after a share link replaced the work: whether the previous work
/// was kept one click away, or why the link was not saved.
pub fn opened_notice(kept: Result<bool, storage::SaveError>) -> crate::app::store::StartNotice {
    const OPENED: &str = "Opened the shared analysis.";
    match kept {
        Ok(true) => (
            NoticeKind::Success,
            format!("{OPENED} Your previous work was kept \u{2014} restore it with the button."),
            vec![NoticeAction::RestorePrevious],
        ),
        Ok(false) => (
            NoticeKind::Success,
            format!("{OPENED} It is saved in this browser."),
            Vec::new(),
        ),
        Err(e) => (
            NoticeKind::Warning,
            format!("{OPENED} Your previous work could not be kept aside ({}), so the shared analysis is not saved and your saved work stays as it was.", e.message()),
            vec![NoticeAction::KeepMine],
        ),
    }
}

/// Puts the shared `input` in place of the saved work, keeping the saved work in the
/// "previous" slot first (unless it is the same). When the copy cannot be made the link
/// is shown but not saved, and autosave holds.
pub fn store_shared(input: &Input, saved: Option<&Input>) -> Result<bool, storage::SaveError> {
    let kept = if saved.is_some_and(|s| s != input) {
        storage::keep_previous()
    } else {
        Ok(false)
    };
    match kept {
        Ok(_) => {
            // A save failure here is reported by autosave's own notice on the next save.
            let _ = storage::save_input(input);
        }
        Err(_) => storage::set_hold(Some(storage::Hold::Newer)),
    }
    kept
}

/// Does what a notice's button offers.
pub fn run_notice_action(action: NoticeAction, store: &StoreContext) {
    match action {
        NoticeAction::RestorePrevious => match storage::load_previous() {
            Some(previous) => {
                let swapped = storage::keep_previous().is_ok_and(|kept| kept);
                store.dispatch(Action::Replace(previous));
                let text = if swapped {
                    "Your previous work is back. What it replaced was kept in its place."
                } else {
                    "Your previous work is back."
                };
                store.dispatch(Action::NotifyWith(
                    NoticeKind::Success,
                    text.to_owned(),
                    if swapped {
                        vec![NoticeAction::RestorePrevious]
                    } else {
                        Vec::new()
                    },
                ));
            }
            None => say(
                store,
                NoticeKind::Error,
                "The previous work is no longer in this browser's storage.",
            ),
        },
        NoticeAction::LoadNewer => {
            storage::set_hold(None);
            match storage::load_input() {
                Loaded::Input(input) => {
                    store.dispatch(Action::Replace(*input));
                    say(
                        store,
                        NoticeKind::Success,
                        "Loaded the newer version saved in another tab.",
                    );
                }
                Loaded::Nothing => say(
                    store,
                    NoticeKind::Warning,
                    "The other tab cleared its work; this tab's work is kept and saved again.",
                ),
                Loaded::Unreadable(why) => say(store, NoticeKind::Warning, &why),
            }
        }
        NoticeAction::KeepMine => match storage::save_over(&store.input) {
            Ok(()) => say(store, NoticeKind::Success, "This tab's version is saved."),
            Err(e) => say(store, NoticeKind::Warning, e.message()),
        },
        NoticeAction::DownloadSaved => {
            let result = storage::raw(storage::keys().input)
                .ok_or_else(|| "Nothing is saved any more.".to_owned())
                .and_then(|raw| browser::download(SAVED_FILE, "application/json", &raw));
            if let Err(why) = result {
                say(store, NoticeKind::Error, &why);
            }
        }
        NoticeAction::DiscardSaved => {
            storage::clear_input();
            say(
                store,
                NoticeKind::Success,
                "The unreadable saved value was discarded; autosave resumes.",
            );
        }
    }
}
