//! A small JSON reader, for listing details given as a JSON object and for the input
//! itself ([`crate::engine::input::read_input`]).
//!
//! Both need only the members of objects, in the order they were written, with where each
//! key stands, and every value as text. A reader of its own keeps a general JSON
//! library out of the browser build (see docs/size.md). It follows RFC 8259, never panics,
//! and reports the first problem with its byte offset.

/// How deep arrays and objects may nest before the text is refused (as `serde_json` does).
const MAX_DEPTH: usize = 128;

/// A JSON value as read; a number keeps the text it was written with.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Json {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, as written.
    Number(String),
    /// A string, unescaped.
    Str(String),
    /// An array.
    Array(Vec<Json>),
    /// An object's members in written order; a repeated key keeps its first place and
    /// takes the last value.
    Object(Vec<Member>),
}

/// One member of an object.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Member {
    /// The key, unescaped.
    pub key: String,
    /// Byte offset of the key's opening quote in the text.
    pub offset: usize,
    /// The value.
    pub value: Json,
}

/// Why the text is not JSON, and the byte offset where that was found.
type Failure = (usize, &'static str);

/// Reads `text` as one JSON value. Returns the 1-based line and a one-line reason when it
/// is not JSON.
pub(crate) fn parse(text: &str) -> Result<Json, (usize, String)> {
    let mut r = Reader {
        text,
        bytes: text.as_bytes(),
        pos: 0,
        depth: 0,
    };
    let read = r.value().and_then(|v| {
        r.skip_ws();
        if r.pos < r.bytes.len() {
            Err((r.pos, "more text after the JSON value"))
        } else {
            Ok(v)
        }
    });
    read.map_err(|(at, why)| {
        let before = text.get(..at).unwrap_or(text);
        let line = line_at(text, at);
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        (line, format!("{why} at line {line} column {column}"))
    })
}

/// The 1-based line of byte offset `at` in `text`.
pub(crate) fn line_at(text: &str, at: usize) -> usize {
    let before = text.get(..at).unwrap_or(text);
    before.bytes().filter(|b| *b == b'\n').count() + 1
}

/// The reading position in the text.
struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
    depth: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    /// Consumes `byte` after optional white space, or fails with `why`.
    fn expect(&mut self, byte: u8, why: &'static str) -> Result<(), Failure> {
        self.skip_ws();
        if self.peek() == Some(byte) {
            self.pos += 1;
            Ok(())
        } else {
            Err((self.pos, why))
        }
    }

    fn value(&mut self) -> Result<Json, Failure> {
        self.skip_ws();
        match self.peek() {
            None => Err((self.pos, "the text ends where a value should be")),
            Some(b'{') => self.nested(Self::object),
            Some(b'[') => self.nested(Self::array),
            Some(b'"') => self.string().map(Json::Str),
            Some(b't') => self.literal("true", Json::Bool(true)),
            Some(b'f') => self.literal("false", Json::Bool(false)),
            Some(b'n') => self.literal("null", Json::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err((self.pos, "expected a value")),
        }
    }

    /// Reads an array or object one level deeper, refusing too deep a nesting.
    fn nested(&mut self, read: fn(&mut Self) -> Result<Json, Failure>) -> Result<Json, Failure> {
        if self.depth >= MAX_DEPTH {
            return Err((self.pos, "arrays and objects nested too deep"));
        }
        self.depth += 1;
        self.pos += 1;
        let v = read(self);
        self.depth -= 1;
        v
    }

    /// After an item of an array or object: consumes `,` (more items follow, `false`) or
    /// the closing `close` (`true`), or fails with `why`.
    fn closed(&mut self, close: u8, why: &'static str) -> Result<bool, Failure> {
        self.skip_ws();
        match self.peek() {
            Some(b',') => {
                self.pos += 1;
                Ok(false)
            }
            Some(b) if b == close => {
                self.pos += 1;
                Ok(true)
            }
            _ => Err((self.pos, why)),
        }
    }

    fn object(&mut self) -> Result<Json, Failure> {
        let mut members: Vec<Member> = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(Json::Object(members));
        }
        loop {
            self.skip_ws();
            let offset = self.pos;
            if self.peek() != Some(b'"') {
                return Err((offset, "expected a key in double quotes"));
            }
            let key = self.string()?;
            self.expect(b':', "expected `:` after the key")?;
            let value = self.value()?;
            match members.iter_mut().find(|m| m.key == key) {
                Some(m) => m.value = value,
                None => members.push(Member { key, offset, value }),
            }
            if self.closed(b'}', "expected `,` or `}`")? {
                return Ok(Json::Object(members));
            }
        }
    }

    fn array(&mut self) -> Result<Json, Failure> {
        let mut items = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(Json::Array(items));
        }
        loop {
            items.push(self.value()?);
            if self.closed(b']', "expected `,` or `]`")? {
                return Ok(Json::Array(items));
            }
        }
    }

    fn literal(&mut self, word: &str, value: Json) -> Result<Json, Failure> {
        let end = self.pos.saturating_add(word.len());
        if self.text.get(self.pos..end) == Some(word) {
            self.pos = end;
            Ok(value)
        } else {
            Err((self.pos, "expected a value"))
        }
    }

    /// Skips ASCII digits; returns how many there were.
    fn digits(&mut self) -> usize {
        let start = self.pos;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.pos += 1;
        }
        self.pos - start
    }

    fn number(&mut self) -> Result<Json, Failure> {
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        let lead_zero = self.peek() == Some(b'0');
        let int = self.digits();
        if int == 0 || (lead_zero && int > 1) {
            return Err((start, "not a valid number"));
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if self.digits() == 0 {
                return Err((start, "not a valid number"));
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.pos += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            if self.digits() == 0 {
                return Err((start, "not a valid number"));
            }
        }
        let written = self.text.get(start..self.pos).unwrap_or_default();
        Ok(Json::Number(written.to_owned()))
    }

    /// Reads four hex digits after `\u`.
    fn hex4(&mut self) -> Result<u32, Failure> {
        let end = self.pos.saturating_add(4);
        let code = self
            .text
            .get(self.pos..end)
            .filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()))
            .and_then(|h| u32::from_str_radix(h, 16).ok())
            .ok_or((self.pos, "expected four hex digits after \\u"))?;
        self.pos = end;
        Ok(code)
    }

    /// Reads a `\u` escape (the `\u` already consumed), joining a surrogate pair; a lone
    /// surrogate becomes U+FFFD.
    fn unicode_escape(&mut self) -> Result<char, Failure> {
        let first = self.hex4()?;
        if (0xD800..0xDC00).contains(&first)
            && self
                .text
                .get(self.pos..)
                .is_some_and(|t| t.starts_with("\\u"))
        {
            let back = self.pos;
            self.pos += 2;
            let second = self.hex4()?;
            if (0xDC00..0xE000).contains(&second) {
                let code = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00);
                return Ok(char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER));
            }
            self.pos = back;
        }
        Ok(char::from_u32(first).unwrap_or(char::REPLACEMENT_CHARACTER))
    }

    /// Reads a string starting at its opening quote.
    fn string(&mut self) -> Result<String, Failure> {
        self.pos += 1;
        let mut out = String::new();
        let mut run = self.pos;
        loop {
            let Some(b) = self.peek() else {
                return Err((self.pos, "the text ends inside a string"));
            };
            if b != b'"' && b != b'\\' && b >= 0x20 {
                self.pos += 1;
                continue;
            }
            // Stopped at an ASCII byte, so both ends of the run are character boundaries.
            out.push_str(self.text.get(run..self.pos).unwrap_or_default());
            let at = self.pos;
            self.pos += 1;
            match b {
                b'"' => return Ok(out),
                b'\\' => {
                    let escaped = match self.peek() {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            self.pos += 1;
                            let c = self.unicode_escape()?;
                            self.pos -= 1;
                            c
                        }
                        _ => return Err((at, "not a valid escape in a string")),
                    };
                    self.pos += 1;
                    out.push(escaped);
                }
                _ => return Err((at, "a control character inside a string")),
            }
            run = self.pos;
        }
    }
}

/// Hex digits for `\u00XX` escapes.
const HEX: &[u8; 16] = b"0123456789abcdef";

/// Appends `v` to `out` as compact JSON (members in their written order).
pub(crate) fn write_compact(v: &Json, out: &mut String) {
    match v {
        Json::Null => out.push_str("null"),
        Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Json::Number(n) => out.push_str(n),
        Json::Str(s) => write_string(s, out),
        Json::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_compact(item, out);
            }
            out.push(']');
        }
        Json::Object(members) => {
            out.push('{');
            for (i, m) in members.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_string(&m.key, out);
                out.push(':');
                write_compact(&m.value, out);
            }
            out.push('}');
        }
    }
}

/// Appends `s` as a JSON string.
fn write_string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => {
                out.push_str("\\u00");
                let code = u32::from(c) as usize;
                for nibble in [code >> 4, code & 0xF] {
                    out.push(HEX.get(nibble).map_or('0', |h| char::from(*h)));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}
