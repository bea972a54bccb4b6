//! The view-model of "Against the marketplace (July 2025)": each metric's small picture
//! (the middle half of the category's listings, the median and the listing's own mark on
//! one value scale), its table cells, the share lines and the summary widget's line. It
//! only lays out the report's `marketplace` part.

use crate::engine::marketplace::words::value;
use crate::engine::marketplace::{CategoryStanding, Metric, MetricStanding};

/// One metric's picture on a 0–100 scale.
#[derive(Debug, Clone, PartialEq)]
pub struct Picture {
    /// Where the middle half of the listings starts (p25).
    pub from: f64,
    /// Where it ends (p75).
    pub to: f64,
    /// Where the median is.
    pub median: f64,
    /// Where the listing's own value is, when given.
    pub mark: Option<f64>,
    /// The scale's two ends in words ("0 reviews", "25 reviews").
    pub ends: (String, String),
}

/// The picture of `m`; `None` when the category counts no listing for it.
pub fn picture(m: &MetricStanding) -> Option<Picture> {
    let (p25, median, p75) = (m.p25?, m.median?, m.p75?);
    let low = if m.metric == Metric::Rating { 1.0 } else { 0.0 };
    let high = if m.metric == Metric::Rating {
        5.0
    } else {
        (p75.max(m.yours.unwrap_or(0.0)) * 1.25).max(1.0)
    };
    let x = |v: f64| ((v - low) * 100.0 / (high - low)).clamp(0.0, 100.0);
    Some(Picture {
        from: x(p25),
        to: x(p75),
        median: x(median),
        mark: m.yours.map(x),
        ends: (value(m.metric, low), value(m.metric, high.round())),
    })
}

/// A value of `m` in words, or `missing` when there is none.
pub fn shown(m: Metric, v: Option<f64>, missing: &str) -> String {
    v.map_or_else(|| missing.to_string(), |v| value(m, v))
}

/// The percentile as the report gives it, to a tenth ("98.3"), or "–".
pub fn percentile(p: Option<f64>) -> String {
    p.map_or("–".into(), crate::engine::decimal::shortest)
}

/// A pricing model's key in words.
fn model_label(key: &str) -> &str {
    match key {
        "free" => "Free",
        "freemium" => "Freemium",
        "paid" => "Paid",
        "paid_add_on_required" => "Paid add-on required",
        _ => "Not said",
    }
}

/// "Pricing: Free 45% · …" and "Editions: Enterprise 92% · …" for `c`.
pub fn share_lines(c: &CategoryStanding) -> [String; 2] {
    let line = |items: Vec<(&str, f64)>| {
        items
            .iter()
            .map(|(name, share)| {
                format!(
                    "{name} {}%",
                    crate::engine::decimal::shortest((share * 100.0).round())
                )
            })
            .collect::<Vec<_>>()
            .join(" · ")
    };
    [
        line(
            c.pricing_models
                .iter()
                .map(|s| (model_label(&s.model), s.share))
                .collect(),
        ),
        line(
            c.editions
                .iter()
                .map(|s| (s.edition.as_str(), s.share))
                .collect(),
        ),
    ]
}

/// The heading of a category: "Document Generation (119 listings)".
pub fn heading(c: &CategoryStanding) -> String {
    format!(
        "{} ({} listings)",
        c.category,
        crate::engine::marketplace::words::grouped(c.listings)
    )
}
