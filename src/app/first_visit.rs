//! What the results say while their input is empty, and when the "Example loaded" notice
//! is over (issue 14: a calm first visit).
//!
//! The engine reports whether each pasted input is empty ([`crate::engine::report::InputStates`]);
//! this view-model turns that fact into the decision "empty → say what it will show, give
//! no verdict", so that the components only render what it returns.

use crate::engine::input::Input;
use crate::engine::report::InputKind;
use crate::engine::report::{Gap, GapField, Report};

/// The notice shown when the example is loaded; it is retracted once the example is gone.
pub const EXAMPLE_NOTICE: &str =
    "Example loaded: a connected app midway through its security review.";

/// The gaps to list. Once a listing is read, all of them, in the engine's order. Before
/// that, only the security review's, and only when the user has said something about the
/// review (a log or checklist ticks): the checklist's missing items still show, while a
/// first visit gets no verdict.
pub fn shown_gaps(r: &Report) -> Vec<&Gap> {
    let listing = r.summary.readiness.state.has_figures();
    let review_said = r.checklist.said || !r.inputs.security_log.is_empty();
    r.readiness
        .gaps
        .iter()
        .filter(|g| listing || (review_said && g.field == GapField::SecurityReview))
        .collect()
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

/// The summary the live region announces once results settle: the engine's headline line
/// of the time to listing, the reviews and the readiness (an empty input's line names what
/// it waits for, never a verdict).
pub fn live_summary(report: &Report) -> String {
    let lines = report.summary.lines(false);
    format!(
        "Results updated. {}",
        lines.get(..3).unwrap_or(&lines).join(" ")
    )
}
