//! The report: the whole series as one document, in the session's content language, printable
//! as A4 (or a PDF), downloadable as one self-contained HTML file; and the data as CSV files for
//! spreadsheets and PrefLib files for researchers' tools.

mod document;

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use workshop::export::{preflib, table, to_csv, TableKind};
use workshop::report::{ReportAction, Section};
use workshop::{Action, Session};
use yew::prelude::*;

use crate::browser::files;
use crate::i18n::{self, Lang, T};
use crate::i18n::{use_lang, LangContext};
use crate::route::Route;
use crate::ui::session::context::{use_session, SessionContext};
use crate::ui::solutions::content_lang;
pub use document::ReportDocument;

/// The report's own styles, also written into the downloaded HTML file.
pub const REPORT_CSS: &str = include_str!("../../../styles/report.css");

/// Downloads one table as CSV in the session's content language.
fn download_csv(s: &Session, kind: TableKind, lang: Lang) {
    let names = s.settings().sector_names;
    let t = table(s, kind, s.report_settings().names);
    let text = to_csv(&t, lang == Lang::Sl, &|c| i18n::col_name(lang, c), &|w| {
        i18n::word(lang, w, &names)
    });
    let name = format!("{}-{}.csv", files::file_stem(&s.info.title), kind.stem());
    let _ = files::download_as(&name, &text, "text/csv;charset=utf-8");
}

/// Props of [`ReportControls`].
#[derive(Properties, PartialEq)]
struct ReportControlsProps {
    session: Rc<Session>,
    on_action: Callback<Action>,
}

/// What goes into the report, the cover's details, and the downloads.
#[component(ReportControls)]
fn report_controls(props: &ReportControlsProps) -> Html {
    let lang = use_lang();
    let s = &props.session;
    let r = s.report_settings();
    let send = {
        let on_action = props.on_action.clone();
        move |a: ReportAction| on_action.emit(Action::Report(a))
    };
    let row = |x: Section| {
        let (send1, send2) = (send.clone(), send.clone());
        let shown = r.shows(x);
        let toggle = Callback::from(move |_: Event| {
            send1(ReportAction::ShowSection {
                section: x,
                shown: !shown,
            })
        });
        let note = Callback::from(move |e: Event| {
            send2(ReportAction::SetNote {
                section: x,
                text: e.target_unchecked_into::<HtmlTextAreaElement>().value(),
            })
        });
        let name = i18n::section_name(lang, x);
        html! {
            <li class="report-control">
                <label class="check"><input type="checkbox" checked={shown} onchange={toggle} />
                    <span><strong>{ name }</strong>{ " – " }{ lang.t(T::InReport) }</span></label>
                if shown {
                    <label>{ lang.t(T::NoteFor) }
                        <textarea maxlength="1000" rows="2" value={r.note(x).to_string()} onchange={note}
                            aria-label={format!("{}: {name}", lang.t(T::NoteFor))} />
                    </label>
                }
            </li>
        }
    };
    let names = {
        let (send, names) = (send.clone(), r.names);
        Callback::from(move |_: Event| send(ReportAction::SetNames { names: !names }))
    };
    let cover = |field: u8| {
        let (send, r) = (send.clone(), r.clone());
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlInputElement>().value();
            let (mut d2, mut d3, mut f) =
                (r.date2.clone(), r.date3.clone(), r.facilitators.clone());
            match field {
                2 => d2 = v,
                3 => d3 = v,
                _ => f = v,
            }
            send(ReportAction::SetCover {
                date2: d2,
                date3: d3,
                facilitators: f,
            })
        })
    };
    let print = Callback::from(|_: MouseEvent| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    let content = content_lang(s);
    let html_file = {
        let s = s.clone();
        Callback::from(move |_: MouseEvent| {
            let css = REPORT_CSS;
            if let Some(text) =
                files::standalone_html(".report-document", &s.info.title, content.tag(), css)
            {
                let name = format!("{}.html", files::file_stem(&s.info.title));
                let _ = files::download_as(&name, &text, "text/html;charset=utf-8");
            }
        })
    };
    let csv_button = |kind: TableKind| {
        let s = s.clone();
        let onclick = Callback::from(move |_: MouseEvent| download_csv(&s, kind, content));
        html! { <li><button type="button" class="button secondary" data-table={kind.stem()} {onclick}>{ format!("{} (CSV)", i18n::table_name(lang, kind)) }</button></li> }
    };
    let pref = preflib(s);
    let presenter = Route::Present { id: s.id.clone() }.href();
    html! {
        <section class="card report-controls no-print" aria-labelledby="report-controls-h">
            <h2 id="report-controls-h">{ lang.t(T::ReportControlsHeading) }</h2>
            <p class="hint">{ lang.t(T::ReportIntro) }</p>
            <div class="form">
                <label>{ lang.t(T::Date2) }<input type="date" value={r.date2.clone()} onchange={cover(2)} /></label>
                <label>{ lang.t(T::Date3) }<input type="date" value={r.date3.clone()} onchange={cover(3)} /></label>
                <label>{ lang.t(T::Facilitators) }<input maxlength="200" value={r.facilitators.clone()} onchange={cover(0)} /></label>
                <label class="check"><input type="checkbox" checked={r.names} onchange={names} /><span>{ lang.t(T::ShowNames) }</span></label>
            </div>
            <ul class="plain report-controls-list">{ for Section::ALL.into_iter().map(row) }</ul>
            <div class="actions start">
                <button type="button" class="button primary" onclick={print}>{ lang.t(T::PrintReport) }</button>
                <button type="button" class="button secondary" onclick={html_file}>{ lang.t(T::DownloadHtml) }</button>
                <a class="button secondary" href={presenter} target="_blank" rel="noopener">{ lang.t(T::OpenPresenter) }</a>
            </div>
            <h3>{ lang.t(T::DataHeading) }</h3>
            <p class="hint">{ lang.t(T::DataHint) }</p>
            <ul class="plain downloads">
                { for TableKind::ALL.into_iter().map(csv_button) }
                { for pref.into_iter().map(|(number, kind, text)| {
                    let name = format!("{}-round-{number}.{kind}", files::file_stem(&s.info.title));
                    let label = format!("{} – {} (.{kind})", lang.t(T::PreflibFile), i18n::round_label(lang, number, ""));
                    let onclick = Callback::from(move |_: MouseEvent| { let _ = files::download_as(&name, &text, "text/plain;charset=utf-8"); });
                    html! { <li><button type="button" class="button secondary" data-preflib={number.to_string()} {onclick}>{ label.trim_end_matches([':', ' ']).to_string() }</button></li> }
                }) }
            </ul>
        </section>
    }
}

/// The report step.
#[component(ReportStep)]
pub fn report_step() -> Html {
    let Some(SessionContext {
        session, on_action, ..
    }) = use_session()
    else {
        return Html::default();
    };
    let ui = use_context::<LangContext>();
    // The document speaks the session's content language, whatever the interface's.
    let context = LangContext {
        lang: content_lang(&session),
        set_lang: ui.map(|c| c.set_lang).unwrap_or_default(),
    };
    html! {
        <>
            <ReportControls session={session.clone()} {on_action} />
            <ContextProvider<LangContext> {context}>
                <ReportDocument session={session.clone()} />
            </ContextProvider<LangContext>>
        </>
    }
}
