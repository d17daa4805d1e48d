//! The results' charts as SVG: scores, where the ballots put each problem (heat map), the spread
//! of places, and how the order moved between rounds (slope chart). Colours are attributes, not
//! CSS, so a downloaded SVG looks the same; coordinates are integers (no float formatting).

use yew::prelude::*;

use crate::browser::files;
use crate::i18n::use_lang;
use crate::i18n::{self, T};
use crate::ui::widgets::ScrollBox;

const WIDTH: i32 = 720;
const ROW: i32 = 28;
const LABEL: i32 = 300;
const TOP: i32 = 28;

/// Props of [`Figure`].
#[derive(Properties, PartialEq)]
pub struct FigureProps {
    /// The heading.
    pub title: AttrValue,
    /// A sentence on how to read it.
    #[prop_or_default]
    pub help: Option<AttrValue>,
    /// The file name of the download.
    pub file: AttrValue,
    /// The SVG.
    pub children: Html,
    /// The heading's level: 4 under a round's results, 3 directly under a step's section.
    #[prop_or(4)]
    pub level: u8,
}

/// A chart with its heading and a download button.
#[component(Figure)]
pub fn figure(props: &FigureProps) -> Html {
    let lang = use_lang();
    let box_ref = use_node_ref();
    let download = {
        let (box_ref, file) = (box_ref.clone(), props.file.clone());
        Callback::from(move |_: MouseEvent| {
            let svg = box_ref
                .cast::<web_sys::Element>()
                .and_then(|b| b.query_selector("svg").ok().flatten());
            if let Some(svg) = svg {
                let text = format!(
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{}",
                    svg.outer_html()
                );
                let _ = files::download_as(&file, &text, "image/svg+xml");
            }
        })
    };
    html! {
        <figure class="chart" ref={box_ref}>
            <figcaption>
                if props.level == 3 { <h3>{ props.title.clone() }</h3> } else { <h4>{ props.title.clone() }</h4> }
                if let Some(h) = &props.help { <p class="muted">{ h.clone() }</p> }
            </figcaption>
            <ScrollBox label={i18n::scrolls(lang, &props.title)}>{ props.children.clone() }</ScrollBox>
            <button type="button" class="button secondary no-print" onclick={download}>{ lang.t(T::DownloadSvg) }</button>
        </figure>
    }
}

fn svg(height: i32, label: &str, body: Html) -> Html {
    html! {
        <svg xmlns="http://www.w3.org/2000/svg" viewBox={format!("0 0 {WIDTH} {height}")} width={WIDTH.to_string()} height={height.to_string()}
            role="img" aria-label={label.to_string()} font-family="sans-serif" font-size="13">
            <rect x="0" y="0" width={WIDTH.to_string()} height={height.to_string()} fill="#ffffff" />
            { body }
        </svg>
    }
}

/// The height of a label's line.
const LINE: i32 = 15;
/// Characters per line of a label in the left column (13 px type in about 290 px).
const LABEL_CHARS: usize = 40;

/// A chart's rows, each as tall as its label wrapped (a label is never cut): the top and height
/// of each, its lines, and where the last ends.
struct Rows {
    top: Vec<i32>,
    height: Vec<i32>,
    lines: Vec<Vec<String>>,
    bottom: i32,
}

fn layout<'a>(labels: impl Iterator<Item = &'a str>, chars: usize, start: i32) -> Rows {
    let mut rows = Rows {
        top: Vec::new(),
        height: Vec::new(),
        lines: Vec::new(),
        bottom: start,
    };
    for label in labels {
        let lines = workshop::map::wrap(label, chars);
        let h = (lines.len() as i32 * LINE + 10).max(ROW);
        rows.top.push(rows.bottom);
        rows.height.push(h);
        rows.lines.push(lines);
        rows.bottom += h;
    }
    rows
}

/// A wrapped label, its lines centred on `mid`.
fn label(x: i32, mid: i32, lines: &[String], anchor: &'static str) -> Html {
    let first = mid - (lines.len() as i32 - 1) * LINE / 2 + 5;
    html! {
        <text x={x.to_string()} y={first.to_string()} text-anchor={anchor} fill="#1d2a27">
            { for lines.iter().enumerate().map(|(k, l)| html! {
                <tspan x={x.to_string()} y={(first + k as i32 * LINE).to_string()}>{ l.clone() }</tspan>
            }) }
        </text>
    }
}

/// One bar per problem, in consensus order: `rows` are (label, value shown, bar length 0–1000).
pub fn bar_chart(title: &str, rows: &[(String, String, i32)]) -> Html {
    let at = layout(rows.iter().map(|r| r.0.as_str()), LABEL_CHARS, TOP);
    let span = WIDTH - LABEL - 70;
    let body = html! {
        <>
        { for rows.iter().enumerate().map(|(i, (_, value, len))| {
            let mid = at.top[i] + at.height[i] / 2;
            let w = (span * (*len).clamp(0, 1000) / 1000).max(2);
            html! {
                <g>
                    { label(LABEL - 8, mid, &at.lines[i], "end") }
                    <rect x={LABEL.to_string()} y={(mid - ROW / 2 + 4).to_string()} width={w.to_string()} height={(ROW - 8).to_string()} fill="#2f6f5e" />
                    <text x={(LABEL + w + 6).to_string()} y={(mid + 5).to_string()} fill="#1d2a27">{ value.clone() }</text>
                </g>
            }
        }) }
        </>
    };
    svg(at.bottom + 8, title, body)
}

/// Shades from white to the accent colour, by share of the largest count (integer steps).
fn shade(count: u64, max: u64) -> &'static str {
    const SHADES: [&str; 6] = [
        "#ffffff", "#dcebe6", "#b4d4ca", "#84b8a8", "#4f957f", "#2f6f5e",
    ];
    if count == 0 || max == 0 {
        return SHADES[0];
    }
    SHADES[(1 + (count * 4 / max) as usize).min(5)]
}

/// How many ballots put each problem at each place: `rows` are (label, counts per place and a
/// last column for unranked).
pub fn heat_map(title: &str, rows: &[(String, Vec<u64>)], unranked: &str) -> Html {
    let cols = rows.first().map_or(0, |r| r.1.len()) as i32;
    let cell = ((WIDTH - LABEL - 8) / cols.max(1)).min(40);
    let at = layout(rows.iter().map(|r| r.0.as_str()), LABEL_CHARS, TOP);
    let max = rows
        .iter()
        .flat_map(|r| r.1.iter().copied())
        .max()
        .unwrap_or(0);
    let body = html! {
        <>
        { for (0..cols).map(|c| {
            let head = if c + 1 == cols { unranked.to_string() } else { (c + 1).to_string() };
            html! { <text x={(LABEL + c * cell + cell / 2).to_string()} y="18" text-anchor="middle" fill="#1d2a27">{ head }</text> }
        }) }
        { for rows.iter().enumerate().map(|(i, (_, counts))| {
            let (y, h) = (at.top[i], at.height[i]);
            html! {
                <g>
                    { label(LABEL - 8, y + h / 2, &at.lines[i], "end") }
                    { for counts.iter().enumerate().map(|(c, &n)| {
                        let x = LABEL + c as i32 * cell;
                        let dark = max > 0 && n * 2 > max;
                        html! {
                            <g>
                                <rect x={x.to_string()} y={y.to_string()} width={(cell - 2).to_string()} height={(h - 2).to_string()} fill={shade(n, max)} stroke="#cfd8d5" />
                                if n > 0 {
                                    <text x={(x + cell / 2 - 1).to_string()} y={(y + h / 2 + 4).to_string()} text-anchor="middle" fill={if dark { "#ffffff" } else { "#1d2a27" }}>{ n.to_string() }</text>
                                }
                            </g>
                        }
                    }) }
                </g>
            }
        }) }
        </>
    };
    svg(at.bottom + 8, title, body)
}

/// Each problem's spread of places: `rows` are (label, [min, q1, median, q3, max] in hundredths
/// of a place), over places 1 to `n`.
pub fn spread_chart(title: &str, rows: &[(String, [i32; 5])], n: usize) -> Html {
    let n = n.max(2) as i32;
    let span = WIDTH - LABEL - 24;
    let x = |hundredths: i32| LABEL + (hundredths - 100) * span / ((n - 1) * 100);
    let at = layout(rows.iter().map(|r| r.0.as_str()), LABEL_CHARS, TOP);
    let height = at.bottom + 8;
    let body = html! {
        <>
        { for (1..=n).map(|p| html! {
            <g>
                <line x1={x(p * 100).to_string()} x2={x(p * 100).to_string()} y1="22" y2={(height - 4).to_string()} stroke="#e6ecea" />
                <text x={x(p * 100).to_string()} y="16" text-anchor="middle" fill="#1d2a27">{ p.to_string() }</text>
            </g>
        }) }
        { for rows.iter().enumerate().map(|(i, (_, [min, q1, med, q3, max]))| {
            let mid = at.top[i] + at.height[i] / 2;
            html! {
                <g>
                    { label(LABEL - 12, mid, &at.lines[i], "end") }
                    <line x1={x(*min).to_string()} x2={x(*max).to_string()} y1={mid.to_string()} y2={mid.to_string()} stroke="#5b6b67" stroke-width="2" />
                    <rect x={x(*q1).to_string()} y={(mid - 7).to_string()} width={(x(*q3) - x(*q1)).max(2).to_string()} height="14" fill="#b4d4ca" stroke="#2f6f5e" />
                    <circle cx={x(*med).to_string()} cy={mid.to_string()} r="5" fill="#1d2a27" />
                </g>
            }
        }) }
        </>
    };
    svg(height, title, body)
}

/// Each problem's label on one side of the slope chart, "2." or "2=" for a tie; and the order
/// the side lists them in: by place, tied ones one below the other in the given order.
fn slope_side(places: &[usize]) -> (Vec<usize>, Vec<String>) {
    let mut order: Vec<usize> = (0..places.len()).collect();
    order.sort_by_key(|&i| places[i]);
    let labels = places
        .iter()
        .map(|p| {
            let tied = places.iter().filter(|q| *q == p).count() > 1;
            format!("{p}{}", if tied { "=" } else { "." })
        })
        .collect();
    (order, labels)
}

/// The middle of each problem's row on one side: the rows follow the side's order, each as tall
/// as the problem's wrapped label.
fn slope_mids(order: &[usize], heights: &[i32], top: i32) -> Vec<i32> {
    let mut mids = vec![0; heights.len()];
    let mut y = top;
    for &i in order {
        mids[i] = y + heights[i] / 2;
        y += heights[i];
    }
    mids
}

/// How each problem moved: `moves` are (label, place before, place after); `heads` name the two
/// rounds, each over its own side so long names never meet. Ties are drawn one below the other
/// and labelled "2=".
pub fn slope_chart(title: &str, heads: (&str, &str), moves: &[(String, usize, usize)]) -> Html {
    const CHARS: usize = 34;
    let (left, right) = (LABEL, WIDTH - LABEL);
    let (order_a, labels_a) = slope_side(&moves.iter().map(|m| m.1).collect::<Vec<_>>());
    let (order_b, labels_b) = slope_side(&moves.iter().map(|m| m.2).collect::<Vec<_>>());
    let (head_a, head_b) = (
        workshop::map::wrap(heads.0, CHARS),
        workshop::map::wrap(heads.1, CHARS),
    );
    let top = 10 + head_a.len().max(head_b.len()) as i32 * LINE + 8;
    let at = layout(moves.iter().map(|m| m.0.as_str()), CHARS, top);
    let (mids_a, mids_b) = (
        slope_mids(&order_a, &at.height, top),
        slope_mids(&order_b, &at.height, top),
    );
    let head = |x: i32, lines: &[String], anchor: &'static str| {
        html! {
            <text x={x.to_string()} y="16" text-anchor={anchor} font-weight="bold" fill="#1d2a27">
                { for lines.iter().enumerate().map(|(k, l)| html! {
                    <tspan x={x.to_string()} y={(16 + k as i32 * LINE).to_string()}>{ l.clone() }</tspan>
                }) }
            </text>
        }
    };
    // Each side's label: the place on the first line, before the wrapped text.
    let side = |place: &str, lines: &[String]| -> Vec<String> {
        lines
            .iter()
            .enumerate()
            .map(|(k, l)| {
                if k == 0 {
                    format!("{place} {l}")
                } else {
                    l.clone()
                }
            })
            .collect()
    };
    let body = html! {
        <>
            { head(left + 6, &head_a, "end") }
            { head(right - 6, &head_b, "start") }
            { for moves.iter().enumerate().map(|(i, (_, a, b))| {
                let (ya, yb) = (mids_a[i], mids_b[i]);
                let colour = match a.cmp(b) {
                    std::cmp::Ordering::Greater => "#2f6f5e",
                    std::cmp::Ordering::Less => "#b5654a",
                    std::cmp::Ordering::Equal => "#8a9894",
                };
                html! {
                    <g>
                        <line x1={left.to_string()} y1={ya.to_string()} x2={right.to_string()} y2={yb.to_string()} stroke={colour} stroke-width="3" />
                        <circle cx={left.to_string()} cy={ya.to_string()} r="5" fill={colour} />
                        <circle cx={right.to_string()} cy={yb.to_string()} r="5" fill={colour} />
                        { label(left - 10, ya, &side(&labels_a[i], &at.lines[i]), "end") }
                        { label(right + 10, yb, &side(&labels_b[i], &at.lines[i]), "start") }
                    </g>
                }
            }) }
        </>
    };
    svg(at.bottom + 8, title, body)
}
