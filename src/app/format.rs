//! Words and numbers for display. Presentation only: every figure comes from the report.

use chrono::{Datelike, NaiveDate};

use crate::engine::input::AppType;
use crate::engine::report::Source;
use crate::engine::rules::SourceKind;

pub use crate::engine::words::{capitalized, count, date, month, stars};

/// A date as an HTML date value, `YYYY-MM-DD` (chrono writes years above 9999 with a
/// `+`, which a date field does not read).
pub fn iso_date(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

/// A plan step's dates: one date when it starts and ends the same day, else
/// "7 Dec 2026 – 11 Jan 2027".
pub fn date_span(from: NaiveDate, to: NaiveDate) -> String {
    if from == to {
        date(from)
    } else {
        format!("{} \u{2013} {}", date(from), date(to))
    }
}

/// A rule figure as typed: no trailing ".0", at most a few decimals.
pub fn figure(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        let s = crate::engine::decimal::fixed(v, 4);
        s.trim_end_matches('0').trim_end_matches('.').to_owned()
    }
}

/// Signed weeks for a factor ("+2 weeks", "−1 week", "" for explanatory factors).
pub fn weeks_delta(w: i32) -> String {
    if w == 0 {
        return String::new();
    }
    let sign = if w > 0 { "+" } else { "\u{2212}" };
    let n = w.unsigned_abs();
    format!("{sign}{n} {}", if n == 1 { "week" } else { "weeks" })
}

/// The web address to link a source's title to: its `url` when it is an `http(s)` address,
/// else `None` (the title stays plain text). The addresses come from our rule data, not from
/// the user, but any other scheme (`javascript:`, `data:`, …) is refused all the same.
pub fn source_href(source: &Source) -> Option<&str> {
    source
        .url
        .as_deref()
        .filter(|u| u.starts_with("https://") || u.starts_with("http://"))
}

/// The CSS classes of a source-strength tag: its name in lower case (`team default`).
pub fn source_kind_class(kind: SourceKind) -> String {
    kind.key().to_ascii_lowercase()
}

/// A CSS class name from a JSON name: underscores become hyphens (`in_review` →
/// `in-review`).
pub fn class_name(key: &str) -> String {
    key.replace('_', "-")
}

/// Review fees in words: "$1998", or what to say when it is unknown whether the solution
/// is paid.
pub fn fees(usd: Option<u32>) -> String {
    match usd {
        Some(n) => format!("${n}"),
        None => "unknown \u{2014} say whether the solution is paid".to_owned(),
    }
}

/// The fee of one attempt as a parenthesis to append (" ($999 per attempt)"); empty when
/// it is unknown whether the solution is paid.
pub fn per_attempt(usd: Option<u32>) -> String {
    usd.map(|n| format!(" (${n} per attempt)"))
        .unwrap_or_default()
}

/// The review range in words: "Native (package)", "Connected (API)", or, when nothing is
/// said about the solution, what to say.
pub fn range(app_type: Option<AppType>) -> &'static str {
    match app_type {
        Some(t) => t.label(),
        None => "Range not said \u{2014} say what the solution is made of",
    }
}
