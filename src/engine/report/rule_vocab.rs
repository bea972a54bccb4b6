//! The closed sets a rule view names: how strong a source is, which result a rule feeds
//! and the unit of its figure. Their JSON names and labels are in
//! [`crate::engine::terms`]; what the rules do with them is in [`crate::engine::rules`].

/// How strong a source is. Its JSON names (`SEED`, …, `TEAM DEFAULT`) are in
/// [`crate::engine::terms`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SourceKind {
    /// One of the documents the product was specified from.
    Seed,
    /// Salesforce documentation.
    Official,
    /// Consultancies and blogs.
    Practitioner,
    /// A single weak source.
    Unverified,
    /// Our own reading, carried over from another source or rule set.
    Inferred,
    /// A figure no source gives: a default chosen by this team.
    TeamDefault,
}

/// Which result a rule feeds. Its JSON names and labels are in [`crate::engine::terms`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum UsedBy {
    /// The time-to-listing estimate.
    TimeToListing,
    /// The review score.
    ReviewScore,
    /// Listing readiness.
    Readiness,
    /// The partner context (tiers, agreements, revenue share, retired score items).
    Partner,
}

/// The unit a rule figure is counted in. Its JSON names (`"weeks"`, `"USD"`, `"%"`, …)
/// are in [`crate::engine::terms`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Unit {
    /// Weeks.
    Weeks,
    /// Days.
    Days,
    /// Business days (Monday to Friday).
    BusinessDays,
    /// Months.
    Months,
    /// Minutes (of video).
    Minutes,
    /// A number of reviews.
    Reviews,
    /// Stars of an average rating: the only unit that takes fractions.
    Stars,
    /// Points (scores, weights).
    Points,
    /// A number of badges.
    Badges,
    /// US dollars.
    Usd,
    /// Percent.
    Percent,
    /// Characters of text.
    Chars,
    /// A number of list items.
    Items,
    /// A number of mentions of a word.
    Mentions,
    /// Pixels.
    Px,
    /// A number of scans (Checkmarx scans per package version).
    Scans,
}
