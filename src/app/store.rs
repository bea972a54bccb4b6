//! The app state shared with every component through context: the state and its reducer
//! are in [`super::state`] (native, tested natively); this adds Yew's side.

use std::rc::Rc;

use yew::prelude::*;

pub use super::state::{Action, Notice, NoticeAction, NoticeKind, StartNotice, Store};

impl Reducible for Store {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Store::next(self, action)
    }
}

/// The handle components use to read the state and dispatch actions.
pub type StoreContext = UseReducerHandle<Store>;

/// What the parts of the page that only send actions hold ([`StoreContext::dispatcher`]):
/// one for the app's life, so it never makes two parts' data differ.
pub type Dispatch = UseReducerDispatcher<Store>;
