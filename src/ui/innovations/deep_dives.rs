use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use workshop::innovations::InnovationsAction;
use workshop::innovations::{what_worked, DeepDive};
use workshop::{Action, Session};
use yew::prelude::*;

use super::factor_notes::FactorNotes;
use crate::i18n::use_lang;
use crate::i18n::{self, T};

/// A change to one field of a worksheet, given the field's new text.
type SheetChange = std::rc::Rc<dyn Fn(&mut DeepDive, String)>;

/// Props of [`DeepDives`].
#[derive(Properties, PartialEq)]
pub struct DeepDivesProps {
    /// The session.
    pub session: Rc<Session>,
    /// Dispatches changes.
    pub on_action: Callback<Action>,
    /// The most deep dives allowed.
    pub limit: usize,
    /// Changes that limit.
    pub on_limit: Callback<usize>,
}

/// The deep-dive worksheets: the need, cooperation, resources, obstacles, success factors (from
/// the list or added) each explained in a sentence, and lessons. Saved as each field is left.
#[component(DeepDives)]
pub fn deep_dives(props: &DeepDivesProps) -> Html {
    let lang = use_lang();
    let s = &props.session;
    let sheet = |d: &DeepDive| {
        let name = s
            .innovations
            .iter()
            .find(|i| i.meta.id == d.innovation)
            .map(|i| i.name.clone())
            .unwrap_or_default();
        // Every edit sends the whole worksheet with one field changed.
        let save = |change: SheetChange| {
            let (on_action, base) = (props.on_action.clone(), d.clone());
            Callback::from(move |e: Event| {
                let target = e.target().expect("an event target");
                let value = match wasm_bindgen::JsCast::dyn_ref::<HtmlTextAreaElement>(&target) {
                    Some(t) => t.value(),
                    None => {
                        wasm_bindgen::JsCast::unchecked_ref::<HtmlInputElement>(&target).value()
                    }
                };
                let mut d = base.clone();
                change(&mut d, value);
                on_action.emit(d.edit_action());
            })
        };
        let area = |label: T, value: &str, change: SheetChange| {
            html! {
                <label>{ lang.t(label) }<textarea maxlength="1000" value={value.to_string()} onchange={save(change)} /></label>
            }
        };
        let on_factors = {
            let (on_action, base) = (props.on_action.clone(), d.clone());
            Callback::from(move |factors| {
                let mut d = base.clone();
                d.factors = factors;
                on_action.emit(d.edit_action());
            })
        };
        let remove = {
            let (on_action, id) = (props.on_action.clone(), d.meta.id.clone());
            Callback::from(move |_: MouseEvent| {
                on_action.emit(Action::Innovations(InnovationsAction::RemoveDeepDive {
                    id: id.clone(),
                }))
            })
        };
        html! {
            <article class="deep-dive card" key={d.meta.id.clone()} data-id={d.meta.id.clone()} aria-label={name.clone()}>
                <h3>{ name.clone() }
                    if d.illustrative { <span class="badge">{ lang.t(T::Illustrative) }</span> }
                </h3>
                <div class="form">
                    { area(T::DiveNeed, &d.need, std::rc::Rc::new(|d, v| d.need = v)) }
                    { area(T::DiveCooperation, &d.cooperation, std::rc::Rc::new(|d, v| d.cooperation = v)) }
                    { area(T::DiveResources, &d.resources, std::rc::Rc::new(|d, v| d.resources = v)) }
                    { area(T::DiveObstacles, &d.obstacles, std::rc::Rc::new(|d, v| d.obstacles = v)) }
                    <FactorNotes notes={d.factors.clone()} on_change={on_factors} legend={lang.t(T::DiveFactors)} />
                    { area(T::DiveLessons, &d.lessons, std::rc::Rc::new(|d, v| d.lessons = v)) }
                </div>
                <div class="actions start"><button type="button" class="button secondary danger-text" onclick={remove}>{ lang.t(T::Remove) }</button></div>
            </article>
        }
    };
    let on_limit = {
        let cb = props.on_limit.clone();
        Callback::from(move |e: Event| {
            cb.emit(
                e.target_unchecked_into::<HtmlInputElement>()
                    .value()
                    .parse()
                    .unwrap_or(4),
            )
        })
    };
    let dives: Vec<_> = s.live_deep_dives().cloned().collect();
    html! {
        <section class="card" aria-labelledby="dives-heading">
            <h2 id="dives-heading">{ lang.t(T::DeepDivesHeading) }<span class="count">{ format!("{}/{}", dives.len(), props.limit) }</span></h2>
            <label class="narrow">{ lang.t(T::DeepDiveLimit) }<input type="number" min="1" max="20" value={props.limit.to_string()} onchange={on_limit} /></label>
            if dives.is_empty() { <p class="empty">{ lang.t(T::NoDeepDives) }</p> }
            { for dives.iter().map(sheet) }
        </section>
    }
}

/// Props of [`WhatWorkedPanel`].
#[derive(Properties, PartialEq)]
pub struct WhatWorkedProps {
    /// The session.
    pub session: Rc<Session>,
    /// Dispatches changes (the series' keys to success).
    pub on_action: Callback<Action>,
}

/// What worked across the deep dives: how often each success factor was named (bars) and the
/// lessons, to carry into workshop 3; and the series' keys to success, named for the whole
/// series rather than one innovation.
#[component(WhatWorkedPanel)]
pub fn what_worked_panel(props: &WhatWorkedProps) -> Html {
    let lang = use_lang();
    let summary = what_worked(&props.session.deep_dives, &props.session.innovations);
    let on_keys = {
        let on_action = props.on_action.clone();
        Callback::from(move |keys| {
            on_action.emit(Action::Innovations(InnovationsAction::SetKeysToSuccess {
                keys,
            }))
        })
    };
    let top = summary.factors.first().map_or(1, |f| f.1).max(1);
    html! {
        <section class="card" aria-labelledby="worked-heading">
            <h2 id="worked-heading">{ lang.t(T::WhatWorkedHeading) }</h2>
            <ul class="factor-bars">
                { for summary.factors.iter().map(|(f, n)| html! {
                    <li>
                        <span>{ i18n::factor_name(lang, f) }{ ": " }<strong>{ n }</strong></span>
                        <svg viewBox="0 0 100 18" preserveAspectRatio="none" aria-hidden="true">
                            <rect x="0" y="2" width={(100 * n / top).to_string()} height="14" fill="#2f6f5e" />
                        </svg>
                    </li>
                }) }
            </ul>
            if !summary.lessons.is_empty() {
                <h3>{ lang.t(T::LessonsHeading) }</h3>
                <ul>{ for summary.lessons.iter().map(|(name, lesson)| html! { <li><strong>{ *name }{ ": " }</strong>{ *lesson }</li> }) }</ul>
            }
            <h3>{ lang.t(T::KeysHeading) }</h3>
            <p class="hint">{ lang.t(T::KeysHelp) }</p>
            <div class="keys">
                <FactorNotes notes={props.session.keys_to_success().to_vec()} on_change={on_keys} legend={lang.t(T::KeysHeading)} />
            </div>
        </section>
    }
}
