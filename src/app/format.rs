//! Words and numbers for display. Presentation only: every figure comes from the report.

use chrono::{Datelike, NaiveDate};

use crate::engine::input::{AppType, Complexity, DateOrder, PartnerStage, RuleSetId};
use crate::engine::model::EventKind;
use crate::engine::report::{InputKind, ReviewStatus, Severity};

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A date as "7 Dec 2026" (unambiguous in every locale, and cheap: no chrono formatter).
pub fn date(d: NaiveDate) -> String {
    format!("{} {} {}", d.day(), month(d), d.year())
}

/// A date as an HTML date value, `YYYY-MM-DD` (chrono writes years above 9999 with a
/// `+`, which a date field does not read).
pub fn iso_date(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

/// A month's short name ("Dec").
pub fn month(d: NaiveDate) -> &'static str {
    MONTHS[d.month0() as usize % 12]
}

/// `n` followed by the singular or plural noun ("1 review", "3 reviews").
pub fn count(n: u32, singular: &str, plural: &str) -> String {
    format!("{n} {}", if n == 1 { singular } else { plural })
}

/// An average rating with two decimals ("4.75"), or "—" when there is none.
pub fn stars(avg: Option<f64>) -> String {
    match avg {
        Some(a) => format!("{a:.2}"),
        None => "—".to_owned(),
    }
}

/// A rule figure as typed: no trailing ".0", at most a few decimals.
pub fn figure(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        let s = format!("{v:.4}");
        s.trim_end_matches('0').trim_end_matches('.').to_owned()
    }
}

/// Signed weeks for a factor ("+2 weeks", "−1 week", "" for explanatory factors).
pub fn weeks_delta(w: i32) -> String {
    if w == 0 {
        return String::new();
    }
    let sign = if w > 0 { "+" } else { "\u{2212}" };
    let n = w.unsigned_abs();
    format!("{sign}{n} {}", if n == 1 { "week" } else { "weeks" })
}

/// The review status in words.
pub fn status(s: ReviewStatus) -> &'static str {
    match s {
        ReviewStatus::Planned => "Submission planned",
        ReviewStatus::NotStarted => "Not submitted yet",
        ReviewStatus::Preparing => "Preparing the submission",
        ReviewStatus::InReview => "In security review",
        ReviewStatus::AwaitingResubmission => "Awaiting resubmission",
        ReviewStatus::Passed => "Security review passed",
        ReviewStatus::Listed => "Listed",
        ReviewStatus::ReReview => "In periodic re-review",
    }
}

/// The CSS class suffix for a review status ("in-review").
pub fn status_key(s: ReviewStatus) -> &'static str {
    match s {
        ReviewStatus::Planned => "planned",
        ReviewStatus::NotStarted => "not-started",
        ReviewStatus::Preparing => "preparing",
        ReviewStatus::InReview => "in-review",
        ReviewStatus::AwaitingResubmission => "awaiting-resubmission",
        ReviewStatus::Passed => "passed",
        ReviewStatus::Listed => "listed",
        ReviewStatus::ReReview => "re-review",
    }
}

/// Review fees in words: "$1998", or what to say when it is unknown whether the solution
/// is paid.
pub fn fees(usd: Option<u32>) -> String {
    match usd {
        Some(n) => format!("${n}"),
        None => "unknown \u{2014} say whether the solution is paid".to_owned(),
    }
}

/// A log event in words.
pub fn event(k: EventKind) -> &'static str {
    match k {
        EventKind::PreparationStarted => "Preparation started",
        EventKind::Scan => "Scan",
        EventKind::PlannedSubmission => "Planned submission",
        EventKind::Submitted => "Submitted",
        EventKind::Resubmitted => "Resubmitted",
        EventKind::Failed => "Failed",
        EventKind::ProvisionalPass => "Provisional pass",
        EventKind::Passed => "Passed",
        EventKind::Bounced => "Bounced",
        EventKind::Listed => "Listed",
        EventKind::ReReview => "Periodic re-review",
    }
}

/// A severity in words.
pub fn severity(s: Severity) -> &'static str {
    match s {
        Severity::Blocker => "Blocker",
        Severity::Warning => "Warning",
        Severity::Suggestion => "Suggestion",
    }
}

/// The CSS class suffix for a severity.
pub fn severity_key(s: Severity) -> &'static str {
    match s {
        Severity::Blocker => "blocker",
        Severity::Warning => "warning",
        Severity::Suggestion => "suggestion",
    }
}

/// An input's name in words.
pub fn input_kind(k: InputKind) -> &'static str {
    match k {
        InputKind::Listing => "Listing details",
        InputKind::Reviews => "Review history",
        InputKind::SecurityReview => "Security-review timing",
        InputKind::Settings => "Settings",
    }
}

/// An app type in words.
pub fn app_type(t: AppType) -> &'static str {
    match t {
        AppType::Connected => "Connected (API)",
        AppType::Native => "Native (package)",
    }
}

/// A complexity in words.
pub fn complexity(c: Complexity) -> &'static str {
    match c {
        Complexity::Low => "Low",
        Complexity::Medium => "Medium",
        Complexity::High => "High",
    }
}

/// A partner-path stage in words.
pub fn partner_stage(s: PartnerStage) -> &'static str {
    match s {
        PartnerStage::NotApplied => "Not applied",
        PartnerStage::Applied => "Applied",
        PartnerStage::Approved => "Approved",
        PartnerStage::AgreementSigned => "Agreement signed",
    }
}

/// A date order in words.
pub fn date_order(o: DateOrder) -> &'static str {
    match o {
        DateOrder::MonthFirst => "Month/day (US)",
        DateOrder::DayFirst => "Day/month",
    }
}

/// A short rule-set name for selects and table headers.
pub fn rule_set_short(r: RuleSetId) -> &'static str {
    match r {
        RuleSetId::Fy24 => "FY24 update",
        RuleSetId::Fy21 => "FY21 article",
        RuleSetId::OfficialA => "Official version A",
        RuleSetId::OfficialFy22 => "Official FY22",
    }
}

/// Which result a rule feeds, in words.
pub fn used_by(key: &str) -> &str {
    match key {
        "time_to_listing" => "Time to listing",
        "review_score" => "Review score",
        "readiness" => "Readiness",
        "partner" => "Partner context",
        other => other,
    }
}

/// A report field key as words: `gtm_resources` → "GTM resources", `security_review` →
/// "Security review".
pub fn field_name(key: &str) -> String {
    let words = key.replace('_', " ").replace("gtm", "GTM");
    let mut chars = words.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
