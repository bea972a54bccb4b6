//! The "Rules used" section: every rule figure behind the results with its source and
//! as-of date, editable (an override in the input) and resettable.

use gloo::timers::callback::Timeout;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::frame::{data_table, section_card};
use super::legend::kind_legend_view;
use super::timeline::source_title;
use crate::app::format;
use crate::app::page::rule_matches;
use crate::app::store::{Action, Dispatch};
use crate::engine::report::{InputKind, RuleView};
use crate::engine::rules::UsedBy;

/// The id of the `<details>` that folds the rules tables away.
pub const RULES_DETAILS_ID: &str = "rules-details";

/// The id of the rules search box.
const SEARCH_ID: &str = "rules-search";

section_props!(
    RulesProps,
    "Props of [`RulesSection`]: equal when the rules and the settings diagnostics are.",
    |r| (
        &r.rules,
        r.diagnostics
            .iter()
            .filter(|d| d.input == InputKind::Settings)
            .collect::<Vec<_>>()
    ),
    dispatch: Dispatch,
    "Where the figures send their changes."
);

/// Props of [`RuleValue`].
#[derive(Properties, PartialEq)]
struct RuleValueProps {
    rule: RuleView,
    dispatch: Dispatch,
}

/// One editable figure. The field is not written back while it has focus, so half-typed
/// numbers ("4.") are left alone; out-of-range values are reported by the engine.
#[function_component]
fn RuleValue(props: &RuleValueProps) -> Html {
    let store = props.dispatch.clone();
    let field = use_node_ref();
    let shown = format::figure(props.rule.value);
    {
        let field = field.clone();
        let shown = shown.clone();
        use_effect_with(shown, move |shown| {
            if let Some(el) = field.cast::<HtmlInputElement>() {
                let focused = crate::app::browser::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.active_element())
                    .is_some_and(|a| a == **el);
                if !focused && el.value() != *shown {
                    el.set_value(shown);
                }
            }
        });
    }
    let id = format!("rule-{}", props.rule.id.replace('.', "-"));
    let oninput = {
        let store = store.clone();
        let rule_id = props.rule.id.clone();
        Callback::from(move |e: InputEvent| {
            let el = e.target_unchecked_into::<HtmlInputElement>();
            if let Some(v) = crate::engine::decimal::finite(el.value().trim()) {
                store.dispatch(Action::SetOverride(rule_id.clone(), v));
            }
        })
    };
    let onblur = {
        let shown = shown.clone();
        Callback::from(move |e: FocusEvent| {
            let el = e.target_unchecked_into::<HtmlInputElement>();
            if el.value() != shown {
                el.set_value(&shown);
            }
        })
    };
    let reset = {
        let rule_id = props.rule.id.clone();
        Callback::from(move |_: MouseEvent| store.dispatch(Action::ResetOverride(rule_id.clone())))
    };
    let r = &props.rule;
    html! {
        <tr class={classes!(r.overridden.then_some("changed"))}>
            <th scope="row"><label for={id.clone()}>{ r.label.clone() }</label></th>
            <td class="value" data-label="Value">
                <input ref={field} {id} type="number" step="any" inputmode="decimal"
                    min={format::figure(r.min)} max={format::figure(r.max)} value={shown}
                    {oninput} {onblur} />
                <span class="unit">{ format!(" {}", r.unit.label()) }</span>
            </td>
            <td data-label="Cited">{ format::figure(r.default_value) }
                if r.overridden {
                    <button type="button" class="button small" onclick={reset}
                        aria-label={format!("Reset {} to {}", r.label, format::figure(r.default_value))}>{ "Reset" }</button>
                }
            </td>
            <td class="source" data-label="Source, as of">
                <span class={classes!("kind", format::source_kind_class(r.source.kind))}>{ r.source.kind.label() }</span>
                { " " }{ source_title(&r.source) }{ " " }
                <span class="as-of">{ format!("(as of {})", r.source.as_of) }</span>
            </td>
        </tr>
    }
}

/// One table of the rules feeding result `group`, their changes sent to `dispatch`; nothing
/// when none of them is shown.
fn group_table(group: UsedBy, rules: &[&RuleView], dispatch: &Dispatch) -> Html {
    let rules: Vec<_> = rules.iter().filter(|r| r.used_by == group).collect();
    if rules.is_empty() {
        return html! {};
    }
    html! {
        { data_table("rules stack", format!("Used by: {}", group.label()), &["Rule", "Value", "Cited", "Source, as of"], html! { <>
            { for rules.into_iter().map(|r| html! { <RuleValue key={r.id.clone()} rule={(*r).clone()} dispatch={dispatch.clone()} /> }) }
        </> }) }
    }
}

/// The rules section: the tag legend, then the tables folded away behind a count, with a
/// search box when open.
#[function_component]
pub fn RulesSection(props: &RulesProps) -> Html {
    let store = props.dispatch.clone();
    let report = &props.report;
    let any_changed = report.rules.iter().any(|r| r.overridden);
    let reset_all = Callback::from(move |_: MouseEvent| store.dispatch(Action::ResetAllOverrides));
    let settings: Vec<_> = report
        .diagnostics
        .iter()
        .filter(|d| d.input == InputKind::Settings)
        .collect();
    // The tables hold over half of the page's elements and sit below the fold, so they are
    // built in a task of their own just after the first render: the rest of the page shows
    // without waiting for them.
    let built = use_state(|| false);
    {
        let built = built.clone();
        use_effect_with((), move |_| {
            let later = Timeout::new(0, move || built.set(true));
            move || drop(later)
        });
    }
    let open = use_state(|| false);
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            let el: web_sys::Element = e.target_unchecked_into();
            open.set(el.has_attribute("open"));
        })
    };
    let query = use_state(String::new);
    let onsearch = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| {
            query.set(e.target_unchecked_into::<HtmlInputElement>().value());
        })
    };
    let shown: Vec<&RuleView> = report
        .rules
        .iter()
        .filter(|r| rule_matches(r, &query))
        .collect();
    let total = u32::try_from(report.rules.len()).unwrap_or(u32::MAX);
    let summary = format!(
        "{} used \u{2014} {}",
        format::count(total, "rule", "rules"),
        if *open { "hide" } else { "show" }
    );
    let matched = if query.trim().is_empty() {
        format!("All {} shown.", format::count(total, "rule", "rules"))
    } else {
        format!("{} of {total} match.", shown.len())
    };
    html! {
        { section_card("h-rules", "Rules used", html! { <>
            <p>{ "Every figure behind the results, with its source. Salesforce changes this programme often: change a figure to see its effect; your change is saved with your inputs." }</p>
            { kind_legend_view() }
            if any_changed {
                <button type="button" class="button" onclick={reset_all}>{ "Reset all figures" }</button>
            }
            if !settings.is_empty() {
                <ul class="diagnostics" role="status">
                    { for settings.iter().map(|d| html! { <li>{ d.message.clone() }</li> }) }
                </ul>
            }
            <details id={RULES_DETAILS_ID} class="rules-fold" open={*open} {ontoggle}>
                <summary>{ summary }</summary>
                <div class="rules-search">
                    <label for={SEARCH_ID}>{ "Search rules" }</label>
                    <input id={SEARCH_ID} type="search" value={(*query).clone()} oninput={onsearch}
                        aria-describedby="rules-search-count" autocomplete="off" />
                    <p id="rules-search-count" class="help" role="status">{ matched }</p>
                </div>
                // A container that is always there, so filling it later leaves the heading
                // in place (and its focus, when the page opened at this section).
                <div class="rule-tables">
                    if *built {
                        { for UsedBy::ALL.into_iter().map(|g| group_table(g, &shown, &props.dispatch)) }
                    }
                </div>
            </details>
        </> }) }
    }
}
