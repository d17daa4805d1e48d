//! Importing a session file: read, validate, and only then touch storage. A file whose session is
//! already on the device waits for the user's choice (replace or keep both).

use workshop::session::copy_title;
use workshop::{SessionFile, SessionSummary};
use yew::prelude::*;

use crate::app::{Route, Step};
use crate::browser::files::{self, ReadError};
use crate::browser::{env, storage};
use crate::i18n::{self, Lang, T};
use crate::ui::widgets::NoticeKind;

/// A banner message on the home screen: kind, text and an optional detail line.
pub type Message = Option<(NoticeKind, AttrValue, Option<AttrValue>)>;

/// An import waiting for the user: the validated file and the saved session it would replace.
#[derive(Clone, PartialEq)]
pub struct PendingImport {
    /// The validated file.
    pub file: SessionFile,
    /// The session with the same id already on the device.
    pub existing: SessionSummary,
}

/// What an import needs from the home screen.
#[derive(Clone)]
pub struct ImportCtx {
    /// Interface language for messages.
    pub lang: Lang,
    /// Where messages go.
    pub message: UseStateHandle<Message>,
    /// Where a conflicting import waits.
    pub pending: UseStateHandle<Option<PendingImport>>,
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

    /// Reads a picked or dropped file and imports it.
    pub fn import(self, file: web_sys::File) {
        wasm_bindgen_futures::spawn_local(async move {
            let name = file.name();
            match files::read_text(&file).await {
                Ok(text) => self.import_text(&name, &text),
                Err(ReadError::Invalid(e)) => self.fail(&name, i18n::file_error(self.lang, &e)),
                Err(ReadError::Unreadable) => self.fail(&name, i18n::file_unreadable(self.lang)),
            }
        });
    }

    /// Validates a file's text; a new session is saved and opened, a known one waits for a choice.
    pub fn import_text(&self, file_name: &str, text: &str) {
        let file = match SessionFile::parse(text) {
            Ok(f) => f,
            Err(e) => return self.fail(file_name, i18n::file_error(self.lang, &e)),
        };
        match storage::load_session(&file.session.id) {
            Ok(Some(stored)) => self.pending.set(Some(PendingImport {
                file,
                existing: stored.session.summary(),
            })),
            Ok(None) => {
                let st = env::stamp();
                match storage::save_session(&file.session, 0, &st.device, st.now) {
                    Ok(_) => self.opened(file.session.id),
                    Err(e) => self.storage_failed(&e),
                }
            }
            Err(e) => self.storage_failed(&e),
        }
    }

    /// The user chose to replace the saved session with the file's.
    pub fn replace(&self, p: &PendingImport) {
        self.pending.set(None);
        let st = env::stamp();
        match storage::replace_session(&p.file.session, &st.device, st.now) {
            Ok(_) => self.opened(p.file.session.id.clone()),
            Err(e) => self.storage_failed(&e),
        }
    }

    /// The user chose to keep both: the file's session comes in under a new id.
    pub fn keep_both(&self, p: &PendingImport) {
        self.pending.set(None);
        let st = env::stamp();
        let title = copy_title(
            &p.file.session.info.title,
            self.lang.t(T::ImportedCopySuffix),
        );
        let copy = match p.file.session.duplicate(&env::new_id(), &title, &st) {
            Ok(c) => c,
            Err(e) => return self.fail("", i18n::action_error(self.lang, &e)),
        };
        match storage::save_session(&copy, 0, &st.device, st.now) {
            Ok(_) => self.opened(copy.id),
            Err(e) => self.storage_failed(&e),
        }
    }
}
