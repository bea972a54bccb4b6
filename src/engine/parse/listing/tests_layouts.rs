//! Every everyday layout of a listing draft, with synthetic drafts that imitate them.

use super::*;
use crate::engine::model::{ListingRead, PricingModel};
use ListingField as F;

fn value(d: &ListingDetails, f: ListingField) -> &str {
    d.fields.get(&f).map_or("", |v| v.value.as_str())
}

fn row<'a>(d: &'a ListingDetails, field: &str) -> Option<&'a ListingRead> {
    d.read.iter().find(|r| r.field == field)
}

/// (field key, line, item count) of every row, in order.
fn rows(d: &ListingDetails) -> Vec<(&str, usize, usize)> {
    d.read
        .iter()
        .map(|r| (r.field.as_str(), r.line, r.items.len()))
        .collect()
}

const MARKDOWN: &str = "# Acme Sync

Draft for the listing builder.

---

## Tagline (80 char max)
Sync invoices both ways

## Highlights (3 required, 250 char each)
**1.** Fast setup
**2.** Safe by design

## Key Features (sidebar)
- Audit trail
- Alerts

## Full Description (4,000 char max)
Acme Sync moves invoices.

**How it works:** connect and go.
**Key features:**
- inline one

### Why teams love it
It is fast.

## Requirements
- Enterprise or Unlimited Edition
- Permission set: Acme User

## Screenshots (recommended 5-8)
1. **Home** — the main
   screen, wrapped
2. **Setup** — the settings page

## Data sheet
https://acme.example/ds.pdf

## Case study
https://acme.example/cs

## Roadmap
- Q3: exports
- Documentation: https://acme.example/docs
";

#[test]
fn markdown_with_hints_stand_ins_and_sub_sections() {
    let (d, diags) = parse(MARKDOWN);
    assert_eq!(value(&d, F::Title), "Acme Sync");
    assert_eq!(value(&d, F::Tagline), "Sync invoices both ways");
    assert_eq!(d.highlights, vec!["Fast setup", "Safe by design"]);
    let desc = value(&d, F::Description);
    assert!(desc.starts_with("Acme Sync moves invoices."), "{desc}");
    assert!(
        desc.ends_with("### Why teams love it\nIt is fast."),
        "{desc}"
    );
    assert!(desc.contains("**Key features:**\n- inline one"), "{desc}");
    assert_eq!(d.screenshot_count, Some(2));
    assert_eq!(
        rows(&d),
        vec![
            ("title", 1, 1),
            (PREAMBLE_LABEL, 3, 1),
            ("tagline", 7, 1),
            ("highlights", 10, 2),
            ("Key Features (sidebar)", 14, 2),
            ("description", 18, 1),
            ("Requirements", 28, 2),
            ("editions", 29, 2),
            ("screenshots", 32, 2),
            ("gtm_resources", 37, 2),
            ("Roadmap", 43, 2),
            ("documentation", 45, 1),
        ]
    );
    assert_eq!(
        row(&d, "screenshots").map(|r| r.items.clone()),
        Some(vec![
            "Home — the main screen, wrapped".to_string(),
            "Setup — the settings page".to_string()
        ])
    );
    assert_eq!(
        row(&d, "editions").map(|r| r.items.clone()),
        Some(vec!["Enterprise".to_string(), "Unlimited".to_string()])
    );
    assert_eq!(
        row(&d, "gtm_resources").map(|r| r.items.clone()),
        Some(vec![
            "Data sheet: https://acme.example/ds.pdf".to_string(),
            "Case study: https://acme.example/cs".to_string()
        ])
    );
    // The text under the top heading belongs to no field: a description is given.
    assert_eq!(d.unknown.len(), 2, "{:?}", d.unknown);
    let lines: Vec<usize> = diags.iter().map(|x| x.line).collect();
    // Top heading read as the title (1), its text kept apart (3), Key Features kept apart
    // (14), Roadmap unknown (43).
    assert_eq!(lines, vec![1, 3, 14, 43], "{diags:?}");
}

#[test]
fn explicit_labels_beat_stand_ins_and_guesses() {
    // (draft, field, expected value, labels kept as other sections)
    let table: &[(&str, ListingField, &str, &[&str])] = &[
        ("Key Features:\n- a\n- b", F::Highlights, "- a\n- b", &[]),
        (
            "Highlights: x\nKey features: y",
            F::Highlights,
            "x",
            &["Key features"],
        ),
        (
            "Key features: y\nHighlights: x",
            F::Highlights,
            "x",
            &["Key features"],
        ),
        ("Brief description: b", F::Tagline, "b", &[]),
        (
            "Brief description: b\nTagline: t",
            F::Tagline,
            "t",
            &["Brief description"],
        ),
        ("# Acme listing\nPricing: Free", F::Title, "Acme", &[]),
        (
            "# AppExchange Listing — Acme\n\nPricing: Free",
            F::Title,
            "Acme",
            &[],
        ),
        ("# Acme\n\nTitle: Real", F::Title, "Real", &[]),
        (
            "## Links\n- Docs: https://x.example\n\n## Documentation\nhttps://y.example",
            F::Documentation,
            "https://y.example",
            &[],
        ),
        (
            "## Requirements\nWorks with Professional Edition\n\n## Editions\nEnterprise",
            F::Editions,
            "Enterprise",
            &["Requirements"],
        ),
        (
            "Search keywords: sync, invoices\nPublisher: Acme Inc.",
            F::Title,
            "",
            &["Search keywords", "Publisher"],
        ),
    ];
    for &(text, field, want, other) in table {
        let (d, _) = parse(text);
        assert_eq!(value(&d, field), want, "{text:?}");
        let kept: Vec<&str> = d.other.iter().map(|o| o.label.as_str()).collect();
        assert_eq!(kept, other, "{text:?}");
    }
}

#[test]
fn an_unknown_section_is_kept_and_never_folded_into_a_field() {
    let table: &[(&str, &str, &str)] = &[
        // (draft, description, unknown label)
        (
            "## Description\nText\n\n## Roadmap\nQ3 exports",
            "Text",
            "Roadmap",
        ),
        (
            "Description\n\nText\n\nPricing\n\nFree\n\nLINKS\nhttps://acme.example",
            "Text",
            "LINKS",
        ),
        (
            "Description\n\nText\n\nPricing\n\nFree\n\nTerms & Conditions\n\nSee site.",
            "Text",
            "Terms & Conditions",
        ),
        (
            "Description\tText\nPricing\tFree\nRoadmap\tQ3",
            "Text",
            "Roadmap",
        ),
    ];
    for &(text, desc, unknown) in table {
        let (d, diags) = parse(text);
        assert_eq!(value(&d, F::Description), desc, "{text:?}");
        assert_eq!(
            d.unknown.first().map(|u| u.label.as_str()),
            Some(unknown),
            "{text:?} {:?}",
            d.read
        );
        assert!(row(&d, unknown).is_some(), "{text:?}");
        assert!(
            diags.iter().any(|x| x.message.contains(unknown)),
            "{text:?}"
        );
    }
}

#[test]
fn word_and_google_docs_headings_on_their_own_line() {
    let word = "Acme Sync listing\n\nApp Name\n\nAcme Sync\n\nTagline\n\nSync invoices both ways\n\nDescription\n\nAcme Sync moves invoices.\n\nHow it works: connect and go.\n\nKey Features\n\n• Audit trail\n• Alerts\n\nCategories\n\nFinance\nAccounting\n\nPricing\n\nFree\n\nSupport Description\n\nEmail us.\n\nOur Story\n\nFounded in 2020.\n";
    let docs = "APP NAME\nAcme Sync\nTAGLINE\nSync invoices both ways\nDESCRIPTION\nAcme Sync moves invoices.\nHow it works: connect and go.\nKEY FEATURES\n* Audit trail\n* Alerts\nCATEGORIES\nFinance\nAccounting\nPRICING\nFREE\nSUPPORT DESCRIPTION\nEmail us.\nOUR STORY\nFounded in 2020.\n";
    for text in [word, docs] {
        let (d, _) = parse(text);
        assert_eq!(value(&d, F::Title), "Acme Sync", "{text}");
        assert_eq!(value(&d, F::Tagline), "Sync invoices both ways", "{text}");
        let desc = value(&d, F::Description).replace("\n\n", "\n");
        assert_eq!(
            desc,
            "Acme Sync moves invoices.\nHow it works: connect and go."
        );
        assert_eq!(d.highlights, vec!["Audit trail", "Alerts"], "{text}");
        assert_eq!(
            row(&d, "categories").map(|r| r.items.clone()),
            Some(vec!["Finance".to_string(), "Accounting".to_string()])
        );
        assert_eq!(d.pricing_model, Some(PricingModel::Free), "{text}");
        assert_eq!(value(&d, F::Support), "Email us.", "{text}");
        let unknown: Vec<String> = d.unknown.iter().map(|u| u.label.to_lowercase()).collect();
        assert!(unknown.contains(&"our story".to_string()), "{unknown:?}");
    }
}

#[test]
fn a_first_line_before_the_first_label_names_the_app() {
    // A tester (7 Dec 2026): a Google-Docs-style draft opens with the app's name, no label,
    // and got "No title given".
    let docs =
        "Acme Invoice Sync\nTagline\nSync invoices both ways\nDescription\nAcme moves invoices.\n";
    let (d, diags) = parse(docs);
    assert_eq!(value(&d, F::Title), "Acme Invoice Sync");
    assert_eq!(value(&d, F::Description), "Acme moves invoices.");
    assert!(
        diags.iter().any(|g| g.line == 1
            && g.message.starts_with(
                "The first line \u{201c}Acme Invoice Sync\u{201d} was read as the title"
            )),
        "{diags:?}"
    );
    // A label that names the title wins; a sentence is no name.
    let (d, _) = parse("Acme Invoice Sync\nTitle: Acme Sync\nTagline: Sync both ways\n");
    assert_eq!(value(&d, F::Title), "Acme Sync");
    let (d, _) = parse("Acme moves invoices between your tools.\nTagline: Sync both ways\n");
    assert_eq!(value(&d, F::Title), "");
}

#[test]
fn two_column_sheets_with_quoted_multi_line_cells() {
    let sheet = "Field\tValue\nApp Name\tAcme Sync\nHighlights (3 required)\t\"1. Fast\n2. Says \"\"safe\"\"\"\nCategories\tFinance\n\tAccounting\nDescription\t\"Moves invoices.\n\nKey features: many\"\nScreenshots\t\"- a.png\n- b.png\n- c.png\"\nPricing\tFree\n";
    let (d, diags) = parse(sheet);
    assert_eq!(value(&d, F::Title), "Acme Sync");
    assert_eq!(d.highlights, vec!["Fast", "Says \"safe\""]);
    assert_eq!(
        value(&d, F::Description),
        "Moves invoices.\n\nKey features: many"
    );
    assert_eq!(d.screenshot_count, Some(3));
    assert_eq!(d.pricing_model, Some(PricingModel::Free));
    assert_eq!(
        rows(&d),
        vec![
            ("title", 2, 1),
            ("highlights", 3, 2),
            ("categories", 5, 2),
            ("description", 7, 1),
            ("screenshots", 10, 3),
            ("pricing", 13, 1),
        ]
    );
    assert!(diags.is_empty(), "{diags:?}");
    // Without a tab on the first line, a text is not a sheet.
    let (d, _) = parse("Title: Acme\nPricing\tFree\nTagline\tx");
    assert_eq!(value(&d, F::Title), "Acme\nPricing\tFree\nTagline\tx");
}

#[test]
fn listing_read_rows_carry_one_item_per_list_entry() {
    let text = "Title: Acme\nCategories: Finance, Accounting; Sales\nLanguages:\nEnglish\nFrench\nEditions: Enterprise, Unlimited and Developer Edition\nMarkets: US, UK, or Canada\nScreenshots: 5\nDescription: Syncs.\n";
    let (d, _) = parse(text);
    let items = |f: &str| row(&d, f).map(|r| r.items.clone()).unwrap_or_default();
    assert_eq!(items("title"), vec!["Acme"]);
    assert_eq!(items("categories"), vec!["Finance", "Accounting", "Sales"]);
    assert_eq!(items("languages"), vec!["English", "French"]);
    assert_eq!(
        items("editions"),
        vec!["Enterprise", "Unlimited", "Developer"]
    );
    assert_eq!(items("markets"), vec!["US", "UK", "Canada"]);
    assert_eq!(items("screenshots"), vec!["5"]);
    assert_eq!(d.screenshot_count, Some(5));
    let lines: Vec<usize> = d.read.iter().map(|r| r.line).collect();
    assert_eq!(lines, vec![1, 2, 3, 6, 7, 8, 9]);
}

mod props {
    use proptest::prelude::*;

    use super::super::parse;

    /// Fragments that steer generated text into every layout.
    fn fragment() -> impl Strategy<Value = String> {
        prop_oneof![
            Just("\n".to_string()),
            Just("\n\n".to_string()),
            Just("\t".to_string()),
            Just("\"".to_string()),
            Just(": ".to_string()),
            Just("# ".to_string()),
            Just("## ".to_string()),
            Just("### ".to_string()),
            Just("- ".to_string()),
            Just("**1.** ".to_string()),
            Just("1. ".to_string()),
            Just("---".to_string()),
            Just("App Name".to_string()),
            Just("APP NAME".to_string()),
            Just("Highlights (3 required, 250 char each)".to_string()),
            Just("Key Features".to_string()),
            Just("Brief Description".to_string()),
            Just("Requirements".to_string()),
            Just("Enterprise Edition".to_string()),
            Just("Screenshots".to_string()),
            Just("Data sheet".to_string()),
            Just("Documentation".to_string()),
            Just("Field\tValue".to_string()),
            Just("Links".to_string()),
            "[a-zA-Z]{1,8}",
            any::<String>(),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn read_rows_stay_in_the_text_in_order_and_match_the_fields(
            parts in prop::collection::vec(fragment(), 0..60)
        ) {
            let t = parts.concat();
            let lines = t.split('\n').count();
            let (d, diags) = parse(&t);
            prop_assert!(diags.iter().all(|x| x.line <= lines));
            prop_assert!(d.read.iter().all(|r| r.line >= 1 && r.line <= lines));
            prop_assert!(d.read.windows(2).all(|w| w[0].line <= w[1].line));
            for (f, v) in &d.fields {
                let row = d.read.iter().find(|r| r.field == f.key());
                prop_assert_eq!(row.map(|r| r.line), Some(v.line));
            }
            let kept = d.other.len() + d.unknown.len();
            prop_assert_eq!(d.read.len(), d.fields.len() + kept);
        }
    }
}

#[test]
fn diagnostics_are_capped_with_a_summary() {
    use crate::engine::parse::MAX_LINE_DIAGNOSTICS;
    let text = "Title: Acme\n".repeat(MAX_LINE_DIAGNOSTICS + 10);
    let (d, diags) = parse(&text);
    assert_eq!(value(&d, F::Title), "Acme");
    assert_eq!(diags.len(), MAX_LINE_DIAGNOSTICS + 1);
    assert!(diags
        .last()
        .is_some_and(|x| x.line == 0 && x.message.contains("9 more")));
}
