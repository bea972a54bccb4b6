//! The summary view for embedding (`view=summary`, issue 14): the three paste boxes, the
//! three headline results and a link to the full analysis, a few hundred pixels tall.
//!
//! "Open the full analysis" opens the full page in a new tab (`target=_blank`,
//! `rel=noopener`) with the inputs carried in a share-link fragment: the visitor keeps the
//! marketing page (and its call to action) where it was, and the full analysis runs as a
//! page of its own, first-party, instead of growing the frame to thousands of pixels.
//!
//! The host's own heading (`title=`, `hide=title`) and call to action (`cta=`, issue 22)
//! come from [`AppConfig`]; the call to action shows once something is pasted, after the
//! results, and tells the host page (`listing-analyzer:cta`) when it is pressed.

use std::rc::Rc;

use chrono::NaiveDate;
use yew::prelude::*;

use super::header::load_example;
use super::inputs::inputs_panel;
use super::readiness::score_headline;
use super::reviews::{history_verdict, ranking_headline};
use crate::app::config::AppConfig;
use crate::app::hooks::use_debounced;
use crate::app::host::{Cta, CtaTarget};
use crate::app::store::StoreContext;
use crate::app::{first_visit, format, share};
use crate::engine::report::Report;

/// The app's name, the widget's heading unless the host sets its own (`title=`).
pub const APP_NAME: &str = "AppExchange Listing Analyzer";

/// How long the inputs must stay unchanged before the full-analysis link is rebuilt.
const LINK_DELAY_MS: u32 = 400;

/// Props of [`SummaryView`].
#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    /// The current report.
    pub report: Rc<Report>,
    /// The browser's date, the default analysis date.
    pub today: NaiveDate,
    /// The page's settings, for the full view's theme and accent.
    pub config: AppConfig,
    /// The app's state: the inputs the link carries (a prop, as for the header).
    pub store: StoreContext,
}

/// The address of the full analysis: this page without the embedding options, plus the
/// share-link fragment when there is one.
fn full_view_url(config: &AppConfig, fragment: Option<&str>) -> String {
    let path = crate::app::browser::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_else(|| "index.html".to_owned());
    let hash = fragment.map(|f| format!("#{f}")).unwrap_or_default();
    format!("{path}{}{hash}", config.full_view_query())
}

/// One headline result: its title, then the engine summary's words for it.
fn card(id: &'static str, title: &'static str, body: Html) -> Html {
    html! {
        <section class="summary-card" aria-labelledby={id}>
            <h3 {id}>{ title }</h3>
            { body }
        </section>
    }
}

/// The host's call to action: a primary button after the results that tells the host page
/// (with the results summary) before its link opens.
fn cta_button(cta: &Cta, report: &Rc<Report>) -> Html {
    let onclick = {
        let report = Rc::clone(report);
        Callback::from(move |_: MouseEvent| crate::app::embed::post_cta(&report))
    };
    let new_tab = cta.target == CtaTarget::NewTab;
    html! {
        <p class="summary-cta">
            <a class="button primary" href={cta.url.clone()} target={cta.target.attribute()}
                rel={new_tab.then_some("noopener")} {onclick}>
                { cta.label.clone() }
                if new_tab { <span class="sr-only">{ " (opens in a new tab)" }</span> }
            </a>
        </p>
    }
}

/// The summary view.
#[function_component]
pub fn SummaryView(props: &SummaryProps) -> Html {
    let store = props.store.clone();
    let report = &props.report;
    let first_visit = first_visit::first_visit(report);

    // The link carries the inputs; it is rebuilt once typing pauses (compression is async).
    let fragment = use_state(|| None::<String>);
    let settled = use_debounced(Rc::clone(&store.input), LINK_DELAY_MS);
    {
        let fragment = fragment.clone();
        use_effect_with(settled, move |input| {
            let input = Rc::clone(input);
            yew::platform::spawn_local(async move {
                let empty = *input == crate::engine::input::Input::default();
                fragment.set(if empty {
                    None
                } else {
                    share::encode(&input, crate::app::link::LinkKind::Full).await
                });
            });
        });
    }
    let full = full_view_url(&props.config, fragment.as_deref());

    let sum = &report.summary;
    let t = &sum.time_to_listing;
    // The review's status only once the log says something (empty, it is no reading), on
    // the dates' line so that the frame stays short.
    let status = (!sum.inputs.security_log.is_empty()).then(|| {
        html! { <span class={format!("status {}", format::class_name(t.status.key()))}>{ t.status_label.clone() }</span> }
    });
    let timeline = html! {
        <>
            { super::frame::headline(&t.words) }
            if t.when.is_some() || status.is_some() {
                <p class="dates">
                    { t.when.clone().unwrap_or_default() }
                    if let Some(status) = status { { " " }{ status } }
                </p>
            }
        </>
    };
    let reviews = html! { <>{ ranking_headline(&sum.reviews) }{ history_verdict(&sum.reviews) }{ super::marketplace::widget_line(report) }</> };
    let config = &props.config;
    let title = config.title.as_deref().unwrap_or(APP_NAME);
    html! {
        <div class="summary-view">
            <header class="summary-head">
                <h1 class={classes!(config.hide.title.then_some("sr-only"))}>{ title }</h1>
                <div class="summary-actions" role="group" aria-label="Actions">
                    <button type="button" class={classes!("button", first_visit.then_some("primary"))}
                        onclick={load_example(&store)}>{ "Load example" }</button>
                    <a class="button" href={full} target="_blank" rel="noopener">
                        { "Open the full analysis" }<span class="sr-only">{ " (opens in a new tab)" }</span>
                    </a>
                </div>
            </header>
            <main class="summary-main" id="main">
                { inputs_panel(&store, report, props.today, true) }
                { super::widget_kind::made_of(&store, report) }
                <section class="summary-results" id="results" aria-labelledby="h-summary-results">
                    <h2 id="h-summary-results" class="sr-only">{ "Results" }</h2>
                    { card("h-sum-timeline", "Time to listing", timeline) }
                    { card("h-sum-reviews", "Review score", reviews) }
                    { card("h-sum-readiness", "Readiness", score_headline(&sum.readiness)) }
                </section>
                if let Some(cta) = config.cta.as_ref().filter(|_| !first_visit) {
                    { cta_button(cta, report) }
                }
            </main>
        </div>
    }
}
