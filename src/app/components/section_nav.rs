//! Jump links to the four result sections, as buttons that move focus (so the URL
//! fragment, which carries share links, is left alone).

use yew::prelude::*;

use crate::app::browser;
use crate::app::config::Section;

/// Props of [`SectionNav`].
#[derive(Properties, PartialEq)]
pub struct SectionNavProps {
    /// Whether the rules section is hidden (`hide=rules`), so that it has no link.
    #[prop_or_default]
    pub hide_rules: bool,
}

/// The section navigation.
#[function_component]
pub fn SectionNav(props: &SectionNavProps) -> Html {
    let hide_rules = props.hide_rules;
    let shown = Section::ALL
        .into_iter()
        .filter(move |s| !(hide_rules && *s == Section::Rules));
    let items = shown.map(|s| {
        let go = Callback::from(move |_: MouseEvent| browser::focus_id(s.heading_id()));
        html! { <li><button type="button" class="link-button" onclick={go}>{ s.title() }</button></li> }
    });
    html! {
        <nav class="section-nav" aria-label="Result sections">
            <ul>{ for items }</ul>
        </nav>
    }
}
