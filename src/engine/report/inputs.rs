//! Whether each pasted input holds anything, so that a result resting on an empty input
//! can say what it will show instead of giving a verdict (issue 14).

use serde::{Deserialize, Serialize};

use super::Understood;

/// What one pasted input holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InputState {
    /// Nothing but white space: the results that rest on this input are not verdicts.
    #[default]
    Empty,
    /// Something of it was used.
    Read,
    /// Text is there but nothing in it was understood or used (the diagnostics say why).
    Unread,
}

impl InputState {
    /// The state of an input whose text is `text` and from which `items_read` things were
    /// understood.
    pub fn of(text: &str, items_read: u32) -> Self {
        if text.trim().is_empty() {
            InputState::Empty
        } else if items_read > 0 {
            InputState::Read
        } else {
            InputState::Unread
        }
    }

    /// Whether the input is empty.
    pub fn is_empty(self) -> bool {
        self == InputState::Empty
    }
}

/// The state of each of the three pasted inputs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct InputStates {
    /// The listing details (feeds `readiness`).
    pub listing: InputState,
    /// The review history (feeds `review_score`).
    pub reviews: InputState,
    /// The security-review timing log (feeds `time_to_listing`).
    pub security_log: InputState,
}

impl InputStates {
    /// The states of the three texts, given what the parsers understood of them.
    pub fn of(listing: &str, reviews: &str, log: &str, understood: &Understood) -> Self {
        let u = understood;
        Self {
            listing: InputState::of(
                listing,
                u.listing_fields.saturating_add(u.listing_unknown_labels),
            ),
            reviews: InputState::of(reviews, u.reviews_read),
            security_log: InputState::of(log, u.log_events),
        }
    }

    /// Whether all three inputs are empty (a first visit, or everything cleared).
    pub fn all_empty(&self) -> bool {
        self.listing.is_empty() && self.reviews.is_empty() && self.security_log.is_empty()
    }
}
