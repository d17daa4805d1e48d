use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use workshop::participants::ParticipantsAction;
use workshop::participants::{parse_list, ParticipantSettings, Sector};
use workshop::session::NewParticipant;
use workshop::{Action, Session};
use yew::prelude::*;

use crate::browser::env;
use crate::i18n::use_lang;
use crate::i18n::{self, T};
use crate::ui::widgets::PasteBox;

/// Props of [`AddParticipants`].
#[derive(Properties, PartialEq)]
pub struct AddParticipantsProps {
    /// The session (a pasted list is tried on it before anything is added).
    pub session: Rc<Session>,
    /// Sector names.
    pub settings: ParticipantSettings,
    /// Dispatches the additions.
    pub on_action: Callback<Action>,
}

/// Parses a sector select's value.
pub(crate) fn sector_of(value: &str) -> Option<Sector> {
    Sector::ALL
        .into_iter()
        .find(|s| sector_value(Some(*s)) == value)
}

/// A sector select's value.
pub(crate) fn sector_value(sector: Option<Sector>) -> &'static str {
    match sector {
        None => "",
        Some(Sector::Business) => "business",
        Some(Sector::CivilSociety) => "civil_society",
        Some(Sector::LocalGovernment) => "local_government",
        Some(Sector::ScienceCulture) => "science_culture",
    }
}

/// Adds one participant, or a pasted list.
#[component(AddParticipants)]
pub fn add_participants(props: &AddParticipantsProps) -> Html {
    let lang = use_lang();
    let (name, sector, org) = (use_node_ref(), use_node_ref(), use_node_ref());
    let names = props.settings.sector_names.clone();
    let add_one = {
        let (name, sector, org, on_action) = (
            name.clone(),
            sector.clone(),
            org.clone(),
            props.on_action.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (Some(n), Some(s), Some(o)) = (
                name.cast::<HtmlInputElement>(),
                sector.cast::<HtmlSelectElement>(),
                org.cast::<HtmlInputElement>(),
            ) else {
                return;
            };
            on_action.emit(Action::Participants(ParticipantsAction::AddParticipants {
                participants: vec![NewParticipant {
                    id: env::new_id(),
                    name: n.value(),
                    sector: sector_of(&s.value()),
                    organisation: o.value(),
                }],
            }));
            if !n.value().trim().is_empty() {
                n.set_value("");
                o.set_value("");
                let _ = n.focus();
            }
        })
    };
    let on_paste = {
        let (on_action, names, session) = (
            props.on_action.clone(),
            names.clone(),
            props.session.clone(),
        );
        Callback::from(move |text: String| {
            let list = parse_list(&text, &i18n::sector_words(&names))
                .map_err(|(line, word)| i18n::unknown_sector(lang, line, &word))?;
            let participants: Vec<NewParticipant> = list
                .into_iter()
                .map(|p| NewParticipant {
                    id: env::new_id(),
                    name: p.name,
                    sector: p.sector,
                    organisation: String::new(),
                })
                .collect();
            // Each line on its own first, so a refusal names its line; then all at once.
            let each: Vec<Action> = participants
                .iter()
                .map(|p| {
                    Action::Participants(ParticipantsAction::AddParticipants {
                        participants: vec![p.clone()],
                    })
                })
                .collect();
            session
                .try_all(&each, &env::stamp())
                .map_err(|(k, e)| i18n::line_refused(lang, &text, k, &e))?;
            if !participants.is_empty() {
                on_action.emit(Action::Participants(ParticipantsAction::AddParticipants {
                    participants,
                }));
            }
            Ok(())
        })
    };
    html! {
        <div class="add-participants">
            <form class="form row add-row" onsubmit={add_one} aria-label={lang.t(T::AddParticipant)}>
                <label>{ lang.t(T::FieldName) }<input ref={name} maxlength="80" autocomplete="off" /></label>
                <label>{ lang.t(T::FieldSector) }
                    <select ref={sector}>
                        <option value="" selected=true>{ lang.t(T::SectorUnknown) }</option>
                        { for Sector::ALL.iter().map(|&s| html! {
                            <option value={sector_value(Some(s))}>{ i18n::sector_name(lang, s, &names) }</option>
                        }) }
                    </select>
                </label>
                <label>{ lang.t(T::FieldOrganisation) }<input ref={org} maxlength="120" autocomplete="off" /></label>
                <div class="actions"><button type="submit" class="button">{ lang.t(T::Add) }</button></div>
            </form>
            <PasteBox hint={lang.t(T::PasteHint)} {on_paste} />
        </div>
    }
}
