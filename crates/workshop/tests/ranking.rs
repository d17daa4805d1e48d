//! Workshop 2, part B: rounds, ballots, supersession, pairs from groups, results (top N with ties,
//! per-sector consensus, round comparison, method disagreement), the example, the file.

use ranking::{Method, SchulzeVariant};
use serde_json::json;
use workshop::assessment::AssessmentAction;
use workshop::example::velenje;
use workshop::participants::ParticipantsAction;
use workshop::participants::Sector;
use workshop::results::{compare, reading, round_results, sector_consensus, top_n, Reading, TopN};
use workshop::rounds::RankingAction;
use workshop::rounds::{tiers_from_places, Voter, Voters};
use workshop::rules::Rule;
use workshop::session::{ContentLang, NewParticipant};
use workshop::{Action, ActionError, FileError, Progress, Session, SessionFile, Stamp};

fn st(now: i64) -> Stamp {
    Stamp {
        now,
        device: "dev".into(),
    }
}

fn ok(s: &mut Session, a: Action) {
    s.apply(&a, &st(5)).unwrap();
}

/// A session with problems p1…p`n` typed directly.
fn with_problems(n: usize) -> Session {
    let mut s = Session::new("s", "Test", "Kraj", "", ContentLang::En, &st(1)).unwrap();
    for i in 1..=n {
        ok(
            &mut s,
            Action::Assessment(AssessmentAction::AddProblem {
                id: format!("p{i}"),
                text: format!("Problem {i}"),
            }),
        );
    }
    s
}

fn ids(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

fn tiers(t: &[&[&str]]) -> Vec<Vec<String>> {
    t.iter().map(|x| ids(x)).collect()
}

fn open(s: &mut Session, id: &str, voters: Voters, problems: &[&str]) {
    ok(
        s,
        Action::Ranking(RankingAction::OpenRound {
            id: id.into(),
            name: "pairs".into(),
            voters,
            problems: ids(problems),
            method: Method::Borda,
        }),
    );
}

fn cast(
    s: &mut Session,
    id: &str,
    round: &str,
    voter: Voter,
    t: &[&[&str]],
) -> Result<(), ActionError> {
    s.apply(
        &Action::Ranking(RankingAction::CastBallot {
            id: id.into(),
            round: round.into(),
            voter,
            tiers: tiers(t),
            scribe: false,
        }),
        &st(10),
    )
}

fn named(n: &str) -> Voter {
    Voter::Named { name: n.into() }
}

#[test]
fn rounds_are_numbered_and_checked() {
    let mut s = with_problems(4);
    open(&mut s, "r1", Voters::Individuals, &["p1", "p2", "p3", "p4"]);
    open(&mut s, "r2", Voters::Plenary, &["p1", "p2"]);
    let numbers: Vec<u32> = s.live_rounds().map(|r| r.number).collect();
    assert_eq!(numbers, vec![1, 2]);
    let before = s.clone();
    let bad = |id: &str, problems: &[&str], name: &str| {
        Action::Ranking(RankingAction::OpenRound {
            id: id.into(),
            name: name.into(),
            voters: Voters::Individuals,
            problems: ids(problems),
            method: Method::Borda,
        })
    };
    assert_eq!(
        s.apply(&bad("r3", &["p1"], "x"), &st(6)),
        Err(ActionError::TooFewProblems)
    );
    assert_eq!(
        s.apply(&bad("r3", &["p1", "p1"], "x"), &st(6)),
        Err(ActionError::UnknownProblem)
    );
    assert_eq!(
        s.apply(&bad("r3", &["p1", "p9"], "x"), &st(6)),
        Err(ActionError::UnknownProblem)
    );
    assert_eq!(
        s.apply(&bad("r1", &["p1", "p2"], "x"), &st(6)),
        Err(ActionError::BadId)
    );
    assert_eq!(
        s.apply(&bad("r3", &["p1", "p2"], " "), &st(6)),
        Err(ActionError::EmptyText)
    );
    assert_eq!(s, before);
    ok(
        &mut s,
        Action::Ranking(RankingAction::RenameRound {
            id: "r2".into(),
            name: "plenary".into(),
        }),
    );
    ok(
        &mut s,
        Action::Ranking(RankingAction::SetRoundMethod {
            id: "r2".into(),
            method: Method::Kemeny,
        }),
    );
    let r2 = s.round("r2").unwrap();
    assert_eq!((r2.name.as_str(), r2.method), ("plenary", Method::Kemeny));
    ok(
        &mut s,
        Action::Ranking(RankingAction::RemoveRound { id: "r2".into() }),
    );
    assert!(s.round("r2").is_none());
    open(&mut s, "r3", Voters::Groups, &["p3", "p4"]);
    assert_eq!(s.round("r3").unwrap().number, 3, "numbers are never reused");
}

#[test]
fn ballots_are_validated_and_closed_rounds_refuse_them() {
    let mut s = with_problems(4);
    open(&mut s, "r1", Voters::Individuals, &["p1", "p2", "p3"]);
    let before = s.clone();
    assert_eq!(
        cast(&mut s, "b1", "r1", named("A"), &[&["p4"]]),
        Err(ActionError::BadBallot)
    );
    assert_eq!(
        cast(&mut s, "b1", "r1", named("A"), &[&["p1"], &["p1"]]),
        Err(ActionError::BadBallot)
    );
    assert_eq!(
        cast(&mut s, "b1", "r1", named("A"), &[&[]]),
        Err(ActionError::BadBallot)
    );
    assert_eq!(
        cast(&mut s, "b1", "r1", named("A"), &[]),
        Err(ActionError::EmptyBallot)
    );
    assert_eq!(
        cast(&mut s, "b1", "r1", named(" "), &[&["p1"]]),
        Err(ActionError::BadVoter)
    );
    assert_eq!(
        cast(&mut s, "b1", "r1", Voter::Plenary, &[&["p1"]]),
        Err(ActionError::BadVoter)
    );
    assert_eq!(
        cast(&mut s, "b1", "r1", Voter::Group { index: 0 }, &[&["p1"]]),
        Err(ActionError::BadVoter)
    );
    assert_eq!(
        cast(&mut s, "b1", "r9", named("A"), &[&["p1"]]),
        Err(ActionError::UnknownRound)
    );
    assert_eq!(s, before);
    // A partial ballot with a tie is fine: p3 is unranked.
    cast(&mut s, "b1", "r1", named("A"), &[&["p2", "p1"]]).unwrap();
    assert_eq!(s.progress(), Progress::Ranking);
    ok(
        &mut s,
        Action::Ranking(RankingAction::SetRoundClosed {
            id: "r1".into(),
            closed: true,
        }),
    );
    assert_eq!(
        cast(&mut s, "b2", "r1", named("B"), &[&["p1"]]),
        Err(ActionError::RoundClosed)
    );
    ok(
        &mut s,
        Action::Ranking(RankingAction::SetRoundClosed {
            id: "r1".into(),
            closed: false,
        }),
    );
    cast(&mut s, "b2", "r1", named("B"), &[&["p1"]]).unwrap();
    assert_eq!(s.current_ballots("r1").count(), 2);
}

#[test]
fn a_correction_supersedes_and_the_history_stays() {
    let mut s = with_problems(3);
    open(&mut s, "r1", Voters::Individuals, &["p1", "p2", "p3"]);
    cast(
        &mut s,
        "b1",
        "r1",
        named("Ana"),
        &[&["p1"], &["p2"], &["p3"]],
    )
    .unwrap();
    let first = s.ballots[0].clone();
    cast(
        &mut s,
        "b2",
        "r1",
        named(" ana "),
        &[&["p3"], &["p2"], &["p1"]],
    )
    .unwrap();
    let current: Vec<&str> = s
        .current_ballots("r1")
        .map(|b| b.meta.id.as_str())
        .collect();
    assert_eq!(current, vec!["b2"]);
    let history = s.ballot_history("r1", &named("Ana"));
    assert_eq!(history.len(), 2);
    assert_eq!(history[1].supersedes.as_deref(), Some("b1"));
    assert_eq!(
        history[0], &first,
        "the superseded ballot is not touched at all"
    );
    assert_eq!(
        history[0].tiers, first.tiers,
        "a cast ballot's content never changes"
    );
    assert_eq!(history[0].cast, first.cast);
    let results = round_results(&s, s.round("r1").unwrap()).unwrap();
    assert_eq!(results.ballots, 1, "only the correction counts");
    assert_eq!(
        results.outcome(Method::Borda).order,
        vec![vec![2], vec![1], vec![0]]
    );
}

/// Six participants (two per sector for three sectors, one in the fourth is absent).
fn with_people() -> Session {
    let mut s = with_problems(3);
    let people = [
        ("a", Some(Sector::Business)),
        ("b", Some(Sector::Business)),
        ("c", Some(Sector::CivilSociety)),
        ("d", Some(Sector::CivilSociety)),
        ("e", Some(Sector::LocalGovernment)),
        ("f", None),
        ("g", Some(Sector::ScienceCulture)),
    ];
    ok(
        &mut s,
        Action::Participants(ParticipantsAction::AddParticipants {
            participants: people
                .iter()
                .map(|(id, sector)| NewParticipant {
                    id: id.to_string(),
                    name: id.to_uppercase(),
                    sector: *sector,
                    organisation: String::new(),
                })
                .collect(),
        }),
    );
    for (id, _) in &people[..6] {
        ok(
            &mut s,
            Action::Participants(ParticipantsAction::SetAttendance {
                id: id.to_string(),
                workshop: 2,
                present: true,
            }),
        );
    }
    s
}

#[test]
fn pairs_come_from_workshop_2_groups() {
    let mut s = with_people();
    ok(
        &mut s,
        Action::Participants(ParticipantsAction::MakeGroups {
            workshop: 2,
            count: 3,
            seed: 7,
        }),
    );
    assert_eq!(s.workshop2_groups().len(), 3);
    open(&mut s, "r1", Voters::Groups, &["p1", "p2", "p3"]);
    assert_eq!(
        s.expected_voters(s.round("r1").unwrap()),
        (0..3)
            .map(|index| Voter::Group { index })
            .collect::<Vec<_>>()
    );
    assert_eq!(s.problem_text("p2"), "Problem 2");
    for i in 0..3 {
        cast(
            &mut s,
            &format!("b{i}"),
            "r1",
            Voter::Group { index: i },
            &[&["p1"]],
        )
        .unwrap();
    }
    assert_eq!(
        cast(&mut s, "b9", "r1", Voter::Group { index: 3 }, &[&["p1"]]),
        Err(ActionError::BadVoter)
    );
    assert_eq!(
        cast(
            &mut s,
            "b9",
            "r1",
            Voter::Participant { id: "a".into() },
            &[&["p1"]]
        ),
        Err(ActionError::BadVoter),
        "a round of groups takes group ballots"
    );
    // Individuals: only attendees of workshop 2 are offered; g did not come.
    let offered: Vec<&str> = s
        .workshop2_voters()
        .iter()
        .map(|p| p.meta.id.as_str())
        .collect();
    assert_eq!(offered, vec!["a", "b", "c", "d", "e", "f"]);
    open(&mut s, "r2", Voters::Individuals, &["p1", "p2"]);
    assert_eq!(s.expected_voters(s.round("r2").unwrap()).len(), 6);
    open(&mut s, "r3", Voters::Plenary, &["p1", "p2"]);
    assert_eq!(
        s.expected_voters(s.round("r3").unwrap()),
        vec![Voter::Plenary]
    );
}

#[test]
fn sector_consensus_uses_attendees_individual_ballots_and_hides_small_sectors() {
    let mut s = with_people();
    open(&mut s, "r1", Voters::Individuals, &["p1", "p2", "p3"]);
    let p = |id: &str| Voter::Participant { id: id.into() };
    cast(&mut s, "b1", "r1", p("a"), &[&["p1"], &["p2"], &["p3"]]).unwrap();
    cast(&mut s, "b2", "r1", p("b"), &[&["p1"], &["p3"], &["p2"]]).unwrap();
    cast(&mut s, "b3", "r1", p("c"), &[&["p3"], &["p2"], &["p1"]]).unwrap();
    cast(&mut s, "b4", "r1", p("d"), &[&["p3"], &["p1"], &["p2"]]).unwrap();
    cast(&mut s, "b5", "r1", p("e"), &[&["p2"]]).unwrap();
    cast(&mut s, "b6", "r1", p("f"), &[&["p2"]]).unwrap();
    // g did not attend workshop 2: the ballot counts overall but not for the sector.
    cast(&mut s, "b7", "r1", p("g"), &[&["p2"]]).unwrap();
    cast(&mut s, "b8", "r1", named("guest"), &[&["p2"]]).unwrap();
    let round = s.round("r1").unwrap();
    let sectors = sector_consensus(&s, round, Method::Borda);
    let by = |sec: Sector| sectors.iter().find(|c| c.sector == sec).unwrap();
    assert_eq!(by(Sector::Business).voters, 2);
    assert_eq!(by(Sector::Business).order, Some(vec![vec![0], vec![1, 2]]));
    assert_eq!(
        by(Sector::CivilSociety).order,
        Some(vec![vec![2], vec![0, 1]])
    );
    assert_eq!(
        (
            by(Sector::LocalGovernment).voters,
            by(Sector::LocalGovernment).order.clone()
        ),
        (1, None)
    );
    assert_eq!(
        (
            by(Sector::ScienceCulture).voters,
            by(Sector::ScienceCulture).order.clone()
        ),
        (0, None)
    );
    assert_eq!(round_results(&s, round).unwrap().ballots, 8);
    // A correction replaces the sector's ballot too.
    cast(&mut s, "b9", "r1", p("b"), &[&["p3"], &["p1"], &["p2"]]).unwrap();
    let sectors = sector_consensus(&s, s.round("r1").unwrap(), Method::Borda);
    assert_eq!(sectors[0].order, Some(vec![vec![0], vec![2], vec![1]]));
}

#[test]
fn top_n_shows_ties_at_the_cut() {
    let order = vec![vec![4], vec![1, 2], vec![0, 3]];
    assert_eq!(
        top_n(&order, 3),
        TopN {
            sure: vec![4, 1, 2],
            tied: vec![],
            missing: 0
        }
    );
    assert_eq!(
        top_n(&order, 2),
        TopN {
            sure: vec![4],
            tied: vec![1, 2],
            missing: 1
        }
    );
    assert_eq!(
        top_n(&order, 4),
        TopN {
            sure: vec![4, 1, 2],
            tied: vec![0, 3],
            missing: 1
        }
    );
    assert_eq!(
        top_n(&order, 1),
        TopN {
            sure: vec![4],
            tied: vec![],
            missing: 0
        }
    );
    assert_eq!(
        top_n(&order, 9),
        TopN {
            sure: vec![4, 1, 2, 0, 3],
            tied: vec![],
            missing: 0
        }
    );
}

#[test]
fn choosing_problems_for_workshop_3() {
    let mut s = with_problems(4);
    open(&mut s, "r1", Voters::Plenary, &["p1", "p2", "p3"]);
    let choose = |p: &[&str]| {
        Action::Ranking(RankingAction::ChooseProblems {
            round: "r1".into(),
            method: Method::Borda,
            problems: ids(p),
        })
    };
    assert_eq!(
        s.apply(&choose(&["p4"]), &st(3)),
        Err(ActionError::UnknownProblem)
    );
    assert_eq!(
        s.apply(&choose(&["p1", "p1"]), &st(3)),
        Err(ActionError::UnknownProblem)
    );
    assert_eq!(
        s.apply(&choose(&[]), &st(3)),
        Err(ActionError::UnknownProblem)
    );
    ok(&mut s, choose(&["p2", "p1"]));
    ok(&mut s, choose(&["p3", "p1", "p2"]));
    assert_eq!(
        s.chosen_problems().unwrap().problems,
        ids(&["p3", "p1", "p2"])
    );
    ok(
        &mut s,
        Action::Ranking(RankingAction::RemoveRound { id: "r1".into() }),
    );
    assert!(
        s.chosen_problems().is_none(),
        "a removed round's choice goes with it"
    );
}

#[test]
fn results_agreement_disagreement_and_comparison() {
    let mut s = with_problems(4);
    let all = ["p1", "p2", "p3", "p4"];
    open(&mut s, "r1", Voters::Individuals, &all);
    // A Condorcet cycle between p1, p2, p3 on top, p4 always last: methods can disagree there.
    cast(
        &mut s,
        "b1",
        "r1",
        named("a"),
        &[&["p1"], &["p2"], &["p3"], &["p4"]],
    )
    .unwrap();
    cast(
        &mut s,
        "b2",
        "r1",
        named("b"),
        &[&["p2"], &["p3"], &["p1"], &["p4"]],
    )
    .unwrap();
    cast(
        &mut s,
        "b3",
        "r1",
        named("c"),
        &[&["p3"], &["p1"], &["p2"], &["p4"]],
    )
    .unwrap();
    cast(
        &mut s,
        "b4",
        "r1",
        named("d"),
        &[&["p1"], &["p2"], &["p3"], &["p4"]],
    )
    .unwrap();
    let r1 = round_results(&s, s.round("r1").unwrap()).unwrap();
    assert_eq!(r1.ballots, 4);
    assert_eq!(
        r1.positions[3],
        vec![0, 0, 0, 4, 0],
        "p4 always fourth, never unranked"
    );
    assert_eq!(r1.positions[0], vec![2, 1, 1, 0, 0]);
    let w = r1.agreement.kendall_w.unwrap();
    assert!(w > 0.0 && w < 1.0);
    assert_eq!(
        r1.pairwise.condorcet_winner(),
        None,
        "p1 beats p2 3:1 but only ties p3 2:2"
    );
    // Every method puts p4 last, so no disagreement involves place 4 alone.
    for d in r1.disagreements(Method::Borda) {
        assert!(d.from >= 1 && d.to <= 3, "{d:?}");
    }
    open(&mut s, "r2", Voters::Plenary, &["p1", "p2", "p3"]);
    cast(
        &mut s,
        "b5",
        "r2",
        Voter::Plenary,
        &[&["p3"], &["p2"], &["p1"]],
    )
    .unwrap();
    let r2 = round_results(&s, s.round("r2").unwrap()).unwrap();
    assert_eq!(r2.ballots, 1);
    let c = compare(&r1, Method::Borda, &r2, Method::Borda);
    assert_eq!(c.dropped, ids(&["p4"]));
    assert_eq!(c.distance.pairs, 3);
    let borda = r1.places(Method::Borda);
    let moved: Vec<(String, usize, usize)> = c.moves.clone();
    assert!(moved.contains(&("p3".to_string(), borda[2], 1)));
    assert_eq!(c.distance.distance, 3.0, "p1 > p2 > p3 reversed entirely");
}

#[test]
fn kendall_w_readings() {
    assert_eq!(reading(0.0), Reading::Slight);
    assert_eq!(reading(0.19), Reading::Slight);
    assert_eq!(reading(0.2), Reading::Fair);
    assert_eq!(reading(0.45), Reading::Moderate);
    assert_eq!(reading(0.7), Reading::Substantial);
    assert_eq!(reading(0.8), Reading::AlmostPerfect);
    assert_eq!(reading(1.0), Reading::AlmostPerfect);
    // Read as shown with two decimals: the words agree with the number.
    assert_eq!(reading(0.596), Reading::Substantial);
    assert_eq!(reading(0.194), Reading::Slight);
    assert_eq!(reading(0.196), Reading::Fair);
}

#[test]
fn velenje_ballots_reach_the_papers_outcome() {
    let s = velenje("ex", &st(3));
    let rounds: Vec<_> = s.live_rounds().collect();
    assert_eq!(rounds.len(), 2);
    assert!(rounds
        .iter()
        .all(|r| r.illustrative && r.closed && r.problems.len() == 10));
    assert_eq!(
        (rounds[0].voters, rounds[1].voters),
        (Voters::Groups, Voters::Plenary),
        "the paper's pairs vote as pairs, the plenary as one"
    );
    assert!(
        rounds.iter().all(|r| r.least_first),
        "the paper's direction: least important first"
    );
    let text = |c: usize, r: &workshop::results::RoundResults| {
        let id = &r.problems[c];
        s.problems
            .iter()
            .find(|p| &p.meta.id == id)
            .unwrap()
            .text
            .clone()
    };
    for round in &rounds {
        let res = round_results(&s, round).unwrap();
        for method in [
            Method::Borda,
            Method::Schulze(SchulzeVariant::Margin),
            Method::Kemeny,
            Method::Copeland,
            Method::RankedPairs,
        ] {
            let order: Vec<usize> = res.outcome(method).order.concat();
            let top: Vec<String> = order[..3].iter().map(|&c| text(c, &res)).collect();
            assert!(
                top[0].starts_with("bipolarno in ranljivo gospodarstvo"),
                "{method:?}: {top:?}"
            );
            assert!(
                top[1].starts_with("nejasna prihodnost"),
                "{method:?}: {top:?}"
            );
            assert!(
                top[2].starts_with("izseljevanje izobraženih mladih"),
                "{method:?}: {top:?}"
            );
            assert_eq!(
                text(*order.last().unwrap(), &res),
                "zaprtost in neintegriranost albanske skupnosti",
                "{method:?}"
            );
        }
    }
    let pairs = round_results(&s, rounds[0]).unwrap();
    assert_eq!(pairs.ballots, 8);
    let w = pairs.agreement.kendall_w_corrected.unwrap();
    assert!(
        w > 0.4 && w < 0.8,
        "the illustrative pairs agree, as a real room does, not perfectly: {w}"
    );
    let chosen = s.chosen_problems().unwrap();
    assert_eq!(chosen.problems, ids(&["ex-p7", "ex-p8", "ex-p9"]));
}

#[test]
fn rounds_and_ballots_survive_the_file_and_are_validated() {
    let s = velenje("ex", &st(3));
    let file = SessionFile::new(s.clone(), "dev", 9);
    let back = SessionFile::parse(&file.to_json()).unwrap();
    assert_eq!(back.session, s);
    let mut v = file.to_value();
    let path_err = |v: &serde_json::Value| SessionFile::from_value(v.clone()).unwrap_err();
    let bad = |edit: &dyn Fn(&mut serde_json::Value)| {
        let mut w = v.clone();
        edit(&mut w);
        path_err(&w)
    };
    assert_eq!(
        bad(&|w| w["session"]["ballots"][0]["tiers"] = json!([["ex-p1"], ["ex-p1"]])),
        FileError::Invalid {
            path: "session.ballots[0].tiers".into(),
            rule: Rule::Invalid,
        }
    );
    assert_eq!(
        bad(&|w| w["session"]["ballots"][0]["round"] = json!("nowhere")),
        FileError::Invalid {
            path: "session.ballots[0].round".into(),
            rule: Rule::Unknown,
        }
    );
    assert_eq!(
        bad(&|w| w["session"]["rounds"][0]["problems"] = json!(["ex-p1"])),
        FileError::Invalid {
            path: "session.rounds[0].problems".into(),
            rule: Rule::Count {
                count: 1,
                min: 2,
                max: 50
            },
        }
    );
    assert_eq!(
        bad(&|w| w["session"]["ballots"][1]["supersedes"] = json!("ex-r2-b1")),
        FileError::Invalid {
            path: "session.ballots[1].supersedes".into(),
            rule: Rule::Supersedes,
        }
    );
    assert_eq!(
        bad(&|w| w["session"]["chosen"]["problems"] = json!(["ex-p99"])),
        FileError::Invalid {
            path: "session.chosen.problems".into(),
            rule: Rule::Unknown,
        }
    );
    assert_eq!(
        bad(&|w| w["session"]["ballots"][1]["meta"]["id"] = json!("ex-r1-b1")),
        FileError::DuplicateId {
            id: "ex-r1-b1".into(),
            path: "session.ballots[1].meta.id".into()
        }
    );
    assert_eq!(
        bad(&|w| w["session"]["ballots"][0]["voter"] = json!({"kind": "martian"})),
        FileError::WrongType {
            path: "session.ballots[0].voter.kind".into()
        }
    );
    // A version 2 file (no ranking) still opens.
    v["version"] = json!(2);
    v["session"].as_object_mut().unwrap().remove("rounds");
    v["session"].as_object_mut().unwrap().remove("ballots");
    v["session"].as_object_mut().unwrap().remove("chosen");
    let old = SessionFile::from_value(v).unwrap();
    assert_eq!(old.version, workshop::VERSION);
    assert!(old.session.rounds.is_empty());
}

#[test]
fn paper_ballots_read_places_ties_and_blanks() {
    let places = |v: &[&str]| -> Vec<(String, String)> {
        v.iter()
            .enumerate()
            .map(|(i, p)| (format!("p{i}"), p.to_string()))
            .collect()
    };
    assert_eq!(
        tiers_from_places(&places(&["2", "1", " 2 ", ""])),
        Ok(vec![ids(&["p1"]), ids(&["p0", "p2"])])
    );
    assert_eq!(tiers_from_places(&places(&["", "", "", ""])), Ok(vec![]));
    assert_eq!(
        tiers_from_places(&places(&["1", "5", "", ""])),
        Err(1),
        "places go from 1 to 4"
    );
    assert_eq!(tiers_from_places(&places(&["1", "0", "", ""])), Err(1));
    assert_eq!(tiers_from_places(&places(&["x", "", "", ""])), Err(0));
}

#[test]
fn a_round_can_list_the_least_important_first_without_changing_its_ballots() {
    let mut s = with_problems(3);
    open(&mut s, "r1", Voters::Plenary, &["p1", "p2", "p3"]);
    assert!(
        !s.round("r1").unwrap().least_first,
        "most important first by default"
    );
    let set = |least_first| {
        Action::Ranking(RankingAction::SetRoundDirection {
            id: "r1".into(),
            least_first,
        })
    };
    s.apply(&set(true), &st(10)).unwrap();
    assert!(s.round("r1").unwrap().least_first);
    assert_eq!(s.round("r1").unwrap().meta.changed, 10);
    // The file keeps it; a round without it reads as most important first.
    let text = workshop::SessionFile::new(s.clone(), "d", 11).to_json();
    assert!(text.contains("\"least_first\": true"));
    assert_eq!(workshop::SessionFile::parse(&text).unwrap().session, s);
    s.apply(&set(false), &st(12)).unwrap();
    let text = workshop::SessionFile::new(s.clone(), "d", 13).to_json();
    assert!(!text.contains("least_first"));
    assert_eq!(
        s.apply(
            &Action::Ranking(RankingAction::SetRoundDirection {
                id: "nope".into(),
                least_first: true
            }),
            &st(14)
        ),
        Err(ActionError::UnknownRound)
    );
}

/// A round of `n` problems with 17 ballots that cycle (each voter shifts the order by one), as
/// the e2e recompute test casts them: one strongly connected component of all `n`.
fn cycling_round(n: usize, method: Method) -> Session {
    let mut s = with_problems(n);
    let all: Vec<String> = (1..=n).map(|i| format!("p{i}")).collect();
    let refs: Vec<&str> = all.iter().map(String::as_str).collect();
    open(&mut s, "r1", Voters::Individuals, &refs);
    ok(
        &mut s,
        Action::Ranking(RankingAction::SetRoundMethod {
            id: "r1".into(),
            method,
        }),
    );
    for v in 0..17 {
        let order: Vec<&[&str]> = (0..n)
            .map(|i| &refs[(i + v) % n..(i + v) % n + 1])
            .collect();
        cast(
            &mut s,
            &format!("b{v}"),
            "r1",
            named(&format!("v{v}")),
            &order,
        )
        .unwrap();
    }
    s
}

#[test]
fn quick_results_leave_a_slow_kemeny_for_later_and_finish_it_exactly() {
    use workshop::results::round_results_quick;
    let s = cycling_round(20, Method::Borda);
    let round = s.round("r1").unwrap();
    let quick = round_results_quick(&s, round).unwrap();
    assert!(
        quick.kemeny_pending(),
        "a cycle of 20: Kemeny is left for later"
    );
    assert_eq!(quick.outcomes.len(), Method::ALL.len() - 1);
    let full = round_results(&s, round).unwrap();
    assert!(!full.kemeny_pending());
    let finished = quick.finish();
    assert!(!finished.kemeny_pending());
    assert_eq!(
        finished.outcomes, full.outcomes,
        "the same methods, in the same order"
    );
    assert_eq!(
        finished.outcome(Method::Kemeny).kemeny,
        full.outcome(Method::Kemeny).kemeny
    );
    // Where Kemeny is quick, or is the round's own method, nothing waits.
    let small = cycling_round(12, Method::Borda);
    assert!(!round_results_quick(&small, small.round("r1").unwrap())
        .unwrap()
        .kemeny_pending());
    let own = cycling_round(20, Method::Kemeny);
    assert!(!round_results_quick(&own, own.round("r1").unwrap())
        .unwrap()
        .kemeny_pending());
}
