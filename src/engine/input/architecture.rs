//! The older single-architecture input (`security_review.architecture`), still read: each
//! architecture stands for the components it was made of.

use serde::{Deserialize, Serialize};

use super::{AppType, Component};

/// A solution architecture as the official checklist named them before components were
/// said one by one. Older inputs and share links carry it; it is read as its components
/// (see [`Architecture::components`]) and the report's `checklist.note` says so.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Architecture {
    /// A managed package installed into the customer's org.
    Native,
    /// A managed package with Lightning components.
    NativeLightning,
    /// A managed package plus the partner's own external web app or service.
    Composite,
    /// An off-platform app that integrates over OAuth/APIs only (`"api_only"` also reads).
    #[serde(alias = "api_only")]
    Connected,
    /// A mobile client of Salesforce.
    Mobile,
    /// A Marketing Cloud app.
    MarketingCloud,
}

impl Architecture {
    /// Every architecture, in the order of the official checklist.
    pub const ALL: [Architecture; 6] = [
        Architecture::Native,
        Architecture::NativeLightning,
        Architecture::Composite,
        Architecture::Connected,
        Architecture::Mobile,
        Architecture::MarketingCloud,
    ];

    /// The identifier used in JSON (`"native"`, `"native_lightning"`, …).
    pub fn key(self) -> &'static str {
        match self {
            Architecture::Native => "native",
            Architecture::NativeLightning => "native_lightning",
            Architecture::Composite => "composite",
            Architecture::Connected => "connected",
            Architecture::Mobile => "mobile",
            Architecture::MarketingCloud => "marketing_cloud",
        }
    }

    /// The components an older input's architecture stands for. A managed package is read
    /// as a second-generation one (the checklist treats 1GP and 2GP alike); a mobile client
    /// as both platforms, since the older input did not say which.
    pub fn components(self) -> &'static [Component] {
        match self {
            Architecture::Native => &[Component::ManagedPackage2gp],
            Architecture::NativeLightning => {
                &[Component::ManagedPackage2gp, Component::LightningComponents]
            }
            Architecture::Composite => &[Component::ManagedPackage2gp, Component::ExternalApp],
            Architecture::Connected => &[Component::ApiOnly],
            Architecture::Mobile => &[Component::MobileIos, Component::MobileAndroid],
            Architecture::MarketingCloud => &[Component::MarketingCloud],
        }
    }
}

impl AppType {
    /// The components an older `app_type`-only input stands for.
    pub fn components(self) -> &'static [Component] {
        match self {
            AppType::Connected => &[Component::ApiOnly],
            AppType::Native => &[Component::ManagedPackage2gp],
        }
    }
}
