//! Word-level text helpers for the readiness checks.

use crate::engine::rules::vocab::{MIN_KEYWORD_CHARS, STOP_WORDS};

/// Lower-case words of `text` (runs of letters and digits).
pub fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

/// Words of `text` fit to serve as keywords: long enough and not a stop word.
pub fn keywords(text: &str) -> Vec<String> {
    words(text)
        .filter(|w| w.chars().count() >= MIN_KEYWORD_CHARS && !STOP_WORDS.contains(&w.as_str()))
        .collect()
}

/// Whether `text` has a word starting with any of `keys` ("invoices" carries "invoice").
pub fn mentions_any(text: &str, keys: &[String]) -> bool {
    words(text).any(|w| keys.iter().any(|k| w.starts_with(k.as_str())))
}

/// How many words of `text` equal `word` (lower case).
pub fn count_word(text: &str, word: &str) -> usize {
    words(text).filter(|w| w == word).count()
}

/// `text` up to the end of its first sentence (`.`, `!` or `?` before a space) or line.
pub fn first_sentence(text: &str) -> &str {
    let mut after_stop = false;
    for (i, c) in text.char_indices() {
        if c == '\n' || (after_stop && c.is_whitespace()) {
            return text.get(..i).unwrap_or(text);
        }
        after_stop = matches!(c, '.' | '!' | '?');
    }
    text
}

/// `n` as a `usize` limit, saturating.
pub fn limit(n: u32) -> usize {
    usize::try_from(n).unwrap_or(usize::MAX)
}
