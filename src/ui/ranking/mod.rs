//! Workshop 2, part B: ranking the development problems in rounds. The facilitator's view opens
//! and closes rounds, shows who has voted, takes paper ballots and shows the results; "Vote on
//! this device" turns the whole page into the ballot screen that is passed round the room.

pub mod ballot;
mod charts;
mod results;
pub mod scribe;
pub mod widget;

use ranking::Method;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use workshop::results::{round_results, top_n};
use workshop::rounds::{Round, Voters};
use workshop::{Action, Session};
use yew::prelude::*;

use crate::app::use_lang;
use crate::browser::env;
use crate::i18n::{self, Lang, R, T};
use crate::ui::widgets::{ConfirmDialog, Notice, NoticeKind, PasteBox};
use ballot::voter_label;
use results::ResultsView;
use scribe::ScribeForm;

/// Props of [`RankingStep`].
#[derive(Properties, PartialEq)]
pub struct RankingStepProps {
    /// The session.
    pub session: Session,
    /// Dispatches a change.
    pub on_action: Callback<Action>,
    /// Why the last change was refused.
    #[prop_or_default]
    pub refused: Option<AttrValue>,
    /// Turns this device into the ballot screen for a round.
    pub on_vote: Callback<String>,
}

fn voters_value(v: Voters) -> &'static str {
    match v {
        Voters::Individuals => "individuals",
        Voters::Groups => "groups",
        Voters::Plenary => "plenary",
    }
}

/// The ranking step (the facilitator's view).
#[component(RankingStep)]
pub fn ranking_step(props: &RankingStepProps) -> Html {
    let lang = use_lang();
    let s = &props.session;
    let selected = use_state(|| None::<String>);
    let rounds: Vec<&Round> = s.live_rounds().collect();
    let current = selected
        .as_ref()
        .and_then(|id| s.round(id))
        .or(rounds.last().copied())
        .cloned();
    let problems = s.live_problems().count();
    let add_problems = {
        let on_action = props.on_action.clone();
        Callback::from(move |text: String| {
            let lines: Vec<&str> = text
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .collect();
            if lines.is_empty() {
                return Err(i18n::action_error(lang, &workshop::ActionError::EmptyText));
            }
            for line in lines {
                on_action.emit(Action::AddProblem {
                    id: env::new_id(),
                    text: line.to_string(),
                });
            }
            Ok(())
        })
    };
    html! {
        <>
            <section class="card" aria-labelledby="ranking-heading">
                <h2 id="ranking-heading">{ lang.r(R::Heading) }</h2>
                if let Some(error) = &props.refused { <p class="field-error" role="alert">{ error.clone() }</p> }
                if rounds.iter().any(|r| r.illustrative) {
                    <Notice kind={NoticeKind::Info} text={lang.r(R::IllustrativeNote)} />
                }
                if problems == 0 {
                    <p>{ lang.r(R::NoProblems) }</p>
                    <PasteBox hint={lang.r(R::AddProblemsHint)} on_paste={add_problems} />
                } else {
                    if !rounds.is_empty() {
                        <div class="tabs round-tabs" role="group" aria-label={lang.r(R::Results)}>
                            { for rounds.iter().map(|r| {
                                let pressed = current.as_ref().is_some_and(|c| c.meta.id == r.meta.id);
                                let id = r.meta.id.clone();
                                let selected = selected.clone();
                                let status = if r.closed { lang.r(R::Closed) } else { lang.r(R::Open) };
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
                    <OpenRoundForm session={s.clone()} on_action={props.on_action.clone()}
                        on_opened={{ let selected = selected.clone(); Callback::from(move |id| selected.set(Some(id))) }} />
                }
            </section>
            if let Some(round) = current {
                <RoundPanel session={s.clone()} round={round} on_action={props.on_action.clone()} on_vote={props.on_vote.clone()} />
            }
        </>
    }
}

/// Props of [`OpenRoundForm`].
#[derive(Properties, PartialEq)]
struct OpenRoundFormProps {
    session: Session,
    on_action: Callback<Action>,
    on_opened: Callback<String>,
}

/// "Open a round": name, who votes, which problems, the method shown first.
#[component(OpenRoundForm)]
fn open_round_form(props: &OpenRoundFormProps) -> Html {
    let lang = use_lang();
    let s = &props.session;
    let voters = use_state(|| Voters::Individuals);
    let scope = use_state(|| None::<String>);
    let form_ref = use_node_ref();
    let with_ballots: Vec<Round> = s
        .live_rounds()
        .filter(|r| s.current_ballots(&r.meta.id).next().is_some())
        .cloned()
        .collect();
    let default_name = match *voters {
        Voters::Individuals => lang.r(R::DefaultIndividual),
        Voters::Groups => lang.r(R::DefaultPairs),
        Voters::Plenary => lang.r(R::DefaultPlenary),
    };
    let onsubmit = {
        let (form_ref, on_action, on_opened, voters, scope, session) = (
            form_ref.clone(),
            props.on_action.clone(),
            props.on_opened.clone(),
            *voters,
            (*scope).clone(),
            s.clone(),
        );
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
            on_action.emit(Action::OpenRound {
                id: id.clone(),
                name,
                voters,
                problems,
                method,
            });
            on_opened.emit(id);
            form.reset();
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
        <details class="open-round">
            <summary class="button secondary">{ lang.r(R::OpenRound) }</summary>
            <form ref={form_ref} {onsubmit} class="stack">
                <label>{ lang.r(R::RoundName) }
                    <input type="text" name="round-name" placeholder={default_name} maxlength={workshop::limits::MAX_NAME.to_string()} />
                </label>
                <label>{ lang.r(R::WhoVotes) }
                    <select name="round-voters" onchange={on_voters}>
                        { for [Voters::Individuals, Voters::Groups, Voters::Plenary].into_iter().map(|v| {
                            let label = match v {
                                Voters::Individuals => R::VotersIndividuals,
                                Voters::Groups => R::VotersGroups,
                                Voters::Plenary => R::VotersPlenary,
                            };
                            html! { <option value={voters_value(v)} selected={v == *voters}>{ lang.r(label) }</option> }
                        }) }
                    </select>
                </label>
                if *voters == Voters::Groups && s.workshop2_groups().is_empty() {
                    <p class="muted">{ lang.r(R::NoGroups) }</p>
                }
                <label>{ lang.r(R::WhichProblems) }
                    <select name="round-scope" onchange={on_scope}>
                        <option value="" selected={scope.is_none()}>{ format!("{} ({})", lang.r(R::AllProblems), s.live_problems().count()) }</option>
                        { for with_ballots.iter().map(|r| html! {
                            <option value={r.meta.id.clone()} selected={scope.as_deref() == Some(r.meta.id.as_str())}>
                                { format!("{} {}", lang.r(R::TopOf), i18n::round_label(lang, r.number, &r.name)) }
                            </option>
                        }) }
                    </select>
                </label>
                if scope.is_some() {
                    <label>{ lang.r(R::HowMany) }
                        <input type="number" name="round-top" min="2" max="20" value="5" class="narrow" />
                    </label>
                }
                <label>{ lang.r(R::Method) }
                    <select name="round-method">
                        { for Method::ALL.iter().map(|&m| html! {
                            <option value={i18n::method_value(m)} selected={m == Method::Borda}>{ i18n::method_name(lang, m) }</option>
                        }) }
                    </select>
                </label>
                <div class="actions"><button type="submit" class="button primary">{ lang.r(R::OpenRound) }</button></div>
            </form>
        </details>
    }
}

/// Props of [`RoundPanel`].
#[derive(Properties, PartialEq)]
struct RoundPanelProps {
    session: Session,
    round: Round,
    on_action: Callback<Action>,
    on_vote: Callback<String>,
}

/// One round: its controls, who has voted, paper ballots and the results.
#[component(RoundPanel)]
fn round_panel(props: &RoundPanelProps) -> Html {
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
    let vote = {
        let (on_vote, id) = (props.on_vote.clone(), id.clone());
        Callback::from(move |_: MouseEvent| on_vote.emit(id.clone()))
    };
    let toggle_scribe = {
        let scribe = scribe.clone();
        Callback::from(move |_: MouseEvent| scribe.set(!*scribe))
    };
    html! {
        <section class="card round-panel" aria-labelledby="round-heading" data-testid="round-panel">
            <h2 id="round-heading">{ i18n::round_label(lang, r.number, &r.name) }
                <span class="count">{ if r.closed { lang.r(R::Closed) } else { lang.r(R::Open) } }</span>
                if r.illustrative { <span class="badge">{ lang.t(T::Illustrative) }</span> }
            </h2>
            <div class="actions no-print">
                <button type="button" class="button primary" disabled={r.closed} onclick={vote}>{ lang.r(R::StartVoting) }</button>
                <button type="button" class="button secondary" disabled={r.closed} aria-pressed={scribe.to_string()} onclick={toggle_scribe}>{ lang.r(R::TypePaperBallot) }</button>
                if r.closed {
                    <button type="button" class="button secondary" onclick={emit(Action::SetRoundClosed { id: id.clone(), closed: false })}>{ lang.r(R::ReopenRound) }</button>
                } else {
                    <button type="button" class="button secondary" onclick={emit(Action::SetRoundClosed { id: id.clone(), closed: true })}>{ lang.r(R::CloseRound) }</button>
                }
                <button type="button" class="button danger" onclick={{ let c = confirm_remove.clone(); Callback::from(move |_: MouseEvent| c.set(true)) }}>{ lang.r(R::RemoveRound) }</button>
            </div>
            if *scribe && !r.closed {
                <ScribeForm session={s.clone()} round={r.clone()} on_action={props.on_action.clone()}
                    on_close={{ let scribe = scribe.clone(); Callback::from(move |_| scribe.set(false)) }} />
            }
            { who_voted(lang, s, r) }
            <ResultsView session={s.clone()} round={r.clone()} on_action={props.on_action.clone()} />
            if *confirm_remove {
                <ConfirmDialog title={lang.r(R::RemoveRound)} body={lang.r(R::RemoveRoundBody)} confirm_label={lang.r(R::RemoveRound)} danger=true
                    on_confirm={{ let (c, on_action, id) = (confirm_remove.clone(), props.on_action.clone(), id.clone());
                        Callback::from(move |_| { c.set(false); on_action.emit(Action::RemoveRound { id: id.clone() }) }) }}
                    on_cancel={{ let c = confirm_remove.clone(); Callback::from(move |_| c.set(false)) }} />
            }
        </section>
    }
}

/// Who has voted (with corrections and paper ballots), and for rounds of individuals or groups,
/// who has not yet.
fn who_voted(lang: Lang, s: &Session, r: &Round) -> Html {
    let current: Vec<_> = s.current_ballots(&r.meta.id).collect();
    let missing: Vec<String> = match r.voters {
        Voters::Individuals => s
            .workshop2_voters()
            .iter()
            .filter(|p| !current.iter().any(|b| matches!(&b.voter, workshop::rounds::Voter::Participant { id } if id == &p.meta.id)))
            .map(|p| p.name.clone())
            .collect(),
        Voters::Groups => (0..s.workshop2_groups().len())
            .filter(|i| !current.iter().any(|b| b.voter == workshop::rounds::Voter::Group { index: *i }))
            .map(|i| i18n::group_label(lang, i + 1))
            .collect(),
        Voters::Plenary => Vec::new(),
    };
    html! {
        <div class="who-voted" data-testid="who-voted">
            <h3>{ lang.r(R::WhoHasVoted) }<span class="count">{ i18n::ballots_count(lang, current.len()) }</span></h3>
            <ul class="plain voted">
                { for current.iter().map(|b| {
                    let history = s.ballot_history(&r.meta.id, &b.voter).len();
                    html! {
                        <li>
                            { "✓ " }{ voter_label(lang, s, &b.voter) }
                            <span class="muted">{ format!(" · {}", env::format_time(b.cast, lang.tag())) }</span>
                            if b.scribe { <span class="tag">{ lang.r(R::FromPaper) }</span> }
                            if history > 1 { <span class="tag">{ format!("{} ×{}", lang.r(R::Corrected), history - 1) }</span> }
                        </li>
                    }
                }) }
            </ul>
            if !missing.is_empty() {
                <p class="muted not-yet">{ lang.r(R::NotYet) }{ ": " }{ missing.join(", ") }</p>
            }
        </div>
    }
}
