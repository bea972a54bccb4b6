//! Every native integration test in one test binary (`cargo test --test suite`): one link
//! instead of one per file, and the tests of all files share the test runner's threads, so
//! a slow file no longer runs alone while the other core waits. Each file is a module; a
//! single file runs with `cargo test --test suite FILE::` (for example `docs_rules::`).

mod engine_common;
mod real_world_common;

mod app_first_visit;
mod app_format;
mod app_host;
mod app_keep;
mod app_layout;
mod app_state;
mod app_view;
mod cli;
mod docs_checklist;
mod docs_marketplace;
mod docs_rules;
mod engine_api;
mod engine_checklist;
mod engine_checklist_answers;
mod engine_checklist_fees;
mod engine_checklist_table;
mod engine_history_dates;
mod engine_input_reader;
mod engine_input_states;
mod engine_listing_lengths;
mod engine_marketplace;
mod engine_no_contradiction;
mod engine_no_silent_arithmetic;
mod engine_partner;
mod engine_partner_path;
mod engine_props;
mod engine_readiness;
mod engine_review_rollover;
mod engine_review_score;
mod engine_rules;
mod engine_share;
mod engine_sources;
mod engine_summary;
mod engine_terms;
mod engine_timeline;
mod engine_timeline_props;
mod engine_timeline_states;
mod engine_widget_kinds;
mod marketplace_data;
mod parse_throughput;
mod real_world_listing;
mod real_world_marketplace;
mod real_world_review_apps;
mod real_world_reviews;

/// Held by the tests that read and, with `UPDATE_DOCS=1`, rewrite `docs/rules.md`
/// (`docs_rules`, `docs_checklist`, `docs_marketplace`): they share one process now, and two
/// rewrites at once would lose one of the tables.
pub static RULES_MD: std::sync::Mutex<()> = std::sync::Mutex::new(());
