//! No silent arithmetic on the log (issue 21, item 7): a repeated line is one event, a
//! negation is not the event it names, and every keyword the reader lists is read.

use chrono::NaiveDate;

use super::*;
use crate::engine::input::DateOrder;
use EventKind::{Failed, PlannedSubmission, PreparationStarted, Resubmitted, Submitted};

fn ctx() -> DateContext {
    DateContext {
        today: NaiveDate::from_ymd_opt(2026, 11, 25).unwrap_or_default(),
        order: DateOrder::MonthFirst,
    }
}

fn kinds(text: &str) -> Vec<EventKind> {
    parse(text, ctx()).0.events.iter().map(|e| e.kind).collect()
}

#[test]
fn an_exact_repeat_of_a_line_is_one_event() {
    let once = "2026-09-07 submitted\n2026-10-05 failed\n2026-10-20 resubmitted";
    let twice = format!("{once}\n{once}\n");
    let (log, d) = parse(&twice, ctx());
    assert_eq!(
        log.events.iter().map(|e| e.kind).collect::<Vec<_>>(),
        vec![Submitted, Failed, Resubmitted]
    );
    assert_eq!((log.repeats, log.lines_skipped), (3, 0));
    let note = d
        .iter()
        .find(|d| d.message.contains("repeat"))
        .unwrap_or_else(|| panic!("{d:?}"));
    assert_eq!(note.line, 4);
    assert!(
        note.message.starts_with(
            "3 lines repeat an earlier line exactly (the first, line 4, repeats line 1)"
        ),
        "{}",
        note.message
    );
    // A huge log pasted a thousand times reads as the log once.
    let big = format!("{once}\n").repeat(1001);
    let (log, _) = parse(&big, ctx());
    assert_eq!((log.events.len(), log.repeats), (3, 3000));
    // Whitespace around a line does not make it another event; other words do.
    let (log, _) = parse(
        "2026-09-07 submitted\n  2026-09-07 submitted  \n2026-09-07 submitted again",
        ctx(),
    );
    assert_eq!((log.events.len(), log.repeats), (2, 1));
}

#[test]
fn a_negation_is_not_the_event_it_names() {
    let table: &[(&str, Vec<EventKind>)] = &[
        ("2026-09-07 not yet submitted", vec![]),
        ("2026-09-07 not submitted yet", vec![]),
        ("2026-09-07 failed to submit (portal down)", vec![]),
        ("2026-09-07 unable to submit", vec![]),
        ("2026-09-07 haven't submitted", vec![]),
        ("2026-09-07 has not been submitted", vec![]),
        ("2026-09-07 never listed", vec![]),
        ("2026-09-07 did not pass", vec![Failed]),
        (
            "2026-09-07 not yet submitted, will submit next week",
            vec![PlannedSubmission],
        ),
        ("2026-09-07 submitted", vec![Submitted]),
        ("2026-09-07 review failed", vec![Failed]),
    ];
    for (line, want) in table {
        let (log, d) = parse(line, ctx());
        let got: Vec<EventKind> = log.events.iter().map(|e| e.kind).collect();
        assert_eq!(&got, want, "{line}: {d:?}");
        if want.is_empty() {
            assert_eq!(log.lines_skipped, 1, "{line}");
            assert!(
                d.iter().any(|d| d.message.contains("did not happen")),
                "{line}: {d:?}"
            );
        }
    }
}

#[test]
fn every_keyword_the_reader_lists_is_read() {
    // The keywords the skip message names, each alone on a dated line.
    let (_, d) = parse("2026-09-07 lunch", ctx());
    let listed = d.first().map(|d| d.message.clone()).unwrap_or_default();
    let names = listed
        .split_once('(')
        .and_then(|(_, r)| r.split_once(')'))
        .map(|(l, _)| l.to_string())
        .unwrap_or_default();
    let names: Vec<&str> = names.split(", ").collect();
    assert!(names.len() >= 10, "{listed}");
    for name in names {
        let got = kinds(&format!("2026-09-07 {name}"));
        assert_eq!(got.len(), 1, "keyword {name:?} is listed but not read");
    }
    assert_eq!(
        kinds("2026-09-07 prepared the package"),
        vec![PreparationStarted]
    );
    // The keywords the module documentation names.
    for word in [
        "began preparing",
        "prep",
        "hardening",
        "kick-off",
        "Checkmarx",
        "Code Analyzer",
        "scan",
        "planning to submit",
        "will submit",
        "submitted",
        "resubmitted",
        "bounced",
        "returned",
        "incomplete",
        "failed",
        "rejected",
        "not approved",
        "findings",
        "provisional pass",
        "passed",
        "approved",
        "listed",
        "published",
        "live",
        "re-review",
        "periodic review",
    ] {
        assert_eq!(kinds(&format!("2026-09-07 {word}")).len(), 1, "{word}");
    }
}
