//! "Against the marketplace (July 2025)": per category the listing names, one line per
//! metric (what it means in a sentence, and a small picture with the listing's mark), the
//! same figures as a table, the pricing and edition shares, and the data's as-of date and
//! source. It only draws
//! [`crate::app::market`]'s view of the report's `marketplace` part.

use yew::prelude::*;

use super::frame::{data_table, section_card};
use super::part::Part;
use super::timeline::source_title;
use crate::app::chart::px;
use crate::app::market::{heading, percentile, picture, share_lines, shown};
use crate::engine::marketplace::{CategoryStanding, MetricStanding};
use crate::engine::report::Report;

section_props!(
    MarketProps,
    "The marketplace section ([`super::part::Part`]): equal when what it is computed from is (the listing as read, the reviews' count and average, whether reviews were given).",
    |r| (&r.listing_read, &r.review_score.ranking, r.inputs.reviews)
);

/// A metric's picture: the middle half of the listings as a band, the median as a thin
/// line, the listing's value as a thick one, with the scale's ends as its tooltip. Hidden
/// from screen readers: the sentence and the table say the same.
fn drawing(m: &MetricStanding) -> Html {
    let Some(p) = picture(m) else {
        return html! {};
    };
    html! { <>
        <svg class="dist" viewBox="0 0 100 14" preserveAspectRatio="none" aria-hidden="true">
            <title>{ format!("Scale: {} to {}", p.ends.0, p.ends.1) }</title>
            <line x1="0" x2="100" y1="7" y2="7" />
            <rect class="half" x={px(p.from)} y="3" width={px((p.to - p.from).max(0.8))} height="8" />
            <line x1={px(p.median)} x2={px(p.median)} y1="2" y2="12" />
            if let Some(mark) = p.mark {
                <line class="mark" x1={px(mark)} x2={px(mark)} y1="0" y2="14" />
            }
        </svg>
    </> }
}

/// One category: heading, note, one line per metric (its sentence and picture), the same
/// figures as a table behind a disclosure (the page stays short on phones), the shares.
fn category(c: &CategoryStanding) -> Html {
    let [pricing, editions] = share_lines(c);
    let rows = c.metrics.iter().map(|m| {
        html! {
            <tr>
                <th scope="row">{ m.metric.label() }</th>
                <td data-label="Yours">{ shown(m.metric, m.yours, "not given") }</td>
                <td data-label="Percentile">{ percentile(m.percentile) }</td>
                <td data-label="Median">{ format!("{} (middle half {} – {})", shown(m.metric, m.median, "–"), shown(m.metric, m.p25, "–"), shown(m.metric, m.p75, "–")) }</td>
                <td data-label="Listings">{ m.of }</td>
            </tr>
        }
    });
    html! { <>
        <h3>{ heading(c) }</h3>
        if let Some(note) = &c.note { <p class="caveat">{ note.clone() }</p> }
        <ul class="market">
            { for c.metrics.iter().map(|m| html! {
                <li><strong>{ m.metric.label() }</strong>{ ": " }{ m.sentence.clone() }{ drawing(m) }</li>
            }) }
        </ul>
        <details>
            <summary>{ format!("{} figures as a table", c.category) }</summary>
            { data_table("stack", format!("{} against the marketplace", c.category),
                &["Metric", "Yours", "Percentile", "Median", "Listings"],
                html! { <>{ for rows }</> }) }
        </details>
        <p>{ format!("Pricing: {pricing}. Editions: {editions}.") }</p>
    </> }
}

/// The marketplace section.
impl Part for MarketProps {
    fn view(&self) -> Html {
        let m = &self.report.marketplace;
        section_card(
            "h-market",
            "Against the marketplace (July 2025)",
            html! { <>
                <p class="caveat">{ "Percentile: the share of a category's listings below yours plus half of those equal. Strips: the band is the middle half of the listings, the thin line the median, the thick line yours." }</p>
                { for m.categories.iter().map(category) }
                if let Some(s) = &m.source {
                    <p class="source">{ "Source: " }{ source_title(s) }{ format!(", as of {} ({}).", s.as_of, s.kind.label()) }</p>
                }
            </> },
        )
    }
}

/// The summary widget's line: the engine's marketplace headline, when there is one.
pub fn widget_line(report: &Report) -> Html {
    match report.marketplace.headline() {
        Some(line) => html! { <p class="market-line">{ line.to_owned() }</p> },
        None => html! {},
    }
}
