//! The submission checklist: one Ready / Not ready / Not said choice per item the report
//! lists for what the solution is made of, grouped as the engine groups them, each with its
//! detail and source. It dispatches the answers; what they mean (gaps, bounce risk, plan)
//! comes from the report.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::part::Part;
use crate::app::store::{Action, Dispatch};
use crate::engine::input::ItemState;
use crate::engine::report::checklist::{ChecklistItem, ItemGroupView};
use crate::engine::Term;

section_props!(
    ChecklistPanel,
    "The submission checklist ([`Part`]): compared only by the report's checklist.",
    |r| &r.checklist,
    dispatch: Dispatch,
    "Where the item choices send the answers."
);

/// The heading of each group, in checklist order.
const GROUPS: [(ItemGroupView, &str); 3] = [
    (ItemGroupView::Material, "Materials to hand in"),
    (ItemGroupView::Agentforce, "Agentforce prompts and actions"),
    (
        ItemGroupView::CommonFailure,
        "Common failures to check before submitting",
    ),
];

/// The submission checklist with its choices.
impl Part for ChecklistPanel {
    fn view(&self) -> Html {
        checklist(self)
    }
}

/// The markup of [`ChecklistPanel`].
fn checklist(props: &ChecklistPanel) -> Html {
    let store = props.dispatch.clone();
    let list = &props.report.checklist;
    let item = |i: &ChecklistItem| {
        let id = format!("check-{}", i.id);
        let item_id = i.id.clone();
        let store = store.clone();
        let onchange = Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Some(state) = ItemState::from_key(&value) {
                store.dispatch(Action::SetChecklistItem(item_id.clone(), state));
            }
        });
        let need = if i.required { "required" } else { "check" };
        html! {
            <li class={classes!("check", "tri", crate::app::format::class_name(i.state.key()))}>
                <select id={id.clone()} {onchange}>
                    { for ItemState::ALL.into_iter().map(|s| html! {
                        <option value={s.key()} selected={i.state == s}>{ s.label() }</option>
                    }) }
                </select>
                <label for={id}>{ &i.label }</label>
                <span class="help">{ format!(" ({need}, {}) {}", i.source.kind, i.detail) }</span>
            </li>
        }
    };
    let groups = GROUPS.into_iter().filter_map(|(group, heading)| {
        let items: Vec<&ChecklistItem> = list.items.iter().filter(|i| i.group == group).collect();
        (!items.is_empty()).then(|| {
            if group != ItemGroupView::CommonFailure {
                return html! {
                    <>
                        <h3>{ heading }</h3>
                        <ul class="checks">{ for items.into_iter().map(item) }</ul>
                    </>
                };
            }
            // The common failures are checks, not requirements: folded behind their count
            // (the page stays short on a phone), and open once one of them is said, so a
            // reload or a shared link shows the answers given.
            let said = items
                .iter()
                .filter(|i| i.state != ItemState::NotSaid)
                .count();
            let open = said > 0;
            let total = items.len();
            html! {
                <details class="fold" {open}>
                    <summary>{ format!("{heading} ({total} checks, {said} said)") }</summary>
                    <ul class="checks">{ for items.into_iter().map(item) }</ul>
                </details>
            }
        })
    });
    let status = if list.said {
        format!(
            "{} of {} required items ready, {} not ready.",
            list.required_ready, list.required_total, list.required_not_ready
        )
    } else {
        "Say what is ready. An item not said neither rewards nor penalises; one not ready is a gap and a bounce risk.".to_string()
    };
    html! {
        <fieldset class="materials checklist">
            <legend>{ format!("Submission checklist: {}", list.solution_name) }</legend>
            <p class="help">{ &list.note }</p>
            <p class="help">{ format!("Checklist version {} for the AgentExchange (formerly AppExchange) security review: each item cites the official page it was checked against.", list.version) }</p>
            <p class="help" role="status">{ status }</p>
            { for groups }
        </fieldset>
    }
}
