//! Non-negative integers of any size, just the operations the decimal reader and writer
//! need.

use std::cmp::Ordering;

/// A non-negative integer, 32-bit limbs, least significant first, no zero limbs on top.
#[derive(Clone, PartialEq, Eq)]
pub(super) struct Big(Vec<u32>);

impl Big {
    /// `n`.
    pub(super) fn from_u64(n: u64) -> Big {
        let mut big = Big(vec![n as u32, (n >> 32) as u32]);
        big.trim();
        big
    }

    /// `m × 2^two × 10^ten` (`two`, `ten` ≥ 0).
    pub(super) fn scaled(m: u64, two: i64, ten: i64) -> Big {
        let mut big = Big::from_u64(m);
        for _ in 0..ten {
            big.mul_add(10, 0);
        }
        big.shl(two)
    }

    /// `self × m + a`.
    pub(super) fn mul_add(&mut self, m: u32, a: u32) {
        let mut carry = u64::from(a);
        for limb in &mut self.0 {
            let t = u64::from(*limb) * u64::from(m) + carry;
            *limb = t as u32;
            carry = t >> 32;
        }
        if carry > 0 {
            self.0.push(carry as u32);
        }
    }

    /// The number of bits up to the leading one (0 for zero).
    pub(super) fn bits(&self) -> i64 {
        self.0.last().map_or(0, |top| {
            (self.0.len() as i64) * 32 - i64::from(top.leading_zeros())
        })
    }

    /// `self × 2^n` (`n` ≥ 0).
    pub(super) fn shl(&self, n: i64) -> Big {
        let (limbs, bits) = ((n / 32) as usize, (n % 32) as u32);
        let mut out = vec![0u32; limbs];
        let mut carry = 0u32;
        for &limb in &self.0 {
            out.push((limb << bits) | carry);
            carry = if bits == 0 { 0 } else { limb >> (32 - bits) };
        }
        out.push(carry);
        let mut big = Big(out);
        big.trim();
        big
    }

    /// `self / 2^n` rounded to the nearest integer, ties to even (`n` ≥ 1).
    pub(super) fn shr_even(&self, n: i64) -> Big {
        let mut q = self.clone();
        let mut rem = self.clone();
        for _ in 0..n {
            q.shr1();
        }
        rem.sub(&q.shl(n));
        match rem.shl(1).cmp(&Big::from_u64(1).shl(n)) {
            Ordering::Greater => q.mul_add(1, 1),
            Ordering::Equal => q.mul_add(1, q.0.first().map_or(0, |l| l & 1)),
            Ordering::Less => {}
        }
        q
    }

    /// `self / 2`, rounded down.
    pub(super) fn shr1(&mut self) {
        let mut high = 0u32;
        for limb in self.0.iter_mut().rev() {
            let low = *limb & 1;
            *limb = (*limb >> 1) | (high << 31);
            high = low;
        }
        self.trim();
    }

    /// `self − other`, for `other` ≤ `self`.
    pub(super) fn sub(&mut self, other: &Big) {
        let mut borrow = 0i64;
        for (i, limb) in self.0.iter_mut().enumerate() {
            let t = i64::from(*limb) - i64::from(other.0.get(i).copied().unwrap_or(0)) - borrow;
            *limb = t as u32;
            borrow = i64::from(t < 0);
        }
        self.trim();
    }

    /// `⌊self / den⌋` and the remainder, for a quotient below 2^`bits` (`bits` ≤ 64).
    pub(super) fn div(mut self, den: &Big, bits: i64) -> (u64, Big) {
        let mut step = den.shl(bits - 1);
        let mut q = 0u64;
        for _ in 0..bits {
            q <<= 1;
            if self >= step {
                self.sub(&step);
                q |= 1;
            }
            step.shr1();
        }
        (q, self)
    }

    /// The decimal digits ("0" for zero).
    pub(super) fn decimal(&self) -> String {
        let mut x = self.clone();
        let mut chunks = Vec::new();
        while !x.0.is_empty() {
            chunks.push(x.div_small(1_000_000_000));
        }
        let mut out = chunks.last().map_or_else(|| "0".to_owned(), u32::to_string);
        for c in chunks.iter().rev().skip(1) {
            out.push_str(&format!("{c:09}"));
        }
        out
    }

    /// `self / d` rounded down in place; the remainder.
    fn div_small(&mut self, d: u32) -> u32 {
        let mut rem = 0u64;
        for limb in self.0.iter_mut().rev() {
            let t = (rem << 32) | u64::from(*limb);
            *limb = (t / u64::from(d)) as u32;
            rem = t % u64::from(d);
        }
        self.trim();
        rem as u32
    }

    /// Drops zero limbs from the top.
    fn trim(&mut self) {
        while self.0.last() == Some(&0) {
            self.0.pop();
        }
    }
}

impl PartialOrd for Big {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Big {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0
            .len()
            .cmp(&other.0.len())
            .then_with(|| self.0.iter().rev().cmp(other.0.iter().rev()))
    }
}
