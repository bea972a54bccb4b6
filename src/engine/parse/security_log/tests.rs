use chrono::NaiveDate;

use super::*;
use EventKind::{Failed, Passed, ProvisionalPass, Resubmitted, Submitted};

fn today() -> NaiveDate {
    ymd(2026, 11, 25)
}

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

#[test]
fn keyword_variants_and_word_order() {
    let table: &[(&str, EventKind)] = &[
        ("2026-01-05 submitted", Submitted),
        ("Submitted 2026-01-05", Submitted),
        ("Submission: Jan 5, 2026", Submitted),
        ("2026-01-05 first submission to security review", Submitted),
        ("Resubmitted on 2026-01-05", Resubmitted),
        ("2026-01-05 re-submitted", Resubmitted),
        ("Resubmission 5 January 2026", Resubmitted),
        ("2026-01-05 FAILED", Failed),
        ("Review failed 2026-01-05", Failed),
        ("2026-01-05 not approved", Failed),
        ("2026-01-05 rejected: CRUD/FLS", Failed),
        ("2026-01-05 did not pass", Failed),
        ("2026-01-05 didn't pass", Failed),
        ("Provisional pass 2026-01-05", ProvisionalPass),
        ("2026-01-05 provisionally approved", ProvisionalPass),
        ("2026-01-05 passed", Passed),
        ("Approved! 2026-01-05", Passed),
        ("Submission approved 2026-01-05", Passed),
        ("Resubmitted after failed review 2026-01-05", Resubmitted),
        ("Passed after resubmission 2026-01-05", Passed),
        ("2026-01-05\tsubmitted\tfirst try", Submitted),
    ];
    for &(line, kind) in table {
        let (log, d) = parse(line, DateOrder::MonthFirst, today());
        let got: Vec<_> = log
            .events
            .iter()
            .map(|e| (e.date, e.kind, e.line))
            .collect();
        assert_eq!(got, vec![(ymd(2026, 1, 5), kind, 1)], "{line:?} {d:?}");
        assert!(d.is_empty(), "{line:?} {d:?}");
    }
}

#[test]
fn a_full_log_with_comments_header_and_bad_lines() {
    let text = "# our review history\nDate, Event, Notes\n2026-01-05 submitted\n\n// internal\n2026-02-20 failed\nfixed CRUD/FLS\n2026-02-30 resubmitted\n2026-03-01\n2026-03-02 resubmitted\n2026-04-10 submitted\n2026-05-01 passed\n";
    let (log, d) = parse(text, DateOrder::MonthFirst, today());
    let got: Vec<_> = log.events.iter().map(|e| (e.kind, e.line)).collect();
    assert_eq!(
        got,
        vec![
            (Submitted, 3),
            (Failed, 6),
            (Resubmitted, 10),
            (Submitted, 11),
            (Passed, 12)
        ]
    );
    assert_eq!(log.lines_skipped, 3);
    let lines: Vec<usize> = d.iter().map(|d| d.line).collect();
    assert_eq!(lines, vec![7, 8, 9]);
    assert!(
        d[0].message.contains("No date and no event keyword"),
        "{}",
        d[0].message
    );
    assert!(
        d[1].message.contains("not a real calendar date"),
        "{}",
        d[1].message
    );
    assert!(
        d[2].message.contains("No event keyword"),
        "{}",
        d[2].message
    );
}

#[test]
fn keyword_without_date_is_diagnosed() {
    let (log, d) = parse("submitted last week", DateOrder::MonthFirst, today());
    assert!(log.events.is_empty());
    assert_eq!(log.lines_skipped, 1);
    assert_eq!(
        d.first().map(|d| (d.line, d.message.as_str())),
        Some((1, "No date found; line skipped."))
    );
}

#[test]
fn day_first_and_ambiguous_dates() {
    let text = "03/04/2026 submitted\n25/04/2026 failed\n";
    let (log, d) = parse(text, DateOrder::DayFirst, today());
    let dates: Vec<_> = log.events.iter().map(|e| e.date).collect();
    assert_eq!(dates, vec![ymd(2026, 4, 3), ymd(2026, 4, 25)]);
    assert_eq!(d.len(), 1);
    assert!(d[0].message.contains("day/month"), "{}", d[0].message);
}

#[test]
fn odd_inputs_do_not_panic() {
    for text in [
        "",
        "\u{0}",
        "#",
        "//",
        "2026-01-05",
        "é2026-01-05 pass",
        "<script>submitted</script> 1 Jan 2026",
    ] {
        let _ = parse(text, DateOrder::MonthFirst, today());
    }
}
