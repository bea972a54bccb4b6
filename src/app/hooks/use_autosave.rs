//! Saves the input to the browser shortly after each change, and notices when another tab
//! saved newer work.

use std::rc::Rc;

use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::app::history::Origin;
use crate::app::keep::save_failed_notice;
use crate::app::saved::Stamp;
use crate::app::storage::{self, Hold, SaveError};
use crate::app::store::{Action, NoticeKind, StoreContext};
use crate::engine::input::Input;

/// How long typing must pause before the input is saved.
pub const AUTOSAVE_DELAY_MS: u32 = 300;

/// Offers the newer work another tab saved, and keeps this tab's from overwriting it.
pub fn offer_newer(store: &StoreContext) {
    storage::set_hold(Some(Hold::Newer));
    let (kind, text, actions) = save_failed_notice(SaveError::Newer, store.ways);
    store.dispatch(Action::NotifyWith(kind, text, actions));
}

/// Saves `store.input` [`AUTOSAVE_DELAY_MS`] after it last changed, and on page hide so
/// that a quick reload keeps the last keystrokes. A failed save shows one notice, taken
/// back once a save succeeds again. A save that would overwrite another tab's newer work
/// is not made; the newer work is offered instead, also as soon as the other tab saves it
/// (the `storage` event).
#[hook]
pub fn use_autosave(store: StoreContext) {
    let timer = use_mut_ref(|| None::<Timeout>);
    let last_error = use_mut_ref(|| None::<SaveError>);
    let latest = use_mut_ref(|| None::<(Rc<Input>, Origin)>);
    // What storage holds as far as this tab knows: the input it started with (loaded from
    // storage, or saved at start) and then each input it saved. Saving it again would only
    // tell other tabs of a change that is none.
    let stored = use_mut_ref(|| Rc::clone(&store.input));
    let input = (store.input.clone(), store.origin);
    *latest.borrow_mut() = Some(input.clone());

    let save = {
        let store = store.clone();
        let last_error = last_error.clone();
        Rc::new(move |(input, origin): &(Rc<Input>, Origin)| {
            if Rc::ptr_eq(&stored.borrow(), input) {
                return;
            }
            let result = storage::save_input(input, *origin);
            let mut last = last_error.borrow_mut();
            match result {
                Ok(()) => {
                    *stored.borrow_mut() = Rc::clone(input);
                    if let Some(old) = last.take() {
                        store.dispatch(Action::Retract(old.message(store.ways)));
                    }
                }
                Err(SaveError::Paused) => {}
                Err(SaveError::Newer) => offer_newer(&store),
                Err(e) if *last != Some(e) => {
                    *last = Some(e);
                    store.dispatch(Action::Notify(NoticeKind::Warning, e.message(store.ways)));
                }
                Err(_) => {}
            }
        })
    };

    {
        let save = save.clone();
        use_effect_with(input, move |input| {
            let input = input.clone();
            *timer.borrow_mut() = Some(Timeout::new(AUTOSAVE_DELAY_MS, move || save(&input)));
        });
    }

    use_effect_with((), move |_| {
        let window = crate::app::browser::window();
        let hide = window.as_ref().map(|w| {
            gloo::events::EventListener::new(w, "pagehide", move |_| {
                if let Some(input) = latest.borrow().as_ref() {
                    save(input);
                }
            })
        });
        let other_tab = window.as_ref().map(|w| {
            gloo::events::EventListener::new(w, "storage", move |e| {
                let Some(e) = e.dyn_ref::<web_sys::StorageEvent>() else {
                    return;
                };
                if e.key().as_deref() != Some(storage::keys().stamp) {
                    return;
                }
                let newer = e.new_value().as_deref().and_then(Stamp::parse);
                if newer.is_some() && storage::hold().is_none() && storage::save_needs_choice() {
                    offer_newer(&store);
                }
            })
        });
        move || drop((hide, other_tab))
    });
}
