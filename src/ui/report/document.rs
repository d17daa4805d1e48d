//! The report as one document, built from the data in the language of the nearest language
//! context (the report step sets it to the session's content language): the cover, contents,
//! and each section the facilitator keeps, with their own text. Every figure is the component
//! the step shows; illustrative data carries its label here too.

use std::rc::Rc;

use workshop::participants::Sector;
use workshop::report::{ReportSettings, Section};
use workshop::results::round_results;
use workshop::solutions::Basis;
use workshop::Session;
use yew::prelude::*;

use crate::browser::env;
use crate::i18n::use_lang;
use crate::i18n::{self, Lang, T};
use crate::ui::innovations::Timeline;
use crate::ui::ranking::charts::{bar_chart, slope_chart, Figure};
use crate::ui::ranking::results::{agreement_panel, by_sector, grouped};
use crate::ui::solutions::{content_lang, map_svg, problem_heading, status_name};

/// Props of [`ReportDocument`].
#[derive(Properties, PartialEq)]
pub struct ReportDocumentProps {
    /// The session.
    pub session: Rc<Session>,
}

/// A section's id in the document (the contents link to it).
pub fn anchor(s: Section) -> &'static str {
    match s {
        Section::Participants => "report-participants",
        Section::Assessment => "report-assessment",
        Section::Innovations => "report-innovations",
        Section::DeepDives => "report-what-worked",
        Section::Ranking => "report-ranking",
        Section::Chosen => "report-chosen",
        Section::Solutions => "report-solutions",
        Section::Map => "report-map",
    }
}

fn section(lang: Lang, r: &ReportSettings, s: Section, body: Html) -> Html {
    let note = r.note(s);
    html! {
        <section class="report-section" id={anchor(s)} aria-labelledby={format!("{}-h", anchor(s))}>
            <h2 id={format!("{}-h", anchor(s))}>{ i18n::section_name(lang, s) }</h2>
            if !note.is_empty() { <p class="report-note">{ note.to_string() }</p> }
            { body }
        </section>
    }
}

fn empty(lang: Lang) -> Html {
    html! { <p class="muted">{ lang.t(T::SectionEmpty) }</p> }
}

fn cover(lang: Lang, s: &Session, r: &ReportSettings) -> Html {
    let date = |d: &str| {
        if d.is_empty() {
            "–".to_string()
        } else {
            env::format_date(d, lang.tag())
        }
    };
    html! {
        <header class="report-cover">
            <p class="report-town">{ s.info.town.clone() }</p>
            <h1>{ s.info.title.clone() }</h1>
            if s.info.example { <p class="badge">{ lang.t(T::ExampleBadge) }</p> }
            <dl>
                <dt>{ lang.t(T::CoverWorkshops) }</dt>
                <dd>{ format!("1. {} · 2. {} · 3. {}", date(&s.info.date), date(&r.date2), date(&r.date3)) }</dd>
                if !r.facilitators.is_empty() {
                    <dt>{ lang.t(T::CoverFacilitators) }</dt><dd>{ r.facilitators.clone() }</dd>
                }
            </dl>
            if s.info.example { <p class="report-note">{ lang.t(T::ExampleNote) }</p> }
            <p class="muted">{ lang.t(T::CoverGenerated) }</p>
        </header>
    }
}

fn participants(lang: Lang, s: &Session, r: &ReportSettings) -> Html {
    let people: Vec<_> = s.live_participants().collect();
    if people.is_empty() {
        return empty(lang);
    }
    let names = s.settings().sector_names;
    let sectors: Vec<Option<Sector>> = Sector::ALL.iter().map(|x| Some(*x)).chain([None]).collect();
    let count = |sector: Option<Sector>, w: usize| {
        people
            .iter()
            .filter(|p| p.sector == sector && p.attended[w])
            .count()
    };
    let label = |sector: Option<Sector>| match sector {
        Some(x) => i18n::sector_name(lang, x, &names),
        None => lang.t(T::SectorUnknown).to_string(),
    };
    // One bar per sector: how many attended any workshop.
    let bars: Vec<(String, String, i32)> = sectors
        .iter()
        .map(|&x| {
            let n = people
                .iter()
                .filter(|p| p.sector == x && p.attended.iter().any(|a| *a))
                .count();
            (label(x), n.to_string(), n as i32)
        })
        .collect();
    let top = bars.iter().map(|b| b.2).max().unwrap_or(1).max(1);
    let bars: Vec<_> = bars
        .into_iter()
        .map(|(l, v, n)| (l, v, n * 100 / top))
        .collect();
    html! {
        <>
            if s.info.example {
                <p class="muted" data-testid="illustrative-participants"><span class="badge">{ lang.t(T::Illustrative) }</span>{ " " }{ lang.t(T::ExampleParticipants) }</p>
            }
            <div class="table-scroll" tabindex="0" role="region" aria-label={i18n::scrolls(lang, i18n::table_name(lang, workshop::export::TableKind::Participants))}>
                <table class="report-table">
                    <caption>{ lang.t(T::ParticipantsTable) }</caption>
                    <thead><tr><th scope="col">{ lang.t(T::FieldSector) }</th>
                        { for (1..=3u8).map(|w| html! { <th scope="col" class="num">{ i18n::workshop_label(lang, w) }</th> }) }
                    </tr></thead>
                    <tbody>
                        { for sectors.iter().map(|&x| html! {
                            <tr><th scope="row">{ label(x) }</th>{ for (0..3).map(|w| html! { <td class="num">{ count(x, w) }</td> }) }</tr>
                        }) }
                        <tr class="total"><th scope="row">{ lang.t(T::Total) }</th>
                            { for (0..3).map(|w| html! { <td class="num">{ people.iter().filter(|p| p.attended[w]).count() }</td> }) }</tr>
                    </tbody>
                </table>
            </div>
            <Figure title={lang.t(T::ParticipantsTable)} file="participants.svg" level={3}>{ bar_chart(lang.t(T::ParticipantsTable), &bars) }</Figure>
            if r.names {
                <ul class="report-names">
                    { for people.iter().map(|p| html! { <li>{ p.name.clone() }{ " – " }{ p.sector.map(|x| i18n::sector_name(lang, x, &names)).unwrap_or_default() }</li> }) }
                </ul>
            }
        </>
    }
}

fn assessment(lang: Lang, s: &Session) -> Html {
    let summary = s.assessment_summary();
    if summary
        .iter()
        .all(|d| d.strengths.is_empty() && d.weaknesses.is_empty() && d.rating.is_none())
    {
        return empty(lang);
    }
    let list = |cards: &[&workshop::assessment::Card]| {
        html! { <ul>{ for cards.iter().map(|c| html! { <li>{ c.text.clone() }</li> }) }</ul> }
    };
    html! {
        <>
            <div class="table-scroll" tabindex="0" role="region" aria-label={i18n::scrolls(lang, i18n::table_name(lang, workshop::export::TableKind::Cards))}>
                <table class="report-table table-1">
                    <thead><tr>
                        <th scope="col">{ lang.t(T::DomainColumn) }</th>
                        <th scope="col">{ lang.t(T::Strengths) }</th>
                        <th scope="col">{ lang.t(T::Weaknesses) }</th>
                        <th scope="col">{ i18n::col_name(lang, workshop::export::Col::Rating) }</th>
                    </tr></thead>
                    <tbody>
                        { for summary.iter().map(|d| html! {
                            <tr>
                                <th scope="row">{ i18n::domain_name(lang, d.domain) }</th>
                                <td>{ list(&d.strengths) }</td>
                                <td>{ list(&d.weaknesses) }</td>
                                <td>{ d.rating.map(|r| html! { <><strong>{ format!("{}/5", r.rating) }</strong>
                                    if !r.justification.is_empty() { <p>{ r.justification.clone() }</p> }</> }).unwrap_or_default() }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            if let Some(v) = s.verdict.as_ref().filter(|v| !v.meta.deleted && !v.text.is_empty()) {
                <p class="verdict"><strong>{ lang.pick("Skupna ocena: ", "Verdict: ") }</strong>{ v.text.clone() }</p>
            }
        </>
    }
}

fn innovations(lang: Lang, s: &Rc<Session>) -> Html {
    let mut list: Vec<_> = s.live_innovations().collect();
    if list.is_empty() {
        return empty(lang);
    }
    list.sort_by_key(|i| (i.year.is_none(), i.year));
    html! {
        <>
            <div class="table-scroll" tabindex="0" role="region" aria-label={i18n::scrolls(lang, i18n::table_name(lang, workshop::export::TableKind::Innovations))}>
                <table class="report-table table-2">
                    <thead><tr>
                        <th scope="col">{ lang.t(T::FieldType) }</th>
                        <th scope="col">{ lang.t(T::FieldInnovation) }</th>
                        <th scope="col" class="num">{ lang.t(T::FieldYear) }</th>
                        <th scope="col">{ lang.t(T::FieldPeriod) }</th>
                    </tr></thead>
                    <tbody>
                        { for list.iter().map(|i| html! {
                            <tr>
                                <td>{ i18n::types_label(lang, &i.types) }</td>
                                <td>{ i.name.clone() }</td>
                                <td class="num">{ i.year.map(|y| y.to_string()).unwrap_or_else(|| lang.t(T::YearUnknown).to_string()) }</td>
                                <td>{ workshop::innovations::period_of(i, &s.periods).map(|p| p.name.clone()).unwrap_or_default() }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            <Timeline session={s.clone()} />
        </>
    }
}

fn deep_dives(lang: Lang, s: &Session) -> Html {
    let dives: Vec<_> = s.live_deep_dives().collect();
    let summary = workshop::innovations::what_worked(&s.deep_dives, &s.innovations);
    let keys = s.keys_to_success();
    if dives.is_empty() && keys.is_empty() {
        return empty(lang);
    }
    let name = |id: &str| {
        s.innovations
            .iter()
            .find(|i| i.meta.id == id)
            .map(|i| i.name.clone())
            .unwrap_or_default()
    };
    html! {
        <>
            { for dives.iter().map(|d| html! {
                <article class="report-block">
                    <h3>{ name(&d.innovation) }
                        if d.illustrative { <span class="badge">{ lang.t(T::Illustrative) }</span> }</h3>
                    <dl>
                        { for [(T::DiveNeed, &d.need), (T::DiveCooperation, &d.cooperation), (T::DiveResources, &d.resources), (T::DiveObstacles, &d.obstacles), (T::DiveLessons, &d.lessons)]
                            .into_iter().filter(|(_, v)| !v.is_empty())
                            .map(|(k, v)| html! { <><dt>{ lang.t(k) }</dt><dd>{ v.clone() }</dd></> }) }
                    </dl>
                    if !d.factors.is_empty() {
                        <ul>{ for d.factors.iter().map(|f| html! { <li><strong>{ i18n::factor_name(lang, &f.factor) }</strong>{ if f.note.is_empty() { String::new() } else { format!(": {}", f.note) } }</li> }) }</ul>
                    }
                </article>
            }) }
            if !summary.factors.is_empty() {
                <h3>{ lang.t(T::WhatWorkedHeading) }</h3>
                <ul>{ for summary.factors.iter().map(|(f, n)| html! { <li>{ format!("{}: {n}", i18n::factor_name(lang, f)) }</li> }) }</ul>
            }
            if !keys.is_empty() {
                <h3>{ lang.t(T::KeysHeading) }</h3>
                <ul>{ for keys.iter().map(|k| html! { <li><strong>{ i18n::factor_name(lang, &k.factor) }</strong>{ if k.note.is_empty() { String::new() } else { format!(": {}", k.note) } }</li> }) }</ul>
            }
        </>
    }
}

fn ranking(lang: Lang, s: &Session) -> Html {
    let rounds: Vec<_> = s.live_rounds().collect();
    let results: Vec<_> = rounds.iter().map(|r| round_results(s, r)).collect();
    if results.iter().all(Option::is_none) {
        return empty(lang);
    }
    let mut previous: Option<(&workshop::rounds::Round, &workshop::results::RoundResults)> = None;
    let mut out = Vec::new();
    for (r, res) in rounds.iter().zip(&results) {
        let Some(res) = res else { continue };
        let text = |c: usize| s.problem_text(&res.problems[c]).to_string();
        let outcome = res.outcome(r.method);
        let places = res.places(r.method);
        let domain = |c: usize| i18n::problem_domain(lang, s, &res.problems[c]);
        let ds = res.disagreements(r.method);
        let slope = previous.map(|(pr, pres)| {
            let c = workshop::results::compare(pres, pr.method, res, r.method);
            let moves: Vec<(String, usize, usize)> = c.moves.iter().map(|(id, a, b)| (s.problem_text(id).to_string(), *a, *b)).collect();
            let heads = (i18n::round_label(lang, pr.number, &pr.name), i18n::round_label(lang, r.number, &r.name));
            html! {
                <Figure title={lang.t(T::SlopeChart)} file={format!("rounds-{}-{}.svg", pr.number, r.number)}>
                    { slope_chart(lang.t(T::SlopeChart), (&heads.0, &heads.1), &moves) }
                </Figure>
            }
        });
        out.push(html! {
            <article class="report-block" data-round={r.number.to_string()}>
                <h3>{ i18n::round_label(lang, r.number, &r.name) }
                    if r.illustrative { <span class="badge">{ lang.t(T::Illustrative) }</span> }</h3>
                <p class="muted">{ format!("{} · {}", i18n::ballots_count(lang, res.ballots), i18n::method_name(lang, r.method)) }</p>
                <div class="table-scroll" tabindex="0" role="region" aria-label={i18n::scrolls(lang, &i18n::round_label(lang, r.number, &r.name))}>
                    <table class="report-table">
                        <thead><tr><th scope="col" class="num">{ lang.t(T::Place) }</th><th scope="col">{ lang.t(T::Problem) }</th>
                            <th scope="col">{ lang.t(T::DomainColumn) }</th><th scope="col" class="num">{ lang.t(T::Score) }</th></tr></thead>
                        <tbody>
                            { for outcome.order.iter().flatten().map(|&c| html! {
                                <tr><td class="num">{ places[c] }</td><td>{ text(c) }</td><td>{ domain(c) }</td>
                                    <td class="num">{ i18n::score(lang, r.method, outcome.scores[c]) }</td></tr>
                            }) }
                        </tbody>
                    </table>
                </div>
                <p>{ if ds.is_empty() { lang.t(T::AllAgree).to_string() } else { format!("{}.", grouped(&ds).iter().map(|(ms, a, b)| i18n::differs(lang, ms, *a, *b)).collect::<Vec<_>>().join(". ")) } }</p>
                { agreement_panel(lang, res, &text) }
                { slope.unwrap_or_default() }
                { by_sector(lang, s, r, &text, res.problems.len()) }
            </article>
        });
        previous = Some((r, res));
    }
    html! { <>{ for out }</> }
}

fn chosen(lang: Lang, s: &Session) -> Html {
    let Some(c) = s.chosen_problems() else {
        return empty(lang);
    };
    html! {
        <ol class="report-chosen">{ for c.problems.iter().map(|p| html! { <li>{ problem_heading(lang, s, p) }</li> }) }</ol>
    }
}

fn basis(lang: Lang, s: &Session, b: &Basis) -> String {
    match (s.basis_text(b), b) {
        (Some((t, false)), _) => t.to_string(),
        (Some((t, true)), _) => format!("{t} ({})", lang.t(T::RemovedMark)),
        (None, Basis::Factor(f)) => i18n::factor_name(lang, f),
        (None, _) => lang.t(T::RemovedMark).to_string(),
    }
}

fn solutions(lang: Lang, s: &Session) -> Html {
    let sheets: Vec<_> = s.live_worksheets().collect();
    if sheets.is_empty() {
        return empty(lang);
    }
    let names = s.settings().sector_names;
    let field = |k: T, v: &str| {
        if v.is_empty() {
            html! {}
        } else {
            html! { <><dt>{ lang.t(k) }</dt><dd>{ v.to_string() }</dd></> }
        }
    };
    html! {
        <>
            { for sheets.iter().map(|w| html! {
                <article class="report-block">
                    <h3>{ problem_heading(lang, s, &w.problem) }</h3>
                    <dl>
                        { field(T::SheetCore, &w.core) }{ field(T::SheetCauses, &w.causes) }
                        { field(T::SheetConsequences, &w.consequences) }{ field(T::SheetAffected, &w.affected) }
                        if !w.builds_on.is_empty() {
                            <dt>{ lang.t(T::BuildsOn) }</dt><dd>{ w.builds_on.iter().map(|b| basis(lang, s, b)).collect::<Vec<_>>().join("; ") }</dd>
                        }
                    </dl>
                    { for s.ideas_of(&w.meta.id).iter().map(|i| html! {
                        <div class={classes!("report-idea", i.picked.then_some("picked"))}>
                            <h4>{ i.text.title.clone() }{ if i.picked { " ✓" } else { "" } }</h4>
                            <p class="muted">{ lang.t(T::IdeaStatusLabel) }{ ": " }{ status_name(lang, i.status) }
                                { i.impact.map(|n| format!(" · {}: {n}/5", lang.t(T::Impact))).unwrap_or_default() }
                                { i.feasibility.map(|n| format!(" · {}: {n}/5", lang.t(T::Feasibility))).unwrap_or_default() }</p>
                            <dl>
                                { field(T::IdeaDescription, &i.text.description) }{ field(T::IdeaCarriers, &i.text.carriers) }
                                if !i.text.sectors.is_empty() {
                                    <dt>{ lang.t(T::IdeaSectors) }</dt><dd>{ i.text.sectors.iter().map(|x| i18n::sector_name(lang, *x, &names)).collect::<Vec<_>>().join(", ") }</dd>
                                }
                                { field(T::IdeaResources, &i.text.resources) }{ field(T::IdeaBeneficiaries, &i.text.beneficiaries) }
                                { field(T::IdeaFirstSteps, &i.text.first_steps) }{ field(T::IdeaAlternatives, &i.text.alternatives) }
                                if !i.text.builds_on.is_empty() {
                                    <dt>{ lang.t(T::BuildsOn) }</dt><dd>{ i.text.builds_on.iter().map(|b| basis(lang, s, b)).collect::<Vec<_>>().join("; ") }</dd>
                                }
                            </dl>
                        </div>
                    }) }
                </article>
            }) }
        </>
    }
}

fn map(lang: Lang, s: &Session) -> Html {
    let content = content_lang(s);
    let m = workshop::map::problem_map(
        s,
        true,
        &|f| i18n::factor_name(content, f),
        content.t(T::RemovedMark),
    );
    if m.ideas.is_empty() {
        return empty(lang);
    }
    html! {
        <Figure title={lang.t(T::MapCaption)} file="problem-idea-map.svg" level={3}>{ map_svg(&m, lang.t(T::MapCaption)) }</Figure>
    }
}

/// The whole report.
#[component(ReportDocument)]
pub fn report_document(props: &ReportDocumentProps) -> Html {
    let lang = use_lang();
    let s = &props.session;
    let r = s.report_settings();
    let shown: Vec<Section> = Section::ALL.into_iter().filter(|x| r.shows(*x)).collect();
    let body = |x: Section| match x {
        Section::Participants => participants(lang, s, &r),
        Section::Assessment => assessment(lang, s),
        Section::Innovations => innovations(lang, s),
        Section::DeepDives => deep_dives(lang, s),
        Section::Ranking => ranking(lang, s),
        Section::Chosen => chosen(lang, s),
        Section::Solutions => solutions(lang, s),
        Section::Map => map(lang, s),
    };
    html! {
        <article class="report-document" lang={lang.tag()}>
            { cover(lang, s, &r) }
            <nav class="report-toc" aria-labelledby="toc-h">
                <h2 id="toc-h">{ lang.t(T::Toc) }</h2>
                <ol>{ for shown.iter().map(|x| {
                    // In the app the hash is the route: the link scrolls instead; in the exported
                    // file and the PDF it is an ordinary link.
                    let id = anchor(*x);
                    let onclick = Callback::from(move |e: MouseEvent| {
                        e.prevent_default();
                        if let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id)) {
                            el.scroll_into_view();
                        }
                    });
                    html! { <li><a href={format!("#{id}")} {onclick}>{ i18n::section_name(lang, *x) }</a></li> }
                }) }</ol>
            </nav>
            { for shown.iter().map(|x| section(lang, &r, *x, body(*x))) }
        </article>
    }
}
