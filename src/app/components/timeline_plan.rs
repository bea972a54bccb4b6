//! The plan to a live listing: a dated list of steps with their reasons, and a button that
//! downloads the milestones as an `.ics` calendar file (the text comes from the engine).

use chrono::NaiveDate;
use yew::prelude::*;

use crate::app::browser;
use crate::app::format;
use crate::app::store::{Action, Dispatch, NoticeKind};
use crate::engine::calendar;
use crate::engine::report::PlanStep;

/// The plan (its steps in date order) as an ordered list with a calendar download stamped
/// with the analysis date `today`. A plain function: the time-to-listing section, which
/// holds the plan, re-renders only when it changes.
pub fn plan_list(plan: &[PlanStep], today: NaiveDate, dispatch: &Dispatch) -> Html {
    if plan.is_empty() {
        return html! {};
    }
    let download = {
        let store = dispatch.clone();
        let plan = plan.to_vec();
        Callback::from(move |_: MouseEvent| {
            let text = calendar::ics(&plan, today);
            if let Err(why) =
                browser::download("listing-plan.ics", "text/calendar;charset=utf-8", &text)
            {
                store.dispatch(Action::Notify(NoticeKind::Error, why));
            }
        })
    };
    html! {
        <>
            <h3 id="h-plan">{ "Plan to a live listing" }</h3>
            <ol class="plan" aria-labelledby="h-plan">
                { for plan.iter().map(|s| html! {
                    <li>
                        <span class="when">{ format::date_span(s.from, s.to) }</span>{ ": " }
                        <strong>{ s.step.clone() }</strong>
                        <span class="why">{ format!(" \u{2014} {} ", s.why) }
                            <span class={classes!("kind", format::source_kind_class(s.source.kind))}>{ s.source.kind.label() }</span>
                        </span>
                    </li>
                }) }
            </ol>
            <button type="button" class="button" onclick={download}>{ "Download the plan (.ics)" }</button>
        </>
    }
}
