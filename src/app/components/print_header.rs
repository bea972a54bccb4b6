//! The header only a print-out (or PDF) shows: the app's name, the analysis date, the
//! listing's title and what the inputs held.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::page::print_header;
use crate::engine::report::Report;

/// Props of [`PrintHeader`].
#[derive(Properties, PartialEq)]
pub struct PrintHeaderProps {
    /// The current report.
    pub report: Rc<Report>,
}

/// The print-only header (hidden on screen by the stylesheet).
#[function_component]
pub fn PrintHeader(props: &PrintHeaderProps) -> Html {
    let h = print_header(&props.report);
    html! {
        <div class="print-header">
            <p class="print-app">{ "AppExchange Listing Analyzer" }</p>
            <p class="print-title">{ h.title.unwrap_or_else(|| "Untitled listing".to_owned()) }</p>
            <p>{ format!("Analysis of {}. Inputs read: {}.", h.date, h.inputs) }</p>
        </div>
    }
}
