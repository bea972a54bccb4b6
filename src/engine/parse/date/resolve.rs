//! Input-wide date resolution: the decisions that need every date of an input at once, or
//! the analysis date.
//!
//! The rules are documented on [`resolve`].

use std::borrow::Cow;

use chrono::{Datelike, Days, Months, NaiveDate};

use super::raw::{Ago, RawDate};
use super::DateError;
use crate::engine::input::{DateOrder, SUPPORTED_YEARS};
use crate::engine::report::{Diagnostic, InputKind};

mod history;
mod notes;

use notes::Notes;

/// What [`resolve`] needs to know besides the candidates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateContext {
    /// The analysis date, for relative dates and yearless dates with no dated neighbour.
    pub today: NaiveDate,
    /// The user's order for numeric dates that could be read either way.
    pub order: DateOrder,
}

/// One date found in an input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate<'a> {
    /// The 1-based line where it was found (used in notes).
    pub line: usize,
    /// What was found.
    pub raw: RawDate,
    /// The date as written, quoted in notes. Callers may leave it empty for
    /// [`RawDate::Fixed`] dates, which are never quoted.
    pub text: Cow<'a, str>,
    /// Whether the line says the date is planned ("will", "planning", "next", "target"):
    /// such a yearless date may lie after the analysis date.
    pub planned: bool,
}

/// How one candidate was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ResolvedDate {
    /// The date.
    pub date: NaiveDate,
    /// A numeric date that could be read either way and was read by the user's
    /// [`DateOrder`] alone (no date of the input could only be read one way, or the
    /// input's dates disagree).
    pub ambiguous: bool,
    /// A relative date (`4 weeks ago`): the day is an approximation.
    pub approximate: bool,
    /// A date written without a year whose year was inferred.
    pub year_inferred: bool,
}

/// What [`resolve`] decided.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolution {
    /// One entry per candidate, in the same order: the date, or why it is not one.
    pub dates: Vec<Result<ResolvedDate, DateError>>,
    /// The order applied to numeric dates that could be read either way.
    pub order: DateOrder,
    /// How many dates have [`ResolvedDate::ambiguous`] set.
    pub ambiguous: usize,
    /// How many numeric dates could be read either way (day/month or month/day), whether
    /// the setting or the other dates decided them: the count the order note states.
    pub either_way: usize,
    /// Notes explaining each decision, as diagnostics of the caller's input kind, at the
    /// line of the first date concerned. Empty when every date was unambiguous and full.
    pub notes: Vec<Diagnostic>,
}

/// Evidence for the date order: how many dates read only one way, and the first of each.
#[derive(Default)]
struct Evidence {
    month_first: (usize, Option<usize>),
    day_first: (usize, Option<usize>),
}

impl Evidence {
    fn of(cands: &[Candidate]) -> Self {
        let mut e = Evidence::default();
        for (i, c) in cands.iter().enumerate() {
            let slot = match c.raw.readings() {
                (true, false) => &mut e.month_first,
                (false, true) => &mut e.day_first,
                _ => continue,
            };
            slot.0 += 1;
            slot.1 = slot.1.or(Some(i));
        }
        e
    }

    /// The order all evidence points to, if it points one way only.
    fn order(&self) -> Option<DateOrder> {
        match (self.month_first.0, self.day_first.0) {
            (0, 0) => None,
            (_, 0) => Some(DateOrder::MonthFirst),
            (0, _) => Some(DateOrder::DayFirst),
            _ => None,
        }
    }
}

/// Resolves every candidate of one input.
///
/// A parser first finds one [`Candidate`] per dated line or cell with
/// [`scan_raw`](super::scan_raw), then calls [`resolve`] once with all of them. Three
/// decisions are made, each explained by at most a few notes (diagnostics), never silently:
///
/// 1. **Date order.** A numeric date that can only be read one way (`21/05/2026` is
///    day-first, `05/21/2026` month-first) is evidence. When all evidence points one way,
///    every ambiguous date (`03/04/2026`) is read that way, whatever the user's
///    [`DateOrder`] says, and a note names the evidence. Without evidence, or when the
///    evidence points both ways, ambiguous dates follow the user's [`DateOrder`]; they are
///    then counted in [`Resolution::ambiguous`] and a note says how to change the order.
/// 2. **Years of yearless dates** (`Sep 8`, `14 October`). When the input holds a full or
///    relative date, the anchor is the nearest resolved date *before* the candidate in
///    input order (a full date, a relative date or a yearless date already resolved), else
///    the first full or relative date after it; the year chosen is the one that puts the
///    date nearest its anchor (ties go to the earlier date). When it holds none, the input
///    is a history and its dates lie on or before the analysis date, unless the candidate
///    is [`Candidate::planned`]: read in time order from the last line back (or from the
///    first line down when newest first), each date takes the latest year that puts it on
///    or before the line below (above) it, the last (first) one on or before the analysis
///    date; when neither order fits in a year, each takes its most recent past date.
///    Planned dates take the year nearest the analysis date. One note per kind of reading,
///    naming the years taken and how to write them otherwise.
/// 3. **Relative dates** (`yesterday`, `4 weeks ago`, `last week`) are counted back from the
///    analysis date (weeks as 7 days, months and years as calendar months and years) and
///    marked approximate. One note.
///
/// Contract: `dates[i]` answers `cands[i]`; a [`RawDate::Invalid`] candidate, or a relative
/// date that falls before the first of the [`SUPPORTED_YEARS`], gives `Err`. Notes are
/// diagnostics of `kind` at the line of the first candidate concerned, with a count and an
/// example as written. Runs in time linear in the number of candidates; never panics.
/// There are at most four notes: the order, yearless dates anchored on neighbours, yearless
/// dates read as a history (with planned ones), and relative dates.
///
/// ```
/// use std::borrow::Cow;
/// use chrono::NaiveDate;
/// use listing_analyzer::engine::input::DateOrder;
/// use listing_analyzer::engine::parse::date::{resolve, scan_raw, Candidate, DateContext};
/// use listing_analyzer::engine::report::InputKind;
///
/// let log = "03/04/2026 submitted\n21/05/2026 failed\nSep 8 passed\n3 days ago listed";
/// let cands: Vec<Candidate> = log
///     .lines()
///     .zip(1..)
///     .filter_map(|(line, no)| {
///         let (raw, range) = scan_raw(line)?;
///         let text = Cow::Borrowed(line.get(range)?);
///         Some(Candidate { line: no, raw, text, planned: false })
///     })
///     .collect();
/// let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
/// let ctx = DateContext { today, order: DateOrder::MonthFirst };
/// let r = resolve(&cands, ctx, InputKind::SecurityReview);
/// let dates: Vec<String> = r.dates.iter().map(|d| d.unwrap().date.to_string()).collect();
/// assert_eq!(dates, ["2026-04-03", "2026-05-21", "2026-09-08", "2026-11-22"]);
/// assert_eq!(r.order, DateOrder::DayFirst); // 21/05/2026 can only be day-first
/// assert_eq!(r.notes.len(), 3); // the order, the year of Sep 8, the relative date
/// ```
pub fn resolve(cands: &[Candidate], ctx: DateContext, kind: InputKind) -> Resolution {
    let evidence = Evidence::of(cands);
    let order = evidence.order().unwrap_or(ctx.order);
    let decided_by_setting = evidence.order().is_none();
    // Bare day/month pairs (`21/05`) become yearless dates once the order is decided.
    let yearless = with_day_month_read(cands, order);
    let mut dates: Vec<Result<ResolvedDate, DateError>> = yearless
        .iter()
        .map(|c| full_date(c.raw, order, decided_by_setting, ctx.today))
        .collect();
    let mut notes = Notes::new(kind, ctx);
    fill_years(&yearless, &mut dates, ctx.today, &mut notes);
    let mut ambiguous = 0;
    let mut by_evidence = 0;
    let mut first_ambiguous = None;
    for (i, (c, d)) in cands.iter().zip(dates.iter_mut()).enumerate() {
        let Ok(d) = d else { continue };
        let differ = matches!(c.raw, RawDate::Numeric { first, second, .. } | RawDate::DayMonth { first, second } if first != second);
        if differ && matches!(c.raw, RawDate::DayMonth { .. }) {
            d.ambiguous = c.raw.readings() == (true, true) && decided_by_setting;
        }
        if differ && c.raw.readings() == (true, true) {
            ambiguous += usize::from(d.ambiguous);
            by_evidence += usize::from(!d.ambiguous);
            first_ambiguous = first_ambiguous.or(Some(i));
        }
        if d.approximate {
            notes.relative.add(i, d.date);
        }
    }
    notes.order(
        cands,
        &evidence,
        order,
        first_ambiguous,
        ambiguous,
        by_evidence,
    );
    Resolution {
        dates,
        order,
        ambiguous,
        either_way: ambiguous + by_evidence,
        notes: notes.finish(&yearless),
    }
}

/// `cands` with every bare day/month pair ([`RawDate::DayMonth`]) read as a yearless date
/// in `order` (or in its only possible reading); borrowed when there is none.
fn with_day_month_read<'c, 'a>(
    cands: &'c [Candidate<'a>],
    order: DateOrder,
) -> Cow<'c, [Candidate<'a>]> {
    if !cands
        .iter()
        .any(|c| matches!(c.raw, RawDate::DayMonth { .. }))
    {
        return Cow::Borrowed(cands);
    }
    let read = |c: &Candidate<'a>| {
        let RawDate::DayMonth { first, second } = c.raw else {
            return c.clone();
        };
        let (month, day) = match (c.raw.readings(), order) {
            ((true, false), _) | ((true, true), DateOrder::MonthFirst) => (first, second),
            _ => (second, first),
        };
        Candidate {
            raw: RawDate::NoYear { month, day },
            ..c.clone()
        }
    };
    Cow::Owned(cands.iter().map(read).collect())
}

/// The date of a candidate that needs no neighbours; yearless ones are filled in later.
fn full_date(
    raw: RawDate,
    order: DateOrder,
    decided_by_setting: bool,
    today: NaiveDate,
) -> Result<ResolvedDate, DateError> {
    let plain = |date| ResolvedDate {
        date,
        ambiguous: false,
        approximate: false,
        year_inferred: false,
    };
    match raw {
        RawDate::Fixed(d) => Ok(plain(d)),
        RawDate::Numeric {
            first,
            second,
            year,
        } => {
            let mf = NaiveDate::from_ymd_opt(year, first, second);
            let df = NaiveDate::from_ymd_opt(year, second, first);
            let (preferred, other) = match order {
                DateOrder::MonthFirst => (mf, df),
                DateOrder::DayFirst => (df, mf),
            };
            let both = mf.is_some() && df.is_some() && first != second;
            preferred
                .or(other)
                .map(|date| ResolvedDate {
                    ambiguous: both && decided_by_setting,
                    ..plain(date)
                })
                .ok_or(DateError::NotACalendarDate)
        }
        RawDate::Relative(ago) => counted_back(today, ago)
            .filter(|d| d.year() >= *SUPPORTED_YEARS.start())
            .map(|date| ResolvedDate {
                approximate: true,
                ..plain(date)
            })
            .ok_or(DateError::YearOutOfRange),
        // Placeholder until `fill_years` runs (a day/month pair is yearless by then).
        RawDate::NoYear { .. } | RawDate::DayMonth { .. } => Err(DateError::NotACalendarDate),
        RawDate::Invalid(e) => Err(e),
    }
}

/// `today` minus a relative span.
fn counted_back(today: NaiveDate, ago: Ago) -> Option<NaiveDate> {
    match ago {
        Ago::Days(n) => today.checked_sub_days(Days::new(u64::from(n))),
        Ago::Weeks(n) => today.checked_sub_days(Days::new(u64::from(n) * 7)),
        Ago::Months(n) => today.checked_sub_months(Months::new(n)),
        Ago::Years(n) => n
            .checked_mul(12)
            .and_then(|m| today.checked_sub_months(Months::new(m))),
    }
}

/// Gives every yearless candidate its year: nearest its anchor when the input holds a full
/// or relative date, else by the history rule of [`history`].
fn fill_years(
    cands: &[Candidate],
    dates: &mut [Result<ResolvedDate, DateError>],
    today: NaiveDate,
    notes: &mut Notes,
) {
    let anchored = cands
        .iter()
        .zip(dates.iter())
        .any(|(c, d)| !matches!(c.raw, RawDate::NoYear { .. }) && d.is_ok());
    if !anchored {
        notes.history_read = Some(history::fill(cands, dates, today));
        for (i, (c, d)) in cands.iter().zip(dates.iter()).enumerate() {
            if let (RawDate::NoYear { .. }, Ok(d)) = (c.raw, d) {
                let tally = if c.planned {
                    &mut notes.planned
                } else {
                    &mut notes.history
                };
                tally.add(i, d.date);
            }
        }
        return;
    }
    // The first full (or relative) date at or after each index.
    let mut next_full = vec![None; cands.len()];
    let mut later = None;
    for (i, (c, d)) in cands.iter().zip(dates.iter()).enumerate().rev() {
        if !matches!(c.raw, RawDate::NoYear { .. }) {
            later = d.as_ref().ok().map(|r| r.date).or(later);
        }
        if let Some(slot) = next_full.get_mut(i) {
            *slot = later;
        }
    }
    let mut last = None;
    for (i, c) in cands.iter().enumerate() {
        let Some(slot) = dates.get_mut(i) else { break };
        let RawDate::NoYear { month, day } = c.raw else {
            last = slot.as_ref().ok().map(|r| r.date).or(last);
            continue;
        };
        let anchor = last.or(next_full.get(i).copied().flatten());
        let date = nearest_year(month, day, anchor.unwrap_or(today));
        *slot = inferred(date);
        if let Some(d) = date {
            last = Some(d);
            notes.from_neighbours.add(i, d);
        }
    }
}

/// A yearless date whose year was inferred, or the error when it names no day in the years
/// looked at.
fn inferred(date: Option<NaiveDate>) -> Result<ResolvedDate, DateError> {
    date.map(|date| ResolvedDate {
        date,
        ambiguous: false,
        approximate: false,
        year_inferred: true,
    })
    .ok_or(DateError::NotACalendarDate)
}

/// The `month`/`day` in the year that puts it nearest `anchor` (ties: the earlier date).
/// Looks up to four years either way, so that 29 February finds a leap year.
fn nearest_year(month: u32, day: u32, anchor: NaiveDate) -> Option<NaiveDate> {
    let y = anchor.year();
    [0, -1, 1, -2, 2, -3, 3, -4, 4]
        .iter()
        .filter_map(|dy| NaiveDate::from_ymd_opt(y.checked_add(*dy)?, month, day))
        .min_by_key(|d| ((*d - anchor).num_days().abs(), *d))
}

#[cfg(test)]
mod tests;
