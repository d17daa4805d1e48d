use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use workshop::assessment::Origin;
use workshop::innovations::InnovationsAction;
use workshop::innovations::{parse_innovation_list, InnovationType};
use workshop::session::NewInnovation;
use workshop::{Action, Session};
use yew::prelude::*;

use super::{type_of, type_value};
use crate::browser::env;
use crate::i18n::use_lang;
use crate::i18n::{self, T};
use crate::ui::widgets::PasteBox;

/// Props of [`AddInnovations`].
#[derive(Properties, PartialEq)]
pub struct AddInnovationsProps {
    /// The session (for its groups).
    pub session: Rc<Session>,
    /// Dispatches the additions.
    pub on_action: Callback<Action>,
}

fn origin_value(o: Origin) -> String {
    match o {
        Origin::ResearchTeam => "research".into(),
        Origin::Plenary => "plenary".into(),
        Origin::NotReported => "not-reported".into(),
        Origin::Group(n) => format!("group-{n}"),
    }
}

fn origin_of(v: &str) -> Origin {
    match v {
        "research" => Origin::ResearchTeam,
        "plenary" => Origin::Plenary,
        "not-reported" => Origin::NotReported,
        g => g
            .strip_prefix("group-")
            .and_then(|n| n.parse().ok())
            .map_or(Origin::Plenary, Origin::Group),
    }
}

/// Adds one innovation, or a pasted list, on behalf of the research team, a group or the plenary.
#[component(AddInnovations)]
pub fn add_innovations(props: &AddInnovationsProps) -> Html {
    let lang = use_lang();
    let (name, kind, year, origin) = (
        use_node_ref(),
        use_node_ref(),
        use_node_ref(),
        use_node_ref(),
    );
    let groups = props
        .session
        .group_plan(2)
        .map(|p| p.groups.len())
        .unwrap_or(0)
        .max(3);
    let origins: Vec<Origin> = [Origin::ResearchTeam]
        .into_iter()
        .chain((1..=groups as u8).map(Origin::Group))
        .chain([Origin::Plenary])
        .collect();
    let current_origin = {
        let origin = origin.clone();
        move || {
            origin
                .cast::<HtmlSelectElement>()
                .map(|s| origin_of(&s.value()))
                .unwrap_or(Origin::Plenary)
        }
    };
    let add_one = {
        let (name, kind, year, on_action, current_origin) = (
            name.clone(),
            kind.clone(),
            year.clone(),
            props.on_action.clone(),
            current_origin.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (Some(n), Some(k), Some(y)) = (
                name.cast::<HtmlInputElement>(),
                kind.cast::<HtmlSelectElement>(),
                year.cast::<HtmlInputElement>(),
            ) else {
                return;
            };
            let types = type_of(&k.value()).into_iter().collect();
            let year = y.value().trim().parse::<i32>().ok();
            on_action.emit(Action::Innovations(InnovationsAction::AddInnovations {
                innovations: vec![NewInnovation {
                    id: env::new_id(),
                    name: n.value(),
                    types,
                    year,
                    origin: current_origin(),
                }],
            }));
            if !n.value().trim().is_empty() {
                n.set_value("");
                y.set_value("");
                let _ = n.focus();
            }
        })
    };
    let on_paste = {
        let (on_action, current_origin, session) = (
            props.on_action.clone(),
            current_origin.clone(),
            props.session.clone(),
        );
        Callback::from(move |text: String| {
            let list = parse_innovation_list(&text)
                .map_err(|(line, word)| i18n::bad_innovation_line(lang, line, &word))?;
            let origin = current_origin();
            let innovations: Vec<NewInnovation> = list
                .into_iter()
                .map(|p| NewInnovation {
                    id: env::new_id(),
                    name: p.name,
                    types: p.types,
                    year: p.year,
                    origin,
                })
                .collect();
            // Each line on its own first, so a refusal names its line; then all at once.
            let each: Vec<Action> = innovations
                .iter()
                .map(|n| {
                    Action::Innovations(InnovationsAction::AddInnovations {
                        innovations: vec![n.clone()],
                    })
                })
                .collect();
            session
                .try_all(&each, &env::stamp())
                .map_err(|(k, e)| i18n::line_refused(lang, &text, k, &e))?;
            if !innovations.is_empty() {
                on_action.emit(Action::Innovations(InnovationsAction::AddInnovations {
                    innovations,
                }));
            }
            Ok(())
        })
    };
    html! {
        <div class="add-innovations">
            <form class="form row add-row" onsubmit={add_one}>
                <label>{ lang.t(T::FieldInnovation) }<input ref={name} maxlength="300" autocomplete="off" /></label>
                <label>{ lang.t(T::FieldType) }
                    <select ref={kind}>
                        { for InnovationType::ALL.iter().map(|&t| html! { <option value={type_value(t)} selected={t == InnovationType::Practice}>{ i18n::type_name(lang, t) }</option> }) }
                    </select>
                </label>
                <label class="narrow">{ lang.t(T::FieldYear) }<input ref={year} type="number" min="1000" max="2200" placeholder={lang.t(T::YearUnknown)} /></label>
                <label>{ lang.t(T::FieldOrigin) }
                    <select ref={origin}>
                        { for origins.iter().map(|&o| html! {
                            <option value={origin_value(o)} selected={o == Origin::Plenary}>{ i18n::origin_name(lang, o) }</option>
                        }) }
                    </select>
                </label>
                <div class="actions"><button type="submit" class="button">{ lang.t(T::Add) }</button></div>
            </form>
            <PasteBox hint={lang.t(T::PasteInnovationsHint)} {on_paste} />
        </div>
    }
}
