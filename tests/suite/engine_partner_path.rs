//! The partner tier read from the other inputs: the partner-path stage of the security
//! review and a listed review state of a paid solution fill the partner flags the user left
//! unsaid, and the reason names the input that implied the tier.

use crate::engine_common;

use engine_common::{d, said, Flags};
use listing_analyzer::engine::estimate::partner::{implied_tier, PathFacts};
use listing_analyzer::engine::input::PartnerStage;
use listing_analyzer::engine::report::partner::PartnerTier::{self, *};
use listing_analyzer::engine::{analyze, parse_input};

const Y: Option<bool> = Some(true);
const N: Option<bool> = Some(false);
const U: Option<bool> = None;

#[test]
fn the_path_stage_and_a_listed_review_fill_unsaid_flags() {
    use PartnerStage::{AgreementSigned, Applied, Approved, NotApplied};
    // ([joined, talks, agreement, distributing, summit], paid, stage, listed,
    //  tier, words in the reason)
    type Case = (
        Flags,
        Option<bool>,
        Option<PartnerStage>,
        bool,
        Option<PartnerTier>,
        &'static str,
    );
    let cases: [Case; 12] = [
        // A stage before the approval says where the user stands: no tier yet, not "not said".
        (
            [U, U, U, U, U],
            None,
            Some(NotApplied),
            false,
            None,
            "means you have not joined the ISV programme yet",
        ),
        // A stage before the approval says where the user stands: no tier yet, not "not said".
        (
            [U, U, U, U, U],
            None,
            Some(Applied),
            false,
            None,
            "means you have not joined the ISV programme yet",
        ),
        (
            [U, U, U, U, U],
            None,
            Some(Approved),
            false,
            Some(Registered),
            "partner path (approved) implies you have joined",
        ),
        (
            [U, U, U, U, U],
            None,
            Some(AgreementSigned),
            false,
            Some(Build),
            "partner path (agreement signed) implies the distribution agreement",
        ),
        // The user's own flags win over the stage.
        (
            [N, U, U, U, U],
            None,
            Some(Approved),
            false,
            None,
            "not joined",
        ),
        (
            [U, U, N, U, U],
            None,
            Some(AgreementSigned),
            false,
            Some(Registered),
            "partner path (agreement signed) implies you have joined",
        ),
        (
            [Y, U, U, U, U],
            None,
            Some(AgreementSigned),
            false,
            Some(Build),
            "partner path (agreement signed)",
        ),
        (
            [U, Y, U, U, U],
            None,
            Some(Approved),
            false,
            Some(Exploration),
            "You said you are in commercial talks",
        ),
        // A listed review of a paid solution implies distributing: Select.
        (
            [U, U, U, U, U],
            Some(true),
            None,
            true,
            Some(Select),
            "log reads the app as listed",
        ),
        // Not for a free or unknown solution, nor against the user's own word.
        ([U, U, U, U, U], Some(false), None, true, None, "Not said"),
        ([U, U, U, U, U], None, None, true, None, "Not said"),
        (
            [U, U, Y, N, U],
            Some(true),
            None,
            true,
            Some(Build),
            "You said the distribution agreement",
        ),
    ];
    for (flags, paid, stage, listed, tier, words) in cases {
        let path = PathFacts { stage, listed };
        let (got, why) = implied_tier(&said(flags), paid, path);
        assert_eq!(got, tier, "{flags:?} paid {paid:?} {path:?}");
        assert!(why.contains(words), "{flags:?} {path:?}: {why}");
    }
}

#[test]
fn the_report_reads_the_stage_and_the_listed_log() {
    // (JSON input, implied tier)
    let cases = [
        (
            r#"{"security_review":{"partner_stage":"approved"}}"#,
            Some(Registered),
        ),
        (
            r#"{"security_review":{"partner_stage":"agreement_signed"}}"#,
            Some(Build),
        ),
        (
            r#"{"security_review":{"paid":true,"log":"2026-03-02 published"}}"#,
            Some(Select),
        ),
        (
            r#"{"security_review":{"paid":false,"log":"2026-03-02 published"}}"#,
            None,
        ),
        (
            r#"{"security_review":{"partner_stage":"agreement_signed"},"partner":{"distribution_agreement":false,"joined":false}}"#,
            None,
        ),
    ];
    for (json, tier) in cases {
        let text = format!(
            r#"{{"schema_version":1,"today":"2026-11-22",{}"#,
            json.trim_start_matches('{')
        );
        let input = parse_input(&text).expect("input");
        let r = analyze(&input, d(2026, 11, 22));
        assert_eq!(r.partner.implied_tier, tier, "{json}");
    }
}
