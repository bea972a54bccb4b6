//! Model builders shared by the engine's integration tests.
#![allow(dead_code)]

pub mod checklist;

use chrono::NaiveDate;
use listing_analyzer::engine::input::{AppType, Complexity, PartnerInput, SecurityReviewInput};
use listing_analyzer::engine::model::{
    EventKind, FieldValue, ListingDetails, ListingField, PricingModel, Rating, Review,
    ReviewHistory, SecurityEvent, SecurityLog,
};
use std::io::Write;

/// A date; panics on an impossible one (test data only).
pub fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
}

/// A review history from `(date, hundredths)` pairs.
pub fn history(reviews: &[(NaiveDate, u16)]) -> ReviewHistory {
    ReviewHistory {
        reviews: reviews
            .iter()
            .enumerate()
            .map(|(i, &(date, h))| Review {
                date,
                rating: Rating::from_hundredths(h).expect("valid test rating"),
                line: i + 2,
                app: None,
            })
            .collect(),
        ..ReviewHistory::default()
    }
}

/// `n` reviews of `h` hundredths on `date`.
pub fn many(n: usize, date: NaiveDate, h: u16) -> Vec<(NaiveDate, u16)> {
    vec![(date, h); n]
}

/// A security log from `(date, kind)` pairs.
pub fn log(events: &[(NaiveDate, EventKind)]) -> SecurityLog {
    SecurityLog {
        events: events
            .iter()
            .enumerate()
            .map(|(i, &(date, kind))| SecurityEvent {
                date,
                kind,
                line: i + 1,
            })
            .collect(),
        lines_skipped: 0,
        repeats: 0,
    }
}

/// Security-review facts with no log text.
pub fn sr(app_type: AppType, complexity: Complexity) -> SecurityReviewInput {
    SecurityReviewInput {
        app_type: Some(app_type),
        complexity,
        ..SecurityReviewInput::default()
    }
}

/// A listing that passes every readiness check.
pub fn full_listing() -> ListingDetails {
    let mut l = ListingDetails::default();
    let description = "Invoice Sync turns Salesforce opportunities into finance-ready invoices in one click. \
        Finance teams stop re-keying data: every closed deal creates a draft invoice with the right \
        products, taxes and payment terms, and payments flow back to the account record. Approvals, \
        reminders and dunning run on the platform, so sales and finance share one view of revenue. \
        Setup takes an afternoon with guided mapping and a sandbox-safe test mode.";
    let fields: [(ListingField, &str); 15] = [
        (ListingField::Title, "Acme Invoice Sync"),
        (
            ListingField::Tagline,
            "Create invoices from closed opportunities for finance teams.",
        ),
        (ListingField::Description, description),
        (
            ListingField::Highlights,
            "- One-click invoices\n- Payment sync\n- Dunning",
        ),
        (ListingField::Pricing, "Paid: $20 per user per month"),
        (ListingField::Markets, "United States, Canada"),
        (ListingField::Categories, "Finance, Invoicing"),
        (ListingField::Industries, "Professional Services"),
        (ListingField::Editions, "Enterprise, Unlimited"),
        (ListingField::Languages, "English"),
        (ListingField::Screenshots, "4"),
        (ListingField::Video, "https://example.com/demo"),
        (ListingField::Support, "support@example.com"),
        (ListingField::Documentation, "https://example.com/docs"),
        (ListingField::GtmResources, "Data sheet, case study"),
    ];
    for (i, (field, value)) in fields.into_iter().enumerate() {
        l.fields.insert(
            field,
            FieldValue {
                label: field.key().to_string(),
                value: value.to_string(),
                line: i + 1,
            },
        );
    }
    l.highlights = vec![
        "One-click invoices".into(),
        "Payment sync".into(),
        "Dunning".into(),
    ];
    l.screenshot_count = Some(4);
    l.pricing_model = Some(PricingModel::Paid);
    l
}

/// Sets (or replaces) a field's value.
pub fn set(l: &mut ListingDetails, field: ListingField, value: &str) {
    l.fields.insert(
        field,
        FieldValue {
            label: field.key().to_string(),
            value: value.to_string(),
            line: 1,
        },
    );
}

/// Every app type and complexity.
pub const APP_TYPES: [AppType; 2] = [AppType::Connected, AppType::Native];
/// Every complexity, lowest first.
pub const COMPLEXITIES: [Complexity; 3] = [Complexity::Low, Complexity::Medium, Complexity::High];

/// What the user says of the partner flags: `[joined, talks, agreement, distributing, summit]`.
pub type Flags = [Option<bool>; 5];

/// The partner input saying `flags`.
pub fn said(flags: Flags) -> PartnerInput {
    let [joined, commercial_talks, distribution_agreement, distributing, summit] = flags;
    PartnerInput {
        joined,
        commercial_talks,
        distribution_agreement,
        distributing,
        summit,
    }
}

/// Runs the `analyze` command line with `args`, writing `stdin` to it; returns its exit code
/// (-1 when killed by a signal), standard output and standard error.
pub fn cli(args: &[&str], stdin: &str) -> (i32, String, String) {
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_analyze"))
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn analyze");
    // A usage error exits before reading its input: the pipe may close under the write,
    // which then fails with BrokenPipe. That is the command's right, not a test failure.
    if let Err(e) = child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
    {
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "write stdin: {e}");
    }
    let out = child.wait_with_output().expect("run analyze");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}
