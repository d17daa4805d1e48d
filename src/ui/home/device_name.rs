//! This device's readable name ("Group 3's tablet"): set once per tablet, carried in every file
//! it writes, so that whoever merges the file sees where it came from.

use web_sys::HtmlInputElement;
use workshop::limits::MAX_DEVICE_NAME;
use yew::prelude::*;

use crate::browser::storage;
use crate::i18n::use_lang;
use crate::i18n::{self, T};

/// The name field with its save button.
#[component(DeviceNameField)]
pub fn device_name_field() -> Html {
    let lang = use_lang();
    let value = use_state(storage::device_name);
    let status = use_state(|| None::<AttrValue>);
    let oninput = {
        let (value, status) = (value.clone(), status.clone());
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            value.set(input.value());
            status.set(None);
        })
    };
    let onsubmit = {
        let (value, status) = (value.clone(), status.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let text = match storage::save_device_name(&value) {
                Ok(()) => lang.t(T::NameSaved).to_string(),
                Err(e) => i18n::storage_error(lang, &e),
            };
            status.set(Some(text.into()));
        })
    };
    html! {
        <form class="device-name" {onsubmit}>
            <label for="device-name">{ lang.t(T::DeviceNameLabel) }</label>
            <div class="inline-field">
                <input id="device-name" type="text" value={(*value).clone()} {oninput}
                    maxlength={MAX_DEVICE_NAME.to_string()}
                    placeholder={lang.t(T::DeviceNamePlaceholder)} />
                <button type="submit" class="button secondary">{ lang.t(T::SaveName) }</button>
            </div>
            if let Some(s) = &*status { <p class="hint" role="status">{ s.clone() }</p> }
        </form>
    }
}
