//! Byte-level helpers for the date scanners: runs of digits and letters, numbers, spaces
//! and separators. None of them panics; past the end of the text they see nothing.

/// The number of ASCII digits in a row at `i` (0 past the end).
pub(super) fn digits(b: &[u8], i: usize) -> usize {
    run(b, i, u8::is_ascii_digit)
}

/// The number of ASCII letters in a row at `i` (0 past the end).
pub(super) fn letters(b: &[u8], i: usize) -> usize {
    run(b, i, u8::is_ascii_alphabetic)
}

/// The number of bytes of `class` in a row at `i`.
fn run(b: &[u8], i: usize, class: fn(&u8) -> bool) -> usize {
    b.get(i..)
        .unwrap_or(&[])
        .iter()
        .take_while(|c| class(c))
        .count()
}

/// Reads `n` ASCII digits at `i` as a number (`n` ≤ 4, so no overflow).
pub(super) fn number(b: &[u8], i: usize, n: usize) -> u32 {
    b.get(i..i + n)
        .unwrap_or(&[])
        .iter()
        .fold(0, |acc, c| acc * 10 + u32::from(c.wrapping_sub(b'0')))
}

/// The byte at `i`, or 0 past the end.
pub(super) fn at(b: &[u8], i: usize) -> u8 {
    b.get(i).copied().unwrap_or(0)
}

/// Skips spaces, tabs and no-break spaces.
pub(super) fn skip_space(b: &[u8], mut i: usize) -> usize {
    loop {
        match at(b, i) {
            b' ' | b'\t' => i += 1,
            0xC2 if at(b, i + 1) == 0xA0 => i += 2,
            _ => return i,
        }
    }
}

/// Skips a separator between words of a written date: spaces, and at most one of `-`, `,`,
/// `.`, `/` surrounded by optional spaces.
pub(super) fn skip_word_sep(b: &[u8], i: usize) -> usize {
    let j = skip_space(b, i);
    if matches!(at(b, j), b'-' | b',' | b'.' | b'/') {
        skip_space(b, j + 1)
    } else {
        j
    }
}
