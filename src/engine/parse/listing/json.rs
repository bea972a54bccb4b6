//! Listing details given as a JSON object.

use serde_json::Value;

use super::{labels, Entry, Target};

/// Reads a JSON object into entries ordered as the keys appear in the text.
///
/// Returns the 1-based line and reason when `text` is not a JSON object.
pub(super) fn entries(text: &str) -> Result<Vec<Entry>, (usize, String)> {
    let value: Value = serde_json::from_str(text).map_err(|e| (e.line().max(1), e.to_string()))?;
    let Value::Object(map) = value else {
        return Err((1, "it is JSON but not an object".to_string()));
    };
    let mut out: Vec<(usize, Entry)> = map
        .into_iter()
        .map(|(key, v)| {
            let offset = key_offset(text, &key);
            let line = text
                .get(..offset)
                .map_or(1, |p| p.bytes().filter(|b| *b == b'\n').count() + 1);
            let target = labels::lookup(&key).unwrap_or(Target::Unknown);
            let entry = Entry {
                target,
                label: key,
                line,
                value: render(&v),
                value_line: line,
                mapped: false,
                started: true,
            };
            (offset, entry)
        })
        .collect();
    out.sort_by_key(|(offset, _)| *offset);
    Ok(out.into_iter().map(|(_, e)| e).collect())
}

/// Byte offset of the first `"key"` in `text`, or the end of the text when not found
/// (a key written with escapes).
fn key_offset(text: &str, key: &str) -> usize {
    let quoted = format!("\"{key}\"");
    text.find(&quoted).unwrap_or(text.len())
}

/// A JSON value as field text: strings as they are, arrays one item per line, numbers and
/// booleans as written, objects as compact JSON, null as empty.
fn render(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Array(items) => items
            .iter()
            .map(|i| render(i).replace('\n', " "))
            .filter(|s| !s.trim().is_empty())
            .collect::<Vec<_>>()
            .join("\n"),
        other => other.to_string(),
    }
}
