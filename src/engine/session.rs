//! Incremental analysis for a caller that analyses the same inputs again and again while
//! the user types (the app): a [`Session`] keeps each pasted input's text and parse, and
//! parses an input again only when its own text, or the date context it is read with,
//! changed.
//!
//! The session also owns the size cap: at most [`Session::max_bytes`] of each pasted text
//! are read. The text beyond it is never lost (it stays with the caller); it is just not
//! analysed, and the report says so in a diagnostic on that input.

use chrono::NaiveDate;

use super::api::{analyze_parsed, parse_listing_text, parse_log_text, parse_reviews_text};
use super::api::{ParsedListing, ParsedLog, ParsedReviews};
use super::input::Input;
use super::parse::date::DateContext;
use super::report::{Diagnostic, InputKind, Report};

/// The three pasted inputs are named by the diagnostics' [`InputKind`]: the same names
/// serve the app's text boxes, the diagnostics and the session's caches.
impl InputKind {
    /// The three pasted inputs, in page order (the settings are not pasted).
    pub const PASTED: [InputKind; 3] = [
        InputKind::Listing,
        InputKind::Reviews,
        InputKind::SecurityReview,
    ];

    /// This input's pasted text in `input` (empty for the settings, which are not pasted).
    pub fn text(self, input: &Input) -> &str {
        match self {
            InputKind::Listing => &input.listing,
            InputKind::Reviews => &input.reviews,
            InputKind::SecurityReview => &input.security_review.log,
            InputKind::Settings => "",
        }
    }

    /// Puts `text` in `input` as this input's pasted text (nothing for the settings).
    pub fn set_text(self, input: &mut Input, text: String) {
        match self {
            InputKind::Listing => input.listing = text,
            InputKind::Reviews => input.reviews = text,
            InputKind::SecurityReview => input.security_review.log = text,
            InputKind::Settings => {}
        }
    }

    /// The length in bytes of this input's text when it is longer than
    /// [`Session::DEFAULT_MAX_BYTES`], the cap of [`Session::default`].
    pub fn over_default_cap(self, input: &Input) -> Option<usize> {
        let len = self.text(input).len();
        (len > Session::DEFAULT_MAX_BYTES).then_some(len)
    }
}

/// The longest prefix of `text` that fits in `max` bytes and ends on a char boundary.
pub fn prefix_on_char_boundary(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while end > 0 && !text.is_char_boundary(end) {
        end -= 1;
    }
    text.get(..end).unwrap_or_default()
}

/// One input's last parse and what it was parsed from.
struct Cached<T> {
    /// The analysed prefix of the text.
    text: String,
    /// The date context the text was read with; `None` for a parser that reads no dates.
    ctx: Option<DateContext>,
    /// The parse.
    parsed: T,
}

/// Keeps the last parse of each input, so that an analysis after one keystroke re-parses
/// only the box that changed. Results equal [`super::analyze`] of the same input with the
/// texts cut to [`Session::max_bytes`] (a property test checks this).
pub struct Session {
    max_bytes: usize,
    listing: Option<Cached<ParsedListing>>,
    reviews: Option<Cached<ParsedReviews>>,
    log: Option<Cached<ParsedLog>>,
    parses: u64,
}

impl Default for Session {
    fn default() -> Self {
        Self::new(Self::DEFAULT_MAX_BYTES)
    }
}

/// Returns the cached parse when `text` and `ctx` equal what it was made from, else makes,
/// stores and returns a new one (and counts it in `parses`).
fn refresh<'a, T>(
    slot: &'a mut Option<Cached<T>>,
    text: &str,
    ctx: Option<DateContext>,
    parses: &mut u64,
    parse: impl FnOnce(&str) -> T,
) -> &'a T {
    let fresh = match slot {
        Some(c) => c.ctx != ctx || c.text != text,
        None => true,
    };
    if fresh {
        *parses = parses.saturating_add(1);
        *slot = None;
    }
    &slot
        .get_or_insert_with(|| Cached {
            text: text.to_owned(),
            ctx,
            parsed: parse(text),
        })
        .parsed
}

impl Session {
    /// The cap used by [`Session::default`]: 2 MiB of each input. This is a responsiveness
    /// limit of the analyzer, not a domain rule.
    pub const DEFAULT_MAX_BYTES: usize = 2 * 1024 * 1024;

    /// A session that reads at most `max_bytes` of each pasted input.
    pub fn new(max_bytes: usize) -> Self {
        Self {
            max_bytes,
            listing: None,
            reviews: None,
            log: None,
            parses: 0,
        }
    }

    /// The most bytes of each input that are read.
    pub fn max_bytes(&self) -> usize {
        self.max_bytes
    }

    /// How many parses this session has run, for callers (and tests) that check that an
    /// unchanged input was not parsed again.
    pub fn parse_count(&self) -> u64 {
        self.parses
    }

    /// The length in bytes of `which`'s text when it is longer than what is read.
    pub fn truncated_len(&self, input: &Input, which: InputKind) -> Option<usize> {
        let len = which.text(input).len();
        (len > self.max_bytes).then_some(len)
    }

    /// Analyzes `input` (the analysis date is `input.today`, else `default_today`),
    /// re-parsing only the inputs whose analysed text or date context changed since the
    /// last call. Never panics.
    pub fn analyze(&mut self, input: &Input, default_today: NaiveDate) -> Report {
        let ctx = DateContext {
            today: input.today.unwrap_or(default_today),
            order: input.date_order,
        };
        let max = self.max_bytes;
        let cut = |which: InputKind| prefix_on_char_boundary(which.text(input), max);
        let parses = &mut self.parses;
        let listing = refresh(
            &mut self.listing,
            cut(InputKind::Listing),
            // The listing parser reads no dates: its cache outlives a change of date.
            None,
            parses,
            parse_listing_text,
        );
        let reviews = refresh(
            &mut self.reviews,
            cut(InputKind::Reviews),
            Some(ctx),
            parses,
            |t| parse_reviews_text(t, ctx),
        );
        let log = refresh(
            &mut self.log,
            cut(InputKind::SecurityReview),
            Some(ctx),
            parses,
            |t| parse_log_text(t, ctx),
        );
        let mut report = analyze_parsed(input, listing, reviews, log, default_today);
        let mut cut_notes: Vec<Diagnostic> = InputKind::PASTED
            .iter()
            .filter_map(|&which| {
                self.truncated_len(input, which).map(|len| {
                    Diagnostic::new(
                        which,
                        0,
                        format!(
                            "Only the first {max} of {len} bytes were analysed; the rest is \
                             kept in the box but not read. Paste less to analyse it all."
                        ),
                    )
                })
            })
            .collect();
        if !cut_notes.is_empty() {
            report.diagnostics.append(&mut cut_notes);
            Diagnostic::sort(&mut report.diagnostics);
        }
        report
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::analyze;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    fn sample() -> Input {
        Input {
            listing: "Title: Acme\nTagline: Does things".into(),
            reviews: "Date,Rating\n2026-03-01,5\n2026-04-01,4".into(),
            ..Input::default()
        }
    }

    #[test]
    fn equals_analyze_and_reparses_only_what_changed() {
        let mut s = Session::default();
        let today = day(2026, 11, 25);
        let mut input = sample();
        assert_eq!(s.analyze(&input, today), analyze(&input, today));
        assert_eq!(s.parse_count(), 3);
        input.listing.push_str("\nPricing: Free");
        assert_eq!(s.analyze(&input, today), analyze(&input, today));
        assert_eq!(s.parse_count(), 4, "only the listing is parsed again");
        // A new analysis date re-reads the dated inputs, not the listing.
        assert_eq!(
            s.analyze(&input, day(2026, 12, 1)),
            analyze(&input, day(2026, 12, 1))
        );
        assert_eq!(s.parse_count(), 6);
        input.date_order = crate::engine::input::DateOrder::DayFirst;
        assert_eq!(
            s.analyze(&input, day(2026, 12, 1)),
            analyze(&input, day(2026, 12, 1))
        );
        assert_eq!(s.parse_count(), 8);
    }

    #[test]
    fn reads_only_the_cap_and_says_so() {
        let mut s = Session::new(38);
        let input = Input {
            reviews: "Date,Rating\n2026-03-01,5\n2026-04-01,4\n2026-05-01,3".into(),
            ..Input::default()
        };
        let r = s.analyze(&input, day(2026, 11, 25));
        assert_eq!(r.understood.reviews_read, 2, "{:?}", r.diagnostics);
        assert_eq!(s.truncated_len(&input, InputKind::Reviews), Some(50));
        assert!(r
            .diagnostics
            .iter()
            .any(|d| d.input == InputKind::Reviews && d.message.contains("first 38 of 50")));
    }

    #[test]
    fn prefix_never_splits_a_char() {
        assert_eq!(prefix_on_char_boundary("héllo", 2), "h");
        assert_eq!(prefix_on_char_boundary("héllo", 3), "hé");
        assert_eq!(prefix_on_char_boundary("ab", 9), "ab");
        assert_eq!(prefix_on_char_boundary("é", 0), "");
    }
}

#[cfg(test)]
mod props {
    use super::*;
    use crate::engine::analyze;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]

        /// Whatever sequence of edits the caller makes, the session's report equals a fresh
        /// analysis of the same input (with the texts cut to the cap).
        #[test]
        fn session_equals_fresh_analysis(
            edits in proptest::collection::vec(
                (0usize..3, "[-a-zA-Z0-9:,/ \\n]{0,60}", 0i64..400), 1..8),
            cap in 8usize..80,
        ) {
            let mut s = Session::new(cap);
            let mut input = Input::default();
            for (which, text, days) in edits {
                let today = NaiveDate::from_ymd_opt(2026, 1, 1)
                    .and_then(|d| d.checked_add_signed(chrono::TimeDelta::days(days)))
                    .unwrap_or_default();
                match which {
                    0 => input.listing = text,
                    1 => input.reviews = text,
                    _ => input.security_review.log = text,
                }
                let mut cut = input.clone();
                for w in InputKind::PASTED {
                    let t = prefix_on_char_boundary(w.text(&input), cap).to_owned();
                    w.set_text(&mut cut, t);
                }
                let mut fresh = analyze(&cut, today);
                let got = s.analyze(&input, today);
                // The session adds one note per cut input; the rest must be equal.
                let notes: Vec<_> = got.diagnostics.iter()
                    .filter(|d| d.message.starts_with("Only the first")).cloned().collect();
                let mut got_rest = got.clone();
                got_rest.diagnostics.retain(|d| !d.message.starts_with("Only the first"));
                fresh.diagnostics.retain(|d| !d.message.starts_with("Only the first"));
                prop_assert_eq!(got_rest, fresh);
                let cut_count = InputKind::PASTED.iter()
                    .filter(|w| s.truncated_len(&input, **w).is_some()).count();
                prop_assert_eq!(notes.len(), cut_count);
            }
        }
    }
}
