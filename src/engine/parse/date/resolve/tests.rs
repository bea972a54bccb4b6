use super::*;
use crate::engine::parse::date::scan_raw;
use DateOrder::{DayFirst, MonthFirst};

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

const TODAY: (i32, u32, u32) = (2026, 11, 25);

/// Resolves one candidate per line (lines without one are left out).
fn run(lines: &[&str], order: DateOrder) -> Resolution {
    let cands: Vec<Candidate> = lines
        .iter()
        .zip(1..)
        .filter_map(|(l, no)| {
            scan_raw(l).map(|(raw, r)| Candidate {
                line: no,
                raw,
                text: Cow::Borrowed(l.get(r).unwrap_or("")),
                planned: l.contains("will ") || l.contains("planned"),
            })
        })
        .collect();
    let (y, m, d) = TODAY;
    let ctx = DateContext {
        today: ymd(y, m, d),
        order,
    };
    resolve(&cands, ctx, InputKind::Reviews)
}

fn dates(r: &Resolution) -> Vec<Option<NaiveDate>> {
    r.dates.iter().map(|d| d.ok().map(|d| d.date)).collect()
}

fn notes(r: &Resolution) -> Vec<(usize, &str)> {
    r.notes
        .iter()
        .map(|d| (d.line, d.message.as_str()))
        .collect()
}

#[test]
fn a_date_readable_one_way_decides_the_ambiguous_ones() {
    for order in [MonthFirst, DayFirst] {
        let r = run(&["03/04/2026 ok", "28/10/2026", "05/06/2026"], order);
        assert_eq!(
            dates(&r),
            vec![
                Some(ymd(2026, 4, 3)),
                Some(ymd(2026, 10, 28)),
                Some(ymd(2026, 6, 5))
            ]
        );
        assert_eq!((r.order, r.ambiguous), (DayFirst, 0));
        let n = notes(&r);
        assert_eq!(n.len(), 1, "{n:?}");
        assert_eq!(n[0].0, 1);
        assert!(
            n[0].1
                .contains("2 dates such as \u{201c}03/04/2026\u{201d}"),
            "{n:?}"
        );
        assert!(
            n[0].1.contains("\u{201c}28/10/2026\u{201d} on line 2"),
            "{n:?}"
        );
        assert_eq!(
            n[0].1.contains("setting says month/day"),
            order == MonthFirst
        );
    }
}

#[test]
fn without_evidence_the_setting_decides_and_says_how_to_change_it() {
    let r = run(&["x", "03/04/2026", "2026-01-01", "05/06/2026"], MonthFirst);
    assert_eq!(dates(&r)[0], Some(ymd(2026, 3, 4)));
    assert_eq!((r.order, r.ambiguous), (MonthFirst, 2));
    let n = notes(&r);
    assert_eq!(n.len(), 1);
    assert_eq!(n[0].0, 2);
    assert!(
        n[0].1.contains("switch the date order to day/month"),
        "{n:?}"
    );
    // Unambiguous input: no note at all.
    assert!(run(&["2026-01-01", "04/04/2026", "Mar 1, 2026"], DayFirst)
        .notes
        .is_empty());
}

#[test]
fn dates_written_both_ways_are_flagged() {
    let r = run(&["21/05/2026", "05/21/2026", "03/04/2026"], DayFirst);
    assert_eq!(
        dates(&r),
        vec![
            Some(ymd(2026, 5, 21)),
            Some(ymd(2026, 5, 21)),
            Some(ymd(2026, 4, 3))
        ]
    );
    assert_eq!(r.ambiguous, 1);
    let n = notes(&r);
    assert_eq!(n.len(), 1);
    assert!(n[0].1.contains("written both ways"), "{n:?}");
    assert!(n[0].1.contains("check it"), "{n:?}");
}

#[test]
fn yearless_dates_take_the_year_of_their_neighbours() {
    let r = run(
        &[
            "Dec 20, 2025 submitted",
            "Jan 5 failed",
            "Feb 3 resubmitted",
            "Mar 9 passed",
        ],
        MonthFirst,
    );
    assert_eq!(
        dates(&r),
        vec![
            Some(ymd(2025, 12, 20)),
            Some(ymd(2026, 1, 5)),
            Some(ymd(2026, 2, 3)),
            Some(ymd(2026, 3, 9))
        ]
    );
    assert!(r
        .dates
        .iter()
        .skip(1)
        .all(|d| d.is_ok_and(|d| d.year_inferred)));
    let n = notes(&r);
    assert_eq!(n.len(), 1);
    assert_eq!(n[0].0, 2);
    assert!(n[0].1.starts_with("3 dates without a year"), "{n:?}");
    assert!(n[0].1.contains("neighbouring dated lines"), "{n:?}");
    // Before the first dated line, the next dated line is the anchor.
    let r = run(&["Sep 8 – submitted", "2025-10-01 failed"], MonthFirst);
    assert_eq!(dates(&r)[0], Some(ymd(2025, 9, 8)));
}

#[test]
fn yearless_dates_alone_are_a_history_in_the_past() {
    // A line that says it is planned may lie ahead; the others lie on or before today.
    let r = run(&["14 October: failed", "Jan 15 planned"], MonthFirst);
    assert_eq!(
        dates(&r),
        vec![Some(ymd(2026, 10, 14)), Some(ymd(2027, 1, 15))]
    );
    let n = notes(&r);
    assert_eq!(n.len(), 2, "{n:?}");
    assert!(n
        .iter()
        .any(|(l, m)| *l == 1 && m.contains("year 2026 taken")));
    assert!(n.iter().any(|(l, m)| *l == 2
        && m.contains("say they are planned")
        && m.contains("nearest the analysis date 2026-11-25")));
    let r = run(&["Feb 29"], MonthFirst);
    assert_eq!(dates(&r), vec![Some(ymd(2024, 2, 29))]);
}

#[test]
fn a_history_is_read_in_time_order_from_the_last_line_back() {
    // (lines, dates read as (y, m, d), how the note says they were read); today is
    // 2026-11-25.
    type Case<'a> = (&'a [&'a str], &'a [(i32, u32, u32)], &'a str);
    let table: &[Case] = &[
        (
            &[
                "Mar 2 started",
                "Apr 9 submitted",
                "May 21 failed",
                "May 22 resubmitted",
            ],
            &[(2026, 3, 2), (2026, 4, 9), (2026, 5, 21), (2026, 5, 22)],
            "in time order",
        ),
        // Across a new year, oldest first and newest first.
        (
            &["Dec 18 failed", "Jan 10 resubmitted", "Feb 20 passed"],
            &[(2025, 12, 18), (2026, 1, 10), (2026, 2, 20)],
            "in time order",
        ),
        (
            &["Feb 20 passed", "Jan 10 resubmitted", "Dec 18 failed"],
            &[(2026, 2, 20), (2026, 1, 10), (2025, 12, 18)],
            "newest first",
        ),
        // The last line is after today's month-day: it is last year's.
        (
            &["Nov 30 submitted", "Dec 10 failed"],
            &[(2025, 11, 30), (2025, 12, 10)],
            "in time order",
        ),
        // The same day twice is in order.
        (
            &["Nov 25 submitted", "Nov 25 bounced"],
            &[(2026, 11, 25), (2026, 11, 25)],
            "in time order",
        ),
        // Neither order fits in a year: each is its most recent past date.
        (
            &["Jun 1", "Feb 3", "Sep 9", "Mar 1"],
            &[(2026, 6, 1), (2026, 2, 3), (2026, 9, 9), (2026, 3, 1)],
            "not in time order",
        ),
    ];
    for (lines, want, how) in table {
        let r = run(lines, MonthFirst);
        let want: Vec<Option<NaiveDate>> =
            want.iter().map(|&(y, m, d)| Some(ymd(y, m, d))).collect();
        assert_eq!(dates(&r), want, "{lines:?}");
        let n = notes(&r);
        assert_eq!(n.len(), 1, "{lines:?}: {n:?}");
        assert!(n[0].1.contains(how), "{lines:?}: {}", n[0].1);
        assert!(n[0].1.contains("Write the year"), "{}", n[0].1);
    }
}

#[test]
fn relative_dates_count_back_from_today_and_are_approximate() {
    let r = run(
        &[
            "4 weeks ago",
            "yesterday",
            "last month",
            "3 days ago",
            "9999 years ago",
        ],
        MonthFirst,
    );
    assert_eq!(
        dates(&r),
        vec![
            Some(ymd(2026, 10, 28)),
            Some(ymd(2026, 11, 24)),
            Some(ymd(2026, 10, 25)),
            Some(ymd(2026, 11, 22)),
            None
        ]
    );
    assert!(r.dates.iter().flatten().all(|d| d.approximate));
    assert_eq!(r.dates[4], Err(DateError::YearOutOfRange));
    let n = notes(&r);
    assert_eq!(n.len(), 1);
    assert!(
        n[0].1.starts_with("4 dates relative to the analysis date"),
        "{n:?}"
    );
    assert!(n[0].1.contains("approximate"), "{n:?}");
}

#[test]
fn invalid_candidates_stay_errors() {
    let r = run(&["2026-02-30", "Feb 30", "13/13/2026"], MonthFirst);
    assert!(r.dates.iter().all(Result::is_err));
    assert!(r.notes.is_empty());
}

mod props {
    use proptest::prelude::*;

    use super::*;

    fn piece() -> impl Strategy<Value = String> {
        prop_oneof![
            Just("21/05/2026".to_string()),
            Just("05/21/2026".to_string()),
            Just("03/04/2026".to_string()),
            Just("Sep 8".to_string()),
            Just("Feb 29".to_string()),
            Just("29 Feb".to_string()),
            Just("4 weeks ago".to_string()),
            Just("9999 years ago".to_string()),
            Just("yesterday".to_string()),
            Just("2026-02-30".to_string()),
            Just("Dec 31, 2199".to_string()),
            Just("Jan 1, 1900".to_string()),
            "[0-9/ .-]{1,12}",
            "[A-Za-z0-9 ]{1,12}",
            any::<String>(),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn every_candidate_gets_an_answer_and_notes_name_its_lines(
            lines in prop::collection::vec(piece(), 0..30),
            day_first in any::<bool>(),
            days in 0i64..120_000,
        ) {
            let order = if day_first { DayFirst } else { MonthFirst };
            let today = NaiveDate::from_ymd_opt(1900, 1, 1)
                .and_then(|d| d.checked_add_signed(chrono::Duration::days(days)))
                .unwrap_or_default();
            let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
            let cands: Vec<Candidate> = refs
                .iter()
                .zip(1..)
                .filter_map(|(l, no)| {
                    let (raw, r) = scan_raw(l)?;
                    Some(Candidate { line: no, raw, text: Cow::Borrowed(l.get(r)?), planned: no % 3 == 0 })
                })
                .collect();
            let r = resolve(&cands, DateContext { today, order }, InputKind::SecurityReview);
            prop_assert_eq!(r.dates.len(), cands.len());
            let lines_with_dates: Vec<usize> = cands.iter().map(|c| c.line).collect();
            prop_assert!(r.notes.iter().all(|n| lines_with_dates.contains(&n.line)));
            prop_assert!(r.notes.len() <= 4);
            for (c, d) in cands.iter().zip(&r.dates) {
                if let (RawDate::Relative(_), Ok(d)) = (c.raw, d) {
                    prop_assert!(d.date <= today && d.approximate);
                }
                if let (RawDate::NoYear { month, day }, Ok(d)) = (c.raw, d) {
                    prop_assert_eq!((d.date.month(), d.date.day()), (month, day));
                }
            }
        }

        #[test]
        fn a_history_of_yearless_dates_lies_in_the_past_and_in_order(
            days in prop::collection::vec((1u32..=12, 1u32..=28, any::<bool>()), 1..20),
            offset in 0i64..3_000,
        ) {
            let today = NaiveDate::from_ymd_opt(2020, 1, 1)
                .and_then(|d| d.checked_add_signed(chrono::Duration::days(offset)))
                .unwrap_or_default();
            let cands: Vec<Candidate> = days
                .iter()
                .zip(1..)
                .map(|(&(month, day, planned), line)| Candidate {
                    line,
                    raw: RawDate::NoYear { month, day },
                    text: Cow::Borrowed("x"),
                    planned,
                })
                .collect();
            let r = resolve(&cands, DateContext { today, order: MonthFirst }, InputKind::SecurityReview);
            let past: Vec<NaiveDate> = cands
                .iter()
                .zip(&r.dates)
                .filter(|(c, _)| !c.planned)
                .filter_map(|(_, d)| d.ok().map(|d| d.date))
                .collect();
            // Every date of a line not planned is on or before today, within a year of the
            // last (or first) line, which is within a year of today; the order read is kept.
            prop_assert!(past.iter().all(|d| *d <= today));
            let note = r.notes.iter().find(|n| n.message.contains("a log tells"));
            prop_assert_eq!(note.is_some(), !past.is_empty());
            let message = note.map_or("", |n| n.message.as_str());
            if message.contains("in time order,") && !message.contains("not in time order") {
                prop_assert!(past.windows(2).all(|w| w[0] <= w[1]));
            }
            if message.contains("newest first") {
                prop_assert!(past.windows(2).all(|w| w[0] >= w[1]));
            }
            for d in &past {
                prop_assert!((today - *d).num_days() <= 2 * 366);
            }
        }
    }
}
