//! A bare Yew counter: the first-render baseline.
use yew::prelude::*;

#[function_component]
fn App() -> Html {
    let count = use_state(|| 0);
    let onclick = {
        let count = count.clone();
        Callback::from(move |_| count.set(*count + 1))
    };
    html! {
        <main>
            <h1>{ "Counter" }</h1>
            <button {onclick}>{ "+1" }</button>
            <p>{ *count }</p>
        </main>
    }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
