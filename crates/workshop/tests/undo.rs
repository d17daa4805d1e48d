//! Undo and redo on the reducer: the inverse of every kind of action puts the session back as it
//! was (the live records' content), redo re-applies, and both are ordinary changes that merge.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{action, base, step, T0};
use proptest::prelude::*;
use serde_json::Value;
use workshop::merge::merge;
use workshop::record::{Record, RecordKind, Visit};
use workshop::{Action, Session, SessionFile, Stamp};

/// What a person sees of a session: every live record's content, without the bookkeeping that
/// an undo stamps anew (`meta.changed`, `meta.device`, attendance times) or tombstones.
fn content(s: &Session) -> Value {
    let mut v = serde_json::to_value(s).unwrap();
    fn strip(v: &mut Value) {
        match v {
            Value::Object(map) => {
                if let Some(Value::Object(meta)) = map.get_mut("meta") {
                    meta.remove("changed");
                    meta.remove("device");
                }
                map.remove("attendance");
                for (_, x) in map.iter_mut() {
                    strip(x);
                }
            }
            Value::Array(items) => {
                items.retain(|i| i.pointer("/meta/deleted") != Some(&Value::Bool(true)));
                for x in items.iter_mut() {
                    strip(x);
                }
            }
            _ => {}
        }
    }
    v.as_object_mut().unwrap().remove("seen");
    strip(&mut v);
    // A list of tombstones only reads as no list.
    v.as_object_mut()
        .unwrap()
        .retain(|_, x| x.as_array().is_none_or(|a| !a.is_empty()));
    for single in [
        "participant_settings",
        "verdict",
        "inventory_settings",
        "chosen",
        "report_settings",
    ] {
        if v.pointer(&format!("/{single}/meta/deleted")) == Some(&Value::Bool(true)) {
            v.as_object_mut().unwrap().remove(single);
        }
    }
    v
}

fn at(now: i64) -> Stamp {
    Stamp {
        now,
        device: "fac".into(),
    }
}

/// Every live record, by kind and id.
fn live(s: &Session) -> Vec<(RecordKind, String)> {
    struct Live(Vec<(RecordKind, String)>);
    impl Visit for Live {
        fn visit<R: Record>(&mut self, list: &[R]) {
            for r in list.iter().filter(|r| !r.meta().deleted) {
                self.0.push((R::KIND, r.meta().id.clone()));
            }
        }
    }
    let mut v = Live(Vec::new());
    s.visit_records(&mut v);
    v.0
}

/// Applies `a`, then its undo, then the redo; checks each step.
fn undo_redo(s: &mut Session, a: &Action, now: i64) -> Result<(), TestCaseError> {
    let before = s.clone();
    let since = s.clock(&at(now)).now;
    if s.apply(a, &at(now)).is_err() {
        return Ok(());
    }
    let after = s.clone();
    // The app offers "Undo" after exactly the actions that remove a record, and names its kind.
    let gone: Vec<RecordKind> = live(&before)
        .into_iter()
        .filter(|(kind, id)| !live(&after).contains(&(*kind, id.clone())))
        .map(|(kind, _)| kind)
        .collect();
    prop_assert_eq!(
        a.removes(),
        gone.first().copied(),
        "removal named by {:?}",
        a
    );
    let Some(undo) = s.inverse(&before, since) else {
        // Only a cast ballot has nothing to put back: ballots are superseded, never undone.
        let without_ballots = |x: &Session| {
            let mut v = content(x);
            v.as_object_mut().unwrap().remove("ballots");
            v
        };
        prop_assert_eq!(
            without_ballots(s),
            without_ballots(&before),
            "only ballots: {:?}",
            a
        );
        return Ok(());
    };
    let since_undo = s.clock(&at(now + 1)).now;
    s.apply(&undo, &at(now + 1))
        .map_err(|e| TestCaseError::fail(format!("undo of {a:?} refused: {e:?}")))?;
    if !matches!(
        a,
        Action::Ranking(workshop::rounds::RankingAction::CastBallot { .. })
    ) {
        prop_assert_eq!(content(s), content(&before), "undo of {:?}", a);
    }
    // Whatever is undone still reads back from the file.
    prop_assert!(SessionFile::new(s.clone(), "fac", now + 2).check().is_ok());
    let redo = s
        .inverse(&after, since_undo)
        .expect("an undo can be redone");
    s.apply(&redo, &at(now + 3))
        .map_err(|e| TestCaseError::fail(format!("redo of {a:?} refused: {e:?}")))?;
    prop_assert_eq!(content(s), content(&after), "redo of {:?}", a);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn every_action_undoes_and_redoes(steps in proptest::collection::vec(step(), 1..40)) {
        let mut s = base();
        for (i, st) in steps.iter().enumerate() {
            let now = T0 + 10_000 * (i as i64 + 1);
            let a = action(&s, st, &format!("u-{i}"));
            undo_redo(&mut s, &a, now)?;
        }
    }
}

#[test]
fn an_undo_is_a_change_that_wins_a_merge() {
    use workshop::innovations::InnovationsAction;
    use workshop::session::NewInnovation;
    let mut s = base();
    s.apply(
        &Action::Innovations(InnovationsAction::AddInnovations {
            innovations: vec![NewInnovation {
                id: "i".into(),
                name: "Pikin festival".into(),
                types: vec![workshop::innovations::InnovationType::Service],
                year: Some(1989),
                origin: workshop::assessment::Origin::Plenary,
            }],
        }),
        &at(T0 + 10),
    )
    .unwrap();
    let shared = s.clone();
    let before = s.clone();
    let since = s.clock(&at(T0 + 20)).now;
    s.apply(
        &Action::Innovations(InnovationsAction::RemoveInnovation { id: "i".into() }),
        &at(T0 + 20),
    )
    .unwrap();
    let removed = s.clone();
    let undo = s.inverse(&before, since).unwrap();
    s.apply(&undo, &at(T0 + 30)).unwrap();
    assert!(s.live_innovations().any(|i| i.meta.id == "i"), "back");
    let restored = s.innovations.iter().find(|i| i.meta.id == "i").unwrap();
    assert!(
        restored.meta.changed > removed.innovations[0].meta.changed,
        "a fresh stamp, not a rewind"
    );
    // Merged with a tablet that still has the removal, or the original: the undo wins.
    for other in [&removed, &shared] {
        let (m, _) = merge(other, &s, T0).unwrap();
        assert!(m.live_innovations().any(|i| i.meta.id == "i"));
    }
}
