//! The submission checklist: one check box per item the report lists for the chosen
//! architecture, grouped as the engine groups them, each with its detail and source. It
//! dispatches the ticks; what they mean (gaps, bounce risk, plan) comes from the report.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::part::Part;
use crate::app::store::{Action, Dispatch};
use crate::engine::report::checklist::{ChecklistItem, ItemGroupView};

section_props!(
    ChecklistPanel,
    "The submission checklist ([`Part`]): compared only by the report's checklist.",
    |r| &r.checklist,
    dispatch: Dispatch,
    "Where the check boxes send their ticks."
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

/// The submission checklist with its check boxes.
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
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            store.dispatch(Action::SetChecklistItem(item_id.clone(), on));
        });
        let need = if i.required { "required" } else { "check" };
        html! {
            <li class="check">
                <input type="checkbox" id={id.clone()} checked={i.ready} {onchange} />
                <label for={id}>{ &i.label }</label>
                <span class="help">{ format!(" ({need}, {}) {}", i.source.kind, i.detail) }</span>
            </li>
        }
    };
    let groups = GROUPS.into_iter().filter_map(|(group, heading)| {
        let items: Vec<&ChecklistItem> = list.items.iter().filter(|i| i.group == group).collect();
        (!items.is_empty()).then(|| {
            html! {
                <>
                    <h3>{ heading }</h3>
                    <ul class="checks">{ for items.into_iter().map(item) }</ul>
                </>
            }
        })
    });
    let status = if list.said {
        format!(
            "{} of {} required items ready.",
            list.required_ready, list.required_total
        )
    } else {
        "Tick what is ready. With nothing ticked, the estimate neither rewards nor penalises preparation.".to_string()
    };
    html! {
        <fieldset class="materials checklist">
            <legend>{ format!("Submission checklist: {}", list.architecture_name) }</legend>
            <p class="help">{ &list.note }</p>
            <p class="help" role="status">{ status }</p>
            { for groups }
        </fieldset>
    }
}
