//! The "Readiness" section: the score and the gaps, most severe first, each with its fix,
//! then how the listing was read.

use yew::prelude::*;

use super::listing_read::ListingReadTable;
use crate::app::format;

section_props!(
    ReadinessProps,
    "Props of [`ReadinessSection`]: equal when the readiness results and the listing rows are.",
    |r| (&r.readiness, &r.listing_read)
);

/// The readiness section.
#[function_component]
pub fn ReadinessSection(props: &ReadinessProps) -> Html {
    let r = &props.report.readiness;
    // The engine orders the gaps (most severe first, then by field); they are shown so.
    let gaps = &r.gaps;
    html! {
        <section class="card" aria-labelledby="h-readiness">
            <h2 id="h-readiness" tabindex="-1">{ "Readiness" }</h2>
            <p class="headline">
                <strong class="big">{ format!("{} / 100", r.score) }</strong>
                <span class="sub">{ format!(" · {}", format::count(r.gaps.len() as u32, "gap", "gaps")) }</span>
            </p>
            <div class="meter" aria-hidden="true"><span style={format!("width:{}%", r.score.min(100))}></span></div>
            if gaps.is_empty() {
                <p>{ "No gaps found: the listing has everything the checks look for." }</p>
            } else {
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
            <ListingReadTable rows={props.report.listing_read.clone()} />
        </section>
    }
}
