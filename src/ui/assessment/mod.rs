//! Workshop 1: the social sustainability assessment board. The research team's draft, each
//! group's cards and comments, and the plenary's consolidation, on one board whose device says
//! who is working on it; then the summary table and the development problems.

mod board;
mod card;
mod problems;
mod summary;

use workshop::assessment::{Domain, Origin};
use yew::prelude::*;

use crate::browser::platform;
use crate::ui::session::context::{use_session, SessionContext};

use crate::i18n::use_lang;
use crate::i18n::{self, T};
use board::DomainBoard;
use problems::ProblemsPanel;
use summary::SummaryTable;

/// The workshop 1 step.
#[component(AssessmentStep)]
pub fn assessment_step() -> Html {
    let Some(SessionContext {
        session,
        on_action,
        refused,
    }) = use_session()
    else {
        return Html::default();
    };
    let lang = use_lang();
    let origin = use_state(|| Origin::Plenary);
    let groups = session
        .group_plan(1)
        .map(|p| p.groups.len())
        .unwrap_or(0)
        .max(3);
    let choices: Vec<Origin> = [Origin::ResearchTeam]
        .into_iter()
        .chain((1..=groups as u8).map(Origin::Group))
        .chain([Origin::Plenary])
        .collect();
    let choose = |o: Origin| {
        let origin = origin.clone();
        Callback::from(move |_: MouseEvent| origin.set(o))
    };
    html! {
        <>
            <section class="card view-as" aria-labelledby="view-as-heading">
                <h2 id="view-as-heading">{ lang.t(T::ViewAs) }</h2>
                <div class="tabs" role="group" aria-labelledby="view-as-heading">
                    { for choices.iter().map(|&o| html! {
                        <button type="button" class="toggle wide" aria-pressed={(o == *origin).to_string()} onclick={choose(o)}>
                            { i18n::origin_name(lang, o) }
                        </button>
                    }) }
                </div>
                if let Some(error) = &refused { <p class="field-error" role="alert">{ error.clone() }</p> }
                <p class="jump no-print">{ lang.t(T::JumpTo) }{ ": " }
                    <button type="button" class="button link" onclick={Callback::from(|_: MouseEvent| platform::jump_to("summary-heading"))}>{ lang.t(T::SummaryHeading) }</button>
                    { " · " }
                    <button type="button" class="button link" onclick={Callback::from(|_: MouseEvent| platform::jump_to("problems-heading"))}>{ lang.t(T::ProblemsHeading) }</button>
                </p>
            </section>
            { for Domain::ALL.iter().map(|&d| html! {
                <DomainBoard domain={d} session={session.clone()} origin={*origin} on_action={on_action.clone()} />
            }) }
            <SummaryTable session={session.clone()} plenary={*origin == Origin::Plenary} on_action={on_action.clone()} />
            <ProblemsPanel session={session.clone()} on_action={on_action.clone()} />
        </>
    }
}
