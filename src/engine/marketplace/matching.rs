//! The listing's categories, as written, matched to the marketplace's category names:
//! exactly (case, `&`/"and" and plurals aside), else loosely (one name's words all in the
//! other's), with a note.

use super::data::Category;

/// One of the listing's categories matched to a marketplace category.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    /// The listing's category as written.
    pub written: String,
    /// Index of the marketplace category in the data.
    pub index: usize,
    /// Whether the names differ beyond case, `&`/"and" and plurals.
    pub loose: bool,
}

impl Match {
    /// The note of a loose match, `None` for an exact one.
    pub fn note(&self, name: &str) -> Option<String> {
        self.loose.then(|| {
            format!(
                "\u{201c}{}\u{201d} is not a marketplace category; read as \u{201c}{name}\u{201d}, the closest by its words.",
                self.written
            )
        })
    }
}

/// The words of a name: lower case, `&` read as "and" and left out with it, a plural `s`
/// dropped.
fn words(name: &str) -> Vec<String> {
    let mut w: Vec<String> = name
        .to_ascii_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && *w != "and")
        .map(|w| match w.strip_suffix('s') {
            Some(stem) if stem.len() > 2 => stem.to_string(),
            _ => w.to_string(),
        })
        .collect();
    w.sort();
    w.dedup();
    w
}

/// How well `mine` matches `theirs`: `Some((exact, shared share))` when one's words all
/// appear in the other's.
fn closeness(mine: &[String], theirs: &[String]) -> Option<(bool, f64)> {
    if mine.is_empty() || theirs.is_empty() {
        return None;
    }
    let shared = mine.iter().filter(|w| theirs.contains(w)).count();
    if shared != mine.len() && shared != theirs.len() {
        return None;
    }
    let union = mine.len() + theirs.len() - shared;
    Some((mine == theirs, shared as f64 / union as f64))
}

/// Each of `named` matched to the closest of `categories` (skipping the whole
/// marketplace, the first), in the listing's order, each marketplace category once.
pub fn match_all(named: &[String], categories: &[Category]) -> Vec<Match> {
    let theirs: Vec<Vec<String>> = categories.iter().map(|c| words(&c.name)).collect();
    let mut out: Vec<Match> = Vec::new();
    for written in named {
        let mine = words(written);
        let best = theirs
            .iter()
            .enumerate()
            .skip(1)
            .filter_map(|(i, t)| closeness(&mine, t).map(|c| (i, c)))
            .max_by(|(ia, (ea, sa)), (ib, (eb, sb))| {
                let size = |i: &usize| categories.get(*i).map_or(0, |c| c.listings);
                (ea, sa)
                    .partial_cmp(&(eb, sb))
                    .unwrap_or(std::cmp::Ordering::Equal)
                    .then(size(ia).cmp(&size(ib)))
            });
        if let Some((index, (exact, _))) = best {
            if !out.iter().any(|m| m.index == index) {
                out.push(Match {
                    written: written.trim().to_string(),
                    index,
                    loose: !exact,
                });
            }
        }
    }
    out
}

/// The note when the whole marketplace stands in for the listing's categories.
pub fn whole_note(named: &[String]) -> String {
    if named.is_empty() {
        "The listing names no category: compared with the whole marketplace.".to_string()
    } else {
        format!(
            "None of the listing's categories ({}) is a marketplace category: compared with the whole marketplace.",
            named.join(", ")
        )
    }
}
