use yew::prelude::*;

use crate::i18n::use_lang;
use crate::i18n::T;

/// How long "Undo" is offered after a removal or a delete, in milliseconds.
pub const UNDO_MS: u32 = 8000;

/// How a notice looks and how assistive technology announces it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticeKind {
    /// Neutral information.
    Info,
    /// Something went right.
    Success,
    /// Something needs the user's attention; announced at once.
    Error,
}

/// Props of [`Notice`].
#[derive(Properties, PartialEq)]
pub struct NoticeProps {
    /// Look and urgency.
    pub kind: NoticeKind,
    /// The message.
    pub text: AttrValue,
    /// Further lines (details of an error).
    #[prop_or_default]
    pub detail: Option<AttrValue>,
    /// An action offered with the notice, such as "Undo".
    #[prop_or_default]
    pub action: Option<(AttrValue, Callback<MouseEvent>)>,
    /// Dismisses the notice; without it the notice has no close button.
    #[prop_or_default]
    pub on_close: Option<Callback<MouseEvent>>,
}

/// A message banner with an optional action and close button.
#[component(Notice)]
pub fn notice(props: &NoticeProps) -> Html {
    let lang = use_lang();
    let (class, role) = match props.kind {
        NoticeKind::Info => ("notice info", "status"),
        NoticeKind::Success => ("notice success", "status"),
        NoticeKind::Error => ("notice error", "alert"),
    };
    html! {
        <div class={class} role={role}>
            <div class="notice-text">
                <p>{ props.text.clone() }</p>
                if let Some(detail) = &props.detail { <p class="detail">{ detail.clone() }</p> }
            </div>
            if let Some((label, cb)) = &props.action {
                <button type="button" class="button secondary" onclick={cb.clone()}>{ label.clone() }</button>
            }
            if let Some(cb) = &props.on_close {
                <button type="button" class="icon-button" aria-label={lang.t(T::Close)} onclick={cb.clone()}>{ "×" }</button>
            }
        </div>
    }
}
