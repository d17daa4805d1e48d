use web_sys::{HtmlInputElement, HtmlSelectElement};
use workshop::session::ContentLang;
use workshop::{Action, SessionInfo};
use yew::prelude::*;

use crate::i18n::use_lang;
use crate::i18n::T;

/// Props of [`SessionDetails`].
#[derive(Properties, PartialEq)]
pub struct SessionDetailsProps {
    /// The session's description.
    pub info: SessionInfo,
    /// Dispatches the edit.
    pub on_action: Callback<Action>,
    /// Why the last edit was refused.
    #[prop_or_default]
    pub refused: Option<AttrValue>,
}

/// The session's description as an editable form: title, town, date, content language.
#[component(SessionDetails)]
pub fn session_details(props: &SessionDetailsProps) -> Html {
    let lang = use_lang();
    let refs = use_memo((), |_| {
        [
            NodeRef::default(),
            NodeRef::default(),
            NodeRef::default(),
            NodeRef::default(),
        ]
    });
    // Commits the fields that differ from the session: on every field's change event (leaving a
    // field, picking a date or a language), so typing is saved without a button, and on submit.
    let commit = {
        let refs = refs.clone();
        let info = props.info.clone();
        let on_action = props.on_action.clone();
        Callback::from(move |()| {
            let value = |r: &NodeRef| {
                r.cast::<HtmlInputElement>()
                    .map(|i| i.value())
                    .unwrap_or_default()
            };
            let content_lang = match refs[3]
                .cast::<HtmlSelectElement>()
                .map(|s| s.value())
                .as_deref()
            {
                Some("en") => ContentLang::En,
                _ => ContentLang::Sl,
            };
            // Only the fields the user changed, so that a replay on another tab's newer copy
            // keeps that tab's edits to the other fields.
            let changed = |new: String, old: &str| (new != old).then_some(new);
            let action = Action::UpdateInfo {
                title: changed(value(&refs[0]), &info.title),
                town: changed(value(&refs[1]), &info.town),
                date: changed(value(&refs[2]), &info.date),
                content_lang: (content_lang != info.content_lang).then_some(content_lang),
            };
            let nothing = Action::UpdateInfo {
                title: None,
                town: None,
                date: None,
                content_lang: None,
            };
            if action != nothing {
                on_action.emit(action);
            }
        })
    };
    let onsubmit = commit.reform(|e: SubmitEvent| e.prevent_default());
    let onchange = commit.reform(|_: Event| ());
    // The inputs' `value`s follow the session, so a change from another tab shows up; what the
    // user is typing is left alone until it changes.
    let info = &props.info;
    html! {
        <form class="card form" {onsubmit} {onchange} aria-labelledby="details-heading">
            <h2 id="details-heading">{ lang.t(T::SessionDetails) }</h2>
            <label>{ lang.t(T::FieldTitle) }
                <input ref={refs[0].clone()} name="title" value={info.title.clone()} required=true maxlength="200" autocomplete="off" />
            </label>
            <label>{ lang.t(T::FieldTown) }
                <input ref={refs[1].clone()} name="town" value={info.town.clone()} maxlength="120" autocomplete="off" />
            </label>
            <div class="row">
                <label>{ lang.t(T::FieldDate) }
                    <input ref={refs[2].clone()} name="date" type="date" value={info.date.clone()} />
                </label>
                <label>{ lang.t(T::FieldContentLang) }
                    <select ref={refs[3].clone()} name="content_lang">
                        <option value="sl" selected={info.content_lang == ContentLang::Sl}>{ lang.t(T::LangSl) }</option>
                        <option value="en" selected={info.content_lang == ContentLang::En}>{ lang.t(T::LangEn) }</option>
                    </select>
                </label>
            </div>
            if let Some(error) = &props.refused { <p class="field-error" role="alert">{ error.clone() }</p> }
            <div class="actions">
                <button type="submit" class="button">{ lang.t(T::Save) }</button>
            </div>
        </form>
    }
}
