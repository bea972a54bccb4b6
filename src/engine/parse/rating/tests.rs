use super::*;

fn h(v: u16) -> Option<RatingRead> {
    Rating::from_hundredths(v).map(RatingRead::Valid)
}

#[test]
fn every_rating_form_reads_as_a_cell() {
    let table: &[(&str, Option<RatingRead>)] = &[
        ("5", h(500)),
        ("4.0", h(400)),
        ("4.5", h(450)),
        ("4,5", h(450)),
        ("3.333", h(333)),
        ("3.335", h(334)),
        ("★★★★★", h(500)),
        ("★★★★☆", h(400)),
        ("★★★☆☆", h(300)),
        ("★ ★ ★", h(300)),
        ("⭐⭐⭐⭐", h(400)),
        ("★★★★½", h(450)),
        ("★ 4.5", h(450)),
        ("4.5 ★", h(450)),
        ("4/5", h(400)),
        ("4.5 / 5", h(450)),
        ("4 out of 5 stars", h(400)),
        ("4 out of 5", h(400)),
        ("Rated 4 of 5", h(400)),
        ("rated 4 out of 5 stars", h(400)),
        ("4 stars", h(400)),
        ("1 star", h(100)),
        ("4-star", h(400)),
        ("Rating: 4", h(400)),
        ("Score: 3.5", h(350)),
        (" 5 ", h(500)),
        ("0", Some(RatingRead::OutOfRange(0))),
        ("6", Some(RatingRead::OutOfRange(600))),
        ("7 stars", Some(RatingRead::OutOfRange(700))),
        ("☆☆☆☆☆", Some(RatingRead::OutOfRange(0))),
        ("99999999999", Some(RatingRead::OutOfRange(u32::MAX))),
        ("-1", Some(RatingRead::Negative(100))),
        ("-1.0", Some(RatingRead::Negative(100))),
        ("Rating: -1", Some(RatingRead::Negative(100))),
        ("-4 stars", Some(RatingRead::Negative(400))),
        ("Score - 4", h(400)),
        ("", None),
        ("great", None),
        ("3/10", None),
        ("4/5/2026", None),
        ("5 users", None),
        ("2026-03-01", None),
    ];
    for &(cell, want) in table {
        assert_eq!(parse_rating(cell), want, "{cell:?}");
    }
}

#[test]
fn ratings_inside_lines_are_weak_unless_the_line_is_filler() {
    // (line, hundredths, strong)
    let table: &[(&str, Option<(u16, bool)>)] = &[
        ("★★★★★", Some((500, true))),
        ("★★★★★ Amazing app", Some((500, true))),
        ("Rated 4 out of 5 stars", Some((400, true))),
        ("I'd give it 5 stars, easily", Some((500, false))),
        ("Overall rating: 4.5 — great tool", Some((450, false))),
        ("We have 5 users and 12 seats", None),
        ("Great app, saved us hours", None),
        ("Jane D. · March 3, 2026", None),
    ];
    for &(line, want) in table {
        let got = find_rating(line, None).and_then(|f| match f.read {
            RatingRead::Valid(r) => Some((r.hundredths(), f.strong)),
            RatingRead::OutOfRange(_) | RatingRead::Negative(_) => None,
        });
        assert_eq!(got, want, "{line:?}");
    }
}

#[test]
fn skipped_range_hides_a_date() {
    let line = "5 · 03/04/2026";
    let skip = line.find('0').map(|s| s..line.len());
    let f = find_rating(line, skip);
    assert_eq!(
        f.map(|f| (f.read, f.strong)),
        Some((h(500).unwrap_or(RatingRead::OutOfRange(1)), true))
    );
    // Without the skip, the numbers of the date make the bare 5 ambiguous: no rating.
    assert_eq!(find_rating(line, None), None);
}

#[test]
fn ranges_are_char_boundaries() {
    let line = "é★★★☆ ü";
    let f = find_rating(line, None);
    assert!(f.is_some_and(|f| line.get(f.range).is_some()));
}
