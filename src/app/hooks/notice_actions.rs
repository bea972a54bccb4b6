//! What the buttons on notices do: restore the work something replaced, settle a save
//! conflict between tabs, or deal with a saved value autosave is holding on to.

use super::replace::restore_entry;
use crate::app::browser;
use crate::app::storage::{self, Loaded};
use crate::app::store::{Action, NoticeAction, NoticeKind, StoreContext};

/// The file name of a downloaded saved value.
const SAVED_FILE: &str = "listing-analyzer-saved-work.json";

fn say(store: &StoreContext, kind: NoticeKind, text: &str) {
    store.dispatch(Action::Notify(kind, text.to_owned()));
}

/// Does what a notice's button offers.
pub fn run_notice_action(action: NoticeAction, store: &StoreContext) {
    match action {
        NoticeAction::RestorePrevious => restore_entry(store, None),
        NoticeAction::LoadNewer => {
            storage::set_hold(None);
            match storage::load_input() {
                Loaded::Input(input, origin) => {
                    store.dispatch(Action::Replace(*input, origin));
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
        NoticeAction::KeepMine => match storage::save_over(&store.input, store.origin) {
            Ok(()) => say(store, NoticeKind::Success, "This tab's version is saved."),
            Err(e) => say(store, NoticeKind::Warning, &e.message(store.ways)),
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
