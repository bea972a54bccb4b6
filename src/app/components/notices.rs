//! Dismissible messages: what was restored, copied, or could not be done.

use yew::prelude::*;

use crate::app::hooks::run_notice_action;
use crate::app::store::{Action, NoticeKind, StoreContext};

/// The list of notices, newest last. Errors are alerts; the rest are polite status. A plain
/// function of the store: the app, which calls it, re-renders on every change of the store.
pub fn notices_view(store: &StoreContext) -> Html {
    let items = store.notices.iter().map(|n| {
        let (class, role) = match n.kind {
            NoticeKind::Success => ("notice success", "status"),
            NoticeKind::Warning => ("notice warning", "status"),
            NoticeKind::Error => ("notice error", "alert"),
        };
        let dismiss = {
            let store = store.clone();
            let id = n.id;
            Callback::from(move |_: MouseEvent| store.dispatch(Action::Dismiss(id)))
        };
        let actions = n.actions.iter().map(|action| {
            let store = store.clone();
            let (action, id) = (*action, n.id);
            let onclick = Callback::from(move |_: MouseEvent| {
                store.dispatch(Action::Dismiss(id));
                run_notice_action(action, &store);
            });
            html! { <button type="button" class="button small primary" {onclick}>{ action.label() }</button> }
        });
        html! {
            <div key={n.id} {class} {role}>
                <p>{ n.text.clone() }</p>
                { for actions }
                <button type="button" class="button small" onclick={dismiss}
                    aria-label="Dismiss this message">{ "Dismiss" }</button>
            </div>
        }
    });
    html! { <div class="notices">{ for items }</div> }
}
