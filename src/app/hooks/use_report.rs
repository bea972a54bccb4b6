//! The analysis: the engine's [`Session`] keeps each input's parse and re-parses only the
//! input whose text (or date context) changed; this hook keeps the session for the life of
//! the app and asks it for a report when the input or the browser's date changes.
//!
//! A large input (a paste of megabytes) is analysed in a task of its own, just after the
//! page has shown the change: the paste itself then only copies the text and renders the
//! boxes (with the "only the first 2 MB" note at once), and the page can paint and answer
//! in between instead of doing both in one long task. Until then the previous report stays.

use std::cell::RefCell;
use std::rc::Rc;

use chrono::NaiveDate;
use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::engine::input::Input;
use crate::engine::report::InputKind;
use crate::engine::report::Report;
use crate::engine::Session;

/// Inputs whose three texts hold more bytes than this are analysed in a later task (see
/// the module documentation); smaller ones, all typing, at once. A responsiveness limit of
/// the page, not a domain rule: parsing this much takes a few milliseconds.
pub const DEFER_ANALYSIS_BYTES: usize = 256 * 1024;

/// How long a deferred analysis waits: about one frame, so that the browser paints the
/// change (and answers any input waiting) before the analysis starts.
pub const DEFER_ANALYSIS_MS: u32 = 20;

/// The bytes of the three pasted texts of `input`.
fn text_bytes(input: &Input) -> usize {
    InputKind::PASTED
        .iter()
        .map(|f| f.text(input).len())
        .fold(0, usize::saturating_add)
}

/// The input the report is for: `input` itself when it is small, else the one analysed
/// before it until [`DEFER_ANALYSIS_MS`] later (each newer input restarts the wait).
#[hook]
fn use_analysed_input(input: Rc<Input>) -> Rc<Input> {
    let analysed = use_mut_ref(|| Rc::clone(&input));
    let pending = use_mut_ref(|| None::<(Rc<Input>, Timeout)>);
    let update = use_force_update();
    let current = Rc::clone(&analysed.borrow());
    if Rc::ptr_eq(&current, &input) {
        return current;
    }
    if text_bytes(&input) <= DEFER_ANALYSIS_BYTES {
        // Dropping a pending timer cancels it: this input is newer.
        *pending.borrow_mut() = None;
        *analysed.borrow_mut() = Rc::clone(&input);
        return input;
    }
    let waiting = pending
        .borrow()
        .as_ref()
        .is_some_and(|(p, _)| Rc::ptr_eq(p, &input));
    if !waiting {
        let later = Rc::clone(&input);
        let target: Rc<RefCell<Rc<Input>>> = Rc::clone(&analysed);
        // The fired timer stays in `pending` until the next input replaces it: dropping it
        // inside its own callback would free the running closure.
        let timer = Timeout::new(DEFER_ANALYSIS_MS, move || {
            *target.borrow_mut() = later;
            update.force_update();
        });
        *pending.borrow_mut() = Some((input, timer));
    }
    current
}

/// An input compared by identity: every change makes a new `Rc` (see the store), and
/// comparing megabytes of text on every render would cost more than it saves.
#[derive(Clone)]
struct Same(Rc<Input>);

impl PartialEq for Same {
    /// Whether both are the same input value in memory.
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The report for `input`, with `today` as the default analysis date.
#[hook]
pub fn use_report(input: Rc<Input>, today: NaiveDate) -> Rc<Report> {
    let session = use_mut_ref(Session::default);
    let analysed = use_analysed_input(input);
    use_memo((today, Same(analysed)), move |(today, input)| {
        session.borrow_mut().analyze(&input.0, *today)
    })
}
