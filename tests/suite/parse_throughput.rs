//! Parse throughput for 10,000 review lines, the engine's performance target (≥ 100 MB/s).
//!
//! Ignored by default because a debug build is far slower; run it optimised with
//! `cargo test --profile bench --test suite parse_throughput -- --ignored --nocapture`.

use std::time::Instant;

use listing_analyzer::engine::input::DateOrder;
use listing_analyzer::engine::parse::date::DateContext;
use listing_analyzer::engine::parse::{reviews, security_log};

/// Month-first dates, analysed on 25 November 2026.
fn ctx() -> DateContext {
    DateContext {
        today: chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap_or_default(),
        order: DateOrder::MonthFirst,
    }
}

fn csv(n: usize) -> String {
    let mut s = String::from("Date,Rating,Reviewer,Review\n");
    for i in 0..n {
        let (m, d) = (i % 12 + 1, i % 28 + 1);
        s.push_str(&format!(
            "2026-{m:02}-{d:02},{},Reviewer {i},\"Great app, saved us {i} hours a week; setup took minutes\"\n",
            ["5", "4.5", "4.0", "3", "1"][i % 5]
        ));
    }
    s
}

fn blocks(n: usize) -> String {
    let mut s = String::new();
    for i in 0..n {
        let (m, d) = (["Jan", "Mar", "Jul", "Nov"][i % 4], i % 28 + 1);
        s.push_str(&format!(
            "★★★★☆\nGreat app, saved us {i} hours\nJane D. · {m} {d}, 2026\n\n"
        ));
    }
    s
}

/// Parses `text` repeatedly for about a second and returns MB/s of the fastest round, which
/// is the least disturbed by other processes on a shared machine.
fn throughput(text: &str, f: impl Fn(&str) -> usize) -> f64 {
    let start = Instant::now();
    let mut best = f64::MAX;
    let mut sink = 0usize;
    while start.elapsed().as_secs_f64() < 1.0 {
        let t = Instant::now();
        sink = sink.wrapping_add(f(text));
        best = best.min(t.elapsed().as_secs_f64());
    }
    assert!(sink > 0);
    text.len() as f64 / best / 1e6
}

#[test]
#[ignore = "timing; run optimised"]
fn review_and_log_parse_throughput() {
    let c = csv(10_000);
    let b = blocks(10_000);
    let log: String = (0..10_000)
        .map(|i| {
            format!(
                "2026-01-{:02} resubmitted after fixing CRUD/FLS findings\n",
                i % 28 + 1
            )
        })
        .collect();
    let csv_mbs = throughput(&c, |t| reviews::parse(t, ctx()).0.reviews.len());
    let blocks_mbs = throughput(&b, |t| reviews::parse(t, ctx()).0.reviews.len());
    let log_mbs = throughput(&log, |t| {
        security_log::parse(
            t,
            DateContext {
                today: chrono::NaiveDate::default(),
                order: DateOrder::MonthFirst,
            },
        )
        .0
        .events
        .len()
    });
    println!(
        "reviews CSV   10,000 rows  ({} KB): {csv_mbs:.0} MB/s",
        c.len() / 1000
    );
    println!(
        "reviews blocks 10,000 blocks ({} KB): {blocks_mbs:.0} MB/s",
        b.len() / 1000
    );
    println!(
        "security log  10,000 lines ({} KB): {log_mbs:.0} MB/s",
        log.len() / 1000
    );
    assert_eq!(reviews::parse(&c, ctx()).0.reviews.len(), 10_000);
    assert_eq!(reviews::parse(&b, ctx()).0.reviews.len(), 10_000);
}
