use web_sys::HtmlSelectElement;
use workshop::participants::ParticipantsAction;
use workshop::participants::{Participant, ParticipantSettings, Sector, WORKSHOPS};
use workshop::Action;
use yew::prelude::*;

use super::add::{sector_of, sector_value};
use crate::i18n::use_lang;
use crate::i18n::{self, T};
use crate::ui::widgets::WrapText;

/// Props of [`ParticipantTable`].
#[derive(Properties, PartialEq)]
pub struct ParticipantTableProps {
    /// The live participants.
    pub participants: Vec<Participant>,
    /// Sector names.
    pub settings: ParticipantSettings,
    /// Dispatches edits.
    pub on_action: Callback<Action>,
}

/// Every participant as an editable row: name, sector, organisation, attendance at each workshop
/// (one tap each), remove. Edits are saved when a field is left.
#[component(ParticipantTable)]
pub fn participant_table(props: &ParticipantTableProps) -> Html {
    let lang = use_lang();
    let row = |p: &Participant| {
        let edit = |field: u8| {
            let (p, on_action) = (p.clone(), props.on_action.clone());
            Callback::from(move |value: String| {
                let (mut name, mut sector, mut organisation) =
                    (p.name.clone(), p.sector, p.organisation.clone());
                match field {
                    0 => name = value,
                    1 => sector = sector_of(&value),
                    _ => organisation = value,
                }
                on_action.emit(Action::Participants(ParticipantsAction::EditParticipant {
                    id: p.meta.id.clone(),
                    name,
                    sector,
                    organisation,
                }));
            })
        };
        let attend = |w: usize| {
            let (id, present, on_action) =
                (p.meta.id.clone(), !p.attended[w], props.on_action.clone());
            Callback::from(move |_: MouseEvent| {
                on_action.emit(Action::Participants(ParticipantsAction::SetAttendance {
                    id: id.clone(),
                    workshop: w as u8 + 1,
                    present,
                }))
            })
        };
        let remove = {
            let (id, on_action) = (p.meta.id.clone(), props.on_action.clone());
            Callback::from(move |_: MouseEvent| {
                on_action.emit(Action::Participants(
                    ParticipantsAction::RemoveParticipant { id: id.clone() },
                ))
            })
        };
        let id = &p.meta.id;
        html! {
            <tr key={id.clone()} data-id={id.clone()}>
                <td><WrapText label={format!("{}: {}", lang.t(T::FieldName), p.name)} value={p.name.clone()} maxlength={80} onchange={edit(0)} /></td>
                <td>
                    <select aria-label={format!("{}: {}", lang.t(T::FieldSector), p.name)}
                        onchange={edit(1).reform(|e: Event| e.target_unchecked_into::<HtmlSelectElement>().value())}>
                        <option value="" selected={p.sector.is_none()}>{ lang.t(T::SectorUnknown) }</option>
                        { for Sector::ALL.iter().map(|&s| html! {
                            <option value={sector_value(Some(s))} selected={p.sector == Some(s)}>{ i18n::sector_name(lang, s, &props.settings.sector_names) }</option>
                        }) }
                    </select>
                </td>
                <td><WrapText label={format!("{}: {}", lang.t(T::FieldOrganisation), p.name)} value={p.organisation.clone()} maxlength={120} onchange={edit(2)} /></td>
                <td class="attendance">
                    { for (0..WORKSHOPS).map(|w| html! {
                        <button type="button" class="toggle" aria-pressed={p.attended[w].to_string()}
                            aria-label={format!("{} – {}", i18n::workshop_label(lang, w as u8 + 1), p.name)}
                            onclick={attend(w)}>{ w + 1 }</button>
                    }) }
                </td>
                <td><button type="button" class="button secondary danger-text" onclick={remove}
                    aria-label={format!("{}: {}", lang.t(T::Remove), p.name)}>{ lang.t(T::Remove) }</button></td>
            </tr>
        }
    };
    html! {
        <div class="table-wrap">
            <table class="participants" aria-label={lang.t(T::ParticipantsTableLabel)}>
                <thead>
                    <tr>
                        <th scope="col">{ lang.t(T::FieldName) }</th>
                        <th scope="col">{ lang.t(T::FieldSector) }</th>
                        <th scope="col">{ lang.t(T::FieldOrganisation) }</th>
                        <th scope="col">{ lang.t(T::AttendanceLabel) }</th>
                        <th scope="col"><span class="visually-hidden">{ lang.t(T::Remove) }</span></th>
                    </tr>
                </thead>
                <tbody>{ for props.participants.iter().map(row) }</tbody>
            </table>
        </div>
    }
}
