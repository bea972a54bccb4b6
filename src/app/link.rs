//! Share links as text: reading the fragment back however mail and chat tools mangled
//! it, the two kinds of link, and what to say about a link before it is copied.
//!
//! Plain Rust (no browser calls), tested natively; `super::share` does the compression.

use super::keep::{COPY_LINK, SAVE_FILE};

/// What starts the fragment of a link that carries the whole input (after the `#`).
pub const FULL_PREFIX: &str = "i=";
/// What starts the fragment of a short link: the whole input except the review rows'
/// text (their dates and ratings are kept).
pub const SHORT_PREFIX: &str = "s=";
/// The longest link offered for copying without a word first: many chat, mail and
/// ticket tools cut longer links. A limit of those tools, not a domain rule.
pub const LONG_LINK_CHARS: usize = 8_000;

/// Which kind of share link a fragment is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkKind {
    /// The whole input (`#i=`).
    Full,
    /// The input without the review rows' text (`#s=`).
    Short,
}

impl LinkKind {
    /// The fragment's prefix for this kind.
    pub fn prefix(self) -> &'static str {
        match self {
            LinkKind::Full => FULL_PREFIX,
            LinkKind::Short => SHORT_PREFIX,
        }
    }
}

/// The value of a hex digit.
fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).and_then(|d| u8::try_from(d).ok())
}

/// `s` with every valid `%XX` escape decoded (as bytes, read back as UTF-8 with
/// replacement); an invalid escape is kept as written.
fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = (bytes[i] == b'%')
            .then(|| Some(hex(*bytes.get(i + 1)?)? * 16 + hex(*bytes.get(i + 2)?)?))
            .flatten();
        match escaped {
            Some(b) => {
                out.push(b);
                i += 3;
            }
            None => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Whether `c` can be part of a link's base64url data.
fn is_data(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_'
}

/// Reads a fragment (with or without its `#`) as a share link: its kind and its base64url
/// data, cleaned of what mail and chat tools add: percent-encoding (also twice over),
/// spaces, line breaks and invisible characters inside, `=` padding, the standard base64
/// letters `+` and `/`, and punctuation or brackets around it. `None` when it is no share
/// link at all.
pub fn read_fragment(fragment: &str) -> Option<(LinkKind, String)> {
    let mut text = fragment.to_owned();
    for _ in 0..2 {
        if !text.contains('%') {
            break;
        }
        text = percent_decode(&text);
    }
    let text = text.trim_start_matches(|c: char| c == '#' || c.is_whitespace() || c == '<');
    let (kind, data) = [LinkKind::Full, LinkKind::Short]
        .into_iter()
        .find_map(|k| text.strip_prefix(k.prefix()).map(|d| (k, d)))?;
    let data: String = data
        .chars()
        .filter(|c| {
            !c.is_whitespace()
                && *c != '='
                && !matches!(
                    c,
                    '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{ad}'
                )
        })
        .map(|c| match c {
            '+' => '-',
            '/' => '_',
            c => c,
        })
        .collect();
    let data = data.trim_end_matches(|c: char| !is_data(c));
    Some((kind, data.to_owned()))
}

/// Whether a page at `href` makes links that open only on this computer (a saved page,
/// `file://`).
pub fn only_on_this_computer(href: &str) -> bool {
    href.get(..5)
        .is_some_and(|scheme| scheme.eq_ignore_ascii_case("file:"))
}

/// A count with thousands separators ("56,047").
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// What is said, before copying, about a link of `chars` characters: `None` when it is
/// short enough to copy at once.
pub fn too_long(chars: usize) -> Option<String> {
    (chars > LONG_LINK_CHARS).then(|| {
        format!(
            "This link would be {} characters long. Many chat, mail and ticket tools cut links longer than {}, and a cut link does not open. Share the whole analysis as a file, or copy a short link without the reviews' text.",
            thousands(chars),
            thousands(LONG_LINK_CHARS)
        )
    })
}

/// The sentence said after a link was copied from a page at `href`, for `kind`.
pub fn copied(kind: LinkKind, href: &str) -> String {
    let text = match kind {
        LinkKind::Full => "Link copied. It holds all your inputs; nothing was uploaded.",
        LinkKind::Short => "Short link copied. It holds the listing, the notes and the review rows\u{2019} dates and ratings, without the reviews\u{2019} text; nothing was uploaded.",
    };
    format!("{text}{}", local_note(href))
}

/// Added to what is said about a link made on a page at `href`: on a page opened from a
/// file, that the link opens only on this computer (with a leading space); else nothing.
pub fn local_note(href: &str) -> String {
    if only_on_this_computer(href) {
        format!(" {}", file_page_warning())
    } else {
        String::new()
    }
}

/// Said on a page opened from a file (`file://`): its links open nowhere else.
pub fn file_page_warning() -> String {
    format!("This page is a file on this computer, so the link opens only on this computer: a colleague cannot open it. To share, use \u{201c}{SAVE_FILE}\u{201d} and send the file, or open the analyzer from its web address and use \u{201c}{COPY_LINK}\u{201d} there.")
}

/// Said where a short link is opened.
pub const SHORT_OPENED: &str = "This was a short link: it carries the listing, the notes and the review rows\u{2019} dates and ratings, without the reviews\u{2019} text.";
