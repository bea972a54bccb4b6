//! The short share link's input (issue 21, item 6): the review rows' dates and ratings
//! without their text give the same review figures as the whole history. Built from notes
//! written the way people write them, and from the real review export's largest app (812
//! reviews; skipped with a message when `../shared/real-world` is absent).

use std::path::PathBuf;

use chrono::NaiveDate;
use listing_analyzer::engine::analyze;
use listing_analyzer::engine::input::Input;
use listing_analyzer::engine::share::short_input;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 2, 28).expect("date")
}

/// The review figures the short link must keep.
fn figures(input: &Input) -> (u32, u32, Option<f64>, u32) {
    let r = analyze(input, today()).review_score;
    (r.reviews_total, r.reviews_in_window, r.average, r.points)
}

fn assert_same_figures(input: &Input) -> usize {
    let short = short_input(input, today());
    assert_eq!(figures(&short.input), figures(input));
    assert_eq!(
        short.input.listing, input.listing,
        "the listing travels whole"
    );
    assert_eq!(
        short.input.security_review.log, input.security_review.log,
        "the notes travel whole"
    );
    short.reviews
}

#[test]
fn pasted_review_blocks_become_dated_rows_with_the_same_figures() {
    let input = Input {
        listing: "Title: Acme".into(),
        reviews: "★★★★★ Great app, saved us hours\nJan 12\nReviewer 1\n\n4.5 stars\n2024-11-03\nGood, but the setup took a while.\n\n3 stars\n2 weeks ago\nMeh\n".into(),
        ..Input::default()
    };
    let n = assert_same_figures(&input);
    assert_eq!(n, 3);
    let rows = short_input(&input, today()).input.reviews;
    assert!(rows.starts_with("Date,Rating\n"), "{rows}");
    assert!(rows.contains("2024-11-03,4.5\n"), "{rows}");
    assert!(
        !rows.contains("Great app") && !rows.contains("Meh"),
        "{rows}"
    );
    let empty = short_input(&Input::default(), today());
    assert_eq!((empty.input.reviews.as_str(), empty.reviews), ("", 0));
}

/// The rows of the real Salesforce Labs export that belong to its largest app.
fn largest_app_rows() -> Option<String> {
    let path = PathBuf::from("../shared/real-world/appx-scrape-reviews-sflabs-2025-02.csv");
    let Ok(text) = std::fs::read_to_string(&path) else {
        println!("skipped: {} is absent", path.display());
        return None;
    };
    // Records start with the 12-hex-digit id; a quoted cell may span lines.
    let mut out = String::new();
    let mut keep = false;
    for (i, line) in text.lines().enumerate() {
        let starts_record = line.get(12..13) == Some(",")
            && line
                .get(..12)
                .is_some_and(|id| id.bytes().all(|b| b.is_ascii_hexdigit()));
        if i == 0 || starts_record {
            keep = i == 0 || line.starts_with("d5371bb8a453,");
        }
        if keep {
            out.push_str(line);
            out.push('\n');
        }
    }
    Some(out)
}

#[test]
fn the_real_largest_app_keeps_its_figures_without_its_text() {
    let Some(reviews) = largest_app_rows() else {
        return;
    };
    let input = Input {
        reviews,
        ..Input::default()
    };
    let n = assert_same_figures(&input);
    // Every review the analysis reads travels (an exact repeat of a row with text is set
    // aside by the reader, so 812 rows may read as fewer).
    let read = analyze(&input, today()).review_score.reviews_total;
    assert_eq!(
        u32::try_from(n).ok(),
        Some(read),
        "every review read travels"
    );
    assert!(n > 800, "{n}");
    let short = short_input(&input, today());
    println!(
        "812 reviews: {} bytes pasted, {} bytes as dates and ratings",
        input.reviews.len(),
        short.input.reviews.len()
    );
    assert!(short.input.reviews.len() * 10 < input.reviews.len());
}

/// A short link from an export of several apps carries the chosen app's rows only, so the
/// recipient sees the sender's figures (a tester, 7 Dec 2026: 50 reviews became 219).
#[test]
fn a_short_link_carries_the_chosen_app_only() {
    let reviews = "App Id,Date,Rating\n\
                   aaa,2024-11-01,5\naaa,2024-12-01,5\naaa,2025-01-05,4\n\
                   bbb,2024-11-02,1\nbbb,2024-12-03,2\n"
        .to_string();
    for (chosen, rows) in [(None, 3), (Some("bbb"), 2), (Some("aaa"), 3)] {
        let input = Input {
            reviews: reviews.clone(),
            reviews_app: chosen.map(str::to_string),
            ..Input::default()
        };
        let short = short_input(&input, today());
        assert_eq!(short.reviews, rows, "{chosen:?}");
        assert_eq!(short.input.reviews_app, None);
        assert_eq!(figures(&short.input), figures(&input), "{chosen:?}");
    }
}

#[test]
fn the_real_multi_app_export_keeps_the_chosen_apps_figures() {
    let path = PathBuf::from("../shared/real-world/appx-scrape-reviews-preview-2025-02.csv");
    let Ok(reviews) = std::fs::read_to_string(&path) else {
        println!("skipped: {} is absent", path.display());
        return;
    };
    let whole = Input {
        reviews,
        ..Input::default()
    };
    let apps = analyze(&whole, today())
        .review_apps
        .expect("the preview export holds several apps")
        .apps;
    assert!(apps.len() > 1);
    for app in apps {
        let input = Input {
            reviews_app: Some(app.id.clone()),
            ..whole.clone()
        };
        assert_eq!(
            figures(&short_input(&input, today()).input),
            figures(&input),
            "{}",
            app.id
        );
    }
}
