//! The time-to-listing picture as inline SVG. The geometry and the caption come from
//! [`crate::app::chart::timeline`]; this only draws them.

use chrono::NaiveDate;
use yew::prelude::*;

use crate::app::chart::timeline::{timeline_in, TimelineGeometry, AXIS_Y, HEIGHT, PAD};
use crate::app::chart::{px, NARROW, WIDE};
use crate::engine::decimal::shortest;
use crate::engine::report::TimeToListing;

/// One drawing of the timeline; `class` says which (`wide` or `narrow`), for the CSS that
/// shows one of them.
/// Without `likely` (nothing said about the solution, so no single likely date is the
/// user's), the likely line is left out.
fn drawing(g: &TimelineGeometry, class: &'static str, likely: bool) -> Html {
    let width = g.width;
    let bars = g.bars.iter().map(|b| {
        html! {
            <rect class={b.class} x={px(b.x)} y="44" width={px(b.width)} height="16" rx="3" />
        }
    });
    let markers = g.markers.iter().map(|m| {
        if m.failed {
            html! {
                <g class="marker failed">
                    <title>{ m.label.clone() }</title>
                    <path d={format!("M{} 44 l8 8 l-8 8 l-8 -8 z", px(m.x))} />
                </g>
            }
        } else {
            html! {
                <g class="marker">
                    <title>{ m.label.clone() }</title>
                    <circle cx={px(m.x)} cy="52" r="6" />
                </g>
            }
        }
    });
    let ticks = g.ticks.iter().map(|t| {
        html! {
            <g class="tick">
                <line x1={px(t.x)} x2={px(t.x)} y1={shortest(AXIS_Y)} y2={shortest(AXIS_Y + 5.0)} />
                <text x={px(t.x)} y={shortest(AXIS_Y + 18.0)} text-anchor={t.anchor}>{ t.label.clone() }</text>
            </g>
        }
    });
    let (lx, tx) = (px(g.likely_x), px(g.today_x));
    html! {
        <svg class={class} viewBox={format!("0 0 {} {}", shortest(width), shortest(HEIGHT))} role="img" aria-labelledby="timeline-caption"
            preserveAspectRatio="xMidYMid meet">
            <rect class="band" x={px(g.band.0)} y="30" width={px(g.band.1)} height="44" rx="4" />
            <line class="axis" x1={shortest(PAD)} x2={shortest(width - PAD)} y1={shortest(AXIS_Y)} y2={shortest(AXIS_Y)} />
            { for ticks }
            { for bars }
            { for markers }
            if likely {
                <line class="likely" x1={lx.clone()} x2={lx.clone()} y1="26" y2="78" />
                <text class="label" x={lx} y="20" text-anchor="middle">{ "Likely" }</text>
            }
            <line class="today" x1={tx.clone()} x2={tx.clone()} y1="26" y2={shortest(AXIS_Y)} />
            <text class="label today-label" x={tx} y="90" text-anchor="middle">{ "Today" }</text>
        </svg>
    }
}

/// The SVG timeline (a wide and a narrow drawing, one shown by the CSS) with a caption that
/// says the same in words.
/// A plain function, not a component: its section re-renders only when the estimate or the
/// date changes, which is all the chart draws.
pub fn timeline_chart(t: &TimeToListing, outlook: &str, today: NaiveDate, likely: bool) -> Html {
    let wide = timeline_in(t, today, WIDE);
    let narrow = timeline_in(t, today, NARROW);
    html! {
        <figure class="chart timeline-chart">
            { drawing(&wide, "wide", likely) }
            { drawing(&narrow, "narrow", likely) }
            <figcaption id="timeline-caption">{ format!("{} {outlook}", wide.caption) }</figcaption>
            <ul class="legend" aria-hidden="true">
                <li><span class="key review"></span>{ "In review" }</li>
                <li><span class="key fix"></span>{ "Fixing after a failed round" }</li>
                <li><span class="key estimate"></span>{ "Estimated remaining" }</li>
                <li><span class="key band"></span>{ "Earliest–latest" }</li>
            </ul>
        </figure>
    }
}
