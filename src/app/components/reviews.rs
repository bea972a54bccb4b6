//! The "Review score" section: what counts today (review count and rating for listing
//! ranking) first, then the retired scorecard's verdict as history — under the chosen rule
//! set, what the next window changes, the ratings chart and every rule set side by side.

use yew::prelude::*;

use super::frame::{data_table, headline, section_card, stats};
use super::part::Part;
use super::ratings_chart::ratings_chart;
use super::timeline::sources_list;
use crate::app::format;
use crate::engine::report::summary::ReviewsSummary;
use crate::engine::report::ReviewScore;

/// What counts today, as the engine's summary words it (the prompt while no review is read);
/// shared with the summary view.
pub fn ranking_headline(r: &ReviewsSummary) -> Html {
    headline(&r.words)
}

/// The retired scorecard's verdict, as history: labelled retired, in plain type (never a big
/// red headline); shared with the summary view.
pub fn history_verdict(r: &ReviewsSummary) -> Html {
    let Some(h) = &r.retired_scorecard else {
        return html! {};
    };
    html! {
        <p class="history-verdict">
            <span class="tag">{ format!("{} \u{b7} ", format::capitalized(&h.label)) }</span>
            <span class="verdict">{ h.verdict.clone() }</span>
            { format!(" \u{b7} {} of {} points", h.points, h.max_points) }
        </p>
    }
}

/// "5-star reviews still needed" as words: today's need, and when eligibility is lost on
/// the next 1 February, how many keep it and by when ("None now; 6 by 31 Jan 2027").
fn needed_text(s: &ReviewScore) -> String {
    let n = &s.next_window;
    if !s.eligible {
        return s.five_star_reviews_needed.to_string();
    }
    if n.loses_eligibility {
        format!(
            "None now; {} by {} to keep eligibility",
            n.five_star_reviews_needed,
            format::date(n.keep_by)
        )
    } else {
        "None".to_owned()
    }
}

section_props!(
    ReviewProps,
    "The review-score section ([`super::part::Part`]): equal when the review results and the date are.",
    |r| (&r.review_score, &r.summary.reviews, &r.review_score_by_rule_set, r.today)
);

/// The review-score section.
impl Part for ReviewProps {
    fn view(&self) -> Html {
        let props = self;
        let report = &props.report;
        let s = &report.review_score;
        let n = &s.next_window;
        let summary = &report.summary.reviews;
        if !summary.state.has_figures() {
            return html! {
                { section_card("h-reviews", "Review score", ranking_headline(summary)) }
            };
        }
        let next = format!(
            "From {} the window starts on {}: {} of these reviews still count, average {}, {}.",
            format::date(n.applies_from),
            format::date(n.window_start),
            n.reviews_in_window,
            format::stars(n.average),
            if n.eligible {
                "eligible"
            } else {
                "not eligible"
            }
        );
        let needed = needed_text(s);
        let history_heading = if s.scorecard_retired {
            format!(
                "Scorecard history (retired {})",
                format::date(s.scorecard_retired_on)
            )
        } else {
            "Scorecard".to_owned()
        };
        html! {
            { section_card("h-reviews", "Review score", html! { <>
                <h3>{ "What counts today" }</h3>
                { ranking_headline(summary) }
                <p>{ s.ranking.note.clone() }</p>
                <h3>{ history_heading }</h3>
                { history_verdict(summary) }
                <p class="caveat">{ s.caveat.clone() }</p>
                { stats(vec![
                    ("Reviews in window", format!("{} (minimum {})", s.reviews_in_window, s.min_reviews)),
                    ("Average", format!("{} (needs {})", format::stars(s.average), format::figure(s.min_average))),
                    ("5-star reviews still needed", needed),
                    ("Window", format!("{} – {}", format::date(s.window_start), format::date(s.window_end))),
                ]) }
                <p class={if n.eligible == s.eligible { "next" } else { "next change" }}>{ next }</p>
                { ratings_chart(s, report.today) }
                // History side by side: folded behind its count (what counts today leads).
                <details class="fold">
                <summary>{ format!("The same reviews under every retired rule set ({})", report.review_score_by_rule_set.len()) }</summary>
                { data_table("stack", "The same reviews under every rule set".to_owned(),
                    &["Rule set", "Reviews", "Minimum", "Eligible", "Points", "5-star needed"], html! { <>
                            { for report.review_score_by_rule_set.iter().map(|r| {
                                let current = r.rule_set == s.rule_set;
                                html! {
                                    <tr class={classes!(current.then_some("current"))}>
                                        <th scope="row">
                                            { r.rule_set_label.clone() }
                                            if current { <span class="tag">{ " (chosen)" }</span> }
                                        </th>
                                        <td data-label="Reviews">{ r.reviews_in_window }</td>
                                        <td data-label="Minimum">{ r.min_reviews }</td>
                                        <td data-label="Eligible">{ if r.eligible { "Yes" } else { "No" } }</td>
                                        <td data-label="Points">{ format!("{} of {}", r.points, r.max_points) }</td>
                                        <td data-label="5-star needed">{ if r.eligible && r.five_star_reviews_needed_next > 0 {
                                            format!("0 now, {} by {}", r.five_star_reviews_needed_next, format::date(n.keep_by))
                                        } else {
                                            r.five_star_reviews_needed.to_string()
                                        } }</td>
                                    </tr>
                                }
                            }) }
                </> }) }
                </details>
                { sources_list(&std::iter::once(s.ranking.source.clone()).chain(s.sources.iter().cloned()).collect::<Vec<_>>()) }
            </> }) }
        }
    }
}
