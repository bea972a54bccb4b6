//! The "Load example" inputs: a realistic connected app midway through its security review.

use crate::engine::input::{
    Complexity, Component, DateOrder, Input, RuleSetId, SecurityReviewInput, SCHEMA_VERSION,
};

/// Example listing details, in the `Label: value` format.
pub const LISTING: &str = "\
Title: Acme Invoice Sync
Tagline: Create invoices from closed opportunities for finance teams.
Description: Invoice Sync turns Salesforce opportunities into finance-ready invoices in one click.
Finance teams stop re-keying data: every closed deal creates a draft invoice with the right products,
taxes and payment terms, and payments flow back to the account record. Approvals, reminders and dunning
run on the platform, so sales and finance share one view of revenue.
Highlights:
- One-click invoices from opportunities
- Payment status synced to the account
- Automated reminders and dunning
Pricing: Freemium, free for up to 3 users; $20 per user per month after that
Listing market: United States, Canada
Categories: Finance
Supported editions: Enterprise, Unlimited
Languages: English
Screenshots: 2
Support: support@acme.example
Documentation: https://acme.example/docs
";

/// Example review history: a CSV export with mixed date and rating formats and one line
/// the parser cannot read, so the \"understood\" line has something to say.
pub const REVIEWS: &str = "\
Date,Rating,Reviewer
2025-03-14,5,Dana
04/02/2025,4,Lee
\"Jun 5, 2025\",5,Sam
1 September 2025,5,Ari
2025-11-18,5,Priya
2026-01-20,4 out of 5 stars,Kim
2026-02-11,5,Ola
2026-04-09,4/5,Marc
2026-06-30,★★★★★,Rae
2026-08-21,5,Tomás
2026-10-02,5,Noor
review removed by moderator
";

/// Example security-review timing log.
pub const SECURITY_LOG: &str = "\
2026-09-07 submitted
2026-10-05 failed: CRUD/FLS findings
2026-10-26 resubmitted
";

/// The example as a whole input (analysis date left to the browser's today).
pub fn input() -> Input {
    Input {
        schema_version: SCHEMA_VERSION,
        today: None,
        listing: LISTING.to_owned(),
        reviews: REVIEWS.to_owned(),
        security_review: SecurityReviewInput {
            components: vec![Component::ApiOnly],
            complexity: Complexity::Medium,
            log: SECURITY_LOG.to_owned(),
            checklist_ready: Some(
                ["dast_1", "test_credentials", "user_docs"]
                    .map(str::to_owned)
                    .to_vec(),
            ),
            checklist_not_ready: Some(
                ["false_positive_docs", "security_policies"]
                    .map(str::to_owned)
                    .to_vec(),
            ),
            ..SecurityReviewInput::default()
        },
        rule_set: RuleSetId::Fy24,
        date_order: DateOrder::MonthFirst,
        reviews_app: None,
        overrides: Default::default(),
        partner: Default::default(),
    }
}
