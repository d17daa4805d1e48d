use std::rc::Rc;

use web_sys::HtmlInputElement;
use workshop::participants::ParticipantsAction;
use workshop::participants::WORKSHOPS;
use workshop::{Action, Session};
use yew::prelude::*;

use super::new_seed;
use crate::i18n::use_lang;
use crate::i18n::{self, T};

/// Props of [`GroupsPanel`].
#[derive(Properties, PartialEq)]
pub struct GroupsPanelProps {
    /// The session.
    pub session: Rc<Session>,
    /// Dispatches group changes.
    pub on_action: Callback<Action>,
}

/// The group under a point of the screen, if any (for dragging with a finger).
fn group_at(x: i32, y: i32) -> Option<usize> {
    let el = web_sys::window()?
        .document()?
        .element_from_point(x as f32, y as f32)?;
    el.closest("section.group")
        .ok()??
        .get_attribute("data-group")?
        .parse()
        .ok()
}

/// Groups for one workshop: split the attendees into N groups that mix sectors (pairs are N =
/// attendees / 2), see the seed, reshuffle, and move people between groups by choosing a group
/// (tap or keyboard), by dragging with a mouse, or by dragging the handle with a finger or pen.
#[component(GroupsPanel)]
pub fn groups_panel(props: &GroupsPanelProps) -> Html {
    let lang = use_lang();
    let workshop = use_state(|| 1u8);
    let count_ref = use_node_ref();
    // The participant being dragged by finger or pen, and the group under the finger.
    let touch_drag = use_state(|| None::<(String, Option<usize>)>);
    let w = *workshop;
    let session = &props.session;
    let settings = session.settings();
    let attendees = session
        .live_participants()
        .filter(|p| p.attended[w as usize - 1])
        .count();
    let plan = session.group_plan(w);
    let make = |count: Option<usize>| {
        let (on_action, count_ref) = (props.on_action.clone(), count_ref.clone());
        Callback::from(move |_: MouseEvent| {
            let count = count.unwrap_or_else(|| {
                count_ref
                    .cast::<HtmlInputElement>()
                    .and_then(|i| i.value().parse().ok())
                    .unwrap_or(0)
            });
            on_action.emit(Action::Participants(ParticipantsAction::MakeGroups {
                workshop: w,
                count,
                seed: new_seed(),
            }));
        })
    };
    let tab = |n: u8| {
        let workshop = workshop.clone();
        html! {
            <button type="button" class="toggle wide" aria-pressed={(n == w).to_string()}
                onclick={Callback::from(move |_| workshop.set(n))}>{ i18n::workshop_label(lang, n) }</button>
        }
    };
    // With names hidden (a screen the room sees), each person shows as a stable code: P and
    // their place in the list of everyone ever added.
    let name_of = |id: &String| {
        session
            .participants
            .iter()
            .enumerate()
            .find(|(_, p)| &p.meta.id == id)
            .map(|(i, p)| {
                (
                    if settings.hidden {
                        format!("P{}", i + 1)
                    } else {
                        p.name.clone()
                    },
                    p.sector,
                )
            })
            .unwrap_or_default()
    };
    let toggle_hidden = {
        let (on_action, hidden) = (props.on_action.clone(), settings.hidden);
        Callback::from(move |_: MouseEvent| {
            on_action.emit(Action::Participants(
                ParticipantsAction::SetParticipantsHidden { hidden: !hidden },
            ))
        })
    };
    let groups_html = plan.map(|plan| {
        let n = plan.groups.len();
        html! {
            <>
                <p class="hint" data-testid="seed">{ i18n::seed_label(lang, plan.seed) }</p>
                <div class="groups">
                    { for (0..plan.groups.len()).map(|gi| {
                        // Live members only: a merged plan may name someone removed elsewhere.
                        let members: Vec<String> = session.group_members(w, gi).map(|p| p.meta.id.clone()).collect();
                        let ondrop = {
                            let on_action = props.on_action.clone();
                            Callback::from(move |e: DragEvent| {
                                e.prevent_default();
                                if let Some(id) = e.data_transfer().and_then(|d| d.get_data("text/plain").ok()) {
                                    on_action.emit(Action::Participants(ParticipantsAction::MoveToGroup { workshop: w, participant: id, group: gi }));
                                }
                            })
                        };
                        html! {
                            <section class={classes!("group", touch_drag.as_ref().and_then(|d| d.1).filter(|g| *g == gi).map(|_| "drop-target"))}
                                data-group={gi.to_string()} ondragover={Callback::from(|e: DragEvent| e.prevent_default())} {ondrop}
                                aria-label={i18n::group_label(lang, gi + 1)}>
                                <h3>{ i18n::group_label(lang, gi + 1) }<span class="count">{ members.len() }</span></h3>
                                <ul>
                                    { for members.iter().map(|id| {
                                        let (name, sector) = name_of(id);
                                        let ondragstart = {
                                            let id = id.clone();
                                            Callback::from(move |e: DragEvent| {
                                                if let Some(d) = e.data_transfer() {
                                                    let _ = d.set_data("text/plain", &id);
                                                }
                                            })
                                        };
                                        let onchange = {
                                            let (id, on_action) = (id.clone(), props.on_action.clone());
                                            Callback::from(move |e: Event| {
                                                let v: usize = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value().parse().unwrap_or(gi);
                                                on_action.emit(Action::Participants(ParticipantsAction::MoveToGroup { workshop: w, participant: id.clone(), group: v }));
                                            })
                                        };
                                        let onpointerdown = {
                                            let (id, touch_drag) = (id.clone(), touch_drag.clone());
                                            Callback::from(move |e: PointerEvent| {
                                                if e.pointer_type() == "mouse" {
                                                    return;
                                                }
                                                let el: web_sys::Element = e.target_unchecked_into();
                                                let _ = el.set_pointer_capture(e.pointer_id());
                                                touch_drag.set(Some((id.clone(), None)));
                                            })
                                        };
                                        let onpointermove = {
                                            let touch_drag = touch_drag.clone();
                                            Callback::from(move |e: PointerEvent| {
                                                if let Some((id, over)) = (*touch_drag).clone() {
                                                    let now = group_at(e.client_x(), e.client_y());
                                                    if now != over {
                                                        touch_drag.set(Some((id, now)));
                                                    }
                                                }
                                            })
                                        };
                                        let onpointerup = {
                                            let (touch_drag, on_action) = (touch_drag.clone(), props.on_action.clone());
                                            Callback::from(move |e: PointerEvent| {
                                                if let Some((id, _)) = (*touch_drag).clone() {
                                                    if let Some(group) = group_at(e.client_x(), e.client_y()).filter(|g| *g != gi) {
                                                        on_action.emit(Action::Participants(ParticipantsAction::MoveToGroup { workshop: w, participant: id, group }));
                                                    }
                                                    touch_drag.set(None);
                                                }
                                            })
                                        };
                                        let onpointercancel = {
                                            let touch_drag = touch_drag.clone();
                                            Callback::from(move |_: PointerEvent| touch_drag.set(None))
                                        };
                                        html! {
                                            <li draggable="true" {ondragstart} data-id={id.clone()}>
                                                <span class="drag-handle" aria-hidden="true" {onpointerdown} {onpointermove} {onpointerup} {onpointercancel}>{ "⠿" }</span>
                                                <span class="member">{ name.clone() }
                                                    if let Some(s) = sector { <span class="sector-tag">{ i18n::sector_name(lang, s, &settings.sector_names) }</span> }
                                                </span>
                                                <select aria-label={format!("{} {}", lang.t(T::MoveTo), name)} {onchange}>
                                                    { for (0..n).map(|k| html! {
                                                        <option value={k.to_string()} selected={k == gi}>{ i18n::group_label(lang, k + 1) }</option>
                                                    }) }
                                                </select>
                                            </li>
                                        }
                                    }) }
                                </ul>
                            </section>
                        }
                    }) }
                </div>
            </>
        }
    });
    let default_count = plan
        .map(|p| p.groups.len())
        .unwrap_or(3)
        .min(attendees.max(1));
    html! {
        <section class="card" aria-labelledby="groups-heading">
            <h2 id="groups-heading">{ lang.t(T::GroupsHeading) }</h2>
            <div class="tabs" role="group">{ for (1..=WORKSHOPS as u8).map(tab) }</div>
            <button type="button" class="toggle wide" aria-pressed={settings.hidden.to_string()} onclick={toggle_hidden}>{ lang.t(T::HideNames) }</button>
            if attendees == 0 {
                <p class="hint">{ lang.t(T::NobodyPresent) }</p>
            } else {
                <div class="form row align-end">
                    <label>{ lang.t(T::GroupCount) }
                        <input ref={count_ref.clone()} type="number" min="1" max={attendees.min(50).to_string()} value={default_count.to_string()} />
                    </label>
                    <div class="actions start">
                        <button type="button" class="button" onclick={make(None)}>
                            { if plan.is_some() { lang.t(T::Reshuffle) } else { lang.t(T::MakeGroups) } }
                        </button>
                        <button type="button" class="button secondary" onclick={make(Some((attendees / 2).max(1)))}>{ lang.t(T::Pairs) }</button>
                    </div>
                </div>
                { groups_html.unwrap_or_default() }
            }
        </section>
    }
}
