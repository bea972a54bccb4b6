//! "Against the marketplace (July 2025)": per category the listing names, one small
//! picture per metric with the listing's mark and a sentence, then the same figures as a
//! table, the pricing and edition shares, and the data's as-of date and source. It only
//! draws [`crate::app::market`]'s view of the report's `marketplace` part.

use yew::prelude::*;

use super::frame::{data_table, section_card};
use super::part::Part;
use super::timeline::source_title;
use crate::app::market::{heading, percentile, picture, share_lines, shown};
use crate::engine::marketplace::{CategoryStanding, MetricStanding};

section_props!(
    MarketProps,
    "The marketplace section ([`super::part::Part`]): equal when the `marketplace` part is.",
    |r| &r.marketplace
);

/// One metric: its sentence, then its picture (hidden from screen readers: the sentence
/// and the table say the same).
fn metric_item(m: &MetricStanding) -> Html {
    let drawing = picture(m).map(|p| {
        let x = |v: f64| format!("{v:.1}");
        html! { <>
            <svg class="dist" viewBox="0 0 100 14" preserveAspectRatio="none" aria-hidden="true">
                <line class="axis" x1="0" x2="100" y1="7" y2="7" />
                <rect class="half" x={x(p.from)} y="3" width={x((p.to - p.from).max(0.8))} height="8" />
                <line class="median" x1={x(p.median)} x2={x(p.median)} y1="2" y2="12" />
                if let Some(mark) = p.mark {
                    <line class="mark" x1={x(mark)} x2={x(mark)} y1="0" y2="14" />
                }
            </svg>
            <span class="dist-ends"><span>{ p.ends.0 }</span><span>{ p.ends.1 }</span></span>
        </> }
    });
    html! {
        <li>
            <p><strong>{ m.metric.label() }</strong>{ ": " }{ m.sentence.clone() }</p>
            { drawing.unwrap_or_default() }
        </li>
    }
}

/// One category: heading, note, pictures, table and shares.
fn category(c: &CategoryStanding) -> Html {
    let [pricing, editions] = share_lines(c);
    let rows = c.metrics.iter().map(|m| {
        let v = |x| shown(m.metric, x, "–");
        html! {
            <tr>
                <th scope="row">{ m.metric.label() }</th>
                <td data-label="Yours">{ shown(m.metric, m.yours, "not given") }</td>
                <td data-label="Percentile">{ percentile(m.percentile) }</td>
                <td data-label="p25">{ v(m.p25) }</td>
                <td data-label="Median">{ v(m.median) }</td>
                <td data-label="p75">{ v(m.p75) }</td>
                <td data-label="Listings">{ m.of }</td>
            </tr>
        }
    });
    html! {
        <>
            <h3>{ heading(c) }</h3>
            if let Some(note) = &c.note { <p class="caveat">{ note.clone() }</p> }
            <ul class="market">{ for c.metrics.iter().map(metric_item) }</ul>
            { data_table("stack", format!("{} against the marketplace", c.category),
                &["Metric", "Yours", "Percentile", "p25", "Median", "p75", "Listings"],
                html! { <>{ for rows }</> }) }
            <p>{ format!("Pricing: {pricing}") }</p>
            <p>{ format!("Editions: {editions}") }</p>
        </>
    }
}

/// The marketplace section.
impl Part for MarketProps {
    fn view(&self) -> Html {
        let m = &self.report.marketplace;
        section_card(
            "h-market",
            "Against the marketplace (July 2025)",
            html! { <>
                <p class="caveat">{ format!("Where your listing stands among the listings of each category it names, as the marketplace stood on {}. Percentile: the share of listings below yours plus half of those equal.", m.as_of) }</p>
                { for m.categories.iter().map(category) }
                if let Some(s) = &m.source {
                    <p class="source">{ "Source: " }{ source_title(s) }{ format!(", as of {} ({}).", s.as_of, s.kind.label()) }</p>
                }
            </> },
        )
    }
}

/// The summary widget's line for the listing's first category.
pub fn widget_line(report: &crate::engine::report::Report) -> Html {
    match crate::app::market::widget_line(report) {
        Some(line) => html! { <p class="market-line">{ line }</p> },
        None => html! {},
    }
}
