//! Jump links to the four result sections, as buttons that move focus (so the URL
//! fragment, which carries share links, is left alone).

use yew::prelude::*;

use crate::app::browser;
use crate::app::config::Section;

/// The section navigation.
#[function_component]
pub fn SectionNav() -> Html {
    let items = Section::ALL.into_iter().map(|s| {
        let go = Callback::from(move |_: MouseEvent| browser::focus_id(s.heading_id()));
        html! { <li><button type="button" class="link-button" onclick={go}>{ s.title() }</button></li> }
    });
    html! {
        <nav class="section-nav" aria-label="Result sections">
            <ul>{ for items }</ul>
        </nav>
    }
}
