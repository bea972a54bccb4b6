//! The report's vocabulary in one place: for every closed set of names the engine reads or
//! writes (review states, log events, severities, inputs, units, …), each value's JSON
//! name (its `key`, which is what serde writes) and its words for display (its `label`).
//!
//! The app shows these labels and writes these keys into form values; it never spells a
//! name again. For the enums that derive serde with `rename_all = "snake_case"`, a test
//! (`tests/suite/engine_terms.rs`) checks that serde writes exactly [`Term::key`]; the report's
//! own vocabulary ([`Unit`], [`UsedBy`], [`SourceKind`], [`GapField`]) is serialised through
//! the key itself, so the two cannot drift apart.
//!
//! (The rule data's word lists, such as stop words, live in [`super::rules::vocab`].)

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::input::{
    AppType, Complexity, Component, DateOrder, ItemState, Material, PartnerStage, RuleSetId,
    SolutionReading,
};
use super::model::{EventKind, ListingField};
use super::report::summary::SummaryState;
use super::report::{GapField, InputKind, ReviewStatus, Severity, SourceKind, Unit, UsedBy};

/// A value of a closed set of names: its JSON name and its words for display.
pub trait Term: Copy + PartialEq + Sized + 'static {
    /// Every value, in display order.
    fn all() -> &'static [Self];
    /// The name in JSON and in form values (`"in_review"`, `"gtm_resources"`, `"USD"`).
    fn key(self) -> &'static str;
    /// The words shown for it ("In security review", "GTM resources").
    fn label(self) -> &'static str;
    /// The value whose [`Term::key`] is `key`, if any.
    fn from_key(key: &str) -> Option<Self> {
        Self::all().iter().copied().find(|t| t.key() == key)
    }
}

/// Declares, for an enum of unit variants, its `ALL` list, `key` and `label` (inherent, so
/// callers need no import) and its [`Term`] implementation, from one row per variant.
macro_rules! terms {
    (@count) => { 0usize };
    (@count $head:ident $($tail:ident)*) => { 1usize + terms!(@count $($tail)*) };
    ($ty:ident { $($variant:ident => $key:literal, $label:literal;)+ }) => {
        impl $ty {
            /// Every value, in display order.
            pub const ALL: [$ty; terms!(@count $($variant)+)] = [$($ty::$variant),+];

            /// The name in JSON and in form values.
            pub const fn key(self) -> &'static str {
                match self { $($ty::$variant => $key),+ }
            }

            /// The words shown for it.
            pub const fn label(self) -> &'static str {
                match self { $($ty::$variant => $label),+ }
            }
        }

        impl Term for $ty {
            fn all() -> &'static [Self] {
                &$ty::ALL
            }
            fn key(self) -> &'static str {
                $ty::key(self)
            }
            fn label(self) -> &'static str {
                $ty::label(self)
            }
        }
    };
}

/// Serialises a [`Term`] as its key and reads it back from its key (an unknown key is a
/// serde error naming it), so that its JSON name is written in one place only; it also
/// displays as its key, for sentences and exports that quote it.
macro_rules! serde_by_key {
    ($($ty:ident),+) => {$(
        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(Term::key(*self))
            }
        }

        impl Serialize for $ty {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(Term::key(*self))
            }
        }

        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let key = std::borrow::Cow::<'de, str>::deserialize(d)?;
                <$ty as Term>::from_key(&key).ok_or_else(|| {
                    serde::de::Error::custom(format!(
                        "unknown {} \"{key}\"",
                        stringify!($ty)
                    ))
                })
            }
        }
    )+};
}

serde_by_key!(
    Unit,
    UsedBy,
    SourceKind,
    GapField,
    Component,
    SolutionReading,
    ItemState
);

terms!(ReviewStatus {
    Planned => "planned", "Submission planned";
    NotStarted => "not_started", "Not submitted yet";
    Preparing => "preparing", "Preparing the submission";
    InReview => "in_review", "In security review";
    AwaitingResubmission => "awaiting_resubmission", "Awaiting resubmission";
    Passed => "passed", "Security review passed";
    Listed => "listed", "Listed";
    ReReview => "re_review", "In periodic re-review";
});

terms!(SummaryState {
    Empty => "empty", "Nothing pasted";
    Unread => "unread", "Not understood";
    NotSaid => "not_said", "Not said";
    Estimate => "estimate", "Estimate";
    Result => "result", "Result";
    Done => "done", "Done";
});

terms!(EventKind {
    PreparationStarted => "preparation_started", "Preparation started";
    Scan => "scan", "Scan";
    PlannedSubmission => "planned_submission", "Planned submission";
    Submitted => "submitted", "Submitted";
    Resubmitted => "resubmitted", "Resubmitted";
    Failed => "failed", "Failed";
    ProvisionalPass => "provisional_pass", "Provisional pass";
    Passed => "passed", "Passed";
    Bounced => "bounced", "Bounced";
    Listed => "listed", "Listed";
    ReReview => "re_review", "Periodic re-review";
});

terms!(Severity {
    Blocker => "blocker", "Blocker";
    Warning => "warning", "Warning";
    Suggestion => "suggestion", "Suggestion";
});

terms!(InputKind {
    Listing => "listing", "Listing details";
    Reviews => "reviews", "Review history";
    SecurityReview => "security_review", "Security-review timing";
    Settings => "settings", "Settings";
});

terms!(AppType {
    Connected => "connected", "Connected (API)";
    Native => "native", "Native (package)";
});

terms!(Component {
    ManagedPackage1gp => "managed_package_1gp", "Managed package (1GP)";
    ManagedPackage2gp => "managed_package_2gp", "Managed package (2GP)";
    ExtensionPackage => "extension_package", "Extension package (on a base package)";
    LightningComponents => "lightning_components", "Lightning components";
    ApexCallouts => "apex_callouts", "Apex callouts to external services";
    ExternalApp => "external_app", "External web app or service";
    ApiOnly => "api_only", "API only (connected app or External Client App)";
    MobileIos => "mobile_ios", "Mobile app for iOS";
    MobileAndroid => "mobile_android", "Mobile app for Android";
    DesktopClient => "desktop_client", "Desktop client";
    BrowserExtension => "browser_extension", "Browser extension";
    MarketingCloud => "marketing_cloud", "Marketing Cloud app";
    Agentforce => "agentforce", "Agentforce agents, prompts or actions";
});

terms!(SolutionReading {
    Components => "components", "As you said";
    Architecture => "architecture", "Read from the architecture in your saved work";
    AppType => "app_type", "Read from the app type in your saved work";
    NotSaid => "not_said", "Not said";
});

terms!(ItemState {
    Ready => "ready", "Ready";
    NotReady => "not_ready", "Not ready";
    NotSaid => "not_said", "Not said";
});

// The older input's submission materials, in checklist order.
terms!(Material {
    CodeAnalyzer => "code_analyzer", "Code Analyzer report";
    Checkmarx => "checkmarx", "Checkmarx report";
    Dast => "dast", "DAST report (ZAP, Burp…)";
    TestCredentials => "test_credentials", "Test credentials";
    FalsePositiveDocs => "false_positive_docs", "False-positive documentation";
    UserDocs => "user_docs", "User documentation";
    SecurityPolicies => "security_policies", "Security policies";
});

terms!(Complexity {
    Low => "low", "Low";
    Medium => "medium", "Medium";
    High => "high", "High";
});

// In lower case: the partner-path sentences quote it ("Your stage on the partner path
// (agreement signed) …").
terms!(PartnerStage {
    NotApplied => "not_applied", "not applied";
    Applied => "applied", "applied";
    Approved => "approved", "approved";
    AgreementSigned => "agreement_signed", "agreement signed";
});

terms!(DateOrder {
    MonthFirst => "month_first", "Month/day (US)";
    DayFirst => "day_first", "Day/month";
});

terms!(RuleSetId {
    Fy24 => "fy24", "FY24 update";
    Fy21 => "fy21", "FY21 article";
    OfficialA => "official_a", "Official version A";
    OfficialFy22 => "official_fy22", "Official FY22";
});

terms!(ListingField {
    Title => "title", "Title";
    Tagline => "tagline", "Tagline";
    Description => "description", "Description";
    Highlights => "highlights", "Highlights";
    Pricing => "pricing", "Pricing";
    Markets => "markets", "Markets";
    Categories => "categories", "Categories";
    Industries => "industries", "Industries";
    Editions => "editions", "Editions";
    Languages => "languages", "Languages";
    Screenshots => "screenshots", "Screenshots";
    Video => "video", "Video";
    Support => "support", "Support";
    Documentation => "documentation", "Documentation";
    GtmResources => "gtm_resources", "GTM resources";
});

terms!(UsedBy {
    TimeToListing => "time_to_listing", "Time to listing";
    ReviewScore => "review_score", "Review score";
    Readiness => "readiness", "Readiness";
    Partner => "partner", "Partner context";
});

terms!(SourceKind {
    Seed => "SEED", "SEED";
    Official => "OFFICIAL", "OFFICIAL";
    Practitioner => "PRACTITIONER", "PRACTITIONER";
    Unverified => "UNVERIFIED", "UNVERIFIED";
    Inferred => "INFERRED", "INFERRED";
    TeamDefault => "TEAM DEFAULT", "TEAM DEFAULT";
});

terms!(Unit {
    Weeks => "weeks", "weeks";
    Days => "days", "days";
    BusinessDays => "business days", "business days";
    Months => "months", "months";
    Minutes => "minutes", "minutes";
    Reviews => "reviews", "reviews";
    Stars => "stars", "stars";
    Points => "points", "points";
    Badges => "badges", "badges";
    Usd => "USD", "USD";
    Percent => "%", "%";
    Chars => "chars", "chars";
    Items => "items", "items";
    Mentions => "mentions", "mentions";
    Px => "px", "px";
    Scans => "scans", "scans";
});

/// The security-review gap's field: the one gap field that is not a listing field.
const SECURITY_REVIEW: (&str, &str) = ("security_review", "Security review");

impl GapField {
    /// Every gap field, in report order: the listing fields, then the security review.
    pub const ALL: [GapField; ListingField::ALL.len() + 1] = {
        let mut all = [GapField::SecurityReview; ListingField::ALL.len() + 1];
        let mut fields: &[ListingField] = &ListingField::ALL;
        let mut slots: &mut [GapField] = &mut all;
        // One slot per listing field; the last slot keeps the security review.
        while let ([field, more_fields @ ..], [slot, more_slots @ ..]) = (fields, slots) {
            *slot = GapField::Listing(*field);
            fields = more_fields;
            slots = more_slots;
        }
        all
    };

    /// The name in JSON (`"title"`, …, `"security_review"`).
    pub const fn key(self) -> &'static str {
        match self {
            GapField::Listing(f) => f.key(),
            GapField::SecurityReview => SECURITY_REVIEW.0,
        }
    }

    /// The words shown for it ("GTM resources", "Security review").
    pub const fn label(self) -> &'static str {
        match self {
            GapField::Listing(f) => f.label(),
            GapField::SecurityReview => SECURITY_REVIEW.1,
        }
    }
}

impl Term for GapField {
    fn all() -> &'static [Self] {
        &GapField::ALL
    }
    fn key(self) -> &'static str {
        GapField::key(self)
    }
    fn label(self) -> &'static str {
        GapField::label(self)
    }
}
