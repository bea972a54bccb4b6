//! Start-up settings read once from the URL query, for embedders (issue 5).
//!
//! Recognised parameters: `embed=1` (compact mode without page chrome),
//! `theme=auto|light|dark`, `accent=#rgb|#rrggbb`, `section=timeline|reviews|readiness|rules`,
//! `start=empty` (the crash screen's "start empty": the saved work is kept aside),
//! `view=full|summary` (the widget for embedding, issue 14), `hide=toolbar,rules,title`,
//! and for the widget's host (issue 22, see [`crate::app::host`]) `title=`, `cta=`,
//! `cta_url=` and `cta_target=top|new`.
//! A bad value is ignored with a console warning, never an error page.

use crate::app::host::{
    cta_allowed, cta_origin, short_text, Cta, CtaTarget, CTA_LABEL_MAX, TITLE_MAX,
};

/// The parameter of "start empty".
pub const START_PARAM: &str = "start";

/// The global a test sets (before the page loads) to make the app panic shortly after
/// start. No URL can set it, so a link cannot crash the shipped page.
pub const CRASH_TEST_GLOBAL: &str = "__listingAnalyzerCrashTest";

/// The colour theme the user (or embedder) chose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    /// Follow the system (`prefers-color-scheme`).
    #[default]
    Auto,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// Every theme, in the order the toggle offers them.
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    /// The key used in URLs, storage and the `data-theme` attribute.
    pub fn key(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// A label for the theme control.
    pub fn label(self) -> &'static str {
        match self {
            Theme::Auto => "Match system",
            Theme::Light => "Light",
            Theme::Dark => "Dark",
        }
    }

    /// Reads a key written by [`Theme::key`].
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.key() == key)
    }
}

/// A result section the page can open at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    /// Time to listing.
    Timeline,
    /// Review score.
    Reviews,
    /// Readiness gaps.
    Readiness,
    /// Rules used.
    Rules,
}

impl Section {
    /// Every section, in page order.
    pub const ALL: [Section; 4] = [
        Section::Timeline,
        Section::Reviews,
        Section::Readiness,
        Section::Rules,
    ];

    /// The key used in the `section` URL parameter.
    pub fn key(self) -> &'static str {
        match self {
            Section::Timeline => "timeline",
            Section::Reviews => "reviews",
            Section::Readiness => "readiness",
            Section::Rules => "rules",
        }
    }

    /// The element id of the section's heading.
    pub fn heading_id(self) -> &'static str {
        match self {
            Section::Timeline => "h-timeline",
            Section::Reviews => "h-reviews",
            Section::Readiness => "h-readiness",
            Section::Rules => "h-rules",
        }
    }

    /// The section's title.
    pub fn title(self) -> &'static str {
        match self {
            Section::Timeline => "Time to listing",
            Section::Reviews => "Review score",
            Section::Readiness => "Readiness",
            Section::Rules => "Rules used",
        }
    }
}

/// How much of the app the page shows (`view=`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    /// The whole analysis.
    #[default]
    Full,
    /// The widget for embedding: the three inputs, the three headline results and a link
    /// to the full analysis, a few hundred pixels tall.
    Summary,
}

/// Parts of the page an embedder can hide (`hide=toolbar,rules,title`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Hidden {
    /// The header's buttons and theme picker.
    pub toolbar: bool,
    /// The "Rules used" section (and its entry in the section links).
    pub rules: bool,
    /// The heading (kept for screen readers, hidden from view).
    pub title: bool,
}

/// Settings fixed for the life of the page.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AppConfig {
    /// Compact embed mode: no page header, fits a 320 px iframe.
    pub embed: bool,
    /// The theme to start with; `None` keeps the user's saved choice.
    pub theme: Option<Theme>,
    /// A validated accent colour (`#rgb` or `#rrggbb`).
    pub accent: Option<String>,
    /// The section to scroll to once the page is up.
    pub section: Option<Section>,
    /// Start with empty inputs, keeping the saved work aside (`start=empty`).
    pub start_empty: bool,
    /// The full analysis or the summary widget (`view=`).
    pub view: View,
    /// Parts of the page hidden by the embedder (`hide=`).
    pub hide: Hidden,
    /// The heading the host chose (`title=`), instead of the app's name.
    pub title: Option<String>,
    /// The host's call to action (`cta=` with `cta_url=`), once its address is known to
    /// belong to an allowed parent ([`AppConfig::keep_allowed_cta`]).
    pub cta: Option<Cta>,
    /// Test hook: panic shortly after start, to check the crash message. Set only by the
    /// [`CRASH_TEST_GLOBAL`] global, never by the URL.
    pub crash_test: bool,
}

impl AppConfig {
    /// Reads the current page's query string; an unavailable location gives the defaults.
    #[cfg(any(target_arch = "wasm32", feature = "prerender"))]
    pub fn from_location() -> Self {
        let search = crate::app::browser::window()
            .and_then(|w| w.location().search().ok())
            .unwrap_or_default();
        let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else {
            return Self::default();
        };
        let get = |key: &str| params.get(key);
        let (mut config, mut warnings) = Self::from_params(get);
        let own = crate::app::browser::window()
            .and_then(|w| w.location().origin().ok())
            .unwrap_or_default();
        warnings.extend(config.keep_allowed_cta(&allowed_parents_of_page().0, &own));
        for w in warnings {
            gloo::console::warn!(w);
        }
        config.crash_test = crate::app::browser::window()
            .and_then(|w| js_sys::Reflect::get(&w, &CRASH_TEST_GLOBAL.into()).ok())
            .is_some_and(|v| v.as_bool() == Some(true));
        config
    }

    /// Builds the settings from a parameter lookup, returning warnings for ignored values.
    pub fn from_params(get: impl Fn(&str) -> Option<String>) -> (Self, Vec<String>) {
        let mut config = Self::default();
        let mut warnings = Vec::new();
        let mut warn = |key: &str, value: &str| {
            warnings.push(ignoring(key, value, "not a recognised value"));
        };
        if let Some(v) = get("embed") {
            match v.as_str() {
                "1" | "true" | "" => config.embed = true,
                "0" | "false" => {}
                _ => warn("embed", &v),
            }
        }
        if let Some(v) = get("theme") {
            match Theme::from_key(&v) {
                Some(t) => config.theme = Some(t),
                None => warn("theme", &v),
            }
        }
        if let Some(v) = get("accent") {
            if is_hex_colour(&v) {
                config.accent = Some(v);
            } else {
                warn("accent", &v);
            }
        }
        if let Some(v) = get("section") {
            match Section::ALL.into_iter().find(|s| s.key() == v) {
                Some(s) => config.section = Some(s),
                None => warn("section", &v),
            }
        }
        if let Some(v) = get(START_PARAM) {
            match v.as_str() {
                "empty" => config.start_empty = true,
                _ => warn(START_PARAM, &v),
            }
        }
        if let Some(v) = get("view") {
            match v.as_str() {
                "full" => config.view = View::Full,
                "summary" => config.view = View::Summary,
                _ => warn("view", &v),
            }
        }
        if let Some(v) = get("hide") {
            // Each part is read on its own: one bad name does not cancel the others.
            for part in v.split(',').map(str::trim).filter(|p| !p.is_empty()) {
                match part {
                    "toolbar" => config.hide.toolbar = true,
                    "rules" => config.hide.rules = true,
                    "title" => config.hide.title = true,
                    _ => warn("hide", part),
                }
            }
        }
        if let Some(v) = get("title") {
            match short_text(&v, TITLE_MAX) {
                Some(t) => config.title = Some(t),
                None => warn("title", &v),
            }
        }
        config.cta = read_cta(&get, &mut warnings);
        (config, warnings)
    }

    /// Drops the call to action when its address's origin is not one of the allowed
    /// parents (`targets` from [`allowed_parents`], `own_origin` for `self`), returning the
    /// warning that says so.
    pub fn keep_allowed_cta(&mut self, targets: &[String], own_origin: &str) -> Option<String> {
        let cta = self.cta.as_ref()?;
        if cta_allowed(&cta.origin, targets, own_origin) {
            return None;
        }
        let why = format!(
            "its origin {} is not an allowed parent: run scripts/allow-parent.sh {} on the hosted copy",
            cta.origin, cta.origin
        );
        let warning = ignoring("cta_url", &cta.url, &why);
        self.cta = None;
        Some(warning)
    }

    /// The query string (with its `?`, or empty) of the full analysis that "Open the full
    /// analysis" links to: the same look (theme, accent), none of the embedding options.
    pub fn full_view_query(&self) -> String {
        let mut parts = Vec::new();
        if let Some(theme) = self.theme {
            parts.push(format!("theme={}", theme.key()));
        }
        if let Some(accent) = &self.accent {
            // A validated colour holds only `#` and hex digits; `#` must be escaped.
            parts.push(format!("accent={}", accent.replace('#', "%23")));
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }
}

/// The warning for an ignored parameter `key=value`, saying `why`.
fn ignoring(key: &str, value: &str, why: &str) -> String {
    format!("listing-analyzer: ignoring URL parameter {key}=\"{value}\" ({why})")
}

/// Reads `cta=`, `cta_url=` and `cta_target=`: a call to action needs both a label and an
/// address (`https://`, or `http://` on a loopback host); anything else is a warning.
fn read_cta(get: &impl Fn(&str) -> Option<String>, warnings: &mut Vec<String>) -> Option<Cta> {
    let target = match get("cta_target") {
        None => CtaTarget::Top,
        Some(v) => CtaTarget::from_key(&v).unwrap_or_else(|| {
            warnings.push(ignoring("cta_target", &v, "top or new"));
            CtaTarget::Top
        }),
    };
    let (label, url) = match (get("cta"), get("cta_url")) {
        (None, None) => return None,
        (Some(label), None) => {
            warnings.push(ignoring(
                "cta",
                &label,
                "it needs cta_url=, the address it opens",
            ));
            return None;
        }
        (None, Some(url)) => {
            warnings.push(ignoring(
                "cta_url",
                &url,
                "it needs cta=, the button's text",
            ));
            return None;
        }
        (Some(label), Some(url)) => (label, url),
    };
    let Some(label) = short_text(&label, CTA_LABEL_MAX) else {
        let why = format!("1 to {CTA_LABEL_MAX} characters of text");
        warnings.push(ignoring("cta", &label, &why));
        return None;
    };
    let url = url.trim().to_owned();
    let Some(origin) = cta_origin(&url) else {
        let why = "an https:// address; http:// only on 127.0.0.1 or localhost";
        warnings.push(ignoring("cta_url", &url, why));
        return None;
    };
    Some(Cta {
        label,
        url,
        origin,
        target,
    })
}

/// Whether `s` is `#rgb` or `#rrggbb` (safe to put into a CSS custom property).
pub fn is_hex_colour(s: &str) -> bool {
    let Some(hex) = s.strip_prefix('#') else {
        return false;
    };
    matches!(hex.len(), 3 | 6) && hex.bytes().all(|b| b.is_ascii_hexdigit())
}

/// The `<meta name>` in the hosted `index.html` that names the pages allowed to receive
/// the app's messages when it runs in a frame (see the README's embedding section).
pub const ALLOWED_PARENTS_META: &str = "listing-analyzer-allowed-parents";

/// The allowed parents named in the hosted page's meta tag (see [`allowed_parents`]), with
/// the warnings for entries ignored; `self` alone when the tag is missing.
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub fn allowed_parents_of_page() -> (Vec<String>, Vec<String>) {
    let content = crate::app::browser::window()
        .and_then(|w| w.document())
        .and_then(|d| {
            d.query_selector(&format!("meta[name=\"{ALLOWED_PARENTS_META}\"]"))
                .ok()
                .flatten()
        })
        .and_then(|m| m.get_attribute("content"))
        .unwrap_or_else(|| "self".to_owned());
    allowed_parents(&content)
}

/// Reads the allowed parent origins from the meta tag's content: origins such as
/// `https://www.example.com` separated by spaces, and `self` for the app's own origin.
/// Returns the `postMessage` target origins (`/` for `self`) and a warning for each
/// entry ignored; `*` is never accepted, since it would send the user's results to any page.
pub fn allowed_parents(content: &str) -> (Vec<String>, Vec<String>) {
    let mut targets = Vec::new();
    let mut warnings = Vec::new();
    for entry in content.split_whitespace() {
        let origin = entry.trim_end_matches('/');
        if entry == "self" || entry == "'self'" {
            targets.push("/".to_owned());
        } else if is_origin(origin) {
            targets.push(origin.to_owned());
        } else {
            warnings.push(format!(
                "listing-analyzer: ignoring allowed parent \"{entry}\" (not an origin such as https://www.example.com, or self)"
            ));
        }
    }
    targets.dedup();
    (targets, warnings)
}

/// The allowed targets (from [`allowed_parents`]) that the parent page can receive: when
/// the parent's origin is known, only the target naming it (`/` names `own_origin`), so
/// that the browser does not log a refused copy on the host page for every other target;
/// when it is unknown, every target (the browser then delivers only the matching copy).
pub fn targets_for_parent(
    targets: &[String],
    own_origin: &str,
    parent: Option<&str>,
) -> Vec<String> {
    let Some(parent) = parent else {
        return targets.to_vec();
    };
    targets
        .iter()
        .filter(|t| {
            let origin = if t.as_str() == "/" {
                own_origin
            } else {
                t.as_str()
            };
            origin == parent
        })
        .cloned()
        .collect()
}

/// Whether `s` is a plain `http(s)://host[:port]` origin, with no path, wildcard or user.
fn is_origin(s: &str) -> bool {
    let Some(host) = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"))
    else {
        return false;
    };
    !host.is_empty()
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b':' | b'[' | b']'))
}
