use std::rc::Rc;

use web_sys::HtmlInputElement;
use workshop::innovations::InnovationsAction;
use workshop::innovations::Period;
use workshop::{Action, Session};
use yew::prelude::*;

use crate::browser::env;
use crate::i18n::use_lang;
use crate::i18n::T;

/// Props of [`PeriodsPanel`].
#[derive(Properties, PartialEq)]
pub struct PeriodsPanelProps {
    /// The session.
    pub session: Rc<Session>,
    /// Dispatches changes.
    pub on_action: Callback<Action>,
}

fn year(v: &str) -> Option<i32> {
    v.trim().parse().ok()
}

/// The town's historical periods: name and years, overlaps allowed; edited in place.
#[component(PeriodsPanel)]
pub fn periods_panel(props: &PeriodsPanelProps) -> Html {
    let lang = use_lang();
    let (name, start, end) = (use_node_ref(), use_node_ref(), use_node_ref());
    let add = {
        let (name, start, end, on_action) = (
            name.clone(),
            start.clone(),
            end.clone(),
            props.on_action.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let value = |r: &NodeRef| {
                r.cast::<HtmlInputElement>()
                    .map(|i| i.value())
                    .unwrap_or_default()
            };
            let Some(first) = year(&value(&start)) else {
                return;
            };
            on_action.emit(Action::Innovations(InnovationsAction::AddPeriod {
                id: env::new_id(),
                name: value(&name),
                start: first,
                end: year(&value(&end)),
            }));
            for r in [&name, &start, &end] {
                if let Some(i) = r.cast::<HtmlInputElement>() {
                    i.set_value("");
                }
            }
        })
    };
    let row = |p: &Period| {
        let edit = |field: u8| {
            let (on_action, p) = (props.on_action.clone(), p.clone());
            Callback::from(move |e: Event| {
                let v = e.target_unchecked_into::<HtmlInputElement>().value();
                let (mut name, mut start, mut end) = (p.name.clone(), p.start, p.end);
                match field {
                    0 => name = v,
                    1 => start = year(&v).unwrap_or(start),
                    _ => end = year(&v),
                }
                on_action.emit(Action::Innovations(InnovationsAction::EditPeriod {
                    id: p.meta.id.clone(),
                    name,
                    start,
                    end,
                }));
            })
        };
        let remove = {
            let (on_action, id) = (props.on_action.clone(), p.meta.id.clone());
            Callback::from(move |_: MouseEvent| {
                on_action.emit(Action::Innovations(InnovationsAction::RemovePeriod {
                    id: id.clone(),
                }))
            })
        };
        html! {
            <li key={p.meta.id.clone()} class="period-row" data-name={p.name.clone()}>
                <input aria-label={lang.t(T::FieldPeriod)} value={p.name.clone()} maxlength="80" onchange={edit(0)} />
                <input class="year" type="number" aria-label={lang.t(T::PeriodStart)} value={p.start.to_string()} onchange={edit(1)} />
                <input class="year" type="number" aria-label={lang.t(T::PeriodEnd)} value={p.end.map(|e| e.to_string()).unwrap_or_default()} onchange={edit(2)} />
                <button type="button" class="button secondary danger-text" onclick={remove}>{ lang.t(T::Remove) }</button>
            </li>
        }
    };
    html! {
        <section class="card" aria-labelledby="periods-heading">
            <h2 id="periods-heading">{ lang.t(T::PeriodsHeading) }</h2>
            <ul class="periods">{ for props.session.live_periods().map(row) }</ul>
            <form class="form row add-row" onsubmit={add}>
                <label>{ lang.t(T::FieldPeriod) }<input ref={name} maxlength="80" /></label>
                <label class="narrow">{ lang.t(T::PeriodStart) }<input ref={start} type="number" min="1000" max="2200" /></label>
                <label class="narrow">{ lang.t(T::PeriodEnd) }<input ref={end} type="number" min="1000" max="2200" /></label>
                <div class="actions"><button type="submit" class="button">{ lang.t(T::AddPeriod) }</button></div>
            </form>
        </section>
    }
}
