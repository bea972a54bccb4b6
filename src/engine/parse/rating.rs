//! Star-rating recognition for the review-history parser.
//!
//! Recognised forms: a number (`5`, `4.0`, `4.5`, `4,5`), star glyphs (`★★★★☆`, `⭐⭐⭐`,
//! `★ 4.5`), `4/5`, `4 out of 5 stars`, `Rated 4 of 5`, `4 stars`, `4-star`, `Rating: 4`.
//! Ratings are read in hundredths of a star; more than two decimals are rounded half up.
//!
//! A rating is *strong* when the text around it is only filler (`Rating:`, `Rated`, `stars`,
//! punctuation): that is a rating line or cell. It is *weak* when it sits inside prose
//! ("I'd give it 5 stars"). A bare number is a rating only when strong, so numbers in
//! review text are never taken for ratings.

use std::ops::Range;

use crate::engine::model::Rating;

/// What a rating expression said.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RatingRead {
    /// A rating between 1 and 5 stars.
    Valid(Rating),
    /// A rating expression whose value is outside 1–5 stars, in hundredths (saturating).
    OutOfRange(u32),
    /// A negative number (`-1`), in hundredths of its magnitude: never a rating.
    Negative(u32),
}

/// A rating found in a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundRating {
    /// The value.
    pub read: RatingRead,
    /// Whether the rest of the line is only filler (see the module documentation).
    pub strong: bool,
    /// Byte range of the rating expression in the line.
    pub range: Range<usize>,
}

/// Reads `cell` as a rating and nothing else but filler; `None` when it is not one.
pub fn parse_rating(cell: &str) -> Option<RatingRead> {
    let mut toks = Vec::new();
    find_rating_in(&mut toks, cell, None)
        .filter(|f| f.strong)
        .map(|f| f.read)
}

/// Finds the first rating expression in `line`, ignoring the byte range `skip` (for
/// example a date already found there).
pub fn find_rating(line: &str, skip: Option<Range<usize>>) -> Option<FoundRating> {
    let mut toks = Vec::new();
    find_rating_in(&mut toks, line, skip)
}

/// Most tokens looked at in one line; a rating is expected near the start of its line.
const MAX_TOKENS: usize = 256;

/// A lexical token of a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tok {
    /// A number, in hundredths (saturating), and whether it had a fractional part.
    Num(u32, bool),
    /// An ASCII word; the range indexes the line.
    Word(usize, usize),
    /// A run of star glyphs: filled hundredths and glyph count.
    Stars(u32, u32),
    /// `/`.
    Slash,
    /// `:`.
    Colon,
    /// `-`.
    Dash,
    /// Any other punctuation or symbol.
    Other,
}

/// A token with its byte range.
pub(crate) type Spanned = (Tok, usize, usize);

/// Same as [`find_rating`], reusing `toks` as scratch space to avoid allocating per line.
pub(crate) fn find_rating_in(
    toks: &mut Vec<Spanned>,
    line: &str,
    skip: Option<Range<usize>>,
) -> Option<FoundRating> {
    let b = line.as_bytes();
    // Every form holds a digit or a (non-ASCII) star glyph.
    if b.iter().all(|c| c.is_ascii() && !c.is_ascii_digit()) {
        return None;
    }
    tokenize(toks, line, skip.as_ref());
    let word = |k: usize, w: &str| match toks.get(k) {
        Some((Tok::Word(s, e), _, _)) => b
            .get(*s..*e)
            .is_some_and(|x| x.eq_ignore_ascii_case(w.as_bytes())),
        _ => false,
    };
    let num = |k: usize| match toks.get(k) {
        Some((Tok::Num(h, _), _, _)) => Some(*h),
        _ => None,
    };
    let is_five = |k: usize| matches!(toks.get(k), Some((Tok::Num(500, false), _, _)));
    let is_filler = |k: usize| match toks.get(k) {
        Some((Tok::Word(..), _, _)) => [
            "rated", "rating", "score", "stars", "star", "overall", "out", "of",
        ]
        .iter()
        .any(|w| word(k, w)),
        Some((Tok::Num(..) | Tok::Stars(..), _, _)) | None => false,
        Some(_) => true,
    };
    // A number right after a minus sign that follows no number (`-1`, `Rating: -1`, but
    // not `5-1`) is negative.
    let negative = |k: usize| match (k.checked_sub(1).and_then(|j| toks.get(j)), toks.get(k)) {
        (Some((Tok::Dash, _, dash_end)), Some((Tok::Num(..), start, _))) if dash_end == start => {
            !matches!(
                k.checked_sub(2).and_then(|j| toks.get(j)),
                Some((Tok::Num(..), _, _))
            )
        }
        _ => false,
    };
    let found = |value: u32, s: usize, e: usize| {
        let strong = (0..toks.len()).filter(|k| *k < s || *k >= e).all(is_filler);
        let start = toks.get(s).map_or(0, |t| t.1);
        let end = toks.get(e.saturating_sub(1)).map_or(0, |t| t.2);
        let read = if negative(s) {
            RatingRead::Negative(value)
        } else {
            u16::try_from(value)
                .ok()
                .and_then(Rating::from_hundredths)
                .map_or(RatingRead::OutOfRange(value), RatingRead::Valid)
        };
        Some(FoundRating {
            read,
            strong,
            range: start..end,
        })
    };
    let star_word = |k: usize| word(k, "stars") || word(k, "star");
    for k in 0..toks.len() {
        if let Some((Tok::Stars(filled, count), _, _)) = toks.get(k) {
            // A single glyph next to a number (`★ 4.5`, `4.5★`) marks the number.
            if *count == 1 {
                if let Some(v) = num(k + 1) {
                    return found(v, k, k + 2);
                }
                if let Some(v) = k.checked_sub(1).and_then(num) {
                    return found(v, k - 1, k + 1);
                }
            }
            return found(*filled, k, k + 1).map(|f| FoundRating { strong: true, ..f });
        }
        let Some(v) = num(k) else { continue };
        // `4/5`, not followed by more of a date or fraction.
        if matches!(toks.get(k + 1), Some((Tok::Slash, _, _)))
            && is_five(k + 2)
            && !matches!(toks.get(k + 3), Some((Tok::Slash | Tok::Num(..), _, _)))
        {
            let e = if star_word(k + 3) { k + 4 } else { k + 3 };
            return found(v, k, e);
        }
        // `4 out of 5 [stars]`, `4 of 5 [stars]`.
        let of_at = if word(k + 1, "out") && word(k + 2, "of") {
            Some(k + 3)
        } else if word(k + 1, "of") {
            Some(k + 2)
        } else {
            None
        };
        if let Some(five) = of_at.filter(|f| is_five(*f)) {
            let e = if star_word(five + 1) {
                five + 2
            } else {
                five + 1
            };
            return found(v, k, e);
        }
        // `4 stars`, `4-star`.
        if star_word(k + 1) {
            return found(v, k, k + 2);
        }
        if matches!(toks.get(k + 1), Some((Tok::Dash, _, _))) && star_word(k + 2) {
            return found(v, k, k + 3);
        }
        // `Rated 4`, `Rating: 4`, `Score - 4`.
        let p = k.checked_sub(1);
        let lead = |j: usize| word(j, "rated") || word(j, "rating") || word(j, "score");
        let after_sep = p.is_some_and(|j| {
            matches!(toks.get(j), Some((Tok::Colon | Tok::Dash, _, _)))
                && j.checked_sub(1).is_some_and(lead)
        });
        if p.is_some_and(lead) || after_sep {
            return found(v, k, k + 1);
        }
    }
    // A bare number is a rating only when everything else is filler.
    let mut nums = toks
        .iter()
        .enumerate()
        .filter(|(_, t)| matches!(t.0, Tok::Num(..)));
    match (nums.next(), nums.next()) {
        (Some((k, (Tok::Num(v, _), _, _))), None) => {
            let f = found(*v, k, k + 1)?;
            f.strong.then_some(f)
        }
        _ => None,
    }
}

/// Filled value (hundredths) of a star glyph; `Some(0)` for an empty star.
fn star_value(c: char) -> Option<u32> {
    match c {
        '★' | '⭐' | '✭' | '✮' | '✯' | '✪' | '🌟' => Some(100),
        '☆' | '✩' | '✰' => Some(0),
        '½' | '⯪' => Some(50),
        _ => None,
    }
}

/// Splits `line` into tokens (at most [`MAX_TOKENS`]), skipping the byte range `skip`.
///
/// ASCII bytes are handled directly; only non-ASCII characters are decoded.
fn tokenize(toks: &mut Vec<Spanned>, line: &str, skip: Option<&Range<usize>>) {
    toks.clear();
    let b = line.as_bytes();
    let mut i = 0;
    while i < b.len() && toks.len() < MAX_TOKENS {
        if let Some(r) = skip.filter(|r| r.contains(&i)) {
            i = r.end;
            while i < b.len() && !line.is_char_boundary(i) {
                i += 1;
            }
            continue;
        }
        let c = b.get(i).copied().unwrap_or(b' ');
        if c.is_ascii() {
            let (tok, end) = match c {
                b'0'..=b'9' => {
                    let (value, frac, e) = read_number(b, i);
                    (Some(Tok::Num(value, frac)), e)
                }
                b'a'..=b'z' | b'A'..=b'Z' => {
                    let n = b
                        .get(i..)
                        .unwrap_or(&[])
                        .iter()
                        .take_while(|c| c.is_ascii_alphabetic())
                        .count();
                    (Some(Tok::Word(i, i + n)), i + n)
                }
                b'/' => (Some(Tok::Slash), i + 1),
                b':' => (Some(Tok::Colon), i + 1),
                b'-' => (Some(Tok::Dash), i + 1),
                c if c.is_ascii_whitespace() => (None, i + 1),
                _ => (Some(Tok::Other), i + 1),
            };
            if let Some(tok) = tok {
                toks.push((tok, i, end));
            }
            i = end.max(i + 1);
            continue;
        }
        let Some(ch) = line.get(i..).and_then(|s| s.chars().next()) else {
            i += 1;
            continue;
        };
        let mut end = i + ch.len_utf8();
        if ch.is_whitespace() {
            i = end;
            continue;
        }
        let tok = if let Some(v) = star_value(ch) {
            // A run of star glyphs, possibly spaced (`★ ★ ★`) or with emoji selectors.
            let (mut filled, mut count) = (v, 1u32);
            let mut j = end;
            while let Some(d) = line.get(j..).and_then(|s| s.chars().next()) {
                if skip.is_some_and(|r| r.contains(&j)) {
                    break;
                }
                if let Some(v) = star_value(d) {
                    filled = filled.saturating_add(v);
                    count = count.saturating_add(1);
                    end = j + d.len_utf8();
                } else if d != ' ' && d != '\u{FE0F}' {
                    break;
                }
                j += d.len_utf8();
            }
            Tok::Stars(filled, count)
        } else if ch == '–' {
            Tok::Dash
        } else {
            Tok::Other
        };
        toks.push((tok, i, end));
        i = end;
    }
}

/// Reads a number at `i`: digits, then optionally `.` and digits, or `,` and one or two
/// digits (a decimal comma). Returns hundredths (saturating), whether a fraction was
/// present, and the end.
fn read_number(b: &[u8], i: usize) -> (u32, bool, usize) {
    let at = |k: usize| b.get(k).copied().unwrap_or(0);
    let mut k = i;
    let mut int: u32 = 0;
    while at(k).is_ascii_digit() {
        int = int
            .saturating_mul(10)
            .saturating_add(u32::from(at(k) - b'0'));
        k += 1;
    }
    let sep = at(k);
    let frac_len = b
        .get(k + 1..)
        .unwrap_or(&[])
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    let is_frac = match sep {
        b'.' => frac_len > 0,
        b',' => (1..=2).contains(&frac_len),
        _ => false,
    };
    if !is_frac {
        return (int.saturating_mul(100), false, k);
    }
    let d = |n: usize| u32::from(at(k + 1 + n).wrapping_sub(b'0'));
    let mut frac = d(0) * 10;
    if frac_len >= 2 {
        frac += d(1);
    }
    if frac_len >= 3 && d(2) >= 5 {
        frac += 1;
    }
    let value = int.saturating_mul(100).saturating_add(frac);
    (value, true, k + 1 + frac_len)
}

#[cfg(test)]
mod tests;
