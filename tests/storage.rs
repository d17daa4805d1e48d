//! The storage adapter in a real browser: save, load, conflicts between tabs, a full quota that
//! leaves the last good copy intact, damaged data left untouched, the index repaired.
#![cfg(target_arch = "wasm32")]

use delavnica::browser::storage::{self, StorageError};
use wasm_bindgen_test::*;
use workshop::session::ContentLang;
use workshop::{Action, Session, Stamp};

wasm_bindgen_test_configure!(run_in_browser);

fn local() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn stamp(now: i64) -> Stamp {
    Stamp {
        now,
        device: "test-device".into(),
    }
}

fn session(id: &str, title: &str, now: i64) -> Session {
    Session::new(
        id,
        title,
        "Velenje",
        "2019-04-01",
        ContentLang::Sl,
        &stamp(now),
    )
    .unwrap()
}

#[wasm_bindgen_test]
fn save_then_load_gives_the_same_session() {
    local().clear().unwrap();
    let s = session("a1", "Prva", 100);
    assert_eq!(storage::save_session(&s, 0, "test-device", 100), Ok(1));
    let stored = storage::load_session("a1").unwrap().unwrap();
    assert_eq!((stored.session, stored.revision), (s, 1));
    assert_eq!(storage::load_session("nope"), Ok(None));
}

#[wasm_bindgen_test]
fn list_is_newest_first_and_index_is_repaired() {
    local().clear().unwrap();
    storage::save_session(&session("old", "Stara", 100), 0, "d", 100).unwrap();
    storage::save_session(&session("new", "Nova", 900), 0, "d", 900).unwrap();
    let listing = storage::list_sessions().unwrap();
    assert_eq!(
        listing
            .sessions
            .iter()
            .map(|s| s.id.as_str())
            .collect::<Vec<_>>(),
        ["new", "old"]
    );
    assert!(listing.missing.is_empty());
    // An index lost (or left behind by an interrupted write) is rebuilt from the session keys:
    // the list names what the index lacks, and the repair reads those sessions.
    local().remove_item(storage::INDEX_KEY).unwrap();
    let listing = storage::list_sessions().unwrap();
    assert_eq!(listing.sessions.len(), 0);
    assert_eq!(listing.missing.len(), 2);
    assert!(storage::repair_index(&listing.missing).is_empty());
    let listing = storage::list_sessions().unwrap();
    assert_eq!((listing.sessions.len(), listing.missing.len()), (2, 0));
    assert!(local().get_item(storage::INDEX_KEY).unwrap().is_some());
    // An index entry whose session is gone is dropped.
    local().remove_item(&storage::session_key("old")).unwrap();
    let listing = storage::list_sessions().unwrap();
    assert_eq!(
        listing
            .sessions
            .iter()
            .map(|s| s.id.as_str())
            .collect::<Vec<_>>(),
        ["new"]
    );
}

#[wasm_bindgen_test]
fn a_save_on_a_stale_revision_is_refused() {
    local().clear().unwrap();
    let s = session("c1", "Skupna", 100);
    storage::save_session(&s, 0, "d", 100).unwrap();
    // Tab A saves revision 2.
    let mut a = s.clone();
    a.apply(
        &Action::Rename {
            title: "Zavihek A".into(),
        },
        &stamp(200),
    )
    .unwrap();
    assert_eq!(storage::save_session(&a, 1, "d", 200), Ok(2));
    // Tab B, still on revision 1, must not overwrite it.
    let mut b = s.clone();
    b.apply(
        &Action::Rename {
            title: "Zavihek B".into(),
        },
        &stamp(210),
    )
    .unwrap();
    assert_eq!(
        storage::save_session(&b, 1, "d", 210),
        Err(StorageError::Conflict)
    );
    assert_eq!(
        storage::load_session("c1")
            .unwrap()
            .unwrap()
            .session
            .info
            .title,
        "Zavihek A"
    );
    // A new session cannot overwrite an existing one with the same id either.
    assert_eq!(
        storage::save_session(&b, 0, "d", 210),
        Err(StorageError::Conflict)
    );
    // Replacing is explicit.
    assert_eq!(storage::replace_session(&b, "d", 220), Ok(3));
    assert_eq!(
        storage::load_session("c1")
            .unwrap()
            .unwrap()
            .session
            .info
            .title,
        "Zavihek B"
    );
}

/// Fills local storage to the last few characters, returning the filler keys.
fn fill_storage() -> Vec<String> {
    let storage = local();
    let mut keys = Vec::new();
    let mut chunk = 1 << 20;
    while chunk >= 8 {
        let key = format!("filler-{}", keys.len());
        if storage.set_item(&key, &"x".repeat(chunk)).is_ok() {
            keys.push(key);
        } else {
            chunk /= 4;
        }
    }
    keys
}

#[wasm_bindgen_test]
fn a_full_quota_is_reported_and_the_last_good_copy_stays() {
    local().clear().unwrap();
    let s = session("q1", "Pred polnjenjem", 100);
    storage::save_session(&s, 0, "d", 100).unwrap();
    let filler = fill_storage();
    assert!(!filler.is_empty());
    let mut bigger = s.clone();
    bigger
        .apply(
            &Action::Rename {
                title: "Precej daljši naslov, ki ne gre več v polno shrambo".into(),
            },
            &stamp(200),
        )
        .unwrap();
    let result = storage::save_session(&bigger, 1, "d", 200);
    let creating = storage::save_session(&session("q2", "Nova", 300), 0, "d", 300);
    for key in &filler {
        local().remove_item(key).unwrap();
    }
    assert_eq!(result, Err(StorageError::Quota));
    assert_eq!(creating, Err(StorageError::Quota));
    let kept = storage::load_session("q1").unwrap().unwrap();
    assert_eq!((kept.session, kept.revision), (s, 1));
    assert_eq!(storage::load_session("q2"), Ok(None));
}

#[wasm_bindgen_test]
fn delete_then_restore_brings_back_exactly_what_was_stored() {
    local().clear().unwrap();
    let s = session("d1", "Za brisanje", 100);
    storage::save_session(&s, 0, "d", 100).unwrap();
    let before = local()
        .get_item(&storage::session_key("d1"))
        .unwrap()
        .unwrap();
    let raw = storage::delete_session("d1").unwrap().unwrap();
    assert_eq!(storage::load_session("d1"), Ok(None));
    assert!(storage::list_sessions().unwrap().sessions.is_empty());
    storage::restore_session("d1", &raw).unwrap();
    assert_eq!(
        local()
            .get_item(&storage::session_key("d1"))
            .unwrap()
            .unwrap(),
        before
    );
    assert_eq!(storage::list_sessions().unwrap().sessions.len(), 1);
}

#[wasm_bindgen_test]
fn damaged_data_is_reported_and_left_untouched() {
    local().clear().unwrap();
    storage::save_session(&session("ok", "Dobra", 100), 0, "d", 100).unwrap();
    local()
        .set_item(
            &storage::session_key("bad"),
            "{\"revision\":1,\"file\":{\"format\":\"x\"}}",
        )
        .unwrap();
    assert!(matches!(
        storage::load_session("bad"),
        Err(StorageError::Unreadable(_))
    ));
    let listing = storage::list_sessions().unwrap();
    assert_eq!(listing.sessions.len(), 1);
    assert_eq!(listing.missing, ["bad"]);
    let unreadable = storage::repair_index(&listing.missing);
    assert_eq!(unreadable.len(), 1);
    assert_eq!(unreadable[0].0, "bad");
    assert_eq!(
        local()
            .get_item(&storage::session_key("bad"))
            .unwrap()
            .unwrap(),
        "{\"revision\":1,\"file\":{\"format\":\"x\"}}"
    );
}

#[wasm_bindgen_test]
fn device_id_is_made_once_and_kept() {
    local().clear().unwrap();
    let first = storage::device_id().unwrap();
    assert!(workshop::is_valid_id(&first));
    assert_eq!(storage::device_id().unwrap(), first);
}

#[wasm_bindgen_test]
fn language_is_remembered() {
    local().clear().unwrap();
    assert_eq!(storage::load_lang(), None);
    storage::save_lang("en");
    assert_eq!(storage::load_lang().as_deref(), Some("en"));
}

#[wasm_bindgen_test]
fn what_another_tab_wrote_is_read_not_the_copy_this_tab_remembers() {
    local().clear().unwrap();
    let s = session("t1", "Ta zavihek", 100);
    assert_eq!(storage::save_session(&s, 0, "d", 100), Ok(1));
    let written = local()
        .get_item(&storage::session_key("t1"))
        .unwrap()
        .unwrap();
    assert!(
        written.starts_with(r#"{"revision":1,"file":{"#),
        "{written}"
    );
    // Another tab (or an older version of the app, which wrote the file first) saves revision 7.
    let mut other = s.clone();
    other
        .apply(
            &Action::Rename {
                title: "Drugi zavihek".into(),
            },
            &stamp(200),
        )
        .unwrap();
    let file = workshop::SessionFile::new(other.clone(), "d", 200).to_value();
    let older = serde_json::json!({ "file": file, "revision": 7 }).to_string();
    assert!(older.starts_with(r#"{"file":"#));
    local()
        .set_item(&storage::session_key("t1"), &older)
        .unwrap();
    let stored = storage::load_session("t1").unwrap().unwrap();
    assert_eq!((stored.session, stored.revision), (other.clone(), 7));
    // Its revision is read from the older envelope too: a save on 1 is refused, on 7 accepted.
    assert_eq!(
        storage::save_session(&s, 1, "d", 300),
        Err(StorageError::Conflict)
    );
    assert_eq!(storage::save_session(&other, 7, "d", 300), Ok(8));
}

#[wasm_bindgen_test]
fn a_session_too_large_to_export_is_not_saved_and_the_saved_copy_stays() {
    local().clear().unwrap();
    let mut s = session("big", "Velika", 100);
    storage::save_session(&s, 0, "d", 100).unwrap();
    let before = local().get_item(&storage::session_key("big")).unwrap();
    let innovations = (0..2000)
        .map(|i| workshop::session::NewInnovation {
            id: format!("n{i}"),
            name: format!("Inovacija {i}"),
            types: vec![workshop::innovations::InnovationType::Practice],
            year: None,
            origin: workshop::assessment::Origin::Plenary,
        })
        .collect();
    let add = workshop::innovations::InnovationsAction::AddInnovations { innovations };
    s.apply(&Action::Innovations(add), &stamp(200)).unwrap();
    // Within every text limit (1000 characters), 2000 of them pass the 5 MB a file may have.
    for n in &mut s.innovations {
        n.description = "č".repeat(1000);
        n.need = "ž".repeat(1000);
    }
    assert_eq!(
        storage::save_session(&s, 1, "d", 300),
        Err(StorageError::TooLarge)
    );
    assert_eq!(
        local().get_item(&storage::session_key("big")).unwrap(),
        before
    );
}
