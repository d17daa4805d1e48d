//! Random *valid* edits for property tests: a step resolved against a copy's current state, so
//! that only states the app can reach are produced (shared by the merge and file tests).
#![allow(dead_code)]

use proptest::prelude::*;
use workshop::assessment::{AssessmentAction, Domain, Origin, Polarity};
use workshop::innovations::{InnovationType, InnovationsAction, SuccessFactor};
use workshop::participants::{ParticipantsAction, Sector};
use workshop::report::{ReportAction, Section};
use workshop::rounds::{RankingAction, Voter, Voters};
use workshop::session::{ContentLang, NewInnovation, NewParticipant};
use workshop::solutions::{Basis, IdeaStatus, IdeaText, NewWorksheet, SolutionsAction};
use workshop::{Action, Session, Stamp};

pub const T0: i64 = 1_770_000_000_000;

pub fn base() -> Session {
    let st = Stamp {
        now: T0,
        device: "fac".into(),
    };
    let mut s = Session::new("sess", "Velenje", "Velenje", "", ContentLang::Sl, &st).unwrap();
    let people = (0..6)
        .map(|i| NewParticipant {
            id: format!("p{i}"),
            name: format!("Oseba {i}"),
            sector: Some(Sector::ALL[i % 4]),
            organisation: String::new(),
        })
        .collect();
    s.apply(
        &Action::Participants(ParticipantsAction::AddParticipants {
            participants: people,
        }),
        &st,
    )
    .unwrap();
    for i in 0..6 {
        let a = Action::Participants(ParticipantsAction::SetAttendance {
            id: format!("p{i}"),
            workshop: 1 + (i % 2) as u8,
            present: true,
        });
        s.apply(&a, &st).unwrap();
    }
    for (i, text) in ["odvisnost od dveh podjetij", "odseljevanje mladih"]
        .iter()
        .enumerate()
    {
        let a = Action::Assessment(AssessmentAction::AddCard {
            id: format!("c{i}"),
            domain: Domain::Adaptability,
            polarity: Polarity::Weakness,
            text: text.to_string(),
            origin: Origin::ResearchTeam,
            evidence: vec![],
        });
        s.apply(&a, &st).unwrap();
        let p = Action::Assessment(AssessmentAction::AddProblem {
            id: format!("q{i}"),
            text: text.to_string(),
        });
        s.apply(&p, &st).unwrap();
    }
    s
}

/// One random step, resolved against the copy's current state so that most steps are valid.
#[derive(Debug, Clone)]
pub struct Step {
    pub op: u8,
    pub a: usize,
    pub b: usize,
    pub text: u8,
    pub flag: bool,
}

pub fn step() -> impl Strategy<Value = Step> {
    (0u8..46, 0usize..64, 0usize..64, 0u8..4, any::<bool>()).prop_map(|(op, a, b, text, flag)| {
        Step {
            op,
            a,
            b,
            text,
            flag,
        }
    })
}

pub fn pick(ids: &[String], i: usize) -> String {
    if ids.is_empty() {
        "none".into()
    } else {
        ids[i % ids.len()].clone()
    }
}

pub fn action(s: &Session, st: &Step, fresh: &str) -> Action {
    let words = ["prva", "druga beseda", "tretja", "četrta misel"];
    let text = format!("{} {}", words[st.text as usize], st.a % 5);
    let people: Vec<String> = s.live_participants().map(|p| p.meta.id.clone()).collect();
    let cards: Vec<String> = s.live_cards().map(|c| c.meta.id.clone()).collect();
    let problems: Vec<String> = s.live_problems().map(|p| p.meta.id.clone()).collect();
    let innovations: Vec<String> = s
        .innovations
        .iter()
        .filter(|i| !i.meta.deleted)
        .map(|i| i.meta.id.clone())
        .collect();
    let periods: Vec<String> = s
        .periods
        .iter()
        .filter(|p| !p.meta.deleted)
        .map(|p| p.meta.id.clone())
        .collect();
    let rounds: Vec<String> = s.live_rounds().map(|r| r.meta.id.clone()).collect();
    let sheets: Vec<String> = s.live_worksheets().map(|w| w.meta.id.clone()).collect();
    let ideas: Vec<String> = s.live_ideas().map(|i| i.meta.id.clone()).collect();
    let strengths: Vec<String> = s
        .live_cards()
        .filter(|c| c.polarity == Polarity::Strength)
        .map(|c| c.meta.id.clone())
        .collect();
    let mut bases = Vec::new();
    if st.flag && !strengths.is_empty() {
        bases.push(Basis::Strength {
            card: pick(&strengths, st.b),
        });
    }
    if !innovations.is_empty() {
        bases.push(Basis::Innovation {
            innovation: pick(&innovations, st.a),
        });
    }
    bases.push(Basis::Factor(SuccessFactor::LISTED[st.b % 6].clone()));
    let workshop = 1 + (st.b % 3) as u8;
    match st.op {
        0 => Action::Participants(ParticipantsAction::AddParticipants {
            participants: vec![NewParticipant {
                id: fresh.into(),
                name: text,
                sector: Some(Sector::ALL[st.b % 4]),
                organisation: String::new(),
            }],
        }),
        1 => Action::Participants(ParticipantsAction::EditParticipant {
            id: pick(&people, st.a),
            name: text,
            sector: Some(Sector::ALL[st.b % 4]),
            organisation: "društvo".into(),
        }),
        2 => Action::Participants(ParticipantsAction::RemoveParticipant {
            id: pick(&people, st.a),
        }),
        3 | 4 => Action::Participants(ParticipantsAction::SetAttendance {
            id: pick(&people, st.a),
            workshop,
            present: st.flag,
        }),
        5 => Action::Participants(ParticipantsAction::MakeGroups {
            workshop,
            count: 1 + st.a % 2,
            seed: st.b as u64,
        }),
        6 => Action::Participants(ParticipantsAction::MoveToGroup {
            workshop,
            participant: pick(&people, st.a),
            group: st.b % 2,
        }),
        7 | 8 => Action::Assessment(AssessmentAction::AddCard {
            id: fresh.into(),
            domain: Domain::ALL[st.b % 4],
            polarity: if st.flag {
                Polarity::Strength
            } else {
                Polarity::Weakness
            },
            text,
            origin: Origin::Group(1 + (st.b % 3) as u8),
            evidence: vec![],
        }),
        9 => Action::Assessment(AssessmentAction::EditCard {
            id: pick(&cards, st.a),
            text,
            evidence: vec![],
        }),
        10 => Action::Assessment(AssessmentAction::RemoveCard {
            id: pick(&cards, st.a),
        }),
        11 => Action::Assessment(AssessmentAction::CommentCard {
            card: pick(&cards, st.a),
            comment_id: fresh.into(),
            origin: Origin::Plenary,
            text,
            challenge: st.flag,
        }),
        12 => Action::Assessment(AssessmentAction::MergeCards {
            keep: pick(&cards, st.a),
            other: pick(&cards, st.b),
            text,
        }),
        13 => Action::Assessment(AssessmentAction::ResolveCard {
            card: pick(&cards, st.a),
            accept: st.flag,
        }),
        14 => Action::Assessment(AssessmentAction::SetKey {
            card: pick(&cards, st.a),
            key: st.flag,
        }),
        15 => Action::Assessment(AssessmentAction::RateDomain {
            domain: Domain::ALL[st.a % 4],
            rating: Some(1 + (st.b % 5) as u8),
            justification: text,
        }),
        16 => Action::Assessment(AssessmentAction::SetVerdict { text }),
        17 => Action::Assessment(AssessmentAction::AddProblem {
            id: fresh.into(),
            text,
        }),
        18 => Action::Assessment(AssessmentAction::EditProblem {
            id: pick(&problems, st.a),
            text,
        }),
        19 => Action::Assessment(AssessmentAction::RemoveProblem {
            id: pick(&problems, st.a),
        }),
        20 => Action::Innovations(InnovationsAction::AddInnovations {
            innovations: vec![NewInnovation {
                id: fresh.into(),
                name: text,
                types: vec![InnovationType::ALL[st.b % 5]],
                year: Some(1950 + (st.a as i32)),
                origin: Origin::Plenary,
            }],
        }),
        21 => Action::Innovations(InnovationsAction::RemoveInnovation {
            id: pick(&innovations, st.a),
        }),
        22 => Action::Innovations(InnovationsAction::AddPeriod {
            id: fresh.into(),
            name: text,
            start: 1940 + st.a as i32,
            end: None,
        }),
        23 => Action::Innovations(InnovationsAction::RemovePeriod {
            id: pick(&periods, st.a),
        }),
        24 => Action::Innovations(InnovationsAction::SetInnovationPeriod {
            id: pick(&innovations, st.a),
            period: Some(pick(&periods, st.b)),
        }),
        25 => Action::Innovations(InnovationsAction::StartDeepDive {
            id: fresh.into(),
            innovation: pick(&innovations, st.a),
            limit: 4,
        }),
        26 => Action::Ranking(RankingAction::OpenRound {
            id: fresh.into(),
            name: text,
            voters: if st.flag {
                Voters::Individuals
            } else {
                Voters::Plenary
            },
            problems: problems.clone(),
            method: ranking::Method::Borda,
        }),
        27 | 28 => {
            let round = pick(&rounds, st.a);
            let names: Vec<String> = s
                .round(&round)
                .map(|r| r.problems.clone())
                .unwrap_or_default();
            let mut tiers: Vec<Vec<String>> = names.iter().map(|p| vec![p.clone()]).collect();
            let turn = st.b % tiers.len().max(1);
            tiers.rotate_left(turn);
            let voter = match s.round(&round).map(|r| r.voters) {
                Some(Voters::Plenary) => Voter::Plenary,
                _ if st.flag => Voter::Named {
                    name: ["Gost", " gost ", "Ana"][st.b % 3].into(),
                },
                _ => Voter::Participant {
                    id: pick(&people, st.b),
                },
            };
            Action::Ranking(RankingAction::CastBallot {
                id: fresh.into(),
                round,
                voter,
                tiers,
                scribe: false,
            })
        }
        29 => Action::Ranking(RankingAction::ChooseProblems {
            round: pick(&rounds, st.a),
            method: ranking::Method::Borda,
            problems: s
                .round(&pick(&rounds, st.a))
                .map(|r| r.problems.iter().take(1 + st.b % 3).cloned().collect())
                .unwrap_or_default(),
        }),
        30 => Action::Participants(ParticipantsAction::SetRoom {
            min: (st.a % 20) as u32,
            max: 10 + st.b as u32,
        }),
        31 => Action::Innovations(InnovationsAction::SetDeepDiveLimit {
            limit: 1 + (st.a % 25) as u8,
        }),
        32 => Action::Ranking(RankingAction::RemoveRound {
            id: pick(&rounds, st.a),
        }),
        33 => Action::Participants(ParticipantsAction::SetSectorName {
            sector: Sector::ALL[st.b % 4],
            name: text,
        }),
        34 => Action::Report(match st.b % 3 {
            0 => ReportAction::ShowSection {
                section: Section::ALL[st.a % 8],
                shown: st.flag,
            },
            1 => ReportAction::SetNote {
                section: Section::ALL[st.a % 8],
                text,
            },
            _ => ReportAction::SetNames { names: st.flag },
        }),
        35 => Action::Ranking(RankingAction::SetRoundDirection {
            id: pick(&rounds, st.a),
            least_first: st.flag,
        }),
        36 | 37 => Action::Solutions(SolutionsAction::StartWorksheets {
            worksheets: vec![NewWorksheet {
                id: fresh.into(),
                problem: pick(&problems, st.a),
                group: st.flag.then_some(st.b % 3),
            }],
        }),
        38 => Action::Solutions(SolutionsAction::EditWorksheet {
            id: pick(&sheets, st.a),
            core: text.clone(),
            causes: text,
            consequences: String::new(),
            affected: String::new(),
            builds_on: bases,
        }),
        39 | 40 => Action::Solutions(SolutionsAction::AddIdea {
            id: fresh.into(),
            worksheet: pick(&sheets, st.a),
            title: text,
        }),
        41 => Action::Solutions(SolutionsAction::EditIdea {
            id: pick(&ideas, st.a),
            text: Box::new(IdeaText {
                title: text.clone(),
                description: text,
                sectors: vec![Sector::ALL[st.b % 4]],
                builds_on: bases,
                ..IdeaText::default()
            }),
        }),
        42 => Action::Solutions(SolutionsAction::MoveIdea {
            id: pick(&ideas, st.a),
            up: st.flag,
        }),
        43 => Action::Solutions(SolutionsAction::AssessIdea {
            id: pick(&ideas, st.a),
            impact: Some(1 + (st.b % 5) as u8),
            feasibility: st.flag.then_some(1 + (st.a % 5) as u8),
        }),
        44 => Action::Solutions(if st.flag {
            SolutionsAction::PickIdea {
                id: pick(&ideas, st.a),
                picked: st.b.is_multiple_of(2),
            }
        } else {
            SolutionsAction::SetIdeaStatus {
                id: pick(&ideas, st.a),
                status: IdeaStatus::ALL[st.b % 5],
            }
        }),
        45 => Action::Solutions(if st.flag {
            SolutionsAction::RemoveIdea {
                id: pick(&ideas, st.a),
            }
        } else {
            SolutionsAction::RemoveWorksheet {
                id: pick(&sheets, st.a),
            }
        }),
        _ => Action::Rename { title: text },
    }
}

/// Applies steps to a copy on one device whose clock is `skew` ms off; refused steps leave the
/// copy as it was (only reachable states).
pub fn edit(mut s: Session, device: &str, skew: i64, steps: &[Step], start: usize) -> Session {
    for (i, st) in steps.iter().enumerate() {
        let stamp = Stamp {
            now: T0 + 1000 * (start + i) as i64 + skew,
            device: device.into(),
        };
        let fresh = format!("{device}-{}", start + i);
        let a = action(&s, st, &fresh);
        let _ = s.apply(&a, &stamp);
    }
    s
}

pub mod largest;
