//! The time-to-listing picture: review phases from the log, failed rounds, the
//! earliest–latest band, the likely date and today's marker, as inline SVG.

use chrono::{Datelike, Duration, NaiveDate};
use yew::prelude::*;

use crate::app::format;
use crate::engine::model::EventKind;
use crate::engine::report::{ReviewStatus, TimeToListing};

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 130.0;
const PAD: f64 = 16.0;
const AXIS_Y: f64 = 100.0;

/// Props of [`TimelineChart`].
#[derive(Properties, PartialEq)]
pub struct TimelineChartProps {
    /// The estimate to draw.
    pub t: TimeToListing,
    /// The analysis date.
    pub today: NaiveDate,
}

/// Maps dates to x positions.
struct Scale {
    start: NaiveDate,
    days: f64,
}

impl Scale {
    fn x(&self, d: NaiveDate) -> f64 {
        let off = (d - self.start).num_days() as f64;
        PAD + off.clamp(0.0, self.days) / self.days * (WIDTH - 2.0 * PAD)
    }
}

fn phase_class(kind: EventKind) -> &'static str {
    match kind {
        EventKind::Failed => "phase fix",
        EventKind::Passed | EventKind::ProvisionalPass | EventKind::Listed => "phase done",
        _ => "phase review",
    }
}

/// First days of the months inside the scale, thinned to at most about eight labels.
fn month_ticks(scale: &Scale) -> Vec<NaiveDate> {
    let end = scale.start + Duration::days(scale.days as i64);
    let mut d =
        NaiveDate::from_ymd_opt(scale.start.year(), scale.start.month(), 1).unwrap_or(scale.start);
    let mut ticks = Vec::new();
    while d <= end && ticks.len() < 120 {
        if d >= scale.start {
            ticks.push(d);
        }
        d = d
            .checked_add_months(chrono::Months::new(1))
            .unwrap_or(end + Duration::days(1));
    }
    let step = ticks.len().div_ceil(8).max(1);
    ticks.into_iter().step_by(step).collect()
}

/// The SVG timeline with a caption that says the same in words.
#[function_component]
pub fn TimelineChart(props: &TimelineChartProps) -> Html {
    let t = &props.t;
    let first = t
        .events
        .first()
        .map(|e| e.date)
        .unwrap_or(t.start)
        .min(t.start);
    let last = t
        .events
        .last()
        .map(|e| e.date)
        .unwrap_or(t.start)
        .max(t.latest)
        .max(props.today);
    let scale = Scale {
        start: first - Duration::days(7),
        days: ((last - first).num_days() + 14).max(1) as f64,
    };

    let mut phases = Vec::new();
    for pair in t.events.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        let (x0, x1) = (scale.x(a.date), scale.x(b.date));
        phases.push(html! {
            <rect class={phase_class(a.kind)} x={format!("{x0:.1}")} y="44" width={format!("{:.1}", (x1 - x0).max(1.0))} height="16" rx="3" />
        });
    }
    let remaining_from = t.events.last().map(|e| e.date).unwrap_or(t.start);
    if t.passed_on.is_none() && remaining_from < t.likely {
        let (x0, x1) = (scale.x(remaining_from), scale.x(t.likely));
        phases.push(html! {
            <rect class="phase estimate" x={format!("{x0:.1}")} y="44" width={format!("{:.1}", (x1 - x0).max(1.0))} height="16" rx="3" />
        });
    }

    let markers = t.events.iter().map(|e| {
        let x = scale.x(e.date);
        let label = format!("{}: {}", format::event(e.kind), format::date(e.date));
        if e.kind == EventKind::Failed {
            html! {
                <g class="marker failed">
                    <title>{ label }</title>
                    <path d={format!("M{:.1} 44 l8 8 l-8 8 l-8 -8 z", x)} />
                </g>
            }
        } else {
            html! {
                <g class="marker">
                    <title>{ label }</title>
                    <circle cx={format!("{x:.1}")} cy="52" r="6" />
                </g>
            }
        }
    });

    let (bx0, bx1, lx) = (scale.x(t.earliest), scale.x(t.latest), scale.x(t.likely));
    let tx = scale.x(props.today);
    let ticks = month_ticks(&scale).into_iter().map(|d| {
        let x = scale.x(d);
        let label = if d.month() == 1 {
            format!("{} {}", format::month(d), d.year())
        } else {
            format::month(d).to_owned()
        };
        html! {
            <g class="tick">
                <line x1={format!("{x:.1}")} x2={format!("{x:.1}")} y1={AXIS_Y.to_string()} y2={(AXIS_Y + 5.0).to_string()} />
                <text x={format!("{x:.1}")} y={(AXIS_Y + 18.0).to_string()} text-anchor="middle">{ label }</text>
            </g>
        }
    });

    let failed = t
        .events
        .iter()
        .filter(|e| e.kind == EventKind::Failed)
        .count() as u32;
    let outlook = match (t.status, t.listed_on, t.passed_on) {
        (ReviewStatus::Listed, Some(on), _) => format!("Listed on {}", format::date(on)),
        (ReviewStatus::Passed, _, Some(on)) => {
            format!("Passed on {} \u{2014} you can publish", format::date(on))
        }
        _ => format!(
            "Expected {} between {} and {}, most likely {}",
            if t.status == ReviewStatus::ReReview {
                "re-review result"
            } else {
                "listing"
            },
            format::date(t.earliest),
            format::date(t.latest),
            format::date(t.likely)
        ),
    };
    let caption = format!(
        "Timeline from {} to {}: {}{}. {outlook}. Today is {}.",
        format::date(t.start),
        format::date(t.latest),
        if t.events.is_empty() {
            "no review events yet".to_owned()
        } else {
            t.events
                .iter()
                .map(|e| {
                    format!(
                        "{} {}",
                        format::event(e.kind).to_lowercase(),
                        format::date(e.date)
                    )
                })
                .collect::<Vec<_>>()
                .join(", ")
        },
        if failed > 0 {
            format!(
                " ({})",
                format::count(failed, "failed round", "failed rounds")
            )
        } else {
            String::new()
        },
        format::date(props.today),
    );

    html! {
        <figure class="chart timeline-chart">
            <svg viewBox={format!("0 0 {WIDTH} {HEIGHT}")} role="img" aria-labelledby="timeline-caption"
                preserveAspectRatio="xMidYMid meet">
                <rect class="band" x={format!("{bx0:.1}")} y="30" width={format!("{:.1}", (bx1 - bx0).max(2.0))} height="44" rx="4" />
                <line class="axis" x1={PAD.to_string()} x2={(WIDTH - PAD).to_string()} y1={AXIS_Y.to_string()} y2={AXIS_Y.to_string()} />
                { for ticks }
                { for phases }
                { for markers }
                <line class="likely" x1={format!("{lx:.1}")} x2={format!("{lx:.1}")} y1="26" y2="78" />
                <text class="label" x={format!("{lx:.1}")} y="20" text-anchor="middle">{ "Likely" }</text>
                <line class="today" x1={format!("{tx:.1}")} x2={format!("{tx:.1}")} y1="26" y2={AXIS_Y.to_string()} />
                <text class="label today-label" x={format!("{tx:.1}")} y="90" text-anchor="middle">{ "Today" }</text>
            </svg>
            <figcaption id="timeline-caption">{ caption }</figcaption>
            <ul class="legend" aria-hidden="true">
                <li><span class="key review"></span>{ "In review" }</li>
                <li><span class="key fix"></span>{ "Fixing after a failed round" }</li>
                <li><span class="key estimate"></span>{ "Estimated remaining" }</li>
                <li><span class="key band"></span>{ "Earliest–latest" }</li>
            </ul>
        </figure>
    }
}
