use yew::prelude::*;

use crate::i18n::use_lang;
use crate::i18n::T;

/// Props of [`ScrollBox`].
#[derive(Properties, PartialEq)]
pub struct ScrollBoxProps {
    /// What the box holds, for screen readers.
    pub label: AttrValue,
    /// A wide figure.
    pub children: Html,
    /// Reads only at a larger size (a timeline): scrolls sooner.
    #[prop_or_default]
    pub wide: bool,
}

/// A wide figure that fills the width it has (a projector shows it large) and, where the screen
/// is narrower than the figure can be read at, scrolls sideways with a visible cue; focusable, so
/// the arrow keys scroll it too.
#[component(ScrollBox)]
pub fn scroll_box(props: &ScrollBoxProps) -> Html {
    let lang = use_lang();
    html! {
        <div class={classes!("scroll-frame", props.wide.then_some("wide"))}>
            <div class="scroll-box" tabindex="0" role="region" aria-label={props.label.clone()}>
                { props.children.clone() }
            </div>
            <p class="scroll-hint muted no-print" aria-hidden="true">{ "↔ " }{ lang.t(T::ScrollHint) }</p>
        </div>
    }
}
