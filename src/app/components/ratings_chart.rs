//! Ratings over time as inline SVG: one dot per month (its average, sized by how many
//! reviews it holds), the review window shaded, and the rule set's minimum average.
//!
//! Grouping by month keeps the picture readable and cheap with thousands of reviews.

use chrono::{Datelike, NaiveDate};
use yew::prelude::*;

use crate::app::format;
use crate::engine::report::ReviewScore;

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 180.0;
const LEFT: f64 = 34.0;
const RIGHT: f64 = 10.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 150.0;

/// Props of [`RatingsChart`].
#[derive(Properties, PartialEq)]
pub struct RatingsChartProps {
    /// The review score with its ratings.
    pub score: ReviewScore,
    /// The analysis date.
    pub today: NaiveDate,
}

/// Months since year 0, so that months can be counted and compared.
fn month_index(d: NaiveDate) -> i64 {
    i64::from(d.year()) * 12 + i64::from(d.month0())
}

fn month_start(index: i64) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(
        i32::try_from(index.div_euclid(12)).ok()?,
        u32::try_from(index.rem_euclid(12)).ok()? + 1,
        1,
    )
}

/// The chart with a caption that says the same in words.
#[function_component]
pub fn RatingsChart(props: &RatingsChartProps) -> Html {
    let s = &props.score;
    if s.ratings.is_empty() {
        return html! { <p class="empty">{ "Paste reviews to see ratings over time." }</p> };
    }
    let first = month_index(s.ratings[0].date.min(s.window_start));
    let last = month_index(props.today.max(s.ratings[s.ratings.len() - 1].date));
    let months = (last - first + 1).clamp(1, 1200);
    let mut sums = vec![(0.0f64, 0u32); months as usize];
    for p in &s.ratings {
        let i = (month_index(p.date) - first).clamp(0, months - 1) as usize;
        sums[i].0 += p.stars;
        sums[i].1 += 1;
    }
    let max_count = sums.iter().map(|b| b.1).max().unwrap_or(1).max(1) as f64;
    let step = (WIDTH - LEFT - RIGHT) / months as f64;
    let x_of_month = |i: i64| LEFT + (i as f64 + 0.5) * step;
    let x_of_date = |d: NaiveDate| {
        let i = month_index(d) - first;
        LEFT + (i as f64 + (f64::from(d.day0()) / 31.0)) * step
    };
    let y_of = |stars: f64| BOTTOM - (stars - 1.0) / 4.0 * (BOTTOM - TOP);

    let dots = sums.iter().enumerate().filter(|(_, b)| b.1 > 0).map(|(i, b)| {
        let avg = b.0 / f64::from(b.1);
        let r = 3.0 + 6.0 * (f64::from(b.1) / max_count).sqrt();
        let when = month_start(first + i as i64)
            .map(|d| format!("{} {}", format::month(d), d.year()))
            .unwrap_or_default();
        html! {
            <circle class="dot" cx={format!("{:.1}", x_of_month(i as i64))} cy={format!("{:.1}", y_of(avg))} r={format!("{r:.1}")}>
                <title>{ format!("{when}: {} averaging {avg:.2}", format::count(b.1, "review", "reviews")) }</title>
            </circle>
        }
    });
    let gx0 = x_of_date(s.window_start);
    let gx1 = x_of_date(props.today.min(s.window_end));
    let threshold = y_of(s.min_average.clamp(1.0, 5.0));
    let grid = (1..=5).map(|stars| {
        let y = y_of(f64::from(stars));
        html! {
            <g class="grid">
                <line x1={LEFT.to_string()} x2={(WIDTH - RIGHT).to_string()} y1={format!("{y:.1}")} y2={format!("{y:.1}")} />
                <text x={(LEFT - 6.0).to_string()} y={format!("{:.1}", y + 4.0)} text-anchor="end">{ format!("{stars}★") }</text>
            </g>
        }
    });
    let first_label = month_start(first)
        .map(|d| format!("{} {}", format::month(d), d.year()))
        .unwrap_or_default();
    let last_label = month_start(last)
        .map(|d| format!("{} {}", format::month(d), d.year()))
        .unwrap_or_default();
    let caption = format!(
        "Monthly average rating from {first_label} to {last_label}, {} in all. The shaded area is the review window, {} to {}; the dashed line is the minimum average of {}.",
        format::count(s.reviews_total, "review", "reviews"),
        format::date(s.window_start),
        format::date(props.today.min(s.window_end)),
        format::figure(s.min_average),
    );
    html! {
        <figure class="chart ratings-chart">
            <svg viewBox={format!("0 0 {WIDTH} {HEIGHT}")} role="img" aria-labelledby="ratings-caption">
                <rect class="window" x={format!("{gx0:.1}")} y={TOP.to_string()} width={format!("{:.1}", (gx1 - gx0).max(1.0))} height={(BOTTOM - TOP).to_string()} />
                { for grid }
                <line class="threshold" x1={LEFT.to_string()} x2={(WIDTH - RIGHT).to_string()} y1={format!("{threshold:.1}")} y2={format!("{threshold:.1}")} />
                { for dots }
                <text class="axis-label" x={LEFT.to_string()} y={(HEIGHT - 8.0).to_string()}>{ first_label.clone() }</text>
                <text class="axis-label" x={(WIDTH - RIGHT).to_string()} y={(HEIGHT - 8.0).to_string()} text-anchor="end">{ last_label.clone() }</text>
                <text class="axis-label window-label" x={format!("{:.1}", gx0 + 4.0)} y={(BOTTOM - 6.0).to_string()}>{ "Window" }</text>
            </svg>
            <figcaption id="ratings-caption">{ caption }</figcaption>
        </figure>
    }
}
