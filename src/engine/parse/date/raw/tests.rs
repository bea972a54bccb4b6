use super::*;

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

#[test]
fn candidates_as_people_write_them() {
    use RawDate::*;
    // (line, expected candidate, the text it covers)
    let table: &[(&str, Option<RawDate>, &str)] = &[
        (
            "2026-03-01 Submitted",
            Some(Fixed(ymd(2026, 3, 1))),
            "2026-03-01",
        ),
        (
            "| 21/05/2026 | failed |",
            Some(Numeric {
                first: 21,
                second: 5,
                year: 2026,
            }),
            "21/05/2026",
        ),
        (
            "Sep 8 – submitted",
            Some(NoYear { month: 9, day: 8 }),
            "Sep 8",
        ),
        (
            "Failed — CRUD/FLS findings 14 October",
            Some(NoYear { month: 10, day: 14 }),
            "14 October",
        ),
        ("8 Sep: scan", Some(NoYear { month: 9, day: 8 }), "8 Sep"),
        (
            "September 8th – passed",
            Some(NoYear { month: 9, day: 8 }),
            "September 8th",
        ),
        (
            "8th of Sep",
            Some(NoYear { month: 9, day: 8 }),
            "8th of Sep",
        ),
        ("May 4 listed", Some(NoYear { month: 5, day: 4 }), "May 4"),
        (
            "Reviewed 4 weeks ago",
            Some(Relative(Ago::Weeks(4))),
            "4 weeks ago",
        ),
        ("yesterday", Some(Relative(Ago::Days(1))), "yesterday"),
        (
            "Posted 3 days ago",
            Some(Relative(Ago::Days(3))),
            "3 days ago",
        ),
        (
            "last week we submitted",
            Some(Relative(Ago::Weeks(1))),
            "last week",
        ),
        ("a month ago", Some(Relative(Ago::Months(1))), "a month ago"),
        (
            "two years ago",
            Some(Relative(Ago::Years(2))),
            "two years ago",
        ),
        ("5 hours ago", Some(Relative(Ago::Days(0))), "5 hours ago"),
        ("Today", Some(Relative(Ago::Days(0))), "Today"),
        // A full date beats an earlier yearless or relative one.
        (
            "Sep 8 (yesterday): 2026-09-08",
            Some(Fixed(ymd(2026, 9, 8))),
            "2026-09-08",
        ),
        (
            "2026-02-30",
            Some(Invalid(DateError::NotACalendarDate)),
            "2026-02-30",
        ),
        (
            "Feb 30",
            Some(Invalid(DateError::NotACalendarDate)),
            "Feb 30",
        ),
        ("Feb 29", Some(NoYear { month: 2, day: 29 }), "Feb 29"),
    ];
    for &(line, want, covered) in table {
        let got = scan_raw(line);
        assert_eq!(got.as_ref().map(|g| g.0), want, "{line:?}");
        if let Some((_, r)) = got {
            assert_eq!(line.get(r), Some(covered), "{line:?}");
        }
    }
}

#[test]
fn prose_is_not_a_date() {
    for line in [
        "It may 5 times crash",
        "version 1.5 released",
        "top 10 features",
        "Mar 1.5 GB",
        "a long time ago",
        "the last version",
        "March madness",
        "in 3 weeks",
        "",
        "★★★★☆",
    ] {
        assert_eq!(scan_raw(line), None, "{line:?}");
    }
}
