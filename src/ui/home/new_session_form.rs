use web_sys::{HtmlInputElement, HtmlSelectElement};
use workshop::session::ContentLang;
use yew::prelude::*;

use crate::i18n::use_lang;
use crate::i18n::T;

/// What the form collects.
#[derive(Debug, Clone, PartialEq)]
pub struct NewSessionInput {
    /// Title.
    pub title: String,
    /// Town.
    pub town: String,
    /// Date (`YYYY-MM-DD` or empty).
    pub date: String,
    /// Content language.
    pub content_lang: ContentLang,
}

/// Props of [`NewSessionForm`].
#[derive(Properties, PartialEq)]
pub struct NewSessionFormProps {
    /// Creates the session; the parent validates and reports through `error`.
    pub on_create: Callback<NewSessionInput>,
    /// Closes the form.
    pub on_cancel: Callback<()>,
    /// Why the last attempt was refused.
    #[prop_or_default]
    pub error: Option<AttrValue>,
}

/// The form that creates a session: title, town, date and content language.
#[component(NewSessionForm)]
pub fn new_session_form(props: &NewSessionFormProps) -> Html {
    let lang = use_lang();
    let title = use_node_ref();
    let town = use_node_ref();
    let date = use_node_ref();
    let content = use_node_ref();
    {
        let title = title.clone();
        use_effect_with((), move |_| {
            if let Some(el) = title.cast::<HtmlInputElement>() {
                let _ = el.focus();
            }
        });
    }
    let onsubmit = {
        let (title, town, date, content) =
            (title.clone(), town.clone(), date.clone(), content.clone());
        let on_create = props.on_create.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let value = |r: &NodeRef| {
                r.cast::<HtmlInputElement>()
                    .map(|i| i.value())
                    .unwrap_or_default()
            };
            let content_lang = match content
                .cast::<HtmlSelectElement>()
                .map(|s| s.value())
                .as_deref()
            {
                Some("en") => ContentLang::En,
                _ => ContentLang::Sl,
            };
            on_create.emit(NewSessionInput {
                title: value(&title),
                town: value(&town),
                date: value(&date),
                content_lang,
            });
        })
    };
    let cancel = props.on_cancel.clone();
    html! {
        <form class="card form" {onsubmit} aria-labelledby="new-session-heading">
            <h2 id="new-session-heading">{ lang.t(T::NewSession) }</h2>
            <label>{ lang.t(T::FieldTitle) }
                <input ref={title} name="title" required=true maxlength="200" autocomplete="off" />
            </label>
            <label>{ lang.t(T::FieldTown) }
                <input ref={town} name="town" maxlength="120" autocomplete="off" />
            </label>
            <div class="row">
                <label>{ lang.t(T::FieldDate) }
                    <input ref={date} name="date" type="date" />
                </label>
                <label>{ lang.t(T::FieldContentLang) }
                    <select ref={content} name="content_lang">
                        <option value="sl" selected={lang.tag() == "sl"}>{ lang.t(T::LangSl) }</option>
                        <option value="en" selected={lang.tag() == "en"}>{ lang.t(T::LangEn) }</option>
                    </select>
                </label>
            </div>
            if let Some(error) = &props.error { <p class="field-error" role="alert">{ error.clone() }</p> }
            <div class="actions">
                <button type="button" class="button secondary" onclick={Callback::from(move |_| cancel.emit(()))}>{ lang.t(T::Cancel) }</button>
                <button type="submit" class="button">{ lang.t(T::Create) }</button>
            </div>
        </form>
    }
}
