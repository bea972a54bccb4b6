//! What the fuzz targets share: turning the fuzzer's bytes into parser input.

use listing_analyzer::engine::input::DateOrder;

/// A parser's input made from the fuzzer's bytes.
pub struct Case<'a> {
    /// The date order, from the low bit of the first byte.
    pub order: DateOrder,
    /// The UTF-8 text after the first byte.
    pub text: &'a str,
    /// How many lines `text` has, the most a diagnostic may name.
    pub lines: usize,
}

/// The case `data` encodes; `None` when there is no first byte or the rest is not UTF-8.
pub fn case(data: &[u8]) -> Option<Case<'_>> {
    let (&flag, rest) = data.split_first()?;
    let text = std::str::from_utf8(rest).ok()?;
    let order = if flag & 1 == 0 {
        DateOrder::MonthFirst
    } else {
        DateOrder::DayFirst
    };
    Some(Case {
        order,
        text,
        lines: text.split('\n').count(),
    })
}
