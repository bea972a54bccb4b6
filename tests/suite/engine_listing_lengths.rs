//! Listing text counted as the listing shows it (issue 21, item 4): Markdown markers are
//! not characters, every limit on a gap card carries its source tag, and a limit the draft
//! states in its own heading is named beside the profile's.

use crate::real_world_common;

use listing_analyzer::engine::analyze;
use listing_analyzer::engine::input::Input;
use listing_analyzer::engine::report::{Gap, Report};

fn report(listing: &str) -> Report {
    let input = Input {
        listing: listing.to_string(),
        today: chrono::NaiveDate::from_ymd_opt(2026, 12, 6),
        ..Input::default()
    };
    analyze(&input, chrono::NaiveDate::MIN)
}

fn gaps<'a>(r: &'a Report, field: &str) -> Vec<&'a Gap> {
    r.readiness
        .gaps
        .iter()
        .filter(|g| g.field.key() == field)
        .collect()
}

/// The message of `field`'s length gap (the one against the limits profile), if any.
fn length_gap(r: &Report, field: &str) -> Option<String> {
    gaps(r, field)
        .into_iter()
        .find(|g| g.message.contains("limits profile allows"))
        .map(|g| g.message.clone())
}

/// A description of `n` visible characters, each word in bold (`**word**`).
fn bold_description(n: usize) -> String {
    let words = n / 5;
    let text: Vec<&str> = std::iter::repeat_n("**abcd**", words).collect();
    text.join(" ")
}

#[test]
fn markdown_markers_do_not_count_against_the_limit() {
    // 1,999 characters shown, 3,199 typed: inside the 2,000 of the profile.
    let desc = bold_description(2000);
    assert!(desc.chars().count() > 3000);
    let r = report(&format!("Title: Acme\nDescription: {desc}\n"));
    assert_eq!(length_gap(&r, "description"), None);
    // The same text in plain words is over.
    let plain = "abcd ".repeat(420);
    let r = report(&format!("Title: Acme\nDescription: {plain}\n"));
    let over = length_gap(&r, "description").expect("a length gap");
    assert!(over.contains("2000 (UNVERIFIED)"), "{over}");
}

#[test]
fn the_drafts_own_limit_is_named_beside_the_profiles() {
    let desc = "word ".repeat(500);
    let r = report(&format!(
        "## Title\nAcme\n## Full Description (4,000 char max)\n{desc}\n"
    ));
    let over = length_gap(&r, "description").expect("a length gap");
    assert!(over.contains("2000 (UNVERIFIED)"), "{over}");
    assert!(
        over.contains("own heading \u{201c}Full Description (4,000 char max)\u{201d} says 4000"),
        "{over}"
    );
    // Over the draft's own, stricter limit but inside the profile's: still a gap.
    let r = report("## Title\nAcme\n## Tagline (60 char max)\nInvoices from closed deals, in one click, for finance teams everywhere\n");
    let g = gaps(&r, "tagline");
    assert!(g.iter().any(|g| g.message.contains("says 60")), "{g:?}");
}

#[test]
fn every_limit_on_a_gap_card_carries_its_source_tag() {
    let r = report(
        "Title: Acme\nScreenshots: 1\nDescription: short\nHighlights:\n- a\n- b\n- c\n- d\n",
    );
    let tags = [
        "(UNVERIFIED)",
        "(OFFICIAL)",
        "(TEAM DEFAULT)",
        "OFFICIAL)",
        "(PRACTITIONER)",
    ];
    for g in &r.readiness.gaps {
        let text = format!("{} {}", g.message, g.fix);
        let has_number = text.chars().any(|c| c.is_ascii_digit());
        if has_number {
            assert!(
                tags.iter().any(|t| text.contains(t)),
                "a limit without its source tag: {text}"
            );
        }
    }
}

#[test]
fn the_real_draft_is_counted_as_shown() {
    let Some(dir) = real_world_common::folder() else {
        return;
    };
    let text = std::fs::read_to_string(dir.join("portwood-docgen-LISTING.md")).expect("draft");
    let r = report(&text);
    let g = gaps(&r, "description");
    let over = g
        .iter()
        .find(|g| g.message.contains("limits profile allows"))
        .expect("the real description is over the profile's 2,000");
    assert!(over.message.contains("(UNVERIFIED)"), "{}", over.message);
    assert!(over.message.contains("4,000 char max"), "{}", over.message);
    println!("{}", over.message);
}
