//! Whole numbers as JSON writers write them: `2` and `2.0` read the same (JavaScript and
//! many JSON tools write whole floating-point numbers either way), so the command line, the
//! JS API and the app accept the same inputs. A fraction, a negative number or one past
//! `u32::MAX` is refused with a message that names the value.

use std::fmt;

use serde::de::{self, Deserializer, Visitor};

/// Reads a whole number given as an integer or as a float with no fraction.
struct Whole;

impl Visitor<'_> for Whole {
    type Value = u32;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a whole number")
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<u32, E> {
        u32::try_from(v).map_err(|_| E::custom(format!("{v} is too large")))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<u32, E> {
        u32::try_from(v).map_err(|_| E::custom(format!("{v} is not a whole number from 0")))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<u32, E> {
        if v.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(&v) {
            // Whole and in range: the conversion is exact.
            Ok(v as u32)
        } else {
            Err(E::custom(format!("{v} is not a whole number from 0")))
        }
    }
}

/// Deserialises a `u32` written as `2` or `2.0`.
pub fn u32<'de, D: Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
    d.deserialize_any(Whole)
}

/// Deserialises an optional `u32` written as `2`, `2.0` or `null`.
pub fn option_u32<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u32>, D::Error> {
    struct Optional;
    impl<'de> Visitor<'de> for Optional {
        type Value = Option<u32>;
        fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
            formatter.write_str("a whole number or null")
        }
        fn visit_none<E: de::Error>(self) -> Result<Option<u32>, E> {
            Ok(None)
        }
        fn visit_unit<E: de::Error>(self) -> Result<Option<u32>, E> {
            Ok(None)
        }
        fn visit_some<D2: Deserializer<'de>>(self, d: D2) -> Result<Option<u32>, D2::Error> {
            u32(d).map(Some)
        }
    }
    d.deserialize_option(Optional)
}
