use std::rc::Rc;

use workshop::participants::ParticipantsAction;
use workshop::participants::{balance, Sector, WORKSHOPS};
use workshop::{Action, Session};
use yew::prelude::*;

use crate::i18n::use_lang;
use crate::i18n::{self, T};

/// Props of [`BalancePanel`].
#[derive(Properties, PartialEq)]
pub struct BalancePanelProps {
    /// The session.
    pub session: Rc<Session>,
    /// Dispatches room-size changes.
    pub on_action: Callback<Action>,
}

/// For each workshop, how many attend from each sector (a small SVG bar chart) and what to
/// watch: a missing or dominant sector, a room outside the comfortable size.
#[component(BalancePanel)]
pub fn balance_panel(props: &BalancePanelProps) -> Html {
    let lang = use_lang();
    let settings = props.session.settings();
    let room = |is_min: bool| {
        let (on_action, (min, max)) = (
            props.on_action.clone(),
            (settings.room_min, settings.room_max),
        );
        Callback::from(move |e: Event| {
            let v: u32 = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value()
                .parse()
                .unwrap_or(0);
            let (min, max) = if is_min { (v, max) } else { (min, v) };
            on_action.emit(Action::Participants(ParticipantsAction::SetRoom {
                min,
                max,
            }));
        })
    };
    let chart = |w: u8| {
        let b = balance(
            props
                .session
                .live_participants()
                .filter(|p| p.attended[w as usize - 1])
                .map(|p| p.sector),
            settings.room_min,
            settings.room_max,
        );
        // Integer coordinates: formatting floats would add kilobytes to the bundle.
        let top = b.counts.iter().copied().max().unwrap_or(0).max(1);
        let bars = Sector::ALL.iter().enumerate().map(|(i, &s)| {
            let count = b.counts[i];
            let h = 70 * count / top;
            let x = 10 + i * 60;
            let name = i18n::sector_name(lang, s, &settings.sector_names);
            html! {
                <g>
                    <title>{ format!("{name}: {count}") }</title>
                    <rect class={format!("bar sector-{i}")} x={x.to_string()} y={(85 - h).to_string()} width="44" height={h.to_string()} />
                    <text x={(x + 22).to_string()} y={(80 - h).to_string()} text-anchor="middle" class="value">{ count }</text>
                </g>
            }
        });
        html! {
            <figure class="balance" data-workshop={w.to_string()}>
                <figcaption><strong>{ i18n::workshop_label(lang, w) }</strong>{ " · " }{ i18n::present_count(lang, b.total) }</figcaption>
                <svg viewBox="0 0 250 90" role="img" aria-label={format!("{}: {}", lang.t(T::BalanceHeading), i18n::workshop_label(lang, w))}>
                    { for bars }
                </svg>
                <ul class="legend">
                    { for Sector::ALL.iter().enumerate().map(|(i, &s)| html! {
                        <li><span class={format!("swatch sector-{i}")} aria-hidden="true"></span>
                            { i18n::sector_name(lang, s, &settings.sector_names) }{ ": " }<strong>{ b.counts[i] }</strong></li>
                    }) }
                </ul>
                if b.total == 0 {
                    <p class="hint">{ lang.t(T::NobodyPresent) }</p>
                } else if b.warnings.is_empty() {
                    <p class="ok">{ lang.t(T::BalanceOk) }</p>
                } else {
                    <ul class="warnings">
                        { for b.warnings.iter().map(|w| html! { <li>{ i18n::balance_warning(lang, w, &settings.sector_names) }</li> }) }
                    </ul>
                }
            </figure>
        }
    };
    html! {
        <section class="card" aria-labelledby="balance-heading">
            <h2 id="balance-heading">{ lang.t(T::BalanceHeading) }</h2>
            <div class="balance-grid">{ for (1..=WORKSHOPS as u8).map(chart) }</div>
            <div class="form row">
                <label>{ lang.t(T::RoomMin) }<input type="number" min="1" max="500" value={settings.room_min.to_string()} onchange={room(true)} /></label>
                <label>{ lang.t(T::RoomMax) }<input type="number" min="1" max="500" value={settings.room_max.to_string()} onchange={room(false)} /></label>
            </div>
        </section>
    }
}
