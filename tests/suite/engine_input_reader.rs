//! The one reader of input JSON (`engine::parse_input`, used by the command line, the JS
//! API, saved work, analysis files and share links): what it accepts, what it refuses and
//! how it says so, and that every input reads back as itself once written.

use chrono::NaiveDate;
use proptest::prelude::*;

use listing_analyzer::engine::input::{
    AppType, Architecture, Complexity, Component, DateOrder, Input, Material, PartnerInput,
    PartnerStage, RuleSetId, SecurityReviewInput,
};
use listing_analyzer::engine::{parse_input, InputError};

fn read(json: &str) -> Result<Input, InputError> {
    parse_input(json)
}

/// The message of a refused input, or a panic naming what was read instead.
fn refusal(json: &str) -> String {
    match read(json) {
        Err(e) => e.to_string(),
        Ok(input) => panic!("{json} was read: {input:?}"),
    }
}

#[test]
fn the_documented_shapes_are_read() {
    let input = read(
        r#"{"schema_version": 1.0, "today": "2026-12-06", "listing": "Title: Acme",
            "reviews": "2026-01-01,5", "rule_set": "fy21", "date_order": "day_first",
            "reviews_app": "a1", "overrides": [["fy24.min_reviews", 12], ["fy24.min_reviews", 10]],
            "partner": {"joined": true, "summit": null, "unknown": 3},
            "security_review": {"components": ["managed_package_2gp", "agentforce"],
              "app_type": "native", "architecture": "api_only", "complexity": "high",
              "log": "2026-01-01 submitted", "materials_ready": ["code_analyzer", "dast"],
              "paid": false, "partner_stage": "agreement_signed", "agentforce": true,
              "external_domains": 2.0, "checklist_ready": ["dast_1"], "checklist_not_ready": []},
            "a_member_from_the_future": {"nested": [1, 2, 3]}}"#,
    )
    .expect("the full shape");
    let want = Input {
        schema_version: 1,
        today: NaiveDate::from_ymd_opt(2026, 12, 6),
        listing: "Title: Acme".into(),
        reviews: "2026-01-01,5".into(),
        security_review: SecurityReviewInput {
            components: vec![Component::ManagedPackage2gp, Component::Agentforce],
            app_type: Some(AppType::Native),
            architecture: Some(Architecture::Connected),
            complexity: Complexity::High,
            log: "2026-01-01 submitted".into(),
            materials_ready: Some(vec![Material::CodeAnalyzer, Material::Dast]),
            paid: Some(false),
            partner_stage: Some(PartnerStage::AgreementSigned),
            agentforce: Some(true),
            external_domains: Some(2),
            checklist_ready: Some(vec!["dast_1".into()]),
            checklist_not_ready: Some(vec![]),
        },
        rule_set: RuleSetId::Fy21,
        date_order: DateOrder::DayFirst,
        reviews_app: Some("a1".into()),
        overrides: [("fy24.min_reviews".to_owned(), 10.0)]
            .into_iter()
            .collect(),
        partner: PartnerInput {
            joined: Some(true),
            ..PartnerInput::default()
        },
    };
    assert_eq!(input, want);
    // The least there is, and `null` for every member that may be left out.
    let least = read(r#"{"schema_version":1}"#).expect("least");
    assert_eq!(least, Input::default());
    let nulls = r#"{"schema_version":1,"today":null,"listing":null,"reviews":null,
        "security_review":null,"rule_set":null,"date_order":null,"reviews_app":null,
        "overrides":null,"partner":null}"#;
    assert_eq!(read(nulls).expect("nulls"), Input::default());
    // A repeated key takes its last value, as `JSON.parse` does.
    let twice = read(r#"{"schema_version":1,"listing":"a","listing":"b"}"#).expect("twice");
    assert_eq!(twice.listing, "b");
}

#[test]
fn what_is_refused_is_said_with_where_and_why() {
    let cases: &[(&str, &str)] = &[
        ("", "ends where a value should be at line 1 column 1"),
        ("{\n\"schema_version\": 1,\n}", "at line 3 column 1"),
        ("[]", "expected an object of the input's shape, found an array"),
        (r#"{"listing": "x"}"#, "missing field `schema_version`"),
        (r#"{"schema_version": null}"#, "missing field `schema_version`"),
        (r#"{"schema_version": "1"}"#, "`schema_version`: expected a number, found the string \"1\""),
        (r#"{"schema_version": 1.5}"#, "`schema_version`: 1.5 is not a whole number"),
        (r#"{"schema_version": 1, "listing": 3}"#, "`listing`: expected a string, found the number 3"),
        (r#"{"schema_version": 1, "today": "2026-02-30"}"#, "`today`: input is out of range"),
        (r#"{"schema_version": 1, "rule_set": "fy99"}"#, "`rule_set`: unknown value \"fy99\" (one of: fy24, fy21,"),
        (
            r#"{"schema_version": 1, "security_review": {"components": ["blimp"]}}"#,
            "`security_review.components`: unknown value \"blimp\"",
        ),
        (
            r#"{"schema_version": 1, "security_review": {"architecture": "blimp"}}"#,
            "`security_review.architecture`: unknown value \"blimp\" (one of: native, native_lightning,",
        ),
        (
            r#"{"schema_version": 1, "security_review": {"external_domains": -1}}"#,
            "`security_review.external_domains`: -1 is not a whole number",
        ),
        (r#"{"schema_version": 1, "security_review": []}"#, "`security_review`: expected an object, found an array"),
        (r#"{"schema_version": 1, "partner": {"joined": "yes"}}"#, "`partner.joined`: expected true or false"),
        (r#"{"schema_version": 1, "overrides": {"a": "x"}}"#, "`overrides.a`: expected a number"),
        (r#"{"schema_version": 1, "overrides": [["a"]]}"#, "`overrides[0]`: expected a [key, value] pair"),
        (r#"{"schema_version": 1, "overrides": {"a": 1e999}}"#, "`overrides.a`: 1e999 is out of range"),
        (r#"{"schema_version": 1, "overrides": 5}"#, "`overrides`: expected an object or an array"),
    ];
    for (json, needle) in cases {
        let message = refusal(json);
        assert!(message.contains(needle), "{json}: {message}");
        assert!(!message.contains('\n'), "{json}: one line: {message}");
    }
    // A version other than this engine's is named as such, whatever else is wrong.
    for (json, v) in [
        (r#"{"schema_version": 2, "listing": 3}"#, 2),
        (r#"{"schema_version": 2.0}"#, 2),
        (r#"{"schema_version": 99999999999}"#, u32::MAX),
    ] {
        assert_eq!(read(json), Err(InputError::SchemaVersion(v)), "{json}");
    }
    assert!(matches!(
        read(r#"{"schema_version": 1, "today": "1700-01-01"}"#),
        Err(InputError::DateOutOfRange(_))
    ));
}

fn option<T: Clone + std::fmt::Debug + 'static>(
    values: Vec<T>,
) -> impl Strategy<Value = Option<T>> {
    prop::option::of(prop::sample::select(values))
}

prop_compose! {
    fn security()(
        components in prop::collection::vec(prop::sample::select(Component::ALL.to_vec()), 0..4),
        app_type in option(AppType::ALL.to_vec()),
        architecture in option(Architecture::ALL.to_vec()),
        complexity in prop::sample::select(Complexity::ALL.to_vec()),
        log in "(?s).{0,40}",
        materials_ready in prop::option::of(prop::collection::vec(prop::sample::select(Material::ALL.to_vec()), 0..3)),
        paid in prop::option::of(any::<bool>()),
        partner_stage in option(PartnerStage::ALL.to_vec()),
        agentforce in prop::option::of(any::<bool>()),
        external_domains in prop::option::of(any::<u32>()),
        checklist_ready in prop::option::of(prop::collection::vec("[a-z_0-9]{1,12}", 0..4)),
        checklist_not_ready in prop::option::of(prop::collection::vec("[a-z_0-9]{1,12}", 0..4)),
    ) -> SecurityReviewInput {
        SecurityReviewInput {
            components, app_type, architecture, complexity, log, materials_ready, paid,
            partner_stage, agentforce, external_domains, checklist_ready, checklist_not_ready,
        }
    }
}

fn any_input() -> impl Strategy<Value = Input> {
    let text = "(?s).{0,40}";
    let flags = prop::collection::vec(prop::option::of(any::<bool>()), 5);
    (
        prop::option::of((1900i32..2200, 1u32..=12, 1u32..=28)),
        (text, text),
        security(),
        prop::sample::select(RuleSetId::ALL.to_vec()),
        prop::sample::select(DateOrder::ALL.to_vec()),
        prop::option::of(text),
        prop::collection::vec(
            (
                "[a-z.]{1,10}",
                prop_oneof![
                    any::<f64>().prop_filter("finite", |v| v.is_finite()),
                    -1e3..1e3f64
                ],
            ),
            0..4,
        ),
        flags,
    )
        .prop_map(
            |(
                today,
                (listing, reviews),
                security_review,
                rule_set,
                date_order,
                reviews_app,
                overrides,
                flags,
            )| {
                let mut partner = PartnerInput::default();
                for (flag, value) in listing_analyzer::engine::input::PartnerFlag::ALL
                    .into_iter()
                    .zip(flags)
                {
                    partner.set(flag, value);
                }
                Input {
                    schema_version: 1,
                    today: today.and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d)),
                    listing,
                    reviews,
                    security_review,
                    rule_set,
                    date_order,
                    reviews_app,
                    overrides: overrides.into_iter().collect(),
                    partner,
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Whatever the app, the command line or the JS API writes, the reader reads back.
    #[test]
    fn every_input_reads_back_as_written(input in any_input()) {
        let json = serde_json::to_string(&input).expect("written");
        prop_assert_eq!(read(&json).ok(), Some(input.clone()), "{}", json);
        let pretty = serde_json::to_string_pretty(&input).expect("written");
        prop_assert_eq!(read(&pretty).ok(), Some(input), "{}", pretty);
    }

    /// Any text at all: a typed error or an input, never a panic.
    #[test]
    fn any_text_is_read_or_refused(text in "(?s).{0,200}") {
        let _ = read(&text);
    }
}
