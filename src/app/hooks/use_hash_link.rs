//! Opening share links: at start (the fragment wins over autosave) and when the fragment
//! changes while the page is open.

use yew::prelude::*;

use crate::app::config::{AppConfig, Theme};
use crate::app::store::{Action, NoticeKind, Store, StoreContext};
use crate::app::{browser, share, storage};
use crate::engine::input::Input;

const OPENED: &str =
    "Opened the shared analysis. It replaces what was here before and is saved in this browser.";

/// Builds the start-up state: the share link that was in the fragment (`shared`, already
/// read by [`crate::app::start`]) if there is one, else the autosaved input, else an
/// empty one; with a notice for anything that went wrong.
pub fn initial_store(
    config: &AppConfig,
    shared: Option<Result<Input, share::ShareError>>,
) -> Store {
    let mut notices = Vec::new();
    let theme = config
        .theme
        .or_else(storage::load_theme)
        .unwrap_or(Theme::Auto);
    let mut input = None;
    if let Some(shared) = shared {
        match shared {
            Ok(shared) => {
                notices.push((NoticeKind::Success, OPENED.to_owned()));
                // Save now so that a reload (which no longer has the fragment) keeps it.
                if let Err(e) = storage::save_input(&shared) {
                    notices.push((NoticeKind::Warning, e.message().to_owned()));
                }
                input = Some(shared);
            }
            Err(e) => notices.push((NoticeKind::Error, e.message())),
        }
        // The fragment has done its job; later edits autosave, and a reload must not
        // bring the link's older content back over them.
        browser::replace_hash(None);
    }
    let input = input.unwrap_or_else(|| match storage::load_input() {
        storage::Loaded::Input(saved) => saved,
        storage::Loaded::Nothing => Input::default(),
        storage::Loaded::Unreadable(why) => {
            notices.push((NoticeKind::Warning, why));
            Input::default()
        }
    });
    Store::new(input, theme, notices)
}

/// Opens a share link pasted into the address bar of the open page (`hashchange`).
#[hook]
pub fn use_hash_link(store: StoreContext) {
    use_effect_with((), move |_| {
        let listener = web_sys::window().map(|w| {
            gloo::events::EventListener::new(&w, "hashchange", move |_| {
                let hash = browser::location_hash();
                if !share::is_share_fragment(&hash) {
                    return;
                }
                let store = store.clone();
                yew::platform::spawn_local(async move {
                    match share::decode(&hash).await {
                        Ok(input) => {
                            store.dispatch(Action::Replace(input));
                            store.dispatch(Action::Notify(NoticeKind::Success, OPENED.to_owned()));
                        }
                        Err(e) => store.dispatch(Action::Notify(NoticeKind::Error, e.message())),
                    }
                    browser::replace_hash(None);
                });
            })
        });
        move || drop(listener)
    });
}
