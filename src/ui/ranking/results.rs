//! A round's results, recomputed from its ballots on every change: the consensus with ties and
//! scores, the method's rule in one sentence, where other methods differ, the charts, agreement,
//! the Condorcet winner and pairwise table, the comparison with another round, the consensus by
//! sector, and the choice of problems for workshop 3.

use ranking::Method;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use workshop::results::{compare, reading, round_results, sector_consensus, top_n, RoundResults};
use workshop::rounds::{Round, Voters};
use workshop::{Action, Session};
use yew::prelude::*;

use super::charts::{bar_chart, heat_map, short, slope_chart, spread_chart, Figure};
use crate::app::use_lang;
use crate::browser::platform;
use crate::i18n::{self, Lang, R};

/// Props of [`ResultsView`].
#[derive(Properties, PartialEq)]
pub struct ResultsViewProps {
    /// The session.
    pub session: Session,
    /// The round.
    pub round: Round,
    /// Dispatches the method and the choice for workshop 3.
    pub on_action: Callback<Action>,
}

fn problem_text(s: &Session, id: &str) -> String {
    s.problems
        .iter()
        .find(|p| p.meta.id == id)
        .map_or_else(|| id.to_string(), |p| p.text.clone())
}

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
    let compare_with = use_state(|| None::<String>);
    let top = use_state(|| workshop::rounds::DEFAULT_CHOSEN);
    let picked = use_state(Vec::<String>::new);
    // The time from a change (marked where actions are dispatched) to these results on screen.
    use_effect(|| platform::perf_measure_since("delavnica:recompute", "delavnica:action"));
    let Some(res) = round_results(s, round) else {
        return html! { <p class="muted" data-testid="no-results">{ lang.r(R::NoBallotsYet) }</p> };
    };
    let method = round.method;
    let outcome = res.outcome(method);
    let n = res.problems.len();
    let places = res.places(method);
    let text = |c: usize| problem_text(s, &res.problems[c]);
    let order: Vec<usize> = outcome.order.concat();
    let on_method = {
        let (on_action, id) = (props.on_action.clone(), round.meta.id.clone());
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Some(method) = i18n::method_of(&v) {
                on_action.emit(Action::SetRoundMethod {
                    id: id.clone(),
                    method,
                });
            }
        })
    };
    let disagreements = res.disagreements(method);
    let lengths = bar_lengths(method, &outcome.scores, n);
    let bars: Vec<(String, String, i32)> = order
        .iter()
        .map(|&c| {
            (
                format!("{}. {}", places[c], text(c)),
                i18n::score(lang, method, outcome.scores[c]),
                lengths[c],
            )
        })
        .collect();
    let heat: Vec<(String, Vec<u64>)> = order
        .iter()
        .map(|&c| {
            (
                format!("{}. {}", places[c], text(c)),
                res.positions[c].clone(),
            )
        })
        .collect();
    let spread: Vec<(String, [i32; 5])> = order
        .iter()
        .map(|&c| {
            let sp = &res.agreement.spread[c];
            let h = |x: f64| (x * 100.0).round() as i32;
            (
                format!("{}. {}", places[c], text(c)),
                [h(sp.min), h(sp.q1), h(sp.median), h(sp.q3), h(sp.max)],
            )
        })
        .collect();
    let file = |kind: &str| format!("round-{}-{kind}.svg", round.number);
    html! {
        <section class="results" aria-labelledby={format!("results-{}", round.meta.id)} data-testid="results">
            <h3 id={format!("results-{}", round.meta.id)}>{ lang.r(R::Results) }
                <span class="count">{ i18n::ballots_count(lang, res.ballots) }</span></h3>
            <div class="field-row no-print">
                <label>{ lang.r(R::Method) }
                    <select onchange={on_method} data-testid="method">
                        { for Method::ALL.iter().map(|&m| html! {
                            <option value={i18n::method_value(m)} selected={m.name() == method.name()}>{ i18n::method_name(lang, m) }</option>
                        }) }
                    </select>
                </label>
            </div>
            <p class="formula" data-testid="formula">{ i18n::method_formula(lang, method) }</p>
            if !outcome.exact { <p class="muted">{ lang.r(R::NotExact) }</p> }
            <h4>{ lang.r(R::Consensus) }{ " (" }{ i18n::method_name(lang, method) }{ ")" }</h4>
            <table class="consensus" data-testid="consensus">
                <thead><tr><th scope="col">{ lang.r(R::Place) }</th><th scope="col">{ lang.r(R::Problem) }</th><th scope="col" class="num">{ lang.r(R::Score) }</th></tr></thead>
                <tbody>
                    { for outcome.order.iter().flat_map(|tier| {
                        let tied = tier.len() > 1;
                        tier.iter().map(move |&c| (c, tied)).collect::<Vec<_>>()
                    }).map(|(c, tied)| html! {
                        <tr class={classes!(tied.then_some("tied"))}>
                            <td class="num">{ if tied { format!("{}=", places[c]) } else { places[c].to_string() } }</td>
                            <td>{ text(c) }</td>
                            <td class="num">{ i18n::score(lang, method, outcome.scores[c]) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            <p class="disagreement" data-testid="disagreement">
                if disagreements.is_empty() { { lang.r(R::AllAgree) } }
                else { { grouped(&disagreements).iter().map(|(ms, from, to)| i18n::differs(lang, ms, *from, *to)).collect::<Vec<_>>().join("; ") }{ "." } }
            </p>
            <p data-testid="condorcet">{ match res.pairwise.condorcet_winner() {
                Some(c) => i18n::condorcet(lang, &text(c)),
                None => lang.r(R::CondorcetNone).to_string(),
            } }</p>
            { agreement_panel(lang, &res, &text) }
            <div class="charts">
                <Figure title={lang.r(R::ScoresChart)} file={file("scores")}>{ bar_chart(lang.r(R::ScoresChart), &bars) }</Figure>
                <Figure title={lang.r(R::HeatMap)} help={lang.r(R::HeatMapHelp)} file={file("positions")}>{ heat_map(lang.r(R::HeatMap), &heat, lang.r(R::UnrankedShort)) }</Figure>
                if res.ballots > 1 {
                    <Figure title={lang.r(R::SpreadChart)} help={lang.r(R::SpreadHelp)} file={file("spread")}>{ spread_chart(lang.r(R::SpreadChart), &spread, n) }</Figure>
                }
            </div>
            <button type="button" class="toggle no-print" aria-pressed={show_pairwise.to_string()}
                onclick={{ let p = show_pairwise.clone(); Callback::from(move |_: MouseEvent| p.set(!*p)) }}>{ lang.r(R::PairwiseShow) }</button>
            if *show_pairwise { { pairwise_table(lang, &res, &order, &places, &text) } }
            { comparison(lang, s, round, &res, &compare_with) }
            { by_sector(lang, s, round, &text, &places) }
            { choose(lang, s, round, &res, &top, &picked, &props.on_action, &text) }
        </section>
    }
}

/// Methods that differ from the shown one over the same places, together.
fn grouped(ds: &[workshop::results::Disagreement]) -> Vec<(Vec<Method>, usize, usize)> {
    let mut out: Vec<(Vec<Method>, usize, usize)> = Vec::new();
    for d in ds {
        match out.iter_mut().find(|g| (g.1, g.2) == (d.from, d.to)) {
            Some(g) => g.0.push(d.method),
            None => out.push((vec![d.method], d.from, d.to)),
        }
    }
    out
}

fn agreement_panel(lang: Lang, res: &RoundResults, text: &dyn Fn(usize) -> String) -> Html {
    let a = &res.agreement;
    html! {
        <div class="agreement" data-testid="agreement">
            <h4>{ lang.r(R::Agreement) }</h4>
            if let (true, Some(w)) = (res.ballots > 1, a.kendall_w_corrected) {
                <p><strong>{ i18n::kendall(lang, w, reading(w)) }</strong></p>
                if let Some(p) = a.p_value { <p>{ i18n::p_value(lang, p) }</p> }
                {{
                    let disputed = res.most_disputed(3);
                    if disputed.is_empty() {
                        html! { <p>{ lang.r(R::NoDispute) }</p> }
                    } else {
                        html! { <p>{ lang.r(R::MostDisputed) }{ " " }{ disputed.iter().map(|&c| format!("»{}«", short(&text(c), 60))).collect::<Vec<_>>().join(", ") }</p> }
                    }
                }}
            } else {
                <p class="muted">{ lang.r(R::AgreementNeedsTwo) }</p>
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
        <div class="table-scroll">
            <p class="muted">{ lang.r(R::PairwiseHelp) }</p>
            <table class="pairwise" data-testid="pairwise">
                <thead><tr><th></th>{ for order.iter().map(|&c| html! { <th scope="col" title={text(c)}>{ places[c].to_string() }</th> }) }</tr></thead>
                <tbody>
                    { for order.iter().map(|&r| html! {
                        <tr>
                            <th scope="row">{ format!("{}. {}", places[r], short(&text(r), 40)) }</th>
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

fn comparison(
    lang: Lang,
    s: &Session,
    round: &Round,
    res: &RoundResults,
    with: &UseStateHandle<Option<String>>,
) -> Html {
    let others: Vec<&Round> = s
        .live_rounds()
        .filter(|r| r.meta.id != round.meta.id && s.current_ballots(&r.meta.id).next().is_some())
        .collect();
    if others.is_empty() {
        return html! { <div class="compare"><h4>{ lang.r(R::Compare) }</h4><p class="muted">{ lang.r(R::NoOtherRound) }</p></div> };
    }
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
    let Some(other) = others.iter().find(|r| r.meta.id == other_id) else {
        return html! {};
    };
    let Some(other_res) = round_results(s, other) else {
        return html! {};
    };
    // Earlier round on the left.
    let (first, first_res, second, second_res) = if other.number < round.number {
        (*other, &other_res, round, res)
    } else {
        (round, res, *other, &other_res)
    };
    let c = compare(first_res, first.method, second_res, second.method);
    let moves: Vec<(String, usize, usize)> = c
        .moves
        .iter()
        .map(|(id, a, b)| (problem_text(s, id), *a, *b))
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
            <h4>{ lang.r(R::Compare) }</h4>
            <label class="no-print">{ lang.r(R::CompareWith) }
                <select {onchange}>
                    { for others.iter().map(|r| html! {
                        <option value={r.meta.id.clone()} selected={r.meta.id == other_id}>{ i18n::round_label(lang, r.number, &r.name) }</option>
                    }) }
                </select>
            </label>
            <p data-testid="distance">{ i18n::distance(lang, c.distance.distance, c.distance.pairs, c.distance.normalized) }</p>
            <Figure title={lang.r(R::SlopeChart)} file={format!("rounds-{}-{}.svg", first.number, second.number)}>
                { slope_chart(lang.r(R::SlopeChart), (&heads.0, &heads.1), &moves) }
            </Figure>
            if !c.dropped.is_empty() {
                <p class="muted">{ lang.r(R::Dropped) }{ " " }{ c.dropped.iter().map(|id| short(&problem_text(s, id), 60)).collect::<Vec<_>>().join("; ") }</p>
            }
        </div>
    }
}

fn by_sector(
    lang: Lang,
    s: &Session,
    round: &Round,
    text: &dyn Fn(usize) -> String,
    overall: &[usize],
) -> Html {
    let settings = s.settings();
    let body = if round.voters != Voters::Individuals {
        html! { <p class="muted">{ lang.r(R::BySectorIndividualsOnly) }</p> }
    } else {
        let sectors = sector_consensus(s, round, round.method);
        html! {
            <>
                <p class="muted">{ lang.r(R::BySectorIndividualsOnly) }</p>
                <div class="sector-columns">
                    { for sectors.iter().map(|sc| html! {
                        <div class="sector-column" data-testid="sector-column">
                            <h5>{ i18n::sector_name(lang, sc.sector, &settings.sector_names) }{ " (" }{ i18n::ballots_count(lang, sc.voters) }{ ")" }</h5>
                            { match &sc.order {
                                None => html! { <p class="muted">{ lang.r(R::Hidden) }</p> },
                                Some(order) => {
                                    let places = workshop::results::places(order, overall.len());
                                    html! { <ol class="plain">{ for order.concat().iter().map(|&c| html! {
                                        <li>{ format!("{}. {}", places[c], short(&text(c), 50)) }</li>
                                    }) }</ol> }
                                }
                            } }
                        </div>
                    }) }
                </div>
            </>
        }
    };
    html! { <div class="by-sector"><h4>{ lang.r(R::BySector) }</h4>{ body }</div> }
}

#[allow(clippy::too_many_arguments)]
fn choose(
    lang: Lang,
    s: &Session,
    round: &Round,
    res: &RoundResults,
    top: &UseStateHandle<usize>,
    picked: &UseStateHandle<Vec<String>>,
    on_action: &Callback<Action>,
    text: &dyn Fn(usize) -> String,
) -> Html {
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
                .unwrap_or(3);
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
            on_action.emit(Action::ChooseProblems {
                round: round_id.clone(),
                method,
                problems: problems.clone(),
            })
        })
    };
    let chosen = s.chosen_problems();
    html! {
        <div class="choose card-inset" data-testid="choose">
            <h4>{ lang.r(R::ChooseHeading) }</h4>
            <p class="muted">{ lang.r(R::ChooseHelp) }</p>
            <label>{ lang.r(R::HowMany) }
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
            <button type="button" class="button primary" disabled={!ready} onclick={confirm}>{ lang.r(R::ChooseConfirm) }</button>
            if let Some(ch) = chosen {
                <div class="chosen" data-testid="chosen">
                    <h5>{ lang.r(R::ChosenHeading) }</h5>
                    <ol>{ for ch.problems.iter().map(|id| html! { <li>{ problem_text(s, id) }</li> }) }</ol>
                    <p class="muted">{ s.round(&ch.round).map(|r| i18n::round_label(lang, r.number, &r.name)).unwrap_or_default() }{ ", " }{ i18n::method_name(lang, ch.method) }</p>
                </div>
            }
        </div>
    }
}
