//! Rule data: every threshold, range, fee, limit and weight, with its source and as-of date.
//!
//! The figures themselves live only in [`table`] (editable numbers) and [`vocab`] (the
//! fiscal calendar, rule-set shapes and word lists). Estimators read them through a
//! [`RuleBook`], which holds the user's overrides and records which rules fed a result so
//! that the report can show each figure next to what it produced.

use std::cell::Cell;

use super::decimal::shortest;
use super::report::{Diagnostic, InputKind, RuleView, Source};
pub use super::report::{SourceKind, Unit, UsedBy};

pub mod checklist;
pub mod listing_words;
pub mod partner;
pub mod sources;
mod table;
pub mod vocab;

pub use table::{RuleId, ORDERED_PAIRS};

/// Hundredths of a star per star: the unit conversion for [`crate::engine::model::Rating`].
pub const HUNDREDTHS_PER_STAR: f64 = 100.0;

/// Where a rule's default comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleSource {
    /// Who says it.
    pub title: &'static str,
    /// How strong the source is.
    pub kind: SourceKind,
    /// Date of the source, or the month we checked it.
    pub as_of: &'static str,
    /// The source's public web address (always `https://`), when one was found whose text
    /// matches the document cited; `None` for our own readings and team defaults, and for
    /// documents with no public page found.
    pub url: Option<&'static str>,
}

impl RuleSource {
    /// The source as the report shows it.
    pub fn to_report(&self) -> Source {
        Source {
            title: self.title.to_string(),
            kind: self.kind,
            as_of: self.as_of.to_string(),
            url: self.url.map(str::to_string),
        }
    }
}

impl Unit {
    /// Whether figures in this unit must be whole numbers (everything but stars).
    pub fn whole(self) -> bool {
        self != Unit::Stars
    }

    /// The [`Unit`] written as `tag` in the rule table (`"weeks"`, `"USD"`, `"%"`, …). The
    /// table calls it at compile time, so an unknown tag is a build error, never a panic
    /// at run time.
    #[allow(clippy::panic)]
    pub const fn from_table(tag: &str) -> Unit {
        let mut rest: &[Unit] = &Unit::ALL;
        while let [unit, tail @ ..] = rest {
            if same_bytes(unit.key().as_bytes(), tag.as_bytes()) {
                return *unit;
            }
            rest = tail;
        }
        panic!("unknown unit in the rule table")
    }
}

/// Byte-wise equality usable in a `const fn`.
const fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    let (mut a, mut b) = (a, b);
    loop {
        match (a, b) {
            ([], []) => return true,
            ([x, a_tail @ ..], [y, b_tail @ ..]) if *x == *y => {
                a = a_tail;
                b = b_tail;
            }
            _ => return false,
        }
    }
}

/// One rule's definition: the cited default and what an override may be.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RuleDef {
    /// Stable key for overrides (`"fy24.min_reviews"`).
    pub id: &'static str,
    /// What it is, in words.
    pub label: &'static str,
    /// The cited default.
    pub value: f64,
    /// Display unit; every unit but stars takes whole numbers only.
    pub unit: Unit,
    /// Smallest accepted override.
    pub min: f64,
    /// Largest accepted override.
    pub max: f64,
    /// Where the default comes from.
    pub source: &'static RuleSource,
    /// Which result it feeds.
    pub used_by: UsedBy,
}

impl RuleDef {
    /// Whether values must be whole numbers (everything but star ratings).
    pub fn whole(&self) -> bool {
        self.unit.whole()
    }

    /// Why `value` is refused for this rule, or `None` when it is accepted.
    fn refusal(&self, value: f64) -> Option<String> {
        if !value.is_finite() || value < self.min || value > self.max {
            return Some(format!(
                "must be between {} and {} {}",
                shortest(self.min),
                shortest(self.max),
                self.unit.key()
            ));
        }
        if self.whole() && value.fract() != 0.0 {
            return Some(format!("must be a whole number of {}", self.unit.key()));
        }
        None
    }
}

impl RuleId {
    /// Finds a rule by its stable key.
    pub fn from_key(key: &str) -> Option<RuleId> {
        RuleId::ALL.iter().copied().find(|r| r.def().id == key)
    }

    fn bit(self) -> u128 {
        1u128.checked_shl(self as u32).unwrap_or(0)
    }
}

// Usage is tracked in a 128-bit set; the table must stay within it.
const _: () = assert!(RuleId::ALL.len() <= 128);

/// The rule figures in force: cited defaults plus accepted user overrides.
///
/// Reading a figure through [`RuleBook::value`] (or its typed helpers) marks the rule as
/// used, so [`RuleBook::used_views`] lists exactly the rules that fed a result.
#[derive(Debug, Clone, Default)]
pub struct RuleBook {
    // A short list, one entry per overridden rule: a map type would add its own generic
    // code to the wasm for a handful of entries.
    overrides: Vec<(RuleId, f64)>,
    used: Cell<u128>,
}

impl RuleBook {
    /// The cited defaults, with no override.
    pub fn new() -> Self {
        Self::default()
    }

    /// The defaults with `overrides` (keyed by [`RuleDef::id`]) applied. An unknown key, a
    /// value out of the rule's bounds, a fraction for a whole-number rule, or a pair of
    /// overrides that puts a minimum above its maximum is ignored and reported as an
    /// [`InputKind::Settings`] diagnostic at line 0.
    pub fn with_overrides<'a>(
        overrides: impl IntoIterator<Item = (&'a String, &'a f64)>,
    ) -> (Self, Vec<Diagnostic>) {
        let mut book = Self::new();
        let mut diagnostics = Vec::new();
        for (key, &value) in overrides {
            let Some(rule) = RuleId::from_key(key) else {
                diagnostics.push(Diagnostic::new(
                    InputKind::Settings,
                    0,
                    format!("Unknown rule \"{key}\" in the overrides: ignored."),
                ));
                continue;
            };
            match rule.def().refusal(value) {
                Some(why) => diagnostics.push(Diagnostic::new(
                    InputKind::Settings,
                    0,
                    format!("Override {key} = {} {why}: ignored.", shortest(value)),
                )),
                None => {
                    book.set_override(rule, value);
                }
            }
        }
        for &(low, high) in ORDERED_PAIRS {
            let (low_value, high_value) = (book.raw(low), book.raw(high));
            if low_value > high_value {
                book.overrides.retain(|&(r, _)| r != low && r != high);
                diagnostics.push(Diagnostic::new(
                    InputKind::Settings,
                    0,
                    format!(
                        "\u{201c}{}\u{201d} ({}) would be above \u{201c}{}\u{201d} ({}): both changes ignored, the defaults apply.",
                        low.def().label,
                        shortest(low_value),
                        high.def().label,
                        shortest(high_value)
                    ),
                ));
            }
        }
        (book, diagnostics)
    }

    /// Sets the override of `rule`, replacing an earlier one.
    fn set_override(&mut self, rule: RuleId, value: f64) {
        match self.overrides.iter_mut().find(|(r, _)| *r == rule) {
            Some(entry) => entry.1 = value,
            None => self.overrides.push((rule, value)),
        }
    }

    /// The override of `rule`, if any.
    fn override_of(&self, rule: RuleId) -> Option<f64> {
        self.overrides
            .iter()
            .find(|(r, _)| *r == rule)
            .map(|&(_, v)| v)
    }

    fn raw(&self, rule: RuleId) -> f64 {
        self.override_of(rule).unwrap_or(rule.def().value)
    }

    /// Marks `rule` as having fed a result (also done by every value reader).
    pub fn mark_used(&self, rule: RuleId) {
        self.used.set(self.used.get() | rule.bit());
    }

    /// The value in force for `rule`, marking it used.
    pub fn value(&self, rule: RuleId) -> f64 {
        self.mark_used(rule);
        self.raw(rule)
    }

    /// The value in force as a whole number (saturating at 0 and `u32::MAX`).
    pub fn whole(&self, rule: RuleId) -> u32 {
        // A float-to-integer cast saturates, and bounds keep values far from the limits.
        self.value(rule).round() as u32
    }

    /// A star figure in hundredths of a star (4.6 → 460), for exact rating arithmetic.
    pub fn hundredths(&self, rule: RuleId) -> u32 {
        (self.value(rule) * HUNDREDTHS_PER_STAR).round() as u32
    }

    /// The report form of `rule`'s source, marking the rule used.
    pub fn source(&self, rule: RuleId) -> Source {
        self.mark_used(rule);
        rule.def().source.to_report()
    }

    fn view(&self, rule: RuleId) -> RuleView {
        let def = rule.def();
        RuleView {
            id: def.id.to_string(),
            label: def.label.to_string(),
            value: self.raw(rule),
            default_value: def.value,
            unit: def.unit,
            min: def.min,
            max: def.max,
            source: def.source.to_report(),
            used_by: def.used_by,
            overridden: self.override_of(rule).is_some(),
        }
    }

    /// Every rule, in table order, for the settings panel.
    pub fn views(&self) -> Vec<RuleView> {
        RuleId::ALL.iter().map(|&r| self.view(r)).collect()
    }

    /// The rules read since this book was built, in table order.
    pub fn used_views(&self) -> Vec<RuleView> {
        let used = self.used.get();
        RuleId::ALL
            .iter()
            .filter(|r| used & r.bit() != 0)
            .map(|&r| self.view(r))
            .collect()
    }
}
