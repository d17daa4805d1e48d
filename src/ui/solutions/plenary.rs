//! The plenary: every idea side by side, one column per problem; the room rates each idea's
//! impact and feasibility (1–5) and picks the ideas to take forward.

use std::rc::Rc;

use web_sys::HtmlSelectElement;
use workshop::solutions::{Idea, SolutionsAction};
use workshop::{Action, Session};
use yew::prelude::*;

use super::{problem_heading, status_name};
use crate::i18n::use_lang;
use crate::i18n::T;

/// Props of [`Plenary`].
#[derive(Properties, PartialEq)]
pub struct PlenaryProps {
    /// The session.
    pub session: Rc<Session>,
    /// Dispatches changes.
    pub on_action: Callback<Action>,
}

/// All ideas side by side per problem, with the room's ratings and picks.
#[component(Plenary)]
pub fn plenary(props: &PlenaryProps) -> Html {
    let lang = use_lang();
    let s = &props.session;
    let rating = |idea: &Idea, impact: bool| {
        let (on_action, i) = (props.on_action.clone(), idea.clone());
        let onchange = Callback::from(move |e: Event| {
            let Some(sel) = e.target_dyn_into::<HtmlSelectElement>() else {
                return;
            };
            let v = sel.value().parse().ok();
            let (impact, feasibility) = if impact {
                (v, i.feasibility)
            } else {
                (i.impact, v)
            };
            on_action.emit(Action::Solutions(SolutionsAction::AssessIdea {
                id: i.meta.id.clone(),
                impact,
                feasibility,
            }));
        });
        let (label, current) = if impact {
            (T::Impact, idea.impact)
        } else {
            (T::Feasibility, idea.feasibility)
        };
        html! {
            <label class="rating">{ lang.t(label) }
                <select {onchange}>
                    <option value="" selected={current.is_none()}>{ lang.t(T::NotRated) }</option>
                    { for (1..=5u8).map(|n| html! { <option value={n.to_string()} selected={current == Some(n)}>{ n }</option> }) }
                </select>
            </label>
        }
    };
    let idea = |i: &Idea| {
        let pick = {
            let (on_action, id, picked) = (props.on_action.clone(), i.meta.id.clone(), i.picked);
            Callback::from(move |_: MouseEvent| {
                on_action.emit(Action::Solutions(SolutionsAction::PickIdea {
                    id: id.clone(),
                    picked: !picked,
                }))
            })
        };
        html! {
            <li class={classes!("plenary-idea", i.picked.then_some("picked"))} data-id={i.meta.id.clone()}>
                <strong>{ i.text.title.clone() }</strong>
                <span class="muted">{ status_name(lang, i.status) }</span>
                if !i.text.description.is_empty() { <p>{ i.text.description.clone() }</p> }
                <div class="ratings">{ rating(i, true) }{ rating(i, false) }</div>
                <button type="button" class="toggle wide" aria-pressed={i.picked.to_string()} onclick={pick}>
                    { if i.picked { "✓ " } else { "" } }{ lang.t(T::TakeForward) }
                </button>
            </li>
        }
    };
    let columns = s.live_worksheets().map(|w| {
        let ideas = s.ideas_of(&w.meta.id);
        html! {
            <section class="plenary-column" aria-label={problem_heading(lang, s, &w.problem)}>
                <h3>{ problem_heading(lang, s, &w.problem) }</h3>
                if !w.core.is_empty() { <p class="core">{ w.core.clone() }</p> }
                if ideas.is_empty() { <p class="empty">{ lang.t(T::NoIdeas) }</p> }
                <ul class="plain">{ for ideas.into_iter().map(idea) }</ul>
            </section>
        }
    });
    html! {
        <section class="card" aria-labelledby="plenary-heading">
            <h2 id="plenary-heading">{ lang.t(T::PlenaryHeading) }</h2>
            <p class="hint">{ lang.t(T::PlenaryHelp) }</p>
            <div class="plenary">{ for columns }</div>
        </section>
    }
}
