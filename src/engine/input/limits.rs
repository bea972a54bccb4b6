//! Numbers of the input above what the analyzer can use: each is capped with a note, never
//! silently.

use super::Input;
use crate::engine::report::{Diagnostic, InputKind};
use crate::engine::rules::checklist::MAX_EXTERNAL_DOMAINS;

/// Notes for the numbers of `input` that the analysis caps: today the external domains
/// (more than [`MAX_EXTERNAL_DOMAINS`] are read as that many). Empty when nothing is capped.
pub fn capped_notes(input: &Input) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if let Some(n) = input
        .security_review
        .external_domains
        .filter(|n| *n > MAX_EXTERNAL_DOMAINS)
    {
        out.push(Diagnostic::new(
            InputKind::SecurityReview,
            0,
            format!(
                "External domains: {n} is more than the {MAX_EXTERNAL_DOMAINS} the checklist \
                 lists one by one, so {MAX_EXTERNAL_DOMAINS} were counted; each domain the \
                 solution calls needs its own scan, so check the number."
            ),
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_numbers_above_the_limit_are_noted() {
        for (n, noted) in [
            (None, false),
            (Some(0), false),
            (Some(MAX_EXTERNAL_DOMAINS), false),
            (Some(MAX_EXTERNAL_DOMAINS + 1), true),
            (Some(u32::MAX), true),
        ] {
            let mut input = Input::default();
            input.security_review.external_domains = n;
            let notes = capped_notes(&input);
            assert_eq!(notes.len(), usize::from(noted), "{n:?}");
            if let (Some(n), Some(d)) = (n, notes.first()) {
                assert!(d.message.contains(&n.to_string()), "{}", d.message);
                assert!(d.message.contains("50 were counted"), "{}", d.message);
            }
        }
    }
}
