use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use workshop::assessment::AssessmentAction;
use workshop::assessment::Domain;
use workshop::{Action, Session};
use yew::prelude::*;

use crate::i18n::use_lang;
use crate::i18n::{self, T};

/// Props of [`SummaryTable`].
#[derive(Properties, PartialEq)]
pub struct SummaryTableProps {
    /// The session.
    pub session: Rc<Session>,
    /// The plenary may rate domains and write the verdict.
    pub plenary: bool,
    /// Dispatches changes.
    pub on_action: Callback<Action>,
}

/// The paper's table 1: per domain, the key strengths and weaknesses side by side, the rating,
/// and the overall verdict; printable.
#[component(SummaryTable)]
pub fn summary_table(props: &SummaryTableProps) -> Html {
    let lang = use_lang();
    let summary = props.session.assessment_summary();
    let rate = |domain: Domain, justification: String| {
        let on_action = props.on_action.clone();
        Callback::from(move |e: Event| {
            let rating = e
                .target_unchecked_into::<HtmlSelectElement>()
                .value()
                .parse::<u8>()
                .ok();
            on_action.emit(Action::Assessment(AssessmentAction::RateDomain {
                domain,
                rating,
                justification: justification.clone(),
            }));
        })
    };
    let justify = |domain: Domain, rating: Option<u8>| {
        let on_action = props.on_action.clone();
        Callback::from(move |e: Event| {
            let justification = e.target_unchecked_into::<HtmlInputElement>().value();
            if rating.is_some() {
                on_action.emit(Action::Assessment(AssessmentAction::RateDomain {
                    domain,
                    rating,
                    justification,
                }));
            }
        })
    };
    let verdict = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: Event| {
            on_action.emit(Action::Assessment(AssessmentAction::SetVerdict {
                text: e.target_unchecked_into::<HtmlTextAreaElement>().value(),
            }));
        })
    };
    let print = Callback::from(|_: MouseEvent| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    let list = |cards: &[&workshop::assessment::Card]| {
        html! {
            <ul>{ for cards.iter().map(|c| html! { <li>{ c.text.clone() }</li> }) }</ul>
        }
    };
    html! {
        <section class="card summary" aria-labelledby="summary-heading">
            <h2 id="summary-heading">{ lang.t(T::SummaryHeading) }</h2>
            <div class="table-wrap">
                <table class="summary-table">
                    <thead><tr>
                        <th scope="col">{ lang.t(T::DomainColumn) }</th>
                        <th scope="col">{ lang.t(T::Strengths) }</th>
                        <th scope="col">{ lang.t(T::Weaknesses) }</th>
                        <th scope="col">{ lang.t(T::RatingColumn) }</th>
                    </tr></thead>
                    <tbody>
                        { for summary.iter().map(|row| {
                            let rating = row.rating.map(|r| r.rating);
                            let justification = row.rating.map(|r| r.justification.clone()).unwrap_or_default();
                            html! {
                                <tr>
                                    <th scope="row">{ i18n::domain_name(lang, row.domain) }</th>
                                    <td>{ list(&row.strengths) }</td>
                                    <td>{ list(&row.weaknesses) }</td>
                                    <td>
                                        <p class="print-only">
                                            { rating.map(|r| r.to_string()).unwrap_or_else(|| lang.t(T::NoRating).to_string()) }
                                            if !justification.is_empty() { { " – " }{ justification.clone() } }
                                        </p>
                                        if props.plenary {
                                            <select aria-label={format!("{}: {}", lang.t(T::RatingColumn), i18n::domain_name(lang, row.domain))}
                                                onchange={rate(row.domain, justification.clone())}>
                                                <option value="" selected={rating.is_none()}>{ lang.t(T::NoRating) }</option>
                                                { for (1..=5u8).map(|v| html! { <option value={v.to_string()} selected={rating == Some(v)}>{ v }</option> }) }
                                            </select>
                                            <input aria-label={format!("{}: {}", lang.t(T::Justification), i18n::domain_name(lang, row.domain))}
                                                placeholder={lang.t(T::Justification)} value={justification.clone()} maxlength="1000"
                                                onchange={justify(row.domain, rating)} />
                                        } else {
                                            <p>{ rating.map(|r| r.to_string()).unwrap_or_else(|| lang.t(T::NoRating).to_string()) }</p>
                                            <p class="hint">{ justification.clone() }</p>
                                        }
                                    </td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
            <label class="verdict">{ lang.t(T::VerdictLabel) }
                <textarea rows="3" maxlength="1000" readonly={!props.plenary}
                    value={props.session.verdict.as_ref().map(|v| v.text.clone()).unwrap_or_default()} onchange={verdict} />
            </label>
            <div class="actions start"><button type="button" class="button secondary" onclick={print}>{ lang.t(T::Print) }</button></div>
        </section>
    }
}
