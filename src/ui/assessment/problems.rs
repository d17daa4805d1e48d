use std::rc::Rc;

use web_sys::HtmlInputElement;
use workshop::assessment::AssessmentAction;
use workshop::{Action, Session};
use yew::prelude::*;

use crate::browser::env;
use crate::i18n::use_lang;
use crate::i18n::{self, T};
use crate::ui::widgets::WrapText;

/// Props of [`ProblemsPanel`].
#[derive(Properties, PartialEq)]
pub struct ProblemsPanelProps {
    /// The session.
    pub session: Rc<Session>,
    /// Dispatches changes.
    pub on_action: Callback<Action>,
}

/// The development problems workshop 2 ranks: made from the key weaknesses in one action (each
/// linked back to its weakness and domain), reworded, removed, or typed directly.
#[component(ProblemsPanel)]
pub fn problems_panel(props: &ProblemsPanelProps) -> Html {
    let lang = use_lang();
    let session = &props.session;
    let unlinked: Vec<String> = session
        .unlinked_key_weaknesses()
        .iter()
        .map(|c| c.meta.id.clone())
        .collect();
    let convert = {
        let (on_action, unlinked) = (props.on_action.clone(), unlinked.clone());
        Callback::from(move |_: MouseEvent| {
            let problems = unlinked
                .iter()
                .map(|card| (env::new_id(), card.clone()))
                .collect();
            on_action.emit(Action::Assessment(AssessmentAction::WeaknessesToProblems {
                problems,
            }));
        })
    };
    let new_problem = use_node_ref();
    let add = {
        let (on_action, input) = (props.on_action.clone(), new_problem.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(field) = input.cast::<HtmlInputElement>() else {
                return;
            };
            on_action.emit(Action::Assessment(AssessmentAction::AddProblem {
                id: env::new_id(),
                text: field.value(),
            }));
            if !field.value().trim().is_empty() {
                field.set_value("");
            }
        })
    };
    let problems: Vec<_> = session.live_problems().cloned().collect();
    html! {
        <section class="card" aria-labelledby="problems-heading">
            <h2 id="problems-heading">{ lang.t(T::ProblemsHeading) }</h2>
            <div class="actions start">
                <button type="button" class="button" disabled={unlinked.is_empty()} onclick={convert}>
                    { lang.t(T::ToProblems) }{ format!(" ({})", unlinked.len()) }
                </button>
            </div>
            if problems.is_empty() {
                <p class="empty">{ lang.t(T::NoProblems) }</p>
            } else {
                <ol class="problems">
                    { for problems.iter().enumerate().map(|(n, p)| {
                        let edit = {
                            let (on_action, id) = (props.on_action.clone(), p.meta.id.clone());
                            Callback::from(move |text: String| {
                                on_action.emit(Action::Assessment(AssessmentAction::EditProblem { id: id.clone(), text }))
                            })
                        };
                        let remove = {
                            let (on_action, id) = (props.on_action.clone(), p.meta.id.clone());
                            Callback::from(move |_: MouseEvent| on_action.emit(Action::Assessment(AssessmentAction::RemoveProblem { id: id.clone() })))
                        };
                        html! {
                            <li key={p.meta.id.clone()} data-id={p.meta.id.clone()}>
                                <WrapText value={p.text.clone()} maxlength={300} label={format!("{} {}", lang.t(T::Problem), n + 1)} onchange={edit} />
                                if let Some(g) = i18n::example_gloss(lang, session, &p.text) { <span class="gloss" lang="en">{ g }</span> }
                                if let Some(d) = p.domain {
                                    <span class="hint">{ lang.t(T::FromWeakness) }{ " · " }{ i18n::domain_name(lang, d) }</span>
                                }
                                <button type="button" class="button secondary danger-text" onclick={remove}
                                    aria-label={format!("{}: {} {}", lang.t(T::Remove), lang.t(T::Problem), n + 1)}>{ lang.t(T::Remove) }</button>
                            </li>
                        }
                    }) }
                </ol>
            }
            <form class="add-card" onsubmit={add}>
                <input ref={new_problem} maxlength="300" placeholder={lang.t(T::NewProblem)} aria-label={lang.t(T::NewProblem)} />
                <button type="submit" class="button">{ lang.t(T::Add) }</button>
            </form>
        </section>
    }
}
