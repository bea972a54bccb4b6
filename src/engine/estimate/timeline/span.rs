//! The longest span an open estimate may cover: years are no real security review.

use chrono::NaiveDate;

use super::{add_weeks, weeks, weeks_between, Factors, Figures};
use crate::engine::report::{Diagnostic, InputKind};
use crate::engine::rules::{RuleBook, RuleId};

/// What [`refuse`] did with an open estimate that spans years.
pub(super) struct Refusal {
    /// The diagnostic that tells the user which line to check.
    pub note: Diagnostic,
    /// Whether the figures were capped at the span; `false` when the start already lies
    /// further back than the span and the figures were left as they were.
    pub capped: bool,
}

/// Refuses an open estimate that spans years, which no real review takes (the rule
/// `sr.longest_span_weeks`), with a diagnostic; `None` when it is inside the span.
///
/// When the start itself lies further back than the span (an old or mistyped first line),
/// the diagnostic says so and the figures stay as the open estimate made them (they are
/// then counted on from today). Otherwise the figures are capped at the span (never before
/// today, since the start is inside it) and a factor takes the difference off `likely`.
pub(super) fn refuse(
    f: &mut Figures,
    (start, counted_from): (NaiveDate, &str),
    today: NaiveDate,
    rules: &RuleBook,
    factors: &mut Factors,
) -> Option<Refusal> {
    let cap = rules.whole(RuleId::SrLongestSpanWeeks);
    if f.high <= cap {
        return None;
    }
    let tag = rules.source(RuleId::SrLongestSpanWeeks).kind;
    let elapsed = weeks_between(start, today);
    let capped = elapsed <= cap;
    let message = if !capped {
        format!(
            "The weeks are counted from {counted_from} on {start}, {} before the analysis \
             date: no real security review takes years (longest span {}, {tag}), so check \
             that line; the estimate counts on from today.",
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
    Some(Refusal {
        note: Diagnostic::new(InputKind::SecurityReview, 0, message),
        capped,
    })
}
