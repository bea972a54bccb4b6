use chrono::NaiveDate;

use super::*;
use crate::engine::input::DateOrder;
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
        let (log, d) = parse_mf(line);
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
    let (log, d) = parse_mf(text);
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
    let (log, d) = parse_mf("submitted in the autumn");
    assert!(log.events.is_empty());
    assert_eq!(log.lines_skipped, 1);
    assert_eq!(
        d.first().map(|d| (d.line, d.message.as_str())),
        Some((1, "No date found; line skipped."))
    );
}

#[test]
fn a_bare_day_and_month_starting_a_line_is_read() {
    // A tester's chat lines (7 Dec 2026): `21/05` at the start of a line is a date, its
    // year read as the log's other dates are (here: a history up to the analysis date).
    let (log, d) = parse_mf(
        "2026-04-09 submitted\n21/05 got the result: not approved, 30 findings\n- 14.06. resubmitted",
    );
    let got: Vec<_> = log
        .events
        .iter()
        .map(|e| (e.date, e.kind, e.line))
        .collect();
    assert_eq!(
        got,
        vec![
            (ymd(2026, 4, 9), Submitted, 1),
            (ymd(2026, 5, 21), Failed, 2),
            (ymd(2026, 6, 14), Resubmitted, 3)
        ],
        "{d:?}"
    );
    // Either way round: the setting decides, and a note says so.
    let (log, d) = parse_mf("2026-01-05 submitted\n3/2 failed");
    assert_eq!(
        log.events.get(1).map(|e| e.date),
        Some(ymd(2026, 3, 2)),
        "{d:?}"
    );
    assert!(d.iter().any(|d| d.message.contains("3/2")), "{d:?}");
    // Not a bare pair at the start: a score inside the line is no date.
    let (log, _) = parse_mf("submitted, 4/5 checks passed");
    assert!(log.events.is_empty());
    let (log, _) = parse_mf("32/13 submitted");
    assert!(log.events.is_empty());
}

#[test]
fn day_first_and_ambiguous_dates() {
    let text = "03/04/2026 submitted\n25/04/2026 failed\n";
    let (log, d) = parse(
        text,
        DateContext {
            today: today(),
            order: DateOrder::DayFirst,
        },
    );
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
        let _ = parse_mf(text);
    }
}

/// Parses `text` month-first on [`today`].
fn parse_mf(text: &str) -> (SecurityLog, Vec<Diagnostic>) {
    parse(
        text,
        DateContext {
            today: today(),
            order: DateOrder::MonthFirst,
        },
    )
}

/// The events of `text` read month-first, as `(date, kind, line)`.
fn events(text: &str) -> Vec<(NaiveDate, EventKind, usize)> {
    let (log, _) = parse_mf(text);
    log.events
        .iter()
        .map(|e| (e.date, e.kind, e.line))
        .collect()
}

#[test]
fn new_event_kinds() {
    use EventKind::{Bounced, Listed, PlannedSubmission, PreparationStarted, ReReview, Scan};
    let table: &[(&str, EventKind)] = &[
        (
            "2026-03-02 began preparing for the security review",
            PreparationStarted,
        ),
        ("2026-03-02 started preparing", PreparationStarted),
        ("2026-03-02 prep kick-off", PreparationStarted),
        (
            "2026-03-02 hardening for the review began",
            PreparationStarted,
        ),
        ("2026-03-02 review work began", PreparationStarted),
        ("2026-03-02 Checkmarx scan in the partner portal", Scan),
        ("2026-03-02 Code Analyzer run: clean", Scan),
        ("2026-03-02 Checkmarx scan passed", Scan),
        ("2026-03-02 DAST (ZAP) scan", Scan),
        ("2026-03-02 submitted with the Checkmarx report", Submitted),
        ("2026-03-02 bounced: expired test credentials", Bounced),
        ("2026-03-02 returned for incomplete materials", Bounced),
        ("2026-03-02 not approved: 30 findings", Failed),
        (
            "2026-03-02 30 findings (4 clickjacking, 26 CRUD/FLS)",
            Failed,
        ),
        ("2026-03-02 published", Listed),
        ("2026-03-02 passed and listed", Listed),
        ("2026-03-02 went live on AppExchange", Listed),
        ("2026-03-02 periodic re-review started", ReReview),
        ("2026-03-02 annual review", ReReview),
        ("2026-03-02 re-review failed", Failed),
        ("Planning to submit 2 March 2026", PlannedSubmission),
        ("2026-03-02 we will submit", PlannedSubmission),
        ("2026-03-02 target submission date", PlannedSubmission),
        ("Fixed the findings and resubmitted 2026-03-02", Resubmitted),
        ("\u{2705} 2026-03-02", Passed),
        ("\u{274C} 2026-03-02", Failed),
        ("\u{1F680} 2026-03-02", Listed),
        ("\u{1F389} 2026-03-02 approved!", Passed),
    ];
    for &(line, kind) in table {
        assert_eq!(events(line), vec![(ymd(2026, 3, 2), kind, 1)], "{line:?}");
    }
}

#[test]
fn the_five_note_styles_of_issue_9() {
    use EventKind::{Listed, PlannedSubmission, PreparationStarted};
    // 1. A verdict without a year, next to dated lines and on its own.
    assert_eq!(
        events("2026-09-08 submitted\nFailed \u{2014} CRUD/FLS findings 14 October"),
        vec![
            (ymd(2026, 9, 8), Submitted, 1),
            (ymd(2026, 10, 14), Failed, 2)
        ]
    );
    let (log, d) = parse_mf("Failed \u{2014} CRUD/FLS findings 14 October");
    assert_eq!(log.events.first().map(|e| e.date), Some(ymd(2026, 10, 14)));
    assert!(
        d.iter().any(|d| d.message.contains("without a year")),
        "{d:?}"
    );
    // 2. Chat-style lines.
    assert_eq!(
        events("Sep 8 \u{2013} submitted\nOct 14 \u{2013} failed \u{1F62C}\nOct 20 \u{2013} resubmitted"),
        vec![
            (ymd(2026, 9, 8), Submitted, 1),
            (ymd(2026, 10, 14), Failed, 2),
            (ymd(2026, 10, 20), Resubmitted, 3)
        ]
    );
    // 3. A Markdown table with day-first dates, read day-first throughout.
    let table = "| Date | Event | Notes |\n|---|---|---|\n| 02/03/2026 | Began preparing | |\n| 09/04/2026 | Submitted | |\n| 21/05/2026 | Not approved | 30 findings |\n| 22/05/2026 | Resubmitted | |\n| 09/07/2026 | Passed and listed | |";
    let (log, d) = parse_mf(table);
    let got: Vec<_> = log
        .events
        .iter()
        .map(|e| (e.date, e.kind, e.line))
        .collect();
    assert_eq!(
        got,
        vec![
            (ymd(2026, 3, 2), PreparationStarted, 3),
            (ymd(2026, 4, 9), Submitted, 4),
            (ymd(2026, 5, 21), Failed, 5),
            (ymd(2026, 5, 22), Resubmitted, 6),
            (ymd(2026, 7, 9), Listed, 7)
        ]
    );
    assert_eq!(log.lines_skipped, 0);
    assert!(d.iter().any(|d| d.message.contains("21/05/2026")), "{d:?}");
    // 4. A planned submission, in the future.
    assert_eq!(
        events("Planning to submit 15 January 2027"),
        vec![(ymd(2027, 1, 15), PlannedSubmission, 1)]
    );
    assert_eq!(
        events("Planning to submit 15 January"),
        vec![(ymd(2027, 1, 15), PlannedSubmission, 1)]
    );
    // 5. Preparation, dated or year-less; without any date it is named, not guessed.
    assert_eq!(
        events("Began preparing for the security review on 2 March 2026"),
        vec![(ymd(2026, 3, 2), PreparationStarted, 1)]
    );
    assert_eq!(
        events("2 Mar: Began preparing for the security review\n2026-04-09 submitted"),
        vec![
            (ymd(2026, 3, 2), PreparationStarted, 1),
            (ymd(2026, 4, 9), Submitted, 2)
        ]
    );
    let (log, d) = parse_mf("Began preparing for the security review");
    assert!(log.events.is_empty());
    assert_eq!(
        d.first().map(|d| d.message.as_str()),
        Some("No date found; line skipped.")
    );
}

#[test]
fn year_less_dates_take_the_nearest_year_of_their_neighbours() {
    assert_eq!(
        events("2026-12-20 submitted\nJan 10 failed"),
        vec![
            (ymd(2026, 12, 20), Submitted, 1),
            (ymd(2027, 1, 10), Failed, 2)
        ]
    );
    // Without a dated line the log is a history: its dates lie on or before the analysis
    // date (2026-11-25), unless the line says it is planned.
    assert_eq!(
        events("Dec 1 submitted"),
        vec![(ymd(2025, 12, 1), Submitted, 1)]
    );
    assert_eq!(
        events("Dec 1 will submit"),
        vec![(ymd(2026, 12, 1), EventKind::PlannedSubmission, 1)]
    );
    // Relative dates count back from the analysis date.
    assert_eq!(
        events("submitted last week"),
        vec![(ymd(2026, 11, 18), Submitted, 1)]
    );
    // Numbers that are not days are not dates.
    let (log, _) = parse_mf("May 45 submitted");
    assert!(log.events.is_empty());
}
