//! The command line as a surface (issue 20): `--summary` prints the engine's headline lines,
//! `--fail-on blockers|gaps` exits 1 for CI checks of a listing draft, and a closed or full
//! output is exit 2 with a one-line error, never a panic.

use crate::engine_common;

use std::io::Write;
use std::process::{Command, Stdio};

use engine_common::cli;

const SAMPLE: &str = include_str!("../../docs/sample-input.json");
const EMPTY: &str = r#"{ "schema_version": 1, "today": "2026-12-06" }"#;

#[test]
fn summary_prints_one_headline_line_per_section() {
    let (code, out, err) = cli(&["--summary", "-"], SAMPLE);
    assert_eq!(code, 0, "{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 5, "{out}");
    for (line, title) in lines.iter().zip([
        "Time to listing: ",
        "Reviews: ",
        "Readiness: ",
        "Checklist: ",
        "Partner: ",
    ]) {
        assert!(line.starts_with(title), "{line}");
    }
    // The same words as the report JSON's summary.
    let (_, json, _) = cli(&[], SAMPLE);
    let report: serde_json::Value = serde_json::from_str(&json).expect("report JSON");
    let headline = report["summary"]["time_to_listing"]["words"]["headline"]
        .as_str()
        .expect("headline");
    assert!(lines[0].contains(headline), "{} / {headline}", lines[0]);
    // The retired scorecard is history, labelled so.
    assert!(lines[1].contains("retired (2024)"), "{}", lines[1]);
}

#[test]
fn fail_on_exits_1_when_the_draft_has_what_it_names() {
    let (code, out, err) = cli(&["--fail-on", "gaps"], SAMPLE);
    let report: serde_json::Value = serde_json::from_str(&out).expect("printed first");
    let gaps = report["summary"]["readiness"]["gaps"]
        .as_u64()
        .expect("gaps");
    let blockers = report["summary"]["readiness"]["blockers"]
        .as_u64()
        .expect("blockers");
    assert_eq!(code, if gaps > 0 { 1 } else { 0 }, "{err}");
    assert!(gaps == 0 || err.contains("gap"), "{err}");
    let (code, _, err) = cli(&["--fail-on", "blockers", "--summary"], SAMPLE);
    assert_eq!(code, if blockers > 0 { 1 } else { 0 }, "{err}");
    // A draft that was not read cannot pass a check.
    let (code, _, err) = cli(&["--fail-on", "blockers"], EMPTY);
    assert_eq!(code, 1);
    assert!(err.contains("no listing draft was read"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    // Without --fail-on the same input is a success.
    assert_eq!(cli(&[], EMPTY).0, 0);
    // A bad check name is a usage error.
    let (code, _, err) = cli(&["--fail-on", "warnings"], EMPTY);
    assert_eq!(code, 2);
    assert!(
        err.starts_with("analyze: --fail-on takes blockers or gaps"),
        "{err}"
    );
}

#[test]
fn a_closed_output_is_exit_2_with_one_line_not_a_panic() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_analyze"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn analyze");
    // Close the reading end before the report is written.
    drop(child.stdout.take());
    let err = sample_fails_with_one_line(child);
    assert!(
        err.starts_with("analyze: cannot write to standard output"),
        "{err}"
    );
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn a_full_output_is_exit_2_with_one_line() {
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        println!("skipped: no /dev/full on this machine");
        return;
    };
    let child = Command::new(env!("CARGO_BIN_EXE_analyze"))
        .stdin(Stdio::piped())
        .stdout(Stdio::from(full))
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn analyze");
    sample_fails_with_one_line(child);
}

#[test]
fn whole_floats_and_override_pairs_read_as_the_js_api_and_the_app_read_them() {
    let canonical = r#"{ "schema_version": 1, "today": "2026-12-06",
        "security_review": { "architecture": "composite", "external_domains": 2 },
        "overrides": { "fy24.min_reviews": 10 } }"#;
    let written_otherwise = r#"{ "schema_version": 1.0, "today": "2026-12-06",
        "security_review": { "architecture": "composite", "external_domains": 2.0 },
        "overrides": [["fy24.min_reviews", 10]] }"#;
    let (code, want, err) = cli(&[], canonical);
    assert_eq!(code, 0, "{err}");
    let (code, got, err) = cli(&[], written_otherwise);
    assert_eq!(code, 0, "{err}");
    assert_eq!(got, want);
    // A fraction is still refused, with one line.
    let (code, _, err) = cli(
        &[],
        r#"{ "schema_version": 1, "security_review": { "external_domains": 1.5 } }"#,
    );
    assert_eq!(code, 2);
    assert!(err.contains("1.5 is not a whole number"), "{err}");
    // So is another schema version written as a float.
    let (code, _, err) = cli(&[], r#"{ "schema_version": 2.0 }"#);
    assert_eq!(code, 2);
    assert!(err.contains("unsupported schema_version 2"), "{err}");
}

/// Feeds the sample to a started `analyze` and waits for it: exit 2 with exactly one line
/// on standard error, which is returned.
fn sample_fails_with_one_line(mut child: std::process::Child) -> String {
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(SAMPLE.as_bytes())
        .expect("write stdin");
    let out = child.wait_with_output().expect("run analyze");
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    err
}
