//! The ranking widget: the one thing every participant touches. Problems start "not ranked";
//! tapping "Rank it" puts one at the bottom of the ranking, so tapping them in order of
//! importance is already a ballot. Cards then move by dragging the handle (finger, pen or mouse:
//! one pointer-event code path), by their buttons (up, down, to top, to bottom, same as above,
//! leave unranked) or by keyboard, and every move is announced to screen readers.

use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use super::draft::{Draft, Target};
use crate::browser::events::Interval;
use crate::i18n::use_lang;
use crate::i18n::{self, T};

/// Props of [`RankingWidget`].
#[derive(Properties, PartialEq)]
pub struct RankingWidgetProps {
    /// The round's problems: id and wording.
    pub problems: Vec<(String, String)>,
    /// English glosses of problems' wording, by id (the example, in the English interface).
    #[prop_or_default]
    pub glosses: Vec<(String, &'static str)>,
    /// The ballot so far.
    pub draft: Draft,
    /// Called with the ballot after every move.
    pub on_change: Callback<Draft>,
    /// The list runs from the least important at the top (the round's setting).
    #[prop_or_default]
    pub least_first: bool,
}

/// The ranked index or unranked zone under a point of the screen, for dragging.
fn target_at(x: i32, y: i32) -> Option<Target> {
    let el = web_sys::window()?
        .document()?
        .element_from_point(x as f32, y as f32)?;
    if let Some(card) = el.closest(".ranked li[data-pos]").ok()? {
        let pos: usize = card.get_attribute("data-pos")?.parse().ok()?;
        let rect = card.get_bounding_client_rect();
        let lower = f64::from(y) > rect.top() + rect.height() / 2.0;
        return Some(Target::At(pos + usize::from(lower)));
    }
    if el.closest(".ranked").ok()?.is_some() {
        return Some(Target::At(usize::MAX));
    }
    el.closest(".unranked").ok()?.map(|_| Target::Unranked)
}

/// How fast (pixels per tick, negative is up) the page scrolls with the finger `y` pixels from the
/// top of a screen `height` high: faster the nearer the edge (the outer 7 %, at least 40 px),
/// still elsewhere.
fn edge_speed(y: i32, height: i32) -> i32 {
    let edge = (height / 14).max(40);
    if y < edge {
        -(4 + (edge - y) * 20 / edge)
    } else if y > height - edge {
        4 + (y - (height - edge)) * 20 / edge
    } else {
        0
    }
}

/// The ranking widget.
#[component(RankingWidget)]
pub fn ranking_widget(props: &RankingWidgetProps) -> Html {
    let lang = use_lang();
    // The card being dragged and where it would land.
    let drag = use_state(|| None::<(String, Option<Target>)>);
    // While dragging near the top or bottom of the screen the page scrolls, so a card can travel
    // a list longer than the screen: a timer scrolls by the speed the finger's position sets.
    let scroll_speed = use_mut_ref(|| 0i32);
    let scroller = use_mut_ref(|| None::<Interval>);
    // After a move, focus follows the moved card (a reordered node loses the focus, so every
    // move counts) and the live region says where it is.
    let focus = use_state(|| (None::<String>, 0u32));
    let announce = use_state(String::new);
    {
        let focus = focus.clone();
        use_effect_with((*focus).clone(), move |(id, _)| {
            if let Some(id) = id {
                let el = web_sys::window().and_then(|w| w.document()).and_then(|d| {
                    d.query_selector(&format!("li[data-id=\"{id}\"]"))
                        .ok()
                        .flatten()
                });
                if let Some(el) =
                    el.and_then(|e| wasm_bindgen::JsCast::dyn_into::<HtmlElement>(e).ok())
                {
                    let _ = el.focus();
                }
            }
        });
    }
    let text_of = {
        let problems = props.problems.clone();
        move |id: &str| {
            problems
                .iter()
                .find(|(p, _)| p == id)
                .map_or(String::new(), |(_, t)| t.clone())
        }
    };
    let gloss = |id: &str| match props.glosses.iter().find(|(g, _)| g == id) {
        Some((_, g)) => html! { <span class="gloss" lang="en">{ *g }</span> },
        None => html! {},
    };
    // Applies a change to a copy of the draft, then announces the card's new place.
    let change = {
        let (draft, on_change, focus, announce) = (
            props.draft.clone(),
            props.on_change.clone(),
            focus.clone(),
            announce.clone(),
        );
        let text_of = text_of.clone();
        Callback::from(move |(id, f): (String, fn(&mut Draft, &str))| {
            let mut d = draft.clone();
            f(&mut d, &id);
            let place = d.index(&id).map(|i| (d.places()[i], d.ranked.len()));
            let tied = d.index(&id).is_some_and(|i| d.ranked[i].1);
            announce.set(i18n::announce_place(lang, &text_of(&id), place, tied));
            focus.set((Some(id.clone()), focus.1.wrapping_add(1)));
            on_change.emit(d);
        })
    };
    let button =
        |id: &str, label: T, f: fn(&mut Draft, &str), disabled: bool, pressed: Option<bool>| {
            let change = change.clone();
            let id = id.to_string();
            let text = text_of(&id);
            html! {
                <button type="button" class="rank-button" disabled={disabled}
                    aria-pressed={pressed.map(|p| p.to_string())}
                    aria-label={format!("{}: {}", lang.t(label), text)}
                    onclick={Callback::from(move |_: MouseEvent| change.emit((id.clone(), f)))}>
                    { lang.t(label) }
                </button>
            }
        };
    let onkeydown = |id: String, ranked: bool| {
        let change = change.clone();
        Callback::from(move |e: KeyboardEvent| {
            let own = e
                .target()
                .and_then(|t| wasm_bindgen::JsCast::dyn_into::<Element>(t).ok());
            if own.as_ref().is_some_and(|el| el.tag_name() == "BUTTON") && e.key() != "Delete" {
                return;
            }
            let f: Option<fn(&mut Draft, &str)> = match (e.key().as_str(), e.shift_key(), ranked) {
                ("ArrowUp", true, true) => Some(|d, id| d.step(id, -1)),
                ("ArrowDown", true, true) => Some(|d, id| d.step(id, 1)),
                ("Home", true, true) => Some(|d, id| d.to_end(id, true)),
                ("End", true, true) => Some(|d, id| d.to_end(id, false)),
                ("=", _, true) => Some(Draft::toggle_tie),
                ("Delete" | "Backspace", _, true) => Some(Draft::unrank),
                ("Enter" | " ", _, false) => Some(Draft::rank),
                ("ArrowUp" | "ArrowDown", false, _) => {
                    // Move the focus to the previous or next card.
                    e.prevent_default();
                    let cards = web_sys::window()
                        .and_then(|w| w.document())
                        .and_then(|d| d.query_selector_all(".ranking-widget li[data-id]").ok());
                    if let Some(cards) = cards {
                        let all: Vec<HtmlElement> = (0..cards.length())
                            .filter_map(|i| cards.item(i))
                            .filter_map(|n| wasm_bindgen::JsCast::dyn_into::<HtmlElement>(n).ok())
                            .collect();
                        if let Some(i) = all.iter().position(|c| {
                            c.get_attribute("data-id").as_deref() == Some(id.as_str())
                        }) {
                            let j = if e.key() == "ArrowUp" {
                                i.checked_sub(1)
                            } else {
                                Some(i + 1)
                            };
                            if let Some(c) = j.and_then(|j| all.get(j)) {
                                let _ = c.focus();
                            }
                        }
                    }
                    None
                }
                _ => None,
            };
            if let Some(f) = f {
                e.prevent_default();
                change.emit((id.clone(), f));
            }
        })
    };
    // Dragging by the handle: the pointer is captured, the landing place follows it, and the
    // drop commits one move.
    let drag_handlers = |id: String| {
        let stop_scrolling = {
            let (scroller, scroll_speed) = (scroller.clone(), scroll_speed.clone());
            move || {
                scroller.borrow_mut().take();
                *scroll_speed.borrow_mut() = 0;
            }
        };
        let onpointerdown = {
            let (drag, id, scroller, scroll_speed) = (
                drag.clone(),
                id.clone(),
                scroller.clone(),
                scroll_speed.clone(),
            );
            Callback::from(move |e: PointerEvent| {
                let el: Element = e.target_unchecked_into();
                let _ = el.set_pointer_capture(e.pointer_id());
                drag.set(Some((id.clone(), None)));
                let speed = scroll_speed.clone();
                *scroller.borrow_mut() = Some(Interval::new(30, move || {
                    let v = *speed.borrow();
                    if v != 0 {
                        if let Some(w) = web_sys::window() {
                            w.scroll_by_with_x_and_y(0.0, f64::from(v));
                        }
                    }
                }));
            })
        };
        let onpointermove = {
            let (drag, scroll_speed) = (drag.clone(), scroll_speed.clone());
            Callback::from(move |e: PointerEvent| {
                if let Some((id, over)) = (*drag).clone() {
                    let height = web_sys::window()
                        .and_then(|w| w.inner_height().ok())
                        .and_then(|h| h.as_f64())
                        .unwrap_or(0.0) as i32;
                    *scroll_speed.borrow_mut() = edge_speed(e.client_y(), height);
                    let now = target_at(e.client_x(), e.client_y());
                    if now != over {
                        drag.set(Some((id, now)));
                    }
                }
            })
        };
        let onpointerup = {
            let (drag, draft, on_change, announce, text_of, stop_scrolling) = (
                drag.clone(),
                props.draft.clone(),
                props.on_change.clone(),
                announce.clone(),
                text_of.clone(),
                stop_scrolling.clone(),
            );
            Callback::from(move |e: PointerEvent| {
                stop_scrolling();
                if let Some((id, _)) = (*drag).clone() {
                    drag.set(None);
                    let Some(mut target) = target_at(e.client_x(), e.client_y()) else {
                        return;
                    };
                    // Indices count the card itself while it is still in the list.
                    if let (Target::At(i), Some(from)) = (target, draft.index(&id)) {
                        if i > from {
                            target = Target::At(i - 1);
                        }
                    }
                    let mut d = draft.clone();
                    d.place(&id, target);
                    if d != draft {
                        let place = d.index(&id).map(|i| (d.places()[i], d.ranked.len()));
                        announce.set(i18n::announce_place(lang, &text_of(&id), place, false));
                        on_change.emit(d);
                    }
                }
            })
        };
        let onpointercancel = {
            let drag = drag.clone();
            Callback::from(move |_: PointerEvent| {
                stop_scrolling();
                drag.set(None)
            })
        };
        html! {
            <span class="drag-handle big" aria-hidden="true" title={lang.t(T::DragHandle)}
                {onpointerdown} {onpointermove} {onpointerup} {onpointercancel}>{ "⠿" }</span>
        }
    };
    let dragging = (*drag).as_ref().map(|(id, _)| id.clone());
    let over = (*drag).as_ref().and_then(|(_, t)| *t);
    let d = &props.draft;
    let places = d.places();
    let n = d.ranked.len();
    let direction = lang.t(if props.least_first {
        T::BallotLeastFirst
    } else {
        T::BallotMostFirst
    });
    html! {
        <div class="ranking-widget">
            <p class="direction" data-testid="direction"><strong>{ direction }</strong>{ " " }{ lang.t(T::WidgetHelp) }
                // Only where a keyboard is used: not above the ballot on a touch tablet.
                <span class="keyboard-help">{ " " }{ lang.t(T::KeyboardHelp) }</span></p>
            <p class="visually-hidden" aria-live="polite" data-testid="announce">{ (*announce).clone() }</p>
            <ol class={classes!("ranked", (over == Some(Target::At(n))).then_some("drop-end"))} aria-label={direction}>
                { for d.ranked.iter().enumerate().map(|(i, (id, tied))| {
                    let text = text_of(id);
                    let drop = match over {
                        Some(Target::At(j)) if j == i => Some("drop-before"),
                        _ => None,
                    };
                    let label = i18n::announce_place(lang, &text, Some((places[i], n)), *tied);
                    html! {
                        <li key={id.clone()} data-id={id.clone()} data-pos={i.to_string()} tabindex="0"
                            aria-label={label}
                            class={classes!("rank-card", tied.then_some("tied"), drop, (dragging.as_deref() == Some(id.as_str())).then_some("dragging"))}
                            onkeydown={onkeydown(id.clone(), true)}>
                            { drag_handlers(id.clone()) }
                            <span class="place" aria-hidden="true">{ if *tied { format!("{}=", places[i]) } else { places[i].to_string() } }</span>
                            <span class="problem-text">{ text }{ gloss(id) }</span>
                            <span class="rank-buttons">
                                { button(id, T::Up, |d, id| d.step(id, -1), i == 0, None) }
                                { button(id, T::Down, |d, id| d.step(id, 1), i + 1 == n, None) }
                                { button(id, T::ToTop, |d, id| d.to_end(id, true), i == 0, None) }
                                { button(id, T::ToBottom, |d, id| d.to_end(id, false), i + 1 == n, None) }
                                { button(id, T::SameAsAbove, Draft::toggle_tie, i == 0, Some(*tied)) }
                                { button(id, T::Unrank, Draft::unrank, false, None) }
                            </span>
                        </li>
                    }
                }) }
            </ol>
            <section class={classes!("unranked", (over == Some(Target::Unranked)).then_some("drop-target"))} aria-label={lang.t(T::NotRanked)}>
                <h2 class="unranked-heading">{ lang.t(T::NotRanked) }</h2>
                if d.unranked.is_empty() { <p class="muted">{ lang.t(T::NotRankedHelp) }</p> }
                <ul>
                    { for d.unranked.iter().map(|id| html! {
                        <li key={id.clone()} data-id={id.clone()} tabindex="0"
                            aria-label={i18n::announce_place(lang, &text_of(id), None, false)}
                            class={classes!("rank-card", "unranked-card", (dragging.as_deref() == Some(id.as_str())).then_some("dragging"))}
                            onkeydown={onkeydown(id.clone(), false)}>
                            { drag_handlers(id.clone()) }
                            <span class="problem-text">{ text_of(id) }{ gloss(id) }</span>
                            <span class="rank-buttons">{ button(id, T::Rank, Draft::rank, false, None) }</span>
                        </li>
                    }) }
                </ul>
            </section>
        </div>
    }
}
