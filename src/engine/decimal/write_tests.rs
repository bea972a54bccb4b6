//! The decimal writer against `format!`: the same text for every `f64`.

use super::{fixed, shortest};
use proptest::prelude::*;

fn check(v: f64) {
    assert_eq!(shortest(v), format!("{v}"), "{v:e}");
    for places in 0..=4 {
        assert_eq!(
            fixed(v, places),
            format!("{v:.places$}"),
            "{v:e} to {places}"
        );
    }
}

#[test]
fn writes_what_format_writes() {
    for v in [
        0.0,
        -0.0,
        1.0,
        -1.0,
        4.0,
        0.25,
        0.35,
        0.5,
        1.5,
        2.5,
        0.125,
        -0.001,
        4.75,
        4.125,
        0.1,
        0.1 + 0.2,
        123.456,
        1e-7,
        1e15,
        1e16,
        1e21,
        1e22,
        1e23,
        1e300,
        -1e300,
        f64::MAX,
        f64::MIN_POSITIVE,
        f64::EPSILON,
        5e-324,
        2.0f64.powi(60),
        9_007_199_254_740_993.0,
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
        299.99,
        42.5,
        0.95,
        99.995,
        // Halfway between two shortest candidates: the upper one (found by the property
        // test below).
        -1.2038551863292428e15,
        -1.1971527411759393e15,
        -1.1969432897648988e15,
    ] {
        check(v);
    }
    assert_eq!(fixed(2.675, 2), format!("{:.2}", 2.675));
    assert_eq!(fixed(1e-300, 310), format!("{:.310}", 1e-300));
}

proptest! {
    #[test]
    fn every_f64_is_written_as_format_writes_it(bits in any::<u64>()) {
        check(f64::from_bits(bits));
    }

    /// Around 10^15 to 10^16 with eighths and quarters, where 17 digits stop halfway
    /// between two candidates often; random bits rarely land there.
    #[test]
    fn halfway_values_are_written_as_format_writes_them(m in (1u64 << 52)..(1u64 << 53), e in -4i32..=1) {
        check(m as f64 * 2f64.powi(e));
    }

    #[test]
    fn short_decimals_are_written_as_format_writes_them(n in -1_000_000i64..1_000_000, scale in 0u32..7) {
        let v = n as f64 / 10f64.powi(scale as i32);
        check(v);
    }
}
