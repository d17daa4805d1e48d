//! Workshop 3: from the problems chosen in workshop 2 to ideas. Worksheets per problem and
//! group, ideas with their status, the plenary's ratings and picks, and the map of problems to
//! ideas (the paper's figure 6).

mod basis;
mod idea;
mod map;
mod plenary;
mod worksheet;

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use workshop::assessment::AssessmentAction;
use workshop::solutions::{IdeaStatus, NewWorksheet, SolutionsAction};
use workshop::{Action, Session};
use yew::prelude::*;

use crate::browser::env;
use crate::i18n::use_lang;
use crate::i18n::{self, Lang, T};
use crate::ui::session::context::{use_session, SessionContext};
use map::ProblemMapFigure;
pub use map::{content_lang, map_svg};
use plenary::Plenary;
use worksheet::WorksheetCard;

/// A status, by name.
pub fn status_name(lang: Lang, s: IdeaStatus) -> &'static str {
    lang.t(match s {
        IdeaStatus::Concept => T::StatusConcept,
        IdeaStatus::Feasibility => T::StatusFeasibility,
        IdeaStatus::Development => T::StatusDevelopment,
        IdeaStatus::Running => T::StatusRunning,
        IdeaStatus::Dropped => T::StatusDropped,
    })
}

/// Rows for a text area: enough for its text (about 60 characters a line), 2 to 8.
pub fn rows_for(text: &str) -> String {
    (text.chars().count() / 60 + 1 + text.matches('\n').count())
        .clamp(2, 8)
        .to_string()
}

/// A worksheet's heading: its problem's wording, with the domain it came from and a mark if the
/// problem was removed since.
pub fn problem_heading(lang: Lang, s: &Session, problem: &str) -> String {
    let p = s.problems.iter().find(|p| p.meta.id == problem);
    let mut text = s.problem_text(problem).to_string();
    if let Some(d) = p.and_then(|p| p.domain) {
        text = format!("{text} ({})", i18n::domain_name(lang, d));
    }
    if p.is_some_and(|p| p.meta.deleted) {
        text = format!("{text} – {}", lang.t(T::RemovedMark));
    }
    text
}

/// Props of [`StartPanel`].
#[derive(Properties, PartialEq)]
struct StartPanelProps {
    session: Rc<Session>,
    on_action: Callback<Action>,
}

/// Starts worksheets: for the chosen problems at once (one group each), for any other problem,
/// or for a problem typed here.
#[component(StartPanel)]
fn start_panel(props: &StartPanelProps) -> Html {
    let lang = use_lang();
    let s = &props.session;
    let (pick, typed) = (use_node_ref(), use_node_ref());
    let pending = s.default_worksheets(String::new);
    let start_chosen = {
        let (on_action, s) = (props.on_action.clone(), s.clone());
        Callback::from(move |_: MouseEvent| {
            let worksheets = s.default_worksheets(env::new_id);
            on_action.emit(Action::Solutions(SolutionsAction::StartWorksheets {
                worksheets,
            }))
        })
    };
    let start_other = {
        let (on_action, pick, typed) = (props.on_action.clone(), pick.clone(), typed.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let typed_text = typed
                .cast::<HtmlInputElement>()
                .map(|i| i.value())
                .unwrap_or_default();
            let problem = if typed_text.trim().is_empty() {
                let Some(id) = pick
                    .cast::<HtmlSelectElement>()
                    .map(|s| s.value())
                    .filter(|v| !v.is_empty())
                else {
                    return;
                };
                id
            } else {
                let id = env::new_id();
                on_action.emit(Action::Assessment(AssessmentAction::AddProblem {
                    id: id.clone(),
                    text: typed_text,
                }));
                id
            };
            on_action.emit(Action::Solutions(SolutionsAction::StartWorksheets {
                worksheets: vec![NewWorksheet {
                    id: env::new_id(),
                    problem,
                    group: None,
                }],
            }));
            if let Some(i) = typed.cast::<HtmlInputElement>() {
                i.set_value("");
            }
        })
    };
    let others: Vec<_> = s
        .live_problems()
        .filter(|p| !s.live_worksheets().any(|w| w.problem == p.meta.id))
        .collect();
    html! {
        <section class="card" aria-labelledby="start-heading">
            <h2 id="start-heading">{ lang.t(T::StartHeading) }</h2>
            <p class="hint">{ lang.t(T::SolutionsIntro) }</p>
            if let Some(c) = s.chosen_problems() {
                <ol>{ for c.problems.iter().map(|p| html! { <li>{ problem_heading(lang, s, p) }</li> }) }</ol>
                if !pending.is_empty() {
                    <p class="hint">{ lang.t(T::StartChosenHint) }</p>
                    <div class="actions start">
                        <button type="button" class="button" onclick={start_chosen}>{ lang.t(T::StartChosen) }</button>
                    </div>
                }
            } else {
                <p class="hint">{ lang.t(T::NoChosen) }</p>
            }
            <form class="form start-form no-print" onsubmit={start_other}>
                <fieldset>
                    <legend>{ lang.t(T::OtherProblem) }</legend>
                    <label>{ lang.t(T::ChooseProblem) }
                        <select ref={pick}>
                            <option value="" selected=true>{ "—" }</option>
                            { for others.iter().map(|p| html! { <option value={p.meta.id.clone()}>{ p.text.clone() }</option> }) }
                        </select>
                    </label>
                    <label>{ lang.t(T::TypeProblem) }<input ref={typed} maxlength="300" /></label>
                    <button type="submit" class="button secondary">{ lang.t(T::StartWorksheet) }</button>
                </fieldset>
            </form>
        </section>
    }
}

/// The workshop 3 step.
#[component(SolutionsStep)]
pub fn solutions_step() -> Html {
    let Some(SessionContext {
        session,
        on_action,
        refused,
    }) = use_session()
    else {
        return Html::default();
    };
    let lang = use_lang();
    let sheets: Vec<_> = session.live_worksheets().cloned().collect();
    html! {
        <>
            <StartPanel session={session.clone()} on_action={on_action.clone()} />
            <section class="worksheets" aria-labelledby="sheets-heading">
                <h2 id="sheets-heading">{ lang.t(T::WorksheetsHeading) }<span class="count">{ sheets.len() }</span></h2>
                if let Some(error) = &refused { <p class="field-error" role="alert">{ error.clone() }</p> }
                if sheets.is_empty() { <p class="empty">{ lang.t(T::NoWorksheets) }</p> }
                { for sheets.into_iter().map(|w| html! {
                    <WorksheetCard key={w.meta.id.clone()} session={session.clone()} sheet={w.clone()} on_action={on_action.clone()} />
                }) }
            </section>
            <Plenary session={session.clone()} on_action={on_action.clone()} />
            <ProblemMapFigure session={session.clone()} />
        </>
    }
}
