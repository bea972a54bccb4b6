//! The "Time to listing" section: the headline range and dates, the timeline picture and
//! the factors behind the figures.

use yew::prelude::*;

use super::timeline_chart::TimelineChart;
use crate::app::format;
use crate::engine::report::{ReviewStatus, Source};

section_props!(
    TimelineProps,
    "Props of [`TimelineSection`]: equal when the estimate and the date are.",
    |r| (&r.time_to_listing, r.today)
);

/// A collapsible list of sources, shared by the sections.
pub fn sources_list(sources: &[Source]) -> Html {
    if sources.is_empty() {
        return html! {};
    }
    html! {
        <details class="sources">
            <summary>{ "Sources" }</summary>
            <ul>
                { for sources.iter().map(|s| html! {
                    <li><span class={classes!("kind", s.kind.to_lowercase())}>{ s.kind.clone() }</span>
                        { format!(" {} (as of {})", s.title, s.as_of) }</li>
                }) }
            </ul>
        </details>
    }
}

/// The time-to-listing section.
#[function_component]
pub fn TimelineSection(props: &TimelineProps) -> Html {
    let report = &props.report;
    let t = &report.time_to_listing;
    let status_class = match t.status {
        ReviewStatus::NotStarted => "status not-started",
        ReviewStatus::InReview => "status in-review",
        ReviewStatus::Passed => "status passed",
    };
    let passed = t
        .passed_on
        .map(|d| format!(" on {}", format::date(d)))
        .unwrap_or_default();
    html! {
        <section class="card" aria-labelledby="h-timeline">
            <h2 id="h-timeline" tabindex="-1">{ "Time to listing" }</h2>
            <p class="headline">
                <strong class="big">{ format!("{}–{} weeks", t.low_weeks, t.high_weeks) }</strong>
                <span class="sub">{ format!(" likely {} weeks", t.likely_weeks) }</span>
            </p>
            <p class="dates">
                { "Earliest " }<strong>{ format::date(t.earliest) }</strong>
                { ", likely " }<strong>{ format::date(t.likely) }</strong>
                { ", latest " }<strong>{ format::date(t.latest) }</strong>
            </p>
            <p>
                <span class={status_class}>{ format!("{}{passed}", format::status(t.status)) }</span>
                { format!(
                    " {} · counted from {} · {} · review fees ${}",
                    format::app_type(t.app_type),
                    format::date(t.start),
                    format::count(t.failed_attempts, "failed attempt", "failed attempts"),
                    t.fees_usd
                ) }
            </p>
            <TimelineChart t={t.clone()} today={report.today} />
            <h3>{ "What moved it" }</h3>
            <ul class="factors">
                { for t.factors.iter().map(|f| html! {
                    <li>
                        <span>{ f.label.clone() }</span>
                        if f.weeks != 0 { <span class="weeks">{ format::weeks_delta(f.weeks) }</span> }
                    </li>
                }) }
            </ul>
            { sources_list(&t.sources) }
        </section>
    }
}
