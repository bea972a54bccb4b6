//! The report's `marketplace` part on the embedded aggregates: category matching (exact,
//! loose with a note, the whole marketplace standing in), `null` for values not given,
//! the percentile arithmetic on stored points, and prices read from pricing texts.

use chrono::NaiveDate;
use listing_analyzer::engine::analyze;
use listing_analyzer::engine::input::Input;
use listing_analyzer::engine::marketplace::data::{ranks, Market};
use listing_analyzer::engine::marketplace::words::price_cents;
use listing_analyzer::engine::marketplace::{compare, Metric, WHOLE_MARKETPLACE};

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 6).unwrap()
}

#[test]
fn the_embedded_aggregates_read_whole() {
    let m = Market::get().expect("the data file parses");
    assert_eq!(m.categories[0].name, "*");
    assert_eq!(m.categories[0].listings, 5322);
    assert!(m.categories.len() > 80, "{} categories", m.categories.len());
    assert_eq!(m.as_of, "2025-07-20");
    assert_eq!(m.languages_share.len(), m.languages.len());
    for c in &m.categories {
        assert_eq!(c.metrics.len(), Metric::ALL.len(), "{}", c.name);
        assert_eq!(
            c.metrics[0].of, c.listings,
            "{}: reviews count every listing",
            c.name
        );
        assert_eq!(c.pricing_models.len(), m.pricing_models.len(), "{}", c.name);
        assert_eq!(c.editions.len(), m.editions.len(), "{}", c.name);
        let models: u32 = c.pricing_models.iter().map(|&p| u32::from(p)).sum();
        assert!(
            (97..=103).contains(&models),
            "{}: models add up to {models}%",
            c.name
        );
    }
}

/// A data file of one category whose distributions are the given lines.
fn market(reviews: &str, rating: &str, price: &str, editions: &str) -> Option<Market> {
    Market::parse(&format!(
        "source test\nas_of 2025-07-20\npricing_models a\neditions e\nlanguages l\nlanguages_share 100\n[categories]\n*\n[pricing_models]\n100\n[editions_share]\n0\n[reviews]\n{reviews}\n[rating]\n{rating}\n[price_usd_user_month]\n{price}\n[editions]\n{editions}\n[languages]\n{editions}\n"
    ))
}

#[test]
fn percentiles_are_mid_ranks_on_the_stored_points() {
    // 10 listings, every value stored: 0 ×4, 2, 5 ×2, 7, 8, 9. Ratings 3.5, 4.5, 5, 5
    // (written short of 5 stars, the highest first); prices $0.99, $10, $10.
    let m = market("0:4 2 3:2 2 1 1", "0:2 50 100", "0.99 9.01:2", "0:10").expect("parses");
    let c = &m.categories[0];
    assert_eq!((c.listings, c.metrics[0].of, c.metrics[3].of), (10, 10, 10));
    let d = &c.metrics[0];
    assert_eq!(d.percentile(0), Some(20.0));
    assert_eq!(d.percentile(1), Some(40.0));
    assert_eq!(d.percentile(2), Some(45.0));
    assert_eq!(d.percentile(5), Some(60.0));
    assert_eq!(d.percentile(6), Some(70.0));
    assert_eq!(d.percentile(9), Some(95.0));
    assert_eq!(d.percentile(100), Some(100.0));
    assert_eq!(d.quantile(0.5), Some(2));
    let rating = &c.metrics[1];
    assert_eq!(rating.of, 4);
    assert_eq!(rating.quantile(0.25), Some(350));
    assert_eq!(rating.percentile(500), Some(75.0));
    assert_eq!(rating.percentile(450), Some(37.5));
    let price = &c.metrics[2];
    assert_eq!(
        (price.quantile(0.0), price.quantile(1.0)),
        (Some(99), Some(1000))
    );
    assert_eq!(
        price.percentile(1000),
        Some(100.0 * 2.0 / 3.0).map(|p: f64| (p * 10.0).round() / 10.0)
    );

    let empty = market("0:4 2 3:2 2 1 1", "", "", "0:10").expect("parses");
    assert_eq!(empty.categories[0].metrics[1].percentile(3), None, "empty");
    assert!(Market::parse("[categories]\n*\n[reviews]\nmany\n").is_none());
    assert!(Market::parse("[categories]\n*\n[nonsense]\n1\n").is_none());
    assert!(
        market("60/0 1 2", "", "", "0:60").is_none(),
        "too few values for 60"
    );
    assert!(
        market("0:4 2 3:2 2 1 1", "", "", "0:9").is_none(),
        "editions count 10"
    );
}

#[test]
fn larger_distributions_store_evenly_spaced_ranks_and_exact_quartiles() {
    // 60 listings valued 0, 0, 1, 1, …, 29, 29: the values at ranks(60) only.
    let values: Vec<u64> = ranks(60).iter().map(|&r| u64::from(r / 2)).collect();
    assert!(values.len() < 40, "{} values stored", values.len());
    let deltas: Vec<String> = values
        .iter()
        .scan(0, |previous, &v| {
            let d = v - *previous;
            *previous = v;
            Some(d.to_string())
        })
        .collect();
    let line = deltas.join(" ");
    let m = market(&format!("60/{line}"), "", "", &line).expect("parses");
    let d = &m.categories[0].metrics[0];
    assert_eq!(d.of, 60);
    assert_eq!(
        m.categories[0].metrics[3].of, 60,
        "editions count every listing"
    );
    assert_eq!(
        [0.25, 0.5, 0.75].map(|q| d.quantile(q)),
        [Some(7), Some(14), Some(22)],
        "the quartiles are stored exactly"
    );
    for x in 0..=30u64 {
        let exact = (2.0 * x as f64 + 1.0).min(60.0) * 100.0 / 60.0;
        let got = d.percentile(x).expect("a percentile");
        assert!(
            (got - exact).abs() <= 1.0,
            "at {x}: {got}, exact {exact:.2}"
        );
    }
}

#[test]
fn categories_match_exactly_loosely_or_not_at_all() {
    let named = |n: &[&str]| n.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let r = compare(
        &named(&["document generation", "Admin Tools", "Productivity"]),
        &[None; 5],
    );
    let names: Vec<&str> = r.categories.iter().map(|c| c.category.as_str()).collect();
    assert_eq!(
        names,
        [
            "Document Generation",
            "Admin & Developer Tools",
            "Productivity"
        ]
    );
    assert_eq!(r.categories[0].note, None);
    assert_eq!(r.categories[0].listings, 119);
    assert_eq!(r.categories[1].matched_from.as_deref(), Some("Admin Tools"));
    let note = r.categories[1]
        .note
        .as_deref()
        .expect("a loose match says so");
    assert!(
        note.contains("Admin Tools") && note.contains("Admin & Developer Tools"),
        "{note}"
    );

    let r = compare(&named(&["Widgets"]), &[None; 5]);
    assert_eq!(r.categories.len(), 1);
    assert_eq!(r.categories[0].category, WHOLE_MARKETPLACE);
    assert_eq!(r.categories[0].matched_from, None);
    assert!(r.categories[0].note.as_deref().unwrap().contains("Widgets"));
    assert_eq!(r.categories[0].listings, 5322);
    assert_eq!(
        compare(&[], &[None; 5]).categories[0].category,
        WHOLE_MARKETPLACE
    );
}

#[test]
fn values_not_given_are_null_and_the_sentence_asks_for_them() {
    let r = compare(&["Ecommerce".to_string()], &[None; 5]);
    for m in &r.categories[0].metrics {
        assert_eq!((m.yours, m.percentile), (None, None), "{:?}", m.metric);
        assert!(m.sentence.contains("to place yours"), "{}", m.sentence);
    }
    let source = r.source.expect("a source");
    assert_eq!(source.as_of, "2025-07-20");
    assert!(source.url.unwrap().starts_with("https://github.com/"));
}

#[test]
fn the_report_places_a_pasted_listing_and_its_reviews() {
    let mut reviews = String::from("Date,Rating\n");
    for day in 1..=20 {
        reviews.push_str(&format!("2026-03-{day:02},5\n"));
    }
    let input = Input {
        listing: "Categories: Document Generation, Admin Tools\nPricing: $10 per user per month\nEditions: Enterprise, Unlimited, Developer\nLanguages: English, French".into(),
        reviews,
        today: Some(day()),
        ..Input::default()
    };
    let report = analyze(&input, day());
    let dg = &report.marketplace.categories[0];
    assert_eq!(dg.category, "Document Generation");
    let yours: Vec<Option<f64>> = dg.metrics.iter().map(|m| m.yours).collect();
    assert_eq!(
        yours,
        [Some(20.0), Some(5.0), Some(10.0), Some(3.0), Some(2.0)]
    );
    let reviews = &dg.metrics[0];
    let p = reviews.percentile.unwrap();
    assert!(p > 50.0 && p < 100.0, "{p}");
    assert_eq!(
        reviews.sentence,
        format!(
            "More reviews than {}% of the 119 Document Generation listings.",
            p.round()
        )
    );
    let json = serde_json::to_value(&report).unwrap();
    let part = &json["marketplace"]["categories"][0];
    assert_eq!(part["metrics"][2]["metric"], "price_usd_user_month");
    assert_eq!(part["pricing_models"][0]["model"], "free");
    assert!(part["editions"][0]["edition"].is_string());

    let empty = analyze(
        &Input {
            today: Some(day()),
            ..Input::default()
        },
        day(),
    );
    let whole = &empty.marketplace.categories[0];
    assert_eq!(whole.category, WHOLE_MARKETPLACE);
    assert!(whole.metrics.iter().all(|m| m.yours.is_none()));

    // The engine's headline (the summary widget's line) places the listing only once there is a value of the user's: an
    // empty widget shows no standing, as it shows no score.
    assert_eq!(
        report.marketplace.headline(),
        Some(reviews.sentence.as_str())
    );
    assert_eq!(empty.marketplace.headline(), None);
}

#[test]
fn prices_are_read_per_user_per_month_in_us_dollars() {
    let cases: &[(&str, Option<u64>)] = &[
        ("$25 USD/user/month", Some(2500)),
        ("Starting at $1,200 USD/user/year", Some(10000)),
        ("$9.99 per user per month", Some(999)),
        ("USD 30 per user, billed monthly", Some(3000)),
        ("$100 per seat per year", Some(833)),
        ("Free — all features, all users, no limits.", None),
        ("$399 USD/company/month", None),
        ("€20 EUR/user/month", None),
        ("$1 USD/user/one-time payment", None),
        ("Paid", None),
    ];
    for (text, want) in cases {
        assert_eq!(price_cents(text), *want, "{text}");
    }
}
