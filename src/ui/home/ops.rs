//! What the home screen does with whole sessions: create one, copy the example, rename,
//! duplicate, import files and settle a merge. All of it reads or writes session files (serde,
//! validation, the reducer, merging), so it lives in the lazily loaded part `files`, fetched
//! right after the first screen (src/app.rs); the home list itself needs none of it.

use std::rc::Rc;

use workshop::session::copy_title;
use workshop::{example, Action, Session};
use yew::prelude::*;

use super::import::{ImportCtx, Message};
use super::new_session_form::NewSessionInput;
use crate::browser::{env, storage};
use crate::i18n::{self, Lang, T};
use crate::route::{Route, Step};
use crate::ui::lazy::split;
use crate::ui::merge::MergePreview;
use crate::ui::widgets::NoticeKind;

fn storage_failed(lang: Lang, message: &UseStateHandle<Message>, e: &storage::StorageError) {
    message.set(Some((
        NoticeKind::Error,
        i18n::storage_error(lang, e).into(),
        None,
    )));
}

fn save_and_open(s: Session, lang: Lang, message: &UseStateHandle<Message>) {
    let st = env::stamp();
    match storage::save_session(&s, 0, &st.device, st.now) {
        Ok(_) => Route::Session {
            id: s.id,
            step: Step::Overview,
        }
        .go(),
        Err(e) => storage_failed(lang, message, &e),
    }
}

split!(files => pub fn warm_files() -> () {});

split!(files => pub fn create(
    i: NewSessionInput,
    lang: Lang,
    create_error: UseStateHandle<Option<AttrValue>>,
    message: UseStateHandle<Message>,
) -> () {
    match Session::new(&env::new_id(), &i.title, &i.town, &i.date, i.content_lang, &env::stamp()) {
        Ok(s) => save_and_open(s, lang, &message),
        Err(e) => create_error.set(Some(i18n::action_error(lang, &e).into())),
    }
});

split!(files => pub fn fresh_example(lang: Lang, message: UseStateHandle<Message>) -> () {
    save_and_open(example::velenje(&env::new_id(), &env::stamp()), lang, &message)
});

split!(files => pub fn rename(
    id: String,
    title: String,
    lang: Lang,
    row_error: UseStateHandle<Option<(String, AttrValue)>>,
    message: UseStateHandle<Message>,
) -> () {
    let st = env::stamp();
    match storage::load_session(&id) {
        Ok(Some(stored)) => {
            let mut session = stored.session;
            match session.apply(&Action::Rename { title }, &st) {
                Ok(()) => match storage::save_session(&session, stored.revision, &st.device, st.now) {
                    Ok(_) => row_error.set(None),
                    Err(e) => storage_failed(lang, &message, &e),
                },
                Err(e) => row_error.set(Some((id, i18n::action_error(lang, &e).into()))),
            }
        }
        Ok(None) => {}
        Err(e) => storage_failed(lang, &message, &e),
    }
});

split!(files => pub fn duplicate(id: String, lang: Lang, message: UseStateHandle<Message>) -> () {
    let st = env::stamp();
    match storage::load_session(&id) {
        Ok(Some(stored)) => {
            let title = copy_title(&stored.session.info.title, lang.t(T::CopySuffix));
            if let Ok(copy) = stored.session.duplicate(&env::new_id(), &title, &st) {
                if let Err(e) = storage::save_session(&copy, 0, &st.device, st.now) {
                    storage_failed(lang, &message, &e);
                }
            }
        }
        Ok(None) => {}
        Err(e) => storage_failed(lang, &message, &e),
    }
});

split!(files => pub fn restore(id: String, raw: String, lang: Lang, message: UseStateHandle<Message>) -> () {
    if let Err(e) = storage::restore_session(&id, &raw) {
        storage_failed(lang, &message, &e);
    }
});

split!(files => pub fn import(ctx: ImportCtx, files: Vec<web_sys::File>) -> () {
    ctx.import(files)
});

split!(files => pub fn repair_listing(ids: Vec<String>) -> Vec<(String, String)> {
    storage::repair_index(&ids)
});

/// What the merge preview needs: the import's context, whose `pending` holds the files.
#[derive(Clone)]
pub struct MergeArgs(pub ImportCtx);

impl PartialEq for MergeArgs {
    /// The same files waiting (cheap: the state's value, not its contents).
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(&*self.0.pending, &*other.0.pending)
    }
}

split!(files => pub fn merge_view(args: MergeArgs) -> Html {
    let MergeArgs(i) = args;
    match &*i.pending {
        None => Html::default(),
        Some(p) => {
            let p = Rc::new(p.clone());
            let on_merge = { let (i, p) = (i.clone(), p.clone()); Callback::from(move |choices: Vec<bool>| i.merge(&p, &choices)) };
            let on_replace = { let (i, p) = (i.clone(), p.clone()); Callback::from(move |()| i.replace(&p)) };
            let on_keep_both = { let (i, p) = (i.clone(), p.clone()); Callback::from(move |()| i.keep_both(&p)) };
            let on_cancel = { let pending = i.pending.clone(); Callback::from(move |()| pending.set(None)) };
            html! {
                <MergePreview pending={(*p).clone()} {on_merge} {on_replace} {on_keep_both} {on_cancel} />
            }
        }
    }
});
