//! The "Readiness" section: the score and the gaps, most severe first, each with its fix,
//! then how the listing was read.

use yew::prelude::*;

use super::frame::{headline, section_card};
use super::listing_read::listing_read_table;
use super::part::Part;
use crate::app::first_visit;
use crate::engine::report::summary::ReadinessSummary;
use crate::engine::report::Gap;

section_props!(
    ReadinessProps,
    "The readiness section ([`super::part::Part`]): equal when the readiness results and the listing rows are.",
    |r| (&r.readiness, &r.summary.readiness, &r.listing_read)
);

/// The headline as the engine's summary words it, and the meter when there is a score;
/// shared with the summary view.
pub fn score_headline(r: &ReadinessSummary) -> Html {
    html! {
        <>
            { headline(&r.words) }
            if let Some(score) = r.score {
                <div class="meter" aria-hidden="true"><span style={format!("width:{}%", score.min(100))}></span></div>
            }
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
        let summary = &props.report.summary.readiness;
        let gaps = first_visit::shown_gaps(&props.report);
        if !summary.state.has_figures() {
            return html! {
                { section_card("h-readiness", "Readiness", html! { <>
                    { score_headline(summary) }
                    if !gaps.is_empty() {
                        <p>{ "Already known from your security-review inputs:" }</p>
                        { gap_list(&gaps) }
                    }
                </> }) }
            };
        }
        html! {
            { section_card("h-readiness", "Readiness", html! { <>
                { score_headline(summary) }
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
