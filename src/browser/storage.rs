//! Local storage: one versioned key per session plus an index of summaries for the home screen.
//!
//! Keys (all under `delavnica/v1/`):
//! - `session/<id>`: `{"revision": N, "file": <session file, see workshop::file>}`;
//! - `index`: `{"v": 1, "sessions": [SessionSummary, …]}`, rebuilt from the session keys when it
//!   disagrees with them;
//! - `device` and `lang`: this device's id and the interface language;
//! - `showing/<id>`: the step the facilitator's window shows, for the projector view;
//! - `tour/<id>`: `done` once the example's tour was ended on this device.
//!
//! `revision` counts saves. A save names the revision it builds on and is refused with
//! [`StorageError::Conflict`] when another tab saved in between, so one tab never silently
//! overwrites another's work. `localStorage.setItem` either stores the whole value or throws, so
//! a failed write leaves the last good copy as it was.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use wasm_bindgen::{JsCast, JsValue};
use workshop::{Session, SessionFile, SessionSummary};

/// Prefix of every key this version of the storage layout uses.
pub const PREFIX: &str = "delavnica/v1/";
const SESSION_PREFIX: &str = "delavnica/v1/session/";
/// Key of the index of sessions.
pub const INDEX_KEY: &str = "delavnica/v1/index";
const DEVICE_KEY: &str = "delavnica/v1/device";
const LANG_KEY: &str = "delavnica/v1/lang";
const DEVICE_NAME_KEY: &str = "delavnica/v1/device-name";
const SHOWING_PREFIX: &str = "delavnica/v1/showing/";
const TOUR_PREFIX: &str = "delavnica/v1/tour/";
const INDEX_VERSION: u32 = 1;

/// Why storage did not do what was asked.
#[derive(Debug, Clone, PartialEq)]
pub enum StorageError {
    /// No local storage at all (disabled, or a private mode that refuses it).
    Unavailable,
    /// The storage quota is full; nothing was written.
    Quota,
    /// The session's file would be larger than a file the app reads back
    /// ([`workshop::limits::MAX_FILE_BYTES`]); nothing was written.
    TooLarge,
    /// Another tab saved this session since this tab last read it.
    Conflict,
    /// What is stored cannot be read (damaged or edited by hand); it is left untouched.
    Unreadable(String),
}

/// A session as stored, with the revision that later saves must build on.
#[derive(Debug, Clone, PartialEq)]
pub struct Stored {
    /// The session.
    pub session: Session,
    /// Its save count.
    pub revision: u64,
}

#[derive(Serialize, Deserialize)]
struct Envelope {
    revision: u64,
    file: Value,
}

/// JSON text of a stored value. Like the session file, everything goes through [`Value`], so the
/// typed serialisers are compiled once (the bundle stays smaller).
fn to_json<T: Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .expect("stored values always serialise")
        .to_string()
}

/// Reads JSON text through [`Value`] (see [`to_json`]).
fn from_json<T: DeserializeOwned>(text: &str) -> Result<T, serde_json::Error> {
    serde_json::from_value(serde_json::from_str::<Value>(text)?)
}

#[derive(Serialize, Deserialize, Default)]
struct Index {
    v: u32,
    sessions: Vec<SessionSummary>,
}

/// The storage key of a session.
pub fn session_key(id: &str) -> String {
    format!("{SESSION_PREFIX}{id}")
}

/// The session id a storage key belongs to, if it is a session key.
pub fn session_id_of(key: &str) -> Option<&str> {
    key.strip_prefix(SESSION_PREFIX)
}

/// The key under which a session's facilitator window says which step it shows.
pub fn showing_key(id: &str) -> String {
    format!("{SHOWING_PREFIX}{id}")
}

/// Notes the step the facilitator's window shows, for the projector view in another window. A
/// failed write only means the projector does not follow; nothing of the session is at stake.
pub fn set_showing(id: &str, step: &str) {
    if get(&showing_key(id)).ok().flatten().as_deref() != Some(step) {
        let _ = set(&showing_key(id), step);
    }
}

/// The step the facilitator's window last showed.
pub fn showing(id: &str) -> Option<String> {
    get(&showing_key(id)).ok().flatten()
}

/// Whether the example's tour was ended on this device.
pub fn tour_done(id: &str) -> bool {
    get(&format!("{TOUR_PREFIX}{id}")).ok().flatten().is_some()
}

/// Ends the example's tour on this device (`true`) or takes it again (`false`).
pub fn set_tour_done(id: &str, done: bool) {
    let key = format!("{TOUR_PREFIX}{id}");
    let _ = if done {
        set(&key, "done")
    } else {
        remove(&key)
    };
}

fn local() -> Result<web_sys::Storage, StorageError> {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or(StorageError::Unavailable)
}

fn get(key: &str) -> Result<Option<String>, StorageError> {
    local()?
        .get_item(key)
        .map_err(|_| StorageError::Unavailable)
}

fn set(key: &str, value: &str) -> Result<(), StorageError> {
    local()?.set_item(key, value).map_err(|e| classify(&e))
}

fn remove(key: &str) -> Result<(), StorageError> {
    local()?
        .remove_item(key)
        .map_err(|_| StorageError::Unavailable)
}

/// Tells a full quota from other refusals; browsers name it differently (Firefox's legacy name
/// included).
fn classify(e: &JsValue) -> StorageError {
    let name = e
        .dyn_ref::<web_sys::DomException>()
        .map(|d| d.name())
        .unwrap_or_default();
    if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
        StorageError::Quota
    } else {
        StorageError::Unavailable
    }
}

thread_local! {
    /// The text this tab last wrote for a session, with the session it holds: opening a session
    /// right after saving it (after an import, above all) need not read and check it again.
    /// Used only while storage holds exactly that text (another tab's save changes it).
    static LAST_WRITTEN: std::cell::RefCell<Option<(String, Stored)>> = const {
        std::cell::RefCell::new(None)
    };
}

/// Reads one session; `Ok(None)` when there is none with this id.
pub fn load_session(id: &str) -> Result<Option<Stored>, StorageError> {
    let Some(raw) = get(&session_key(id))? else {
        return Ok(None);
    };
    let known = LAST_WRITTEN.with_borrow(|last| {
        last.as_ref()
            .filter(|(text, stored)| stored.session.id == id && *text == raw)
            .map(|(_, stored)| stored.clone())
    });
    if known.is_some() {
        return Ok(known);
    }
    let envelope: Envelope =
        from_json(&raw).map_err(|e| StorageError::Unreadable(e.to_string()))?;
    let file = SessionFile::from_value(envelope.file)
        .map_err(|e| StorageError::Unreadable(e.to_string()))?;
    Ok(Some(Stored {
        session: file.session,
        revision: envelope.revision,
    }))
}

/// The revision stored for a session, 0 when there is none.
fn stored_revision(id: &str) -> Result<u64, StorageError> {
    match get(&session_key(id))? {
        None => Ok(0),
        Some(raw) => revision_of(&raw),
    }
}

/// The revision of a stored envelope. [`write`] puts it first (`{"revision":N,"file":…}`), so
/// it is read without parsing the file; envelopes written before that are parsed whole.
fn revision_of(raw: &str) -> Result<u64, StorageError> {
    if let Some(rest) = raw.strip_prefix("{\"revision\":") {
        let end = rest
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(rest.len());
        if rest[end..].starts_with(",\"file\":") {
            if let Ok(revision) = rest[..end].parse() {
                return Ok(revision);
            }
        }
    }
    from_json::<Envelope>(raw)
        .map(|e| e.revision)
        .map_err(|e| StorageError::Unreadable(e.to_string()))
}

/// Saves a session on top of revision `base` (0 for a session new to this device) and returns
/// the new revision. Refuses with [`StorageError::Conflict`] when the stored revision is not
/// `base`.
pub fn save_session(
    session: &Session,
    base: u64,
    device: &str,
    now: i64,
) -> Result<u64, StorageError> {
    save_prepared(prepare(session, device, now)?, base)
}

/// Saves a session over whatever is stored (after the user chose to replace it).
pub fn replace_session(session: &Session, device: &str, now: i64) -> Result<u64, StorageError> {
    let base = stored_revision(&session.id).unwrap_or(0);
    write(prepare(session, device, now)?, base + 1)
}

/// A session with its file's text, written and checked against the size limit, not yet saved.
pub struct Prepared {
    session: Session,
    file: String,
}

/// [`save_session`]'s first half, for a caller that lets the page answer between writing a
/// large session's text and storing it ([`save_prepared`]).
pub fn prepare(session: &Session, device: &str, now: i64) -> Result<Prepared, StorageError> {
    let file = SessionFile::new(session.clone(), device, now);
    let text = file.to_compact_json();
    // Within the limit, what is saved can always be exported and imported again.
    if text.len() > workshop::limits::MAX_FILE_BYTES {
        return Err(StorageError::TooLarge);
    }
    Ok(Prepared {
        session: file.session,
        file: text,
    })
}

/// [`save_session`]'s second half: stores a prepared session on top of revision `base`, the
/// check and the write in one task, so no other tab's save can come between them.
pub fn save_prepared(prepared: Prepared, base: u64) -> Result<u64, StorageError> {
    if stored_revision(&prepared.session.id)? != base {
        return Err(StorageError::Conflict);
    }
    write(prepared, base + 1)
}

fn write(prepared: Prepared, revision: u64) -> Result<u64, StorageError> {
    let Prepared { session, file } = prepared;
    // The envelope ({ revision, file }) written around the file's text, not re-serialised.
    let text = format!("{{\"revision\":{revision},\"file\":{file}}}");
    set(&session_key(&session.id), &text)?;
    let summary = session.summary();
    LAST_WRITTEN.set(Some((text, Stored { session, revision })));
    // The session itself is safe now; an index that fails to update is rebuilt by the next
    // `list_sessions`, so its failure must not report the save as failed.
    let _ = update_index(|sessions| {
        sessions.retain(|s| s.id != summary.id);
        sessions.push(summary);
    });
    Ok(revision)
}

/// Removes a session and returns exactly what was stored, so that "Undo" can put it back.
pub fn delete_session(id: &str) -> Result<Option<String>, StorageError> {
    let raw = get(&session_key(id))?;
    remove(&session_key(id))?;
    let _ = remove(&showing_key(id));
    let _ = remove(&format!("{TOUR_PREFIX}{id}"));
    let _ = update_index(|sessions| sessions.retain(|s| s.id != id));
    Ok(raw)
}

/// Puts back what [`delete_session`] returned.
pub fn restore_session(id: &str, raw: &str) -> Result<(), StorageError> {
    set(&session_key(id), raw)?;
    let stored = load_session(id)?.ok_or(StorageError::Unavailable)?;
    let _ = update_index(|sessions| {
        sessions.retain(|s| s.id != id);
        sessions.push(stored.session.summary());
    });
    Ok(())
}

fn read_index() -> Result<Index, StorageError> {
    Ok(get(INDEX_KEY)?
        .and_then(|raw| from_json::<Index>(&raw).ok())
        .filter(|i| i.v == INDEX_VERSION)
        .unwrap_or_default())
}

fn write_index(mut index: Index) -> Result<(), StorageError> {
    index.v = INDEX_VERSION;
    set(INDEX_KEY, &to_json(&index))
}

fn update_index(change: impl FnOnce(&mut Vec<SessionSummary>)) -> Result<(), StorageError> {
    let mut index = read_index()?;
    change(&mut index.sessions);
    write_index(index)
}

/// What the home screen lists.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Listing {
    /// Readable sessions, newest change first.
    pub sessions: Vec<SessionSummary>,
    /// Ids of stored sessions the index does not know (an interrupted write, another version):
    /// [`repair_index`] reads them.
    pub missing: Vec<String>,
}

/// The sessions the index lists, newest first, without reading a session: the home screen's
/// list, which the first screen shows before any session code is loaded. An index entry whose
/// session is gone is dropped; sessions the index lacks are named in `missing`.
pub fn list_sessions() -> Result<Listing, StorageError> {
    let storage = local()?;
    let mut ids = Vec::new();
    let len = storage.length().map_err(|_| StorageError::Unavailable)?;
    for i in 0..len {
        if let Some(id) = storage
            .key(i)
            .ok()
            .flatten()
            .as_deref()
            .and_then(session_id_of)
        {
            ids.push(id.to_string());
        }
    }
    let index = read_index()?;
    let mut sessions: Vec<SessionSummary> = index
        .sessions
        .iter()
        .filter(|s| ids.contains(&s.id))
        .cloned()
        .collect();
    if sessions.len() != index.sessions.len() {
        // A failed repair is harmless: the list is rebuilt again next time.
        let _ = write_index(Index {
            v: INDEX_VERSION,
            sessions: sessions.clone(),
        });
    }
    let missing = ids
        .into_iter()
        .filter(|id| !sessions.iter().any(|s| &s.id == id))
        .collect();
    sessions.sort_by(|a, b| {
        b.changed
            .cmp(&a.changed)
            .then_with(|| a.title.cmp(&b.title))
    });
    Ok(Listing { sessions, missing })
}

/// Reads the sessions the index lacks and adds them to it. Returns the ids of those that
/// cannot be read, with why (left untouched in storage).
pub fn repair_index(ids: &[String]) -> Vec<(String, String)> {
    let mut found = Vec::new();
    let mut unreadable = Vec::new();
    for id in ids {
        match load_session(id) {
            Ok(Some(stored)) => found.push(stored.session.summary()),
            Ok(None) => {}
            Err(StorageError::Unreadable(detail)) => unreadable.push((id.clone(), detail)),
            // Storage refused the read itself: the list names the session again next time.
            Err(_) => {}
        }
    }
    if !found.is_empty() {
        // A failed repair is harmless: the list is rebuilt again next time.
        let _ = update_index(|sessions| {
            sessions.retain(|s| !found.iter().any(|f| f.id == s.id));
            sessions.extend(found);
        });
    }
    unreadable
}

/// This device's id, made and stored on first use.
pub fn device_id() -> Result<String, StorageError> {
    if let Some(id) = get(DEVICE_KEY)?.filter(|id| workshop::is_valid_id(id)) {
        return Ok(id);
    }
    let id = super::env::new_id();
    set(DEVICE_KEY, &id)?;
    Ok(id)
}

/// This device's readable name ("Group 3's tablet"), or empty when none was given.
pub fn device_name() -> String {
    get(DEVICE_NAME_KEY)
        .ok()
        .flatten()
        .map(|n| n.chars().take(workshop::limits::MAX_DEVICE_NAME).collect())
        .unwrap_or_default()
}

/// Names this device; an empty name removes it.
pub fn save_device_name(name: &str) -> Result<(), StorageError> {
    set(DEVICE_NAME_KEY, name.trim())
}

/// The remembered interface language tag, if any.
pub fn load_lang() -> Option<String> {
    get(LANG_KEY).ok().flatten()
}

/// Remembers the interface language; failure only means it is not remembered.
pub fn save_lang(tag: &str) {
    let _ = set(LANG_KEY, tag);
}

/// The tab's own storage (sessionStorage): it survives a reload but not closing the tab, and
/// other tabs do not see it. It keeps the ballot screen and the ballot in progress, so that a
/// reload in the middle of a ballot loses nothing and does not show the facilitator's view.
pub mod tab {
    fn store() -> Option<web_sys::Storage> {
        web_sys::window()?.session_storage().ok().flatten()
    }

    /// The key of a session's ballot screen state.
    pub fn ballot_key(session: &str) -> String {
        format!("delavnica/v1/ballot/{session}")
    }

    /// The key of a session's undo and redo history in this tab.
    pub fn history_key(session: &str) -> String {
        format!("delavnica/v1/history/{session}")
    }

    /// Reads a value.
    pub fn get(key: &str) -> Option<String> {
        store()?.get_item(key).ok().flatten()
    }

    /// Writes a value; a refusal (private mode, full) only means a reload loses the draft.
    pub fn set(key: &str, value: &str) {
        if let Some(s) = store() {
            let _ = s.set_item(key, value);
        }
    }

    /// Removes a value.
    pub fn remove(key: &str) {
        if let Some(s) = store() {
            let _ = s.remove_item(key);
        }
    }
}
