//! One component for every memoized part of the page. Each Yew component type costs about
//! 2 KB of wasm code (its mount, reuse, props comparison, scope and runner instances; issue
//! 15, `twiggy`), whether it renders a whole section or three lines. The parts that need no
//! hooks are therefore plain data types implementing [`Part`], and [`part`] mounts each of
//! them in the one [`PartView`] component: the machinery is instantiated once, and a part is
//! still re-rendered only when its own data changes.

use std::any::Any;
use std::rc::Rc;

use yew::prelude::*;

/// A part of the page drawn from its own data. Two values that compare equal draw the same
/// markup, so a part whose data did not change is not re-rendered.
pub trait Part: PartialEq + 'static {
    /// Renders the part.
    fn view(&self) -> Html;
}

/// [`Part`] behind a pointer: what [`PartView`] holds, whatever the part's type.
pub trait DynPart {
    /// Renders the part.
    fn render(&self) -> Html;
    /// Whether `other` is a part of the same type with equal data.
    fn same(&self, other: &dyn DynPart) -> bool;
    /// The part as [`Any`], for [`DynPart::same`].
    fn as_any(&self) -> &dyn Any;
}

impl<T: Part> DynPart for T {
    fn render(&self) -> Html {
        self.view()
    }

    fn same(&self, other: &dyn DynPart) -> bool {
        other.as_any().downcast_ref::<T>() == Some(self)
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// Props of [`PartView`]: the part, compared by its data.
#[derive(Properties, Clone)]
pub struct PartProps {
    /// The part to render.
    pub part: Rc<dyn DynPart>,
}

impl PartialEq for PartProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.part, &other.part) || self.part.same(&*other.part)
    }
}

/// The one component that renders every [`Part`].
#[function_component]
pub fn PartView(props: &PartProps) -> Html {
    props.part.render()
}

/// Mounts `part` in a [`PartView`].
pub fn part(part: impl Part) -> Html {
    mount(Rc::new(part))
}

/// The type-independent half of [`part`], so that the markup is built once.
fn mount(part: Rc<dyn DynPart>) -> Html {
    html! { <PartView {part} /> }
}
