//! Scribe mode: the facilitator types in a ballot filled on paper, as the place written beside
//! each problem (1 is the most important, the same number is a tie, empty is not ranked).

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use workshop::rounds::RankingAction;
use workshop::rounds::{tiers_from_places, Round, Voter, Voters};
use workshop::{Action, Session};
use yew::prelude::*;

use super::ballot::voter_label;
use crate::browser::env;
use crate::i18n::use_lang;
use crate::i18n::{self, T};

/// Props of [`ScribeForm`].
#[derive(Properties, PartialEq)]
pub struct ScribeFormProps {
    /// The session.
    pub session: Rc<Session>,
    /// The round.
    pub round: Round,
    /// Dispatches the ballot.
    pub on_action: Callback<Action>,
    /// Closes the form.
    pub on_close: Callback<()>,
}

/// The paper-ballot form.
#[component(ScribeForm)]
pub fn scribe_form(props: &ScribeFormProps) -> Html {
    let lang = use_lang();
    let error = use_state(|| None::<String>);
    let form_ref = use_node_ref();
    let s = &props.session;
    let round = &props.round;
    let voters = s.expected_voters(round);
    let problems: Vec<(String, String)> = round
        .problems
        .iter()
        .map(|id| (id.clone(), s.problem_text(id).to_string()))
        .collect();
    let onsubmit = {
        let (form_ref, error, on_action, voters, problems, round_id, least_first) = (
            form_ref.clone(),
            error.clone(),
            props.on_action.clone(),
            voters.clone(),
            problems.clone(),
            round.meta.id.clone(),
            round.least_first,
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(form) = form_ref.cast::<web_sys::HtmlFormElement>() else {
                return;
            };
            let field = |name: &str| {
                form.query_selector(&format!("[name=\"{name}\"]"))
                    .ok()
                    .flatten()
            };
            let input_value = |name: &str| {
                field(name)
                    .and_then(|el| wasm_bindgen::JsCast::dyn_into::<HtmlInputElement>(el).ok())
                    .map(|i| i.value())
                    .unwrap_or_default()
            };
            let chosen = field("voter")
                .and_then(|el| wasm_bindgen::JsCast::dyn_into::<HtmlSelectElement>(el).ok())
                .map(|s| s.value())
                .unwrap_or_default();
            let named = input_value("voter-name").trim().to_string();
            let voter = if !named.is_empty() {
                Voter::Named { name: named }
            } else {
                match chosen.parse::<usize>().ok().and_then(|i| voters.get(i)) {
                    Some(v) => v.clone(),
                    None => {
                        error.set(Some(lang.t(T::WhoIsVoting).to_string()));
                        return;
                    }
                }
            };
            let places: Vec<(String, String)> = problems
                .iter()
                .enumerate()
                .map(|(i, (id, _))| (id.clone(), input_value(&format!("place-{i}"))))
                .collect();
            match tiers_from_places(&places) {
                Err(i) => error.set(Some(i18n::bad_place(lang, &problems[i].1, problems.len()))),
                Ok(tiers) if tiers.is_empty() => error.set(Some(i18n::action_error(
                    lang,
                    &workshop::ActionError::EmptyBallot,
                ))),
                Ok(mut tiers) => {
                    // A paper ballot of a least-first round numbers the least important 1.
                    if least_first {
                        tiers.reverse();
                    }
                    error.set(None);
                    on_action.emit(Action::Ranking(RankingAction::CastBallot {
                        id: env::new_id(),
                        round: round_id.clone(),
                        voter,
                        tiers,
                        scribe: true,
                    }));
                    form.reset();
                }
            }
        })
    };
    let close = {
        let on_close = props.on_close.clone();
        Callback::from(move |_: MouseEvent| on_close.emit(()))
    };
    html! {
        <form class="scribe card" ref={form_ref} {onsubmit} aria-labelledby="scribe-heading" novalidate=true>
            <h3 id="scribe-heading">{ lang.t(T::TypePaperBallot) }</h3>
            <p class="direction">{ lang.t(if round.least_first { T::BallotLeastFirst } else { T::BallotMostFirst }) }</p>
            <div class="field-row">
                if !voters.is_empty() {
                    <label>{ lang.t(T::WhoIsVoting) }
                        <select name="voter">
                            { for voters.iter().enumerate().map(|(i, v)| html! {
                                <option value={i.to_string()} selected={i == 0}>{ voter_label(lang, s, v) }</option>
                            }) }
                        </select>
                    </label>
                }
                if round.voters != Voters::Plenary {
                    <label>{ lang.t(T::OrTypeName) }
                        <input type="text" name="voter-name" maxlength={workshop::limits::MAX_NAME.to_string()} autocomplete="off" />
                    </label>
                }
            </div>
            <p class="muted">{ lang.t(T::PlaceHelp) }</p>
            <ol class="scribe-places">
                { for problems.iter().enumerate().map(|(i, (_, text))| html! {
                    <li>
                        <label>
                            <input type="number" inputmode="numeric" min="1" max={problems.len().to_string()} name={format!("place-{i}")} class="place-input" />
                            <span>{ text.clone() }</span>
                        </label>
                    </li>
                }) }
            </ol>
            if let Some(e) = &*error { <p class="field-error" role="alert">{ e.clone() }</p> }
            <div class="actions">
                <button type="submit" class="button primary">{ lang.t(T::SaveBallot) }</button>
                <button type="button" class="button secondary" onclick={close}>{ lang.t(T::Cancel) }</button>
            </div>
        </form>
    }
}
