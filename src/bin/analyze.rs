//! Native command line: reads the analyzer's JSON input from a file or standard input and
//! prints the report JSON, or with `--summary` the summary's headline lines. Exit codes:
//! 0 printed; 1 a `--fail-on` check failed; 2 unreadable input, usage error, or an output
//! that could not be written (closed or full), each with a one-line error.

use std::io::{Read, Write};
use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

use chrono::{Days, NaiveDate};
use listing_analyzer::engine::report::Report;
use listing_analyzer::engine::{analyze, parse_input};

const USAGE: &str = "\
Usage: analyze [--summary] [--fail-on blockers|gaps] [INPUT.json | -]
       analyze --help

Reads the listing analyzer's input JSON (schema_version 1) from INPUT.json, or from
standard input when INPUT is `-` or absent, and prints the report as pretty JSON.
The analysis date is the input's \"today\", else the system date (UTC).

  --summary            print the summary's headline lines (one per section, with what
                       each still needs) instead of the report JSON
  --fail-on blockers   exit 1 when the listing draft has a blocker gap (or was not read)
  --fail-on gaps       exit 1 when the listing draft has any gap (or was not read)

Exit status: 0 printed; 1 a --fail-on check failed (the output is printed first);
2 unreadable file, unreadable JSON, wrong schema_version, bad arguments, or an output
that could not be written (one-line error on standard error).";

/// Failure exit status: the input could not be read, or the output not written.
const EXIT_INPUT: u8 = 2;
/// Exit status of a failed `--fail-on` check.
const EXIT_CHECK: u8 = 1;

/// What the command line was asked to do.
#[derive(Debug, Default)]
struct Args {
    /// The input path (`None` or `-`: standard input).
    input: Option<String>,
    /// Print the summary lines instead of the report JSON.
    summary: bool,
    /// The `--fail-on` check.
    fail_on: Option<FailOn>,
}

/// What makes a `--fail-on` check fail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FailOn {
    /// A blocker gap.
    Blockers,
    /// Any gap.
    Gaps,
}

/// Today's date in UTC from the system clock (chrono's clock feature is off on purpose).
fn system_today() -> NaiveDate {
    let days = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() / 86_400)
        .unwrap_or(0);
    NaiveDate::from_ymd_opt(1970, 1, 1)
        .and_then(|epoch| epoch.checked_add_days(Days::new(days)))
        .unwrap_or_default()
}

fn fail(message: &str) -> ExitCode {
    // Standard error may be closed too; there is nowhere left to say so.
    let _ = writeln!(std::io::stderr(), "analyze: {message}");
    ExitCode::from(EXIT_INPUT)
}

fn read_input(arg: Option<&str>) -> Result<String, String> {
    match arg {
        None | Some("-") => {
            let mut text = String::new();
            std::io::stdin()
                .read_to_string(&mut text)
                .map_err(|e| format!("cannot read standard input: {e}"))?;
            Ok(text)
        }
        Some(path) => std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}")),
    }
}

/// Reads the arguments; `Ok(None)` for `--help`.
fn parse_args(raw: &[String]) -> Result<Option<Args>, String> {
    let mut args = Args::default();
    let mut rest = raw.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--help" | "-h" => return Ok(None),
            "--summary" => args.summary = true,
            "--fail-on" => {
                args.fail_on = Some(match rest.next().map(String::as_str) {
                    Some("blockers") => FailOn::Blockers,
                    Some("gaps") => FailOn::Gaps,
                    Some(other) => {
                        return Err(format!(
                            "--fail-on takes blockers or gaps, not {other} (see --help)"
                        ))
                    }
                    None => return Err("--fail-on needs blockers or gaps (see --help)".into()),
                })
            }
            flag if flag.starts_with("--") => {
                return Err(format!("unknown option {flag} (see --help)"))
            }
            path if args.input.is_none() => args.input = Some(path.to_owned()),
            _ => return Err("expected at most one input file (see --help)".into()),
        }
    }
    Ok(Some(args))
}

/// Why the `--fail-on` check fails for `report`, if it does. A draft that was not read
/// (empty, or nothing understood) has no gap count, and fails: the check cannot pass it.
fn check(report: &Report, fail_on: FailOn) -> Option<String> {
    let r = &report.summary.readiness;
    let (count, what) = match fail_on {
        FailOn::Blockers => (r.blockers, "blocker gap"),
        FailOn::Gaps => (r.gaps, "gap"),
    };
    match count {
        None => Some(format!("no listing draft was read: {}", r.words.headline)),
        Some(0) => None,
        Some(n) => Some(format!(
            "{n} {what}{} in the listing draft (--fail-on)",
            if n == 1 { "" } else { "s" }
        )),
    }
}

fn main() -> ExitCode {
    let raw: Vec<String> = std::env::args().skip(1).collect();
    let args = match parse_args(&raw) {
        Ok(Some(args)) => args,
        Ok(None) => return print(USAGE).map_or_else(|m| fail(&m), |()| ExitCode::SUCCESS),
        Err(message) => return fail(&message),
    };
    let text = match read_input(args.input.as_deref()) {
        Ok(text) => text,
        Err(message) => return fail(&message),
    };
    let input = match parse_input(&text) {
        Ok(input) => input,
        Err(error) => return fail(&error.to_string()),
    };
    let report = analyze(&input, system_today());
    let out = if args.summary {
        Ok(report.summary.lines(true).join("\n"))
    } else {
        serde_json::to_string_pretty(&report).map_err(|e| e.to_string())
    };
    let printed = out
        .map_err(|e| format!("cannot write the report: {e}"))
        .and_then(|text| print(&text));
    if let Err(message) = printed {
        return fail(&message);
    }
    match args.fail_on.and_then(|f| check(&report, f)) {
        Some(reason) => {
            let _ = writeln!(std::io::stderr(), "analyze: {reason}");
            ExitCode::from(EXIT_CHECK)
        }
        None => ExitCode::SUCCESS,
    }
}

/// Writes `text` and a line break to standard output; a closed or full output is an error
/// message, never a panic.
fn print(text: &str) -> Result<(), String> {
    let mut out = std::io::stdout().lock();
    writeln!(out, "{text}")
        .and_then(|()| out.flush())
        .map_err(|e| format!("cannot write to standard output: {e}"))
}
