//! One group's worksheet on one problem: the group, the core of the problem in the group's
//! words, causes, consequences, who is affected, what the town can build on, and the ideas.

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use workshop::solutions::{SolutionsAction, Worksheet};
use workshop::{Action, Session};
use yew::prelude::*;

use super::basis::BasisPicker;
use super::idea::IdeaCard;
use super::problem_heading;
use crate::browser::env;
use crate::i18n::use_lang;
use crate::i18n::{self, T};
use crate::ui::widgets::ConfirmDialog;

/// A change to one field of a worksheet, given the field's new text.
type SheetChange = Rc<dyn Fn(&mut Worksheet, String)>;

/// Props of [`WorksheetCard`].
#[derive(Properties, PartialEq)]
pub struct WorksheetCardProps {
    /// The session.
    pub session: Rc<Session>,
    /// The worksheet.
    pub sheet: Worksheet,
    /// Dispatches changes.
    pub on_action: Callback<Action>,
}

/// A worksheet, editable on a group's tablet or typed in from paper afterwards.
#[component(WorksheetCard)]
pub fn worksheet_card(props: &WorksheetCardProps) -> Html {
    let lang = use_lang();
    let confirm = use_state(|| false);
    let new_idea = use_node_ref();
    let s = &props.session;
    let w = &props.sheet;
    let id = w.meta.id.clone();
    let save = |change: SheetChange| {
        let (on_action, base) = (props.on_action.clone(), w.clone());
        Callback::from(move |e: Event| {
            let Some(t) = e.target_dyn_into::<HtmlTextAreaElement>() else {
                return;
            };
            let mut w = base.clone();
            change(&mut w, t.value());
            on_action.emit(w.edit_action());
        })
    };
    let area = |label: T, value: &str, change: SheetChange| {
        html! {
            <label>{ lang.t(label) }<textarea maxlength="1000" rows={super::rows_for(value)} value={value.to_string()} onchange={save(change)} /></label>
        }
    };
    let on_bases = {
        let (on_action, base) = (props.on_action.clone(), w.clone());
        Callback::from(move |builds_on| {
            let mut w = base.clone();
            w.builds_on = builds_on;
            on_action.emit(w.edit_action());
        })
    };
    let groups = s.workshop3_groups();
    let on_group = {
        let (on_action, id) = (props.on_action.clone(), id.clone());
        Callback::from(move |e: Event| {
            let Some(sel) = e.target_dyn_into::<HtmlSelectElement>() else {
                return;
            };
            on_action.emit(Action::Solutions(SolutionsAction::SetWorksheetGroup {
                id: id.clone(),
                group: sel.value().parse().ok(),
            }));
        })
    };
    let add_idea = {
        let (on_action, id, input) = (props.on_action.clone(), id.clone(), new_idea.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(i) = input.cast::<HtmlInputElement>() else {
                return;
            };
            if i.value().trim().is_empty() {
                return;
            }
            on_action.emit(Action::Solutions(SolutionsAction::AddIdea {
                id: env::new_id(),
                worksheet: id.clone(),
                title: i.value(),
            }));
            i.set_value("");
        })
    };
    let remove = {
        let (on_action, id, confirm) = (props.on_action.clone(), id.clone(), confirm.clone());
        Callback::from(move |_| {
            confirm.set(false);
            on_action.emit(Action::Solutions(SolutionsAction::RemoveWorksheet {
                id: id.clone(),
            }))
        })
    };
    let ideas = s.ideas_of(&id);
    let count = ideas.len();
    let heading = problem_heading(lang, s, &w.problem);
    let heading_id = format!("sheet-{id}");
    html! {
        <article class="worksheet card" data-id={id.clone()} aria-labelledby={heading_id.clone()}>
            <h3 id={heading_id}>{ heading }</h3>
            <label class="narrow">{ lang.t(T::WorksheetGroup) }
                <select onchange={on_group} disabled={groups == 0} aria-label={lang.t(T::WorksheetGroup)}>
                    <option value="" selected={w.group.is_none()}>{ lang.t(T::NoGroup) }</option>
                    { for (0..groups).map(|g| html! {
                        <option value={g.to_string()} selected={w.group == Some(g)}>{ i18n::group_label(lang, g + 1) }</option>
                    }) }
                </select>
            </label>
            if groups == 0 { <p class="hint">{ lang.t(T::NoGroupsHint) }</p> }
            <div class="form">
                { area(T::SheetCore, &w.core, Rc::new(|w, v| w.core = v)) }
                { area(T::SheetCauses, &w.causes, Rc::new(|w, v| w.causes = v)) }
                { area(T::SheetConsequences, &w.consequences, Rc::new(|w, v| w.consequences = v)) }
                { area(T::SheetAffected, &w.affected, Rc::new(|w, v| w.affected = v)) }
                <fieldset>
                    <legend>{ lang.t(T::BuildsOn) }</legend>
                    <BasisPicker session={s.clone()} chosen={w.builds_on.clone()} on_change={on_bases} id={format!("basis-{id}")} />
                </fieldset>
            </div>
            <h4>{ lang.t(T::IdeasHeading) }<span class="count">{ count }</span></h4>
            if ideas.is_empty() { <p class="empty">{ lang.t(T::NoIdeas) }</p> }
            { for ideas.iter().enumerate().map(|(n, i)| html! {
                <IdeaCard key={i.meta.id.clone()} session={s.clone()} idea={(*i).clone()} place={(n + 1, count)} on_action={props.on_action.clone()} />
            }) }
            <form class="add-idea no-print" onsubmit={add_idea}>
                <label class="grow">{ lang.t(T::NewIdea) }<input ref={new_idea} maxlength="300" /></label>
                <button type="submit" class="button">{ lang.t(T::AddIdea) }</button>
            </form>
            <div class="actions start no-print">
                <button type="button" class="button secondary danger-text" onclick={{ let c = confirm.clone(); Callback::from(move |_: MouseEvent| c.set(true)) }}>{ lang.t(T::RemoveWorksheet) }</button>
            </div>
            if *confirm {
                <ConfirmDialog title={lang.t(T::ConfirmRemoveSheetTitle)} body={lang.t(T::ConfirmRemoveSheetBody)}
                    confirm_label={lang.t(T::Remove)} danger=true on_confirm={remove}
                    on_cancel={{ let c = confirm.clone(); Callback::from(move |_| c.set(false)) }} />
            }
        </article>
    }
}
