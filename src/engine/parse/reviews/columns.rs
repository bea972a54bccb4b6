//! Which column holds the date and which the rating: by header name first, then by content.
//!
//! Header names are read word by word, any case, with bracketed hints ignored
//! (`Review Date (MM/DD/YYYY)`). A column named for a count (`Likes`, `Helpful votes`,
//! `MVP Count`, `Badges`) is never the rating. By content, a column whose cells are
//! star-like (`5 stars`, `★★★★☆`, `4/5`) beats a column of bare numbers (`4.0`), and a
//! column that holds numbers outside 1–5 (`0.0`, `10.0`) is a count, not a rating.

use crate::engine::parse::date::{parse_date, scan_raw};
use crate::engine::parse::rating::{parse_rating, RatingRead};

/// Longest header cell, in bytes; longer cells are data.
const MAX_HEADER_CELL: usize = 40;
/// A date or rating column must read in at least this share (in tenths) of its non-empty
/// cells.
const MIN_SHARE_TENTHS: usize = 8;
/// Most bytes of text around a date that still make a date cell (`Posted 2026-03-01`).
const MAX_DATE_CELL_EXTRA: usize = 12;

/// What a header cell names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Named {
    /// The review date; a higher rank is a better name (`Date` over `Created`).
    Date(u8),
    /// The rating; a higher rank is a better name (`Overall rating` over `Score`).
    Rating(u8),
    /// A count (likes, votes, badges) or an identifier: never the rating.
    Count,
    /// Anything else.
    Other,
}

/// Lower-case ASCII words of a header cell, without bracketed hints.
fn words(cell: &str) -> impl Iterator<Item = String> + '_ {
    let cut = cell.find(['(', '[']).unwrap_or(cell.len());
    cell.get(..cut)
        .unwrap_or("")
        .split(|c: char| !c.is_ascii_alphanumeric() && c != '#')
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
}

/// What header cell `cell` names.
pub(super) fn named(cell: &str) -> Named {
    if cell.len() > MAX_HEADER_CELL {
        return Named::Other;
    }
    let (mut date, mut rating, mut count) = (0u8, 0u8, false);
    for w in words(cell) {
        match w.as_str() {
            "date" | "datetime" | "timestamp" | "datum" | "fecha" => date = date.max(3),
            "posted" | "reviewed" | "submitted" | "published" | "created" => date = date.max(2),
            "when" | "time" | "day" => date = date.max(1),
            "overall" => rating = rating.max(5),
            "rating" | "ratings" | "stars" | "star" | "bewertung" | "sterne" => {
                rating = rating.max(4)
            }
            "valence" | "rated" | "grade" => rating = rating.max(3),
            "score" | "rate" => rating = rating.max(2),
            "like" | "likes" | "helpful" | "vote" | "votes" | "count" | "counts" | "badge"
            | "badges" | "mvp" | "ranger" | "number" | "#" | "id" | "total" | "replies"
            | "comments" | "views" | "upvotes" | "useful" => count = true,
            _ => {}
        }
    }
    if count {
        Named::Count
    } else if rating > 0 {
        Named::Rating(rating)
    } else if date > 0 {
        Named::Date(date)
    } else {
        Named::Other
    }
}

/// Whether `cell` is a date with little else (`2026-03-01`, `Sep 8`, `Posted 4 weeks ago`).
/// Invalid dates (`2026-02-30`) count too, so that their rows are diagnosed.
pub(super) fn is_date_cell(cell: &str) -> bool {
    parse_date(cell, crate::engine::input::DateOrder::MonthFirst).is_some()
        || scan_raw(cell).is_some_and(|(_, r)| cell.len() - r.len() <= MAX_DATE_CELL_EXTRA)
}

/// Whether a rating cell is written as a bare number (`4`, `4.0`, `-1`).
fn is_bare(cell: &str) -> bool {
    cell.bytes()
        .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b',' | b'-' | b'+' | b' '))
}

/// What the cells of one column look like.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct ColStats {
    /// Non-empty cells.
    pub filled: usize,
    /// Date cells.
    pub dates: usize,
    /// Valid ratings written star-like (`5 stars`, `★★★★☆`, `4/5`).
    pub star_like: usize,
    /// Valid ratings written as bare numbers (`4.0`).
    pub bare: usize,
    /// Numbers outside 1–5 or negative (`0.0`, `10.0`, `-1`).
    pub out_of_range: usize,
    /// Sum of the valid ratings, in hundredths.
    pub sum: u64,
}

impl ColStats {
    /// Adds one cell.
    pub fn add(&mut self, cell: &str) {
        if cell.is_empty() {
            return;
        }
        self.filled += 1;
        self.dates += usize::from(is_date_cell(cell));
        match parse_rating(cell) {
            Some(RatingRead::Valid(r)) => {
                self.sum += u64::from(r.hundredths());
                if is_bare(cell) {
                    self.bare += 1;
                } else {
                    self.star_like += 1;
                }
            }
            Some(RatingRead::OutOfRange(_) | RatingRead::Negative(_)) => self.out_of_range += 1,
            None => {}
        }
    }

    /// Valid ratings.
    pub fn ratings(&self) -> usize {
        self.star_like + self.bare
    }

    /// Whether enough of the column reads as `n` of its cells.
    fn mostly(&self, n: usize) -> bool {
        n > 0 && n * 10 >= self.filled * MIN_SHARE_TENTHS
    }

    /// Whether the column is a date column.
    pub fn is_dates(&self) -> bool {
        self.mostly(self.dates)
    }

    /// How the column reads as ratings: `None` when it does not; else whether it is
    /// star-like (which beats bare numbers) and how many cells read.
    pub fn rating_rank(&self) -> Option<(bool, usize)> {
        (self.mostly(self.ratings()) && self.out_of_range * 10 <= self.filled)
            .then(|| (self.star_like * 2 >= self.ratings(), self.ratings()))
    }
}

/// The best rating column among `cols` (index, stats), by [`ColStats::rating_rank`], and
/// whether another column ranks as well (a truly ambiguous choice). Between columns that
/// rank the same, the one with the higher ratings wins: counts (likes, votes) are mostly
/// low, star ratings mostly high.
pub(super) fn best_rating(cols: impl Iterator<Item = (usize, ColStats)>) -> Option<(usize, bool)> {
    let mut best: Option<(usize, (bool, usize), u64)> = None;
    let mut tie = false;
    for (i, s) in cols {
        let Some(rank) = s.rating_rank() else {
            continue;
        };
        match best {
            Some((_, b, sum)) if rank == b => {
                tie = true;
                if s.sum > sum {
                    best = Some((i, rank, s.sum));
                }
            }
            Some((_, b, _)) if rank < b => {}
            _ => {
                best = Some((i, rank, s.sum));
                tie = false;
            }
        }
    }
    best.map(|(i, _, _)| (i, tie))
}

/// Whether `cells` read as a header row: at least two short cells, one naming the date,
/// and none that is itself a date or a rating.
pub(super) fn is_header<'a>(cells: impl Iterator<Item = &'a str> + Clone) -> bool {
    let mut n = 0;
    let mut has_date = false;
    for c in cells {
        n += 1;
        if c.len() > MAX_HEADER_CELL || is_date_cell(c) || parse_rating(c).is_some() {
            return false;
        }
        has_date |= matches!(named(c), Named::Date(_));
    }
    n >= 2 && has_date
}

/// For a record that spans lines, the continuation lines that look like rows of their own
/// (a date cell and a rating cell where the layout expects them): the sign of a quote that
/// was opened and never closed. Returns how many, and the offset (in lines) of the first.
pub(super) fn rows_inside(
    raw: &str,
    delim: u8,
    date_col: usize,
    rating_col: usize,
) -> Option<(usize, usize)> {
    let mut found: Option<(usize, usize)> = None;
    for (k, line) in raw.lines().enumerate().skip(1) {
        let cells: Vec<&str> = line.split(char::from(delim)).map(str::trim).collect();
        let cell = |i: usize| cells.get(i).copied().unwrap_or("");
        if is_date_cell(cell(date_col)) && parse_rating(cell(rating_col)).is_some() {
            found = Some(found.map_or((1, k), |(n, first)| (n + 1, first)));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_names() {
        let table: &[(&str, Named)] = &[
            ("Review Date", Named::Date(3)),
            ("Review Date (MM/DD/YYYY)", Named::Date(3)),
            ("Posted on", Named::Date(2)),
            ("Reviewed On", Named::Date(2)),
            ("Reviewer Name", Named::Other),
            ("Review Valence", Named::Rating(3)),
            ("Star rating", Named::Rating(4)),
            ("Overall", Named::Rating(5)),
            ("Score", Named::Rating(2)),
            ("Likes", Named::Count),
            ("Helpful votes", Named::Count),
            ("MVP Count", Named::Count),
            ("Top Reviewer Count", Named::Count),
            ("Rating count", Named::Count),
            ("Unique ID", Named::Count),
            ("Review Text", Named::Other),
        ];
        for &(cell, want) in table {
            assert_eq!(named(cell), want, "{cell:?}");
        }
    }

    #[test]
    fn star_like_columns_beat_counts() {
        let col = |cells: &[&str]| {
            let mut s = ColStats::default();
            cells.iter().for_each(|c| s.add(c));
            s
        };
        let likes = col(&["0.0", "1.0", "0.0", "10.0"]);
        let small_likes = col(&["1.0", "2.0", "1.0"]);
        let valence = col(&["5 stars", "1 stars", "4 stars"]);
        assert_eq!(likes.rating_rank(), None);
        assert_eq!(small_likes.rating_rank(), Some((false, 3)));
        assert_eq!(valence.rating_rank(), Some((true, 3)));
        let cols = [(3, small_likes), (4, valence)];
        assert_eq!(best_rating(cols.into_iter()), Some((4, false)));
        let bare = [(1, small_likes), (2, small_likes)];
        assert_eq!(best_rating(bare.into_iter()), Some((1, true)));
        let stars = col(&["4.0", "5.0", "4.0"]);
        let likes_first = [(3, small_likes), (4, stars)];
        assert_eq!(best_rating(likes_first.into_iter()), Some((4, true)));
        assert!(col(&["2026-03-01", "Sep 8", "4 weeks ago"]).is_dates());
        assert!(!col(&["Great, used since 2026-03-01 and still happy"]).is_dates());
        assert_eq!(col(&["-1", "5", "4"]).rating_rank(), None);
        let mut one_bad = vec!["5"; 9];
        one_bad.push("-1");
        assert_eq!(col(&one_bad).rating_rank(), Some((false, 9)));
    }

    #[test]
    fn header_rows() {
        let row = |s: &'static str| s.split(',');
        assert!(is_header(row(
            "Unique ID,Review Date,Reviewer Name,Likes,Review Valence"
        )));
        assert!(is_header(row("Date,Rating,Review")));
        assert!(!is_header(row("2026-03-01,5,Great update to date")));
        assert!(!is_header(row("Rating,Review")));
        assert!(!is_header(row("Date")));
    }
}
