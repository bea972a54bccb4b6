//! Geometry of the time-to-listing picture: review phases from the log, failed rounds,
//! the earliest–latest band, the likely date and today's marker.

use chrono::{Datelike, Days, Months, NaiveDate};

use super::{Frame, WIDE};
use crate::app::format;
use crate::engine::model::EventKind;
use crate::engine::report::TimeToListing;

/// The wide drawing's width in SVG units.
pub const WIDTH: f64 = WIDE.width;
/// The drawing's height in SVG units.
pub const HEIGHT: f64 = 130.0;
/// Space left and right of the axis.
pub const PAD: f64 = 16.0;
/// Where the axis line is.
pub const AXIS_Y: f64 = 100.0;
/// Days of margin drawn before the first and after the last date.
const MARGIN_DAYS: u64 = 7;
/// At most this many month ticks are considered (a long log is thinned to about eight).
const MAX_TICKS: usize = 120;

/// Maps dates to x positions.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scale {
    start: NaiveDate,
    days: f64,
    width: f64,
}

impl Scale {
    /// A scale from `MARGIN_DAYS` before `first` to as many after `last`, on the wide
    /// drawing.
    pub fn new(first: NaiveDate, last: NaiveDate) -> Self {
        Self::across(first, last, WIDTH)
    }

    /// The same scale on a drawing `width` units wide.
    pub fn across(first: NaiveDate, last: NaiveDate, width: f64) -> Self {
        let start = first
            .checked_sub_days(Days::new(MARGIN_DAYS))
            .unwrap_or(first);
        let span = last.signed_duration_since(first).num_days().max(0);
        Self {
            start,
            days: (span.saturating_add(2 * MARGIN_DAYS as i64)).max(1) as f64,
            width,
        }
    }

    /// The x position of `d`, clamped to the drawing.
    pub fn x(&self, d: NaiveDate) -> f64 {
        let off = d.signed_duration_since(self.start).num_days() as f64;
        PAD + off.clamp(0.0, self.days) / self.days * (self.width - 2.0 * PAD)
    }

    /// The last day the scale shows.
    fn end(&self) -> NaiveDate {
        self.start
            .checked_add_days(Days::new(self.days as u64))
            .unwrap_or(NaiveDate::MAX)
    }
}

/// A horizontal bar: a review phase or the estimated remainder.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    /// The CSS class (`phase review`, `phase fix`, `phase done`, `phase estimate`).
    pub class: &'static str,
    /// Left edge.
    pub x: f64,
    /// Width, at least 1.
    pub width: f64,
}

/// A log event on the axis.
#[derive(Debug, Clone, PartialEq)]
pub struct Marker {
    /// Centre.
    pub x: f64,
    /// Drawn as a diamond (a failed round) rather than a dot.
    pub failed: bool,
    /// "Failed: 5 Oct 2026", for the tooltip.
    pub label: String,
}

/// A month tick under the axis.
#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    /// Position.
    pub x: f64,
    /// "Mar", or "Jan 2027" for January.
    pub label: String,
    /// How the label hangs from `x` (`start`, `middle` or `end`), so that a label near
    /// either edge stays inside the drawing.
    pub anchor: &'static str,
}

/// How close to an edge (in SVG units) a tick's label is anchored at its own end rather
/// than centred: about half of "Jan 2027" at the narrow drawing's text size.
const EDGE_LABEL: f64 = 40.0;

/// The text anchor of a label at `x` on a drawing `width` wide.
pub fn anchor(x: f64, width: f64) -> &'static str {
    if x < EDGE_LABEL {
        "start"
    } else if x > width - EDGE_LABEL {
        "end"
    } else {
        "middle"
    }
}

/// Everything the timeline picture draws.
#[derive(Debug, Clone, PartialEq)]
pub struct TimelineGeometry {
    /// The drawing's width in SVG units.
    pub width: f64,
    /// The earliest–latest band: left edge and width (at least 2).
    pub band: (f64, f64),
    /// Review phases and the estimated remainder.
    pub bars: Vec<Bar>,
    /// One per log event.
    pub markers: Vec<Marker>,
    /// The likely date's line.
    pub likely_x: f64,
    /// Today's line.
    pub today_x: f64,
    /// Month ticks, thinned to about eight.
    pub ticks: Vec<Tick>,
    /// The same picture in words.
    pub caption: String,
}

fn phase_class(kind: EventKind) -> &'static str {
    match kind {
        EventKind::Failed => "phase fix",
        EventKind::Passed | EventKind::ProvisionalPass | EventKind::Listed => "phase done",
        _ => "phase review",
    }
}

/// First days of the months inside the scale, thinned to at most about eight labels.
pub fn month_ticks(scale: &Scale) -> Vec<NaiveDate> {
    month_ticks_up_to(scale, WIDE.max_labels)
}

/// First days of the months inside the scale, thinned to at most about `labels` labels.
pub fn month_ticks_up_to(scale: &Scale, labels: usize) -> Vec<NaiveDate> {
    let end = scale.end();
    let mut next = NaiveDate::from_ymd_opt(scale.start.year(), scale.start.month(), 1);
    let mut ticks = Vec::new();
    while let Some(d) = next.filter(|d| *d <= end && ticks.len() < MAX_TICKS) {
        if d >= scale.start {
            ticks.push(d);
        }
        next = d.checked_add_months(Months::new(1));
    }
    let step = ticks.len().div_ceil(labels.max(1)).max(1);
    ticks.into_iter().step_by(step).collect()
}

fn bar(scale: &Scale, class: &'static str, from: NaiveDate, to: NaiveDate) -> Bar {
    let (x0, x1) = (scale.x(from), scale.x(to));
    Bar {
        class,
        x: x0,
        width: (x1 - x0).max(1.0),
    }
}

fn caption(t: &TimeToListing, today: NaiveDate) -> String {
    let events = if t.events.is_empty() {
        "no review events yet".to_owned()
    } else {
        t.events
            .iter()
            .map(|e| {
                format!(
                    "{} {}",
                    e.kind.label().to_ascii_lowercase(),
                    format::date(e.date)
                )
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    // The report counts the failed rounds; the picture only says it.
    let failed = if t.failed_attempts > 0 {
        format!(
            " ({})",
            format::count(t.failed_attempts, "failed round", "failed rounds")
        )
    } else {
        String::new()
    };
    format!(
        "Timeline from {} to {}: {events}{failed}. Today is {}.",
        format::date(t.start),
        format::date(t.latest),
        format::date(today),
    )
}

/// The geometry of `t`'s picture with `today`'s marker, on the wide drawing.
pub fn timeline(t: &TimeToListing, today: NaiveDate) -> TimelineGeometry {
    timeline_in(t, today, WIDE)
}

/// The geometry of `t`'s picture with `today`'s marker, on a drawing of `frame`'s size.
pub fn timeline_in(t: &TimeToListing, today: NaiveDate, frame: Frame) -> TimelineGeometry {
    let first = t.events.first().map_or(t.start, |e| e.date).min(t.start);
    let last = t
        .events
        .last()
        .map_or(t.start, |e| e.date)
        .max(t.latest)
        .max(today);
    let scale = Scale::across(first, last, frame.width);
    let mut bars: Vec<Bar> = t
        .events
        .iter()
        .zip(t.events.iter().skip(1))
        .map(|(a, b)| bar(&scale, phase_class(a.kind), a.date, b.date))
        .collect();
    let remaining_from = t.events.last().map_or(t.start, |e| e.date);
    if t.passed_on.is_none() && remaining_from < t.likely {
        bars.push(bar(&scale, "phase estimate", remaining_from, t.likely));
    }
    let markers = t
        .events
        .iter()
        .map(|e| Marker {
            x: scale.x(e.date),
            failed: e.kind == EventKind::Failed,
            label: format!("{}: {}", e.kind.label(), format::date(e.date)),
        })
        .collect();
    let ticks = month_ticks_up_to(&scale, frame.max_labels)
        .into_iter()
        .map(|d| Tick {
            x: scale.x(d),
            anchor: anchor(scale.x(d), frame.width),
            label: if d.month() == 1 {
                format!("{} {}", format::month(d), d.year())
            } else {
                format::month(d).to_owned()
            },
        })
        .collect();
    let (bx0, bx1) = (scale.x(t.earliest), scale.x(t.latest));
    TimelineGeometry {
        width: frame.width,
        band: (bx0, (bx1 - bx0).max(2.0)),
        bars,
        markers,
        likely_x: scale.x(t.likely),
        today_x: scale.x(today),
        ticks,
        caption: caption(t, today),
    }
}
