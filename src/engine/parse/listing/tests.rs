use super::*;
use crate::engine::model::PricingModel;
use ListingField as F;

fn value(d: &ListingDetails, f: ListingField) -> Option<&str> {
    d.fields.get(&f).map(|v| v.value.as_str())
}

#[test]
fn labels_and_synonyms_map_to_fields() {
    let table: &[(&str, ListingField)] = &[
        ("Title", F::Title),
        ("name", F::Title),
        ("App Name", F::Title),
        ("**Title**", F::Title),
        ("Tagline", F::Tagline),
        ("Brief description", F::Tagline),
        ("Short Description", F::Tagline),
        ("Abstract", F::Tagline),
        ("Description", F::Description),
        ("Overview", F::Description),
        ("Highlights", F::Highlights),
        ("Key features", F::Highlights),
        ("FEATURES", F::Highlights),
        ("Pricing", F::Pricing),
        ("Price", F::Pricing),
        ("Pricing model", F::Pricing),
        ("Markets", F::Markets),
        ("Listing market", F::Markets),
        ("Countries", F::Markets),
        ("Regions", F::Markets),
        ("Categories", F::Categories),
        ("Category", F::Categories),
        ("Industries", F::Industries),
        ("Industry", F::Industries),
        ("Editions", F::Editions),
        ("Supported editions", F::Editions),
        ("Compatible Editions", F::Editions),
        ("Languages", F::Languages),
        ("Screenshots", F::Screenshots),
        ("Video", F::Video),
        ("Demo video", F::Video),
        ("Support", F::Support),
        ("Support info", F::Support),
        ("Support contact", F::Support),
        ("Documentation", F::Documentation),
        ("Technical documentation", F::Documentation),
        ("Docs", F::Documentation),
        ("Installation guide", F::Documentation),
        ("Installation instructions", F::Documentation),
        ("GTM resources", F::GtmResources),
        ("gtm_resources", F::GtmResources),
        ("Marketing resources", F::GtmResources),
        ("Sales collateral", F::GtmResources),
    ];
    for &(label, field) in table {
        for text in [
            format!("{label}: x"),
            format!("## {label}\nx"),
            format!("**{label}:** x"),
        ] {
            let (d, _) = parse(&text);
            assert_eq!(value(&d, field), Some("x"), "{text:?}");
            assert_eq!(d.fields.get(&field).map(|v| v.line), Some(1));
        }
    }
}

#[test]
fn multi_line_values_headings_and_bullets() {
    let text = "# Acme Sync listing\n\n## Title\nAcme Sync\n\n## Description\nSyncs data.\nNote: this syncs hourly.\nSee https://acme.example/docs for more.\n\n### Why teams love it\nIt is fast.\n\n## Key Features\n- Real-time sync: under a second\n- Audit trail\n  with exports\n* Alerts\n1. Dashboards\n\n## Screenshots\n- a.png\n- b.png\n\n## Support\nEmail: help@acme.example\nPhone: 555\n";
    let (d, diags) = parse(text);
    assert_eq!(value(&d, F::Title), Some("Acme Sync"));
    let desc = value(&d, F::Description).unwrap_or("");
    assert!(
        desc.starts_with("Syncs data.\nNote: this syncs hourly.\nSee https://"),
        "{desc}"
    );
    assert!(
        desc.contains("### Why teams love it\nIt is fast."),
        "{desc}"
    );
    assert_eq!(
        d.highlights,
        vec![
            "Real-time sync: under a second",
            "Audit trail with exports",
            "Alerts",
            "Dashboards"
        ]
    );
    assert_eq!(d.screenshot_count, Some(2));
    assert_eq!(
        value(&d, F::Support),
        Some("Email: help@acme.example\nPhone: 555")
    );
    // The first heading is an unknown label with no value.
    assert_eq!(
        d.unknown
            .iter()
            .map(|u| (u.label.as_str(), u.line))
            .collect::<Vec<_>>(),
        vec![("Acme Sync listing", 1)]
    );
    assert_eq!(diags.len(), 1, "{diags:?}");
}

#[test]
fn prose_with_colons_is_not_a_label() {
    let table: &[(&str, usize)] = &[
        // (description text after "Description:\n", unknown labels expected)
        ("Syncs data.\nNote: this syncs hourly.", 0),
        ("Syncs data.\n\nNote: this syncs hourly.", 0),
        ("Syncs data.\nVisit https://acme.example now.", 0),
        ("Syncs data.\nSetup: five minutes.", 0),
        ("Syncs data.\nAt 10:30 each day it runs.", 0),
        ("Syncs data.\nThis is a long sentence that has: a colon", 0),
        ("Syncs data.\n\nProvider: Acme Inc.", 1),
    ];
    for &(body, unknown) in table {
        let text = format!("Description:\n{body}\n");
        let (d, _) = parse(&text);
        assert_eq!(d.unknown.len(), unknown, "{body:?} {:?}", d.unknown);
        if unknown == 0 {
            assert_eq!(value(&d, F::Description), Some(body), "{body:?}");
        }
    }
}

#[test]
fn unknown_labels_duplicates_empties_and_preamble() {
    let text = "Some intro text.\nTitle: Acme\nProvider: Acme Inc.\nName: Other\nVideo:\nDescription: Does things.\n";
    let (d, diags) = parse(text);
    assert_eq!(value(&d, F::Title), Some("Acme"));
    assert_eq!(value(&d, F::Description), Some("Does things."));
    assert!(!d.fields.contains_key(&F::Video));
    let unknown: Vec<_> = d
        .unknown
        .iter()
        .map(|u| (u.label.as_str(), u.value.as_str(), u.line))
        .collect();
    assert_eq!(
        unknown,
        vec![
            (PREAMBLE_LABEL, "Some intro text.", 1),
            ("Provider", "Acme Inc.", 3)
        ]
    );
    let lines: Vec<usize> = diags.iter().map(|d| d.line).collect();
    assert_eq!(lines, vec![1, 3, 4, 5]);
    assert!(diags[2].message.contains("line 2"), "{}", diags[2].message);
    assert!(
        diags[3].message.contains("no value"),
        "{}",
        diags[3].message
    );
}

#[test]
fn preamble_becomes_description_when_none_is_given() {
    let (d, diags) = parse("We sync your data.\nFast.\n\nTitle: Acme\n");
    assert_eq!(value(&d, F::Description), Some("We sync your data.\nFast."));
    assert_eq!(diags.len(), 1);
    assert_eq!(diags[0].line, 1);
}

#[test]
fn pricing_models() {
    let table: &[(&str, Option<PricingModel>)] = &[
        ("Free", Some(PricingModel::Free)),
        ("Freemium: free up to 5 users", Some(PricingModel::Freemium)),
        (
            "Free for 5 users, then $10/user/month",
            Some(PricingModel::Freemium),
        ),
        ("Paid", Some(PricingModel::Paid)),
        ("$25 per user per month", Some(PricingModel::Paid)),
        ("Free trial, then $10/month", Some(PricingModel::Paid)),
        (
            "Paid add-on required",
            Some(PricingModel::PaidAddOnRequired),
        ),
        (
            "Requires a paid Acme license",
            Some(PricingModel::PaidAddOnRequired),
        ),
        ("Contact us", None),
        // A price of zero is no price (a tester, 7 Dec 2026: charged the review fee).
        ("Free ($0)", Some(PricingModel::Free)),
        ("$0", Some(PricingModel::Free)),
        ("$0 per user per month", Some(PricingModel::Free)),
        ("$0.00/month", Some(PricingModel::Free)),
        (
            "Free, or $20 per user per month for Pro",
            Some(PricingModel::Freemium),
        ),
        ("$10 per user", Some(PricingModel::Paid)),
    ];
    for &(v, want) in table {
        let (d, diags) = parse(&format!("Pricing: {v}"));
        assert_eq!(d.pricing_model, want, "{v}");
        assert_eq!(diags.len(), usize::from(want.is_none()), "{v}");
    }
}

#[test]
fn screenshot_counts_and_highlight_forms() {
    let shots: &[(&str, Option<u32>)] = &[
        ("Screenshots: 5", Some(5)),
        ("Screenshots: 5 screenshots", Some(5)),
        ("Screenshots: none", Some(0)),
        ("Screenshots: a.png, b.png, c.png", Some(3)),
        ("Screenshots:\nlogin.png\n2.png\n", Some(2)),
        ("Screenshots: 99999999999", None),
    ];
    for &(text, want) in shots {
        assert_eq!(parse(text).0.screenshot_count, want, "{text:?}");
    }
    let hl: &[(&str, Vec<&str>)] = &[
        (
            "Highlights: Fast; Secure; Cheap",
            vec!["Fast", "Secure", "Cheap"],
        ),
        ("Highlights:\nFast\nSecure", vec!["Fast", "Secure"]),
        ("Highlights:\n• Fast\n•Secure", vec!["Fast", "Secure"]),
        ("Highlights:\n1) Fast\n2) Secure", vec!["Fast", "Secure"]),
    ];
    for (text, want) in hl {
        assert_eq!(&parse(text).0.highlights, want, "{text:?}");
    }
}

#[test]
fn json_objects() {
    let text = "{\n  \"title\": \"Acme\",\n  \"highlights\": [\"Fast\", \"Secure\"],\n  \"screenshots\": 5,\n  \"pricing_model\": \"Freemium\",\n  \"provider\": {\"name\": \"Acme Inc\"},\n  \"video\": null\n}";
    let (d, diags) = parse(text);
    assert_eq!(value(&d, F::Title), Some("Acme"));
    assert_eq!(d.fields.get(&F::Title).map(|v| v.line), Some(2));
    assert_eq!(d.highlights, vec!["Fast", "Secure"]);
    assert_eq!(d.screenshot_count, Some(5));
    assert_eq!(d.pricing_model, Some(PricingModel::Freemium));
    assert_eq!(d.unknown.len(), 1);
    let lines: Vec<usize> = diags.iter().map(|d| d.line).collect();
    assert_eq!(lines, vec![6, 7]);
    let (d, diags) = parse("{\"title\": \"Acme\",");
    assert_eq!(
        diags
            .first()
            .map(|d| d.message.contains("not a JSON object")),
        Some(true)
    );
    assert_eq!(value(&d, F::Title), Some("\"Acme\","));
}

#[test]
fn odd_inputs_do_not_panic() {
    for text in [
        "",
        "\n",
        ":",
        "#",
        "# ",
        "######## x",
        "{",
        "[1]",
        "- : x",
        "**:**",
        "\u{0}: \u{fffd}",
        "<script>alert(1)</script>: x",
        "1. 2. 3.",
    ] {
        let _ = parse(text);
    }
}
