//! How the order moved from one round to another.

use std::rc::Rc;

use web_sys::HtmlSelectElement;
use workshop::results::{compare, round_results, RoundResults};
use workshop::rounds::{CastBallot, Round};
use workshop::Session;
use yew::prelude::*;

use super::charts::{slope_chart, Figure};
use super::results::Shared;
use crate::i18n::use_lang;
use crate::i18n::{self, T};

/// Props of [`RoundComparison`].
#[derive(Properties, PartialEq)]
pub struct RoundComparisonProps {
    /// The session.
    pub session: Rc<Session>,
    /// The round shown.
    pub round: Round,
    /// Its results, as the results view computed them.
    pub results: Shared,
}

/// The results of a round that may be missing, computed again only when it or its ballots change.
#[hook]
fn use_round_results_of(s: &Session, round: Option<&Round>) -> Rc<Option<RoundResults>> {
    let key = round.map(|r| {
        let ballots: Vec<CastBallot> = s.current_ballots(&r.meta.id).cloned().collect();
        (r.clone(), ballots)
    });
    use_memo(key, |key| {
        key.as_ref().and_then(|(r, _)| round_results(s, r))
    })
}

/// How the consensus moved between this round and another (the one before it by default): the
/// Kendall distance between the two orders and a slope chart.
#[component(RoundComparison)]
pub fn round_comparison(props: &RoundComparisonProps) -> Html {
    let lang = use_lang();
    let with = use_state(|| None::<String>);
    let (s, round) = (&props.session, &props.round);
    let others: Vec<&Round> = s
        .live_rounds()
        .filter(|r| r.meta.id != round.meta.id && s.current_ballots(&r.meta.id).next().is_some())
        .collect();
    // By default the latest round before this one, else the first other.
    let default = others
        .iter()
        .rev()
        .find(|r| r.number < round.number)
        .or(others.first())
        .map(|r| r.meta.id.clone())
        .unwrap_or_default();
    let other_id = with
        .as_ref()
        .filter(|id| others.iter().any(|r| &&r.meta.id == id))
        .cloned()
        .unwrap_or(default);
    let other = others.iter().find(|r| r.meta.id == other_id).copied();
    // The other round's results, computed again only when it or its ballots change.
    let other_res = use_round_results_of(s, other);
    let Some(res) = &*props.results.0 else {
        return html! {};
    };
    if others.is_empty() {
        return html! { <div class="compare"><h4>{ lang.t(T::Compare) }</h4><p class="muted">{ lang.t(T::NoOtherRound) }</p></div> };
    }
    let (Some(other), Some(other_res)) = (other, &*other_res) else {
        return html! {};
    };
    // Earlier round on the left.
    let (first, first_res, second, second_res) = if other.number < round.number {
        (other, other_res, round, res)
    } else {
        (round, res, other, other_res)
    };
    let c = compare(first_res, first.method, second_res, second.method);
    let moves: Vec<(String, usize, usize)> = c
        .moves
        .iter()
        .map(|(id, a, b)| (s.problem_text(id).to_string(), *a, *b))
        .collect();
    let onchange = {
        let with = with.clone();
        Callback::from(move |e: Event| {
            with.set(Some(e.target_unchecked_into::<HtmlSelectElement>().value()))
        })
    };
    let heads = (
        i18n::round_label(lang, first.number, &first.name),
        i18n::round_label(lang, second.number, &second.name),
    );
    html! {
        <div class="compare" data-testid="compare">
            <h4>{ lang.t(T::Compare) }</h4>
            <label class="no-print">{ lang.t(T::CompareWith) }
                <select {onchange}>
                    { for others.iter().map(|r| html! {
                        <option value={r.meta.id.clone()} selected={r.meta.id == other_id}>{ i18n::round_label(lang, r.number, &r.name) }</option>
                    }) }
                </select>
            </label>
            <p data-testid="distance">{ i18n::distance(lang, c.distance.distance, c.distance.pairs, c.distance.normalized) }</p>
            <Figure title={lang.t(T::SlopeChart)} file={format!("rounds-{}-{}.svg", first.number, second.number)}>
                { slope_chart(lang.t(T::SlopeChart), (&heads.0, &heads.1), &moves) }
            </Figure>
            if !c.dropped.is_empty() {
                <p class="muted">{ lang.t(T::Dropped) }{ " " }{ c.dropped.iter().map(|id| s.problem_text(id)).collect::<Vec<_>>().join("; ") }</p>
            }
        </div>
    }
}
