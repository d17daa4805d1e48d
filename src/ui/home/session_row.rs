use web_sys::HtmlInputElement;
use workshop::SessionSummary;
use yew::prelude::*;

use crate::browser::env;
use crate::i18n::use_lang;
use crate::i18n::{self, T};
use crate::route::{Route, Step};

/// The step a session opens on: where its work is, not the title form.
pub(super) fn step_in_progress(p: workshop::Progress) -> Step {
    use workshop::Progress as P;
    match p {
        P::Created | P::Participants => Step::Participants,
        P::Assessment => Step::Assessment,
        P::Innovations => Step::Innovations,
        P::Ranking => Step::Ranking,
        P::Solutions => Step::Solutions,
    }
}

/// Props of [`SessionRow`].
#[derive(Properties, PartialEq)]
pub struct SessionRowProps {
    /// The session's line.
    pub summary: SessionSummary,
    /// Renames (id, new title); the parent reports refusals through `error`.
    pub on_rename: Callback<(String, String)>,
    /// Duplicates (id).
    pub on_duplicate: Callback<String>,
    /// Asks to delete (id).
    pub on_delete: Callback<String>,
    /// Why the last rename was refused.
    #[prop_or_default]
    pub error: Option<AttrValue>,
}

/// One saved session on the home screen: title (a link into it), town, date, last change and
/// progress, with rename (inline), duplicate and delete.
#[component(SessionRow)]
pub fn session_row(props: &SessionRowProps) -> Html {
    let lang = use_lang();
    let renaming = use_state(|| false);
    let input = use_node_ref();
    let s = &props.summary;
    {
        let input = input.clone();
        use_effect_with(*renaming, move |on| {
            if let Some(el) = input.cast::<HtmlInputElement>().filter(|_| *on) {
                let _ = el.focus();
                el.select();
            }
        });
    }
    let id = s.id.clone();
    let on_rename = props.on_rename.clone();
    let (r, inp) = (renaming.clone(), input.clone());
    let submit = Callback::from(move |e: SubmitEvent| {
        e.prevent_default();
        if let Some(el) = inp.cast::<HtmlInputElement>() {
            on_rename.emit((id.clone(), el.value()));
        }
        r.set(false);
    });
    let toggle = |on: bool| {
        let r = renaming.clone();
        Callback::from(move |_: MouseEvent| r.set(on))
    };
    let id = s.id.clone();
    let duplicate = props.on_duplicate.reform(move |_: MouseEvent| id.clone());
    let id = s.id.clone();
    let delete = props.on_delete.reform(move |_: MouseEvent| id.clone());
    let meta = [
        (!s.town.is_empty()).then(|| s.town.clone()),
        Some(if s.date.is_empty() {
            lang.t(T::NoDate).to_string()
        } else {
            env::format_date(&s.date, lang.tag())
        }),
    ];
    html! {
        <li class="session-row" data-id={s.id.clone()}>
            <div class="session-main">
                if *renaming {
                    <form class="rename" onsubmit={submit}>
                        <label class="visually-hidden" for={format!("rename-{}", s.id)}>{ lang.t(T::FieldTitle) }</label>
                        <input id={format!("rename-{}", s.id)} ref={input} value={s.title.clone()} maxlength="200" />
                        <button type="submit" class="button">{ lang.t(T::Save) }</button>
                        <button type="button" class="button secondary" onclick={toggle(false)}>{ lang.t(T::Cancel) }</button>
                    </form>
                } else {
                    <a href={Route::Session { id: s.id.clone(), step: step_in_progress(s.progress) }.href()} class="session-title">{ s.title.clone() }</a>
                    if s.example { <span class="badge">{ lang.t(T::ExampleBadge) }</span> }
                }
                <p class="session-meta">{ meta.into_iter().flatten().collect::<Vec<_>>().join(" · ") }</p>
                <p class="session-meta">
                    { lang.t(T::LastChanged) }{ ": " }{ env::format_time(s.changed, lang.tag()) }
                    { " · " }{ lang.t(T::ProgressLabel) }{ ": " }{ i18n::progress(lang, s.progress) }
                </p>
                if let Some(error) = &props.error { <p class="field-error" role="alert">{ error.clone() }</p> }
            </div>
            <div class="session-actions" role="group" aria-label={format!("{}: {}", lang.t(T::SessionActions), s.title)}>
                <button type="button" class="button secondary" onclick={toggle(true)}>{ lang.t(T::Rename) }</button>
                <button type="button" class="button secondary" onclick={duplicate}>{ lang.t(T::Duplicate) }</button>
                <button type="button" class="button secondary danger-text" onclick={delete}>{ lang.t(T::Delete) }</button>
            </div>
        </li>
    }
}
