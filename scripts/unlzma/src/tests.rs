//! The decoder against XZ Utils' `xz` (the packer scripts/inline.mjs uses), and on damaged
//! files, where it must return an error or some bytes, never panic.

use std::io::Write as _;
use std::process::{Command, Stdio};

use super::{probabilities_needed, unpack, Error};

/// `data` packed by `xz --format=lzma` with `settings`, its size written into the header
/// as scripts/inline.mjs does; `None` (with a message) where no `xz` runs.
fn xz(data: &[u8], settings: &str) -> Option<Vec<u8>> {
    let child = Command::new("xz")
        .args(["--format=lzma", &format!("--lzma1={settings}"), "--stdout"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn();
    let Ok(mut child) = child else {
        eprintln!("skipped: no `xz` on this machine (scripts/bootstrap.sh installs xz-utils)");
        return None;
    };
    let mut stdin = child.stdin.take()?;
    let input = data.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let out = child.wait_with_output().ok()?;
    writer.join().ok()?.ok()?;
    assert!(out.status.success(), "xz failed");
    let mut packed = out.stdout;
    packed[5..13].copy_from_slice(&(data.len() as u64).to_le_bytes());
    Some(packed)
}

/// The unpacked size the header gives (its low 32 bits), as scripts/unpack.js reads it.
fn unpacked_size(src: &[u8]) -> Option<usize> {
    let b = src.get(5..9)?;
    Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize)
}

fn decode(packed: &[u8]) -> Result<Vec<u8>, Error> {
    let size = unpacked_size(packed).ok_or(Error::Corrupt)?;
    let mut out = vec![0; size];
    let mut probs = vec![0; probabilities_needed(packed[0]).ok_or(Error::Properties)?];
    unpack(packed, &mut out, &mut probs).map(|()| out)
}

/// Text, repeats and pseudo-random bytes: literals, matches, rep matches and long distances.
fn sample(len: usize) -> Vec<u8> {
    let mut x = 0x2545_f491_u32;
    let mut out = Vec::with_capacity(len);
    while out.len() < len {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        match x % 4 {
            0 => out.extend_from_slice(b"AppExchange listing draft, security review, "),
            1 => out.extend((0..(x % 300)).map(|i| (x >> (i % 24)) as u8)),
            2 if out.len() > 70_000 => {
                let from = (x as usize) % (out.len() - 66_000);
                out.extend_from_within(from..from + 1 + (x as usize >> 8) % 300);
            }
            _ => out.extend_from_slice(&x.to_le_bytes()),
        }
    }
    out.truncate(len);
    out
}

#[test]
fn unpacks_what_xz_packs_with_the_pages_settings_and_the_defaults() {
    for settings in ["preset=9e,lc=4,pb=0", "preset=6", "preset=1,lc=0,lp=2,pb=4"] {
        for len in [0, 1, 5_000, 300_000] {
            let data = sample(len);
            let Some(packed) = xz(&data, settings) else {
                return;
            };
            assert_eq!(
                decode(&packed).as_deref(),
                Ok(&data[..]),
                "{settings}, {len} bytes"
            );
        }
    }
}

#[test]
fn a_damaged_file_gives_an_error_or_bytes_and_never_panics() {
    let data = sample(40_000);
    let Some(packed) = xz(&data, "preset=9e,lc=4,pb=0") else {
        return;
    };
    let mut errors = 0;
    for at in (13..packed.len()).step_by(97) {
        for flip in [0x01, 0x80, 0xff] {
            let mut bad = packed.clone();
            bad[at] ^= flip;
            errors += usize::from(decode(&bad).is_err());
        }
    }
    assert!(errors > 0, "no damaged file was refused");
    for cut in [0, 1, 5, 13, 14, 18, 100, packed.len() / 2] {
        let result = decode(&packed[..cut]);
        assert_ne!(result.as_deref(), Ok(&data[..]), "cut at {cut}");
    }
}

#[test]
fn properties_out_of_range_or_too_few_probabilities_are_refused() {
    assert_eq!(probabilities_needed(225), None);
    assert_eq!(probabilities_needed(0), Some(super::LIT + 0x300));
    let mut out = [0; 4];
    let mut probs = vec![0; 10];
    let header = [93, 0, 0, 1, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    assert_eq!(
        unpack(&header, &mut out, &mut probs),
        Err(Error::Properties)
    );
    let mut bad = header;
    bad[0] = 230;
    assert_eq!(unpack(&bad, &mut out, &mut probs), Err(Error::Properties));
    assert_eq!(unpack(&[], &mut out, &mut probs), Err(Error::Corrupt));
}

proptest::proptest! {
    /// Any bytes at all after a valid header (lc ≤ 4, lp ≤ 2: larger ones only need more
    /// probabilities, up to 6 MB, each reset per file), read as a packed file of up to
    /// 64 KB: an error or bytes, no panic.
    #[test]
    fn any_bytes_give_an_error_or_bytes(
        lc in 0u8..=4,
        lp in 0u8..=2,
        pb in 0u8..=4,
        mut src in proptest::collection::vec(proptest::num::u8::ANY, 13..600),
        size in 0usize..65_536,
    ) {
        src[0] = (pb * 5 + lp) * 9 + lc;
        src[5..13].copy_from_slice(&(size as u64).to_le_bytes());
        let _ = decode(&src);
    }
}
