//! What the solution is made of, and what the user says about each checklist item
//! (docs/domain.md §2 and §7). Their JSON names and labels are in [`crate::engine::terms`],
//! which also serialises them through those names.

/// One part a solution can be made of; a solution is any combination of them. The
/// checklist, the review range and the plan follow from the combination (see
/// [`crate::engine::rules::checklist`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Component {
    /// A first-generation managed package.
    ManagedPackage1gp,
    /// A second-generation managed package.
    ManagedPackage2gp,
    /// An extension package that installs on top of a base package.
    ExtensionPackage,
    /// Lightning components (Aura or LWC), shipped in a package.
    LightningComponents,
    /// Apex callouts to an external service, shipped in a package.
    ApexCallouts,
    /// The partner's own external web app or service.
    ExternalApp,
    /// An off-platform solution that uses Salesforce only through its APIs (a connected
    /// app or an External Client App).
    ApiOnly,
    /// A mobile client for iOS.
    MobileIos,
    /// A mobile client for Android.
    MobileAndroid,
    /// A desktop client.
    DesktopClient,
    /// A browser extension.
    BrowserExtension,
    /// A Marketing Cloud app.
    MarketingCloud,
    /// Agentforce agents, prompts or actions.
    Agentforce,
}

/// Where the components in force were read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SolutionReading {
    /// From `security_review.components`, as the user said them.
    Components,
    /// From the older `security_review.architecture` of saved work or a link.
    Architecture,
    /// From the older `security_review.app_type` of saved work or a link.
    AppType,
    /// Nothing said: no range is the user's answer and the checklist asks for the components.
    NotSaid,
}

/// What the user says about one checklist item. An item the input does not name is
/// [`ItemState::NotSaid`]: neutral (no gap, no bounce).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemState {
    /// Ready to hand in (or checked).
    Ready,
    /// Not ready: a gap and, for a required item, a bounce risk.
    NotReady,
    /// Not said.
    NotSaid,
}
