//! Decimal text read as `f64`, as `str::parse::<f64>` reads it: the digits as an integer
//! `N`, the power of ten as `M`, and the 53 bits of `N / M` found by long division,
//! rounded half to even.

use std::cmp::Ordering;

use super::big::Big;

/// The most significant digits kept. Every decimal halfway between two `f64`s has at
/// most 767 significant digits, so a longer number cut here and marked with a final
/// non-zero digit rounds as the whole number does.
const MAX_DIGITS: usize = 800;

/// `text` read as `str::parse::<f64>` reads it (an optional sign, digits with at most one
/// `.`, at least one digit, an optional exponent `e`/`E` with an optional sign, nothing
/// else), when its value is a finite `f64` after rounding to nearest, ties to even.
/// `None` for any other text, for `inf`, `infinity` and `nan` (which `parse` accepts)
/// and for a number too large for an `f64`.
pub fn finite(text: &str) -> Option<f64> {
    let (negative, rest) = match text.as_bytes().first()? {
        b'-' => (true, text.get(1..)?),
        b'+' => (false, text.get(1..)?),
        _ => (false, text),
    };
    let (digits, exp) = scan(rest.as_bytes())?;
    let magnitude = value(&digits, exp)?;
    Some(if negative { -magnitude } else { magnitude })
}

/// The significant digits (no leading zeros, at most [`MAX_DIGITS`] + 1) and the power
/// of ten they are multiplied by; `None` unless `b` is a number as [`finite`] reads it.
fn scan(b: &[u8]) -> Option<(Vec<u8>, i64)> {
    let mut digits = Vec::new();
    let (mut exp, mut i, mut seen, mut cut_nonzero) = (0i64, 0usize, false, false);
    let mut fraction = false;
    loop {
        match b.get(i) {
            Some(&c) if c.is_ascii_digit() => {
                seen = true;
                let d = c - b'0';
                if digits.is_empty() && d == 0 {
                    // A leading zero: only its place counts.
                    exp -= i64::from(fraction);
                } else if digits.len() < MAX_DIGITS {
                    digits.push(d);
                    exp -= i64::from(fraction);
                } else {
                    cut_nonzero |= d != 0;
                    exp += i64::from(!fraction);
                }
            }
            Some(b'.') if !fraction => fraction = true,
            _ => break,
        }
        i += 1;
    }
    if !seen {
        return None;
    }
    if let Some(b'e' | b'E') = b.get(i) {
        i += 1;
        let sign = match b.get(i) {
            Some(b'-') => {
                i += 1;
                -1
            }
            Some(b'+') => {
                i += 1;
                1
            }
            _ => 1,
        };
        let start = i;
        let mut e = 0i64;
        while let Some(&c) = b.get(i).filter(|c| c.is_ascii_digit()) {
            // Far beyond any f64 either way; the cap keeps the sum below from overflowing.
            e = (e * 10 + i64::from(c - b'0')).min(1 << 40);
            i += 1;
        }
        if i == start {
            return None;
        }
        exp += sign * e;
    }
    if i != b.len() {
        return None;
    }
    if cut_nonzero {
        digits.push(1);
        exp -= 1;
    }
    Some((digits, exp))
}

/// `digits × 10^exp` rounded to the nearest `f64` (ties to even), `None` when that is
/// infinite.
fn value(digits: &[u8], exp: i64) -> Option<f64> {
    let n = i64::try_from(digits.len()).ok()?;
    if n == 0 || n + exp < -324 {
        // Below 10^-325, less than half the smallest subnormal: zero.
        return Some(0.0);
    }
    if n - 1 + exp >= 309 {
        // At least 10^309: beyond f64::MAX.
        return None;
    }
    if n <= 15 && exp.unsigned_abs() <= 22 {
        return Some(fast(digits, exp));
    }
    let mut num = Big::from_u64(0);
    for &d in digits {
        num.mul_add(10, u32::from(d));
    }
    let mut den = Big::from_u64(1);
    for _ in 0..exp.unsigned_abs() {
        if exp > 0 { &mut num } else { &mut den }.mul_add(10, 0);
    }
    // num / den lies in [2^(d - 1), 2^(d + 1)); e2 is the exponent of its leading bit.
    let d = num.bits() - den.bits();
    let e2 = if num.shl(-d.min(0)) >= den.shl(d.max(0)) {
        d
    } else {
        d - 1
    };
    if e2 > 1023 {
        return None;
    }
    // The result is q × 2^-s with q < 2^53: 53 bits for a normal number, fewer below.
    let s = 52 - e2.max(-1022);
    let den = den.shl(-s.min(0));
    let (mut q, rem) = num.shl(s.max(0)).div(&den, 53);
    match rem.shl(1).cmp(&den) {
        Ordering::Greater => q += 1,
        Ordering::Equal => q += q & 1,
        Ordering::Less => {}
    }
    // q and the power of two are exact, and so is their product (it is a whole number
    // of 2^-1074 below 2^1024), unless the rounding carried to 2^1024.
    let v = q as f64 * pow2(-s);
    v.is_finite().then_some(v)
}

/// 10^0 to 10^22, each exactly an `f64`.
const POWERS_OF_TEN: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// Clinger's fast path, for at most 15 digits and a power of ten of at most 22 either way
/// (the common case: ratings, prices, rule values): the digits are an integer below 2^53
/// and the power of ten an exact `f64`, so one multiplication or division of the two
/// rounds the exact value once, to nearest, ties to even, as the long division does.
fn fast(digits: &[u8], exp: i64) -> f64 {
    let n = digits.iter().fold(0u64, |n, &d| n * 10 + u64::from(d)) as f64;
    let p = POWERS_OF_TEN
        .get(exp.unsigned_abs() as usize)
        .copied()
        .unwrap_or(1.0);
    if exp >= 0 {
        n * p
    } else {
        n / p
    }
}

/// 2^`k` for `k` in −1074..=1023.
fn pow2(k: i64) -> f64 {
    if k >= -1022 {
        f64::from_bits(((k + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (k + 1074))
    }
}
