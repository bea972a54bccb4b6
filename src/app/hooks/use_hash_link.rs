//! Opening share links: at start (the fragment wins over autosave) and when the fragment
//! changes while the page is open. Either way the work the link replaces is kept one
//! click away ("Restore previous work").

use yew::prelude::*;

use super::notice_actions::{opened_notice, store_shared};
use crate::app::config::{AppConfig, Theme};
use crate::app::store::{Action, NoticeAction, NoticeKind, StartNotice, Store, StoreContext};
use crate::app::{browser, share, storage};
use crate::engine::input::Input;

/// The notice after "start empty" (the crash screen's way out).
fn started_empty(kept: Result<bool, storage::SaveError>) -> Option<StartNotice> {
    match kept {
        Ok(true) => Some((
            NoticeKind::Success,
            "Started empty. Your previous work was kept \u{2014} restore it with the button.".to_owned(),
            vec![NoticeAction::RestorePrevious],
        )),
        Ok(false) => None,
        Err(e) => Some((
            NoticeKind::Warning,
            format!("Started empty, but your previous work could not be kept aside ({}), so autosave is paused to keep it.", e.message()),
            vec![NoticeAction::DownloadSaved, NoticeAction::KeepMine],
        )),
    }
}

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
    let saved = match storage::load_input() {
        storage::Loaded::Input(saved) => Some(*saved),
        storage::Loaded::Nothing => None,
        storage::Loaded::Unreadable(why) => {
            let actions = if storage::hold().is_some() {
                vec![NoticeAction::DownloadSaved, NoticeAction::DiscardSaved]
            } else {
                Vec::new()
            };
            notices.push((NoticeKind::Warning, why, actions));
            None
        }
    };
    let mut input = saved.clone();
    if config.start_empty {
        let kept = if saved.is_some() {
            storage::keep_previous()
        } else {
            Ok(false)
        };
        match kept {
            Ok(_) => storage::clear_input(),
            Err(_) => storage::set_hold(Some(storage::Hold::Newer)),
        }
        notices.extend(started_empty(kept));
        input = None;
        browser::remove_query_param(crate::app::config::START_PARAM);
    }
    if let Some(shared) = shared {
        match shared {
            Ok(shared) => {
                notices.push(opened_notice(store_shared(&shared, input.as_ref())));
                input = Some(shared);
            }
            Err(e) => notices.push((NoticeKind::Error, e.message(), Vec::new())),
        }
        // The fragment has done its job; later edits autosave, and a reload must not
        // bring the link's older content back over them.
        browser::replace_hash(None);
    }
    Store::new(input.unwrap_or_default(), theme, notices)
}

/// Opens a share link pasted into the address bar of the open page (`hashchange`).
#[hook]
pub fn use_hash_link(store: StoreContext) {
    use_effect_with((), move |_| {
        let listener = browser::window().map(|w| {
            gloo::events::EventListener::new(&w, "hashchange", move |_| {
                let hash = browser::location_hash();
                if !share::is_share_fragment(&hash) {
                    return;
                }
                let store = store.clone();
                yew::platform::spawn_local(async move {
                    match share::decode(&hash).await {
                        Ok(input) => {
                            // The last keystrokes first, so that what is kept is current.
                            let _ = storage::save_input(&store.input);
                            let (kind, text, actions) =
                                opened_notice(store_shared(&input, Some(&store.input)));
                            store.dispatch(Action::Replace(input));
                            store.dispatch(Action::NotifyWith(kind, text, actions));
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
