//! The frame every dialog shares: a backdrop, a modal box named by its heading, and Escape to
//! cancel.

use yew::prelude::*;

/// Props of [`Modal`].
#[derive(Properties, PartialEq)]
pub struct ModalProps {
    /// The id of the heading that names the dialog.
    pub labelled_by: AttrValue,
    /// Extra classes of the box.
    #[prop_or_default]
    pub class: Classes,
    /// Escape calls this (the dialog's safe choice).
    pub on_cancel: Callback<()>,
    /// The dialog's content.
    pub children: Html,
}

/// A modal dialog box.
#[component(Modal)]
pub fn modal(props: &ModalProps) -> Html {
    let onkeydown = {
        let cancel = props.on_cancel.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                cancel.emit(());
            }
        })
    };
    html! {
        <div class="backdrop" {onkeydown}>
            <div class={classes!("dialog", props.class.clone())} role="dialog" aria-modal="true" aria-labelledby={props.labelled_by.clone()}>
                { props.children.clone() }
            </div>
        </div>
    }
}

/// A click handler that calls `cb`: the buttons of a dialog.
pub fn on_click(cb: &Callback<()>) -> Callback<MouseEvent> {
    let cb = cb.clone();
    Callback::from(move |_: MouseEvent| cb.emit(()))
}
