//! The largest session file the app accepts: every list at its limit at once (texts long enough
//! to bring the file close to the 5 MB cap), built through `Session::apply` so that it is a
//! state the app can reach. Shared by the tests, `make bench` and the end-to-end import test
//! (`cargo run --example largest_file`).

use workshop::assessment::{AssessmentAction, Domain, Origin, Polarity};
use workshop::innovations::{InnovationType, InnovationsAction};
use workshop::limits::{
    MAX_BALLOTS, MAX_CARDS, MAX_IDEAS, MAX_NAME, MAX_PARTICIPANTS, MAX_ROUNDS, MAX_ROUND_PROBLEMS,
    MAX_WORKSHEETS,
};
use workshop::participants::{ParticipantsAction, Sector};
use workshop::rounds::{RankingAction, Voter, Voters};
use workshop::session::{ContentLang, NewInnovation, NewParticipant};
use workshop::solutions::{Basis, IdeaText, NewWorksheet, SolutionsAction};
use workshop::{Action, Session, SessionFile, Stamp};

const T: i64 = 1_780_000_000_000;

fn text(prefix: &str, i: usize, len: usize) -> String {
    let mut t = format!("{prefix} {i} ");
    while t.chars().count() < len {
        t.push_str("čšž abc ");
    }
    t.chars().take(len).collect()
}

/// Applies one action; the builder only makes valid ones.
fn apply(s: &mut Session, a: Action, now: &mut i64) {
    *now += 1;
    let stamp = Stamp {
        now: *now,
        device: "fac".into(),
    };
    if let Err(e) = s.apply(&a, &stamp) {
        panic!("the largest file's builder made an invalid action: {e:?}");
    }
}

/// The session and its file's text.
pub fn largest() -> (Session, String) {
    let mut now = T;
    let stamp = Stamp {
        now,
        device: "fac".into(),
    };
    let mut s = Session::new(
        "largest",
        &text("Naslov", 0, 200),
        "Velenje",
        "2026-12-02",
        ContentLang::Sl,
        &stamp,
    )
    .unwrap_or_else(|e| panic!("{e:?}"));
    let participants = (0..MAX_PARTICIPANTS)
        .map(|i| NewParticipant {
            id: format!("p{i}"),
            name: text("Oseba", i, 40),
            sector: Some(Sector::ALL[i % 4]),
            organisation: String::new(),
        })
        .collect();
    apply(
        &mut s,
        Action::Participants(ParticipantsAction::AddParticipants { participants }),
        &mut now,
    );
    for i in 0..MAX_PARTICIPANTS {
        let a = ParticipantsAction::SetAttendance {
            id: format!("p{i}"),
            workshop: 2,
            present: true,
        };
        apply(&mut s, Action::Participants(a), &mut now);
    }
    let groups = ParticipantsAction::MakeGroups {
        workshop: 2,
        count: 50,
        seed: 7,
    };
    apply(&mut s, Action::Participants(groups), &mut now);
    // One card and one problem made by the reducers, the rest copies of them with their own
    // ids and times (applying thousands of actions one by one copies the session each time).
    let card = AssessmentAction::AddCard {
        id: "c0".into(),
        domain: Domain::Adaptability,
        polarity: Polarity::Weakness,
        text: text("Kartica", 0, 60),
        origin: Origin::Group(1),
        evidence: vec![],
    };
    apply(&mut s, Action::Assessment(card), &mut now);
    let problem = AssessmentAction::AddProblem {
        id: "q0".into(),
        text: text("Problem", 0, 40),
    };
    apply(&mut s, Action::Assessment(problem), &mut now);
    for i in 1..MAX_CARDS {
        now += 1;
        let mut c = s.cards[0].clone();
        (c.meta.id, c.meta.created, c.meta.changed) = (format!("c{i}"), now, now);
        c.domain = Domain::ALL[i % 4];
        c.text = text("Kartica", i, 60);
        s.cards.push(c);
        let mut p = s.problems[0].clone();
        (p.meta.id, p.meta.created, p.meta.changed) = (format!("q{i}"), now, now);
        p.text = text("Problem", i, 40);
        s.problems.push(p);
    }
    let innovations = (0..MAX_CARDS)
        .map(|i| NewInnovation {
            id: format!("n{i}"),
            name: text("Inovacija", i, 40),
            types: vec![InnovationType::ALL[i % 5]],
            year: Some(1950 + (i % 70) as i32),
            origin: Origin::Plenary,
        })
        .collect();
    apply(
        &mut s,
        Action::Innovations(InnovationsAction::AddInnovations { innovations }),
        &mut now,
    );
    for r in 0..MAX_ROUNDS {
        let problems: Vec<String> = (0..MAX_ROUND_PROBLEMS)
            .map(|i| format!("q{}", (r * 40 + i) % MAX_CARDS))
            .collect();
        let a = RankingAction::OpenRound {
            id: format!("r{r}"),
            name: text("Krog", r, MAX_NAME),
            voters: if r == 0 {
                Voters::Individuals
            } else {
                Voters::Groups
            },
            problems,
            method: ranking::Method::Kemeny,
        };
        apply(&mut s, Action::Ranking(a), &mut now);
    }
    // Every ballot in the first round, ranking all of its problems: the heaviest round the
    // results screen can be asked for.
    let round = s.rounds[0].problems.clone();
    let tiers = |b: usize| {
        let mut tiers: Vec<Vec<String>> = round.iter().map(|p| vec![p.clone()]).collect();
        tiers.rotate_left(b % round.len());
        tiers.swap(b % 7, (b / 7) % round.len());
        tiers
    };
    let first = RankingAction::CastBallot {
        id: "b0".into(),
        round: "r0".into(),
        voter: Voter::Participant { id: "p0".into() },
        tiers: tiers(0),
        scribe: false,
    };
    apply(&mut s, Action::Ranking(first), &mut now);
    // Each participant votes ten times: every later ballot corrects the one before.
    for b in 1..MAX_BALLOTS {
        now += 1;
        let mut ballot = s.ballots[0].clone();
        (ballot.meta.id, ballot.meta.created, ballot.meta.changed) = (format!("b{b}"), now, now);
        ballot.cast = now;
        let voter = b % MAX_PARTICIPANTS;
        ballot.voter = Voter::Participant {
            id: format!("p{voter}"),
        };
        ballot.tiers = tiers(b);
        ballot.supersedes = b
            .checked_sub(MAX_PARTICIPANTS)
            .map(|earlier| format!("b{earlier}"));
        s.ballots.push(ballot);
    }
    // Workshop 3: a worksheet on each of the first problems, the ideas spread over them, each
    // building on an innovation.
    let sheets = (0..MAX_WORKSHEETS)
        .map(|i| NewWorksheet {
            id: format!("w{i}"),
            problem: format!("q{i}"),
            group: None,
        })
        .collect();
    let start = SolutionsAction::StartWorksheets { worksheets: sheets };
    apply(&mut s, Action::Solutions(start), &mut now);
    let idea = SolutionsAction::AddIdea {
        id: "i0".into(),
        worksheet: "w0".into(),
        title: text("Ideja", 0, 60),
    };
    apply(&mut s, Action::Solutions(idea), &mut now);
    let edit = SolutionsAction::EditIdea {
        id: "i0".into(),
        text: Box::new(IdeaText {
            title: text("Ideja", 0, 60),
            description: text("Opis", 0, 80),
            builds_on: vec![Basis::Innovation {
                innovation: "n0".into(),
            }],
            ..IdeaText::default()
        }),
    };
    apply(&mut s, Action::Solutions(edit), &mut now);
    for i in 1..MAX_IDEAS {
        now += 1;
        let mut idea = s.ideas[0].clone();
        (idea.meta.id, idea.meta.created, idea.meta.changed) = (format!("i{i}"), now, now);
        idea.worksheet = format!("w{}", i % MAX_WORKSHEETS);
        idea.position = now;
        idea.text.title = text("Ideja", i, 60);
        s.ideas.push(idea);
    }
    s.seen.insert("fac".into(), now);
    let text = SessionFile::new(s.clone(), "fac", now).to_compact_json();
    (s, text)
}
