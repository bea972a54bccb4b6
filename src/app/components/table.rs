//! The frame every results table shares: the scrolling wrapper, the caption and one column
//! heading per column, so that each table writes only its rows (issue 15: one copy of this
//! markup's code instead of one per table).

use yew::prelude::*;

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
