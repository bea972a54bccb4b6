//! A value that follows another after it has stopped changing for a while.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// Returns `value` once it has stayed the same for `millis` milliseconds; until then, the
/// previous settled value.
#[hook]
pub fn use_debounced<T>(value: T, millis: u32) -> T
where
    T: Clone + PartialEq + 'static,
{
    let settled = use_state_eq(|| value.clone());
    let timer = use_mut_ref(|| None::<Timeout>);
    {
        let settled = settled.clone();
        use_effect_with(value, move |value| {
            let value = value.clone();
            // Replacing the timer drops (cancels) the one still pending.
            *timer.borrow_mut() = Some(Timeout::new(millis, move || settled.set(value)));
        });
    }
    (*settled).clone()
}
