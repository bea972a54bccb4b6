//! A polite live region that announces a one-line summary once results settle.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::format;
use crate::app::hooks::use_debounced;
use crate::engine::report::Report;

/// How long results must stay unchanged before they are announced.
const ANNOUNCE_DELAY_MS: u32 = 1000;

/// Props of [`LiveRegion`].
#[derive(Properties, PartialEq)]
pub struct LiveProps {
    /// The current report.
    pub report: Rc<Report>,
}

/// The summary sentence for a report.
pub fn summary(report: &Report) -> String {
    let t = &report.time_to_listing;
    let r = &report.review_score;
    let listing = if t.status.is_done() {
        format!("{} on {}", t.status.label(), format::date(t.likely))
    } else {
        format!(
            "Listing in {} to {} weeks, likely {}",
            t.low_weeks,
            t.high_weeks,
            format::date(t.likely)
        )
    };
    format!(
        "Results updated. {listing}. Reviews: {} in the window, {}. Readiness {} of 100 with {}.",
        r.reviews_in_window,
        if r.eligible {
            "eligible"
        } else {
            "not eligible"
        },
        report.readiness.score,
        format::count(report.readiness.gaps.len() as u32, "gap", "gaps"),
    )
}

/// The visually hidden status line.
#[function_component]
pub fn LiveRegion(props: &LiveProps) -> Html {
    let text = summary(&props.report);
    let settled = use_debounced(text, ANNOUNCE_DELAY_MS);
    // The first value is the page as loaded, which screen readers read anyway; announce
    // only from the first change on.
    let initial = use_mut_ref(|| settled.clone());
    let changed = use_mut_ref(|| false);
    if *initial.borrow() != settled {
        *changed.borrow_mut() = true;
    }
    let shown = if *changed.borrow() {
        settled
    } else {
        String::new()
    };
    html! { <div class="sr-only" role="status" aria-live="polite" aria-atomic="true">{ shown }</div> }
}
