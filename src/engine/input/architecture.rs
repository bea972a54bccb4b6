//! The architecture of the solution under review, as the official security-review
//! checklist names them (docs/domain.md §2), and the input fields that go with it.

use serde::{Deserialize, Serialize};

use super::AppType;

/// The solution's architecture: it decides the review range and the submission checklist
/// (see [`crate::engine::rules::checklist`]).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Architecture {
    /// A managed package installed into the customer's org.
    Native,
    /// A managed package with Lightning components.
    NativeLightning,
    /// A managed package plus the partner's own external web app or service.
    Composite,
    /// An off-platform app that integrates over OAuth/APIs only (`"api_only"` also reads).
    #[default]
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

    /// Finds an architecture by its JSON identifier.
    pub fn from_key(key: &str) -> Option<Architecture> {
        Architecture::ALL.into_iter().find(|a| a.key() == key)
    }

    /// The architecture an old `app_type`-only input stands for.
    pub fn from_app_type(app_type: AppType) -> Architecture {
        match app_type {
            AppType::Connected => Architecture::Connected,
            AppType::Native => Architecture::Native,
        }
    }
}

/// Where the architecture in force was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ArchitectureReading {
    /// From `security_review.architecture`.
    Architecture,
    /// From the older `security_review.app_type` (no architecture given).
    #[default]
    AppType,
}
