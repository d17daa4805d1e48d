//! "Pass the tablet": the ballot screen shows only who votes, the problems and the submit button.
//! After a ballot is submitted the screen thanks the voter and is blank for the next one; the
//! facilitator's view is behind a confirmation. The screen and the ballot in progress are kept
//! in the tab's own storage, so a reload in the middle of a ballot loses nothing.

use serde::{Deserialize, Serialize};
use web_sys::HtmlInputElement;
use workshop::rounds::RankingAction;
use workshop::rounds::{Round, Voter, Voters};
use workshop::{Action, Session};
use yew::prelude::*;

use crate::ui::session::context::{use_session, SessionContext};

use super::draft::Draft;
use super::widget::RankingWidget;
use crate::browser::env;
use crate::browser::events::Listener;
use crate::browser::platform;
use crate::browser::storage::tab;
use crate::i18n::use_lang;
use crate::i18n::{self, Lang, T};
use crate::ui::widgets::{ConfirmDialog, LangSwitch, Modal};

/// Where the ballot screen is.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Stage {
    /// Waiting for the next voter to say who they are.
    ChooseVoter,
    /// A ballot in progress.
    Voting {
        /// Who votes.
        voter: Voter,
        /// The ballot so far.
        draft: Draft,
    },
    /// Submitted; thanking the voter. The ballot is kept until the next voter starts, so that a
    /// refused one (the round closed meanwhile) can go back to the voter.
    Thanks {
        /// Who voted.
        voter: Voter,
        /// What they submitted.
        draft: Draft,
    },
}

/// The ballot screen's state, kept in the tab's storage.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BallotScreenState {
    /// The round voted in.
    pub round: String,
    /// Where the screen is.
    pub stage: Stage,
}

impl BallotScreenState {
    /// Reads the tab's ballot screen for a session, if one is open.
    pub fn load(session: &str) -> Option<BallotScreenState> {
        serde_json::from_str(&tab::get(&tab::ballot_key(session))?).ok()
    }

    /// Keeps it in the tab's storage.
    pub fn store(&self, session: &str) {
        if let Ok(text) = serde_json::to_string(self) {
            tab::set(&tab::ballot_key(session), &text);
        }
    }
}

/// How a voter is shown.
pub fn voter_label(lang: Lang, s: &Session, voter: &Voter) -> String {
    match voter {
        Voter::Participant { id } => s
            .participants
            .iter()
            .find(|p| &p.meta.id == id)
            .map_or_else(|| id.clone(), |p| p.name.clone()),
        Voter::Group { index } => i18n::group_label(lang, index + 1),
        Voter::Plenary => lang.t(T::PlenaryVoter).to_string(),
        Voter::Named { name } => name.clone(),
    }
}

/// Props of [`BallotScreen`].
#[derive(Properties, PartialEq)]
pub struct BallotScreenProps {
    /// The screen's state.
    pub state: BallotScreenState,
    /// Moves the screen on (and keeps the state).
    pub on_state: Callback<BallotScreenState>,
    /// Back to the facilitator's view.
    pub on_exit: Callback<()>,
    /// A storage problem (the ballot is then not saved on the device).
    #[prop_or_default]
    pub save_error: Option<AttrValue>,
}

/// The whole-page ballot screen.
#[component(BallotScreen)]
pub fn ballot_screen(props: &BallotScreenProps) -> Html {
    let Some(SessionContext {
        session,
        on_action,
        refused,
    }) = use_session()
    else {
        return Html::default();
    };
    let lang = use_lang();
    let confirm_exit = use_state(|| false);
    let name_ref = use_node_ref();
    let s = &session;
    // A round removed meanwhile (by another tab) reads like a closed one.
    let round = s
        .round(&props.state.round)
        .cloned()
        .unwrap_or_else(|| placeholder_round(&props.state.round));
    let set_stage = {
        let (on_state, round_id) = (props.on_state.clone(), round.meta.id.clone());
        move |stage: Stage| {
            on_state.emit(BallotScreenState {
                round: round_id.clone(),
                stage,
            })
        }
    };
    let start = {
        let (set_stage, problems) = (set_stage.clone(), round.problems.clone());
        Callback::from(move |voter: Voter| {
            set_stage(Stage::Voting {
                voter,
                draft: Draft::new(&problems),
            })
        })
    };
    let facilitator = {
        let confirm_exit = confirm_exit.clone();
        Callback::from(move |_: MouseEvent| confirm_exit.set(true))
    };
    // The tablet is the ballot's: Back stays here, and the screen stays awake.
    use_effect_with((), |_| {
        platform::hold_history();
        platform::keep_awake();
        let listener = Listener::window("popstate", |_| platform::hold_history());
        move || drop(listener)
    });
    let body = match &props.state.stage {
        _ if round.closed => {
            html! { <p class="notice info" role="status">{ lang.t(T::RoundIsClosed) }</p> }
        }
        Stage::ChooseVoter => voter_picker(lang, s, &round, &start, &name_ref),
        Stage::Voting { voter, draft } => {
            let problems: Vec<(String, String)> = round
                .problems
                .iter()
                .map(|id| (id.clone(), s.problem_text(id).to_string()))
                .collect();
            let glosses = problems
                .iter()
                .filter_map(|(id, t)| i18n::example_gloss(lang, s, t).map(|g| (id.clone(), g)))
                .collect::<Vec<_>>();
            let on_change = {
                let (set_stage, voter) = (set_stage.clone(), voter.clone());
                Callback::from(move |draft: Draft| {
                    set_stage(Stage::Voting {
                        voter: voter.clone(),
                        draft,
                    })
                })
            };
            let submit = {
                let (set_stage, on_action, voter, draft, round_id, least_first) = (
                    set_stage.clone(),
                    on_action.clone(),
                    voter.clone(),
                    draft.clone(),
                    round.meta.id.clone(),
                    round.least_first,
                );
                Callback::from(move |_: MouseEvent| {
                    // Stored most important first, whichever way the screen listed them.
                    let mut tiers = draft.tiers();
                    if least_first {
                        tiers.reverse();
                    }
                    on_action.emit(Action::Ranking(RankingAction::CastBallot {
                        id: env::new_id(),
                        round: round_id.clone(),
                        voter: voter.clone(),
                        tiers,
                        scribe: false,
                    }));
                    set_stage(Stage::Thanks {
                        voter: voter.clone(),
                        draft: draft.clone(),
                    });
                })
            };
            html! {
                <>
                    <h1 class="ballot-heading">{ i18n::ballot_heading(lang, &voter_label(lang, s, voter)) }</h1>
                    <RankingWidget problems={problems} {glosses} draft={draft.clone()} {on_change} least_first={round.least_first} />
                    <div class="actions ballot-actions">
                        <button type="button" class="button primary big" disabled={draft.ranked.is_empty()} onclick={submit}>{ lang.t(T::Submit) }</button>
                    </div>
                </>
            }
        }
        Stage::Thanks { voter, draft } if refused.is_some() => {
            // The ballot was refused: say why and give it back to the voter.
            let back = {
                let (set_stage, voter, draft) = (set_stage.clone(), voter.clone(), draft.clone());
                Callback::from(move |_: MouseEvent| {
                    set_stage(Stage::Voting {
                        voter: voter.clone(),
                        draft: draft.clone(),
                    })
                })
            };
            html! {
                <div class="thanks">
                    <p role="alert" class="field-error">{ refused.clone() }</p>
                    <button type="button" class="button primary big" onclick={back}>{ lang.t(T::BackToBallot) }</button>
                </div>
            }
        }
        Stage::Thanks { .. } => {
            let next = {
                let set_stage = set_stage.clone();
                Callback::from(move |_: MouseEvent| set_stage(Stage::ChooseVoter))
            };
            html! {
                <div class="thanks">
                    <p role="status" class="thanks-text">{ lang.t(T::ThankYou) }</p>
                    <button type="button" class="button primary big" onclick={next}>{ lang.t(T::NextVoter) }</button>
                </div>
            }
        }
    };
    html! {
        <div class="page ballot-page">
            <main class="ballot-screen">
                if let Some(e) = &props.save_error { <p class="notice error" role="alert">{ e.clone() }</p> }
                <p class="round-name">{ i18n::round_label(lang, round.number, &round.name) }</p>
                { body }
            </main>
            <footer class="ballot-footer">
                <LangSwitch />
                <button type="button" class="button link" onclick={Callback::from(|_: MouseEvent| platform::full_screen())}>{ lang.t(T::FullScreen) }</button>
                <button type="button" class="button link" onclick={facilitator}>{ lang.t(T::Facilitator) }</button>
            </footer>
            if *confirm_exit && s.settings().pin.is_empty() {
                <ConfirmDialog title={lang.t(T::LeaveBallotTitle)} body={lang.t(T::LeaveBallotBody)}
                    confirm_label={lang.t(T::LeaveBallot)}
                    on_confirm={{ let on_exit = props.on_exit.clone(); let c = confirm_exit.clone(); Callback::from(move |_| { c.set(false); on_exit.emit(()) }) }}
                    on_cancel={{ let c = confirm_exit.clone(); Callback::from(move |_| c.set(false)) }} />
            }
            if *confirm_exit && !s.settings().pin.is_empty() {
                <PinDialog session={session.clone()}
                    on_ok={{ let on_exit = props.on_exit.clone(); let c = confirm_exit.clone(); Callback::from(move |_| { c.set(false); on_exit.emit(()) }) }}
                    on_cancel={{ let c = confirm_exit.clone(); Callback::from(move |_| c.set(false)) }} />
            }
        </div>
    }
}

/// Props of [`PinDialog`].
#[derive(Properties, PartialEq)]
struct PinDialogProps {
    session: std::rc::Rc<Session>,
    on_ok: Callback<()>,
    on_cancel: Callback<()>,
}

/// Leaving a ballot screen guarded by a PIN: only the right PIN lets the facilitator out.
#[component(PinDialog)]
fn pin_dialog(props: &PinDialogProps) -> Html {
    let lang = use_lang();
    let wrong = use_state(|| false);
    let input = use_node_ref();
    {
        let input = input.clone();
        use_effect_with((), move |_| {
            if let Some(i) = input.cast::<HtmlInputElement>() {
                let _ = i.focus();
            }
        });
    }
    let submit = {
        let (input, wrong, s, ok) = (
            input.clone(),
            wrong.clone(),
            props.session.clone(),
            props.on_ok.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let pin = input
                .cast::<HtmlInputElement>()
                .map(|i| i.value())
                .unwrap_or_default();
            if s.pin_matches(&pin) {
                ok.emit(());
            } else {
                wrong.set(true);
                if let Some(i) = input.cast::<HtmlInputElement>() {
                    i.set_value("");
                }
            }
        })
    };
    let cancel = {
        let c = props.on_cancel.clone();
        Callback::from(move |_: MouseEvent| c.emit(()))
    };
    html! {
        <Modal labelled_by="pin-title" on_cancel={props.on_cancel.clone()}>
            <form onsubmit={submit}>
                <h2 id="pin-title">{ lang.t(T::LeaveBallotTitle) }</h2>
                <label>{ lang.t(T::PinAsk) }
                    <input ref={input} type="password" inputmode="numeric" autocomplete="off" maxlength="4" pattern="[0-9]*" />
                </label>
                if *wrong { <p class="field-error" role="alert">{ lang.t(T::PinWrong) }</p> }
                <div class="dialog-actions">
                    <button type="button" class="button secondary" onclick={cancel}>{ lang.t(T::Cancel) }</button>
                    <button type="submit" class="button">{ lang.t(T::LeaveBallot) }</button>
                </div>
            </form>
        </Modal>
    }
}

/// "Who is voting?": the round's expected voters as big buttons, or a typed name.
fn voter_picker(
    lang: Lang,
    s: &Session,
    round: &Round,
    start: &Callback<Voter>,
    name_ref: &NodeRef,
) -> Html {
    let choices: Vec<(Voter, String)> = s
        .expected_voters(round)
        .into_iter()
        .map(|voter| {
            let mut label = voter_label(lang, s, &voter);
            if let Voter::Group { index } = voter {
                let names: Vec<&str> = s.group_members(2, index).map(|p| p.name.as_str()).collect();
                label = format!("{label} ({})", names.join(", "));
            }
            (voter, label)
        })
        .collect();
    let choices_empty = choices.is_empty();
    let by_name = {
        let (start, name_ref) = (start.clone(), name_ref.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(input) = name_ref.cast::<HtmlInputElement>() {
                let name = input.value().trim().to_string();
                if !name.is_empty() {
                    start.emit(Voter::Named { name });
                }
            }
        })
    };
    html! {
        <section class="voter-picker" aria-labelledby="who-heading">
            <h1 id="who-heading" class="ballot-heading">{ lang.t(T::WhoIsVoting) }</h1>
            if !choices_empty {
                <ul class="voter-choices" aria-label={lang.t(T::ChooseVoter)}>
                    { for choices.into_iter().map(|(voter, label)| {
                        let start = start.clone();
                        html! { <li><button type="button" class="button secondary big"
                            onclick={Callback::from(move |_: MouseEvent| start.emit(voter.clone()))}>{ label }</button></li> }
                    }) }
                </ul>
            }
            if round.voters != Voters::Plenary {
                <form class="inline-form" onsubmit={by_name}>
                    <label>{ lang.t(if choices_empty { T::TypeName } else { T::OrTypeName }) }
                        <input type="text" ref={name_ref.clone()} maxlength={workshop::limits::MAX_NAME.to_string()} autocomplete="off" />
                    </label>
                    <button type="submit" class="button primary">{ lang.t(T::StartBallot) }</button>
                </form>
            }
        </section>
    }
}

/// A closed stand-in for a round that no longer exists.
fn placeholder_round(id: &str) -> Round {
    Round {
        meta: workshop::Meta::new(id, &env::stamp()),
        number: 0,
        name: String::new(),
        voters: Voters::Plenary,
        problems: Vec::new(),
        method: ranking::Method::Borda,
        closed: true,
        illustrative: false,
        least_first: false,
        results_hidden: false,
    }
}
