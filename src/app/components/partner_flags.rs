//! The partner flags of the input: one Yes / No / Not said select per flag, in a fieldset
//! of the "Partner context" section. It reads the flags from the store and dispatches what
//! the user chooses; the tier they imply comes from the report.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::app::store::{Action, Dispatch};
use crate::engine::input::{PartnerFlag, PartnerInput};

/// The flag a select's value stands for.
fn value_of(key: &str) -> Option<bool> {
    match key {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    }
}

/// The partner-flag controls showing `partner` (a plain function: the partner section, which
/// holds the flags, re-renders only when they or its results change).
pub fn partner_flags(partner: &PartnerInput, dispatch: &Dispatch) -> Html {
    let rows = PartnerFlag::ALL.into_iter().map(|flag| {
        let id = format!("partner-{}", flag.key());
        let value = partner.get(flag);
        let store = dispatch.clone();
        let onchange = Callback::from(move |e: Event| {
            let chosen = e.target_unchecked_into::<HtmlSelectElement>().value();
            store.dispatch(Action::SetPartnerFlag(flag, value_of(&chosen)));
        });
        html! {
            <div class="field">
                <label for={id.clone()}>{ flag.label() }</label>
                <select {id} {onchange}>
                    <option value="" selected={value.is_none()}>{ "Not said" }</option>
                    <option value="yes" selected={value == Some(true)}>{ "Yes" }</option>
                    <option value="no" selected={value == Some(false)}>{ "No" }</option>
                </select>
            </div>
        }
    });
    html! {
        <fieldset class="controls partner-flags">
            <legend>{ "Where you stand as a partner" }</legend>
            <p class="help">{ "Not said leaves a flag to your partner-path stage and review log, when they imply it." }</p>
            <div class="control-grid">{ for rows }</div>
        </fieldset>
    }
}
