//! The left column: the three paste boxes and the structured controls.

use std::rc::Rc;

use chrono::NaiveDate;
use yew::prelude::*;

use super::checklist::ChecklistPanel;
use super::controls::Controls;
use super::part::part;
use super::review_apps::ReviewAppSelect;
use super::text_box::{TextBox, SHOWN_DIAGNOSTICS};
use crate::app::format::count;
use crate::app::store::StoreContext;
use crate::engine::report::InputKind;
use crate::engine::report::{Report, Understood};

/// The "understood" sentence for one box.
fn summary(field: InputKind, empty: bool, u: &Understood) -> String {
    if empty {
        return "Nothing pasted yet.".to_owned();
    }
    // The first count is always said; the others only when there is something to say.
    let mut parts = Vec::with_capacity(3);
    let mut also = |n: u32, one: &str, many: &str| {
        if n > 0 || parts.is_empty() {
            parts.push(count(n, one, many));
        }
    };
    match field {
        InputKind::Listing => {
            also(u.listing_fields, "field read", "fields read");
            also(
                u.listing_unknown_labels,
                "unknown label kept",
                "unknown labels kept",
            );
        }
        InputKind::Reviews => {
            also(u.reviews_read, "review read", "reviews read");
            also(u.review_lines_skipped, "line skipped", "lines skipped");
            also(u.ambiguous_dates, "ambiguous date", "ambiguous dates");
        }
        InputKind::SecurityReview => {
            also(u.log_events, "event read", "events read");
            also(u.log_lines_skipped, "line skipped", "lines skipped");
        }
        // The settings have no text box.
        InputKind::Settings => {}
    }
    let mut s = parts.join(", ");
    s.push('.');
    s
}

/// The inputs column: the boxes read from `store`, their "understood" lines from `report`,
/// `today` the browser's date (the default analysis date); `compact` is the summary view's
/// version, the three boxes only. A plain function of the store: both callers re-render on
/// every change of the store, as a component of its own did.
pub fn inputs_panel(
    store: &StoreContext,
    report: &Rc<Report>,
    today: NaiveDate,
    compact: bool,
) -> Html {
    let input = &store.input;
    let text_box =
        |field: InputKind, id: &'static str, placeholder: &'static str, help: Html, prose: bool| {
            let all: Vec<_> = report
                .diagnostics
                .iter()
                .filter(|d| d.input == field)
                .collect();
            let diagnostics: Vec<_> = all
                .iter()
                .take(SHOWN_DIAGNOSTICS)
                .map(|d| (*d).clone())
                .collect();
            let text = field.text(input);
            let label = field.label();
            html! {
                <TextBox {field} {id} {label} {placeholder} {help} {prose}
                    input={Rc::clone(input)} revision={store.revision} dispatch={store.dispatcher()}
                    summary={summary(field, text.trim().is_empty(), &report.understood)}
                    {diagnostics} diagnostics_total={all.len()} {compact}
                    truncated_bytes={field.over_default_cap(input)} />
            }
        };
    let sr = &input.security_review;
    let controls = Controls {
        dispatch: store.dispatcher(),
        components: report.checklist.components.clone(),
        read_from: report.checklist.read_from,
        external_domains: report.checklist.external_domains,
        complexity: sr.complexity,
        today: input.today,
        browser_today: today,
        rule_set: input.rule_set,
        date_order: input.date_order,
        paid: sr.paid,
        partner_stage: sr.partner_stage,
    };
    html! {
        <section class={classes!("inputs", compact.then_some("compact"))} aria-labelledby="h-inputs">
            <h2 id="h-inputs">{ "Your inputs" }</h2>
            { text_box(InputKind::Listing, "in-listing",
                "Title: Acme Invoice Sync\nTagline: …\nDescription: …",
                html! { <>{ "One " }<code>{ "Label: value" }</code>{ " per line (title, tagline, description, highlights, pricing, listing market, categories, editions, screenshots, support, documentation…), " }<code>{ "## Heading" }</code>{ " sections (hints in brackets are fine), headings on a line of their own as in Word or Google Docs, a two-column sheet copied from a spreadsheet, or a JSON object." }</> },
                true) }
            { text_box(InputKind::Reviews, "in-reviews",
                "Date,Rating\n2026-03-01,5\nMar 14, 2026,4 out of 5 stars",
                html! { <>{ "CSV or TSV (with or without a header), or blocks copied from your listing page. Ratings like " }<code>{ "5" }</code>{ ", " }<code>{ "4/5" }</code>{ ", " }<code>{ "★★★★☆" }</code>{ "; dates like " }<code>{ "2026-03-01" }</code>{ ", " }<code>{ "03/01/2026" }</code>{ ", " }<code>{ "Mar 1, 2026" }</code>{ "." }</> },
                false) }
            if let Some(apps) = &report.review_apps {
                { part(ReviewAppSelect { apps: apps.clone(), dispatch: store.dispatcher() }) }
            }
            { text_box(InputKind::SecurityReview, "in-log",
                "2026-09-07 submitted\n2026-10-05 failed\n2026-10-26 resubmitted",
                html! { <>{ "One event per line, as notes, chat lines or a Markdown table: a date and what happened (began preparing, scan, submitted, bounced, failed / not approved, resubmitted, provisional pass, passed / approved, listed, re-review, planning to submit). Dates without a year (21 May, 21/05 at the start of a line) or like \u{201c}3 weeks ago\u{201d} are read too." }</> },
                false) }
            if !compact {
                { part(controls) }
                { part(ChecklistPanel { report: Rc::clone(report), dispatch: store.dispatcher() }) }
            }
        </section>
    }
}
