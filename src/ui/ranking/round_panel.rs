//! One round in the facilitator's view.

use std::rc::Rc;

use workshop::rounds::RankingAction;
use workshop::rounds::{Round, Voter};
use workshop::{Action, Session};
use yew::prelude::*;

use super::ballot::voter_label;
use super::results::ResultsView;
use super::scribe::ScribeForm;
use crate::browser::env;
use crate::i18n::use_lang;
use crate::i18n::{self, Lang, T};
use crate::ui::widgets::ConfirmDialog;

/// Props of [`RoundPanel`].
#[derive(Properties, PartialEq)]
pub struct RoundPanelProps {
    /// The session.
    pub session: Rc<Session>,
    /// The round.
    pub round: Round,
    /// Dispatches changes.
    pub on_action: Callback<Action>,
    /// Turns this device into the round's ballot screen.
    pub on_vote: Callback<String>,
}

/// One round: its controls, who has voted, paper ballots and the results.
#[component(RoundPanel)]
pub fn round_panel(props: &RoundPanelProps) -> Html {
    let lang = use_lang();
    let scribe = use_state(|| false);
    let confirm_remove = use_state(|| false);
    let s = &props.session;
    let r = &props.round;
    let id = r.meta.id.clone();
    let emit = |a: Action| {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(a.clone()))
    };
    let emit_bool = |a: Action| {
        let on_action = props.on_action.clone();
        Callback::from(move |_: Event| on_action.emit(a.clone()))
    };
    let vote = {
        let (on_vote, id) = (props.on_vote.clone(), id.clone());
        Callback::from(move |_: MouseEvent| on_vote.emit(id.clone()))
    };
    let rename = {
        let (on_action, id) = (props.on_action.clone(), id.clone());
        Callback::from(move |e: Event| {
            let name = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value();
            on_action.emit(Action::Ranking(RankingAction::RenameRound {
                id: id.clone(),
                name,
            }))
        })
    };
    let direction = {
        let (on_action, id) = (props.on_action.clone(), id.clone());
        Callback::from(move |e: Event| {
            let least_first = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value()
                == "least";
            on_action.emit(Action::Ranking(RankingAction::SetRoundDirection {
                id: id.clone(),
                least_first,
            }))
        })
    };
    let toggle_scribe = {
        let scribe = scribe.clone();
        Callback::from(move |_: MouseEvent| scribe.set(!*scribe))
    };
    html! {
        <section class="card round-panel" aria-labelledby="round-heading" data-testid="round-panel">
            <h2 id="round-heading">{ i18n::round_label(lang, r.number, &r.name) }
                <span class="count">{ if r.closed { lang.t(T::Closed) } else { lang.t(T::RoundOpen) } }</span>
                if r.illustrative { <span class="badge">{ lang.t(T::Illustrative) }</span> }
            </h2>
            <div class="actions no-print">
                <button type="button" class="button primary" disabled={r.closed} onclick={vote}>{ lang.t(T::StartVoting) }</button>
                <button type="button" class="button secondary" disabled={r.closed} aria-pressed={scribe.to_string()} onclick={toggle_scribe}>{ lang.t(T::TypePaperBallot) }</button>
                if r.closed {
                    <button type="button" class="button secondary" onclick={emit(Action::Ranking(RankingAction::SetRoundClosed { id: id.clone(), closed: false }))}>{ lang.t(T::ReopenRound) }</button>
                } else {
                    <button type="button" class="button secondary" onclick={emit(Action::Ranking(RankingAction::SetRoundClosed { id: id.clone(), closed: true }))}>{ lang.t(T::CloseRound) }</button>
                }
            </div>
            if r.closed { <p class="hint no-print">{ lang.t(T::ClosedHint) }</p> }
            <label class="rename-round no-print">{ lang.t(T::RoundName) }
                <input type="text" value={r.name.clone()} maxlength={workshop::limits::MAX_NAME.to_string()} onchange={rename} />
            </label>
            <label class="check no-print">
                <input type="checkbox" checked={r.results_hidden} data-testid="hide-results"
                    onchange={emit_bool(Action::Ranking(RankingAction::SetResultsHidden { id: id.clone(), hidden: !r.results_hidden }))} />
                <span>{ lang.t(T::HideResults) }</span>
            </label>
            <label class="rename-round no-print">{ lang.t(T::RoundDirection) }
                <select data-testid="direction-setting" onchange={direction}>
                    <option value="most" selected={!r.least_first}>{ lang.t(T::MostFirst) }</option>
                    <option value="least" selected={r.least_first}>{ lang.t(T::LeastFirst) }</option>
                </select>
            </label>
            if *scribe && !r.closed {
                <ScribeForm session={s.clone()} round={r.clone()} on_action={props.on_action.clone()}
                    on_close={{ let scribe = scribe.clone(); Callback::from(move |_| scribe.set(false)) }} />
            }
            { who_voted(lang, s, r) }
            <ResultsView session={s.clone()} round={r.clone()} on_action={props.on_action.clone()} />
            // Out of the way of the everyday buttons, and quiet: it asks before it removes.
            <div class="actions start no-print danger-zone">
                <button type="button" class="button secondary danger-text" onclick={{ let c = confirm_remove.clone(); Callback::from(move |_: MouseEvent| c.set(true)) }}>{ lang.t(T::RemoveRound) }</button>
            </div>
            if *confirm_remove {
                <ConfirmDialog title={lang.t(T::RemoveRound)} body={lang.t(T::RemoveRoundBody)} confirm_label={lang.t(T::RemoveRound)} danger=true
                    on_confirm={{ let (c, on_action, id) = (confirm_remove.clone(), props.on_action.clone(), id.clone());
                        Callback::from(move |_| { c.set(false); on_action.emit(Action::Ranking(RankingAction::RemoveRound { id: id.clone() })) }) }}
                    on_cancel={{ let c = confirm_remove.clone(); Callback::from(move |_| c.set(false)) }} />
            }
        </section>
    }
}

/// Who has voted (with corrections and paper ballots), and for rounds of individuals or groups,
/// who has not yet.
fn who_voted(lang: Lang, s: &Session, r: &Round) -> Html {
    let current: Vec<_> = s.current_ballots(&r.meta.id).collect();
    let missing: Vec<String> = s
        .expected_voters(r)
        .iter()
        .filter(|v| **v != Voter::Plenary && !current.iter().any(|b| b.voter.same(v)))
        .map(|v| voter_label(lang, s, v))
        .collect();
    html! {
        <div class="who-voted" data-testid="who-voted">
            <h3>{ lang.t(T::WhoHasVoted) }<span class="count" data-testid="voted-count">{
                match s.expected_voters(r).len() {
                    0 => i18n::ballots_count(lang, current.len()),
                    of => format!("{} · {}",
                        i18n::voted_of(lang, current.iter().filter(|b| s.expected_voters(r).iter().any(|v| v.same(&b.voter))).count(), of),
                        i18n::ballots_count(lang, current.len())),
                }
            }</span></h3>
            <ul class="plain voted">
                { for current.iter().map(|b| {
                    let history = s.ballot_history(&r.meta.id, &b.voter).len();
                    html! {
                        <li>
                            { "✓ " }{ voter_label(lang, s, &b.voter) }
                            <span class="muted">{ format!(" · {}", env::format_time(b.cast, lang.tag())) }</span>
                            if b.scribe { <span class="tag">{ lang.t(T::FromPaper) }</span> }
                            if history > 1 { <span class="tag">{ format!("{} ×{}", lang.t(T::Corrected), history - 1) }</span> }
                        </li>
                    }
                }) }
            </ul>
            if !missing.is_empty() {
                <p class="muted not-yet">{ lang.t(T::NotYet) }{ ": " }{ missing.join(", ") }</p>
            }
        </div>
    }
}
