//! The one reader of input JSON, for the command line, the JS API, saved work, analysis
//! files and share links alike, so that every surface accepts the same inputs with the
//! same messages. It reads the text with the engine's own JSON reader
//! ([`crate::engine::parse::json_value`]) instead of a derived deserializer, which kept
//! about 25 KB of generic code out of the browser build (docs/size.md).
//!
//! The shape is the one [`Input`] is written in. Members it does not know are ignored;
//! `null` reads as "not given" for every member but `schema_version`; a repeated key takes
//! its last value (as `JSON.parse` does). A whole number may be written `2` or `2.0`.

use super::{
    Architecture, Input, Overrides, PartnerFlag, PartnerInput, SecurityReviewInput, SCHEMA_VERSION,
};
use crate::engine::iso_date;
use crate::engine::parse::json_value::{self, Json, Member};
use crate::engine::terms::Term;
use crate::engine::InputError;

/// What went wrong, and where in the input's shape (`security_review.complexity`).
type Failure = String;

/// Reads input JSON text. [`InputError::SchemaVersion`] when `schema_version` is a whole
/// number other than [`SCHEMA_VERSION`]; [`InputError::Json`] for text that is not JSON
/// (with its line and column) or not of the input shape (with the member's path). The
/// analysis date's range is checked by [`crate::engine::check_input`], not here.
pub fn read_input(text: &str) -> Result<Input, InputError> {
    let value = json_value::parse(text).map_err(|(_, why)| InputError::Json(why))?;
    let Json::Object(members) = value else {
        return Err(InputError::Json(format!(
            "expected an object of the input's shape, found {}",
            kind(&value)
        )));
    };
    let top = Fields {
        members: &members,
        at: String::new(),
    };
    // Only a whole, non-negative number is a version to refuse as such (saturating, so the
    // message names the version given); anything else is a shape error.
    if let Some(Json::Number(text)) = top.value("schema_version") {
        let whole = number(text).filter(|v| v.fract() == 0.0 && *v >= 0.0);
        if let Some(v) = whole.filter(|v| *v != f64::from(SCHEMA_VERSION)) {
            return Err(InputError::SchemaVersion(v.min(f64::from(u32::MAX)) as u32));
        }
    }
    input(&top).map_err(InputError::Json)
}

/// An object's members, and where the object stands in the input (`""` at the top).
struct Fields<'a> {
    members: &'a [Member],
    at: String,
}

impl<'a> Fields<'a> {
    /// The path of member `key`, for messages.
    fn path(&self, key: &str) -> String {
        if self.at.is_empty() {
            key.to_owned()
        } else {
            format!("{}.{key}", self.at)
        }
    }

    /// The value of `key` (the last one written) unless it is absent or `null`.
    fn value(&self, key: &str) -> Option<&'a Json> {
        let last = self.members.iter().rev().find(|x| x.key == key);
        last.map(|x| &x.value).filter(|v| !matches!(v, Json::Null))
    }

    /// Reads `key` with `read` unless it is absent or `null`.
    fn read<T>(
        &self,
        key: &str,
        read: impl Fn(&Json, &str) -> Result<T, Failure>,
    ) -> Result<Option<T>, Failure> {
        self.value(key)
            .map(|v| read(v, &self.path(key)))
            .transpose()
    }

    /// Reads `key` as an array whose items `read` reads, unless it is absent or `null`.
    fn list<T>(
        &self,
        key: &str,
        read: impl Fn(&Json, &str) -> Result<T, Failure>,
    ) -> Result<Option<Vec<T>>, Failure> {
        self.read(key, |v, path| {
            array(v, path)?.iter().map(|x| read(x, path)).collect()
        })
    }

    /// The object at `key`, unless it is absent or `null`.
    fn object(&self, key: &str) -> Result<Option<Fields<'a>>, Failure> {
        let at = self.path(key);
        match self.value(key) {
            None => Ok(None),
            Some(Json::Object(members)) => Ok(Some(Fields { members, at })),
            Some(other) => Err(expected(&at, "an object", other)),
        }
    }
}

/// The input from its top-level object.
fn input(top: &Fields) -> Result<Input, Failure> {
    let schema_version = top
        .read("schema_version", whole)?
        .ok_or_else(|| "missing field `schema_version`".to_owned())?;
    let today = top.read("today", |v, path| {
        iso_date::parse(&string(v, path)?).map_err(|e| at(path, &e.to_string()))
    })?;
    let mut partner = PartnerInput::default();
    if let Some(fields) = top.object("partner")? {
        for flag in PartnerFlag::ALL {
            partner.set(flag, fields.read(flag.key(), boolean)?);
        }
    }
    let security_review = match top.object("security_review")? {
        Some(fields) => security_review(&fields)?,
        None => SecurityReviewInput::default(),
    };
    Ok(Input {
        schema_version,
        today,
        listing: top.read("listing", string)?.unwrap_or_default(),
        reviews: top.read("reviews", string)?.unwrap_or_default(),
        security_review,
        rule_set: top.read("rule_set", term)?.unwrap_or_default(),
        date_order: top.read("date_order", term)?.unwrap_or_default(),
        reviews_app: top.read("reviews_app", string)?,
        overrides: top.read("overrides", overrides)?.unwrap_or_default(),
        partner,
    })
}

/// The `security_review` object.
fn security_review(m: &Fields) -> Result<SecurityReviewInput, Failure> {
    Ok(SecurityReviewInput {
        components: m.list("components", term)?.unwrap_or_default(),
        app_type: m.read("app_type", term)?,
        architecture: m.read("architecture", |v, path| {
            // The older name of a connected app.
            let key = string(v, path)?;
            let key = if key == "api_only" { "connected" } else { &key };
            named(key, &Architecture::ALL, Architecture::key, path)
        })?,
        complexity: m.read("complexity", term)?.unwrap_or_default(),
        log: m.read("log", string)?.unwrap_or_default(),
        materials_ready: m.list("materials_ready", term)?,
        paid: m.read("paid", boolean)?,
        partner_stage: m.read("partner_stage", term)?,
        agentforce: m.read("agentforce", boolean)?,
        external_domains: m.read("external_domains", whole)?,
        checklist_ready: m.list("checklist_ready", string)?,
        checklist_not_ready: m.list("checklist_not_ready", string)?,
    })
}

/// Rule overrides: an object of numbers (`{ "fy24.min_reviews": 10 }`) or an array of
/// `[key, value]` pairs (the shape `Object.entries` gives); a later key replaces an earlier.
fn overrides(v: &Json, path: &str) -> Result<Overrides, Failure> {
    let mut out = Overrides::new();
    match v {
        Json::Object(members) => {
            for Member { key, value, .. } in members {
                out.insert(key.clone(), float(value, &format!("{path}.{key}"))?);
            }
        }
        Json::Array(pairs) => {
            for (i, pair) in pairs.iter().enumerate() {
                let path = format!("{path}[{i}]");
                let Json::Array(kv) = pair else {
                    return Err(expected(&path, "a [key, value] pair", pair));
                };
                let [key, value] = kv.as_slice() else {
                    return Err(expected(&path, "a [key, value] pair", pair));
                };
                out.insert(string(key, &path)?, float(value, &path)?);
            }
        }
        other => {
            let what = "an object or an array of [key, value] pairs";
            return Err(expected(path, what, other));
        }
    }
    Ok(out)
}

/// "`path`: `why`".
fn at(path: &str, why: &str) -> Failure {
    format!("`{path}`: {why}")
}

/// "`path`: expected `what`, found …".
fn expected(path: &str, what: &str, found: &Json) -> Failure {
    at(path, &format!("expected {what}, found {}", kind(found)))
}

/// What a value is, for messages.
fn kind(v: &Json) -> String {
    match v {
        Json::Null => "null".to_owned(),
        Json::Bool(b) => format!("{b}"),
        Json::Number(n) => format!("the number {n}"),
        Json::Str(s) => format!("the string \"{}\"", s.chars().take(40).collect::<String>()),
        Json::Array(_) => "an array".to_owned(),
        Json::Object(_) => "an object".to_owned(),
    }
}

fn array<'a>(v: &'a Json, path: &str) -> Result<&'a [Json], Failure> {
    match v {
        Json::Array(items) => Ok(items),
        other => Err(expected(path, "an array", other)),
    }
}

fn string(v: &Json, path: &str) -> Result<String, Failure> {
    match v {
        Json::Str(s) => Ok(s.clone()),
        other => Err(expected(path, "a string", other)),
    }
}

fn boolean(v: &Json, path: &str) -> Result<bool, Failure> {
    match v {
        Json::Bool(b) => Ok(*b),
        other => Err(expected(path, "true or false", other)),
    }
}

/// A number as written, read as `f64`; `None` when it does not fit one.
fn number(text: &str) -> Option<f64> {
    crate::engine::decimal::finite(text)
}

fn float(v: &Json, path: &str) -> Result<f64, Failure> {
    match v {
        Json::Number(text) => {
            number(text).ok_or_else(|| at(path, &format!("{text} is out of range")))
        }
        other => Err(expected(path, "a number", other)),
    }
}

/// A whole number from 0 to `u32::MAX`, written `2` or `2.0`.
fn whole(v: &Json, path: &str) -> Result<u32, Failure> {
    let f = float(v, path)?;
    if f.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(&f) {
        // Whole and in range: the conversion is exact.
        Ok(f as u32)
    } else {
        Err(at(
            path,
            &format!(
                "{} is not a whole number from 0 to {}",
                crate::engine::decimal::shortest(f),
                u32::MAX
            ),
        ))
    }
}

/// A value of a closed set of names, by its JSON name.
fn term<T: Term>(v: &Json, path: &str) -> Result<T, Failure> {
    named(&string(v, path)?, T::all(), T::key, path)
}

/// The value among `all` whose `name` is `key`; the message lists the names.
fn named<T: Copy>(
    key: &str,
    all: &[T],
    name: impl Fn(T) -> &'static str,
    path: &str,
) -> Result<T, Failure> {
    all.iter()
        .copied()
        .find(|t| name(*t) == key)
        .ok_or_else(|| {
            let names: Vec<&str> = all.iter().map(|t| name(*t)).collect();
            at(
                path,
                &format!("unknown value \"{key}\" (one of: {})", names.join(", ")),
            )
        })
}
