//! "How your listing was read": each field the listing parser read, with its value and the
//! line it starts on, so that a mis-split draft is visible at a glance. It only renders the
//! report's `listing_read` rows.

use yew::prelude::*;

use super::frame::data_table;

use crate::engine::model::{ListingField, ListingRead};
use crate::engine::Term;

/// The most characters of a value shown in the table.
const SHOWN_CHARS: usize = 90;
/// The most entries of a list named in the table.
const SHOWN_ENTRIES: usize = 4;

/// `text` on one line, cut to `max` characters with "…".
fn shorten(text: &str, max: usize) -> String {
    let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match one_line.char_indices().nth(max) {
        Some((cut, _)) => format!("{}…", one_line.get(..cut).unwrap_or("").trim_end()),
        None => one_line,
    }
}

/// The value cell: the text (with its length when cut), or the number of entries and the
/// first few.
fn shown(items: &[String]) -> String {
    match items {
        [] => "(empty)".to_string(),
        [one] => {
            let chars = one.chars().count();
            if chars > SHOWN_CHARS {
                // The length the listing shows, as the readiness checks count it.
                let shown = crate::engine::parse::markdown::shown_chars(one);
                let length = if shown == chars {
                    format!("{chars} characters")
                } else {
                    format!("{shown} characters shown; {chars} with the Markdown markers")
                };
                format!("{} ({length})", shorten(one, SHOWN_CHARS))
            } else {
                shorten(one, SHOWN_CHARS)
            }
        }
        many => {
            let first: Vec<&str> = many
                .iter()
                .take(SHOWN_ENTRIES)
                .map(String::as_str)
                .collect();
            let more = if many.len() > SHOWN_ENTRIES {
                " · …"
            } else {
                ""
            };
            let list = shorten(&first.join(" · "), SHOWN_CHARS);
            format!("{} entries: {list}{more}", many.len())
        }
    }
}

/// The table of the report's `listing_read` rows; nothing when the listing is empty. A plain
/// function, not a component: the readiness section re-renders only when the rows change.
pub fn listing_read_table(rows: &[ListingRead]) -> Html {
    if rows.is_empty() {
        return html! {};
    }
    html! {
        { data_table("listing-read stack", "How your listing was read".to_owned(), &["Field", "Value", "Line"], html! { <>
                    { for rows.iter().map(|r| {
                        let known = ListingField::from_key(&r.field);
                        html! {
                            <tr class={classes!(known.is_none().then_some("kept"))}>
                                <th scope="row">
                                    if let Some(field) = known {
                                        { field.label() }
                                    } else {
                                        { shorten(&r.field, 40) }
                                        <span class="tag">{ " (kept, not checked)" }</span>
                                    }
                                </th>
                                <td data-label="Value">{ shown(&r.items) }</td>
                                <td class="line" data-label="Line">{ r.line }</td>
                            </tr>
                        }
                    }) }
        </> }) }
    }
}
