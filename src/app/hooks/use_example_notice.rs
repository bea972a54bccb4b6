//! The "Example loaded" notice lasts as long as the example does: once every pasted box
//! was replaced or cleared, it goes (issue 14).

use std::rc::Rc;

use yew::prelude::*;

use crate::app::first_visit::{example_gone, EXAMPLE_NOTICE};
use crate::app::sample;
use crate::app::store::{Action, StoreContext};

/// Retracts the example notice when the input no longer holds the example.
#[hook]
pub fn use_example_notice(store: StoreContext) {
    let input = Rc::clone(&store.input);
    use_effect_with(input, move |input| {
        let shown = store.notices.iter().any(|n| n.text == EXAMPLE_NOTICE);
        if shown && example_gone(input, &sample::input()) {
            store.dispatch(Action::Retract(EXAMPLE_NOTICE.to_owned()));
        }
    });
}
