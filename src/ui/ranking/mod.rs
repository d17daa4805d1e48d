//! Workshop 2, part B: ranking the development problems in rounds. The facilitator's view opens
//! and closes rounds, shows who has voted, takes paper ballots and shows the results; "Vote on
//! this device" turns the whole page into the ballot screen that is passed round the room.

pub mod ballot;
pub mod charts;
mod choose;
mod compare;
pub mod draft;
mod open_round;
mod pin;
pub(crate) mod results;
mod round_panel;
pub mod scribe;
pub mod widget;

use workshop::assessment::AssessmentAction;
use workshop::rounds::Round;
use workshop::Action;
use yew::prelude::*;

use crate::ui::session::context::{use_session, SessionContext};

use crate::browser::env;
use crate::i18n::use_lang;
use crate::i18n::{self, T};
use crate::ui::widgets::{Notice, NoticeKind, PasteBox};
use open_round::OpenRoundForm;
use round_panel::RoundPanel;

/// Props of [`RankingStep`].
#[derive(Properties, PartialEq)]
pub struct RankingStepProps {
    /// Turns this device into the ballot screen for a round.
    pub on_vote: Callback<String>,
}

/// The ranking step (the facilitator's view).
#[component(RankingStep)]
pub fn ranking_step(props: &RankingStepProps) -> Html {
    let Some(SessionContext {
        session,
        on_action,
        refused,
    }) = use_session()
    else {
        return Html::default();
    };
    let lang = use_lang();
    let s = &session;
    let selected = use_state(|| None::<String>);
    let rounds: Vec<&Round> = s.live_rounds().collect();
    let current = selected
        .as_ref()
        .and_then(|id| s.round(id))
        .or(rounds.last().copied())
        .cloned();
    let problems = s.live_problems().count();
    let add_problems = {
        let (on_action, session) = (on_action.clone(), session.clone());
        Callback::from(move |text: String| {
            let lines: Vec<&str> = text
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .collect();
            if lines.is_empty() {
                return Err(i18n::action_error(lang, &workshop::ActionError::EmptyText));
            }
            let each: Vec<Action> = lines
                .iter()
                .map(|line| {
                    Action::Assessment(AssessmentAction::AddProblem {
                        id: env::new_id(),
                        text: line.to_string(),
                    })
                })
                .collect();
            // All lines or none: a refusal names its line and adds nothing.
            session
                .try_all(&each, &env::stamp())
                .map_err(|(k, e)| i18n::line_refused(lang, &text, k, &e))?;
            for a in each {
                on_action.emit(a);
            }
            Ok(())
        })
    };
    html! {
        <>
            <section class="card" aria-labelledby="ranking-heading">
                <h2 id="ranking-heading">{ lang.t(T::Heading) }</h2>
                if let Some(error) = &refused { <p class="field-error" role="alert">{ error.clone() }</p> }
                if rounds.iter().any(|r| r.illustrative) {
                    <Notice kind={NoticeKind::Info} text={lang.t(T::IllustrativeNote)} />
                }
                if problems == 0 {
                    <p>{ lang.t(T::RankNoProblems) }</p>
                    <PasteBox hint={lang.t(T::AddProblemsHint)} on_paste={add_problems} />
                } else {
                    if !rounds.is_empty() {
                        <div class="tabs round-tabs" role="group" aria-label={lang.t(T::Results)}>
                            { for rounds.iter().map(|r| {
                                let pressed = current.as_ref().is_some_and(|c| c.meta.id == r.meta.id);
                                let id = r.meta.id.clone();
                                let selected = selected.clone();
                                let status = if r.closed { lang.t(T::Closed) } else { lang.t(T::RoundOpen) };
                                let count = s.current_ballots(&r.meta.id).count();
                                html! {
                                    <button type="button" class="toggle wide" aria-pressed={pressed.to_string()}
                                        onclick={Callback::from(move |_: MouseEvent| selected.set(Some(id.clone())))}>
                                        { i18n::round_label(lang, r.number, &r.name) }
                                        <span class="muted">{ format!(" · {status} · {}", i18n::ballots_count(lang, count)) }</span>
                                        if r.illustrative { <span class="badge">{ lang.t(T::Illustrative) }</span> }
                                    </button>
                                }
                            }) }
                        </div>
                    }
                    <OpenRoundForm session={s.clone()} on_action={on_action.clone()}
                        on_opened={{ let selected = selected.clone(); Callback::from(move |id| selected.set(Some(id))) }} />
                }
            </section>
            if let Some(round) = current {
                <RoundPanel session={s.clone()} round={round} on_action={on_action.clone()} on_vote={props.on_vote.clone()} />
            }
            if problems > 0 {
                <pin::PinPanel session={s.clone()} on_action={on_action.clone()} />
            }
        </>
    }
}
