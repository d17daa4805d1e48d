//! The participants step: who takes part, their sectors and attendance, the balance of each
//! workshop's room, and groups that mix sectors.

mod add;
mod balance;
mod groups;
mod table;

use workshop::participants::ParticipantsAction;
use workshop::participants::Sector;
use workshop::Action;
use yew::prelude::*;

use crate::ui::session::context::{use_session, SessionContext};

use crate::browser::env;
use crate::i18n::use_lang;
use crate::i18n::{self, T};
use add::AddParticipants;
use balance::BalancePanel;
use groups::GroupsPanel;
use table::ParticipantTable;

/// A fresh seed for a group split: random, and short enough to read out.
pub(crate) fn new_seed() -> u64 {
    u64::from_str_radix(&env::new_id()[..8], 16).unwrap_or(1)
}

/// The participants step.
#[component(ParticipantsStep)]
pub fn participants_step() -> Html {
    let Some(SessionContext {
        session,
        on_action,
        refused,
    }) = use_session()
    else {
        return Html::default();
    };
    let lang = use_lang();
    let settings = session.settings();
    let live: Vec<_> = session.live_participants().cloned().collect();
    let on_sector_name = |sector: Sector| {
        let on_action = on_action.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            on_action.emit(Action::Participants(ParticipantsAction::SetSectorName {
                sector,
                name: input.value(),
            }));
        })
    };
    html! {
        <>
            <section class="card" aria-labelledby="participants-heading">
                <h2 id="participants-heading">{ lang.t(T::StepParticipants) }
                    <span class="count">{ i18n::participants_count(lang, live.len()) }</span></h2>
                if let Some(error) = &refused { <p class="field-error" role="alert">{ error.clone() }</p> }
                if session.info.example {
                    <p class="illustrative-note" data-testid="illustrative-participants"><span class="badge">{ lang.t(T::Illustrative) }</span>{ " " }{ lang.t(T::ExampleParticipants) }</p>
                }
                <AddParticipants session={session.clone()} settings={settings.clone()} on_action={on_action.clone()} />
                if live.is_empty() {
                    <p class="empty">{ lang.t(T::NoParticipants) }</p>
                } else {
                    <ParticipantTable participants={live.clone()} settings={settings.clone()} on_action={on_action.clone()} />
                }
            </section>
            <BalancePanel session={session.clone()} on_action={on_action.clone()} />
            <GroupsPanel session={session.clone()} on_action={on_action.clone()} />
            <details class="card">
                <summary><h2 class="inline">{ lang.t(T::SectorNamesHeading) }</h2></summary>
                <div class="form row">
                    { for Sector::ALL.iter().map(|&s| html! {
                        <label>{ i18n::sector_name(lang, s, &Default::default()) }
                            <input value={settings.sector_names[s.index()].clone()} maxlength="40"
                                placeholder={i18n::sector_name(lang, s, &Default::default())} onchange={on_sector_name(s)} />
                        </label>
                    }) }
                </div>
            </details>
        </>
    }
}
