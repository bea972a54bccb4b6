//! The checklist items, each scoped as its official page scopes it (docs/domain.md §7), with
//! what exactly to hand in and the current command or portal.

use super::{Applies, ItemDef, ItemGroup};
use crate::engine::input::{Component, Material};
use crate::engine::rules::sources::*;

/// Shorthand for a required material.
const fn material(
    id: &'static str,
    label: &'static str,
    (detail, fix): (&'static str, &'static str),
    applies: Applies,
    old: Option<Material>,
    source: &'static crate::engine::rules::RuleSource,
) -> ItemDef {
    ItemDef {
        id,
        group: ItemGroup::Material,
        label,
        detail,
        fix,
        required: true,
        applies,
        material: old,
        source,
    }
}

/// The checklist, in the order to work through it: materials, Agentforce rules, then the
/// common failures (CRUD/FLS first).
pub const ITEMS: &[ItemDef] = &[
    material(
        "code_analyzer",
        "Code Analyzer report",
        (
            "The HTML report of Salesforce Code Analyzer v5 on the code of the package version you submit (managed packages only; v4's `sf scanner` is retired). It need not be 100% clean when the false positives are documented.",
            "Run `sf code-analyzer run --rule-selector AppExchange --rule-selector Recommended:Security --output-file CodeAnalyzerReport.html` on the release, fix what you can, re-run, and attach the HTML report.",
        ),
        Applies::WithPackage,
        Some(Material::CodeAnalyzer),
        &OFFICIAL_CODE_ANALYZER,
    ),
    material(
        "checkmarx",
        "Checkmarx report",
        (
            "The Source Code Scanner (Checkmarx) report from the Partner Security Portal, for anything with a Salesforce package or component; {} runs per solution version are included in the review fee. Not required for mobile clients or API solutions.",
            "Just before you submit, run the Source Code Scanner (Checkmarx) in the Partner Security Portal on the package version you submit; fix or document every finding not labelled Code Quality.",
        ),
        Applies::WithPackage,
        Some(Material::Checkmarx),
        &OFFICIAL_SCANNERS,
    ),
    material(
        "dast",
        "DAST report",
        (
            "A DAST report for every non-Salesforce domain the solution connects to, from the scanner you prefer (ZAP, Burp Suite, HCL AppScan or WebInspect).",
            "Scan the external domain with a DAST scanner (ZAP, Burp Suite, HCL AppScan or WebInspect), fix the high-severity findings and attach the report.",
        ),
        Applies::PerExternalDomain,
        Some(Material::Dast),
        &OFFICIAL_SCANNERS,
    ),
    material(
        "managed_released",
        "Managed–Released package version",
        (
            "The submitted package version is Managed–Released: an unmanaged or beta package is refused.",
            "Promote (2GP) or upload (1GP) the version as Managed–Released before you submit it.",
        ),
        Applies::WithPackage,
        None,
        &OFFICIAL_REQUIRED_MATERIALS,
    ),
    material(
        "test_org",
        "Developer Edition test org",
        (
            "A Developer Edition test org with exactly the submitted package version installed; a packaging org, or a test org with another version, is sent back at submission verification.",
            "Sign up a fresh Developer Edition org, install the version you submit, and enter its login in the security review wizard.",
        ),
        Applies::WithPackage,
        None,
        &OFFICIAL_VERIFICATION,
    ),
    material(
        "extension_base",
        "Base and extension in the test org",
        (
            "An extension package is reviewed like a standalone one: the test org holds both the base package and the extension, each Managed–Released.",
            "Install the base package and the extension version you submit in the test org.",
        ),
        Applies::With(Component::ExtensionPackage),
        None,
        &OFFICIAL_EXTENSION,
    ),
    material(
        "mobile_ios",
        "iOS build for the reviewers",
        (
            "The iOS app for every version you distribute: a TestFlight invitation or an ad-hoc build.",
            "Invite the review team through TestFlight or provide an ad-hoc build, with test credentials.",
        ),
        Applies::With(Component::MobileIos),
        None,
        &OFFICIAL_CLIENT_MOBILE,
    ),
    material(
        "mobile_android",
        "Android build for the reviewers",
        (
            "The Android app as a file (APK or similar) for the reviewers.",
            "Attach the signed APK (or an equivalent file) of the version you distribute, with test credentials.",
        ),
        Applies::With(Component::MobileAndroid),
        None,
        &OFFICIAL_CLIENT_MOBILE,
    ),
    material(
        "desktop_client",
        "Desktop client for the reviewers",
        (
            "The client app for every platform you distribute it on, and how to sign in.",
            "Provide the installer (or a download link) for each platform, with test credentials.",
        ),
        Applies::With(Component::DesktopClient),
        None,
        &OFFICIAL_CLIENT_MOBILE,
    ),
    material(
        "browser_extension",
        "Browser extension package for the reviewers",
        (
            "The extension package (or an unlisted store link) for every browser you distribute on; a browser extension is reviewed as a client app.",
            "Attach the extension package for each browser, or an unlisted store link, with test credentials.",
        ),
        Applies::With(Component::BrowserExtension),
        None,
        &INFERRED_CLIENT,
    ),
    material(
        "test_credentials",
        "Test credentials",
        (
            "Valid credentials for every system the reviewers must reach; expired credentials are sent back at submission verification.",
            "Create test logins for the org and every external system, and check they still work on the day you submit.",
        ),
        Applies::Always,
        Some(Material::TestCredentials),
        &OFFICIAL_VERIFICATION,
    ),
    material(
        "false_positive_docs",
        "False-positive documentation",
        (
            "Why each scanner finding left open is a false positive: where it is and why it is not exploitable; missing documentation is sent back at submission verification.",
            "Write one entry per finding you did not fix: its location and why it is not exploitable.",
        ),
        Applies::Always,
        Some(Material::FalsePositiveDocs),
        &OFFICIAL_REQUIRED_MATERIALS,
    ),
    material(
        "user_docs",
        "User documentation",
        (
            "How to install, configure and use the solution.",
            "Write the installation and user guide the reviewers will follow to test the solution.",
        ),
        Applies::Always,
        Some(Material::UserDocs),
        &OFFICIAL_REQUIRED_MATERIALS,
    ),
    material(
        "security_policies",
        "Security policies",
        (
            "The company's security policies, as the submission asks for them.",
            "Gather the security policies (data handling, access control, incident response) and attach them.",
        ),
        Applies::Always,
        Some(Material::SecurityPolicies),
        &OFFICIAL_REQUIRED_MATERIALS,
    ),
    agentforce(
        "agentforce_no_secrets",
        "No secrets in prompts",
        "Prompts hold no sensitive or secret data; user input and org data reach them through merge fields, never hard-coded.",
        "Move every secret out of prompts and templates; add user and org data through merge fields.",
        &OFFICIAL_AGENTFORCE_PROMPTS,
    ),
    agentforce(
        "agentforce_no_auth_tokens",
        "Prompts never ask for authentication tokens",
        "Prompts never ask users for authentication tokens (API keys, passwords); one-time passwords for user verification are allowed.",
        "Remove every prompt that asks for a key, token or password; verify users with a one-time password where needed.",
        &OFFICIAL_AGENTFORCE_PROMPTS,
    ),
    agentforce(
        "agentforce_prompt_storage",
        "Prompts stored by an approved method",
        "Prompts are stored in the managed package by one of the methods the page approves; hard-coding them in Apex is the fallback when none fits.",
        "Keep prompts in an approved storage method of the package, and document any prompt hard-coded in Apex and why.",
        &OFFICIAL_AGENTFORCE_PROMPTS,
    ),
    agentforce(
        "agentforce_prompt_injection",
        "Prompt-injection mitigation",
        "A prompt with user-controlled or untrusted input uses a prompt-injection mitigation strategy (often several techniques together).",
        "Separate instructions from untrusted input, validate what reaches the prompt and the actions, and document the mitigation.",
        &OFFICIAL_AGENTFORCE_PROMPTS,
    ),
    agentforce(
        "agentforce_actions_classified",
        "Each custom action classified",
        "The package documentation classifies every custom action: employee-facing or service agent, and public or private data.",
        "List every custom action in the package documentation with its agent type (employee-facing or service) and whether it returns public or private data.",
        &OFFICIAL_AGENTFORCE_ACTIONS,
    ),
    check(
        "check_crud_fls",
        "CRUD/FLS enforced",
        "The most common failure by a wide margin: every query and DML checks object and field access.",
        "Use WITH USER_MODE or Security.stripInaccessible in every query and DML, and re-run the scans.",
        Applies::WithPackage,
        &OFFICIAL_TOP_FAILURES,
    ),
    check(
        "check_libraries",
        "No outdated libraries",
        "Third-party libraries (static resources, web app dependencies) have no known vulnerabilities.",
        "Update every third-party library to a version without known vulnerabilities.",
        Applies::Always,
        &PRACTITIONER_FAILURES,
    ),
    check(
        "check_sharing",
        "Sharing enforced",
        "Apex classes declare their sharing (with sharing unless a reason is documented).",
        "Declare sharing on every Apex class and document each without sharing.",
        Applies::WithPackage,
        &PRACTITIONER_FAILURES,
    ),
    check(
        "check_secrets",
        "No hard-coded secrets",
        "No keys, tokens or passwords in code or static resources.",
        "Move secrets to named credentials or protected custom metadata and rotate the exposed ones.",
        Applies::Always,
        &PRACTITIONER_FAILURES,
    ),
    check(
        "check_tls",
        "TLS 1.2 or later",
        "Every external endpoint refuses TLS older than 1.2.",
        "Turn off TLS 1.0 and 1.1 on every external endpoint and re-run the DAST scan.",
        Applies::WithExternalDomain,
        &PRACTITIONER_FAILURES,
    ),
    check(
        "check_external_client_app",
        "External Client App for a new integration",
        "Since Spring '26 new connected apps can't be created (except through package installs); External Client Apps replace them, beside the connected apps that exist.",
        "Build a new integration's OAuth client as an External Client App; keep an existing connected app only where it already works.",
        Applies::With(Component::ApiOnly),
        &OFFICIAL_EXTERNAL_CLIENT_APPS,
    ),
];

/// Shorthand for a required Agentforce rule.
const fn agentforce(
    id: &'static str,
    label: &'static str,
    detail: &'static str,
    fix: &'static str,
    source: &'static crate::engine::rules::RuleSource,
) -> ItemDef {
    ItemDef {
        id,
        group: ItemGroup::Agentforce,
        label,
        detail,
        fix,
        required: true,
        applies: Applies::With(Component::Agentforce),
        material: None,
        source,
    }
}

/// Shorthand for a common failure to check (a tip, not a requirement).
const fn check(
    id: &'static str,
    label: &'static str,
    detail: &'static str,
    fix: &'static str,
    applies: Applies,
    source: &'static crate::engine::rules::RuleSource,
) -> ItemDef {
    ItemDef {
        id,
        group: ItemGroup::CommonFailure,
        label,
        detail,
        fix,
        required: false,
        applies,
        material: None,
        source,
    }
}
