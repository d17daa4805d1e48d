use std::rc::Rc;

use workshop::innovations::{InnovationType, Period};
use workshop::Session;
use yew::prelude::*;

use crate::browser::files;
use crate::i18n::use_lang;
use crate::i18n::{self, T};
use crate::ui::widgets::ScrollBox;

/// Props of [`Timeline`].
#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    /// The session.
    pub session: Rc<Session>,
}

/// Colours of the five types (fills are attributes, not CSS, so a downloaded SVG keeps them).
fn colour(t: InnovationType) -> &'static str {
    match t {
        InnovationType::Practice => "#2f6f5e",
        InnovationType::Rules => "#b5654a",
        InnovationType::Service => "#4f7cac",
        InnovationType::OrganisationalForm => "#8a6fb0",
        InnovationType::Product => "#c99a1e",
    }
}

const WIDTH: i32 = 960;
const MARGIN: i32 = 16;
const ROW: i32 = 20;
/// Approximate width of one character of the 12 px labels, for laying labels out without overlap.
const CHAR: i32 = 7;

/// Rows for items placed left to right: each goes to the first row whose last item ends before
/// it starts (greedy interval colouring), so labels never overlap however many share a year.
fn rows(spans: &[(i32, i32)]) -> Vec<usize> {
    let mut ends: Vec<i32> = Vec::new();
    spans
        .iter()
        .map(|&(start, end)| match ends.iter().position(|&e| e < start) {
            Some(r) => {
                ends[r] = end;
                r
            }
            None => {
                ends.push(end);
                ends.len() - 1
            }
        })
        .collect()
}

/// All innovations by year as an SVG timeline: periods as bands, innovations coloured by type
/// with labels laid out so none overlap, decade ticks; zoom to a period; download as SVG; the
/// innovations of unknown year listed beside it. Integer coordinates only (no float formatting).
#[component(Timeline)]
pub fn timeline(props: &TimelineProps) -> Html {
    let lang = use_lang();
    let zoom = use_state(|| None::<String>);
    let svg_ref = use_node_ref();
    let s = &props.session;
    let periods: Vec<&Period> = s.live_periods().collect();
    let mut known: Vec<_> = s.live_innovations().filter(|i| i.year.is_some()).collect();
    known.sort_by_key(|i| (i.year, i.name.to_lowercase()));
    let unknown: Vec<_> = s.live_innovations().filter(|i| i.year.is_none()).collect();
    let years = known
        .iter()
        .filter_map(|i| i.year)
        .chain(periods.iter().map(|p| p.start));
    let (lo_all, hi_all) = years.fold((i32::MAX, i32::MIN), |(lo, hi), y| (lo.min(y), hi.max(y)));
    let zoomed = zoom
        .as_ref()
        .and_then(|id| periods.iter().find(|p| &p.meta.id == id));
    let (lo, hi) = match zoomed {
        Some(p) => (p.start, p.end.unwrap_or(hi_all.max(p.start))),
        None if lo_all <= hi_all => (lo_all, hi_all),
        None => (2000, 2001),
    };
    let (lo, hi) = (lo - 1, hi.max(lo + 1) + 1);
    let x = |year: i32| MARGIN + (year - lo) * (WIDTH - 2 * MARGIN) / (hi - lo);
    let visible: Vec<_> = known
        .iter()
        .filter(|i| i.year.is_some_and(|y| y >= lo && y <= hi))
        .collect();
    let band_spans: Vec<(i32, i32)> = periods
        .iter()
        .map(|p| (x(p.start.max(lo)), x(p.end.unwrap_or(hi).min(hi))))
        .collect();
    let band_rows = rows(&band_spans);
    let bands_height = (band_rows.iter().max().map_or(0, |r| r + 1) as i32) * 24;
    let axis = bands_height + 24;
    let label_spans: Vec<(i32, i32)> = visible
        .iter()
        .map(|i| {
            let x0 = x(i.year.unwrap_or(lo));
            (x0 - 6, x0 + 10 + CHAR * i.name.chars().count() as i32)
        })
        .collect();
    let label_rows = rows(&label_spans);
    // Labels near the right edge may reach past the axis: the picture widens to hold them.
    let width = label_spans
        .iter()
        .map(|s| s.1 + MARGIN)
        .max()
        .unwrap_or(WIDTH)
        .max(WIDTH);
    let height = axis + 16 + (label_rows.iter().max().map_or(0, |r| r + 1) as i32) * ROW + 8;
    let ticks: Vec<i32> = ((lo / 10) * 10..=hi)
        .step_by(10)
        .filter(|y| *y >= lo)
        .collect();
    let download = {
        let svg_ref = svg_ref.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(svg) = svg_ref.cast::<web_sys::Element>() {
                let text = format!(
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{}",
                    svg.outer_html()
                );
                let _ = files::download_as("timeline.svg", &text, "image/svg+xml");
            }
        })
    };
    let zoom_button = |target: Option<String>, label: String| {
        let zoom = zoom.clone();
        let pressed = *zoom == target;
        html! { <button type="button" class="toggle wide" aria-pressed={pressed.to_string()} onclick={Callback::from(move |_| zoom.set(target.clone()))}>{ label }</button> }
    };
    html! {
        <section class="card timeline" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">{ lang.t(T::TimelineHeading) }</h2>
            <div class="tabs" role="group">
                { zoom_button(None, lang.t(T::ZoomAll).to_string()) }
                { for periods.iter().map(|p| zoom_button(Some(p.meta.id.clone()), p.name.clone())) }
                <button type="button" class="button secondary" onclick={download}>{ lang.t(T::DownloadSvg) }</button>
            </div>
            <ScrollBox label={i18n::scrolls(lang, lang.t(T::TimelineHeading))} wide=true>
                <svg ref={svg_ref} xmlns="http://www.w3.org/2000/svg" viewBox={format!("0 0 {width} {height}")} width={width.to_string()} height={height.to_string()}
                    role="img" aria-label={lang.t(T::TimelineHeading)} font-family="system-ui, sans-serif" font-size="12">
                    <rect x="0" y="0" width={width.to_string()} height={height.to_string()} fill="#ffffff" />
                    { for periods.iter().zip(&band_spans).zip(&band_rows).map(|((p, (x0, x1)), r)| {
                        let y = *r as i32 * 24;
                        html! {
                            <g>
                                <rect x={x0.to_string()} y={y.to_string()} width={(x1 - x0).max(2).to_string()} height="20" fill="#e3efe9" stroke="#9cbfb2" />
                                <text x={(x0 + 4).to_string()} y={(y + 14).to_string()} fill="#1e2a27">{ p.name.clone() }{ format!(" ({}–{})", p.start, p.end.map(|e| e.to_string()).unwrap_or_default()) }</text>
                            </g>
                        }
                    }) }
                    <line x1={MARGIN.to_string()} x2={(WIDTH - MARGIN).to_string()} y1={axis.to_string()} y2={axis.to_string()} stroke="#52605c" />
                    { for ticks.iter().map(|y| html! {
                        <g>
                            <line x1={x(*y).to_string()} x2={x(*y).to_string()} y1={(axis - 4).to_string()} y2={(axis + 4).to_string()} stroke="#52605c" />
                            <text x={x(*y).to_string()} y={(axis - 8).to_string()} text-anchor="middle" fill="#52605c">{ y }</text>
                        </g>
                    }) }
                    { for visible.iter().zip(&label_rows).map(|(i, r)| {
                        let cx = x(i.year.unwrap_or(lo));
                        let cy = axis + 16 + *r as i32 * ROW;
                        let fill = colour(i.types[0]);
                        html! {
                            <g>
                                <title>{ format!("{} ({}) – {}", i.name, i.year.unwrap_or_default(), i18n::types_label(lang, &i.types)) }</title>
                                <line x1={cx.to_string()} x2={cx.to_string()} y1={axis.to_string()} y2={cy.to_string()} stroke={fill} stroke-opacity="0.35" />
                                <circle cx={cx.to_string()} cy={cy.to_string()} r="5" fill={fill} />
                                <text x={(cx + 9).to_string()} y={(cy + 4).to_string()} fill="#1e2a27">{ i.name.clone() }</text>
                            </g>
                        }
                    }) }
                </svg>
            </ScrollBox>
            <ul class="legend types">
                { for InnovationType::ALL.iter().enumerate().map(|(k, &t)| html! {
                    <li><span class={format!("swatch type-{k}")} aria-hidden="true"></span>{ i18n::type_name(lang, t) }</li>
                }) }
            </ul>
            if !unknown.is_empty() {
                <div class="unknown-years">
                    <h3>{ lang.t(T::UnknownYearList) }</h3>
                    <ul>{ for unknown.iter().map(|i| html! { <li>{ i.name.clone() }{ " – " }{ i18n::types_label(lang, &i.types) }</li> }) }</ul>
                </div>
            }
        </section>
    }
}
