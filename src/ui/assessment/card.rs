use web_sys::{HtmlInputElement, HtmlSelectElement};
use workshop::assessment::AssessmentAction;
use workshop::assessment::{Card, CardStatus, Evidence, Origin};
use workshop::Action;
use yew::prelude::*;

use crate::browser::env;
use crate::i18n::use_lang;
use crate::i18n::{self, T};

/// Props of [`CardView`].
#[derive(Properties, PartialEq)]
pub struct CardViewProps {
    /// The card.
    pub card: Card,
    /// An English gloss of the card's text (the example, in the English interface).
    #[prop_or_default]
    pub gloss: Option<&'static str>,
    /// Other cards of the same domain and kind (id, text): what it can be merged with.
    pub others: Vec<(String, String)>,
    /// Who is working on this device; the plenary gets the consolidation controls.
    pub origin: Origin,
    /// Dispatches changes.
    pub on_action: Callback<Action>,
}

/// A card: its text, who proposed it (and the duplicates merged into it), comments, and the
/// controls of whoever works on this device: comment and challenge for everyone, accept, reject,
/// key and merge for the plenary.
#[component(CardView)]
pub fn card_view(props: &CardViewProps) -> Html {
    let lang = use_lang();
    let c = &props.card;
    let comment = use_node_ref();
    let merge_target = use_state(|| None::<String>);
    // The list of cards to merge with is built only when asked for: with hundreds of cards, a
    // select per card listing every other one would make the board heavy.
    let merging = use_state(|| false);
    let wording = use_node_ref();
    let plenary = props.origin == Origin::Plenary;
    // Comments and controls stay folded until a card is opened, so a projected board reads as
    // its cards.
    let open = use_state(|| false);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let send_comment = |challenge: bool| {
        let (comment, on_action, card, origin) = (
            comment.clone(),
            props.on_action.clone(),
            c.meta.id.clone(),
            props.origin,
        );
        Callback::from(move |_: MouseEvent| {
            let Some(field) = comment.cast::<HtmlInputElement>() else {
                return;
            };
            on_action.emit(Action::Assessment(AssessmentAction::CommentCard {
                card: card.clone(),
                comment_id: env::new_id(),
                origin,
                text: field.value(),
                challenge,
            }));
            if !field.value().trim().is_empty() {
                field.set_value("");
            }
        })
    };
    let emit = |action: Action| {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(action.clone()))
    };
    let choose_target = {
        let merge_target = merge_target.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            merge_target.set((!v.is_empty()).then_some(v));
        })
    };
    let merge = {
        let (merge_target, wording, on_action, other) = (
            merge_target.clone(),
            wording.clone(),
            props.on_action.clone(),
            c.meta.id.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (Some(keep), Some(field)) =
                ((*merge_target).clone(), wording.cast::<HtmlInputElement>())
            else {
                return;
            };
            on_action.emit(Action::Assessment(AssessmentAction::MergeCards {
                keep,
                other: other.clone(),
                text: field.value(),
            }));
            merge_target.set(None);
        })
    };
    let status = match c.status {
        CardStatus::Proposed => None,
        CardStatus::Accepted => Some(("accepted", lang.t(T::Accepted))),
        CardStatus::Rejected => Some(("rejected", lang.t(T::Rejected))),
    };
    let target_text = merge_target
        .as_ref()
        .and_then(|t| props.others.iter().find(|o| &o.0 == t))
        .map(|o| o.1.clone());
    html! {
        <li class={classes!("assessment-card", c.key.then_some("key"), c.challenged.then_some("challenged"), (c.status == CardStatus::Rejected).then_some("rejected"))}
            data-id={c.meta.id.clone()}>
            <p class="card-text">{ if c.key { "★ " } else { "" } }{ c.text.clone() }</p>
            if let Some(g) = props.gloss { <p class="gloss" lang="en">{ g }</p> }
            <p class="card-meta">
                <span class="origin">{ i18n::origin_name(lang, c.origin) }</span>
                if !c.merged_from.is_empty() {
                    { " · " }{ lang.t(T::AlsoFrom) }{ " " }
                    { c.merged_from.iter().map(|o| i18n::origin_name(lang, *o)).collect::<Vec<_>>().join(", ") }
                }
                if !c.evidence.is_empty() {
                    { " · " }{ lang.t(T::EvidenceLabel) }{ ": " }
                    { c.evidence.iter().map(|e| i18n::evidence_name(lang, *e)).collect::<Vec<_>>().join(", ") }
                }
                if let Some((class, text)) = status { <span class={classes!("status", class)}>{ text }</span> }
                if c.challenged { <span class="flag">{ "⚑ " }{ lang.t(T::Challenged) }</span> }
            </p>
            <button type="button" class="card-more no-print" aria-expanded={open.to_string()} onclick={toggle}
                aria-label={format!("{} ({}): {}", lang.t(T::CardMore), c.comments.len(), c.text)}>
                { if *open { "▾ " } else { "▸ " } }{ lang.t(T::CardMore) }{ format!(" ({})", c.comments.len()) }
            </button>
            if *open {
            if !c.comments.is_empty() {
                <ul class="comments">
                    { for c.comments.iter().map(|m| html! {
                        <li>{ if m.challenge { "⚑ " } else { "" } }<strong>{ i18n::origin_name(lang, m.origin) }{ ": " }</strong>{ m.text.clone() }</li>
                    }) }
                </ul>
            }
            <div class="card-actions">
                <input ref={comment.clone()} maxlength="1000" placeholder={lang.t(T::CommentPlaceholder)}
                    aria-label={format!("{}: {}", lang.t(T::CommentPlaceholder), c.text)} />
                <button type="button" class="button secondary" onclick={send_comment(false)}>{ lang.t(T::Comment) }</button>
                if !plenary {
                    <button type="button" class="button secondary" onclick={send_comment(true)}>{ lang.t(T::Challenge) }</button>
                }
            </div>
            if props.origin == Origin::ResearchTeam {
                <div class="card-actions" role="group" aria-label={lang.t(T::EvidenceLabel)}>
                    <span class="hint">{ lang.t(T::EvidenceLabel) }{ ":" }</span>
                    { for [Evidence::Interviews, Evidence::Statistics, Evidence::Literature].into_iter().map(|e| {
                        let on = c.evidence.contains(&e);
                        let evidence: Vec<Evidence> = if on { c.evidence.iter().copied().filter(|x| *x != e).collect() } else { c.evidence.iter().copied().chain([e]).collect() };
                        html! {
                            <button type="button" class="toggle wide" aria-pressed={on.to_string()}
                                onclick={emit(Action::Assessment(AssessmentAction::EditCard { id: c.meta.id.clone(), text: c.text.clone(), evidence }))}>{ i18n::evidence_name(lang, e) }</button>
                        }
                    }) }
                </div>
            }
            if plenary {
                <div class="card-actions">
                    <button type="button" class="toggle wide" aria-pressed={c.key.to_string()}
                        onclick={emit(Action::Assessment(AssessmentAction::SetKey { card: c.meta.id.clone(), key: !c.key }))}>{ "★ " }{ lang.t(T::Key) }</button>
                    <button type="button" class="button secondary" onclick={emit(Action::Assessment(AssessmentAction::ResolveCard { card: c.meta.id.clone(), accept: true }))}>{ lang.t(T::Accept) }</button>
                    <button type="button" class="button secondary danger-text" onclick={emit(Action::Assessment(AssessmentAction::ResolveCard { card: c.meta.id.clone(), accept: false }))}>{ lang.t(T::Reject) }</button>
                    if !props.others.is_empty() && !*merging {
                        <button type="button" class="button secondary" onclick={{ let m = merging.clone(); Callback::from(move |_| m.set(true)) }}>
                            { lang.t(T::MergeWith) }
                        </button>
                    }
                    if !props.others.is_empty() && *merging {
                        <select aria-label={format!("{}: {}", lang.t(T::MergeWith), c.text)} onchange={choose_target}>
                            <option value="" selected={merge_target.is_none()}>{ lang.t(T::MergeWith) }</option>
                            { for props.others.iter().map(|(id, text)| html! {
                                <option value={id.clone()} selected={merge_target.as_deref() == Some(id.as_str())}>{ text.chars().take(60).collect::<String>() }</option>
                            }) }
                        </select>
                    }
                </div>
                if let Some(text) = target_text {
                    <form class="card-actions merge" onsubmit={merge}>
                        <label>{ lang.t(T::MergeWording) }<input ref={wording} value={text} maxlength="300" /></label>
                        <button type="submit" class="button">{ lang.t(T::Merge) }</button>
                    </form>
                }
            }
            }
        </li>
    }
}
