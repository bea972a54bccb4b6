//! The root component: owns the store, runs the analysis and lays out the page.

use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use super::header::{header_view, use_header, HeaderProps};
use super::inputs::inputs_panel;
use super::live::LiveRegion;
use super::marketplace::MarketProps;
use super::notices::notices_view;
use super::part::part;
use super::partner::PartnerProps;
use super::print_header::print_header_view;
use super::readiness::ReadinessProps;
use super::reviews::ReviewProps;
use super::rules::RulesSection;
use super::section_nav::{go_to, SectionNav};
use super::summary::SummaryView;
use super::timeline::TimelineProps;
use crate::app::browser;
use crate::app::config::{AppConfig, View};
use crate::app::hooks::{
    initial_store, use_autosave, use_example_notice, use_file_drop, use_hash_link, use_report,
    use_theme,
};
use crate::app::link::LinkKind;
use crate::app::share::ShareError;
use crate::app::store::StoreContext;
use crate::engine::input::Input;

/// Start-up settings for [`App`].
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// Read once from the URL by [`crate::app::start`].
    pub config: AppConfig,
    /// The share link in the fragment at start, read by [`crate::app::start`].
    pub shared: Option<Result<(Input, LinkKind), ShareError>>,
}

/// The whole app.
#[function_component]
pub fn App(props: &AppProps) -> Html {
    let config = &props.config;
    // The first effect of the first render puts the app in the page (see
    // `crate::app::start`); the effects after it may look at the page.
    use_effect_with((), |_| {
        crate::app::attach_root();
        // In a frame, the height the host page gives it is the first render's (not the
        // hidden prerender's, which is the full page's).
        crate::app::embed::start_height_reporting();
    });
    let store: StoreContext = use_reducer(|| initial_store(config, props.shared.clone()));
    let today = *use_memo((), |_| browser::today());

    use_autosave(store.clone());
    use_hash_link(store.clone());
    use_file_drop(store.clone());
    use_theme(store.theme);
    use_example_notice(store.clone());
    let header = use_header();

    // The analysis, redone only for what changed.
    let report = use_report(store.input.clone(), today);
    // An embedding page hears about new results (debounced by the embed module).
    use_effect_with(Rc::clone(&report), |report| {
        crate::app::embed::post_report_summary(report)
    });

    {
        let config = config.clone();
        use_effect_with((), move |_| {
            browser::mark_ready();
            if let Some(accent) = &config.accent {
                let text = crate::app::host::accent_text(accent).unwrap_or("#ffffff");
                browser::apply_accent(accent, text);
            }
            if let Some(section) = config.section {
                // In a frame the host page scrolls (the frame is as tall as its content);
                // moving focus there would be refused. On its own the page goes there itself.
                if !crate::app::embed::post_section_offset(section.key(), section.heading_id()) {
                    go_to(section);
                }
            }
            if config.crash_test {
                Timeout::new(200, || panic!("crash test requested by the test hook")).forget();
            }
        });
    }

    // Framed by a site the hosted copy does not allow: say so to its owner, in the frame.
    let refused = use_memo((), |_| crate::app::embed::refused_parent());
    let refused = refused.as_deref().map(frame_notice);

    let class = classes!("app", config.embed.then_some("embed"));
    if config.view == View::Summary {
        return html! {
                <div class="app embed summary">
                    { refused }
                    { notices_view(&store) }
                    <SummaryView report={Rc::clone(&report)} {today} config={config.clone()} store={store.clone()} />
                    <LiveRegion {report} />
                </div>
        };
    }
    let hide = config.hide;
    html! {
            <div {class}>
                <a class="skip-link" href="#results">{ "Skip to results" }</a>
                { refused }
                { print_header_view(&report) }
                { header_view(&HeaderProps { embed: config.embed, hide_toolbar: hide.toolbar, report: Rc::clone(&report), store: store.clone() }, &header) }
                { notices_view(&store) }
                // The summary bar sits above both columns and stays at the top of the window.
                { part(SectionNav { report: Rc::clone(&report), hide_rules: hide.rules }) }
                <main class="layout" id="main">
                    { inputs_panel(&store, &report, today, false) }
                    <div class="results" id="results" tabindex="-1">
                        <h2 class="sr-only">{ "Results" }</h2>
                        { part(TimelineProps { report: Rc::clone(&report), dispatch: store.dispatcher() }) }
                        { part(ReviewProps { report: Rc::clone(&report) }) }
                        { part(MarketProps { report: Rc::clone(&report) }) }
                        { part(ReadinessProps { report: Rc::clone(&report) }) }
                        { part(PartnerProps { report: Rc::clone(&report), flags: store.input.partner.clone(), dispatch: store.dispatcher() }) }
                        if !hide.rules {
                            <RulesSection report={Rc::clone(&report)} dispatch={store.dispatcher()} />
                        }
                    </div>
                </main>
                <LiveRegion report={report} />
            </div>
    }
}

/// The notice for the owner of a site that frames the app without being allowed: which
/// origin the app saw and the one command that allows it. Nothing is sent to that site.
fn frame_notice(origin: &str) -> Html {
    // A page opened from a file has no web origin ("null"), and no hosted copy can allow it.
    if origin == "null" || origin.starts_with("file:") {
        return html! {
            <div class="frame-notice" role="note" aria-label="Embedding not set up">
                <p>
                    <strong>{ "Not set up for this page: " }</strong>
                    { "the analyzer is framed by a page opened from a file, which has no web origin that a hosted copy could allow, so this frame cannot size itself or send results. Put the page on your website and run " }
                    <code>{ "scripts/allow-parent.sh https://your-site.example" }</code>
                    { " with its address on the hosted copy (README, \u{201c}Embedding in your website\u{201d})." }
                </p>
            </div>
        };
    }
    html! {
        <div class="frame-notice" role="note" aria-label="Embedding not set up">
            <p>
                <strong>{ "Not set up for this site: " }</strong>
                { format!("the analyzer is framed by {origin}, which its hosted copy does not allow, so this frame cannot size itself or send results. Site owner: run ") }
                <code>{ format!("scripts/allow-parent.sh {origin}") }</code>
                { " on the hosted copy (README, \u{201c}Embedding in your website\u{201d})." }
            </p>
        </div>
    }
}
