//! The header only a print-out (or PDF) shows: the app's name, the analysis date, the
//! listing's title and what the inputs held.

use yew::prelude::*;

use crate::app::page::print_header;
use crate::engine::report::Report;

/// The print-only header (hidden on screen by the stylesheet). A plain function, not a
/// component: it is a few lines of text, cheaper to redo than a component is to keep.
pub fn print_header_view(report: &Report) -> Html {
    let h = print_header(report);
    html! {
        <div class="print-header">
            <p class="print-app">{ "AppExchange Listing Analyzer" }</p>
            <p class="print-title">{ h.title.unwrap_or_else(|| "Untitled listing".to_owned()) }</p>
            <p>{ format!("Analysis of {}. Inputs read: {}.", h.date, h.inputs) }</p>
        </div>
    }
}
