//! The results' charts as SVG: scores, where the ballots put each problem (heat map), the spread
//! of places, and how the order moved between rounds (slope chart). Colours are attributes, not
//! CSS, so a downloaded SVG looks the same; coordinates are integers (no float formatting).

use yew::prelude::*;

use crate::browser::files;
use crate::i18n::use_lang;
use crate::i18n::T;

const WIDTH: i32 = 720;
const ROW: i32 = 28;
const LABEL: i32 = 300;
const TOP: i32 = 28;

/// Shortens a label to `max` characters.
pub fn short(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let cut: String = text.chars().take(max - 1).collect();
        format!("{}…", cut.trim_end())
    }
}

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
                <h4>{ props.title.clone() }</h4>
                if let Some(h) = &props.help { <p class="muted">{ h.clone() }</p> }
            </figcaption>
            { props.children.clone() }
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

/// One bar per problem, in consensus order: `rows` are (label, value shown, bar length 0–1000).
pub fn bar_chart(title: &str, rows: &[(String, String, i32)]) -> Html {
    let height = TOP + ROW * rows.len() as i32 + 8;
    let span = WIDTH - LABEL - 70;
    let body = html! {
        <>
        { for rows.iter().enumerate().map(|(i, (label, value, len))| {
            let y = TOP + ROW * i as i32;
            let w = (span * (*len).clamp(0, 1000) / 1000).max(2);
            html! {
                <g>
                    <text x={(LABEL - 8).to_string()} y={(y + 18).to_string()} text-anchor="end" fill="#1d2a27">{ short(label, 40) }</text>
                    <rect x={LABEL.to_string()} y={(y + 4).to_string()} width={w.to_string()} height={(ROW - 8).to_string()} fill="#2f6f5e" />
                    <text x={(LABEL + w + 6).to_string()} y={(y + 18).to_string()} fill="#1d2a27">{ value.clone() }</text>
                </g>
            }
        }) }
        </>
    };
    svg(height, title, body)
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
    let height = TOP + ROW * rows.len() as i32 + 8;
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
        { for rows.iter().enumerate().map(|(i, (label, counts))| {
            let y = TOP + ROW * i as i32;
            html! {
                <g>
                    <text x={(LABEL - 8).to_string()} y={(y + 18).to_string()} text-anchor="end" fill="#1d2a27">{ short(label, 40) }</text>
                    { for counts.iter().enumerate().map(|(c, &n)| {
                        let x = LABEL + c as i32 * cell;
                        let dark = max > 0 && n * 2 > max;
                        html! {
                            <g>
                                <rect x={x.to_string()} y={y.to_string()} width={(cell - 2).to_string()} height={(ROW - 2).to_string()} fill={shade(n, max)} stroke="#cfd8d5" />
                                if n > 0 {
                                    <text x={(x + cell / 2 - 1).to_string()} y={(y + 18).to_string()} text-anchor="middle" fill={if dark { "#ffffff" } else { "#1d2a27" }}>{ n.to_string() }</text>
                                }
                            </g>
                        }
                    }) }
                </g>
            }
        }) }
        </>
    };
    svg(height, title, body)
}

/// Each problem's spread of places: `rows` are (label, [min, q1, median, q3, max] in hundredths
/// of a place), over places 1 to `n`.
pub fn spread_chart(title: &str, rows: &[(String, [i32; 5])], n: usize) -> Html {
    let n = n.max(2) as i32;
    let span = WIDTH - LABEL - 24;
    let x = |hundredths: i32| LABEL + (hundredths - 100) * span / ((n - 1) * 100);
    let height = TOP + ROW * rows.len() as i32 + 8;
    let body = html! {
        <>
        { for (1..=n).map(|p| html! {
            <g>
                <line x1={x(p * 100).to_string()} x2={x(p * 100).to_string()} y1="22" y2={(height - 4).to_string()} stroke="#e6ecea" />
                <text x={x(p * 100).to_string()} y="16" text-anchor="middle" fill="#1d2a27">{ p.to_string() }</text>
            </g>
        }) }
        { for rows.iter().enumerate().map(|(i, (label, [min, q1, med, q3, max]))| {
            let y = TOP + ROW * i as i32;
            let mid = y + ROW / 2;
            html! {
                <g>
                    <text x={(LABEL - 12).to_string()} y={(y + 18).to_string()} text-anchor="end" fill="#1d2a27">{ short(label, 40) }</text>
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

/// Each problem's row on one side of the slope chart: by place, tied ones one below the other in
/// the given order; and its label, "2." or "2=" for a tie.
fn slope_rows(places: &[usize]) -> (Vec<usize>, Vec<String>) {
    let mut idx: Vec<usize> = (0..places.len()).collect();
    idx.sort_by_key(|&i| places[i]);
    let mut rows = vec![0; places.len()];
    for (row, &i) in idx.iter().enumerate() {
        rows[i] = row + 1;
    }
    let labels = places
        .iter()
        .map(|p| {
            let tied = places.iter().filter(|q| *q == p).count() > 1;
            format!("{p}{}", if tied { "=" } else { "." })
        })
        .collect();
    (rows, labels)
}

/// How each problem moved: `moves` are (label, place before, place after); `heads` name the two
/// rounds. Ties are drawn one below the other and labelled "2=".
pub fn slope_chart(title: &str, heads: (&str, &str), moves: &[(String, usize, usize)]) -> Html {
    let (left, right) = (LABEL, WIDTH - LABEL);
    let (rows_a, labels_a) = slope_rows(&moves.iter().map(|m| m.1).collect::<Vec<_>>());
    let (rows_b, labels_b) = slope_rows(&moves.iter().map(|m| m.2).collect::<Vec<_>>());
    let y = |row: usize| TOP + 10 + (row as i32 - 1) * ROW;
    let height = TOP + 10 + ROW * moves.len() as i32 + 8;
    let body = html! {
        <>
            <text x={left.to_string()} y="16" text-anchor="middle" font-weight="bold" fill="#1d2a27">{ short(heads.0, 30) }</text>
            <text x={right.to_string()} y="16" text-anchor="middle" font-weight="bold" fill="#1d2a27">{ short(heads.1, 30) }</text>
            { for moves.iter().enumerate().map(|(i, (label, a, b))| {
                let (ya, yb) = (y(rows_a[i]), y(rows_b[i]));
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
                        <text x={(left - 10).to_string()} y={(ya + 4).to_string()} text-anchor="end" fill="#1d2a27">{ format!("{} {}", labels_a[i], short(label, 34)) }</text>
                        <text x={(right + 10).to_string()} y={(yb + 4).to_string()} fill="#1d2a27">{ format!("{} {}", labels_b[i], short(label, 34)) }</text>
                    </g>
                }
            }) }
        </>
    };
    svg(height, title, body)
}
