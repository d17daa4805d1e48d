use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use workshop::innovations::{period_of, Innovation, InnovationType, InnovationsAction};
use workshop::participants::Sector;
use workshop::{Action, Session};
use yew::prelude::*;

use super::{type_of, type_value};
use crate::i18n::use_lang;
use crate::i18n::{self, T};
use crate::ui::widgets::WrapText;

/// Props of [`InnovationDetails`].
#[derive(Properties, PartialEq)]
pub struct InnovationDetailsProps {
    /// The innovation.
    pub innovation: Innovation,
    /// The session (its periods and sector names).
    pub session: Rc<Session>,
    /// Dispatches edits.
    pub on_action: Callback<Action>,
}

fn send(on_action: &Callback<Action>, n: Innovation) {
    on_action.emit(n.edit_action());
}

/// An innovation's record as a form: table 2's type, name, year and period, then the rest —
/// description, the sectors and organisations that drove it, the need it answered, and whether
/// it still runs. Saved as each field is left.
#[component(InnovationDetails)]
pub fn innovation_details(props: &InnovationDetailsProps) -> Html {
    let lang = use_lang();
    let i = &props.innovation;
    let text = |set: fn(&mut Innovation, String)| {
        let (on_action, base) = (props.on_action.clone(), i.clone());
        Callback::from(move |e: Event| {
            let target = e.target().expect("an event target");
            let value = match wasm_bindgen::JsCast::dyn_ref::<HtmlTextAreaElement>(&target) {
                Some(t) => t.value(),
                None => wasm_bindgen::JsCast::unchecked_ref::<HtmlInputElement>(&target).value(),
            };
            let mut n = base.clone();
            set(&mut n, value);
            send(&on_action, n);
        })
    };
    let sector_names = props.session.settings().sector_names;
    let select = |set: fn(&mut Innovation, String)| {
        let (on_action, base) = (props.on_action.clone(), i.clone());
        Callback::from(move |e: Event| {
            let mut n = base.clone();
            set(
                &mut n,
                e.target_unchecked_into::<HtmlSelectElement>().value(),
            );
            send(&on_action, n);
        })
    };
    let on_name = {
        let (on_action, base) = (props.on_action.clone(), i.clone());
        Callback::from(move |v: String| {
            let mut n = base.clone();
            n.name = v;
            send(&on_action, n);
        })
    };
    let on_period = {
        let (on_action, id) = (props.on_action.clone(), i.meta.id.clone());
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            on_action.emit(Action::Innovations(
                InnovationsAction::SetInnovationPeriod {
                    id: id.clone(),
                    period: (!v.is_empty()).then_some(v),
                },
            ));
        })
    };
    let periods = &props.session.periods;
    let second = i.types.get(1).copied();
    let by_year = period_of(
        &Innovation {
            period: None,
            ..i.clone()
        },
        periods,
    )
    .map(|p| p.name.clone())
    .unwrap_or_else(|| lang.t(T::NoPeriod).to_string());
    let remove = {
        let (on_action, id) = (props.on_action.clone(), i.meta.id.clone());
        Callback::from(move |_: MouseEvent| {
            on_action.emit(Action::Innovations(InnovationsAction::RemoveInnovation {
                id: id.clone(),
            }))
        })
    };
    let driver = |s: Sector| {
        let on = i.drivers.contains(&s);
        let (on_action, base) = (props.on_action.clone(), i.clone());
        let onclick = Callback::from(move |_: MouseEvent| {
            let mut n = base.clone();
            if on {
                n.drivers.retain(|d| *d != s);
            } else {
                n.drivers.push(s);
            }
            send(&on_action, n);
        });
        html! { <button type="button" class="toggle wide" aria-pressed={on.to_string()} {onclick}>{ i18n::sector_name(lang, s, &sector_names) }</button> }
    };
    let running = {
        let (on_action, base) = (props.on_action.clone(), i.clone());
        Callback::from(move |e: Event| {
            let mut n = base.clone();
            n.running = match e
                .target_unchecked_into::<HtmlSelectElement>()
                .value()
                .as_str()
            {
                "yes" => Some(true),
                "no" => Some(false),
                _ => None,
            };
            send(&on_action, n);
        })
    };
    html! {
        <div class="form innovation-details">
            <div class="row">
                <label>{ lang.t(T::FieldType) }
                    <select aria-label={lang.t(T::FieldType)} onchange={select(|n, v| if let Some(t) = type_of(&v) { let second = n.types.get(1).copied(); n.types = std::iter::once(t).chain(second.filter(|s| *s != t)).collect(); })}>
                        { for InnovationType::ALL.iter().map(|&t| html! { <option value={type_value(t)} selected={i.types.first() == Some(&t)}>{ i18n::type_name(lang, t) }</option> }) }
                    </select>
                </label>
                <label>{ lang.t(T::FieldSecondType) }
                    <select aria-label={lang.t(T::FieldSecondType)} onchange={select(|n, v| if let Some(&first) = n.types.first() { n.types = std::iter::once(first).chain(type_of(&v).filter(|t| *t != first)).collect(); })}>
                        <option value="" selected={second.is_none()}>{ lang.t(T::NoSecondType) }</option>
                        { for InnovationType::ALL.iter().map(|&t| html! { <option value={type_value(t)} selected={second == Some(t)}>{ i18n::type_name(lang, t) }</option> }) }
                    </select>
                </label>
            </div>
            <label>{ lang.t(T::FieldInnovation) }<WrapText value={i.name.clone()} maxlength={300} onchange={on_name} /></label>
            <div class="row">
                <label class="narrow">{ lang.t(T::FieldYear) }
                    <input class="year" type="number" min="1000" max="2200" placeholder={lang.t(T::YearUnknown)}
                        value={i.year.map(|y| y.to_string()).unwrap_or_default()}
                        onchange={text(|n, v| n.year = v.trim().parse().ok())} />
                </label>
                <label>{ lang.t(T::FieldPeriod) }
                    <select aria-label={lang.t(T::FieldPeriod)} onchange={on_period}>
                        <option value="" selected={i.period.is_none()}>{ lang.t(T::PeriodByYear) }{ ": " }{ by_year }</option>
                        { for props.session.live_periods().map(|p| html! { <option value={p.meta.id.clone()} selected={i.period.as_deref() == Some(p.meta.id.as_str())}>{ p.name.clone() }</option> }) }
                    </select>
                </label>
            </div>
            <p class="origin muted">{ lang.t(T::FieldOrigin) }{ ": " }{ i18n::origin_name(lang, i.origin) }</p>
            <label>{ lang.t(T::FieldDescription) }<textarea maxlength="1000" value={i.description.clone()} onchange={text(|n, v| n.description = v)} /></label>
            <fieldset>
                <legend>{ lang.t(T::FieldDrivers) }</legend>
                <div class="tabs">{ for Sector::ALL.iter().map(|&s| driver(s)) }</div>
            </fieldset>
            <div class="row">
                <label>{ lang.t(T::FieldOrganisations) }<input maxlength="300" value={i.organisations.clone()} onchange={text(|n, v| n.organisations = v)} /></label>
                <label>{ lang.t(T::FieldRunning) }
                    <select onchange={running}>
                        <option value="" selected={i.running.is_none()}>{ lang.t(T::RunningUnknown) }</option>
                        <option value="yes" selected={i.running == Some(true)}>{ lang.t(T::RunningYes) }</option>
                        <option value="no" selected={i.running == Some(false)}>{ lang.t(T::RunningNo) }</option>
                    </select>
                </label>
            </div>
            <label>{ lang.t(T::FieldNeed) }<textarea maxlength="1000" value={i.need.clone()} onchange={text(|n, v| n.need = v)} /></label>
            <div class="actions">
                <button type="button" class="button secondary danger-text" onclick={remove}
                    aria-label={format!("{}: {}", lang.t(T::Remove), i.name)}>{ lang.t(T::Remove) }</button>
            </div>
        </div>
    }
}
