//! Builders and readers shared by the submission-checklist tests.

use listing_analyzer::engine::estimate::checklist::edit::set_components;
use listing_analyzer::engine::input::{Component, Input};
use listing_analyzer::engine::report::Report;

use super::d;

/// The analysis date of the checklist tests: 25 November 2026.
pub fn today() -> chrono::NaiveDate {
    d(2026, 11, 25)
}

/// An input dated [`today`] made of `components`, with `domains` external domains.
pub fn input(components: &[Component], domains: Option<u32>) -> Input {
    let mut i = Input {
        today: Some(today()),
        ..Input::default()
    };
    set_components(&mut i.security_review, components);
    i.security_review.external_domains = domains;
    i
}

/// The ids of the required items.
pub fn required_ids(r: &Report) -> Vec<&str> {
    r.checklist
        .items
        .iter()
        .filter(|i| i.required)
        .map(|i| i.id.as_str())
        .collect()
}

/// The ids of every item.
pub fn ids(r: &Report) -> Vec<&str> {
    r.checklist.items.iter().map(|i| i.id.as_str()).collect()
}

/// The weeks of the missing-materials bounce, when the estimate adds one.
pub fn bounce(r: &Report) -> Option<i32> {
    r.time_to_listing
        .factors
        .iter()
        .find(|f| f.label.starts_with("Missing submission materials"))
        .map(|f| f.weeks)
}

/// How many readiness gaps come from the checklist.
pub fn checklist_gaps(r: &Report) -> usize {
    r.readiness
        .gaps
        .iter()
        .filter(|g| g.message.starts_with("Submission checklist"))
        .count()
}
