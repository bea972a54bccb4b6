//! The input a short share link carries: the whole input, except that the review history
//! is replaced by the rows the engine read from it, as `Date,Rating` lines without the
//! reviews' text. Review text is most of a long link and does not compress away; the
//! review figures need only each row's date and rating.

use chrono::{Datelike, NaiveDate};

use super::api::parse_reviews_text;
use super::input::Input;
use super::model::Rating;
use super::parse::date::DateContext;
use super::parse::reviews::apps::choose;
use super::session::{prefix_on_char_boundary, Session};

/// A short link's input and what it left out.
#[derive(Debug, Clone, PartialEq)]
pub struct ShortInput {
    /// The input to put in the short link.
    pub input: Input,
    /// How many review rows it carries (dates and ratings).
    pub reviews: usize,
}

/// A rating as a `Rating` cell reads it back: whole stars without decimals ("5"),
/// otherwise up to two decimals ("4.5", "4.25").
fn rating_cell(r: Rating) -> String {
    let h = r.hundredths();
    match h % 100 {
        0 => (h / 100).to_string(),
        f if f % 10 == 0 => format!("{}.{}", h / 100, f / 10),
        f => format!("{}.{f:02}", h / 100),
    }
}

/// The input of a short link for `input` (analysis date `input.today`, else
/// `default_today`): the review history becomes one `Date,Rating` line per review the
/// analysis reads (ISO dates, already resolved, so the recipient's own date does not
/// change them), read from the same first [`Session::DEFAULT_MAX_BYTES`] as the analysis;
/// from an export of several apps, only the rows of the app analysed (`reviews_app`, else
/// the app with most rows), and `reviews_app` is cleared. Everything else is kept as it
/// is. An empty history stays empty.
pub fn short_input(input: &Input, default_today: NaiveDate) -> ShortInput {
    let ctx = DateContext {
        today: input.today.unwrap_or(default_today),
        order: input.date_order,
    };
    let text = prefix_on_char_boundary(&input.reviews, Session::DEFAULT_MAX_BYTES);
    let (all, _) = parse_reviews_text(text, ctx);
    // An export of several apps: only the app the analysis reads travels (its rows carry
    // no app column, so the recipient reads them as that app's).
    let (history, _, _) = choose(&all, input.reviews_app.as_deref());
    let mut short = input.clone();
    short.reviews_app = None;
    short.reviews = if history.reviews.is_empty() {
        String::new()
    } else {
        let mut rows = String::from("Date,Rating\n");
        for r in &history.reviews {
            let d = r.date;
            rows.push_str(&format!(
                "{:04}-{:02}-{:02},{}\n",
                d.year(),
                d.month(),
                d.day(),
                rating_cell(r.rating)
            ));
        }
        rows
    };
    ShortInput {
        input: short,
        reviews: history.reviews.len(),
    }
}
