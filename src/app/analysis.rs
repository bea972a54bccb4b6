//! The bridge to the engine: the size limit on what is analysed.
//! The calls themselves are in [`super::hooks::use_report`].

use crate::engine::input::{Input, SecurityReviewInput};

/// The most bytes of each pasted input that are analysed. This is a UI limit that keeps
/// the page responsive on a huge paste, not a domain rule: the text beyond it stays in
/// the box (and in autosave), it is just not read.
pub const MAX_ANALYSED_BYTES: usize = 2 * 1024 * 1024;

/// The three pasted inputs, for per-input messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextField {
    /// The listing details.
    Listing,
    /// The review history.
    Reviews,
    /// The security-review timing log.
    SecurityLog,
}

impl TextField {
    /// The three fields, in page order.
    pub const ALL: [TextField; 3] = [
        TextField::Listing,
        TextField::Reviews,
        TextField::SecurityLog,
    ];

    /// The field's text in `input`.
    pub fn text(self, input: &Input) -> &str {
        match self {
            TextField::Listing => &input.listing,
            TextField::Reviews => &input.reviews,
            TextField::SecurityLog => &input.security_review.log,
        }
    }
}

/// The longest prefix of `text` that fits in `max` bytes and ends on a char boundary.
pub fn prefix_on_char_boundary(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Whether `field` is longer than what is analysed.
pub fn is_truncated(input: &Input, field: TextField) -> bool {
    field.text(input).len() > MAX_ANALYSED_BYTES
}

/// An input holding only `field`'s text, cut to [`MAX_ANALYSED_BYTES`], and the date order
/// (what the field's parser reads); `None` when the text fits and `input` can be parsed as
/// it is.
pub fn limited_for(input: &Input, field: TextField) -> Option<Input> {
    if !is_truncated(input, field) {
        return None;
    }
    let text = prefix_on_char_boundary(field.text(input), MAX_ANALYSED_BYTES).to_owned();
    let mut only = Input {
        date_order: input.date_order,
        ..Input::default()
    };
    match field {
        TextField::Listing => only.listing = text,
        TextField::Reviews => only.reviews = text,
        TextField::SecurityLog => {
            only.security_review = SecurityReviewInput {
                log: text,
                ..SecurityReviewInput::default()
            }
        }
    }
    Some(only)
}
