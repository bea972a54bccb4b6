//! Event keywords of the security-review log: which [`EventKind`] a line's words name.
//!
//! Words are ASCII letters only, so emoji, arrows and table pipes never split or hide a
//! keyword. When a line names several events the strongest wins, in this order: failed,
//! bounced, listed, provisional pass, passed, periodic re-review, planned submission,
//! preparation, resubmitted, submitted, scan, a bare "findings" (read as failed), and a bare
//! "began"/"started" (read as preparation). Keywords within three words after `after`,
//! `following` or `since` only refer to an earlier event and are ignored.
//!
//! A line that names a scan (Checkmarx, Code Analyzer, DAST, …) and neither the security
//! review nor a submission is a scan even when it says "passed" or "failed": scans pass and
//! fail too. A line without any keyword may still carry ✅ (passed), ❌ (failed) or 🚀
//! (listed).

use crate::engine::model::EventKind;

/// Failure words.
const FAILED: &[&str] = &[
    "failed",
    "fail",
    "fails",
    "failure",
    "rejected",
    "rejection",
    "declined",
    "denied",
];
/// Words of a submission returned unreviewed.
const BOUNCED: &[&str] = &["bounced", "bounce", "bounces", "returned", "incomplete"];
/// Words of a live listing.
const LISTED: &[&str] = &["listed", "published", "live", "golive"];
/// Pass words.
const PASSED: &[&str] = &["passed", "pass", "approved"];
/// Submission words.
const SUBMIT: &[&str] = &["submitted", "submission", "submit", "submits", "submitting"];
/// Resubmission words.
const RESUBMIT: &[&str] = &["resubmitted", "resubmission", "resubmit", "resubmits"];
/// Words that make a following or nearby submission a planned one.
const PLANNING: &[&str] = &[
    "plan",
    "plans",
    "planning",
    "planned",
    "will",
    "target",
    "targeting",
    "targeted",
    "aim",
    "aiming",
    "scheduled",
    "intend",
    "expected",
    "expect",
];
/// Preparation words.
const PREPARATION: &[&str] = &[
    "prepared",
    "preparing",
    "preparation",
    "prep",
    "prepare",
    "hardening",
    "harden",
    "kickoff",
];
/// Words that start something; preparation when nothing stronger is named.
const STARTED: &[&str] = &["began", "begin", "started", "start", "starting", "kicked"];
/// Scan words.
const SCAN: &[&str] = &[
    "checkmarx",
    "scan",
    "scans",
    "scanned",
    "scanning",
    "analyzer",
    "sfca",
    "dast",
    "zap",
    "burp",
];
/// Words of findings, read as a failure only when nothing stronger is named.
const FINDINGS: &[&str] = &["findings", "finding"];
/// Words that tie a line to the review itself rather than to a scan.
const REVIEW: &[&str] = &["review", "security", "listing", "reviewer", "reviewers"];

/// How strongly a kind wins over another named on the same line (higher wins).
fn rank(kind: EventKind, weak: bool) -> u8 {
    match (kind, weak) {
        (EventKind::Failed, false) => 12,
        (EventKind::Bounced, _) => 11,
        (EventKind::Listed, _) => 10,
        (EventKind::ProvisionalPass, _) => 9,
        (EventKind::Passed, _) => 8,
        (EventKind::ReReview, _) => 7,
        (EventKind::PlannedSubmission, _) => 6,
        (EventKind::PreparationStarted, false) => 5,
        (EventKind::Resubmitted, _) => 4,
        (EventKind::Submitted, _) => 3,
        (EventKind::Scan, _) => 2,
        (EventKind::Failed, true) => 1,
        (EventKind::PreparationStarted, true) => 0,
    }
}

/// The words of one line, compared without regard to case.
struct Words<'a> {
    line: &'a [u8],
    words: &'a [(usize, usize)],
}

impl Words<'_> {
    fn word(&self, k: usize) -> &[u8] {
        self.words
            .get(k)
            .and_then(|&(s, e)| self.line.get(s..e))
            .unwrap_or(&[])
    }

    fn is(&self, k: usize, list: &[&str]) -> bool {
        let w = self.word(k);
        list.iter().any(|x| w.eq_ignore_ascii_case(x.as_bytes()))
    }

    fn any(&self, list: &[&str]) -> bool {
        (0..self.words.len()).any(|k| self.is(k, list))
    }

    /// Whether word `k` is negated: "not passed", "didn't pass", "never listed", "not yet
    /// submitted", "hasn't been submitted", "failed to submit", "unable to submit".
    fn negated(&self, k: usize) -> bool {
        // Words that may stand between a negation and what it negates.
        const FILLER: &[&str] = &["yet", "been", "be", "ever", "even", "actually", "fully"];
        const CONTRACTED: &[&str] = &[
            "didn", "hasn", "haven", "wasn", "weren", "isn", "aren", "couldn", "don", "doesn",
            "won",
        ];
        const FAILED_TO: &[&str] = &["failed", "fail", "unable", "forgot", "neglected"];
        let mut j = k;
        while j > 0 && k - j < 2 && self.is(j - 1, FILLER) {
            j -= 1;
        }
        j > 0
            && (self.is(j - 1, &["not", "never", "no"])
                || (j > 1 && self.is(j - 1, &["t"]) && self.is(j - 2, CONTRACTED))
                || (j > 1 && self.is(j - 1, &["to"]) && self.is(j - 2, FAILED_TO)))
    }

    /// Whether a planning word is within three words before or two after word `k`.
    fn planned_near(&self, k: usize) -> bool {
        (k.saturating_sub(3)..k).any(|j| self.is(j, PLANNING))
            || (k + 1..=k + 2).any(|j| self.is(j, PLANNING))
    }
}

/// The kind named at word `k`, whether it is a weak reading, and how many words it spans.
fn kind_at(w: &Words<'_>, k: usize) -> Option<(EventKind, bool, usize)> {
    let negated = w.negated(k);
    // "Failed to submit" names no verdict: the submission it negates did not happen.
    if w.is(k, FAILED) && !w.is(k + 1, &["to"]) {
        return Some((EventKind::Failed, false, 1));
    }
    if w.is(k, &["provisional", "provisionally"]) {
        let len = if w.is(k + 1, PASSED) || w.is(k + 1, &["approval"]) {
            2
        } else {
            1
        };
        return Some((EventKind::ProvisionalPass, false, len));
    }
    if w.is(k, PASSED) {
        let kind = if negated {
            EventKind::Failed
        } else {
            EventKind::Passed
        };
        return Some((kind, false, 1));
    }
    if w.is(k, LISTED) {
        return (!negated).then_some((EventKind::Listed, false, 1));
    }
    if w.is(k, &["went", "go", "going"]) && w.is(k + 1, &["live"]) {
        return Some((EventKind::Listed, false, 2));
    }
    if w.is(k, BOUNCED) || (w.is(k, &["sent"]) && w.is(k + 1, &["back"])) {
        return Some((EventKind::Bounced, false, 1));
    }
    if w.is(k, &["rereview"]) {
        return Some((EventKind::ReReview, false, 1));
    }
    if w.is(k, &["re"]) && w.is(k + 1, &["review", "reviewed"]) {
        return Some((EventKind::ReReview, false, 2));
    }
    if w.is(k, &["periodic", "annual", "yearly"]) && w.is(k + 1, &["review", "re", "rereview"]) {
        return Some((EventKind::ReReview, false, 2));
    }
    let submission = if w.is(k, RESUBMIT) {
        Some((EventKind::Resubmitted, 1))
    } else if w.is(k, &["re"]) && w.is(k + 1, SUBMIT) {
        Some((EventKind::Resubmitted, 2))
    } else if w.is(k, SUBMIT) {
        Some((EventKind::Submitted, 1))
    } else {
        None
    };
    if let Some((kind, len)) = submission {
        // "Not yet submitted", "failed to submit": the submission did not happen.
        if negated {
            return None;
        }
        let kind = if w.planned_near(k) {
            EventKind::PlannedSubmission
        } else {
            kind
        };
        return Some((kind, false, len));
    }
    if w.is(k, PREPARATION) || (w.is(k, &["kick"]) && w.is(k + 1, &["off"])) {
        return Some((EventKind::PreparationStarted, false, 1));
    }
    if w.is(k, SCAN) || (w.is(k, &["code"]) && w.is(k + 1, &["analyzer"])) {
        return Some((EventKind::Scan, false, 1));
    }
    if w.is(k, FINDINGS) {
        return Some((EventKind::Failed, true, 1));
    }
    if w.is(k, STARTED) {
        return Some((EventKind::PreparationStarted, true, 1));
    }
    None
}

/// Whether a line says what it tells is planned: one of its words is a planning word
/// (`will`, `planning`, `target`, …) or `next`.
pub(super) fn is_planned(line: &str, words: &[(usize, usize)]) -> bool {
    let w = Words {
        line: line.as_bytes(),
        words,
    };
    w.any(PLANNING) || w.any(&["next"])
}

/// Whether a line negates an event word ("not yet submitted", "failed to submit", "never
/// listed"), for the note of a line that names no event.
pub(super) fn negates_event(line: &str, words: &[(usize, usize)]) -> bool {
    let w = Words {
        line: line.as_bytes(),
        words,
    };
    (0..words.len()).any(|k| {
        let event_word = w.is(k, SUBMIT) || w.is(k, RESUBMIT) || w.is(k, LISTED);
        (event_word && w.negated(k)) || (w.is(k, FAILED) && w.is(k + 1, &["to"]))
    })
}

/// Reads the event kind from the words of `line` (byte ranges from the caller's word split).
pub(super) fn event_kind(line: &str, words: &[(usize, usize)]) -> Option<EventKind> {
    let w = Words {
        line: line.as_bytes(),
        words,
    };
    let scan_only = w.any(SCAN) && !w.any(REVIEW) && !w.any(SUBMIT) && !w.any(RESUBMIT);
    let mut best: Option<(EventKind, bool)> = None;
    let mut reference_until = 0;
    let mut k = 0;
    while k < words.len() {
        if w.is(k, &["after", "following", "since"]) {
            reference_until = k + 4;
            k += 1;
            continue;
        }
        let Some((kind, weak, len)) = kind_at(&w, k) else {
            k += 1;
            continue;
        };
        let verdict = matches!(
            kind,
            EventKind::Failed | EventKind::Passed | EventKind::ProvisionalPass
        );
        let kind = if scan_only && verdict {
            EventKind::Scan
        } else {
            kind
        };
        if k >= reference_until && best.is_none_or(|(b, bw)| rank(kind, weak) > rank(b, bw)) {
            best = Some((kind, weak));
        }
        k += len;
    }
    best.map(|(kind, _)| kind).or_else(|| emoji_kind(line))
}

/// The event an emoji alone names: ✅ passed, ❌ failed, 🚀 listed.
fn emoji_kind(line: &str) -> Option<EventKind> {
    line.chars().find_map(|c| match c {
        '\u{2705}' | '\u{2714}' => Some(EventKind::Passed),
        '\u{274C}' | '\u{2716}' => Some(EventKind::Failed),
        '\u{1F680}' => Some(EventKind::Listed),
        _ => None,
    })
}
