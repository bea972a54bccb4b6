//! Several apps in one review export: an export with an app or listing id column holding
//! more than one value is never mixed silently. One app is analysed (the one chosen, else
//! the one with most rows) and a note says how many apps were found.

use std::borrow::Cow;

use crate::engine::model::{AppRows, ReviewHistory};
use crate::engine::report::{Diagnostic, InputKind, ReviewApps};

/// The reviews of one app of `history`, the list of its apps and a note, when its app
/// column holds more than one app; `None` (the history as it is) otherwise.
///
/// The app read is `chosen` when it names one of the apps (its id as written, surrounding
/// whitespace ignored), else the app with most rows (ties: the first in the export).
/// Reviews without an app id are set aside with the other apps' reviews. Never panics.
pub fn choose<'a>(
    history: &'a ReviewHistory,
    chosen: Option<&str>,
) -> (Cow<'a, ReviewHistory>, Option<ReviewApps>, Vec<Diagnostic>) {
    if history.apps.len() < 2 {
        return (Cow::Borrowed(history), None, Vec::new());
    }
    let mut by_rows: Vec<(usize, &AppRows)> = history.apps.iter().enumerate().collect();
    by_rows.sort_by(|a, b| b.1.rows.cmp(&a.1.rows).then(a.0.cmp(&b.0)));
    let wanted = chosen.map(str::trim).filter(|c| !c.is_empty());
    let picked = wanted.and_then(|c| by_rows.iter().find(|(_, a)| a.id.trim() == c));
    let Some(&(index, app)) = picked.or(by_rows.first()) else {
        return (Cow::Borrowed(history), None, Vec::new());
    };
    let column = history.app_column.clone().unwrap_or_default();
    let mut kept = ReviewHistory {
        reviews: Vec::new(),
        apps: Vec::new(),
        ..history.clone()
    };
    let index = u32::try_from(index).ok();
    kept.reviews = history
        .reviews
        .iter()
        .filter(|r| r.app.is_some() && r.app == index)
        .cloned()
        .collect();
    kept.apps = history.apps.clone();
    let others = history.reviews.len().saturating_sub(kept.reviews.len());
    let why = if picked.is_some() {
        "the app chosen"
    } else {
        "the app with most rows"
    };
    let mut message = format!(
        "This export holds reviews of {} apps (column \u{201c}{column}\u{201d}): only the {} \
         of \u{201c}{}\u{201d} ({why}) are analysed; the other {others} are set aside, not \
         mixed in. Choose another app under \u{201c}App in this export\u{201d}.",
        history.apps.len(),
        count(app.rows, "review", "reviews"),
        crate::engine::parse::snippet(&app.id, 60),
    );
    if let (Some(c), None) = (wanted, picked) {
        message = format!(
            "The app chosen, \u{201c}{}\u{201d}, is not in this export. {message}",
            crate::engine::parse::snippet(c, 60)
        );
    }
    let line = kept.reviews.first().map_or(0, |r| r.line);
    let apps = ReviewApps {
        column,
        apps: by_rows.iter().map(|(_, a)| (*a).clone()).collect(),
        chosen: app.id.clone(),
        by_choice: picked.is_some(),
    };
    let note = Diagnostic::new(InputKind::Reviews, line, message);
    (Cow::Owned(kept), Some(apps), vec![note])
}

/// `n` followed by `one` or `many`.
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
