//! Listing details given as a JSON object.

use super::{labels, Entry, Target};
use crate::engine::parse::json_value::{line_at, parse, write_compact, Json};

/// Reads a JSON object into entries ordered as the keys appear in the text.
///
/// Returns the 1-based line and reason when `text` is not a JSON object.
pub(super) fn entries(text: &str) -> Result<Vec<Entry>, (usize, String)> {
    let Json::Object(members) = parse(text)? else {
        return Err((1, "it is JSON but not an object".to_string()));
    };
    Ok(members
        .into_iter()
        .map(|m| {
            let line = line_at(text, m.offset);
            Entry {
                target: labels::lookup(&m.key).unwrap_or(Target::Unknown),
                label: m.key,
                line,
                value: render(&m.value),
                value_line: line,
                mapped: false,
                started: true,
            }
        })
        .collect())
}

/// A JSON value as field text: strings as they are, arrays one item per line, numbers and
/// booleans as written, objects as compact JSON, null as empty.
fn render(v: &Json) -> String {
    match v {
        Json::Null => String::new(),
        Json::Str(s) => s.clone(),
        Json::Array(items) => items
            .iter()
            .map(|i| render(i).replace('\n', " "))
            .filter(|s| !s.trim().is_empty())
            .collect::<Vec<_>>()
            .join("\n"),
        other => {
            let mut out = String::new();
            write_compact(other, &mut out);
            out
        }
    }
}
