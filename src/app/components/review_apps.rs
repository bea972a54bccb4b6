//! The select that picks one app of a review export holding several (the report's
//! `review_apps`): every app with its review rows, the analysed one selected.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::part::Part;
use crate::app::format::count;
use crate::app::store::{Action, Dispatch};
use crate::engine::report::ReviewApps;

/// The app select ([`Part`]): drawn only when the export holds several apps.
#[derive(PartialEq, Clone)]
pub struct ReviewAppSelect {
    /// The apps the report found, with the analysed one.
    pub apps: ReviewApps,
    /// Where the choice goes.
    pub dispatch: Dispatch,
}

impl Part for ReviewAppSelect {
    fn view(&self) -> Html {
        let store = self.dispatch.clone();
        let onchange = Callback::from(move |e: Event| {
            let id = e.target_unchecked_into::<HtmlSelectElement>().value();
            store.dispatch(Action::SetReviewsApp(Some(id)));
        });
        let a = &self.apps;
        html! {
            <div class="field review-apps">
                <label for="review-app">{ "App in this export" }</label>
                <select id="review-app" {onchange}>
                    { for a.apps.iter().map(|app| html! {
                        <option value={app.id.clone()} selected={app.id == a.chosen}>
                            { format!("{} ({})", app.id, count(u32::try_from(app.rows).unwrap_or(u32::MAX), "review", "reviews")) }
                        </option>
                    }) }
                </select>
                <p class="hint">{ format!(
                    "{} apps in the \u{201c}{}\u{201d} column; only the one selected is analysed.",
                    a.apps.len(),
                    a.column
                ) }</p>
            </div>
        }
    }
}
