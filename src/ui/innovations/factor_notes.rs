//! Success factors with a sentence each, picked from the list or named: what a deep dive found
//! behind one innovation, or the series' keys to success.

use web_sys::HtmlInputElement;
use workshop::innovations::{FactorNote, SuccessFactor};
use yew::prelude::*;

use crate::i18n::use_lang;
use crate::i18n::{self, T};

/// Props of [`FactorNotes`].
#[derive(Properties, PartialEq)]
pub struct FactorNotesProps {
    /// The factors named so far.
    pub notes: Vec<FactorNote>,
    /// Sends the new list.
    pub on_change: Callback<Vec<FactorNote>>,
    /// The legend.
    pub legend: AttrValue,
}

/// Toggles for the listed factors, a note per factor named, and a field for another factor.
#[component(FactorNotes)]
pub fn factor_notes(props: &FactorNotesProps) -> Html {
    let lang = use_lang();
    let toggle = |f: SuccessFactor| {
        let on = props.notes.iter().any(|n| n.factor == f);
        let label = i18n::factor_name(lang, &f);
        let (notes, on_change) = (props.notes.clone(), props.on_change.clone());
        let onclick = Callback::from(move |_: MouseEvent| {
            let mut next = notes.clone();
            if on {
                next.retain(|n| n.factor != f);
            } else {
                next.push(FactorNote {
                    factor: f.clone(),
                    note: String::new(),
                });
            }
            on_change.emit(next);
        });
        html! { <button type="button" class="toggle wide" aria-pressed={on.to_string()} {onclick}>{ label }</button> }
    };
    let note = |k: usize, n: &FactorNote| {
        let (notes, on_change) = (props.notes.clone(), props.on_change.clone());
        let onchange = Callback::from(move |e: Event| {
            let mut next = notes.clone();
            if let Some(n) = next.get_mut(k) {
                n.note = e.target_unchecked_into::<HtmlInputElement>().value();
            }
            on_change.emit(next);
        });
        let name = i18n::factor_name(lang, &n.factor);
        html! {
            <div class="factor-row">
                <strong>{ name.clone() }</strong>
                <input maxlength="1000" placeholder={lang.t(T::FactorNote)} value={n.note.clone()}
                    aria-label={format!("{}: {name}", lang.t(T::FactorNote))} {onchange} />
            </div>
        }
    };
    let other = {
        let (notes, on_change) = (props.notes.clone(), props.on_change.clone());
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            let name = input.value().trim().to_string();
            if !name.is_empty() {
                let mut next = notes.clone();
                next.push(FactorNote {
                    factor: SuccessFactor::Other(name),
                    note: String::new(),
                });
                on_change.emit(next);
                input.set_value("");
            }
        })
    };
    html! {
        <fieldset>
            <legend>{ props.legend.clone() }</legend>
            <div class="tabs">{ for SuccessFactor::LISTED.iter().map(|f| toggle(f.clone())) }</div>
            { for props.notes.iter().enumerate().map(|(k, n)| note(k, n)) }
            <label>{ lang.t(T::OtherFactor) }
                <input maxlength="80" placeholder={lang.t(T::OtherFactor)} onchange={other} />
            </label>
        </fieldset>
    }
}
