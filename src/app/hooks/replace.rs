//! Replacing the work on the page ("Load example", "Clear all", a share link, an opened
//! file, a restore) so that what it replaces stays one click away in the restore list,
//! and saying only what happened (the sentences are in [`crate::app::keep`]).

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::app::history::Origin;
use crate::app::keep::{replaced_notices, Cause, Ways};
use crate::app::restore;
use crate::app::storage::{self, Hold};
use crate::app::store::{Action, NoticeKind, StartNotice, StoreContext};
use crate::engine::input::Input;

/// What [`swap_in`] did: whether the replaced work is safe (kept, or nothing to keep) and
/// the notices to show.
pub struct Swapped {
    /// `false` when the replaced work could not be kept aside (autosave then holds).
    pub safe: bool,
    /// What to tell the user.
    pub notices: Vec<StartNotice>,
}

/// Keeps `live` (the work on the page now, with its origin; `None` when there is none) in
/// the restore list because `cause` replaces it with `new` (from `origin`), then saves
/// `new`, or clears the saved work when `new` is empty. When `live` cannot be kept,
/// nothing is saved over it and autosave holds.
pub fn swap_in(
    live: Option<(&Input, Origin)>,
    new: &Input,
    origin: Origin,
    cause: Cause,
    ways: Ways,
) -> Swapped {
    let kept = match live {
        Some((current, from)) if current != new => restore::keep(current, from, cause),
        _ => Ok(false),
    };
    let saved = match kept {
        Err(_) => {
            storage::set_hold(Some(Hold::Newer));
            None
        }
        Ok(_) if *new == Input::default() => {
            storage::clear_input();
            None
        }
        Ok(_) => Some(storage::save_input(new, origin)),
    };
    let mut notices = replaced_notices(cause, kept, saved, ways);
    // The example has a notice of its own; its first line is only worth showing when
    // something was kept or went wrong.
    if cause == Cause::Example && kept == Ok(false) {
        notices.remove(0);
    }
    Swapped {
        safe: kept.is_ok(),
        notices,
    }
}

/// Shows `notices` in the page.
pub fn show(store: &StoreContext, notices: Vec<StartNotice>) {
    for (kind, text, actions) in notices {
        store.dispatch(Action::NotifyWith(kind, text, actions));
    }
}

/// Replaces the work on the page (`store`, whose input is the live work) with `new` from
/// `origin`, because of `cause`: [`swap_in`], then the new input, the list and the notices.
pub fn replace_work(store: &StoreContext, new: Input, origin: Origin, cause: Cause) {
    replace_from(store, (&store.input, store.origin), new, origin, cause);
}

/// [`replace_work`] when the live work is not the store's (a listener registered at start
/// holds an old store: it passes the live work it tracks).
pub fn replace_from(
    store: &StoreContext,
    live: (&Input, Origin),
    new: Input,
    origin: Origin,
    cause: Cause,
) -> bool {
    let swapped = swap_in(Some(live), &new, origin, cause, store.ways);
    store.dispatch(Action::Replace(new, origin));
    store.dispatch(Action::SetHistory(restore::load()));
    show(store, swapped.notices);
    swapped.safe
}

/// Restores the kept work `id` (the newest when `None`), keeping the work on the page in
/// its place, typed keystrokes included.
pub fn restore_entry(store: &StoreContext, id: Option<String>) {
    let id = id.or_else(|| restore::load().entries.first().map(|e| e.id.clone()));
    let Some((input, origin, id)) = id.and_then(|id| restore::read(&id).map(|(i, o)| (i, o, id)))
    else {
        store.dispatch(Action::Notify(
            NoticeKind::Error,
            "The previous work is no longer in this browser's storage.".to_owned(),
        ));
        return;
    };
    if replace_from(
        store,
        (&store.input, store.origin),
        input,
        origin,
        Cause::Restore,
    ) {
        restore::forget(&id);
        store.dispatch(Action::SetHistory(restore::load()));
    }
}

/// The work on the page and its origin, as of the last render, for listeners that live as
/// long as the page (their own copy of the store would be the first render's).
pub type Live = Rc<RefCell<(Rc<Input>, Origin)>>;

/// A [`Live`] cell refreshed on every render.
#[hook]
pub fn use_live(store: &StoreContext) -> Live {
    let live = use_mut_ref(|| (Rc::clone(&store.input), store.origin));
    *live.borrow_mut() = (Rc::clone(&store.input), store.origin);
    live
}

/// A [`Live`] cell holding the store's work now (for a handler made at the last render).
pub fn live_now(store: &StoreContext) -> Live {
    Rc::new(RefCell::new((Rc::clone(&store.input), store.origin)))
}

/// [`replace_from`] with the live work in `live`.
pub fn replace_live(store: &StoreContext, live: &Live, new: Input, origin: Origin, cause: Cause) {
    let (current, from) = live.borrow().clone();
    replace_from(store, (&current, from), new, origin, cause);
}
