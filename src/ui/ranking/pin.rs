//! The facilitator's PIN for leaving the ballot screen: set, changed or removed here; asked for on
//! the ballot screen before it hands the tablet back.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use workshop::participants::ParticipantsAction;
use workshop::{Action, Session};
use yew::prelude::*;

use crate::i18n::use_lang;
use crate::i18n::T;

/// Props of [`PinPanel`].
#[derive(Properties, PartialEq)]
pub struct PinPanelProps {
    /// The session.
    pub session: Rc<Session>,
    /// Dispatches the change.
    pub on_action: Callback<Action>,
}

/// Sets or removes the PIN.
#[component(PinPanel)]
pub fn pin_panel(props: &PinPanelProps) -> Html {
    let lang = use_lang();
    let input = use_node_ref();
    let set = |clear: bool| {
        let (on_action, input) = (props.on_action.clone(), input.clone());
        move |pin: String| {
            on_action.emit(Action::Participants(ParticipantsAction::SetPin {
                pin: if clear { String::new() } else { pin },
            }));
            if let Some(i) = input.cast::<HtmlInputElement>() {
                i.set_value("");
            }
        }
    };
    let submit = {
        let (input, set) = (input.clone(), set(false));
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            set(input
                .cast::<HtmlInputElement>()
                .map(|i| i.value())
                .unwrap_or_default())
        })
    };
    let remove = {
        let set = set(true);
        Callback::from(move |_: MouseEvent| set(String::new()))
    };
    let is_set = !props.session.settings().pin.is_empty();
    html! {
        <section class="card no-print" aria-labelledby="pin-heading">
            <h2 id="pin-heading">{ lang.t(T::PinHeading) }</h2>
            <p class="hint">{ lang.t(T::PinHint) }</p>
            if is_set { <p data-testid="pin-set">{ lang.t(T::PinIsSet) }</p> }
            <form class="add-idea" onsubmit={submit}>
                <label>{ lang.t(T::PinField) }
                    <input ref={input} type="password" inputmode="numeric" autocomplete="new-password" maxlength="4" />
                </label>
                <button type="submit" class="button secondary">{ lang.t(T::PinSet) }</button>
                if is_set { <button type="button" class="button secondary danger-text" onclick={remove}>{ lang.t(T::PinRemove) }</button> }
            </form>
        </section>
    }
}
