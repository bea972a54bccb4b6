//! The frames the results share: a section's card with its heading, a list of figures and
//! a table's wrapper, caption and column headings, so that each section writes only its own
//! content (issue 15: one copy of this markup's code instead of one per use).

use yew::prelude::*;

use crate::engine::report::summary::Words;

/// A table of class `class` with its `caption`, one `<th scope="col">` per heading in
/// `heads`, and `rows` as its body.
pub fn data_table(
    class: &'static str,
    caption: String,
    heads: &[&'static str],
    rows: Html,
) -> Html {
    html! {
        <div class="table-wrap">
            <table {class}>
                <caption>{ caption }</caption>
                <thead><tr>{ for heads.iter().map(|h| html! { <th scope="col">{ *h }</th> }) }</tr></thead>
                <tbody>{ rows }</tbody>
            </table>
        </div>
    }
}

/// A result section: a card labelled by its heading `title` (element id `id`, focusable so
/// that the section bar can move there), then `body`.
pub fn section_card(id: &'static str, title: &'static str, body: Html) -> Html {
    html! {
        <section class="card" aria-labelledby={id}>
            <h2 {id} tabindex="-1">{ title }</h2>
            { body }
        </section>
    }
}

/// A list of figures: one term and its value per row.
pub fn stats(rows: Vec<(&'static str, String)>) -> Html {
    html! {
        <dl class="stats">
            { for rows.into_iter().map(|(term, value)| html! { <div><dt>{ term }</dt><dd>{ value }</dd></div> }) }
        </dl>
    }
}

/// A section's headline, as the engine's summary words it: what the section needs from the
/// user first (a prompt), then the headline in big type with its detail beside it. Every
/// surface of the page shows a headline through here, so none words one of its own.
pub fn headline(words: &Words) -> Html {
    html! {
        <>
            if let Some(needs) = &words.needs {
                <p class="prompt">{ needs.clone() }</p>
            }
            <p class="headline">
                <strong class="big">{ words.headline.clone() }</strong>
                if let Some(detail) = &words.detail {
                    <span class="sub">{ format!(" \u{b7} {detail}") }</span>
                }
            </p>
        </>
    }
}
