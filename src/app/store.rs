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

/// The store as a prop of the components that read it (the header and the summary view),
/// compared by identity: the reducer makes a new state for a change, so the same pointer
/// means the same state. Props rather than a context provider, whose component and
/// subscription code cost more wasm than the app's few readers need (issue 15).
#[derive(Clone)]
pub struct StoreProp(pub StoreContext);

impl PartialEq for StoreProp {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq::<Store>(&*self.0, &*other.0)
    }
}
