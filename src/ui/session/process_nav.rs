//! The session's navigation as the process it is: preparation → workshop 1 → workshop 2 →
//! workshop 3 → report, each step marked not started, in progress or done (from the data), the
//! one next action as a link, and the facilitator's checklist for the phase at hand.

use std::rc::Rc;

use workshop::process::State;
use workshop::Session;
use yew::prelude::*;

use crate::i18n::use_lang;
use crate::i18n::{self, Phase, T};
use crate::route::{Route, Step};

fn phase_of(step: Step) -> Phase {
    match step {
        Step::Overview | Step::Participants => Phase::Preparation,
        Step::Assessment => Phase::Workshop1,
        Step::Innovations | Step::Ranking => Phase::Workshop2,
        Step::Solutions => Phase::Workshop3,
        Step::Report => Phase::Report,
    }
}

/// A step's name.
pub fn step_label(step: Step) -> T {
    match step {
        Step::Overview => T::StepSession,
        Step::Participants => T::StepParticipants,
        Step::Assessment => T::StepAssessment,
        Step::Innovations => T::StepInnovations,
        Step::Ranking => T::StepRanking,
        Step::Solutions => T::StepSolutions,
        Step::Report => T::StepReport,
    }
}

/// Props of [`ProcessNav`].
#[derive(Properties, PartialEq)]
pub struct ProcessNavProps {
    /// The session.
    pub session: Rc<Session>,
    /// The step shown.
    pub step: Step,
}

/// The process navigation, the next action and the checklist.
#[component(ProcessNav)]
pub fn process_nav(props: &ProcessNavProps) -> Html {
    let lang = use_lang();
    let s = &props.session;
    let phases = [
        Phase::Preparation,
        Phase::Workshop1,
        Phase::Workshop2,
        Phase::Workshop3,
        Phase::Report,
    ];
    let link = |step: Step| {
        let state = s.state(step);
        let (mark, class) = match state {
            State::Done => ("✓", "done"),
            State::InProgress => ("●", "in-progress"),
            State::NotStarted => ("○", "not-started"),
        };
        let href = Route::Session {
            id: s.id.clone(),
            step,
        }
        .href();
        let current = (step == props.step).then_some("page");
        html! {
            <li class={classes!("step", class)}>
                <a {href} aria-current={current}><span class="mark" aria-hidden="true">{ mark }</span>{ lang.t(step_label(step)) }</a>
                <span class="visually-hidden">{ format!(" ({})", i18n::state_name(lang, state)) }</span>
            </li>
        }
    };
    let next = s.next_action();
    let next_step = next.part();
    let phase = phase_of(props.step);
    html! {
        <>
            <nav class="steps process" aria-label={lang.t(T::StepsLabel)}>
                <ol>
                    { for phases.iter().map(|&p| html! {
                        <li class="phase">
                            <span class="phase-name">{ i18n::phase_name(lang, p) }</span>
                            <ul>{ for Step::ALL.into_iter().filter(|st| phase_of(*st) == p).map(link) }</ul>
                        </li>
                    }) }
                </ol>
            </nav>
            <div class="next-action no-print" data-testid="next-action">
                <span>{ i18n::next_label(lang) }</span>
                <a class="button primary" href={Route::Session { id: s.id.clone(), step: next_step }.href()}
                    aria-current={(next_step == props.step).then_some("step")}>{ i18n::next_name(lang, next) }</a>
            </div>
            <details class="checklist no-print">
                <summary>{ i18n::checklist_label(lang, phase) }</summary>
                <ol>{ for i18n::checklist(lang, phase).iter().map(|item| html! { <li>{ *item }</li> }) }</ol>
            </details>
        </>
    }
}
