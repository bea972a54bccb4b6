//! Native command line: reads the analyzer's JSON input from a file or standard input and
//! prints the report JSON. Exit codes: 0 report printed, 2 unreadable input or usage error.

use std::io::Read;
use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

use chrono::{Days, NaiveDate};
use listing_analyzer::engine::{analyze, parse_input};

const USAGE: &str = "\
Usage: analyze [INPUT.json | -]
       analyze --help

Reads the listing analyzer's input JSON (schema_version 1) from INPUT.json, or from
standard input when INPUT is `-` or absent, and prints the report as pretty JSON.
The analysis date is the input's \"today\", else the system date (UTC).

Exit status: 0 report printed; 2 unreadable file, unreadable JSON, wrong
schema_version or bad arguments (one-line error on standard error).";

/// Failure exit status: the input could not be read.
const EXIT_INPUT: u8 = 2;

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
    eprintln!("analyze: {message}");
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

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "--help" || a == "-h") {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    if args.len() > 1 {
        return fail("expected at most one input file (see --help)");
    }
    if let Some(flag) = args.first().filter(|a| a.starts_with("--")) {
        return fail(&format!("unknown option {flag} (see --help)"));
    }
    let text = match read_input(args.first().map(String::as_str)) {
        Ok(text) => text,
        Err(message) => return fail(&message),
    };
    let input = match parse_input(&text) {
        Ok(input) => input,
        Err(error) => return fail(&error.to_string()),
    };
    let report = analyze(&input, system_today());
    match serde_json::to_string_pretty(&report) {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(error) => fail(&format!("cannot write the report: {error}")),
    }
}
