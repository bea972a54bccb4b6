//! What the embedding site sets for the summary widget (issue 22), read from the frame's
//! address and validated like every other parameter: the call to action (`cta=`,
//! `cta_url=`, `cta_target=`), the heading (`title=`), and the text colour that goes on
//! the accent colour (`accent=`) with enough contrast.
//!
//! Plain Rust, tested natively; [`crate::app::config`] calls it while reading the URL.

/// The longest call-to-action label, in characters: a button, not a paragraph.
pub const CTA_LABEL_MAX: usize = 60;

/// The longest heading `title=` may set, in characters.
pub const TITLE_MAX: usize = 80;

/// Where the call to action opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CtaTarget {
    /// The host page's own window (`target=_top`): the visitor stays on the host's site.
    #[default]
    Top,
    /// A new tab (`target=_blank`, `rel=noopener`).
    NewTab,
}

impl CtaTarget {
    /// The `target` attribute of the link.
    pub fn attribute(self) -> &'static str {
        match self {
            CtaTarget::Top => "_top",
            CtaTarget::NewTab => "_blank",
        }
    }

    /// Reads the `cta_target=` value: `top` or `new`.
    pub fn from_key(key: &str) -> Option<Self> {
        match key {
            "top" => Some(CtaTarget::Top),
            "new" => Some(CtaTarget::NewTab),
            _ => None,
        }
    }
}

/// The host's call to action: a button after the widget's results.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cta {
    /// The button's text (trimmed, 1 to [`CTA_LABEL_MAX`] characters).
    pub label: String,
    /// The address it opens: `https://`, or `http://` on a loopback host.
    pub url: String,
    /// The origin of [`Cta::url`] (`scheme://host[:port]`), which must be an allowed parent.
    pub origin: String,
    /// Where it opens.
    pub target: CtaTarget,
}

/// A short text the host sets (a label or a heading): trimmed, between 1 and `max`
/// characters, with no control characters; `None` otherwise.
pub fn short_text(value: &str, max: usize) -> Option<String> {
    let text = value.trim();
    let ok = !text.is_empty() && text.chars().count() <= max && !text.chars().any(char::is_control);
    ok.then(|| text.to_owned())
}

/// The origin (`scheme://host[:port]`, host in lower case) of an absolute address that a
/// call to action may open: `https://`, or `http://` only when the host is a loopback
/// address (127.x.x.x, `localhost`, `[::1]`), for tests on one's own machine. `None` for
/// anything else (another scheme, a user name, an empty or odd host).
pub fn cta_origin(url: &str) -> Option<String> {
    let (scheme, rest) = if let Some(rest) = url.strip_prefix("https://") {
        ("https", rest)
    } else {
        ("http", url.strip_prefix("http://")?)
    };
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = rest[..end].to_ascii_lowercase();
    let (host, port) = split_port(&authority)?;
    let host_ok = if let Some(v6) = host.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
        !v6.is_empty() && v6.bytes().all(|b| b.is_ascii_hexdigit() || b == b':')
    } else {
        !host.is_empty()
            && host.split('.').all(|label| {
                !label.is_empty()
                    && label
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'-')
            })
    };
    if !host_ok || (scheme == "http" && !is_loopback(host)) {
        return None;
    }
    Some(format!("{scheme}://{host}{port}"))
}

/// Splits `host[:port]` into the host and `:port` (empty when there is none); `None` when
/// the port is not a number.
fn split_port(authority: &str) -> Option<(&str, &str)> {
    let colon = if authority.starts_with('[') {
        authority
            .find(']')
            .map(|i| i + 1)
            .filter(|&i| i < authority.len())
    } else {
        authority.rfind(':')
    };
    let Some(i) = colon else {
        return Some((authority, ""));
    };
    let port = &authority[i + 1..];
    let numeric = !port.is_empty() && port.len() <= 5 && port.bytes().all(|b| b.is_ascii_digit());
    (authority.as_bytes().get(i) == Some(&b':') && numeric)
        .then(|| (&authority[..i], &authority[i..]))
}

/// Whether `host` names this machine: 127.x.x.x, `localhost` or `[::1]`.
fn is_loopback(host: &str) -> bool {
    host == "localhost"
        || host == "[::1]"
        || host.strip_prefix("127.").is_some_and(|r| {
            r.split('.').count() == 3 && r.split('.').all(|p| p.parse::<u8>().is_ok())
        })
}

/// Whether the call to action may open `origin`: it must be one of the allowed parents
/// (`targets` as [`crate::app::config::allowed_parents`] returns them, `/` standing for
/// `own_origin`), so that a link to the frame cannot send visitors to another site.
pub fn cta_allowed(origin: &str, targets: &[String], own_origin: &str) -> bool {
    targets.iter().any(|t| {
        if t == "/" {
            own_origin == origin
        } else {
            t == origin
        }
    })
}

/// The text colour for controls filled with `accent` (`#rgb` or `#rrggbb`): black or white,
/// whichever contrasts more. One of the two always reaches at least 4.58:1 (WCAG's 4.5:1
/// for text), whatever the accent; `None` when `accent` is not such a colour.
pub fn accent_text(accent: &str) -> Option<&'static str> {
    let l = luminance(accent)?;
    let on_white = 1.05 / (l + 0.05);
    let on_black = (l + 0.05) / 0.05;
    Some(if on_black >= on_white {
        "#000000"
    } else {
        "#ffffff"
    })
}

/// The WCAG contrast ratio between two `#rgb` / `#rrggbb` colours.
pub fn contrast(a: &str, b: &str) -> Option<f64> {
    let (la, lb) = (luminance(a)?, luminance(b)?);
    let (hi, lo) = if la >= lb { (la, lb) } else { (lb, la) };
    Some((hi + 0.05) / (lo + 0.05))
}

/// The relative luminance (WCAG 2) of a `#rgb` / `#rrggbb` colour.
fn luminance(colour: &str) -> Option<f64> {
    let hex = colour.strip_prefix('#')?;
    if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let channel = |s: &str| u8::from_str_radix(s, 16).ok().map(f64::from);
    let (r, g, b) = match hex.len() {
        3 => {
            let d = |i: usize| channel(&hex[i..=i]).map(|v| v * 17.0);
            (d(0)?, d(1)?, d(2)?)
        }
        6 => (
            channel(&hex[0..2])?,
            channel(&hex[2..4])?,
            channel(&hex[4..6])?,
        ),
        _ => return None,
    };
    let linear = |v: f64| {
        let s = v / 255.0;
        if s <= 0.040_45 {
            s / 12.92
        } else {
            pow_2_4((s + 0.055) / 1.055)
        }
    };
    Some(0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b))
}

/// `x` to the power 2.4 for `x` in (0, 1], as `x² · y` where `y = x^0.4` solves `y⁵ = x²`
/// by Newton's method from `√x` (within 1e-12 after six steps): the page needs no general
/// `powf`, whose code would ship in the wasm for this one use.
fn pow_2_4(x: f64) -> f64 {
    let x2 = x * x;
    let mut y = x.sqrt();
    for _ in 0..6 {
        let y4 = (y * y) * (y * y);
        y -= (y4 * y - x2) / (5.0 * y4);
    }
    x2 * y
}
