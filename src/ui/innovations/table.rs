use std::rc::Rc;

use web_sys::HtmlSelectElement;
use workshop::innovations::InnovationsAction;
use workshop::innovations::{period_of, Innovation, InnovationType};
use workshop::{Action, Session};
use yew::prelude::*;

use super::details::InnovationDetails;
use super::{type_of, type_value};
use crate::browser::env;
use crate::i18n::use_lang;
use crate::i18n::{self, T};

/// Props of [`InnovationTable`].
#[derive(Properties, PartialEq)]
pub struct InnovationTableProps {
    /// The session.
    pub session: Rc<Session>,
    /// Dispatches edits.
    pub on_action: Callback<Action>,
    /// The most deep dives allowed.
    pub limit: usize,
}

#[derive(Clone, Copy, PartialEq)]
enum SortBy {
    Year,
    Type,
    Name,
}

/// The inventory as a table like the paper's table 2 (type, innovation, year, period), read as
/// words and printed as a table; a row's "Edit" opens its form. Sortable by year, type or name,
/// filterable by type and period, with counts. Removing is in the form, away from the row's
/// everyday buttons.
#[component(InnovationTable)]
pub fn innovation_table(props: &InnovationTableProps) -> Html {
    let lang = use_lang();
    let sort = use_state(|| SortBy::Year);
    let type_filter = use_state(|| None::<InnovationType>);
    let period_filter = use_state(|| None::<String>);
    let open = use_state(|| None::<String>);
    let s = &props.session;
    let periods: Vec<_> = s.live_periods().cloned().collect();
    let period_id = |i: &Innovation| period_of(i, &s.periods).map(|p| p.meta.id.clone());
    let mut rows: Vec<&Innovation> = s
        .live_innovations()
        .filter(|i| type_filter.is_none_or(|t| i.types.contains(&t)))
        .filter(|i| {
            period_filter.as_ref().is_none_or(|p| {
                period_id(i).as_deref() == Some(p.as_str())
                    || (p == "none" && period_id(i).is_none())
            })
        })
        .collect();
    match *sort {
        // Stable: within a year, the inventory's own order (table 2's, in the example).
        SortBy::Year => rows.sort_by_key(|i| (i.year.is_none(), i.year)),
        SortBy::Type => rows.sort_by_key(|i| (i.types.clone(), i.year, i.name.to_lowercase())),
        SortBy::Name => rows.sort_by_key(|i| i.name.to_lowercase()),
    }
    let sort_button = |by: SortBy, label: T| {
        let sort = sort.clone();
        html! { <button type="button" class="toggle wide" aria-pressed={(*sort == by).to_string()} onclick={Callback::from(move |_| sort.set(by))}>{ lang.t(label) }</button> }
    };
    let on_type_filter = {
        let f = type_filter.clone();
        Callback::from(move |e: Event| {
            f.set(type_of(
                &e.target_unchecked_into::<HtmlSelectElement>().value(),
            ))
        })
    };
    let on_period_filter = {
        let f = period_filter.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            f.set((!v.is_empty()).then_some(v));
        })
    };
    let dives = s.live_deep_dives().count();
    let row = |i: &Innovation| {
        let has_dive = s.live_deep_dives().any(|d| d.innovation == i.meta.id);
        let start_dive = {
            let (on_action, id, limit) = (props.on_action.clone(), i.meta.id.clone(), props.limit);
            Callback::from(move |_: MouseEvent| {
                on_action.emit(Action::Innovations(InnovationsAction::StartDeepDive {
                    id: env::new_id(),
                    innovation: id.clone(),
                    limit,
                }))
            })
        };
        let is_open = open.as_deref() == Some(i.meta.id.as_str());
        let toggle = {
            let (open, id) = (open.clone(), i.meta.id.clone());
            Callback::from(move |_: MouseEvent| {
                open.set(if is_open { None } else { Some(id.clone()) })
            })
        };
        let types = i
            .types
            .iter()
            .map(|t| i18n::type_name(lang, *t))
            .collect::<Vec<_>>()
            .join(", ");
        html! {
            <>
            // A row reads like the paper's table 2: words, no fields; "Edit" opens the record.
            <tr data-id={i.meta.id.clone()} data-name={i.name.clone()}
                data-type={i.types.first().map(|t| type_value(*t))}>
                <td>{ types }</td>
                <td class="innovation-name">{ i.name.clone() }</td>
                <td>{ i.year.map(|y| y.to_string()).unwrap_or_else(|| lang.t(T::YearUnknown).to_string()) }</td>
                <td data-testid="period">{ period_of(i, &s.periods).map(|p| p.name.clone()).unwrap_or_else(|| lang.t(T::NoPeriod).to_string()) }</td>
                <td class="row-actions">
                    <button type="button" class="button secondary" aria-expanded={is_open.to_string()} onclick={toggle}
                        aria-label={format!("{}: {}", lang.t(T::EditRow), i.name)}>{ lang.t(T::EditRow) }</button>
                    <button type="button" class="button secondary" disabled={has_dive || dives >= props.limit} onclick={start_dive}>{ lang.t(T::DeepDive) }</button>
                </td>
            </tr>
            if is_open {
                <tr class="details-row">
                    <td colspan="5">
                        <InnovationDetails innovation={i.clone()} session={s.clone()} on_action={props.on_action.clone()} />
                    </td>
                </tr>
            }
            </>
        }
    };
    let all: Vec<&Innovation> = s.live_innovations().collect();
    let type_counts =
        InnovationType::ALL.map(|t| all.iter().filter(|i| i.types.contains(&t)).count());
    if all.is_empty() {
        return html! { <p class="empty">{ lang.t(T::NoInnovations) }</p> };
    }
    html! {
        <>
            <div class="form row align-end table-tools">
                <div class="tabs" role="group" aria-label={lang.t(T::SortBy)}>
                    { sort_button(SortBy::Year, T::FieldYear) }{ sort_button(SortBy::Type, T::FieldType) }{ sort_button(SortBy::Name, T::FieldInnovation) }
                </div>
                <label>{ lang.t(T::FilterType) }
                    <select onchange={on_type_filter}>
                        <option value="" selected={type_filter.is_none()}>{ lang.t(T::AllTypes) }</option>
                        { for InnovationType::ALL.iter().map(|&t| html! { <option value={type_value(t)} selected={*type_filter == Some(t)}>{ i18n::type_name(lang, t) }</option> }) }
                    </select>
                </label>
                <label>{ lang.t(T::FilterPeriod) }
                    <select onchange={on_period_filter}>
                        <option value="" selected={period_filter.is_none()}>{ lang.t(T::AllPeriods) }</option>
                        { for periods.iter().map(|p| html! { <option value={p.meta.id.clone()} selected={period_filter.as_deref() == Some(p.meta.id.as_str())}>{ p.name.clone() }</option> }) }
                        <option value="none" selected={period_filter.as_deref() == Some("none")}>{ lang.t(T::NoPeriod) }</option>
                    </select>
                </label>
            </div>
            <div class="table-wrap">
                <table class="innovations">
                    <thead><tr>
                        <th scope="col">{ lang.t(T::FieldType) }</th><th scope="col">{ lang.t(T::FieldInnovation) }</th>
                        <th scope="col">{ lang.t(T::FieldYear) }</th><th scope="col">{ lang.t(T::FieldPeriod) }</th><th scope="col"><span class="visually-hidden">{ lang.t(T::SessionActions) }</span></th>
                    </tr></thead>
                    <tbody>{ for rows.iter().map(|i| row(i)) }</tbody>
                </table>
            </div>
            <details class="counts">
                <summary>{ lang.t(T::CountsHeading) }</summary>
                <ul class="legend">
                    { for InnovationType::ALL.iter().zip(type_counts).map(|(t, c)| html! { <li>{ i18n::type_name(lang, *t) }{ ": " }<strong>{ c }</strong></li> }) }
                </ul>
                <ul class="legend">
                    { for periods.iter().map(|p| {
                        let c = all.iter().filter(|i| period_id(i).as_deref() == Some(p.meta.id.as_str())).count();
                        html! { <li>{ p.name.clone() }{ ": " }<strong>{ c }</strong></li> }
                    }) }
                    <li>{ lang.t(T::NoPeriod) }{ ": " }<strong>{ all.iter().filter(|i| period_id(i).is_none()).count() }</strong></li>
                </ul>
            </details>
        </>
    }
}
