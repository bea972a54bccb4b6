//! Readers shared by the tests of real-world material (`../shared/real-world/`), written
//! for the tests: they share no code with the engine.
#![allow(dead_code)]

use std::path::PathBuf;

/// The real-world folder beside the clone, or `None` (with a message) when it is absent.
pub fn folder() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/real-world");
    if dir.is_dir() {
        Some(dir)
    } else {
        println!(
            "SKIPPED: {} is absent (the real-world material lives beside the clone)",
            dir.display()
        );
        None
    }
}

/// One record of the file: its cells and its exact text.
pub struct Rec {
    /// The cells, unquoted.
    pub cells: Vec<String>,
    /// The record's text as written, with its line break.
    pub raw: String,
}

/// An RFC 4180 reader: quoted cells may hold commas, doubled quotes and line breaks.
pub fn read_csv(text: &str) -> Vec<Rec> {
    let mut out = Vec::new();
    let (mut cells, mut cell) = (Vec::new(), String::new());
    let (mut quoted, mut start) = (false, 0);
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek().map(|p| p.1) == Some('"') => {
                cell.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') if cell.is_empty() => quoted = true,
            (false, ',') => cells.push(std::mem::take(&mut cell)),
            (false, '\r') => {}
            (false, '\n') => {
                cells.push(std::mem::take(&mut cell));
                let raw = text[start..=i].to_string();
                out.push(Rec {
                    cells: std::mem::take(&mut cells),
                    raw,
                });
                start = i + 1;
            }
            (false, c) => cell.push(c),
        }
    }
    if start < text.len() {
        cells.push(cell);
        out.push(Rec {
            cells,
            raw: format!("{}\n", &text[start..]),
        });
    }
    out
}
