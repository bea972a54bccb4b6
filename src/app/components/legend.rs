//! The source-tag legend: what SEED, OFFICIAL, PRACTITIONER and the other tags mean, said
//! once on the page (and in print) rather than beside every source.

use yew::prelude::*;

use crate::app::page::kind_legend;

/// The legend of source tags (a plain function: it draws constant data).
pub fn kind_legend_view() -> Html {
    html! {
        <div class="kind-legend">
            <p class="kind-legend-title">{ "What the source tags mean" }</p>
            <dl>
                { for kind_legend().into_iter().map(|(tag, meaning)| html! {
                    <div>
                        <dt><span class={classes!("kind", tag.to_ascii_lowercase())}>{ tag }</span></dt>
                        <dd>{ meaning }</dd>
                    </div>
                }) }
            </dl>
        </div>
    }
}
