//! Composes the report's [`Summary`]: the one answer per section that every surface shows.
//!
//! Each section's state comes from what its input holds ([`crate::engine::report::InputStates`])
//! and what the user said; a section whose input is empty or not said gets no figure
//! (`None`), only its headline words and what it needs.

use crate::engine::estimate::timeline::weeks_between;
use crate::engine::report::summary::{
    ChecklistSummary, PartnerSummary, ReadinessSummary, RetiredScorecard, ReviewsSummary, Summary,
    SummaryState, TimeSummary, Words, SUMMARY_VERSION,
};
use crate::engine::report::{InputState, Report, ReviewStatus, Severity};
use crate::engine::rules::{RuleBook, RuleId};
use crate::engine::words::{capitalized, count, date, stars};

/// What the review results need while no review is pasted.
pub const REVIEWS_NEEDS: &str = "Paste your reviews to see how many count toward your listing's ranking, their average rating and which review rule sets they meet.";

/// What the readiness results need while no listing is pasted.
pub const READINESS_NEEDS: &str =
    "Paste your listing details to see a readiness score and the gaps to fix before you publish.";

/// What the time to listing needs while no review timing is pasted: the range is then the
/// usual one from today, not a reading of the user's review.
pub const TIMELINE_NEEDS: &str = "Paste your security-review timing to see where your review stands. Until then, this is the usual range if you start today.";

/// What the time to listing needs while the solution's make-up is not said.
pub const SOLUTION_NEEDS: &str =
    "Say what your solution is made of: the range depends on whether it includes a package.";

/// What an input with text but nothing understood needs.
fn unread_needs(what: &str) -> String {
    format!("Nothing in your {what} could be used; the notes under the boxes say why.")
}

/// Composes the summary of `report`. `solution_said` is whether the user said what the
/// solution is made of (the architecture or its components); when not, no single range is
/// presented as the user's answer and both usual ranges are said side by side, read from
/// `rules`.
pub fn compose(report: &Report, rules: &RuleBook, solution_said: bool) -> Summary {
    Summary {
        version: SUMMARY_VERSION,
        inputs: report.inputs,
        time_to_listing: time(report, rules, solution_said),
        reviews: reviews(report),
        readiness: readiness(report),
        checklist: checklist(report),
        partner: partner(report),
    }
}

fn time(report: &Report, rules: &RuleBook, solution_said: bool) -> TimeSummary {
    let t = &report.time_to_listing;
    let log = report.inputs.security_log;
    let base = TimeSummary {
        status: t.status,
        status_label: t.status.label().to_owned(),
        ..TimeSummary::default()
    };
    let done = match (t.status, t.listed_on, t.passed_on) {
        (ReviewStatus::Listed, Some(on), _) => Some(format!("Listed on {}", date(on))),
        (ReviewStatus::Passed, _, Some(on)) => {
            Some(format!("Passed on {} \u{2014} you can publish", date(on)))
        }
        _ => None,
    };
    if let Some(headline) = done {
        return TimeSummary {
            state: SummaryState::Done,
            words: Words {
                headline,
                detail: Some(format!(
                    "took {} from {}",
                    count(t.likely_weeks, "week", "weeks"),
                    date(t.start)
                )),
                needs: None,
            },
            weeks: Some([t.low_weeks, t.likely_weeks, t.high_weeks]),
            dates: Some([t.earliest, t.likely, t.latest]),
            ..base
        };
    }
    if !solution_said {
        let range = |min: RuleId, max: RuleId| {
            format!("{}\u{2013}{} weeks", rules.whole(min), rules.whole(max))
        };
        return TimeSummary {
            state: SummaryState::NotSaid,
            words: Words {
                headline: "Not said yet".to_owned(),
                detail: Some(format!(
                    "usually {} without a package, {} with one",
                    range(RuleId::SrConnectedMinWeeks, RuleId::SrConnectedMaxWeeks),
                    range(RuleId::SrNativeMinWeeks, RuleId::SrNativeMaxWeeks)
                )),
                needs: Some(SOLUTION_NEEDS.to_owned()),
            },
            ..base
        };
    }
    let what = if t.status == ReviewStatus::ReReview {
        "Re-review done"
    } else {
        "Expected listing"
    };
    let needs = match log {
        InputState::Empty => Some(TIMELINE_NEEDS.to_owned()),
        InputState::Unread => Some(unread_needs("security-review timing")),
        InputState::Read => None,
    };
    let today = report.today;
    let from_today = [t.earliest, t.likely, t.latest].map(|d| weeks_between(today, d));
    let [low, _, high] = from_today;
    let headline = if low == high {
        format!("{} from today", count(high, "week", "weeks"))
    } else {
        format!("{low}\u{2013}{high} weeks from today")
    };
    let mut notes = Vec::new();
    if t.start < today {
        notes.push(format!(
            "Elapsed: {} since {}",
            count(weeks_between(t.start, today), "week", "weeks"),
            date(t.start)
        ));
    }
    if t.before_review_weeks > 0 {
        notes.push(format!(
            "Includes {} of partner steps before the review (see the plan)",
            count(t.before_review_weeks, "week", "weeks")
        ));
    }
    if t.status != ReviewStatus::ReReview {
        notes.push(format!(
            "The security review itself usually takes {}\u{2013}{} weeks",
            t.range_min_weeks, t.range_max_weeks
        ));
    }
    TimeSummary {
        state: SummaryState::Estimate,
        words: Words {
            headline,
            detail: Some(format!("likely {}", date(t.likely))),
            needs,
        },
        when: Some(format!(
            "{what}: earliest {}, likely {}, latest {}",
            date(t.earliest),
            date(t.likely),
            date(t.latest)
        )),
        notes,
        weeks: Some(from_today),
        dates: Some([t.earliest, t.likely, t.latest]),
        ..base
    }
}

/// The words and state of a section resting on one pasted input, when that input gives no
/// figure (`None` when it was read).
fn no_figures(
    input: InputState,
    headline: &str,
    needs: &str,
    what: &str,
) -> Option<(SummaryState, Words)> {
    let (state, needs) = match input {
        InputState::Read => return None,
        InputState::Empty => (SummaryState::Empty, needs.to_owned()),
        InputState::Unread => (SummaryState::Unread, unread_needs(what)),
    };
    Some((
        state,
        Words {
            headline: headline.to_owned(),
            detail: None,
            needs: Some(needs),
        },
    ))
}

fn reviews(report: &Report) -> ReviewsSummary {
    let s = &report.review_score;
    if let Some((state, words)) = no_figures(
        report.inputs.reviews,
        "No reviews yet",
        REVIEWS_NEEDS,
        "reviews",
    ) {
        return ReviewsSummary {
            state,
            words,
            ..ReviewsSummary::default()
        };
    }
    let label = if s.scorecard_retired {
        format!(
            "retired ({})",
            chrono::Datelike::year(&s.scorecard_retired_on)
        )
    } else {
        "in force".to_owned()
    };
    let verdict = if s.eligible {
        "Eligible"
    } else {
        "Not eligible"
    };
    let history = RetiredScorecard {
        words: format!(
            "History, the partner scorecard {label}: {} under {}, {} of {} points",
            verdict.to_ascii_lowercase(),
            s.rule_set_label,
            s.points,
            s.max_points
        ),
        verdict: verdict.to_owned(),
        label,
        rule_set_label: s.rule_set_label.clone(),
        eligible: s.eligible,
        points: s.points,
        max_points: s.max_points,
        reviews_in_window: s.reviews_in_window,
        five_star_reviews_needed: s.five_star_reviews_needed,
    };
    // A whole export of several apps is read as one app's reviews: the words say which.
    let average = format!("average {}", stars(s.ranking.average));
    let detail = match &report.review_apps {
        Some(apps) => format!(
            "{average}; app {} of the {} in this export{}",
            apps.chosen,
            apps.apps.len(),
            if apps.by_choice {
                ""
            } else {
                " (the one with most rows)"
            }
        ),
        None => average,
    };
    ReviewsSummary {
        state: SummaryState::Result,
        words: Words {
            headline: count(s.ranking.reviews, "review", "reviews"),
            detail: Some(detail),
            needs: None,
        },
        reviews: Some(s.ranking.reviews),
        average: s.ranking.average,
        retired_scorecard: Some(history),
    }
}

fn readiness(report: &Report) -> ReadinessSummary {
    let r = &report.readiness;
    if let Some((state, words)) = no_figures(
        report.inputs.listing,
        "No listing yet",
        READINESS_NEEDS,
        "listing details",
    ) {
        return ReadinessSummary {
            state,
            words,
            ..ReadinessSummary::default()
        };
    }
    let gaps = u32::try_from(r.gaps.len()).unwrap_or(u32::MAX);
    let blockers = r
        .gaps
        .iter()
        .filter(|g| g.severity == Severity::Blocker)
        .count();
    let blockers = u32::try_from(blockers).unwrap_or(u32::MAX);
    ReadinessSummary {
        state: SummaryState::Result,
        words: Words {
            headline: format!("{}/100 \u{b7} {}", r.score, count(gaps, "gap", "gaps")),
            detail: Some(count(blockers, "blocker", "blockers")),
            needs: None,
        },
        score: Some(r.score),
        gaps: Some(gaps),
        blockers: Some(blockers),
    }
}

fn checklist(report: &Report) -> ChecklistSummary {
    let c = &report.checklist;
    if !c.said {
        return ChecklistSummary {
            state: SummaryState::NotSaid,
            words: Words {
                headline: "Nothing said yet".to_owned(),
                detail: Some(count(c.required_total, "required item", "required items")),
                needs: Some(
                    "Say in the submission checklist what is ready or not ready to see what is left."
                        .to_owned(),
                ),
            },
            required_total: c.required_total,
            required_ready: None,
        };
    }
    let state = if c.required_ready >= c.required_total {
        SummaryState::Done
    } else {
        SummaryState::Result
    };
    ChecklistSummary {
        state,
        words: Words {
            headline: format!(
                "{} of {} required items ready",
                c.required_ready, c.required_total
            ),
            detail: (c.required_not_ready > 0)
                .then(|| format!("{} not ready", c.required_not_ready)),
            needs: None,
        },
        required_total: c.required_total,
        required_ready: Some(c.required_ready),
    }
}

fn partner(report: &Report) -> PartnerSummary {
    let p = &report.partner;
    let current = p.tiers.iter().find(|t| t.current);
    match (p.implied_tier, current) {
        (Some(tier), Some(view)) => PartnerSummary {
            state: SummaryState::Result,
            words: Words {
                headline: format!("{} (tier {})", view.name, view.number),
                detail: Some(p.implied_because.clone()),
                needs: None,
            },
            tier: Some(tier),
        },
        // Said, but no tier yet (not joined, or the application not yet approved).
        _ if !p.implied_because.starts_with("Not said") => PartnerSummary {
            state: SummaryState::Result,
            words: Words {
                headline: "No tier yet".to_owned(),
                detail: Some(p.implied_because.clone()),
                needs: None,
            },
            tier: None,
        },
        _ => PartnerSummary {
            state: SummaryState::NotSaid,
            words: Words {
                headline: "Not said".to_owned(),
                detail: None,
                needs: Some(capitalized(
                    p.implied_because
                        .strip_prefix("Not said: ")
                        .unwrap_or(&p.implied_because),
                )),
            },
            tier: None,
        },
    }
}
