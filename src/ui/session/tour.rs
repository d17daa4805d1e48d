//! The Velenje example's tour: on each step, what the example shows there, and on to the next
//! step; it follows whichever step is shown, so the navigation and the tour never disagree.

use yew::prelude::*;

use super::process_nav::step_label;
use crate::i18n::use_lang;
use crate::i18n::{self, T};
use crate::route::{Route, Step};

/// Props of [`Tour`].
#[derive(Properties, PartialEq)]
pub struct TourProps {
    /// The session's id.
    pub id: AttrValue,
    /// The step shown.
    pub step: Step,
    /// Ends the tour.
    pub on_end: Callback<()>,
    /// Opens the ballot screen on a practice round.
    pub on_try_ballot: Callback<()>,
}

/// One stop of the tour.
#[component(Tour)]
pub fn tour(props: &TourProps) -> Html {
    let lang = use_lang();
    let n = Step::ALL.iter().position(|s| *s == props.step).unwrap_or(0);
    let next = Step::ALL.get(n + 1).map(|&step| Route::Session {
        id: props.id.to_string(),
        step,
    });
    html! {
        <section class="card tour no-print" aria-labelledby="tour-heading" data-testid="tour">
            <h2 id="tour-heading">{ lang.t(T::TourHeading) }<span class="count">{ format!("{}/{}", n + 1, Step::ALL.len()) }</span></h2>
            <p>{ i18n::tour_stop(lang, props.step) }</p>
            <div class="actions start">
                if props.step == Step::Ranking {
                    <button type="button" class="button" onclick={props.on_try_ballot.reform(|_| ())}>{ lang.t(T::TryBallot) }</button>
                }
                if let (Some(route), Some(&step)) = (next, Step::ALL.get(n + 1)) {
                    <a class="button secondary" href={route.href()}>{ lang.t(T::TourNext) }{ ": " }{ lang.t(step_label(step)) }{ " →" }</a>
                }
                <button type="button" class="button link" onclick={props.on_end.reform(|_| ())}>{ lang.t(T::TourEnd) }</button>
            </div>
        </section>
    }
}
