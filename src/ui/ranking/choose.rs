//! Choosing the problems for workshop 3.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use workshop::results::top_n;
use workshop::rounds::RankingAction;
use workshop::rounds::{Round, DEFAULT_CHOSEN};
use workshop::{Action, Session};
use yew::prelude::*;

use super::results::Shared;
use crate::i18n::use_lang;
use crate::i18n::{self, T};

/// Props of [`ChooseProblems`].
#[derive(Properties, PartialEq)]
pub struct ChooseProblemsProps {
    /// The session.
    pub session: Rc<Session>,
    /// The round whose result is used.
    pub round: Round,
    /// Its results, as the results view computed them.
    pub results: Shared,
    /// Dispatches the choice.
    pub on_action: Callback<Action>,
}

/// The top N (3 by default) of the round's consensus with its method, for workshop 3; a tie at
/// the cut is shown and the facilitator picks from it explicitly.
#[component(ChooseProblems)]
pub fn choose_problems(props: &ChooseProblemsProps) -> Html {
    let lang = use_lang();
    let top = use_state(|| DEFAULT_CHOSEN);
    let picked = use_state(Vec::<String>::new);
    let (s, round, on_action) = (&props.session, &props.round, &props.on_action);
    let Some(res) = &*props.results.0 else {
        return html! {};
    };
    let text = |c: usize| s.problem_text(&res.problems[c]).to_string();
    let (top, picked) = (&top, &picked);
    let outcome = res.outcome(round.method);
    let cut = top_n(&outcome.order, (**top).min(res.problems.len()));
    let picked_in_tie: Vec<String> = picked
        .iter()
        .filter(|id| cut.tied.iter().any(|&c| &res.problems[c] == *id))
        .cloned()
        .collect();
    let ready = picked_in_tie.len() == cut.missing;
    let on_top = {
        let (top, picked) = (top.clone(), picked.clone());
        Callback::from(move |e: Event| {
            let v: usize = e
                .target_unchecked_into::<HtmlInputElement>()
                .value()
                .parse()
                .unwrap_or(DEFAULT_CHOSEN);
            top.set(v.clamp(1, 20));
            picked.set(Vec::new());
        })
    };
    let confirm = {
        let (on_action, round_id, method) =
            (on_action.clone(), round.meta.id.clone(), round.method);
        let mut problems: Vec<String> = cut.sure.iter().map(|&c| res.problems[c].clone()).collect();
        // Chosen ones from a tie keep the consensus order (within a tier: the round's order).
        problems.extend(
            cut.tied
                .iter()
                .map(|&c| res.problems[c].clone())
                .filter(|id| picked_in_tie.contains(id)),
        );
        Callback::from(move |_: MouseEvent| {
            on_action.emit(Action::Ranking(RankingAction::ChooseProblems {
                round: round_id.clone(),
                method,
                problems: problems.clone(),
            }))
        })
    };
    let chosen = s.chosen_problems();
    html! {
        <div class="choose card-inset" data-testid="choose">
            <h4>{ lang.t(T::ChooseHeading) }</h4>
            <p class="muted">{ lang.t(T::ChooseHelp) }</p>
            <label>{ lang.t(T::HowMany) }
                <input type="number" min="1" max="20" value={top.to_string()} onchange={on_top} class="narrow" />
            </label>
            <ol class="plain">
                { for cut.sure.iter().map(|&c| html! { <li>{ text(c) }</li> }) }
            </ol>
            if !cut.tied.is_empty() {
                <p class="notice warning" role="status">{ i18n::tied_at_cut(lang, cut.missing) }</p>
                <ul class="plain">
                    { for cut.tied.iter().map(|&c| {
                        let id = res.problems[c].clone();
                        let checked = picked.contains(&id);
                        let picked = picked.clone();
                        let onchange = Callback::from(move |_: Event| {
                            let mut v = (*picked).clone();
                            if let Some(i) = v.iter().position(|p| p == &id) { v.remove(i); } else { v.push(id.clone()); }
                            picked.set(v);
                        });
                        html! { <li><label class="check"><input type="checkbox" {checked} {onchange} />{ text(c) }</label></li> }
                    }) }
                </ul>
            }
            <button type="button" class="button primary" disabled={!ready} onclick={confirm}>{ lang.t(T::ChooseConfirm) }</button>
            if let Some(ch) = chosen {
                <div class="chosen" data-testid="chosen">
                    <h5>{ lang.t(T::ChosenHeading) }</h5>
                    <ol>{ for ch.problems.iter().map(|id| html! { <li>{ s.problem_text(id).to_string() }</li> }) }</ol>
                    <p class="muted">{ s.round(&ch.round).map(|r| i18n::round_label(lang, r.number, &r.name)).unwrap_or_default() }{ ", " }{ i18n::method_name(lang, ch.method) }</p>
                </div>
            }
        </div>
    }
}
