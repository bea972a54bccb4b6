use super::*;
use DateOrder::{DayFirst, MonthFirst};

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

#[test]
fn every_form_parses_as_a_whole_string() {
    // (text, order, expected date, ambiguous)
    let table: &[(&str, DateOrder, NaiveDate, bool)] = &[
        ("2026-03-01", MonthFirst, ymd(2026, 3, 1), false),
        ("2026/03/01", MonthFirst, ymd(2026, 3, 1), false),
        ("2026.3.1", DayFirst, ymd(2026, 3, 1), false),
        ("2026-03-01T10:00:00Z", MonthFirst, ymd(2026, 3, 1), false),
        ("2026-03-01 10:00", MonthFirst, ymd(2026, 3, 1), false),
        ("03/01/2026", MonthFirst, ymd(2026, 3, 1), true),
        ("03/01/2026", DayFirst, ymd(2026, 1, 3), true),
        ("3/1/26", MonthFirst, ymd(2026, 3, 1), true),
        ("03-01-2026", MonthFirst, ymd(2026, 3, 1), true),
        ("01.03.2026", DayFirst, ymd(2026, 3, 1), true),
        ("03/25/2026", MonthFirst, ymd(2026, 3, 25), false),
        ("03/25/2026", DayFirst, ymd(2026, 3, 25), false),
        ("25/03/2026", MonthFirst, ymd(2026, 3, 25), false),
        ("04/04/2026", MonthFirst, ymd(2026, 4, 4), false),
        ("Mar 1, 2026", MonthFirst, ymd(2026, 3, 1), false),
        ("mar 1 2026", DayFirst, ymd(2026, 3, 1), false),
        ("March 1st, 2026", MonthFirst, ymd(2026, 3, 1), false),
        ("Sept. 22nd 2026", MonthFirst, ymd(2026, 9, 22), false),
        ("Mar-01-2026", MonthFirst, ymd(2026, 3, 1), false),
        ("1 March 2026", MonthFirst, ymd(2026, 3, 1), false),
        ("1 Mar 2026", MonthFirst, ymd(2026, 3, 1), false),
        ("1st of March, 2026", MonthFirst, ymd(2026, 3, 1), false),
        ("01-Mar-2026", MonthFirst, ymd(2026, 3, 1), false),
        ("3\u{a0}March\u{a0}2026", MonthFirst, ymd(2026, 3, 3), false),
        ("  2026-12-31  ", MonthFirst, ymd(2026, 12, 31), false),
        ("2024-02-29", MonthFirst, ymd(2024, 2, 29), false),
    ];
    for &(text, order, date, ambiguous) in table {
        assert_eq!(
            parse_date(text, order),
            Some(ParsedDate { date, ambiguous }),
            "{text:?} {order:?}"
        );
    }
}

#[test]
fn non_dates_and_invalid_dates_are_refused() {
    let table = [
        "",
        "5",
        "4.5",
        "4/5",
        "2026",
        "March 2026",
        "2026-02-30",
        "2025-02-29",
        "13/13/2026",
        "00/10/2026",
        "1.5.10",
        "2026-03-01 and more",
        "2026-03-01 5",
        "1850-01-01",
        "Mar 32, 2026",
        "Summary 1, 2026",
        "12345-01-01",
        "2026-03-011",
    ];
    for text in table {
        assert_eq!(parse_date(text, MonthFirst), None, "{text:?}");
    }
}

#[test]
fn scan_reports_why_a_date_shape_is_refused() {
    let table = [
        ("Posted 2026-02-30", Some(DateError::NotACalendarDate)),
        ("on Feb 30, 2026", Some(DateError::NotACalendarDate)),
        ("13/13/2026", Some(DateError::NotACalendarDate)),
        ("1850-01-01", Some(DateError::YearOutOfRange)),
        ("no date here 42", None),
    ];
    for (text, want) in table {
        let got = scan_date(text, MonthFirst).and_then(|(r, _)| r.err());
        assert_eq!(got, want, "{text:?}");
    }
}

#[test]
fn find_date_returns_the_first_valid_date_and_its_range() {
    let table: &[(&str, Option<(NaiveDate, &str)>)] = &[
        (
            "Jane D. · March 3, 2026",
            Some((ymd(2026, 3, 3), "March 3, 2026")),
        ),
        (
            "Submitted on 2026-01-05 (first try)",
            Some((ymd(2026, 1, 5), "2026-01-05")),
        ),
        (
            "bad 2026-02-30 then good 1 Apr 2026",
            Some((ymd(2026, 4, 1), "1 Apr 2026")),
        ),
        ("We have 5 users and 12 seats", None),
        ("Version 1.5.10 released", None),
        ("★★★★★", None),
        ("", None),
    ];
    for &(line, want) in table {
        let got = find_date(line, MonthFirst).map(|(d, r)| (d.date, line.get(r).unwrap_or("")));
        assert_eq!(got, want, "{line:?}");
    }
}

#[test]
fn month_words() {
    let table = [
        ("jan", Some(1)),
        ("JANUARY", Some(1)),
        ("Sept", Some(9)),
        ("sep", Some(9)),
        ("may", Some(5)),
        ("ma", None),
        ("marc", None),
        ("mayday", None),
    ];
    for (w, want) in table {
        assert_eq!(month_from_word(w.as_bytes()), want, "{w}");
    }
}

#[test]
fn the_year_range_is_the_supported_years_of_the_input() {
    let (first, last) = (*SUPPORTED_YEARS.start(), *SUPPORTED_YEARS.end());
    let table = [
        (format!("{first}-01-01"), Ok(ymd(first, 1, 1))),
        (format!("{last}-12-31"), Ok(ymd(last, 12, 31))),
        (
            format!("{}-12-31", first - 1),
            Err(DateError::YearOutOfRange),
        ),
        (
            format!("{}-01-01", last + 1),
            Err(DateError::YearOutOfRange),
        ),
    ];
    for (text, want) in table {
        let got = scan_date(&text, MonthFirst).map(|(r, _)| r.map(|p| p.date));
        assert_eq!(got, Some(want), "{text:?}");
    }
    let said = DateError::YearOutOfRange.describe();
    assert!(said.contains(&format!("{first}\u{2013}{last}")), "{said}");
}
