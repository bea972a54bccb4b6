//! Ratings over time as inline SVG. The geometry and the caption come from
//! [`crate::app::chart::ratings`]; this only draws them.

use chrono::NaiveDate;
use yew::prelude::*;

use crate::app::chart::ratings::{ratings_in, RatingsGeometry, BOTTOM, HEIGHT, LEFT, RIGHT, TOP};
use crate::app::chart::{px, NARROW, WIDE};
use crate::engine::decimal::shortest;
use crate::engine::report::ReviewScore;

/// One drawing of the chart; `class` says which (`wide` or `narrow`), for the CSS that
/// shows one of them.
fn drawing(g: &RatingsGeometry, class: &'static str) -> Html {
    let width = g.width;
    let dots = g.dots.iter().map(|d| {
        html! {
            <circle class="dot" cx={px(d.x)} cy={px(d.y)} r={px(d.r)}>
                <title>{ d.title.clone() }</title>
            </circle>
        }
    });
    let grid = g.grid.iter().map(|(stars, y)| {
        html! {
            <g class="grid">
                <line x1={shortest(LEFT)} x2={shortest(width - RIGHT)} y1={px(*y)} y2={px(*y)} />
                <text x={shortest(LEFT - 6.0)} y={px(y + 4.0)} text-anchor="end">{ format!("{stars}★") }</text>
            </g>
        }
    });
    let threshold = px(g.threshold_y);
    html! {
        <svg class={class} viewBox={format!("0 0 {} {}", shortest(width), shortest(HEIGHT))} role="img" aria-labelledby="ratings-caption">
            <rect class="window" x={px(g.window.0)} y={shortest(TOP)} width={px(g.window.1)} height={shortest(BOTTOM - TOP)} />
            { for grid }
            <line class="threshold" x1={shortest(LEFT)} x2={shortest(width - RIGHT)} y1={threshold.clone()} y2={threshold} />
            { for dots }
            <text class="axis-label" x={shortest(LEFT)} y={shortest(HEIGHT - 8.0)}>{ g.first_label.clone() }</text>
            <text class="axis-label" x={shortest(width - RIGHT)} y={shortest(HEIGHT - 8.0)} text-anchor="end">{ g.last_label.clone() }</text>
            <text class="axis-label window-label" x={px(g.window.0 + 4.0)} y={shortest(BOTTOM - 6.0)}>{ "Window" }</text>
        </svg>
    }
}

/// The chart (a wide and a narrow drawing, one shown by the CSS) with a caption that says
/// the same in words.
/// A plain function, not a component: its section re-renders only when the review score or
/// the date changes, which is all the chart draws.
pub fn ratings_chart(score: &ReviewScore, today: NaiveDate) -> Html {
    let (Some(wide), Some(narrow)) = (
        ratings_in(score, today, WIDE),
        ratings_in(score, today, NARROW),
    ) else {
        return html! { <p class="empty">{ "Paste reviews to see ratings over time." }</p> };
    };
    html! {
        <figure class="chart ratings-chart">
            { drawing(&wide, "wide") }
            { drawing(&narrow, "narrow") }
            <figcaption id="ratings-caption">{ wide.caption }</figcaption>
        </figure>
    }
}
