//! Rule data for the security-review submission checklist (docs/domain.md §2): what each
//! architecture is reviewed as, and every item a submission needs or should check, with
//! its source and as-of date. The one editable figure (Checkmarx scans per version) is a
//! row of the rule table.

use super::{RuleSource, SourceKind};
use crate::engine::input::{AppType, Architecture, Material};

/// The official security-review requirements and the architectures of its checklist.
pub const OFFICIAL_CHECKLIST: RuleSource = RuleSource {
    title: "Salesforce AppExchange security review: submission requirements by architecture",
    kind: SourceKind::Official,
    as_of: "2026-11",
    url: Some("https://developer.salesforce.com/docs/atlas.en-us.packagingGuide.meta/packagingGuide/security_review_required_materials.htm"),
};

/// The official rules for Agentforce prompts and actions.
pub const OFFICIAL_AGENTFORCE: RuleSource = RuleSource {
    title: "Salesforce AppExchange security review: Agentforce prompts and actions",
    kind: SourceKind::Official,
    as_of: "2026-11",
    url: Some("https://developer.salesforce.com/docs/atlas.en-us.packagingGuide.meta/packagingGuide/secure_agentforce_prompts.htm"),
};

/// The official list of the most common review failures (CRUD/FLS first by a wide margin).
pub const OFFICIAL_TOP_FAILURES: RuleSource = RuleSource {
    title: "Salesforce partner blog: top 20 security review failures (CRUD/FLS first)",
    kind: SourceKind::Official,
    as_of: "2023",
    url: Some("https://developer.salesforce.com/blogs/2023/08/the-top-20-vulnerabilities-found-in-the-appexchange-security-review"),
};

/// Practitioner lists of the next most common failures.
pub const PRACTITIONER_FAILURES: RuleSource = RuleSource {
    title: "Practitioner write-ups: common security review failures after CRUD/FLS",
    kind: SourceKind::Practitioner,
    as_of: "2026-11",
    url: Some("https://appnigma.ai/blogs/salesforce-security-review-checklist/"),
};

/// The seed's two ranges name only connected and native apps; the range for the other
/// architectures is our reading.
pub const INFERRED_RANGE: RuleSource = RuleSource {
    title: "Our reading: the seed gives ranges only for connected and native apps; an architecture with a package takes the native range, an off-platform one the connected range",
    kind: SourceKind::Inferred,
    as_of: "2026-11",
    url: None,
};

/// What an architecture is reviewed as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ArchitectureDef {
    /// The architecture.
    pub architecture: Architecture,
    /// Its name in the official checklist.
    pub name: &'static str,
    /// The app type whose review range applies (composite and native: native).
    pub range: AppType,
    /// Whether it ships a Salesforce package or component (Checkmarx, CRUD/FLS, sharing).
    pub package: bool,
    /// External domains assumed when the input gives none.
    pub default_external_domains: u32,
    /// Where the range reading comes from.
    pub range_source: &'static RuleSource,
}

/// A managed package.
const NATIVE: ArchitectureDef = ArchitectureDef {
    architecture: Architecture::Native,
    name: "Native (managed package)",
    range: AppType::Native,
    package: true,
    default_external_domains: 0,
    range_source: &super::sources::SEED_FORECASTABLE,
};

/// A managed package with Lightning components.
const NATIVE_LIGHTNING: ArchitectureDef = ArchitectureDef {
    architecture: Architecture::NativeLightning,
    name: "Native with Lightning components",
    range: AppType::Native,
    package: true,
    default_external_domains: 0,
    range_source: &INFERRED_RANGE,
};

/// A managed package plus an external web app or service.
const COMPOSITE: ArchitectureDef = ArchitectureDef {
    architecture: Architecture::Composite,
    name: "Composite (package + external web app/service)",
    range: AppType::Native,
    package: true,
    default_external_domains: 1,
    range_source: &INFERRED_RANGE,
};

/// An off-platform app that integrates over APIs only.
const CONNECTED: ArchitectureDef = ArchitectureDef {
    architecture: Architecture::Connected,
    name: "Connected / API only",
    range: AppType::Connected,
    package: false,
    default_external_domains: 1,
    range_source: &super::sources::SEED_FORECASTABLE,
};

/// A mobile client.
const MOBILE: ArchitectureDef = ArchitectureDef {
    architecture: Architecture::Mobile,
    name: "Mobile client",
    range: AppType::Connected,
    package: false,
    default_external_domains: 1,
    range_source: &INFERRED_RANGE,
};

/// A Marketing Cloud app.
const MARKETING_CLOUD: ArchitectureDef = ArchitectureDef {
    architecture: Architecture::MarketingCloud,
    name: "Marketing Cloud app",
    range: AppType::Connected,
    package: false,
    default_external_domains: 1,
    range_source: &INFERRED_RANGE,
};

/// Every architecture, in the official checklist's order.
pub const ARCHITECTURES: &[ArchitectureDef] = &[
    NATIVE,
    NATIVE_LIGHTNING,
    COMPOSITE,
    CONNECTED,
    MOBILE,
    MARKETING_CLOUD,
];

/// The definition of `architecture`.
pub fn architecture(architecture: Architecture) -> &'static ArchitectureDef {
    match architecture {
        Architecture::Native => &NATIVE,
        Architecture::NativeLightning => &NATIVE_LIGHTNING,
        Architecture::Composite => &COMPOSITE,
        Architecture::Connected => &CONNECTED,
        Architecture::Mobile => &MOBILE,
        Architecture::MarketingCloud => &MARKETING_CLOUD,
    }
}

/// What a checklist item is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemGroup {
    /// A material handed in with the submission.
    Material,
    /// A rule for Agentforce prompts and actions.
    Agentforce,
    /// A common failure to check before submitting.
    CommonFailure,
}

/// Which solutions an item applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Applies {
    /// Every solution.
    Always,
    /// Solutions with a Salesforce package or component.
    WithPackage,
    /// Solutions with at least one external domain (one item).
    WithExternalDomain,
    /// One item per external domain.
    PerExternalDomain,
    /// Solutions with Agentforce prompts or actions.
    Agentforce,
}

/// One checklist item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ItemDef {
    /// Stable id used in the input's `checklist_ready` (per-domain items add `_N`).
    pub id: &'static str,
    /// The group.
    pub group: ItemGroup,
    /// A short label.
    pub label: &'static str,
    /// What it means, in a sentence.
    pub detail: &'static str,
    /// A concrete fix when it is not ready.
    pub fix: &'static str,
    /// Whether the submission needs it (a missing one is a gap and a bounce risk).
    pub required: bool,
    /// Which solutions it applies to.
    pub applies: Applies,
    /// The older `materials_ready` value it stands for.
    pub material: Option<Material>,
    /// Where it comes from.
    pub source: &'static RuleSource,
}

/// The checklist, in the order to work through it: materials, Agentforce rules, then the
/// common failures (CRUD/FLS first).
pub const ITEMS: &[ItemDef] = &[
    ItemDef {
        id: "code_analyzer",
        group: ItemGroup::Material,
        label: "Code Analyzer report",
        detail: "The Salesforce Code Analyzer HTML report; it need not be 100% clean if the false positives are documented.",
        fix: "Run Salesforce Code Analyzer on the release and save its HTML report; document every false positive it leaves.",
        required: true,
        applies: Applies::Always,
        material: Some(Material::CodeAnalyzer),
        source: &OFFICIAL_CHECKLIST,
    },
    ItemDef {
        id: "checkmarx",
        group: ItemGroup::Material,
        label: "Checkmarx report",
        detail: "Required for anything with a Salesforce package or component; {} scans per version are included.",
        fix: "Run the Checkmarx scan from the Partner Console on the package version you submit and fix or document its findings.",
        required: true,
        applies: Applies::WithPackage,
        material: Some(Material::Checkmarx),
        source: &OFFICIAL_CHECKLIST,
    },
    ItemDef {
        id: "dast",
        group: ItemGroup::Material,
        label: "DAST report",
        detail: "A DAST report (ZAP, Burp, …) for every non-Salesforce domain.",
        fix: "Scan the external domain with a DAST tool (OWASP ZAP, Burp Suite) and attach the report.",
        required: true,
        applies: Applies::PerExternalDomain,
        material: Some(Material::Dast),
        source: &OFFICIAL_CHECKLIST,
    },
    ItemDef {
        id: "test_credentials",
        group: ItemGroup::Material,
        label: "Test credentials",
        detail: "Valid test credentials for every system the reviewers must reach; expired credentials are a common bounce.",
        fix: "Create test logins for the org and every external system, and check they still work on the day you submit.",
        required: true,
        applies: Applies::Always,
        material: Some(Material::TestCredentials),
        source: &OFFICIAL_CHECKLIST,
    },
    ItemDef {
        id: "false_positive_docs",
        group: ItemGroup::Material,
        label: "False-positive documentation",
        detail: "Why each scanner finding left open is a false positive; missing documentation is a common bounce.",
        fix: "Write one entry per finding you did not fix: where it is and why it is not exploitable.",
        required: true,
        applies: Applies::Always,
        material: Some(Material::FalsePositiveDocs),
        source: &OFFICIAL_CHECKLIST,
    },
    ItemDef {
        id: "user_docs",
        group: ItemGroup::Material,
        label: "User documentation",
        detail: "How to install, configure and use the solution.",
        fix: "Write the installation and user guide the reviewers will follow to test the solution.",
        required: true,
        applies: Applies::Always,
        material: Some(Material::UserDocs),
        source: &OFFICIAL_CHECKLIST,
    },
    ItemDef {
        id: "security_policies",
        group: ItemGroup::Material,
        label: "Security policies",
        detail: "The company's security policies, as the submission form asks for them.",
        fix: "Gather the security policies (data handling, access control, incident response) and attach them.",
        required: true,
        applies: Applies::Always,
        material: Some(Material::SecurityPolicies),
        source: &OFFICIAL_CHECKLIST,
    },
    ItemDef {
        id: "agentforce_no_secrets",
        group: ItemGroup::Agentforce,
        label: "No secrets in prompts",
        detail: "Prompts and prompt templates hold no secrets (keys, tokens, passwords).",
        fix: "Move every secret out of prompts and templates into protected custom metadata or named credentials.",
        required: true,
        applies: Applies::Agentforce,
        material: None,
        source: &OFFICIAL_AGENTFORCE,
    },
    ItemDef {
        id: "agentforce_prompt_injection",
        group: ItemGroup::Agentforce,
        label: "Prompt-injection mitigation",
        detail: "User and record data reaching a prompt cannot change its instructions.",
        fix: "Separate instructions from user-supplied data, validate what actions receive, and document the mitigation.",
        required: true,
        applies: Applies::Agentforce,
        material: None,
        source: &OFFICIAL_AGENTFORCE,
    },
    ItemDef {
        id: "agentforce_actions_classified",
        group: ItemGroup::Agentforce,
        label: "Each action classified",
        detail: "Every Agentforce action is classified as employee-facing or service agent, and as public or private.",
        fix: "List every action with its classification (employee-facing or service agent; public or private) in the submission.",
        required: true,
        applies: Applies::Agentforce,
        material: None,
        source: &OFFICIAL_AGENTFORCE,
    },
    ItemDef {
        id: "check_crud_fls",
        group: ItemGroup::CommonFailure,
        label: "CRUD/FLS enforced",
        detail: "The most common failure by a wide margin: every query and DML checks object and field access.",
        fix: "Use WITH USER_MODE or Security.stripInaccessible in every query and DML, and re-run the scans.",
        required: false,
        applies: Applies::WithPackage,
        material: None,
        source: &OFFICIAL_TOP_FAILURES,
    },
    ItemDef {
        id: "check_libraries",
        group: ItemGroup::CommonFailure,
        label: "No outdated libraries",
        detail: "Third-party libraries (static resources, web app dependencies) have no known vulnerabilities.",
        fix: "Update every third-party library to a version without known vulnerabilities.",
        required: false,
        applies: Applies::Always,
        material: None,
        source: &PRACTITIONER_FAILURES,
    },
    ItemDef {
        id: "check_sharing",
        group: ItemGroup::CommonFailure,
        label: "Sharing enforced",
        detail: "Apex classes declare their sharing (with sharing unless a reason is documented).",
        fix: "Declare sharing on every Apex class and document each without sharing.",
        required: false,
        applies: Applies::WithPackage,
        material: None,
        source: &PRACTITIONER_FAILURES,
    },
    ItemDef {
        id: "check_secrets",
        group: ItemGroup::CommonFailure,
        label: "No hard-coded secrets",
        detail: "No keys, tokens or passwords in code or static resources.",
        fix: "Move secrets to named credentials or protected custom metadata and rotate the exposed ones.",
        required: false,
        applies: Applies::Always,
        material: None,
        source: &PRACTITIONER_FAILURES,
    },
    ItemDef {
        id: "check_tls",
        group: ItemGroup::CommonFailure,
        label: "TLS 1.2 or later",
        detail: "Every external endpoint refuses TLS older than 1.2.",
        fix: "Turn off TLS 1.0 and 1.1 on every external endpoint and re-run the DAST scan.",
        required: false,
        applies: Applies::WithExternalDomain,
        material: None,
        source: &PRACTITIONER_FAILURES,
    },
    ItemDef {
        id: "check_managed_released",
        group: ItemGroup::CommonFailure,
        label: "Managed–Released package",
        detail: "The submitted package version is Managed–Released; beta and unmanaged packages are refused.",
        fix: "Promote the package version to Managed–Released before submitting.",
        required: false,
        applies: Applies::WithPackage,
        material: None,
        source: &OFFICIAL_CHECKLIST,
    },
];

/// Where the DAST item's domain number is appended: `dast_1`, `dast_2`, ….
pub const PER_DOMAIN_SEPARATOR: char = '_';

/// The most external domains the checklist lists one DAST item for; a larger count is
/// read as this many (a technical limit, not a domain rule).
pub const MAX_EXTERNAL_DOMAINS: u32 = 50;
