//! Workshop 3: worksheets, ideas, their links, the plenary's view, the file and the merge.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::{json, Value};
use workshop::assessment::{AssessmentAction, Domain, Origin, Polarity};
use workshop::innovations::{InnovationType, InnovationsAction, SuccessFactor};
use workshop::merge::{merge, Repair};
use workshop::participants::{ParticipantsAction, Sector};
use workshop::rounds::{RankingAction, Voter, Voters};
use workshop::rules::Rule;
use workshop::session::{ContentLang, NewInnovation, NewParticipant};
use workshop::solutions::{Basis, IdeaStatus, IdeaText, NewWorksheet, SolutionsAction};
use workshop::{Action, ActionError, FileError, Progress, Session, SessionFile, Stamp};

const T0: i64 = 1_780_000_000_000;

fn at(now: i64, device: &str) -> Stamp {
    Stamp {
        now,
        device: device.into(),
    }
}

fn run(s: &mut Session, a: SolutionsAction) -> Result<(), ActionError> {
    s.apply(&Action::Solutions(a), &at(T0 + 100, "fac"))
}

/// A session through workshop 2: three problems chosen, a strength, a weakness, an innovation,
/// six participants at workshop 3 in three groups.
fn chosen() -> Session {
    let st = at(T0, "fac");
    let mut s = Session::new("s", "Velenje", "Velenje", "", ContentLang::Sl, &st).unwrap();
    let mut go = |a: Action| s.apply(&a, &st).unwrap();
    for (id, polarity) in [("str", Polarity::Strength), ("weak", Polarity::Weakness)] {
        go(Action::Assessment(AssessmentAction::AddCard {
            id: id.into(),
            domain: Domain::Adaptability,
            polarity,
            text: format!("kartica {id}"),
            origin: Origin::ResearchTeam,
            evidence: vec![],
        }));
    }
    for p in 1..=4 {
        go(Action::Assessment(AssessmentAction::AddProblem {
            id: format!("p{p}"),
            text: format!("problem {p}"),
        }));
    }
    go(Action::Innovations(InnovationsAction::AddInnovations {
        innovations: vec![NewInnovation {
            id: "inn".into(),
            name: "prostovoljstvo".into(),
            types: vec![InnovationType::Practice],
            year: None,
            origin: Origin::Plenary,
        }],
    }));
    go(Action::Participants(ParticipantsAction::AddParticipants {
        participants: (0..6)
            .map(|i| NewParticipant {
                id: format!("a{i}"),
                name: format!("Oseba {i}"),
                sector: Some(Sector::ALL[i % 4]),
                organisation: String::new(),
            })
            .collect(),
    }));
    for i in 0..6 {
        go(Action::Participants(ParticipantsAction::SetAttendance {
            id: format!("a{i}"),
            workshop: 3,
            present: true,
        }));
    }
    go(Action::Participants(ParticipantsAction::MakeGroups {
        workshop: 3,
        count: 3,
        seed: 1,
    }));
    let problems: Vec<String> = (1..=4).map(|p| format!("p{p}")).collect();
    go(Action::Ranking(RankingAction::OpenRound {
        id: "r".into(),
        name: "plenarno".into(),
        voters: Voters::Plenary,
        problems: problems.clone(),
        method: ranking::Method::Borda,
    }));
    go(Action::Ranking(RankingAction::CastBallot {
        id: "b".into(),
        round: "r".into(),
        voter: Voter::Plenary,
        tiers: vec![vec!["p3".into()], vec!["p1".into()], vec!["p2".into()]],
        scribe: false,
    }));
    go(Action::Ranking(RankingAction::ChooseProblems {
        round: "r".into(),
        method: ranking::Method::Borda,
        problems: vec!["p3".into(), "p1".into(), "p2".into()],
    }));
    s
}

/// [`chosen`] with the default worksheets started (w1–w3 on p3, p1, p2).
fn started() -> Session {
    let mut s = chosen();
    let mut n = 0;
    let sheets = s.default_worksheets(|| {
        n += 1;
        format!("w{n}")
    });
    run(
        &mut s,
        SolutionsAction::StartWorksheets { worksheets: sheets },
    )
    .unwrap();
    s
}

fn add_idea(s: &mut Session, id: &str, sheet: &str) {
    run(
        s,
        SolutionsAction::AddIdea {
            id: id.into(),
            worksheet: sheet.into(),
            title: format!(" ideja {id} "),
        },
    )
    .unwrap();
}

fn titles(s: &Session, sheet: &str) -> Vec<String> {
    s.ideas_of(sheet)
        .iter()
        .map(|i| i.text.title.clone())
        .collect()
}

fn reread(s: &Session) -> Result<SessionFile, FileError> {
    SessionFile::parse(&SessionFile::new(s.clone(), "fac", T0 + 1000).to_json())
}

#[test]
fn worksheets_start_from_the_chosen_problems_one_group_each() {
    let s = started();
    let sheets: Vec<(&str, &str, Option<usize>)> = s
        .live_worksheets()
        .map(|w| (w.meta.id.as_str(), w.problem.as_str(), w.group))
        .collect();
    assert_eq!(
        sheets,
        vec![
            ("w1", "p3", Some(0)),
            ("w2", "p1", Some(1)),
            ("w3", "p2", Some(2))
        ]
    );
    assert!(
        s.default_worksheets(|| "x".into()).is_empty(),
        "nothing left to start"
    );
}

#[test]
fn worksheets_refuse_what_the_app_cannot_keep() {
    let mut s = started();
    let before = s.clone();
    let start = |id: &str, problem: &str, group| SolutionsAction::StartWorksheets {
        worksheets: vec![NewWorksheet {
            id: id.into(),
            problem: problem.into(),
            group,
        }],
    };
    assert_eq!(
        run(&mut s, start("w9", "p3", None)),
        Err(ActionError::BadWorksheet)
    );
    assert_eq!(
        run(&mut s, start("w9", "nope", None)),
        Err(ActionError::UnknownProblem)
    );
    assert_eq!(
        run(&mut s, start("w9", "p4", Some(3))),
        Err(ActionError::BadGroup)
    );
    assert_eq!(
        run(&mut s, start("w1", "p4", None)),
        Err(ActionError::BadId)
    );
    assert_eq!(s, before);
    // A problem typed in workshop 3 itself gets a worksheet too.
    run(&mut s, start("w4", "p4", None)).unwrap();
    // Reassigning a group.
    run(
        &mut s,
        SolutionsAction::SetWorksheetGroup {
            id: "w4".into(),
            group: Some(2),
        },
    )
    .unwrap();
    assert_eq!(s.live_worksheets().last().map(|w| w.group), Some(Some(2)));
    assert_eq!(
        run(
            &mut s,
            SolutionsAction::SetWorksheetGroup {
                id: "w4".into(),
                group: Some(7)
            }
        ),
        Err(ActionError::BadGroup)
    );
}

#[test]
fn the_worksheet_links_strengths_innovations_and_factors() {
    let mut s = started();
    let edit = |builds_on: Vec<Basis>| SolutionsAction::EditWorksheet {
        id: "w1".into(),
        core: " srž problema ".into(),
        causes: "vzroki".into(),
        consequences: "posledice".into(),
        affected: "mladi".into(),
        builds_on,
    };
    let strength = Basis::Strength { card: "str".into() };
    let innovation = Basis::Innovation {
        innovation: "inn".into(),
    };
    let factor = Basis::Factor(SuccessFactor::Other("naravni viri".into()));
    run(
        &mut s,
        edit(vec![
            strength.clone(),
            innovation.clone(),
            factor.clone(),
            strength.clone(),
        ]),
    )
    .unwrap();
    let w = s.live_worksheets().next().unwrap();
    assert_eq!(w.core, "srž problema");
    assert_eq!(w.builds_on, vec![strength, innovation, factor], "each once");
    // A weakness is no strength; an unknown innovation is no link.
    for bad in [
        Basis::Strength {
            card: "weak".into(),
        },
        Basis::Innovation {
            innovation: "x".into(),
        },
        Basis::Factor(SuccessFactor::Other(" ".into())),
    ] {
        assert_eq!(run(&mut s, edit(vec![bad])), Err(ActionError::BadLink));
    }
}

#[test]
fn ideas_are_added_edited_reordered_assessed_picked_and_removed() {
    let mut s = started();
    for id in ["i1", "i2", "i3"] {
        add_idea(&mut s, id, "w1");
    }
    assert_eq!(titles(&s, "w1"), ["ideja i1", "ideja i2", "ideja i3"]);
    assert_eq!(s.progress(), Progress::Solutions);
    let mv = |s: &mut Session, id: &str, up: bool| {
        let id = id.into();
        run(s, SolutionsAction::MoveIdea { id, up }).unwrap()
    };
    mv(&mut s, "i3", true);
    assert_eq!(titles(&s, "w1"), ["ideja i1", "ideja i3", "ideja i2"]);
    mv(&mut s, "i1", false);
    assert_eq!(titles(&s, "w1"), ["ideja i3", "ideja i1", "ideja i2"]);
    // The first cannot move up, the last cannot move down: nothing changes.
    let before = s.clone();
    mv(&mut s, "i3", true);
    mv(&mut s, "i2", false);
    assert_eq!(s, before);
    let text = IdeaText {
        title: "Ribogojnica".into(),
        description: "ob jezerih".into(),
        carriers: "občina, podjetja".into(),
        sectors: vec![Sector::LocalGovernment, Sector::Business, Sector::Business],
        resources: "jezera".into(),
        beneficiaries: "80 delavcev".into(),
        first_steps: "študija izvedljivosti".into(),
        alternatives: "turizem".into(),
        builds_on: vec![Basis::Innovation {
            innovation: "inn".into(),
        }],
    };
    run(
        &mut s,
        SolutionsAction::EditIdea {
            id: "i1".into(),
            text: Box::new(text.clone()),
        },
    )
    .unwrap();
    let i1 = s.ideas.iter().find(|i| i.meta.id == "i1").unwrap();
    assert_eq!(
        i1.text.sectors,
        vec![Sector::Business, Sector::LocalGovernment]
    );
    assert_eq!(i1.text.alternatives, "turizem");
    let blank = IdeaText {
        title: "  ".into(),
        ..text
    };
    assert_eq!(
        run(
            &mut s,
            SolutionsAction::EditIdea {
                id: "i1".into(),
                text: Box::new(blank)
            }
        ),
        Err(ActionError::EmptyText)
    );
    for status in IdeaStatus::ALL {
        run(
            &mut s,
            SolutionsAction::SetIdeaStatus {
                id: "i1".into(),
                status,
            },
        )
        .unwrap();
        assert_eq!(s.ideas_of("w1")[1].status, status);
    }
    run(
        &mut s,
        SolutionsAction::AssessIdea {
            id: "i1".into(),
            impact: Some(5),
            feasibility: Some(2),
        },
    )
    .unwrap();
    assert_eq!(
        run(
            &mut s,
            SolutionsAction::AssessIdea {
                id: "i1".into(),
                impact: Some(6),
                feasibility: None
            }
        ),
        Err(ActionError::BadRating)
    );
    run(
        &mut s,
        SolutionsAction::PickIdea {
            id: "i1".into(),
            picked: true,
        },
    )
    .unwrap();
    let i1 = s.ideas_of("w1")[1];
    assert_eq!(
        (i1.impact, i1.feasibility, i1.picked),
        (Some(5), Some(2), true)
    );
    run(&mut s, SolutionsAction::RemoveIdea { id: "i2".into() }).unwrap();
    assert_eq!(titles(&s, "w1"), ["ideja i3", "Ribogojnica"]);
    assert!(
        s.ideas.iter().any(|i| i.meta.id == "i2" && i.meta.deleted),
        "a tombstone stays"
    );
    assert_eq!(
        run(&mut s, SolutionsAction::RemoveIdea { id: "i2".into() }),
        Err(ActionError::UnknownIdea)
    );
    // Removing the worksheet hides its ideas.
    run(&mut s, SolutionsAction::RemoveWorksheet { id: "w1".into() }).unwrap();
    assert_eq!(s.live_ideas().count(), 0);
    assert_eq!(s.progress(), Progress::Ranking);
    assert!(reread(&s).is_ok());
}

#[test]
fn a_removed_strength_or_innovation_leaves_the_idea_readable() {
    let mut s = started();
    add_idea(&mut s, "i1", "w1");
    let links = vec![
        Basis::Strength { card: "str".into() },
        Basis::Innovation {
            innovation: "inn".into(),
        },
    ];
    run(
        &mut s,
        SolutionsAction::EditIdea {
            id: "i1".into(),
            text: Box::new(IdeaText {
                title: "ideja".into(),
                builds_on: links.clone(),
                ..IdeaText::default()
            }),
        },
    )
    .unwrap();
    let st = at(T0 + 200, "fac");
    s.apply(
        &Action::Assessment(AssessmentAction::RemoveCard { id: "str".into() }),
        &st,
    )
    .unwrap();
    s.apply(
        &Action::Innovations(InnovationsAction::RemoveInnovation { id: "inn".into() }),
        &st,
    )
    .unwrap();
    let idea = s.ideas_of("w1")[0];
    let shown: Vec<Option<(&str, bool)>> = idea
        .text
        .builds_on
        .iter()
        .map(|b| s.basis_text(b))
        .collect();
    assert_eq!(
        shown,
        vec![Some(("kartica str", true)), Some(("prostovoljstvo", true))]
    );
    let file = reread(&s).expect("links to tombstones read");
    assert_eq!(file.session, s);
}

#[test]
fn the_file_round_trips_workshop_3() {
    let mut s = started();
    add_idea(&mut s, "i1", "w2");
    run(
        &mut s,
        SolutionsAction::AssessIdea {
            id: "i1".into(),
            impact: Some(4),
            feasibility: None,
        },
    )
    .unwrap();
    let file = SessionFile::new(s.clone(), "fac", T0 + 1000);
    let text = file.to_json();
    assert_eq!(SessionFile::parse(&text).unwrap(), file);
    let v: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["version"], workshop::VERSION);
    assert_eq!(v["session"]["worksheets"][1]["problem"], "p1");
    assert_eq!(v["session"]["ideas"][0]["text"]["title"], "ideja i1");
    assert_eq!(v["session"]["ideas"][0]["status"], "concept");
}

fn invalid(v: &Value, path: &str, rule: Rule) {
    match SessionFile::parse(&v.to_string()) {
        Err(FileError::Invalid { path: p, rule: r }) => {
            assert_eq!((p.as_str(), r), (path, rule), "{v}")
        }
        other => panic!("expected {path} {rule:?}, got {other:?}"),
    }
}

#[test]
fn the_reader_names_each_broken_workshop_3_rule() {
    let mut s = started();
    add_idea(&mut s, "i1", "w1");
    let good = serde_json::to_value(SessionFile::new(s, "fac", T0 + 1000)).unwrap();
    let broken = |f: &dyn Fn(&mut Value)| {
        let mut v = good.clone();
        f(&mut v["session"]);
        v
    };
    invalid(
        &broken(&|s| s["ideas"][0]["worksheet"] = json!("nowhere")),
        "session.ideas[0].worksheet",
        Rule::Unknown,
    );
    invalid(
        &broken(&|s| s["worksheets"][2]["problem"] = json!("gone")),
        "session.worksheets[2].problem",
        Rule::Unknown,
    );
    invalid(
        &broken(&|s| {
            s["worksheets"][0]["builds_on"] = json!([{"kind": "strength", "card": "weak"}])
        }),
        "session.worksheets[0].builds_on[0]",
        Rule::Unknown,
    );
    invalid(
        &broken(&|s| {
            s["ideas"][0]["text"]["builds_on"] = json!([
                {"kind": "factor", "factor": "cohesion"},
                {"kind": "factor", "factor": "cohesion"}
            ])
        }),
        "session.ideas[0].text.builds_on",
        Rule::Repeated,
    );
    invalid(
        &broken(&|s| s["ideas"][0]["impact"] = json!(0)),
        "session.ideas[0].impact",
        Rule::OutOfRange,
    );
    invalid(
        &broken(&|s| s["ideas"][0]["text"]["title"] = json!("")),
        "session.ideas[0].text.title",
        Rule::Required,
    );
    invalid(
        &broken(&|s| s["worksheets"][0]["group"] = json!(50)),
        "session.worksheets[0].group",
        Rule::OutOfRange,
    );
    match SessionFile::parse(
        &broken(&|s| s["ideas"][0]["text"]["title"] = json!("x".repeat(301))).to_string(),
    ) {
        Err(FileError::TooLong { path, .. }) => assert_eq!(path, "session.ideas[0].text.title"),
        other => panic!("{other:?}"),
    }
    match SessionFile::parse(&broken(&|s| s["ideas"][0]["status"] = json!("sleeping")).to_string())
    {
        Err(e) => assert!(e.to_string().contains("session.ideas[0].status"), "{e}"),
        Ok(_) => panic!("an unknown status must be refused"),
    }
}

#[test]
fn version_3_4_and_5_files_migrate_to_the_current_version() {
    let s = chosen();
    let file = SessionFile::new(s.clone(), "fac", T0 + 1000);
    for version in [3, 4, 5] {
        let mut v = serde_json::to_value(&file).unwrap();
        v["version"] = json!(version);
        let read = SessionFile::parse(&v.to_string()).unwrap();
        assert_eq!(read.version, workshop::VERSION);
        assert_eq!(read.session.chosen, s.chosen);
        assert!(read.session.worksheets.is_empty() && read.session.ideas.is_empty());
    }
    let mut newer = serde_json::to_value(&file).unwrap();
    newer["version"] = json!(workshop::VERSION + 1);
    assert!(matches!(
        SessionFile::parse(&newer.to_string()),
        Err(FileError::NewerVersion { found, .. }) if found == workshop::VERSION + 1
    ));
}

#[test]
fn two_tablets_starting_a_worksheet_on_one_problem_keep_both() {
    let base = chosen();
    let (mut a, mut b) = (base.clone(), base);
    for (s, id, device) in [(&mut a, "wa", "ta"), (&mut b, "wb", "tb")] {
        s.apply(
            &Action::Solutions(SolutionsAction::StartWorksheets {
                worksheets: vec![NewWorksheet {
                    id: id.into(),
                    problem: "p3".into(),
                    group: Some(0),
                }],
            }),
            &at(T0 + 10, device),
        )
        .unwrap();
        s.apply(
            &Action::Solutions(SolutionsAction::AddIdea {
                id: format!("{id}-i"),
                worksheet: id.into(),
                title: format!("ideja {device}"),
            }),
            &at(T0 + 11, device),
        )
        .unwrap();
    }
    let (ab, report) = merge(&a, &b, T0).unwrap();
    let (ba, _) = merge(&b, &a, T0).unwrap();
    assert_eq!(ab, ba);
    assert_eq!(ab.live_worksheets().count(), 2);
    assert_eq!(ab.live_ideas().count(), 2);
    assert!(report.repairs.contains(&Repair::TwoWorksheets {
        problem: "p3".into()
    }));
    assert!(SessionFile::new(ab, "fac", T0).check().is_ok());
}

/// Six problems with five ideas each, long Slovene titles: the map's boxes never overlap in a
/// column, every line fits its box, every word is shown, and the figure holds every box.
#[test]
fn the_map_holds_six_problems_of_five_ideas_without_overlap_or_cuts() {
    use workshop::map::{line_chars, problem_map};
    let mut s = chosen();
    for p in 5..=6 {
        s.apply(
            &Action::Assessment(AssessmentAction::AddProblem {
                id: format!("p{p}"),
                text: format!("problem {p}"),
            }),
            &at(T0 + 50, "fac"),
        )
        .unwrap();
    }
    let sheets = (1..=6)
        .map(|n| NewWorksheet {
            id: format!("w{n}"),
            problem: format!("p{n}"),
            group: None,
        })
        .collect();
    run(
        &mut s,
        SolutionsAction::StartWorksheets { worksheets: sheets },
    )
    .unwrap();
    let long = "Vzpostavitev medgeneracijskega mentorskega programa za zaposlovanje nadpovprečnoizobraženih mladih diplomantov družboslovnih smeri";
    for n in 1..=6 {
        run(
            &mut s,
            SolutionsAction::EditWorksheet {
                id: format!("w{n}"),
                core: format!("{long} {n}"),
                causes: String::new(),
                consequences: String::new(),
                affected: String::new(),
                builds_on: vec![],
            },
        )
        .unwrap();
        for k in 1..=5 {
            let id = format!("i{n}{k}");
            add_idea(&mut s, &id, &format!("w{n}"));
            run(
                &mut s,
                SolutionsAction::EditIdea {
                    id,
                    text: Box::new(IdeaText {
                        title: format!("{long} {k}"),
                        builds_on: vec![
                            Basis::Strength { card: "str".into() },
                            Basis::Factor(SuccessFactor::Cohesion),
                        ],
                        ..IdeaText::default()
                    }),
                },
            )
            .unwrap();
        }
    }
    let map = problem_map(&s, true, &|_| "družbena kohezivnost".into(), "odstranjeno");
    assert_eq!((map.problems.len(), map.ideas.len()), (6, 30));
    assert_eq!(map.arrows.len(), 30);
    assert_eq!(map.bases.len(), 2, "each basis once");
    assert_eq!(map.links.len(), 60);
    for column in [&map.problems, &map.ideas, &map.bases] {
        for pair in column.windows(2) {
            assert!(
                pair[0].y + pair[0].h <= pair[1].y,
                "{:?} overlaps {:?}",
                pair[0],
                pair[1]
            );
        }
        for n in column.iter() {
            assert!(n.lines.iter().all(|l| l.chars().count() <= line_chars(n.w)));
            assert!(n.h >= n.lines.len() as i32 * workshop::map::LINE);
            assert!(n.x >= 0 && n.x + n.w <= map.width && n.y >= 0 && n.y + n.h <= map.height);
        }
    }
    // Every word of every title is on the map.
    let shown: Vec<String> = map.ideas.iter().map(|n| n.lines.join(" ")).collect();
    assert!(shown
        .iter()
        .all(|t| t.starts_with("Vzpostavitev medgeneracijskega")));
    assert!(shown.iter().all(|t| t.contains("družboslovnih smeri")));
    // Each problem's arrows go to its own ideas, which sit beside it.
    for (p, i) in &map.arrows {
        let (problem, idea) = (&map.problems[*p], &map.ideas[*i]);
        assert_eq!(
            s.ideas_of(&problem.key)
                .iter()
                .filter(|x| x.meta.id == idea.key)
                .count(),
            1
        );
    }
}

#[test]
fn ideas_sharing_a_place_after_a_merge_still_move() {
    let mut s = started();
    add_idea(&mut s, "i1", "w1");
    add_idea(&mut s, "i2", "w1");
    // Two tablets can leave two ideas at one place; the order then follows when they were made.
    let place = s.ideas[0].position;
    s.ideas[1].position = place;
    assert_eq!(titles(&s, "w1"), ["ideja i1", "ideja i2"]);
    let up = SolutionsAction::MoveIdea {
        id: "i2".into(),
        up: true,
    };
    run(&mut s, up).unwrap();
    assert_eq!(titles(&s, "w1"), ["ideja i2", "ideja i1"]);
    assert!(reread(&s).is_ok());
}
