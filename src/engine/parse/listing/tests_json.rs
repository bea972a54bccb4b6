//! The listing's own JSON reader: what it accepts and refuses, and that it reads whatever
//! `serde_json` writes the same way `serde_json` reads it.

use crate::engine::parse::json_value::{parse, write_compact, Json, Member};

fn s(v: &str) -> Json {
    Json::Str(v.to_owned())
}

fn compact(text: &str) -> Option<String> {
    let mut out = String::new();
    write_compact(&parse(text).ok()?, &mut out);
    Some(out)
}

#[test]
fn reads_values_strings_and_escapes() {
    let cases: &[(&str, Json)] = &[
        ("null", Json::Null),
        (" true ", Json::Bool(true)),
        ("false", Json::Bool(false)),
        ("-0.5e+3", Json::Number("-0.5e+3".to_owned())),
        ("0", Json::Number("0".to_owned())),
        ("\"a\\\"b\\\\c\\/d\"", s("a\"b\\c/d")),
        ("\"\\n\\t\\r\\b\\f\"", s("\n\t\r\u{8}\u{c}")),
        ("\"\\u00e9t\\u00C9\"", s("\u{e9}t\u{c9}")),
        ("\"\\ud83d\\ude00\"", s("\u{1F600}")),
        ("\"\\ud83d x\"", s("\u{fffd} x")),
        ("\"\\ude00\"", s("\u{fffd}")),
        ("\"caf\u{e9} \u{1F600}\"", s("caf\u{e9} \u{1F600}")),
        (
            "[1, [], {}]",
            Json::Array(vec![
                Json::Number("1".to_owned()),
                Json::Array(vec![]),
                Json::Object(vec![]),
            ]),
        ),
    ];
    for (text, want) in cases {
        assert_eq!(parse(text).as_ref(), Ok(want), "{text:?}");
    }
}

#[test]
fn objects_keep_written_order_key_offsets_and_the_last_of_a_repeated_key() {
    let text = "{\"b\": 1,\n \"a\": 2, \"b\": 3}";
    let want = Json::Object(vec![
        Member {
            key: "b".to_owned(),
            offset: 1,
            value: Json::Number("3".to_owned()),
        },
        Member {
            key: "a".to_owned(),
            offset: 10,
            value: Json::Number("2".to_owned()),
        },
    ]);
    assert_eq!(parse(text), Ok(want));
    assert_eq!(
        compact("{ \"x\" : [ 1 , \"a\\nb\" ] , \"y\":{\"\\u0001\":null} }").as_deref(),
        Some("{\"x\":[1,\"a\\nb\"],\"y\":{\"\\u0001\":null}}")
    );
}

#[test]
fn refuses_what_is_not_json_with_line_and_reason() {
    let cases: &[(&str, usize, &str)] = &[
        ("", 1, "ends where a value should be"),
        ("{", 1, "expected a key"),
        ("{\"title\": \"Acme\",", 1, "expected a key"),
        ("{\n\"a\": 1\n\"b\": 2}", 3, "expected `,` or `}`"),
        ("{\"a\" 1}", 1, "expected `:`"),
        ("[1,]", 1, "expected a value"),
        ("[1 2]", 1, "expected `,` or `]`"),
        ("01", 1, "not a valid number"),
        ("1.", 1, "not a valid number"),
        ("-", 1, "not a valid number"),
        ("1e", 1, "not a valid number"),
        ("tru", 1, "expected a value"),
        ("\"abc", 1, "ends inside a string"),
        ("\"a\u{1}\"", 1, "control character"),
        ("\"\\x\"", 1, "not a valid escape"),
        ("\"\\u12\"", 1, "four hex digits"),
        ("{}\n\nx", 3, "more text after"),
    ];
    for (text, line, why) in cases {
        let got = parse(text);
        let Err((l, msg)) = &got else {
            panic!("{text:?} was read: {got:?}");
        };
        assert_eq!(l, line, "{text:?}: {msg}");
        assert!(msg.contains(why), "{text:?}: {msg}");
        assert!(
            msg.contains(&format!("at line {line} column ")),
            "{text:?}: {msg}"
        );
    }
    let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
    assert!(parse(&deep).is_err_and(|(_, m)| m.contains("nested too deep")));
    let fine = format!("{}{}", "[".repeat(100), "]".repeat(100));
    assert!(parse(&fine).is_ok());
}

mod props {
    use proptest::prelude::*;
    use serde_json::Value;

    use crate::engine::parse::json_value::{parse, Json};

    /// Arbitrary JSON values of a few levels.
    fn value() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            (-1e9f64..1e9).prop_map(Value::from),
            any::<String>().prop_map(Value::String),
        ];
        leaf.prop_recursive(4, 32, 6, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
                prop::collection::btree_map(any::<String>(), inner, 0..6)
                    .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    /// Whether our reading equals `serde_json`'s (numbers compared as `f64`).
    fn same(ours: &Json, theirs: &Value) -> bool {
        match (ours, theirs) {
            (Json::Null, Value::Null) => true,
            (Json::Bool(a), Value::Bool(b)) => a == b,
            (Json::Number(a), Value::Number(b)) => a.parse::<f64>().ok() == b.as_f64(),
            (Json::Str(a), Value::String(b)) => a == b,
            (Json::Array(a), Value::Array(b)) => {
                a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same(x, y))
            }
            (Json::Object(a), Value::Object(b)) => {
                a.len() == b.len()
                    && a.iter()
                        .all(|m| b.get(&m.key).is_some_and(|v| same(&m.value, v)))
            }
            _ => false,
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        /// Whatever `serde_json` writes, compact or pretty, reads back as `serde_json` reads it.
        #[test]
        fn reads_what_serde_json_writes(v in value(), pretty in any::<bool>()) {
            let text = if pretty { serde_json::to_string_pretty(&v) } else { serde_json::to_string(&v) };
            let text = text.map_err(|e| TestCaseError::fail(e.to_string()))?;
            let ours = parse(&text).map_err(|(l, e)| TestCaseError::fail(format!("line {l}: {e}")))?;
            prop_assert!(same(&ours, &v), "{text}");
        }

        /// Any text: no panic; a refusal names a line within the text; acceptance agrees
        /// with `serde_json` (which also refuses lone surrogate escapes that we replace).
        #[test]
        fn any_text_is_read_or_refused_like_serde_json(text in "[\\[\\]{}\",:0-9a-z\\\\ \n.eE+-]{0,40}") {
            match parse(&text) {
                Ok(ours) => {
                    let theirs: Value = serde_json::from_str(&text)
                        .map_err(|e| TestCaseError::fail(format!("we read {text:?}, serde_json did not: {e}")))?;
                    prop_assert!(same(&ours, &theirs), "{text:?}");
                }
                Err((line, _)) => {
                    prop_assert!(line >= 1 && line <= text.lines().count().max(1) + 1);
                    prop_assert!(serde_json::from_str::<Value>(&text).is_err(), "{text:?}");
                }
            }
        }
    }
}
