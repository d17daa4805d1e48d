//! A round's results, recomputed from its ballots on every change: the consensus with ties and
//! scores, the method's rule in one sentence, where other methods differ, the charts, agreement,
//! the Condorcet winner and pairwise table, the comparison with another round, the consensus by
//! sector, and the choice of problems for workshop 3.

use std::rc::Rc;

use gloo_timers::callback::Timeout;
use ranking::Method;
use web_sys::HtmlSelectElement;
use workshop::results::{reading, round_results_quick, sector_consensus, RoundResults};
use workshop::rounds::RankingAction;
use workshop::rounds::{CastBallot, Round, Voters};
use workshop::{Action, Session};
use yew::prelude::*;

use super::charts::{bar_chart, heat_map, spread_chart, Figure};
use super::choose::ChooseProblems;
use super::compare::RoundComparison;
use crate::browser::platform;
use crate::i18n::use_lang;
use crate::i18n::{self, Lang, T};

/// Props of [`ResultsView`].
#[derive(Properties, PartialEq)]
pub struct ResultsViewProps {
    /// The session.
    pub session: Rc<Session>,
    /// The round.
    pub round: Round,
    /// Dispatches the method and the choice for workshop 3.
    pub on_action: Callback<Action>,
}

/// A round's results as the results view computed them (once per change), shared with the views
/// inside it; equal when they are the same computation.
#[derive(Clone)]
pub struct Shared(pub Rc<Option<RoundResults>>);

impl PartialEq for Shared {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// A round's results, computed again only when the round or its ballots change. Every method
/// but a slow exact Kemeny comes at once ([`round_results_quick`]); Kemeny is computed after the
/// view has been drawn, and the results are then replaced by the finished ones.
#[hook]
pub fn use_round_results(session: &Session, round: &Round) -> Rc<Option<RoundResults>> {
    let ballots: Vec<CastBallot> = session.current_ballots(&round.meta.id).cloned().collect();
    let quick = use_memo((round.clone(), ballots), |(round, _)| {
        round_results_quick(session, round)
    });
    // The finished results, with the quick ones they finish.
    let finished = use_state(|| None::<(Shared, Shared)>);
    {
        let finished = finished.clone();
        use_effect_with(Shared(quick.clone()), move |quick| {
            let pending = matches!(&*quick.0, Some(r) if r.kemeny_pending());
            let quick = quick.clone();
            // After a frame has been painted with the quick results; the time from those to
            // Kemeny's is measured as "delavnica:kemeny".
            let timer = pending.then(|| {
                platform::perf_mark("delavnica:quick");
                Timeout::new(KEMENY_AFTER_MS, move || {
                    let full = quick.0.as_ref().as_ref().map(RoundResults::finish);
                    finished.set(Some((quick, Shared(Rc::new(full)))));
                })
            });
            move || drop(timer)
        });
    }
    match &*finished {
        Some((of, full)) if Rc::ptr_eq(&of.0, &quick) => full.0.clone(),
        _ => quick,
    }
}

/// How long after the quick results exact Kemeny starts: enough for the browser to paint them.
const KEMENY_AFTER_MS: u32 = 30;

/// Bar lengths (0–1000) from a method's scores, better always longer.
fn bar_lengths(method: Method, scores: &[f64], n: usize) -> Vec<i32> {
    let lower_better = matches!(method, Method::MeanRank | Method::MedianRank);
    let v: Vec<f64> = scores
        .iter()
        .map(|&x| if lower_better { n as f64 + 1.0 - x } else { x })
        .collect();
    let lo = v.iter().copied().fold(0.0_f64, f64::min);
    let hi = v.iter().copied().fold(f64::MIN, f64::max);
    v.iter()
        .map(|x| {
            if hi > lo {
                ((x - lo) / (hi - lo) * 1000.0).round() as i32
            } else {
                1000
            }
        })
        .collect()
}

/// The results of a round.
#[component(ResultsView)]
pub fn results_view(props: &ResultsViewProps) -> Html {
    let lang = use_lang();
    let s = &props.session;
    let round = &props.round;
    let show_pairwise = use_state(|| false);
    // Every method and the agreement figures, computed once per change of the round or its
    // ballots (not on every render: exact Kemeny on 20 problems is the costly part).
    let results = use_round_results(s, round);
    // The time from a change (marked where actions are dispatched) to these results on screen.
    // Once every method is on screen: the time since the quick results, if Kemeny came later.
    let complete = results
        .as_ref()
        .as_ref()
        .is_some_and(|r| !r.kemeny_pending());
    use_effect(move || {
        platform::perf_measure_since("delavnica:recompute", "delavnica:action");
        if complete {
            platform::perf_measure_since("delavnica:kemeny", "delavnica:quick");
        }
    });
    if round.results_hidden {
        let reveal = {
            let (on_action, id) = (props.on_action.clone(), round.meta.id.clone());
            Callback::from(move |_: MouseEvent| {
                on_action.emit(Action::Ranking(RankingAction::SetResultsHidden {
                    id: id.clone(),
                    hidden: false,
                }))
            })
        };
        return html! {
            <div class="results-hidden" data-testid="results-hidden">
                <p>{ lang.t(T::ResultsHiddenNote) }</p>
                <button type="button" class="button primary" onclick={reveal}>{ lang.t(T::RevealResults) }</button>
            </div>
        };
    }
    let Some(res) = &*results else {
        return html! { <p class="muted" data-testid="no-results">{ lang.t(T::NoBallotsYet) }</p> };
    };
    let method = round.method;
    let outcome = res.outcome(method);
    let n = res.problems.len();
    let places = res.places(method);
    let text = |c: usize| s.problem_text(&res.problems[c]).to_string();
    let domain = |c: usize| i18n::problem_domain(lang, s, &res.problems[c]);
    // A chart's row label: the consensus place and the problem.
    let label = |c: usize| format!("{}. {}", places[c], text(c));
    let order: Vec<usize> = outcome.order.concat();
    let on_method = {
        let (on_action, id) = (props.on_action.clone(), round.meta.id.clone());
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Some(method) = i18n::method_of(&v) {
                on_action.emit(Action::Ranking(RankingAction::SetRoundMethod {
                    id: id.clone(),
                    method,
                }));
            }
        })
    };
    let disagreements = res.disagreements(method);
    let lengths = bar_lengths(method, &outcome.scores, n);
    let bars: Vec<(String, String, i32)> = order
        .iter()
        .map(|&c| {
            (
                label(c),
                i18n::score(lang, method, outcome.scores[c]),
                lengths[c],
            )
        })
        .collect();
    let heat: Vec<(String, Vec<u64>)> = order
        .iter()
        .map(|&c| (label(c), res.positions[c].clone()))
        .collect();
    let spread: Vec<(String, [i32; 5])> = order
        .iter()
        .map(|&c| {
            let sp = &res.agreement.spread[c];
            let h = |x: f64| (x * 100.0).round() as i32;
            (
                label(c),
                [h(sp.min), h(sp.q1), h(sp.median), h(sp.q3), h(sp.max)],
            )
        })
        .collect();
    let file = |kind: &str| format!("round-{}-{kind}.svg", round.number);
    html! {
        <section class="results" aria-labelledby={format!("results-{}", round.meta.id)} data-testid="results">
            <h3 id={format!("results-{}", round.meta.id)}>{ lang.t(T::Results) }
                <span class="count">{ i18n::ballots_count(lang, res.ballots) }</span></h3>
            <div class="field-row no-print">
                <label>{ lang.t(T::Method) }
                    <select onchange={on_method} data-testid="method">
                        { for i18n::METHODS.iter().map(|&m| html! {
                            <option value={i18n::method_value(m)} selected={m == method}>{ i18n::method_name(lang, m) }</option>
                        }) }
                    </select>
                </label>
            </div>
            <p class="formula" data-testid="formula">{ i18n::method_formula(lang, method) }</p>
            if !outcome.exact { <p class="muted">{ lang.t(T::NotExact) }</p> }
            <h4>{ lang.t(T::Consensus) }{ " (" }{ i18n::method_name(lang, method) }{ ")" }</h4>
            <div class="table-scroll" tabindex="0" role="region" aria-label={i18n::scrolls(lang, lang.t(T::Consensus))}>
                <table class="consensus" data-testid="consensus">
                    <thead><tr><th scope="col">{ lang.t(T::Place) }</th><th scope="col">{ lang.t(T::Problem) }</th><th scope="col">{ lang.t(T::DomainColumn) }</th><th scope="col" class="num">{ lang.t(T::Score) }</th></tr></thead>
                    <tbody>
                        { for outcome.order.iter().flat_map(|tier| {
                            let tied = tier.len() > 1;
                            tier.iter().map(move |&c| (c, tied)).collect::<Vec<_>>()
                        }).map(|(c, tied)| html! {
                            <tr class={classes!(tied.then_some("tied"))}>
                                <td class="num">{ if tied { format!("{}=", places[c]) } else { places[c].to_string() } }</td>
                                <td>{ text(c) }
                                    if let Some(g) = i18n::example_gloss(lang, s, &text(c)) { <span class="gloss" lang="en">{ g }</span> }</td>
                                <td class="domain-cell">{ domain(c) }</td>
                                <td class="num">{ i18n::score(lang, method, outcome.scores[c]) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            if res.kemeny_pending() { <p class="muted" role="status" data-testid="kemeny-pending">{ lang.t(T::KemenyPending) }</p> }
            <p class="disagreement" data-testid="disagreement">
                if disagreements.is_empty() { { lang.t(T::AllAgree) } }
                else { { grouped(&disagreements).iter().map(|(ms, from, to)| i18n::differs(lang, ms, *from, *to)).collect::<Vec<_>>().join(". ") }{ "." } }
            </p>
            <p data-testid="condorcet">{ match res.pairwise.condorcet_winner() {
                Some(c) => i18n::condorcet(lang, &text(c)),
                None => lang.t(T::CondorcetNone).to_string(),
            } }</p>
            { agreement_panel(lang, res, &text) }
            <div class="charts">
                <Figure title={lang.t(T::ScoresChart)} file={file("scores")}>{ bar_chart(lang.t(T::ScoresChart), &bars) }</Figure>
                <Figure title={lang.t(T::HeatMap)} help={lang.t(T::HeatMapHelp)} file={file("positions")}>{ heat_map(lang.t(T::HeatMap), &heat, lang.t(T::UnrankedShort)) }</Figure>
                if res.ballots > 1 {
                    <Figure title={lang.t(T::SpreadChart)} help={lang.t(T::SpreadHelp)} file={file("spread")}>{ spread_chart(lang.t(T::SpreadChart), &spread, n) }</Figure>
                }
            </div>
            <button type="button" class="toggle no-print" aria-pressed={show_pairwise.to_string()}
                onclick={{ let p = show_pairwise.clone(); Callback::from(move |_: MouseEvent| p.set(!*p)) }}>{ lang.t(T::PairwiseShow) }</button>
            if *show_pairwise { { pairwise_table(lang, res, &order, &places, &text) } }
            <RoundComparison session={s.clone()} round={round.clone()} results={Shared(results.clone())} />
            { by_sector(lang, s, round, &text, n) }
            <ChooseProblems session={s.clone()} round={round.clone()} results={Shared(results.clone())} on_action={props.on_action.clone()} />
        </section>
    }
}

/// Methods that differ from the shown one over the same places, together.
pub(crate) fn grouped(ds: &[workshop::results::Disagreement]) -> Vec<(Vec<Method>, usize, usize)> {
    let mut out: Vec<(Vec<Method>, usize, usize)> = Vec::new();
    for d in ds {
        match out.iter_mut().find(|g| (g.1, g.2) == (d.from, d.to)) {
            Some(g) => g.0.push(d.method),
            None => out.push((vec![d.method], d.from, d.to)),
        }
    }
    out
}

pub(crate) fn agreement_panel(
    lang: Lang,
    res: &RoundResults,
    text: &dyn Fn(usize) -> String,
) -> Html {
    let a = &res.agreement;
    html! {
        <div class="agreement" data-testid="agreement">
            <h4>{ lang.t(T::Agreement) }</h4>
            if let (true, Some(w)) = (res.ballots > 1, a.kendall_w_corrected) {
                <p><strong>{ i18n::kendall(lang, w, reading(w)) }</strong></p>
                if let Some(p) = a.p_value { <p>{ i18n::p_value(lang, p) }</p> }
                {{
                    let disputed = res.most_disputed(3);
                    if disputed.is_empty() {
                        html! { <p>{ lang.t(T::NoDispute) }</p> }
                    } else {
                        html! { <p>{ lang.t(T::MostDisputed) }{ " " }{ disputed.iter().map(|&c| i18n::quoted(lang, &text(c))).collect::<Vec<_>>().join(", ") }</p> }
                    }
                }}
            } else {
                <p class="muted">{ lang.t(T::AgreementNeedsTwo) }</p>
            }
        </div>
    }
}

fn pairwise_table(
    lang: Lang,
    res: &RoundResults,
    order: &[usize],
    places: &[usize],
    text: &dyn Fn(usize) -> String,
) -> Html {
    html! {
        <div class="table-scroll" tabindex="0" role="region" aria-label={i18n::scrolls(lang, lang.t(T::PairwiseShow))}>
            <p class="muted">{ lang.t(T::PairwiseHelp) }</p>
            <table class="pairwise" data-testid="pairwise">
                <thead><tr><th></th>{ for order.iter().map(|&c| html! { <th scope="col" title={text(c)}>{ places[c].to_string() }</th> }) }</tr></thead>
                <tbody>
                    { for order.iter().map(|&r| html! {
                        <tr>
                            <th scope="row">{ format!("{}. {}", places[r], text(r)) }</th>
                            { for order.iter().map(|&c| if r == c {
                                html! { <td class="num">{ "–" }</td> }
                            } else {
                                let w = res.pairwise.wins(r, c);
                                let beats = res.pairwise.beats(r, c);
                                html! { <td class={classes!("num", beats.then_some("beats"))}>{ w.to_string() }</td> }
                            }) }
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}

pub(crate) fn by_sector(
    lang: Lang,
    s: &Session,
    round: &Round,
    text: &dyn Fn(usize) -> String,
    n: usize,
) -> Html {
    let settings = s.settings();
    let body = if round.voters != Voters::Individuals {
        html! { <p class="muted">{ lang.t(T::BySectorIndividualsOnly) }</p> }
    } else {
        let sectors = sector_consensus(s, round, round.method);
        html! {
            <>
                <p class="muted">{ lang.t(T::BySectorIndividualsOnly) }</p>
                <div class="sector-columns">
                    { for sectors.iter().map(|sc| html! {
                        <div class="sector-column" data-testid="sector-column">
                            <h5>{ i18n::sector_name(lang, sc.sector, &settings.sector_names) }{ " (" }{ i18n::ballots_count(lang, sc.voters) }{ ")" }</h5>
                            { match &sc.order {
                                None => html! { <p class="muted">{ lang.t(T::Hidden) }</p> },
                                Some(order) => {
                                    let places = workshop::results::places(order, n);
                                    html! { <ol class="plain">{ for order.concat().iter().map(|&c| html! {
                                        <li>{ format!("{}. {}", places[c], text(c)) }</li>
                                    }) }</ol> }
                                }
                            } }
                        </div>
                    }) }
                </div>
            </>
        }
    };
    html! { <div class="by-sector"><h4>{ lang.t(T::BySector) }</h4>{ body }</div> }
}
