//! Saves the input to the browser shortly after each change.

use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::app::storage::{self, SaveError};
use crate::app::store::{Action, NoticeKind, StoreContext};
use crate::engine::input::Input;

/// How long typing must pause before the input is saved.
pub const AUTOSAVE_DELAY_MS: u32 = 300;

/// Saves `store.input` [`AUTOSAVE_DELAY_MS`] after it last changed, and on page hide so
/// that a quick reload keeps the last keystrokes. A failed save shows one notice until a
/// save succeeds again.
#[hook]
pub fn use_autosave(store: StoreContext) {
    let timer = use_mut_ref(|| None::<Timeout>);
    let last_error = use_mut_ref(|| None::<SaveError>);
    let latest = use_mut_ref(|| None::<Rc<Input>>);
    let input = store.input.clone();
    *latest.borrow_mut() = Some(input.clone());

    let save = {
        let store = store.clone();
        let last_error = last_error.clone();
        Rc::new(move |input: &Input| {
            let result = storage::save_input(input);
            let mut last = last_error.borrow_mut();
            match result {
                Ok(()) => *last = None,
                Err(e) if *last != Some(e) => {
                    *last = Some(e);
                    store.dispatch(Action::Notify(NoticeKind::Warning, e.message().to_owned()));
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
        let listener = web_sys::window().map(|w| {
            gloo::events::EventListener::new(&w, "pagehide", move |_| {
                if let Some(input) = latest.borrow().as_ref() {
                    save(input);
                }
            })
        });
        move || drop(listener)
    });
}
