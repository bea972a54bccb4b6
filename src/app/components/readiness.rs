//! The "Readiness" section: the score and the gaps, most severe first, each with its fix,
//! then how the listing was read.

use yew::prelude::*;

use super::frame::section_card;
use super::listing_read::listing_read_table;
use super::part::Part;
use crate::app::{first_visit, format};
use crate::engine::report::{Gap, Readiness};

section_props!(
    ReadinessProps,
    "The readiness section ([`super::part::Part`]): equal when the readiness results and the listing rows are.",
    |r| (&r.readiness, &r.listing_read)
);

/// The score, the gap count and the meter; shared with the summary view.
pub fn score_headline(r: &Readiness) -> Html {
    html! {
        <>
            <p class="headline">
                <strong class="big">{ format!("{} / 100", r.score) }</strong>
                <span class="sub">{ format!(" · {}", format::count(u32::try_from(r.gaps.len()).unwrap_or(u32::MAX), "gap", "gaps")) }</span>
            </p>
            <div class="meter" aria-hidden="true"><span style={format!("width:{}%", r.score.min(100))}></span></div>
        </>
    }
}

/// The gaps as an ordered list, most severe first (the engine's order).
fn gap_list(gaps: &[&Gap]) -> Html {
    html! {
        <ol class="gaps">
            { for gaps.iter().map(|g| html! {
                <li class={classes!("gap", g.severity.key())}>
                    <span class={classes!("sev", g.severity.key())}>{ g.severity.label() }</span>
                    <span class="field-name">{ g.field.label() }</span>
                    <p class="message">{ g.message.clone() }</p>
                    <p class="fix"><strong>{ "Fix: " }</strong>{ g.fix.clone() }</p>
                </li>
            }) }
        </ol>
    }
}

/// The readiness section.
impl Part for ReadinessProps {
    fn view(&self) -> Html {
        let props = self;
        let r = &props.report.readiness;
        let gaps = first_visit::shown_gaps(&props.report);
        if let Some(prompt) = first_visit::readiness_prompt(&props.report) {
            return html! {
                { section_card("h-readiness", "Readiness", html! { <>
                    <p class="prompt">{ prompt }</p>
                    if !gaps.is_empty() {
                        <p>{ "Already known from your security-review inputs:" }</p>
                        { gap_list(&gaps) }
                    }
                </> }) }
            };
        }
        html! {
            { section_card("h-readiness", "Readiness", html! { <>
                { score_headline(r) }
                if gaps.is_empty() {
                    <p>{ "No gaps found: the listing has everything the checks look for." }</p>
                } else {
                    { gap_list(&gaps) }
                }
                { listing_read_table(&props.report.listing_read) }
            </> }) }
        }
    }
}
