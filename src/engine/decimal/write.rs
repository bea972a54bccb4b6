//! `f64` written as `format!` writes it: `{:.N}` (the exact value rounded to N decimals,
//! ties to even) and `{}` (the fewest significant digits that read back as the same
//! `f64`, the nearest of them when two do, never with an exponent).

use super::big::Big;
use super::read::finite;

/// `v` as `format!("{v:.places$}")` writes it: the exact value rounded to `places`
/// decimals, ties to even, with `-` before a negative value (also one that rounds to
/// zero, and `-0.0`); `NaN`, `inf` and `-inf` as such.
pub fn fixed(v: f64, places: usize) -> String {
    if let Some(s) = special(v) {
        return s;
    }
    let (m, e) = parts(v);
    let places_i = i64::try_from(places).unwrap_or(i64::MAX);
    let scaled = Big::scaled(m, e.max(0), places_i);
    let q = if e < 0 { scaled.shr_even(-e) } else { scaled };
    let mut digits = q.decimal();
    if digits.len() <= places {
        digits = "0".repeat(places + 1 - digits.len()) + &digits;
    }
    let cut = digits.len() - places;
    let mut out = sign(v).to_owned();
    out.push_str(digits.get(..cut).unwrap_or_default());
    if places > 0 {
        out.push('.');
        out.push_str(digits.get(cut..).unwrap_or_default());
    }
    out
}

/// `v` as `format!("{v}")` (and `v.to_string()`) writes it: the fewest significant digits
/// that read back as `v`, the nearer of two candidates (the upper one when `v` lies
/// exactly between them), in plain positional notation
/// (`4`, `0.1`, `1e21` as `1` and 21 zeros); `-` before a negative value and `-0.0`;
/// `NaN`, `inf` and `-inf` as such.
pub fn shortest(v: f64) -> String {
    if let Some(s) = special(v) {
        return s;
    }
    let mut out = sign(v).to_owned();
    if v == 0.0 {
        out.push('0');
        return out;
    }
    let (m, e) = parts(v);
    let k = decimal_exponent(m, e);
    for p in 1..=17i64 {
        // v / 10^(k − p), with p digits before the point: its floor and the next integer.
        let t = k - p;
        let (num, den) = ratio(m, e, t);
        let (low, rem) = num.div(&den, 60);
        let reads_back = |c: u64| finite(&format!("{c}e{t}")) == Some(v.abs());
        // Exactly halfway, `format!` takes the upper one (core's Dragon4 rounds up when
        // twice the remainder reaches the scale): 1203855186329242.75 is "…242.8".
        let nearer_low = rem.shl(1) < den;
        let pick = match (reads_back(low), reads_back(low + 1)) {
            (true, true) => Some(if nearer_low { low } else { low + 1 }),
            (true, false) => Some(low),
            (false, true) => Some(low + 1),
            (false, false) => None,
        };
        if let Some(c) = pick {
            out.push_str(&positional(c, t));
            return out;
        }
    }
    // Seventeen digits always read back; this is not reached.
    out.push_str(&fixed(v.abs(), 17));
    out
}

/// `NaN`, `inf` or `-inf` for those values.
fn special(v: f64) -> Option<String> {
    if v.is_nan() {
        Some("NaN".to_owned())
    } else if v.is_infinite() {
        Some(format!("{}inf", sign(v)))
    } else {
        None
    }
}

fn sign(v: f64) -> &'static str {
    if v.is_sign_negative() {
        "-"
    } else {
        ""
    }
}

/// `|v|` as `m × 2^e` (`v` finite).
fn parts(v: f64) -> (u64, i64) {
    let bits = v.to_bits();
    let frac = bits & ((1 << 52) - 1);
    match ((bits >> 52) & 0x7ff) as i64 {
        0 => (frac, -1074),
        biased => (frac | (1 << 52), biased - 1075),
    }
}

/// `m × 2^e / 10^t` as a numerator and a denominator.
fn ratio(m: u64, e: i64, t: i64) -> (Big, Big) {
    (
        Big::scaled(m, e.max(0), (-t).max(0)),
        Big::scaled(1, (-e).max(0), t.max(0)),
    )
}

/// The `k` with 10^(k−1) ≤ `m × 2^e` < 10^k (`m` > 0).
fn decimal_exponent(m: u64, e: i64) -> i64 {
    // m × 2^e lies in [2^(b−1), 2^b); 1233 / 4096 is just below log10(2).
    let b = i64::from(64 - m.leading_zeros()) + e;
    let mut k = ((b - 1) * 1233).div_euclid(4096) + 1;
    loop {
        let (num, den) = ratio(m, e, k);
        if num >= den {
            k += 1;
            continue;
        }
        let (num, den) = ratio(m, e, k - 1);
        if num < den {
            k -= 1;
            continue;
        }
        return k;
    }
}

/// `c × 10^t` in positional notation, without trailing zeros after the point.
fn positional(c: u64, t: i64) -> String {
    let mut digits = c.to_string();
    let mut t = t;
    while t < 0 && digits.len() > 1 && digits.ends_with('0') {
        digits.pop();
        t += 1;
    }
    let n = digits.len() as i64;
    if t >= 0 {
        digits + &"0".repeat(t as usize)
    } else if -t < n {
        let cut = (n + t) as usize;
        format!(
            "{}.{}",
            digits.get(..cut).unwrap_or_default(),
            digits.get(cut..).unwrap_or_default()
        )
    } else {
        format!("0.{}{digits}", "0".repeat((-t - n) as usize))
    }
}
