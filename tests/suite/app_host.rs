//! Native tests of what an embedding site sets for the widget (issue 22): the call to
//! action's address rules and allowed origin, the host's heading, and the text colour on
//! any accent (contrast at least 4.5:1 for every `#rgb` colour).

use std::collections::BTreeMap;

use listing_analyzer::app::config::{allowed_parents, AppConfig};
use listing_analyzer::app::host::{accent_text, contrast, cta_allowed, cta_origin, CtaTarget};

/// The settings and warnings read from `query` pairs.
fn config(query: &[(&str, &str)]) -> (AppConfig, Vec<String>) {
    let params: BTreeMap<String, String> = query
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    AppConfig::from_params(|k| params.get(k).cloned())
}

#[test]
fn a_call_to_action_opens_https_or_loopback_http_only() {
    let cases: [(&str, Option<&str>); 16] = [
        (
            "https://www.example.com/contact#form",
            Some("https://www.example.com"),
        ),
        ("https://WWW.Example.com", Some("https://www.example.com")),
        (
            "https://www.example.com:8443/x?y=1",
            Some("https://www.example.com:8443"),
        ),
        ("http://127.0.0.1:8080/lead", Some("http://127.0.0.1:8080")),
        ("http://localhost:3000/", Some("http://localhost:3000")),
        ("http://[::1]:9000/", Some("http://[::1]:9000")),
        ("http://www.example.com/", None),
        ("http://127.0.0.1.evil.com/", None),
        ("javascript:alert(1)", None),
        ("data:text/html,hi", None),
        ("//www.example.com/", None),
        ("https://user@www.example.com/", None),
        ("https:///path", None),
        ("https://www..example.com/", None),
        ("https://www.example.com:http/", None),
        ("https://www.example.com:123456/", None),
    ];
    for (url, want) in cases {
        assert_eq!(cta_origin(url).as_deref(), want, "{url}");
    }
}

#[test]
fn a_call_to_action_needs_a_label_an_address_and_an_allowed_origin() {
    let url = "https://www.example.com/contact#lead";
    let (c, w) = config(&[("cta", "  Book a launch review "), ("cta_url", url)]);
    let cta = c.cta.expect("read");
    assert_eq!(
        (cta.label.as_str(), cta.url.as_str()),
        ("Book a launch review", url)
    );
    assert_eq!(cta.target, CtaTarget::Top);
    assert!(w.is_empty(), "{w:?}");
    let (c, _) = config(&[
        ("cta", "Talk to us"),
        ("cta_url", url),
        ("cta_target", "new"),
    ]);
    assert_eq!(c.cta.expect("read").target, CtaTarget::NewTab);

    // Each bad combination is one warning and no button.
    let long = "x".repeat(61);
    let bad: [&[(&str, &str)]; 7] = [
        &[("cta", "Talk to us")],
        &[("cta_url", url)],
        &[("cta", "   "), ("cta_url", url)],
        &[("cta", &long), ("cta_url", url)],
        &[("cta", "Line\nbreak"), ("cta_url", url)],
        &[("cta", "Talk to us"), ("cta_url", "javascript:alert(1)")],
        &[
            ("cta", "Talk to us"),
            ("cta_url", "http://www.example.com/"),
        ],
    ];
    for query in bad {
        let (c, w) = config(query);
        assert_eq!(c.cta, None, "{query:?}");
        assert_eq!(w.len(), 1, "{query:?}: {w:?}");
        assert!(
            w[0].starts_with("listing-analyzer: ignoring URL parameter cta"),
            "{w:?}"
        );
    }
    let (c, w) = config(&[
        ("cta", "Talk to us"),
        ("cta_url", url),
        ("cta_target", "popup"),
    ]);
    assert!(
        c.cta.is_some() && w.len() == 1,
        "a bad target keeps the button: {w:?}"
    );

    // The address must belong to an allowed parent (`self` is the app's own origin).
    let (allowed, _) = allowed_parents("self https://www.example.com");
    let own = "https://apps.vendor.com";
    assert!(cta_allowed("https://www.example.com", &allowed, own));
    assert!(cta_allowed(own, &allowed, own));
    assert!(!cta_allowed("https://evil.example.net", &allowed, own));
    let (mut c, _) = config(&[("cta", "Go"), ("cta_url", "https://evil.example.net/x")]);
    let warning = c.keep_allowed_cta(&allowed, own).expect("a warning");
    assert_eq!(c.cta, None);
    assert!(
        warning.contains("scripts/allow-parent.sh https://evil.example.net"),
        "{warning}"
    );
    let (mut c, _) = config(&[("cta", "Go"), ("cta_url", url)]);
    assert_eq!(c.keep_allowed_cta(&allowed, own), None);
    assert!(c.cta.is_some());
}

#[test]
fn the_host_sets_the_heading_or_hides_it() {
    let (c, w) = config(&[("title", " Plan your launch "), ("hide", "title")]);
    assert_eq!(c.title.as_deref(), Some("Plan your launch"));
    assert!(c.hide.title && w.is_empty());
    for bad in ["", "  ", &"t".repeat(81), "a\u{7}b"] {
        let (c, w) = config(&[("title", bad)]);
        assert_eq!((c.title, w.len()), (None, 1), "{bad:?}");
    }
}

#[test]
fn the_text_on_any_accent_contrasts_at_least_4_5_to_1() {
    let mut worst = f64::MAX;
    for n in 0..4096_u32 {
        let accent = format!("#{:03x}", n);
        let text = accent_text(&accent).expect("a colour");
        let ratio = contrast(&accent, text).expect("colours");
        worst = worst.min(ratio);
        assert!(ratio >= 4.5, "{accent} with {text}: {ratio:.2}");
    }
    assert!(worst < 4.7, "the bound is tight: worst {worst:.3}");
    assert_eq!(accent_text("#0b5cad"), Some("#ffffff"));
    assert_eq!(accent_text("#ffcc00"), Some("#000000"));
    assert_eq!(accent_text("#ffcc0"), None);
    assert_eq!(contrast("#000", "#fff").map(|r| r.round()), Some(21.0));
}

#[test]
fn the_luminance_matches_the_wcag_formula() {
    // Reference contrast ratios computed with the WCAG formula (powf).
    let cases = [
        ("#777", "#fff", 4.478),
        ("#767676", "#fff", 4.542),
        ("#0b5cad", "#fff", 6.670),
    ];
    for (a, b, want) in cases {
        let got = contrast(a, b).expect("colours");
        assert!(
            (got - want).abs() < 0.001,
            "{a} on {b}: {got:.3}, want {want}"
        );
    }
}
