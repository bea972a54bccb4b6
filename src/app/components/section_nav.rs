//! The sticky summary bar: one jump link per result section with its headline figure, so a
//! phone shows the results change right under the thumb. The links are buttons that move
//! focus (so the URL fragment, which carries share links, is left alone).

use std::rc::Rc;

use yew::prelude::*;

use super::part::Part;
use super::rules::RULES_DETAILS_ID;
use crate::app::browser;
use crate::app::config::Section;
use crate::app::page::bar_items;
use crate::engine::report::Report;

/// The section navigation ([`Part`]): its report and whether the rules are hidden.
#[derive(PartialEq)]
pub struct SectionNav {
    /// The current report, for the figures.
    pub report: Rc<Report>,
    /// Whether the rules section is hidden (`hide=rules`), so that it has no link.
    pub hide_rules: bool,
}

/// Moves to `section`'s heading, opening the rules first when they are folded away.
pub fn go_to(section: Section) {
    if section == Section::Rules {
        browser::open_details(RULES_DETAILS_ID);
    }
    browser::focus_id(section.heading_id());
}

/// The section navigation.
impl Part for SectionNav {
    fn view(&self) -> Html {
        let hide_rules = self.hide_rules;
        let items = bar_items(&self.report)
            .into_iter()
            .filter(move |item| !(hide_rules && item.section == Section::Rules))
            .map(|item| {
                let s = item.section;
                let go = Callback::from(move |_: MouseEvent| go_to(s));
                html! {
                    <li>
                        <button type="button" class="link-button" onclick={go}>{ s.title() }</button>
                        <span class="figure">{ item.figure }</span>
                    </li>
                }
            });
        html! {
            <nav class="section-nav" aria-label="Result sections">
                <ul>{ for items }</ul>
            </nav>
        }
    }
}
