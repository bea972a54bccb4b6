//! The decimal reader against `str::parse::<f64>`: same acceptance, same bits.

use super::finite;
use proptest::prelude::*;

/// What `finite` must return for `text`: the standard library's reading, when finite.
fn oracle(text: &str) -> Option<u64> {
    text.parse::<f64>()
        .ok()
        .filter(|v| v.is_finite())
        .map(f64::to_bits)
}

fn check(text: &str) {
    assert_eq!(finite(text).map(f64::to_bits), oracle(text), "{text:?}");
}

#[test]
fn reads_what_parse_reads() {
    for text in [
        "0",
        "-0",
        "+0",
        "0.0",
        "-0.0",
        "1",
        "-1",
        "+1",
        "4",
        "4.0",
        "4.5",
        ".5",
        "5.",
        "+.5",
        "-.5",
        "007",
        "0.25",
        "10",
        "12.5",
        "1e5",
        "1E5",
        "1e+5",
        "1e-5",
        "1.e5",
        "2.5e-3",
        "0.1",
        "0.2",
        "0.3",
        "0.30000000000000004",
        "1e300",
        "1e308",
        "1.7976931348623157e308",
        "1.7976931348623158e308",
        "1.7976931348623159e308",
        "1e309",
        "2e308",
        "4.9e-324",
        "5e-324",
        "2.4703282292062327e-324",
        "2.4703282292062328e-324",
        "3e-324",
        "1e-400",
        "2.2250738585072011e-308",
        "2.2250738585072014e-308",
        "9007199254740993",
        "9007199254740992",
        "9007199254740994",
        "9007199254740995",
        "123456789012345678901234567890",
        "0.000000000000000000000000000001",
        "1e-99999999999999999999",
        "1e99999999999999999999",
        "0e99999999999999999999",
        "0.0e-5",
        "",
        "-",
        "+",
        ".",
        "e5",
        ".e5",
        "1e",
        "1e+",
        "1e-",
        "1..2",
        "1.2.3",
        " 1",
        "1 ",
        "1,5",
        "0x10",
        "inf",
        "-inf",
        "infinity",
        "NaN",
        "nan",
        "1_000",
        "١",
        "1e5.5",
        "--1",
        "+-1",
        "25.00",
        "4.8",
    ] {
        check(text);
    }
}

#[test]
fn long_numbers_round_as_a_whole() {
    // Just above the halfway point between 1 and the next f64, with the difference far
    // beyond the digits kept.
    let half = "1.00000000000000011102230246251565404236316680908203125";
    check(half);
    check(&format!("{half}{}1", "0".repeat(900)));
    check(&format!("{half}{}", "0".repeat(900)));
    check(&format!("1{}", "0".repeat(308)));
    check(&format!("1{}", "0".repeat(309)));
    check(&format!("0.{}1", "0".repeat(322)));
    check(&format!("0.{}25", "0".repeat(323)));
    check(&format!("{}e-900", "9".repeat(1000)));
}

/// The exact decimal digits of `m × 2^e` and the power of ten they are multiplied by.
fn exact_decimal(m: u64, e: i32) -> (Vec<u8>, i32) {
    let mut digits: Vec<u8> = m.to_string().bytes().map(|b| b - b'0').collect();
    let times = |digits: &mut Vec<u8>, k: u8| {
        let mut carry = 0;
        for d in digits.iter_mut().rev() {
            let t = *d * k + carry;
            *d = t % 10;
            carry = t / 10;
        }
        if carry > 0 {
            digits.insert(0, carry);
        }
    };
    if e >= 0 {
        for _ in 0..e {
            times(&mut digits, 2);
        }
        (digits, 0)
    } else {
        // m × 2^e = m × 5^-e × 10^e.
        for _ in 0..-e {
            times(&mut digits, 5);
        }
        (digits, e)
    }
}

fn text(digits: &[u8], exp: i32) -> String {
    let s: String = digits.iter().map(|d| char::from(b'0' + d)).collect();
    format!("{s}e{exp}")
}

/// The halfway point between `v` (positive, finite) and the next `f64` up, written
/// exactly, and just below and just above it.
fn halfway_texts(v: f64) -> [String; 3] {
    let bits = v.to_bits();
    let (frac, biased) = (bits & ((1 << 52) - 1), (bits >> 52) as i32);
    let (m, e) = if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), biased - 1075)
    };
    let (digits, exp) = exact_decimal(2 * m + 1, e - 1);
    let mut below = digits.clone();
    // Lowering the last digit (when it is not zero) and appending nines gives a text just
    // below the halfway point.
    if let Some(last) = below.last_mut() {
        if *last > 0 {
            *last -= 1;
        }
    }
    below.extend([9, 9, 9]);
    let mut above = digits.clone();
    above.extend([0, 0, 0, 1]);
    [
        text(&digits, exp),
        text(&below, exp - 3),
        text(&above, exp - 4),
    ]
}

#[test]
fn halfway_points_round_to_even() {
    for v in [
        1.0,
        0.1,
        3.0,
        9_007_199_254_740_992.0,
        f64::MIN_POSITIVE,
        f64::from_bits(1),
        f64::from_bits(2),
        f64::from_bits((1 << 52) - 1),
        f64::MAX / 2.0,
        1e300,
        1e-300,
    ] {
        for t in halfway_texts(v) {
            check(&t);
        }
    }
    // f64::MAX: its halfway point rounds (to even) to infinity.
    for t in halfway_texts(f64::MAX) {
        check(&t);
    }
}

proptest! {
    #[test]
    fn every_f64_written_any_way_reads_back(bits in any::<u64>()) {
        let v = f64::from_bits(bits);
        prop_assume!(v.is_finite());
        for t in [
            format!("{v}"),
            format!("{v:e}"),
            format!("{v:.3}"),
            format!("{v:.17e}"),
            format!("{v:.25e}"),
            format!("{:.2e}", v.abs()),
        ] {
            check(&t);
        }
        if v > 0.0 {
            for t in halfway_texts(v) {
                check(&t);
            }
        }
    }

    #[test]
    fn decimal_text_reads_as_parse_reads_it(
        t in "[+-]?[0-9]{0,24}(\\.[0-9]{0,24})?([eE][+-]?[0-9]{1,4})?",
    ) {
        check(&t);
    }

    #[test]
    fn short_numbers_read_as_parse_reads_them(
        m in 0u64..1_000_000_000_000_000,
        e in -22i32..=22,
        point in 0usize..16,
    ) {
        // The fast path's domain (at most 15 digits, a power of ten within 22), and its
        // edges: written with an exponent, and with the point inside the digits.
        check(&format!("{m}e{e}"));
        let digits = m.to_string();
        let at = digits.len().saturating_sub(point);
        check(&format!("{}.{}", &digits[..at], &digits[at..]));
        check(&format!("{m}e{}", e + 1));
    }

    #[test]
    fn other_text_reads_as_parse_reads_it(t in "[-+.eE0-9a-z ]{0,12}") {
        check(&t);
    }
}
