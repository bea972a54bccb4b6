//! Geometry of the ratings-over-time chart: one dot per month (its average, sized by how
//! many reviews it holds), the review window shaded, and the rule set's minimum average.
//!
//! Grouping by month keeps the picture readable and cheap with thousands of reviews.

use chrono::{Datelike, NaiveDate};

use super::{Frame, WIDE};
use crate::app::format;
use crate::engine::report::ReviewScore;

/// The wide drawing's width in SVG units.
pub const WIDTH: f64 = WIDE.width;
/// The drawing's height in SVG units.
pub const HEIGHT: f64 = 180.0;
/// Left edge of the plot (room for the star labels).
pub const LEFT: f64 = 34.0;
/// Right margin.
pub const RIGHT: f64 = 10.0;
/// Top of the plot.
pub const TOP: f64 = 12.0;
/// Bottom of the plot.
pub const BOTTOM: f64 = 150.0;
/// The most months drawn; older ones are folded into the first.
const MAX_MONTHS: i64 = 1200;

/// One month's dot.
#[derive(Debug, Clone, PartialEq)]
pub struct Dot {
    /// Centre x.
    pub x: f64,
    /// Centre y (the month's average).
    pub y: f64,
    /// Radius (grows with the month's review count).
    pub r: f64,
    /// "Mar 2026: 3 reviews averaging 4.67", for the tooltip.
    pub title: String,
}

/// Everything the ratings chart draws.
#[derive(Debug, Clone, PartialEq)]
pub struct RatingsGeometry {
    /// The drawing's width in SVG units.
    pub width: f64,
    /// The shaded review window: left edge and width (at least 1).
    pub window: (f64, f64),
    /// The y of the minimum-average line.
    pub threshold_y: f64,
    /// Grid lines: stars (1–5) and y.
    pub grid: Vec<(u8, f64)>,
    /// One per month with reviews.
    pub dots: Vec<Dot>,
    /// The first month's label ("Mar 2025").
    pub first_label: String,
    /// The last month's label.
    pub last_label: String,
    /// The same picture in words.
    pub caption: String,
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

fn month_label(index: i64) -> String {
    month_start(index)
        .map(|d| format!("{} {}", format::month(d), d.year()))
        .unwrap_or_default()
}

/// The y of a star value.
pub fn y_of(stars: f64) -> f64 {
    BOTTOM - (stars - 1.0) / 4.0 * (BOTTOM - TOP)
}

/// The geometry of `s`'s chart, with `today` as the right end; `None` when there are no
/// ratings to draw.
pub fn ratings(s: &ReviewScore, today: NaiveDate) -> Option<RatingsGeometry> {
    ratings_in(s, today, WIDE)
}

/// [`ratings`] on a drawing of `frame`'s width.
pub fn ratings_in(s: &ReviewScore, today: NaiveDate, frame: Frame) -> Option<RatingsGeometry> {
    let oldest = s.ratings.first()?.date;
    let newest = s.ratings.last()?.date;
    let first = month_index(oldest.min(s.window_start));
    let last = month_index(today.max(newest));
    let months = (last - first + 1).clamp(1, MAX_MONTHS);
    let mut sums = vec![(0.0f64, 0u32); usize::try_from(months).unwrap_or(1)];
    for p in &s.ratings {
        let i = (month_index(p.date) - first).clamp(0, months - 1);
        if let Some(slot) = usize::try_from(i).ok().and_then(|i| sums.get_mut(i)) {
            slot.0 += p.stars;
            slot.1 = slot.1.saturating_add(1);
        }
    }
    let max_count = f64::from(sums.iter().map(|b| b.1).max().unwrap_or(1).max(1));
    let step = (frame.width - LEFT - RIGHT) / months as f64;
    let x_of_date = |d: NaiveDate| {
        let i = month_index(d) - first;
        LEFT + (i as f64 + (f64::from(d.day0()) / 31.0)) * step
    };
    let dots = sums
        .iter()
        .enumerate()
        .filter(|(_, b)| b.1 > 0)
        .map(|(i, b)| {
            let i = i as i64;
            let avg = b.0 / f64::from(b.1);
            let count = format::count(b.1, "review", "reviews");
            Dot {
                x: LEFT + (i as f64 + 0.5) * step,
                y: y_of(avg),
                r: 3.0 + 6.0 * (f64::from(b.1) / max_count).sqrt(),
                title: format!(
                    "{}: {count} averaging {}",
                    month_label(first + i),
                    crate::engine::decimal::fixed(avg, 2)
                ),
            }
        })
        .collect();
    let window_end = today.min(s.window_end);
    let (gx0, gx1) = (x_of_date(s.window_start), x_of_date(window_end));
    let (first_label, last_label) = (month_label(first), month_label(last));
    let caption = format!(
        "Monthly average rating from {first_label} to {last_label}, {} in all. The shaded area is the review window, {} to {}; the dashed line is the minimum average of {}.",
        format::count(s.reviews_total, "review", "reviews"),
        format::date(s.window_start),
        format::date(window_end),
        format::figure(s.min_average),
    );
    Some(RatingsGeometry {
        width: frame.width,
        window: (gx0, (gx1 - gx0).max(1.0)),
        threshold_y: y_of(s.min_average.clamp(1.0, 5.0)),
        grid: (1..=5u8).map(|n| (n, y_of(f64::from(n)))).collect(),
        dots,
        first_label,
        last_label,
        caption,
    })
}
