//! What the page's way-finding shows (issue 14): the sticky summary bar's one-line figure
//! per section, the print-only header, the source-tag legend and the rules search.
//!
//! This is view logic over the report, kept apart from the components so that it compiles
//! natively and is tested there (`tests/suite/app_layout.rs`); it decides nothing the engine does.

use crate::app::config::Section;
use crate::app::format;
use crate::engine::report::{Report, RuleView};
use crate::engine::rules::SourceKind;

/// One link of the summary bar: the section and its figure in a few words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BarItem {
    /// The section the link opens.
    pub section: Section,
    /// The section's headline figure ("8–12 weeks", "11 reviews"), as the engine's summary
    /// words it.
    pub figure: String,
}

/// The summary bar's items, one per section in page order. Before an input is pasted its
/// figure says what is missing rather than a verdict.
pub fn bar_items(report: &Report) -> Vec<BarItem> {
    Section::ALL
        .into_iter()
        .map(|section| BarItem {
            section,
            figure: bar_figure(report, section),
        })
        .collect()
}

/// A section's figure in the bar: the engine summary's headline for the section (the rules
/// section, which has no summary, says how many rules were used).
fn bar_figure(report: &Report, section: Section) -> String {
    let s = &report.summary;
    match section {
        Section::Timeline => s.time_to_listing.words.headline.clone(),
        Section::Reviews => s.reviews.words.headline.clone(),
        Section::Readiness => s.readiness.words.headline.clone(),
        Section::Rules => format::count(
            u32::try_from(report.rules.len()).unwrap_or(u32::MAX),
            "rule",
            "rules",
        ),
    }
}

/// What the print-out says about the analysis at its top.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrintHeader {
    /// The analysis date, in words ("22 Nov 2026").
    pub date: String,
    /// The listing's title as read, or `None` when the draft has none.
    pub title: Option<String>,
    /// The inputs in counts: "12 listing fields, 11 reviews, 4 log events".
    pub inputs: String,
}

/// The print header's content for `report`.
pub fn print_header(report: &Report) -> PrintHeader {
    let u = &report.understood;
    let title = report
        .listing_read
        .iter()
        .find(|r| r.field == "title")
        .and_then(|r| r.items.first())
        .map(|t| t.trim().to_owned())
        .filter(|t| !t.is_empty());
    PrintHeader {
        date: format::date(report.today),
        title,
        // Worded unlike the inputs' own "11 reviews read" lines, which tests and readers
        // look for in the page.
        inputs: format!(
            "{}, {}, {}",
            format::count(u.listing_fields, "listing field", "listing fields"),
            format::count(u.reviews_read, "review", "reviews"),
            format::count(u.log_events, "log event", "log events"),
        ),
    }
}

/// What a source tag says about the figure it marks, for the legend.
pub fn kind_meaning(kind: SourceKind) -> &'static str {
    match kind {
        SourceKind::Seed => "one of the documents this analyzer was specified from",
        SourceKind::Official => "Salesforce's own documentation",
        SourceKind::Practitioner => "consultancies and blogs that work with ISVs",
        SourceKind::Unverified => "a single weak source; check it before relying on it",
        SourceKind::Inferred => "our own reading, carried over from another source",
        SourceKind::TeamDefault => "no source gives the figure; this team chose it",
    }
}

/// The legend: every tag with its meaning, strongest first.
pub fn kind_legend() -> Vec<(&'static str, &'static str)> {
    SourceKind::ALL
        .into_iter()
        .map(|k| (k.key(), kind_meaning(k)))
        .collect()
}

/// Whether `rule` matches the rules search `query`: every word of the query (ignoring
/// case) appears in the rule's label, id, unit, the result it feeds, or its source's title,
/// tag or as-of date. An empty query matches every rule.
pub fn rule_matches(rule: &RuleView, query: &str) -> bool {
    let haystack = [
        rule.label.as_str(),
        rule.id.as_str(),
        rule.unit.key(),
        rule.used_by.label(),
        rule.source.title.as_str(),
        rule.source.kind.key(),
        rule.source.as_of.as_str(),
    ]
    .join(" ")
    .to_ascii_lowercase();
    query
        .to_ascii_lowercase()
        .split_whitespace()
        .all(|word| haystack.contains(word))
}
