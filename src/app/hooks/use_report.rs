//! The analysis: each pasted input is parsed again only when its own text (or the date
//! order) changed, then the engine combines the parts into a report.

use std::rc::Rc;

use chrono::NaiveDate;
use yew::prelude::*;

use crate::app::analysis::{limited_for, TextField};
use crate::engine::input::Input;
use crate::engine::report::Report;
use crate::engine::{analyze_parsed, parse_listing, parse_log, parse_reviews};

/// A memo key that compares only what one parser reads.
struct FieldKey {
    input: Rc<Input>,
    field: TextField,
    /// The analysis date, which the review and log parsers read (relative and yearless dates).
    today: NaiveDate,
}

impl PartialEq for FieldKey {
    fn eq(&self, o: &Self) -> bool {
        self.field == o.field
            && (self.field == TextField::Listing || self.input.date_order == o.input.date_order)
            && (self.field == TextField::Listing || self.today == o.today)
            && (Rc::ptr_eq(&self.input, &o.input)
                || self.field.text(&self.input) == o.field.text(&o.input))
    }
}

/// Parses `key`'s field with `parse`, reading at most the analysed prefix of the text.
fn parse_field<T>(key: &FieldKey, parse: impl Fn(&Input) -> T) -> T {
    match limited_for(&key.input, key.field) {
        Some(only) => parse(&only),
        None => parse(&key.input),
    }
}

/// The report for `input`, with `today` as the default analysis date.
#[hook]
pub fn use_report(input: Rc<Input>, today: NaiveDate) -> Rc<Report> {
    let analysis_date = input.today.unwrap_or(today);
    let key = |field| FieldKey {
        input: Rc::clone(&input),
        field,
        today: analysis_date,
    };
    let listing = use_memo(key(TextField::Listing), |k| parse_field(k, parse_listing));
    let reviews = use_memo(key(TextField::Reviews), |k| {
        parse_field(k, |i| parse_reviews(i, k.today))
    });
    let log = use_memo(key(TextField::SecurityLog), |k| {
        parse_field(k, |i| parse_log(i, k.today))
    });
    use_memo((today, input), move |(today, input)| {
        analyze_parsed(input, &listing, &reviews, &log, *today)
    })
}
