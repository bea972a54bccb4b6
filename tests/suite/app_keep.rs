//! Native tests of keeping work (issue 21, items 5 and 8): the restore list's rule that
//! links never push out the user's own work, what the notices say (no save claimed that
//! did not happen, no control named that the page does not show), and the reading of
//! share-link fragments that mail and chat tools changed.

use listing_analyzer::app::config::{AppConfig, View};
use listing_analyzer::app::history::{
    describe, when_label, Entry, History, Origin, LINK_KEPT, OWN_KEPT,
};
use listing_analyzer::app::keep::{
    replaced_notices, save_failed_notice, Cause, SaveError, Ways, COPY_LINK, OPEN_FULL,
    PREVIOUS_WORK, SAVE_FILE,
};
use listing_analyzer::app::link::{
    copied, only_on_this_computer, read_fragment, thousands, too_long, LinkKind, LONG_LINK_CHARS,
};
use listing_analyzer::app::state::NoticeAction;
use listing_analyzer::engine::input::Input;

const ERRORS: [SaveError; 5] = [
    SaveError::Unavailable,
    SaveError::Full,
    SaveError::Blocked,
    SaveError::Newer,
    SaveError::Paused,
];

/// The three pages: the full view, the full view with its toolbar hidden, the widget.
fn pages() -> [(AppConfig, Ways); 3] {
    let full = AppConfig::default();
    let mut bare = AppConfig::default();
    bare.hide.toolbar = true;
    let widget = AppConfig {
        view: View::Summary,
        ..AppConfig::default()
    };
    [full, bare, widget].map(|c| {
        let ways = Ways::of(&c);
        (c, ways)
    })
}

/// Fails when `text` names a control `ways` does not show.
fn names_only_shown(text: &str, ways: Ways) {
    for (control, shown) in [
        (COPY_LINK, ways.toolbar),
        (SAVE_FILE, ways.toolbar),
        (PREVIOUS_WORK, ways.toolbar),
        (OPEN_FULL, ways.open_full),
    ] {
        if !shown {
            assert!(
                !text.contains(&format!("\u{201c}{control}")),
                "{text:?} names {control:?}, which this page does not show ({ways:?})"
            );
        }
    }
}

#[test]
fn the_widget_and_a_bare_page_are_never_told_to_use_copy_link() {
    let [(_, full), (_, bare), (_, widget)] = pages();
    assert_eq!(
        (full.toolbar, bare.toolbar, widget.toolbar, widget.open_full),
        (true, false, false, true)
    );
    // Before: every page was told to use "Copy link", the widget included.
    assert!(SaveError::Blocked.message(widget).contains(OPEN_FULL));
    assert!(!SaveError::Blocked.message(widget).contains(COPY_LINK));
    assert!(SaveError::Blocked.message(full).contains(COPY_LINK));
    assert!(SaveError::Blocked.message(full).contains(SAVE_FILE));
    for (_, ways) in pages() {
        for e in ERRORS {
            names_only_shown(&e.message(ways), ways);
            names_only_shown(&save_failed_notice(e, ways).1, ways);
        }
    }
}

#[test]
fn no_notice_claims_a_save_that_did_not_happen() {
    let kepts = [
        Ok(true),
        Ok(false),
        Err(SaveError::Full),
        Err(SaveError::Unavailable),
    ];
    let saves = [
        None,
        Some(Ok(())),
        Some(Err(SaveError::Full)),
        Some(Err(SaveError::Blocked)),
        Some(Err(SaveError::Newer)),
    ];
    for (_, ways) in pages() {
        for cause in Cause::ALL {
            for kept in kepts {
                for saved in saves {
                    let notices = replaced_notices(cause, kept, saved, ways);
                    let all: String = notices.iter().map(|n| n.1.clone() + "\n").collect();
                    let claims = all.contains("saved in this browser.");
                    assert_eq!(
                        claims,
                        kept.is_ok() && saved == Some(Ok(())),
                        "{cause:?} {kept:?} {saved:?}: {all}"
                    );
                    for n in &notices {
                        names_only_shown(&n.1, ways);
                    }
                    let restore = notices[0].2.contains(&NoticeAction::RestorePrevious);
                    assert_eq!(restore, kept == Ok(true), "{cause:?} {kept:?}: {all}");
                    if let Some(Err(e)) = saved.filter(|_| kept.is_ok()) {
                        assert!(all.contains(&e.message(ways)), "the failure is said: {all}");
                    }
                }
            }
        }
    }
    // The case of the issue: a share link over the storage limit said "It is saved in this
    // browser"; now it says why it is not.
    let (_, full) = pages()[0].clone();
    let notices = replaced_notices(Cause::Link, Ok(false), Some(Err(SaveError::Full)), full);
    assert_eq!(notices.len(), 2);
    assert!(notices[1].1.contains("will not survive a reload"));
}

fn entry(id: &str, origin: Origin) -> Entry {
    Entry {
        id: id.to_owned(),
        when_ms: 1_765_000_000_000,
        cause: Cause::Link,
        origin,
        what: format!("work {id}"),
    }
}

#[test]
fn links_opened_in_a_row_never_push_out_typed_work() {
    let mut h = History::default();
    h.add(entry("mine", Origin::Typed));
    // Before: one "previous" slot, so the second link replaced the user's own work.
    for n in 0..20 {
        let evicted = h.add(entry(&format!("link{n}"), Origin::Link));
        assert!(evicted.iter().all(|e| e.origin == Origin::Link));
    }
    assert!(h.entries.iter().any(|e| e.id == "mine"));
    assert_eq!(h.entries.len(), 1 + LINK_KEPT);
    assert_eq!(h.entries[0].id, "link19", "newest first");
    // The user's own work pushes out only the oldest of the user's own work.
    for n in 0..OWN_KEPT {
        h.add(entry(&format!("own{n}"), Origin::Typed));
    }
    assert!(!h.entries.iter().any(|e| e.id == "mine"));
    assert_eq!(
        h.entries
            .iter()
            .filter(|e| e.origin == Origin::Link)
            .count(),
        LINK_KEPT
    );
    assert_eq!(h.entries.len(), OWN_KEPT + LINK_KEPT);
    assert_eq!(
        h.drop_oldest_link().map(|e| e.id),
        Some("link17".to_owned())
    );
    assert_eq!(h.remove("own2").map(|e| e.id), Some("own2".to_owned()));
    assert_eq!(h.remove("own2"), None);
}

#[test]
fn the_list_survives_its_own_text_and_skips_what_it_cannot_read() {
    let mut h = History::default();
    h.add(Entry {
        what: "a\ttab\nand a break".into(),
        ..entry("1", Origin::File)
    });
    h.add(entry("2", Origin::Link));
    let text = h.to_text();
    let back = History::parse(&format!(
        "{text}garbage line\n3\tnot-a-number\tlink\tlink\tx\n"
    ));
    assert_eq!(back.entries.len(), 2);
    assert_eq!(back.entries[1].what, "a tab and a break");
    assert_eq!(back.entries[1].origin, Origin::File);
    assert_eq!(back.entries[0], h.entries[0]);
    assert_eq!(
        Origin::from_key("unknown"),
        Origin::Typed,
        "unknown work counts as the user's own"
    );
    for cause in Cause::ALL {
        assert_eq!(Cause::from_key(cause.key()), Some(cause));
    }
}

#[test]
fn each_kept_state_says_what_it_held_and_when() {
    let input = Input {
        listing: "\n  Title: A Very Long Application Name That Goes On And On Forever\nTagline: x"
            .into(),
        reviews: "Date,Rating\n2026-01-01,5\n\n2026-02-01,4\n".into(),
        ..Input::default()
    };
    let what = describe(&input);
    assert!(
        what.starts_with(
            "\u{201c}Title: A Very Long Application Name That Goes On\u{2026}\u{201d}"
        ),
        "{what}"
    );
    assert!(what.ends_with("3 review lines"), "{what}");
    assert_eq!(describe(&Input::default()), "choices only, no pasted text");
    // 2026-12-06 12:40 UTC, seen from UTC+1 (offset -60).
    let now = 1_796_558_400_000 + 40 * 60_000;
    assert_eq!(when_label(now - 5 * 60_000, now, -60), "today at 13:35");
    assert_eq!(when_label(now - 86_400_000, now, -60), "yesterday at 13:40");
    assert_eq!(when_label(now - 3 * 86_400_000, now, 0), "3 Dec at 12:40");
    assert_eq!(
        when_label(now - 400 * 86_400_000, now, 0),
        "1 Nov 2025 at 12:40"
    );
}

#[test]
fn share_links_survive_what_mail_and_chat_tools_do_to_them() {
    let data = "q1YqSy0qzszPU7JSMtQzUNIBAA-_x";
    let want = Some((LinkKind::Full, data.to_owned()));
    let cases = [
        format!("#i={data}"),
        format!("i={data}"),
        format!("#i%3D{data}"),
        format!("%23i%3D{data}"),
        format!("#i%253D{data}"),
        format!("#i={}\n{}", &data[..10], &data[10..]),
        format!("#i={}%0D%0A{}", &data[..10], &data[10..]),
        format!("#i={}%20{}", &data[..10], &data[10..]),
        format!("#i={} {}\u{200b}{}", &data[..5], &data[5..12], &data[12..]),
        format!("#i={data}=="),
        format!("#i={data}>"),
        format!("#i={data})."),
        format!("#i={data}%3E"),
        format!("#i={}", data.replace('-', "+").replace('_', "/")),
    ];
    for case in &cases {
        assert_eq!(read_fragment(case), want, "{case:?}");
    }
    assert_eq!(
        read_fragment(&format!("#s={data}")),
        Some((LinkKind::Short, data.to_owned()))
    );
    for not_a_link in ["", "#", "#results", "#x=abc", "#%zz"] {
        assert_eq!(read_fragment(not_a_link), None, "{not_a_link:?}");
    }
    // An invalid escape is kept, so the link is said to be incomplete rather than guessed.
    assert_eq!(
        read_fragment("#i=%%%not-base64").map(|(_, d)| d),
        Some("%%%not-base64".to_owned())
    );
}

#[test]
fn a_long_link_is_said_before_it_is_copied_and_a_file_page_link_is_said_local() {
    assert_eq!(too_long(LONG_LINK_CHARS), None);
    let said = too_long(56_047).unwrap_or_default();
    assert!(
        said.contains("56,047 characters") && said.contains("8,000"),
        "{said}"
    );
    assert_eq!(thousands(0), "0");
    assert_eq!(thousands(1_234_567), "1,234,567");
    assert!(only_on_this_computer(
        "file:///home/me/listing-analyzer.html"
    ));
    assert!(only_on_this_computer("FILE:///C:/x.html"));
    assert!(!only_on_this_computer("https://example.com/"));
    assert!(copied(LinkKind::Full, "file:///x.html").contains("opens only on this computer"));
    assert!(!copied(LinkKind::Full, "https://x/").contains("only on this computer"));
    assert!(copied(LinkKind::Short, "https://x/").contains("without the reviews\u{2019} text"));
}
