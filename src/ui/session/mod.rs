//! Inside a session: its steps in the method's order. Only steps that work are listed: the
//! session's own page (description and file), the participants and workshop 1's assessment;
//! each further step joins the navigation as it lands.

pub mod context;
mod details;
mod file_panel;
pub mod process_nav;
pub mod state;
pub mod steps;
mod tour;

use yew::prelude::*;

use crate::browser::events::{Listener, Timeout};
use crate::browser::storage::tab;
use crate::browser::{env, platform, storage};
use crate::i18n::use_lang;
use crate::i18n::{self, Lang, T};
use crate::route::{step_path, Route, Step};
use crate::ui::ranking::ballot::{BallotScreenState, Stage};
use crate::ui::widgets::{AppHeader, Notice, NoticeKind, UNDO_MS};
use context::SessionContext;
use details::SessionDetails;
use file_panel::SessionFilePanel;
use process_nav::ProcessNav;
use state::{Outside, SessionMsg, SessionState};
use tour::Tour;

/// Props of [`SessionPage`].
#[derive(Properties, PartialEq)]
pub struct SessionPageProps {
    /// The session's id (from the route).
    pub id: AttrValue,
    /// The step shown.
    #[prop_or_default]
    pub step: Step,
}

/// Loads the session and shows an error in place of it when it cannot.
#[component(SessionPage)]
pub fn session_page(props: &SessionPageProps) -> Html {
    let lang = use_lang();
    let loaded = use_memo(props.id.clone(), |id| storage::load_session(id));
    let body = match &*loaded {
        Ok(Some(stored)) => {
            return html! { <OpenSession stored={stored.clone()} step={props.step} /> }
        }
        Ok(None) => lang.t(T::SessionNotFound).to_string(),
        Err(e) => i18n::storage_error(lang, e),
    };
    html! {
        <div class="page">
            <AppHeader />
            <main class="session">
                <Notice kind={NoticeKind::Error} text={body} />
                <a href={Route::Home.href()} class="button secondary">{ lang.t(T::AllSessions) }</a>
            </main>
        </div>
    }
}

/// Props of [`OpenSession`].
#[derive(Properties, PartialEq)]
struct OpenSessionProps {
    stored: storage::Stored,
    step: Step,
}

/// A loaded session: its state, autosave after every change, and reconciliation with other tabs.
#[component(OpenSession)]
fn open_session(props: &OpenSessionProps) -> Html {
    let lang = use_lang();
    let state = {
        let stored = props.stored.clone();
        use_reducer(move || {
            let key = tab::history_key(&stored.session.id);
            let mut s = SessionState::loaded(stored);
            // Undo survives a reload of this tab.
            s.history = tab::get(&key)
                .and_then(|t| serde_json::from_str(&t).ok())
                .unwrap_or_default();
            s
        })
    };
    // Keep this tab's undo history with the tab.
    {
        let (history, id) = (state.history.clone(), props.stored.session.id.clone());
        use_effect_with(history, move |h| {
            if let Ok(text) = serde_json::to_string(h) {
                tab::set(&tab::history_key(&id), &text);
            }
        });
    }
    use_effect_with((), |_| {
        let timer = steps::warm_later();
        move || drop(timer)
    });
    // Ctrl+Z undoes, Ctrl+Shift+Z (or Ctrl+Y) redoes, outside text fields (which undo typing).
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let listener = Listener::window_active("keydown", move |e| {
                let Some(k) = wasm_bindgen::JsCast::dyn_ref::<web_sys::KeyboardEvent>(e) else {
                    return;
                };
                if !(k.ctrl_key() || k.meta_key()) {
                    return;
                }
                let typing = k
                    .target()
                    .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
                    .is_some_and(|el| {
                        matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                    });
                // Never on the ballot screen: a participant's tablet undoes nothing of the session.
                let ballot = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.query_selector(".ballot-page").ok().flatten())
                    .is_some();
                if typing || ballot {
                    return;
                }
                let key = k.key().to_lowercase();
                let undo = match (key.as_str(), k.shift_key()) {
                    ("z", false) => true,
                    ("z", true) | ("y", _) => false,
                    _ => return,
                };
                k.prevent_default();
                dispatcher.dispatch(SessionMsg::Undo(undo, env::stamp()));
            });
            move || drop(listener)
        });
    }
    // Autosave: after each change, save on top of the revision this tab builds on. A conflict
    // means another tab saved first: adopt its copy and replay this tab's changes on it, which
    // moves `changes` again and saves the result.
    {
        let state = state.clone();
        use_effect_with(state.changes, move |_| {
            if !state.copy.pending.is_empty() {
                let st = env::stamp();
                let count = state.copy.pending.len();
                match storage::save_session(
                    &state.copy.session,
                    state.copy.revision,
                    &st.device,
                    st.now,
                ) {
                    Ok(revision) => state.dispatch(SessionMsg::Saved { revision, count }),
                    Err(storage::StorageError::Conflict) => {
                        match storage::load_session(&state.copy.session.id) {
                            Ok(Some(stored)) => {
                                state.dispatch(SessionMsg::Rebase(Box::new(stored)))
                            }
                            Ok(None) => state.dispatch(SessionMsg::Gone),
                            Err(e) => state.dispatch(SessionMsg::SaveFailed(e)),
                        }
                    }
                    Err(e) => state.dispatch(SessionMsg::SaveFailed(e)),
                }
            }
        });
    }
    // Another tab saved or deleted this session.
    {
        let dispatcher = state.dispatcher();
        let key = storage::session_key(&props.stored.session.id);
        let id = props.stored.session.id.clone();
        use_effect_with(key, move |key| {
            let key = key.clone();
            let listener = Listener::storage_changes(move |changed| {
                if changed.as_deref().is_some_and(|k| k != key) {
                    return;
                }
                match storage::load_session(&id) {
                    Ok(Some(stored)) => dispatcher.dispatch(SessionMsg::Rebase(Box::new(stored))),
                    Ok(None) => dispatcher.dispatch(SessionMsg::Gone),
                    Err(e) => dispatcher.dispatch(SessionMsg::SaveFailed(e)),
                }
            });
            move || drop(listener)
        });
    }
    let session = &state.copy.session;
    // The projector view in another window follows the step shown here.
    {
        let (id, step) = (session.id.clone(), props.step);
        use_effect_with(step, move |step| {
            storage::set_showing(&id, step_path(*step))
        });
    }
    let on_action = {
        let dispatcher = state.dispatcher();
        Callback::from(move |a| {
            platform::perf_mark("delavnica:action");
            dispatcher.dispatch(SessionMsg::Apply(a, env::stamp()))
        })
    };
    let refused = state
        .refused
        .as_ref()
        .map(|e| AttrValue::from(i18n::action_error(lang, e)));
    let context = SessionContext {
        session: session.clone(),
        on_action: on_action.clone(),
        refused: refused.clone(),
    };
    // "Pass the tablet": the ballot screen replaces the whole page; it is kept in the tab's
    // storage, so a reload stays on it.
    let ballot = {
        let id = props.stored.session.id.clone();
        use_state(move || BallotScreenState::load(&id))
    };
    if let Some(b) = &*ballot {
        let on_state = {
            let (ballot, id) = (ballot.clone(), session.id.clone());
            Callback::from(move |next: BallotScreenState| {
                next.store(&id);
                ballot.set(Some(next));
            })
        };
        let on_exit = {
            let (ballot, id) = (ballot.clone(), session.id.clone());
            Callback::from(move |_| {
                tab::remove(&tab::ballot_key(&id));
                ballot.set(None);
            })
        };
        return html! {
            <ContextProvider<SessionContext> context={context}>
            { steps::ballot(steps::BallotArgs { state: b.clone(), on_state, on_exit,
                save_error: state.save_error.as_ref().map(|e| AttrValue::from(i18n::storage_error(lang, e))) }) }
            </ContextProvider<SessionContext>>
        };
    }
    let on_vote = {
        let (ballot, id) = (ballot.clone(), session.id.clone());
        Callback::from(move |round: String| {
            let next = BallotScreenState {
                round,
                stage: Stage::ChooseVoter,
            };
            next.store(&id);
            ballot.set(Some(next));
            platform::scroll_to_top();
        })
    };
    // The example opens on its tour, until the tour is ended on this device.
    let tour_open = {
        let (example, id) = (session.info.example, session.id.clone());
        use_state(move || example && !storage::tour_done(&id))
    };
    let set_tour = |open: bool| {
        let (tour_open, id) = (tour_open.clone(), session.id.clone());
        Callback::from(move |()| {
            storage::set_tour_done(&id, !open);
            tour_open.set(open);
        })
    };
    // "Try a ballot": the example's practice round, opened when first asked for.
    let try_ballot = {
        let (session, on_action, on_vote) = (session.clone(), on_action.clone(), on_vote.clone());
        Callback::from(move |()| {
            let (round, open) = workshop::example::practice_round(&session, &env::new_id());
            if let Some(open) = open {
                // A refused round (fewer than two problems) is said, and no ballot opens.
                let opens = session
                    .try_all(std::slice::from_ref(&open), &env::stamp())
                    .is_ok();
                on_action.emit(open);
                if !opens {
                    return;
                }
            }
            on_vote.emit(round);
        })
    };
    let dismiss = {
        let dispatcher = state.dispatcher();
        Callback::from(move |_: MouseEvent| dispatcher.dispatch(SessionMsg::Dismiss))
    };
    // "Undo" for a few seconds after a removal.
    {
        let dispatcher = state.dispatcher();
        use_effect_with(state.removed.map(|(_, c)| c), move |change| {
            let timer = change.map(|c| {
                Timeout::new(UNDO_MS, move || {
                    dispatcher.dispatch(SessionMsg::UndoOffered(c))
                })
            });
            move || drop(timer)
        });
    }
    let unsaved = !state.copy.pending.is_empty();
    let undo_click = {
        let dispatcher = state.dispatcher();
        Callback::from(move |_: MouseEvent| {
            dispatcher.dispatch(SessionMsg::Undo(true, env::stamp()))
        })
    };
    let undo_button = |undo: bool| {
        let dispatcher = state.dispatcher();
        let onclick = Callback::from(move |_: MouseEvent| {
            dispatcher.dispatch(SessionMsg::Undo(undo, env::stamp()))
        });
        let (label, empty) = if undo {
            (T::Undo, state.history.undo.is_empty())
        } else {
            (T::Redo, state.history.redo.is_empty())
        };
        html! {
            // A symbol on screen (the header fits a phone), the word for screen readers.
            <button type="button" class="button secondary icon-only" disabled={empty} {onclick} aria-label={lang.t(label)}
                title={format!("{} ({})", lang.t(label), if undo { "Ctrl+Z" } else { "Ctrl+Shift+Z" })}>{ if undo { "↶" } else { "↷" } }</button>
        }
    };
    html! {
        <div class="page">
            <AppHeader>
                <span class="undo-redo no-print" data-testid="undo-redo">{ undo_button(true) }{ undo_button(false) }</span>
                <span class={classes!("save-status", unsaved.then_some("unsaved"))} role="status" data-testid="save-status">
                    { if unsaved { lang.t(T::NotSavedWarning) } else { lang.t(T::Saved) } }
                </span>
            </AppHeader>
            <main class="session">
                <ContextProvider<SessionContext> {context}>
                <nav class="breadcrumbs" aria-label={lang.t(T::BreadcrumbLabel)}>
                    <a href={Route::Home.href()}>{ "← " }{ lang.t(T::AllSessions) }</a>
                </nav>
                <h1 class="session-heading">{ session.info.title.clone() }
                    if session.info.example { <span class="badge">{ lang.t(T::ExampleBadge) }</span> }
                </h1>
                <ProcessNav session={session.clone()} step={props.step} />
                if let Some(e) = &state.save_error {
                    <Notice kind={NoticeKind::Error} text={i18n::storage_error(lang, e)} />
                }
                if let Some(outside) = state.outside {
                    <Notice kind={if outside == Outside::DeletedElsewhere { NoticeKind::Error } else { NoticeKind::Info }}
                        text={lang.t(if outside == Outside::DeletedElsewhere { T::DeletedElsewhere } else { T::ChangedElsewhere })}
                        on_close={dismiss} />
                }
                if session.info.example {
                    <Notice kind={NoticeKind::Info}
                        text={if lang == Lang::En { format!("{} {}", lang.t(T::ExampleNote), lang.t(T::ExampleSlovene)) } else { lang.t(T::ExampleNote).to_string() }}
                        action={(!*tour_open).then(|| (AttrValue::from(lang.t(T::TourAgain)), set_tour(true).reform(|_: MouseEvent| ())))} />
                    if *tour_open {
                        <Tour id={session.id.clone()} step={props.step} on_end={set_tour(false)} on_try_ballot={try_ballot.clone()} />
                    }
                }
                { match props.step {
                    Step::Overview => html! {
                        <>
                            <SessionDetails info={session.info.clone()} on_action={on_action.clone()}
                                refused={refused.clone()} />
                            <SessionFilePanel />
                        </>
                    },
                    step => steps::step_view(step, on_vote),
                } }
                </ContextProvider<SessionContext>>
                if let Some((kind, _)) = state.removed {
                    <div class="toast no-print" data-testid="undo-toast">
                        <Notice kind={NoticeKind::Info} text={i18n::removed_note(lang, kind)}
                            action={(AttrValue::from(lang.t(T::Undo)), undo_click.clone())} />
                    </div>
                }
            </main>
        </div>
    }
}
