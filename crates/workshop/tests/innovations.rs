//! Workshop 2, part A: the inventory Actions, period assignment (edges, overlaps, unknown years,
//! set by hand), deep dives and the summary of what worked, pasted lists, the file.

use workshop::assessment::Origin;
use workshop::innovations::InnovationsAction;
use workshop::innovations::{
    parse_innovation_list, period_of, what_worked, FactorNote, InnovationType, PastedInnovation,
    SuccessFactor, WhatWorked,
};
use workshop::session::{ContentLang, NewInnovation, TextField};
use workshop::{Action, ActionError, Progress, Session, SessionFile, Stamp};

fn st(now: i64) -> Stamp {
    Stamp {
        now,
        device: "dev".into(),
    }
}

fn new(id: &str, name: &str, types: &[InnovationType], year: Option<i32>) -> NewInnovation {
    NewInnovation {
        id: id.into(),
        name: name.into(),
        types: types.to_vec(),
        year,
        origin: Origin::ResearchTeam,
    }
}

fn inventory() -> Session {
    let mut s = Session::new("s", "Velenje", "Velenje", "", ContentLang::Sl, &st(1)).unwrap();
    for (id, name, start, end) in [
        ("t1", "Socializem", 1945, Some(1990)),
        ("t2", "Okoljska kriza", 1980, Some(1989)),
        ("t3", "Tranzicija", 1991, None),
    ] {
        s.apply(
            &Action::Innovations(InnovationsAction::AddPeriod {
                id: id.into(),
                name: name.into(),
                start,
                end,
            }),
            &st(2),
        )
        .unwrap();
    }
    let list = vec![
        new(
            "i1",
            "Udarniško delo",
            &[InnovationType::Practice],
            Some(1945),
        ),
        new(
            "i2",
            "Ekološko gibanje",
            &[InnovationType::Rules],
            Some(1987),
        ),
        new(
            "i3",
            "Zadnje leto socializma",
            &[InnovationType::Practice],
            Some(1990),
        ),
        new(
            "i4",
            "Prvo leto tranzicije",
            &[InnovationType::Service, InnovationType::Product],
            Some(1991),
        ),
        new(
            "i5",
            "Prostori za društva",
            &[InnovationType::Practice],
            None,
        ),
    ];
    s.apply(
        &Action::Innovations(InnovationsAction::AddInnovations { innovations: list }),
        &st(3),
    )
    .unwrap();
    s
}

fn period(s: &Session, id: &str) -> Option<String> {
    let i = s.live_innovations().find(|i| i.meta.id == id).unwrap();
    period_of(i, &s.periods).map(|p| p.meta.id.clone())
}

#[test]
fn periods_follow_years_with_overlaps_edges_and_unknown_years() {
    let mut s = inventory();
    assert_eq!(s.progress(), Progress::Innovations);
    assert_eq!(
        period(&s, "i1").as_deref(),
        Some("t1"),
        "the first year of a period is in it"
    );
    assert_eq!(
        period(&s, "i2").as_deref(),
        Some("t2"),
        "overlap: the period that began last"
    );
    assert_eq!(
        period(&s, "i3").as_deref(),
        Some("t1"),
        "the last year of a period is in it"
    );
    assert_eq!(
        period(&s, "i4").as_deref(),
        Some("t3"),
        "an open period lasts"
    );
    assert_eq!(period(&s, "i5"), None, "an unknown year has no period");
    // By hand, and back.
    s.apply(
        &Action::Innovations(InnovationsAction::SetInnovationPeriod {
            id: "i5".into(),
            period: Some("t1".into()),
        }),
        &st(4),
    )
    .unwrap();
    assert_eq!(period(&s, "i5").as_deref(), Some("t1"));
    assert_eq!(
        s.apply(
            &Action::Innovations(InnovationsAction::SetInnovationPeriod {
                id: "i5".into(),
                period: Some("t9".into())
            }),
            &st(4)
        ),
        Err(ActionError::UnknownPeriod)
    );
    // Removing a period sends hand-set innovations back to their year.
    s.apply(
        &Action::Innovations(InnovationsAction::RemovePeriod { id: "t1".into() }),
        &st(5),
    )
    .unwrap();
    assert_eq!(period(&s, "i5"), None);
    assert_eq!(period(&s, "i1"), None, "1945 now falls in no period");
    // Bad periods.
    for (start, end) in [(1990, Some(1980)), (999, None), (2000, Some(2201))] {
        assert_eq!(
            s.apply(
                &Action::Innovations(InnovationsAction::AddPeriod {
                    id: "t9".into(),
                    name: "x".into(),
                    start,
                    end
                }),
                &st(6)
            ),
            Err(ActionError::BadYear)
        );
    }
}

#[test]
fn innovations_are_validated_edited_and_removed() {
    let mut s = inventory();
    let before = s.clone();
    for (list, err) in [
        (
            vec![new("j1", " ", &[InnovationType::Practice], None)],
            ActionError::EmptyText,
        ),
        (vec![new("j1", "x", &[], None)], ActionError::BadTypes),
        (
            vec![new(
                "j1",
                "x",
                &[InnovationType::Service, InnovationType::Service],
                None,
            )],
            ActionError::BadTypes,
        ),
        (
            vec![new(
                "j1",
                "x",
                &[
                    InnovationType::Rules,
                    InnovationType::Service,
                    InnovationType::Product,
                ],
                None,
            )],
            ActionError::BadTypes,
        ),
        (
            vec![new("j1", "x", &[InnovationType::Practice], Some(3000))],
            ActionError::BadYear,
        ),
        (
            vec![new("i1", "x", &[InnovationType::Practice], None)],
            ActionError::BadId,
        ),
        (
            vec![new(
                "j1",
                &"x".repeat(301),
                &[InnovationType::Practice],
                None,
            )],
            ActionError::TooLong {
                field: TextField::InnovationName,
                limit: 300,
            },
        ),
    ] {
        assert_eq!(
            s.apply(
                &Action::Innovations(InnovationsAction::AddInnovations { innovations: list }),
                &st(4)
            ),
            Err(err)
        );
        assert_eq!(s, before);
    }
    let edit = Action::Innovations(InnovationsAction::EditInnovation {
        id: "i2".into(),
        name: "Ekološko gibanje konec 80. let".into(),
        types: vec![InnovationType::Rules],
        year: Some(1987),
        description: "Gibanje za čistejše okolje.".into(),
        drivers: vec![workshop::participants::Sector::CivilSociety],
        organisations: "društva".into(),
        need: "čist zrak".into(),
        running: Some(false),
    });
    s.apply(&edit, &st(500)).unwrap();
    let i2 = s.live_innovations().find(|i| i.meta.id == "i2").unwrap();
    assert_eq!(
        (i2.need.as_str(), i2.running, i2.meta.changed),
        ("čist zrak", Some(false), 500)
    );
    s.apply(
        &Action::Innovations(InnovationsAction::RemoveInnovation { id: "i2".into() }),
        &st(6),
    )
    .unwrap();
    assert_eq!(s.live_innovations().count(), 4);
    assert_eq!(s.apply(&edit, &st(7)), Err(ActionError::UnknownInnovation));
}

#[test]
fn deep_dives_are_limited_and_summarised() {
    let mut s = inventory();
    for (n, i) in ["i1", "i2", "i3"].iter().enumerate() {
        s.apply(
            &Action::Innovations(InnovationsAction::StartDeepDive {
                id: format!("d{n}"),
                innovation: i.to_string(),
                limit: 3,
            }),
            &st(4),
        )
        .unwrap();
    }
    assert_eq!(
        s.apply(
            &Action::Innovations(InnovationsAction::StartDeepDive {
                id: "d9".into(),
                innovation: "i4".into(),
                limit: 3
            }),
            &st(5)
        ),
        Err(ActionError::TooManyDeepDives)
    );
    assert_eq!(
        s.apply(
            &Action::Innovations(InnovationsAction::StartDeepDive {
                id: "d9".into(),
                innovation: "i1".into(),
                limit: 9
            }),
            &st(5)
        ),
        Err(ActionError::BadDeepDive),
        "one per innovation"
    );
    let note = |f: SuccessFactor| FactorNote {
        factor: f,
        note: "zato".into(),
    };
    let fill = |id: &str, factors: Vec<FactorNote>, lessons: &str| {
        Action::Innovations(InnovationsAction::EditDeepDive {
            id: id.into(),
            need: "potreba".into(),
            cooperation: String::new(),
            resources: String::new(),
            obstacles: String::new(),
            factors,
            lessons: lessons.into(),
        })
    };
    s.apply(
        &fill(
            "d0",
            vec![
                note(SuccessFactor::Cooperation),
                note(SuccessFactor::Initiators),
                note(SuccessFactor::Cooperation),
            ],
            "Sodelujmo.",
        ),
        &st(6),
    )
    .unwrap();
    s.apply(
        &fill(
            "d1",
            vec![
                note(SuccessFactor::Cooperation),
                note(SuccessFactor::Other("mediji".into())),
            ],
            "",
        ),
        &st(6),
    )
    .unwrap();
    s.apply(
        &fill(
            "d2",
            vec![
                note(SuccessFactor::Initiators),
                note(SuccessFactor::Cooperation),
            ],
            "Vztrajajmo.",
        ),
        &st(6),
    )
    .unwrap();
    let WhatWorked {
        factors: counts,
        lessons,
    } = what_worked(&s.deep_dives, &s.innovations);
    assert_eq!(
        counts,
        vec![
            (SuccessFactor::Cooperation, 3),
            (SuccessFactor::Initiators, 2),
            (SuccessFactor::Other("mediji".into()), 1)
        ],
        "a factor named twice in one worksheet counts once"
    );
    assert_eq!(
        lessons,
        vec![
            ("Udarniško delo", "Sodelujmo."),
            ("Zadnje leto socializma", "Vztrajajmo.")
        ]
    );
    // The number of deep dives is a setting of the session.
    assert_eq!(s.deep_dive_limit(), 4);
    s.apply(
        &Action::Innovations(InnovationsAction::SetDeepDiveLimit { limit: 6 }),
        &st(6),
    )
    .unwrap();
    assert_eq!(s.deep_dive_limit(), 6);
    assert_eq!(
        s.apply(
            &Action::Innovations(InnovationsAction::SetDeepDiveLimit { limit: 0 }),
            &st(6)
        ),
        Err(ActionError::TooManyDeepDives)
    );
    let f = SessionFile::new(s.clone(), "dev", 9);
    assert_eq!(
        SessionFile::parse(&f.to_json())
            .unwrap()
            .session
            .deep_dive_limit(),
        6
    );
    // Removing an innovation removes its deep dive from the summary.
    s.apply(
        &Action::Innovations(InnovationsAction::RemoveInnovation { id: "i1".into() }),
        &st(7),
    )
    .unwrap();
    let counts = what_worked(&s.deep_dives, &s.innovations).factors;
    assert_eq!(counts[0], (SuccessFactor::Cooperation, 2));
}

#[test]
fn pasted_inventories_are_read() {
    let text = "Udarniško delo; nova praksa; 1945\n\nSooblikujmo Velenje; nova storitev/proizvod; 2018\nFree ice rink; new service; 2013\nProstori za društva; nova praksa; neznano\nSamo ime\n";
    let list = parse_innovation_list(text).unwrap();
    assert_eq!(
        list,
        vec![
            PastedInnovation {
                name: "Udarniško delo".into(),
                types: vec![InnovationType::Practice],
                year: Some(1945)
            },
            PastedInnovation {
                name: "Sooblikujmo Velenje".into(),
                types: vec![InnovationType::Service, InnovationType::Product],
                year: Some(2018)
            },
            PastedInnovation {
                name: "Free ice rink".into(),
                types: vec![InnovationType::Service],
                year: Some(2013)
            },
            PastedInnovation {
                name: "Prostori za društva".into(),
                types: vec![InnovationType::Practice],
                year: None
            },
            PastedInnovation {
                name: "Samo ime".into(),
                types: vec![InnovationType::Practice],
                year: None
            },
        ]
    );
    assert_eq!(
        parse_innovation_list("Krajevni samoprispevek; nova pravila/predpisi; 1970").unwrap()[0]
            .types,
        vec![InnovationType::Rules]
    );
    assert_eq!(
        parse_innovation_list("x; kuhinja; 1999"),
        Err((1, "kuhinja".into()))
    );
    assert_eq!(
        parse_innovation_list("ok; praksa; 1999\nx; praksa; lani"),
        Err((2, "lani".into()))
    );
}

#[test]
fn the_inventory_travels_in_the_file_and_is_checked() {
    let mut s = inventory();
    s.apply(
        &Action::Innovations(InnovationsAction::StartDeepDive {
            id: "d1".into(),
            innovation: "i1".into(),
            limit: 4,
        }),
        &st(4),
    )
    .unwrap();
    s.apply(
        &Action::Innovations(InnovationsAction::SetInnovationPeriod {
            id: "i5".into(),
            period: Some("t2".into()),
        }),
        &st(5),
    )
    .unwrap();
    let f = SessionFile::new(s.clone(), "dev", 9);
    assert_eq!(SessionFile::parse(&f.to_json()).unwrap().session, s);
    let doc: serde_json::Value = serde_json::from_str(&f.to_json()).unwrap();
    let mut v = doc.clone();
    v["session"]["innovations"][0]["types"] = serde_json::json!([]);
    assert!(
        matches!(SessionFile::parse(&v.to_string()), Err(workshop::FileError::Invalid { path, .. }) if path == "session.innovations[0].types")
    );
    let mut v = doc.clone();
    v["session"]["deep_dives"][0]["innovation"] = "nowhere".into();
    assert!(
        matches!(SessionFile::parse(&v.to_string()), Err(workshop::FileError::Invalid { path, .. }) if path == "session.deep_dives[0].innovation")
    );
    let mut v = doc.clone();
    v["session"]["innovations"][2]["types"][0] = "recipe".into();
    assert_eq!(
        SessionFile::parse(&v.to_string()),
        Err(workshop::FileError::WrongType {
            path: "session.innovations[2].types[0]".into()
        })
    );
}

/// A worksheet naming more success factors than a file may hold: the reducer takes the list,
/// the record's own rules (the file reader's) refuse it, and the session stays as it was.
#[test]
fn a_change_the_file_reader_would_refuse_is_not_made() {
    let mut s = inventory();
    let id = s.innovations[0].meta.id.clone();
    let start = Action::Innovations(InnovationsAction::StartDeepDive {
        id: "dd".into(),
        innovation: id,
        limit: 4,
    });
    s.apply(&start, &st(100)).unwrap();
    let edit = |factors: Vec<FactorNote>| {
        Action::Innovations(InnovationsAction::EditDeepDive {
            id: "dd".into(),
            need: String::new(),
            cooperation: String::new(),
            resources: String::new(),
            obstacles: String::new(),
            factors,
            lessons: String::new(),
        })
    };
    let other = |n: usize| FactorNote {
        factor: SuccessFactor::Other(format!("dejavnik {n}")),
        note: String::new(),
    };
    let before = s.clone();
    let many = (0..=workshop::limits::MAX_FACTORS).map(other).collect();
    assert_eq!(
        s.apply(&edit(many), &st(200)),
        Err(ActionError::BreaksRule {
            field: "factors".into()
        })
    );
    assert_eq!(s, before);
    s.apply(&edit((0..3).map(other).collect()), &st(300))
        .unwrap();

    // The reader refuses the same, and an "other" factor without a name.
    let file = SessionFile::new(s, "dev", 400);
    let mut doc = file.to_value();
    let factors = &mut doc["session"]["deep_dives"][0]["factors"];
    factors[0]["factor"]["name"] = "".into();
    let e = SessionFile::from_value(doc.clone()).unwrap_err();
    assert_eq!(
        e,
        workshop::FileError::Invalid {
            path: "session.deep_dives[0].factors[0].factor.name".into(),
            rule: workshop::rules::Rule::Required,
        }
    );
    let many: Vec<_> = (0..=workshop::limits::MAX_FACTORS)
        .map(|n| serde_json::json!({"factor": {"factor": "other", "name": format!("d{n}")}}))
        .collect();
    doc["session"]["deep_dives"][0]["factors"] = many.into();
    assert_eq!(
        SessionFile::from_value(doc).unwrap_err(),
        workshop::FileError::Invalid {
            path: "session.deep_dives[0].factors".into(),
            rule: workshop::rules::Rule::Count {
                count: workshop::limits::MAX_FACTORS + 1,
                min: 0,
                max: workshop::limits::MAX_FACTORS
            },
        }
    );
}
