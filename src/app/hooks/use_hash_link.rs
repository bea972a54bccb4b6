//! Opening share links: at start (the fragment wins over autosave) and when the fragment
//! changes while the page is open. Either way the work the link replaces is kept in the
//! restore list ("Restore previous work").

use std::rc::Rc;

use yew::prelude::*;

use super::replace::{replace_live, swap_in, use_live};
use crate::app::config::{AppConfig, Theme};
use crate::app::history::Origin;
use crate::app::keep::{Cause, Ways};
use crate::app::link::{LinkKind, SHORT_OPENED};
use crate::app::store::{Action, NoticeKind, StartNotice, Store, StoreContext};
use crate::app::{browser, restore, share, storage};
use crate::engine::input::Input;

/// The notice a short link adds where it is opened.
fn short_notice(kind: LinkKind) -> Option<StartNotice> {
    (kind == LinkKind::Short).then(|| (NoticeKind::Warning, SHORT_OPENED.to_owned(), Vec::new()))
}

/// Builds the start-up state: the share link that was in the fragment (`shared`, already
/// read by [`crate::app::start`]) if there is one, else the autosaved input, else an
/// empty one; with a notice for anything that went wrong.
pub fn initial_store(
    config: &AppConfig,
    shared: Option<Result<(Input, LinkKind), share::ShareError>>,
) -> Store {
    let ways = Ways::of(config);
    let mut notices = Vec::new();
    let theme = config
        .theme
        .or_else(storage::load_theme)
        .unwrap_or(Theme::Auto);
    let saved = match storage::load_input() {
        storage::Loaded::Input(saved, origin) => Some((*saved, origin)),
        storage::Loaded::Nothing => None,
        storage::Loaded::Unreadable(why) => {
            let actions = if storage::hold().is_some() {
                vec![
                    crate::app::store::NoticeAction::DownloadSaved,
                    crate::app::store::NoticeAction::DiscardSaved,
                ]
            } else {
                Vec::new()
            };
            notices.push((NoticeKind::Warning, why, actions));
            None
        }
    };
    let mut current = saved;
    if config.start_empty {
        let live = current.as_ref().map(|(i, o)| (i, *o));
        let swapped = swap_in(
            live,
            &Input::default(),
            Origin::Typed,
            Cause::StartEmpty,
            ways,
        );
        notices.extend(swapped.notices);
        current = None;
        browser::remove_query_param(crate::app::config::START_PARAM);
    }
    if let Some(shared) = shared {
        match shared {
            Ok((input, kind)) => {
                let live = current.as_ref().map(|(i, o)| (i, *o));
                let swapped = swap_in(live, &input, Origin::Link, Cause::Link, ways);
                notices.extend(swapped.notices);
                notices.extend(short_notice(kind));
                current = Some((input, Origin::Link));
            }
            Err(e) => notices.push((NoticeKind::Error, e.message(), Vec::new())),
        }
        // The fragment has done its job; later edits autosave, and a reload must not
        // bring the link's older content back over them.
        browser::replace_hash(None);
    }
    let (input, origin) = current.unwrap_or_default();
    let mut store = Store::new(input, theme, notices);
    store.origin = origin;
    store.ways = ways;
    store.history = Rc::new(restore::load());
    store
}

/// Opens a share link pasted into the address bar of the open page (`hashchange`). The
/// listener lives as long as the page, so it reads the live work from a [`super::replace::Live`]
/// cell.
#[hook]
pub fn use_hash_link(store: StoreContext) {
    let live = use_live(&store);
    use_effect_with((), move |_| {
        let listener = browser::window().map(|w| {
            gloo::events::EventListener::new(&w, "hashchange", move |_| {
                let hash = browser::location_hash();
                if !share::is_share_fragment(&hash) {
                    return;
                }
                let store = store.clone();
                let live = live.clone();
                yew::platform::spawn_local(async move {
                    match share::decode(&hash).await {
                        Ok((input, kind)) => {
                            replace_live(&store, &live, input, Origin::Link, Cause::Link);
                            if let Some((kind, text, actions)) = short_notice(kind) {
                                store.dispatch(Action::NotifyWith(kind, text, actions));
                            }
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
