//! The open session's reducer: pending changes, saves, and reconciliation with another tab.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use delavnica::browser::storage::{StorageError, Stored};
use delavnica::ui::session::state::{Outside, SessionMsg, SessionState};
use wasm_bindgen_test::*;
use workshop::session::ContentLang;
use workshop::{Action, ActionError, Session, Stamp};
use yew::Reducible;

wasm_bindgen_test_configure!(run_in_browser);

fn st(now: i64, device: &str) -> Stamp {
    Stamp {
        now,
        device: device.into(),
    }
}

fn loaded() -> Rc<SessionState> {
    let s = Session::new("s", "Naslov", "Velenje", "", ContentLang::Sl, &st(1, "a")).unwrap();
    Rc::new(SessionState::loaded(Stored {
        session: s,
        revision: 4,
    }))
}

fn update(title: Option<&str>, town: Option<&str>) -> Action {
    Action::UpdateInfo {
        title: title.map(Into::into),
        town: town.map(Into::into),
        date: None,
        content_lang: None,
    }
}

#[wasm_bindgen_test]
fn applied_actions_wait_until_saved() {
    let s = loaded().reduce(SessionMsg::Apply(
        Action::Rename {
            title: "Nov".into(),
        },
        st(2, "a"),
    ));
    assert_eq!(
        (
            s.copy.session.info.title.as_str(),
            s.copy.pending.len(),
            s.changes
        ),
        ("Nov", 1, 1)
    );
    let s = s.reduce(SessionMsg::Saved {
        revision: 5,
        count: 1,
    });
    assert_eq!((s.copy.revision, s.copy.pending.len()), (5, 0));
}

#[wasm_bindgen_test]
fn refused_actions_change_nothing_but_the_message() {
    let before = loaded();
    let s = before.clone().reduce(SessionMsg::Apply(
        Action::Rename { title: " ".into() },
        st(2, "a"),
    ));
    assert_eq!(s.refused, Some(ActionError::EmptyTitle));
    assert_eq!(
        (&s.copy.session, s.changes, s.copy.pending.len()),
        (&before.copy.session, 0, 0)
    );
}

#[wasm_bindgen_test]
fn a_failed_save_keeps_the_changes_pending() {
    let s = loaded().reduce(SessionMsg::Apply(
        Action::Rename {
            title: "Nov".into(),
        },
        st(2, "a"),
    ));
    let s = s.reduce(SessionMsg::SaveFailed(StorageError::Quota));
    assert_eq!(s.save_error, Some(StorageError::Quota));
    assert_eq!((s.copy.pending.len(), s.copy.revision), (1, 4));
}

#[wasm_bindgen_test]
fn another_tabs_save_is_adopted_and_this_tabs_changes_replayed_on_it() {
    // This tab renamed; meanwhile the other tab changed the town and saved revision 5.
    let s = loaded().reduce(SessionMsg::Apply(
        update(Some("Naslov iz tega zavihka"), None),
        st(3, "a"),
    ));
    let mut theirs =
        Session::new("s", "Naslov", "Velenje", "", ContentLang::Sl, &st(1, "a")).unwrap();
    theirs
        .apply(&update(None, Some("Šoštanj")), &st(2, "b"))
        .unwrap();
    let s = s.reduce(SessionMsg::Rebase(Box::new(Stored {
        session: theirs,
        revision: 5,
    })));
    assert_eq!(s.copy.revision, 5);
    assert_eq!(s.copy.session.info.title, "Naslov iz tega zavihka");
    assert_eq!(
        s.copy.session.info.town, "Šoštanj",
        "the other tab's edit is kept"
    );
    assert_eq!(
        s.copy.pending.len(),
        1,
        "the replayed change still needs saving"
    );
    assert_eq!(s.changes, 2, "a save is triggered again");
    assert_eq!(s.outside, Some(Outside::ChangedElsewhere));
}

#[wasm_bindgen_test]
fn an_older_or_equal_stored_copy_is_ignored() {
    let s = loaded();
    let old = Stored {
        session: (*s.copy.session).clone(),
        revision: 3,
    };
    let same = s.clone().reduce(SessionMsg::Rebase(Box::new(old)));
    assert!(Rc::ptr_eq(&s, &same));
}

#[wasm_bindgen_test]
fn a_deletion_elsewhere_is_reported() {
    let s = loaded().reduce(SessionMsg::Gone);
    assert_eq!(s.outside, Some(Outside::DeletedElsewhere));
    let s = s.reduce(SessionMsg::Dismiss);
    assert_eq!(s.outside, None);
}
