//! The marketplace's own words for list fields: every edition, language, category
//! (AppExchange "Business Need") and industry used by the 5,322 real listings of the July
//! 2025 AppExchange scrape (`../shared/real-world/appx-scrape-listings-2025-07.csv.gz`,
//! read by `tests/suite/real_world_marketplace.rs`), plus the current names of renamed ones.
//!
//! The listing parser reads an item of these lists as known; any other item is kept as
//! written and named in a note, never dropped. Matching ignores case, commas and spaces
//! (see [`same_name`]).

use crate::engine::model::ListingField;

/// Salesforce editions: the scrape's names (`Force.com` is in 1,604 of 5,322 listings)
/// and the names drafts use for them today (`Lightning Platform` is Force.com's).
pub const EDITIONS: &[&str] = &[
    "Essentials",
    "Starter",
    "Pro Suite",
    "Professional",
    "Enterprise",
    "Unlimited",
    "Performance",
    "Developer",
    "Force.com",
    "Lightning Platform",
    "Group",
    "Contact Manager",
    "Personal",
    "Einstein 1",
    "Agentforce 1",
];

/// Listing languages, as the marketplace names them.
pub const LANGUAGES: &[&str] = &[
    "English",
    "French",
    "German",
    "Spanish",
    "Italian",
    "Portuguese",
    "Dutch",
    "Japanese",
    "Simplified Chinese",
    "Traditional Chinese",
    "Chinese",
    "Swedish",
    "Russian",
    "Danish",
    "Korean",
    "Finnish",
    "Thai",
    "Arabic",
    "Norwegian",
    "Hebrew",
    "Polish",
    "Turkish",
];

/// Categories: the marketplace's "Business Need" values.
pub const CATEGORIES: &[&str] = &[
    "Account-Based Marketing",
    "Accounting",
    "Admin & Developer Tools",
    "Agent Productivity",
    "Alerts",
    "Analytics",
    "Analytics & Site Monitoring",
    "Audit & Compliance",
    "Campaign Management",
    "Case Management",
    "Chat & Web Conferencing",
    "Collaboration",
    "Commerce",
    "Compensation Management",
    "Content Management System (CMS)",
    "Contract Management",
    "Conversational Commerce",
    "Customer Service",
    "Dashboards & Reports",
    "Data Backup & Storage",
    "Data Cleansing",
    "Data Management",
    "Data Migration",
    "Data Visualization",
    "Developer Tools",
    "Document Generation",
    "Document Management",
    "Ecommerce",
    "Email & Calendar Sync",
    "Enterprise Resource Planning",
    "Event Management",
    "Feeds",
    "Field Service",
    "Finance",
    "Forecasting",
    "Fulfillment & Logistics",
    "Geolocation",
    "Grant Management",
    "Human Resources",
    "IT & Administration",
    "IT Management",
    "Information Management",
    "Integration",
    "Lead & Opportunity Management",
    "Live Commerce",
    "Loyalty",
    "Marketing",
    "Marketing Automation",
    "Marketing Intelligence",
    "Marketplace",
    "Mass Emails",
    "Order & Inventory Management System",
    "Partner Management",
    "Payments Processing",
    "People Management",
    "Personalization",
    "Point of Sale (POS) & In-Store",
    "Process Management",
    "Product Information Management (PIM)",
    "Productivity",
    "Project Management",
    "Punchout System",
    "Quotes & Orders",
    "Ratings & Reviews",
    "Route Planning",
    "Sales",
    "Sales Intelligence",
    "Sales Methodologies",
    "Sales Productivity",
    "Search & Recommendation",
    "Security",
    "Shipping",
    "Social Channels",
    "Subscriptions",
    "Surveys",
    "Telephony",
    "Testing & Segmentation",
    "Time & Date",
    "Time & Expense",
    "Translation",
    "Warehouse Management System (WMS)",
    "Warranty & Returns Management",
    "Websites",
];

/// Industries. Two hold commas of their own (the marketplace writes them with a serial
/// comma), so a comma-separated list keeps them whole, with or without that comma.
pub const INDUSTRIES: &[&str] = &[
    "Agriculture & Mining",
    "Automotive",
    "Communications",
    "Consumer Goods",
    "Education",
    "Energy",
    "Engineering, Construction, & Real Estate",
    "Financial Services",
    "Government",
    "Healthcare & Life Sciences",
    "High Tech",
    "Horizontal Product",
    "Manufacturing",
    "Media & Entertainment",
    "Nonprofit",
    "Nonprofits",
    "Professional Services",
    "Public Sector",
    "Retail",
    "Travel, Transportation, & Hospitality",
];

/// Values that say a list is empty on purpose (`N/A` in 450 listings' editions): read as
/// written, never noted.
pub const NONE_STATED: &[&str] = &["N/A", "NA", "None", "-", "n.a."];

/// Currency codes that make a pricing value a price. With `Free`, `Freemium`, `Paid` and
/// `Paid Add-On Required` and the currency signs, they read every value of the
/// marketplace's Pricing column (`Starting at $25 USD/user/month`,
/// `£6,550.8 GBP/company/year`, `¥25,000 JPY/company/month`).
pub const CURRENCY_CODES: &[&str] = &[
    "usd", "eur", "gbp", "jpy", "aud", "cad", "chf", "inr", "sek", "nok", "dkk",
];

/// The known names of a list field's items; empty for a field without a vocabulary.
pub fn known(field: ListingField) -> &'static [&'static str] {
    match field {
        ListingField::Editions => EDITIONS,
        ListingField::Languages => LANGUAGES,
        ListingField::Categories => CATEGORIES,
        ListingField::Industries => INDUSTRIES,
        _ => &[],
    }
}

/// Whether `item` is a known name of `field`'s items or says none is stated; always true
/// for a field without a vocabulary.
pub fn is_known(field: ListingField, item: &str) -> bool {
    let list = known(field);
    list.is_empty() || list.iter().chain(NONE_STATED).any(|k| same_name(k, item))
}

/// Whether two names are the same: case, commas and runs of spaces aside
/// (`Travel, Transportation & Hospitality` is `Travel, Transportation, & Hospitality`).
pub fn same_name(a: &str, b: &str) -> bool {
    let words = |s: &'_ str| {
        s.split(|c: char| c == ',' || c.is_whitespace())
            .filter(|w| !w.is_empty())
            .map(str::to_ascii_lowercase)
            .collect::<Vec<String>>()
    };
    words(a) == words(b)
}
