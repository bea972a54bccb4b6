//! The app state and its reducer, as plain Rust that compiles natively (and is tested so);
//! [`super::store`] shares it with every component through Yew's context.
//!
//! The state holds the user's [`Input`] exactly as typed (never truncated), plus UI state:
//! notices, the theme and the last share link. Components send [`Action`]s; nothing else
//! changes the state.

use std::rc::Rc;

use chrono::NaiveDate;

use super::config::Theme;
use super::history::{History, Origin};
use super::keep::Ways;
use crate::engine::estimate::checklist::edit::{set_kind, set_state, toggle_component, KINDS};
use crate::engine::input::{
    Complexity, Component, DateOrder, Input, ItemState, PartnerFlag, PartnerStage, RuleSetId,
    SecurityReviewInput,
};
use crate::engine::report::InputKind;

/// How a notice looks and how urgently it is announced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticeKind {
    /// Something worked ("Link copied").
    Success,
    /// Something needs the user's attention but nothing was lost.
    Warning,
    /// Something failed.
    Error,
}

/// Something a notice offers to do about what it says (a button beside it). What each
/// does is in [`super::hooks::run_notice_action`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticeAction {
    /// Bring back the work a share link (or "start empty") replaced.
    RestorePrevious,
    /// Load the newer work another tab saved.
    LoadNewer,
    /// Keep this tab's work, saving it over the other tab's.
    KeepMine,
    /// Download the saved value autosave is holding on to.
    DownloadSaved,
    /// Discard the saved value autosave is holding on to, so autosave resumes.
    DiscardSaved,
}

impl NoticeAction {
    /// The button's label.
    pub fn label(self) -> &'static str {
        match self {
            NoticeAction::RestorePrevious => "Restore previous work",
            NoticeAction::LoadNewer => "Load the newer version",
            NoticeAction::KeepMine => "Keep this tab's version",
            NoticeAction::DownloadSaved => "Download saved work",
            NoticeAction::DiscardSaved => "Discard it",
        }
    }
}

/// A dismissible message at the top of the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// Unique within the page's life, for dismissal.
    pub id: u32,
    /// How it looks.
    pub kind: NoticeKind,
    /// What it says, as a sentence.
    pub text: String,
    /// What it offers to do, as buttons.
    pub actions: Vec<NoticeAction>,
}

/// A notice to show at start: kind, sentence and offered actions.
pub type StartNotice = (NoticeKind, String, Vec<NoticeAction>);

/// The whole app state.
#[derive(Debug, Clone, PartialEq)]
pub struct Store {
    /// What the user typed and chose.
    pub input: Rc<Input>,
    /// Bumped whenever the texts are replaced from outside the text boxes (example, clear,
    /// restore), so the boxes know to reload their content.
    pub revision: u32,
    /// Messages shown above the inputs, oldest first.
    pub notices: Vec<Notice>,
    /// The colour theme.
    pub theme: Theme,
    /// The last share link made, shown so it can be copied by hand.
    pub share_link: Option<String>,
    /// Where the work came from since it was last replaced: any edit makes it
    /// [`Origin::Typed`].
    pub origin: Origin,
    /// The controls this page shows to keep work elsewhere, for the notices' advice (set
    /// once at start).
    pub ways: Ways,
    /// The restore list as last read from storage.
    pub history: Rc<History>,
    next_notice_id: u32,
}

impl Store {
    /// A store holding `input`, with the given theme and start-up notices.
    pub fn new(input: Input, theme: Theme, notices: Vec<StartNotice>) -> Self {
        let mut store = Self {
            input: Rc::new(input),
            revision: 0,
            notices: Vec::new(),
            theme,
            share_link: None,
            origin: Origin::Typed,
            ways: Ways::default(),
            history: Rc::default(),
            next_notice_id: 0,
        };
        for (kind, text, actions) in notices {
            store.push_notice(kind, text, actions);
        }
        store
    }

    fn push_notice(&mut self, kind: NoticeKind, text: String, actions: Vec<NoticeAction>) {
        // The same message twice in a row says nothing new.
        self.notices.retain(|n| n.text != text);
        self.next_notice_id += 1;
        self.notices.push(Notice {
            id: self.next_notice_id,
            kind,
            text,
            actions,
        });
    }
}

/// Everything a component can ask the store to do.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// The user edited one of the three text boxes.
    SetText(InputKind, String),
    /// Says the solution has (`true`) or has not one component.
    SetComponent(Component, bool),
    /// Says (`true`) or unsays one of the summary widget's kinds, by its index in
    /// [`KINDS`]; an index out of range changes nothing.
    SetKind(usize, bool),
    /// External (non-Salesforce) domains; `None` for the components' default.
    SetExternalDomains(Option<u32>),
    /// Product complexity.
    SetComplexity(Complexity),
    /// The analysis date; `None` means the browser's today.
    SetToday(Option<NaiveDate>),
    /// The review-score rule set.
    SetRuleSet(RuleSetId),
    /// How ambiguous numeric dates are read.
    SetDateOrder(DateOrder),
    /// Which app of a review export holding several is analysed, by its id; `None` for the
    /// one with most rows.
    SetReviewsApp(Option<String>),
    /// Whether the solution is paid; `None` lets the listing's pricing decide.
    SetPaid(Option<bool>),
    /// Where the user stands on the partner path; `None` means "not said".
    SetPartnerStage(Option<PartnerStage>),
    /// One partner flag; `None` means "not said".
    SetPartnerFlag(PartnerFlag, Option<bool>),
    /// Says a submission-checklist item, by id, is ready, not ready or not said.
    SetChecklistItem(String, ItemState),
    /// Overrides a rule figure.
    SetOverride(String, f64),
    /// Goes back to a rule's cited figure.
    ResetOverride(String),
    /// Goes back to every cited figure.
    ResetAllOverrides,
    /// Replaces the whole input (example, clear, shared link, opened file, restore), which
    /// came from the given origin.
    Replace(Input, Origin),
    /// Shows a notice.
    Notify(NoticeKind, String),
    /// Shows a notice with buttons.
    NotifyWith(NoticeKind, String, Vec<NoticeAction>),
    /// Hides a notice by id.
    Dismiss(u32),
    /// Hides every notice that says exactly this (a failure that is over).
    Retract(String),
    /// Switches the theme.
    SetTheme(Theme),
    /// Remembers the last share link.
    SetShareLink(Option<String>),
    /// The restore list, read again after it changed.
    SetHistory(History),
}

/// A copy of `input` with one text replaced, without copying the text being replaced.
pub fn with_text(input: &Input, field: InputKind, text: String) -> Input {
    let keep = |f: InputKind| {
        if f == field {
            String::new()
        } else {
            f.text(input).to_owned()
        }
    };
    let sr = &input.security_review;
    let mut out = Input {
        schema_version: input.schema_version,
        today: input.today,
        listing: keep(InputKind::Listing),
        reviews: keep(InputKind::Reviews),
        security_review: SecurityReviewInput {
            components: sr.components.clone(),
            app_type: sr.app_type,
            architecture: sr.architecture,
            complexity: sr.complexity,
            log: keep(InputKind::SecurityReview),
            materials_ready: sr.materials_ready.clone(),
            paid: sr.paid,
            partner_stage: sr.partner_stage,
            agentforce: sr.agentforce,
            external_domains: sr.external_domains,
            checklist_ready: sr.checklist_ready.clone(),
            checklist_not_ready: sr.checklist_not_ready.clone(),
        },
        rule_set: input.rule_set,
        date_order: input.date_order,
        reviews_app: input.reviews_app.clone(),
        overrides: input.overrides.clone(),
        partner: input.partner.clone(),
    };
    field.set_text(&mut out, text);
    out
}

impl Store {
    /// The state after `action`. An action that changes nothing returns the same `Rc`, so
    /// that nothing re-renders.
    pub fn next(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let edit = |f: &dyn Fn(&mut Input)| {
            let mut input = (*self.input).clone();
            f(&mut input);
            Rc::new(input)
        };
        let replace = matches!(action, Action::Replace(..));
        match action {
            Action::SetText(field, text) => {
                if field.text(&self.input) == text {
                    return self;
                }
                next.input = Rc::new(with_text(&self.input, field, text));
            }
            Action::SetComponent(c, on) => {
                next.input = edit(&|i| toggle_component(&mut i.security_review, c, on))
            }
            Action::SetKind(k, on) => match KINDS.get(k) {
                Some(kind) => next.input = edit(&|i| set_kind(&mut i.security_review, kind, on)),
                None => return self,
            },
            Action::SetExternalDomains(v) => {
                next.input = edit(&|i| i.security_review.external_domains = v)
            }
            Action::SetComplexity(v) => next.input = edit(&|i| i.security_review.complexity = v),
            Action::SetToday(v) => next.input = edit(&|i| i.today = v),
            Action::SetRuleSet(v) => next.input = edit(&|i| i.rule_set = v),
            Action::SetDateOrder(v) => next.input = edit(&|i| i.date_order = v),
            Action::SetReviewsApp(v) => next.input = edit(&|i| i.reviews_app = v.clone()),
            Action::SetPaid(v) => next.input = edit(&|i| i.security_review.paid = v),
            Action::SetPartnerStage(v) => {
                next.input = edit(&|i| i.security_review.partner_stage = v)
            }
            Action::SetPartnerFlag(flag, v) => next.input = edit(&|i| i.partner.set(flag, v)),
            Action::SetChecklistItem(id, state) => {
                next.input = edit(&|i| set_state(&mut i.security_review, &id, state))
            }
            Action::SetOverride(id, value) => {
                next.input = edit(&|i| {
                    i.overrides.insert(id.clone(), value);
                })
            }
            Action::ResetOverride(id) => {
                next.input = edit(&|i| {
                    i.overrides.remove(&id);
                })
            }
            Action::ResetAllOverrides => next.input = edit(&|i| i.overrides.clear()),
            Action::Replace(input, origin) => {
                next.input = Rc::new(input);
                next.origin = origin;
                next.revision = self.revision.wrapping_add(1);
                next.share_link = None;
            }
            Action::Notify(kind, text) => next.push_notice(kind, text, Vec::new()),
            Action::NotifyWith(kind, text, actions) => next.push_notice(kind, text, actions),
            Action::Dismiss(id) => next.notices.retain(|n| n.id != id),
            Action::Retract(text) => {
                if !self.notices.iter().any(|n| n.text == text) {
                    return self;
                }
                next.notices.retain(|n| n.text != text);
            }
            Action::SetTheme(theme) => next.theme = theme,
            Action::SetShareLink(link) => next.share_link = link,
            Action::SetHistory(history) => {
                if *self.history == history {
                    return self;
                }
                next.history = Rc::new(history);
            }
        }
        if !Rc::ptr_eq(&next.input, &self.input) && !replace {
            next.origin = Origin::Typed;
        }
        Rc::new(next)
    }
}
