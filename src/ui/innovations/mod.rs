//! Workshop 2, part A: the inventory of local social innovations, the town's periods, a
//! timeline, and deep dives into why some innovations worked.

mod add;
mod deep_dives;
mod details;
mod factor_notes;
mod periods;
mod table;
mod timeline;

use workshop::innovations::InnovationType;
use workshop::innovations::InnovationsAction;
use workshop::Action;
use yew::prelude::*;

use crate::ui::session::context::{use_session, SessionContext};

use crate::i18n::use_lang;
use crate::i18n::{self, T};
use add::AddInnovations;
use deep_dives::{DeepDives, WhatWorkedPanel};
use periods::PeriodsPanel;
use table::InnovationTable;
pub use timeline::Timeline;

/// A type select's value.
pub(crate) fn type_value(t: InnovationType) -> &'static str {
    match t {
        InnovationType::Practice => "practice",
        InnovationType::Rules => "rules",
        InnovationType::Service => "service",
        InnovationType::OrganisationalForm => "organisational_form",
        InnovationType::Product => "product",
    }
}

/// Parses a type select's value.
pub(crate) fn type_of(value: &str) -> Option<InnovationType> {
    InnovationType::ALL
        .into_iter()
        .find(|t| type_value(*t) == value)
}

/// The workshop 2 innovations step.
#[component(InnovationsStep)]
pub fn innovations_step() -> Html {
    let Some(SessionContext {
        session,
        on_action,
        refused,
    }) = use_session()
    else {
        return Html::default();
    };
    let lang = use_lang();
    let limit = session.deep_dive_limit();
    let on_limit = {
        let on_action = on_action.clone();
        Callback::from(move |n: usize| {
            on_action.emit(Action::Innovations(InnovationsAction::SetDeepDiveLimit {
                limit: n.clamp(1, 20) as u8,
            }))
        })
    };
    let count = session.live_innovations().count();
    html! {
        <>
            <section class="card" aria-labelledby="inventory-heading">
                <h2 id="inventory-heading">{ lang.t(T::InventoryHeading) }
                    <span class="count">{ i18n::innovations_count(lang, count) }</span></h2>
                if let Some(error) = &refused { <p class="field-error" role="alert">{ error.clone() }</p> }
                <AddInnovations session={session.clone()} on_action={on_action.clone()} />
                <InnovationTable session={session.clone()} on_action={on_action.clone()} limit={limit} />
            </section>
            <PeriodsPanel session={session.clone()} on_action={on_action.clone()} />
            <Timeline session={session.clone()} />
            <DeepDives session={session.clone()} on_action={on_action.clone()} limit={limit} {on_limit} />
            <WhatWorkedPanel session={session.clone()} on_action={on_action.clone()} />
        </>
    }
}
