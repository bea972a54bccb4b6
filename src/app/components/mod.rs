//! The components. Each result section takes the shared report and compares only the part
//! it shows, so a change elsewhere does not re-render it.

/// Declares a result section's props: the shared report, compared only by the part the
/// section shows (`|r| part`), so a change elsewhere does not re-render the section; then
/// any further fields (`name: Type, "doc"`), compared whole.
macro_rules! section_props {
    ($name:ident, $doc:literal, |$r:ident| $part:expr $(, $field:ident: $ty:ty, $fdoc:literal)*) => {
        #[doc = $doc]
        #[derive(yew::Properties)]
        pub struct $name {
            /// The current report.
            pub report: std::rc::Rc<crate::engine::report::Report>,
            $(
                #[doc = $fdoc]
                pub $field: $ty,
            )*
        }

        impl PartialEq for $name {
            fn eq(&self, other: &Self) -> bool {
                $(
                    if self.$field != other.$field {
                        return false;
                    }
                )*
                if std::rc::Rc::ptr_eq(&self.report, &other.report) {
                    return true;
                }
                let $r = &*self.report;
                let mine = $part;
                let $r = &*other.report;
                mine == $part
            }
        }
    };
}

pub mod app;
pub mod checklist;
pub mod confirm;
pub mod controls;
pub mod frame;
pub mod header;
pub mod inputs;
pub mod legend;
pub mod listing_read;
pub mod live;
pub mod marketplace;
pub mod notices;
pub mod part;
pub mod partner;
pub mod partner_flags;
pub mod previous_work;
pub mod print_header;
pub mod ratings_chart;
pub mod readiness;
pub mod review_apps;
pub mod reviews;
pub mod rules;
pub mod section_nav;
pub mod sharing;
pub mod summary;

pub mod text_box;
pub mod timeline;
pub mod timeline_chart;
pub mod timeline_plan;
pub mod widget_kind;
