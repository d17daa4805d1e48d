//! One conflict of the merge preview: the two versions side by side, the later kept unless the
//! user chooses the other.

use serde_json::Value;
use workshop::merge::{Conflict, RecordKind};
use yew::prelude::*;

use crate::i18n::use_lang;
use crate::i18n::{self, Lang, T};

/// What a card's version says beyond its words (key, accepted, rejected): two tablets often
/// disagree on exactly that, with the same wording on both sides.
fn card_state(lang: Lang, kind: RecordKind, version: &Value) -> String {
    if kind != RecordKind::Card {
        return String::new();
    }
    let mut parts = Vec::new();
    if version["key"] == Value::Bool(true) {
        parts.push(format!("★ {}", lang.t(T::Key)));
    }
    match version["status"].as_str() {
        Some("accepted") => parts.push(lang.t(T::Accepted).to_string()),
        Some("rejected") => parts.push(lang.t(T::Rejected).to_string()),
        _ => {}
    }
    parts.join(" · ")
}

/// Props of [`ConflictRow`].
#[derive(Properties, PartialEq)]
pub struct ConflictRowProps {
    /// Its place in the preview (names the radio group).
    pub index: usize,
    /// The two versions.
    pub conflict: Conflict,
    /// True when the other version is chosen.
    pub use_other: bool,
    /// Who made the kept version, and when.
    pub kept_by: String,
    /// Who made the other version, and when.
    pub other_by: String,
    /// Chooses: true for the other version.
    pub on_choose: Callback<bool>,
}

/// Two versions of one record, side by side, with the choice between them.
#[component(ConflictRow)]
pub fn conflict_row(props: &ConflictRowProps) -> Html {
    let lang = use_lang();
    let c = &props.conflict;
    let text = |removed: bool, label: &str, version: &Value| {
        if removed {
            return lang.t(T::Removed).to_string();
        }
        match card_state(lang, c.kind, version) {
            state if state.is_empty() => label.to_string(),
            state => format!("{label} ({state})"),
        }
    };
    let name = format!("conflict-{}", props.index);
    let choose = |other: bool| {
        let cb = props.on_choose.clone();
        Callback::from(move |_: Event| cb.emit(other))
    };
    html! {
        <fieldset class="conflict" data-testid="conflict">
            <legend>{ i18n::record_kind(lang, c.kind) }</legend>
            <div class="conflict-sides">
                <label class={classes!("conflict-side", (!props.use_other).then_some("chosen"))}>
                    <input type="radio" name={name.clone()} checked={!props.use_other} onchange={choose(false)} />
                    <span class="conflict-choice">{ lang.t(T::KeepLater) }</span>
                    <span class="conflict-text">{ text(c.kept_removed, &c.kept_label, &c.kept) }</span>
                    <span class="hint">{ props.kept_by.clone() }</span>
                </label>
                <label class={classes!("conflict-side", props.use_other.then_some("chosen"))}>
                    <input type="radio" name={name} checked={props.use_other} onchange={choose(true)} />
                    <span class="conflict-choice">{ lang.t(T::UseOther) }</span>
                    <span class="conflict-text">{ text(c.other_removed, &c.other_label, &c.other) }</span>
                    <span class="hint">{ props.other_by.clone() }</span>
                </label>
            </div>
        </fieldset>
    }
}
