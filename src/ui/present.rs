//! The projector view: a large-type, high-contrast page with no controls, opened in a second
//! window on the laptop that drives the projector. It follows the facilitator's window through
//! local storage (the same events that keep two tabs in step): the step shown there, and every
//! change saved — a ballot cast on a tablet that is then merged, or in another tab, shows here
//! at once.

use std::rc::Rc;

use workshop::assessment::{CardStatus, Polarity};
use workshop::results::{reading, round_results};
use workshop::Session;
use yew::prelude::*;

use crate::browser::events::Listener;
use crate::browser::storage;
use crate::i18n::use_lang;
use crate::i18n::{self, Lang, T};
use crate::route::{step_path, Step};
use crate::ui::solutions::problem_heading;

/// Props of [`PresenterPage`].
#[derive(Properties, PartialEq)]
pub struct PresenterProps {
    /// The session's id.
    pub id: AttrValue,
}

fn load(id: &str) -> (Option<Rc<Session>>, String) {
    let session = storage::load_session(id)
        .ok()
        .flatten()
        .map(|s| Rc::new(s.session));
    (session, storage::showing(id).unwrap_or_default())
}

/// Workshop 1's board: per domain, the strengths and weaknesses the plenary has not rejected,
/// key ones first and in bold.
fn board(lang: Lang, s: &Session) -> Html {
    let cards = |d, p| {
        let mut list: Vec<_> = s
            .live_cards()
            .filter(|c| c.domain == d && c.polarity == p && c.status != CardStatus::Rejected)
            .collect();
        list.sort_by_key(|c| !c.key);
        html! {
            <ul>{ for list.iter().map(|c| html! { <li class={classes!(c.key.then_some("key"))}>{ c.text.clone() }</li> }) }</ul>
        }
    };
    html! {
        <div class="present-board">
            { for workshop::assessment::Domain::ALL.iter().map(|&d| html! {
                <section>
                    <h2>{ i18n::domain_name(lang, d) }</h2>
                    <div class="present-columns">
                        <div><h3>{ lang.t(T::Strengths) }</h3>{ cards(d, Polarity::Strength) }</div>
                        <div><h3>{ lang.t(T::Weaknesses) }</h3>{ cards(d, Polarity::Weakness) }</div>
                    </div>
                </section>
            }) }
        </div>
    }
}

/// The round in play: the open one opened last, else the latest; its consensus under the
/// round's method as ballots arrive, how many voted, and how much they agree.
fn ranking(lang: Lang, s: &Session) -> Html {
    let rounds: Vec<_> = s.live_rounds().collect();
    let Some(r) = rounds.iter().rev().find(|r| !r.closed).or(rounds.last()) else {
        return html! {};
    };
    let head = html! { <h2>{ i18n::round_label(lang, r.number, &r.name) }</h2> };
    if r.results_hidden {
        let voted = s.current_ballots(&r.meta.id).count();
        return html! { <>{ head }<p class="present-big" data-testid="present-voted">{ i18n::ballots_count(lang, voted) }</p></> };
    }
    let Some(res) = round_results(s, r) else {
        return html! { <>{ head }<p class="present-big">{ lang.t(T::NoBallotsYet) }</p></> };
    };
    let outcome = res.outcome(r.method);
    let places = res.places(r.method);
    let expected = s.expected_voters(r).len();
    let voted = if expected > 0 {
        i18n::voted_of(lang, res.ballots, expected)
    } else {
        i18n::ballots_count(lang, res.ballots)
    };
    html! {
        <>
            { head }
            <p class="present-status" data-testid="present-voted">
                if !r.closed { <span class="present-live">{ lang.t(T::VotingNow) }</span>{ " · " } }
                { voted }
            </p>
            <ol class="present-order" data-testid="present-order">
                { for outcome.order.iter().flatten().map(|&c| html! {
                    <li><span class="place">{ places[c] }</span>{ s.problem_text(&res.problems[c]).to_string() }</li>
                }) }
            </ol>
            if let (true, Some(w)) = (res.ballots > 1, res.agreement.kendall_w_corrected) {
                <p class="present-status">{ i18n::kendall(lang, w, reading(w)) }</p>
            }
        </>
    }
}

/// Workshop 3's ideas, one column per problem; picked ones marked.
fn ideas(lang: Lang, s: &Session) -> Html {
    html! {
        <div class="present-ideas">
            { for s.live_worksheets().map(|w| html! {
                <section>
                    <h2>{ problem_heading(lang, s, &w.problem) }</h2>
                    <ul>{ for s.ideas_of(&w.meta.id).iter().map(|i| html! {
                        <li class={classes!(i.picked.then_some("key"))}>{ if i.picked { "✓ " } else { "" } }{ i.text.title.clone() }</li>
                    }) }</ul>
                </section>
            }) }
        </div>
    }
}

/// The projector page.
#[component(PresenterPage)]
pub fn presenter_page(props: &PresenterProps) -> Html {
    let lang = use_lang();
    let state = {
        let id = props.id.clone();
        use_state(move || load(&id))
    };
    {
        let (state, id) = (state.clone(), props.id.to_string());
        use_effect_with(id, move |id| {
            let (id, keys) = (
                id.clone(),
                [storage::session_key(id), storage::showing_key(id)],
            );
            let listener = Listener::storage_changes(move |key| {
                if key.is_none_or(|k| keys.contains(&k)) {
                    state.set(load(&id));
                }
            });
            move || drop(listener)
        });
    }
    let (session, showing) = &*state;
    let Some(s) = session else {
        return html! { <main class="presenter"><p class="present-big">{ lang.t(T::SessionNotFound) }</p></main> };
    };
    let step = Step::ALL
        .into_iter()
        .find(|x| step_path(*x) == showing)
        .unwrap_or_default();
    let body = match step {
        Step::Assessment => board(lang, s),
        Step::Ranking => ranking(lang, s),
        Step::Solutions | Step::Report => ideas(lang, s),
        _ => html! { <p class="present-big">{ s.info.town.clone() }</p> },
    };
    html! {
        <main class="presenter" data-step={showing.clone()}>
            <h1 class="present-title">{ s.info.title.clone() }</h1>
            { body }
        </main>
    }
}
