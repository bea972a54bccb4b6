//! A polite live region that announces a one-line summary once results settle.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::first_visit;
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

/// The visually hidden status line.
#[function_component]
pub fn LiveRegion(props: &LiveProps) -> Html {
    let text = first_visit::live_summary(&props.report);
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
