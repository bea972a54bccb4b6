//! The "Time to listing" section: the headline range and dates, the timeline picture and
//! the factors behind the figures.

use yew::prelude::*;

use super::frame::{self, section_card};
use super::part::Part;
use super::timeline_chart::timeline_chart;
use super::timeline_plan::plan_list;
use crate::app::format;
use crate::app::store::Dispatch;
use crate::engine::report::summary::{SummaryState, TimeSummary};
use crate::engine::report::{ReviewStatus, Source};

section_props!(
    TimelineProps,
    "The time-to-listing section ([`super::part::Part`]): equal when the estimate and the date are.",
    |r| (&r.time_to_listing, &r.summary.time_to_listing, r.today),
    dispatch: Dispatch,
    "Where the plan's download sends its error, if any."
);

/// A source's title: a link that opens its public page in a new tab when it has an `http(s)`
/// address (see [`format::source_href`]), plain text otherwise. Print shows the address after
/// the link text (`static/layout.css`).
pub fn source_title(source: &Source) -> Html {
    match format::source_href(source) {
        Some(href) => html! {
            <a class="source-link" href={href.to_owned()} target="_blank" rel="noopener noreferrer">{ source.title.clone() }</a>
        },
        None => html! { <>{ source.title.clone() }</> },
    }
}

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
                    <li><span class={classes!("kind", format::source_kind_class(s.kind))}>{ s.kind.label() }</span>
                        { " " }{ source_title(s) }{ format!(" (as of {})", s.as_of) }</li>
                }) }
            </ul>
        </details>
    }
}

/// The headline as the engine's summary words it: its prompt, range or done date, the dates
/// line and the lines that frame them. The summary view words its own shorter card.
fn headline(t: &TimeSummary) -> Html {
    html! {
        <>
            { frame::headline(&t.words) }
            if let Some(when) = &t.when {
                <p class="dates">{ when.clone() }</p>
            }
            if !t.notes.is_empty() {
                <ul class="frame-notes">
                    { for t.notes.iter().map(|n| html! { <li>{ n.clone() }</li> }) }
                </ul>
            }
        </>
    }
}

/// The time-to-listing section.
impl Part for TimelineProps {
    fn view(&self) -> Html {
        let props = self;
        let report = &props.report;
        let t = &report.time_to_listing;
        // The chart's caption ends with the engine's words for the section.
        let ts = &report.summary.time_to_listing;
        let outlook = [
            Some(&ts.words.headline),
            ts.words.detail.as_ref(),
            ts.when.as_ref(),
        ]
        .into_iter()
        .flatten()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(", ");
        // Nothing said about the solution: no single likely date, so no dated plan either
        // (a tester saw a "Likely" marker and a publication date under "Not said yet").
        let said = report.summary.time_to_listing.state != SummaryState::NotSaid;
        let status_class = format!("status {}", format::class_name(t.status.key()));
        let passed = match (t.status, t.passed_on) {
            (ReviewStatus::Passed, _) => String::new(),
            (_, Some(d)) => format!(" (passed on {})", format::date(d)),
            _ => String::new(),
        };
        html! {
            { section_card("h-timeline", "Time to listing", html! { <>
                { headline(&report.summary.time_to_listing) }
                if t.overdue {
                    <p class="overdue" role="note">
                        { format!(
                            "Overdue: running past the usual {}\u{2013}{}-week range; re-estimated from today.",
                            t.range_min_weeks, t.range_max_weeks
                        ) }
                    </p>
                }
                <p>
                    <span class={status_class}>{ format!("{}{passed}", t.status.label()) }</span>
                    { format!(
                        " {} \u{b7} counted from {} \u{b7} {} ({} failed) \u{b7} review fees {}{}",
                        format::range(t.app_type),
                        format::date(t.start),
                        format::count(t.attempts, "attempt", "attempts"),
                        t.failed_attempts,
                        format::fees(t.fees_usd),
                        format::per_attempt(t.fee_per_attempt_usd)
                    ) }
                </p>
                { timeline_chart(t, &format!("{outlook}."), report.today, said) }
                <h3>{ "What moved it" }</h3>
                <ul class="factors">
                    { for t.factors.iter().map(|f| html! {
                        <li>
                            <span>{ f.label.clone() }</span>
                            if f.weeks != 0 { <span class="weeks">{ format::weeks_delta(f.weeks) }</span> }
                        </li>
                    }) }
                </ul>
                if said {
                    { plan_list(&t.plan, report.today, &props.dispatch) }
                } else {
                    <h3>{ "Plan to a live listing" }</h3>
                    <p class="help">{ "The plan is dated once you say what your solution is made of (in your inputs): until then no single likely date is yours." }</p>
                }
                { sources_list(&t.sources) }
            </> }) }
        }
    }
}
