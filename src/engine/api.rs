//! The engine's entry points: [`analyze`] for typed input, [`analyze_json`] for the JSON
//! public API (command line and browser), and [`parse_input`] for callers that want the
//! typed input from JSON.

use std::fmt;

use chrono::NaiveDate;

use super::estimate::{readiness, review_score, timeline};
use super::input::{is_supported_date, Input, SCHEMA_VERSION, SUPPORTED_YEARS};
use super::model::{ListingDetails, PricingModel, ReviewHistory, SecurityLog};
use super::parse;
use super::report::{Diagnostic, Report, Understood, REPORT_SCHEMA_VERSION};
use super::rules::RuleBook;

/// Why a JSON input was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputError {
    /// Not JSON of the input shape; the message says where and why.
    Json(String),
    /// A schema version this engine does not read.
    SchemaVersion(u32),
    /// An analysis date (`today`) outside [`SUPPORTED_YEARS`].
    DateOutOfRange(NaiveDate),
}

impl fmt::Display for InputError {
    /// One line, fit for standard error or a status bar.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputError::Json(msg) => {
                write!(f, "unreadable input JSON: {}", msg.replace('\n', " "))
            }
            InputError::SchemaVersion(v) => write!(
                f,
                "unsupported schema_version {v}: this analyzer reads schema_version {SCHEMA_VERSION}"
            ),
            InputError::DateOutOfRange(d) => write!(
                f,
                "the analysis date {d} is outside the supported years {}\u{2013}{}",
                SUPPORTED_YEARS.start(),
                SUPPORTED_YEARS.end()
            ),
        }
    }
}

impl std::error::Error for InputError {}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Whether review fees apply: the input's `paid` when given, else what the listing's
/// pricing model says (free → no fee; freemium and paid models → fee), else unknown.
fn paid(input: &Input, model: Option<PricingModel>) -> Option<bool> {
    input
        .security_review
        .paid
        .or_else(|| model.map(|m| m != PricingModel::Free))
}

/// What the listing parser returns.
pub type ParsedListing = (ListingDetails, Vec<Diagnostic>);
/// What the review-history parser returns.
pub type ParsedReviews = (ReviewHistory, Vec<Diagnostic>);
/// What the security-review log parser returns.
pub type ParsedLog = (SecurityLog, Vec<Diagnostic>);

/// Parses the listing details of `input` (see [`analyze_parsed`]).
pub fn parse_listing(input: &Input) -> ParsedListing {
    parse::listing::parse(&input.listing)
}

/// Parses the review history of `input` (see [`analyze_parsed`]).
pub fn parse_reviews(input: &Input) -> ParsedReviews {
    parse::reviews::parse(&input.reviews, input.date_order)
}

/// Parses the security-review log of `input` (see [`analyze_parsed`]).
pub fn parse_log(input: &Input) -> ParsedLog {
    parse::security_log::parse(&input.security_review.log, input.date_order)
}

/// Analyzes `input`. The analysis date is `input.today`, else `default_today`.
///
/// Applies the rule overrides, parses the three pasted inputs, runs the three estimators
/// (the review score under the chosen rule set and, side by side, under every rule set),
/// and collects every diagnostic sorted by input then line. `rules` lists the rules that
/// fed a result. Never panics.
pub fn analyze(input: &Input, default_today: NaiveDate) -> Report {
    analyze_parsed(
        input,
        &parse_listing(input),
        &parse_reviews(input),
        &parse_log(input),
        default_today,
    )
}

/// [`analyze`] with the three inputs already parsed, so that a caller who keeps parse
/// results (the app, while the user types in one box) re-parses only what changed.
///
/// Contract: `listing`, `reviews` and `log` must be what [`parse_listing`],
/// [`parse_reviews`] and [`parse_log`] return for this same `input`; given that, the
/// report equals `analyze(input, default_today)`.
pub fn analyze_parsed(
    input: &Input,
    listing: &ParsedListing,
    reviews: &ParsedReviews,
    log: &ParsedLog,
    default_today: NaiveDate,
) -> Report {
    let today = input.today.unwrap_or(default_today);
    let (rules, mut diagnostics) = RuleBook::with_overrides(&input.overrides);
    let ((listing, listing_diags), (history, review_diags), (log, log_diags)) =
        (listing, reviews, log);
    diagnostics.extend_from_slice(listing_diags);
    diagnostics.extend_from_slice(review_diags);
    diagnostics.extend_from_slice(log_diags);

    let paid = paid(input, listing.pricing_model);
    let (time_to_listing, timeline_diags) =
        timeline::estimate(&input.security_review, log, paid, today, &rules);
    diagnostics.extend(timeline_diags);

    diagnostics.extend(review_score::future_review_diagnostics(history, today));
    let review_score = review_score::score(history, input.rule_set, today, &rules);
    let review_score_by_rule_set = review_score::summaries(history, today, &rules);

    let readiness = readiness::assess(listing, time_to_listing.status, &rules);

    let understood = Understood {
        listing_fields: to_u32(listing.fields.len()),
        listing_unknown_labels: to_u32(listing.unknown.len()),
        log_events: to_u32(log.events.len()),
        log_lines_skipped: to_u32(log.lines_skipped),
        ..Understood::default()
    }
    .with_reviews(history);

    // A stable sort keeps each parser's order among diagnostics on the same line.
    diagnostics.sort_by_key(|d| (d.input, d.line));

    Report {
        schema_version: REPORT_SCHEMA_VERSION,
        today,
        time_to_listing,
        review_score,
        review_score_by_rule_set,
        readiness,
        understood,
        rules: rules.used_views(),
        diagnostics,
    }
}

/// Checks what the input's types alone cannot: the schema version, and that the analysis
/// date is within [`SUPPORTED_YEARS`]. Every door an input comes in by (JSON text, a
/// JavaScript object, a share link, autosave) applies it.
pub fn check_input(input: &Input) -> Result<(), InputError> {
    if input.schema_version != SCHEMA_VERSION {
        return Err(InputError::SchemaVersion(input.schema_version));
    }
    match input.today {
        Some(d) if !is_supported_date(d) => Err(InputError::DateOutOfRange(d)),
        _ => Ok(()),
    }
}

/// Reads JSON input: [`InputError::SchemaVersion`] when `schema_version` is a number other
/// than the one this engine reads, [`InputError::DateOutOfRange`] for an analysis date
/// outside [`SUPPORTED_YEARS`], [`InputError::Json`] for anything else unreadable
/// (including a missing `schema_version`).
pub fn parse_input(json: &str) -> Result<Input, InputError> {
    let value: serde_json::Value =
        serde_json::from_str(json).map_err(|e| InputError::Json(e.to_string()))?;
    if let Some(v) = value
        .get("schema_version")
        .and_then(serde_json::Value::as_u64)
    {
        if v != u64::from(SCHEMA_VERSION) {
            return Err(InputError::SchemaVersion(
                u32::try_from(v).unwrap_or(u32::MAX),
            ));
        }
    }
    let input: Input =
        serde_json::from_value(value).map_err(|e| InputError::Json(e.to_string()))?;
    check_input(&input)?;
    Ok(input)
}

/// Parses JSON input, analyzes it (see [`analyze`]) and returns the report as compact JSON.
pub fn analyze_json(json: &str, default_today: NaiveDate) -> Result<String, InputError> {
    let input = parse_input(json)?;
    let report = analyze(&input, default_today);
    serde_json::to_string(&report).map_err(|e| InputError::Json(e.to_string()))
}
