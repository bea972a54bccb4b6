//! Listing text as the listing shows it: Markdown markers are not characters of the
//! listing, and a draft may state a field's limit in its own label.

/// Markdown markers that show nothing in the listing wherever they stand.
const INLINE_MARKERS: &[&str] = &["**", "__", "~~", "`"];

/// How many characters `text` shows in the listing: Markdown markers are not characters
/// of the listing. Not counted: bold, italic-bold, strike-through and code markers (`**`,
/// `__`, `~~`, `` ` ``), a heading's `#`s and a bullet's `- `, `* ` or `+ ` at the start of
/// a line, and a link's syntax (`[text](url)` shows `text`). Line breaks count one each.
pub fn shown_chars(text: &str) -> usize {
    let lines = text.split('\n').map(|l| l.strip_suffix('\r').unwrap_or(l));
    let mut total = 0usize;
    for (i, line) in lines.enumerate() {
        total = total.saturating_add(usize::from(i > 0));
        total = total.saturating_add(shown_line(line));
    }
    total
}

/// The characters one line shows (see [`shown_chars`]).
fn shown_line(line: &str) -> usize {
    let lead = line.len() - line.trim_start().len();
    let body = line.get(lead..).unwrap_or("");
    let heading = body.trim_start_matches('#');
    let body = if heading.len() < body.len() && heading.starts_with(' ') {
        heading.trim_start()
    } else {
        ["- ", "* ", "+ "]
            .iter()
            .find_map(|b| body.strip_prefix(b))
            .unwrap_or(body)
    };
    let mut n = line.get(..lead).map_or(0, |l| l.chars().count());
    let mut rest = body;
    while let Some(c) = rest.chars().next() {
        if let Some(m) = INLINE_MARKERS.iter().find(|m| rest.starts_with(**m)) {
            rest = rest.get(m.len()..).unwrap_or("");
            continue;
        }
        if c == '[' {
            if let Some((text, after)) = link(rest) {
                n = n.saturating_add(shown_line(text));
                rest = after;
                continue;
            }
        }
        n = n.saturating_add(1);
        rest = rest.get(c.len_utf8()..).unwrap_or("");
    }
    n
}

/// A Markdown link at the start of `s` (`[text](url)`): its text and what follows it.
fn link(s: &str) -> Option<(&str, &str)> {
    let close = s.find("](")?;
    let text = s.get(1..close)?;
    if text.contains('[') {
        return None;
    }
    let after_open = s.get(close + 2..)?;
    let end = after_open.find(')')?;
    let url = after_open.get(..end)?;
    if url.contains(char::is_whitespace) {
        return None;
    }
    Some((text, after_open.get(end + 1..)?))
}

/// The character limit a draft states for a field in its own label, as in
/// `Full Description (4,000 char max)` or `Brief Description [300 characters]`: a number
/// (commas allowed) right before `char`, `chars` or `characters` inside brackets, unless a
/// per-item `each` follows. `None` when the label states none.
pub fn own_limit(label: &str) -> Option<u32> {
    let open = label.find(['(', '['])?;
    let hint = label.get(open..)?.to_ascii_lowercase();
    let words: Vec<&str> = hint
        .split(|c: char| !(c.is_alphanumeric() || c == ','))
        .filter(|w| !w.is_empty())
        .collect();
    words.iter().enumerate().find_map(|(i, w)| {
        let unit = words.get(i + 1)?;
        let per_item = words.get(i + 2).is_some_and(|n| *n == "each");
        if !matches!(*unit, "char" | "chars" | "characters") || per_item {
            return None;
        }
        w.replace(',', "").parse::<u32>().ok()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_markers_are_not_characters_of_the_listing() {
        let table: &[(&str, usize)] = &[
            ("plain", 5),
            ("**bold** text", 9),
            ("__bold__", 4),
            ("`code`", 4),
            ("~~gone~~", 4),
            ("## Heading", 7),
            ("#hashtag", 8),
            ("- item\n* item\n+ item", 14),
            ("1. item", 7),
            ("[DocGen](https://example.com/docgen) works", 12),
            ("[not a link] (x)", 16),
            ("**[Bold link](https://x.y)**", 9),
            ("  indented", 10),
            ("line\r\nline", 9),
            ("★★★", 3),
            ("", 0),
        ];
        for &(text, want) in table {
            assert_eq!(shown_chars(text), want, "{text:?}");
        }
    }

    #[test]
    fn a_draft_states_its_own_limit_in_its_label() {
        let table: &[(&str, Option<u32>)] = &[
            ("Full Description (4,000 char max)", Some(4000)),
            ("Brief Description (300 char max)", Some(300)),
            ("Tagline [80 characters]", Some(80)),
            ("Highlights (3 required, 250 char each)", None),
            ("Description", None),
            ("Description (keep it short)", None),
            ("Title (max 80 chars)", Some(80)),
            ("Description (99999999999 chars)", None),
        ];
        for &(label, want) in table {
            assert_eq!(own_limit(label), want, "{label}");
        }
    }
}
