use std::rc::Rc;

use web_sys::HtmlInputElement;
use workshop::assessment::AssessmentAction;
use workshop::assessment::{Domain, Origin, Polarity};
use workshop::{Action, Session};
use yew::prelude::*;

use super::card::CardView;
use crate::browser::env;
use crate::i18n::use_lang;
use crate::i18n::{self, T};

/// Props of [`DomainBoard`].
#[derive(Properties, PartialEq)]
pub struct DomainBoardProps {
    /// The domain.
    pub domain: Domain,
    /// The session.
    pub session: Rc<Session>,
    /// Who is working on this device.
    pub origin: Origin,
    /// Dispatches changes.
    pub on_action: Callback<Action>,
}

/// One domain: what it covers, its strengths and weaknesses, and a field to add to each.
#[component(DomainBoard)]
pub fn domain_board(props: &DomainBoardProps) -> Html {
    let lang = use_lang();
    let column = |polarity: Polarity| {
        let input = NodeRef::default();
        let onsubmit = {
            let (input, on_action, domain, origin) = (
                input.clone(),
                props.on_action.clone(),
                props.domain,
                props.origin,
            );
            Callback::from(move |e: SubmitEvent| {
                e.prevent_default();
                let Some(field) = input.cast::<HtmlInputElement>() else {
                    return;
                };
                on_action.emit(Action::Assessment(AssessmentAction::AddCard {
                    id: env::new_id(),
                    domain,
                    polarity,
                    text: field.value(),
                    origin,
                    evidence: Vec::new(),
                }));
                if !field.value().trim().is_empty() {
                    field.set_value("");
                }
            })
        };
        let cards: Vec<_> = props
            .session
            .live_cards()
            .filter(|c| c.domain == props.domain && c.polarity == polarity)
            .cloned()
            .collect();
        let (heading, placeholder, class) = match polarity {
            Polarity::Strength => (T::Strengths, T::NewCardStrength, "strengths"),
            Polarity::Weakness => (T::Weaknesses, T::NewCardWeakness, "weaknesses"),
        };
        html! {
            <div class={classes!("column", class)}>
                <h3>{ lang.t(heading) }</h3>
                <ul class="cards">
                    { for cards.iter().map(|c| {
                        let others: Vec<(String, String)> = cards.iter().filter(|o| o.meta.id != c.meta.id).map(|o| (o.meta.id.clone(), o.text.clone())).collect();
                        html! { <CardView key={c.meta.id.clone()} card={c.clone()} gloss={i18n::example_gloss(lang, &props.session, &c.text)} {others} origin={props.origin} on_action={props.on_action.clone()} /> }
                    }) }
                </ul>
                <form class="add-card" {onsubmit}>
                    <input ref={input} maxlength="300" aria-label={format!("{}: {}", lang.t(placeholder), i18n::domain_name(lang, props.domain))}
                        placeholder={lang.t(placeholder)} />
                    <button type="submit" class="button">{ lang.t(T::Add) }</button>
                </form>
            </div>
        }
    };
    html! {
        <section class="card domain" data-domain={format!("{:?}", props.domain)} aria-label={i18n::domain_name(lang, props.domain)}>
            <h2>{ i18n::domain_name(lang, props.domain) }</h2>
            <p class="hint">{ i18n::domain_prompt(lang, props.domain) }</p>
            <div class="columns">
                { column(Polarity::Strength) }
                { column(Polarity::Weakness) }
            </div>
        </section>
    }
}
