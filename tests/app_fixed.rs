//! `format::fixed`, the app's own fixed-decimals writer (issue 15: no core float
//! formatting in the wasm), writes what `format!("{v:.N}")` writes for the values the app
//! shows.

use listing_analyzer::app::format::{fixed, stars};
use proptest::prelude::*;

#[test]
fn fixed_decimals_table() {
    let cases: &[(f64, usize, &str)] = &[
        (4.75, 2, "4.75"),
        (4.125, 2, "4.12"),
        (4.375, 2, "4.38"),
        (5.0, 2, "5.00"),
        (0.0, 1, "0.0"),
        (0.04, 1, "0.0"),
        (0.05, 1, "0.1"),
        (12.25, 1, "12.2"),
        (-3.26, 1, "-3.3"),
        (-0.0, 1, "-0.0"),
        (1.5, 0, "2"),
        (0.00005, 4, "0.0001"),
        (0.1234567, 4, "0.1235"),
        (2.5 / 1.0, 3, "2.500"),
    ];
    for (v, n, want) in cases {
        assert_eq!(fixed(*v, *n), *want, "{v} with {n} decimals");
        assert_eq!(fixed(*v, *n), format!("{v:.n$}"), "{v} with {n} decimals");
    }
    assert_eq!(fixed(f64::NAN, 2), "NaN");
    assert_eq!(fixed(1e300, 2), format!("{}", 1e300));
    assert_eq!(fixed(1.0, 9), "1");
    assert_eq!(stars(Some(4.0)), "4.00");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2048))]

    /// Averages of 1–5 star ratings, as the ratings chart and report show them.
    #[test]
    fn averages_match_core(n in 1u32..20_000, fives in 0u32..20_000, rest in 0u32..80_000) {
        let total = f64::from(n.min(fives + 1)) * 5.0 + f64::from(rest % (4 * n + 1));
        let avg = (total / f64::from(n)).min(5.0);
        prop_assert_eq!(fixed(avg, 2), format!("{avg:.2}"));
    }

    /// Chart coordinates and sizes in megabytes, with one decimal.
    #[test]
    fn one_decimal_matches_core(v in -2_000.0f64..2_000.0, bytes in 0usize..200_000_000) {
        prop_assert_eq!(fixed(v, 1), format!("{v:.1}"));
        let mb = bytes as f64 / (1024.0 * 1024.0);
        prop_assert_eq!(fixed(mb, 1), format!("{mb:.1}"));
    }
}
