//! What the results say while their input is empty, and when the "Example loaded" notice
//! is over (issue 14: a calm first visit).
//!
//! The engine reports whether each pasted input is empty ([`crate::engine::report::InputStates`]);
//! this view-model turns that fact into the decision "empty → say what it will show, give
//! no verdict", so that the components only render what it returns.

use crate::app::format;
use crate::engine::input::Input;
use crate::engine::report::InputKind;
use crate::engine::report::{Gap, GapField, Report};

/// The notice shown when the example is loaded; it is retracted once the example is gone.
pub const EXAMPLE_NOTICE: &str =
    "Example loaded: a connected app midway through its security review.";

/// What the review results will show, said while no review is pasted.
pub const REVIEWS_PROMPT: &str = "Paste your reviews to see how many count toward your listing's ranking, their average rating and which review rule sets they meet.";

/// What the readiness results will show, said while no listing is pasted.
pub const READINESS_PROMPT: &str =
    "Paste your listing details to see a readiness score and the gaps to fix before you publish.";

/// Said above the time-to-listing range while no review timing is pasted: the range is
/// then the usual one from today, not a reading of the user's review.
pub const TIMELINE_PROMPT: &str = "Paste your security-review timing to see where your review stands. Until then, this is the usual range if you start today.";

/// The prompt to show instead of the review verdict, when no review is pasted.
pub fn reviews_prompt(r: &Report) -> Option<&'static str> {
    r.inputs.reviews.is_empty().then_some(REVIEWS_PROMPT)
}

/// The prompt to show instead of the readiness score and gaps, when no listing is pasted.
pub fn readiness_prompt(r: &Report) -> Option<&'static str> {
    r.inputs.listing.is_empty().then_some(READINESS_PROMPT)
}

/// The gaps to list. Once a listing is pasted, all of them, in the engine's order. Before
/// that, only the security review's, and only when the user has said something about the
/// review (a log or checklist ticks): the checklist's missing items still show, while a
/// first visit gets no verdict.
pub fn shown_gaps(r: &Report) -> Vec<&Gap> {
    let listing = !r.inputs.listing.is_empty();
    let review_said = r.checklist.said || !r.inputs.security_log.is_empty();
    r.readiness
        .gaps
        .iter()
        .filter(|g| listing || (review_said && g.field == GapField::SecurityReview))
        .collect()
}

/// The note to show with the time-to-listing range, when no review timing is pasted.
pub fn timeline_prompt(r: &Report) -> Option<&'static str> {
    r.inputs.security_log.is_empty().then_some(TIMELINE_PROMPT)
}

/// Whether nothing at all is pasted: the page then offers one primary action, the example.
pub fn first_visit(r: &Report) -> bool {
    r.inputs.all_empty()
}

/// Whether the example is gone from `input`: no pasted box still holds the example's text
/// (each was replaced or cleared). Leading and trailing white space does not count.
pub fn example_gone(input: &Input, example: &Input) -> bool {
    InputKind::PASTED.into_iter().all(|which| {
        let mine = which.text(input).trim();
        let theirs = which.text(example).trim();
        theirs.is_empty() || mine != theirs
    })
}

/// The one-line summary the live region announces once results settle. An empty input's
/// result is named by what it waits for, not by a verdict.
pub fn live_summary(report: &Report) -> String {
    let t = &report.time_to_listing;
    let r = &report.review_score;
    let listing = if t.status.is_done() {
        format!("{} on {}", t.status.label(), format::date(t.likely))
    } else {
        format!(
            "Listing in {} to {} weeks, likely {}",
            t.low_weeks,
            t.high_weeks,
            format::date(t.likely)
        )
    };
    let reviews = if reviews_prompt(report).is_some() {
        "Reviews: waiting for your reviews.".to_owned()
    } else {
        format!(
            "Reviews: {} in the window, {}.",
            r.reviews_in_window,
            if r.eligible {
                "eligible"
            } else {
                "not eligible"
            }
        )
    };
    let readiness = if readiness_prompt(report).is_some() {
        "Readiness: waiting for your listing details.".to_owned()
    } else {
        format!(
            "Readiness {} of 100 with {}.",
            report.readiness.score,
            format::count(
                u32::try_from(report.readiness.gaps.len()).unwrap_or(u32::MAX),
                "gap",
                "gaps"
            ),
        )
    };
    format!("Results updated. {listing}. {reviews} {readiness}")
}
