//! The marketplace's own vocabulary (issue 21, item 2): the 5,322 real listings of the
//! July 2025 scrape (`../shared/real-world/appx-scrape-listings-2025-07.csv.gz`, not in
//! this repository), each written as a draft the way a user pastes one (`Title:`,
//! `Editions:`, `Languages:`, `Categories:`, `Industries:`, `Pricing:` lines), are read
//! with nothing dropped silently: every list item is read, or kept and named in a note.
//! 300 listings drawn at random (fixed seed) are read item for item.
//!
//! The file is decompressed with the system's `gzip`; the test skips with a message when
//! the folder or `gzip` is absent.

use crate::real_world_common;

use std::process::Command;

use listing_analyzer::engine::model::ListingDetails;
use listing_analyzer::engine::parse::listing;
use listing_analyzer::engine::report::Diagnostic;
use real_world_common::{folder, read_csv};

const FILE: &str = "appx-scrape-listings-2025-07.csv.gz";

/// The two industries whose own names hold commas, in a list joined with commas.
const COMMA_NAMES: [&str; 2] = [
    "Engineering, Construction, & Real Estate",
    "Travel, Transportation, & Hospitality",
];

/// One listing's cells of interest.
struct Listing {
    title: String,
    editions: String,
    languages: String,
    categories: String,
    industries: String,
    pricing: String,
}

/// The listings of the file (rows with more than an id), or `None` with a message.
fn listings() -> Option<Vec<Listing>> {
    let path = folder()?.join(FILE);
    let out = match Command::new("gzip").arg("-dc").arg(&path).output() {
        Ok(out) if out.status.success() => out.stdout,
        other => {
            println!(
                "SKIPPED: gzip could not read {} ({other:?})",
                path.display()
            );
            return None;
        }
    };
    let text = String::from_utf8(out).expect("UTF-8 CSV");
    let recs = read_csv(&text);
    let (header, rows) = recs.split_first().expect("a header row");
    let col = |name: &str| {
        header
            .cells
            .iter()
            .position(|c| c == name)
            .unwrap_or_else(|| panic!("column {name}"))
    };
    let cols = [
        col("App Name"),
        col("Salesforce Editions"),
        col("Languages"),
        col("Business Need"),
        col("Industries"),
        col("Pricing"),
    ];
    let cell = |cells: &[String], i: usize| cells.get(i).map_or("", |c| c.trim()).to_string();
    Some(
        rows.iter()
            .filter(|r| r.cells.iter().skip(1).any(|c| !c.trim().is_empty()))
            .map(|r| Listing {
                title: cell(&r.cells, cols[0]),
                editions: cell(&r.cells, cols[1]),
                languages: cell(&r.cells, cols[2]),
                categories: cell(&r.cells, cols[3]),
                industries: cell(&r.cells, cols[4]),
                pricing: cell(&r.cells, cols[5]),
            })
            .collect(),
    )
}

/// The listing as a user's draft.
fn draft(l: &Listing) -> String {
    format!(
        "Title: {}\nEditions: {}\nLanguages: {}\nCategories: {}\nIndustries: {}\nPricing: {}\n",
        l.title, l.editions, l.languages, l.categories, l.industries, l.pricing
    )
}

/// The items of a scraped list cell, read independently: split on `, `, with the two
/// industries that hold a comma joined back.
fn expected(cell: &str) -> Vec<String> {
    let mut rest = cell.to_string();
    let mut whole = Vec::new();
    for name in COMMA_NAMES {
        if rest.contains(name) {
            whole.push((rest.find(name).unwrap_or(0), name.to_string()));
            rest = rest.replacen(name, "\u{1}", 1);
        }
    }
    let mut items: Vec<String> = Vec::new();
    for part in rest.split(", ").filter(|p| !p.is_empty()) {
        if part == "\u{1}" {
            whole.sort();
            let (_, name) = whole.remove(0);
            items.push(name);
        } else {
            items.push(part.to_string());
        }
    }
    items
}

/// The items the parser read for `field`.
fn read<'a>(d: &'a ListingDetails, field: &str) -> &'a [String] {
    d.read
        .iter()
        .find(|r| r.field == field)
        .map_or(&[], |r| r.items.as_slice())
}

/// The list fields checked, with the scraped cell each one comes from.
fn fields(l: &Listing) -> [(&'static str, &str); 4] {
    [
        ("editions", &l.editions),
        ("languages", &l.languages),
        ("categories", &l.categories),
        ("industries", &l.industries),
    ]
}

/// Whether `item` was dropped without a note: not read, and named in no diagnostic.
fn dropped(item: &str, read: &[String], diags: &[Diagnostic]) -> bool {
    !read.iter().any(|r| r == item) && !diags.iter().any(|d| d.message.contains(item))
}

#[test]
fn every_listing_loses_no_item_without_a_note() {
    let Some(all) = listings() else { return };
    assert_eq!(all.len(), 5322, "the README counts 5,322 listings");
    let mut silent = Vec::new();
    let mut noted = 0;
    let mut no_model = Vec::new();
    for (n, l) in all.iter().enumerate() {
        let (d, diags) = listing::parse(&draft(l));
        for (field, cell) in fields(l) {
            for item in expected(cell) {
                if dropped(&item, read(&d, field), &diags) {
                    silent.push(format!("listing {n}: {field} {item:?} of {cell:?}"));
                }
            }
        }
        for note in diags
            .iter()
            .filter(|d| d.message.contains("the marketplace uses"))
        {
            noted += 1;
            if noted <= 10 {
                println!("listing {n}: {}", note.message);
            }
        }
        let said = diags.iter().any(|d| d.message.contains("pricing model"));
        if d.pricing_model.is_none() && !said && !l.pricing.is_empty() {
            no_model.push(format!("listing {n}: pricing {:?}", l.pricing));
        }
    }
    println!(
        "{} listings: {} items dropped silently, {noted} notes of unknown items",
        all.len(),
        silent.len()
    );
    for s in silent.iter().take(30) {
        println!("{s}");
    }
    assert!(silent.is_empty(), "{} items dropped silently", silent.len());
    assert!(no_model.is_empty(), "{no_model:?}");
    // The marketplace's own words are all known: no note on real listings except for
    // what says nothing (none of them).
    assert_eq!(noted, 0, "real marketplace words were noted as unknown");
}

/// A small deterministic generator (xorshift64*), so that the draw is the same every run.
fn draw(n: usize, of: usize, mut seed: u64) -> Vec<usize> {
    let mut picked: Vec<usize> = Vec::with_capacity(n);
    while picked.len() < n.min(of) {
        seed ^= seed >> 12;
        seed ^= seed << 25;
        seed ^= seed >> 27;
        let k = (seed.wrapping_mul(0x2545_F491_4F6C_DD1D) % of as u64) as usize;
        if !picked.contains(&k) {
            picked.push(k);
        }
    }
    picked
}

#[test]
fn three_hundred_listings_read_item_for_item() {
    let Some(all) = listings() else { return };
    let mut wrong = Vec::new();
    for k in draw(300, all.len(), 0x5EED_2025_0700_0021) {
        let l = &all[k];
        let (d, diags) = listing::parse(&draft(l));
        let title = read(&d, "title");
        if !l.title.is_empty() && title != [l.title.clone()] {
            wrong.push(format!("listing {k}: title {title:?}, want {:?}", l.title));
        }
        for (field, cell) in fields(l) {
            let want = expected(cell);
            let got = read(&d, field);
            if got != want.as_slice() {
                wrong.push(format!("listing {k}: {field} {got:?}, want {want:?}"));
            }
        }
        if d.pricing_model.is_none() && l.pricing != "N/A" {
            wrong.push(format!(
                "listing {k}: no pricing model in {:?}: {diags:?}",
                l.pricing
            ));
        }
    }
    for w in wrong.iter().take(30) {
        println!("{w}");
    }
    assert!(wrong.is_empty(), "{} of 300 listings misread", wrong.len());
}
