//! The map of problems to ideas (the paper's figure 6) as SVG, drawn from the layout that
//! `workshop::map` computes: problems left, arrows to their ideas, and optionally what the ideas
//! build on. In the session's content language; downloadable as a standalone SVG and printable.

use std::rc::Rc;

use workshop::map::{problem_map, MapNode, ProblemMap, LINE, PAD};
use workshop::session::ContentLang;
use workshop::Session;
use yew::prelude::*;

use crate::i18n::use_lang;
use crate::i18n::{self, Lang, T};
use crate::ui::ranking::charts::Figure;

/// The language the session's content is written in, for texts drawn into the figure.
pub fn content_lang(s: &Session) -> Lang {
    match s.info.content_lang {
        ContentLang::Sl => Lang::Sl,
        ContentLang::En => Lang::En,
    }
}

fn text_lines(n: &MapNode) -> Html {
    let x = n.x + PAD;
    html! {
        <text x={x.to_string()} y={(n.y + PAD + LINE - 4).to_string()} fill="#1d1d1b" font-size="13">
            { for n.lines.iter().enumerate().map(|(k, l)| html! {
                <tspan x={x.to_string()} y={(n.y + PAD + (k as i32 + 1) * LINE - 4).to_string()}>{ l.clone() }</tspan>
            }) }
        </text>
    }
}

fn node(n: &MapNode, class: &str, fill: &str, stroke: &str) -> Html {
    let width = if n.picked { "3" } else { "1.5" };
    html! {
        <g class={class.to_string()} data-key={n.key.clone()}>
            <rect x={n.x.to_string()} y={n.y.to_string()} width={n.w.to_string()} height={n.h.to_string()} rx="6"
                fill={fill.to_string()} stroke={stroke.to_string()} stroke-width={width}
                stroke-dasharray={if n.removed { "5 4" } else { "none" }} />
            { text_lines(n) }
        </g>
    }
}

fn curve((x1, y1): (i32, i32), (x2, y2): (i32, i32)) -> String {
    let mid = (x1 + x2) / 2;
    format!("M{x1} {y1} C{mid} {y1} {mid} {y2} {x2} {y2}")
}

/// The drawing of a laid-out map.
pub fn map_svg(map: &ProblemMap, label: &str) -> Html {
    let arrows = map.arrows.iter().map(|(p, i)| {
        let (from, to) = (map.problems[*p].right(), map.ideas[*i].left());
        let to = (to.0 - 2, to.1);
        html! { <path d={curve(from, to)} fill="none" stroke="#2f6f5e" stroke-width="1.8" marker-end="url(#map-arrow)" /> }
    });
    let links = map.links.iter().map(|(i, b)| {
        let (from, to) = (map.ideas[*i].right(), map.bases[*b].left());
        html! { <path d={curve(from, to)} fill="none" stroke="#8a94a8" stroke-width="1.2" stroke-dasharray="4 3" /> }
    });
    html! {
        <svg xmlns="http://www.w3.org/2000/svg" viewBox={format!("0 0 {} {}", map.width, map.height)}
            width={map.width.to_string()} height={map.height.to_string()} role="img" aria-label={label.to_string()}
            font-family="sans-serif" font-size="13" class="problem-map">
            <title>{ label.to_string() }</title>
            <defs>
                <marker id="map-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">
                    <path d="M0 0 L10 5 L0 10 z" fill="#2f6f5e" />
                </marker>
            </defs>
            <rect x="0" y="0" width={map.width.to_string()} height={map.height.to_string()} fill="#ffffff" />
            { for links }
            { for arrows }
            { for map.problems.iter().map(|n| node(n, "map-problem", "#fbe9d0", "#a0620b")) }
            { for map.ideas.iter().map(|n| node(n, "map-idea", "#e5f3ed", "#2f6f5e")) }
            { for map.bases.iter().map(|n| node(n, "map-basis", "#eef1f8", "#5b6b8c")) }
        </svg>
    }
}

/// Props of [`ProblemMapFigure`].
#[derive(Properties, PartialEq)]
pub struct ProblemMapProps {
    /// The session.
    pub session: Rc<Session>,
}

/// The map with its heading, a switch for what the ideas build on, download and print.
#[component(ProblemMapFigure)]
pub fn problem_map_figure(props: &ProblemMapProps) -> Html {
    let lang = use_lang();
    let bases = use_state(|| true);
    let s = &props.session;
    let content = content_lang(s);
    let map = problem_map(
        s,
        *bases,
        &|f| i18n::factor_name(content, f),
        content.t(T::RemovedMark),
    );
    let toggle = {
        let bases = bases.clone();
        Callback::from(move |_: Event| bases.set(!*bases))
    };
    let print = Callback::from(|_: MouseEvent| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    let label = content.t(T::MapCaption);
    html! {
        <section class="card map-section" aria-labelledby="map-heading">
            <h2 id="map-heading">{ lang.t(T::MapHeading) }</h2>
            if map.ideas.is_empty() {
                <p class="empty">{ lang.t(T::MapEmpty) }</p>
            } else {
                <label class="check no-print"><input type="checkbox" checked={*bases} onchange={toggle} /><span>{ lang.t(T::MapShowBases) }</span></label>
                <div class="map-wrap">
                    <Figure title={lang.t(T::MapCaption)} help={lang.t(T::MapHelp)} file="problem-idea-map.svg" level={3}>
                        { map_svg(&map, label) }
                    </Figure>
                </div>
                <div class="actions start no-print">
                    <button type="button" class="button secondary" onclick={print}>{ lang.t(T::Print) }</button>
                </div>
            }
        </section>
    }
}
