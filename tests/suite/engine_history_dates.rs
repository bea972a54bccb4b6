//! Dates in a history are the past (issue 21, item 1): review notes written without a
//! year, the way people write them (chat lines, bullets, tables; newest first or oldest
//! first; across a new year), read as of an analysis date long after them.

use crate::engine_common;

use engine_common::d;
use listing_analyzer::engine::input::Input;
use listing_analyzer::engine::report::{InputKind, Report, ReviewStatus};
use listing_analyzer::engine::{analyze, parse_input};

/// The report for a security-review log analysed on `today`.
fn run(log: &str, today: (i32, u32, u32)) -> Report {
    let json = serde_json::json!({
        "schema_version": 1,
        "today": d(today.0, today.1, today.2).to_string(),
        "security_review": { "log": log },
    });
    let input: Input = parse_input(&json.to_string()).expect("input");
    analyze(&input, d(2030, 1, 1))
}

/// The events of the timeline as `(date, line)`.
fn events(r: &Report) -> Vec<(chrono::NaiveDate, usize)> {
    r.time_to_listing
        .events
        .iter()
        .map(|e| (e.date, e.line))
        .collect()
}

/// The security-review diagnostics' messages.
fn notes(r: &Report) -> Vec<String> {
    r.diagnostics
        .iter()
        .filter(|d| d.input == InputKind::SecurityReview)
        .map(|d| d.message.clone())
        .collect()
}

/// The real timeline of DOMAIN.md §6 (the document-generation app, 2026), written four ways.
const REAL: [&str; 4] = [
    "Mar 2 - started hardening for the security review\nApr 8 - Checkmarx scan in the partner portal\nApr 9 - submitted\nMay 21 - not approved, 30 findings (4 clickjacking, 26 CRUD/FLS)\nMay 22 - resubmitted",
    "- Mar 2: began preparing\n- Apr 9: submitted to security review\n- May 21: failed, 30 findings\n- May 22: resubmitted (fixed overnight)",
    "| Date | Event |\n|---|---|\n| 2 March | hardening started |\n| 9 April | submitted |\n| 21 May | not approved: 30 findings |\n| 22 May | resubmitted |",
    "[10:02] me: Mar 2 started prep\n[10:03] me: apr 9 submitted!!\n[10:04] me: May 21 failed 😞 30 findings\n[10:05] me: May 22 resubmitted",
];

#[test]
fn the_real_timeline_without_years_is_read_in_the_past() {
    for log in REAL {
        let r = run(log, (2026, 12, 6));
        let t = &r.time_to_listing;
        assert_eq!(t.status, ReviewStatus::InReview, "{log}\n{:?}", notes(&r));
        assert_eq!((t.attempts, t.failed_attempts), (2, 1), "{log}");
        assert_eq!(t.prepared_from, Some(d(2026, 3, 2)), "{log}");
        let dates: Vec<_> = events(&r).iter().map(|e| e.0).collect();
        assert_eq!(dates.first(), Some(&d(2026, 3, 2)), "{log}");
        assert_eq!(dates.last(), Some(&d(2026, 5, 22)), "{log}");
        let n = notes(&r);
        assert!(
            !n.iter().any(|m| m.contains("after the analysis date")),
            "{n:?}"
        );
        let note = n
            .iter()
            .find(|m| m.contains("without a year"))
            .unwrap_or_else(|| panic!("no note in {n:?}"));
        assert!(note.contains("year 2026 taken"), "{note}");
        assert!(note.contains("in time order"), "{note}");
        assert!(note.contains(", 2025\u{201d}"), "how to write it: {note}");
    }
}

#[test]
fn with_years_the_same_timeline_reads_the_same() {
    let log = "2026-03-02 started hardening\n2026-04-09 submitted\n2026-05-21 not approved, 30 findings\n2026-05-22 resubmitted";
    let r = run(log, (2026, 12, 6));
    let without = run(REAL[0], (2026, 12, 6));
    assert_eq!(r.time_to_listing.status, without.time_to_listing.status);
    assert_eq!(r.time_to_listing.start, without.time_to_listing.start);
    assert_eq!(r.time_to_listing.likely, without.time_to_listing.likely);
}

#[test]
fn newest_first_notes_read_the_same_dates() {
    let log = "May 22 - resubmitted\nMay 21 - not approved, 30 findings\nApr 9 - submitted\nMar 2 - started hardening";
    let r = run(log, (2026, 12, 6));
    let mut dates: Vec<_> = events(&r).iter().map(|e| e.0).collect();
    dates.sort();
    assert_eq!(
        dates,
        vec![d(2026, 3, 2), d(2026, 4, 9), d(2026, 5, 21), d(2026, 5, 22)]
    );
    assert_eq!(r.time_to_listing.status, ReviewStatus::InReview);
    assert!(notes(&r).iter().any(|m| m.contains("newest first")));
}

/// A date as `(year, month, day)`.
type Ymd = (i32, u32, u32);

#[test]
fn a_log_crosses_a_new_year_in_either_order() {
    let table: &[(&str, Ymd, [Ymd; 3])] = &[
        (
            "Nov 20 submitted\nDec 18 failed\nJan 10 resubmitted",
            (2026, 12, 6),
            [(2025, 11, 20), (2025, 12, 18), (2026, 1, 10)],
        ),
        (
            "Jan 10 resubmitted\nDec 18 failed\nNov 20 submitted",
            (2026, 12, 6),
            [(2026, 1, 10), (2025, 12, 18), (2025, 11, 20)],
        ),
        (
            "Nov 20 submitted\nDec 18 failed\nJan 10 resubmitted",
            (2027, 1, 15),
            [(2026, 11, 20), (2026, 12, 18), (2027, 1, 10)],
        ),
        // Analysed the day of the last line.
        (
            "Oct 1 submitted\nNov 2 failed\nDec 6 resubmitted",
            (2026, 12, 6),
            [(2026, 10, 1), (2026, 11, 2), (2026, 12, 6)],
        ),
    ];
    for (log, today, want) in table {
        let r = run(log, *today);
        let mut got: Vec<_> = events(&r);
        got.sort_by_key(|e| e.1);
        let got: Vec<_> = got.iter().map(|e| e.0).collect();
        let want: Vec<_> = want.iter().map(|&(y, m, dd)| d(y, m, dd)).collect();
        assert_eq!(got, want, "{log} on {today:?}: {:?}", notes(&r));
    }
}

#[test]
fn lines_out_of_order_each_take_their_most_recent_past_date() {
    // Neither order fits in one year: each date is the latest on or before today.
    let log = "Jun 1 submitted\nFeb 3 started prep\nSep 9 failed\nMar 1 scan";
    let r = run(log, (2026, 12, 6));
    let mut got = events(&r);
    got.sort_by_key(|e| e.1);
    let got: Vec<_> = got.iter().map(|e| e.0).collect();
    assert_eq!(
        got,
        vec![d(2026, 6, 1), d(2026, 2, 3), d(2026, 9, 9), d(2026, 3, 1)]
    );
    assert!(notes(&r).iter().any(|m| m.contains("not in time order")));
}

#[test]
fn planned_lines_may_lie_in_the_future() {
    let log =
        "Oct 5 started hardening\nNov 30 scan with Code Analyzer\nJan 15 - planning to submit";
    let r = run(log, (2026, 12, 6));
    let t = &r.time_to_listing;
    assert_eq!(t.status, ReviewStatus::Preparing, "{:?}", notes(&r));
    assert_eq!(t.prepared_from, Some(d(2026, 10, 5)));
    let n = notes(&r);
    assert!(
        n.iter()
            .any(|m| m.contains("planned") && m.contains("2027-01-15")),
        "{n:?}"
    );
    // "will", "next" and "target" say the same.
    for line in [
        "Jan 15 we will submit",
        "next submission Jan 15",
        "Jan 15 target submission",
    ] {
        let r = run(&format!("Oct 5 started hardening\n{line}"), (2026, 12, 6));
        assert!(
            notes(&r).iter().any(|m| m.contains("2027-01-15")),
            "{line}: {:?}",
            notes(&r)
        );
    }
}

#[test]
fn dated_neighbours_still_take_precedence() {
    let log = "Dec 20, 2025 submitted\nJan 5 failed\nFeb 3 resubmitted\nMar 9 passed";
    let r = run(log, (2026, 12, 6));
    let got: Vec<_> = events(&r).iter().map(|e| e.0).collect();
    assert_eq!(
        got,
        vec![d(2025, 12, 20), d(2026, 1, 5), d(2026, 2, 3), d(2026, 3, 9)]
    );
    assert!(notes(&r)
        .iter()
        .any(|m| m.contains("neighbouring dated lines")));
}
