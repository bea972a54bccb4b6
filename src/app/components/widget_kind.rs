//! The summary widget's question of what the estimate depends on (issue 22 item 2): what the
//! solution is made of, as the engine's few [`KINDS`], and whether it is paid. Both start
//! at "not said"; the time-to-listing card shows no range as the visitor's until the
//! components are said (the engine's summary says so).

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::controls::{paid_action, paid_options};
use crate::app::store::{Action, StoreContext};
use crate::engine::estimate::checklist::edit::{Kind, KINDS};
use crate::engine::report::Report;

/// The widget's "made of" check boxes and its paid / free select, for `report`'s
/// components and the input's paid answer.
pub fn made_of(store: &StoreContext, report: &Report) -> Html {
    let components = &report.checklist.components;
    let kind = |(i, k): (usize, &Kind)| {
        let store = store.clone();
        let onchange = Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            store.dispatch(Action::SetKind(i, on));
        });
        let id = format!("kind-{i}");
        html! {
            <li class="check">
                <input type="checkbox" id={id.clone()} checked={k.said(components)} {onchange} />
                <label for={id}>{ k.label }</label>
            </li>
        }
    };
    let on_paid = {
        let store = store.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            store.dispatch(paid_action(&value));
        })
    };
    html! {
        <fieldset class="widget-kind">
            <legend>{ "What is it made of?" }</legend>
            <ul class="kinds">{ for KINDS.iter().enumerate().map(kind) }</ul>
            <label class="paid">
                { "Paid or free? " }
                <select onchange={on_paid}>{ paid_options(store.input.security_review.paid, ["Not said", "Paid", "Free"]) }</select>
            </label>
        </fieldset>
    }
}
