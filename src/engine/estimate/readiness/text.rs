//! Word-level text helpers for the readiness checks.

use crate::engine::rules::vocab::{MIN_KEYWORD_CHARS, STOP_WORDS};

/// Lower-case words of `text` (runs of letters and digits), in any script.
pub fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(lower)
}

/// `word` in lower case as `str::to_lowercase` writes it, letter by letter: a capital
/// sigma after a letter in upper or lower case and before none is the final `ς`.
/// (`str::to_lowercase` also counts the 31 title-case letters such as `ᾼ` as cased and
/// looks past case-ignorable marks on either side; inside a run of letters and digits
/// these hardly occur, and its tables would cost the page about 1.5 KB.)
fn lower(word: &str) -> String {
    let cased = |c: Option<char>| c.is_some_and(|c| c.is_lowercase() || c.is_uppercase());
    let mut out = String::with_capacity(word.len());
    let mut before = None;
    let mut chars = word.chars().peekable();
    while let Some(c) = chars.next() {
        if c == 'Σ' && cased(before) && !cased(chars.peek().copied()) {
            out.push('ς');
        } else {
            out.extend(c.to_lowercase());
        }
        before = Some(c);
    }
    out
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

#[cfg(test)]
mod tests {
    use super::{lower, words};
    use proptest::prelude::*;

    #[test]
    fn words_are_lowered_as_str_lowers_them() {
        for w in [
            "Invoice",
            "ÜBER",
            "Électronique",
            "ΟΔΟΣ",
            "ΣΑΣ",
            "Σ",
            "ΑΣ1",
            "1Σ",
            "ΣΑ",
            "İstanbul",
            "STRASSE",
            "Straße",
            "МОСКВА",
            "ǅemal",
            "ΌΣΟΣ",
            "ΑΣΑ",
        ] {
            assert_eq!(lower(w), w.to_lowercase(), "{w}");
        }
        let found: Vec<String> = words("Gestion ÉLECTRONIQUE, ΟΔΟΣ-2").collect();
        assert_eq!(found, ["gestion", "électronique", "οδος", "2"]);
    }

    proptest! {
        #[test]
        fn any_word_of_letters_and_digits_lowers_as_str_does(
            w in "[a-zA-Z0-9ÀÉÎÖØÞßàéøÿĀİıŁŒŸΑΒΓΣΩαβσςωΆΌЁЖЯжяԱաᲐᏣ]{1,8}",
        ) {
            prop_assert_eq!(lower(&w), w.to_lowercase());
        }
    }
}
