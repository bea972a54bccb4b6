//! The "Partner context" section: the 2024 tier the inputs imply and what moves it up, the
//! agreement and revenue share for the app type, one line of co-sell advice, and the
//! retired Trailblazer Score as history. It renders the report's `partner` section only.

use yew::prelude::*;

use super::frame::{section_card, stats};
use super::part::Part;
use super::partner_flags::partner_flags;
use super::timeline::sources_list;
use crate::app::format;
use crate::app::store::Dispatch;
use crate::engine::input::PartnerInput;
use crate::engine::report::partner::{PartnerContext, ScoreTierView};

section_props!(
    PartnerProps,
    "The partner-context section ([`super::part::Part`]): equal when the partner context is.",
    |r| (&r.partner, &r.summary.partner),
    flags: PartnerInput,
    "The partner flags the user chose, which the selects show.",
    dispatch: Dispatch,
    "Where the selects send the user's choice."
);

/// A retired score tier's points as words ("0–249", "500 or more", "no figure given").
fn points_range(t: &ScoreTierView) -> String {
    match (t.from_points, t.to_points) {
        (Some(from), Some(to)) => format!("{from}–{to} points"),
        (Some(from), None) => format!("{from} points or more"),
        (None, Some(to)) => format!("up to {to} points"),
        (None, None) => "no figure given".to_owned(),
    }
}

/// Every source the section cites, each once.
fn all_sources(p: &PartnerContext) -> Vec<crate::engine::report::Source> {
    let mut out = Vec::new();
    let cited = [
        &p.tiers_source,
        &p.agreement.source,
        &p.revenue_share.source,
        &p.advice.source,
        &p.history.tiers_source,
    ];
    for s in cited
        .into_iter()
        .chain(p.history.items.iter().map(|i| &i.source))
    {
        if !out.contains(s) {
            out.push(s.clone());
        }
    }
    out
}

/// The partner-context section.
impl Part for PartnerProps {
    fn view(&self) -> Html {
        let props = self;
        let p = &props.report.partner;
        let tier = props.report.summary.partner.words.headline.clone();
        let share = &p.revenue_share;
        let share_text = format!(
            "about {}% for ISVforce, {}% for OEM distribution (by distribution model, not by tier)",
            share.min_pct, share.max_pct
        );
        let h = &p.history;
        html! {
            { section_card("h-partner", "Partner context", html! { <>
                <p class="headline"><strong>{ tier }</strong></p>
                <p class="implied-because">{ p.implied_because.clone() }</p>
                { partner_flags(&props.flags, &props.dispatch) }
                if let Some(step) = &p.next_step {
                    <p class="next"><strong>{ "To move up: " }</strong>{ step.clone() }</p>
                }
                <ol class="tiers" aria-label="2024 ISV tiers, by commercial stage">
                    { for p.tiers.iter().map(|t| html! {
                        <li class={classes!(t.current.then_some("current"))}
                            aria-current={t.current.then_some("true")}>
                            <strong>{ t.name.clone() }</strong>{ format!(": {}", t.entry) }
                            if t.current { <span class="tag">{ " (your tier)" }</span> }
                        </li>
                    }) }
                </ol>
                { stats(vec![
                    ("Agreement", p.agreement.agreement.clone()),
                    ("Revenue share", if share.applies { share_text } else { format!("None for a free solution (paid apps: {share_text})") }),
                ]) }
                <p>{ p.agreement.note.clone() }</p>
                <p class="advice"><strong>{ "Advice: " }</strong>{ p.advice.text.clone() }</p>
                <details class="history">
                    <summary>{ format!("History: the Trailblazer Score (retired {})", format::date(h.retired_on)) }</summary>
                    <p>{ h.note.clone() }</p>
                    <ul>
                        { for h.tiers.iter().map(|t| html! {
                            <li><strong>{ t.name.clone() }</strong>{ format!(" ({}): {}", points_range(t), t.note) }</li>
                        }) }
                    </ul>
                    <ul>
                        { for h.items.iter().map(|i| html! {
                            <li><strong>{ i.name.clone() }</strong>
                                { match i.points {
                                    Some(points) => format!(": {points} points: {}", i.condition),
                                    None => format!(": {}", i.condition),
                                } }</li>
                        }) }
                    </ul>
                    <p>{ format!("Scale: 0–{} points.", h.scale_max_points) }</p>
                </details>
                { sources_list(&all_sources(p)) }
            </> }) }
        }
    }
}
