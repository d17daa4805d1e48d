use web_sys::HtmlElement;
use yew::prelude::*;

use super::{on_click, Modal};
use crate::i18n::use_lang;
use crate::i18n::T;

/// Props of [`ConfirmDialog`].
#[derive(Properties, PartialEq)]
pub struct ConfirmDialogProps {
    /// The question.
    pub title: AttrValue,
    /// What happens if the user confirms.
    pub body: AttrValue,
    /// Label of the confirming button.
    pub confirm_label: AttrValue,
    /// Confirms.
    pub on_confirm: Callback<()>,
    /// Label of an optional third choice.
    #[prop_or_default]
    pub alt_label: Option<AttrValue>,
    /// The third choice.
    #[prop_or_default]
    pub on_alt: Option<Callback<()>>,
    /// Cancels (also Escape).
    pub on_cancel: Callback<()>,
    /// Styles the confirming button as dangerous.
    #[prop_or_default]
    pub danger: bool,
}

/// A modal question. Focus starts on "Cancel", the safe choice; Escape cancels.
#[component(ConfirmDialog)]
pub fn confirm_dialog(props: &ConfirmDialogProps) -> Html {
    let lang = use_lang();
    let cancel_ref = use_node_ref();
    {
        let cancel_ref = cancel_ref.clone();
        use_effect_with((), move |_| {
            if let Some(el) = cancel_ref.cast::<HtmlElement>() {
                let _ = el.focus();
            }
        });
    }
    let emit = on_click;
    let confirm_class = if props.danger {
        "button danger"
    } else {
        "button"
    };
    html! {
        <Modal labelled_by="dialog-title" on_cancel={props.on_cancel.clone()}>
                <h2 id="dialog-title">{ props.title.clone() }</h2>
                <p>{ props.body.clone() }</p>
                <div class="dialog-actions">
                    <button type="button" class="button secondary" ref={cancel_ref} onclick={emit(&props.on_cancel)}>{ lang.t(T::Cancel) }</button>
                    if let (Some(label), Some(cb)) = (&props.alt_label, &props.on_alt) {
                        <button type="button" class="button secondary" onclick={emit(cb)}>{ label.clone() }</button>
                    }
                    <button type="button" class={confirm_class} onclick={emit(&props.on_confirm)}>{ props.confirm_label.clone() }</button>
                </div>
        </Modal>
    }
}
