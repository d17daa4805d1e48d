//! A tab's working copy: changes wait until saved; another tab's newer save is adopted and this
//! tab's changes are replayed on it, dropping only those that no longer apply.

use workshop::assessment::{AssessmentAction, Domain, Origin, Polarity};
use workshop::pending::{Rebased, WorkingCopy};
use workshop::session::ContentLang;
use workshop::{Action, ActionError, Session, Stamp};

fn st(now: i64, device: &str) -> Stamp {
    Stamp {
        now,
        device: device.into(),
    }
}

fn base() -> Session {
    let mut s = Session::new("s", "Naslov", "Velenje", "", ContentLang::Sl, &st(1, "a")).unwrap();
    let add = Action::Assessment(AssessmentAction::AddCard {
        id: "c1".into(),
        domain: Domain::Adaptability,
        polarity: Polarity::Weakness,
        text: "odvisnost od dveh podjetij".into(),
        origin: Origin::ResearchTeam,
        evidence: vec![],
    });
    s.apply(&add, &st(2, "a")).unwrap();
    s
}

fn rename(title: &str) -> Action {
    Action::Rename {
        title: title.into(),
    }
}

fn edit_card(text: &str) -> Action {
    Action::Assessment(AssessmentAction::EditCard {
        id: "c1".into(),
        text: text.into(),
        evidence: vec![],
    })
}

#[test]
fn changes_wait_until_saved_and_refused_ones_change_nothing() {
    let mut copy = WorkingCopy::loaded(base(), 4);
    copy.apply(rename("Prvi"), st(10, "a")).unwrap();
    copy.apply(rename("Drugi"), st(11, "a")).unwrap();
    let before = copy.clone();
    assert_eq!(
        copy.apply(rename("  "), st(12, "a")),
        Err(ActionError::EmptyTitle)
    );
    assert_eq!(copy, before);
    copy.saved(5, 1);
    assert_eq!((copy.revision, copy.pending.len()), (5, 1));
    copy.saved(6, 9);
    assert!(copy.pending.is_empty());
}

#[test]
fn another_tabs_save_is_adopted_with_this_tabs_changes_on_top() {
    let mut copy = WorkingCopy::loaded(base(), 4);
    copy.apply(rename("Iz tega zavihka"), st(10, "a")).unwrap();
    copy.apply(edit_card("beseda tega zavihka"), st(11, "a"))
        .unwrap();
    // The other tab removed the card and saved revision 5.
    let mut theirs = base();
    theirs
        .apply(
            &Action::Assessment(AssessmentAction::RemoveCard { id: "c1".into() }),
            &st(9, "b"),
        )
        .unwrap();
    let rebased = copy.rebase(theirs, 5).unwrap();
    assert_eq!(
        rebased,
        Rebased {
            changed: true,
            dropped: 1
        },
        "the edit of a card removed elsewhere no longer applies"
    );
    assert_eq!(copy.session.info.title, "Iz tega zavihka");
    assert!(copy.session.cards[0].meta.deleted);
    assert_eq!((copy.revision, copy.pending.len()), (5, 1));
}

#[test]
fn an_older_or_equal_stored_copy_is_ignored() {
    let mut copy = WorkingCopy::loaded(base(), 4);
    copy.apply(rename("Moj"), st(10, "a")).unwrap();
    let before = copy.clone();
    assert_eq!(copy.rebase(base(), 4), None);
    assert_eq!(copy.rebase(base(), 3), None);
    assert_eq!(copy, before);
}
