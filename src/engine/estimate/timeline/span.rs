//! The longest span an open estimate may cover: years are no real security review.

use chrono::NaiveDate;

use super::{add_weeks, weeks, weeks_between, Factors, Figures};
use crate::engine::report::{Diagnostic, InputKind};
use crate::engine::rules::{RuleBook, RuleId};

/// Refuses an open estimate that spans years, which no real review takes (the rule
/// `sr.longest_span_weeks`), with a diagnostic that tells the user which line to check;
/// `None` when it is inside the span.
///
/// `floor` is where the plan's steps from today publish at the earliest, in weeks from
/// `start`. When the start lies so far back that the span cannot hold those steps (an old
/// or mistyped first line), the diagnostic says so and the figures stay as the open
/// estimate made them (they are then counted on from today). Otherwise the figures are
/// capped at the span (never before today nor before the floor, since both are inside it)
/// and a factor takes the difference off `likely`.
pub(super) fn refuse(
    f: &mut Figures,
    (start, counted_from): (NaiveDate, &str),
    (today, floor): (NaiveDate, u32),
    rules: &RuleBook,
    factors: &mut Factors,
) -> Option<Diagnostic> {
    let cap = rules.whole(RuleId::SrLongestSpanWeeks);
    if f.high <= cap {
        return None;
    }
    let tag = rules.source(RuleId::SrLongestSpanWeeks).kind;
    let elapsed = weeks_between(start, today);
    let capped = elapsed.max(floor) <= cap;
    let message = if !capped {
        let past = if elapsed > cap {
            String::new()
        } else {
            format!(
                ", and the steps left from today would publish {} after it",
                weeks(floor)
            )
        };
        format!(
            "The weeks are counted from {counted_from} on {start}, {} before the analysis \
             date{past}: no real security review takes years (longest span {}, {tag}), so \
             check that line; the estimate counts on from today.",
            weeks(elapsed),
            weeks(cap)
        )
    } else {
        let (likely, high) = (f.likely, f.high);
        f.low = f.low.min(cap);
        f.likely = f.likely.min(cap);
        f.high = cap;
        factors.add(
            format!(
                "Refused: {} from {counted_from} is a span no real review takes; capped at {} ({tag})",
                weeks(likely),
                weeks(cap)
            ),
            i64::from(f.likely) - i64::from(likely),
        );
        format!(
            "The log puts the listing up to {} after {counted_from} on {start} (to {}): no \
             real security review takes years, so that span was refused and the estimate is \
             capped at {} ({tag}). Check the log for repeated or mistyped lines.",
            weeks(high),
            add_weeks(start, high),
            weeks(cap)
        )
    };
    Some(Diagnostic::new(InputKind::SecurityReview, 0, message))
}
