//! Participants, attendance, balance and groups: every Action, and the balancing rules.

use workshop::participants::ParticipantsAction;
use workshop::participants::{
    balance, balanced_groups, parse_list, BalanceWarning, PastedParticipant, Sector,
};
use workshop::session::{ContentLang, NewParticipant, TextField};
use workshop::{Action, ActionError, Progress, Session, SessionFile, Stamp};

fn st(now: i64) -> Stamp {
    Stamp {
        now,
        device: "dev".into(),
    }
}

fn session() -> Session {
    Session::new("s", "Velenje", "Velenje", "", ContentLang::Sl, &st(1)).unwrap()
}

fn new(id: &str, name: &str, sector: Option<Sector>) -> NewParticipant {
    NewParticipant {
        id: id.into(),
        name: name.into(),
        sector,
        organisation: String::new(),
    }
}

const SECTORS: [Sector; 4] = Sector::ALL;

/// 15 participants, sectors in turn, all at workshop 1.
fn room() -> Session {
    let mut s = session();
    let people = (0..15)
        .map(|i| {
            new(
                &format!("p{i}"),
                &format!("Oseba {i}"),
                Some(SECTORS[i % 4]),
            )
        })
        .collect();
    s.apply(
        &Action::Participants(ParticipantsAction::AddParticipants {
            participants: people,
        }),
        &st(2),
    )
    .unwrap();
    for i in 0..15 {
        s.apply(
            &Action::Participants(ParticipantsAction::SetAttendance {
                id: format!("p{i}"),
                workshop: 1,
                present: true,
            }),
            &st(3),
        )
        .unwrap();
    }
    s
}

#[test]
fn adding_editing_and_removing_participants() {
    let mut s = session();
    assert_eq!(s.progress(), Progress::Created);
    s.apply(
        &Action::Participants(ParticipantsAction::AddParticipants {
            participants: vec![new("a", " Ana ", Some(Sector::Business))],
        }),
        &st(5),
    )
    .unwrap();
    assert_eq!(s.participants[0].name, "Ana");
    assert_eq!(s.participants[0].meta.changed, 5);
    assert_eq!(s.progress(), Progress::Participants);
    assert_eq!(s.last_changed(), 5);
    let edit = Action::Participants(ParticipantsAction::EditParticipant {
        id: "a".into(),
        name: "Ana K.".into(),
        sector: None,
        organisation: "Občina".into(),
    });
    s.apply(&edit, &st(6)).unwrap();
    assert_eq!(
        (s.participants[0].name.as_str(), s.participants[0].sector),
        ("Ana K.", None)
    );
    s.apply(
        &Action::Participants(ParticipantsAction::RemoveParticipant { id: "a".into() }),
        &st(7),
    )
    .unwrap();
    let p = &s.participants[0];
    assert!(p.meta.deleted, "a tombstone stays");
    assert!(
        p.name.is_empty() && p.organisation.is_empty(),
        "personal data is cleared"
    );
    assert_eq!(s.live_participants().count(), 0);
    assert_eq!(
        s.apply(
            &Action::Participants(ParticipantsAction::RemoveParticipant { id: "a".into() }),
            &st(8)
        ),
        Err(ActionError::UnknownParticipant)
    );
    assert_eq!(s.apply(&edit, &st(8)), Err(ActionError::UnknownParticipant));
}

#[test]
fn bad_participants_are_refused_and_nothing_changes() {
    let mut s = session();
    s.apply(
        &Action::Participants(ParticipantsAction::AddParticipants {
            participants: vec![new("a", "Ana", None)],
        }),
        &st(2),
    )
    .unwrap();
    let before = s.clone();
    let cases = [
        (vec![new("b", "  ", None)], ActionError::EmptyName),
        (
            vec![new("b", &"x".repeat(81), None)],
            ActionError::TooLong {
                field: TextField::Name,
                limit: 80,
            },
        ),
        (vec![new("a", "Again", None)], ActionError::BadId),
        (
            vec![new("b", "Bor", None), new("b", "Bor 2", None)],
            ActionError::BadId,
        ),
        (vec![new("<b>", "Bor", None)], ActionError::BadId),
        (
            vec![new("b", "Bor", None), new("c", "", None)],
            ActionError::EmptyName,
        ),
    ];
    for (people, err) in cases {
        assert_eq!(
            s.apply(
                &Action::Participants(ParticipantsAction::AddParticipants {
                    participants: people
                }),
                &st(3)
            ),
            Err(err)
        );
        assert_eq!(s, before, "a refused list adds nobody");
    }
    let many = (0..500).map(|i| new(&format!("m{i}"), "M", None)).collect();
    assert_eq!(
        s.apply(
            &Action::Participants(ParticipantsAction::AddParticipants { participants: many }),
            &st(3)
        ),
        Err(ActionError::TooManyParticipants)
    );
}

#[test]
fn markup_in_a_name_is_kept_as_text() {
    let mut s = session();
    let name = "<img src=x onerror=alert(1)>";
    s.apply(
        &Action::Participants(ParticipantsAction::AddParticipants {
            participants: vec![new("a", name, None)],
        }),
        &st(2),
    )
    .unwrap();
    assert_eq!(s.participants[0].name, name);
}

#[test]
fn attendance_is_per_workshop() {
    let mut s = session();
    s.apply(
        &Action::Participants(ParticipantsAction::AddParticipants {
            participants: vec![new("a", "Ana", None)],
        }),
        &st(2),
    )
    .unwrap();
    s.apply(
        &Action::Participants(ParticipantsAction::SetAttendance {
            id: "a".into(),
            workshop: 2,
            present: true,
        }),
        &st(3),
    )
    .unwrap();
    assert_eq!(s.participants[0].attended, [false, true, false]);
    for bad in [0, 4] {
        assert_eq!(
            s.apply(
                &Action::Participants(ParticipantsAction::SetAttendance {
                    id: "a".into(),
                    workshop: bad,
                    present: true
                }),
                &st(4)
            ),
            Err(ActionError::BadWorkshop)
        );
    }
}

#[test]
fn balance_warns_about_missing_and_dominant_sectors_and_room_size() {
    let b = balance(
        [
            Some(Sector::Business),
            Some(Sector::Business),
            Some(Sector::CivilSociety),
        ],
        12,
        17,
    );
    assert_eq!(b.counts, [2, 1, 0, 0]);
    assert_eq!(b.total, 3);
    assert_eq!(
        b.warnings,
        vec![
            BalanceWarning::Dominant(Sector::Business),
            BalanceWarning::Missing(Sector::LocalGovernment),
            BalanceWarning::Missing(Sector::ScienceCulture),
            BalanceWarning::TooFew { min: 12 },
        ]
    );
    let even: Vec<_> = (0..16).map(|i| Some(SECTORS[i % 4])).collect();
    assert!(balance(even.clone(), 12, 17).warnings.is_empty());
    let big: Vec<_> = (0..20).map(|i| Some(SECTORS[i % 4])).collect();
    assert_eq!(
        balance(big, 12, 17).warnings,
        vec![BalanceWarning::TooMany { max: 17 }]
    );
    // Exactly half is not "more than half".
    let half = [
        Some(Sector::Business),
        Some(Sector::CivilSociety),
        Some(Sector::LocalGovernment),
        Some(Sector::ScienceCulture),
    ];
    assert!(balance(
        half.iter().copied().chain([Some(Sector::Business); 0]),
        1,
        17
    )
    .warnings
    .is_empty());
}

#[test]
fn groups_are_balanced_and_reproducible() {
    let mut s = room();
    s.apply(
        &Action::Participants(ParticipantsAction::MakeGroups {
            workshop: 1,
            count: 3,
            seed: 42,
        }),
        &st(4),
    )
    .unwrap();
    let plan = s.group_plan(1).unwrap().clone();
    assert_eq!(plan.seed, 42);
    let sizes: Vec<usize> = plan.groups.iter().map(Vec::len).collect();
    assert_eq!(sizes.iter().sum::<usize>(), 15);
    assert!(
        sizes.iter().max().unwrap() - sizes.iter().min().unwrap() <= 1,
        "{sizes:?}"
    );
    for sector in SECTORS {
        let per_group: Vec<usize> = plan
            .groups
            .iter()
            .map(|g| {
                g.iter()
                    .filter(|id| {
                        s.participants
                            .iter()
                            .any(|p| &&p.meta.id == id && p.sector == Some(sector))
                    })
                    .count()
            })
            .collect();
        assert!(
            per_group.iter().max().unwrap() - per_group.iter().min().unwrap() <= 1,
            "{sector:?}: {per_group:?}"
        );
    }
    // The same seed gives the same groups; another seed (almost surely) others.
    let mut again = room();
    again
        .apply(
            &Action::Participants(ParticipantsAction::MakeGroups {
                workshop: 1,
                count: 3,
                seed: 42,
            }),
            &st(4),
        )
        .unwrap();
    assert_eq!(again.group_plan(1).unwrap().groups, plan.groups);
    again
        .apply(
            &Action::Participants(ParticipantsAction::MakeGroups {
                workshop: 1,
                count: 3,
                seed: 43,
            }),
            &st(5),
        )
        .unwrap();
    assert_ne!(again.group_plan(1).unwrap().groups, plan.groups);
    // Pairs: N = attendees / 2.
    s.apply(
        &Action::Participants(ParticipantsAction::MakeGroups {
            workshop: 1,
            count: 7,
            seed: 1,
        }),
        &st(6),
    )
    .unwrap();
    assert_eq!(s.group_plan(1).unwrap().groups.len(), 7);
    for bad in [0, 16, 51] {
        assert_eq!(
            s.apply(
                &Action::Participants(ParticipantsAction::MakeGroups {
                    workshop: 1,
                    count: bad,
                    seed: 1
                }),
                &st(7)
            ),
            Err(ActionError::BadGroupCount)
        );
    }
}

#[test]
fn balanced_groups_never_lose_or_repeat_anyone() {
    for seed in 0..50u64 {
        let people: Vec<(String, Option<Sector>)> = (0..(seed as usize % 17 + 1))
            .map(|i| {
                (
                    format!("p{i}"),
                    if i % 5 == 0 {
                        None
                    } else {
                        Some(SECTORS[i % 4])
                    },
                )
            })
            .collect();
        for count in 1..=people.len().min(6) {
            let groups = balanced_groups(&people, count, seed);
            let mut all: Vec<&String> = groups.iter().flatten().collect();
            all.sort();
            let mut expected: Vec<&String> = people.iter().map(|p| &p.0).collect();
            expected.sort();
            assert_eq!(all, expected);
        }
    }
}

#[test]
fn moving_between_groups_and_leaving() {
    let mut s = room();
    s.apply(
        &Action::Participants(ParticipantsAction::MakeGroups {
            workshop: 1,
            count: 3,
            seed: 7,
        }),
        &st(4),
    )
    .unwrap();
    let target = s
        .group_plan(1)
        .unwrap()
        .groups
        .iter()
        .position(|g| !g.contains(&"p0".to_string()))
        .unwrap();
    s.apply(
        &Action::Participants(ParticipantsAction::MoveToGroup {
            workshop: 1,
            participant: "p0".into(),
            group: target,
        }),
        &st(5),
    )
    .unwrap();
    let plan = s.group_plan(1).unwrap();
    assert!(plan.groups[target].contains(&"p0".to_string()));
    assert_eq!(
        plan.groups.iter().flatten().filter(|m| *m == "p0").count(),
        1
    );
    assert_eq!(
        s.apply(
            &Action::Participants(ParticipantsAction::MoveToGroup {
                workshop: 1,
                participant: "p0".into(),
                group: 9
            }),
            &st(6)
        ),
        Err(ActionError::BadGroup)
    );
    assert_eq!(
        s.apply(
            &Action::Participants(ParticipantsAction::MoveToGroup {
                workshop: 2,
                participant: "p0".into(),
                group: 0
            }),
            &st(6)
        ),
        Err(ActionError::BadGroup)
    );
    // Absent, or removed: out of the groups.
    s.apply(
        &Action::Participants(ParticipantsAction::SetAttendance {
            id: "p0".into(),
            workshop: 1,
            present: false,
        }),
        &st(7),
    )
    .unwrap();
    assert!(!s
        .group_plan(1)
        .unwrap()
        .groups
        .iter()
        .flatten()
        .any(|m| m == "p0"));
    s.apply(
        &Action::Participants(ParticipantsAction::RemoveParticipant { id: "p1".into() }),
        &st(8),
    )
    .unwrap();
    assert!(!s
        .group_plan(1)
        .unwrap()
        .groups
        .iter()
        .flatten()
        .any(|m| m == "p1"));
}

#[test]
fn settings_sector_names_room_and_privacy() {
    let mut s = session();
    assert_eq!(
        (
            s.settings().room_min,
            s.settings().room_max,
            s.settings().hidden
        ),
        (12, 17, false)
    );
    s.apply(
        &Action::Participants(ParticipantsAction::SetSectorName {
            sector: Sector::ScienceCulture,
            name: " akademija ".into(),
        }),
        &st(3),
    )
    .unwrap();
    assert_eq!(s.settings().sector_names[3], "akademija");
    s.apply(
        &Action::Participants(ParticipantsAction::SetRoom { min: 10, max: 20 }),
        &st(4),
    )
    .unwrap();
    assert_eq!(
        s.apply(
            &Action::Participants(ParticipantsAction::SetRoom { min: 21, max: 20 }),
            &st(5)
        ),
        Err(ActionError::BadRoom)
    );
    s.apply(
        &Action::Participants(ParticipantsAction::SetParticipantsHidden { hidden: true }),
        &st(6),
    )
    .unwrap();
    let t = s.settings();
    assert_eq!(
        (t.room_min, t.room_max, t.hidden, t.meta.changed),
        (10, 20, true, 6)
    );
    let long = "x".repeat(41);
    assert_eq!(
        s.apply(
            &Action::Participants(ParticipantsAction::SetSectorName {
                sector: Sector::Business,
                name: long
            }),
            &st(7)
        ),
        Err(ActionError::TooLong {
            field: TextField::SectorName,
            limit: 40
        })
    );
}

#[test]
fn pasted_lists_are_read_line_by_line() {
    let words = vec![
        (
            Sector::Business,
            vec!["gospodarstvo".to_string(), "business".to_string()],
        ),
        (
            Sector::CivilSociety,
            vec!["civilna družba".to_string(), "civil society".to_string()],
        ),
    ];
    let text = "Ana Novak; gospodarstvo\n\n  Bor Kos\tCivil Society \nCene | \nDora - business\n";
    let got = parse_list(text, &words).unwrap();
    assert_eq!(
        got,
        vec![
            PastedParticipant {
                name: "Ana Novak".into(),
                sector: Some(Sector::Business)
            },
            PastedParticipant {
                name: "Bor Kos".into(),
                sector: Some(Sector::CivilSociety)
            },
            PastedParticipant {
                name: "Cene".into(),
                sector: None
            },
            PastedParticipant {
                name: "Dora".into(),
                sector: Some(Sector::Business)
            },
        ]
    );
    assert_eq!(
        parse_list("Ana; ribiči", &words),
        Err((1, "ribiči".to_string()))
    );
}

#[test]
fn participants_travel_in_the_session_file_and_are_validated() {
    let mut s = room();
    s.apply(
        &Action::Participants(ParticipantsAction::MakeGroups {
            workshop: 1,
            count: 3,
            seed: 9,
        }),
        &st(4),
    )
    .unwrap();
    s.apply(
        &Action::Participants(ParticipantsAction::RemoveParticipant { id: "p3".into() }),
        &st(5),
    )
    .unwrap();
    s.apply(
        &Action::Participants(ParticipantsAction::SetSectorName {
            sector: Sector::ScienceCulture,
            name: "akademija".into(),
        }),
        &st(6),
    )
    .unwrap();
    let f = SessionFile::new(s.clone(), "dev", 10);
    assert_eq!(SessionFile::parse(&f.to_json()).unwrap().session, s);
    // A group naming someone who is not there, and a duplicate id, are refused.
    let mut v: serde_json::Value = serde_json::from_str(&f.to_json()).unwrap();
    v["session"]["groups"][0]["groups"][0][0] = "nobody".into();
    assert!(
        matches!(SessionFile::parse(&v.to_string()), Err(workshop::FileError::Invalid { path, .. }) if path.starts_with("session.groups[0].groups"))
    );
    let mut v: serde_json::Value = serde_json::from_str(&f.to_json()).unwrap();
    v["session"]["participants"][1]["meta"]["id"] = "p0".into();
    assert!(
        matches!(SessionFile::parse(&v.to_string()), Err(workshop::FileError::DuplicateId { id, .. }) if id == "p0")
    );
    let mut v: serde_json::Value = serde_json::from_str(&f.to_json()).unwrap();
    v["session"]["participants"][0]["name"] = "y".repeat(81).into();
    assert!(matches!(
        SessionFile::parse(&v.to_string()),
        Err(workshop::FileError::TooLong { .. })
    ));
}

#[test]
fn a_version_1_file_reads_as_the_current_version_without_participants() {
    let s = session();
    let mut v: serde_json::Value =
        serde_json::from_str(&SessionFile::new(s.clone(), "dev", 1).to_json()).unwrap();
    v["version"] = 1.into();
    let f = SessionFile::parse(&v.to_string()).unwrap();
    assert_eq!(f.version, workshop::VERSION);
    assert_eq!(f.session, s);
}
