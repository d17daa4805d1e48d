//! Merging copies of one session: property tests over copies edited by random *valid* actions
//! (applied through `Session::apply`, so only states the app can reach are tested), and worked
//! cases for the clock floor and each rule that spans records.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashMap;
use workshop::assessment::AssessmentAction;
use workshop::innovations::InnovationsAction;
use workshop::participants::ParticipantsAction;
use workshop::rounds::RankingAction;

use proptest::prelude::*;
use workshop::assessment::Origin;
use workshop::innovations::InnovationType;
use workshop::merge::{merge, RecordKind, Repair};
use workshop::participants::Sector;
use workshop::rounds::{Voter, Voters};
use workshop::session::{NewInnovation, NewParticipant};
use workshop::{Action, Session, SessionFile, Stamp};

mod common;
use common::{base, edit, step, Step, T0};

fn m(a: &Session, b: &Session) -> Session {
    merge(a, b, T0).unwrap().0
}

/// Every record's id and its newest version anywhere.
fn newest(copies: &[&Session]) -> HashMap<(RecordKind, String), ((i64, String), bool)> {
    let mut out: HashMap<(RecordKind, String), ((i64, String), bool)> = HashMap::new();
    for s in copies {
        s.for_each_record(&mut |kind, meta, _| {
            let v = ((meta.changed, meta.device.clone()), meta.deleted);
            let e = out.entry((kind, meta.id.clone())).or_insert(v.clone());
            if v.0 > e.0 || (v.0 == e.0 && v.1) {
                *e = v;
            }
        });
    }
    out
}

fn copies() -> impl Strategy<Value = (Vec<Step>, Vec<Vec<Step>>, Vec<i64>)> {
    (
        prop::collection::vec(step(), 0..12),
        prop::collection::vec(prop::collection::vec(step(), 0..25), 3..=4),
        prop::collection::vec(-120_000i64..120_000, 4),
    )
}

fn fork(shared: &[Step], each: &[Vec<Step>], skews: &[i64]) -> Vec<Session> {
    let common = edit(base(), "fac", 0, shared, 0);
    each.iter()
        .enumerate()
        .map(|(i, steps)| edit(common.clone(), &format!("tab{i}"), skews[i], steps, 100))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 160, ..ProptestConfig::default() })]

    #[test]
    fn merge_is_commutative_associative_and_idempotent((shared, each, skews) in copies()) {
        let c = fork(&shared, &each, &skews);
        let (a, b, d) = (&c[0], &c[1], &c[2]);
        let ab = m(a, b);
        prop_assert_eq!(&ab, &m(b, a), "commutative");
        prop_assert_eq!(m(&ab, d), m(a, &m(b, d)), "associative");
        prop_assert_eq!(&m(a, a), a, "a copy merged with itself is unchanged, order included");
        prop_assert_eq!(&m(&ab, a), &ab, "merging a file twice changes nothing");
        prop_assert_eq!(&m(&ab, &ab), &ab);
    }

    #[test]
    fn any_order_of_merging_gives_one_session((shared, each, skews) in copies()) {
        let c = fork(&shared, &each, &skews);
        let all = c.iter().skip(1).fold(c[0].clone(), |acc, x| m(&acc, x));
        let reversed = c.iter().rev().skip(1).fold(c[c.len() - 1].clone(), |acc, x| m(&acc, x));
        prop_assert_eq!(&all, &reversed);
        let pairs = if c.len() == 4 {
            m(&m(&c[2], &c[0]), &m(&c[3], &c[1]))
        } else {
            m(&m(&c[2], &c[0]), &c[1])
        };
        prop_assert_eq!(&all, &pairs);
    }

    #[test]
    fn nothing_is_lost_and_nothing_comes_back((shared, each, skews) in copies()) {
        let c = fork(&shared, &each, &skews);
        let refs: Vec<&Session> = c.iter().collect();
        let merged = c.iter().skip(1).fold(c[0].clone(), |acc, x| m(&acc, x));
        let want = newest(&refs);
        let got = newest(&[&merged]);
        for (key, (_, deleted)) in &want {
            let Some((_, now_deleted)) = got.get(key) else {
                return Err(TestCaseError::fail(format!("{key:?} lost")));
            };
            if *deleted {
                prop_assert!(*now_deleted, "{:?} was removed in its newest version", key);
            }
        }
        prop_assert_eq!(want.len(), got.len());
    }

    #[test]
    fn merged_session_validates_survives_a_file_and_can_be_edited(
        (shared, each, skews) in copies(),
        more in prop::collection::vec(step(), 0..15),
    ) {
        let c = fork(&shared, &each, &skews);
        let merged = c.iter().skip(1).fold(c[0].clone(), |acc, x| m(&acc, x));
        let file = SessionFile::new(merged.clone(), "fac", T0);
        prop_assert!(file.check().is_ok(), "{:?}", file.check());
        let back = SessionFile::parse(&file.to_json()).unwrap();
        prop_assert_eq!(&back.session, &merged);
        // Editing on after a merge, and merging again, stays valid.
        let later = edit(merged.clone(), "tab0", -500_000, &more, 400);
        let again = m(&later, &c[1]);
        prop_assert!(SessionFile::new(again, "fac", T0).check().is_ok());
    }
}

fn at(now: i64, device: &str) -> Stamp {
    Stamp {
        now,
        device: device.into(),
    }
}

#[test]
fn a_tablet_whose_clock_is_behind_still_wins_over_the_version_it_edited() {
    let s = base();
    let mut late = s.clone();
    // The tablet's clock is an hour behind the facilitator's.
    let edit = Action::Assessment(AssessmentAction::EditCard {
        id: "c0".into(),
        text: "gospodarstvo na dveh podjetjih".into(),
        evidence: vec![],
    });
    late.apply(&edit, &at(T0 - 3_600_000, "tab")).unwrap();
    let card = late.cards.iter().find(|c| c.meta.id == "c0").unwrap();
    assert!(
        card.meta.changed > s.last_changed(),
        "stamped after what it edited"
    );
    let merged = m(&s, &late);
    let c0 = merged.cards.iter().find(|c| c.meta.id == "c0").unwrap();
    assert_eq!(c0.text, "gospodarstvo na dveh podjetjih");
}

#[test]
fn merging_raises_the_clock_floor_and_flags_the_future() {
    let s = base();
    let mut ahead = s.clone();
    let week = 7 * 24 * 3_600_000;
    ahead
        .apply(
            &Action::Assessment(AssessmentAction::SetVerdict {
                text: "visoka".into(),
            }),
            &at(T0 + week, "wrong-clock"),
        )
        .unwrap();
    let (merged, report) = merge(&s, &ahead, T0).unwrap();
    assert_eq!(report.future.len(), 1);
    assert_eq!(report.future[0].kind, RecordKind::Verdict);
    assert_eq!(report.future[0].device, "wrong-clock");
    let next = merged.clock(&at(T0, "fac"));
    assert!(
        next.now > T0 + week,
        "later changes come after the newest seen"
    );
}

#[test]
fn attendance_and_a_corrected_name_both_survive() {
    let s = base();
    let mut door = s.clone();
    door.apply(
        &Action::Participants(ParticipantsAction::SetAttendance {
            id: "p0".into(),
            workshop: 3,
            present: true,
        }),
        &at(T0 + 10_000, "door"),
    )
    .unwrap();
    let mut desk = s.clone();
    desk.apply(
        &Action::Participants(ParticipantsAction::EditParticipant {
            id: "p0".into(),
            name: "Oseba Nič".into(),
            sector: Some(Sector::Business),
            organisation: "Gorenje".into(),
        }),
        &at(T0 + 20_000, "desk"),
    )
    .unwrap();
    for merged in [m(&door, &desk), m(&desk, &door)] {
        let p = merged
            .participants
            .iter()
            .find(|p| p.meta.id == "p0")
            .unwrap();
        assert_eq!(p.name, "Oseba Nič");
        assert!(
            p.attended[2],
            "the door's tick survives the desk's correction"
        );
    }
}

#[test]
fn a_removed_card_is_not_brought_back_by_an_older_edit_but_a_later_one_conflicts() {
    let s = base();
    let mut group = s.clone();
    let mut plenary = s.clone();
    group
        .apply(
            &Action::Assessment(AssessmentAction::EditCard {
                id: "c1".into(),
                text: "beg možganov".into(),
                evidence: vec![],
            }),
            &at(T0 + 5_000, "group3"),
        )
        .unwrap();
    plenary
        .apply(
            &Action::Assessment(AssessmentAction::RemoveCard { id: "c1".into() }),
            &at(T0 + 9_000, "plenary"),
        )
        .unwrap();
    let (merged, report) = merge(&group, &plenary, T0).unwrap();
    assert!(merged
        .cards
        .iter()
        .any(|c| c.meta.id == "c1" && c.meta.deleted));
    assert_eq!(report.count(RecordKind::Card).removed, 1);
    assert_eq!(
        report.conflicts.len(),
        1,
        "each side changed it unaware of the other"
    );
    let conflict = &report.conflicts[0];
    assert!(conflict.kept_removed && !conflict.other_removed);
    assert_eq!(conflict.other_label, "beg možganov");
    assert_eq!(conflict.other_version.1, "group3");
    // "Use the other": an ordinary edit made now, which wins everywhere afterwards.
    let mut resolved = merged.clone();
    resolved
        .use_version(RecordKind::Card, &conflict.other, &at(T0 + 1, "fac"))
        .unwrap();
    let c1 = resolved.cards.iter().find(|c| c.meta.id == "c1").unwrap();
    assert!(!c1.meta.deleted);
    assert_eq!(c1.text, "beg možganov");
    assert_eq!(m(&resolved, &plenary), resolved);
    assert_eq!(m(&group, &resolved), resolved);
}

#[test]
fn an_update_made_knowing_the_other_version_is_no_conflict() {
    let s = base();
    let mut a = s.clone();
    a.apply(
        &Action::Assessment(AssessmentAction::EditCard {
            id: "c0".into(),
            text: "prva".into(),
            evidence: vec![],
        }),
        &at(T0 + 1_000, "fac"),
    )
    .unwrap();
    let mut b = m(&s, &a); // the group received the facilitator's change
    b.apply(
        &Action::Assessment(AssessmentAction::EditCard {
            id: "c0".into(),
            text: "druga".into(),
            evidence: vec![],
        }),
        &at(T0 + 2_000, "group1"),
    )
    .unwrap();
    let (merged, report) = merge(&a, &b, T0).unwrap();
    assert!(report.conflicts.is_empty(), "{:?}", report.conflicts);
    assert_eq!(report.count(RecordKind::Card).changed, 1);
    assert!(merged.cards.iter().any(|c| c.text == "druga"));
}

#[test]
fn a_member_removed_elsewhere_leaves_the_groups() {
    let s = base();
    let mut groups = s.clone();
    groups
        .apply(
            &Action::Participants(ParticipantsAction::MakeGroups {
                workshop: 1,
                count: 1,
                seed: 1,
            }),
            &at(T0 + 9_000, "fac"),
        )
        .unwrap();
    let mut desk = s.clone();
    desk.apply(
        &Action::Participants(ParticipantsAction::RemoveParticipant { id: "p0".into() }),
        &at(T0 + 5_000, "desk"),
    )
    .unwrap();
    let (merged, report) = merge(&groups, &desk, T0).unwrap();
    let shown: Vec<&str> = merged
        .group_members(1, 0)
        .map(|p| p.meta.id.as_str())
        .collect();
    assert!(!shown.contains(&"p0") && shown.contains(&"p4"), "{shown:?}");
    assert!(report.repairs.contains(&Repair::GroupMemberRemoved {
        workshop: 1,
        participant: "p0".into()
    }));
    assert!(SessionFile::new(merged, "fac", T0).check().is_ok());
}

#[test]
fn two_corrections_of_one_ballot_leave_one_counted_ballot() {
    let mut s = base();
    s.apply(
        &Action::Ranking(RankingAction::OpenRound {
            id: "r1".into(),
            name: "Krog 1".into(),
            voters: Voters::Individuals,
            problems: vec!["q0".into(), "q1".into()],
            method: ranking::Method::Borda,
        }),
        &at(T0 + 1, "fac"),
    )
    .unwrap();
    let vote = |id: &str, first: &str, second: &str| {
        Action::Ranking(RankingAction::CastBallot {
            id: id.into(),
            round: "r1".into(),
            voter: Voter::Participant { id: "p0".into() },
            tiers: vec![vec![first.into()], vec![second.into()]],
            scribe: false,
        })
    };
    s.apply(&vote("b0", "q0", "q1"), &at(T0 + 2, "fac"))
        .unwrap();
    let mut x = s.clone();
    x.apply(&vote("bx", "q1", "q0"), &at(T0 + 3_000, "tabx"))
        .unwrap();
    let mut y = s.clone();
    y.apply(&vote("by", "q0", "q1"), &at(T0 + 4_000, "taby"))
        .unwrap();
    let (merged, report) = merge(&x, &y, T0).unwrap();
    let counted: Vec<&str> = merged
        .current_ballots("r1")
        .map(|b| b.meta.id.as_str())
        .collect();
    assert_eq!(counted, ["by"], "the last one cast counts");
    assert_eq!(merged.ballots.len(), 3, "the history keeps every ballot");
    assert!(report.repairs.contains(&Repair::BallotFork {
        round: "r1".into(),
        counted: "by".into()
    }));
}

#[test]
fn a_deep_dive_of_a_removed_innovation_goes_with_it() {
    let mut s = base();
    s.apply(
        &Action::Innovations(InnovationsAction::AddInnovations {
            innovations: vec![NewInnovation {
                id: "i1".into(),
                name: "Lokalc".into(),
                types: vec![InnovationType::Service],
                year: Some(2008),
                origin: Origin::ResearchTeam,
            }],
        }),
        &at(T0 + 1, "fac"),
    )
    .unwrap();
    let mut dive = s.clone();
    dive.apply(
        &Action::Innovations(InnovationsAction::StartDeepDive {
            id: "d1".into(),
            innovation: "i1".into(),
            limit: 4,
        }),
        &at(T0 + 2_000, "group2"),
    )
    .unwrap();
    let mut removed = s.clone();
    removed
        .apply(
            &Action::Innovations(InnovationsAction::RemoveInnovation { id: "i1".into() }),
            &at(T0 + 3_000, "fac"),
        )
        .unwrap();
    let (merged, report) = merge(&dive, &removed, T0).unwrap();
    assert_eq!(merged.deep_dives.len(), 1, "the worksheet stays");
    assert_eq!(
        merged.live_deep_dives().count(),
        0,
        "hidden with its innovation"
    );
    assert!(matches!(
        report.repairs[0],
        Repair::DeepDiveOfRemovedInnovation { .. }
    ));
}

#[test]
fn a_card_merged_on_one_tablet_and_commented_on_another_keeps_every_comment() {
    let s = base();
    let mut plenary = s.clone();
    plenary
        .apply(
            &Action::Assessment(AssessmentAction::CommentCard {
                card: "c1".into(),
                comment_id: "k1".into(),
                origin: Origin::Plenary,
                text: "res".into(),
                challenge: false,
            }),
            &at(T0 + 1_000, "plenary"),
        )
        .unwrap();
    let mut group = plenary.clone();
    plenary
        .apply(
            &Action::Assessment(AssessmentAction::MergeCards {
                keep: "c0".into(),
                other: "c1".into(),
                text: "odvisnost".into(),
            }),
            &at(T0 + 2_000, "plenary"),
        )
        .unwrap();
    group
        .apply(
            &Action::Assessment(AssessmentAction::CommentCard {
                card: "c1".into(),
                comment_id: "k2".into(),
                origin: Origin::Group(2),
                text: "tudi mladi".into(),
                challenge: true,
            }),
            &at(T0 + 3_000, "group2"),
        )
        .unwrap();
    let (merged, report) = merge(&plenary, &group, T0).unwrap();
    let holders = |id: &str| {
        merged
            .cards
            .iter()
            .filter(|c| c.comments.iter().any(|k| k.id == id))
            .count()
    };
    assert_eq!(holders("k2"), 1);
    assert!(holders("k1") >= 1, "no comment is lost");
    assert!(report
        .repairs
        .iter()
        .any(|r| matches!(r, Repair::CommentOnTwoCards { comment, .. } if comment == "k1")));
    assert!(SessionFile::new(merged, "fac", T0).check().is_ok());
}

#[test]
fn copies_of_different_sessions_are_refused() {
    let a = base();
    let mut b = base();
    b.id = "other".into();
    b.info.meta.id = "other".into();
    assert!(merge(&a, &b, T0).is_err());
}

#[test]
fn a_pasted_list_keeps_its_order_after_a_merge() {
    let s = base();
    let mut a = s.clone();
    let names = ["Žan", "Ana", "Miha", "Bor"];
    let list = names
        .iter()
        .enumerate()
        .map(|(i, n)| NewParticipant {
            id: format!("z{}", 9 - i),
            name: n.to_string(),
            sector: None,
            organisation: String::new(),
        })
        .collect();
    a.apply(
        &Action::Participants(ParticipantsAction::AddParticipants { participants: list }),
        &at(T0 + 5, "fac"),
    )
    .unwrap();
    let merged = m(&s, &a);
    let order: Vec<&str> = merged
        .live_participants()
        .skip(6)
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(order, names);
}

#[test]
fn the_random_steps_reach_every_part_of_a_session() {
    // Guards the property tests above: their random steps must mostly be valid actions.
    let steps: Vec<Step> = (0..400)
        .map(|i| Step {
            op: ((i * 7 + i / 30) % 30) as u8,
            a: i * 13 % 64,
            b: i * 5 % 64,
            text: (i % 4) as u8,
            flag: i % 3 == 0,
        })
        .collect();
    let s = edit(base(), "tab0", 0, &steps, 0);
    let mut kinds = std::collections::HashSet::new();
    s.for_each_record(&mut |kind, meta, _| {
        if meta.device == "tab0" {
            kinds.insert(kind);
        }
    });
    assert!(kinds.len() >= 11, "{kinds:?}");
    assert!(s.ballots.len() >= 5 && s.cards.iter().any(|c| !c.comments.is_empty()));
}

#[test]
fn two_tablets_commenting_on_one_card_keep_both_comments_in_one_order() {
    let s = base();
    let comment = |id: &str, device: &str, when: i64| {
        let mut copy = s.clone();
        copy.apply(
            &Action::Assessment(AssessmentAction::CommentCard {
                card: "c0".into(),
                comment_id: id.into(),
                origin: Origin::Plenary,
                text: format!("komentar {id}"),
                challenge: false,
            }),
            &at(when, device),
        )
        .unwrap();
        copy
    };
    let (x, y) = (
        comment("kx", "tabx", T0 + 2_000),
        comment("ky", "taby", T0 + 1_000),
    );
    for merged in [m(&x, &y), m(&y, &x)] {
        let c0 = merged.cards.iter().find(|c| c.meta.id == "c0").unwrap();
        let ids: Vec<&str> = c0.comments.iter().map(|k| k.id.as_str()).collect();
        assert_eq!(
            ids,
            ["ky", "kx"],
            "both comments, in the order they were written"
        );
    }
}
