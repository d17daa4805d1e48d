//! What a worksheet or an idea builds on: links to workshop 1's strengths, workshop 2's
//! innovations and success factors, picked from lists (never copied text). A link to a record
//! removed since stays readable, marked as removed.

use std::rc::Rc;

use workshop::assessment::Polarity;
use workshop::innovations::SuccessFactor;
use workshop::solutions::Basis;
use workshop::Session;
use yew::prelude::*;

use crate::i18n::use_lang;
use crate::i18n::{self, Lang, T};

/// A basis as a person reads it: the record's text, or the factor's name; and whether the
/// record was removed.
pub fn basis_label(lang: Lang, s: &Session, b: &Basis) -> (String, bool) {
    match (s.basis_text(b), b) {
        (Some((text, removed)), _) => (text.to_string(), removed),
        (None, Basis::Factor(f)) => (i18n::factor_name(lang, f), false),
        (None, _) => (lang.t(T::RemovedMark).to_string(), true),
    }
}

/// The success factors offered: the listed six, then those the deep dives and the series'
/// keys named.
fn factors(s: &Session) -> Vec<SuccessFactor> {
    let mut out: Vec<SuccessFactor> = SuccessFactor::LISTED.to_vec();
    let named = s
        .live_deep_dives()
        .flat_map(|d| d.factors.iter())
        .chain(s.keys_to_success())
        .map(|n| &n.factor);
    for f in named {
        if !out.contains(f) {
            out.push(f.clone());
        }
    }
    out
}

/// Props of [`BasisPicker`].
#[derive(Properties, PartialEq)]
pub struct BasisPickerProps {
    /// The session (its strengths, innovations and factors).
    pub session: Rc<Session>,
    /// The links chosen so far.
    pub chosen: Vec<Basis>,
    /// Sends the new list of links.
    pub on_change: Callback<Vec<Basis>>,
    /// Makes the ids of the picker's controls unique on the page.
    pub id: AttrValue,
}

/// The chosen links as chips, each removable, and a list to pick more from by tap or keyboard.
#[component(BasisPicker)]
pub fn basis_picker(props: &BasisPickerProps) -> Html {
    let lang = use_lang();
    let s = &props.session;
    let toggle = |b: Basis| {
        let (chosen, on_change) = (props.chosen.clone(), props.on_change.clone());
        Callback::from(move |_: Event| {
            let mut next = chosen.clone();
            match next.iter().position(|x| *x == b) {
                Some(at) => {
                    next.remove(at);
                }
                None => next.push(b.clone()),
            }
            on_change.emit(next);
        })
    };
    let option = |b: Basis, label: String| {
        let checked = props.chosen.contains(&b);
        html! {
            <label class="check">
                <input type="checkbox" {checked} onchange={toggle(b)} />
                <span>{ label }</span>
            </label>
        }
    };
    let chip = |b: &Basis| {
        let (label, removed) = basis_label(lang, s, b);
        let text = if removed {
            format!("{label} ({})", lang.t(T::RemovedMark))
        } else {
            label.clone()
        };
        let (chosen, on_change, b) = (props.chosen.clone(), props.on_change.clone(), b.clone());
        let remove = Callback::from(move |_: MouseEvent| {
            on_change.emit(chosen.iter().filter(|x| **x != b).cloned().collect())
        });
        html! {
            <li class={classes!("chip", removed.then_some("removed"))}>
                <span>{ text }</span>
                <button type="button" class="icon-button no-print" onclick={remove}
                    aria-label={format!("{}: {label}", lang.t(T::Remove))}>{ "×" }</button>
            </li>
        }
    };
    let strengths = s
        .live_cards()
        .filter(|c| c.polarity == Polarity::Strength)
        .map(|c| {
            let b = Basis::Strength {
                card: c.meta.id.clone(),
            };
            option(
                b,
                format!("{} – {}", i18n::domain_name(lang, c.domain), c.text),
            )
        });
    let innovations = s.live_innovations().map(|i| {
        let b = Basis::Innovation {
            innovation: i.meta.id.clone(),
        };
        option(b, i.name.clone())
    });
    let factor_options = factors(s).into_iter().map(|f| {
        let label = i18n::factor_name(lang, &f);
        option(Basis::Factor(f), label)
    });
    html! {
        <div class="basis-picker" id={props.id.clone()}>
            if props.chosen.is_empty() {
                <p class="muted">{ lang.t(T::BasisNone) }</p>
            } else {
                <ul class="chips">{ for props.chosen.iter().map(chip) }</ul>
            }
            <details class="no-print">
                <summary class="button secondary">{ lang.t(T::AddBasis) }</summary>
                <fieldset><legend>{ lang.t(T::BasisStrengths) }</legend>{ for strengths }</fieldset>
                <fieldset><legend>{ lang.t(T::BasisInnovations) }</legend>{ for innovations }</fieldset>
                <fieldset><legend>{ lang.t(T::BasisFactors) }</legend>{ for factor_options }</fieldset>
            </details>
        </div>
    }
}
