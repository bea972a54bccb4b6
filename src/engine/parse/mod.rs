//! Parsers for the three pasted inputs. Each returns what it could read plus diagnostics
//! with 1-based line numbers; nothing is silently dropped and nothing panics.
//!
//! Shared conventions:
//! - Lines are split on `\n`; a trailing `\r` is ignored, so CRLF text reads the same.
//! - A line is blank when it holds only whitespace; blank lines are never diagnosed.
//! - Per-line diagnostics are capped at [`MAX_LINE_DIAGNOSTICS`] per input, followed by one
//!   summary diagnostic, so that a huge paste of junk stays fast and the report stays small.
//!   The counts in the parsed models (`lines_skipped`) are never capped.

pub mod date;
pub(crate) mod json_value;
pub mod listing;
pub mod markdown;
pub mod rating;
pub mod reviews;
pub mod security_log;

use crate::engine::report::{Diagnostic, InputKind};

/// The most per-line diagnostics one parser emits before summarising the rest.
pub const MAX_LINE_DIAGNOSTICS: usize = 200;

/// Iterates over `(1-based line number, line)` pairs, without line terminators.
pub(crate) fn numbered_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split('\n')
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .enumerate()
        .map(|(i, l)| (i + 1, l))
}

/// A diagnostic collector that caps per-line messages.
pub(crate) struct DiagSink {
    kind: InputKind,
    diags: Vec<Diagnostic>,
    per_line: usize,
    suppressed: usize,
}

impl DiagSink {
    /// An empty collector for diagnostics about `kind`.
    pub(crate) fn new(kind: InputKind) -> Self {
        Self {
            kind,
            diags: Vec::new(),
            per_line: 0,
            suppressed: 0,
        }
    }

    /// Records a per-line diagnostic; the message is only built while under the cap.
    pub(crate) fn line(&mut self, line: usize, message: impl FnOnce() -> String) {
        if self.per_line < MAX_LINE_DIAGNOSTICS {
            self.per_line += 1;
            self.diags.push(Diagnostic::new(self.kind, line, message()));
        } else {
            self.suppressed += 1;
        }
    }

    /// Records a diagnostic that is never capped (summaries, whole-input facts).
    pub(crate) fn always(&mut self, line: usize, message: String) {
        self.diags.push(Diagnostic::new(self.kind, line, message));
    }

    /// Returns the diagnostics, with a final summary when some were suppressed.
    pub(crate) fn finish(mut self) -> Vec<Diagnostic> {
        if self.suppressed > 0 {
            let msg = format!(
                "…and {} more lines were not understood; only the first {} are listed.",
                self.suppressed, MAX_LINE_DIAGNOSTICS
            );
            self.diags.push(Diagnostic::new(self.kind, 0, msg));
        }
        self.diags
    }
}

/// Returns at most `max` characters of `s` (trimmed), with `…` when shortened, for quoting
/// user text inside a diagnostic message.
pub(crate) fn snippet(s: &str, max: usize) -> String {
    let s = s.trim();
    let mut out = String::with_capacity(s.len().min(max * 4) + 3);
    for (n, c) in s.chars().enumerate() {
        if n == max {
            out.push('…');
            return out;
        }
        // Control characters (NUL and friends) are shown as the replacement character.
        out.push(if c.is_control() { '\u{FFFD}' } else { c });
    }
    out
}

/// The text of `whole` from the start of `first` to the end of `last`, both slices of
/// `whole` (lines or parts split from it); `None` when they are not.
pub(crate) fn span_of<'a>(whole: &'a str, first: &str, last: &str) -> Option<&'a str> {
    let base = whole.as_ptr() as usize;
    let start = (first.as_ptr() as usize).checked_sub(base)?;
    let end = (last.as_ptr() as usize)
        .checked_sub(base)?
        .checked_add(last.len())?;
    whole.get(start..end)
}

/// For each of `keys`, the index of the first earlier key equal to it: `None` for a first
/// occurrence and for no key. Found by sorting rather than hashing (a hash map would add
/// its code to the wasm); runs in O(n log n).
pub(crate) fn earlier_equal(keys: &[Option<&str>]) -> Vec<Option<usize>> {
    let mut order: Vec<(&str, usize)> = keys
        .iter()
        .enumerate()
        .filter_map(|(i, k)| k.map(|k| (k, i)))
        .collect();
    order.sort_unstable();
    let mut out = vec![None; keys.len()];
    let mut first: Option<(&str, usize)> = None;
    for (key, i) in order {
        match first {
            Some((k, at)) if k == key => {
                if let Some(slot) = out.get_mut(i) {
                    *slot = Some(at);
                }
            }
            _ => first = Some((key, i)),
        }
    }
    out
}

/// Whether `line` holds only whitespace.
pub(crate) fn is_blank(line: &str) -> bool {
    line.trim().is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbered_lines_handles_crlf_and_numbers_from_one() {
        let v: Vec<_> = numbered_lines("a\r\nb\n\nc").collect();
        assert_eq!(v, vec![(1, "a"), (2, "b"), (3, ""), (4, "c")]);
    }

    #[test]
    fn snippet_cuts_on_char_boundaries_and_hides_controls() {
        assert_eq!(snippet("  héllo wörld ", 5), "héllo…");
        assert_eq!(snippet("a\u{0}b", 10), "a\u{FFFD}b");
        assert_eq!(snippet("★★★", 3), "★★★");
    }

    #[test]
    fn earlier_equal_points_each_repeat_at_its_first_occurrence() {
        let keys = [
            Some("a"),
            None,
            Some("b"),
            Some("a"),
            None,
            Some("a"),
            Some("b"),
        ];
        assert_eq!(
            earlier_equal(&keys),
            vec![None, None, None, Some(0), None, Some(0), Some(2)]
        );
        assert!(earlier_equal(&[]).is_empty());
    }

    #[test]
    fn sink_caps_and_summarises() {
        let mut s = DiagSink::new(InputKind::Reviews);
        for i in 0..(MAX_LINE_DIAGNOSTICS + 5) {
            s.line(i + 1, || "x".to_string());
        }
        let d = s.finish();
        assert_eq!(d.len(), MAX_LINE_DIAGNOSTICS + 1);
        assert_eq!(d.last().map(|d| d.line), Some(0));
        assert!(d.last().is_some_and(|d| d.message.contains("5 more")));
    }
}

#[cfg(test)]
mod props;
