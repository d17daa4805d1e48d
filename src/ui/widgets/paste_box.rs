use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::i18n::use_lang;
use crate::i18n::T;

/// Props of [`PasteBox`].
#[derive(Properties, PartialEq)]
pub struct PasteBoxProps {
    /// What to paste, and how (one item per line).
    pub hint: AttrValue,
    /// Reads the pasted text and adds what it names; answers why it could not (then nothing is
    /// added and the text stays for correcting).
    pub on_paste: Callback<String, Result<(), String>>,
}

/// "Paste a list": a button that opens a text area, and "Add all" that hands the text over.
#[component(PasteBox)]
pub fn paste_box(props: &PasteBoxProps) -> Html {
    let lang = use_lang();
    let open = use_state(|| false);
    let error = use_state(|| None::<String>);
    let area = use_node_ref();
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let add_all = {
        let (area, error, open, on_paste) = (
            area.clone(),
            error.clone(),
            open.clone(),
            props.on_paste.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let Some(field) = area.cast::<HtmlTextAreaElement>() else {
                return;
            };
            match on_paste.emit(field.value()) {
                Ok(()) => {
                    error.set(None);
                    field.set_value("");
                    open.set(false);
                }
                Err(message) => error.set(Some(message)),
            }
        })
    };
    html! {
        <>
            <button type="button" class="button secondary" aria-expanded={open.to_string()} onclick={toggle}>{ lang.t(T::PasteList) }</button>
            if *open {
                <div class="form paste">
                    <label>{ props.hint.clone() }<textarea ref={area} rows="8" /></label>
                    if let Some(message) = &*error { <p class="field-error" role="alert">{ message.clone() }</p> }
                    <div class="actions"><button type="button" class="button" onclick={add_all}>{ lang.t(T::AddAll) }</button></div>
                </div>
            }
        </>
    }
}
