//! The structured controls: what the solution is made of (a check box per component) and
//! its external domains, complexity, analysis date, rule set, date order, paid solution and the stage on the
//! partner path. The submission checklist is in [`super::checklist`].

use chrono::NaiveDate;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::part::Part;
use crate::app::format;
use crate::app::store::{Action, Dispatch, NoticeKind};
use crate::engine::input::{
    is_supported_date, Complexity, Component, DateOrder, PartnerStage, RuleSetId, SolutionReading,
    SUPPORTED_YEARS,
};
use crate::engine::rules::checklist::MAX_EXTERNAL_DOMAINS;
use crate::engine::{InputError, Term};

/// The controls group ([`Part`]): only the small fields, so typing in a box does not
/// re-render it.
#[derive(PartialEq, Clone)]
pub struct Controls {
    /// Where the controls send what the user chooses.
    pub dispatch: Dispatch,
    /// The components in force (as the report reads them); empty when not said.
    pub components: Vec<Component>,
    /// Where the report read them from.
    pub read_from: SolutionReading,
    /// External domains counted (as the report reads them).
    pub external_domains: u32,
    /// Product complexity.
    pub complexity: Complexity,
    /// The chosen analysis date, `None` for the browser's today.
    pub today: Option<NaiveDate>,
    /// The browser's today.
    pub browser_today: NaiveDate,
    /// The review-score rule set.
    pub rule_set: RuleSetId,
    /// How ambiguous dates are read.
    pub date_order: DateOrder,
    /// Paid solution: yes, no, or from the listing's pricing.
    pub paid: Option<bool>,
    /// Where the user stands on the partner path, `None` for not said.
    pub partner_stage: Option<PartnerStage>,
}

/// Reads `YYYY-MM-DD` as `<input type=date>` gives it (without chrono's parser).
fn parse_iso_date(s: &str) -> Option<NaiveDate> {
    let mut it = s.splitn(3, '-');
    let y = it.next()?.parse().ok()?;
    let m = it.next()?.parse().ok()?;
    let d = it.next()?.parse().ok()?;
    NaiveDate::from_ymd_opt(y, m, d)
}

/// The words of [`paid_options`] in the full app: not said, paid, free.
pub const PAID_WORDS: [&str; 3] = ["From the listing's pricing", "Yes, paid", "No, free"];

/// The options of a "paid solution" select, worded `words` (not said, which leaves it to
/// the listing's pricing; paid; free), `paid` chosen. The full app and the summary widget
/// share them.
pub fn paid_options(paid: Option<bool>, words: [&'static str; 3]) -> Html {
    let [auto, yes, no] = words;
    html! { <>
        <option value="auto" selected={paid.is_none()}>{ auto }</option>
        <option value="yes" selected={paid == Some(true)}>{ yes }</option>
        <option value="no" selected={paid == Some(false)}>{ no }</option>
    </> }
}

/// What choosing the option `value` of [`paid_options`] says.
pub fn paid_action(value: &str) -> Action {
    Action::SetPaid(match value {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    })
}

fn select_value(e: &Event) -> String {
    e.target_unchecked_into::<HtmlSelectElement>().value()
}

/// A labelled select over `options` (value, label, selected).
fn select(id: &'static str, label: &'static str, options: Html, onchange: Callback<Event>) -> Html {
    html! {
        <div class="field">
            <label for={id}>{ label }</label>
            <select {id} {onchange}>{ options }</select>
        </div>
    }
}

/// The options of a select over every value of `T`, `selected` chosen: the engine's
/// names as values and its labels as words.
fn term_options<T: Term>(selected: T) -> Html {
    html! { <>{ for T::all().iter().map(|&t| html! {
        <option value={t.key()} selected={t == selected}>{ t.label() }</option>
    }) }</> }
}

/// The controls group.
impl Part for Controls {
    fn view(&self) -> Html {
        controls(self)
    }
}

/// The markup of [`Controls`].
fn controls(props: &Controls) -> Html {
    let store = props.dispatch.clone();
    let on = |f: fn(String) -> Option<Action>| {
        let store = store.clone();
        Callback::from(move |e: Event| {
            if let Some(action) = f(select_value(&e)) {
                store.dispatch(action);
            }
        })
    };

    let date_value = format::iso_date(props.today.unwrap_or(props.browser_today));
    // A date applies as soon as the field holds a supported one. While the year is being
    // typed the field passes through years like 0002 (a tester could not type 2025): those
    // wait, and only a date still refused when the field is left is reset, with a notice.
    let date_field = |leaving: bool| {
        let store = store.clone();
        let browser_today = props.browser_today;
        let shown = date_value.clone();
        move |field: HtmlInputElement| {
            let value = field.value();
            // An empty field, or today itself, means "follow the browser's date".
            match parse_iso_date(&value) {
                _ if value.is_empty() => {
                    if leaving {
                        field.set_value(&format::iso_date(browser_today));
                        store.dispatch(Action::SetToday(None));
                    }
                }
                Some(d) if is_supported_date(d) => {
                    store.dispatch(Action::SetToday((d != browser_today).then_some(d)))
                }
                _ if !leaving => {}
                // Outside the supported years: refused, and the field shows the date in use.
                refused => {
                    let why = match refused {
                        Some(d) => InputError::DateOutOfRange(d).to_string(),
                        None => format!("\u{201c}{value}\u{201d} is not a date"),
                    };
                    field.set_value(&shown);
                    store.dispatch(Action::Notify(
                        NoticeKind::Warning,
                        format!("The analysis date was not changed: {why}."),
                    ));
                }
            }
        }
    };
    let on_date = {
        let apply = date_field(false);
        Callback::from(move |e: Event| apply(e.target_unchecked_into()))
    };
    let on_date_left = {
        let apply = date_field(true);
        Callback::from(move |e: FocusEvent| apply(e.target_unchecked_into()))
    };
    let reset_date = {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| store.dispatch(Action::SetToday(None)))
    };

    let component = |c: Component| {
        let store = store.clone();
        let onchange = Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            store.dispatch(Action::SetComponent(c, on));
        });
        let id = format!("component-{}", c.key());
        html! {
            <li class="check">
                <input type="checkbox" id={id.clone()} checked={props.components.contains(&c)} {onchange} />
                <label for={id}>{ c.label() }</label>
            </li>
        }
    };
    let made_of_status = match props.read_from {
        SolutionReading::NotSaid => "Not said yet: tick every part your solution has.",
        SolutionReading::Components => "",
        other => other.label(),
    };
    // The number applies as it is typed. An empty field (the user is between two numbers)
    // changes nothing until the field is left: then it goes back to the architecture's
    // default. Something that is no whole number is left for the field to show as invalid
    // while typing, and replaced by the count in use when the field is left.
    let domains = |leaving: bool| {
        let store = store.clone();
        let shown = props.external_domains.to_string();
        move |field: HtmlInputElement| {
            let value = field.value();
            let value = value.trim();
            if value.is_empty() {
                if leaving {
                    // The field shows a number again (the render only rewrites it when
                    // the number changes).
                    field.set_value(&shown);
                    store.dispatch(Action::SetExternalDomains(None));
                }
            } else if let Ok(n) = value.parse() {
                store.dispatch(Action::SetExternalDomains(Some(n)));
            } else if leaving {
                // No whole number (a minus sign, a fraction): the field shows the count in
                // use again, so that what it shows is what the checklist counts.
                field.set_value(&shown);
            }
        }
    };
    let on_domains_input = {
        let apply = domains(false);
        Callback::from(move |e: InputEvent| apply(e.target_unchecked_into()))
    };
    let on_domains_change = {
        let apply = domains(true);
        Callback::from(move |e: Event| apply(e.target_unchecked_into()))
    };

    html! {
        <fieldset class="controls">
            <legend>{ "About your app" }</legend>
            <div class="control-grid">
                <fieldset class="made-of">
                    <legend>{ "What is your solution made of?" }</legend>
                    if !made_of_status.is_empty() {
                        <p class="help">{ made_of_status }</p>
                    }
                    <ul class="checks">{ for Component::ALL.into_iter().map(component) }</ul>
                </fieldset>
                <div class="field">
                    <label for="external-domains">{ "External (non-Salesforce) domains" }</label>
                    <input type="number" id="external-domains" min="0" max={MAX_EXTERNAL_DOMAINS.to_string()} step="1"
                        aria-describedby="external-domains-help"
                        value={props.external_domains.to_string()} oninput={on_domains_input} onchange={on_domains_change} />
                    <p class="help" id="external-domains-help">{ format!("A whole number from 0 to {MAX_EXTERNAL_DOMAINS}: one DAST report each") }</p>
                </div>
                { select("complexity", "Complexity", term_options(props.complexity), on(|v| Complexity::from_key(&v).map(Action::SetComplexity))) }
                <div class="field">
                    <label for="analysis-date">{ "Analysis date" }</label>
                    <div class="inline">
                        <input type="date" id="analysis-date" value={date_value} onchange={on_date} onblur={on_date_left}
                            min={format!("{}-01-01", SUPPORTED_YEARS.start())} max={format!("{}-12-31", SUPPORTED_YEARS.end())} />
                        if props.today.is_some() {
                            <button type="button" class="button small" onclick={reset_date}>{ "Use today" }</button>
                        }
                    </div>
                </div>
                { select("rule-set", "Review-score rule set", term_options(props.rule_set), on(|v| RuleSetId::from_key(&v).map(Action::SetRuleSet))) }
                { select("date-order", "Review date order", term_options(props.date_order), on(|v| DateOrder::from_key(&v).map(Action::SetDateOrder))) }
                { select("paid", "Paid solution (review fee per attempt)", paid_options(props.paid, PAID_WORDS),
                    on(|v| Some(paid_action(&v)))) }
                { select("partner-stage", "Where you stand on the partner path", html! { <>
                    <option value="" selected={props.partner_stage.is_none()}>{ "Not said" }</option>
                    { for PartnerStage::ALL.into_iter().map(|s| html! {
                        <option value={s.key()} selected={props.partner_stage == Some(s)}>{ format::capitalized(s.label()) }</option>
                    }) }
                </> }, on(|v| Some(Action::SetPartnerStage(PartnerStage::from_key(&v))))) }
            </div>
        </fieldset>
    }
}
