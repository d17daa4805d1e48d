//! One idea on its worksheet: what the group writes of it, the sectors that would carry it, what
//! it builds on and its status; moved up or down, removed. Each field is saved when left.

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use workshop::participants::Sector;
use workshop::solutions::{Idea, IdeaStatus, IdeaText, SolutionsAction};
use workshop::{Action, Session};
use yew::prelude::*;

use super::basis::BasisPicker;
use super::status_name;
use crate::i18n::use_lang;
use crate::i18n::{self, T};

/// A change to one text field of an idea, given the field's new value.
type TextChange = Rc<dyn Fn(&mut IdeaText, String)>;

/// Props of [`IdeaCard`].
#[derive(Properties, PartialEq)]
pub struct IdeaCardProps {
    /// The session (for links and sector names).
    pub session: Rc<Session>,
    /// The idea.
    pub idea: Idea,
    /// Its place among the worksheet's ideas (1-based) and how many there are.
    pub place: (usize, usize),
    /// Dispatches changes.
    pub on_action: Callback<Action>,
}

/// The value of the input, textarea or select an event came from.
fn value_of(e: &Event) -> String {
    let Some(target) = e.target() else {
        return String::new();
    };
    use wasm_bindgen::JsCast;
    if let Some(t) = target.dyn_ref::<HtmlTextAreaElement>() {
        t.value()
    } else if let Some(s) = target.dyn_ref::<HtmlSelectElement>() {
        s.value()
    } else {
        target.unchecked_ref::<HtmlInputElement>().value()
    }
}

/// One idea, editable.
#[component(IdeaCard)]
pub fn idea_card(props: &IdeaCardProps) -> Html {
    let lang = use_lang();
    let idea = &props.idea;
    let id = idea.meta.id.clone();
    let save = |change: TextChange| {
        let (on_action, idea) = (props.on_action.clone(), idea.clone());
        Callback::from(move |e: Event| {
            let mut text = idea.text.clone();
            change(&mut text, value_of(&e));
            on_action.emit(idea.edit_action(text));
        })
    };
    let area = |label: T, value: &str, change: TextChange| {
        html! {
            <label>{ lang.t(label) }<textarea maxlength="1000" rows={super::rows_for(value)} value={value.to_string()} onchange={save(change)} /></label>
        }
    };
    let send = |a: SolutionsAction| {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(Action::Solutions(a.clone())))
    };
    let sector = |sc: Sector| {
        let on = idea.text.sectors.contains(&sc);
        let (on_action, idea) = (props.on_action.clone(), idea.clone());
        let onclick = Callback::from(move |_: MouseEvent| {
            let mut text = idea.text.clone();
            if on {
                text.sectors.retain(|x| *x != sc);
            } else {
                text.sectors.push(sc);
            }
            on_action.emit(idea.edit_action(text));
        });
        let name = i18n::sector_name(lang, sc, &props.session.settings().sector_names);
        html! { <button type="button" class="toggle" aria-pressed={on.to_string()} {onclick}>{ name }</button> }
    };
    let on_status = {
        let (on_action, id) = (props.on_action.clone(), id.clone());
        Callback::from(move |e: Event| {
            let v = value_of(&e);
            if let Some(status) = IdeaStatus::ALL.into_iter().find(|s| status_value(*s) == v) {
                on_action.emit(Action::Solutions(SolutionsAction::SetIdeaStatus {
                    id: id.clone(),
                    status,
                }));
            }
        })
    };
    let on_bases = {
        let (on_action, idea) = (props.on_action.clone(), idea.clone());
        Callback::from(move |builds_on| {
            let text = IdeaText {
                builds_on,
                ..idea.text.clone()
            };
            on_action.emit(idea.edit_action(text))
        })
    };
    let (place, of) = props.place;
    html! {
        <article class={classes!("idea", idea.picked.then_some("picked"))} data-id={id.clone()} aria-label={idea.text.title.clone()}>
            <div class="idea-head">
                <span class="num" aria-hidden="true">{ place }</span>
                <input class="idea-title" maxlength="300" value={idea.text.title.clone()}
                    aria-label={format!("{} {place}", lang.t(T::IdeaTitle))}
                    onchange={save(Rc::new(|t, v| t.title = v))} />
                <div class="row-actions no-print">
                    <button type="button" class="icon-button" disabled={place == 1} aria-label={lang.t(T::MoveUp)} title={lang.t(T::MoveUp)}
                        onclick={send(SolutionsAction::MoveIdea { id: id.clone(), up: true })}>{ "↑" }</button>
                    <button type="button" class="icon-button" disabled={place == of} aria-label={lang.t(T::MoveDown)} title={lang.t(T::MoveDown)}
                        onclick={send(SolutionsAction::MoveIdea { id: id.clone(), up: false })}>{ "↓" }</button>
                </div>
            </div>
            <div class="form">
                { area(T::IdeaDescription, &idea.text.description, Rc::new(|t, v| t.description = v)) }
                { area(T::IdeaCarriers, &idea.text.carriers, Rc::new(|t, v| t.carriers = v)) }
                <fieldset>
                    <legend>{ lang.t(T::IdeaSectors) }</legend>
                    <div class="tabs">{ for Sector::ALL.into_iter().map(sector) }</div>
                </fieldset>
                { area(T::IdeaResources, &idea.text.resources, Rc::new(|t, v| t.resources = v)) }
                { area(T::IdeaBeneficiaries, &idea.text.beneficiaries, Rc::new(|t, v| t.beneficiaries = v)) }
                { area(T::IdeaFirstSteps, &idea.text.first_steps, Rc::new(|t, v| t.first_steps = v)) }
                { area(T::IdeaAlternatives, &idea.text.alternatives, Rc::new(|t, v| t.alternatives = v)) }
                <fieldset>
                    <legend>{ lang.t(T::BuildsOn) }</legend>
                    <BasisPicker session={props.session.clone()} chosen={idea.text.builds_on.clone()} on_change={on_bases} id={format!("basis-{id}")} />
                </fieldset>
                <label class="narrow">{ lang.t(T::IdeaStatusLabel) }
                    <select onchange={on_status}>
                        { for IdeaStatus::ALL.into_iter().map(|s| html! {
                            <option value={status_value(s)} selected={s == idea.status}>{ status_name(lang, s) }</option>
                        }) }
                    </select>
                </label>
            </div>
            <div class="actions start no-print">
                <button type="button" class="button secondary danger-text" onclick={send(SolutionsAction::RemoveIdea { id: id.clone() })}>{ lang.t(T::Remove) }</button>
            </div>
        </article>
    }
}

/// A status select's value.
fn status_value(s: IdeaStatus) -> &'static str {
    match s {
        IdeaStatus::Concept => "concept",
        IdeaStatus::Feasibility => "feasibility",
        IdeaStatus::Development => "development",
        IdeaStatus::Running => "running",
        IdeaStatus::Dropped => "dropped",
    }
}
