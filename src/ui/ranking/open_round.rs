//! Opening a ranking round.

use std::rc::Rc;

use ranking::Method;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use workshop::results::{round_results, top_n};
use workshop::rounds::RankingAction;
use workshop::rounds::{Round, Voters};
use workshop::{Action, Session};
use yew::prelude::*;

use crate::browser::env;
use crate::i18n::use_lang;
use crate::i18n::{self, T};

fn voters_value(v: Voters) -> &'static str {
    match v {
        Voters::Individuals => "individuals",
        Voters::Groups => "groups",
        Voters::Plenary => "plenary",
    }
}

/// Props of [`OpenRoundForm`].
#[derive(Properties, PartialEq)]
pub struct OpenRoundFormProps {
    /// The session.
    pub session: Rc<Session>,
    /// Dispatches the new round.
    pub on_action: Callback<Action>,
    /// Told the new round's id, to show it.
    pub on_opened: Callback<String>,
}

/// "Open a round": name, who votes, which problems, the method shown first.
#[component(OpenRoundForm)]
pub fn open_round_form(props: &OpenRoundFormProps) -> Html {
    let lang = use_lang();
    let s = &props.session;
    let voters = use_state(|| Voters::Individuals);
    let scope = use_state(|| None::<String>);
    let form_ref = use_node_ref();
    let details_ref = use_node_ref();
    let with_ballots: Vec<Round> = s
        .live_rounds()
        .filter(|r| s.current_ballots(&r.meta.id).next().is_some())
        .cloned()
        .collect();
    let default_name = match *voters {
        Voters::Individuals => lang.t(T::DefaultIndividual),
        Voters::Groups => lang.t(T::DefaultPairs),
        Voters::Plenary => lang.t(T::DefaultPlenary),
    };
    let onsubmit = {
        let (form_ref, details_ref, on_action, on_opened, voters_state, scope_state, session) = (
            form_ref.clone(),
            details_ref.clone(),
            props.on_action.clone(),
            props.on_opened.clone(),
            voters.clone(),
            scope.clone(),
            s.clone(),
        );
        let (voters, scope) = (*voters, (*scope).clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(form) = form_ref.cast::<web_sys::HtmlFormElement>() else {
                return;
            };
            let value = |name: &str| -> String {
                let el = form
                    .query_selector(&format!("[name=\"{name}\"]"))
                    .ok()
                    .flatten();
                el.map(|el| {
                    wasm_bindgen::JsCast::dyn_ref::<HtmlInputElement>(&el)
                        .map(|i| i.value())
                        .or_else(|| {
                            wasm_bindgen::JsCast::dyn_ref::<HtmlSelectElement>(&el)
                                .map(|s| s.value())
                        })
                        .unwrap_or_default()
                })
                .unwrap_or_default()
            };
            let mut name = value("round-name").trim().to_string();
            if name.is_empty() {
                name = default_name.to_string();
            }
            let method = i18n::method_of(&value("round-method")).unwrap_or(Method::Borda);
            let problems: Vec<String> = match scope.as_ref().and_then(|id| session.round(id)) {
                Some(from) => {
                    let n: usize = value("round-top").parse().unwrap_or(3);
                    match round_results(&session, from) {
                        Some(res) => {
                            let cut = top_n(&res.outcome(from.method).order, n.max(2));
                            // A tie at the cut goes in whole: the new round decides it.
                            cut.sure
                                .iter()
                                .chain(cut.tied.iter())
                                .map(|&c| res.problems[c].clone())
                                .collect()
                        }
                        None => Vec::new(),
                    }
                }
                None => session.live_problems().map(|p| p.meta.id.clone()).collect(),
            };
            let id = env::new_id();
            on_action.emit(Action::Ranking(RankingAction::OpenRound {
                id: id.clone(),
                name,
                voters,
                problems,
                method,
            }));
            on_opened.emit(id);
            form.reset();
            if let Some(details) = details_ref.cast::<web_sys::Element>() {
                let _ = details.remove_attribute("open");
            }
            voters_state.set(Voters::Individuals);
            scope_state.set(None);
        })
    };
    let on_voters = {
        let voters = voters.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            voters.set(match v.as_str() {
                "groups" => Voters::Groups,
                "plenary" => Voters::Plenary,
                _ => Voters::Individuals,
            });
        })
    };
    let on_scope = {
        let scope = scope.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            scope.set((!v.is_empty()).then_some(v));
        })
    };
    html! {
        <details class="open-round" ref={details_ref}>
            <summary class="button secondary">{ lang.t(T::OpenRound) }</summary>
            <form ref={form_ref} {onsubmit} class="stack">
                <label>{ lang.t(T::RoundName) }
                    <input type="text" name="round-name" placeholder={default_name} maxlength={workshop::limits::MAX_NAME.to_string()} />
                </label>
                <label>{ lang.t(T::WhoVotes) }
                    <select name="round-voters" onchange={on_voters}>
                        { for [Voters::Individuals, Voters::Groups, Voters::Plenary].into_iter().map(|v| {
                            let label = match v {
                                Voters::Individuals => T::VotersIndividuals,
                                Voters::Groups => T::VotersGroups,
                                Voters::Plenary => T::VotersPlenary,
                            };
                            html! { <option value={voters_value(v)} selected={v == *voters}>{ lang.t(label) }</option> }
                        }) }
                    </select>
                </label>
                if *voters == Voters::Groups && s.workshop2_groups().is_empty() {
                    <p class="muted">{ lang.t(T::NoGroups) }</p>
                }
                <label>{ lang.t(T::WhichProblems) }
                    <select name="round-scope" onchange={on_scope}>
                        <option value="" selected={scope.is_none()}>{ format!("{} ({})", lang.t(T::AllProblems), s.live_problems().count()) }</option>
                        { for with_ballots.iter().map(|r| html! {
                            <option value={r.meta.id.clone()} selected={scope.as_deref() == Some(r.meta.id.as_str())}>
                                { format!("{} {}", lang.t(T::TopOf), i18n::round_label(lang, r.number, &r.name)) }
                            </option>
                        }) }
                    </select>
                </label>
                if scope.is_some() {
                    <label>{ lang.t(T::HowMany) }
                        <input type="number" name="round-top" min="2" max="20" value="5" class="narrow" />
                    </label>
                }
                <label>{ lang.t(T::Method) }
                    <select name="round-method">
                        { for i18n::METHODS.iter().map(|&m| html! {
                            <option value={i18n::method_value(m)} selected={m == Method::Borda}>{ i18n::method_name(lang, m) }</option>
                        }) }
                    </select>
                </label>
                <div class="actions"><button type="submit" class="button primary">{ lang.t(T::OpenRound) }</button></div>
            </form>
        </details>
    }
}
