//! The ISO date writer and reader give what chrono gives, text for text and error for
//! error.

use std::str::FromStr;

use chrono::NaiveDate;
use proptest::prelude::*;

use super::{parse, push_ymd, DateTextError};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a valid test date")
}

fn written(d: NaiveDate, sep: &str) -> String {
    let mut out = String::new();
    push_ymd(&mut out, d, sep);
    out
}

#[test]
fn writes_dates_as_chrono_does() {
    let cases = [
        (date(2026, 11, 25), "2026-11-25"),
        (date(1900, 1, 1), "1900-01-01"),
        (date(7, 3, 9), "0007-03-09"),
        (date(0, 1, 1), "0000-01-01"),
        (date(-1, 12, 31), "-0001-12-31"),
        (date(10_000, 1, 1), "+10000-01-01"),
        (NaiveDate::MAX, "+262142-12-31"),
        (NaiveDate::MIN, "-262143-01-01"),
    ];
    for (d, want) in cases {
        assert_eq!(written(d, "-"), want, "{d:?}");
        assert_eq!(written(d, "-"), d.to_string(), "{d:?}");
    }
}

#[test]
fn writes_the_icalendar_form_as_chrono_strftime_does() {
    for d in [
        date(2026, 2, 3),
        date(5, 6, 7),
        date(-44, 3, 15),
        date(12_345, 1, 2),
    ] {
        assert_eq!(written(d, ""), d.format("%Y%m%d").to_string(), "{d:?}");
    }
}

#[test]
fn reads_dates_and_refuses_as_chrono_does() {
    use DateTextError::*;
    let read = [
        ("2026-11-25", date(2026, 11, 25)),
        (" 2026 - 1 -5 ", date(2026, 1, 5)),
        ("+12345-6-7", date(12_345, 6, 7)),
        ("-0001-12-31", date(-1, 12, 31)),
    ];
    let refused: [(DateTextError, &[&str]); 4] = [
        (
            OutOfRange,
            &[
                "2026-02-30",
                "2026-13-01",
                "2026-00-01",
                "+3000000000-1-1",
                "+99999999999999999999-1-1",
            ],
        ),
        (TooShort, &["", "2026-11", "2026-11-"]),
        (Invalid, &["foo", "2026/11/25", "20261-11-25"]),
        (TooLong, &["2026-11-25x"]),
    ];
    let cases = read.into_iter().map(|(text, d)| (text, Ok(d))).chain(
        refused
            .into_iter()
            .flat_map(|(why, texts)| texts.iter().map(move |&text| (text, Err(why)))),
    );
    for (text, want) in cases {
        assert_eq!(parse(text), want, "{text:?}");
        let chrono = NaiveDate::from_str(text).map_err(|e| e.to_string());
        assert_eq!(parse(text).map_err(|e| e.to_string()), chrono, "{text:?}");
    }
}

proptest! {
    #[test]
    fn reading_agrees_with_chrono(text in "[ \t+\\-0-9x/]{0,16}|[+\\-]?[0-9]{1,6}-[0-9]{1,3}-[0-9]{1,3}") {
        let ours = parse(&text).map_err(|e| e.to_string());
        let chrono = NaiveDate::from_str(&text).map_err(|e| e.to_string());
        prop_assert_eq!(ours, chrono, "{:?}", text);
    }

    #[test]
    fn writing_agrees_with_chrono(days in -100_000_000i32..100_000_000) {
        let d = NaiveDate::from_num_days_from_ce_opt(days).unwrap_or(NaiveDate::MIN);
        prop_assert_eq!(written(d, "-"), d.to_string());
        prop_assert_eq!(written(d, ""), d.format("%Y%m%d").to_string());
    }
}
