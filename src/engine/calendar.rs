//! The plan's milestones as an iCalendar (`.ics`) file (RFC 5545), for the app's download.
//!
//! Each plan step becomes an all-day event from its first to its last day. Lines end with
//! CRLF, text is escaped and long lines are folded at 75 octets, so calendar programs open
//! the file as it is. The text is deterministic: the same plan and date give the same file.

use std::fmt::Write as _;

use chrono::{Days, NaiveDate};

use crate::engine::report::PlanStep;

/// Escapes text for a TEXT property value.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Longest line, in octets, before a fold (RFC 5545 §3.1).
const FOLD_OCTETS: usize = 75;

/// Appends `line` folded at [`FOLD_OCTETS`] (never inside a character), ended by CRLF.
fn push_folded(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if width + n > FOLD_OCTETS {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += n;
    }
    out.push_str("\r\n");
}

/// A date as iCalendar's `DATE` value, `YYYYMMDD` (chrono's `%Y%m%d`).
fn ymd(d: NaiveDate) -> String {
    let mut out = String::with_capacity(8);
    crate::engine::iso_date::push_ymd(&mut out, d, "");
    out
}

/// The plan as an iCalendar file; `today` stamps the events.
pub fn ics(plan: &[PlanStep], today: NaiveDate) -> String {
    let mut out = String::with_capacity(512 + plan.len() * 400);
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//AppExchange listing analyzer//plan to a live listing//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        push_folded(&mut out, line);
    }
    for (i, s) in plan.iter().enumerate() {
        // DTEND of an all-day event is exclusive: the day after the last day.
        let end = s.to.checked_add_days(Days::new(1)).unwrap_or(s.to);
        let mut description = escape(&s.why);
        let _ = write!(
            description,
            " ({} {}\\, as of {})",
            escape(s.source.kind.key()),
            escape(&s.source.title),
            escape(&s.source.as_of)
        );
        for line in [
            "BEGIN:VEVENT".to_string(),
            format!("UID:plan-{}-{i}@listing-analyzer", ymd(s.from)),
            format!("DTSTAMP:{}T000000Z", ymd(today)),
            format!("DTSTART;VALUE=DATE:{}", ymd(s.from)),
            format!("DTEND;VALUE=DATE:{}", ymd(end)),
            format!("SUMMARY:{}", escape(&s.step)),
            format!("DESCRIPTION:{description}"),
            "TRANSP:TRANSPARENT".to_string(),
            "END:VEVENT".to_string(),
        ] {
            push_folded(&mut out, &line);
        }
    }
    push_folded(&mut out, "END:VCALENDAR");
    out
}
