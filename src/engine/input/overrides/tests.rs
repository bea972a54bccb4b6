//! The overrides list behaves as the `BTreeMap` it replaces: order, replacement, removal
//! and JSON.

use std::collections::BTreeMap;

use proptest::prelude::*;

use super::Overrides;

#[test]
fn keeps_keys_in_order_and_one_value_per_key() {
    let mut o = Overrides::new();
    assert_eq!(o.insert("b".into(), 2.0), None);
    assert_eq!(o.insert("a".into(), 1.0), None);
    assert_eq!(o.insert("c".into(), 3.0), None);
    assert_eq!(o.insert("b".into(), 4.5), Some(2.0));
    let keys: Vec<&str> = o.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(keys, ["a", "b", "c"]);
    assert_eq!(o.get("b"), Some(4.5));
    assert_eq!(o.remove("a"), Some(1.0));
    assert_eq!(o.remove("a"), None);
    assert_eq!(o.len(), 2);
    o.clear();
    assert!(o.is_empty());
}

#[test]
fn json_is_a_maps_json() {
    let map = BTreeMap::from([("sr.fee_usd".to_string(), 150.0), ("a.b".to_string(), 4.6)]);
    let ours = Overrides::from(map.clone());
    assert_eq!(
        serde_json::to_string(&ours).ok(),
        serde_json::to_string(&map).ok()
    );
    assert_eq!(
        serde_json::to_string(&ours).ok().as_deref(),
        Some(r#"{"a.b":4.6,"sr.fee_usd":150.0}"#)
    );
    // Read back through the input's reader: a later value for a key replaces an earlier,
    // as in a map; an array of [key, value] pairs (the app's and the JS API's other shape)
    // reads the same; anything else is refused.
    let read = |overrides: &str| {
        crate::engine::input::read_input(&format!(
            r#"{{"schema_version":1,"overrides":{overrides}}}"#
        ))
        .map(|input| input.overrides)
    };
    let text = r#"{"z":1,"a":2,"z":3}"#;
    let want: BTreeMap<String, f64> = serde_json::from_str(text).unwrap_or_default();
    assert_eq!(read(text).ok(), Some(Overrides::from(want)));
    assert_eq!(read(text).ok().and_then(|o| o.get("z")), Some(3.0));
    for bad in [
        r#"[1,2]"#,
        r#"{"a":"x"}"#,
        "5",
        r#"[["a"]]"#,
        r#"[["a",1,2]]"#,
    ] {
        assert!(read(bad).is_err(), "{bad}");
    }
    assert_eq!(read(r#"[["z",1],["a",2],["z",3]]"#).ok(), read(text).ok());
}

#[derive(Debug, Clone)]
enum Op {
    Insert(String, f64),
    Remove(String),
}

fn op() -> impl Strategy<Value = Op> {
    let key = "[a-d]{1,2}";
    prop_oneof![
        (key, -10.0f64..10.0).prop_map(|(k, v)| Op::Insert(k, v)),
        key.prop_map(Op::Remove),
    ]
}

proptest! {
    #[test]
    fn any_edit_sequence_matches_a_btreemap(ops in prop::collection::vec(op(), 0..40)) {
        let mut ours = Overrides::new();
        let mut map = BTreeMap::new();
        for op in ops {
            match op {
                Op::Insert(k, v) => prop_assert_eq!(ours.insert(k.clone(), v), map.insert(k, v)),
                Op::Remove(k) => prop_assert_eq!(ours.remove(&k), map.remove(&k)),
            }
            prop_assert!(ours == map);
            prop_assert_eq!(serde_json::to_string(&ours).ok(), serde_json::to_string(&map).ok());
        }
    }
}
