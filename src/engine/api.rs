//! The engine's entry points: [`analyze`] for typed input, [`analyze_json`] for the JSON
//! public API (command line and browser), and [`parse_input`] for callers that want the
//! typed input from JSON.

use std::fmt;

use chrono::NaiveDate;

use super::estimate::plural;
use super::estimate::{checklist, partner, readiness, review_score, summary, timeline};
use super::input::{is_supported_date, read_input, Input, SCHEMA_VERSION, SUPPORTED_YEARS};
use super::marketplace;
use super::model::{ListingDetails, ListingField, PricingModel, ReviewHistory, SecurityLog};
use super::parse;
use super::parse::date::DateContext;
use super::report::{
    Diagnostic, InputKind, InputStates, Ranking, Report, ReviewStatus, Understood,
    REPORT_SCHEMA_VERSION,
};
use super::rules::sources::INFERRED_FREEMIUM_FEE;
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
/// Charging the fee for Freemium is our reading ([`INFERRED_FREEMIUM_FEE`]).
fn paid(input: &Input, model: Option<PricingModel>) -> Option<bool> {
    input
        .security_review
        .paid
        .or_else(|| model.map(|m| m != PricingModel::Free))
}

/// Whether the fee rests on our Freemium reading: nothing says whether the solution is
/// paid and the listing's pricing model is Freemium.
fn fee_from_freemium(input: &Input, model: Option<PricingModel>) -> bool {
    input.security_review.paid.is_none() && model == Some(PricingModel::Freemium)
}

/// What the listing parser returns.
pub type ParsedListing = (ListingDetails, Vec<Diagnostic>);
/// What the review-history parser returns.
pub type ParsedReviews = (ReviewHistory, Vec<Diagnostic>);
/// What the security-review log parser returns.
pub type ParsedLog = (SecurityLog, Vec<Diagnostic>);

/// The date context `input` is read with: its `today`, else `default_today`, and its order.
fn date_context(input: &Input, default_today: NaiveDate) -> DateContext {
    DateContext {
        today: input.today.unwrap_or(default_today),
        order: input.date_order,
    }
}

/// A note when `text` holds replacement characters (U+FFFD): characters that could not be
/// read, such as lone surrogates from a broken paste or bytes that were not UTF-8. It
/// gives their number and the first line; the parsers read around them.
pub(crate) fn unreadable_characters(text: &str, input: InputKind) -> Option<Diagnostic> {
    if !text.contains(REPLACEMENT) {
        return None;
    }
    let mut count = 0usize;
    let mut first = None;
    for (i, line) in text.lines().enumerate() {
        let n = line.matches(REPLACEMENT).count();
        if n > 0 {
            count = count.saturating_add(n);
            first.get_or_insert(i.saturating_add(1));
        }
    }
    let line = first?;
    let s = plural(u64::try_from(count).unwrap_or(u64::MAX));
    Some(Diagnostic::new(
        input,
        line,
        format!(
            "{count} unreadable character{s} ({REPLACEMENT}), the first on line {line}: the analysis reads around them; if they should be letters, copy the text again from its source."
        ),
    ))
}

/// The character a reader puts where it could not read one.
const REPLACEMENT: char = '\u{FFFD}';

/// Parses listing details text.
pub(crate) fn parse_listing_text(text: &str) -> ParsedListing {
    let (listing, mut diagnostics) = parse::listing::parse(text);
    diagnostics.extend(unreadable_characters(text, InputKind::Listing));
    (listing, diagnostics)
}

/// Parses review-history text; relative and yearless dates count from `ctx.today`.
pub(crate) fn parse_reviews_text(text: &str, ctx: DateContext) -> ParsedReviews {
    let (history, mut diagnostics) = parse::reviews::parse(text, ctx);
    diagnostics.extend(unreadable_characters(text, InputKind::Reviews));
    (history, diagnostics)
}

/// Parses security-review log text; relative and yearless dates count from `ctx.today`.
pub(crate) fn parse_log_text(text: &str, ctx: DateContext) -> ParsedLog {
    let (log, mut diagnostics) = parse::security_log::parse(text, ctx);
    diagnostics.extend(unreadable_characters(text, InputKind::SecurityReview));
    (log, diagnostics)
}

/// Parses the listing details of `input`.
pub fn parse_listing(input: &Input) -> ParsedListing {
    parse_listing_text(&input.listing)
}

/// Parses the review history of `input`. Relative dates (`4 weeks ago`) and yearless
/// dates count from the analysis date: `input.today`, else `default_today`.
pub fn parse_reviews(input: &Input, default_today: NaiveDate) -> ParsedReviews {
    parse_reviews_text(&input.reviews, date_context(input, default_today))
}

/// Parses the security-review log of `input`. The analysis date (`input.today`, else
/// `default_today`) gives a year to dates written without one.
pub fn parse_log(input: &Input, default_today: NaiveDate) -> ParsedLog {
    parse_log_text(
        &input.security_review.log,
        date_context(input, default_today),
    )
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
        &parse_reviews(input, default_today),
        &parse_log(input, default_today),
        default_today,
    )
}

/// [`analyze`] with the three inputs already parsed. Visible inside the engine only (the
/// app, in the same crate, cannot call it): callers that keep parse results use
/// [`super::Session`], which guarantees that the parses belong to `input` (each is what
/// the `parse_*_text` function returns for that input's analysed text and date context).
pub(in crate::engine) fn analyze_parsed(
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
    diagnostics.extend(crate::engine::input::capped_notes(input));

    let (history, review_apps, app_notes) =
        parse::reviews::apps::choose(history, input.reviews_app.as_deref());
    let history: &ReviewHistory = &history;
    diagnostics.extend(app_notes);
    let paid = paid(input, listing.pricing_model);
    let (mut time_to_listing, timeline_diags) =
        timeline::estimate(&input.security_review, log, paid, today, &rules);
    diagnostics.extend(timeline_diags);
    if fee_from_freemium(input, listing.pricing_model) {
        time_to_listing
            .sources
            .push(INFERRED_FREEMIUM_FEE.to_report());
    }

    diagnostics.extend(review_score::future_review_diagnostics(history, today));
    let review_score = review_score::score(history, input.rule_set, today, &rules);
    let review_score_by_rule_set = review_score::summaries(history, today, &rules);

    let (checklist, checklist_diags) = checklist::build(&input.security_review, &rules);
    diagnostics.extend(checklist_diags);
    let mut readiness = readiness::assess(listing, time_to_listing.status, &rules);
    checklist::add_gaps(&mut readiness, &checklist, time_to_listing.status, &rules);
    let path = partner::PathFacts {
        stage: input.security_review.partner_stage,
        listed: time_to_listing.status == ReviewStatus::Listed,
    };
    let partner = partner::context(&input.partner, checklist.range_app_type, paid, path, &rules);

    let understood = Understood {
        listing_fields: to_u32(listing.fields.len()),
        listing_unknown_labels: to_u32(listing.unknown.len()),
        log_events: to_u32(time_to_listing.events.len()),
        log_lines_skipped: to_u32(log.lines_skipped),
        ..Understood::default()
    }
    .with_reviews(history);
    let inputs = InputStates::of(
        &input.listing,
        &input.reviews,
        &input.security_review.log,
        &understood,
    );

    let marketplace = marketplace_part(listing, &inputs, &review_score.ranking);
    Diagnostic::sort(&mut diagnostics);

    let mut report = Report {
        schema_version: REPORT_SCHEMA_VERSION,
        today,
        summary: Default::default(),
        time_to_listing,
        review_score,
        review_score_by_rule_set,
        readiness,
        partner,
        checklist,
        understood,
        inputs,
        listing_read: listing.read.clone(),
        review_apps,
        marketplace,
        rules: rules.used_views(),
        diagnostics,
    };
    // The solution is said when its components are (or older saved work carries them).
    let solution_said = report.checklist.range_app_type.is_some();
    report.summary = summary::compose(&report, &rules, solution_said);
    report
}

/// The listing against the marketplace: its categories as read, its values (reviews only
/// when the review input is not empty).
fn marketplace_part(
    listing: &ListingDetails,
    inputs: &InputStates,
    ranking: &Ranking,
) -> marketplace::Marketplace {
    let named = listing
        .read
        .iter()
        .find(|r| r.field == ListingField::Categories.key())
        .map(|r| r.items.clone())
        .unwrap_or_default();
    let yours = marketplace::yours(listing, !inputs.reviews.is_empty(), ranking);
    marketplace::compare(&named, &yours)
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
    let input = read_input(json)?;
    check_input(&input)?;
    Ok(input)
}

/// Parses JSON input, analyzes it (see [`analyze`]) and returns the report as compact JSON.
pub fn analyze_json(json: &str, default_today: NaiveDate) -> Result<String, InputError> {
    let input = parse_input(json)?;
    let report = analyze(&input, default_today);
    serde_json::to_string(&report).map_err(|e| InputError::Json(e.to_string()))
}
