//! The analysis: the engine's [`Session`] keeps each input's parse and re-parses only the
//! input whose text (or date context) changed; this hook keeps the session for the life of
//! the app and asks it for a report when the input or the browser's date changes.

use std::rc::Rc;

use chrono::NaiveDate;
use yew::prelude::*;

use crate::engine::input::Input;
use crate::engine::report::Report;
use crate::engine::Session;

/// The report for `input`, with `today` as the default analysis date.
#[hook]
pub fn use_report(input: Rc<Input>, today: NaiveDate) -> Rc<Report> {
    let session = use_mut_ref(Session::default);
    use_memo((today, input), move |(today, input)| {
        session.borrow_mut().analyze(input, *today)
    })
}
