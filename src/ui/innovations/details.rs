use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use workshop::innovations::Innovation;
use workshop::participants::Sector;
use workshop::Action;
use yew::prelude::*;

use crate::i18n::use_lang;
use crate::i18n::{self, T};

/// Props of [`InnovationDetails`].
#[derive(Properties, PartialEq)]
pub struct InnovationDetailsProps {
    /// The innovation.
    pub innovation: Innovation,
    /// Sector names of the session.
    pub sector_names: [String; 4],
    /// Dispatches edits.
    pub on_action: Callback<Action>,
}

fn send(on_action: &Callback<Action>, n: Innovation) {
    on_action.emit(n.edit_action());
}

/// The rest of an innovation's record: description, the sectors and organisations that drove it,
/// the need it answered, and whether it still runs. Saved as each field is left.
#[component(InnovationDetails)]
pub fn innovation_details(props: &InnovationDetailsProps) -> Html {
    let lang = use_lang();
    let i = &props.innovation;
    let text = |set: fn(&mut Innovation, String)| {
        let (on_action, base) = (props.on_action.clone(), i.clone());
        Callback::from(move |e: Event| {
            let target = e.target().expect("an event target");
            let value = match wasm_bindgen::JsCast::dyn_ref::<HtmlTextAreaElement>(&target) {
                Some(t) => t.value(),
                None => wasm_bindgen::JsCast::unchecked_ref::<HtmlInputElement>(&target).value(),
            };
            let mut n = base.clone();
            set(&mut n, value);
            send(&on_action, n);
        })
    };
    let driver = |s: Sector| {
        let on = i.drivers.contains(&s);
        let (on_action, base) = (props.on_action.clone(), i.clone());
        let onclick = Callback::from(move |_: MouseEvent| {
            let mut n = base.clone();
            if on {
                n.drivers.retain(|d| *d != s);
            } else {
                n.drivers.push(s);
            }
            send(&on_action, n);
        });
        html! { <button type="button" class="toggle wide" aria-pressed={on.to_string()} {onclick}>{ i18n::sector_name(lang, s, &props.sector_names) }</button> }
    };
    let running = {
        let (on_action, base) = (props.on_action.clone(), i.clone());
        Callback::from(move |e: Event| {
            let mut n = base.clone();
            n.running = match e
                .target_unchecked_into::<HtmlSelectElement>()
                .value()
                .as_str()
            {
                "yes" => Some(true),
                "no" => Some(false),
                _ => None,
            };
            send(&on_action, n);
        })
    };
    html! {
        <div class="form innovation-details">
            <p class="origin muted">{ lang.t(T::FieldOrigin) }{ ": " }{ i18n::origin_name(lang, i.origin) }</p>
            <label>{ lang.t(T::FieldDescription) }<textarea maxlength="1000" value={i.description.clone()} onchange={text(|n, v| n.description = v)} /></label>
            <fieldset>
                <legend>{ lang.t(T::FieldDrivers) }</legend>
                <div class="tabs">{ for Sector::ALL.iter().map(|&s| driver(s)) }</div>
            </fieldset>
            <div class="row">
                <label>{ lang.t(T::FieldOrganisations) }<input maxlength="300" value={i.organisations.clone()} onchange={text(|n, v| n.organisations = v)} /></label>
                <label>{ lang.t(T::FieldRunning) }
                    <select onchange={running}>
                        <option value="" selected={i.running.is_none()}>{ lang.t(T::RunningUnknown) }</option>
                        <option value="yes" selected={i.running == Some(true)}>{ lang.t(T::RunningYes) }</option>
                        <option value="no" selected={i.running == Some(false)}>{ lang.t(T::RunningNo) }</option>
                    </select>
                </label>
            </div>
            <label>{ lang.t(T::FieldNeed) }<textarea maxlength="1000" value={i.need.clone()} onchange={text(|n, v| n.need = v)} /></label>
        </div>
    }
}
