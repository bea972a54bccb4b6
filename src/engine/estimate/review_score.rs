//! Review-score eligibility under a named rule set (docs/domain.md §4), led by what
//! still counts since the scorecard's retirement: review count and rating for ranking.
//!
//! All comparisons are exact integer arithmetic on ratings in hundredths of a star:
//! "average ≥ 4.6" is `sum ≥ 460 × count`. Floats appear only in display fields.

use chrono::NaiveDate;

use super::fiscal::{next_window, next_window_change, ReviewWindow};
use crate::engine::input::RuleSetId;
use crate::engine::model::{Rating, Review, ReviewHistory};
use crate::engine::report::{
    Diagnostic, InputKind, NextWindow, Ranking, RatingPoint, ReviewScore, ReviewScoreSummary,
    Source,
};
use crate::engine::rules::sources::{OFFICIAL_SEARCH_TODAY, PRACTITIONER_SCORE_RETIRED};
use crate::engine::rules::vocab::{
    rule_set_def, Metric, RANKING_NOTE, SCORECARD_RETIRED_ON, SCORE_CAVEAT, SCORE_CAVEAT_IN_FORCE,
};
use crate::engine::rules::{RuleBook, RuleId, HUNDREDTHS_PER_STAR};

/// A rule set's figures as they are in force, resolved from a [`RuleBook`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewParams {
    /// Minimum number of reviews in the window.
    pub min_reviews: u32,
    /// Minimum average in hundredths of a star (for bands: the lowest band's start).
    pub threshold: u32,
    /// `(from, points)` pairs; a threshold rule set has one pair `(threshold, points)`.
    pub bands: Vec<(u32, u32)>,
}

impl ReviewParams {
    /// Resolves `set` from `rules`, marking every figure it reads as used.
    pub fn resolve(set: RuleSetId, rules: &RuleBook) -> Self {
        let def = rule_set_def(set);
        let bands: Vec<(u32, u32)> = match def.metric {
            Metric::Threshold {
                min_average,
                points,
            } => vec![(rules.hundredths(min_average), rules.whole(points))],
            Metric::Bands(bands) => bands
                .iter()
                .map(|&(from, points)| (rules.hundredths(from), rules.whole(points)))
                .collect(),
        };
        let threshold = bands.iter().map(|&(from, _)| from).min().unwrap_or(0);
        Self {
            min_reviews: rules.whole(def.min_reviews),
            threshold,
            bands,
        }
    }

    /// Most points the rule set can give.
    pub fn max_points(&self) -> u32 {
        self.bands.iter().map(|&(_, p)| p).max().unwrap_or(0)
    }
}

/// Count and sum (in hundredths) of the ratings in a window.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Tally {
    /// Number of reviews.
    pub count: u64,
    /// Sum of their ratings in hundredths of a star.
    pub sum: u64,
}

impl Tally {
    /// Tallies the reviews dated from `from` through `to`, both included.
    pub fn of(reviews: &[Review], from: NaiveDate, to: NaiveDate) -> Self {
        reviews
            .iter()
            .filter(|r| from <= r.date && r.date <= to)
            .fold(Self::default(), |t, r| Self {
                count: t.count.saturating_add(1),
                sum: t.sum.saturating_add(u64::from(r.rating.hundredths())),
            })
    }

    /// Whether the average reaches `hundredths`, exactly (`sum ≥ hundredths × count`).
    pub fn average_reaches(&self, hundredths: u32) -> bool {
        u128::from(self.sum) >= u128::from(hundredths) * u128::from(self.count)
    }

    /// The average in stars for display; `None` when there is no review.
    pub fn average(&self) -> Option<f64> {
        (self.count > 0).then(|| self.sum as f64 / self.count as f64 / HUNDREDTHS_PER_STAR)
    }

    /// Whether the tally meets the minimum count and the threshold average.
    pub fn eligible(&self, params: &ReviewParams) -> bool {
        self.count >= u64::from(params.min_reviews) && self.average_reaches(params.threshold)
    }

    /// Points earned: 0 when not eligible, else the band with the highest start the average
    /// reaches (bands are half-open `[from, next from)`, the last one through 5 stars).
    pub fn points(&self, params: &ReviewParams) -> u32 {
        if !self.eligible(params) {
            return 0;
        }
        params
            .bands
            .iter()
            .filter(|&&(from, _)| self.average_reaches(from))
            .max_by_key(|&&(from, _)| from)
            .map_or(0, |&(_, points)| points)
    }
}

/// The smallest number `k ≥ 0` of additional 5-star reviews after which `count + k ≥
/// min_reviews` and the average reaches `threshold` (hundredths). Exact: `k` makes it
/// eligible and `k − 1` does not. With a threshold of 5 stars or more and a deficit, no
/// `k` exists and `u32::MAX` is returned (rule bounds keep thresholds below 5 stars).
pub fn five_star_reviews_needed(tally: Tally, min_reviews: u32, threshold: u32) -> u32 {
    let top = u64::from(Rating::MAX.hundredths());
    let for_count = u64::from(min_reviews).saturating_sub(tally.count);
    // threshold × count may pass u64::MAX; the product and the deficit are exact in u128,
    // which is only multiplied and subtracted here (a u128 division would link 1 KB of
    // compiler-builtins code into the wasm).
    let deficit =
        (u128::from(threshold) * u128::from(tally.count)).saturating_sub(u128::from(tally.sum));
    let for_average = if deficit == 0 {
        0
    } else if u64::from(threshold) >= top {
        return u32::MAX;
    } else {
        // The divisor is at most 500, so a deficit beyond u64 needs more than u32::MAX
        // reviews: the answer saturates either way.
        match u64::try_from(deficit) {
            Ok(d) => d.div_ceil(top - u64::from(threshold)),
            Err(_) => return u32::MAX,
        }
    };
    u32::try_from(for_count.max(for_average)).unwrap_or(u32::MAX)
}

/// A diagnostic for every review dated after `today`; such reviews are never counted.
pub fn future_review_diagnostics(history: &ReviewHistory, today: NaiveDate) -> Vec<Diagnostic> {
    history
        .reviews
        .iter()
        .filter(|r| r.date > today)
        .map(|r| {
            Diagnostic::new(
                InputKind::Reviews,
                r.line,
                format!(
                    "Review dated {} is after the analysis date {today}: not counted.",
                    r.date
                ),
            )
        })
        .collect()
}

fn to_u32(n: u64) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn sources(set: RuleSetId, rules: &RuleBook) -> Vec<Source> {
    let def = rule_set_def(set);
    let mut ids = vec![def.min_reviews];
    match def.metric {
        Metric::Threshold {
            min_average,
            points,
        } => ids.extend([min_average, points]),
        Metric::Bands(bands) => ids.extend(bands.iter().flat_map(|&(f, p)| [f, p])),
    }
    let mut out: Vec<Source> = Vec::new();
    let all = ids
        .into_iter()
        .map(|id: RuleId| rules.source(id))
        .chain([PRACTITIONER_SCORE_RETIRED.to_report()]);
    for source in all {
        if !out.contains(&source) {
            out.push(source);
        }
    }
    out
}

/// Review-score eligibility of `history` under `set` on `today`.
///
/// Reviews count from the first day of the previous fiscal year through `today`; later
/// ones are left out (see [`future_review_diagnostics`]). `next_window` applies the same
/// rule to the window that takes effect on the next 1 February: it starts on the first day
/// of the current fiscal year and counts the reviews already dated inside it.
pub fn score(
    history: &ReviewHistory,
    set: RuleSetId,
    today: NaiveDate,
    rules: &RuleBook,
) -> ReviewScore {
    let def = rule_set_def(set);
    let params = ReviewParams::resolve(set, rules);
    let window = ReviewWindow::on(today);
    let tally = Tally::of(&history.reviews, window.start, today);
    let next = next_window(today);
    let next_tally = Tally::of(&history.reviews, next.start, today);

    let mut ratings: Vec<RatingPoint> = history
        .reviews
        .iter()
        .map(|r| RatingPoint {
            date: r.date,
            stars: r.rating.stars(),
            in_window: window.counts(r.date, today),
        })
        .collect();
    ratings.sort_by_key(|p| p.date);

    let verdict = verdict(set, tally, next_tally, &params);
    let applies_from = next_window_change(today);
    let next_eligible = next_tally.eligible(&params);
    let all = Tally::of(&history.reviews, NaiveDate::MIN, today);
    let retired_on = scorecard_retired_on();
    ReviewScore {
        ranking: Ranking {
            reviews: to_u32(all.count),
            average: all.average(),
            note: RANKING_NOTE.to_string(),
            source: OFFICIAL_SEARCH_TODAY.to_report(),
        },
        scorecard_retired_on: retired_on,
        scorecard_retired: today >= retired_on,
        rule_set: set,
        rule_set_label: verdict.rule_set_label,
        window_start: window.start,
        window_end: window.end,
        reviews_in_window: verdict.reviews_in_window,
        reviews_total: u32::try_from(history.reviews.len()).unwrap_or(u32::MAX),
        average: tally.average(),
        min_reviews: verdict.min_reviews,
        min_average: f64::from(params.threshold) / HUNDREDTHS_PER_STAR,
        eligible: verdict.eligible,
        points: verdict.points,
        max_points: verdict.max_points,
        five_star_reviews_needed: verdict.five_star_reviews_needed,
        next_window: NextWindow {
            window_start: next.start,
            applies_from,
            reviews_in_window: to_u32(next_tally.count),
            average: next_tally.average(),
            eligible: next_eligible,
            loses_eligibility: verdict.eligible && !next_eligible,
            keep_by: applies_from.pred_opt().unwrap_or(applies_from),
            five_star_reviews_needed: verdict.five_star_reviews_needed_next,
        },
        ratings,
        caveat: {
            let mut caveat = if today >= retired_on {
                format!("Under the {} {SCORE_CAVEAT}.", def.short)
            } else {
                format!("Under the {} {SCORE_CAVEAT_IN_FORCE}.", def.short)
            };
            if set == RuleSetId::OfficialA {
                // A tester (7 Dec 2026) read version A's programme years into the window.
                caveat.push_str(" Version A speaks of programme years (1 March to the end of February); the window here is the fiscal years', from 1 February, as for every rule set.");
            }
            caveat
        },
        sources: sources(set, rules),
    }
}

/// The side-by-side summary of a score.
pub fn summary(score: &ReviewScore) -> ReviewScoreSummary {
    ReviewScoreSummary {
        rule_set: score.rule_set,
        rule_set_label: score.rule_set_label.clone(),
        reviews_in_window: score.reviews_in_window,
        min_reviews: score.min_reviews,
        eligible: score.eligible,
        points: score.points,
        max_points: score.max_points,
        five_star_reviews_needed: score.five_star_reviews_needed,
        five_star_reviews_needed_next: score.next_window.five_star_reviews_needed,
    }
}

/// The day the scorecard was retired, from [`SCORECARD_RETIRED_ON`].
pub fn scorecard_retired_on() -> NaiveDate {
    let (y, m, d) = SCORECARD_RETIRED_ON;
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN)
}

/// The verdict of every rule set (in [`RuleSetId::ALL`] order) on the same reviews: the
/// same figures as [`score`] gives, without the chart and next-window details, and with
/// the window tallied once.
pub fn summaries(
    history: &ReviewHistory,
    today: NaiveDate,
    rules: &RuleBook,
) -> Vec<ReviewScoreSummary> {
    let window = ReviewWindow::on(today);
    let tally = Tally::of(&history.reviews, window.start, today);
    let next_tally = Tally::of(&history.reviews, next_window(today).start, today);
    RuleSetId::ALL
        .iter()
        .map(|&set| verdict(set, tally, next_tally, &ReviewParams::resolve(set, rules)))
        .collect()
}

/// The verdict of `set` with `params` on the reviews `tally` counted now and `next` counts
/// in the window from the next 1 February: the figures that [`score`] and [`summaries`]
/// share.
fn verdict(set: RuleSetId, tally: Tally, next: Tally, params: &ReviewParams) -> ReviewScoreSummary {
    ReviewScoreSummary {
        rule_set: set,
        rule_set_label: rule_set_def(set).label.to_string(),
        reviews_in_window: to_u32(tally.count),
        min_reviews: params.min_reviews,
        eligible: tally.eligible(params),
        points: tally.points(params),
        max_points: params.max_points(),
        five_star_reviews_needed: five_star_reviews_needed(
            tally,
            params.min_reviews,
            params.threshold,
        ),
        five_star_reviews_needed_next: five_star_reviews_needed(
            next,
            params.min_reviews,
            params.threshold,
        ),
    }
}
