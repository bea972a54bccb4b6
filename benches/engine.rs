//! Engine benchmark: `cargo bench --bench engine`.
//!
//! Generates 10,000 review lines (CSV with a header, mixed date and rating formats), a
//! realistic listing and a security-review log, then measures the review parser's
//! throughput and the whole `analyze` call. A small harness on `std::time::Instant`: a
//! warm-up, then N timed iterations, reporting the median and the minimum.

use std::hint::black_box;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use listing_analyzer::engine::analyze;
use listing_analyzer::engine::estimate::{readiness, review_score, timeline};
use listing_analyzer::engine::input::{
    AppType, Complexity, DateOrder, Input, RuleSetId, SecurityReviewInput,
};
use listing_analyzer::engine::parse::date::DateContext;
use listing_analyzer::engine::parse::{listing, reviews, security_log};
use listing_analyzer::engine::rules::RuleBook;

const REVIEWS: usize = 10_000;
const WARM_UP: usize = 5;
const ITERATIONS: usize = 40;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// One review line in one of several date and rating formats.
/// Month-first dates, analysed on 25 November 2026.
fn ctx() -> DateContext {
    DateContext {
        today: chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap_or_default(),
        order: DateOrder::MonthFirst,
    }
}

fn review_line(i: usize) -> String {
    let (y, m, d) = (2024 + (i % 3), 1 + (i * 7) % 12, 1 + (i * 13) % 28);
    let month = MONTHS[m - 1];
    let date = match i % 4 {
        0 => format!("{y}-{m:02}-{d:02}"),
        1 => format!("{m:02}/{d:02}/{y}"),
        2 => format!("\"{} {d}, {y}\"", &month[..3]),
        _ => format!("{d} {month} {y}"),
    };
    let stars = 1 + (i * 31) % 5;
    let rating = match i % 3 {
        0 => format!("{stars}"),
        1 => format!("{stars}.0"),
        _ => format!("{stars}/5"),
    };
    format!("{date},{rating},Reviewer {i},\"Solid app, support answered within a day.\"\n")
}

fn review_csv() -> String {
    let mut text = String::from("Date,Rating,Reviewer,Comment\n");
    for i in 0..REVIEWS {
        text.push_str(&review_line(i));
    }
    text
}

const LISTING: &str = "Title: Acme Invoice Sync
Tagline: Create invoices from closed opportunities for finance teams.
Description: Invoice Sync turns Salesforce opportunities into finance-ready invoices in one click.
Every closed deal creates a draft invoice with the right products, taxes and payment terms.
Highlights:
- One-click invoices
- Payment sync
- Dunning
Pricing: Paid, $20 per user per month
Listing market: United States, Canada
Categories: Finance
Industries: Professional Services
Supported editions: Enterprise, Unlimited
Languages: English, French
Screenshots: 4
Demo video: https://acme.example/demo
Support: support@acme.example
Documentation: https://acme.example/docs
GTM resources: Data sheet, case study
";

const LOG: &str = "2026-06-01 submitted\n2026-07-20 failed\n2026-08-10 resubmitted\n";

/// Runs `f` WARM_UP + ITERATIONS times; returns (median, min) of the timed runs.
fn measure(mut f: impl FnMut()) -> (Duration, Duration) {
    for _ in 0..WARM_UP {
        f();
    }
    let mut times: Vec<Duration> = (0..ITERATIONS)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    times.sort_unstable();
    (times[times.len() / 2], times[0])
}

fn mb_per_s(bytes: usize, t: Duration) -> f64 {
    bytes as f64 / 1e6 / t.as_secs_f64()
}

fn report(name: &str, bytes: usize, (median, min): (Duration, Duration)) {
    println!(
        "{name:<28} median {:>9.3} ms  min {:>9.3} ms  {:>8.1} MB/s (median)  {:>8.1} MB/s (best)",
        median.as_secs_f64() * 1e3,
        min.as_secs_f64() * 1e3,
        mb_per_s(bytes, median),
        mb_per_s(bytes, min)
    );
}

fn main() {
    let csv = review_csv();
    let (history, diags) = reviews::parse(&csv, ctx());
    println!(
        "input: {REVIEWS} review lines, {} bytes; parsed {} reviews, {} diagnostics",
        csv.len(),
        history.reviews.len(),
        diags.len()
    );

    let parse = measure(|| {
        black_box(reviews::parse(black_box(&csv), ctx()));
    });
    report("reviews::parse", csv.len(), parse);

    let listing_t = measure(|| {
        black_box(listing::parse(black_box(LISTING)));
    });
    report("listing::parse", LISTING.len(), listing_t);

    let log_t = measure(|| {
        black_box(security_log::parse(
            black_box(LOG),
            DateContext {
                today: NaiveDate::default(),
                order: DateOrder::MonthFirst,
            },
        ));
    });
    report("security_log::parse", LOG.len(), log_t);

    let input = Input {
        today: NaiveDate::from_ymd_opt(2026, 11, 22),
        listing: LISTING.to_string(),
        reviews: csv.clone(),
        security_review: SecurityReviewInput {
            app_type: Some(AppType::Native),
            complexity: Complexity::High,
            log: LOG.to_string(),
            ..SecurityReviewInput::default()
        },
        ..Input::default()
    };
    let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap_or_default();
    let total = csv.len() + LISTING.len() + LOG.len();
    let full = measure(|| {
        black_box(analyze(black_box(&input), today));
    });
    report("analyze (all inputs)", total, full);

    // The estimators alone, on inputs parsed once.
    let rules = RuleBook::new();
    let (details, _) = listing::parse(LISTING);
    let (log, _) = security_log::parse(
        LOG,
        DateContext {
            today,
            order: DateOrder::MonthFirst,
        },
    );
    let estimators = measure(|| {
        let (t, _) = timeline::estimate(&input.security_review, &log, Some(true), today, &rules);
        black_box(review_score::score(
            &history,
            RuleSetId::Fy24,
            today,
            &rules,
        ));
        black_box(review_score::summaries(&history, today, &rules));
        black_box(readiness::assess(&details, t.status, &rules));
    });
    report("estimators only", csv.len(), estimators);
}
