//! The report as a Markdown document and as JSON, for the download buttons.

use std::fmt::Write as _;

use super::{first_visit, format};
use crate::engine::report::summary::SummaryState;
use crate::engine::report::{Report, Source};

mod checklist;

/// The report as pretty-printed JSON (the engine's report shape, unchanged).
/// In the browser the browser's `JSON` writes it (see [`super::json`]).
pub fn json(report: &Report) -> String {
    #[cfg(target_arch = "wasm32")]
    return super::json::to_json_pretty(report);
    // Serialising plain data with string keys cannot fail.
    #[cfg(not(target_arch = "wasm32"))]
    serde_json::to_string_pretty(report).unwrap_or_default()
}

/// Makes `s` inert inside a Markdown table cell or list item: HTML becomes text (`<`, `>`
/// and `&` as entities), every character that could start a link, an image, emphasis,
/// code or a table cell is backslash-escaped, and line breaks become spaces. Text from
/// the user (quoted review lines, labels, values) goes through here, so a pasted
/// `<img onerror=…>`, `![](http://…)` or `[x](javascript:…)` stays text wherever the file
/// is rendered.
pub fn cell(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\n' | '\r' => out.push(' '),
            '\\' | '`' | '*' | '_' | '[' | ']' | '(' | ')' | '!' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

/// Writes one Markdown table row, each cell made safe with [`cell`].
fn row(md: &mut String, cells: &[&str]) {
    let escaped: Vec<String> = cells.iter().map(|c| cell(c)).collect();
    row_escaped(md, &escaped);
}

/// A table row of cells that are already Markdown (each made with [`cell`] or
/// [`source_cell`]).
fn row_escaped(md: &mut String, cells: &[String]) {
    md.push('|');
    for c in cells {
        md.push(' ');
        md.push_str(c);
        md.push_str(" |");
    }
    md.push('\n');
}

/// A source as a Markdown table cell: `[title](url) (kind)` when it has an `http(s)` address
/// made only of characters that cannot end the link or the cell early, else the escaped
/// title and kind as text. The title always goes through [`cell`]; the address comes from
/// our rule data, and is checked all the same.
pub fn source_cell(source: &Source, kind: &str) -> String {
    let title = cell(&source.title);
    let kind = cell(kind);
    let safe = |u: &&str| {
        u.chars().all(|c| {
            c.is_ascii_graphic()
                && !matches!(c, '(' | ')' | '<' | '>' | '[' | ']' | '|' | '\\' | '`')
        })
    };
    match format::source_href(source).filter(safe) {
        Some(url) => format!("[{title}]({url}) ({kind})"),
        None => format!("{title} ({kind})"),
    }
}

fn yes_no(b: bool) -> &'static str {
    if b {
        "yes"
    } else {
        "no"
    }
}

/// The report as a Markdown document.
pub fn markdown(report: &Report) -> String {
    let mut md = String::with_capacity(8 * 1024);
    // Writing into a String cannot fail, so the results of `writeln!` are ignored.
    let _ = writeln!(md, "# AppExchange listing analysis\n");
    let _ = writeln!(md, "Analysis date: {}\n", format::date(report.today));

    let sum = &report.summary;
    let _ = writeln!(md, "## Summary\n");
    for line in sum.lines(true) {
        let _ = writeln!(md, "- {}", cell(&line));
    }

    let t = &report.time_to_listing;
    let _ = writeln!(md, "\n## Time to listing\n");
    let tw = &sum.time_to_listing;
    let _ = writeln!(
        md,
        "**{}**{}\n",
        cell(&tw.words.headline),
        detail(tw.words.detail.as_deref())
    );
    if let Some(when) = &tw.when {
        let _ = writeln!(md, "{}.\n", cell(when));
    }
    let _ = writeln!(
        md,
        "- Status: {}\n- {}\n- Counted from: {}\n- Attempts: {} ({} failed)\n- Review fee per attempt: {}\n- Review fees: {}\n",
        t.status.label(),
        format::range(t.app_type),
        format::date(t.start),
        t.attempts,
        t.failed_attempts,
        format::fees(t.fee_per_attempt_usd),
        format::fees(t.fees_usd)
    );
    let _ = writeln!(md, "### Factors\n");
    for f in &t.factors {
        let _ = writeln!(md, "- {} {}", cell(&f.label), format::weeks_delta(f.weeks));
    }
    // As on the page: no dated plan while nothing is said about the solution.
    if !t.plan.is_empty() && tw.state != SummaryState::NotSaid {
        let _ = writeln!(md, "\n### Plan to a live listing\n");
        for (n, s) in t.plan.iter().enumerate() {
            let _ = writeln!(
                md,
                "{}. {}: **{}** \u{2014} {} ({})",
                n + 1,
                format::date_span(s.from, s.to),
                cell(&s.step),
                cell(&s.why),
                source_cell(&s.source, s.source.kind.label())
            );
        }
    }

    let r = &report.review_score;
    let rw = &sum.reviews;
    let _ = writeln!(md, "\n## Review score\n");
    let _ = writeln!(
        md,
        "**{}**{}\n",
        cell(&rw.words.headline),
        detail(rw.words.detail.as_deref())
    );
    if let Some(needs) = &rw.words.needs {
        let _ = writeln!(md, "{}\n", cell(needs));
    }
    let Some(history) = &rw.retired_scorecard else {
        readiness_and_rest(&mut md, report);
        return md;
    };
    let _ = writeln!(
        md,
        "### {}\n\n_{}_\n",
        cell(&history.words),
        cell(&r.caveat)
    );
    let _ = writeln!(
        md,
        "- Rule set: {}\n- Window: {} – {}\n- Reviews in window: {} of {} read (minimum {})\n- Average: {}\n- Eligible: {}\n- Points: {} of {}\n- 5-star reviews still needed: {}",
        cell(&r.rule_set_label),
        format::date(r.window_start),
        format::date(r.window_end),
        r.reviews_in_window,
        r.reviews_total,
        r.min_reviews,
        format::stars(r.average),
        yes_no(r.eligible),
        r.points,
        r.max_points,
        r.five_star_reviews_needed
    );
    let n = &r.next_window;
    let _ = writeln!(
        md,
        "- From {}: {} reviews in the window, average {}, eligible: {}\n",
        format::date(n.applies_from),
        n.reviews_in_window,
        format::stars(n.average),
        yes_no(n.eligible)
    );
    let _ = writeln!(
        md,
        "| Rule set | Reviews | Minimum | Eligible | Points | 5-star needed |\n|---|---|---|---|---|---|"
    );
    for s in &report.review_score_by_rule_set {
        row(
            &mut md,
            &[
                &s.rule_set_label,
                &s.reviews_in_window.to_string(),
                &s.min_reviews.to_string(),
                yes_no(s.eligible),
                &format!("{} of {}", s.points, s.max_points),
                &s.five_star_reviews_needed.to_string(),
            ],
        );
    }

    readiness_and_rest(&mut md, report);
    md
}

/// `" · detail"` when there is a detail, else nothing.
fn detail(d: Option<&str>) -> String {
    d.map(|d| format!(" \u{b7} {}", cell(d)))
        .unwrap_or_default()
}

/// The readiness, checklist, rules and diagnostics sections of the Markdown document.
fn readiness_and_rest(md: &mut String, report: &Report) {
    let rs = &report.summary.readiness;
    let _ = writeln!(
        md,
        "\n## Readiness: {}{}\n",
        cell(&rs.words.headline),
        detail(rs.words.detail.as_deref())
    );
    if let Some(needs) = &rs.words.needs {
        let _ = writeln!(md, "{}\n", cell(needs));
    }
    // The gaps the page lists: all of them once a listing is read, else the security
    // review's when the review was described.
    let gaps = first_visit::shown_gaps(report);
    if gaps.is_empty() && rs.state.has_figures() {
        let _ = writeln!(md, "No gaps found.");
    }
    for g in gaps {
        let _ = writeln!(
            md,
            "- **{}** ({}): {} Fix: {}",
            g.severity.label(),
            cell(g.field.label()),
            cell(&g.message),
            cell(&g.fix)
        );
    }

    checklist::section(md, &report.checklist);

    let _ = writeln!(
        md,
        "\n## Rules used\n\n| Rule | Value | Cited | Source | As of |\n|---|---|---|---|---|"
    );
    for rule in &report.rules {
        let changed = if rule.overridden { " (changed)" } else { "" };
        row_escaped(
            md,
            &[
                cell(&rule.label),
                cell(&format!(
                    "{} {}{changed}",
                    format::figure(rule.value),
                    rule.unit.label()
                )),
                cell(&format::figure(rule.default_value)),
                source_cell(&rule.source, rule.source.kind.label()),
                cell(&rule.source.as_of),
            ],
        );
    }

    if !report.diagnostics.is_empty() {
        let _ = writeln!(md, "\n## Not understood\n");
        for d in &report.diagnostics {
            let place = if d.line == 0 {
                String::new()
            } else {
                format!(", line {}", d.line)
            };
            let _ = writeln!(md, "- {}{}: {}", d.input.label(), place, cell(&d.message));
        }
    }
}
