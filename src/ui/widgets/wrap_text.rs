use web_sys::{HtmlTextAreaElement, KeyboardEvent};
use yew::prelude::*;

/// Props of [`WrapText`].
#[derive(Properties, PartialEq)]
pub struct WrapTextProps {
    /// The saved text.
    pub value: AttrValue,
    /// The longest text allowed, in characters.
    pub maxlength: usize,
    /// The text, when the field is left or Enter is pressed.
    pub onchange: Callback<String>,
    /// The accessible name, where no `<label>` wraps the field.
    #[prop_or_default]
    pub label: Option<AttrValue>,
}

/// A one-line text that wraps and grows with its words instead of hiding them in a narrow field
/// (a problem, a name, an innovation): Enter saves, as in a single-line field.
#[component(WrapText)]
pub fn wrap_text(props: &WrapTextProps) -> Html {
    let onchange = {
        let cb = props.onchange.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlTextAreaElement>().value();
            // A pasted line break would make two lines of a one-line text.
            cb.emit(value.split_whitespace().collect::<Vec<_>>().join(" "));
        })
    };
    let onkeydown = Callback::from(|e: KeyboardEvent| {
        if e.key() == "Enter" {
            e.prevent_default();
            let _ = e.target_unchecked_into::<HtmlTextAreaElement>().blur();
        }
    });
    html! {
        <textarea class="wrap-text" rows="1" value={props.value.clone()} maxlength={props.maxlength.to_string()}
            aria-label={props.label.clone()} {onchange} {onkeydown} />
    }
}
