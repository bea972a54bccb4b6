//! "Previous work": the restore list under the toolbar, each state the page replaced with
//! when and what, one click from being restored (across reloads).

use yew::prelude::*;

use crate::app::browser;
use crate::app::history::when_label;
use crate::app::hooks::restore_entry;
use crate::app::keep::PREVIOUS_WORK;
use crate::app::store::StoreContext;

/// The list, folded under its heading; nothing while it is empty.
pub fn previous_work_view(store: &StoreContext) -> Html {
    if store.history.entries.is_empty() {
        return html! {};
    }
    let (now_ms, offset) = browser::clock();
    let items = store.history.entries.iter().map(|entry| {
        let when = when_label(entry.when_ms, now_ms, offset);
        let about = format!("{}, {} {when}", entry.what, entry.cause.replaced_by());
        let onclick = {
            let store = store.clone();
            let id = entry.id.clone();
            Callback::from(move |_: MouseEvent| restore_entry(&store, Some(id.clone())))
        };
        html! {
            <li key={entry.id.clone()}>
                <button type="button" class="button small" aria-label={format!("Restore {about}")} {onclick}>{ "Restore" }</button>
                <span>{ entry.what.clone() }</span>
                <span class="help">{ format!("{} {when}", entry.cause.replaced_by()) }</span>
            </li>
        }
    });
    html! {
        <details class="previous-work">
            <summary>{ format!("{PREVIOUS_WORK} ({})", store.history.entries.len()) }</summary>
            <p class="help">{ "What Load example, Clear all, share links and opened files replaced, newest first, kept in this browser. Restoring one keeps what is on the page now in its place." }</p>
            <ul>{ for items }</ul>
        </details>
    }
}
