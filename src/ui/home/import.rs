//! Importing session files: read, validate, and only then touch storage. Files whose session is
//! already on the device wait for the user's choice (merge, preselected; replace; keep both).

use workshop::session::copy_title;
use workshop::{FileError, SessionFile};
use yew::prelude::*;

use crate::browser::events::next_task;
use crate::browser::files::{self, ReadError};
use crate::browser::{env, storage};
use crate::i18n::{self, Lang, T};
use crate::route::{Route, Step};
use crate::ui::merge::{preview, PendingMerge};
use crate::ui::widgets::NoticeKind;

/// A banner message on the home screen: kind, text and an optional detail line.
pub type Message = Option<(NoticeKind, AttrValue, Option<AttrValue>)>;

/// What an import needs from the home screen.
#[derive(Clone)]
pub struct ImportCtx {
    /// Interface language for messages.
    pub lang: Lang,
    /// Where messages go.
    pub message: UseStateHandle<Message>,
    /// Where a conflicting import waits.
    pub pending: UseStateHandle<Option<PendingMerge>>,
}

impl ImportCtx {
    fn fail(&self, file_name: &str, detail: String) {
        self.message.set(Some((
            NoticeKind::Error,
            i18n::import_failed(self.lang, file_name).into(),
            Some(detail.into()),
        )));
    }

    fn storage_failed(&self, e: &storage::StorageError) {
        self.message.set(Some((
            NoticeKind::Error,
            i18n::storage_error(self.lang, e).into(),
            None,
        )));
    }

    fn opened(&self, id: String) {
        Route::Session {
            id,
            step: Step::Overview,
        }
        .go();
    }

    /// Reads picked or dropped files and imports them: nothing is saved unless every file reads.
    pub fn import(self, files: Vec<web_sys::File>) {
        wasm_bindgen_futures::spawn_local(async move {
            let mut read = Vec::with_capacity(files.len());
            for file in files {
                let name = file.name();
                match files::read_text(&file).await {
                    Ok(text) => read.push((name, text)),
                    Err(ReadError::Invalid(e)) => {
                        return self.fail(&name, i18n::file_error(self.lang, &e))
                    }
                    Err(ReadError::Unreadable) => {
                        return self.fail(&name, i18n::file_unreadable(self.lang))
                    }
                }
            }
            let mut files = Vec::with_capacity(read.len());
            for (name, text) in &read {
                match read_in_steps(text).await {
                    Ok(f) => files.push(f),
                    Err(e) => return self.fail(name, i18n::file_error(self.lang, &e)),
                }
            }
            next_task().await;
            self.import_files(files).await;
        });
    }

    /// Files read and checked: a new session is saved and opened, a known one (or several files
    /// of one session) waits for a choice.
    async fn import_files(&self, mut files: Vec<SessionFile>) {
        let Some(first) = files.first() else { return };
        let id = first.session.id.clone();
        if files.iter().any(|f| f.session.id != id) {
            return self.fail("", self.lang.t(T::DifferentSessions).into());
        }
        match storage::load_session(&id) {
            Ok(Some(stored)) => self.pending.set(Some(PendingMerge {
                files,
                local: stored.session,
                saved: true,
                revision: stored.revision,
            })),
            Ok(None) if files.len() > 1 => {
                let local = files.remove(0).session;
                self.pending.set(Some(PendingMerge {
                    files,
                    local,
                    saved: false,
                    revision: 0,
                }))
            }
            Ok(None) => {
                let st = env::stamp();
                let saved = match storage::prepare(&first.session, &st.device, st.now) {
                    Ok(prepared) => {
                        next_task().await;
                        storage::save_prepared(prepared, 0)
                    }
                    Err(e) => Err(e),
                };
                match saved {
                    Ok(_) => self.opened(id),
                    Err(e) => self.storage_failed(&e),
                }
            }
            Err(e) => self.storage_failed(&e),
        }
    }

    /// The user chose to merge; `use_other[i]` makes the other version of the i-th conflict the
    /// current one, as an edit made now on this device.
    pub fn merge(&self, p: &PendingMerge, use_other: &[bool]) {
        self.pending.set(None);
        let st = env::stamp();
        let (mut merged, parts) = preview(p, st.now);
        let conflicts = parts.iter().flat_map(|part| &part.report.conflicts);
        for (c, _) in conflicts.zip(use_other).filter(|(_, other)| **other) {
            // A chosen version that no longer fits the session is not taken silently: nothing
            // is saved, and the user is told.
            if merged.use_version(c.kind, &c.other, &st).is_err() {
                return self.message.set(Some((
                    NoticeKind::Error,
                    self.lang.t(T::OtherVersionUnusable).into(),
                    None,
                )));
            }
        }
        match storage::save_session(&merged, p.revision, &st.device, st.now) {
            Ok(_) => self.opened(merged.id),
            Err(storage::StorageError::Conflict) => self.message.set(Some((
                NoticeKind::Error,
                self.lang.t(T::ChangedMeanwhile).into(),
                None,
            ))),
            Err(e) => self.storage_failed(&e),
        }
    }

    /// The user chose to replace the saved session with the file's.
    pub fn replace(&self, p: &PendingMerge) {
        self.pending.set(None);
        let st = env::stamp();
        let Some(file) = p.files.first() else { return };
        match storage::replace_session(&file.session, &st.device, st.now) {
            Ok(_) => self.opened(file.session.id.clone()),
            Err(e) => self.storage_failed(&e),
        }
    }

    /// The user chose to keep both: the file's session comes in under a new id.
    pub fn keep_both(&self, p: &PendingMerge) {
        self.pending.set(None);
        let st = env::stamp();
        let Some(file) = p.files.first() else { return };
        let title = copy_title(&file.session.info.title, self.lang.t(T::ImportedCopySuffix));
        let copy = match file.session.duplicate(&env::new_id(), &title, &st) {
            Ok(c) => c,
            Err(e) => return self.fail("", i18n::action_error(self.lang, &e)),
        };
        match storage::save_session(&copy, 0, &st.device, st.now) {
            Ok(_) => self.opened(copy.id),
            Err(e) => self.storage_failed(&e),
        }
    }
}

/// [`SessionFile::parse`] in its three steps, each a task of its own: on the largest file the
/// app accepts, no step keeps the page from answering for long.
async fn read_in_steps(text: &str) -> Result<SessionFile, FileError> {
    next_task().await;
    let doc = SessionFile::parse_json(text)?;
    next_task().await;
    let file = SessionFile::read_value(doc)?;
    next_task().await;
    file.check()?;
    Ok(file)
}
