//! What the fuzz targets share: turning the fuzzer's bytes into parser input.

use listing_analyzer::engine::input::DateOrder;

/// Splits `data` into a date order (the low bit of the first byte) and the UTF-8 text
/// after it; `None` when there is no first byte or the rest is not UTF-8.
pub fn order_and_text(data: &[u8]) -> Option<(DateOrder, &str)> {
    let (&flag, rest) = data.split_first()?;
    let text = std::str::from_utf8(rest).ok()?;
    let order = if flag & 1 == 0 {
        DateOrder::MonthFirst
    } else {
        DateOrder::DayFirst
    };
    Some((order, text))
}
