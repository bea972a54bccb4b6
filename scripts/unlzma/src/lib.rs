//! The page's LZMA unpacker: a `.lzma` file (LZMA1 with the 13-byte "LZMA alone" header:
//! properties, dictionary size, unpacked size) unpacked into a buffer of the unpacked size.
//!
//! Built for `wasm32-unknown-unknown` (no std, no allocator) into a module of under 4 KB
//! that the page compiles first (scripts/unpack.js) and that unpacks the app's wasm about
//! as fast as native liblzma: 29–30 ms in Node for 700 KB, against 66 ms for the same
//! decoder in JavaScript, which it replaced (docs/size.md). Follows the LZMA
//! specification's reference decoder (LzmaSpec.cpp in the LZMA SDK). The dictionary is
//! the output itself, so the unpacked size must be in the header (scripts/inline.mjs
//! writes it). Natively (with std) it is tested against XZ Utils' `xz`.
#![cfg_attr(target_arch = "wasm32", no_std)]

/// Where each group of probabilities starts in the one probability array: is-match and
/// rep-0-long [12 states x 16 positions] each, is-rep, rep-g0, -g1, -g2 [12] each, position
/// slots [4 x 64], special positions [115], align [16], the match and rep length coders
/// [514] each, and the literal coders [0x300 << (lc + lp)].
const MATCH: usize = 0;
const REP: usize = 192;
const G0: usize = 204;
const G1: usize = 216;
const G2: usize = 228;
const LONG: usize = 240;
const SLOT: usize = 432;
const SPEC: usize = 688;
const ALIGN: usize = 803;
const LEN: usize = 819;
const REPLEN: usize = 1333;
/// The first literal coder's probability.
const LIT: usize = 1847;

/// Why a file could not be unpacked.
#[derive(Debug, PartialEq, Eq)]
pub enum Error {
    /// The properties byte is not a valid lc/lp/pb triple, or the probability buffer is
    /// too small for it.
    Properties,
    /// The data ends early or refers back past the start of the output.
    Corrupt,
}

/// How many probabilities a file with properties byte `props` needs.
fn probabilities_needed(props: u8) -> Option<usize> {
    if props >= 9 * 5 * 5 {
        return None;
    }
    let lc = u32::from(props % 9);
    let lp = u32::from(props / 9 % 5);
    Some(LIT + (0x300 << (lc + lp)))
}

struct Range<'a> {
    src: &'a [u8],
    pos: usize,
    range: u32,
    code: u32,
}

impl Range<'_> {
    #[inline(always)]
    fn byte(&mut self) -> u32 {
        let b = self.src.get(self.pos).copied().unwrap_or(0);
        self.pos += 1;
        u32::from(b)
    }

    #[inline(always)]
    fn normalize(&mut self) {
        if self.range < 1 << 24 {
            self.range <<= 8;
            self.code = (self.code << 8) | self.byte();
        }
    }

    /// One bit with probability `p`, which it updates. Inlined everywhere: the module
    /// grows by about 1.6 KB and unpacks the app in 21-27 ms instead of 35 ms (Node).
    #[inline(always)]
    fn bit(&mut self, p: &mut u16) -> u32 {
        let q = u32::from(*p);
        let bound = (self.range >> 11) * q;
        let b = if self.code < bound {
            self.range = bound;
            *p = (q + ((2048 - q) >> 5)) as u16;
            0
        } else {
            self.range -= bound;
            self.code -= bound;
            *p = (q - (q >> 5)) as u16;
            1
        };
        self.normalize();
        b
    }

    fn tree(&mut self, p: &mut [u16], n: u32) -> u32 {
        let mut m = 1usize;
        for _ in 0..n {
            let b = self.bit(&mut p[m]);
            m = (m << 1) | b as usize;
        }
        m as u32 - (1 << n)
    }

    fn reverse(&mut self, p: &mut [u16], n: u32) -> u32 {
        let mut m = 1usize;
        let mut s = 0;
        for k in 0..n {
            let b = self.bit(&mut p[m]);
            m = (m << 1) | b as usize;
            s |= b << k;
        }
        s
    }

    fn length(&mut self, p: &mut [u16], pos_state: usize) -> u32 {
        if self.bit(&mut p[0]) == 0 {
            self.tree(&mut p[2 + (pos_state << 3)..], 3)
        } else if self.bit(&mut p[1]) == 0 {
            8 + self.tree(&mut p[130 + (pos_state << 3)..], 3)
        } else {
            16 + self.tree(&mut p[258..], 8)
        }
    }
}

/// Unpacks `src` into `out` (exactly the unpacked size long), using `probs` (at least
/// [`probabilities_needed`] long) as the decoder's state.
pub fn unpack(src: &[u8], out: &mut [u8], probs: &mut [u16]) -> Result<(), Error> {
    let props = *src.first().ok_or(Error::Corrupt)?;
    let need = probabilities_needed(props).ok_or(Error::Properties)?;
    let probs = probs.get_mut(..need).ok_or(Error::Properties)?;
    probs.fill(1024);
    let lc = u32::from(props % 9);
    let lp_mask = (1usize << (props / 9 % 5)) - 1;
    let pb_mask = (1usize << (props / 45)) - 1;
    let mut rc = Range {
        src,
        pos: 14,
        range: u32::MAX,
        code: 0,
    };
    for _ in 0..4 {
        rc.code = (rc.code << 8) | rc.byte();
    }
    let size = out.len();
    let [mut rep0, mut rep1, mut rep2, mut rep3] = [0usize; 4];
    let mut state = 0usize;
    let mut pos = 0usize;
    while pos < size {
        let pos_state = pos & pb_mask;
        if rc.bit(&mut probs[MATCH + (state << 4) + pos_state]) == 0 {
            let prev = if pos > 0 {
                usize::from(out[pos - 1])
            } else {
                0
            };
            let base = LIT + 0x300 * (((pos & lp_mask) << lc) + (prev >> (8 - lc)));
            let lit = &mut probs[base..base + 0x300];
            let mut s = 1usize;
            if state >= 7 {
                let Some(&m) = out.get(pos.wrapping_sub(rep0 + 1)) else {
                    return Err(Error::Corrupt);
                };
                let mut matched = usize::from(m);
                loop {
                    let mb = (matched >> 7) & 1;
                    matched <<= 1;
                    let b = rc.bit(&mut lit[((1 + mb) << 8) + s]) as usize;
                    s = (s << 1) | b;
                    if mb != b || s >= 0x100 {
                        break;
                    }
                }
            }
            while s < 0x100 {
                s = (s << 1) | rc.bit(&mut lit[s]) as usize;
            }
            out[pos] = s as u8;
            pos += 1;
            state = if state < 4 {
                0
            } else if state < 10 {
                state - 3
            } else {
                state - 6
            };
            continue;
        }
        let len;
        if rc.bit(&mut probs[REP + state]) != 0 {
            if pos == 0 {
                return Err(Error::Corrupt);
            }
            if rc.bit(&mut probs[G0 + state]) == 0 {
                if rc.bit(&mut probs[LONG + (state << 4) + pos_state]) == 0 {
                    state = if state < 7 { 9 } else { 11 };
                    out[pos] = out[pos - rep0 - 1];
                    pos += 1;
                    continue;
                }
            } else {
                let dist;
                if rc.bit(&mut probs[G1 + state]) == 0 {
                    dist = rep1;
                } else {
                    if rc.bit(&mut probs[G2 + state]) == 0 {
                        dist = rep2;
                    } else {
                        dist = rep3;
                        rep3 = rep2;
                    }
                    rep2 = rep1;
                }
                rep1 = rep0;
                rep0 = dist;
            }
            len = rc.length(&mut probs[REPLEN..LIT], pos_state);
            state = if state < 7 { 8 } else { 11 };
        } else {
            rep3 = rep2;
            rep2 = rep1;
            rep1 = rep0;
            len = rc.length(&mut probs[LEN..REPLEN], pos_state);
            state = if state < 7 { 7 } else { 10 };
            let slot = rc.tree(&mut probs[SLOT + ((len.min(3) as usize) << 6)..], 6);
            if slot < 4 {
                rep0 = slot as usize;
            } else {
                let n = (slot >> 1) - 1;
                let mut dist = (2 | (slot & 1)) << n;
                if slot < 14 {
                    dist += rc.reverse(&mut probs[SPEC + dist as usize - slot as usize..], n);
                } else {
                    let mut direct = 0u32;
                    for _ in 0..n - 4 {
                        rc.range >>= 1;
                        let b = u32::from(rc.code >= rc.range);
                        if b != 0 {
                            rc.code -= rc.range;
                        }
                        direct = (direct << 1) | b;
                        rc.normalize();
                    }
                    dist = dist
                        .wrapping_add(direct << 4)
                        .wrapping_add(rc.reverse(&mut probs[ALIGN..], 4));
                }
                rep0 = dist as usize;
            }
        }
        // Every distance refers back into what is already out (this also keeps the
        // copies below and the rep-0 literal above inside `out`).
        if rep0 >= pos {
            return Err(Error::Corrupt);
        }
        // A match of len + 2 bytes rep0 + 1 back (never past the unpacked size).
        let end = (pos + len as usize + 2).min(size);
        while pos < end {
            out[pos] = out[pos - rep0 - 1];
            pos += 1;
        }
    }
    if rc.pos > src.len() + 4 {
        return Err(Error::Corrupt);
    }
    Ok(())
}

/// The page's entry point (scripts/unpack.js); compiled natively too, so that the native
/// build lints it.
pub mod wasm {

    /// Unpacks the `src_len` bytes at `src` into the `out_len` bytes at `out`, with
    /// `probs_len` probabilities at `probs`, all in this module's memory, which the page
    /// grows to hold them above the module's own data. Returns 0, or 1 for a file it cannot
    /// read.
    ///
    /// # Safety
    /// The three regions lie in this module's memory and do not overlap.
    #[no_mangle]
    pub unsafe extern "C" fn unpack(
        src: *const u8,
        src_len: usize,
        out: *mut u8,
        out_len: usize,
        probs: *mut u16,
        probs_len: usize,
    ) -> u32 {
        let src = core::slice::from_raw_parts(src, src_len);
        let out = core::slice::from_raw_parts_mut(out, out_len);
        let probs = core::slice::from_raw_parts_mut(probs, probs_len);
        u32::from(super::unpack(src, out, probs).is_err())
    }

    #[cfg(target_arch = "wasm32")]
    #[panic_handler]
    fn panic(_: &core::panic::PanicInfo) -> ! {
        core::arch::wasm32::unreachable()
    }
}

#[cfg(test)]
mod tests;
